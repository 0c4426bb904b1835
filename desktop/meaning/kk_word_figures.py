"""Kazakh number words before a unit, and Kazakh units of time after a number (twenty-ninth round).

* Number words: "бес мың адам" → 5000 people, "жиырма пайыз" → 20 %, "он бес шақырым" → 15 km, "екі жүз теңге" → 200 KZT,
  "үш миллион доллар" → 3 000 000 USD, "он бес жыл" → 15 y, "үш рет" → 3 times (digits before these units are read by the
  main pattern: "5 мың адам", "20 пайыз", "3 километр").  "бір" alone is "a", "one" ("бір адам"): no figure, as English
  "one" is not; "бір миллион" is a million.
* Units of time after digits, which the Russian count rules read as a noun or left ("5 жыл" gave the unit "жыл",
  "5 сағат", "10 күн", "2 ай" nothing): "5 жыл" → 5 y, "5 сағат" → 5 h, "10 күн" → 10 d, "3 рет" → 3 times; one to
  three digits only ("2020 жылы" is a year, the date's); a range's low end before them: "5 – 6 күн" → 5–6 d.

The span ends at the unit's stem, as "5 мың адамға" → "5 мың адам".  Not before "бұрын" (ago: "бес жыл бұрын" is a date),
nor "жылы", "жылғы" (in the year), nor "15 күні" (the 15th day of a month), nor a short unit's other words ("айтты", said; "күнде", daily, is read).  Only in
Kazakh: a Kazakh letter (ә ғ қ ң ө ұ ү һ і) within the 100 characters around ("он" is "he" in Russian).  One compiled
alternation of the units' words finds the phrase, the number before it is read backwards.  No I/O; never raises on a ``str``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

__all__ = ["KK_ONES", "KK_TENS", "find_kk_word_figures"]

KK_ONES = {"бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8, "тоғыз": 9}
KK_TENS = {"он": 10, "жиырма": 20, "отыз": 30, "қырық": 40, "елу": 50, "алпыс": 60, "жетпіс": 70, "сексен": 80, "тоқсан": 90}
_SCALES = {"жүз": 100, "мың": 1000, "миллион": 10**6, "млн": 10**6, "миллиард": 10**9, "млрд": 10**9}
_WORDS = {**KK_ONES, **KK_TENS, **_SCALES}
_TIME = {"жыл": "y", "ай": "mo", "апта": "wk", "күн": "d", "сағат": "h", "минут": "min", "секунд": "s", "рет": "times"}
_UNITS = {**_TIME, "адам": "people", "пайыз": "%", "теңге": "KZT", "доллар": "USD", "еуро": "EUR", "километр": "km",
          "шақырым": "km", "метр": "m", "тонна": "t", "гектар": "ha"}
# A case, a plural or a possessive after the unit (the span ends before it): "адамға", "жылдан", "күнге", "пайызы".
_ENDING = (r"(?:ға|ге|қа|ке|да|де|та|те|дан|ден|тан|тен|нан|нен|ы|і|ын|ін|ның|нің|дың|дің|тың|тің|мен|бен|пен|ды|ді|ты|ті"
           r"|дай|дей|лық|лік|дық|дік|тық|тік|дар|дер|тар|тер|лар|лер)?")
# The trigger: a unit's word in lower case (a literal alternation, which the regex engine looks for by its first letters:
# English text has none); the number words before it are read word by word, backwards.
_UNIT = re.compile("(?P<unit>" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")(?P<end>" + _ENDING + r")(?![\w-])")
_KAZAKH = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
# A range's low end in digits before the digits: "5 – 6 күн" → 5–6 d
_LOW_BEFORE = re.compile(r"(?<![\w.,-])(?P<low>\d{1,3})[ \u00a0]*[–-][ \u00a0]*$")
# A word before the number words that makes them a part of a larger number: digits or a comma ("2 , 5 мың тонна"), a
# decimal's "бүтін" and its denominator ("бес бүтін оннан үш пайыз": 5.3 %), "жарты" (half: "жарты миллион"), or a
# range's first end joined by a hyphen ("он-он бес мың теңге")
_PART_BEFORE = re.compile(r"(?:[\d,]|(?<![\w-])(?i:бүтін|оннан|жүзден|мыңнан|жарты)|-(?i:" + "|".join(_WORDS) + r"))[ \u00a0]+$")
_AGO = re.compile(r"[ \u00a0]+(?i:бұрын)(?![\w-])")


def _value(words: list[str]) -> int | None:
    """The number the Kazakh words say ("он бес" 15, "екі жүз елу" 250, "бес мың" 5000), or None where they do not
    make one number ("бес алты")."""
    total = group = 0
    last = 10**12
    for word in words:
        if word in _SCALES:
            scale = _SCALES[word]
            if scale == 100:
                if group >= 10 or last == 100:
                    return None
                group, last = (group or 1) * 100, 100
            else:
                if total and scale >= last:
                    return None
                total, group, last = total + (group or 1) * scale, 0, scale
        else:
            value = _WORDS[word]
            if group % 100 and (value >= 10 or group % 10):
                return None  # "бес алты", "он жиырма"
            group += value
    return total + group


def _number_before(text: str, at: int) -> tuple[int, list[str], bool] | None:
    """The number words (or one to three digits) that end right before the space at ``at - 1``: where they begin, the
    words in lower case, and whether they are digits; None if there are none."""
    words: list[str] = []
    k = at
    for _ in range(8):
        e = k
        while e > 0 and text[e - 1] in " \u00a0":
            e -= 1
        if e == k:
            break
        b = e
        while b > 0 and not text[b - 1].isspace():
            b -= 1
        word = text[b:e].lower()
        if word in _WORDS:
            words.insert(0, word)
            k = b
            continue
        if not words and word.isdigit() and len(word) <= 3:
            return b, [word], True
        break
    return (k, words, False) if words else None


def find_kk_word_figures(text: str) -> Iterator[tuple[int, int, dict[str, Any]]]:
    """The Kazakh figures above, as ``(start, end, attrs)``."""
    for m in _UNIT.finditer(text):
        at = m.start()
        if not at or text[at - 1] not in " \u00a0":
            continue
        number = _number_before(text, at)
        if number is None:
            continue
        start, words, digits = number
        unit_word, ending = m["unit"], m["end"]
        if unit_word == "ай" and ending == "лық" or _PART_BEFORE.search(text, max(0, start - 12), start):
            continue  # "айлық есептік көрсеткіш" (the monthly index, a unit of money), and the above
        if not digits and _SCALES.get(words[0], 0) >= 1000:
            continue  # "мың тонна" alone: a thousand, or the end of a number in digits the pattern did not join
        if digits and (unit_word not in _TIME or unit_word in ("минут", "секунд") and ending == "ы"):
            continue  # (digits before other units: the main pattern's; Russian "3 минуты", "2 секунды" too)
        value = int(words[0]) if digits else _value(words)
        if value is None or value < (1 if digits else 2) or unit_word in ("жыл", "күн") and ending in ("ы", "і") or _AGO.match(text, m.end()):
            continue  # "2020 жылы" (in the year), "айдың 15 күні" (the month's 15th day): a date's, no length
        if _KAZAKH.search(text, max(0, start - 100), m.end() + 100) is None:
            continue
        low = _LOW_BEFORE.search(text, max(0, start - 8), start) if digits else None
        if low is not None and int(low["low"]) < value:
            yield low.start(), m.end("unit"), {"value": int(low["low"]), "upper": value, "unit": _UNITS[unit_word], "scale": ""}
            continue
        yield start, m.end("unit"), {"value": value, "unit": _UNITS[unit_word], "scale": ""}
