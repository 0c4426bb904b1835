"""Halves and shares of a whole (moved out of :mod:`desktop.meaning.amounts`).

* English halves: "three and a half years" → 3.5 y, "a decade and a half" → 15 y, "an hour and a
  half" → 1.5 h, "two and a half million people" → 2 500 000 people (:func:`find_halves`, read before
  the fractions, so "a half" alone is not taken from them).
* Turkish halves and per mille: "bir buçuk yıl" → 1.5 y, "iki buçuk saat" → 2.5 h, "yarım saat" →
  0.5 h, "yarım asır" → 50 y (not "yarım ay", the crescent); "3'te 1'i" → 0.3333; "binde 5" (five in a thousand) → 0.5 %.

Read by :func:`desktop.meaning.amounts.find_amounts` (the Turkish ones, :func:`halves_tr`) and
:mod:`desktop.meaning.figure_extras` (:func:`find_halves`); no I/O, never raises on a ``str``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from desktop.meaning import turkish_words
from desktop.meaning.counts import count_unit, noun_after
from desktop.meaning.date_base import FoldedKeys
from desktop.meaning.lookups import CURRENCY_CODES, scaled_pounds, unit_symbol
from desktop.meaning.units import TR_WORDS, WORD_VALUES

__all__ = ["HALF_SCALES", "PER_MILLE_RE", "TR_NUMBER", "WORD_AFTER", "find_halves", "halves_tr", "near"]

Found = tuple[int, int, dict[str, int | float | str]]

WORD_AFTER = re.compile(r"[ \u00a0]+(?P<w>[^\W\d_]+)(?![\w-])")


def near(text: str, anchor: re.Pattern[str], rx: re.Pattern[str], before: int = 48, after: int = 64) -> Iterable[re.Match[str]]:
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
TR_NUMBER = FoldedKeys(TR_WORDS)
_TR_HALF_ANCHOR = re.compile(r"buçuk|yarım|çeyrek", re.IGNORECASE)
# "iki buçuk yıl", "yarım saat", "yarım milyon kişi", "çeyrek asır" (25 y; not "çeyrek final")
_TR_HALF_RE = re.compile(
    r"(?<![\w-])(?:(?P<n>\d{1,3}|" + "|".join(sorted(TR_WORDS, key=len, reverse=True)) + r")[ \u00a0]+buçuk|(?P<half>yarım)"
    r"|(?P<quarter>çeyrek))[ \u00a0]+(?P<u>yüzyıl|yıl|sene|ay|hafta|gün|saat|dakika|saniye|asır|milyon|milyar)"
    r"(?:l[ıiuü]k|l[ıiuü]ğ[ıiuü]n?|[ıiuü]|y[ıiuü]|s[ıiuü]|d[ıiuü]r|[dt][ae]n?|[ny]?[ae]|l[ae]r)?(?![\w-])",
    re.IGNORECASE)
_TR_SHARE_RE = re.compile(r"(?<![\w.,])(?P<d>\d{1,3})['’][dt][ae][ \u00a0]+(?P<n>\d{1,3})"
                          r"['’](?:s?[ıiuü](?:n[ıiuü]|n[ae]|nd[ae])?)(?![\w.,])")  # (the share's suffix: "1'i")
PER_MILLE_RE = re.compile(r"(?<![\w-])(?:(?P<ten>(?i:on|yüz))[ \u00a0]+)?(?i:binde)[ \u00a0]+(?P<n>\d{1,3}(?:,\d{1,2})?)(?![\d.,]\d|\d)")


_TR_ORDINAL_BEFORE = re.compile(r"(?<![\w-])(?i:ilk|ikinci|üçüncü|dördüncü|son)[ \u00a0]+$")  # "İlk çeyrek yıl": Q1
_TR_PEOPLE_AFTER = re.compile(r"[ \u00a0]+kişi(?:yi|ye|nin|den|de|lik)?(?![\w-])", re.IGNORECASE)


def halves_tr(text: str) -> Iterable[Found]:
    for m in near(text, _TR_HALF_ANCHOR, _TR_HALF_RE):
        if m["half"] and m["u"].lower() == "ay":
            continue  # "yarım ay" is the crescent ("bir yarım ay biçimi"); half a month is "15 gün"
        unit, times = _TR_HALF_UNITS[m["u"].lower()]
        if m["quarter"] and (not unit or m["u"].lower() in ("ay", "gün") or m["u"].lower() in ("yıl", "sene") and _TR_ORDINAL_BEFORE.search(
                text, max(0, m.start() - 12), m.start())):
            continue  # "çeyrek" counts a century, a year or an hour; "çeyrek milyon" is not written
        whole = 0 if m["half"] or m["quarter"] else int(m["n"]) if m["n"].isdigit() else TR_NUMBER[m["n"].lower()]
        value = (whole + (0.25 if m["quarter"] else 0.5)) * times
        end = m.end()
        people = _TR_PEOPLE_AFTER.match(text, end) if not unit else None
        word = WORD_AFTER.match(text, end) if not unit else None
        if people is not None:  # "yarım milyon kişi"
            unit, end = "people", people.end()
        elif word is not None and (money := unit_symbol(word["w"].lower())) in CURRENCY_CODES:  # "yarım milyar dolar"
            unit, end = str(money), word.end()
        yield m.start(), end, {"value": _whole(value), "unit": unit, "scale": ""}
    for m in _TR_SHARE_RE.finditer(text):  # "nüfusun 3'te 1'i": a third
        if 0 < int(m["n"]) < int(m["d"]):
            yield m.start(), m.end(), {"value": round(int(m["n"]) / int(m["d"]), 4), "unit": "", "scale": ""}
    for m in PER_MILLE_RE.finditer(text):  # "binde 5": per mille, 0.5 %; "on binde 3" per ten thousand, 0.03 %
        per = {None: 10, "on": 100, "yüz": 1000}[m["ten"] and turkish_words.lower(m["ten"])]
        yield m.start(), m.end(), {"value": round(float(m["n"].replace(",", ".")) / per, 6), "unit": "%", "scale": ""}


_HALF_OF = {"year": ("y", 1), "month": ("mo", 1), "week": ("wk", 1), "day": ("d", 1), "hour": ("h", 1),
            "minute": ("min", 1), "second": ("s", 1), "decade": ("y", 10), "century": ("y", 100), "centurie": ("y", 100),
            "time": ("times", 1)}
HALF_SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12, "dozen": 12}
_HALF_UNIT = r"(?P<u>year|month|week|day|hour|minute|second|decade|centur(?:y|ie)|time)s?"
_EN_HALF_ANCHOR = re.compile(r"and\s+a\s+half\b", re.IGNORECASE)
_AND_A_HALF_RE = re.compile(
    r"(?<![\w.,-])(?i:(?P<n>\d{1,3}|" + "|".join(sorted(WORD_VALUES, key=len, reverse=True)) + r")\s+and\s+a\s+half\s+(?:"
    + _HALF_UNIT + r"|(?P<scale>hundred|thousand|million|billion|trillion|dozen)))(?![\w-])"
    r"|(?<![\w-])(?i:(?:an?|one)\s+" + _HALF_UNIT.replace("?P<u>", "?P<u1>") + r"\s+and\s+a\s+half)(?![\w-])")
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
    for m in near(text, _RU_HALF_ANCHOR, _RU_HALF_RE):
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
        after = WORD_AFTER.match(text, m.end())
        symbol = "people" if after is not None and after["w"].lower() == "человек" else unit_of(after["w"]) if after else None
        yield m.start(), after.end() if after is not None and symbol else m.end(), {**attrs, "unit": symbol or ""}


def find_halves(text: str, unit_of: Callable[[str], str | None]) -> Iterable[Found]:
    """"three and a half years" → 3.5 y, "an hour and a half" → 1.5 h, "two and a half million
    people" → 2 500 000 people, "три с половиной часа" → 3.5 h; ``unit_of`` gives a unit word's
    symbol ("dollars" → USD)."""
    yield from _ru_halves(text, unit_of)
    for m in near(text, _EN_HALF_ANCHOR, _AND_A_HALF_RE):
        raw = (m["n"] or "one").lower()  # ("an hour and a half": one and a half hours)
        whole = int(raw) if raw.isdigit() else WORD_VALUES[raw]
        unit_word = (m["u"] or m["u1"] or "").lower()
        if unit_word:
            unit, times = _HALF_OF[unit_word]
            if not (m["u1"] and unit_word == "time"):  # (not "a time and a half")
                yield m.start(), m.end(), {"value": _whole((whole + 0.5) * times), "unit": unit, "scale": ""}
            continue
        value = int((whole + 0.5) * HALF_SCALES[m["scale"].lower()])
        attrs: dict[str, int | float | str] = {"value": value, "unit": "", "scale": m["scale"].lower()}
        word = WORD_AFTER.match(text, m.end())
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
