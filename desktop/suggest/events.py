"""Names that are part of an award's or a contest's name, not actors (no I/O, no Qt).

A prize, a cup or a championship is named after a person, a state, a city or a body:
"the Nobel Peace Prize", "a Pulitzer Prize-winning reporter", "the Nobel laureate …",
"the Davis Cup", "the Cannes Film Festival", "the Monaco Grand Prix", "the Commonwealth Bank
Tennis Classic", "2012 Avrupa Futbol
Şampiyonası", "İngiltere Lig Kupası", "MTV Video Müzik Ödülleri".  The recognisers and the
gazetteer find the name inside ("Nobel", "Cannes", "Avrupa", "İngiltere"), and the whole
names an award or an event, not who acts.  ("Games" is left out: "Epic Games" is a company.)  :func:`names_an_award` says so when the words
right after the candidate (up to three more capitalised words, a hyphenated second name as
in "Iran-Iraq") end with the head word of an award or a contest, or when the candidate
itself ends with one ("César Award").

Wars are left out on purpose: a headline in title case ("Russia Ukraine War: Live Updates")
names the states that fight it.  English leagues too: a league is an organisation
(:data:`desktop.suggest.names.ORG_HEADS_EN`); a Turkish "Lig"/"Ligi" after a state names the
contest ("Türkiye Süper Ligi takımlarından": one of the teams of the league).
"""

from __future__ import annotations

import re

from desktop.suggest.words import LOW as _LOW
from desktop.suggest.words import UP as _UP

__all__ = ["is_award_name", "kazakh_contest_after", "names_an_award"]

# Head words of awards and contests: English (capitalised; "laureate" in lower case, as
# news writes it), Turkish (with the compound's suffix: "Kupası", "Ödülleri").
_HEADS = (
    r"Prizes?|Awards?|Medals?|Trophy|Cup|Championships?|Olympics|Festival|Grand[ \u00a0]Prix|Contest|Finals?|Classic"
    r"|Tournament|Symposium"
    r"|laureates?"
    r"|Ödülü|Ödülleri|Madalyası|Kupası|Kupa|Şampiyonası|Finali|Festivali|Oyunları|Olimpiyatları|Yarışması|Lig|Ligi"
)
# Kazakh, in lower case with the compound's ending: "Әлем чемпионатында" (at the World Championship), "Азия
# кубогы", "ЭКСПО көрмесі". Only the one word right before one names the contest: Kazakh puts the subject
# before it ("Кеше Тоқаев ЭКСПО көрмесін аралады", "Ресейде Әлем чемпионаты өтті").
_KK_HEADS = (
    r"[Чч]емпионат(?:ы|ын|ында|ына|ынан|ының)|[Кк]убог(?:ы|ын|ында|ына|ынан|ының)|[Оо]лимпиадас(?:ы|ын|ында|ына|ынан|ының)"
    r"|көрмес(?:і|ін|інде|іне|інен|інің)"
)
_NAME_WORD = rf"[{_UP}](?:[{_LOW}{_UP}&]|\.(?![ \u00a0\n]|$))*"  # no full stop that ends a sentence
_SEP = r"[ \u00a0]+"
_AFTER = re.compile(
    rf"(?:[ \u00a0]?[-–][ \u00a0]?{_NAME_WORD})?(?:{_SEP}{_NAME_WORD}){{0,3}}?{_SEP}(?:{_HEADS})(?!\w|-[{_UP}])")
_ENDS_WITH_HEAD = re.compile(rf"[ \u00a0](?:{_HEADS}|{_KK_HEADS})$")
_HEAD_RIGHT_AFTER = re.compile(rf"{_SEP}(?:{_HEADS})(?!\w|-[{_UP}])")
_KK_HEAD_RIGHT_AFTER = re.compile(rf"{_SEP}(?:{_KK_HEADS})(?!\w)")


def kazakh_contest_after(text: str, end: int) -> bool:
    """A Kazakh contest's head word follows ``end`` ("Азия кубогында"): the word before it names the contest."""
    return _KK_HEAD_RIGHT_AFTER.match(text, end) is not None


def is_award_name(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is itself an award's or a contest's name: it ends with the head word ("César Award")."""
    return _ENDS_WITH_HEAD.search(text, start, end) is not None


def names_an_award(text: str, start: int, end: int, full_name: bool = False, opening: bool = False) -> bool:
    """``text[start:end]`` is a name inside an award's or a contest's name ("Nobel" in "the
    Nobel Peace Prize" or "the Nobel laureate", "Avrupa" in "Avrupa Futbol Şampiyonası"), or
    the whole such name ("César Award").  ``full_name``: the span is a person of two words or
    more, who may stand before a contest ("Ayşe Demir Türkiye Kupası'nda oynadı"); only the
    whole name of an award is one then.  ``opening``: the span opens a sentence, where it may
    be the subject before a contest's name ("Galatasaray UEFA Kupası'nı kazandı", "Rusya Dünya
    Kupası'na ev sahipliği yaptı"): it is inside one only with the head word right after it
    ("Türkiye Kupası finali", "Wimbledon Championships begin")."""
    if is_award_name(text, start, end):
        return True
    if full_name:
        return False
    if kazakh_contest_after(text, end):  # one word names a Kazakh contest ("Азия кубогы"), not "Қазақстан Азия"
        return " " not in text[start:end].strip()
    return (_HEAD_RIGHT_AFTER if opening else _AFTER).match(text, end) is not None

