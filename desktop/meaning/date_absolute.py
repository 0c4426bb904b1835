"""Handlers of calendar dates: ISO and numeric dates, day-month-year, months,
years and year ranges, decades, quarters, early/mid/late parts of months, years
before 1000 with their year word or era, 9/11.  Each turns a pattern's match
into an interval (see :mod:`desktop.meaning.date_base`).  Centuries and eras are
in :mod:`desktop.meaning.date_centuries`, seasons and parts of a year in
:mod:`desktop.meaning.date_year_seasons`, the bare year in :mod:`desktop.meaning.date_bare_year`
(their names are re-exported here).
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re

from desktop.meaning.date_base import (
    BETWEEN_AFTER, MIN_YEAR, yearless, MONTH_CONTEXT, RU_GENITIVE, RU_PREPOSITIONAL, TR_DATIVE, TR_LOCATIVE, TR_UNTIL_AFTER, Ctx, fold, group, month_of, span, to_int,
    MODERN_YEAR, NOT_QUANTITY, REL_YEAR, paragraph_start, english_month, month_week, undated, undated_relative, year_part,
)

from desktop.meaning.date_tense import FUTURE, PAST, clause_sides, clause_tense
from desktop.meaning.date_parts import part_key
from desktop.meaning.date_counted import counted_or_measured_after
from desktop.meaning.date_month_case import day_before_the_month, month_in_a_case_before_a_count
from desktop.meaning.date_centuries import (  # noqa: F401 (moved out; importers use these names from here)
    BEFORE_THE_ERA, CENTURY_WORD_ALT, century_number, century_years, h_before_era, h_centuries, h_century, h_ru_century_relative)
from desktop.meaning.date_year_seasons import SEASON_ALT, SEASONS, h_part_year, h_season, h_tr_year_part  # noqa: F401 (as above)
from desktop.meaning.date_bare_year import RU_COUNT_AFTER, YEAR_DETERMINER, h_year  # noqa: F401 (moved out, as above)

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time: keeps import < 50 ms
    from typing import Any


_LIST_WORD = re.compile(r"(st|nd|rd|th)?\s+(?:and|и|ve|ile)\s+", re.IGNORECASE)
_RANGE_WORD_FIRST = re.compile(r"(?:between|from|между|с|со|от)\s", re.IGNORECASE)


def _listed(m: re.Match[str], attrs: dict[str, Any]) -> dict[str, Any]:
    """``attrs`` of a two-ended match; when the ends are joined by "and" without "between" or
    "from" ("22 and 25 May 2025", "May and June 2025", "Mayıs ve Haziran 2025") they list two
    dates: ``parts`` then holds each one's span and attributes (the scanner splits them)."""
    seconds = [m.start(g) for g in ("d2", "m2") if group(m, g)]
    firsts = [m.end(g) for g in ("d1", "m1") if group(m, g) and seconds and m.end(g) <= min(seconds)]
    if not firsts:
        return attrs
    first_end, second = max(firsts), min(seconds)
    gap = _LIST_WORD.fullmatch(m.string, first_end, second)
    if gap is None or _RANGE_WORD_FIRST.match(m.group(0)) or BETWEEN_AFTER.match(m.string, m.end()):
        return attrs
    first_end += len(gap.group(1) or "")  # "22nd and 25th May 2025": the first day keeps its "nd"
    first, last = {**attrs, "end": attrs["start"]}, {**attrs, "start": attrs["end"]}
    return {**attrs, "parts": [(m.start(), first_end, first), (second, m.end(), last)]}


