"""Dates counted back from the publication date: "nine months ago", "два года назад", "iki yıl önce",
"two years back", "a few years ago", "несколько лет назад" (the tables of counted units and numbers they read).
Split from :mod:`~desktop.meaning.date_relative`, which re-exports these names.
"""

from __future__ import annotations

import datetime as _dt
import re

from desktop.meaning.date_base import NUMWORDS, Ctx, group, span, undated, undated_relative
from desktop.meaning.numbers import TR_NUMBERS

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time: keeps import < 50 ms
    from typing import Any

AGO_UNITS = {"year": "year", "years": "year", "лет": "year", "год": "year", "года": "year", "yıl": "year",
              "sene": "year", "month": "month", "months": "month", "месяц": "month", "месяца": "month",
              "месяцев": "month", "ay": "month", "week": "week", "weeks": "week", "недели": "week",
              "неделю": "week", "недель": "week", "hafta": "week", "day": "day", "days": "day", "день": "day",
              "дня": "day", "дней": "day", "gün": "day", "decade": "decade", "decades": "decade",
              "десятилетие": "decade", "десятилетия": "decade", "десятилетий": "decade", "сутки": "day",
              "суток": "day"}
AGO_NUMBERS = {**NUMWORDS, "a": 1, "an": 1, "one": 1, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
                "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8,
                "девять": 9, "десять": 10, "bir": 1, "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6,
                "yedi": 7, "sekiz": 8, "dokuz": 9, "on": 10,
                # Russian: the nominative from eleven, and the genitive after "около" ("около трёх лет назад")
                "одиннадцать": 11, "двенадцать": 12, "пятнадцать": 15, "двадцать": 20, "тридцать": 30,
                "сорок": 40, "пятьдесят": 50, "двух": 2, "трёх": 3, "трех": 3, "четырёх": 4, "четырех": 4,
                "пяти": 5, "шести": 6, "семи": 7, "восьми": 8, "девяти": 9, "десяти": 10, "одиннадцати": 11,
                "двенадцати": 12, "пятнадцати": 15, "двадцати": 20, "тридцати": 30, "сорока": 40, "пятидесяти": 50}
# English numbers in words up to ninety-nine ("Seventeen years ago", "twenty-three years ago").
_EN_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
AGO_NUMBERS.update({"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
                    "nineteen": 19, **_EN_TENS})
AGO_NUMBERS.update({f"{t}-{u}": v + i for t, v in _EN_TENS.items() for i, u in enumerate(_EN_UNITS, 1)})
AGO_UNITS.update({"hour": "hour", "hours": "hour", "час": "hour", "часа": "hour", "часов": "hour", "saat": "hour",
                  "fortnight": "fortnight", "fortnights": "fortnight", "century": "century",
                  "centuries": "century"})
# Turkish and Russian tens, and their tens and units in two words ("Yirmi yıl önce", "otuz beş yıl önce", "on beş gün
# önce", "Двадцать пять лет назад"): a number word before "önce" or "назад" is a length as a digit is (the tens alone
# were a figure, "Двадцать пять" the last word alone: "пять лет назад")
_TR_TENS = {w: v for w, v in TR_NUMBERS.items() if v % 10 == 0 and v < 100}  # "on" … "doksan"
_RU_TENS = {"двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60, "семьдесят": 70,
            "восемьдесят": 80, "девяносто": 90}
_TR_UNITS = {"bir": 1, **{w: v for w, v in TR_NUMBERS.items() if v < 10}}  # "bir" … "dokuz"
_RU_UNITS = {"один": 1, "одна": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7,
             "восемь": 8, "девять": 9}
# the genitive after "около", "более" ("около двадцати пяти лет назад")
_RU_TENS_GENITIVE = {"двадцати": 20, "тридцати": 30, "сорока": 40, "пятидесяти": 50, "шестидесяти": 60,
                     "семидесяти": 70, "восьмидесяти": 80, "девяноста": 90}
_RU_UNITS_GENITIVE = {"одного": 1, "одной": 1, "двух": 2, "трёх": 3, "трех": 3, "четырёх": 4, "четырех": 4, "пяти": 5,
                      "шести": 6, "семи": 7, "восьми": 8, "девяти": 9}
