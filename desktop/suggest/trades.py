"""Turkish trades written before a person's name (no I/O, no Qt).

Turkish news names a person after the trade ("Sanatçı Gülin Tokat", "gazeteci Uğur Mumcu'nun",
"ünlü yazar Orhan Pamuk"): :func:`trade_people` finds the name of two or three capitalised words
after a trade word, without the trade and without a case ending after an apostrophe. The Turkish
model often finds no one there, and a surname that is also a province ("Tokat") was left as the
place alone. Not when the name runs on into more capitalised words (an organisation's name,
"Yazar Ahmet Hamdi Tanpınar Enstitüsü …"), nor when its first word is a state or place the
gazetteer knows ("Gazeteci Ankara Kalesi …").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.suggest.words import LOW as _LOW
from desktop.suggest.words import UP as _UP

__all__ = ["TR_TRADES", "trade_people"]

TR_TRADES = frozenset("""Gazeteci Muhabir Yazar Şair Ressam Heykeltıraş Oyuncu Aktör Aktris Sanatçı Şarkıcı Besteci
    Avukat Yönetmen Futbolcu Antrenör Akademisyen İşadamı İşinsanı Sendikacı Siyasetçi Tarihçi Fotoğrafçı Mühendis""".split())


def _lower_tr(word: str) -> str:
    return word.replace("İ", "i").replace("I", "ı").lower()


_TRADE_WORDS = "|".join(sorted({w for t in TR_TRADES for w in (t, _lower_tr(t))}, key=len, reverse=True))
_NAME_WORD = rf"[{_UP}][{_LOW}]+"
# the trade, then two or three capitalised words; the last may carry a case ending after an apostrophe
_TRADE_NAME = re.compile(
    rf"(?<![\w’'-])(?:{_TRADE_WORDS})[ \u00a0]+(?P<name>{_NAME_WORD}(?:[ \u00a0]+{_NAME_WORD}){{1,2}})"
    rf"(?P<ending>['’][{_LOW}]+)?(?![\w’'-])(?P<next>[ \u00a0]+[{_UP}])?")

_FIRST_WORD = re.compile(_NAME_WORD)

# ``is_place(text, start, end)``: the gazetteer knows a state or place at text[start:end]
IsPlace = Callable[[str, int, int], bool]


def trade_people(text: str, is_place: IsPlace) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of each person named after a Turkish trade word in ``text``."""
    out = []
    for m in _TRADE_NAME.finditer(text):
        if m.group("next") and not m.group("ending"):
            continue  # "Yazar Ahmet Hamdi Tanpınar Enstitüsü": more capitalised words, another name
        start, end = m.span("name")
        first = _FIRST_WORD.match(text, start, end)
        if first is not None and is_place(text, start, first.end()):
            continue  # "Gazeteci Ankara Kalesi": a place's name, not a person's
        out.append((start, end, " ".join(text[start:end].split())))
    return out
