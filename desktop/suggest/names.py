"""Actor candidates beyond titles and the gazetteer (no I/O, no Qt).

* :func:`acronyms`, :func:`defined_acronyms` — from :mod:`desktop.suggest.abbreviations`
  ("BBC", "University and College Union (UCU)");
* :func:`honorific_people` — "Mr Obama", "Mrs. May", "Dr Jo Grady", "Lord
  Cameron", "Sir Keir Starmer";
* :func:`kin_people` — a person named after a relative's or friend's tie ("his wife Manju
  Sam", "her husband, John");
* :func:`reported_people` — a two- or three-word name in a reporting frame:
  "Eric Reeves said", "said Marissa Mayer", "according to Jo Grady", "Jo Grady,
  the UCU general secretary";
* :func:`link_surnames` — within a document, a person's later mentions by
  surname ("Mr Obama", "Obama") take the full name of the first mention
  ("President Barack Obama");
* :func:`retype` — the type a recogniser gave a span, corrected by its words and
  its neighbours: an organisation's head word ("Customs Administrations of …"), a
  news agency's name ("Kazinform"), a settlement noun ("Kecialan village", "the
  village of Kecialan", "Keçialan köyü");
* :func:`organisation_then_place` — an organisation written with a place in its
  name ("Yahoo Japan", "Pilot Gallery İstanbul") is one organisation;
* :func:`list_members` — the other names of a list whose names are mostly found
  ("Tohpati, Ridho and Abdee Negara"), and :func:`places_named_after_noun` — "the city
  of Baqubah", "Nazilli ilçesi";
* :func:`common_abbreviation`, :func:`demonym_suffix` and :data:`NOT_ENTITIES` — what
  is not an actor ("UAV", "XXVII", "СМИ"; "ABD'li"; "Dec", "Ramadan").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable

from desktop.suggest.abbreviations import LETTERS_UP as _UP
from desktop.suggest.abbreviations import NOT_ACRONYMS as _NOT_ACRONYMS
from desktop.suggest.abbreviations import (acronyms, after_ship_prefix, common_abbreviation, defined_acronyms,
                                          label_or_prefix)
from desktop.suggest import legal_forms
from desktop.suggest.given_names import shouted_surname
from desktop.suggest.words import NON_SPACE as _NON_SPACE

__all__ = [
    "AMBIGUOUS_LEGAL_FORMS", "CAP_AFTER", "CAP_BEFORE", "COMPANY_RANKS", "DAYS", "DIVISIONS", "LEGAL_FORMS", "MONTHS", "NOT_ENTITIES", "ORG_HEAD_WORDS_EN", "ORG_HEADS_EN", "acronyms", "after_ship_prefix", "caps_surname",
    "common_abbreviation", "defined_acronyms", "demonym_suffix", "described_people", "fold", "honorific_people",
    "in_running_text", "kin_people", "label_or_prefix", "list_members", "opens_sentence", "organisation_then_place", "short_title_line",
    "places_named_after_noun", "reported_people", "reported_surnames", "retype",
    "seat_of_government", "sentence_word", "surname_mentions", "title_line", "without_leading_preposition",
]

_LOW = "a-zçğıöşüа-яёәғқңөұүһі"
_NAME_WORD = rf"[{_UP}][{_LOW}]+(?:[-'’][{_UP}][{_LOW}]+)?"


# Honorifics and the abbreviated ranks and offices written before a name ("Sen. Warren",
# "Brig. Gen. Richard Coe", "Professor Cres Eastman"); one may follow another.
_HONORIFICS = (
    r"Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Professor|Sir|Dame|Lord|Lady|President-elect|Rev|Reverend|Rabbi"
    r"|Sen|Rep|Gov|Gen|Lt|Col|Maj|Capt|Sgt|Cpl|Adm|Brig|Cmdr|Lt[ ]Gen|Lt[ ]Col|Maj[ ]Gen"
    r"|Sayın|Sn|Bay|Bayan|г-н|г-жа|господин|госпожа"
    # ranks and clerical titles written out ("General Pervez Musharraf", "Grand Ayatollah Ali Sistani")
    r"|General|Colonel|Lieutenant|Captain|Major|Admiral|Marshal|Sergeant|Corporal|Grand[ ]Ayatollah|Ayatollah|Mullah"
    r"|Imam|Cardinal|Archbishop|Bishop|Sheik|Representative"
)
# Written-out titles that also open names of other things ("General Motors", "Captain America",
# "Cardinal Health", "Bishop Auckland"): a person only with two or three name words.
COMPANY_RANKS = frozenset({"General", "Captain", "Major", "Marshal", "Cardinal", "Bishop", "Admiral"})  # "Admiral Insurance"
_TWO_WORDS_AFTER = COMPANY_RANKS
_WRITTEN_OUT = _TWO_WORDS_AFTER | {"Colonel", "Lieutenant", "Sergeant", "Corporal", "Grand Ayatollah",
                                   "Ayatollah", "Mullah", "Imam", "Archbishop", "Sheik", "Representative"}
# Last words of a company or a building named after a title ("General Electric Co", "Imam Ali Mosque").
_NOT_AFTER_A_RANK = {"Co", "Corp", "Inc", "Ltd", "Plc", "Motors", "Electric", "Dynamics", "Mills", "Insurance", "Health", "Mosque", "Shrine",
                     "Cathedral", "Temple", "Airport", "Base", "Bridge", "Hotel", "Stadium"}
# A rank and one name word are a person when the person speaks ("Captain Smith said", "Major
# Jones, who said …"); "General Motors said" ends in a company's word (above).
_RANK_REPORTED = re.compile(r",?[ \u00a0]+(?:who[ \u00a0]+)?(?:said|says|told|added|warned|insisted|denied|confirmed)\b")
# Ranks that open more bodies and firms than names ("General Staff", "General Atomics", "General Counsel",
# "Cardinal Financial"): with one word that speaks, a person only when that word is a surname the text
# writes alone too ("General Zaluzhny said … Zaluzhny added").
_RANKS_OF_BODIES = {"General", "Cardinal"}


def _surname_alone(text: str, m: re.Match[str]) -> bool:
    """The one name word after a rank is a surname: the rank is not one of :data:`_RANKS_OF_BODIES`,
    or the text writes the word again elsewhere."""
    if m.group("title") not in _RANKS_OF_BODIES:
        return True
    word = re.compile(rf"(?<![\w’'-]){re.escape(m.group('name').strip())}(?![\w-])")
    return word.search(text, 0, m.start("name")) is not None or word.search(text, m.end("name")) is not None


# Abbreviations that are also words ("Gen", "Rep", "Col") count only with their full stop.
_BARE_WORDS = {"Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Cpl", "Adm", "Brig", "Cmdr",
               "Lt Gen", "Lt Col", "Maj Gen"}
_HONORIFIC = re.compile(
    rf"(?<![\w])(?P<title>(?:(?:{_HONORIFICS})\.?[ \u00a0]+)*(?:{_HONORIFICS}))(?P<dot>\.?)[ \u00a0]+"
    # initials before the name, with or without full stops ("Professor S D Muni", "Dr J. R. Hartley")
    rf"(?P<name>(?:[A-Z]\.?[ \u00a0]){{0,3}}{_NAME_WORD}(?:[ \u00a0](?:(?:bin|bint|ibn|abu|al|el)[ \u00a0])?{_NAME_WORD}){{0,2}})"
)


# A speaker of a transcript in capitals before a colon ("MR KIRBY:", "MS. PSAKI :", "Mr. MURPH
# ARCHIBALD (Nephew of Red Blount):"), and a byline in capitals on its own line ("By MARK CARREAU").
_SPEAKER = re.compile(
    r"(?<![\w])(?P<title>MR|MRS|MS|DR|Mr|Mrs|Ms|Dr)\.?[ \u00a0]+(?P<name>[A-Z][A-Z'’-]+(?:[ \u00a0][A-Z][A-Z'’-]+){0,2})"
    r"(?=[ \u00a0]?(?:\([^()\n]{1,60}\)[ \u00a0]?)?:)"
    r"|^(?P<by>By|BY)[ \u00a0]+(?P<byline>[A-Z][A-Z'’-]+(?:[ \u00a0][A-Z][A-Z.'’-]*){1,2}|[A-Z][a-z'’-]+(?:[ \u00a0][A-Z][\w.'’-]*){1,2})"
    r"(?=[ \u00a0]*(?:,[^\n]*)?$)",
    re.MULTILINE)


# Words of a longer title ending in a rank ("Inspector General", "Field Marshal", "Attorney General",
# "Lieutenant Colonel" is a rank of its own).
_TITLE_BEFORE_A_RANK = {"Inspector", "Field", "Attorney", "Surgeon", "Solicitor", "Adjutant", "Postmaster", "Auditor",
                        "Comptroller", "Secretary", "Director", "Governor", "Vice", "Rear", "Fleet", "Air", "Staff",
                        "Judge", "Provost", "Consul", "Procurator", "Prosecutor", "Accountant"}
# Words that make a compound rank of a rank that also opens a company's name: "Rear Admiral Wilkes", "Field Marshal
# Slim" are people with one name word (no "Rear Admiral Insurance")
_RANK_PREFIXES = {"Vice", "Rear", "Fleet", "Air", "Field"}
_CAP_WORD_BEFORE = re.compile(rf"({_NAME_WORD})[ \u00a0]+$")


# Offices a transcript addresses in capitals ("MR PRESIDENT:", "MR SPEAKER:"): no name.
_SPEAKER_TITLES = {"President", "Speaker", "Chairman", "Chairwoman", "Chair", "Secretary", "Minister", "Ambassador",
                   "Moderator", "Deputy", "Vice", "Prime", "Clerk", "Commissioner", "Governor", "Mayor", "Justice", "Judge"}
# Words of a byline that names no person ("By Reuters Staff", "By STAFF REPORTER", "By Popular Demand").
_NO_BYLINE_WORDS = {"Staff", "Reporter", "Reporters", "Correspondent", "Correspondents", "Writer", "Writers", "Editor",
                    "Editors", "Desk", "Team", "Wire", "Wires", "Newsroom", "Reuters", "Bloomberg", "Xinhua", "Interfax",
                    "Popular", "Demand", "Request", "Default", "Design", "Appointment", "Invitation", "Order", "Chance",
                    "Accident", "Hand", "Law", "Numbers", "Example"}


def honorific_people(text: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, name, honorific)``: the span covers the honorific.  A name word that
    heads an organisation ("Gen. Motors Group", "Rep. Office") ends the name before it.  A
    transcript's speaker in capitals ("MR KIRBY:", "Mr. ARCHIBALD:") and a byline in capitals
    ("By MARK CARREAU", whose span is the name's) are named in title case (Kirby, Mark Carreau)."""
    out = []
    for m in _SPEAKER.finditer(text):
        if m.group("by"):
            byline = m.group("byline")
            if any(w.title() in NOT_ENTITIES or w.title() in _NOT_FIRST_NAMES or w.title() in _NO_BYLINE_WORDS
                   or _ORG_WORD.fullmatch(w.title()) for w in byline.split()):
                continue  # "By Monday Night", "By The Way", "By Reuters Staff", "By Popular Demand"
            out.append((m.start("byline"), m.end(), byline.title() if byline.isupper() else byline, ""))
        elif not common_abbreviation(m.group("name")) and m.group("name").split()[0].title() not in _SPEAKER_TITLES:
            said = m.group("name").split()
            while len(said) > 1 and said[0].upper() in ("MR", "MRS", "MS", "DR"):
                said = said[1:]  # "MR MR MR KIRBY:" (a transcript's typo): Kirby
            out.append((m.start(), m.end(), " ".join(said).title(), m.group("title").title()))
    for m in _HONORIFIC.finditer(text):
        before = _CAP_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        # "Inspector General Michael Horowitz", "Field Marshal Khalifa Haftar": the title starts before the rank
        start = before.start(1) if before is not None and before.group(1) in _TITLE_BEFORE_A_RANK else m.start()
        last = m.group("title").split()[-1].split(".")[-1] or m.group("title")
        if not m.group("dot") and (last in _BARE_WORDS or m.group("title") in _BARE_WORDS):
            continue
        if m.group("title") in _WRITTEN_OUT and (
                (m.group("title") in _TWO_WORDS_AFTER and " " not in m.group("name").strip()
                 and not (_RANK_REPORTED.match(text, m.end("name")) and _surname_alone(text, m))
                 and not (before is not None and before.group(1) in _RANK_PREFIXES))  # "Rear Admiral Wilkes"
                or any(w in _NOT_AFTER_A_RANK or w in _NOT_PERSON_LAST or w in _WRITTEN_OUT for w in m.group("name").split())):
            continue  # "General Motors", "Captain America", "General Electric Co", "Imam Ali Mosque"
        words = list(_NON_SPACE.finditer(text, m.start("name"), m.end("name")))  # not the text from its start, per name
        keep = 0
        while keep < len(words) and not _ORG_WORD.fullmatch(words[keep].group()):
            keep += 1
        if keep:
            end = words[keep - 1].end()
            out.append((start, end, text[m.start("name") : end], " ".join(text[start : m.end("title")].split())))
    return out


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
# Capitalised words that start sentences, not names ("Later Obama said").
_NOT_FIRST_NAMES = set(
    """The A An And But Or So Then Later Earlier Now Today Yesterday Tomorrow Meanwhile However When While
    After Before Since Although Though If As At In On Of For From By With Without This That These Those
    Last Next Mr Mrs Ms Dr Sir Lord Lady President Minister Senator Governor Mayor General Chairman Also
    Still Yet Even Only Both Former Acting Deputy Chief Prime Secretary Foreign Interior State
    How Why What Where Who Whom Whose Which Whether""".split()
)