AGO_NUMBERS.update({**_TR_TENS, **_RU_TENS, **_RU_TENS_GENITIVE, "тринадцать": 13, "четырнадцать": 14,
                    "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18, "девятнадцать": 19})
_TENS_UNITS = ((_TR_TENS, _TR_UNITS), (_RU_TENS, _RU_UNITS), (_RU_TENS_GENITIVE, _RU_UNITS_GENITIVE))
AGO_NUMBERS.update({f"{t} {u}": v + i for tens, units in _TENS_UNITS
                    for t, v in tens.items() for u, i in units.items()})
# (a key of two words is matched as the tens, any spaces and the units, one alternative a language; its head is its first
# word, a key of its own)
_TENS_AND_UNITS = "|".join(
    f"(?:{'|'.join(sorted(tens, key=len, reverse=True))})[ \u00a0]+(?:{'|'.join(sorted(units, key=len, reverse=True))})"
    for tens, units in _TENS_UNITS)
AGO_N = _TENS_AND_UNITS + "|" + "|".join(sorted((k for k in AGO_NUMBERS if " " not in k), key=len, reverse=True))


# hundreds and thousands in words: a tens word after one is the end of a bigger number ("yüz yirmi yıl önce", "Сто
# двадцать лет назад", "около ста двадцати лет назад": no date of twenty years)
_BIGGER_NUMBER_BEFORE = re.compile(
    r"(?<![^\W_])(?:yüz|bin|milyon|сто|двести|триста|четыреста|пятьсот|шестьсот|семьсот|восемьсот|девятьсот|ста|двухсот"
    r"|тр[её]хсот|четыр[её]хсот|пятисот|шестисот|семисот|восьмисот|девятисот|тысяч[аиу]?|миллион\w*)[ \u00a0]+$",
    re.IGNORECASE)


def ago_count(raw: str) -> int | None:
    """The number ``raw`` as written before a unit ("20", "İki", "Двадцать  пять"), or None."""
    raw = " ".join(raw.replace("İ", "i").lower().split())
    return int(raw) if raw.isdigit() else AGO_NUMBERS.get(raw)


def ago_heads() -> str:
    """The heads of a row that begins with a count of :data:`AGO_N`: a digit, a time word or a number word (the first
    word of a key of two words is a key of its own)."""
    return "<d> <t> " + " ".join(k for k in AGO_NUMBERS if not k.isdigit() and "-" not in k and " " not in k)


# "tamamlanmasından beş yıl önce", "Ankara'dan …": an ablative before "N units önce"; a capitalised
# word without an apostrophe inside a sentence is a name, not a case ending ("Jordan bir sene önce"), unless
# the ending follows a possessive ("Kış Olimpiyatlarından birkaç hafta önce").
TR_ABLATIVE_BEFORE = re.compile(
    r"(?:[^\W\d_]{2,}['’]|(?:(?<![^\W_])(?-i:[a-zçğıöşü])|^|(?<=[.!?:]\s)|(?<=\n))[^\W\d_]+|(?-i:[A-ZÇĞİÖŞÜ])[^\W\d_]+n)"
    r"(?:[dt][ae]n)\s+$", re.MULTILINE
)


_NUMBER_OR_ERA_BEFORE = re.compile(r"(?:\d[.,]|(?<![^\W_])(?:M\.?\s?Ö\.?|MÖ)\s*)$")  # "5,000", not "2015, 10 years"


# "two years back", "a few years back": "ago" only where it is an adverb of time for sure — opening its clause ("Ten
# years back, the town was poor", "A few years back we met") or ending it right after a place word or a verb of
# an event that moves nothing ("I moved here a couple of years back", "He left three months back") — and not
# after a verb that moves something back in its clause ("set the project two years back", "The election was moved
# two weeks back", "The launch slipped two weeks back", "delayed the reform two years back": the object or a noun
# before it is moved) nor before a direction or a comparison ("back in time", "back to 2010", "back of target").
_MOVE = (r"set|sets|setting|put|puts|putting|push(?:es|ed|ing)?|thr(?:ew|ow|own|owing)|knock(?:s|ed|ing)?"
         r"|turn(?:s|ed|ing)?|roll(?:s|ed|ing)?|dial(?:s|ed|led|ing)?|go(?:es|ing)?|went|step(?:s|ped|ping)?"
         r"|travel(?:s|ed|led|ling|ing)?|mov(?:e|es|ed|ing)|slip(?:s|ped|ping)?|sl(?:id|ide|ides|iding)|f(?:all|alls|ell|allen)"
         r"|drop(?:s|ped|ping)?|drag(?:s|ged|ging)?|pull(?:s|ed|ing)?|delay(?:s|ed|ing)?|postpon(?:e|es|ed|ing)"
         r"|br(?:ing|ings|ought)|sen(?:d|ds|t)|t(?:ake|akes|ook|aken)|lag(?:s|ged|ging)?|kept|keep|held|hold"
         r"|shift(?:s|ed|ing)?|reschedul(?:e|es|ed|ing)|bump(?:s|ed|ing)?|dat(?:e|es|ed|ing)")
_MOVED_BACK_BEFORE = re.compile(rf"(?<![^\W_])(?:{_MOVE})\b(?![ \u00a0]+(?:here|there|home|abroad)\b)[^.;!?\n,]{{0,30}}$",
                                re.IGNORECASE)
_DIRECTION_AFTER = re.compile(r"[ \u00a0]+(?:in|to|into|from|home|on[ \u00a0]+track|of)(?![^\W_])", re.IGNORECASE)
_CLAUSE_OPENING = re.compile(r"(?:^|[.!?;:,(\n\u2013\u2014][ \u00a0]*|(?<![^\W_])(?:and|but|then|until|since)[ \u00a0]+)$")
_CLAUSE_ENDING = re.compile(r"[ \u00a0]*(?:[.,;:!?)\n\u2013\u2014]|$)")
_EVENT_BEFORE = re.compile(r"(?<![^\W_])(?:here|there|home|abroad|[a-z]{2,}ed|left|met|came|began|quit|saw|knew|won|lost"
                           r"|said|told|wrote|built|bought|sold|was|were)[ \u00a0]+$", re.IGNORECASE)


def back_is_ago(m: re.Match[str]) -> bool:
    """Whether "N units back" at ``m`` means "N units ago" (see above)."""
    if _MOVED_BACK_BEFORE.search(m.string, max(0, m.start() - 40), m.start()) or _DIRECTION_AFTER.match(m.string, m.end()):
        return False
    lo = max(0, m.start() - 16)
    return bool(_CLAUSE_OPENING.search(m.string, lo, m.start()) or (
        _CLAUSE_ENDING.match(m.string, m.end()) and _EVENT_BEFORE.search(m.string, lo, m.start())))


def h_ago(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"nine months ago", "два года назад", "iki yıl önce", "a decade ago" (the year ten years before)."""
    raw = group(m, "an") or ""  # "İki yıl önce"
    n = ago_count(raw) if raw else 1  # "Год назад": one year
    unit = AGO_UNITS.get(m["au"].lower())
    if n is None or unit is None or not 0 < n <= 500 or (raw.isdigit() and _NUMBER_OR_ERA_BEFORE.search(
            m.string, max(0, m.start() - 6), m.start())):
        return None  # "some 5,000 years ago", "260000.000 yıl önce" (a longer number), "M.Ö. 450 sene önce"
    if raw and not raw.isdigit() and _BIGGER_NUMBER_BEFORE.search(m.string[max(0, m.start() - 16):m.start()].replace("İ", "i")):
        return None  # "yüz yirmi yıl önce": the end of a bigger number
    if m["ago"].lower() == "önce" and TR_ABLATIVE_BEFORE.search(m.string, max(0, m.start() - 30), m.start()):
        return None  # "tamamlanmasından beş yıl önce": before another event, not before publication
    if m["ago"].lower() == "back" and not back_is_ago(m):
        return None
    ref = ctx.reference
    if ref is None:
        return undated_relative(), False
    if m["ago"].lower().startswith(("from", "time")):  # "two weeks from now", "in two weeks' time": ahead
        n = -n
    return units_back(n, unit, ref)


def units_back(n: int, unit: str, ref: _dt.date) -> tuple[dict[str, Any], bool] | None:
    """The year, month or day ``n`` units (of :data:`AGO_UNITS`) before ``ref`` (after it when ``n`` < 0)."""
    if unit in ("year", "decade", "century"):
        return (span("year", (ref.year - n * {"decade": 10, "century": 100}.get(unit, 1),)) or undated()), False
    if unit == "month":
        total = ref.year * 12 + ref.month - 1 - n
        return (span("month", (total // 12, total % 12 + 1)) or undated()), False
    days = int(n / 24 + 0.5) if unit == "hour" else n * {"week": 7, "fortnight": 14}.get(unit, 1)  # "24 hours ago": the day before
    try:
        day = ref - _dt.timedelta(days=days)
    except OverflowError:
        return None
    return (span("day", (day.year, day.month, day.day)) or undated()), False


# Vague numbers before a unit and "ago", as the figures read them ("a few" 2–5, "several" 3–9, "a couple" 2).
VAGUE_AGO = {"a few": (2, 5), "several": (3, 9), "a couple": (2, 2), "a couple of": (2, 2), "birkaç": (2, 5)}


def h_ago_vague(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"a few years ago" (from five to two years before the reference), "several months ago", "a couple of
    weeks ago", "birkaç yıl önce": the span of the units the vague number allows."""
    lo, hi = VAGUE_AGO.get(re.sub(r"[\s\u00a0]+", " ", m["vague"]).lower(), (0, 0))
    unit = AGO_UNITS.get(m["au"].lower())
    if not lo or unit is None:
        return None
    if m["ago"].lower() == "önce" and TR_ABLATIVE_BEFORE.search(m.string, max(0, m.start() - 30), m.start()):
        return None  # "tamamlanmasından birkaç yıl önce": before another event
    if m["ago"].lower() == "back" and not back_is_ago(m):
        return None
    ref = ctx.reference
    if ref is None:
        return undated_relative(), False
    if unit in ("year", "decade", "century"):
        k = {"decade": 10, "century": 100}.get(unit, 1)
        return (span("year", (ref.year - hi * k,), (ref.year - lo * k,)) or undated()), False
    if unit == "month":
        first, last = ref.year * 12 + ref.month - 1 - hi, ref.year * 12 + ref.month - 1 - lo
        return (span("month", (first // 12, first % 12 + 1), (last // 12, last % 12 + 1)) or undated()), False
    per = {"week": 7, "day": 1}.get(unit)
    far, near = (hi * per, lo * per) if per else (int(hi / 24 + 0.5), int(lo / 24 + 0.5))
    try:
        first_day, last_day = ref - _dt.timedelta(days=far), ref - _dt.timedelta(days=near)
    except OverflowError:
        return None
    return (span("day", (first_day.year, first_day.month, first_day.day), (last_day.year, last_day.month, last_day.day))
            or undated()), False


# Russian: "несколько дней назад", a few units ago, is three to nine of them before publication (the
# figures' rule for "несколько").
_RU_FEW_UNITS = {"лет": "year", "месяцев": "month", "недель": "week", "дней": "day"}


def h_ru_few_ago(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"несколько лет назад" → the years 9 to 3 before publication; days, weeks and months alike."""
    unit = _RU_FEW_UNITS[m["au"].lower()]
    ref = ctx.reference
    if ref is None:
        return undated_relative(), False
    if unit == "year":
        return (span("year", (ref.year - 9,), (ref.year - 3,)) or undated()), False
    if unit == "month":
        first, last = ref.year * 12 + ref.month - 1 - 9, ref.year * 12 + ref.month - 1 - 3
        return (span("month", (first // 12, first % 12 + 1), (last // 12, last % 12 + 1)) or undated()), False
    days = 7 if unit == "week" else 1
    try:
        first_day, last_day = ref - _dt.timedelta(days=9 * days), ref - _dt.timedelta(days=3 * days)
    except OverflowError:
        return None
    return (span("day", (first_day.year, first_day.month, first_day.day),
                 (last_day.year, last_day.month, last_day.day)) or undated()), False
