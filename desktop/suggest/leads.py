"""The subject of an English sentence that says what it is (no I/O, no Qt).

Encyclopaedia articles and the background paragraphs of news open with the thing they are
about, and say what kind of thing it is; the recognisers miss many of these names, which
they have never seen ("Westmere is a hamlet in the town of Guilderland", "Eivind Bolle (13
October 1923 – 10 June 2012) was a Norwegian politician"). Two patterns, at a sentence's start:

* a name of one to five capitalised words before a parenthesis that gives a life's dates ("(born
  1959)", "(13 October 1923 – 10 June 2012)", "(c. 1818 – January 8, 1880)"): a person;
* a name of one to four capitalised words (a leading "The" left out) before "is", "was", "are"
  or "were", "a", "an" or "the", up to four words, and a noun of a kind: a person ("a Norwegian
  politician"), a place ("a town and comune", "a reef"), an organisation ("a football club",
  "a vehicle manufacturing company"; not "a fan of the club"). A parenthesis or a clause between
  commas may stand between the name and the verb ("Leonessa (Latin: …) is", "Terminillo, one of …, is").

Both are found by their rare words after the name (the parenthesis, "is a … hamlet"), then the
name from the start of the sentence, at most 250 characters back: linear in the text.

Sentence-opening words that are no names ("This is a town", "It was a company", "Today is a
holiday") are left out (``names.NOT_ENTITIES`` and the English function words).
"""

from __future__ import annotations

import re

from desktop.suggest import gazetteer, names
from desktop.suggest.guesses import function_word

__all__ = ["subjects"]

_WORD = r"[A-Z][\w’'.-]*"
_SPACE = r"[ \u00a0]"
_NAME = rf"{_WORD}(?:{_SPACE}(?:(?:de|da|di|du|van|von|der|den|al|bin|of|am|an|la|le){_SPACE})?{_WORD}){{0,4}}"
# A life's dates in a parenthesis: "born", or a year, then a dash to another year, within the parenthesis
# (two years alone are an event's as well, "World War II (1939-1945)": :func:`_a_life`).
_LIFE = re.compile(
    rf"\((?=[^()\n]{{0,120}}\))"
    rf"(?:[^()\n]{{0,60}}?(?<![\w])(?P<born>born)(?![\w])|[^()\n]{{0,40}}?(?<!\d)\d{{3,4}}{_SPACE}?[–—-]{_SPACE}?[^()\n]{{0,30}}?\d{{3,4}}"
    rf"{_SPACE}?\))")
# A month's name in the parenthesis: a birth's or a death's full date ("(13 October 1923 – 10 June 2012)").
_MONTH = re.compile(rf"(?<![\w])(?:{'|'.join(sorted(names.MONTHS))})(?![\w])")
_BEFORE_LIFE = re.compile(rf"(?P<name>{_NAME}){_SPACE}?\(")
_PERSON_NOUNS = """politician statesman stateswoman actor actress singer songwriter singer-songwriter rapper musician
    composer conductor pianist guitarist drummer footballer cricketer player athlete boxer wrestler cyclist swimmer
    runner skier coach manager writer author novelist poet playwright screenwriter journalist presenter
    painter sculptor photographer architect designer artist scientist chemist physicist biologist mathematician
    economist historian philosopher engineer inventor lawyer judge diplomat officer general admiral soldier bishop
    priest cardinal monk saint businessman businesswoman entrepreneur executive industrialist banker professor
    academic scholar director producer filmmaker model dancer comedian chef explorer activist nobleman noblewoman""".split()
_PLACE_NOUNS = """village town city hamlet comune commune municipality borough suburb neighbourhood neighborhood
    settlement parish county district region province prefecture state river lake reef mountain island peninsula
    valley bay creek desert capital""".split()
_ORGANISATION_NOUNS = """company club band party manufacturer newspaper organisation organization association
    university school college firm bank airline agency charity union corporation publisher conglomerate
    retailer brand label team""".split()
# Words that end the noun phrase before its head ("a fan of the club": a fan, no kind of ours).
_NOT_MODIFIER_WORDS = r"of|in|for|from|at|with|by|on|to|near|who|which|that|whose"
_NOT_MODIFIERS = rf"(?:{_NOT_MODIFIER_WORDS})"
# "broadcaster" is in none: a person ("an English broadcaster and journalist") as often as a company ("a British
# broadcaster"); the recogniser decides.
_KINDS = {**{w: "person" for w in _PERSON_NOUNS}, **{w: "place" for w in _PLACE_NOUNS},
          **{w: "organisation" for w in _ORGANISATION_NOUNS}}