# One capitalised word right before a reporting verb ("…, Merkel said", "Musk told reporters").
_SURNAME_REPORTING = re.compile(rf"(?<![\w’'.-])(?P<name>{_NAME_WORD})[ \u00a0]+(?:{_REPORT_VERBS})\b")


_WORD_BEFORE = re.compile(rf"(?:^|[^\w’'-])(?P<word>{_NAME_WORD}|the|a|an|The|A|An)[ \u00a0]+$")


_TWO_NAME_WORDS = re.compile(rf"(?<![\w’'-])(?P<first>{_NAME_WORD})(?=[ \u00a0]+(?P<last>{_NAME_WORD})(?![\w’'-]))")


def _full_names_by_surname(text: str) -> dict[str, list[tuple[int, int]]]:
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
        full_names = _full_names_by_surname(text) if full_names is None else full_names
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


def sentence_word(word: str) -> bool:
    """A capitalised word that opens sentences or names a day ("Some", "Then", "Monday"), not a name."""
    return word in NOT_ENTITIES or word in _NOT_FIRST_NAMES


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


def surname_mentions(text: str, surnames: Iterable[str]) -> list[tuple[int, int, str]]:
    """``(start, end, surname)`` of capitalised words equal to a known surname
    (with an English possessive or a Turkish suffix after an apostrophe outside);
    letters are compared :func:`fold`-ed, and ``surname`` is the folded form."""
    known = {fold(s) for s in surnames if len(s) >= 3}
    if not known:
        return []
    folded = fold(text)
    # "O'Brien", "St. John": an alternation, longest first; it is a whole word or more of the text
    other = sorted((n for n in known if not _WORD.fullmatch(n)), key=len, reverse=True)
    found = [(m.start(), m.end()) for m in re.finditer(r"(?<![\w-])(?:" + "|".join(map(re.escape, other)) + r")(?![\w-])",
                                                        folded)] if other else []
    # a surname of letters and hyphens only is a whole word of the text ([\w-] on neither side), so it is looked up among
    # the words that start with a surname's first letter (one alternation of a thousand surnames took 0.7 s on 1 MB);
    # such a word starts no other surname and lies in one only when that one starts before it (the alternation's
    # leftmost match): those go
    plain = known.difference(other)
    if plain:
        words = re.finditer(r"(?<![\w-])[" + "".join(sorted({re.escape(n[0]) for n in plain})) + r"][\w-]*", folded)
        starts, ends = [a for a, _b in found], [b for _a, b in found]

        def outside(pos: int) -> bool:  # in no surname of the alternation's
            i = bisect_left(starts, pos + 1)
            return i == 0 or ends[i - 1] <= pos
        found += [(m.start(), m.end()) for m in words if m.group() in plain and outside(m.start())]
    return [(a, b, folded[a:b]) for a, b in sorted(found) if not _inside_a_name(text, a, b)]


