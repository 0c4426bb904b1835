"""Vague amounts in English, Russian and Turkish (moved out of :mod:`desktop.meaning.amounts`).

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

Read by :func:`desktop.meaning.amounts.find_amounts`; no I/O, never raises on a ``str``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time
    from typing import TypeVar

    _V = TypeVar("_V")

from desktop.meaning.counts import opens_sentence
from desktop.meaning.date_base import FoldedKeys
from desktop.meaning.lookups import lookup_scale, unit_symbol
from desktop.meaning.numbers_ru import ru_pounds

__all__ = ["AGO", "PLURAL_NOUN", "TIME_UNITS", "find_vague", "next_word", "previous_word"]

Found = tuple[int, int, dict[str, int | float | str]]

_SCALE_WORDS = {"tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000, "millions": 10**6,
                "billions": 10**9}
_SINGLE_SCALES = {"dozen": 12, "hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}
# How many a vague word means: (low, high) times what follows.
_VAGUE = {"a few": (2, 5), "several": (3, 9), "a couple of": (2, 2), "a couple": (2, 2)}
TIME_UNITS = {"year": ("y", 1), "decade": ("y", 10), "century": ("y", 100), "month": ("mo", 1),
               "week": ("wk", 1), "day": ("d", 1), "hour": ("h", 1), "minute": ("min", 1),
               "second": ("s", 1), "fortnight": ("wk", 2)}  # ("for a fortnight": two weeks; twenty-eighth round)
_TIME_PLURALS = {("centuries" if w == "century" else w + "s"): v for w, v in TIME_UNITS.items()}
_MONEY = {"dollars": "USD", "euros": "EUR", "pounds": "GBP", "rubles": "RUB", "roubles": "RUB"}
PLURAL_NOUN = r"[a-z]{3,}s|[a-z]+(?:-[a-z]+)+s|people|children|(?:wo)?men"

_VAGUE_RE = re.compile(
    r"(?<![\w-])(?i:(?P<vague>a\s+few|several|a\s+couple(?:\s+of)?)\s+"
    r"(?P<what>dozen|hundred|thousand|million|billion|" + "|".join(_TIME_PLURALS) + r")"
    r"(?:\s+(?P<what2>thousand|million|billion))?)(?![\w-])"  # ("a few hundred million dollars")
    r"|(?<![\w-])(?i:(?P<plural>tens|dozens|scores|hundreds|thousands|millions|billions))"
    r"(?:\s+of\s+(?P<scale>(?i:hundreds|thousands|millions|billions))(?![\w-])|(?=\s+of\s)"
    r"|(?P<bare>(?=\s+(?!of\b)[a-z]|\s*[,.;:!?)]|\s*$)))"
)
_OF_THING = re.compile(r"\s+of\s+(?:(?:[A-Za-z][\w'’-]*)\s+){0,2}?(?P<noun>" + PLURAL_NOUN + r")(?![\w'’-])")
_THING = re.compile(r"\s+(?:(?:[a-z][\w'’-]*)\s+){0,2}?(?P<noun>" + PLURAL_NOUN + r")(?![\w'’-])")


def previous_word(text: str, start: int) -> str:
    m = re.search(r"([\w’']+)\W*$", text[max(0, start - 24) : start])
    return m.group(1).lower() if m else ""


def next_word(text: str, end: int) -> str:
    m = re.match(r"\W*?([\w’']+)", text[end : end + 24])
    return m.group(1).lower() if m else ""


AGO = {"ago", "önce", "назад", "тому"}  # "тому назад"


def _misplaced(text: str, m: re.Match[str]) -> bool:
    """A vague amount of time before "ago" is a date ("a few years ago", "birkaç yıl önce"); a
    capitalised one inside a sentence belongs to a title ("Milyonlarca Kuştuk"), not one in a
    headline in capitals ("ÇALIŞMA BİRKAÇ YIL SÜRDÜ")."""
    if next_word(text, m.end()) in AGO:
        return True
    return text[m.start()].isupper() and not m.group(0).isupper() and not opens_sentence(text, m.start(), datelines=True)


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
                    plural == "scores" or previous_word(text, m.start()) in ("the", "their", "its")):
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
            if thing["time"] and next_word(text, end) in AGO:
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


def find_vague(text: str) -> Iterable[Found]:
    """The English vague amounts, then the Russian and Turkish ones."""
    yield from _vague(text)
    yield from _vague_other(text)
