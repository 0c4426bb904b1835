"""A length of two or three units before "ago": "2 years and 3 months ago" (27 months ago: the month), "a year and six days ago"
(the day), "два года и три месяца назад", "2 yıl 3 ay önce".  Before, the scanner read the last unit alone ("3 months
ago": a wrong month).  The larger unit comes first (years, then months, then weeks, then days); anything else ("3
months and 2 years ago") is left to the row of one unit.  Hours count as the days they make ("2 days and 3 hours
ago": two days back; the hours alone before), minutes likewise ("3 hours and 20 minutes ago": the day; "minutes ago"
alone before).
The same lengths after "the past", "the last", "the next" are the days they cover up to the publication date ("the
past 2 years and 3 months" of 15 June 2021: 16 March 2019 – 15 June 2021; the first unit alone before) or from it
("the next 2 years and 6 months"); "the next …" in a clause in the past is left to the row of one unit (counted from a
date written before it)."""

from __future__ import annotations

import calendar
import datetime as _dt
import re

from desktop.meaning.date_ago import AGO_N, AGO_UNITS, ago_count, ago_heads
from desktop.meaning.date_base import SEP, WORD_END, Ctx, span, undated, undated_relative
from desktop.meaning.date_tense import PAST, clause_tense

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time: keeps import < 50 ms
    from typing import Any, Callable

    from desktop.meaning.date_base import Handler

# the unit's rank (larger first) and its length: in months for years and months, in hours for weeks, days, hours and
# minutes
_RANK = {"decade": (0, 120, 0), "year": (1, 12, 0), "month": (2, 1, 0), "week": (3, 0, 168), "fortnight": (3, 0, 336),
         "day": (4, 0, 24), "hour": (5, 0, 1), "minute": (6, 0, 1 / 60)}
# minutes only as the last unit of a length ("3 hours and 20 minutes ago": the day, as "3 hours ago"; "20 minutes ago"
# alone is "minutes ago"'s row)
_UNITS = {**AGO_UNITS, "minute": "minute", "minutes": "minute", "минуту": "minute", "минуты": "minute",
          "минут": "minute", "dakika": "minute"}
_UNIT = "|".join(sorted((w for w, u in _UNITS.items() if u in _RANK), key=len, reverse=True))
_COUNT = rf"(?:\d{{1,3}}|{AGO_N})"
# "2 years and 3 months", "2 years, 3 months", "два года и три месяца", "2 yıl 3 ay" (Turkish joins them bare): see
# _TWO_UNITS below
COMPOUND_AGO_HEADS = ago_heads()


def _lengths(m: re.Match[str]) -> tuple[int, int, bool] | None:
    """The months and the days of the counted units of ``m`` (groups ``an``/``au``, the optional ``cn``/``cu``, then
    ``bn``/``bu``), the larger unit first, and whether a unit is shorter than a month; None when the counts or the
    order are not a length.  Hours count as the days they make ("2 days and 3 hours": 2 days, as "24 hours ago" is the
    day before)."""
    if m.start() > 0 and m.string[m.start() - 1] in ".,":  # "5,000 years and 3 months": part of a longer number
        return None
    months, hours, rank = 0, 0.0, -1  # hours: minutes are sixtieths
    for n, u in (("an", "au"), ("cn", "cu"), ("bn", "bu")):
        if m[n] is None:
            continue
        count, (unit_rank, in_months, in_hours) = ago_count(m[n]), _RANK[_UNITS[m[u].lower()]]
        if count is None or not 0 < count <= 500 or unit_rank <= rank:
            return None
        rank, months, hours = unit_rank, months + count * in_months, hours + count * in_hours
    return months, int(hours / 24 + 0.5), hours > 0


def _shifted(ref: _dt.date, months: int, days: int) -> _dt.date:
    """``ref`` moved by ``months`` (a day the month lacks: its last day), then by ``days``."""
    total = ref.year * 12 + ref.month - 1 + months
    year, month = total // 12, total % 12 + 1
    return _dt.date(year, month, min(ref.day, calendar.monthrange(year, month)[1])) + _dt.timedelta(days=days)


