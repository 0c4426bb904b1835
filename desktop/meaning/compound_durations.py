"""A length of time written in two or more units one after another is one figure (no I/O, no Qt; never raises on a ``str``).

"2 years and 3 months" is one duration for a reader, as "1 год 5 месяцев", "2 yıl 3 ay", "3 hours 20 minutes" are: the
parts become one figure in the smallest unit named (27 mo, 17 mo, 27 mo, 200 min), which keeps the value whole and exact,
and a bound before the first part bounds the whole ("within 2 years and 3 months" is ≤ 27 mo, not ≤ 2 y and a bare 3 mo).

Joined only where each unit is the next smaller one with a fixed number of it (years and months, weeks and days, days and
hours, hours and minutes, minutes and seconds) and only spaces, "and", "и" or "ve" stand between: "1 yıl 1 ay 19 gün"
(a month has no fixed number of days) stays three figures; "2 years and 3 years", "3 months and 2 years", a range, a part
with a bound of its own and parts apart ("2 years, 3 months") are left as they are, and so is a run that is part of a
longer length it cannot be carried into ("девять дней, семь часов и 39 минут") or a date's ("the last 9 years and 10
months", "2 years and 3 months ago": left to the dates, which read only "3 months ago" of the last).
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["joined_durations"]

Found = tuple[int, int, dict[str, Any]]

# How many of the next smaller unit make one of a unit: only the fixed ones.
_NEXT = {"y": ("mo", 12), "wk": ("d", 7), "d": ("h", 24), "h": ("min", 60), "min": ("s", 60)}
_BETWEEN = re.compile(r"[ \u00a0]+(?:(?i:and|и|ve)[ \u00a0]+)?")


def _joins(text: str, left: Found, right: Found) -> bool:
    a, b = left[2], right[2]
    step = _NEXT.get(str(a.get("unit")))
    return (step is not None and b.get("unit") == step[0] and "upper" not in a and "upper" not in b
            and not b.get("qualifier") and not b.get("scale") and not a.get("scale")
            and isinstance(a.get("value"), (int, float)) and isinstance(b.get("value"), (int, float))
            and _BETWEEN.fullmatch(text, left[1], right[0]) is not None)


# The units of time from the largest; parts that touch (a comma too) with a smaller unit after are one length of time.
_ORDER = {"y": 0, "mo": 1, "wk": 2, "d": 3, "h": 4, "min": 5, "s": 6}
_TOUCHING = re.compile(r"(?:[ \u00a0]*,)?[ \u00a0]+(?:(?i:and|и|ve)[ \u00a0]+)?")  # no two free runs of spaces side by side
# A date's words around a run: "the last 9 years and 10 months", "2 years and 3 months ago" are the dates' to read.
_DATE_BEFORE = re.compile(r"(?<![\w-])(?i:last|past|next|coming|previous|recent|first|these|those)[ \u00a0]+$")
# "between 2 years and 3 months", "между 2 годами и 3 месяцами": the "and" is the range's, not the length's.
_RANGE_BEFORE = re.compile(r"(?<![\w-])(?i:between|между)[ \u00a0]+$")
_DATE_AFTER = re.compile(r"[ \u00a0]+(?i:ago|later|earlier|before|after|back|hence|назад|спустя|тому|önce|sonra)(?![\w-])")


def _touch(text: str, left: Found, right: Found) -> bool:
    """``right`` is a smaller unit of time right after ``left``: a part of the same length of time."""
    a, b = _ORDER.get(str(left[2].get("unit"))), _ORDER.get(str(right[2].get("unit")))
    return a is not None and b is not None and b > a and _TOUCHING.fullmatch(text, left[1], right[0]) is not None


def _apart(text: str, ordered: list[Found], i: int, j: int) -> bool:
    """The run ``ordered[i..j]`` is part of a longer length it cannot be carried into ("1 yıl 1 ay 19 gün", "девять
    дней, семь часов и 39 минут"), or a date's ("the last 9 years and 10 months", "… ago"): left as it is."""
    return (j + 1 < len(ordered) and _touch(text, ordered[j], ordered[j + 1]) or i > 0 and _touch(text, ordered[i - 1], ordered[i])
            or _DATE_BEFORE.search(text, max(0, ordered[i][0] - 12), ordered[i][0]) is not None
            or _DATE_AFTER.match(text, ordered[j][1]) is not None
            or _RANGE_BEFORE.search(text, max(0, ordered[i][0] - 12), ordered[i][0]) is not None)


def joined_durations(text: str, found: list[Found]) -> list[Found]:
    """``found`` (figures in text order) with each run of duration parts in falling units joined into one figure."""
    if not any(attrs.get("unit") in _NEXT for _s, _e, attrs in found):
        return found
    ordered = sorted(found, key=lambda f: (f[0], f[1]))
    out: list[Found] = []
    i = 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and _joins(text, ordered[j], ordered[j + 1]):
            j += 1
        if j == i or _apart(text, ordered, i, j):
            out.extend(ordered[i : j + 1])
        else:
            value: float = 0  # each part carried down to the next unit: 2 y 3 mo → 2·12 + 3 (the last is the smallest)
            for k in range(i, j + 1):
                value = value * (_NEXT[str(ordered[k - 1][2]["unit"])][1] if k > i else 1) + ordered[k][2]["value"]
            attrs = {**ordered[i][2], "value": int(value) if float(value).is_integer() else value,
                     "unit": ordered[j][2]["unit"], "scale": ""}
            out.append((ordered[i][0], ordered[j][1], attrs))
        i = j + 1
    return out
