"""Weekdays of a named week: "on Tuesday next week", "next week on Tuesday", "from Monday to Friday next week",
"on Monday last week".  A weekday alone is read as the latest such day up to the publication date (or the next
one in a future clause); a "next / last / this week" beside it says which week it is in.  The weekday (or each
end of a weekday range before the week) takes its day in that week, and the week's words join its span, so the
week is not suggested apart.  Used by :func:`desktop.meaning.date_merge.merge` before the ranges are joined;
nothing here does I/O.
"""

from __future__ import annotations

import datetime as _dt
import re

from desktop.meaning.date_base import CLOCK_AFTER, CLOCK_AHEAD, CONNECT, PART_OF_DAY, Cand
from desktop.meaning.date_weekdays import WEEKDAY_ALT, WEEKDAYS

_WEEK = re.compile(r"(?:next|last|this|the\s+following|the\s+coming)\s+week", re.IGNORECASE)
_WEEKDAY = re.compile(rf"(?:on\s+)?(?P<wd>{WEEKDAY_ALT})", re.IGNORECASE)
# between a weekday and its week: "Tuesday next week", "Tuesday of next week" (no comma: "On Monday, next week's
# agenda was published", "By Friday, next week looks calmer" are two times); "next week, on Tuesday"
# (on one line: "Monday\nNext week: what to watch" is a dateline and a heading)
_DAY_THEN_WEEK = re.compile(rf"{PART_OF_DAY}{CLOCK_AFTER}[ \u00a0]+(?:of[ \u00a0]+)?", re.IGNORECASE)  # "Sunday morning next week"
_WEEK_THEN_DAY = re.compile(r",?[ \u00a0]+")
# between the two ends of a weekday range before the week, as date_merge joins them: "from Monday to Friday next
# week", "from 9 p.m. on Saturday to 5 a.m. on Sunday next week", "from Saturday night to Sunday morning next week"
_ENDS_GAP = re.compile(rf"{PART_OF_DAY}{CLOCK_AFTER}{CONNECT}{CLOCK_AHEAD}", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s(?![^\W_])")  # "next week's agenda": the week names the agenda
# between the weekdays of a list before the week: "on Monday or Tuesday next week", "Monday and (on) Tuesday next week"
# (not after a comma and "and"/"or": "He spoke on Monday, and on Tuesday next week he flies" opens a new clause)
_LIST_GAP = re.compile(r"[ \u00a0]*(?:,[ \u00a0]*|[ \u00a0]+(?:or|and)[ \u00a0]+)(?:on[ \u00a0]+)?", re.IGNORECASE)


def weekdays_in_week(text: str, cands: list[Cand]) -> list[Cand]:
    """``cands`` with each weekday next to a named week moved into that week (and the week's words joined to
    the weekday next to it); a weekday range before the week ("from Monday to Friday next week") has both
    ends moved, so :func:`~desktop.meaning.date_merge.merge` joins them as days of that week."""
    if len(cands) < 2:
        return cands
    dropped: set[int] = set()
    for i, week in enumerate(cands):
        monday = _week_monday(text, week)
        if monday is None or _POSSESSIVE.match(text, week.end):
            continue
        if i > 0 and _weekday(text, cands[i - 1]) is not None and _DAY_THEN_WEEK.fullmatch(text, cands[i - 1].end, week.start):
            ends = [i - 1]  # "on Tuesday next week", "from Monday to Friday next week" (its first end below)
            if i > 1 and _weekday(text, cands[i - 2]) is not None and _ENDS_GAP.fullmatch(
                    text, cands[i - 2].end, cands[i - 1].start):
                ends.insert(0, i - 2)
            else:  # "on Monday or Tuesday next week": each weekday of the list is a day of that week
                while ends[0] > 0 and _weekday(text, cands[ends[0] - 1]) is not None and _LIST_GAP.fullmatch(
                        text, cands[ends[0] - 1].end, cands[ends[0]].start):
                    ends.insert(0, ends[0] - 1)
            names = {j: _weekday(text, cands[j]) or "" for j in ends}
            cands[i - 1].end = week.end
        elif i + 1 < len(cands) and _weekday(text, cands[i + 1]) is not None and _WEEK_THEN_DAY.fullmatch(
                text, week.end, cands[i + 1].start):
            names = {i + 1: _weekday(text, cands[i + 1]) or ""}  # "next week on Tuesday"
            cands[i + 1].start = week.start
        else:
            continue
        for j, name in names.items():
            day = monday + _dt.timedelta(days=WEEKDAYS[name])
            cands[j].attrs = {**cands[j].attrs, "start": day.isoformat(), "end": day.isoformat()}
            cands[j].attrs.pop("yearless", None)
        dropped.add(i)
    return [c for k, c in enumerate(cands) if k not in dropped] if dropped else cands


def _week_monday(text: str, c: Cand) -> _dt.date | None:
    """The Monday of a named week ("next week"), else None."""
    a = c.attrs
    if a.get("undated") or a.get("precision") != "day" or _WEEK.fullmatch(text, c.start, c.end) is None:
        return None
    first = _dt.date.fromisoformat(a["start"])  # ("this week" in a past clause ends on the publication date)
    return first if first.weekday() == 0 else None


def _weekday(text: str, c: Cand) -> str | None:
    """The weekday's name (lower case) of a weekday alone ("Tuesday", "on Tuesday"), else None."""
    if c.attrs.get("undated") or c.attrs.get("precision") != "day":
        return None
    m = _WEEKDAY.fullmatch(text, c.start, c.end)
    return m["wd"].lower() if m else None
