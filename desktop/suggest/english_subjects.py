"""A surname alone opening a sentence as the subject of a person's verb (no I/O, no Qt): "Imamoglu was arrested.",
"Vardelli resigned on Friday.", "Tokayev met Mirziyoyev.", "Japarov said the vote was fair." The small English model
knows the surnames news names most and misses others alone, most of all at a sentence's start, where every word is
capitalised; the frames leave a name opening a sentence to the model (a capitalised word there is as often a common
word: "Police said", "Critics said"). One capitalised word (a hyphenated pair: "Al-Sisi") where a clause's subject
stands — opening a sentence or a line, after a comma closing a fronted phrase ("In Ankara, Babacan resigned"), after a
conjunction opening a clause ("when Vardelli resigned", "and Ozel was arrested") or "that" — is a person before:

* a passive of what befalls a person ("was arrested", "was sentenced", "has been jailed", "was killed"; an apposition
  may stand between: "Imamoglu, the mayor of Istanbul, was arrested");
* a verb of a person's acts ("resigned", "died", "testified");
* "met" before a name or "with", and a verb of speech ("said", "told", "denied", "spoke"), only with a surname's ending
  (:data:`english_meetings.SURNAME_END`: "Japarov said", "Tokayev met"): bodies speak and teams meet as often as
  people ("Rosatom said", "Roscosmos said he died" — the pronoun is another's —, "Zenit met Spartak"), and no word
  tells them apart, so "Rutte said he would stay." and "Rutte met Erdogan." alone are left — and so is speech to
  reporters or in an interview ("Rutte told reporters", "Wolak said in an interview"): firms and clubs are written so
  too ("Wildberries told reporters", "Getir said in an interview"); the document's full name or a title links such a
  lone surname (:mod:`desktop.suggest.mentions`);
* "said", "met" or a journey's verb ("flew to", "arrived in", "returned to") without a surname's ending when the first
  pronoun in the word's own sentence that may refer back to it is a person's (:func:`english_referents.refers_back`:
  "Mirziyoyev denied it, saying he …", "Erdogan flew to Ankara, where he met …"; not "Lufthansa flew to Almaty, where
  it …", "Roscosmos said he died", "Aeroflot said the plane landed. He said …").

Not read (what a body, a firm, a party, a team, a ship or a craft does too): a journey without that pronoun
("Lufthansa flew to Almaty", "Perseverance arrived on Mars", "Inter returned to Milan"), "pleaded", "vowed",
"campaigned", "apologised" ("Binance pleaded guilty"), "greeted", "shrugged" ("Nasdaq greeted the news"), the passives "charged", "convicted", "appointed",
"released", "elected", "detained", "freed", "questioned", "born" ("Fidesz was elected", "Eventin was detained",
"Europol was questioned", "Podemos was born in 2014").

The frames then weigh the word as a name's (no common word, month, day, body's head word, nationality, word the text
writes in lower case). Not read either: a word English writes in lower case (the case-ratio lexicon: "Officials said",
"Nobody told"), an English plural, participle or adverb ("Firefighters said", "Reporting said"), a place, state or body
the gazetteer knows and a known company ("Ankara said", "Hamas said", "Boeing said"), a title ("President said"), a
word before a body's pronoun ("Qualvex said its profit rose", "Trovix resigned itself to losses"; not "it" closing the
clause, the verb's object: "Tokayev denied it.", "Japarov admitted it, saying …") or before "met" and
a lower-case word ("Kaspersky met expectations"). A name of two words opening a sentence is left to the model
("Goldman Sachs met expectations" stands where "Kassym-Jomart Tokayev met" does)."""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import replace
from functools import lru_cache

from desktop.meaning.lexicon import lower_case_words
from desktop.suggest import gazetteer, organisations
from desktop.suggest.english_forenames import TITLES
from desktop.suggest.english_meetings import SURNAME_END
from desktop.suggest.english_referents import refers_back
from desktop.suggest.names import opens_sentence
from desktop.suggest.suggestion import Suggestion
from desktop.suggest.words import LOW, UP

__all__ = ["no_surname", "places_retyped", "subject_names"]