_VERB = rf"{_SPACE}(?:is|was|are|were){_SPACE}(?:a|an|the){_SPACE}"
# The kind's noun ends its noun phrase: punctuation, a preposition, a conjunction, a relative word or a
# participle follows it ("a hamlet in", "a town and comune", "a club based in"; not "a state issue", "the
# state oil company" of which "company" is the head, "a city councillor", "the club captain").
_PHRASE_END = (rf"(?={_SPACE}*(?:[.,;:!?()\"”»\n]|$)|{_SPACE}(?:{_NOT_MODIFIER_WORDS}|and|or|as|since|until|based"
               rf"|located|situated|founded|formed|established|headquartered|known|owned|flowing|serving|operating)(?![\w’'-]))")
_SAYS_KIND = re.compile(
    rf"{_VERB}(?:(?!{_NOT_MODIFIERS}{_SPACE})[\w’'-]+{_SPACE}){{0,4}}?"
    rf"(?P<kind>{'|'.join(sorted(_KINDS, key=len, reverse=True))})(?![\w’'-]){_PHRASE_END}")
_LEAD = re.compile(
    rf"(?:The{_SPACE})?(?P<name>{_WORD}(?:{_SPACE}{_WORD}){{0,3}})"
    rf"(?:{_SPACE}?\([^()\n]{{0,120}}\))?(?:{_SPACE}?,[^,\n]{{1,80}},)?(?={_VERB})")
# Where a sentence, a line, a quotation or a clause after a colon or a dash begins (names.opens_sentence).
_BOUNDARY = re.compile(r"[.!?:;—–-][ \u00a0]+[\"“«(]?[ \u00a0]*|\n[ \u00a0\"“«(]*|[\"“«][ \u00a0]*")


def subjects(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, type)`` of the names opening a sentence that says what they are."""
    out = set()
    # found by the words after the name, which are rare, then the name from a sentence's start
    for cue, rx in ((_LIFE, _BEFORE_LIFE), (_SAYS_KIND, _LEAD)):
        end = 1 if rx is _BEFORE_LIFE else 0  # the name's match takes the parenthesis in
        for c in cue.finditer(text):
            if rx is _BEFORE_LIFE and not _a_life(text, c):
                continue
            for start in _sentence_starts(text, c.start()):
                m = rx.match(text, start)
                if m is not None and m.end() == c.start() + end:
                    if _a_name(m.group("name")) and not _common_noun(text, m.group("name")):
                        out.add((*m.span("name"), "person" if rx is _BEFORE_LIFE else _KINDS[c.group("kind")]))
                    break
    return sorted(out)


def _common_noun(text: str, name: str) -> bool:
    """A one-word name that the text also writes in lower case is a common noun opening its
    sentence ("Abortion is … abortion"), not a name."""
    return " " not in name and re.search(rf"(?<![\w’'-]){re.escape(name.lower())}(?![\w’'-])", text) is not None


def _a_life(text: str, dates: re.Match[str]) -> bool:
    """The parenthesis ``dates`` gives a life's: it says "born", gives a full date, or the sentence
    goes on to say the name was a person ("(1923 – 2012) was a Danish chemist"); not an event's
    years ("World War II (1939-1945) killed", "Prohibition (1920-1933) was a failure")."""
    if dates.group("born") is not None or _MONTH.search(dates.group()) is not None:
        return True
    said = _SAYS_KIND.match(text, dates.end())
    return said is not None and _KINDS[said.group("kind")] == "person"


def _sentence_starts(text: str, pos: int) -> list[int]:
    """Where a sentence, a line, a quotation or a clause after a colon or a dash may begin in the
    250 characters before ``text[pos]``, first to last (a parenthesis may hold one: "Bohumín
    (; ; , ) is a town")."""
    low = max(0, pos - 250)
    return ([0] if low == 0 else []) + [m.end() for m in _BOUNDARY.finditer(text, low, pos)]


def _a_name(name: str) -> bool:
    """Not a sentence's first word that is no name ("This", "It", "Today"), nor a nationality."""
    first = name.split()[0]
    return not (first in names.NOT_ENTITIES or function_word(first) or gazetteer.is_demonym(name)
                or names.sentence_word(first))
