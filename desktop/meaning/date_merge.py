"""Dates next to each other joined into one range: "X – Y", "between X and Y", "from X to Y", "X ile Y
arasında"; "X and Y" alone lists two dates in running text.  Used by :func:`desktop.meaning.date_patterns.scan`
(split from that module); nothing here does I/O.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re

from desktop.meaning.date_base import (
    BETWEEN_AFTER, CLOCK_AFTER, CLOCK_AHEAD, CONNECT, PART_OF_DAY, TR_DATIVE, TR_UNTIL_AFTER, Cand, join_adjacent, span,
)
from desktop.meaning.date_context import UP_TO_NOW_AFTER, shift_year
from desktop.meaning.date_counted import qualifies_a_noun
from desktop.meaning.date_tense import FUTURE, PAST, UNKNOWN, clause_tense
from desktop.meaning.date_week_days import weekdays_in_week
from desktop.meaning.date_weekdays import RU_WEEKDAY_CASE_ALT, RU_WEEKDAY_CASES, WEEKDAY_ALT, WEEKDAYS

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time: keeps import < 50 ms
    from typing import Any, Literal

_DIGIT_RUN_AFTER = re.compile(r"[-–—/.]\d")
_DIGIT_RUN_BEFORE = re.compile(r"\d[-–—/.]$")
# a weekday before a range's second end: "from Friday, 3 June to Sunday, 5 June" (the weekday is
# attached to a single day after the merge, too late for the gap between two dates)
_WEEKDAY_AHEAD = rf"(?:(?:{WEEKDAY_ALT}),?[ \u00a0]+(?:the[ \u00a0]+)?)"
# a part of the day after the first end ("from Saturday night to Monday morning"), "through to" ("from 2019 through
# to 2021"); "into" and "up to/until/till" after "from" only ("from late 2019 into 2021", "from 2015 up to 2019", not
# "2019 into 2021 figures")
# a time of day at either end: "from 06:00 on Friday to 18:00 on Sunday", "from 10 p.m. Friday to 6 a.m. Monday",
# "from Friday at 22:00 to Sunday at 06:00" (the range is of days: a time keeps its date)
# an end named by an event with its date, after "from" or "since": "from 1998 until his death in 2004", "from 1962 until the
# plant's closure in 1991", "from 1980 until he retired in 2001" (the range ends with the event's date)
# After "to" the phrase must hold an event's noun ("to her move to Paris in 2006"): "from 1998 to the mayor in 2004",
# "from 2019 to the Senate in 2020" name a recipient or a place (two dates); "until" names a time whatever follows it.
_EVENT_NOUN = (r"(?:death|retirement|resignation|closure|collapse|end|peak|high|low|level|record|sale|merger|takeover"
               r"|acquisition|dissolution|departure|move|fall|bankruptcy|split|divorce|release|demise|abolition|independence"
               r"|liberation|return|election|arrest|exile|dismissal|ouster|shutdown|breakup|break-up|expiry|expiration)")
_EVENT_END = (r"(?P<event>\s+(?:(?:until|till)\s+(?:(?:his|her|its|their|the)(?:\s+[^\W\d_]+(?:['’]s)?){1,3}"
              r"|(?:he|she|it|they)\s+[^\W\d_]+)"
              rf"|to\s+(?:his|her|its|their|the)(?:\s+[^\W\d_]+(?:['’]s)?){{0,2}}\s+{_EVENT_NOUN}(?![^\W_])(?:\s+[^\W\d_]+){{0,2}})"
              r"\s+(?:in|on)\s+)")
_YEAR_WRITTEN = re.compile(r"\d{4}")  # an event's end carries its year: "until his death in 2004", "on 5 May 2010"
# (and a comma after the first end's year: "from December 24, 2021, to January 3, 2022")
_MERGE_GAP = re.compile(rf"(?:(?<=\d\d\d\d),(?!\s+(?:and|и|ile|ve)\s))?{PART_OF_DAY}{CLOCK_AFTER}"
                        rf"(?:{CONNECT}|\s+through\s+to\s+|(?P<into>\s+(?:into|up\s+(?:to|until|till))\s+)|{_EVENT_END})"
                        rf"{CLOCK_AHEAD}{_WEEKDAY_AHEAD}?",
                        re.IGNORECASE)  # matched from the first end to the second (it looks behind at the first)
_MERGE_PREFIX = re.compile(rf"(?<![^\W_])(?:between|from|между|с|со|от)\s+{CLOCK_AHEAD}{_WEEKDAY_AHEAD}?$", re.IGNORECASE)
# "Since the 1990s until 2005": from one to the other, as "since 2010 until 2015" (the span leaves "since" out)
_SINCE_BEFORE = re.compile(r"(?<![^\W_])since\s+$", re.IGNORECASE)
_LIST_CONNECTOR = re.compile(rf"^{PART_OF_DAY}\s+(?:and|и|ile|ve)\s+{_WEEKDAY_AHEAD}?$", re.IGNORECASE)
# a weekday before a day, "Friday, 3 June", "Friday the 14th" (also used by date_patterns.scan)
WEEKDAY_BEFORE = re.compile(rf"(?<![^\W_]){_WEEKDAY_AHEAD}$", re.IGNORECASE)
# a weekday alone, each end of "from Monday to Wednesday", "с понедельника по пятницу" (the Russian "с" in its span)
_WEEKDAY_ONLY = re.compile(rf"(?:(?P<rel>on|this|next|last)\s+|(?:с|со)\s+)?(?P<wd>{WEEKDAY_ALT}|{RU_WEEKDAY_CASE_ALT})",
                           re.IGNORECASE)
_WEEKDAY_NUMBER = {**WEEKDAYS, **RU_WEEKDAY_CASES}
_PREFIX_WINDOW = 32
# "every Monday to Friday", "each Monday to Wednesday": a weekly habit, no days of one week
# and "is closed (from) Monday to Wednesday": a state in the present, whose participle is no past cue
_HABIT_BEFORE = re.compile(r"(?<![^\W_])(?:(?:every|each)|(?:is|are)(?:\s+(?:not|usually|normally|also))?(?:\s+[^\W\d_]+)?)"
                           r"\s+(?:from\s+|between\s+)?$", re.IGNORECASE)

# after the days, a stretch of years or "every week": "was open Monday to Friday until 2019", "ran from Monday to
# Saturday in 1990", "from Monday to Friday every week": a habit of those years, no days of one week
_HABIT_AFTER = re.compile(
    r"(?:,?\s+(?:until|till|up\s+to|since|before|in|during|throughout)\s+(?:the\s+)?(?:(?:early|mid|late)[-\s]+)?"
    r"(?:\d{4}|(?:last|this|next)\s+year|(?:\d{4}|\d0)['’]?s)(?![^\W_])"
    r"|\s+(?:every|each)\s+week|\s+weekly)(?![^\W_])", re.IGNORECASE)


def merge(text: str, cands: list[Cand], strict: bool = True, reference: _dt.date | None = None) -> list[Cand]:
    """Join "X – Y", "between X and Y", "from X to Y", "X ile Y arasında" into ranges; "X and Y"
    alone ("in 1991 and 1995", "1991 ve 1995 yıllarında") lists two dates in running text (one
    phrase, ``strict=False``, keeps the interval that holds them).  ``reference``: the publication date."""
    joined = join_adjacent(weekdays_in_week(text, cands), lambda a, b: _try_merge(text, a, b, strict, reference))
    for a, b in zip(joined, joined[1:]):
        _of_relative_year(text, a, b)
    return joined


# A day or month (or a range of them) written without a year, right before the year named from the publication, is of
# that year: "in March last year", "on 3 March last year", "in May next year", "December this year", "March of last
# year", "from March to May last year" (the month was read in the publication's year, or moved by the clause's tense).
# The two stay two dates, as GUM marks them ("March 11" and "this year"); Russian "в марте прошлого года" is one
# pattern.  Not before the year's possessive ("In March last year's champion lost"), nor across a comma or a sentence,
# nor a month too weak to stand alone ("Theresa May last year said": a name).
_RELATIVE_YEAR = re.compile(r"(?:last|this|next)[ \u00a0]+year", re.IGNORECASE)
_OF_GAP = re.compile(r"[ \u00a0]+(?:of[ \u00a0]+)?", re.IGNORECASE)
_POSSESSIVE_AFTER = re.compile(r"['’]")


# 29 February read in a publication year without one is undated; before "last/next year" of a leap year it is that day
_LEAP_DAY = re.compile(r"29(?:th)?[ \u00a0]+(?:of[ \u00a0]+)?Feb(?:ruary|\.)?|Feb(?:ruary|\.)?[ \u00a0]+29(?:th)?")


def _of_relative_year(text: str, a: Cand, b: Cand) -> None:
    """Give ``a``, a day or month without a year, the year of the relative year ``b`` right after it (see above)."""
    pa = a.attrs
    if (pa.get("undated") and not b.attrs.get("undated") and _LEAP_DAY.fullmatch(text, a.start, a.end)
            and _OF_GAP.fullmatch(text, a.end, b.start) and _RELATIVE_YEAR.fullmatch(text, b.start, b.end)
            and not _POSSESSIVE_AFTER.match(text, b.end) and calendar.isleap(year := int(b.attrs["start"][:4]))):
        a.attrs = span("day", (year, 2, 29)) or pa  # "on 29 February last year" (2021): 29 February 2020
        return
    if (not a.weak and pa.get("yearless") and pa.get("precision") in ("day", "month") and not b.attrs.get("undated")
            and _OF_GAP.fullmatch(text, a.end, b.start) and _RELATIVE_YEAR.fullmatch(text, b.start, b.end)
            and not _POSSESSIVE_AFTER.match(text, b.end)
            and shift_year(pa, int(b.attrs["start"][:4]) - int(pa["start"][:4]))):  # (not 29 February of a year without one)
        del pa["yearless"]


def _try_merge(text: str, a: Cand, b: Cand, strict: bool, reference: _dt.date | None = None) -> Cand | None:
    gap = text[a.end : b.start]
    joined = _MERGE_GAP.fullmatch(text, a.end, b.start)
    if joined is None:
        if not _tr_from_until(text, a, b):
            return None
    elif joined["into"] and (not _MERGE_PREFIX.search(text, max(0, a.start - _PREFIX_WINDOW), a.start)
                             or qualifies_a_noun(text, b.end)):
        return None  # "into", "up to" after "from" only: "2019 into 2021 figures", "in 2015 up to 2019 people"; and
        # not before a noun the second date qualifies: "grew from 2015 up to 2019 highs", "from 2018 into 2020 levels"
    elif joined["event"] and not (_MERGE_PREFIX.search(text, max(0, a.start - _PREFIX_WINDOW), a.start)
                                or _SINCE_BEFORE.search(text, max(0, a.start - 8), a.start)):
        return None  # an event's end after "from" or "since" only: "in 1998 to his farm in 2004" is two dates
    if joined is not None and joined["event"] and not _YEAR_WRITTEN.search(text, b.start, b.end):
        return None  # "from 2019 until the decision in March": which March is unsaid (two dates)
    if (text.startswith(",", a.end) and (a.attrs["precision"] != "day" or "," not in text[a.start : a.end])
            and not _MERGE_PREFIX.search(text, max(0, a.start - _PREFIX_WINDOW), a.start)):
        return None  # the comma closes "December 24, 2021," only: "moved in March 2020, to June 2020" is two dates
        # (after "from" it is the range's pause: "He was mayor from 2015, until 2019")
    if _DIGIT_RUN_AFTER.match(text, b.end) or _DIGIT_RUN_BEFORE.search(text, max(0, a.start - 2), a.start):
        return None  # "2024-2025-1234" is a code, not a range
    pa, pb = a.attrs, b.attrs
    listed = _LIST_CONNECTOR.match(gap) is not None
    if listed and (_years_range(pa) or _years_range(pb)):
        a.weak = b.weak = False  # "1959 ve 1960 1974 arasında": a year and a range, two terms, not one "between"
        return None
    if pa["undated"] or pb["undated"] or UP_TO_NOW_AFTER.match(text, a.end):
        return None  # "2010 to today": up to now at the first date's precision (see :func:`since`)
    if pb["precision"] in ("year", "decade") and _WEEKDAY_ONLY.fullmatch(text, a.start, a.end):
        return None  # "open Monday to Friday until 2019": a weekday read from the publication date is no year's start
    own_end = False  # a yearless end after a year alone in a clause not of the future keeps its own reading, the
    # latest such month or day by the publication: "Prices rose from 2019 until March" (June 2021) ends in March 2021
    # (a writer meaning March 2020 would name its year); "… from 2021 until March" is two dates (which is unsaid), and
    # so is "The survey ran from 2021 until September" (in a past clause, September 2022 is after the publication).
    # In a clause of the future it is the next such month from the publication when that is after the start's year
    # ("Tesis 2019'dan Mart'a kadar kapalı kalacak": March 2022, not March 2020, which is past); "will be closed from
    # 2022 until March" keeps the end after the start (March 2023)
    if a.attrs["precision"] == "year" and pb.get("yearless") and not pa.get("yearless"):
        tense = clause_tense(text, b.start, b.end)
        own = dict(pb)  # (in the publication's year, as a yearless date is read before its tense moves it)
        now = reference.isoformat()[: len(own["start"])] if reference is not None else None
        if tense != FUTURE:
            if now is not None and own["start"] > now:
                shift_year(own, -1)
            pb, own_end = own, int(own["start"][:4]) >= int(pa["end"][:4]) or tense == PAST
        elif now is not None:
            if own["start"] < now:
                shift_year(own, 1)
            if int(own["start"][:4]) > int(pa["end"][:4]):
                pb, own_end = own, True
    weekdays = _weekday_pair(text, a, b)
    if weekdays is False:
        return None
    if weekdays is not None:
        pa, pb = weekdays
    elif pa.get("yearless") and not pb.get("yearless") and pa["precision"] == pb["precision"] in ("day", "month"):
        pa = dict(pa)  # "from Monday, May 1 to Tuesday, May 2, 2019", "Mart'tan Mayıs 2020'ye kadar": the start takes the end's year
        shift_year(pa, int(pb["start"][:4]) - int(pa["end"][:4]) - (pa["end"][4:] > pb["start"][4:]))
    if "decade" in (pa["precision"], pb["precision"]):
        if not (_MERGE_PREFIX.search(text, max(0, a.start - _PREFIX_WINDOW), a.start)
                or not listed and _SINCE_BEFORE.search(text, max(0, a.start - 8), a.start)):
            return None  # "the 1980s – 1990s" alone may be a list; "from the late 1800s to the 1920s" is a range
        pa, pb = _as_years(pa), _as_years(pb)
    if pa["precision"] != pb["precision"]:  # "1818 – January 8, 1880", "July till mid-August": days
        pa, pb = _as_days(pa), _as_days(pb)
    yearless = bool(pa.get("yearless") and pb.get("yearless"))
    if yearless and pb["start"] < pa["end"]:  # "from early October to late April": into the next year
        pb = dict(pb)
        shift_year(pb, 1)
    elif pb.get("yearless") and not pa.get("yearless") and pa["precision"] == pb["precision"] and not own_end:
        pb = dict(pb)  # "last August to September", "from December 2008 to March": the end follows the start's year
        shift_year(pb, int(pa["end"][:4]) - int(pb["start"][:4]) + (pb["start"][4:] < pa["end"][4:]))
    if pb["start"] < pa["end"] or pb["start"] == pa["start"]:
        return None
    prefix = _MERGE_PREFIX.search(text, max(0, a.start - _PREFIX_WINDOW), a.start)
    if int(pb["start"][:4]) - int(pa["end"][:4]) > (500 if prefix else 100):
        return None  # "1200 ve 1900": two years; "from 1598 to 1722" (a range word first) may be long
    if strict and listed and not prefix and not BETWEEN_AFTER.match(text, b.end):
        # "in 1991 and 1995", "on 22 May and 25 June", "2002, 2004, 2008 и 2012 годов": a list, each
        # date as sure as the range it would have made ("2000 ve 2002 yarışmalarında")
        a.weak = b.weak = False
        return None
    before = prefix or WEEKDAY_BEFORE.search(text, max(0, a.start - _PREFIX_WINDOW), a.start)
    start = a.start - (len(before.group(0)) if before else 0)
    attrs = {"start": pa["start"], "end": pb["end"], "precision": pa["precision"], "undated": False}
    if yearless:
        attrs["yearless"] = True  # the year of the text around it, as its ends would have had
    return Cand(start, b.end, attrs, weak=False)


# Turkish "from … until": the first end in the ablative, the second in the dative before "kadar" / "dek" / "değin"
# ("2010'dan 2015'e kadar", "1 Mart'tan 15 Mayıs'a kadar", "2010 yılından 2015 yılına kadar", "Mart ayından Mayıs
# ayına kadar"); the ends' own spans hold the case endings
_TR_ABLATIVE_END = re.compile(r"(?:['’][dt][ae]n|\s(?:y[ıi]l|ay)[ıi]ndan)$", re.IGNORECASE)
_TR_DATIVE_END = re.compile(rf"(?:{TR_DATIVE}|\s(?:y[ıi]l|ay)[ıi]na)$", re.IGNORECASE)


def _tr_from_until(text: str, a: Cand, b: Cand) -> bool:
    """Whether ``a`` and ``b`` are the ends of a Turkish "X'dan Y'e kadar" (a space between them)."""
    return (text[a.end : b.start].strip(" \u00a0") == "" and _TR_ABLATIVE_END.search(text, a.start, a.end) is not None
            and _TR_DATIVE_END.search(text, b.start, b.end) is not None and TR_UNTIL_AFTER.match(text, b.end) is not None)


def _years_range(attrs: dict[str, Any]) -> bool:
    """Whether a date is a range of several years ("1960–1974"), not one year or a decade."""
    return attrs["precision"] == "year" and attrs["start"] != attrs["end"]


def _as_years(attrs: dict[str, Any]) -> dict[str, Any]:
    """A decade as the years it covers (a range from or to it is in years)."""
    return {**attrs, "precision": "year"} if attrs["precision"] == "decade" else attrs


def _as_days(attrs: dict[str, Any]) -> dict[str, Any]:
    """A year, month or day interval as days: from the first day of its start to the last of its end."""
    sy, sm = int(attrs["start"][:4]), int(attrs["start"][5:7] or 1)
    ey, em = int(attrs["end"][:4]), int(attrs["end"][5:7] or 12)
    last = attrs["end"][8:10] or str(calendar.monthrange(ey, em)[1])
    return {**attrs, "start": f"{sy:04d}-{sm:02d}-{attrs['start'][8:10] or '01'}", "end": f"{ey:04d}-{em:02d}-{last}",
            "precision": "day"}


def _weekday_pair(text: str, a: Cand, b: Cand) -> tuple[dict[str, Any], dict[str, Any]] | Literal[False] | None:
    """"from Monday to Wednesday": two weekdays alone, each read on its own (the latest such day up to
    the publication date, or the next in a future clause), as one stretch of days.  In a future clause
    or after "next", "this" the start is kept and the end is the first such day after it; in
    the past or after "last" the end is kept (the latest Wednesday) and the start is the such day before it ("Talks ran
    last Monday-Thursday" on a Tuesday: the week before's Monday to Thursday, not "last Monday" and a Thursday); a past stretch that
    would end after the end's own reading (after the publication date) is not made.  With no past or future cue
    ("The museum is open Monday to Friday") or after "every" the two days are a weekly habit: no stretch is made.
    None: not two weekdays alone; False: two weekdays alone that make no stretch (the two stay two dates, whatever
    the days each reads as alone: on a Friday "Monday" and "Friday" would otherwise join as this week's)."""
    wa, wb = _WEEKDAY_ONLY.fullmatch(text, a.start, a.end), _WEEKDAY_ONLY.fullmatch(text, b.start, b.end)
    if wa is None or wb is None or wb["rel"] or a.attrs["precision"] != "day" or b.attrs["precision"] != "day":
        return None
    days = (_WEEKDAY_NUMBER[wb["wd"].lower()] - _WEEKDAY_NUMBER[wa["wd"].lower()]) % 7
    if not days:
        return None
    rel = (wa["rel"] or "").lower()
    relative = rel not in ("", "on")
    tense = clause_tense(text, a.start, a.end, present=True)
    if not relative and (_HABIT_BEFORE.search(text, max(0, a.start - 40), a.start) or _HABIT_AFTER.match(text, b.end)):
        return False  # "The museum is open Monday to Friday", "open every Monday to Friday", "was open Monday to
        # Friday until 2019": a weekly habit
    if not relative and tense == UNKNOWN:
        return None  # "The storm hit from Saturday night to Monday": the days as each reads alone, as before
    future = tense == FUTURE
    if (relative and rel != "last") or future:
        first = _dt.date.fromisoformat(a.attrs["start"])
    else:
        first = _dt.date.fromisoformat(b.attrs["start"]) - _dt.timedelta(days=days)
    last = first + _dt.timedelta(days=days)
    if not future and last.isoformat() > b.attrs["start"]:
        return False  # "was closed from last Monday to Wednesday" written on a Tuesday: no such days before it
    return {**a.attrs, "start": first.isoformat(), "end": first.isoformat()}, {**b.attrs, "start": last.isoformat(),
                                                                              "end": last.isoformat()}
