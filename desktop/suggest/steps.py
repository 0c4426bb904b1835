"""Detection of a long text in steps: progress to report, and a cancel point between steps.

:func:`desktop.suggest.detect.detect` runs its stages (dates, figures, the
recognisers' names, the actor rules) through :class:`Steps`.  The stages that
read the text locally run on pieces of it cut at paragraph breaks
(:func:`pieces`), so that ``progress(done, total, label)`` is called before every
piece: ``done`` grows to ``total`` (characters weighted by each stage's share
of the time), ``label`` names the work about to run (one of :data:`LABELS`).
``progress`` may raise to stop detection (the worker's cancel point, see
:mod:`desktop.worker`).

A piece of a stage takes at most ≈ 0.1 s for 1 MB on a quiet machine (the
recognisers read ``NAMES_PIECE`` characters at a time, the parsers
``PARSER_PIECE``), so a cancel lands within a fraction of a second.  The
recognisers read a text line by line, so their pieces give exactly what the
whole text gives; the date and figure parsers look a few words around a
match, so their pieces end at blank lines (``tests/suggest`` checks that
detection in pieces finds what it finds on the whole text); the date parser
also reads back into the paragraphs before a date (the year of "30 May" after
"on 29 April 1832." and a blank line), so it reads ``DATE_CONTEXT`` characters
before each piece as well.

The recognisers' stage is started first (:meth:`Steps.ahead`): in the window's worker
in a child process that holds the language models (:mod:`desktop.suggest.names_child`),
elsewhere (the CLI, the tests, or when no child can run) in a thread, whose matrix products
and parser loops release Python's lock now and then; the date and figure rules run
meanwhile; the stage then collects its pieces in turn, reporting as before, and a cancel
or an error stops the child's job or the thread.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from typing import Any, Protocol, TypeVar

from desktop.suggest import names_child

# label → weight per character: the stage's share of the time on 1 MB of mixed text
# (measured in bench_suggest's worker setting: dates 0.5 s, figures 0.4 s, names 5.2 s,
# actor rules 0.7 s), so that the bar moves at an even pace
WEIGHTS = {"dates": 2, "figures": 2, "names": 20, "actors": 3}
# "models": the recognisers' first piece in this process, which loads the language models;
# "done": the last report (done == total)
LABELS = ("models", *WEIGHTS, "done")
PARSER_PIECE = 50_000  # a figure piece of 100,000 took 0.35–0.45 s on 1 MB with the recognisers' thread beside it
NAMES_PIECE = 25_000
# the recognisers' pieces of NAMES_PIECE sent as one when their process reads them (the worker waits with a report
# every 0.2 s, so a piece's length makes no step): a quarter as many calls, ≈ 6–9 % less of the child's processor time
# on 1 MB; each piece of NAMES_PIECE in it still votes on its paragraphs' languages apart (detect._names_in_parts), so
# the names are those of this process's pieces (a piece of 100,000 characters read whole named other things in a
# Turkish article followed by an English one: the headings took the larger piece's language)
NAMES_PIECES_IN_CHILD = 4
# characters before a date piece that the date parser reads too (its results there are the piece
# before's): a yearless day takes the year of a date in the paragraph before ("on 29 April 1832.\n\n
# … on 30 May"), "the 14th" is no date after a year in the 400 characters before it
DATE_CONTEXT = 2_000

Progress = Callable[[int, int, str], None]
Found = TypeVar("Found", bound=tuple)
Item = TypeVar("Item")

_ran: set[str] = set()  # stages run in this process before (the models are loaded)
# one piece at a time in this process: the thread of a cancelled detection may still finish
# its piece when the worker's next job starts its own (a recogniser is not shared by threads)
_one_piece_at_a_time = threading.Lock()


def capitalised_lines(text: str) -> str:
    """``text`` with the lines that hold no capital letter blanked (same length, same
    offsets): the recognisers skip blank lines, and a name they found on such a line
    would be dropped anyway (detection keeps names that start with a capital)."""
    return "\n".join(line if _has_capital(line) else " " * len(line) for line in text.split("\n"))


def without_lone_surrogates(text: str) -> str:
    """``text`` with each surrogate code point (a lone half of a pair: a broken HTML entity such as "&#xD800;", a bad
    PDF) replaced by U+FFFD, the same length and offsets: the recognisers' tokenizers encode their text in UTF-8, which
    such a character cannot be, and raised on it. Other text is returned as it is (checked by encoding it: cheap)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


