"""English persons whose name's shape says a person, where the small English model misses them (no I/O, no Qt):
initials before a surname ("D. Singmaster", "Y. T. Wu", "letters from W. Brumbley") and a ruler's name with a regnal
number ("Ivan IV of Russia", "in presence of Phillip II", "the king Sigismund III Vasa", "False Dmitri II").

Both are read as frames by :func:`desktop.suggest.english_frames.framed_names`, which weighs the words as every
frame's (no common word, body's head word, nationality, word the text writes in lower case). Left alone on purpose:
initials that are an abbreviation the gazetteer knows ("U. S. Army", "D. C."), a name going on with another capitalised
word ("U. S. Virgin Islands", "J. P. Morgan Chase"), a surname that is a known place ("N. Korea", "S. Africa"), one
capital without a full stop ("S Luest": the letters of a list are read so too), a numbered thing whose word the
case-ratio lexicon writes in lower case ("World War II", "Phase III", "Type II", "Chapter XI", "Super Bowl XL"), and
"I" as a number (the pronoun). A ruler is told from a numbered product or event ("Battlefield V", "Expo II", "Mirage
IV") by a common given name ("Henry VIII"), a ruler's title before ("the king Sigismund III Vasa", "Tsar Boleslav IV")
or "of" and a land after ("Ivan IV of Russia").

Both scans are skipped on a text with no initial or no Roman number at all (:data:`_AN_INITIAL`, :data:`_A_NUMBER`: quick
passes), and the initials are read once for both uses (:func:`initialled`)."""

from __future__ import annotations

import re

from desktop.meaning.lexicon import lower_case_words
from desktop.suggest import gazetteer, given_names
from desktop.suggest.suggestion import Suggestion, actor
from desktop.suggest.words import LOW, UP

__all__ = ["after_a_terms_letter", "initial_or_number", "initialled", "initialled_retyped", "person_shapes"]

_SPACE = r"[ \u00a0]+"
_NAME_WORD = rf"[{UP}][{LOW}]+(?:[-'’][{UP}][{LOW}]+)?"
# One to three initials with their full stops ("D.", "Y. T.")
_INITIALS = rf"(?:[{UP}]\.[ \u00a0]?){{1,3}}"
# A Roman regnal number from II to XXXIX (not "I": the pronoun; not "V", "X", "L": letters and sizes)
_REGNAL = r"(?:X{0,3}(?:IX|IV|VI{0,3}|I{2,3})|X{1,3}I?)"
# "D. Singmaster", "Y. T. Wu", "J.R. Ewing", "Charles H. Keating IV": initials (a given name before them), then a surname
# (a regnal number after it) that no capitalised word, further initial or hyphened part follows ("M.S. Al - Sahaf")
_INITIALLED = re.compile(rf"(?<![\w’'.&-])(?:{_NAME_WORD}[ \u00a0])?({_INITIALS})[ \u00a0]?({_NAME_WORD})(?:{_SPACE}{_REGNAL})?"
                         rf"(?![\w’'-]|\.\w|[ \u00a0]+[{UP}]|[ \u00a0]?[-–][ \u00a0]?[{UP}])")
