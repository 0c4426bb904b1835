"""Handlers of dates relative to the document's publication date: "last year",
"the past decade", "last/this/next week", weekends, "last December", "yesterday".  Without a publication date they
are undated with the reason.  Weekdays are in :mod:`desktop.meaning.date_weekdays`, "N units ago" in
:mod:`desktop.meaning.date_ago` (their names are re-exported here).
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re

from desktop.meaning.date_ago import (  # noqa: F401 (moved out; importers use these names from here)
    AGO_N, AGO_NUMBERS, AGO_UNITS, TR_ABLATIVE_BEFORE, VAGUE_AGO, back_is_ago, h_ago, h_ago_vague, h_ru_few_ago, units_back)
from desktop.meaning.date_base import (MODERN_YEAR, NUMWORDS, YEAR_THIRDS, Ctx, fold, group, month_of, span, undated,
                                       paragraph_start, undated_relative, yearless)
from desktop.meaning.date_holidays import easter as easter  # re-exported: callers of earlier rounds import it here
from desktop.meaning.date_ru import ru_habit_or_title
from desktop.meaning.date_tense import FUTURE, PAST, clause_sides, clause_tense
from desktop.meaning.date_tr import TR_NUMWORDS_FOLDED
from desktop.meaning.date_weekdays import (  # noqa: F401 (moved out; importers use these names from here)
    RU_WEEKDAY_CASE_ALT, RU_WEEKDAY_REL_ALT, WEEKDAY_ALT, WEEKDAYS, h_weekday)

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time: keeps import < 50 ms
    from typing import Any

    from desktop.meaning.date_base import Handler


def _n_value(text: str | None) -> int | None:
    if not text:
        return None
    if text.isdigit():
        return int(text)
    return NUMWORDS.get(text.lower()) or TR_NUMWORDS_FOLDED.get(fold(text))


def _relative(kind: str, offset: int, ctx: Ctx) -> dict[str, Any]:
    ref = ctx.reference
    if ref is None:
        return undated_relative()
    y = ref.year
    if kind == "year":
        return span("year", (y + offset,)) or undated()
    if kind == "month":
        total = y * 12 + (ref.month - 1) + offset
        return span("month", (total // 12, total % 12 + 1)) or undated()
    if kind == "day":
        try:
            day = ref + _dt.timedelta(days=offset)
        except OverflowError:
            return undated()
        return span("day", (day.year, day.month, day.day)) or undated()
    if kind == "decade_this":
        attrs = span("year", (y // 10 * 10,), (y // 10 * 10 + 9,))
        if attrs:
            attrs["precision"] = "decade"
        return attrs or undated()
    return undated()


def _moved(ref: _dt.date, n: int, unit: str) -> _dt.date:
    """``ref`` moved by ``n`` years, months, weeks or days (a day the month lacks: its last day)."""
    if unit in ("year", "month"):
        total = ref.year * 12 + ref.month - 1 + n * (12 if unit == "year" else 1)
        y, mo = total // 12, total % 12 + 1
        return _dt.date(y, mo, min(ref.day, calendar.monthrange(y, mo)[1]))
    return ref + _dt.timedelta(days=n * (7 if unit == "week" else 1))


def _days_window(ref: _dt.date, n: int, unit: str) -> dict[str, Any]:
    """The days of ``n`` units (years, months, weeks, days) ending on the reference ("the past three
    years" of 28 February 2023: 1 March 2020 – 28 February 2023), or, ``n`` negative, starting on it
    ("the next five years")."""
    try:
        if n >= 0:
            first, last = _moved(ref, -n, unit) + _dt.timedelta(days=1), ref
        else:
            first, last = ref, _moved(ref, -n, unit) - _dt.timedelta(days=1)
    except (ValueError, OverflowError):
        return undated()
    return span("day", (first.year, first.month, first.day), (last.year, last.month, last.day)) or undated()


def _unit_of(word: str) -> str:
    """"year", "month", "week" or "day" for a unit word of any language ("years", "лет", "yıl", "ay")."""
    low = word.lower()
    if low.startswith(("month", "месяц")) or low == "ay":
        return "month"
    if low.startswith(("week", "недел", "hafta")):
        return "week"
    if low.startswith(("day", "дн", "сут", "gün")):
        return "day"
    return "year"


# a verb of change or a perfect in the clause before "in the past century": the hundred years up to publication
_CHANGE_OR_PERFECT_BEFORE = re.compile(
    r"(?:(?<![^\W_])(?:rose|risen|fell|fallen|grew|grown|increased|decreased|doubled|tripled|halved|declined|dropped"
    r"|climbed|warmed|cooled|shrank|shrunk|changed|(?:have|has)(?:[ \u00a0]+(?:not|never|only))?[ \u00a0]+[a-z]+(?:ed|en|wn|ne))"
    r"|['’]ve[ \u00a0]+[a-z]+)(?![^\W_])[^.,;!?\n]{0,40}$", re.IGNORECASE)


def h_past(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"the past decade / N decades" (in years) and "the past N years / months" (the days they cover)
    up to the reference."""
    unit = (m["unit"] or group(m, "unit2") or "").lower()
    n = _n_value(group(m, "n")) or 1
    if n > 200:
        return None
    ref = ctx.reference
    if ref is None:
        return undated_relative(), False
    if unit.startswith(("centur", "столет", "век")):
        if group(m, "over") is None and not _CHANGE_OR_PERFECT_BEFORE.search(m.string, max(0, m.start() - 60), m.start()):
            # "the history of the past century", "in the last century": the century before; not "rose 1C in the past
            # century", "has grown in the past century" (a change over the hundred years)
            first = (ref.year // 100 - 1) * 100
            return (span("year", (first,), (first + 99,)) or undated()), False
        return (span("year", (ref.year - 100,), (ref.year,)) or undated()), False  # "over the past century": 100 years
    if unit.startswith(("decade", "десятилет")) or unit in ("on", "10"):
        attrs = span("year", (ref.year - 10 * n,), (ref.year,))
        if attrs:
            attrs["precision"] = "decade"
        return (attrs or undated()), False
    return _days_window(ref, n, _unit_of(unit)), False


def h_past_span(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"the past year", "the past month", "the past week": the days of the year, month or seven days up
    to the reference."""
    if ctx.reference is None:
        return undated_relative(), False
    return _days_window(ctx.reference, 1, _unit_of(m["unit"])), False


def h_for_last_span(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"for the last year" as a span up to the reference: a duration goes with a perfect in its clause ("He has been ill
    for the last year", "For the last year prices have risen"); without one it is the final year or week of something
    ("Tickets for the last week are sold out", "prepared for the last month before the election")."""
    if not any(_HAVE.search(side) for side in clause_sides(m.string, m.start(), m.end())):
        return None
    return h_past_span(m, ctx)


# has/have/had or their short forms, of a perfect ("has broadcast", "'ve lived", "he's been")
_HAVE = re.compile(r"(?<![^\W_])(?:has|have|had)(?:n['’]t)?(?![^\W_])|['’]ve(?![^\W_])"
                      r"|['’][sd][ \u00a0]+(?:been|[^\W\d_]+(?:ed|en|wn))(?![^\W_])", re.IGNORECASE)


AFTER_AN_EARLIER_DATE = "counted from an earlier date that the text does not give"


def h_next(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"the next 15 years / 30 days", "önümüzdeki 5 yıl", "ближайшие 10 лет": the days from the reference
    on; in a clause in the past, the years from the year written before it ("after_years", resolved by
    the scanner), undated with the reason when there is none or the unit is shorter than a year."""
    unit = (m["unit"] or "").lower()
    n = _n_value(group(m, "n"))
    if n is None or n > 200:
        return None
    if clause_tense(m.string, m.start(), m.end()) == PAST:
        # "In 1655 he enlisted … In the course of the next five years he served": counted from the
        # year written before it (the scanner's :func:`~desktop.meaning.date_patterns.scan`), not from
        # now; "the next five days were hard": from a day the text does not give
        earlier: dict[str, Any] = {**undated(), "reason": AFTER_AN_EARLIER_DATE}
        if _unit_of(unit) == "year":
            earlier["after_years"] = n * (10 if unit.startswith(("decade", "десятилет")) else 1)
        return earlier, False
    ref = ctx.reference
    if ref is None:
        return undated_relative(), False
    if unit.startswith(("decade",)):
        attrs = span("year", (ref.year,), (ref.year + 10 * n,))
        if attrs:
            attrs["precision"] = "decade"
        return (attrs or undated()), False
    return _days_window(ref, -n, _unit_of(unit)), False


def h_past_days(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"the past three days / two weeks": the days up to the reference; "the past 24 hours": the
    calendar days the hours touch."""
    n = _n_value(group(m, "n"))
    if n is None or n > 1000:
        return None
    ref = ctx.reference
    if ref is None:
        return undated_relative(), False
    unit = m["unit"].lower().rstrip("s")
    unit = {"нед": "week", "дне": "day", "дня": "day", "сут": "day", "час": "hour"}.get(unit[:3], unit)  # Russian: недели, дней, часа
    if unit == "hour":
        first = ref - _dt.timedelta(days=-(-n // 24))
        return (span("day", (first.year, first.month, first.day), (ref.year, ref.month, ref.day)) or undated()), False
    return _days_window(ref, n, unit), False


_WEEKEND_OFFSET = {"last": -1, "this past": -1, "минувшие": -1, "прошлые": -1, "прошедшие": -1, "geçen": -1, "geçtiğimiz": -1,
                   "прошлых": -1, "минувших": -1, "этих": 0, "следующих": 1,
                   "this": 0, "эти": 0, "ближайшие": 0, "bu": 0, "next": 1, "следующие": 1, "gelecek": 1, "önümüzdeki": 1,
                   "before last": -2, "after next": 2}


def h_weekend(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"this / last / next weekend", "в минувшие выходные", "geçen hafta sonu": Saturday and Sunday of that week
    ("this weekend" in a past clause of a text of Monday to Wednesday: the weekend before it); "this past
    weekend" the one before the publication week; "over / at the weekend" the one of the publication week
    when the text is of a Saturday or Sunday or its clause is about the future, else the one just gone."""
    if ctx.reference is None:
        return undated_relative(), False
    rel = " ".join((m["rel"] or "").lower().split())
    if rel == "the":  # "over / at / during the weekend": the one at hand, just gone or to come
        tense = clause_tense(m.string, m.start(), m.end())
        offset = 0 if ctx.reference.weekday() >= 5 or tense == FUTURE else -1
    else:
        offset = _WEEKEND_OFFSET.get(rel, 1)
    if offset == 0 and rel != "the" and ctx.reference.weekday() <= 2 and clause_tense(m.string, m.start(), m.end()) == PAST:
        offset = -1  # "took place this weekend" in a text of Monday to Wednesday: the weekend just gone
    try:
        saturday = ctx.reference - _dt.timedelta(days=ctx.reference.weekday()) + _dt.timedelta(days=5 + 7 * offset)
        sunday = saturday + _dt.timedelta(days=1)
    except OverflowError:
        return undated(), False
    return (span("day", (saturday.year, saturday.month, saturday.day), (sunday.year, sunday.month, sunday.day))
            or undated()), False


def h_month_relative(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"last December" (the latest December before the reference month), "next March", "this April"."""
    mo = month_of(m["m1"], ctx)
    if mo is None or not m["m1"][:1].isupper():
        return None
    ref = ctx.reference
    if ref is None:
        return undated_relative(), False
    rel = "last" if m["rel"].lower().startswith("this") and m["rel"][4:].strip() else m["rel"].lower()  # "this past May"
    y = ref.year - (mo >= ref.month) if rel == "last" else ref.year + (mo <= ref.month) if rel == "next" else ref.year
    return (span("month", (y, mo)) or undated()), False


_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n]\s*|[\n(«\"“]\s*)$")


def h_today_part(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"this morning", "tonight", "этим утром", "bu sabah": the publication day.  Capitalised
    inside a sentence it is a title ("Entertainment Tonight", "Waiting for Tonight")."""
    if ctx.strict and m.group(0)[:1].isupper() and not _SENTENCE_START.search(m.string, max(0, m.start() - 3), m.start()):
        return None
    return _relative("day", 0, ctx), False


def h_earlier_later(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"earlier this month / year / week": its first day up to the publication date; "later this
    year": from the publication date to its last day."""
    ref = ctx.reference
    if ref is None:
        return undated_relative(), False
    unit = m["unit"].lower()
    if unit == "year":
        first, last = _dt.date(ref.year, 1, 1), _dt.date(ref.year, 12, 31)
    elif unit == "month":
        first = ref.replace(day=1)
        last = ref.replace(day=calendar.monthrange(ref.year, ref.month)[1])
    else:
        first = ref - _dt.timedelta(days=ref.weekday())
        last = first + _dt.timedelta(days=6)
    a, b = (first, ref) if m["edge"].lower() == "earlier" else (ref, last)
    return (span("day", (a.year, a.month, a.day), (b.year, b.month, b.day)) or undated()), False


def h_day_beside(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"the day before yesterday" (two days before the publication date), "the day after tomorrow"."""
    return _relative("day", -2 if group(m, "before") else 2, ctx), False


def relative_handler(kind: str, offset: int) -> Handler:
    def handler(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
        return _relative(kind, offset, ctx), False

    return handler


# "USA Today", "Russia Today", "Psychology Today": a medium's name, a closed set (a capitalised word before "Today" is
# mostly a headline's or a place's: "Biden Signs Climate Bill Today", "Voters in London Today faced long queues"); in a
# line in capitals ("FED CUTS RATES TODAY", "USA TODAY") it is the day
_MEDIUM_BEFORE_TODAY = re.compile(r"(?<![^\W_])(?:USA|Russia|Psychology|India|Kazakhstan)[ \u00a0]+$")


# "today" as "nowadays", right after a verb of being there ("the texts that exist today", "the walls that survive
# today"), "even/still" in the present ("Even today, the town is poor") or in "known today as": no day (not "still open today", a
# word between; nor "remain today", "the results, known today,", which may be the day)
_NOWADAYS_BEFORE = re.compile(r"(?<![^\W_])(?:exists?|existing|survives?|surviving)[ \u00a0]+$", re.IGNORECASE)
# "even/still today" is "nowadays" only in a clause neither past nor future ("Even today, the town is poor"; not "Even
# today, the president refused to comment", "Markets were calm even today", the day of an event)
_EVEN_STILL_BEFORE = re.compile(r"(?<![^\W_])(?:even|still)[ \u00a0]+$", re.IGNORECASE)
_KNOWN_AS = re.compile(r"(?<![^\W_])known[ \u00a0]+$", re.IGNORECASE)
_AS_AFTER = re.compile(r"[ \u00a0]+as(?![^\W_])", re.IGNORECASE)


def h_today(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"today", "сегодня", "bugün": the publication date; not "Today" in a medium's name ("USA Today"), nor "today"
    as "nowadays" ("the texts that exist today", "even today")."""
    if m.group(0) == "Today" and _MEDIUM_BEFORE_TODAY.search(m.string, max(0, m.start() - 30), m.start()):
        return None
    if m.group(0).lower() == "today" and (_NOWADAYS_BEFORE.search(m.string, max(0, m.start() - 12), m.start()) or (
            _EVEN_STILL_BEFORE.search(m.string, max(0, m.start() - 8), m.start())
            and clause_tense(m.string, m.start(), m.end()) not in (PAST, FUTURE)) or (
            _KNOWN_AS.search(m.string, max(0, m.start() - 8), m.start()) and _AS_AFTER.match(m.string, m.end()))):
        return None
    return _relative("day", 0, ctx), False


# "have done", "'ve been", "has n't had": a perfect (a participle after have/has).
_PERFECT = re.compile(r"(?:(?<![^\W_])(?:have|has)|['’]ve)[ \u00a0]+(?:n['’]t[ \u00a0]+|not[ \u00a0]+)?"
                      r"(?:[a-z]+(?:ed|en|ne|wn)|had|got|made|said|been)(?![^\W_])", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,.!?;\n]")


_WEEK_PART_DAYS = {"early": (0, 1), "beginning": (0, 1), "start": (0, 1), "начале": (0, 1),
                   "mid": (2, 3), "middle": (2, 3), "середине": (2, 3),
                   "late": (4, 6), "end": (4, 6), "конце": (4, 6)}
_WEEK_REL = {"last": -1, "прошлой": -1, "минувшей": -1, "this": 0, "этой": 0, "текущей": 0, "next": 1, "следующей": 1}


def h_week_part(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"early next week", "late last week", "the end of this week", "в конце прошлой недели", "в начале недели"
    (without this/last/next: of the week its clause's tense says, the publication's or the one before or after;
    none in a habit or without a tense): the first
    two days of that week (Monday–Tuesday), its middle (Wednesday–Thursday) or its end (Friday–Sunday)."""
    ref = ctx.reference
    if ref is None:
        return undated_relative(), False
    first, last = _WEEK_PART_DAYS[(group(m, "part") or group(m, "part2") or "").lower()]
    monday = ref - _dt.timedelta(days=ref.weekday()) + _dt.timedelta(days=7 * _WEEK_REL[(group(m, "rel") or "this").lower()])
    if not group(m, "rel"):  # "в конце недели": the week by the clause's tense, none in a habit or with no tense
        tense = clause_tense(m.string, m.start(), m.end())
        if tense not in (PAST, FUTURE) or ru_habit_or_title(m.string, m.start(), m.end()):
            return None  # "Обычно в начале недели цены растут", "Он работает в начале недели"
        if tense == PAST and first > ref.weekday():
            monday -= _dt.timedelta(days=7)  # "В конце недели цены упали" on a Monday: the week before
        elif tense == FUTURE and last < ref.weekday():
            monday += _dt.timedelta(days=7)  # "В начале недели пройдут выборы" on a Sunday: the week after
    a, b = monday + _dt.timedelta(days=first), monday + _dt.timedelta(days=last)
    return (span("day", (a.year, a.month, a.day), (b.year, b.month, b.day)) or undated()), False


_YEAR_WRITTEN = re.compile(r"(?<!\d)(?:1\d{3}|20\d{2})(?!\d)")
# a decade written in the paragraph ("the nineties", "the '80s", "90s music") is the one "the end of the decade" ends
_DECADE_WRITTEN = re.compile(r"(?<![\d.,])['’]?\d0['’]?s(?![^\W_])|(?<![^\W_])(?:thirties|forties|fifties|sixties|seventies"
                             r"|eighties|nineties)(?![^\W_])", re.IGNORECASE)
_PARAGRAPH_REACH = 2000  # characters read back for a year written in the paragraph


def h_part_of_the(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"by the end of the year", "at the start of the month", "the end of the week": a third of the
    publication year (in months; the year of a date written before it in its paragraph wins:
    "In 2019 … by the end of the year"), of its month (days 1–10, 11–20, 21–end) or of its week —
    not found after a year written in its paragraph ("In March 2019 … the end of the month"), nor "the end of the decade"
    after a decade written there ("in the nineties … By the end of the decade")."""
    ref = ctx.reference
    if ref is None:
        return undated_relative(), False
    key = {"beginning": "early", "start": "early", "middle": "mid", "end": "late"}[m["part2"].lower()]
    unit = m["unit"].lower()
    if unit == "year":
        first, last = YEAR_THIRDS[key]
        year = ref.year - (key == "late" and ref.month >= first and clause_tense(m.string, m.start(), m.end()) == PAST)
        return yearless(span("month", (year, first), (year, last))) or undated(), False  # "At year-end, debt was": the last one
    paragraph = paragraph_start(m.string, m.start(), _PARAGRAPH_REACH)
    if _YEAR_WRITTEN.search(m.string, paragraph, m.start()) or (
            unit == "decade" and _DECADE_WRITTEN.search(m.string, paragraph, m.start())):
        return None  # "In March 2019 … by the end of the month", "in the nineties … By the end of the decade": that one
    if unit == "decade":  # "by the end of the decade": a third of the publication's decade, in years
        first = ref.year // 10 * 10 + {"early": 0, "mid": 3, "late": 6}[key]
        return (span("year", (first,), (first + 3,)) or undated()), False
    if unit == "month":
        a = ref.replace(day={"early": 1, "mid": 11, "late": 21}[key])
        b = ref.replace(day={"early": 10, "mid": 20, "late": calendar.monthrange(ref.year, ref.month)[1]}[key])
    else:
        first_day, last_day = _WEEK_PART_DAYS[key]
        monday = ref - _dt.timedelta(days=ref.weekday())
        a, b = monday + _dt.timedelta(days=first_day), monday + _dt.timedelta(days=last_day)
    return (span("day", (a.year, a.month, a.day), (b.year, b.month, b.day)) or undated()), False


def week(offset: int) -> Handler:
    """"last / this / next week": Monday to Sunday of that week; "this week" in a past or perfect clause
    ("I have n't had them this week", "I've done nothing this week"; the clause ends at a comma here:
    "like I said, I'm away this week" is not past) only up to the publication date."""
    def handler(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
        ref = ctx.reference
        if ref is None:
            return undated_relative(), False
        monday = ref - _dt.timedelta(days=ref.weekday()) + _dt.timedelta(days=7 * offset)
        sunday = monday + _dt.timedelta(days=6)
        if offset == 0:
            text, start, end = m.string, m.start(), m.end()
            lo = max((c.end() for c in _CLAUSE_END.finditer(text, max(0, start - 160), start)), default=max(0, start - 160))
            stop = _CLAUSE_END.search(text, end, end + 160)
            hi = stop.start() if stop else min(len(text), end + 160)
            if clause_tense(text[lo:hi], start - lo, end - lo) == PAST or _PERFECT.search(text, lo, start):
                sunday = ref
        return (span("day", (monday.year, monday.month, monday.day), (sunday.year, sunday.month, sunday.day))
                or undated()), False
    return handler


def h_year_present(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"2013 – present": the years from it to the publication year; not read when that is before it
    (the year is then found alone)."""
    ref = ctx.reference
    if ref is None:
        return undated_relative(), False
    attrs = span("year", (int(m["y1"]),), (ref.year,))
    return (attrs, False) if attrs else None


def h_few_window(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"the past few days", "the last several years", "the next few weeks": the days of as many units
    as the vague number allows at most (few: five, several: nine, a couple: two) up to or from the
    reference; "the next few weeks" in a clause in the past is undated (from a day the text does
    not give)."""
    vague = re.sub(r"[\s\u00a0]+", " ", m["vague"]).lower() or "a few"  # "the coming days", "recent weeks": a few
    hi = VAGUE_AGO.get(vague, VAGUE_AGO.get("a " + vague, (0, 0)))[1]
    unit = _unit_of(m["unit"])
    forward = m["dir"].lower() in ("next", "coming", "önümüzdeki", "gelecek")
    if not hi:
        return None
    if forward and clause_tense(m.string, m.start(), m.end()) == PAST:
        return {**undated(), "reason": AFTER_AN_EARLIER_DATE}, False
    if ctx.reference is None:
        return undated_relative(), False
    return _days_window(ctx.reference, -hi if forward else hi, unit), False


def h_ago_and_a_half(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"a year and a half ago", "two and a half years ago", "2 1/2 years ago": the month 18 or 30
    months before the reference; "six and a half months ago": the month of the day six months and fifteen days
    before it."""
    raw = (group(m, "an") or "a").lower()
    n = int(raw) if raw.isdigit() else AGO_NUMBERS.get(raw)
    if n is None or n > 500:
        return None
    ref = ctx.reference
    if ref is None:
        return undated_relative(), False
    if (group(m, "hu") or group(m, "hu2") or group(m, "hu3") or "year").lower().startswith("month"):
        day = _moved(ref, -n, "month") - _dt.timedelta(days=15)
        return (span("month", (day.year, day.month)) or undated()), False
    total = ref.year * 12 + ref.month - 1 - (12 * n + 6)
    return (span("month", (total // 12, total % 12 + 1)) or undated()), False


def h_window_and_a_half(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"the past two and a half years", "the last 5 1/2 years", "the next 2 1/2 years", "the past year and a half":
    the days of as many months (30, 66, 30, 18) up to or from the reference, as "the past 30 months" ("the last 33
    1/2 months": 33 months and 15 days); ahead in a
    clause in the past, undated (from a day the text does not give)."""
    raw = (group(m, "an") or "a").lower()
    n = int(raw) if raw.isdigit() else AGO_NUMBERS.get(raw)
    if n is None or n > 200:
        return None
    forward = m["dir"].lower() in ("next", "coming")
    if forward and clause_tense(m.string, m.start(), m.end()) == PAST:
        return {**undated(), "reason": AFTER_AN_EARLIER_DATE}, False
    ref = ctx.reference
    if ref is None:
        return undated_relative(), False
    if not (group(m, "hu") or group(m, "hu2") or group(m, "hu3") or "year").lower().startswith("month"):
        months = 12 * n + 6
        return _days_window(ref, -months if forward else months, "month"), False
    try:  # "the last 33 1/2 months": the days of 33 months and 15 days
        if forward:
            first, last = ref, _moved(ref, n, "month") + _dt.timedelta(days=14)
        else:
            first, last = _moved(ref, -n, "month") - _dt.timedelta(days=14), ref
    except (ValueError, OverflowError):
        return undated(), False
    return span("day", (first.year, first.month, first.day), (last.year, last.month, last.day)) or undated(), False


_AHEAD_REACH = 400


def h_ahead(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"the weeks ahead", "the months ahead", "the years ahead" (as "the coming weeks": the days of five units
    from the reference), "the week ahead", "the month ahead", "the year ahead" (the days of one unit from it);
    in a clause in the past after a year two or more before the reference in its paragraph ("In 1990 the war began.
    He feared the months ahead"), undated; a past of reporting alone keeps it ("Officials warned of hardship in the
    months ahead": from the reference)."""
    unit = _unit_of(m["unit"])
    ref = ctx.reference
    if clause_tense(m.string, m.start(), m.end()) == PAST:
        para = paragraph_start(m.string, m.start(), _AHEAD_REACH)
        if ref is None or any(int(y.group(0)) <= ref.year - 2 for y in MODERN_YEAR.finditer(m.string, para, m.start())):
            return {**undated(), "reason": AFTER_AN_EARLIER_DATE}, False
    if ref is None:
        return undated_relative(), False
    n = VAGUE_AGO["a few"][1] if m["unit"].lower().endswith("s") else 1
    return _days_window(ref, -n, unit), False


# Russian: a month of the year before, this one or the next ("в сентябре прошлого года").
RU_YEAR_OFFSETS = {"прошлого": -1, "минувшего": -1, "прошедшего": -1, "этого": 0, "текущего": 0, "нынешнего": 0,
                   "следующего": 1, "будущего": 1}


def h_ru_month_relative_year(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"в сентябре прошлого года" → September of the year before publication (Russian)."""
    month = month_of(m["m1"], ctx)
    if month is None:
        return None
    ref = ctx.reference
    if ref is None:
        return undated_relative(), False
    return (span("month", (ref.year + RU_YEAR_OFFSETS[m["ry"].lower()], month)) or undated()), False


def h_ru_half_ago(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"полвека назад" (the year 50 years before the reference), "полгода назад" (the month six months before)."""
    if m["half"].lower() == "полвека":
        return _relative("year", -50, ctx), False
    return _relative("month", -6, ctx), False


def h_ru_month_of(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"прошлого месяца", "этого месяца", "следующего месяца": that month of the reference."""
    return _relative("month", RU_YEAR_OFFSETS[m["ry"].lower()], ctx), False