_S = r"[ \u00a0]+"
_SPEECH = r"said|says|told|added|denied|spoke|insisted|warned|replied|answered|wrote|tweeted|argued|admitted|conceded|stressed"
# (not what a body, a firm, a team or a craft does too: "met" a rival, "flew to", "arrived in", "returned to",
# "pleaded guilty", "vowed", "campaigned", "apologised": "Zenit met Spartak", "Lufthansa flew to Almaty", "Binance
# pleaded guilty", "Fidesz campaigned"; "greeted", "shrugged" as a market's index does: "Nasdaq greeted the news",
# "Sensex shrugged off"; "met" is read only with a surname's ending, as "said" is)
_ACTS = r"(?P<met>met|meets)|resigned|died|smiled|nodded|testified"
# A journey's verbs: an airline, a team or a craft travels too ("Lufthansa flew to Almaty", "Inter returned to Milan"),
# so they are read only with a person's pronoun referring back (english_referents: "Erdogan flew to Ankara, where he …")
_JOURNEY = r"flew|travell?ed|arrived|returned|headed|drove|landed"  # not "went": "Arsenal went top after his goal"
_BEFALLS = (r"arrested|jailed|imprisoned|sentenced|sworn|killed|injured|wounded|impeached|deposed|assassinated"
            r"|kidnapped|abducted|extradited|deported|pardoned")
# (not what befalls a firm, a party, a ship or a work too: "charged", "convicted", "appointed" auditor, "released" as an
# album is, "elected" as a party is, "detained" and "freed" as a tanker is, "questioned" as an agency is, "born" as a
# party, a firm or a drug is: "Podemos was born in 2014")
# One name's word, the verb (an auxiliary before a passive) and what follows the verb
# (an apposition that describes the subject may stand between: "Imamoglu, the mayor of Istanbul, was arrested")
_SUBJECT = re.compile(rf"(?<![\w’'.@#/-])([{UP}][{LOW}]+(?:-[{UP}][{LOW}]+)?)"
                      rf"(?:,{_S}(?:the|a|an|its|his|her|their){_S}[^,.;:!?()\"“”\n]{{2,60}},)?{_S}"
                      rf"(?:(?P<speech>{_SPEECH})|(?P<act>{_ACTS})|(?P<journey>{_JOURNEY})|(?:was|is|has{_S}been|had{_S}been|will{_S}be){_S}(?:{_BEFALLS}))"
                      rf"(?![\w’'-])")
# After the verb, a body's pronoun ("Qualvex said it would", "said its profit", "Trovix resigned itself to losses"; not
# "it" closing the clause, the verb's object: "Tokayev denied it.", "Japarov admitted it, saying");
# after "met", a lower-case word
# ("Kaspersky met expectations"; not "met with", "met on Monday")
_BODY_PRONOUN = re.compile(rf"{_S}(?:it(?![ \u00a0]*(?:[.,;:!?]|$))|its|it's|itself|they|their|themselves)(?![\w’'-])")
# (A verb of speech before what a person speaks to or in — reporters, an interview — is no cue on its own: firms and
# clubs are written so too, "Wildberries told reporters", "Getir said in an interview with Bloomberg"; a lone surname
# there needs a surname's ending, or the document's full name or title, as after any verb of speech.)
_MET_LOWER = re.compile(rf"{_S}(?!(?:with|on|in|at|for|twice|again|privately|separately|briefly|yesterday|today)(?![\w’'-]))[{LOW}]")
# An English plural, participle or adverb ("Firefighters", "Reporting", "Apparently")
_ENGLISH_SHAPE = re.compile(r".*(?:[bcdfgklmnprtvwz]s|ing|ly)")
# Where a clause's subject stands inside a sentence: after a comma closing a fronted phrase ("In Ankara, Babacan met"),
# a conjunction opening a clause ("when Vardelli resigned", "and Ozel met") or a verb of speech's "that"
_CLAUSE_OPENS = re.compile(r"(?:,|(?<![\w’'-])(?:when|after|before|as|since|because|while|until|although|though|and|but|that"
                           r"|where|once|if))[ \u00a0]+$")