_WORD = re.compile(r"[\w-]+")


_FOLD = str.maketrans("çğıöşüâîûÇĞİÖŞÜÂÎÛ", "cgiosuaiuCGIOSUAIU")


def fold(text: str) -> str:
    """Turkish letters without their marks, character for character (offsets kept):
    "Keçialan" and "Kecialan" are one surname."""
    return text.translate(_FOLD)


_CAPS_SURNAME = re.compile(rf"[ \u00a0]([{_UP}]{{4,}})(?![\w])")


def caps_surname(text: str, end: int) -> tuple[int, str] | None:
    """A surname written in capitals right after a name ending at ``end`` ("Dilara
    Cansın KEÇİALAN", as bylines write it): (its end, the surname in title case)."""
    m = _CAPS_SURNAME.match(text, end)
    if m is None or m.group(1) in _NOT_ACRONYMS:
        return None
    word = m.group(1)
    return m.end(), word[0] + "".join("i" if c == "İ" else c.lower() for c in word[1:])


_CAP_BEFORE = re.compile(rf"([{_UP}][\w.’'-]*)[ \u00a0]$")
_CAP_AFTER = re.compile(rf"[ \u00a0][{_UP}]")


def _inside_a_name(text: str, start: int, end: int) -> bool:
    """A capitalised word right before or after: the word is part of another name
    ("Grammy Award", "Davis Cup", "Iron Curtain"), not a person's surname alone."""
    before = _CAP_BEFORE.search(text, max(0, start - 30), start)
    if before is not None and before.group(1) not in _NOT_FIRST_NAMES and not _SENTENCE_END_WORD.search(before.group(1)):
        return True  # not "Later Obama" (a sentence's first word), nor "… GlobalSecurity.org. Pike said"
    return bool(_CAP_AFTER.match(text, end))


