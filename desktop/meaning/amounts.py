"""Vague amounts (English, Russian, Turkish), single units, ages after a name, bare numbers
after a bound (English) and heights (Turkish).

* Vague amounts are read as a range and marked approximate (``qualifier`` "≈"), by one
  rule: a plural of a number word means at least two and fewer than ten of it —
  "tens of thousands" → 20 000–100 000, "hundreds of thousands" → 200 000–1 000 000,
  "millions of dollars" → 2–10 million USD, "dozens of villages" → 24–120 villages,
  "thousands of people" → 2 000–10 000 people.  "A few" is 2–5, "several" 3–9 and "a
  couple (of)" 2, of a number word or a unit of time: "a few thousand" → 2 000–5 000,
  "several decades" → 30–90 y, "a few dozen steps" → 24–60 steps, "a couple minutes" →
  ≈ 2 min.  A counted thing after "of" ("tens of thousands of people") is the unit.
  Russian and Turkish alike: "десятки тысяч жителей" → 20 000–100 000 жителей, "сотни
  людей" → 200–1 000 people, "несколько сотен" (several) → 300–900; a scale after it
  multiplies it: "нескольких сотен миллионов долларов" → 300–900 million USD, "birkaç yüz milyon dolar"; "несколько лет", "нескольких лет" → 3–9 y,
  "binlerce kişi" → 2 000–10 000 people, "on binlerce", "birkaç yıl" (a few) → 2–5 y.  Not
  before "ago" ("a few years ago", "birkaç yıl önce": a date), not "две тысячи" (a number).
* One unit of time: "a year later", "for an hour", "one year since", "one week" →
  ``value`` 1.  "A day" or "one day" only where it is a length ("for a day", "lasted one
  day"), never a rate ("eight hours a day", "once a year"), the period of another figure
  ("rose 20% in a month") nor "one day" = some day.
* "One" counting a thing the same text counts in the plural elsewhere: "one strike"
  where "two strikes" also occurs.  Not "one of", "no one", "the one".
* Ages after a name: "Scott C. Dayton, 42, of Woodbridge" → 42 y.
* A bare number after a bound: "At least 10 U.S. Marines", "about 60 regional and
  international nations" → 10 (qualifier ">"), 60 ("≈"); "the 60-plus nation
  coalition" → > 60; Turkish puts it after: "120'den fazla kişi" → > 120 people.  Not clock times, years or dates ("about 10 a.m.", "at least 2020").
* A person's height in Turkish: "1.92 boyundaki oyuncu", "2,01 boyunda" → 1.92 m, 2.01 m.
* English halves: "three and a half years" → 3.5 y, "a decade and a half" → 15 y, "an hour and a
  half" → 1.5 h, "two and a half million people" → 2 500 000 people (:func:`find_halves`, read before
  the fractions, so "a half" alone is not taken from them).
* Turkish halves and per mille: "bir buçuk yıl" → 1.5 y, "iki buçuk saat" → 2.5 h, "yarım saat" →
  0.5 h, "yarım asır" → 50 y (not "yarım ay", the crescent); "3'te 1'i" → 0.3333; "binde 5" (five in a thousand) → 0.5 %.

Called by :func:`desktop.meaning.figures.find_figures` with a ``free(start, end)`` check
(no other figure there); no I/O, never raises on a ``str``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Callable, Iterable

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time
    from typing import TypeVar

    _V = TypeVar("_V")

from desktop.meaning import turkish_words
from desktop.meaning.counts import count_unit, not_a_count, noun_after
from desktop.meaning.date_base import FoldedKeys
from desktop.meaning.lookups import CURRENCY_CODES, lookup_scale, scaled_pounds, unit_symbol
from desktop.meaning.numbers_ru import ru_pounds
from desktop.meaning.price_rates import price_per_one
from desktop.meaning.time_lengths import in_a_length
from desktop.meaning.units import TR_WORDS, WORD_VALUES

__all__ = ["find_amounts", "find_halves", "over_is_during", "tr_share_before"]

Found = tuple[int, int, dict[str, int | float | str]]

_SCALE_WORDS = {"tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000, "millions": 10**6,
                "billions": 10**9}
_SINGLE_SCALES = {"dozen": 12, "hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}
# How many a vague word means: (low, high) times what follows.
_VAGUE = {"a few": (2, 5), "several": (3, 9), "a couple of": (2, 2), "a couple": (2, 2)}
_TIME_UNITS = {"year": ("y", 1), "decade": ("y", 10), "century": ("y", 100), "month": ("mo", 1),
               "week": ("wk", 1), "day": ("d", 1), "hour": ("h", 1), "minute": ("min", 1),
               "second": ("s", 1), "fortnight": ("wk", 2)}  # ("for a fortnight": two weeks; twenty-eighth round)
_TIME_PLURALS = {("centuries" if w == "century" else w + "s"): v for w, v in _TIME_UNITS.items()}
_MONEY = {"dollars": "USD", "euros": "EUR", "pounds": "GBP", "rubles": "RUB", "roubles": "RUB"}
_PLURAL_NOUN = r"[a-z]{3,}s|[a-z]+(?:-[a-z]+)+s|people|children|(?:wo)?men"

_VAGUE_RE = re.compile(
    r"(?<![\w-])(?i:(?P<vague>a\s+few|several|a\s+couple(?:\s+of)?)\s+"
    r"(?P<what>dozen|hundred|thousand|million|billion|" + "|".join(_TIME_PLURALS) + r")"
    r"(?:\s+(?P<what2>thousand|million|billion))?)(?![\w-])"  # ("a few hundred million dollars")
    r"|(?<![\w-])(?i:(?P<plural>tens|dozens|scores|hundreds|thousands|millions|billions))"
    r"(?:\s+of\s+(?P<scale>(?i:hundreds|thousands|millions|billions))(?![\w-])|(?=\s+of\s)"
    r"|(?P<bare>(?=\s+(?!of\b)[a-z]|\s*[,.;:!?)]|\s*$)))"
)
_OF_THING = re.compile(r"\s+of\s+(?:(?:[A-Za-z][\w'’-]*)\s+){0,2}?(?P<noun>" + _PLURAL_NOUN + r")(?![\w'’-])")
_THING = re.compile(r"\s+(?:(?:[a-z][\w'’-]*)\s+){0,2}?(?P<noun>" + _PLURAL_NOUN + r")(?![\w'’-])")
# Words before "a day" / "one day" that make it a length: "in a day", "lasted one day".
# Not "in": "rose 20% in a month" gives the period of another figure.
_LENGTH_BEFORE = set("""
    for within after about around nearly almost over than least only just barely half took take takes
    taking spent spend spends lasted last lasts lasting wait waited waiting more less to
    """.split())
_LENGTH_AFTER = set("later earlier before after long".split())
_SINGLE_RE = re.compile(
    r"(?<![\w-])(?P<one>(?i:an?|one))\s+(?P<unit>" + "|".join(_TIME_UNITS) + r")(?![\w-])"
)
_NOT_AFTER_ONE = set("the no any each every which this that only".split())
_ONE_THING_RE = re.compile(
    r"(?<![\w-])(?i:one)\s+(?P<mods>(?:[A-Za-z][\w'’-]*\s+){0,2}?)(?P<noun>[a-z]{3,}|[A-Z]{2,})(?![\w'’-])"
)
_NAMED_AGE_RE = re.compile(
    r"(?<=[a-z]),[ \u00a0](?P<age>\d{1,3}),[ \u00a0](?=[a-z])"
    r"|(?<![\w-])(?i:aged)[ \u00a0](?:(?i:between)[ \u00a0](?P<from>\d{1,3})[ \u00a0](?i:and)[ \u00a0](?P<to>\d{1,3})"
    r"|(?P<aged>\d{1,3})(?:[ \u00a0]*(?:-|–|to)[ \u00a0]*(?P<upto>\d{1,3}))?)(?![\w.,]\w|[-–])"
)
# Who may be named by a common noun before ", 37,": "the woman, 37, was released".
_PERSONS = set("""
    man woman boy girl teenager child mother father son daughter wife husband brother sister victim
    suspect driver officer soldier pensioner student worker farmer resident
    """.split())
_NOT_NAMES = set("""
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    """.split())
_BOUND_RE = re.compile(
    r"(?<![\w-])(?P<bound>(?i:at\s+least|more\s+than|fewer\s+than|less\s+than|up\s+to|as\s+many\s+as|as\s+young\s+as|"
    r"nearly|almost|about|approximately|roughly))\s+(?P<num>\d{1,3}(?:,\d{3})+|\d{1,6})(?![\w.,:/%-]|\.\d)"
    r"(?!\s*(?i:a\.?m\b|p\.?m\b|o['’]clock|per\s?cent|percent|st\b|nd\b|rd\b|th\b))"
)
_MONTHS = re.compile(r"\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)", re.IGNORECASE)
_BOUND_SIGN = {"at least": "≥", "more than": ">", "fewer than": "<", "less than": "<", "up to": "≤",
               "as many as": "≤", "as young as": "≥"}
# Turkish puts the bound after the number: "120'den fazla kişi" (more than 120 people), "50'yi
# aşkın" (over 50), "10'dan az" (fewer than 10).
_TR_BOUND_RE = re.compile(
    r"(?<![\w.,])(?P<num>\d{1,3}(?:\.\d{3})*|\d{1,6})['’](?P<bound>(?:[dt][ae]n[ \u00a0]+(?:fazla|çok|az))"
    r"|(?:y?[ıiuü][ \u00a0]+(?:aşkın|aşan|geçen|bulan)))(?![\w])(?P<people>[ \u00a0]+kişi)?(?![\w])",
    re.IGNORECASE)
_OR_NUMBER = re.compile(r"[ \u00a0]+(?:or|to)[ \u00a0]+(?P<hi>\d{1,6})(?![\w.,:/%-]|\.\d)")
# "60-plus"; "20+ years" only before a unit or a counted noun, "10 plus miles" only before a unit or people (not "2
# plus 2", "$5 plus tax", "4 plus leftovers").
_PLUS_SCALE = re.compile(r"[ \u00a0]+(?P<s>(?i:thousand|million|billion|trillion))(?![\w-])")
_PLUS_RE = re.compile(r"(?<![\w.,$€£+-])(?P<num>\d{1,3}(?:,\d{3})+|\d{1,6})(?:-plus(?![\w-])|(?P<loose>\+|[ \u00a0]plus)(?=[ \u00a0]+[a-z]))")


def _previous_word(text: str, start: int) -> str:
    m = re.search(r"([\w’']+)\W*$", text[max(0, start - 24) : start])
    return m.group(1).lower() if m else ""


def _next_word(text: str, end: int) -> str:
    m = re.match(r"\W*?([\w’']+)", text[end : end + 24])
    return m.group(1).lower() if m else ""


def _at_sentence_start(text: str, start: int) -> bool:
    """After a sentence's end, a line break, or a dateline's dash ("LONDON — Tens of …")."""
    before = text[max(0, start - 3) : start].rstrip(" \u00a0\"'“‘")
    return not before or before[-1] in ".!?\n:;—–(" or before.endswith(" -")


_AGO = {"ago", "önce", "назад", "тому"}  # "тому назад"


def _misplaced(text: str, m: re.Match[str]) -> bool:
    """A vague amount of time before "ago" is a date ("a few years ago", "birkaç yıl önce"); a
    capitalised one inside a sentence belongs to a title ("Milyonlarca Kuştuk"), not one in a
    headline in capitals ("ÇALIŞMA BİRKAÇ YIL SÜRDÜ")."""
    if _next_word(text, m.end()) in _AGO:
        return True
    return text[m.start()].isupper() and not m.group(0).isupper() and not _at_sentence_start(text, m.start())


def _vague(text: str) -> Iterable[Found]:
    for m in _VAGUE_RE.finditer(text):
        if _misplaced(text, m):
            continue
        end = m.end()
        if m["vague"]:
            low, high = _VAGUE[" ".join(m["vague"].lower().split())]
            what = m["what"].lower()
            if what in _TIME_PLURALS:
                unit, times = _TIME_PLURALS[what]
                attrs: dict[str, int | float | str] = {"value": low * times, "unit": unit, "scale": ""}
                if high > low:
                    attrs["upper"] = high * times
                yield m.start(), end, {**attrs, "qualifier": "≈"}
                continue
            size = _SINGLE_SCALES[what] * (_SINGLE_SCALES[m["what2"].lower()] if m["what2"] else 1)
        else:
            plural = m["plural"].lower()
            if plural == "tens" and not m["scale"] or m["bare"] is not None and (
                    plural == "scores" or _previous_word(text, m.start()) in ("the", "their", "its")):
                continue  # "tens" and "scores" alone are no amount ("test scores"); "in the thousands"
            low, high = 2, 10
            size = _SCALE_WORDS[m["plural"].lower()] * (_SCALE_WORDS[m["scale"].lower()] if m["scale"] else 1)
        unit = ""
        thing = (_OF_THING if not m["vague"] or text[end:].lstrip().lower().startswith("of") else _THING).match(
            text, end)
        if thing is not None and thing["noun"].lower() != "others":
            noun = thing["noun"].lower()
            unit = _MONEY.get(noun) or (_TIME_PLURALS.get(noun, ("",))[0]) or (
                "people" if noun == "people" else unit_symbol(noun) or noun)  # ("several thousand miles" → mi)
            end = thing.end()
        yield m.start(), end, {"value": low * size, "upper": high * size, "unit": unit, "scale": "",
                               "qualifier": "≈"}


# Russian and Turkish vague amounts, by the same rule: (regex, size, low, high).
_VAGUE_OTHER: list[tuple[str, int, int, int]] = [
    # "десятки тысяч", "сотни миллионов": a scale after a vague amount multiplies it (_OTHER_SCALE)
    (r"нескольк(?:о|их|им|ими)\s+тысяч", 1000, 3, 9),
    (r"нескольк(?:о|их|им|ими)\s+сотен", 100, 3, 9),
    (r"нескольк(?:о|их|им|ими)\s+десятков", 10, 3, 9),
    (r"нескольк(?:о|их|им|ими)\s+миллионов", 10**6, 3, 9),
    (r"десятк(?:и|ов|ами|ах)", 10, 2, 10),
    (r"сот(?:ни|ен|нями|нях)", 100, 2, 10),
    (r"тысяч(?:и|ами|ах)", 1000, 2, 10),
    (r"миллион(?:ы|ами|ах)", 10**6, 2, 10),
    (r"миллиард(?:ы|ами|ах)", 10**9, 2, 10),
    (r"on\s+binlerce", 10_000, 2, 10),
    (r"yüz\s+binlerce", 100_000, 2, 10),
    (r"onlarca", 10, 2, 10),
    (r"yüzlerce", 100, 2, 10),
    (r"binlerce", 1000, 2, 10),
    (r"milyonlarca", 10**6, 2, 10),
    (r"milyarlarca", 10**9, 2, 10),
    (r"birkaç\s+bin", 1000, 2, 5),
    (r"birkaç\s+yüz", 100, 2, 5),
    (r"birkaç\s+milyon", 10**6, 2, 5),
]
_VAGUE_OTHER_RE = re.compile(
    r"(?<![\w-])(?i:" + "|".join(f"(?P<v{i}>{p})" for i, (p, *_rest) in enumerate(_VAGUE_OTHER)) + r")(?![\w-])")
# A scale word after a vague amount multiplies it ("нескольких сотен миллионов" → 300–900 million,
# "birkaç yüz milyon"); it is never the counted thing.
_OTHER_SCALE = re.compile(r"\s+(?P<scale>тысяч|миллионов|миллиардов|bin|milyon|milyar)(?![\w-])", re.IGNORECASE)
# The thing counted: a Russian genitive plural (one adjective may come first), Turkish "kişi" or money
# ("евро", "dolar", "lira").
_OTHER_THING = re.compile(
    r"[ \u00a0]+(?:(?P<people>человек|людей|kişi)|(?P<time>лет|месяцев|недель|дней|часов|минут|yıl|sene|ay|hafta|gün"
    r"|saat|dakika)|(?P<money>евро|тенге|dolar|lira|avro|euro|sterlin)"
    r"|(?:[а-яё]+(?:ых|их)[ \u00a0]+)?(?P<noun>[а-яё]{3,}(?:ов|ев|ей|ий)))(?![\w-])", re.IGNORECASE)
# A number word right before makes "тысячи" part of a number ("две тысячи"), not a vague amount.
_RU_NUMBER_BEFORE = re.compile(r"(?:\d|\b(?:две|три|четыре|полторы|пару|сорок|сто))[ \u00a0]*$", re.IGNORECASE)
# "несколько лет", "birkaç yıl": a few of a unit of time.
_FEW_TIMES = re.compile(
    r"(?<![\w-])(?i:(?P<few>несколько|нескольких|нескольким|несколькими|birkaç)\s+(?P<unit>лет|месяцев|недель|дней|часов|минут"
    r"|десятилетий|веков|столетий|yıl|sene|ay|hafta|gün|saat|dakika|yüzyıl))(?![\w-])")
_FEW_UNITS = FoldedKeys({"лет": "y", "месяцев": "mo", "недель": "wk", "дней": "d", "часов": "h", "минут": "min",
                         "yıl": "y", "sene": "y", "ay": "mo", "hafta": "wk", "gün": "d", "saat": "h", "dakika": "min"})
# Decades and centuries are years: "несколько десятилетий" → ≈ 30–90 y, "birkaç yüzyıl" → ≈ 200–500 y.
_FEW_YEARS = FoldedKeys({"десятилетий": 10, "веков": 100, "столетий": 100, "yüzyıl": 100})


# "от нескольких десятков до нескольких сотен миллионов долларов": the low end of a range shares the
# high end's scale and unit.
_FROM = re.compile(r"(?<![\w-])(?i:от)[ \u00a0]+$")
_TO = re.compile(r"[ \u00a0]+(?i:до)[ \u00a0]+")


def _vague_other(text: str) -> Iterable[Found]:
    found = list(_vague_other_amounts(text))
    for (start, end, attrs, _factor), following in zip(found, found[1:] + [None]):
        if following is not None and not attrs["unit"] and _FROM.search(text, max(0, start - 8), start) and _TO.fullmatch(
                text, end, following[0]):
            factor = following[3]
            attrs = {**attrs, "value": attrs["value"] * factor, "upper": attrs["upper"] * factor,
                     "unit": following[2]["unit"]}
        yield start, end, attrs
    yield from _few_times(text)


def _vague_other_amounts(text: str) -> Iterable[tuple[int, int, dict[str, int | float | str], int]]:
    """Russian and Turkish vague amounts, each with the scale that multiplies it (1 if none)."""
    for m in _VAGUE_OTHER_RE.finditer(text):
        if _RU_NUMBER_BEFORE.search(text, max(0, m.start() - 12), m.start()) or _misplaced(text, m):
            continue
        index = next(i for i in range(len(_VAGUE_OTHER)) if m[f"v{i}"])
        _pattern, size, low, high = _VAGUE_OTHER[index]
        end, unit, factor = m.end(), "", 1
        scale = _OTHER_SCALE.match(text, end)
        scale_power = lookup_scale(scale["scale"]) if scale is not None else None
        if scale is not None and scale_power is not None and 10 ** scale_power[0] > size:
            factor, end = 10 ** scale_power[0], scale.end()
            size *= factor
        thing = _OTHER_THING.match(text, end)
        if thing is not None:  # "binlerce kişi", "onlarca yıl" (≈ 20–100 y), "сотни жителей"
            noun = thing["money"] or thing["noun"]
            what = _FEW_UNITS[thing["time"].lower()] if thing["time"] else noun and (
                unit_symbol(noun.lower()) or noun.lower())  # "несколько сотен метров" → m
            unit, end = ("people" if thing["people"] else what or ""), thing.end()
            pounds = ru_pounds(unit, text, end)
            if pounds is not None:  # "несколько тысяч фунтов (стерлингов)": GBP
                unit, end = "GBP", pounds
            if thing["time"] and _next_word(text, end) in _AGO:
                continue  # "binlerce yıl önce": a date
        yield m.start(), end, {"value": low * size, "upper": high * size, "unit": unit, "scale": "",
                               "qualifier": "≈"}, factor


def _few_times(text: str) -> Iterable[Found]:
    for m in _FEW_TIMES.finditer(text):
        if _misplaced(text, m):
            continue
        low, high = (3, 9) if m["few"].lower().startswith("нескольк") else (2, 5)
        word, end = m["unit"], m.end()
        times = _folded_get(_FEW_YEARS, word)
        time_unit = "y" if times is not None else _folded_get(_FEW_UNITS, word)
        if time_unit is not None:
            yield m.start(), end, {"value": low * (times or 1), "upper": high * (times or 1), "unit": time_unit, "scale": "",
                                   "qualifier": "≈"}


def _folded_get(table: FoldedKeys[_V], word: str) -> _V | None:
    """``table[word]`` found in any case ("ТЫСЯЧ", "YÜZYIL"), or None."""
    try:
        return table[word.lower()]
    except KeyError:
        return None


def _single_units(text: str) -> Iterable[Found]:
    for m in _SINGLE_RE.finditer(text):
        one, word = m["one"].lower(), m["unit"].lower()
        before, after = _previous_word(text, m.start()), _next_word(text, m.end())
        if after in _AGO or text[m.end() : m.end() + 1] in "-'’" and m.end() < len(text):
            continue  # "a year ago" is a date; "a day-to-day", "one year's"
        if one == "one" and (before in _NOT_AFTER_ONE or price_per_one(text, m.start())):
            continue  # (and "€ 7 one hour of windsurf": the price's rate, measures.rate_after)
        # "a day" / "one day" is a length only where its context says so; "a year" needs
        # that too unless it starts a sentence ("A year later"); "one year" is a count.
        length = before in _LENGTH_BEFORE or after in _LENGTH_AFTER or before == "in" and in_a_length(text, m.start(), word, m.end())
        if (word == "day" or one != "one") and not length and not (
                one != "one" and _at_sentence_start(text, m.start()) and after in _LENGTH_AFTER):
            continue
        unit, times = _TIME_UNITS[word]
        yield m.start(), m.end(), {"value": times, "unit": unit, "scale": ""}


def _plural(noun: str) -> tuple[str, ...]:
    if noun.endswith("y") and not noun.endswith(("ay", "ey", "oy")):
        return (noun[:-1] + "ies",)
    return (noun + "s", noun + "es")


def _one_things(text: str, counted: set[str]) -> Iterable[Found]:
    if not counted:
        return
    for m in _ONE_THING_RE.finditer(text):
        noun = m["noun"]
        plural = next((p for p in _plural(noun) if p in counted), None)
        if plural is None or _previous_word(text, m.start()) in _NOT_AFTER_ONE:
            continue
        if any(w.lower() in ("of", "the", "and", "or", "a", "an") for w in m["mods"].split()):
            continue
        yield m.start(), m.end(), {"value": 1, "unit": plural, "scale": ""}


def _named_ages(text: str) -> Iterable[Found]:
    for m in _NAMED_AGE_RE.finditer(text):
        if m["aged"] or m["from"]:  # "aged 42", "aged 8–10", "aged between 18 and 25"
            low, high = m["aged"] or m["from"], m["upto"] or m["to"]
            attrs: dict[str, int | float | str] = {"value": int(low), "unit": "y", "scale": ""}
            if high and int(high) > int(low):
                attrs["upper"] = int(high)
            if int(low) < 120:
                yield m.start(), m.end(), attrs
            continue
        name = re.search(r"([A-Z][\w'’-]*|[a-z]+)$", text[max(0, m.start() - 40) : m.start()])
        if name is None or name.group(1).lower() in _NOT_NAMES or (
                name.group(1).islower() and name.group(1) not in _PERSONS):
            continue
        age = int(m["age"])
        if 0 < age < 120:
            yield m.start("age"), m.end("age"), {"value": age, "unit": "y", "scale": ""}


_RATIO_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "twenty": 20, "hundred": 100, "a hundred": 100}
_RATIO_NUM = r"\d{1,4}|" + "|".join(sorted(_RATIO_WORDS, key=len, reverse=True))
_RATIO_RE = re.compile(
    rf"(?<![\w.,-])(?i:(?P<n>{_RATIO_NUM})\s+(?:in|out\s+of)\s+(?P<d>{_RATIO_NUM}))(?![\w.,]\w|[-–])"
    r"(?!\s+(?i:years?|months?|weeks?|days?|hours?|minutes?|seconds?|games?|matches?)\b)"
)


# Turkish and Russian write a share as one of every N: "Her üç kişiden biri" (one of every three people), "каждый
# пятый россиянин" (every fifth) → 0.3333, 0.2.
_TR_ONE_OF_EVERY = re.compile(r"(?<![\w-])her[ \u00a0]+(?P<d>\d{1,3}|iki|üç|dört|beş|altı|yedi|sekiz|dokuz|on|yüz)[ \u00a0]+"
                          r"(?P<noun>[^\W\d_]+?)['’]?[dt][ae]n[ \u00a0]+(?:biri|birisi)(?![\w-])", re.IGNORECASE)  # (and in capitals)
# "Her iki" is "both": "her iki ülkeden biri imzaladı" is one of the two countries; one in two only of a population
# ("her iki kişiden biri obez", "her iki çocuktan biri").
_TR_POPULATION = re.compile(r"(?:kişi|kisi|insan|çocuk|cocuk|kadın|kadin|erkek|genç|genc|yetişkin|yetiskin|vatandaş|vatandas)",
                            re.IGNORECASE)
# Turkish letters in a match: its capitals fold the Turkish way ("ALTI" → "altı"); without them ("HER IKI KISIDEN
# BIRI", written without Turkish letters) an "I" is an "i".
_TR_LETTERS = re.compile("[çğıöşüÇĞİÖŞÜ]")
_RU_ORDINALS = {"втор": 2, "трет": 3, "четвёрт": 4, "четверт": 4, "пят": 5, "шест": 6, "седьм": 7, "восьм": 8, "девят": 9,
                "десят": 10, "сот": 100}
_RU_SHARE_RE = re.compile(r"(?<![\w-])(?i:кажд(?:ый|ая|ое|ого|ой|ому|ым|ую))[ \u00a0]+(?P<d>(?i:"
                          + "|".join(_RU_ORDINALS) + r"))(?i:ь(?:его|ей|ему|ю|им|я|е)|ий|ый|ой|ая|ое|ого|ей|ому|ую|ым|им|его|ему)(?![\w-])")


# A unit of time, a weekday or "раз" after "каждый N-й" makes it a repetition ("каждый пятый год", "каждый второй вторник").
_RU_REPEATED_AFTER = re.compile(
    r"[ \u00a0]+(?i:год|лет|месяц|недел|день|дня|дн|сут|час|минут|секунд|раз|понедельник|вторник|сред|четверг|пятниц|суббот"
    r"|воскресень|век|квартал|сезон|семестр)\w*")  # ("каждый пятый матч" is a share of matches)


def tr_share_before(text: str, start: int) -> bool:
    """The number at ``start`` is the whole of a Turkish share ("Her |üç kişiden biri"), not a count, or the
    part of a proportion ("yüz binde |7 kişide": 0.007 %, read by :func:`_halves_tr`)."""
    return any(m.start("d") == start for m in _TR_ONE_OF_EVERY.finditer(text, max(0, start - 5), start + 60)) or any(
        m.start("n") == start for m in _PER_MILLE_RE.finditer(text, max(0, start - 16), start + 12))


def _ratio_value(word: str) -> int:
    low = word.lower()
    return int(low) if low.isdigit() else _RATIO_WORDS[low]


def _ratios(text: str) -> Iterable[Found]:
    """"one in five adults", "3 in 10", "seven out of 10 voters" → 0.2, 0.3, 0.7."""
    for m in _RATIO_RE.finditer(text):
        n, d = _ratio_value(m["n"]), _ratio_value(m["d"])
        if 0 < n < d and not 1500 <= d <= 2099:
            yield m.start(), m.end(), {"value": round(n / d, 4), "unit": "", "scale": m.group().lower()}
    for m in _TR_ONE_OF_EVERY.finditer(text):
        d = int(m["d"]) if m["d"].isdigit() else _TR_NUMBER[m["d"]]  # ("ALTI": folded to "altı")
        if not m["d"].isdigit() and d == 2 and not _TR_POPULATION.fullmatch(turkish_words.lower(m["noun"])):
            continue  # "Her iki adaydan biri": one of the two candidates
        if d > 1:
            turkish = _TR_LETTERS.search(m.group()) is not None
            scale = " ".join(m.group().replace("İ", "i").replace("I", "ı" if turkish else "i").lower().split())
            yield m.start(), m.end(), {"value": round(1 / d, 4), "unit": "", "scale": scale}
    for m in _RU_SHARE_RE.finditer(text):
        if _RU_REPEATED_AFTER.match(text, m.end()):
            continue  # "каждый третий месяц", "каждое второе воскресенье": a repetition, not a share
        yield m.start(), m.end(), {"value": round(1 / _RU_ORDINALS[m["d"].lower()], 4), "unit": "",
                                   "scale": " ".join(m.group().lower().split())}


_WORD_AFTER = re.compile(r"[ \u00a0]+(?P<w>[^\W\d_]+)(?![\w-])")


def _bounded(text: str, unit_of: Callable[[str], str | None]) -> Iterable[Found]:
    for m in _BOUND_RE.finditer(text):
        raw = m["num"]
        value = int(raw.replace(",", ""))
        if raw.isdigit() and len(raw) == 4 and 1500 <= value <= 2099 or _MONTHS.match(text, m.end()):
            continue  # "at least 2020", "about 10 May": a date
        bound = " ".join(m["bound"].lower().split())
        attrs: dict[str, int | float | str] = {"value": value, "unit": "y" if bound == "as young as" else "",
                                               "scale": "", "qualifier": _BOUND_SIGN.get(bound, "≈")}
        end = m.end("num")
        other = _OR_NUMBER.match(text, end)  # "about 10 or 12 of these"
        if other is not None and int(other["hi"]) > value:
            attrs["upper"], end = int(other["hi"]), other.end()
        yield m.start("num"), end, attrs
    for m in _TR_BOUND_RE.finditer(text):
        sign = "<" if m["bound"].lower().endswith("az") else ">"
        yield m.start(), m.end(), {"value": int(m["num"].replace(".", "")), "unit": "people" if m["people"] else "",
                                   "scale": "", "qualifier": sign}
    for m in _PLUS_RE.finditer(text):
        scaled = _PLUS_SCALE.match(text, m.end())  # "20+ million passengers": 20 million or more (twenty-fifth round)
        number = int(m["num"].replace(",", ""))  # ("1,200-plus people": grouped in thousands)
        after, value, scale = (scaled.end(), number * _HALF_SCALES[scaled["s"].lower()], scaled["s"]) if scaled else (
            m.end(), number, "")
        word = _WORD_AFTER.match(text, after)
        symbol = unit_of(word["w"]) if word is not None else None
        sign = "≥" if m["loose"] == "+" else ">"  # "20+ years": 20 or more
        if word is not None and symbol:  # "50-plus miles", "40-plus kilograms" → mi, kg
            yield m.start(), word.end(), {"value": value, "unit": symbol, "scale": scale, "qualifier": sign}
            continue
        noun = noun_after(text, after)  # "100-plus officers" counts officers; "the 60-plus nation coalition", none
        if noun is not None and not_a_count(text, m.start(), noun[1]):
            continue  # "Level 3+ areas", "Grade 8+ pupils": a label and its number
        counted = count_unit(noun[1], 1)["unit"] if noun is not None else ""
        if m["loose"] and (noun is None or m["loose"] != "+" and counted not in ("people", "y", "mo", "wk", "d", "h")):
            continue  # "4 plus leftovers", "fined 500 plus costs": "plus" adds; more than N before a unit, people, time
        end = noun[0] if noun is not None else after
        yield m.start(), end, {"value": value, "unit": counted, "scale": scale, "qualifier": sign}


# A recipe's fraction of a cup or a spoon: "1/2 teaspoon", "2 3/4 cups", "1-2/3 cups", "about 1/4 cup" (units of their
# own elsewhere take their fraction in figures.py: "1 1/2 miles", "2 1/2 hours").
_KITCHEN_FRACTION_RE = re.compile(
    r"(?<![\w./,-])(?:(?P<w>\d{1,2})(?:[ \u00a0]*-[ \u00a0]*|[ \u00a0]+))?(?P<n>\d)/(?P<d>[234568])[ \u00a0]*"
    r"(?P<noun>(?i:cups?|teaspoons?|tablespoons?|tsp|tbsp))(?![\w-])")
_KITCHEN_UNITS = {"cup": "cups", "teaspoon": "teaspoons", "tablespoon": "tablespoons", "tsp": "teaspoons",
                  "tbsp": "tablespoons"}


def _kitchen_fractions(text: str) -> Iterable[Found]:
    for m in _KITCHEN_FRACTION_RE.finditer(text):
        if int(m["n"]) < int(m["d"]):
            value = round(int(m["w"] or 0) + int(m["n"]) / int(m["d"]), 4)
            yield m.start(), m.end(), {"value": value, "unit": _KITCHEN_UNITS[m["noun"].lower().rstrip("s")], "scale": ""}


_HEIGHT_RE = re.compile(r"(?<![\w.,])(?P<m>[12][.,]\d{2})[ \u00a0]boy(?:unda(?:ki)?|lu)(?![\w])")


def _heights(text: str) -> Iterable[Found]:
    for m in _HEIGHT_RE.finditer(text):
        yield m.start(), m.end(), {"value": float(m["m"].replace(",", ".")), "unit": "m", "scale": ""}


def _near(text: str, anchor: re.Pattern[str], rx: re.Pattern[str], before: int = 48, after: int = 64) -> Iterable[re.Match[str]]:
    """The matches of ``rx`` around the matches of the rarer ``anchor`` ("half", "buçuk"), each
    once: scanning the whole text with a long alternation of number words costs more."""
    last_end = -1
    for a in anchor.finditer(text):
        for m in rx.finditer(text, max(last_end, a.start() - before), min(len(text), a.end() + after)):
            if m.start() >= last_end:
                last_end = m.end()
                yield m


_TR_HALF_UNITS = FoldedKeys({"yıl": ("y", 1), "sene": ("y", 1), "ay": ("mo", 1), "hafta": ("wk", 1), "gün": ("d", 1),
                  "saat": ("h", 1), "dakika": ("min", 1), "saniye": ("s", 1), "asır": ("y", 100), "yüzyıl": ("y", 100),
                  "milyon": ("", 10**6), "milyar": ("", 10**9)})
_TR_NUMBER = FoldedKeys(TR_WORDS)
_TR_HALF_ANCHOR = re.compile(r"buçuk|yarım|çeyrek", re.IGNORECASE)
# "iki buçuk yıl", "yarım saat", "yarım milyon kişi", "çeyrek asır" (25 y; not "çeyrek final")
_TR_HALF_RE = re.compile(
    r"(?<![\w-])(?:(?P<n>\d{1,3}|" + "|".join(sorted(TR_WORDS, key=len, reverse=True)) + r")[ \u00a0]+buçuk|(?P<half>yarım)"
    r"|(?P<quarter>çeyrek))[ \u00a0]+(?P<u>yüzyıl|yıl|sene|ay|hafta|gün|saat|dakika|saniye|asır|milyon|milyar)"
    r"(?:l[ıiuü]k|l[ıiuü]ğ[ıiuü]n?|[ıiuü]|y[ıiuü]|s[ıiuü]|d[ıiuü]r|[dt][ae]n?|[ny]?[ae]|l[ae]r)?(?![\w-])",
    re.IGNORECASE)
_TR_SHARE_RE = re.compile(r"(?<![\w.,])(?P<d>\d{1,3})['’][dt][ae][ \u00a0]+(?P<n>\d{1,3})"
                          r"['’](?:s?[ıiuü](?:n[ıiuü]|n[ae]|nd[ae])?)(?![\w.,])")  # (the share's suffix: "1'i")
_PER_MILLE_RE = re.compile(r"(?<![\w-])(?:(?P<ten>(?i:on|yüz))[ \u00a0]+)?(?i:binde)[ \u00a0]+(?P<n>\d{1,3}(?:,\d{1,2})?)(?![\d.,]\d|\d)")


_TR_ORDINAL_BEFORE = re.compile(r"(?<![\w-])(?i:ilk|ikinci|üçüncü|dördüncü|son)[ \u00a0]+$")  # "İlk çeyrek yıl": Q1
_TR_PEOPLE_AFTER = re.compile(r"[ \u00a0]+kişi(?:yi|ye|nin|den|de|lik)?(?![\w-])", re.IGNORECASE)


def _halves_tr(text: str) -> Iterable[Found]:
    for m in _near(text, _TR_HALF_ANCHOR, _TR_HALF_RE):
        if m["half"] and m["u"].lower() == "ay":
            continue  # "yarım ay" is the crescent ("bir yarım ay biçimi"); half a month is "15 gün"
        unit, times = _TR_HALF_UNITS[m["u"].lower()]
        if m["quarter"] and (not unit or m["u"].lower() in ("ay", "gün") or m["u"].lower() in ("yıl", "sene") and _TR_ORDINAL_BEFORE.search(
                text, max(0, m.start() - 12), m.start())):
            continue  # "çeyrek" counts a century, a year or an hour; "çeyrek milyon" is not written
        whole = 0 if m["half"] or m["quarter"] else int(m["n"]) if m["n"].isdigit() else _TR_NUMBER[m["n"].lower()]
        value = (whole + (0.25 if m["quarter"] else 0.5)) * times
        end = m.end()
        people = _TR_PEOPLE_AFTER.match(text, end) if not unit else None
        word = _WORD_AFTER.match(text, end) if not unit else None
        if people is not None:  # "yarım milyon kişi"
            unit, end = "people", people.end()
        elif word is not None and (money := unit_symbol(word["w"].lower())) in CURRENCY_CODES:  # "yarım milyar dolar"
            unit, end = str(money), word.end()
        yield m.start(), end, {"value": _whole(value), "unit": unit, "scale": ""}
    for m in _TR_SHARE_RE.finditer(text):  # "nüfusun 3'te 1'i": a third
        if 0 < int(m["n"]) < int(m["d"]):
            yield m.start(), m.end(), {"value": round(int(m["n"]) / int(m["d"]), 4), "unit": "", "scale": ""}
    for m in _PER_MILLE_RE.finditer(text):  # "binde 5": per mille, 0.5 %; "on binde 3" per ten thousand, 0.03 %
        per = {None: 10, "on": 100, "yüz": 1000}[m["ten"] and turkish_words.lower(m["ten"])]
        yield m.start(), m.end(), {"value": round(float(m["n"].replace(",", ".")) / per, 6), "unit": "%", "scale": ""}


_HALF_OF = {"year": ("y", 1), "month": ("mo", 1), "week": ("wk", 1), "day": ("d", 1), "hour": ("h", 1),
            "minute": ("min", 1), "second": ("s", 1), "decade": ("y", 10), "century": ("y", 100), "centurie": ("y", 100),
            "time": ("times", 1)}
_HALF_SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12, "dozen": 12}
_HALF_UNIT = r"(?P<u>year|month|week|day|hour|minute|second|decade|centur(?:y|ie)|time)s?"
_EN_HALF_ANCHOR = re.compile(r"and\s+a\s+half\b", re.IGNORECASE)
_AND_A_HALF_RE = re.compile(
    r"(?<![\w.,-])(?i:(?P<n>\d{1,3}|" + "|".join(sorted(WORD_VALUES, key=len, reverse=True)) + r")\s+and\s+a\s+half\s+(?:"
    + _HALF_UNIT + r"|(?P<scale>hundred|thousand|million|billion|trillion|dozen)))(?![\w-])"
    r"|(?<![\w-])(?i:(?:an?|one)\s+" + _HALF_UNIT.replace("?P<u>", "?P<u1>") + r"\s+and\s+a\s+half)(?![\w-])")


# "over" before a unit of time is a bound ("lasted just over a year", "well over a month", "over an
# hour later") except where it names the period of a change: after a figure ("rose 3% over 5 years",
# "£1.2tn over 10 years", "$1.2 trillion over ten years", "cut by 30 per cent over five years"), after an amount without a number
# ("costs a lot over a decade", "spend more over a year"), or opening a clause that a comma closes
# ("Over a year, prices doubled"; "Over an hour later, police arrived" is a bound). A year is no figure
# ("convicted in 2021 over a decade after the murder").
_FIGURE_BEFORE_OVER = re.compile(
    r"(?:(?<!(?<!\d)[12]\d\d)\d%?|%|\bper[ \u00a0]?cent|\bpercent|\bpoints?|\d(?:bn|m|tn)|(?<![\w'’])(?:a[ \u00a0]+lot|much|more|less)"
    # (or a scale word or money in words: "$1.2 trillion over ten years", "5 billion dollars over five years"; twenty-fourth round)
    r"|\d[ \u00a0]+(?:(?:thousand|million|billion|trillion)[ \u00a0]+)?(?:thousand|million|billion|trillion|dollars|euros|pounds|roubles|rubles))"
    r"[ \u00a0]+over[ \u00a0]+$", re.IGNORECASE)
_OVER_OPENS = re.compile(r"(?:^|[.!?;:\n][ \u00a0\"'“]*)over[ \u00a0]+$", re.IGNORECASE)
_TIME_THEN_COMMA = re.compile(r"an?[ \u00a0]+[\w-]+,")
# "over" after a form of "be" and before a time that ends in "later" or "after" is "finished": "The war was not over 20
# years later", "The strike was over two weeks after it began" (not "He was over 80 years old", "It was over a week after
# the vote that …": a bound after the word "it", not after "summit"; "was over 90 minutes later than planned": late by more).
# (a length of time as the subject is measured, not finished: "The delay was over 6 weeks after the filing" is > 6 weeks)
_DURATION_SUBJECT = "".join(rf"(?<!{w}[ \u00a0])" for w in ("wait", "waits", "delay", "delays", "gap", "gaps", "lag", "interval"))
_OVER_ENDED = re.compile(r"(?<![\w-])(?<!(?<![\w])[Ii]t[ \u00a0])" + _DURATION_SUBJECT + r"(?:is|was|were|are|be|been|being)(?:n['’]t)?(?:[ \u00a0]+(?:not|never|still|already|finally|all"
                         r"|long))?[ \u00a0]+over[ \u00a0]+$", re.IGNORECASE)
_LATER_AFTER = re.compile(r"[\w.,-]+(?:[ \u00a0]+[\w-]+)?[ \u00a0]+(?:later(?![ \u00a0]+than\b)|after|afterwards)\b", re.IGNORECASE)


def over_is_during(text: str, start: int) -> bool:
    """"over" before a unit of time at ``start`` ("3% over 5 years", "Over a year, prices
    doubled") names the period, or after "was" it means finished ("was not over 20 years later"): not a bound."""
    if _FIGURE_BEFORE_OVER.search(text, max(0, start - 40), start) or _OVER_ENDED.search(text, max(0, start - 24), start) and (
            _LATER_AFTER.match(text, start)):
        return True  # (or "The war was not over 20 years later": finished, no bound)
    return bool(_OVER_OPENS.search(text, max(0, start - 8), start)) and _TIME_THEN_COMMA.match(text, start) is not None


def _whole(value: float) -> int | float:
    return int(value) if value == int(value) else value


# Russian: "три с половиной часа" → 3.5 h, "два с половиной миллиона рублей" → 2 500 000 RUB.
_RU_HALF_NUMBERS = {"один": 1, "одна": 1, "одного": 1, "одной": 1, "два": 2, "две": 2, "двух": 2, "три": 3, "трёх": 3, "трех": 3,
                    "четыре": 4, "четырёх": 4, "четырех": 4, "пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "семь": 7, "семи": 7,
                    "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9, "десять": 10, "десяти": 10}
_RU_HALF_UNITS = [(r"год[ау]?|лет", ("y", 1)), (r"месяц(?:а|ев)?", ("mo", 1)), (r"недел[иьюя]", ("wk", 1)),
                  (r"суток|сутки|дн(?:я|ей)|день", ("d", 1)), (r"час(?:а|ов)?", ("h", 1)), (r"минут[ыу]?", ("min", 1)),
                  (r"раза?", ("times", 1))]
_RU_HALF_SCALES = [(r"тысяч[иау]?", 1000), (r"миллион(?:а|ов)?", 10**6), (r"миллиард(?:а|ов)?", 10**9)]
_RU_HALF_ANCHOR = re.compile(r"половиной", re.IGNORECASE)
_RU_HALF_RE = re.compile(
    r"(?<![\w-])(?P<n>\d{1,3}|(?i:" + "|".join(sorted(_RU_HALF_NUMBERS, key=len, reverse=True)) + r"))[ \u00a0]+(?i:с)[ \u00a0]+"
    r"(?i:половиной)[ \u00a0]+(?P<w>[а-яё]+)(?![\w-])", re.IGNORECASE)


def _ru_halves(text: str, unit_of: Callable[[str], str | None]) -> Iterable[Found]:
    for m in _near(text, _RU_HALF_ANCHOR, _RU_HALF_RE):
        raw, word = m["n"].lower(), m["w"].lower()
        whole = int(raw) if raw.isdigit() else _RU_HALF_NUMBERS[raw]
        unit = next((u for pattern, u in _RU_HALF_UNITS if re.fullmatch(pattern, word)), None)
        if unit is not None:
            yield m.start(), m.end(), {"value": _whole((whole + 0.5) * unit[1]), "unit": unit[0], "scale": ""}
            continue
        scale = next((power for pattern, power in _RU_HALF_SCALES if re.fullmatch(pattern, word)), None)
        if scale is None:
            continue
        attrs: dict[str, int | float | str] = {"value": int((whole + 0.5) * scale), "unit": "", "scale": word}
        after = _WORD_AFTER.match(text, m.end())
        symbol = "people" if after is not None and after["w"].lower() == "человек" else unit_of(after["w"]) if after else None
        yield m.start(), after.end() if after is not None and symbol else m.end(), {**attrs, "unit": symbol or ""}


def find_halves(text: str, unit_of: Callable[[str], str | None]) -> Iterable[Found]:
    """"three and a half years" → 3.5 y, "an hour and a half" → 1.5 h, "two and a half million
    people" → 2 500 000 people, "три с половиной часа" → 3.5 h; ``unit_of`` gives a unit word's
    symbol ("dollars" → USD)."""
    yield from _ru_halves(text, unit_of)
    for m in _near(text, _EN_HALF_ANCHOR, _AND_A_HALF_RE):
        raw = (m["n"] or "one").lower()  # ("an hour and a half": one and a half hours)
        whole = int(raw) if raw.isdigit() else WORD_VALUES[raw]
        unit_word = (m["u"] or m["u1"] or "").lower()
        if unit_word:
            unit, times = _HALF_OF[unit_word]
            if not (m["u1"] and unit_word == "time"):  # (not "a time and a half")
                yield m.start(), m.end(), {"value": _whole((whole + 0.5) * times), "unit": unit, "scale": ""}
            continue
        value = int((whole + 0.5) * _HALF_SCALES[m["scale"].lower()])
        attrs: dict[str, int | float | str] = {"value": value, "unit": "", "scale": m["scale"].lower()}
        word = _WORD_AFTER.match(text, m.end())
        symbol = unit_of(word["w"]) if word is not None else None
        pounds = word is not None and word["w"].lower() in ("pound", "pounds") and not _OF_AFTER.match(text, word.end())
        if word is not None and pounds:  # "two and a half million pounds": money after a scale ("… pounds of beef" is a weight)
            symbol = scaled_pounds(text, m.start(), word.end())  # (lb after "weighs", none in Egypt: lookups.py)
        noun = noun_after(text, m.end())
        end = m.end()
        if word is not None and (symbol or pounds):  # "two and a half million dollars"
            end, attrs["unit"] = word.end(), symbol or ""
        elif noun is not None:  # "two and a half million people"
            end, attrs["unit"] = noun[0], count_unit(noun[1], 1)["unit"]
        yield m.start(), end, attrs


_OF_AFTER = re.compile(r"[ \u00a0]+of\b", re.IGNORECASE)


_EN_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
             "eleven": 11, "twelve": 12, "twenty": 20, "fifty": 50, "hundred": 100}
_EN_NUM = r"\d{1,3}(?:,\d{3})+|\d{1,6}|" + "|".join(sorted(_EN_WORDS, key=len, reverse=True))
_THINGS = r"(?P<mods>(?:[A-Za-z][\w'’-]*\s+){0,2}?)(?P<noun>" + _PLURAL_NOUN + r")(?![\w'’-])"
# "three or more children" (≥ 3), "10 or fewer people" (≤ 10); "one or more" says no amount.
_OR_MORE_RE = re.compile(rf"(?<![\w.,/-])(?i:(?P<n>{_EN_NUM})\s+or\s+(?P<cmp>more|fewer|less))\s+{_THINGS}")
# Partitives: "three of the five key bridges", "12 of its 40 members" → 3 bridges, 12 members (not "two of
# the towns": towns already named).
_PARTITIVE_RE = re.compile(
    rf"(?<![\w.,/-])(?i:(?P<n>{_EN_NUM})\s+of\s+(?:the|its|their|his|her|our|these|those)\s+(?:{_EN_NUM})\s+)"
    + _THINGS)


# A part of what was counted before: "645 beds, 36 of which are for intensive care", "two of them died".
_OF_THEM_ANCHOR = re.compile(r"of\s+(?:which|whom|them|us)\b", re.IGNORECASE)
_OF_THEM_RE = re.compile(rf"(?<![\w.,/-])(?i:(?P<n>{_EN_NUM})\s+of\s+(?:which|whom|them|us))(?![\w'’-])")
# A fraction in digits of a group is a share: "3/4 of them", "2/3 of the members" → 0.75, 0.6667 (its denominator is no
# count of 4 or 3 "of them"; not "24/7", "9/11", "1/2/2024", "3/4 of May").
_SLASH_SHARE_RE = re.compile(r"(?<![\w.,/-])(?P<n>[1-9])/(?P<d>[2-9]|10)(?=\s+of\s+(?!(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))")


_OF_A = re.compile(r"\s+of\s+an?\s+(?=[^\W\d_])", re.IGNORECASE)


def _unit_of_a(text: str, end: int) -> tuple[int, float, str] | None:
    """The unit after a fraction ending at ``end`` that follows with "of a"/"of an" ("3/4 of a percent", "1/2 of an
    hour"), as any unit the figures parser reads after a number: its end in ``text``, the value of one of it, the unit."""
    of_a = _OF_A.match(text, end)
    if of_a is None:
        return None
    from desktop.meaning.figures import find_figures  # (here: figures.py reads this module)

    line_end = text.find("\n", of_a.end())
    words = text[of_a.end() : min(of_a.end() + 32, len(text) if line_end < 0 else line_end)]
    one = next(((b, f) for a, b, f in find_figures("1 " + words) if a == 0), None)
    if one is None or not one[1].get("unit") or one[1].get("scale") or one[0] <= 2:
        return None
    return of_a.end() + one[0] - 2, float(one[1]["value"]), str(one[1]["unit"])


def _en_value(word: str) -> int:
    low = word.lower()
    return _EN_WORDS[low] if low in _EN_WORDS else int(low.replace(",", ""))


def _parts(text: str) -> Iterable[Found]:
    for m in _OR_MORE_RE.finditer(text):
        if not any(_ends_mods(w) for w in m["mods"].split()):
            yield m.start(), m.end(), {"value": _en_value(m["n"]), "unit": m["noun"].lower(), "scale": "",
                                       "qualifier": "≥" if m["cmp"].lower() == "more" else "≤"}
    for m in _PARTITIVE_RE.finditer(text):
        value = _en_value(m["n"])
        if 1500 <= value <= 2099 or _previous_word(text, m.start()) in ("the", "these", "those", "all", "both") or any(
                _ends_mods(w) for w in m["mods"].split()):
            continue  # "the two of us"; "2015 of the …": a year
        yield m.start(), m.end(), {"value": value, "unit": m["noun"].lower(), "scale": ""}
    for m in _SLASH_SHARE_RE.finditer(text):
        if int(m["n"]) < int(m["d"]):
            share = int(m["n"]) / int(m["d"])
            unit = _unit_of_a(text, m.end())
            if unit is not None:  # "3/4 of a percent" → 0.75 %, "3/4 of a mile" → 0.75 mi
                yield m.start(), unit[0], {"value": round(share * unit[1], 4), "unit": unit[2], "scale": ""}
            else:
                yield m.start(), m.end(), {"value": round(share, 4), "unit": "", "scale": m.group()}
    for m in _near(text, _OF_THEM_ANCHOR, _OF_THEM_RE):
        value = _en_value(m["n"])
        if not 1500 <= value <= 2099 and _previous_word(text, m.start()) not in ("the", "these", "those", "all", "both"):
            yield m.start(), m.end(), {"value": value, "unit": "", "scale": ""}  # ("the two of us": who, not how many)


def _ends_mods(word: str) -> bool:
    return word.lower() in ("of", "and", "or", "the", "a", "an", "to", "in", "on", "at", "by", "for", "with", "from")


# "a fourfold increase", "a 10-fold rise" (times); "a quarter-point cut", "a half-point rise" (a central bank's
# percentage points).
_FOLD_RE = re.compile(r"(?<![\w.,-])(?P<n>\d{1,4}|(?i:two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred|thousand))"
                      r"-?(?i:fold)(?![\w-])")
_POINT_RE = re.compile(r"(?<![\w-])(?P<n>(?i:quarter|half))(?P<sep>[- \u00a0])(?:(?i:percentage)(?P=sep))?(?i:point)(?![\w-])")
# Words of interest rates: a quarter-point is then a percentage point ("a half-point lead" in chess is a point).
# (and unemployment or a percentage near: "Unemployment fell half a point to 4.1%"; twenty-fourth round)
_RATES_NEAR = re.compile(r"%|(?<![\w-])(?i:rates?|interest|inflation|(?<!West )bank|fed|yields?|borrowing|mortgages?|monetary|basis"
                         r"|unemployment|jobless|percent|per\s+cent)(?![\w-])")


def rates_near(text: str, start: int, end: int) -> bool:
    """Words of interest rates or percentages within 80 characters of ``text[start:end]``: a point there is a percentage
    point ("a quarter-point cut", "cut its rate by half a point")."""
    return _RATES_NEAR.search(text, max(0, start - 80), end + 80) is not None
_IN_PARTS_AFTER = re.compile(r"\s*(?:[.:;,]|$|in\s+(?:nature|scope|purpose|character|origin)\b)", re.IGNORECASE)
_COPULA_BEFORE = re.compile(r"(?<![\w-])(?i:is|are|was|were|be)\s+$")
_FOLD_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
               "twenty": 20, "fifty": 50, "hundred": 100, "thousand": 1000}


