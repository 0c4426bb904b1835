"""The pattern table of :mod:`desktop.meaning.dates` and the scanner that runs it:
one prefilter scan finds where a pattern can start, the longest non-overlapping
matches are kept, "X – Y" pairs are merged into ranges, each year of a list
becomes its own date and access dates of references are dropped.
"""

from __future__ import annotations

import datetime as _dt
import re
from bisect import bisect_right

from desktop.meaning.date_days_on import days_on
from desktop.meaning.date_later_rows import LATER_PATTERNS  # Kazakh, "moments ago": rows in modules of their own
from desktop.meaning.date_base import Cand, MONTH_ALT, Ctx, keyword_trie
from desktop.meaning.date_years_on import years_on
from desktop.meaning.date_deadlines import deadlines
from desktop.meaning.date_pre_post import war_years
from desktop.meaning.date_year_choice import year_choices
from desktop.meaning.date_context import after_years, anchor_years, bare_year_anchors, since, year_lists
from desktop.meaning.date_merge import WEEKDAY_BEFORE, merge as _merge
from desktop.meaning.date_calendar_rows import CALENDAR_ROWS, PLUS, SEP_ONE  # PLUS, SEP_ONE: importable here, as before
from desktop.meaning.date_word_rows import WORD_ROWS

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time: keeps import < 50 ms
    from typing import Any

    from desktop.meaning.date_base import Handler


# The pattern table, in this order (an earlier row wins a tie): its rows live in date_calendar_rows, date_word_rows
# and date_later_rows.
_PATTERNS: list[tuple[str, str, Handler]] = CALENDAR_ROWS + WORD_ROWS + LATER_PATTERNS  # compiled on first use


class _Table:
    """The compiled pattern table and the one prefilter that finds where any
    pattern can start (built on first use, not at import)."""

    def __init__(self) -> None:
        self.rows: list[tuple[re.Pattern[str], Handler]] = []
        self.by_head: dict[str, list[int]] = {}
        keyword_heads: list[tuple[int, list[str]]] = []
        for index, (heads, rx, handler) in enumerate(_PATTERNS):
            self.rows.append((re.compile(rf"(?<![^\W_])(?:{rx})", re.IGNORECASE), handler))
            words = []
            for head in heads.split():
                if head.startswith("<"):
                    self.by_head.setdefault(head[1:-1], []).append(index)
                else:
                    words.append(head)
            if words:
                keyword_heads.append((index, words))
        self.keyword_heads = [
            (index, re.compile("|".join(map(re.escape, words)), re.IGNORECASE)) for index, words in keyword_heads
        ]
        # one prefix tree of every keyword (a flat alternation of 400+ words is twice as slow to scan)
        keywords = keyword_trie(sorted({w for _, ws in keyword_heads for w in ws}))
        self.keyword_re = re.compile(rf"(?:{keywords})(?![^\W_])", re.IGNORECASE)
        # One scan of the text finds every place a pattern can start; the
        # alternatives exclude each other except month/keyword (see rows_at).
        self.trigger = re.compile(
            rf"(?<![^\W_])(?:(?P<y>\d{{4}})(?!\d)|(?P<d>\d{{1,2}})(?!\d)|(?P<t>\d{{3}})(?!\d)|(?P<q>[QH][1-4])"
            rf"|(?P<a>)(?=['’]\d)|(?P<f>FY)(?=['’]?\d)|(?P<e>AD)(?=\d)|(?P<m>{MONTH_ALT})|(?P<k>{keywords})(?![^\W_]))",
            re.IGNORECASE,
        )
        self._by_word: dict[str, list[int]] = {}
        self.weekday_before = WEEKDAY_BEFORE

    def keyword_rows(self, word: str) -> list[int]:
        rows = self._by_word.get(word)
        if rows is None:
            rows = self._by_word[word] = [i for i, rx in self.keyword_heads if rx.fullmatch(word)]
        return rows

    def rows_at(self, trigger: re.Match[str]) -> list[int]:
        head = trigger.lastgroup or ""
        if head == "k":
            return self.keyword_rows(trigger.group("k"))
        rows = self.by_head.get(head, [])
        if head == "m":  # a month name that is also a keyword (none today)
            kw = self.keyword_re.match(trigger.string, trigger.start())
            if kw is not None:
                rows = sorted(set(rows) | set(self.keyword_rows(kw.group())))
        return rows


_TABLE: list[_Table] = []


def _table() -> _Table:
    if not _TABLE:
        _TABLE.append(_Table())
    return _TABLE[0]


_URL_RE = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)


