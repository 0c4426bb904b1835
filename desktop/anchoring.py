"""Text anchors for tags: make them, find quotes, and re-anchor on changed text.

A tag is anchored twice: by *position* (``start``/``end``, Python ``str``
indices) and by *quote* (``exact`` text plus up to :data:`CONTEXT` characters
of ``prefix`` and ``suffix``).  The position is exact while the text is
unchanged; the quote lets the tag survive a re-import of an edited text or a
merge with a colleague's store whose copy of the text differs slightly.

Pure Python plus ``rapidfuzz`` (a PyPI package: the project's dependency
list must name it): no Qt, no SQL.

Resolution (:func:`resolve`)
============================

Two measures of how well a candidate span ``[a, b)`` fits the anchor recur:

* *context agreement* ``ctx`` in [0, 1]: the mean over the two sides of the
  fraction of ``prefix`` (``suffix``) that still matches next to the span,
  compared from the inner side outward (common suffix of the prefix and the
  text before ``a``; common prefix of the suffix and the text after ``b``).
  An empty prefix (suffix) means the tag touched the start (end) of the old
  text: that side agrees fully if the candidate touches the same text
  boundary, not at all otherwise;
* *closeness* in [0, 1]: ``1 - |a - old start| / len(text)``.

Steps, first success wins:

1. **position** -- ``text[start:end] == exact``; score 1.0.  Quotes shorter
   than :data:`SHORT_QUOTE` (10) characters must also have ``ctx >= 0.5``
   here: a word like "of" often sits at its old offset by chance in a shifted
   text (the benchmark showed it); otherwise they go on to step 2, where the
   old position is one candidate among the others.

2. **exact** -- every occurrence of ``exact`` (overlapping ones included) is a
   candidate, ranked by ``0.3 * ctx + 0.1 * closeness``; ties go to the
   candidate nearer the old start, then to the earlier one.  Context
   dominates: closeness decides between candidates whose context agrees
   about equally well.  For quotes shorter than 10 characters (names,
   figures, dates recur by chance) only occurrences with ``ctx >= 0.5``
   (e.g. one side intact) are candidates; if there is none they go on to
   step 3.  Longer quotes are accepted whatever their context (a low score
   then shows the weak context).
   Score ``0.6 + 0.3 * ctx + 0.1 * closeness``, so in [0.6, 1.0].

3. **fuzzy** -- the quote itself was edited.  Windows (the expected start
   -/+ ``max(16, len(exact) // 4)`` characters of slack) are placed

   * around the old position, and
   * around up to three clusters of *seeds*: exact occurrences of 16-character
     pieces of ``exact``, ``prefix`` and ``suffix`` (a piece every 8
     characters), each implying where the quote should start; pieces found
     more than :data:`MAX_SEED_OCCURRENCES` times are ignored.  Seeds find a
     quote that moved far (text inserted or deleted before it) using only
     the anchor itself.

   In each window ``rapidfuzz.fuzz.partial_ratio_alignment`` finds the best
   same-length alignment of ``exact``; its two ends are then refined by
   coordinate ascent (each end moves up to 8 characters per round, at most 6
   rounds) on ``0.6 * qs + 0.3 * cs + 0.1 * closeness``, where

   * ``qs`` is the normalised Indel similarity of ``exact`` and the span
     (``rapidfuzz.distance.Indel``; one substituted character in ``L`` costs
     ``1/L``);
   * ``cs`` is the mean over both sides of ``0.5 * agreement + 0.5 * Indel
     similarity`` of old and new context: the agreement part snaps the ends
     to where the old context resumes, the similarity part tolerates small
     edits in the context.

   Whitespace the quote does not begin/end with is then trimmed off the span,
   and the final ``qs`` is the better of the raw similarity and the
   similarity after collapsing whitespace and mapping typographic quotes and
   dashes to ASCII (so a re-wrapped or re-typeset quote scores ~1).  A
   candidate is accepted when ``qs >= 0.75`` and, for quotes shorter than 10
   characters, ``cs >= 0.5``.  The best accepted candidate (score, then same
   tie rule as step 2) wins; its score is that weighted sum.

   Besides the windows, *brackets* are tried: each span from the end of an
   exact occurrence of the prefix's inner 16 characters to the start of one
   of the suffix's inner 16 characters, if its length is between 3/5 and 5/3
   of the quote's (beyond that ``qs >= 0.75`` is impossible).  They catch
   quotes whose length changed more than a window's slack while their
   context stayed intact.  When a bracket is accepted the windows are not
   searched (both contexts pin it; this saves time).

   If no candidate is accepted, a quote of at least :data:`WHOLE_TEXT_MIN_LENGTH`
   (32) characters in a text of at most :data:`WHOLE_TEXT_MAX_CHARS`
   (200,000) characters is searched in the **whole text** with
   ``partial_ratio_alignment`` and that alignment refined and accepted the
   same way.  Shorter quotes are not: on the benchmark (3 seeds) every
   whole-text match of a 10-31 character quote was a wrong place (a similar
   phrase elsewhere: 30-40 per 10,000 anchors) and cost another 0.3-0.6 s.
   Longer texts are not either: the pass is a scan of the whole text per
   quote (~4 ms per MB), and on the 1 MB benchmarks (``bench_anchoring``,
   seeds 1-3, and ``bench_documents``: 40,000 anchors) its ~115 calls per
   10,000 anchors cost 0.4-0.6 s, 40-50 % of :func:`resolve_many`, and
   placed no anchor at all (one alignment, then rejected).  What it could
   still find there is a long quote that was edited *and* moved away from
   both its old place and every surviving 16-character piece of itself and
   its context: such a tag becomes an orphan (it keeps its quote and can be
   re-attached).  Up to 200,000 characters (a long article: < 1 ms a call)
   nothing changes.

4. **orphan** -- ``start``/``end`` are ``None``, score 0.0.

Why rapidfuzz rather than diff-match-patch: ``match_main`` is Bitap limited
to 32-character patterns (``Match_MaxBits``) and returns only a start;
rapidfuzz returns the aligned span and its C implementation is fast enough to
be called tens of thousands of times.

Speed (:func:`resolve_many`)
============================

:func:`resolve_many` returns exactly ``[resolve(text, a) for a in anchors]``
(the tests check it on random cases; :func:`resolve` keeps the plain
reference code of every step), and re-anchors 10,000 tags on a 1 MB text
after a 5 % change in about 0.5-0.7 s on a 2-core machine
(``bench/bench_anchoring.py``, ``bench/bench_documents.py``;
single-threaded):

* step 2 first looks for the *whole anchor* ``prefix + exact + suffix``
  with ``str.find`` near the old start (most tags of an edited text sit
  there with their context intact).  Its nearest occurrence, at distance
  ``d``, has ``ctx == 1``; any occurrence with a different context has
  ``ctx <= 1 - g``, ``g = 1 / (2 * longest side)``, so the nearest whole
  anchor is step 2's answer whenever ``0.1 * d / n < 0.3 * g`` -- proven
  without listing the other occurrences.  Where to look first comes from the
  shift of the previously resolved anchor (anchors are taken in text
  order); this only saves searching: the answer is the nearest occurrence
  around the anchor's *own* old start either way;
* every look-up of a string of 15+ characters (long quotes, the
  ``prefix[-k:] + exact`` / ``exact + suffix[:k]`` keys below, the seed
  pieces) goes through one index built lazily per text: the 8-grams at every
  8th text position (~60 ms for 1 MB).  Wherever an occurrence of a string
  of length >= 15 lies, the string's 8-grams at some offset ``j < 8`` (and
  ``j + 8``, ...) sit at indexed positions; so for each ``j`` a rare one of
  those grams is looked up and its hits verified with ``str.startswith``,
  which finds *all* occurrences.  Shorter strings are found by scanning,
  cached per string;
* otherwise step 2 avoids listing all occurrences of a short, frequent
  quote: a candidate whose two side agreements are both below ``c`` has
  ``ctx < c`` and a rank below ``0.3 * c + 0.1``.  So it first looks up the
  candidates with a fully (then half, quarter, eighth) agreeing side, and
  once the best of those has rank ``r`` only candidates with a side
  agreement of at least ``(r - 0.1) / 0.3`` can beat or tie it; those are
  found by the same kind of look-up.  Only when no bound results are all
  occurrences ranked.  :func:`resolve` itself ranks all occurrences;
* step 3's refinement skips computing the context similarity of a move that
  could not win even with a perfect context (same floating-point
  expressions, so the same result).

What is left is Python overhead spread over the ~1,700 anchors whose quote
was edited (windows, seeds, refinement; ~0.45 s) and the index (~0.06 s).

Size: over the house limit of 800 lines on purpose.  This docstring is the
algorithm's specification (~175 lines), and the resolver is one algorithm whose
steps share their candidate state, index and similarity caches (``_Resolver``,
~500 lines); split across modules, each half would need the other's private
state.  The public API is the eight names of ``__all__``.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass
from typing import Sequence

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

__all__ = [
    "CONTEXT",
    "Anchor",
    "Resolution",
    "make_anchor",
    "find_quote",
    "trim_span",
    "resolve",
    "resolve_many",
]

CONTEXT = 32
"""Characters of prefix and suffix stored with each anchor."""

SHORT_QUOTE = 10
"""Quotes shorter than this need their context to agree (steps 1 to 3)."""

MIN_QUOTE_SIMILARITY = 0.75
"""Minimum quote similarity for a fuzzy match."""

MIN_SHORT_EXACT_CONTEXT = 0.5
"""Minimum context agreement for an exact match of a short quote."""

MIN_SHORT_FUZZY_CONTEXT = 0.5
"""Minimum context similarity for a fuzzy match of a short quote."""

WHOLE_TEXT_MIN_LENGTH = 32
"""Shortest quote for which the whole text is searched (fuzzy, last resort)."""

WHOLE_TEXT_MAX_CHARS = 200_000
"""Longest text searched whole (fuzzy, last resort): beyond it the pass costs
more than it finds (see step 3)."""

MAX_SEED_OCCURRENCES = 8
"""Seed pieces that occur more often than this are ignored."""

W_QUOTE, W_CONTEXT, W_CLOSE = 0.6, 0.3, 0.1

_PIECE = 16  # seed piece length
_PIECE_STEP = 8  # distance between seed pieces
_MAX_PIECES = 24  # per string (evenly spread when more would fit)
_MAX_CLUSTERS = 3  # seed windows evaluated besides the old position
_REFINE_REACH = 8  # characters an end may move per refinement round
_REFINE_ROUNDS = 6
_MIN_WINDOW_SCORE = 0.6  # a window whose best alignment is worse is skipped
_EPS = 1e-9
_EXACT_LEVELS = (1.0, 0.5, 0.25, 0.125)  # side agreement levels tried
_FEW = 16  # occurrences ranked directly rather than by levels
_NEAR_RADII = (2048, 16384)  # distances searched for the whole anchor
_NEAR_HINT = 256  # slack around the place the previous anchor's shift suggests

# Index geometry: 8-grams at every 8th position; strings of length
# >= _GRAM + _STEP - 1 can be looked up.
_GRAM = 8
_STEP = 8
_MIN_INDEXED = _GRAM + _STEP - 1
_RARE = 4  # a gram listed this rarely is verified at once, not compared with others


@dataclass(frozen=True)
class Anchor:
    """Where a tag sits: position (``start``/``end``) and quote.

    ``exact == text[start:end]``, ``prefix`` and ``suffix`` are the (up to
    :data:`CONTEXT`) characters before and after it in the text it was made on.
    """

    start: int
    end: int
    exact: str
    prefix: str
    suffix: str


@dataclass(frozen=True)
class Resolution:
    """Where an anchor lands in a text, and how it was found.

    ``method`` is ``"position"``, ``"exact"``, ``"fuzzy"`` or ``"orphan"``
    (then ``start`` and ``end`` are ``None``).  ``score`` is a confidence in
    [0, 1]: 1.0 for position, [0.6, 1.0] for exact, [0.45, 1.0] for fuzzy,
    0.0 for orphan.
    """

    start: int | None
    end: int | None
    method: str
    score: float


_ORPHAN = Resolution(None, None, "orphan", 0.0)

# A fuzzy candidate: (ranking key, resolution); the key is
# (score, -distance from the old start, -start) so ties go near, then early.
_Candidate = tuple[tuple[float, int, int], Resolution]


# --------------------------------------------------------------------------
# make_anchor, trim_span


def make_anchor(text: str, start: int, end: int, context: int = CONTEXT) -> Anchor:
    """Anchor ``text[start:end]`` with ``context`` characters either side.

    Raises ``ValueError`` unless ``0 <= start < end <= len(text)`` and
    ``context >= 0``.
    """
    if not 0 <= start < end <= len(text):
        raise ValueError(
            f"invalid span [{start}, {end}) for a text of {len(text)} characters"
        )
    if context < 0:
        raise ValueError(f"context must be >= 0, not {context}")
    return Anchor(
        start=start,
        end=end,
        exact=text[start:end],
        prefix=text[max(0, start - context) : start],
        suffix=text[end : end + context],
    )


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` so it neither begins nor ends with whitespace.

    A selection holding only whitespace (or nothing) gives ``(start, start)``.
    Raises ``ValueError`` unless ``0 <= start <= end <= len(text)``.
    """
    if not 0 <= start <= end <= len(text):
        raise ValueError(
            f"invalid span [{start}, {end}) for a text of {len(text)} characters"
        )
    s, e = start, end
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if s == e:
        return (start, start)
    return (s, e)