_SENTENCE_END_WORD = re.compile(r"[a-z]{2,}[.!?]$")


# The weekdays, and the days named from today as they are ("Tomorrow ?", "Tonight we play").
DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Today", "Tomorrow", "Yesterday", "Tonight"}
# Capitalised words the recognisers take for names: days, months, discourse words, headings.
# The months, which no name's "of"/"on" tail begins with ("Tesco plc on Monday", "Bank of England in March").
MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
          "December"}
NOT_ENTITIES = DAYS | MONTHS | {
    "God", "Internet",
    # discourse words and section headings that open sentences and lines
    "Moreover", "However", "Furthermore", "Additionally", "Meanwhile", "Nevertheless", "Therefore", "Thus", "Hence",
    "Indeed", "Finally", "Overall", "Consequently", "Similarly", "Likewise", "Instead", "Accordingly", "Besides",
    "Analysis", "Conclusion", "Conclusions", "Introduction", "Abstract", "Summary", "References", "Notes",
    "Sources", "Keywords", "Background", "Methodology", "Results", "Discussion", "Bibliography", "Appendix", "Biography",
    # pronouns and determiners that open sentences
    "We", "They", "He", "She", "It", "I", "You", "Our", "Their", "The", "This", "That", "These", "Those",
    # Russian discourse words that open sentences ("Тогда", "Однако")
    "Тогда", "Однако", "Также", "Поэтому", "Сейчас", "Теперь", "Затем", "Потом", "Кроме", "Впрочем", "Между",
    # abbreviated months and weekdays ("Jan", "Mar", "Sun", "Sat" are names too), feasts, faiths
    "Feb", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Thu", "Thurs", "Fri",
    "Ramadan", "Christmas", "Easter", "Eid", "Hanukkah", "Passover", "Diwali", "Lent", "Sunni", "Sunnis", "Shia",
    "Shias", "Shiite", "Shiites", "Muslims", "Christians", "Jews", "Catholics", "Protestants", "Hindus", "Buddhists",
    # faiths and their adjectives ("a Moslem preacher", "Judaism and Christianity"); "Christian" and "Islam" are also names
    "Muslim", "Moslem", "Moslems", "Jewish", "Islamic", "Hindu", "Buddhist", "Sikh", "Sikhs", "Christianity", "Judaism",
    "Buddhism", "Hinduism", "Sikhism", "Paganism",
    # amounts that open sentences ("Tens of thousands of protesters", "Сотни людей", "Binlerce kişi")
    "Majority", "Minority",  # "Senate Majority Leader …": part of a title
    "Tens", "Dozens", "Scores", "Hundreds", "Thousands", "Millions", "Billions", "Several", "Many", "Most", "Some",
    "Десятки", "Сотни", "Тысячи", "Миллионы", "Onlarca", "Yüzlerce", "Binlerce", "Milyonlarca",
}


