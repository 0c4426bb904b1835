"""More one-sided dates, read after the scanner (the nineteenth round): "more than three years ago" (no known first
day), "2013 – present" where the text has no publication date or one before the year (no known last day), Kazakh
years with their postpositions ("1990 жылға дейін", "1990 жылдан кейін", "1990 жылдан бері"), and counts after an open
cue that are no dates ("By 1800 or 1900 visitors came", "До 1500 солдат погибли").

What stays closed, and why: a period whose own words bound its vague side — "in recent years", "the past few days",
"several years ago", "the months ahead" — keeps the guessed window the relative rules give (a few units): marking it
open would let a date filter keep "in recent years" of a 2006 text under 1950.  A counted period ending at the
publication date ("over the past decade", "the past 30 days", "so far this year") knows both ends.  "just over 24
hours ago" is about 24 hours (approximate, both sides near), "more than 24 hours ago" has no earliest day.

Used by :func:`~desktop.meaning.date_open.mark_open` and :func:`~desktop.meaning.dates.find_dates`; nothing here does
I/O.
"""

from __future__ import annotations

import datetime as _dt
import re

from desktop.meaning.date_base import MONTH_NAMES_EN, RU_GENITIVE
from desktop.meaning.date_early_years import early_years
from desktop.meaning.span_overlap import overlap_test

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

_S = r"[ \u00a0]+"

# ---------------------------------------------------------------- "since the late 1990s", "by the 19th century"
# A decade or century, or its early, mid or late part, is one named period, not a written range: after "since" it
# runs to the publication date as "since 2001" does, and after "by", "until", "before", "after" it has one bound, as
# a year has (the twenty-second round; until then "Since the late 1990s" was 1995–1999 and "By the mid-2000s" closed).
_ONE_PERIOD = re.compile(
    r"(?:the[ \u00a0]+)?(?:(?:early|mid|middle|late)[ \u00a0-]*)?"
    r"(?:(?P<decade>(?:1\d|20)\d)0['’]?s|(?P<century>\d{1,2})(?:st|nd|rd|th)[ \u00a0-]+century)",
    re.IGNORECASE,
)


def one_period_end(text: str, start: int, end: int) -> int | None:
    """The last year of the decade or century whose words (or their early, mid or late part) are ``text[start:end]``
    ("the late 1990s": 1999, "the 19th century": 1899); ``None`` when the words name no such one period."""
    m = _ONE_PERIOD.fullmatch(text, start, end)
    if m is None:
        return None
    if m["century"]:
        return int(m["century"]) * 100 - 1
    first = int(m["decade"]) * 10
    return first + 99 if first % 100 == 0 and first <= 1900 else first + 9  # "the 1800s": a hundred years (date_decades)


# ---------------------------------------------------------------- "until the end of June", "by late 2022"
# A part of one month, year or season is one named period too ("late June", "the end of June", "mid-May", "early 2020",
# "the middle of next year", "the first half of 2020", "the third quarter of 2021", "Q3 2021", "the summer of 2020",
# "next summer"): after "until", "by", "before", "after" it has one bound, as "until 1990" has (the twenty-sixth round;
# until then only a part read as one day, "by the end of 2019", was opened).  Not a range ("from March until the end
# of June") nor two parts ("late 2021 or early 2022": each its own date).
_MONTH_WORD = "|".join(MONTH_NAMES_EN)
_SEASON = r"spring|summer|autumn|fall|winter"
_PART_TAIL = (rf"(?:(?:{_MONTH_WORD})(?:,?{_S}(?:1\d|20)\d\d)?|(?:1\d|20)\d\d|(?:the|this|next|last){_S}(?:year|month)"
              rf"|(?:this|next|last){_S}(?:{_SEASON}))")
_PART = re.compile(
    rf"(?:the{_S})?(?:(?:early|mid|middle|late)(?:{_S}|[-‐‑])|(?:end|start|beginning|middle|close){_S}of{_S}"
    rf"|(?:first|second){_S}half{_S}of{_S}|(?:first|second|third|fourth){_S}quarter{_S}of{_S}"
    rf"|(?:{_SEASON}){_S}(?:of{_S})?(?=\d))(?:{_PART_TAIL})"
    rf"|(?:this|next|last){_S}(?:{_SEASON})|Q[1-4]{_S}(?:1\d|20)\d\d"
    # Russian, after "до", "после" ("до конца июня", "после середины 2020 года", "до второй половины 2022 года")
    r"|(?:начал[аеоу]|середин[аеуы]|конц[аеу]|(?:перв|втор)(?:ой|ую)[ \u00a0]+половин[аеуы]"
    r"|(?:перв|втор|трет|четв[её]рт)(?:ого|ьего)[ \u00a0]+квартал[ау])[ \u00a0]+"
    rf"(?:(?:{'|'.join(sorted(RU_GENITIVE))})"
    r"(?:[ \u00a0]+(?:1\d|20)\d\d(?:[ \u00a0]+года)?)?|(?:1\d|20)\d\d(?:[ \u00a0]+года)?|(?:этого|следующего|прошлого)[ \u00a0]+года)",
    re.IGNORECASE,
)