# --------------------------------------------------------------------------
# find_quote

# Typographic characters mapped one-to-one onto their ASCII equivalents, so a
# translated string keeps every offset.
_TYPOGRAPHIC = str.maketrans(
    {
        "\u2018": "'",  # left single quotation mark
        "\u2019": "'",  # right single quotation mark / apostrophe
        "\u201a": "'",  # single low-9 quotation mark
        "\u201b": "'",  # single high-reversed-9 quotation mark
        "\u2032": "'",  # prime
        "\u02bc": "'",  # modifier letter apostrophe
        "\u201c": '"',  # left double quotation mark
        "\u201d": '"',  # right double quotation mark
        "\u201e": '"',  # double low-9 quotation mark
        "\u201f": '"',  # double high-reversed-9 quotation mark
        "\u2033": '"',  # double prime
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # non-breaking hyphen
        "\u2012": "-",  # figure dash
        "\u2013": "-",  # en dash
        "\u2014": "-",  # em dash
        "\u2015": "-",  # horizontal bar
        "\u2212": "-",  # minus sign
    }
)

_WS_RUN = re.compile(r"\s+")


def _normalise(s: str) -> str:
    """Typographic characters to ASCII, whitespace runs to one space, stripped."""
    return _WS_RUN.sub(" ", s.translate(_TYPOGRAPHIC)).strip()