# ---------------------------------------------------------------- types of recognised spans
# Companies' legal forms, a head word of their names (organisations.LEGAL_FORM takes them off the name;
# defined in desktop.suggest.legal_forms)
LEGAL_FORMS = legal_forms.PATTERN
AMBIGUOUS_LEGAL_FORMS = legal_forms.AMBIGUOUS_PATTERN
# Head words of English organisation names ("National Bank", "Ministry of …", "Customs Administration"),
# without the legal forms, after which no "of …"/"on …" tail goes on ("Deutsche Bank AG of Germany").
ORG_HEAD_WORDS_EN = (
    r"Bank|Ministry|Agency|Committee|Union|Council|Fund|Corporation|Commission|Authority"
    r"|Organi[sz]ation|Institute|University|Association|Federation|Chamber|Forum|Centre|Center"
    r"|Company|Group|Holdings?|Rail|Railways?|Exchange|Parliament|Assembly|Secretariat|Office"
    r"|Administrations?|Service|Department|Directorate|Inspectorate|Agencies|Ministries|Gallery|Museum"
    r"|Party|Society|Confederation|Foundation|Trust|Alliance|League|Club|Coalition|Movement|Army|Navy|Forces"
    r"|Police|Court|Church|College|School|Academy|Hospital|Laboratory|Board|Bureau|Tribunal|Congress|Senate"
    r"|Airlines|Airways|Publishing|Inc|Ltd|Corp|Brigades?|Command"
    # armed bodies and movements ("Badr Corps", "Air National Guard", "Iranian Revolutionary Guards", "Moro Islamic
    # Liberation Front"; not a war's front, "Western Front", nor a guard at work, "Security Guard")
    r"|Corps|(?<!Security[ ])(?<!Prison[ ])(?<!Night[ ])Guards?|(?<!Western[ ])(?<!Eastern[ ])(?<!Home[ ])Front"
)
# ... and companies' legal forms ("Tesco plc", "Proastiakos S.A.", "Siemens GmbH", "Fiat SpA", "Enron North America LLC")
ORG_HEADS_EN = ORG_HEAD_WORDS_EN + r"|" + LEGAL_FORMS
_ORG_HEADS_OTHER = (
    r"Bankası|Bakanlığı|Birliği|Örgütü|Ajansı|Komitesi|Konseyi|Fonu|Kurumu|Başkanlığı|Meclisi|Teşkilatı"
    r"|Şirketi|Odası|Üniversitesi|İdaresi|Müdürlüğü|Galerisi|Müzesi|Partisi"
    r"|Министерств[оаеу]|Агентств[оаеу]|Комитет(?:а|у|ом|е)?|Управлени[еяюи]|Служб[аыеу]|Администраци[яиюей]"
    r"|Банк(?:а|у|ом|е)?"
)
_ORG_WORD = re.compile(rf"(?:{ORG_HEADS_EN}|{_ORG_HEADS_OTHER})")
_ORG_HEAD = re.compile(rf"(?<![\w-])(?:{ORG_HEADS_EN}|{_ORG_HEADS_OTHER})(?![\w-])")
# News agencies and papers named by one made-up word: Kazinform, AKIpress, Tengrinews, Gazeta.uz.
_AGENCY_WORD = re.compile(r"^[A-ZА-Я]\w*(?:inform|press|news|пресс|информ)$|^\w+\.(?:kz|uz|kg|tj|ru|az|com)$", re.IGNORECASE)
_SETTLEMENT = (
    r"village|town|city|district|province|region|county|valley|köy\w*|kent\w*|ilçe\w*|mahalle\w*|kasaba\w*"
    r"|сел[оау]|деревн\w+|посёлок|поселок|город\w*|район\w*|аул\w*|ауыл\w*"
)
_SETTLEMENT_AFTER = re.compile(rf"[ \u00a0]+(?:{_SETTLEMENT})(?![\w])", re.IGNORECASE)
# Lower-case nouns of a publisher or a company right before a name ("the French newspaper Le Monde").
_BODY_NOUN_BEFORE = re.compile(
    r"(?<![\w-])(?:newspaper|daily|paper|magazine|weekly|tabloid|broadcaster|channel|network|publisher|carmaker"
    r"|automaker|manufacturer|airline|carrier|retailer|supermarket|bank|insurer|firm|company|group|club|band)[ \u00a0]+$")
# The last word of a state's division named by its seat or its own name ("Albany County", "Herat Province").
DIVISIONS = r"County|Parish|Township|Borough|Province|District|Governorate|Prefecture|Oblast"
_DIVISION_LAST = re.compile(rf"[ \u00a0](?:{DIVISIONS})$")
_SETTLEMENT_BEFORE = re.compile(rf"(?:{_SETTLEMENT})[ \u00a0]+(?:of[ \u00a0]+)?$", re.IGNORECASE)


