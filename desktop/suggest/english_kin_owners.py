"""A name before a possessive and a word of kin (no I/O, no Qt): "Rutte's wife arrived in Brussels", "The crowd cheered
Shoigu's mother", "Wolak's late husband". A body, a firm or a place has no wife, husband, widow or grandchild, so the
one capitalised word (a hyphenated pair: "Al-Sisi's son") that owns one is a person's surname or name. The small
English model misses such a name alone, most of all opening a sentence.

Read: the kin word after "'s" (an age's or a rank's word may stand between: "late", "eldest", "younger"); the name is
the word right before the possessive. Not read: a kin word before what a firm or a body has ("Gazprom's
sister company", "Airbus's daughter firm", "the ship's sister vessel", "Russia's mother tongue"), "children's" as a
possessive itself ("Disney's children's channel"), "parent" alone ("Alphabet's parent"); a kin word a firm, a club or a
place has too ("sister", "mother", "sons", "children"...) before anything but a stop, a name or a person's verb or
function word ("Qorvex's sister restaurant", "Chelsea's sons of the soil"; "Rutte's sister said" is read); nor a word that is no
person's (:func:`desktop.suggest.english_subjects.no_surname`: a word English writes in lower case, a place or body
the gazetteer knows — "Russia's sons" —, a known company, a title: "President's wife"). The frames then weigh the
word as a name's (:mod:`desktop.suggest.english_frames`: no common word, scripture or group: "God's son"). The trigger
is the possessive and the kin word (one compiled regex over the text)."""

from __future__ import annotations

import re

from desktop.meaning.lexicon import lower_case_words
from desktop.suggest import gazetteer
from desktop.suggest.english_subjects import no_surname
from desktop.suggest.words import LOW, UP

__all__ = ["kin_owners", "thing_kin_after"]

_S = r"[ \u00a0]+"
_KIN = (r"wife|husband|widow|widower|son|sons|daughters?|mother|father|brothers?|sisters?|fianc[ée]e?|girlfriend"
        r"|boyfriend|grandsons?|granddaughters?|grandmother|grandfather|grandchildren|nephew|niece|stepson|stepdaughter"
        r"|stepfather|stepmother|parents|children|uncle|aunt|cousin|in-laws|mother-in-law|father-in-law"
        r"|son-in-law|daughter-in-law")
# The possessive, an age's or a rank's word, the kin word, as a word (not "sons'", "children's")
_KIN_AFTER = re.compile(rf"['’]s{_S}(?:(?:late|eldest|youngest|elder|younger|older|only|first|second|third){_S})?"
                        rf"(?:{_KIN})(?![\w’'-])")
# What a firm, a body, a ship or a tongue has after the kin word ("sister company", "daughter firm", "mother tongue")
_THING_AFTER = re.compile(rf"{_S}(?:compan(?:y|ies)|firms?|ships?|vessels?|papers?|publications?|stations?|channels?"
                          r"|brands?|banks?|airlines?|units?|plants?|sites?|organi[sz]ations?|groups?|part(?:y|ies)|cit(?:y|ies)"
                          r"|boards?|bod(?:y|ies)|agenc(?:y|ies)|networks?|projects?|titles?|magazines?|newspapers?|clubs?"
                          r"|teams?|schools?|churches?|labels?|stores?|shops?|hotels?|programm?e?s?|shows?|series|products?"
                          r"|languages?|tongues?|countr(?:y|ies)|nations?|states?|funds?|houses?|lodges?|ventures?"
                          r"|cells?|structures?|entit(?:y|ies)|institutions?|universit(?:y|ies)|colleges?|academ(?:y|ies))(?![\w’'-])")
# A kin word a firm, a club or a place has too, used before a noun ("sister restaurant", "sister carrier", "parents
# group", "sons of the soil"): read only before a stop, a name, or a verb or function word of a person's clause
_ATTRIBUTIVE = frozenset({"sister", "sisters", "brother", "brothers", "mother", "father", "daughter", "daughters", "son",
                          "sons", "children", "parents"})
_PERSON_NEXT = re.compile(rf"[ \u00a0]*(?:[.,;:!?)\"”’]|$)|{_S}(?:[{UP}]|(?:[{LOW}]+ed|said|says|told|spoke|was|is|were|are|has"
                          r"|had|have|who|whose|and|will|would|could|can|also|later|then|ran|went|left|won|lost|took|gave"
                          r"|became|came|fled|wrote|died|runs|lives|works)(?![\w’'-]))")
# The owner's name ending right before the possessive: one capitalised word, a hyphenated pair; nothing of an address
_OWNER = re.compile(rf"(?<![\w’'.@#/-])[{UP}][{LOW}]+(?:-[{UP}][{LOW}]+)?$")
_REACH = 40
# After a name, a possessive, a kin word and what only a firm or a club has with it ("'s sister company", "'s children
# academy"): not a person's mother tongue, mother country, parents' house or daughters' school, which _THING_AFTER
# leaves out of the kin owners but which say nothing of a firm
_FIRM_KIN_AFTER = re.compile(
    rf"['’]s{_S}(?:(?:sisters?|brothers?|daughters?|mother){_S}(?:compan(?:y|ies)|firms?|brands?|labels?|airlines?|banks?"
    r"|networks?|channels?|stations?|publications?|papers?|newspapers?|magazines?|clubs?|teams?|units?|plants?|hotels?"
    r"|stores?|ventures?|organi[sz]ations?|groups?|agenc(?:y|ies))|children[ \u00a0]+(?:academ(?:y|ies)|clubs?|teams?))"
    r"(?![\w’'-])")


def kin_owners(text: str, only_persons: bool = False) -> list[tuple[int, int]]:
    """``(start, end)`` of each name of one word before a possessive and a word of kin (see the module); with
    ``only_persons``, only before a kin word no firm, club or place has ("wife", "widow"; not "sons", "sister").
    The text is read once for both: the last text's two lists are kept (the frames and ``detect`` ask for the same
    text three times)."""
    global _LAST
    last = _LAST
    if last is None or last[0] is not text:
        last = _LAST = (text, *_read(text))
    return list(last[2] if only_persons else last[1])


_LAST: tuple[str, list[tuple[int, int]], list[tuple[int, int]]] | None = None


def _read(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The owners before any kin word, and those before a kin word no firm, club or place has."""
    every: list[tuple[int, int]] = []
    persons: list[tuple[int, int]] = []
    hits = list(_KIN_AFTER.finditer(text))
    if not hits:
        return every, persons
    known, lexicon = gazetteer.types_by_form(), lower_case_words()
    for m in hits:
        owner = _OWNER.search(text, max(0, m.start() - _REACH), m.start())
        kin = m.group().rsplit(None, 1)[-1]
        if (owner is None or _THING_AFTER.match(text, m.end()) is not None
                or kin in _ATTRIBUTIVE and _PERSON_NEXT.match(text, m.end()) is None
                or no_surname(owner.group(), known, lexicon)):
            continue
        every.append(owner.span())
        if kin not in _ATTRIBUTIVE:
            persons.append(owner.span())
    return every, persons


def thing_kin_after(text: str, end: int) -> bool:
    """A possessive, a kin word and a firm's or a club's noun follow ``end`` ("Galatasaray's children academy",
    "Gazprom's sister company"; not "Zelensky's mother tongue", "Kowalczyk's parents house"): the name before is a
    firm's or a club's."""
    return _FIRM_KIN_AFTER.match(text, end) is not None
