"""Units ago without a count ("years ago", "decades ago", "many years ago", "just weeks ago") and far counts of years
ago ("1,500 years ago", "two hundred years ago", "hundreds of years ago").

A unit in the plural without a number is at least two of them: the event lies at least two units before the
publication date, how much earlier the words do not say.  So the date is open at its start and ends that far back
("years ago" in a text of 15 June 2021: before 2019; "decades ago": before 2001; "centuries ago": before 1821;
"months ago": before April 2021; "weeks ago": before 1 June 2021; "days ago": before 13 June 2021).  "many" and
"some" before the unit say no more ("many years ago", "some years ago").  A count ("two years ago", "a few years
ago", "several months ago") is read by :func:`~desktop.meaning.date_ago.h_ago` and its neighbours: this rule
stands back after a number or a vague count ("5,000 years ago" is the far row's; "hundreds of years ago" too), after
a bracket (an editor's count: "[Ten] years ago" is 2001, not "years ago") and after "how" ("how many years ago").

A far count of years ("1,500 years ago", "two hundred years ago", "hundreds of years ago") is the year that far
back; a plural multiple without a number ("hundreds of", "thousands of") is at least two of it, open at its start as
above.  When that year falls before year 1 ("ten thousand years ago", "66 million years ago", "5,000 years ago") there
is no date to give: no date is found, and the figures read the count of years ("Ten thousand years": 10,000 years), as
they did.  Without a publication date the rows are undated with that reason.
"""

from __future__ import annotations

import datetime as _dt
import re

from desktop.meaning.date_base import MIN_YEAR, SEP, WORD_END, Ctx, span, undated_relative
from desktop.meaning.date_relative import TR_ABLATIVE_BEFORE

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time: keeps import < 50 ms
    from typing import Any

    from desktop.meaning.date_base import Handler

# the unit in the plural and how many years, months or days the nearest bound lies back (at least two units)
_UNIT_BACK = {"days": ("day", 2), "weeks": ("day", 14), "months": ("month", 2), "years": ("year", 2),
              "decades": ("year", 20), "centuries": ("year", 200)}
# a count or a vague count right before the unit: the rows of date_relative read it (or nothing should)
_COUNT_BEFORE = re.compile(
    r"(?<![^\W_])(?:\d(?:[\d.,]*\d)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty"
    r"|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|few|several|couple|of"
    r"|and|half|the|those|these|how|how[\s\u00a0]+many)[\s\u00a0-]+$|[\])][\s\u00a0]*$",  # a line break too
    re.IGNORECASE,
)
_LAST_YEAR = 2199  # the last year the dates hold: a count beyond it is before the era from any publication date
_INSIDE_NUMBER = re.compile(r"\d[.,]$")
_HOW_BEFORE = re.compile(r"(?<![^\W_])how[\s\u00a0]+$", re.IGNORECASE)

_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
                 "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "a hundred": 100,
                 "a few": 2, "several": 3}
_MULTIPLES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}
_NUMBER_WORD_ALT = "|".join(sorted((re.escape(w).replace(r"\ ", SEP) for w in _NUMBER_WORDS), key=len, reverse=True))


def _year(y: int) -> dict[str, Any] | None:
    """The year ``y``; one below :data:`MIN_YEAR` ("1,500 years ago") as the early years' rows write it."""
    if 1 <= y < MIN_YEAR:
        iso = f"{y:04d}"
        return {"start": iso, "end": iso, "precision": "year", "undated": False}
    return span("year", (y,))