# Abbreviations written as initials ("P.O. Box 8274", "P.S. Thanks", "A.D. Seventy")
_NOT_INITIALS = frozenset("P.O. P.S. P.P.S. A.D. B.C. N.B. I.D. T.V. R.I.P. U.S. U.K. E.U. U.N. D.C. M.P. Q.C. C.E.".split())
# A publisher's name in a reference's brackets ("( I.B. Tauris , 2002 )"): named after a person, no person
_CITED_BEFORE = re.compile(r"\([ \u00a0]*$")
_CITED_AFTER = re.compile(r"[ \u00a0]*,[ \u00a0]*\d{4}")
# Words that number things, not rulers ("World War II", "Phase III", "Type II", "Chapter XI", "Super Bowl XL", "Apollo
# XI", "Vatican II", "Star Wars Episode IV", "Rocky IV", "Basel III", "an Aria Pro II")
_NUMBERED = frozenset("""War Wars Phase Type Class Chapter Part Book Volume Act Stage Grade Level Tier Section Article
    Schedule Annex Appendix Exhibit Figure Table Item Episode Season Series Mark Model Version Generation Gen Bowl Apollo
    Gemini Vatican Rocky Division League Zone Block Unit Category Round Game Games Olympiad Title Mission Voyager Pioneer
    Saturn Falcon Windows Step Form Rule Amendment Plan Protocol Treaty Council Congress Tranche Basel Solvency Camp Lot
    Site Ward District Region Corps Fleet Army Wing Legion Battalion Regiment Brigade Squadron Group Dynasty Kingdom
    Empire Reich Republic Pillar Option Canto Psalm Sonata Symphony Opus Movement Formula Super Star Trek Fantasy
    Final Street Fighter Grand Theft Auto Call Duty Quest Saga Age Empires Civilization Pro Plus Max Mini Ultra Air
    Lite""".split())
# "Ivan IV", "Phillip II of Spain", "False Dmitri II", "Sigismund III Vasa": one or two name words, the number, and a
# family name after it; not after "a", "an" ("an Aria Pro II": a thing)
_REGNAL_NAME = re.compile(rf"(?<![\w’'.-])(?<!\b[Aa][ \u00a0])(?<!\b[Aa]n[ \u00a0])((?:{_NAME_WORD}{_SPACE}){{1,2}}{_REGNAL}"
                          rf"(?:{_SPACE}{_NAME_WORD})?)(?![\w’'-]|[ \u00a0]+[{UP}])")
# A ruler's title right before the name ("the king Sigismund III", "Tsar Boleslav IV"), and "of" a land after it
# ("Ivan IV of Russia"): with a common given name, what tells a ruler from a numbered product ("Mirage IV", "Expo II")
_RULER_TITLE = re.compile(r"(?i:king|queen|tsar|tsarina|czar|emperor|empress|pope|sultan|shah|pharaoh|prince|princess|"
                          r"duke|duchess|archduke|kaiser|caliph|khan|emir|regent|monarch|ruler)")
_RULER_BEFORE = re.compile(rf"(?<![\w’'-]){_RULER_TITLE.pattern}{_SPACE}$")
_OF_A_LAND = re.compile(rf"{_SPACE}of{_SPACE}[{UP}]")
# A frame that says a person reigned or was born: "the reign of Thutmose III", "a daughter of Amenhotep III", "the
# successor of Seleucus IV" before the name, ", who" after it ("Ramesses II, who ruled"); a product or an event is
# neither ("the death of Battlefield V", "the launch of Mirage IV", "Battlefield V, which")
_RULER_FRAME_BEFORE = re.compile(r"(?<![\w’'-])(?:reigns?|court|son|daughter|wife|widow|mother|father|brother|sister|heir"
                                 r"|successor|predecessor)[ \u00a0]+of[ \u00a0]+$")
_WHO_AFTER = re.compile(r"[ \u00a0]*,?[ \u00a0]*who(?![\w’'-])")
# A lower-case noun that a letter ends ("vitamin D", "plan B", "hepatitis C", "type A"): one initial after it closes
# the term, often a sentence ("… given vitamin D. Hollick said"), and opens no name; not after an article or a
# possessive (group 1), where the noun is a common one and the letter a person's initial ("the class B. Jones taught",
# "the plan J. Orvik drew up")
_TERM_BEFORE = re.compile(r"(?<![\w’'-])(?:((?i:the|a|an|this|that|these|those|his|her|its|their|our|my|your|whose))[ \u00a0]+)?"
                          r"(?i:vitamins?|hepatitis|plan|type|grade|class|group|category|section|part|annex"
                          r"|appendix|exhibit|option|schedule|model|size|strain|variant|phase|stage|level|zone|tier|block"
                          r"|gate|row|box)[ \u00a0]+$")