def _folds_and_points(text: str) -> Iterable[Found]:
    for m in _FOLD_RE.finditer(text):
        n = m["n"].lower()
        if _COPULA_BEFORE.search(text, max(0, m.start() - 8), m.start()) and _IN_PARTS_AFTER.match(text, m.end()):
            continue  # "The problem is twofold:", "… is twofold in nature": in two parts, no figure
        if m.group()[0].isupper() and not _at_sentence_start(text, m.start()):
            continue  # a name: "Avenged Sevenfold"
        yield m.start(), m.end(), {"value": int(n) if n.isdigit() else _FOLD_WORDS[n], "unit": "times", "scale": ""}
    for m in _POINT_RE.finditer(text):
        rates = rates_near(text, m.start(), m.end()) or "percentage" in m.group().lower()
        if m["sep"] != "-" and not rates:
            continue  # "a quarter point" written apart is a rate's step only where rates are near (twenty-fifth round)
        yield m.start(), m.end(), {"value": 0.25 if m["n"].lower() == "quarter" else 0.5, "unit": "pp" if rates else "points",
                                   "scale": ""}


def find_amounts(
    text: str, free: Callable[[int, int], bool], counted: set[str], unit_of: Callable[[str], str | None]
) -> list[Found]:
    """The figures above whose span ``free`` allows; ``counted`` holds the plural nouns the
    text's other counts use as units ("strikes"), for "one strike"; ``unit_of`` gives the symbol
    of a unit word ("miles" → mi) or None."""
    out: list[Found] = []
    taken: list[tuple[int, int]] = []  # the spans of ``out``, disjoint, in text order
    for found in (_ratios(text), _parts(text), _vague(text), _vague_other(text), _single_units(text),
                  _one_things(text, counted), _named_ages(text), _bounded(text, unit_of), _heights(text), _halves_tr(text),
                  _folds_and_points(text), _kitchen_fractions(text)):
        for start, end, attrs in found:
            i = bisect_left(taken, (end, end))  # the spans starting before ``end``: only the last may overlap
            if free(start, end) and not (i > 0 and taken[i - 1][1] > start):
                out.append((start, end, attrs))
                insort(taken, (start, end))
    return out
