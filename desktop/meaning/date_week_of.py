"""The week or weekend of a day ("the week of 7 June", "the weekend of 12 June", "over the weekend of 5-6 June"): the
days the words name, not the day alone, nor a weekend read against the publication date.

* "the week of <day>" is seven days: from that day when it is a Monday or a Sunday (a week is named by its first
  day, in either custom: "the week of Monday 7 June" is 7–13 June, "the week of Sunday 6 June" 6–12 June), else the
  Monday-to-Sunday week holding it ("the week of 9 June", a Wednesday: 7–13 June).
* "the weekend of <day>" is the Saturday and Sunday of the day when it is a Friday, a Saturday or a Sunday ("the
  weekend of Friday 11 June" is 12–13 June, "of 13 June" too); the weekend of another weekday is unsaid (the
  weekend before or after "June 5", a Thursday?): the day stays as it was read.  "the weekend of 5-6 June" (a range
  of two or three days) is that range.
* The span takes the words ("the week of 7 June"), and a weekend the scanner read before "of" ("over the weekend",
  read as the latest weekend) gives way to it.

Not a week of a month ("the first week of March": its own row), nor a day further than "the week of " before it,
nor without "the" ("a week of 7 June protests": a week's length), nor a range longer than three days ("the week of
7-20 June" stays the range).  Nothing here does I/O."""

from __future__ import annotations

import datetime as _dt
import re

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time: keeps import < 50 ms
    from typing import Any

_WEEK_OF = re.compile(r"(?<![^\W_])the[ \u00a0]+week(?P<end>end)?[ \u00a0]+of[ \u00a0]+$", re.IGNORECASE)
_REACH = 20  # "the weekend of " and the spaces between


def _day(iso: object) -> _dt.date | None:
    if not isinstance(iso, str):
        return None
    try:
        return _dt.date.fromisoformat(iso)
    except ValueError:
        return None


def _days(first: _dt.date, last: _dt.date) -> dict[str, Any]:
    return {"start": first.isoformat(), "end": last.isoformat(), "precision": "day", "undated": False}


def _week_of(first: _dt.date, last: _dt.date, weekend: bool) -> dict[str, Any] | None:
    """The days "the week(end) of" the day or days ``first``–``last`` names, or ``None`` when it names none."""
    if weekend:
        if (last - first).days in (1, 2) and first.weekday() >= 4 and last.weekday() >= 5:
            # "the weekend of 5-6 June", "of 4-6 June" (Friday to Sunday); not "of 2-3 June", a Wednesday and Thursday
            return _days(first, last)
        if first != last or first.weekday() < 4:
            return None  # "the weekend of June 5", a Thursday: which weekend is unsaid; the day stays
        saturday = first + _dt.timedelta(days=5 - first.weekday())  # a Friday: the next day; a Sunday: the day before
        return _days(saturday, saturday + _dt.timedelta(days=1))
    if first != last:
        return None
    start = first if first.weekday() in (0, 6) else first - _dt.timedelta(days=first.weekday())
    return _days(start, start + _dt.timedelta(days=6))


def weeks_of(text: str, found: list[tuple[int, int, dict[str, Any]]]) -> list[tuple[int, int, dict[str, Any]]]:
    """``found`` (sorted by start) with each day after "the week of" / "the weekend of" read as the days the words
    name, its span taking them, and a date inside those words (a weekend read alone) left out."""
    changed: list[tuple[int, int, int, dict[str, Any]]] = []  # (start, end, index in found, attrs)
    for i, (start, end, attrs) in enumerate(found):
        if attrs.get("undated") or attrs.get("precision") != "day":
            continue
        m = _WEEK_OF.search(text, max(0, start - _REACH), start)
        if m is None:
            continue
        first, last = _day(attrs.get("start")), _day(attrs.get("end"))
        if first is None or last is None:
            continue
        week = _week_of(first, last, bool(m["end"]))
        if week is not None:
            changed.append((m.start(), end, i, {**attrs, **week}))
    if not changed:
        return found
    out = list(found)
    for start, end, i, attrs in changed:
        out[i] = (start, end, attrs)
    # a date inside the words taken ("over the weekend" before "of 5-6 June") gives way: the found dates are sorted and
    # do not overlap, so only those right before the day can lie there
    drop: set[int] = set()
    for start, _end, i, _attrs in changed:
        j = i - 1
        while j >= 0 and found[j][1] > start:
            drop.add(j)
            j -= 1
    return [item for j, item in enumerate(out) if j not in drop]