def _back(ref: _dt.date, unit: str, n: int) -> dict[str, Any] | None:
    """The date ``n`` units (``day``, ``month``, ``year``) before ``ref`` at that precision, or ``None``."""
    if unit == "year":
        return _year(ref.year - n)
    if unit == "month":
        total = ref.year * 12 + ref.month - 1 - n
        return span("month", (total // 12, total % 12 + 1))
    day = ref - _dt.timedelta(days=n)
    return span("day", (day.year, day.month, day.day))


def h_units_ago(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"years ago", "many decades ago", "just weeks ago": open at its start, at least two units back."""
    if not m["q"] and _COUNT_BEFORE.search(m.string, max(0, m.start() - 16), m.start()):
        return None  # "5,000 years ago", "a few years ago", "hundreds of years ago": another row's; "[Ten] years ago"
    if m["q"] and _HOW_BEFORE.search(m.string, max(0, m.start() - 6), m.start()):
        return None  # "how many years ago": a question
    ref = ctx.reference
    if ref is None:
        return undated_relative(), False
    unit, n = _UNIT_BACK[m["unit"].lower()]
    attrs = _back(ref, unit, n)
    if attrs is None:
        return None
    return {**attrs, "open": "start"}, False


def h_far_years_ago(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"1,500 years ago", "two hundred years ago", "hundreds of years ago": the year that far back (open at its start
    after a plural multiple); none before the era ("ten thousand years ago": a figure's count of years)."""
    if _INSIDE_NUMBER.search(m.string, max(0, m.start() - 2), m.start()):
        return None  # "1,234,567 years": the match began inside a number
    if m["digits"]:
        n, at_least = int(m["digits"].replace(",", "")), False
    elif m["mults"]:  # "thousands of", "tens of thousands of", "hundreds of millions of": two of them at least
        n = 2 * _MULTIPLES[m["mults"].lower()[:-1]]
        if m["inner"]:
            n *= _MULTIPLES[m["inner"].lower()[:-1]]
        elif m["tens"]:
            n *= 10
        at_least = True
    else:
        word = re.sub(r"[\s\u00a0]+", " ", m["num"]).lower()
        count = float(word) if word[:1].isdigit() else _NUMBER_WORDS[word]
        n, at_least = int(count * _MULTIPLES[m["mult"].lower()]), word in ("a few", "several")
    ref = ctx.reference
    if n > _LAST_YEAR or ref is not None and n >= ref.year:
        return None  # "ten thousand years ago": before the era, no date to give; the figures read the count of years
    if ref is None:
        return undated_relative(), False
    attrs = _year(ref.year - n)
    if attrs is None:
        return None
    return ({**attrs, "open": "start"} if at_least else attrs), False


_FAR_COUNT = (
    rf"(?:(?P<digits>\d{{1,3}}(?:,\d{{3}})+|\d{{4,}})"
    rf"|(?P<num>\d+(?:\.\d+)?|{_NUMBER_WORD_ALT})(?:{SEP}|-)(?P<mult>hundred|thousand|million|billion)"
    rf"|(?:(?P<tens>tens){SEP}of{SEP})?(?P<mults>hundreds|thousands|millions|billions)"
    rf"(?:{SEP}of{SEP}(?P<inner>thousands|millions|billions))?{SEP}of)"
)

# Russian, Kazakh and Turkish units ago without a count ("много лет назад", "годы назад", "жылдар бұрын", "көп жыл
# бұрын", "yıllar önce", "uzun yıllar önce"): each word's unit of :data:`_UNIT_BACK`.  A genitive plural (лет,
# веков) or a Kazakh singular (жыл) is a unit only after "many" (много, көп, талай): alone it follows a count ("5 лет
# назад", "бес жыл бұрын", other rows').  Russian "недели", "века", "столетия", "десятилетия" are also the genitive
# singular after two to four ("две недели назад", "три века назад"): not after a number.  Turkish and Kazakh write no
# plural after a number, so their plurals are never counted.
_WORD_UNIT = {
    "годы": "years", "лет": "years", "месяцы": "months", "месяцев": "months", "недели": "weeks", "недель": "weeks",
    "дни": "days", "дней": "days", "десятилетия": "decades", "десятилетий": "decades", "десятки лет": "decades",
    "века": "centuries", "веков": "centuries", "столетия": "centuries", "столетий": "centuries", "сотни лет": "centuries",
    "жылдар": "years", "жыл": "years", "айлар": "months", "апталар": "weeks", "күндер": "days",
    "онжылдықтар": "decades", "ондаған жыл": "decades", "ондаған жылдар": "decades", "ғасырлар": "centuries",
    "ғасыр": "centuries", "жүздеген жыл": "centuries", "жүздеген жылдар": "centuries",
    "yıllar": "years", "aylar": "months", "haftalar": "weeks", "günler": "days", "on yıllar": "decades",
    "onlarca yıl": "decades", "yüzyıllar": "centuries", "asırlar": "centuries", "yüzlerce yıl": "centuries",
}
_ONLY_AFTER_MANY = {"лет", "месяцев", "недель", "дней", "десятилетий", "веков", "столетий", "жыл", "ғасыр"}
_GENITIVE_AFTER_TWO = {"недели", "века", "столетия", "десятилетия"}
_RU_COUNT_BEFORE = re.compile(r"(?<![^\W_])(?:\d[\d.,]*|два|две|три|четыре|пару|пара|полтора|полторы|оба|обе|около|почти"
                              r"|более|менее|больше|меньше)[\s\u00a0]+$", re.IGNORECASE)
KK_ABLATIVE_BEFORE = re.compile(r"[^\W\d_]{2,}[дтн][ае]н[\s\u00a0]+$", re.IGNORECASE)  # "соғыстан", "осыдан"
# a number's ablative: "1990'dan yıllar önce", "1990 жылдан жылдар бұрын" (years before 1990, not before publication)
NUMBER_ABLATIVE_BEFORE = re.compile(r"\d(?:['’]?(?:l[ae]r)?[dt][ae]n|[\s\u00a0]+жыл[дт]ан)[\s\u00a0]+$", re.IGNORECASE)
_WORD_UNIT_ALT = "|".join(sorted((re.escape(w).replace(r"\ ", SEP) for w in _WORD_UNIT), key=len, reverse=True))


def h_word_units_ago(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"много лет назад", "годы назад", "жылдар бұрын", "yıllar önce": as :func:`h_units_ago`, open at its start."""
    word = re.sub(r"[\s\u00a0]+", " ", m["w"]).lower()
    if m["ago"][:1].isupper() or word in _ONLY_AFTER_MANY and not m["many"]:
        return None  # "Albüm Günler Önce": a title; "5 лет назад", "бес жыл бұрын": a count's (another row)
    if word in _GENITIVE_AFTER_TWO and not m["many"] and _RU_COUNT_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
        return None  # "две недели назад": two weeks ago
    ago = m["ago"].lower()
    ablative = TR_ABLATIVE_BEFORE if ago in ("önce", "evvel") else KK_ABLATIVE_BEFORE if ago == "бұрын" else None
    if ablative is not None and (ablative.search(m.string, max(0, m.start() - 30), m.start())
                                 or NUMBER_ABLATIVE_BEFORE.search(m.string, max(0, m.start() - 16), m.start())):
        return None  # "savaştan yıllar önce", "соғыстан жылдар бұрын": years before the war, not before publication
    ref = ctx.reference
    if ref is None:
        return undated_relative(), False
    unit, n = _UNIT_BACK[_WORD_UNIT[word]]
    attrs = _back(ref, unit, n)
    return ({**attrs, "open": "start"}, False) if attrs is not None else None


_HALF_BACK = {"century": ("year", 50), "decade": ("year", 5), "year": ("month", 6)}


def h_half_ago(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"half a century ago" (50 years back; "a century ago" inside it was 100), "a half century ago", "half a decade
    ago" (5 years), "half a year ago" (the month six months back), as "полвека назад" is read."""
    ref = ctx.reference
    if ref is None:
        return undated_relative(), False
    unit, n = _HALF_BACK[m["unit"].lower()]
    attrs = _back(ref, unit, n)
    return (attrs, False) if attrs is not None else None


_MANY = r"много|многие|долгие|көп|талай|uzun|çok|nice"
_WORD_HEADS = " ".join(sorted({w.split()[0] for w in _WORD_UNIT} | set(_MANY.split("|"))))

LONG_AGO_PATTERNS: list[tuple[str, str, Handler]] = [
    ("half a", rf"(?:half{SEP}a|a{SEP}half)[ \u00a0-]+(?P<unit>century|decade|year){SEP}ago{WORD_END}", h_half_ago),
    (_WORD_HEADS, rf"(?:(?P<many>{_MANY}){SEP})?(?P<w>{_WORD_UNIT_ALT}){SEP}(?:тому{SEP})?(?P<ago>назад|бұрын|önce|evvel){WORD_END}",
     h_word_units_ago),
    ("days weeks months years decades centuries many some",
     rf"(?:(?P<q>many|some){SEP})?(?P<unit>days|weeks|months|years|decades|centuries){SEP}ago{WORD_END}", h_units_ago),
    ("<d> <t> <y> " + " ".join(w for w in _NUMBER_WORDS if " " not in w) + " tens hundreds thousands millions billions",
     rf"{_FAR_COUNT}{SEP}years{SEP}ago{WORD_END}", h_far_years_ago),
]