def _read(m: re.Match[str], ctx: Ctx, days_of: Callable[[_dt.date, int, int], tuple[_dt.date, _dt.date]],
          *, month_alone: bool) -> tuple[dict[str, Any], bool] | None:
    """The date of ``m``: its first and last day by ``days_of(reference, months, days)``; the month alone when
    ``month_alone`` and the length has no days; undated without a publication date."""
    lengths = _lengths(m)
    if lengths is None:
        return None
    ref = ctx.reference
    if ref is None:
        return undated_relative(), False
    months, days, short = lengths
    try:
        first, last = days_of(ref, months, days)
    except (OverflowError, ValueError):
        return undated(), False
    if last < first:  # "the next 2 hours and 30 minutes": less than a day ahead, a length (as "the next 2 hours")
        return None
    if month_alone and not short:
        if months % 12 == 0:  # "two decades and three years ago": a year, as "three years ago" is
            return (span("year", (first.year,)) or undated()), False
        return (span("month", (first.year, first.month)) or undated()), False
    return (span("day", (first.year, first.month, first.day), (last.year, last.month, last.day)) or undated()), False


def _ago(ref: _dt.date, months: int, days: int) -> tuple[_dt.date, _dt.date]:
    day = _shifted(ref, -months, -days)
    return day, day


def _past(ref: _dt.date, months: int, days: int) -> tuple[_dt.date, _dt.date]:
    return min(_shifted(ref, -months, -days) + _dt.timedelta(days=1), ref), ref  # hours and minutes: that day


def _next(ref: _dt.date, months: int, days: int) -> tuple[_dt.date, _dt.date]:
    return ref, _shifted(ref, months, days) - _dt.timedelta(days=1)


def h_compound_ago(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"2 years and 3 months ago" → the month 27 months before the publication date; with days or weeks, the day."""
    return _read(m, ctx, _ago, month_alone=True)


def h_compound_window(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"the past 2 years and 3 months" → the days they cover up to the publication date; "the next …" from it."""
    if m["dir"].lower() not in ("next", "coming"):
        return _read(m, ctx, _past, month_alone=False)
    if clause_tense(m.string, m.start(), m.end()) == PAST:
        return None
    return _read(m, ctx, _next, month_alone=False)


_TWO_UNITS = (rf"(?P<an>{_COUNT}){SEP}(?P<au>{_UNIT})(?:,?{SEP}(?P<cn>{_COUNT}){SEP}(?P<cu>{_UNIT}))?"
              rf"{SEP}(?:(?:and|и|ve){SEP})?(?P<bn>{_COUNT}){SEP}(?P<bu>{_UNIT})")
# (a third unit may stand between, after a comma; the last unit follows a space or "and", never a comma: "She was in
# prison for 3 years, and 2 months ago she was freed", "He worked there 6 years, 3 months ago he quit" are two clauses)
COMPOUND_AGO_PATTERNS: list[tuple[str, str, Handler]] = [
    # (the look-ahead first: "ago" within 60 characters, read in C before the long alternations are tried at every "a")
    (COMPOUND_AGO_HEADS, rf"(?=[^.!?;\n]{{0,60}}?(?<![^\W_])(?:ago|назад|önce)(?![^\W_])){_TWO_UNITS}{SEP}"
     rf"(?P<ago>ago|(?:тому{SEP})?назад|önce){WORD_END}", h_compound_ago),
    # "the past 2 years and 3 months", "the next two years and six months" (not "the last 2 years and 3 months of his
    # life": a part of something else)
    ("the past last next coming", rf"(?:the{SEP})?(?P<dir>past|last|next|coming){SEP}{_TWO_UNITS}{WORD_END}(?!{SEP}of\b)",
     h_compound_window),
]
