"""People named in a sentence's frame, for :mod:`desktop.suggest.names` (no I/O, no Qt).

* :func:`reported_people` — a two- or three-word name in a reporting frame: "Eric Reeves said", "said Marissa
  Mayer", "according to Jo Grady", "Jo Grady, the UCU general secretary";
* :func:`reported_surnames` — one capitalised word before a reporting verb when the document names that person in
  full elsewhere ("…, Merkel said" after "Angela Merkel");
* :func:`described_people` — a name after a lower-case noun of a trade ("top reporter Ahmed Mansour");
* :func:`kin_people` — a person named after a relative's or friend's tie ("his wife Manju Sam") or naming themself
  ("I'm Isabel Ruiz.").

All are importable from :mod:`desktop.suggest.names` too.
"""

from __future__ import annotations

import re

from desktop.suggest.abbreviations import LETTERS_UP as _UP
from desktop.suggest.honorifics import WRITTEN_OUT as _WRITTEN_OUT
from desktop.suggest.name_words import NAME_WORD as _NAME_WORD
from desktop.suggest.name_words import NOT_FIRST_NAMES as _NOT_FIRST_NAMES
from desktop.suggest.name_words import NOT_PERSON_LAST as _NOT_PERSON_LAST
from desktop.suggest.name_words import ORG_WORD as _ORG_WORD
from desktop.suggest.name_words import DAYS, NOT_ENTITIES, sentence_word

__all__ = ["TRADES", "described_people", "full_names_by_surname", "kin_people", "reported_people", "reported_surnames"]


_REPORT_VERBS = (
    r"said|says|told|added|wrote|writes|warned|argued|explained|noted|asked|insisted|claimed|stressed"
    r"|believes|thinks|announced|recalled|admitted|denied|confirmed|estimated"
)
_ROLE_NOUNS = (
    r"secretary|minister|president|executive|spokes\w+|director|leader|head|chair\w*|founder|editor"
    r"|professor|analyst|ambassador|governor|mayor|commander|envoy|officer|manager|correspondent"
    r"|researcher|economist|adviser|advisor|lawyer|author|chief|senator|member|deputy|activist|expert"
)
_FULL_NAME = rf"(?P<name>{_NAME_WORD}(?:[ \u00a0](?:bin|bint|al|el|van|von|de|da|di|du|der|la|le)?[ \u00a0]?{_NAME_WORD}){{1,2}})"
_REPORTED = [
    re.compile(rf"{_FULL_NAME}(?:,[ \u00a0][^,.;]{{3,60}})?,?[ \u00a0]+(?:{_REPORT_VERBS})\b"),
    re.compile(rf"\b(?:{_REPORT_VERBS}|according[ \u00a0]to|by)[ \u00a0]+{_FULL_NAME}"),
    re.compile(rf"{_FULL_NAME},[ \u00a0](?:the|a|an|its|their|his|her)[ \u00a0][^,.;]{{0,50}}?\b(?:{_ROLE_NOUNS})\b"),
]


# Honorifics that open a person's name: no name word goes before them ("Evening" of "Saturday Evening Mr Smith").
_HONORIFICS_BEFORE_NAMES = frozenset("Mr Mrs Ms Dr Sir Lord Lady Dame Prof".split())


# One capitalised word right before a reporting verb ("…, Merkel said", "Musk told reporters").
_SURNAME_REPORTING = re.compile(rf"(?<![\w’'.-])(?P<name>{_NAME_WORD})[ \u00a0]+(?:{_REPORT_VERBS})\b")


_WORD_BEFORE = re.compile(rf"(?:^|[^\w’'-])(?P<word>{_NAME_WORD}|the|a|an|The|A|An)[ \u00a0]+$")


_TWO_NAME_WORDS = re.compile(rf"(?<![\w’'-])(?P<first>{_NAME_WORD})(?=[ \u00a0]+(?P<last>{_NAME_WORD})(?![\w’'-]))")


def full_names_by_surname(text: str) -> dict[str, list[tuple[int, int]]]:
    """``(start, end)`` of every two capitalised words in ``text`` by the second ("Angela Merkel"
    under Merkel) whose first word is no sentence's word, title or organisation's head ("General
    Electric", "The Bible")."""
    out: dict[str, list[tuple[int, int]]] = {}
    for m in _TWO_NAME_WORDS.finditer(text):
        first = m.group("first")
        if not (sentence_word(first) or _ORG_WORD.fullmatch(first)):
            out.setdefault(m.group("last"), []).append((m.start(), m.end("last")))
    return out