def _nth(haystack: str, needle: str, occurrence: int) -> int:
    """Start of the ``occurrence``-th non-overlapping occurrence, or -1."""
    pos = -1
    from_ = 0
    for _ in range(occurrence):
        pos = haystack.find(needle, from_)
        if pos < 0:
            return -1
        from_ = pos + len(needle)
    return pos


def find_quote(text: str, quote: str, occurrence: int = 1) -> tuple[int, int] | None:
    """Offsets ``(start, end)`` of the ``occurrence``-th match of ``quote``.

    Occurrences are counted left to right without overlapping (as
    ``str.count`` does).  If ``quote`` does not occur exactly anywhere in
    ``text``, the search is repeated tolerantly: runs of whitespace in both
    strings count as one space, the quote's leading/trailing whitespace is
    ignored, and typographic quotes, apostrophes and dashes (‘ ’ “ ” – — ...)
    equal their ASCII forms.  (Only then, so that occurrence numbers never
    mix the two ways of matching.)  Matching stays case-sensitive, and the
    offsets returned always refer to the original ``text``.  ``None`` when
    not found.

    Raises ``ValueError`` for an empty quote or ``occurrence < 1``.
    """
    if not quote:
        raise ValueError("empty quote")
    if occurrence < 1:
        raise ValueError(f"occurrence must be >= 1, not {occurrence}")
    if quote in text:
        pos = _nth(text, quote, occurrence)
        return (pos, pos + len(quote)) if pos >= 0 else None

    norm_quote = _normalise(quote)
    if not norm_quote:
        return None
    # Normalise the text, remembering where each collapsed run came from.
    translated = text.translate(_TYPOGRAPHIC)
    parts: list[str] = []
    run_norm: list[int] = []  # normalised index of each collapsed run
    run_orig: list[tuple[int, int]] = []  # its original [start, end)
    last = 0
    norm_len = 0
    for m in _WS_RUN.finditer(translated):
        s, e = m.span()
        parts.append(translated[last:s])
        norm_len += s - last
        run_norm.append(norm_len)
        run_orig.append((s, e))
        parts.append(" ")
        norm_len += 1
        last = e
    parts.append(translated[last:])
    norm_text = "".join(parts)

    pos = _nth(norm_text, norm_quote, occurrence)
    if pos < 0:
        return None

    def to_orig(k: int) -> int:
        i = bisect.bisect_right(run_norm, k) - 1
        if i < 0:
            return k
        if k == run_norm[i]:
            return run_orig[i][0]
        return run_orig[i][1] + (k - run_norm[i] - 1)

    # The normalised quote neither begins nor ends with a space, so both ends
    # of the match map to non-whitespace characters of the original.
    return (to_orig(pos), to_orig(pos + len(norm_quote) - 1) + 1)


