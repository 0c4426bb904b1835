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

from desktop.meaning.range_pieces import DASHES, MONEY_SIGNS, RANGE_WORDS, SPAN_WORDS, alternation
from desktop.meaning.span_overlap import overlap_test

Figure = tuple[int, int, dict[str, Any]]

# between the two ends: a dash or a word of a range, in English, Russian and Turkish
_JOIN = re.compile(rf"[ \u00a0]*(?:[{DASHES}]|(?i:{alternation(RANGE_WORDS + SPAN_WORDS)})(?![^\W_])"
                   r"|['’][dt][ae]n(?=[ \u00a0]))[ \u00a0]*")  # (and a Turkish old level's ablative: "2000'den 2500 liraya yükseldi")
_BARE = re.compile(r"\d{4}")
# the second end: its number, then the word or sign of its unit ("2500 dollars", "2000 km", "2500 рублей")
_UNIT_WRITTEN_AFTER = re.compile(r"\d[\d.,]*[ \u00a0]*[^\W\d_%]")
# or a currency's sign before it ("from 2000 to $2500", "to €1800")
_SIGN_BEFORE = re.compile(rf"[{MONEY_SIGNS}][ \u00a0]?\d")
_SECOND_END = rf"(?:\d(?:[\d.,]*\d)?[ \u00a0]*[^\W\d_%]|{_SIGN_BEFORE.pattern})"
# units that are counts or durations, not amounts measured: their years stay the date rules' question
_NOT_MEASURES = frozenset("people y mo wk d h min".split())


def _measured(unit: object) -> bool:
    """A currency code or a unit of measure ("USD", "km", "t"), not a counted noun ("votes", "солдат") nor a duration."""
    return isinstance(unit, str) and bool(unit) and unit not in _NOT_MEASURES and not (unit.isalpha() and unit.islower() and len(unit) > 3)


# a bare four digits, a joining word and a number with a word or sign after it: where amount_years may drop a date
_CANDIDATE = re.compile(r"(?<![\w.,])\d{4}(?=" + _JOIN.pattern + _SECOND_END + ")")
# one figure read as a range whose low end is a bare four digits ("between 1800 and 2000 euros", "2000 – 2500 dollars")
_ONE_RANGE = re.compile(r"\d{4}(?![\d.,]?\d)" + _JOIN.pattern + _SECOND_END)
# for one range figure: no word of time right before its low end ("In 2000 to 2010 dollars, prices rose": constant
# dollars of those years), and its unit ends the phrase, no noun after it ("From 1998 to 2001 mph speeds", "Sales from
# 2019 to 2020 USD rose" stay years)
_TIME_BEFORE = re.compile(r"(?<![^\W_])(?i:in|since|until|till|during|by|of|for)[ \u00a0]+$")
_NOUN_AFTER = re.compile(r"[ \u00a0]+(?!(?:in|on|at|by|a|an|per|each|after|before|and|or|but|for|to|from|last|this|that|which"
                         r"|while|when|as|over|under|since|until|during|with)(?![^\W_]))[^\W\d_]")
# the window read around a candidate when only dates are asked for: its line, at most this far on each side
_WINDOW = 200


def windows_to_read(text: str, dates: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The windows where a date in ``dates`` lies over the low end of a possible range of amounts ("from 2000 to 2500
    dollars"), in order and without overlap: the candidate's line, at most :data:`_WINDOW` characters on each side, cut
    at a space (a range of amounts never crosses a line break: :data:`_JOIN`, :data:`_UNIT_WRITTEN_AFTER`).  The figures
    to give :func:`amount_years` when only dates are asked for, read where they can matter and nowhere else, so the cost
    stays small however long the paragraph."""
    out: list[tuple[int, int]] = []
    dated = overlap_test(dates)  # in log time: a long text has thousands of dates
    for m in _CANDIDATE.finditer(text):
        if not dated(m.start(), m.end()):
            continue
        lo = max(text.rfind("\n", 0, m.start()) + 1, m.start() - _WINDOW)
        if lo > 0 and text[lo - 1] != "\n":
            space = text.find(" ", lo, m.start())
            lo = space + 1 if space >= 0 else lo
        line_end = text.find("\n", m.end())
        hi = min(len(text) if line_end < 0 else line_end, m.end() + _WINDOW)
        if hi < len(text) and text[hi] != "\n":
            space = text.rfind(" ", m.end(), hi)
            hi = space if space >= 0 else hi
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def amount_years(text: str, dates: list[tuple[int, int]], figures: list[Figure]) -> set[tuple[int, int]]:
    """The spans in ``dates`` that lie over the ends of a range of two ``figures`` (the low end a bare number of four
    digits, the high end with its currency or unit written after it or its sign before it, both of the same unit), or
    over the low end of one figure read as such a range ("between 1800 and 2000 euros", "from 2000 – 2500 dollars")."""
    ends = sorted(figures, key=lambda f: f[0])
    dropped: set[tuple[int, int]] = set()
    for s1, e1, a1 in ends:
        if (a1.get("upper") is not None and _measured(a1.get("unit")) and _ONE_RANGE.match(text, s1, e1)
                and not _TIME_BEFORE.search(text, max(0, s1 - 8), s1) and not _NOUN_AFTER.match(text, e1)):
            dropped.update((b, e) for b, e in dates if s1 - b <= 8 and s1 < e <= e1)
    for (s1, e1, a1), (s2, e2, a2) in zip(ends, ends[1:]):
        if (a1.get("unit") != a2.get("unit") or not _measured(a1.get("unit")) or not _BARE.fullmatch(text, s1, e1)
                or _JOIN.fullmatch(text, e1, s2) is None or not (_UNIT_WRITTEN_AFTER.match(text, s2, e2) or _SIGN_BEFORE.match(text, s2, e2))):
            continue
        dropped.update((b, e) for b, e in dates if s1 - b <= 8 and s1 < e <= e2)  # ("from 1800 to 2000", "2000")
    return dropped