# Quick tests on the whole text before the scans: an initial, a Roman number of :data:`_REGNAL`'s letters
_AN_INITIAL = re.compile(rf"[{UP}]\.")
_NUMBER_PAIRS = ("II", "IV", "IX", "VI", "XI", "XV", "XX")  # every number of two letters or more holds one
_A_NUMBER = re.compile(r"[ \u00a0][VX](?![\w’'-])")  # or it is "V" or "X" after a space
# A word of a name that is no name's word: an initial ("D.") or a regnal number ("IV")
_INITIAL_OR_NUMBER = re.compile(rf"[{UP}]\.|{_REGNAL}")
# One initial of a compass direction: with the word after it, a place the gazetteer may know written out ("S. Africa":
# South Africa, "W. Virginia", "E. Timor")
_DIRECTIONS = {"N": "north", "S": "south", "E": "east", "W": "west"}


def person_shapes(text: str, initials: list[re.Match[str]] | None = None) -> list[tuple[int, int, bool, str]]:
    """``(start, end, True, "person")`` of each name shaped as a person's (see the module), in the form of
    :func:`desktop.suggest.english_frames._spans`; the frame holds at a sentence's start too. ``initials``: the
    text's :func:`initialled`, when read already."""
    out = [(m.start(), m.end(), True, "person") for m in (initialled(text) if initials is None else initials)]
    if not any(pair in text for pair in _NUMBER_PAIRS) and _A_NUMBER.search(text) is None:
        return out
    for m in _REGNAL_NAME.finditer(text):
        start = m.start(1)
        if _RULER_TITLE.fullmatch(m.group(1).split()[0]) and m.group(1).count(" ") > 1:
            start = m.start(1) + len(m.group(1).split()[0]) + 1  # "Tsar Boleslav IV": the title is not the name
            start += len(text[start:m.end(1)]) - len(text[start:m.end(1)].lstrip())
        if _regnal(text[start:m.end(1)]) and _ruler(text, start, m.end(1)):
            out.append((start, m.end(1), True, "person"))
    return out


def initialled(text: str) -> list[re.Match[str]]:
    """The matches of :data:`_INITIALLED` in ``text`` that are a person's initials and surname (:func:`_initialled`);
    none, without a scan, in a text with no capital before a full stop."""
    if _AN_INITIAL.search(text) is None:
        return []
    return [m for m in _INITIALLED.finditer(text) if _initialled(text, m)]


def _ruler(text: str, start: int, end: int) -> bool:
    """The name with a regnal number ``text[start:end]`` is a ruler's: a name word of it is a common given name
    ("Henry VIII", "False Dmitri II"), a ruler's title stands right before it ("the king Sigismund III Vasa", "Tsar
    Boleslav IV") or "of" and a capitalised word after it ("Ivan IV of Russia"), or a frame of reign or kin before
    it or ", who" after it (:data:`_RULER_FRAME_BEFORE`: "the reign of Thutmose III", "Ramesses II, who"); not
    "Battlefield V", "Expo II"."""
    return (any(w in given_names.COMMON_GIVEN_NAMES for w in text[start:end].split())
            or _RULER_BEFORE.search(text, max(0, start - 12), start) is not None
            or _OF_A_LAND.match(text, end) is not None
            or _RULER_FRAME_BEFORE.search(text, max(0, start - 16), start) is not None
            or _WHO_AFTER.match(text, end) is not None)


_ONE_INITIAL = re.compile(rf"[{UP}]\.[ \u00a0]+(?=[{UP}])")


def after_a_terms_letter(text: str, start: int, end: int) -> int:
    """``start``, or the start of the word after one initial that opens ``text[start:end]`` when a noun that a letter
    ends stands before it (:data:`_TERM_BEFORE`: "Orvik" of "hepatitis C. Orvik said": the letter ends the term)."""
    m = _ONE_INITIAL.match(text, start, end)
    return m.end() if m is not None and _term_before(text, start) else start