# Buildings and streets that news names for the government in them ("the White House said"):
# organisations, not places or people.
SEATS_OF_GOVERNMENT = frozenset({
    "White House", "Downing Street", "Whitehall", "Kremlin", "Pentagon", "Elysee", "Élysée", "Elysee Palace",
    "Élysée Palace", "Capitol Hill", "Quai d'Orsay", "Zhongnanhai", "Blue House", "Foggy Bottom", "Akorda",
})
# The same seats in Russian, Turkish and Kazakh, in any case ("в Кремле", "Белого дома", "Ақордада",
# Kazakhstan's presidential palace, "в Акорде"): their names.
_SEAT_FORMS = (
    (r"Кремл(?:ь|я|ю|ём|ем|е)", "Кремль"),
    (r"Ақорда(?:да|дағы|ға|ның|ны|дан|мен)?", "Ақорда"),
    (r"Акорд(?:а|ы|е|у|ой)", "Акорда"),
    (r"Бел(?:ый|ого|ому|ым|ом)[ \u00a0]дом(?:а|у|ом|е)?", "Белый дом"),
    (r"Пентагон(?:а|у|ом|е)?", "Пентагон"),
    (r"Beyaz[ \u00a0]Saray", "Beyaz Saray"),
)
SEAT_FORMS = "|".join(p for p, _n in _SEAT_FORMS)
_SEAT_PATTERNS = [(re.compile(p), n) for p, n in _SEAT_FORMS]  # compiled once: asked of every recognised name
_ANY_SEAT = re.compile(SEAT_FORMS)  # one test first: most names are no seat, and the forms are tried one by one only for a seat


def seat_of_government(exact: str) -> str | None:
    """The name of the seat of government ``exact`` writes ("Кремле": Кремль), if it is one."""
    words = " ".join(exact.split())
    if words in SEATS_OF_GOVERNMENT:
        return words
    if _ANY_SEAT.fullmatch(words) is None:
        return None
    return next((name for pattern, name in _SEAT_PATTERNS if pattern.fullmatch(words)), None)


# Last words of names in a reporting frame that make them no person ("Downing Street said").
_NOT_PERSON_LAST = {"House", "Street", "Palace", "Hall", "Square", "Office", "Building", "Tower", "Avenue", "Road",
                    "County", "Parish", "Township", "Borough", "Province", "District"}  # "Tangipahoa Parish said"


def retype(text: str, start: int, end: int, kind: str, known: Callable[[str], bool] = lambda _word: False) -> str:
    """The entity type of a recognised span ``text[start:end]`` that the recogniser
    called ``kind`` (person, organisation, place; "other" when nothing said), corrected
    by what says otherwise; ``known(word)``: the gazetteer names a state or an organisation so ("USA", "NATO")."""
    exact = text[start:end]
    if seat_of_government(exact):
        return "organisation"
    if kind in ("organisation", "other") and shouted_surname(exact) and not known(exact.split()[-1]):
        return "person"  # "Theresa MAY": a given name, then the surname in capitals (not "Maria USA", a place)
    headed = _ORG_HEAD.search(exact) is not None and _ORG_WORD.fullmatch(exact.strip()) is None  # "Trust was low"
    if kind != "organisation" and (headed or _AGENCY_WORD.search(exact)):
        return "organisation"
    if kind in ("person", "other") and " " not in exact.strip():
        if _SETTLEMENT_AFTER.match(text, end) or _SETTLEMENT_BEFORE.search(text[max(0, start - 20) : start]):
            return "place"
    if kind in ("person", "other") and _BODY_NOUN_BEFORE.search(text, max(0, start - 30), start):
        return "organisation"  # "the newspaper Le Monde", "the manufacturer Rolls Royce"
    if kind in ("person", "other") and _DIVISION_LAST.search(exact) and " of " not in exact:
        return "place"  # "Albany County", "Tangipahoa Parish": a division of a state, not a person
    return kind


# An apostrophe and a Turkish case ending after a name ("Gazze'de", "Brüksel'i"); not the English possessive "'s"
_TURKISH_CASE_AFTER = re.compile(r"['’](?!s(?!\w))[^\W\d_]")


def organisation_then_place(text: str, spans: Iterable[tuple[int, int, str]],
                            body: Callable[[str], bool] = lambda _name: False) -> list[tuple[int, int]]:
    """``(start, end)`` of an organisation directly followed by a place or state
    ("Yahoo" + "Japan", "Pilot Gallery" + "İstanbul"): one name, the organisation's.
    ``spans`` are ``(start, end, type)`` candidates, in any order.  Not a body named whole by itself (``body``: the
    gazetteer's) and a place with a Turkish case ending after an apostrophe: the sentence's subject and where it acted
    ("Hamas Gazze'de ateşkesi kabul etti", "NATO Brüksel'de"); a club's form still joins ("FC Krasnodar'da"), and
    so does an English possessive ("Yahoo Japan's profit")."""
    places = {s: e for s, e, kind in spans if kind in ("place", "state")}
    out = []
    for start, end, kind in spans:
        if kind != "organisation" or text[end : end + 1] not in (" ", "\u00a0"):
            continue
        place_end = places.get(end + 1)
        if place_end is not None and not (_TURKISH_CASE_AFTER.match(text, place_end) and body(text[start:end])):
            out.append((start, place_end))
    return out


_LEADING_PREPOSITION = re.compile(
    r"(?:Near|In|At|On|From|To|By|For|With|Without|Of|Under|Outside|Inside|Across|Around|Across|Into|Between"
    r"|And|But|Or|As|After|Before|During|Since|Via|Against|The)[ \u00a0]+(?=[^\W\d_])"
)


def without_leading_preposition(text: str, start: int, end: int) -> int:
    """Where a recognised span really starts: after a capitalised preposition,
    conjunction or article that opened its sentence ("Near Mosul" → "Mosul", "The
    National Bank …" → "National Bank …", as the rules and the gazetteer write names)."""
    m = _LEADING_PREPOSITION.match(text, start, end)
    return m.end() if m is not None and m.end() < end else start