def part_of_one_period(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names a part of one month, year or season ("late June", "the end of June", "early
    2020", "the first half of 2020", "Q3 2021", "next summer"): one period, as a decade is."""
    return _PART.fullmatch(text, start, end) is not None


# ---------------------------------------------------------------- "more than three years ago"
# The words right before the counted span ("24 hours ago" is found from its number): "more than", "over", "at least",
# not "just over", "a little over", "slightly more than" (about the count: both sides near), nor "no more than", "not
# over" (at most that far back: the first day is the known one).
_MORE_THAN = re.compile(rf"(?<![^\W_])(?:more{_S}than|over|at{_S}least)[ \u00a0]+$", re.IGNORECASE)
_APPROXIMATE = re.compile(r"(?<![^\W_])(?:just|a[ \u00a0]+little|slightly|only|no|not)[ \u00a0]+$", re.IGNORECASE)
_AGO_END = re.compile(r"(?<![^\W_])ago$", re.IGNORECASE)


def more_than_ago(text: str, start: int, end: int) -> bool:
    """Whether the "N units ago" at ``text[start:end]`` follows "more than", "over" or "at least": the event is at
    least that far back, with no known first day ("more than three years ago": before 2022, open at its start)."""
    if not _AGO_END.search(text, start, end):
        return False
    m = _MORE_THAN.search(text, max(0, start - 40), start)
    return m is not None and _APPROXIMATE.search(text, max(0, m.start() - 12), m.start()) is None


# ---------------------------------------------------------------- "2013 – present"
_PRESENT = re.compile(
    r"(?P<y>(?:1\d|20)\d\d)(?:[ \u00a0]+год[ау]?|['’](?:[dt][ae]n)|[dt][ae]n)?[ \u00a0]*"
    r"(?:[–—‐-]|to|until|till|по|до|(?P<and>and))[ \u00a0]*"
    r"(?:the[ \u00a0]+)?(?:present(?:[ \u00a0]+day)?|(?<![^\W_])now(?!-[^\W\d_])|настоящее[ \u00a0]+время|настоящего[ \u00a0]+времени|наши[ \u00a0]+дни"
    r"|наших[ \u00a0]+дней|сей[ \u00a0]+день)(?![^\W_])"
    r"|(?P<ty>(?:1\d|20)\d\d)['’]?(?:[dt][ae]n)[ \u00a0]+(?:günümüze|bugüne)(?:[ \u00a0]+(?:kadar|dek))?(?![^\W_])",
    re.IGNORECASE,
)


def present_ranges(text: str, reference: _dt.date | None,
                   found: list[tuple[int, int, dict[str, Any]]]) -> list[tuple[int, int, dict[str, Any]]]:
    """``found`` with each date that opens a range to the present ("2013 – present", "from 2013 to the present", "с 2013
    года по настоящее время", "2013'ten günümüze") read as one: the year up to the publication year when the text has
    a publication date in or after the year, else (no date, or one before the year: a wrong one) the year open at its
    end.  The span takes in the words of the present."""
    out = []
    for start, end, attrs in found:
        m = _PRESENT.match(text, start)
        if m is None or m.end() < end or m["and"] and not BETWEEN_BEFORE.search(text, max(0, start - 9), start):
            out.append((start, end, attrs))
            continue
        out.append((start, m.end(), _to_present(m, reference)))
    # a year the scanner left alone that the present closes at a clause's end ("It ran 1990 to the present day.";
    # not "from 2000 to the present level")
    scanned = overlap_test((s, e) for s, e, _ in found)
    extra = [(m.start(), m.end(), _to_present(m, reference)) for m in _PRESENT.finditer(text)
             if not scanned(m.start(), m.end()) and _CLAUSE_END.match(text, m.end())
             and not (m.start() and text[m.start() - 1] in _NUMBER_BEFORE)
             and not (m["and"] and not BETWEEN_BEFORE.search(text, max(0, m.start() - 9), m.start()))]
    return sorted(out + extra, key=lambda f: f[0]) if extra else out


BETWEEN_BEFORE = re.compile(r"(?<![^\W_])between[ \u00a0]+$", re.IGNORECASE)  # "between 1990 and the present"
_CLAUSE_END = re.compile(r"[ \u00a0]*(?:[^\w\s]|\n|$)")
_NUMBER_BEFORE = set("0123456789.,$€£¥₽₺#")


def _to_present(m: re.Match[str], reference: _dt.date | None) -> dict[str, Any]:
    year = m["y"] or m["ty"]
    new: dict[str, Any] = {"start": year, "end": year, "precision": "year", "undated": False}
    if reference is not None and reference.year >= int(year):
        new["end"] = str(reference.year)
    else:
        new["open"] = "end"
    return new


# ---------------------------------------------------------------- counts after an open cue
# "By 1800 or 1900 visitors came": two numbers joined by "or" before a counted noun are one count, the shape the
# figures read as one (``count_ranges``: "N or M"; "to", "and" and a dash make the scanner's own ranges).
_PAIR = re.compile(r"[ \u00a0]+or[ \u00a0]+(?P<n>\d{4})(?![\d.,]?\d)", re.IGNORECASE)


def paired_count_end(text: str, end: int, counted_after: Any) -> int | None:
    """Where the second number of "N or M <counted noun>" ends, when the bare year ending at ``end`` is followed by
    one (``counted_after(text, pos)`` tells a counted noun or unit after ``pos``); ``None`` otherwise."""
    m = _PAIR.match(text, end)
    if m is None or not counted_after(text, m.end()):
        return None
    return m.end()


# ---------------------------------------------------------------- Kazakh years
# "1990 жылы" (in 1990), "1990 жылға дейін" (until), "1990 жылдан кейін" (after), "1990 жылдан бері/бастап" (since),
# "1990 жылдың", "1990 жылғы"; also hyphenated ("1990-жылы").  The postposition governs the case of "жыл": dative before "дейін"/"шейін", ablative
# before "кейін", "бері", "бастап".
_KK_YEAR = re.compile(
    r"(?<![\d.,])(?P<y>1\d\d\d|20\d\d)(?:[ \u00a0]+|-)жыл(?P<case>ы|ға|дан|дың|ғы|да)(?![^\W_])"
    r"(?:[ \u00a0]+(?P<post>дейін|шейін|кейін|бері|бастап)(?![^\W_]))?",
    re.IGNORECASE,
)
_KK_SIDES = {("ға", "дейін"): "start", ("ға", "шейін"): "start", ("дан", "кейін"): "end", ("дан", "бері"): "end",
             ("дан", "бастап"): "end"}
_KK_SINCE = {"бері", "бастап"}
# "1500 жылдан астам" (more than 1500 years), "1000 жылға жуық" (nearly 1000 years): a length of time, no year
_KK_DURATION = re.compile(r"[ \u00a0]+(?:астам|аса|артық|кем|жуық|таяу)(?![^\W_])", re.IGNORECASE)
_KK_UNTIL = {"дейін", "шейін"}


def kazakh_years(text: str, reference: _dt.date | None,
                 found: list[tuple[int, int, dict[str, Any]]]) -> list[tuple[int, int, dict[str, Any]]]:
    """The Kazakh years of ``text`` that no date in ``found`` covers, with the side their postposition leaves open.
    "1990 жылдан бері" (since) in a text with a publication date after 1990 is the closed range up to its year, as
    "since 1990" and "с 1990 года" are; undated, it is open at its end.  "1990 жылдан (бастап) 2000 жылға дейін" is the
    range from 1990 to 2000; "1500 жылдан астам" (more than 1500 years) is no year."""
    out: list[tuple[int, int, dict[str, Any]]] = []
    opening: re.Match[str] | None = None  # the last "N жылдан (бастап/бері)" read: a range's first year
    scanned = overlap_test((s, e) for s, e, _ in found)  # in log time: a long Kazakh text has thousands of dates
    for m in _KK_YEAR.finditer(text):
        a, b = m.start(), m.end()
        if scanned(a, b):
            continue
        if m["post"] is None and _KK_DURATION.match(text, m.end("case")):
            continue  # "1500 жылдан астам": a length of time
        year = m["y"]
        post = (m["post"] or "").lower()
        if (opening is not None and post in _KK_UNTIL and m["case"].lower() == "ға" and not text[out[-1][1]:a].strip()
                and int(opening["y"]) < int(year)):
            out[-1] = (out[-1][0], b, {"start": opening["y"], "end": year, "precision": "year", "undated": False})
            opening = None  # "1990 жылдан бастап 2000 жылға дейін": from 1990 to 2000
            continue
        opening = m if m["case"].lower() == "дан" and post in {"", *_KK_SINCE} else None
        side = _KK_SIDES.get((m["case"].lower(), post))
        attrs: dict[str, Any] = {"start": year, "end": year, "precision": "year", "undated": False}
        if post in _KK_SINCE and reference is not None and reference.year > int(year):
            attrs["end"] = str(reference.year)
        elif side is not None:
            attrs["open"] = side
        if side is None:
            b = m.end("case")  # "1990 жылы": the postposition, if any, is not one of ours
        out.append((a, b, attrs))
    return out


def read_after_scan(text: str, reference: _dt.date | None, found: list[tuple[int, int, dict[str, Any]]],
                    kazakh_over: list[tuple[int, int, dict[str, Any]]] | None = None) -> list[tuple[int, int, dict[str, Any]]]:
    """``found`` (the scanner's dates, sorted) with the years from 100 to 999 after a day and month read
    (:func:`~desktop.meaning.date_early_years.early_years`), the ranges to the present read (:func:`present_ranges`)
    and the Kazakh years added (:func:`kazakh_years`) where no date of ``kazakh_over`` lies (by default the dates
    read here; ``[]`` for a phrase typed or tagged by hand, where the longest reading is chosen after), sorted by start."""
    found = present_ranges(text, reference, early_years(text, found))
    extra = kazakh_years(text, reference, found if kazakh_over is None else kazakh_over) if "жыл" in text else []
    return sorted(found + extra, key=lambda f: f[0]) if extra else found