def h_dmy(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    mo = month_of(m["m1"], ctx)
    if mo is None:
        return None
    y = to_int(m["y1"])
    if group(m, "d2"):
        mo2 = month_of(group(m, "m2"), ctx) if group(m, "m2") else mo
        if mo2 is None or _counts_after_days(m):
            return None
        attrs = span("day", (y, mo, to_int(m["d1"])), (y, mo2, to_int(m["d2"])))
        return (_listed(m, attrs), False) if attrs else None
    else:
        attrs = span("day", (y, mo, to_int(m["d1"])))
    return (attrs, False) if attrs else None


_CYRILLIC = re.compile("[\u0400-\u04ff]")
_UNIT_AFTER = re.compile(NOT_QUANTITY, re.IGNORECASE)  # as date_counted reads it


def _counts_after_days(m: re.Match[str]) -> bool:
    """Whether the four digits after a Russian range of days count the unit after them, no year: "5-6 марта 1200
    человек погибли" (a year there would be "1200 года"; the row of the days alone takes them, the count stays a
    figure); not "3-5 мая 2000 года".  English and Turkish write a year bare before a noun ("3-5 May 2019 workers went
    on strike", "1-4 May 2000 elections"): left with their year, as a single day is."""
    if m.end() != m.end("y1") or not _CYRILLIC.search(m["m1"]):
        return False
    # only a unit that the rows of one day and of a month refuse as well ("человек"): with another noun the last day
    # alone took the year ("7-8 апреля 1500 солдат" gave 8 April 1500 and lost the range), and a year may stand before
    # a noun in the genitive ("В апреле 2020 жителей стало больше")
    return _UNIT_AFTER.match(m.string, m.end("y1")) is None


def h_year_month(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """Turkish year before month: "2006 Temmuz'unda", "1494 nisanında", "1919 Mayıs"."""
    return h_month_year(m, ctx)


def h_month_range(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    mo1, mo2 = month_of(m["m1"], ctx), month_of(m["m2"], ctx)
    if (mo2 is None and m["m1"][:1].isupper() and m.string[m.end("m1") : m.start("m2")] in ("-", "–", " to ", " through ", " till ", " until ")
            and not counted_or_measured_after(m.string, m.end("y1"))):  # "March to may 2016"; not "in March to march 1200 troops"
        mo2 = month_of(m["m2"].capitalize(), ctx)
    if mo1 is None or mo2 is None:
        return None
    y = to_int(m["y1"])
    attrs = span("month", (y, mo1), (y, mo2))
    return (_listed(m, attrs), False) if attrs else None


def h_month_year(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    mo = month_of(m["m1"], ctx)
    if mo is None:
        return None
    attrs = span("month", (to_int(m["y1"]), mo))
    return (attrs, False) if attrs else None


# What may follow the year of "December of 384": the clause's end, or a verb or link word of a sentence about that
# month ("was harsh", "as emperor", "when Alaric entered"); a noun or anything else makes it a count ("In March
# of 300 staff", "April of 500 tested", "March of 500 in Cairo")
EARLY_YEAR_END = re.compile(r"\s*(?:[.,;:!?)\]”\"»]|$)|[ \u00a0]+(?:was|were|saw|as|when|after|AD|CE|A\.D\.)(?![^\W_])")


def h_month_of_early_year(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"December of 384": a month of a year before 1000, with "of", at its clause's end or before a verb or link
    word (not "the March of 300 soldiers", "In March of 300 staff, 40 were laid off": counts)."""
    mo = month_of(m["m1"], ctx)
    if (mo is None or not m["m1"][:1].isupper() or not EARLY_YEAR_END.match(m.string, m.end()) or BCE_AFTER.match(m.string, m.end())
            or YEAR_DETERMINER.search(m.string, max(0, m.start() - 8), m.start())):
        return None  # "a March of 500 in Cairo", "the March of 300": a march; "May of 200 BC": before the era
    iso = f"{int(m['y1']):04d}-{mo:02d}"  # below MIN_YEAR, as "в 286 году" is: not through span()
    return {"start": iso, "end": iso, "precision": "month", "undated": False}, False


def h_day_month(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """A day and month without a year: the reference year."""
    return day_of_month(month_of(m["m1"], ctx), to_int(m["d1"]), ctx)


def h_month_day(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"May 3": :func:`h_day_month`, but no date for a month in a case form before a count ("Мамырда 20 адам") nor
    after a day ("6 марта 12 человек": the day before wins)."""
    return None if month_in_a_case_before_a_count(m) or day_before_the_month(m) else h_day_month(m, ctx)


# "on the 14th" (a day alone, after "on" and at a clause's end or before a conjunction; not "on the 14th floor", "on
# the 3rd attempt"; "on the 14th and 15th" two days): of the latest month named before it in its paragraph ("The strike
# began on March 3 and ended on the 14th": 14 March, its year as that month's), else of the publication's month — the
# month before in a clause in the past when the day is still to come, the month after in a clause of the future
# ("would", "was to" too) when it is gone.  A month's name in a name is none: capitalised words next to it ("June
# Carter", "the Women's March", "Theresa May"; "Augusta", "Marchetti" are other words).  No value when the month is
# set off by a comma ("Founded in April 1998, the company announced its results on the 14th": another event), or with
# no month and a year other than the publication's before it ("In 1944 the family fled … on the 14th"), even in the
# paragraph before.  No date in
# a sentence of holes, floors and laps ("bogeyed on the 18th", "The lift stopped on the 14th").
_EN_MONTH_BEFORE = re.compile(
    r"(?<![^\W_])(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)(?![^\W_.])")
_WORD_BEFORE = re.compile(r"(\S+)[ \u00a0]+$")
_CAPITAL_AFTER = re.compile(r"[ \u00a0]+[A-Z][a-z]")
_DATE_TAIL = re.compile(r"[ \u00a0]*(?:\d{1,2}(?:st|nd|rd|th)?)?(?:,?[ \u00a0]*\d{4}(?!\d))?")
_NO_DAY_SENTENCE = re.compile(
    r"(?<![^\W_])(?:holes?|birdie\w*|bogey\w*|par|eagle[ds]|tee|fairway|putt\w*|shots?[ \u00a0]+(?:behind|ahead|clear)"
    r"|floors?|stor(?:ey|y|eys|ies)|lifts?|elevators?|laps?)(?![^\W_])", re.IGNORECASE)
_SENTENCE_STOP = re.compile(r"[.!?;](?=\s)")
_WOULD_BEFORE = re.compile(r"(?<![^\W_])(?:would|(?:was|were)[ \u00a0]+to)(?![^\W_])", re.IGNORECASE)
_PARAGRAPH_BACK = 400


# the capitalised words that may open a sentence before a month's name ("In May", "Last March", "By June")
_OPENING_BEFORE_MONTH = {"in", "on", "by", "since", "until", "till", "from", "during", "last", "next", "this", "that",
                         "early", "late", "mid", "the", "before", "after", "through", "each", "every", "of", "and"}


def _month_named(text: str, x: re.Match[str]) -> bool:
    """Whether the month's name at ``x`` names the month, not part of a name (see above): no capitalised word after
    it, nor one before it other than a word opening a date ("In May", "Last March"; not "the Women's March", "Theresa
    May", "Mrs May")."""
    if _CAPITAL_AFTER.match(text, x.end()):
        return False  # "June Carter"
    w = _WORD_BEFORE.search(text, max(0, x.start() - 40), x.start())
    return w is None or not w.group(1)[:1].isupper() or w.group(1).lower() in _OPENING_BEFORE_MONTH


def h_day_alone(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"on the 14th": that day of the month named before it in its paragraph, else of the publication's month
    by the clause's tense (see above)."""
    text, ref = m.string, ctx.reference
    day, last = to_int(m["d1"]), to_int(m["d2"]) if m["d2"] else to_int(m["d1"])
    if last < day:
        return None
    lo = paragraph_start(text, m.start(), _PARAGRAPH_BACK)
    left, right = clause_sides(text, m.start(), m.end())
    if _NO_DAY_SENTENCE.search(left) or _NO_DAY_SENTENCE.search(right):
        return None
    named = [x for x in _EN_MONTH_BEFORE.finditer(text, lo, m.start()) if _month_named(text, x)]
    if named:
        x = named[-1]
        tail = _DATE_TAIL.match(text, x.end())  # "March 3, 2024": the comma of the date itself
        after = tail.end() if tail else x.end()
        stop = _SENTENCE_STOP.search(text, after, m.start())  # a comma in the month's own sentence
        if "," in text[after : stop.start() if stop else m.start()]:
            return undated(), False
        mo = month_of(x.group(0), ctx)
        if last == day or mo is None:
            return day_of_month(mo, day, ctx)
        try:
            _dt.date(2000, mo, last)
        except ValueError:
            return None
        if ref is None:
            return undated(), False
        return (yearless(span("day", (ref.year, mo, day), (ref.year, mo, last))) or undated()), False
    if ref is None:
        return undated_relative(), False
    # a year written before it, in its paragraph or the one before ("took place in June 2019.\nThe winners were
    # announced on the 14th"): no value
    if any(int(y) != ref.year for y in MODERN_YEAR.findall(text, max(0, m.start() - _PARAGRAPH_BACK), m.start())):
        return undated(), False
    total = ref.year * 12 + ref.month - 1
    tense = clause_tense(text, m.start(), m.end(), present=True)  # "The vote is on the 30th, officials said"
    if tense != PAST and _WOULD_BEFORE.search(left):
        tense = FUTURE  # "said on Tuesday that it would cut jobs on the 1st"
    step = -1 if tense == PAST and day > ref.day else 1 if tense == FUTURE and day < ref.day else 0
    total += step
    for _ in range(3):  # "@2025-03-15 The talks collapsed on the 30th": the latest month with a 30th
        attrs = span("day", (total // 12, total % 12 + 1, day), (total // 12, total % 12 + 1, last))
        if attrs or not step:
            break
        total += step
    return (attrs, False) if attrs else None


ORDINAL_DAYS = {w: i for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth"
    " fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty-first twenty-second twenty-third"
    " twenty-fourth twenty-fifth twenty-sixth twenty-seventh twenty-eighth twenty-ninth thirtieth thirty-first".split(), 1)}
ORDINAL_DAY_ALT = "|".join(sorted(ORDINAL_DAYS, key=len, reverse=True))


def h_ordinal_day(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"the fifth of January", "the 1st day of February 1860": that day, of the year written or,
    without one, the reference year (or the year of the text around it)."""
    word = m["od"].lower()
    day = ORDINAL_DAYS.get(word) or to_int(word.rstrip("stndrh"))
    mo = month_of(m["m1"], ctx)
    if group(m, "y1"):
        attrs = span("day", (to_int(m["y1"]), mo or 0, day))
        return (attrs, False) if attrs and mo else None
    return day_of_month(mo, day, ctx)


def h_month_ordinal(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"July sixteenth", "September eleventh, 2001": a month and its day in words, as a speaker says them (the month
    capitalised: "may first" is the verb's).  After a preposition that takes a month alone ("in", "by", "since"…) only
    before a year or a clause's end ("by May third."): "In April second in the league was Arsenal", "In June first of
    all" are April and June, then a rank."""
    if not m["m1"][:1].isupper():
        return None
    if not m["y1"] and _MONTH_PREPOSITION.search(m.string, max(0, m.start() - 12), m.start()) and not _CLAUSE_END_AFTER.match(
            m.string, m.end()):
        return None
    return h_ordinal_day(m, ctx)


_MONTH_PREPOSITION = re.compile(r"(?<![^\W_])(?:in|by|since|until|till|during|through|from|before|after)[ \u00a0]+$",
                                re.IGNORECASE)
_CLAUSE_END_AFTER = re.compile(r"[ \u00a0]*(?:[.,;:!?)\n]|$)")


def day_of_month(mo: int | None, day: int, ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """A day of a month written without a year: of the reference year, marked yearless."""
    if mo is None:
        return None
    try:
        _dt.date(2000, mo, day)  # leap year: 29 Feb is a valid day-month
    except ValueError:
        return None
    if ctx.reference is None:
        return undated(), False
    attrs = span("day", (ctx.reference.year, mo, day))
    return (yearless(attrs) or undated()), False


def h_day_month_range(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"March 3-5", "3–5 мая", "3-5 Mayıs" without a year: days of the reference year."""
    mo = month_of(m["m1"], ctx)
    d1, d2 = to_int(m["d1"]), to_int(m["d2"])
    if mo is None or d2 <= d1:
        return None
    try:
        _dt.date(2000, mo, d2)
    except ValueError:
        return None
    if ctx.reference is None:
        return undated(), False
    y = ctx.reference.year
    return (yearless(span("day", (y, mo, d1), (y, mo, d2))) or undated()), False


def h_ordinal_day_range(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"the 3rd to the 5th of June", "between the 3rd and 5th of May 2019": those days, of the year written after them
    or the reference year (one range: its rows follow "between" or join the days with "to")."""
    if not group(m, "y1"):
        return h_day_month_range(m, ctx)
    result = h_dmy(m, ctx)
    if result is not None:
        result[0].pop("parts", None)  # "between the 10th and 12th of March, 2018": no list of two days
    return result


_TR_MONTH_WORD = re.compile(r"\s+ay(?:[ıi]|lar[ıi])(?:n|(?![^\W_]))", re.IGNORECASE)  # "mart ayında", "mart ayı ile"


def h_month_alone(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """A month without a year ("the month of June", "in June"): reference year."""
    name = m["m1"]
    mo = month_of(name, ctx)
    if mo is None:
        return None
    lead = m["lead"] or ""
    suffix = m.group(0)[len(lead) + len(name):]
    has_context = (
        bool(lead)
        or bool(MONTH_CONTEXT.search(m.string, max(0, m.start() - 16), m.start()))
        or fold(name) in RU_PREPOSITIONAL  # "в июне" is always a date
        or (fold(name) in RU_GENITIVE and name[:1].islower()  # "событий мая", "итоги марта": so is a genitive
            and not _RU_TITLE_OR_DAY_BEFORE.search(m.string, max(0, m.start() - 60), m.start())
            and not inside_straight_quotes(m.string, m.start()))
        or (name[:1].islower() and bool(_RU_ON_BEFORE.search(m.string, max(0, m.start() - 4), m.start())))  # "на август"
        or (bool(TR_LOCATIVE.match(suffix)) and name[:1].isupper()  # "Haziran'da", "Haziran ayında"
            and not (english_month(name) and suffix[:1] not in "'’"))  # not "Marta" (a name, "Mar" + "ta")
        or bool(_TR_MONTH_WORD.match(suffix))  # "mart ayında", "haziran ayında": the month, however written
        or (name[:1].isupper() and bool(re.fullmatch(TR_DATIVE, suffix, re.IGNORECASE))  # "Mart'a kadar"
            and bool(TR_UNTIL_AFTER.match(m.string, m.end())))
        or (bool(_AROUND_BEFORE.search(m.string, max(0, m.start() - 8), m.start()))
            and (fold(name) not in _NAME_MONTHS or bool(_MONTH_ENDS.match(m.string, m.end()))))
        or (not lead and bool(_IS_A_MONTH_AFTER.match(m.string, m.end())) and _month_named(m.string, m))
    )
    if mo == 5 and name[:1] == "M" and _MODAL_AFTER.match(m.string, m.end()):
        return None  # "The following May be considered": the verb
    weak = not has_context
    if ctx.reference is None:
        return undated(), weak
    return yearless(span("month", (ctx.reference.year, mo))) or undated(), weak


# A month said to be a month: "October is National Magic Month", "April is the most ideal month", "June was the wettest
# month on record" (not "April is leaving this month", "June was paid per month", "June was at home all month", "April
# was in her ninth month of pregnancy", "May is facing a hard month", "Theresa May was having a rough month": a name, and
# a month counted, gone through or lived in, or a verb in -ing).
_IS_A_MONTH_AFTER = re.compile(r"[ \u00a0]+(?:is|was)[ \u00a0]+"
                               r"(?!(?:in|into|at|on|for|during|within|through)[ \u00a0]|[^\W\d_]+ing[ \u00a0])"
                               r"(?:[^\W\d_]+[ \u00a0]+){0,4}?"
                               r"(?!(?:this|next|last|that|per|each|every|one|a|the|all|whole|entire|full|same"
                               r"|following|previous|coming)[ \u00a0])[^\W\d_]+[ \u00a0]+month(?![^\W_])",
                               re.IGNORECASE)


# "around November", "before March", "after October", "through December": a month after these too; one that is also a
# given name only before a clause's end or a word that cannot be a verb ("after May, officials said", "through June and
# July"; not "after May resigned", "before May could respond", "after April told police", "after June Carter's death")
_AROUND_BEFORE = re.compile(r"(?<![^\W_])(?:around|before|after|through)[ \u00a0]+$", re.IGNORECASE)
_MONTH_ENDS = re.compile(r"[ \u00a0]*(?:[.,;:!?)\n]|$)|[ \u00a0]+(?:and|or|to|of|in|on|at|for|with|when|as|until|the|this|that"
                         r"|last|next|each|every|a|an)(?![^\W_])")
_NAME_MONTHS = {"april", "may", "june", "august"}  # months that are also given names


# a title in guillemets or quotes ("«Музыка для декабря»", '"Музыка для декабря"') or a day that does not exist, in
# digits or words ("«31 июня»", "Тридцатого февраля"): no month
_RU_TITLE_OR_DAY_BEFORE = re.compile(
    r"[«“„][^»”“\n]*$|\d[ \u00a0]*$"
    r"|(?<![^\W_])(?:перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят|[^\W\d_]+надцат|двадцат|тридцат)"
    r"(?:ого|ьего)[ \u00a0]+$", re.IGNORECASE)


def inside_straight_quotes(text: str, pos: int, reach: int = 200) -> bool:
    """Whether ``pos`` follows an odd number of '"' in its line (at most ``reach`` characters back): inside a quotation."""
    return text.count('"', paragraph_start(text, pos, reach), pos) % 2 == 1


_RU_ON_BEFORE = re.compile(r"(?<![^\W_])на[ \u00a0]+$", re.IGNORECASE)  # "запланирована на август" (not "на Марта", a name)


# A verb after "May" makes it the modal ("The following May be considered", "Such tests May also help").
_MODAL_AFTER = re.compile(
    r"[ \u00a0]+(?:be|not|have|also|well|still|need|take|help|become|include|apply|cause|lead|make|seem|vary"
    r"|result|affect|use|find|want|get|see|come|do|require|contain|differ|occur|change|only|never|often)(?![^\W_])")


# Russian adjectives of a month, in lower case ("декабрьских выборов", "мартовских терактов"; the
# capitalised "Октябрьской революции" names an event of another year).
RU_MONTH_ADJ_STEMS = ["январск", "февральск", "мартовск", "апрельск", "майск", "июньск", "июльск", "августовск",
                      "сентябрьск", "октябрьск", "ноябрьск", "декабрьск"]
RU_MONTH_ADJ_FORMS = [stem + end for stem in RU_MONTH_ADJ_STEMS
                      for end in ("ий", "ая", "ое", "ие", "ого", "ой", "ому", "ом", "ую", "их", "им", "ими", "ем")]


def h_ru_month_adjective(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"декабрьских выборов", "в июньской трагедии": that month, without a year (as "в декабре")."""
    word = m.group(0)
    if not word[:1].islower():
        return None
    mo = next(i for i, stem in enumerate(RU_MONTH_ADJ_STEMS, 1) if word.lower().startswith(stem))
    if ctx.reference is None:
        return undated_relative(), False
    return yearless(span("month", (ctx.reference.year, mo))) or undated(), False


def h_year_short_range(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"2019/20", "1871–72"; "2008/2009" (the next year only: "1990/2005" is no season); with a slash, the next
    year only ("2019/20", "2008/9": a season or a fiscal year; "2010/75" is a number, as in "Directive 2010/75/EU")."""
    y1 = to_int(m["y1"])
    y2 = to_int(group(m, "y2")) if group(m, "y2") else y1 // 100 * 100 + to_int(m["yy"])
    if not group(m, "y2") and len(m["yy"]) == 1:  # "2008/9", "2009/0": the next year's last digit
        y2 = y1 // 10 * 10 + to_int(m["yy"]) + (10 if y1 % 10 == 9 else 0)
    if y2 <= y1 or ((group(m, "y2") or group(m, "slash")) and y2 != y1 + 1):
        return None
    attrs = span("year", (y1,), (y2,))
    return (attrs, False) if attrs else None


def _written_or_reference_year(m: re.Match[str], ctx: Ctx) -> int | None:
    """The year written in the match (group ``y1``), else the reference year, else ``None``."""
    if group(m, "y1"):
        return to_int(m["y1"])
    return ctx.reference.year if ctx.reference is not None else None


_FISCAL_BEFORE = re.compile(r"(?<![^\W_])fiscal[ \u00a0]+$", re.IGNORECASE)


def h_quarter(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"Q1 2025", "the first quarter of 2025", "the second half" (of the reference year), "the third
    quarter of last year"."""
    if _FISCAL_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
        return None  # "Apple's fiscal fourth quarter of 2024" (July–September): a company's year, not the calendar's
    rel = (group(m, "rel") or "").lower()
    if rel and ctx.reference is None:
        return undated_relative(), False
    y = ctx.reference.year + REL_YEAR[fold(rel)] if rel and ctx.reference else _written_or_reference_year(m, ctx)
    if y is None:
        return undated(), False
    kind = (m["kind"] or m["kind2"] or "").lower()
    ordinal = (m["ord"] or "").lower()
    index = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
             "fourth": 4, "4th": 4}.get(ordinal) or to_int(m["q"])
    part = year_part(index, 6 if kind.startswith("h") else 3)
    if part is None:
        return None
    attrs = span("month", (y, part[0]), (y, part[1]))
    if attrs and not rel and not group(m, "y1") and not m.group(0).lower().endswith("year"):
        yearless(attrs)  # "the fourth quarter": the year of the text around it, or by its clause's tense
    return (attrs, False) if attrs else None


_BEFORE_ERA = re.compile(r"(?<![^\W_])(?:M\.?\s?Ö\.?|BC|BCE)\s*$")
BCE_AFTER = re.compile(r"\s*(?:до\s+н\.\s?э\.|до\s+нашей\s+эры|BC\b|BCE\b|B\.C\.)", re.IGNORECASE)
# "с 862 года" is a year, "2 года" two years: "года" and "г." need a preposition before them.
_SHORT_YEAR_CONTEXT = re.compile(r"(?<![^\W_])(?:в|во|с|со|до|от|после|около|к|по)\s+$", re.IGNORECASE)
_RU_UNTIL_YEAR = re.compile(r"(?<![^\W_])по\s+$", re.IGNORECASE)
_RU_AGE_NOT_YEAR = re.compile(r"(?<![^\W_])(?:в|во)\s+$", re.IGNORECASE)
_RU_OF_LIFE = re.compile(r"\s+жизни(?![^\W_])")
_RU_OF_A_COURSE = re.compile(r"\s+(?:жизни|обучения|уч[её]бы|службы|работы|беременности|стажа|аспирантуры)(?![^\W_])",
                             re.IGNORECASE)


def h_short_year(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """A year before 1000 named with its year word or era ("в 286 году", "AD 286", "MS 721")."""
    y = int(group(m, "sy") or group(m, "sy2") or 0)  # "sy2": Turkish "MS" alone
    word = (group(m, "yw") or "").lower()
    if word in ("года", "г.") and not _SHORT_YEAR_CONTEXT.search(m.string, max(0, m.start() - 12), m.start()):
        return None
    if word == "год" and (not _RU_UNTIL_YEAR.search(m.string, max(0, m.start() - 4), m.start()) or y < 10
                          or _RU_OF_A_COURSE.match(m.string, m.end())):
        return None  # "по 870 год" ends a period; "5 год" alone, "с 1 по 5 год обучения" are no year
    if _RU_AGE_NOT_YEAR.search(m.string, max(0, m.start() - 4), m.start()) and word == "года" or (
            word == "году" and _RU_OF_LIFE.match(m.string, m.end())):
        return None  # "умер в 24 года", "на 85 году жизни": an age, not the year 24 or 85
    if _BEFORE_ERA.search(m.string, max(0, m.start() - 8), m.start()) or BCE_AFTER.match(m.string, m.end()):
        return None  # "MÖ 480 yılında", "286 г. до н. э.": before the era, which ISO years do not hold
    if not 1 <= y < MIN_YEAR:
        return None
    iso = f"{y:04d}"
    return {"start": iso, "end": iso, "precision": "year", "undated": False}, False


def h_nine_eleven(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"9/11": the attacks of 11 September 2001."""
    attrs = span("day", (2001, 9, 11))
    return (attrs, False) if attrs else None


_WEEK_OF_MONTH = {"first": 0, "second": 1, "third": 2, "fourth": 3}


def h_month_week(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"the first week of March" (1–7), "the second week" (8–14), …, "the last week of June 2020" (its last
    seven days): of the year written, else of the reference year (or the year of the text around it)."""
    mo = month_of(m["m1"], ctx)
    if mo is None:
        return None
    y = _written_or_reference_year(m, ctx)
    if y is None:
        return undated(), False
    if not MIN_YEAR <= y <= 9999:
        return None
    attrs = month_week(y, mo, _WEEK_OF_MONTH.get(m["wk"].lower()))
    return ((attrs if group(m, "y1") else yearless(attrs)) or undated()), False


def _rel_month(m: re.Match[str], ref: _dt.date) -> tuple[int, int]:
    """The year and month that the word ``rel`` ("last", "прошлого", "geçen") names from the publication date's."""
    total = ref.year * 12 + ref.month - 1 + REL_YEAR[fold(m["rel"])]
    return total // 12, total % 12 + 1


def h_month_rel_part(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"early next month", "late last month", "the end of this month": days 1–10, 11–20 or 21 to the
    end of that month."""
    if ctx.reference is None:
        return undated_relative(), False
    y, mo = _rel_month(m, ctx.reference)
    key = part_key(group(m, "part") or group(m, "part2")) or "early"
    first, last = {"early": (1, 10), "mid": (11, 20), "late": (21, calendar.monthrange(y, mo)[1])}[key]
    return (span("day", (y, mo, first), (y, mo, last)) or undated()), False


def h_day_of_rel_month(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"10-го числа прошлого месяца", "the 10th of last month", "geçen ayın 10'unda": that day of the month
    before, this or after the publication date's (none when the month has no such day)."""
    if ctx.reference is None:
        return undated_relative(), False
    y, mo = _rel_month(m, ctx.reference)
    day = int(m["d1"])
    if not 1 <= day <= calendar.monthrange(y, mo)[1]:
        return None
    attrs = span("day", (y, mo, day))
    return (attrs, False) if attrs else None


def h_month_part(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"early June" (1–10), "mid-June" (11–20), "late June" (21 to the month's end), "в начале марта",
    "Eylül sonunda", "the end of June 2020": days of the month, of the reference year when none is written."""
    mo = month_of(m["m1"], ctx)
    key = part_key(m["part"])
    if mo is None or key is None:
        return None
    y = _written_or_reference_year(m, ctx)
    if y is None:
        return undated(), False
    if not 1 <= y <= 9999:
        return None
    last_day = calendar.monthrange(y, mo)[1]
    first, last = {"early": (1, 10), "mid": (11, 20), "late": (21, last_day)}[key]
    attrs = span("day", (y, mo, first), (y, mo, last))
    return ((attrs if group(m, "y1") else yearless(attrs)) or undated()), False
