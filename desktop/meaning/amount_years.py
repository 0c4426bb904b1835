"""Years that are the ends of a range of amounts (issue 15, nineteenth round): "Salaries rose from 2000 to 2500 dollars",
"Prices went from 1800 to 2000 euros", "The road grew from 1500 to 2000 km".  The figure rules read both ends as
amounts of the currency or unit written after the second number; the date rules read the low end (or both ends) as
years, and a date hides the figures under it.  A currency or a unit of measure after the second number makes both
numbers amounts, so the dates read over the two ends give way.  "From 2000 to 2005 prices rose" has no unit after the
second number and stays a range of years; a counted noun after it ("grew from 2000 to 4000 workers") is left to the
date rules, which decide counts themselves (:mod:`~desktop.meaning.date_counted`).  Nothing here does I/O."""

from __future__ import annotations

import re
from typing import Any

Figure = tuple[int, int, dict[str, Any]]

# between the two ends: a dash or a word of a range, in English, Russian and Turkish
_JOIN = re.compile(r"[ \u00a0]*(?:[-\u2013\u2014]|(?i:to|and|until|till|through|до|по|и|ila|ile|ve)(?![^\W_]))[ \u00a0]*")
_BARE = re.compile(r"\d{4}")
# the second end: its number, then the word or sign of its unit ("2500 dollars", "2000 km", "2500 рублей")
_UNIT_WRITTEN_AFTER = re.compile(r"\d[\d.,]*[ \u00a0]*[^\W\d_%]")
# units that are counts or durations, not amounts measured: their years stay the date rules' question
_NOT_MEASURES = frozenset("people y mo wk d h min".split())


def _measured(unit: object) -> bool:
    """A currency code or a unit of measure ("USD", "km", "t"), not a counted noun ("votes", "солдат") nor a duration."""
    return isinstance(unit, str) and bool(unit) and unit not in _NOT_MEASURES and not (unit.isalpha() and unit.islower() and len(unit) > 3)


# a bare four digits, a joining word and a number with a word or sign after it: where amount_years may drop a date
_CANDIDATE = re.compile(r"(?<![\w.,])\d{4}(?=" + _JOIN.pattern + r"\d(?:[\d.,]*\d)?[ \u00a0]*[^\W\d_%])")


def paragraphs_to_read(text: str, dates: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The paragraphs (between blank lines, as the detector's pieces end) where a date in ``dates`` lies over the low
    end of a possible range of amounts ("from 2000 to 2500 dollars"), in order and each once: the figures to give
    :func:`amount_years` when only dates are asked for, read where they can matter and nowhere else."""
    out: list[tuple[int, int]] = []
    for m in _CANDIDATE.finditer(text):
        if not any(b <= m.start() and m.end() <= e for b, e in dates):
            continue
        lo = text.rfind("\n\n", 0, m.start()) + 1
        hi = text.find("\n\n", m.end())
        span = (lo, len(text) if hi < 0 else hi)
        if not out or out[-1] != span:
            out.append(span)
    return out


def amount_years(text: str, dates: list[tuple[int, int]], figures: list[Figure]) -> set[tuple[int, int]]:
    """The spans in ``dates`` that lie over the ends of a range of two ``figures`` (the low end a bare number of four
    digits, the high end with its currency or unit written after it, both of the same unit)."""
    ends = sorted(figures, key=lambda f: f[0])
    dropped: set[tuple[int, int]] = set()
    for (s1, e1, a1), (s2, e2, a2) in zip(ends, ends[1:]):
        if (a1.get("unit") != a2.get("unit") or not _measured(a1.get("unit")) or not _BARE.fullmatch(text, s1, e1)
                or _JOIN.fullmatch(text, e1, s2) is None or _UNIT_WRITTEN_AFTER.match(text, s2, e2) is None):
            continue
        dropped.update((b, e) for b, e in dates if s1 - b <= 8 and s1 < e <= e2)  # ("from 1800 to 2000", "2000")
    return dropped