def reported_surnames(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of one capitalised word before a reporting verb, a person named by
    surname ("…, Merkel said") when the document names that person in full elsewhere ("Angela
    Merkel"): a lone word is as often a book, a body or a company ("the Bible says", "Airbus
    said", "Parliament said").  Not after another capitalised word or an article ("General
    Electric said", "the Constitution says"), nor a sentence's word or a day ("However said").
    The caller leaves out a word that opens a sentence ("Police said", "Report says")."""
    out = []
    full_names: dict[str, list[tuple[int, int]]] | None = None
    for m in _SURNAME_REPORTING.finditer(text):
        name, start = m.group("name"), m.start("name")
        if sentence_word(name) or name in _NOT_PERSON_LAST or _ORG_WORD.fullmatch(name):
            continue
        if _WORD_BEFORE.search(text, max(0, start - 40), start):
            continue
        full_names = full_names_by_surname(text) if full_names is None else full_names
        if not any(not a <= start < b for a, b in full_names.get(name, ())):
            continue  # no "Angela Merkel" elsewhere
        out.append((start, m.end("name"), name))
    return out


# A person named after a lower-case word for what they do ("top reporter Ahmed Mansour", "biochemist
# Yazid Sufaat", "USDA employee Johnelle Bryant"): two or three name words after a noun of a trade.  Only
# nouns for people: "the newspaper Le Monde", "the manufacturer Rolls Royce", "the tanker Stena Impero",
# "the thriller Gone Girl" name things.
_TRADES = (
    r"reporter|journalist|correspondent|columnist|photographer|editor|writer|novelist|poet|author|blogger|broadcaster"
    r"|biochemist|microbiologist|chemist|physicist|scientist|biologist|economist|analyst|historian|researcher|professor"
    r"|employee|worker|officer|soldier|sergeant|pilot|bomber|hijacker|gunman|activist|campaigner|protester|dissident"
    r"|lawyer|attorney|prosecutor|judge|investigator|detective|diplomat|negotiator|politician|lawmaker|legislator"
    r"|spokesman|spokeswoman|businessman|businesswoman|entrepreneur|banker|trader|engineer|doctor|surgeon|nurse"
    r"|teacher|student|singer|actor|actress|musician|composer|painter|artist|director|producer|player|striker"
    r"|goalkeeper|coach|manager|founder|cleric|preacher|priest|imam|militant|commander|defector|witness|victim"
    r"|vocalist|guitarist|bassist|pianist|drummer|rapper|comedian|presenter|anchor|designer|architect|philosopher"
    r"|vokalist|gitarist|basist|piyanist|spiker"  # Turkish: "vokalist Siouxsie Sioux", "spiker Miranda Marta Rodriguez"
)
TRADES = _TRADES  # read by desktop.suggest.english_referents (a noun of a single person)
# …and, opening a sentence, any noun of a science or a craft ("Mathematician Hermann Weyl said", "Sociologist …")
_TRADE = re.compile(rf"{_TRADES}|[a-z]+(?:ologist|ician)|[a-z]{{4,}}ist")
_DESCRIBED = re.compile(
    rf"(?<![\w’'-])(?P<noun>{_TRADES})[ \u00a0]+"
    rf"(?P<name>{_NAME_WORD}(?:[ \u00a0](?:bin|al|van|von|de|da|di|du|der|la|le)?[ \u00a0]?{_NAME_WORD}){{1,2}})(?![\w’'-]|[ \u00a0][{_UP}])")


def described_people(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of two or three name words after a lower-case noun of a trade
    ("top reporter Ahmed Mansour", "microbiologist Abdul Qadoos Khan"), a noun of :data:`_TRADES` only
    ("the newspaper Le Monde" names no person; "under George Bush" is found by the models), nor a name with
    an organisation's head word or a sentence's word ("reporter New York Times", "member Last Year")."""
    out = []
    for m in _DESCRIBED.finditer(text):
        words = m.group("name").split()
        if any(sentence_word(w) or _ORG_WORD.fullmatch(w) or w in _NOT_PERSON_LAST for w in words):
            continue
        out.append((m.start("name"), m.end("name"), m.group("name")))
    return out



def reported_people(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of two- or three-word names in a reporting frame."""
    out = []
    for rx in _REPORTED:
        for m in rx.finditer(text):
            start, name = m.start("name"), m.group("name")
            words = name.split()
            if words[0] in _WRITTEN_OUT:
                continue  # "Admiral Insurance said", "Captain Smith said": a rank's name is honorific_people's
            inner = next((i for i, w in enumerate(words[1:], 1) if w.rstrip(".") in _HONORIFICS_BEFORE_NAMES), 0)
            if inner:  # "On Saturday Evening Mr Smith said": the name starts at its honorific (honorific_people's)
                start = text.index(words[inner], start + len(" ".join(words[:inner])))
                words = words[inner:]
            while words and (words[0] in _NOT_FIRST_NAMES or _TRADE.fullmatch(words[0].lower())  # "Economist Jane Porter said"
                             or words[0] in DAYS):  # "said Friday Rolls-Royce Holdings plc would"
                start = text.index(words[1], start + len(words[0])) if len(words) > 1 else m.end("name")
                words = words[1:]
            if len(words) >= 2 and words[-1] not in _NOT_PERSON_LAST:
                out.append((start, m.end("name"), " ".join(words)))
    return out


# A relative or friend named after the word for the tie ("his wife Manju Sam", "her husband,
# John", "his friend Tyrannius Rufinus"): a person, one to three capitalised words.
_KIN = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)[ \u00a0]+(?:late[ \u00a0]+|eldest[ \u00a0]+|youngest[ \u00a0]+)?"
    r"(?:wife|husband|son|daughter|brother|sister|mother|father|widow|partner|fiancée?|girlfriend|boyfriend"
    r"|cousin|uncle|aunt|nephew|niece|grandson|granddaughter|grandmother|grandfather|friend)"
    rf",?[ \u00a0]+(?P<name>{_NAME_WORD}(?:[ \u00a0](?:(?:bin|bint|al|el|van|von|de|da|di|du|der|la|le)[ \u00a0-]?)?{_NAME_WORD}){{0,2}})(?![\w’'-])"
)


_VERB_FORM = re.compile(r"\w{2,}ing|\w{4,}(?:ed|ly)")
# A speaker naming themself ("I'm Isabel Ruiz.", "My name is Anna Kowalska,"): two or three
# capitalised words that end the clause.  After "I'm"/"I am" only when they end the sentence and
# no quotation mark opens right before: '"I'm Roman Catholic," she said', '"I'm Sinn Fein,"' and
# headlines ('I'm Glad Brexit Happened') say what the speaker is, not who.
_INTRODUCED = re.compile(
    r"(?P<open>[\"“‘]?)(?:(?P<i>\bI[ \u00a0]?['’]m|\bI[ \u00a0]+am)|\b[Mm]y[ \u00a0]+name(?:[ \u00a0]+is|[ \u00a0]?['’]s))[ \u00a0]+"
    rf"(?P<name>{_NAME_WORD}(?:[ \u00a0]{_NAME_WORD}){{1,2}})(?=[ \u00a0]*(?P<end>[.,!?;:]|$))", re.MULTILINE)


def _introduced(m: re.Match[str]) -> bool:
    """True when match ``m`` of :data:`_INTRODUCED` names the speaker: no word a verb's form
    ("I'm Going Home", "Mum Survived") or a demonym ("Native American"), and "I'm" ends its sentence
    outside a quotation just opened."""
    from desktop.suggest.gazetteer import is_demonym  # noqa: PLC0415 - as function_word below

    words = m.group("name").split()
    if any(_VERB_FORM.fullmatch(w) or is_demonym(w) for w in words):
        return False
    return not m.group("i") or (not m.group("open") and m.group("end") in (".", "!", ""))


def kin_people(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of a person named after a word for a relative or friend
    ("his wife Manju Sam", "her husband, John"), or naming themself ("I'm Isabel Ruiz."; not
    "I'm Not Sure."); not a month, weekday or discourse word."""
    from desktop.suggest.guesses import function_word  # noqa: PLC0415 - guesses reads this module

    out = [(m.start("name"), m.end("name"), m.group("name")) for m in _INTRODUCED.finditer(text)
           if not any(w in NOT_ENTITIES or w in _NOT_FIRST_NAMES or function_word(w) for w in m.group("name").split())
           and _introduced(m)]  # "I'm Going Home."
    for m in _KIN.finditer(text):
        words = m.group("name").split()
        while words and (words[-1] in NOT_ENTITIES or words[-1] in _NOT_FIRST_NAMES):
            words.pop()  # "his son John Monday": the weekday is no name
        if words and words[0] not in NOT_ENTITIES and words[0] not in _NOT_FIRST_NAMES:
            name = " ".join(words)
            out.append((m.start("name"), m.start("name") + len(name), name))
    return out