_LOWER_BEFORE = re.compile(rf"(?:^|[^\w])[{_LOW}][\w’'-]*[ \u00a0]+$")
# (an aside in brackets may stand between, with a figure or a capital in it: "RODERIGO LOPEZ ( 1525 - 1594 ) was the
# doctor", "NORTEL (now part of Avaya) sold"; not a heading's label in lower case: "VOX POPULI (reader letters) and")
_LOWER_AFTER = re.compile(rf"(?:[ \u00a0]*\((?=[^()\n]{{0,39}}[\d{_UP}])[^()\n]{{1,40}}\))?[ \u00a0]+[{_LOW}]")


def in_running_text(text: str, start: int, end: int) -> bool:
    """A lower-case word right before or after ``text[start:end]`` on its line (after it, past an aside in brackets with
    a figure or a capital in it): a word in capitals there is a name ("said CENTCOM officials", "RODERIGO LOPEZ ( 1525 -
    1594 ) was"), not a heading ("ANALYSIS", "VOX POPULI (reader letters) and other columns")."""
    return bool(_LOWER_BEFORE.search(text, max(0, start - 40), start)) or bool(_LOWER_AFTER.match(text, end))


_LONG_WORD = re.compile(r"[^\W\d_]{4,}")
_HEADLINE_MAX = 300  # characters


def title_line(text: str, pos: int) -> bool:
    """True when the line holding ``pos`` is a headline in title case ("The Economic
    Convergence of Kazakhstan and Tajikistan"): five or more long words, nearly all
    capitalised, no full stop at its end; its capitals say nothing about names."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = end if end >= 0 else len(text)
    if end - start > _HEADLINE_MAX:
        return False  # a paragraph on one line, not a headline: not read word by word per name
    words = _LONG_WORD.findall(text, start, end)
    headline = not text[start:end].rstrip().endswith(".")
    return headline and len(words) >= 5 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


# A short line in title case: every word capitalised but a few function words, no full stop at its end ("Tony Blair
# Resigns", "Wildfire Threatens Kern County"), which names.title_line leaves to lines of five long words or more.
_TITLE_WORD = re.compile(r"[^\w]*(?:[A-Z0-9][\w’'.-]*|a|an|the|of|in|on|at|to|for|and|or|but|by|as|vs)[^\w]*|[^\w]+")


def short_title_line(text: str, pos: int) -> bool:
    """Whether the line holding ``pos`` is a short headline in title case: two to twelve words, each capitalised but
    a few function words ("in", "of", "the"), no full stop, question or exclamation mark at its end."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = end if end >= 0 else len(text)
    words = text[start:end].split()
    return (2 <= len(words) <= 12 and not words[-1].endswith((".", "?", "!"))
            and all(_TITLE_WORD.fullmatch(w) for w in words))


# ---------------------------------------------------------------- names beside recognised names
_ITEM = rf"{_NAME_WORD}(?:[ \u00a0](?:bin|al|van|von|de|da|di|du|der|la|le)?[ \u00a0]?{_NAME_WORD}){{0,2}}"
_LIST_SEP = r"(?:[ ]?,[ \u00a0](?:and[ \u00a0]|&[ \u00a0])?|[ \u00a0](?:and|&)[ \u00a0])"
_NAME_LIST = re.compile(rf"(?<![\w’'-]){_ITEM}(?:{_LIST_SEP}{_ITEM})+(?![\w’'-])")
_ITEM_RE = re.compile(_ITEM)