# ---------------------------------------------------------------- scanning
def collect(text: str, ctx: Ctx) -> list[Cand]:
    """Every pattern's matches, as ``finditer`` per pattern would give them.

    Instead of scanning the text once per pattern, one prefilter scan finds
    the places where some pattern can start, and only the patterns whose
    head stands there are tried (``match`` at that place).  ``resume`` keeps
    each pattern's matches non-overlapping exactly as ``finditer`` does, and
    the result lists pattern by pattern, so ties in :func:`_select` resolve as
    before.  :func:`collect_full_scan` is the slow reference (tests).
    """
    table = _table()
    rows = table.rows
    found: list[list[Cand]] = [[] for _ in rows]
    resume = [0] * len(rows)
    for trigger in table.trigger.finditer(text):
        pos = trigger.start()
        for index in table.rows_at(trigger):
            if pos < resume[index]:
                continue
            rx, handler = rows[index]
            m = rx.match(text, pos)
            if m is None:
                continue
            end = m.end()
            resume[index] = end if end > pos else pos + 1
            if end == pos:
                continue
            result = handler(m, ctx)
            if result is not None:
                found[index].append(Cand(pos, end, result[0], result[1]))
    return [c for cands in found for c in cands]


def collect_full_scan(text: str, ctx: Ctx) -> list[Cand]:
    """Reference for :func:`collect`: every pattern over the whole text."""
    out: list[Cand] = []
    for rx, handler in _table().rows:
        for m in rx.finditer(text):
            if m.start() == m.end():
                continue
            result = handler(m, ctx)
            if result is None:
                continue
            attrs, weak = result
            out.append(Cand(m.start(), m.end(), attrs, weak))
    return out


def _select(cands: list[Cand], size: int) -> list[Cand]:
    """Keep the longest non-overlapping candidates (earlier wins a tie)."""
    taken = bytearray(size)
    chosen: list[Cand] = []
    for c in sorted(cands, key=lambda c: (c.start - c.end, c.start)):
        if any(taken[c.start : c.end]):
            continue
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
        chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen


def _split_lists(cands: list[Cand], strict: bool) -> list[Cand]:
    """In running text a match that lists two dates ("22 and 25 May 2025", "May and June 2025")
    becomes both; one phrase (``parse_date``) keeps the interval that holds them."""
    out: list[Cand] = []
    for c in cands:
        parts = c.attrs.pop("parts", None)
        out += [Cand(s, e, a) for s, e, a in parts] if parts and strict else [c]
    return out


def coerce_reference(reference: Any) -> _dt.date | None:
    if isinstance(reference, _dt.datetime):
        return reference.date()
    if isinstance(reference, _dt.date):
        return reference
    if isinstance(reference, str):
        try:
            return _dt.date.fromisoformat(reference.strip()[:10])
        except ValueError:
            return None
    return None


def _in_spans(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start:end`` overlaps one of ``spans`` (sorted, not overlapping)."""
    i = bisect_right(spans, (start, _INF)) - 1
    if i >= 0 and spans[i][1] > start:
        return True
    return i + 1 < len(spans) and spans[i + 1][0] < end


_INF = float("inf")


def scan(text: str, reference: Any, strict: bool) -> list[Cand]:
    ctx = Ctx(coerce_reference(reference), strict)
    cands = collect(text, ctx)
    if strict:
        urls = [(u.start(), u.end()) for u in _URL_RE.finditer(text)] if "://" in text or "www." in text.lower() else []
        if urls:
            cands = [c for c in cands if not _in_spans(urls, c.start, c.end)]
    chosen = _merge(text, _split_lists(_select(cands, len(text)), strict), strict, ctx.reference)
    if strict:
        bare = bare_year_anchors(text, chosen, ctx.reference)
        chosen = [c for c in chosen if not c.weak and not _ACCESS_DATE.search(text, max(0, c.start - 40), c.start)]
        chosen = war_years(text, year_choices(text, year_lists(text, chosen)))
        anchor_years(text, chosen, ctx.reference, bare)
    since(text, chosen, ctx.reference)
    deadlines(text, chosen)
    after_years(text, chosen)
    chosen = days_on(text, years_on(text, chosen, strict), strict, ctx.reference)  # "the following year", "the next day"
    if strict:
        for c in chosen:  # "Friday, May 8, 2009": the weekday belongs to the date (dated or not: "Thursday, Dec. 15")
            a = c.attrs
            if (a.get("precision") == "day" and a.get("start") == a.get("end")) or (a.get("undated") and "reason" not in a):
                w = _table().weekday_before.search(text, max(0, c.start - 16), c.start)
                if w is not None:
                    c.start = w.start()
    for c in chosen:
        c.attrs.pop("yearless", None)
        c.attrs.pop("moves", None)
    return chosen


# "Accessed 3 July 2025", "Erişme Tarihi: 03.07.2025", "дата обращения: …": when a reference was read, not an event.
_ACCESS_DATE = re.compile(
    r"(?:accessed|retrieved|last\s+visited|erişi?m(?:e)?\s+tarihi|erişim|дата\s+обращения|обращения)"
    r"(?:\s+(?:on|at))?\s*[:.,]?\s*[(\[]?$",
    re.IGNORECASE,
)