# --------------------------------------------------------------------------
# small helpers


def _common_prefix_len(a: str, b: str) -> int:
    n = min(len(a), len(b))
    if a[:n] == b[:n]:
        return n
    lo, hi = 0, n  # a[:lo] == b[:lo], a[:hi] != b[:hi]
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if a[:mid] == b[:mid]:
            lo = mid
        else:
            hi = mid
    return lo


def _common_suffix_len(a: str, b: str) -> int:
    n = min(len(a), len(b))
    if n == 0:
        return 0
    if a[len(a) - n :] == b[len(b) - n :]:
        return n
    lo, hi = 0, n
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if a[len(a) - mid :] == b[len(b) - mid :]:
            lo = mid
        else:
            hi = mid
    return lo


def _closeness(pos: int, old: int, n: int) -> float:
    return 1.0 - min(1.0, abs(pos - old) / max(n, 1))


def _exact_rank(ctx: float, close: float) -> float:
    return W_CONTEXT * ctx + W_CLOSE * close


def _pieces(s: str) -> list[int]:
    """Offsets of the seed pieces of ``s`` (length ``_PIECE``)."""
    if len(s) < _PIECE:
        return []
    last = len(s) - _PIECE
    offs = list(range(0, last + 1, _PIECE_STEP))
    if offs[-1] != last:
        offs.append(last)
    if len(offs) > _MAX_PIECES:
        k = len(offs)
        offs = [offs[(i * (k - 1)) // (_MAX_PIECES - 1)] for i in range(_MAX_PIECES)]
    return offs


# --------------------------------------------------------------------------
# occurrence finder


class _Finder:
    """All (overlapping) occurrences of a string in one text.

    With ``indexed`` strings of length >= ``_MIN_INDEXED`` are looked up in a
    grid index of 8-grams built on first use; otherwise the text is scanned.
    Both give the same sorted list; results are cached per string.
    """

    def __init__(self, text: str, indexed: bool) -> None:
        self.text = text
        self.indexed = indexed
        self._index: dict[str, list[int]] | None = None
        self._cache: dict[str, list[int]] = {}

    def find_all(self, s: str) -> list[int]:
        found = self._cache.get(s)
        if found is None:
            if self.indexed and len(s) >= _MIN_INDEXED:
                found = self._lookup(s)
            else:
                found = self._scan(s)
            self._cache[s] = found
        return found

    def _scan(self, s: str) -> list[int]:
        text = self.text
        out: list[int] = []
        if not s:
            return out
        find = text.find
        p = find(s)
        while p >= 0:
            out.append(p)
            p = find(s, p + 1)
        return out

    def _build(self) -> dict[str, list[int]]:
        text = self.text
        index: dict[str, list[int]] = {}
        get = index.get
        for q in range(0, len(text) - _GRAM + 1, _STEP):
            gram = text[q : q + _GRAM]
            lst = get(gram)
            if lst is None:
                index[gram] = [q]
            else:
                lst.append(q)
        return index

    def _lookup(self, s: str) -> list[int]:
        index = self._index
        if index is None:
            index = self._index = self._build()
        get = index.get
        startswith = self.text.startswith
        out: list[int] = []
        last = len(s) - _GRAM
        for j in range(_STEP):
            # An occurrence at p with (p + j) % _STEP == 0 has the grams
            # s[j:j+8], s[j+8:j+16], ... at indexed positions: any one of
            # them lists (a superset of) those p; take a rare one.
            best = get(s[j : j + _GRAM])
            if best is None:
                continue  # no occurrence in this residue class
            best_off = j
            if len(best) > _RARE:
                for off in range(j + _STEP, last + 1, _STEP):
                    lst = get(s[off : off + _GRAM])
                    if lst is None:
                        best = None
                        break
                    if len(lst) < len(best):
                        best, best_off = lst, off
                        if len(best) <= _RARE:
                            break
                if best is None:
                    continue
            for q in best:
                p = q - best_off
                if p >= 0 and startswith(s, p):
                    out.append(p)
        out.sort()
        return out


# --------------------------------------------------------------------------
# resolver


class _Resolver:
    """Resolves anchors on one text; ``fast`` enables index and shortcut."""

    def __init__(self, text: str, fast: bool) -> None:
        self.text = text
        self.n = len(text)
        self.fast = fast
        self.finder = _Finder(text, indexed=fast)

    # -- context measures ---------------------------------------------------

    def _prefix_agreement(self, p: int, prefix: str) -> float:
        if not prefix:
            return 1.0 if p == 0 else 0.0
        before = self.text[max(0, p - len(prefix)) : p]
        return _common_suffix_len(prefix, before) / len(prefix)

    def _suffix_agreement(self, e: int, suffix: str) -> float:
        if not suffix:
            return 1.0 if e == self.n else 0.0
        after = self.text[e : e + len(suffix)]
        return _common_prefix_len(suffix, after) / len(suffix)

    def _prefix_similarity(self, p: int, prefix: str) -> float:
        if not prefix:
            return 1.0 if p == 0 else 0.0
        before = self.text[max(0, p - len(prefix)) : p]
        agree = _common_suffix_len(prefix, before) / len(prefix)
        return 0.5 * agree + 0.5 * Indel.normalized_similarity(prefix, before)

    def _suffix_similarity(self, e: int, suffix: str) -> float:
        if not suffix:
            return 1.0 if e == self.n else 0.0
        after = self.text[e : e + len(suffix)]
        agree = _common_prefix_len(suffix, after) / len(suffix)
        return 0.5 * agree + 0.5 * Indel.normalized_similarity(suffix, after)

    # -- main ------------------------------------------------------------------

    def resolve(self, anchor: Anchor, hint: int = 0) -> Resolution:
        text, n = self.text, self.n
        exact = anchor.exact
        if not exact or n == 0:
            return _ORPHAN
        start, end = anchor.start, anchor.end
        if 0 <= start < end <= n and text[start:end] == exact:
            # A short quote can sit at its old offset by chance (a word like
            # "of" in a shifted text): trust the position only when its
            # context agrees as much as step 2 would demand.
            if len(exact) >= SHORT_QUOTE or (
                self._prefix_agreement(start, anchor.prefix)
                + self._suffix_agreement(end, anchor.suffix)
            ) / 2 >= MIN_SHORT_EXACT_CONTEXT:
                return Resolution(start, end, "position", 1.0)
        old = min(max(start, 0), n)
        found = self._exact_near(anchor, old, hint) if self.fast else None
        if found is None:
            found = self._exact(anchor, old)
        if found is None:
            found = self._fuzzy(anchor, old)
        return found if found is not None else _ORPHAN

    # -- step 2 --------------------------------------------------------------

    def _exact_near(self, anchor: Anchor, old: int, hint: int) -> Resolution | None:
        """Step 2's answer when it is an occurrence of the whole anchor
        (``prefix + exact + suffix``) near the old start, else ``None``.

        Such an occurrence has ``ctx == 1``.  Any occurrence whose context
        differs has ``ctx <= 1 - g`` with ``g = 1 / (2 * longest side)``, so
        a rank of at most ``0.3 * (1 - g) + 0.1``; the nearest whole-anchor
        occurrence, at distance ``d``, ranks ``0.3 + 0.1 * (1 - d / n)``
        and wins outright when ``0.1 * d / n < 0.3 * g``.  Whole-anchor
        occurrences nearer than ``d`` are ruled out by ``str.find`` over
        ``[old - d, old + d]``.  ``hint`` (the shift of the previous anchor)
        only says where to look first: it never changes the answer.
        """
        prefix, exact, suffix = anchor.prefix, anchor.exact, anchor.suffix
        if not prefix or not suffix:
            return None  # an empty side agrees only at a text boundary
        n = self.n
        lp = len(prefix)
        full = prefix + exact + suffix
        tail = len(exact) + len(suffix)
        find = self.text.find
        radii: tuple[int, ...] = _NEAR_RADII
        if hint:
            c = old + hint
            q = find(full, max(0, c - _NEAR_HINT - lp), min(n, c + _NEAR_HINT + tail))
            if q >= 0:
                radii = (abs(q + lp - old),)
        best_p = -1
        best_d = 0
        for radius in radii:
            # Every whole-anchor occurrence with |p - old| <= radius lies in
            # text[lo:hi], and every one found there has |p - old| <= radius.
            lo = max(0, old - radius - lp)
            hi = min(n, old + radius + tail)
            q = find(full, lo, hi)
            while q >= 0:
                p = q + lp
                d = abs(p - old)
                if best_p < 0 or d < best_d:  # equal distance: the earlier one
                    best_p, best_d = p, d
                elif p > old:
                    break  # the following ones are farther still
                q = find(full, q + 1, hi)
            if best_p >= 0 or (lo == 0 and hi == n):
                break
        if best_p < 0:
            return None
        g = 1.0 / (2 * max(lp, len(suffix)))
        if W_CLOSE * min(1.0, best_d / n) >= W_CONTEXT * g - _EPS:
            return None  # a candidate with a slightly different context might win
        close = _closeness(best_p, old, n)
        return Resolution(best_p, best_p + len(exact), "exact", W_QUOTE + _exact_rank(1.0, close))

    def _exact(self, anchor: Anchor, old: int) -> Resolution | None:
        length = len(anchor.exact)
        scored: dict[int, tuple[tuple[float, int, int], float] | None] = {}
        if self.fast:
            best = self._exact_staged(anchor, old, scored)
        else:
            best = None
            for p in self.finder.find_all(anchor.exact):
                cand = self._score_exact(anchor, old, p, scored)
                if cand is not None and (best is None or cand[0] > best[0]):
                    best = cand
        if best is None:
            return None
        key = best[0]
        p = -key[2]
        return Resolution(p, p + length, "exact", W_QUOTE + key[0])

    def _score_exact(
        self,
        anchor: Anchor,
        old: int,
        p: int,
        scored: dict[int, tuple[tuple[float, int, int], float] | None],
    ) -> tuple[tuple[float, int, int], float] | None:
        """``(ranking key, ctx)`` of the exact candidate at ``p`` (memoised);
        ``None`` for a short quote whose context agrees too little."""
        if p in scored:
            return scored[p]
        ctx = (
            self._prefix_agreement(p, anchor.prefix)
            + self._suffix_agreement(p + len(anchor.exact), anchor.suffix)
        ) / 2
        got: tuple[tuple[float, int, int], float] | None = None
        if len(anchor.exact) >= SHORT_QUOTE or ctx >= MIN_SHORT_EXACT_CONTEXT:
            key = (_exact_rank(ctx, _closeness(p, old, self.n)), -abs(p - old), -p)
            got = (key, ctx)
        scored[p] = got
        return got

    def _side_candidates(self, anchor: Anchor, level: float) -> list[int]:
        """Every occurrence of ``exact`` whose prefix or suffix agreement is
        at least ``level`` (> 0), possibly with a few more."""
        exact, prefix, suffix = anchor.exact, anchor.prefix, anchor.suffix
        length = len(exact)
        n = self.n
        text = self.text
        found: list[int] = []
        if prefix:
            k = max(1, math.ceil(level * len(prefix) - 1e-6))
            found.extend(q + k for q in self.finder.find_all(prefix[-k:] + exact))
        elif text.startswith(exact):
            found.append(0)
        if suffix:
            k = max(1, math.ceil(level * len(suffix) - 1e-6))
            found.extend(self.finder.find_all(exact + suffix[:k]))
        elif n >= length and text.endswith(exact):
            found.append(n - length)
        return found

    def _exact_staged(
        self,
        anchor: Anchor,
        old: int,
        scored: dict[int, tuple[tuple[float, int, int], float] | None],
    ) -> tuple[tuple[float, int, int], float] | None:
        """The best exact candidate, as the full ranking would pick it, found
        without enumerating every occurrence of ``exact`` where possible.

        A candidate whose prefix and suffix agreement are both below ``c``
        has ``ctx < c`` and so a rank below ``0.3 * c + 0.1``.  Once some
        candidate with rank ``r`` is known, only candidates with a side
        agreement of at least ``c = (r - 0.1) / 0.3`` can beat or tie it, and
        those are found by looking up ``prefix[-k:] + exact`` and
        ``exact + suffix[:k]``.
        """
        best: tuple[tuple[float, int, int], float] | None = None
        if len(anchor.exact) >= _MIN_INDEXED:
            # Cheap to list every occurrence: do so when there are few.
            every = self.finder.find_all(anchor.exact)
            if len(every) <= _FEW:
                for p in every:
                    cand = self._score_exact(anchor, old, p, scored)
                    if cand is not None and (best is None or cand[0] > best[0]):
                        best = cand
                return best

        def take(positions: list[int]) -> None:
            nonlocal best
            for p in positions:
                cand = self._score_exact(anchor, old, p, scored)
                if cand is not None and (best is None or cand[0] > best[0]):
                    best = cand

        short = len(anchor.exact) < SHORT_QUOTE
        for level in _EXACT_LEVELS:
            if short and level < MIN_SHORT_EXACT_CONTEXT:
                # An eligible short-quote candidate has ctx >= 0.5, so a side
                # agreeing at least that much: none exists.
                return None
            take(self._side_candidates(anchor, level))
            if best is None:
                continue
            need = (best[0][0] - W_CLOSE) / W_CONTEXT - _EPS
            if need <= 0:
                break
            take(self._side_candidates(anchor, need))
            return best
        # No usable bound: rank every occurrence.
        take(self.finder.find_all(anchor.exact))
        return best

    # -- step 3 --------------------------------------------------------------

    def _seed_centres(self, anchor: Anchor, old: int, slack: int) -> list[int]:
        """Expected starts from seed pieces, best clusters first."""
        exact, prefix, suffix = anchor.exact, anchor.prefix, anchor.suffix
        length = len(exact)
        votes: list[tuple[int, int]] = []  # (expected start, piece id)
        pid = 0
        find_all = self.finder.find_all
        for source, shift in (
            (exact, 0),
            (prefix, len(prefix)),
            (suffix, -length),
        ):
            for off in _pieces(source):
                pid += 1
                occ = find_all(source[off : off + _PIECE])
                if not occ or len(occ) > MAX_SEED_OCCURRENCES:
                    continue
                for q in occ:
                    votes.append((q - off + shift, pid))
        if not votes:
            return []
        votes.sort()
        clusters: list[tuple[int, int, int]] = []  # (-votes, distance, centre)
        i = 0
        while i < len(votes):
            j = i
            first = votes[i][0]
            while j < len(votes) and votes[j][0] - first <= slack:
                j += 1
            group = votes[i:j]
            centre = group[(len(group) - 1) // 2][0]
            n_votes = len({g[1] for g in group})
            clusters.append((-n_votes, abs(centre - old), centre))
            i = j
        clusters.sort()
        return [c[2] for c in clusters[:_MAX_CLUSTERS]]

    def _brackets(self, anchor: Anchor) -> list[tuple[int, int]]:
        """Spans between an exact occurrence of the prefix's inner 16
        characters and one of the suffix's: where an edited quote lies when
        its context is intact, however much its length changed.  Only spans
        whose length could still give ``qs >= 0.75`` are kept: with Indel
        distance, between 3/5 and 5/3 of the quote's length."""
        prefix, suffix = anchor.prefix, anchor.suffix
        if len(prefix) < _PIECE or len(suffix) < _PIECE:
            return []
        starts = self.finder.find_all(prefix[-_PIECE:])
        ends = self.finder.find_all(suffix[:_PIECE])
        if not starts or not ends:
            return []
        if len(starts) > MAX_SEED_OCCURRENCES or len(ends) > MAX_SEED_OCCURRENCES:
            return []
        length = len(anchor.exact)
        lo, hi = (3 * length) // 5, -((-5 * length) // 3)
        return [
            (q + _PIECE, e)
            for q in starts
            for e in ends
            if lo <= e - (q + _PIECE) <= hi and e > q + _PIECE
        ]

    def _fuzzy(self, anchor: Anchor, old: int) -> Resolution | None:
        exact = anchor.exact
        length = len(exact)
        n = self.n
        best: _Candidate | None = None
        for a0, b0 in self._brackets(anchor):
            cand = self._refine_and_score(anchor, old, a0, b0)
            if cand is not None and (best is None or cand[0] > best[0]):
                best = cand
        if best is not None:
            # Pinned by both contexts: no window needed.
            return best[1]
        slack = max(16, length // 4)
        centres = [old]
        for c in self._seed_centres(anchor, old, slack):
            if all(abs(c - o) > slack // 2 for o in centres):
                centres.append(c)
        covered_all = False
        for c in centres:
            lo = max(0, c - slack)
            hi = min(n, c + length + slack)
            if lo == 0 and hi == n:
                covered_all = True
            cand = self._window(anchor, old, lo, hi)
            if cand is not None and (best is None or cand[0] > best[0]):
                best = cand
        if (
            best is None
            and length >= WHOLE_TEXT_MIN_LENGTH
            and n <= WHOLE_TEXT_MAX_CHARS
            and not covered_all
        ):
            al = fuzz.partial_ratio_alignment(
                exact, self.text, score_cutoff=MIN_QUOTE_SIMILARITY * 100
            )
            if al is not None:
                cand = self._refine_and_score(anchor, old, al.dest_start, al.dest_end)
                if cand is not None:
                    best = cand
        return None if best is None else best[1]

    def _window(self, anchor: Anchor, old: int, lo: int, hi: int) -> _Candidate | None:
        """Best alignment of the quote in ``text[lo:hi]``, refined, if accepted."""
        exact = anchor.exact
        if hi <= lo:
            return None
        window = self.text[lo:hi]
        if len(window) <= len(exact):
            a0, b0 = lo, hi
        else:
            al = fuzz.partial_ratio_alignment(exact, window)
            if al is None or al.score < _MIN_WINDOW_SCORE * 100 or al.dest_end <= al.dest_start:
                return None
            a0, b0 = lo + al.dest_start, lo + al.dest_end
        return self._refine_and_score(anchor, old, a0, b0)

    def _refine_and_score(
        self, anchor: Anchor, old: int, a0: int, b0: int
    ) -> _Candidate | None:
        """Refine ``[a0, b0)``; the accepted candidate or ``None``."""
        if self.fast:
            return self._refine_fast(anchor, old, a0, b0)
        return self._refine_reference(anchor, old, a0, b0)

    def _refine_fast(self, anchor: Anchor, old: int, a0: int, b0: int) -> _Candidate | None:
        """:meth:`_refine_reference`, computing less.

        Every value compared is computed by the same floating-point
        expression as there.  A move is skipped without computing its context
        similarity when even a perfect context (1.0) could not make it win:
        rounding is monotone, so that bound is never below the exact value.
        """
        text, n = self.text, self.n
        exact, prefix, suffix = anchor.exact, anchor.prefix, anchor.suffix
        sim = Indel.normalized_similarity
        nn = max(n, 1)
        psim_of = self._prefix_similarity
        ssim_of = self._suffix_similarity
        pcache: dict[int, float] = {}
        scache: dict[int, float] = {}
        reach = _REFINE_REACH

        a, b = max(0, min(a0, n - 1)), min(n, max(b0, a0 + 1))
        if a >= b:
            return None
        pa = pcache[a] = psim_of(a, prefix)
        sb = scache[b] = ssim_of(b, suffix)
        cur = (
            W_QUOTE * sim(exact, text[a:b])
            + W_CONTEXT * (pa + sb) / 2
            + W_CLOSE * (1.0 - min(1.0, abs(a - old) / nn))
        )
        for _ in range(_REFINE_ROUNDS):
            moved = False
            # The start moves; the end (and its context) stays.
            best_a, best_v = a, cur
            for x in range(max(0, a - reach), min(b - 1, a + reach) + 1):
                q = W_QUOTE * sim(exact, text[x:b])
                c = W_CLOSE * (1.0 - min(1.0, abs(x - old) / nn))
                if q + W_CONTEXT * (1.0 + sb) / 2 + c < best_v - _EPS:
                    continue
                px = pcache.get(x)
                if px is None:
                    px = pcache[x] = psim_of(x, prefix)
                v = q + W_CONTEXT * (px + sb) / 2 + c
                if v > best_v + _EPS or (abs(v - best_v) <= _EPS and abs(x - a0) < abs(best_a - a0)):
                    best_a, best_v = x, v
            if best_a != a:
                a, cur, moved = best_a, best_v, True
                pa = pcache[a]
            # The end moves; the start stays.
            best_b, best_v = b, cur
            c = W_CLOSE * (1.0 - min(1.0, abs(a - old) / nn))
            for y in range(max(a + 1, b - reach), min(n, b + reach) + 1):
                q = W_QUOTE * sim(exact, text[a:y])
                if q + W_CONTEXT * (pa + 1.0) / 2 + c < best_v - _EPS:
                    continue
                sy = scache.get(y)
                if sy is None:
                    sy = scache[y] = ssim_of(y, suffix)
                v = q + W_CONTEXT * (pa + sy) / 2 + c
                if v > best_v + _EPS or (abs(v - best_v) <= _EPS and abs(y - b0) < abs(best_b - b0)):
                    best_b, best_v = y, v
            if best_b != b:
                b, cur, moved = best_b, best_v, True
                sb = scache[b]
            if not moved:
                break
        if not exact[0].isspace():
            while a < b - 1 and text[a].isspace():
                a += 1
        if not exact[-1].isspace():
            while b > a + 1 and text[b - 1].isspace():
                b -= 1
        span = text[a:b]
        qs = max(sim(exact, span), sim(_normalise(exact), _normalise(span)))
        pa = pcache[a] if a in pcache else psim_of(a, prefix)
        sb = scache[b] if b in scache else ssim_of(b, suffix)
        cs = (pa + sb) / 2
        cur = W_QUOTE * qs + W_CONTEXT * cs + W_CLOSE * _closeness(a, old, n)
        if qs < MIN_QUOTE_SIMILARITY:
            return None
        if len(exact) < SHORT_QUOTE and cs < MIN_SHORT_FUZZY_CONTEXT:
            return None
        return ((cur, -abs(a - old), -a), Resolution(a, b, "fuzzy", cur))

    def _refine_reference(
        self, anchor: Anchor, old: int, a0: int, b0: int
    ) -> _Candidate | None:
        """Refine ``[a0, b0)``; the accepted candidate or ``None`` (see step 3)."""
        text, n = self.text, self.n
        exact, prefix, suffix = anchor.exact, anchor.prefix, anchor.suffix
        length = len(exact)
        sim = Indel.normalized_similarity
        psim_cache: dict[int, float] = {}
        ssim_cache: dict[int, float] = {}

        def psim(a: int) -> float:
            v = psim_cache.get(a)
            if v is None:
                v = psim_cache[a] = self._prefix_similarity(a, prefix)
            return v

        def ssim(b: int) -> float:
            v = ssim_cache.get(b)
            if v is None:
                v = ssim_cache[b] = self._suffix_similarity(b, suffix)
            return v

        def total(a: int, b: int) -> float:
            return (
                W_QUOTE * sim(exact, text[a:b])
                + W_CONTEXT * (psim(a) + ssim(b)) / 2
                + W_CLOSE * _closeness(a, old, n)
            )

        a, b = max(0, min(a0, n - 1)), min(n, max(b0, a0 + 1))
        if a >= b:
            return None
        cur = total(a, b)
        for _ in range(_REFINE_ROUNDS):
            moved = False
            best_a, best_v = a, cur
            for x in range(max(0, a - _REFINE_REACH), min(b - 1, a + _REFINE_REACH) + 1):
                v = total(x, b)
                if v > best_v + _EPS or (
                    abs(v - best_v) <= _EPS and abs(x - a0) < abs(best_a - a0)
                ):
                    best_a, best_v = x, v
            if best_a != a:
                a, cur, moved = best_a, best_v, True
            best_b, best_v = b, cur
            for y in range(max(a + 1, b - _REFINE_REACH), min(n, b + _REFINE_REACH) + 1):
                v = total(a, y)
                if v > best_v + _EPS or (
                    abs(v - best_v) <= _EPS and abs(y - b0) < abs(best_b - b0)
                ):
                    best_b, best_v = y, v
            if best_b != b:
                b, cur, moved = best_b, best_v, True
            if not moved:
                break
        # A quote that does not begin/end with whitespace should not gain any
        # (the context term likes to swallow a changed space or line break).
        if not exact[0].isspace():
            while a < b - 1 and text[a].isspace():
                a += 1
        if not exact[-1].isspace():
            while b > a + 1 and text[b - 1].isspace():
                b -= 1
        span = text[a:b]
        qs = max(sim(exact, span), sim(_normalise(exact), _normalise(span)))
        cs = (psim(a) + ssim(b)) / 2
        cur = W_QUOTE * qs + W_CONTEXT * cs + W_CLOSE * _closeness(a, old, n)
        if qs < MIN_QUOTE_SIMILARITY:
            return None
        if length < SHORT_QUOTE and cs < MIN_SHORT_FUZZY_CONTEXT:
            return None
        return ((cur, -abs(a - old), -a), Resolution(a, b, "fuzzy", cur))


# --------------------------------------------------------------------------
# public entry points


def resolve(text: str, anchor: Anchor) -> Resolution:
    """Re-anchor ``anchor`` on ``text`` (see the module docstring)."""
    return _Resolver(text, fast=False).resolve(anchor)


def resolve_many(text: str, anchors: Sequence[Anchor]) -> list[Resolution]:
    """``[resolve(text, a) for a in anchors]``, computed with a shared index."""
    resolver = _Resolver(text, fast=True)
    done: dict[Anchor, Resolution] = {}
    shift = 0  # of the last anchor found verbatim: where to look first for the next
    # In text order, so that neighbours share their shift; the order never
    # changes a result.
    for anchor in sorted(set(anchors), key=lambda a: (a.start, a.end)):
        res = done[anchor] = resolver.resolve(anchor, shift)
        if res.method != "fuzzy" and res.start is not None:
            shift = res.start - anchor.start
    return [done[anchor] for anchor in anchors]
