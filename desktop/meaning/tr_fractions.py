"""Turkish fractions, "N-de M-i" (M of N parts), with a case ending or not: "üçte birini" → 1/3, "dörtte birinden
fazlası" → > 1/4, "beşte ikisi" → 2/5, "Nüfusun onda biri" → 1/10 (units.FRACTIONS holds four forms without an ending).
"onda" is also "in him, on it" ("Onda biri var": he has someone): read only after a genitive ("nüfusun onda biri");
"ikide bir" is "every so often", no half.  After a word of the clock the locative is the hour: "Saat üçte birini aradı"
(at three he called one of them), "Sabah beşte ikisi uyandı", "Saat tam dörtte biri geldi" (:func:`at_a_clock`, which
figure_extras.py asks for the four forms of units.FRACTIONS too).  The span ends after the possessive ("üçte biri|ni").
Twenty-seventh round.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from desktop.meaning import turkish_words

__all__ = ["at_a_clock", "find_tr_fractions"]

_PARTS = {"üçte": 3, "dörtte": 4, "beşte": 5, "altıda": 6, "yedide": 7, "sekizde": 8, "dokuzda": 9, "onda": 10}
_OF = {"bir": 1, "iki": 2, "üç": 3, "dörd": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8, "dokuz": 9}
_FRACTION = re.compile(
    r"(?<![\w'’-])(?P<parts>(?i:" + "|".join(_PARTS).replace("i", "[iİ]") + r"))[ \u00a0]+"
    r"(?P<of>(?i:bir(?=i)|iki(?=s)|üç(?=ü)|dörd(?=ü)|beş(?=i)|altı(?=s)|yedi(?=s)|sekiz(?=i)|dokuz(?=u))(?:s?[iıuü]))"
    r"(?=(?:n(?:[iıuü]n?|[ae]|[dt][ae]n?))?(?![\w'’-]))")
# a word of the clock right before the locative ("saat üçte", "sabah beşte", "saat tam dörtte", "öğleden sonra üçte")
_CLOCK_BEFORE = re.compile(r"(?<![\w'’-])(?i:saat|sabah|akşam|gece|öğle(?:n|yin|den[ \u00a0]+sonra)?)"
                           r"(?:[ \u00a0]+(?i:tam|sabah|akşam|gece))?[ \u00a0]+$")
_GENITIVE_BEFORE = re.compile(r"[^\W\d_]{2,}(?:n[ıiuü]n|[ıiuü]n)['’]?[ \u00a0]+$|\d['’][ıiuü]?n[ıiuü]n[ \u00a0]+$")


# the trigger: the locative's ending and a numerator (scanned for fast), then the denominator's word before it
_TRIGGER = re.compile(r"[td][ae][ \u00a0]+(?:bir|iki|üç|dörd|beş|altı|yedi|sekiz|dokuz)")
_PARTS_END = re.compile(r"(?i:" + "|".join(_PARTS).replace("i", "[iİ]") + r")$")


def at_a_clock(text: str, start: int) -> bool:
    """The locative at ``start`` ("üçte", "dörtte") follows a word of the clock: an hour, no fraction's denominator."""
    return _CLOCK_BEFORE.search(text, max(0, start - 24), start) is not None


def find_tr_fractions(text: str) -> Iterator[tuple[int, int, dict[str, Any]]]:
    """Turkish fractions "N-de M-i" in ``text``, as ``(start, end, attrs)`` (value M/N, no unit, the scale as written)."""
    for hit in _TRIGGER.finditer(text):
        parts_word = _PARTS_END.search(text, max(0, hit.start() - 6), hit.start() + 2)
        m = _FRACTION.match(text, parts_word.start()) if parts_word is not None else None
        if m is None:
            continue
        parts = _PARTS[turkish_words.lower(m["parts"])]
        of = _OF[turkish_words.lower(m["of"]).rstrip("iıuü").removesuffix("s")]
        if of >= parts:
            continue
        if at_a_clock(text, m.start()):
            continue  # "Saat üçte birini aradı": at three o'clock
        if parts == 10 and not _GENITIVE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "Onda biri var": in him, someone
        yield m.start(), m.end(), {"value": round(of / parts, 4), "unit": "", "scale": turkish_words.lower(m.group())}
