"""A person named after an honorific, a rank or an office (no I/O, no Qt): "Mr Obama", "Mrs. May", "Dr Jo Grady", "Lord
Cameron", "Sir Keir Starmer", "Brig. Gen. Richard Coe", "Grand Ayatollah Ali Sistani"; a transcript's speaker in capitals
("MR KIRBY:") and a byline ("By MARK CARREAU"). Moved out of :mod:`desktop.suggest.names`, which still exports
:func:`honorific_people` and :data:`COMPANY_RANKS`."""

from __future__ import annotations

import re

from desktop.suggest.abbreviations import common_abbreviation
from desktop.suggest.name_words import NAME_WORD as _NAME_WORD
from desktop.suggest.name_words import NOT_ENTITIES, NOT_FIRST_NAMES as _NOT_FIRST_NAMES
from desktop.suggest.name_words import NOT_PERSON_LAST as _NOT_PERSON_LAST
from desktop.suggest.name_words import ORG_WORD as _ORG_WORD
from desktop.suggest.words import NON_SPACE as _NON_SPACE

__all__ = ["COMPANY_RANKS", "HONORIFIC_PATTERN", "HONORIFIC_WORDS", "NOT_AFTER_A_RANK", "WRITTEN_OUT", "honorific_people"]


# Honorifics and the abbreviated ranks and offices written before a name ("Sen. Warren",
# "Brig. Gen. Richard Coe", "Professor Cres Eastman"); one may follow another. The one list of them:
# english_forenames.TITLES adds the titles no rule here reads ("Emir", "Judge", "Doctor").
HONORIFIC_WORDS = tuple(w.replace("_", " ") for w in (
    "Mr Mrs Ms Mx Miss Dr Prof Professor Sir Dame Lord Lady President-elect Rev Reverend Rabbi"
    " Sen Rep Gov Gen Lt Col Maj Capt Sgt Cpl Adm Brig Cmdr Lt_Gen Lt_Col Maj_Gen"
    " Sayın Sn Bay Bayan г-н г-жа господин госпожа"
    # ranks and clerical titles written out ("General Pervez Musharraf", "Grand Ayatollah Ali Sistani")
    " General Colonel Lieutenant Captain Major Admiral Marshal Sergeant Corporal Grand_Ayatollah Ayatollah Mullah"
    " Imam Cardinal Archbishop Bishop Sheik Representative"
).split())
HONORIFIC_PATTERN = "|".join(re.escape(w).replace("\\ ", "[ ]") for w in HONORIFIC_WORDS)  # in this order: "Mr" before "Mrs"
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
    rf"(?<![\w])(?P<title>(?:(?:{HONORIFIC_PATTERN})\.?[ \u00a0]+)*(?:{HONORIFIC_PATTERN}))(?P<dot>\.?)[ \u00a0]+"
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


WRITTEN_OUT = _WRITTEN_OUT  # ranks written out: a name after one is honorific_people's (names.reported_people)
NOT_AFTER_A_RANK = frozenset(_NOT_AFTER_A_RANK)  # "General Motors", "Imam Ali Mosque" (english_ranks)