def _term_before(text: str, at: int) -> bool:
    """A noun that a letter ends stands right before ``at``, with no article or possessive before it
    (:data:`_TERM_BEFORE`)."""
    m = _TERM_BEFORE.search(text, max(0, at - 24), at)
    return m is not None and m.group(1) is None


def initial_or_number(word: str) -> bool:
    """``word`` is an initial with its full stop ("D.") or a regnal number ("IV"): a name's part that no test of a name's
    words weighs."""
    return _INITIAL_OR_NUMBER.fullmatch(word) is not None


def _initialled(text: str, m: re.Match[str]) -> bool:
    """The initials of the match ``m`` of :data:`_INITIALLED` are no abbreviation (:data:`_NOT_INITIALS`: "P.O. Box",
    "P.S."; or one the gazetteer knows: "U. S.", "D.C."), the surname no known place ("N. Korea"), nor one with the
    compass direction its one initial stands for ("S. Africa", "W. Virginia"), and the name no publisher's in a
    reference's brackets ("( I.B. Tauris , 2002 )"), nor one initial that ends a term (:data:`_TERM_BEFORE`: "vitamin D.
    Hollick said")."""
    known = gazetteer.types_by_form()
    letters, surname = m.group(1).replace(" ", "").replace("\u00a0", ""), m.group(2).casefold()
    direction = _DIRECTIONS.get(letters[:-1]) if len(letters) == 2 else None
    return (letters not in _NOT_INITIALS and known.get(letters.casefold()) is None
            and known.get(letters.replace(".", "").casefold()) is None and known.get(surname) is None
            and (direction is None or known.get(f"{direction} {surname}") is None)
            and not (_CITED_BEFORE.search(text, max(0, m.start() - 3), m.start()) and _CITED_AFTER.match(text, m.end()))
            and not (len(letters) == 2 and _term_before(text, m.start(1))))


def _regnal(name: str) -> bool:
    """No word of ``name`` but the number is one the case-ratio lexicon writes in lower case ("Title II"), a word that
    numbers things (:data:`_NUMBERED`: "World War II", "Apollo XI") or a known place or state ("Russia II")."""
    lexicon, known = lower_case_words(), gazetteer.types_by_form()
    return not any(w in _NUMBERED or w.casefold() in lexicon or known.get(w.casefold()) is not None
                   for w in name.split() if not _INITIAL_OR_NUMBER.fullmatch(w))


def initialled_retyped(text: str, kept: list[Suggestion], initials: list[re.Match[str]] | None = None) -> list[Suggestion]:
    """``kept`` with a place that is a surname after initials, or initials and a surname ("Singmaster" of "D.
    Singmaster", "R. Ansems" read as places), or a person that leaves out the first initials or the regnal number ("P.
    Venner" of "K. P. Venner", "Thomas H. Orrell" of "… III"), a person over the initials, the surname and the number
    (:func:`_initialled`: not "S. Africa"); not a store's entity. A given name before the initials is taken in when the
    suggestion holds it already or it is a common given name (not "Plan" of "agreed on Plan B. Johnson said").
    ``initials``: the text's :func:`initialled`, when read already."""
    spans: dict[int, tuple[int, int, int, int]] = {}  # the end of the surname or of the whole → (start, initials, surname, end)
    for m in initialled(text) if initials is None else initials:
        spans[m.end(2)] = spans[m.end()] = (m.start(), m.start(1), m.start(2), m.end())
    if not spans:
        return kept
    out = []
    for s in kept:
        start, first, surname, end = spans.get(s.end, (-1, -1, -1, -1))
        if start < first and s.start > start and text[start:first].split()[0] not in given_names.COMMON_GIVEN_NAMES:
            start = first  # "Thomas H. Orrell", but "B. Johnson" of "Plan B. Johnson"
        kind = s.attributes.get("type")
        if (start <= s.start <= surname and "entity_id" not in s.attributes
                and (kind == "place" or (kind == "person" and (s.start, s.end) != (start, end)))):
            s = actor(start, end, text, {"name": " ".join(text[start:end].split()), "type": "person"}, s.confidence)
        out.append(s)
    return out
