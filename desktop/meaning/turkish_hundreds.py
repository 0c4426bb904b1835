"""Turkish hundreds in number words before what they count (issue 15, eighteenth round): "üç yüz kişi" (300 people),
"İki yüz elli kişiye" (250, was the 50 of "elli kişiye" alone), "dört yüz metre", "Beş yüz yıl".  The main pattern reads one
number word before its noun and :mod:`~desktop.meaning.turkish_amounts` only phrases with "bin", "milyon" …; here the
phrase's value is put in digits and the rest of its clause read by the figure finder itself, so the noun, its case ending
and its unit are read as after digits ("300 kişiye").  Nothing here does I/O."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from desktop.meaning.measures import bound_before
from desktop.meaning.numbers import turkish_sentence
from desktop.meaning.turkish_amounts import words_value

Figure = tuple[int, int, dict[str, Any]]

_ONES = "iki|üç|dört|beş|altı|yedi|sekiz|dokuz".replace("i", "[iİ]")
_ONE = "b[iİ]r"  # (last only: "yüz bir", "iki yüz on bir"; no "bir yüz")
_TENS = "on|yirmi|otuz|kırk|elli|altmış|yetmiş|seksen|doksan".replace("i", "[iİ]")
# "üç yüz", "yüz elli", "iki yüz elli beş", "yüz on", "iki yüz on bir": at least two words, then a space (a case ending on
# the number itself, "iki yüze", is left); thousands before them are the phrase's ("bin iki yüz", "iki bin üç yüz", "yüz bin
# iki yüz": 100 200, "iki yüz elli bin üç yüz"; a ones word before another only after "yüz": "iki üç bin üç yüz", two or
# three thousand, is no 5 300); not after another scale or a number word ("milyon iki yüz", "on iki yüz")
_HUNDREDS = re.compile(rf"(?<![\w'’-])(?P<words>(?i:(?:(?:(?:(?:{_ONES})[ \u00a0]+)?yüz[ \u00a0]+)?(?:(?:{_TENS})[ \u00a0]+)?(?:(?:{_ONES})[ \u00a0]+)?bin[ \u00a0]+)?(?:(?:{_ONES})[ \u00a0]+yüz|yüz(?=[ \u00a0]+(?:{_TENS}|{_ONES}|{_ONE})(?![\w])))"
                       rf"(?:[ \u00a0]+(?:{_TENS})(?![\w]))?(?:[ \u00a0]+(?:{_ONES}|{_ONE})(?![\w]))?))(?=[ \u00a0]+[^\W\d_])")
_TO_NEXT = re.compile(r"[ \u00a0]+(?i:ila|ile|ya[ \u00a0]+da|veya)[ \u00a0]+|[ \u00a0]*[-\u2013][ \u00a0]*")
_NUMBER_BEFORE = re.compile(rf"(?<![\w])(?i:yüz|bin|milyon|milyar|trilyon|{_ONES}|{_TENS}|bir|birkaç|kaç)[ \u00a0]+$")
# Years that last or lie back after a phrase whose value looks like a year ("Bin beş yüz yıl önce", "İki bin yıldır")
# ("Bin beş yüz yıl sürdü", "bin beş yüz yıldan fazla", "Bin beş yüz yılda"): any "yıl" but a year's, which carries
# the possessive ("Bin dokuz yüz seksen dört yılı", "… yılında", "… yılının")
_YEARS_LASTING = re.compile(r"[ \u00a0]+(?i:yıl)(?![ıI])")
_YEAR_AFTER = re.compile(r"[ \u00a0]+(?i:yıl)")
_CLAUSE_END = re.compile(r"[.;:!?\n]")
# what the phrase counts follows it closely: read that far, to a whole word, so a long clause listing many costs little
_READ_AFTER = 80
_CASE_ENDING = re.compile(r"[^\W\d_]{1,6}")


def tr_hundreds(text: str, found: list[Figure], find: Callable[[str], list[Figure]]) -> list[Figure]:
    """``found`` with each Turkish hundreds phrase read as one figure with what it counts (``find`` reads the clause after it
    in digits); the parts of it found alone ("elli kişi" of "iki yüz elli kişi") give way."""
    if "yüz" not in text.lower():
        return found
    for m in _HUNDREDS.finditer(text):
        value = words_value(m["words"])
        if not value or _NUMBER_BEFORE.search(text, max(0, m.start() - 10), m.start()) or not turkish_sentence(text, m.start()):
            continue
        digits, words_end = str(value), m.end()
        if 1500 <= value <= 2099 and _YEARS_LASTING.match(text, words_end):  # "Bin beş yüz yıl önce": 1 500 years, as "Beş yüz
            digits = f"{value // 1000}.{value % 1000:03d}"  # yıl önce" is 500 (in digits "1500 yıl" would read as a year)
        joined = _TO_NEXT.match(text, m.end())  # "üç yüz ila dört yüz kişi": a range, both ends in words
        high = _HUNDREDS.match(text, joined.end()) if joined is not None else None
        if high is not None and (high_value := words_value(high["words"])) and high_value > value:
            digits, words_end = f"{value}{joined.group(0) if joined else ''}{high_value}", high.end()
        stop = _CLAUSE_END.search(text, words_end, words_end + _READ_AFTER)
        if stop:
            rest = text[words_end : stop.start()]
        elif words_end + _READ_AFTER < len(text):  # the text goes on past the window: cut at its last whole word
            rest = text[words_end : words_end + _READ_AFTER].rsplit(" ", 1)[0]
        else:  # the text ends within the window ("Köyde üç yüz kişi"): all of it, its last word too
            rest = text[words_end :]
        head = next((f for f in find(digits + rest) if f[0] == 0), None)
        if head is None and 1500 <= value <= 2099 and _YEAR_AFTER.match(text, words_end):  # "Bin dokuz yüz seksen dört yılı":
            found = [f for f in found if not m.start() <= f[0] < words_end]  # a year in words, no "seksen dört yıl" (84 years)
            continue
        if head is None or head[1] <= len(digits) or head[2].get("value") != value or not head[2].get("unit"):
            continue  # no noun or unit counted ("iki yüz elli" alone), or the digits read otherwise
        start, end = m.start(), words_end + head[1] - len(digits)
        inside = [f for f in found if f[0] < end and start < f[1]]
        if any(f[0] < start or f[1] > end and not _CASE_ENDING.fullmatch(text, end, f[1]) for f in inside):
            continue  # a figure reaching out of the phrase ("iki yüz bin kişi": turkish_amounts.py); a part found alone
            # with its case ending gives way ("elli beş kişiye" of "iki yüz elli beş kişiye": the digits read "255 kişi")
        attrs = {**head[2], **({"qualifier": q} if "qualifier" not in head[2] and (q := bound_before(text, start)) else {})}
        found = sorted([f for f in found if f not in inside] + [(start, end, attrs)], key=lambda f: f[0])
    return found
