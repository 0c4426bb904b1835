"""A weekday with a day of the month and no month: "Friday the 14th", "on Tuesday, the 3rd".  The day is read as
"on the 14th" is (:func:`~desktop.meaning.date_absolute.h_day_alone`: of the month named before it in its
paragraph, else of the publication's month by the clause's tense); when no month is named and that day is not
the weekday written, the weekday chooses the month: the nearest date, within three months of the publication
and on its side by the clause's tense, on which the day falls on it.  Only in a clause in the past or the future
("travellers avoid flying on Friday the 13th" is any such day) and at a clause's end or before a conjunction, as "on
the 14th" ("On Friday, the 14th anniversary of the attack", "On Thursday, the 19th-century church" name no day).  When it can be no day (none within three months, no
publication date, another year written before it: "the 2009 version of Friday the 13th") it is no suggestion ("Friday the 14th" in a text of 20 November 2024, which is a Thursday the 14th: 14
February 2025 in the future, none in the past: 14 June 2024 is five months back).  A named month keeps its day whatever the weekday (the
text's own error, or another year).  Not a title: "Friday the 13th Part VII", "the Friday the 13th films".
"""

from __future__ import annotations

import datetime as _dt
import re

from desktop.meaning.date_absolute import h_day_alone
from desktop.meaning.date_base import MONTH_ALT, Ctx, span
from desktop.meaning.date_relative import WEEKDAYS
from desktop.meaning.date_tense import FUTURE, PAST, clause_tense

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

_EN_WEEKDAYS = [w for w in WEEKDAYS if w.isascii() and w.endswith("day")]
WEEKDAY_DAY_HEADS = " ".join(_EN_WEEKDAYS)
# "Friday the 14th", "Friday, the 14th" (a weekday in English; the day as an ordinal in digits; not "Monday the 3rd
# of March", another pattern's); d2 never matches
WEEKDAY_DAY_RX = (rf"(?P<wd>{'|'.join(_EN_WEEKDAYS)}),?[ \u00a0]+the[ \u00a0]+(?P<d1>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)"
                  rf"(?![^\W_])(?![ \u00a0]+(?:of[ \u00a0]+)?(?:{MONTH_ALT})(?![^\W_]))(?P<d2>(?!))?"
                  # at a clause's end or before a conjunction, as "on the 14th" (not "Friday, the 14th anniversary",
                  # "Monday the 10th-ranked team", "Thursday, the 19th-century church")
                  rf"(?=[ \u00a0]*(?:[.,;:!?)\n]|$)|[ \u00a0]+(?:and|at|when|after|before|until|but|or)(?![^\W_]))")
_REACH = 3  # months either side of the publication's month (further back or ahead the month would be written)
# a title ("Friday the 13th Part VII", "the Friday the 13th films"), not a day
_TITLE_AFTER = re.compile(r"[ \u00a0]+(?:[A-Z]|(?:films?|movies?|franchise|sequels?|remake|series)(?![^\W_]))")


def h_weekday_day(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """The day (see the module's docstring); none in a title."""
    if _TITLE_AFTER.match(m.string, m.end()):
        return None
    result = h_day_alone(m, ctx)
    ref = ctx.reference
    if result is None or result[0].get("undated"):
        return None  # no day it can be ("the 2009 version of Friday the 13th", a film): no suggestion
    if result[0].get("yearless") or ref is None:
        return result  # a month named before it: the day as read
    tense = clause_tense(m.string, m.start(), m.end(), present=True)
    if tense not in (PAST, FUTURE):
        return None  # "travellers avoid flying on Friday the 13th": any such day, none in particular
    weekday, day = WEEKDAYS[m["wd"].lower()], int(m["d1"])
    found = _dt.date.fromisoformat(result[0]["start"])
    if found.weekday() == weekday:
        return result
    base = ref.year * 12 + ref.month - 1
    fits = []
    for total in range(base - _REACH, base + _REACH + 1):
        try:
            date = _dt.date(total // 12, total % 12 + 1, day)
        except ValueError:
            continue
        if date.weekday() == weekday and not (tense == PAST and date > ref) and not (tense == FUTURE and date < ref):
            fits.append(date)
    if not fits:
        return None  # the weekday and the day do not meet within a year: which one is wrong is unsaid
    date = min(fits, key=lambda d: abs((d - ref).days))
    attrs = span("day", (date.year, date.month, day))
    return (attrs, False) if attrs else None