def subject_names(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each name of one word that opens a sentence before a person's verb (see the module); the
    frames weigh its word."""
    return [(start, end) for start, end, _referred in _subject_names(text)]


def no_surname(name: str, known: dict[str, tuple[str, str]], lexicon: Container[str]) -> bool:
    """``name``, one capitalised word, is none of a person's: a word English writes in lower case (``lexicon``), a place,
    state or body the gazetteer knows (``known``: :func:`gazetteer.types_by_form`), a known company, a title, an English
    plural, participle or adverb ("Officials", "Ankara", "Boeing", "President", "Firefighters")."""
    return (name.casefold() in lexicon or known.get(name.casefold()) is not None or name in organisations.COMPANIES
            or name in TITLES or any(part in TITLES for part in name.split("-")) or _ENGLISH_SHAPE.fullmatch(name) is not None)


def places_retyped(text: str, found: list[Suggestion], kin: frozenset[tuple[int, int]] = frozenset(),
                   kin_of_persons: frozenset[tuple[int, int]] = frozenset()) -> list[Suggestion]:
    """``found`` with a recogniser's guess (``confidence`` 0.65) of one word typed a place, which the gazetteer does not
    know, made a person where it opens a clause as a person's subject ("Later, Wolakov spoke to reporters", "Ozturkoglu
    resigned": the small model calls unknown surnames places at times); an organisation's guess there keeps its type
    ("Kaspersky said": a firm named after its founder speaks so too) unless a person's pronoun in its own sentence
    refers back to it (:func:`english_referents.refers_back`: "Mirziyoyev denied it, saying he had never met the man";
    not "Tesla said the recall was voluntary. He declined to comment."). A place's guess at a name of
    ``kin`` (:func:`desktop.suggest.english_kin_owners.kin_owners`: "Wolak's late husband") is a person too: no place
    or body has a husband; an organisation's guess only at a name of ``kin_of_persons`` (``kin_owners(text, True)``:
    "Halvard's widow", not "Chelsea's sons were honoured": a club's sons)."""
    named = _subject_names(text) if any(s.attributes.get("type") in ("place", "organisation") for s in found) else ()
    subjects = frozenset((start, end) for start, end, _referred in named)
    referred = frozenset((start, end) for start, end, referred in named if referred)
    return [replace(s, attributes={**s.attributes, "type": "person"}) if s.confidence == _RECOGNISED and (
        s.attributes.get("type") == "place" and (s.start, s.end) in subjects
        or s.attributes.get("type") == "organisation" and (s.start, s.end) in referred
        or s.attributes.get("type") == "place" and (s.start, s.end) in kin
        or s.attributes.get("type") == "organisation" and (s.start, s.end) in kin_of_persons) else s for s in found]


_RECOGNISED = 0.65  # the confidence of the spaCy models' guesses (desktop.suggest.actor_sources)


@lru_cache(maxsize=1)  # read by the frames and by places_retyped on the same text
def _subject_names(text: str) -> tuple[tuple[int, int, bool], ...]:
    """``(start, end, referred)`` of each subject of :func:`subject_names`; ``referred``: a person's pronoun in the
    subject's own sentence refers back to it (:func:`english_referents.refers_back`)."""
    known = gazetteer.types_by_form()
    lexicon = lower_case_words()
    out = []
    for m in _SUBJECT.finditer(text):
        name = m.group(1)
        if not (opens_sentence(text, m.start(1)) or _CLAUSE_OPENS.search(text, max(0, m.start(1) - 9), m.start(1))):
            continue  # after another word ("Bank of America met", "the Vardelli resigned"): no clause's subject
        if no_surname(name, known, lexicon):
            continue  # "Officials said", "Ankara said", "Boeing said", "President said", "Firefighters said"
        if _BODY_PRONOUN.match(text, m.end()):
            continue  # "Qualvex said its profit rose"
        if m.group("met") and _MET_LOWER.match(text, m.end()):
            continue  # "Kaspersky met expectations"
        # a pronoun in the name's own sentence only: the next one's "He" is as often someone named before or the body's
        # spokesman ("Tesla said the recall was voluntary. He declined to comment.", "Aeroflot said … He said …")
        referred = refers_back(text, m.end(), known, speech=bool(m.group("speech")))  # ", saying he", ", where he met"
        if (m.group("speech") or m.group("met") or m.group("journey")) and not referred and (
                m.group("journey") or SURNAME_END.search(name) is None):
            continue  # "Rosatom said the plant was safe", "Zenit met Spartak", "Lufthansa flew to Almaty"
        out.append((m.start(1), m.end(1), referred))
    return tuple(out)