def list_members(text: str, spans: Iterable[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``(start, end, type)`` of the other names in a list whose names are at least half
    recognised already, all of one type ("Tohpati, Ridho and Abdee Negara", "Chuck and
    Gretchen") or, in a list of four or more people, all but one ("writers Mark Twain, Robert Louis
    Stevenson, Christopher Moore, …" with one of them taken for an organisation): each
    capitalised item of one to three words that overlaps nothing found takes that type.
    ``spans`` are the ``(start, end, type)`` already found."""
    found = {(s, e): kind for s, e, kind in spans}
    starts = sorted(found)
    out = []
    for m in _NAME_LIST.finditer(text):
        items = [(i.start(), i.end()) for i in _ITEM_RE.finditer(text, m.start(), m.end())]
        kinds = [found[i] for i in items if i in found]
        known = len(kinds)
        kind = max(set(kinds), key=kinds.count) if kinds else ""
        # one odd type only among people: places and states beside a company ("London, Paris, …,
        # Ryanair and Wizz") give the unfound none of theirs
        if 2 * known < len(items) or kinds.count(kind) < known - (1 if known >= 4 and kind == "person" else 0):
            continue
        if len(items) == 2 and not re.search(r"[ \u00a0](?:and|&)[ \u00a0]", text[items[0][1] : items[1][0]]):
            # a comma alone joins clauses too; "Boxborough, Massachusetts" (a place, then its
            # state or country) is a pair, "During the Middle Ages, Athens …" is not
            if kind not in ("place", "state") or items[1] not in found or text[max(0, m.start() - 4) : m.start()] == "the ":
                continue
        for start, end in items:
            words = text[start:end].split()
            if (start, end) in found or words[0] in _NOT_FIRST_NAMES or any(w in NOT_ENTITIES for w in words):
                continue
            if len(words) == 1 and opens_sentence(text, start):
                continue  # "Afterwards, Wang Shichong …"
            i = bisect_left(starts, (start, start))
            near = starts[max(0, i - 1) : i + 1]
            if any(s < end and start < e for s, e in near):
                continue
            out.append((start, end, kind))
    return out


_DEMONYM_SUFFIX = re.compile(r"['’]l[iıuü](?:lar|ler)?(?:[ıiuü]n|[ıiuü]|d[ıiuü]r|[dt][ae]|y[ae]|[dt][ae]n)?(?![^\W\d_])")


def demonym_suffix(text: str, end: int) -> bool:
    """True when a Turkish "-li" suffix follows ``text[:end]``: "ABD'li bir şirket",
    "İstanbul'lu" say where someone is from, they do not name the place."""
    return _DEMONYM_SUFFIX.match(text, end) is not None


def opens_sentence(text: str, start: int) -> bool:
    """True when ``text[start:]`` opens a sentence, a line or a clause after a colon or a dash."""
    before = text[max(0, start - 3) : start].rstrip(" \u00a0\"“«(")
    return not before or before[-1] in ".!?\n:;—–-"


_PLACE_OF = re.compile(
    rf"\b(?:city|town|village|province|region|district|county|capital|state|governorate|port)[ \u00a0]+of[ \u00a0]+"
    rf"(?P<name>{_NAME_WORD}(?:[ \u00a0](?:(?:bin|bint|ibn|abu|al|el)[ \u00a0])?{_NAME_WORD}){{0,2}})"
)


_PLACE_BEFORE_TR = re.compile(
    rf"(?<![\w’'])(?P<name>{_NAME_WORD}(?:[ \u00a0]{_NAME_WORD})?)[ \u00a0]+"
    # the noun in its compound form ("Nazilli ilçesi", "Kecialan köyünde", "Bursa şehrinin"), not the bare
    # noun's genitive after a sentence's first word ("Aslında şehrin sınırları": the city's)
    r"(?:ilçe(?:si|leri|[ \u00a0]merkez)|belde(?:si|leri)|köyü(?!n(?![\w]))|köyleri|şehri(?!n(?![\w]))|kenti(?!n(?![\w]))"
    r"|kasabası|mahalle(?:si|leri)|şehirleri|kentleri|illeri"
    r"|ili(?:n|nde|ne|nin|nden)?(?![\w]))[\w]*"
)
# A plural settlement noun after a list of names ("Resne, Manastır ve Pirlepe şehirleri", "Siming ve Huli ilçeleri"):
# each name of the list is a place; a name of the list before the last one ("Manastır ve " before "Pirlepe").
_PLURAL_SETTLEMENT = re.compile(r"[ \u00a0]+(?:ilçe|belde|köy|şehir|kent|mahalle|il)leri")
_LISTED_BEFORE = re.compile(rf"(?<![\w’'])(?P<name>{_NAME_WORD})[ \u00a0]*(?:,|[ \u00a0]ve)[ \u00a0]+$")


def places_named_after_noun(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of a place named after a settlement noun and "of": "the city of
    Baqubah", "the province of Latakia" (the noun in lower case: "City of London" is a name);
    and in Turkish before it: "Nazilli ilçesi", "İslamköy beldesinde", "Ankara ilinde"."""
    out = [(m.start("name"), m.end("name")) for m in _PLACE_OF.finditer(text)]
    mid: frozenset[str] | None = None
    for m in _PLACE_BEFORE_TR.finditer(text):
        word = m.group("name")
        if " " not in word and opens_sentence(text, m.start("name")):
            # one word opening a sentence before "şehrinin", "köyüne" may be an adverb ("Aslında şehrinin
            # nüfusu arttı": his city's): a place only when the text writes it mid-sentence too
            mid = frozenset(_MID_SENTENCE_NAME.findall(text)) if mid is None else mid
            if word not in mid:
                continue
        out.append((m.start("name"), m.end("name")))
        if _PLURAL_SETTLEMENT.match(text, m.end("name")):
            out += _listed_before(text, m.start("name"))
    return [(a, b) for a, b in out if text[a:b].split()[0] not in NOT_ENTITIES | _NOT_FIRST_NAMES]


def _listed_before(text: str, start: int) -> list[tuple[int, int]]:
    """The names listed before the last one at ``start`` ("Resne, Manastır ve " before "Pirlepe şehirleri"),
    back to a word that opens the sentence or is no list's name."""
    out: list[tuple[int, int]] = []
    for _ in range(8):
        found = _LISTED_BEFORE.search(text, max(0, start - 40), start)
        if found is None:
            break
        out.append(found.span("name"))
        start = found.start("name")
    return out


_MID_SENTENCE_NAME = re.compile(rf"(?<=[{_LOW},;:][ \u00a0])[{_UP}][\w]*")


# read by desktop.suggest.english_names
NAME_WORD, NOT_FIRST_NAMES, NOT_PERSON_LAST, ORG_WORD = _NAME_WORD, _NOT_FIRST_NAMES, _NOT_PERSON_LAST, _ORG_WORD
NOT_AFTER_A_RANK = frozenset(_NOT_AFTER_A_RANK)  # "General Motors", "Imam Ali Mosque" (english_ranks)
CAP_BEFORE, CAP_AFTER = _CAP_BEFORE, _CAP_AFTER  # a capitalised word right before / after a span