_SURROGATE = re.compile("[\ud800-\udfff]")


def _has_capital(line: str) -> bool:
    return line.lower() != line or (not line.isascii() and any(c.isupper() for c in line))


def in_parts(items: Sequence[Item], tick: Callable[[], None], parts: int) -> Iterator[Item]:
    """``items`` in turn, with ``tick()`` (a report and a cancel point, :meth:`Steps.ticker`)
    before each of the ``parts - 1`` later parts: a long loop of a stage that reads the whole
    text becomes ``parts`` steps. ``tick()`` is called exactly ``parts - 1`` times, for no items
    too, so a stage reports as often as its ticker counts whatever the text holds."""
    marks = [len(items) * k // parts for k in range(1, parts)]
    done = 0
    for i, item in enumerate(items):
        while done < len(marks) and marks[done] == i:
            tick()
            done += 1
        yield item
    for _ in range(len(marks) - done):  # no items: the ticks still come
        tick()


def pieces(text: str, size: int) -> list[tuple[int, int]]:
    """``(start, end)`` slices covering ``text``, each ending at a blank line (else at a
    line break) after about ``size`` characters; a text without line breaks is one piece."""
    out = []
    start, n = 0, len(text)
    while n - start > size:
        cut = text.rfind("\n\n", start + size // 2, start + size)
        cut = cut + 2 if cut >= 0 else text.rfind("\n", start + size // 2, start + size) + 1
        if cut <= 0:
            cut = text.find("\n", start + size) + 1
            if cut <= 0:
                break
        out.append((start, cut))
        start = cut
    out.append((start, n))
    return out


def grouped(cuts: list[tuple[int, int]], n: int) -> list[tuple[int, int]]:
    """``cuts`` (:func:`pieces`) joined ``n`` in a row: one slice from the first's start to the last's end."""
    return [(cuts[i][0], cuts[min(i + n, len(cuts)) - 1][1]) for i in range(0, len(cuts), max(n, 1))]


def context_start(text: str, start: int, back: int) -> int:
    """Where the context read before a piece starting at ``start`` begins: the first line start
    at most ``back`` characters before it (else a word's start on a longer line), ``start`` for
    the first piece or ``back`` 0."""
    if start == 0 or back <= 0:
        return start
    lo = max(0, start - back)
    if lo == 0:
        return 0
    line = text.find("\n", lo, start - 1)
    if line >= 0:
        return line + 1
    word = text.find(" ", lo, start - 1)
    return word + 1 if word >= 0 else start


def _stop_after_an_error(stop: threading.Event, result: Future[list[Any]]) -> None:
    """A future's callback: only the stop flag, so that a finished detection's stage (its futures,
    their results) is freed at once, not kept in a cycle until the garbage collector runs."""
    if not result.cancelled() and result.exception() is not None:
        stop.set()  # the collecting thread raises it; the pieces after it are not read


class Ahead:
    """``find`` on each piece of a text in a thread of its own, started at once: the stages
    before it run meanwhile (the recognisers' matrix products and parser loops release
    Python's lock, so the rules of the other stages use the second core);
    :meth:`Steps.run` collects the results piece by piece later, reporting as usual."""

    def __init__(self, text: str, find: Callable[[str], list[Any]], size: int):
        self.cuts = pieces(text, size)
        self._stop = threading.Event()
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="detect-ahead")
        self.results: list[Future[list[Any]]] = []
        for start, end in self.cuts:
            result = self._pool.submit(self._piece, find, text, start, end)
            result.add_done_callback(partial(_stop_after_an_error, self._stop))  # not a method: no cycle
            self.results.append(result)
        self._pool.shutdown(wait=False)  # its thread ends after the last piece

    def result(self, i: int, waiting: Callable[[], None] | None = None) -> list[Any]:
        """The results of piece ``i`` (waits for them; raises what ``find`` raised). ``waiting``: unused
        (a thread of this process: a cancel ends only after the piece under way, see :meth:`close`)."""
        return self.results[i].result()

    def _piece(self, find: Callable[[str], list[Any]], text: str, start: int, end: int) -> list[Any]:
        with _one_piece_at_a_time:
            return [] if self._stop.is_set() else find(text[start:end])  # ([] once stopped: nobody collects it)

    def close(self) -> None:
        """Stop after the piece under way, without waiting for it: a cancel stays prompt even
        while the thread loads a language model (the next detection's thread waits for it)."""
        self._stop.set()
        for result in self.results:
            result.cancel()


class Started(Protocol):
    """A stage started ahead: in a thread (:class:`Ahead`) or in the child (:class:`names_child.InChild`)."""

    cuts: list[tuple[int, int]]

    def result(self, i: int, waiting: Callable[[], None] | None = None) -> list[Any]: ...

    def close(self) -> None: ...


def _by_name(find: Callable[..., Any]) -> bool:
    """``find`` is a module's function, which the child can import by its name."""
    return "<" not in getattr(find, "__qualname__", "<") and getattr(find, "__module__", "__main__") != "__main__"


class Steps:
    """The planned stages of one detection and their progress."""

    def __init__(self, text: str, stages: Iterable[str], progress: Progress | None = None):
        self.text = text
        self.progress = progress
        self.total = sum(WEIGHTS[s] for s in stages) * max(len(text), 1)
        self.done = 0
        self._ahead: list[Started] = []

    def report(self, label: str) -> None:
        if self.progress is not None:
            try:
                self.progress(min(self.done, self.total), self.total, label)
            except BaseException:  # a cancel: no stage goes on in the background
                self.close()
                raise

    def ahead(self, find: Callable[[str], list[Found]], size: int, child_find: Callable[[str], list[Found]] | None = None,
              group: int = 1) -> Started:
        """Start ``find`` on the pieces of the text now, in the child process when this process
        allows one (:mod:`desktop.suggest.names_child`), else in a thread; pass the result to
        :meth:`run` (same ``find`` and ``size``) where the stage comes. In the child, ``group``
        pieces in a row go as one to ``child_find`` (``find`` when not given), which must find in them
        what ``find`` finds in each."""
        in_child = child_find or find
        child = names_child.start() if _by_name(in_child) else None
        started: Started | None = names_child.InChild.begin(child, self.text, in_child,
                                                            grouped(pieces(self.text, size), group if child_find else 1))
        if started is None:
            started = Ahead(self.text, find, size)
        self._ahead.append(started)
        return started

    def close(self) -> None:
        """Stop what :meth:`ahead` started (called when a report or a stage raises, and by
        ``detect`` on every way out)."""
        for started in self._ahead:
            started.close()

    def run(self, label: str, find: Callable[[str], list[Found]], size: int, ahead: Started | None = None,
            back: int = 0, again: str | None = None) -> list[Found]:
        """``find`` on each piece of the text, its offsets moved to the whole text's
        (the results of ``ahead`` when given: ``find`` started by :meth:`ahead`).  ``back``: the
        characters before a piece (from a line's start, :func:`context_start`) that ``find`` reads
        too, its results there dropped, for rules that look back into the paragraphs before.
        ``again``: a part of the text read a second time instead (the own time's scope), offsets in it,
        a cancel point before each piece and the progress left where it is (it was counted)."""
        out: list[Any] = []
        text = self.text if again is None else again
        weight = WEIGHTS[label] if again is None else 0
        for i, (start, end) in enumerate(ahead.cuts if ahead is not None else pieces(text, size)):
            now = "models" if label == "names" and label not in _ran else label
            self.report(now)
            lo = start if ahead is not None else context_start(text, start, back)
            try:  # waiting for the child, the report again now and then: a cancel point while it loads the models
                found = ahead.result(i, partial(self.report, now)) if ahead is not None else find(text[lo:end])
            except BaseException:
                self.close()
                raise
            _ran.add(label)
            if lo < start:
                found = [f for f in found if f[0] >= start - lo]  # the piece before found those
            out += [(b + lo, e + lo, *rest) for b, e, *rest in found] if lo else found
            self.done += weight * (end - start)
        return out

    def ticker(self, label: str, parts: int, of: int | None = None) -> Callable[[], None]:
        """For a stage that reads the whole text in ``parts`` steps: call the result
        before each step (it reports, and is a cancel point).  ``of``: the stage's steps in all
        when these ``parts`` are a share of them (a stage run in two parts, another stage between)."""
        step = WEIGHTS[label] * len(self.text) // (of or parts)
        start = self.done
        count = 0

        def tick() -> None:
            nonlocal count
            self.done = start + min(count, parts) * step
            count += 1
            self.report(label)

        return tick

    def finish(self) -> None:
        self.done = self.total
        self.report("done")
