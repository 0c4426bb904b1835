"""A given name the English model cut off a person's name (no I/O, no Qt): "met Recep Tayyip Erdogan in Ankara" gives
the model's "Tayyip Erdogan", "Kassym-Jomart Tokayev" its "Tokayev", "Marine Le Pen" its "Le Pen". The small model
knows the common English given names; a Turkish, Kazakh or Arabic one before a name it knows is read as another word.
The capitalised word (or two) right before a person found is taken into the name when it may be a given name: it looks
like a name's word (the frames' test: no common word, month, body's head word, nationality, word the text writes in
lower case), is no title or rank ("President", "Emir", "Judge", "Doctor"), no English noun of a trade or a group by its
ending or by name ("Engineer", "Actor", "Microbiologist", "Senators", "Businessman"; "Analyst", "Veteran" opening a
sentence), no adverb or participle ("Apparently", "Reporting"), no place, state or body the gazetteer knows nor a
known company ("Vancouver", "Reuters"), and no suggestion holds it. A person whose name opens with a common given name has one already: the word before is a firm's, a team's or a place's
("Apple Tim Cook", "Chelsea Frank Lampard"). A capitalised word before it must be a title or an opener ("President
Recep Tayyip Erdogan", "Then Recep …"): another name's word makes the pair a name of its own ("Sri Lankan President …",
"Federal Reserve Chair …"). Common given names ("David", "Maria") pass without the endings' test."""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from dataclasses import replace

from desktop.suggest import english_names, gazetteer, given_names, organisations
from desktop.suggest.guesses import function_word
from desktop.suggest.honorifics import HONORIFIC_WORDS
from desktop.suggest.spans import Taken
from desktop.suggest.suggestion import Suggestion
from desktop.suggest.words import LOW, UP

__all__ = ["TITLES", "forenames"]

# A capitalised word (a hyphenated pair: "Kassym-Jomart") and one space right before a position; not after a hyphen, an
# apostrophe, a full stop or a letter ("post-Chavez Allawi", "Astra Zeneca")
_WORD_BEFORE = re.compile(rf"(?<![\w’'.&@#/-])([{UP}][{LOW}]+(?:-[{UP}][{LOW}]+)?)[ \u00a0]$")
_NUMBER_BEFORE = re.compile(r"\d\w*[ \u00a0]$")
# Titles, ranks, offices and forms of address written before a name, English and others ("Emir", "Sheikh", "Haji",
# "Datuk"): the honorifics and ranks honorifics.honorific_people reads ("Mr", "Dr", "Sen", "General"), and the others
TITLES = frozenset(HONORIFIC_WORDS) | frozenset("""Mister Madam Madame Monsieur Herr Frau Signor Senor Señor Doctor
    President Premier Chancellor Minister Secretary Senator Governor Mayor Speaker Ambassador Envoy Commissioner Chairman
    Chairwoman Chair Director Judge Justice Magistrate Coroner Sheriff Constable Inspector Detective Officer Agent Chief
    Commander Brigadier Private Trooper King Queen Prince Princess Emperor Empress Tsar Czar Tsarina Kaiser Sultan Emir
    Amir Sheikh Sheikha Shah Khan Caliph Pharaoh Maharaja Raja Rajah Rani Nawab Mufti Pope Patriarch Metropolitan Abbot
    Father Brother Sister Mother Pastor Deacon Rector Vicar Chaplain Friar Monsignor Saint St Santa Prophet Haji Hajji
    Mahatma Ustad Sayyid Maulana Mawlana Hazrat Begum Sahib Datuk Dato Tun Tunku Comrade Citizen Duke Duchess Earl Count
    Countess Baron Baroness Viscount Marquis Marquess Uncle Aunt Auntie Coach Chef Dean Provost Rector Elder Founder Host
    Anchor Nominee Candidate Lawmaker Deputy Vice Acting Former Late Young Old Dear Team Hoca Hodja Khoja Bey Pasha Pasa
    Paşa Reis Gazi Elbasy Batyr Akyn""".split())
# Endings of English nouns of a trade, a group or a thing, adjectives, adverbs and participles ("Engineer", "Actor",
# "Microbiologist", "Mathematician", "Assistant", "Actress", "Legendary", "Famous", "Executive", "Apparently",
# "Reporting", "Celebrated", "Senators", "Greetings"); not the given names of the same endings that are common ("Peter",
# "Victor", "Emily") nor "Khaled", "Saeed" (a participle of seven letters or more, not in -eed)
_ENGLISH_ENDING = re.compile(r".*(?:ly|ing|er|or|ist|ician|[di]ent|(?:st|lt|nd|rv|gr|rch)ant|ship|ment|tion|sion|ness|ity|ism"
                             r"|ous|ful|able|ible|[bcdfgklmnprtvwz]s)|.{4,}(?:ess|ary|ive)|.{5,}(?<!e)ed"
                             r"|.{3,}(?:s|e|ra|nt|ch|ym)(?:wo)?m[ae]n|.{3,}person")  # "Businessman", "Spokeswoman" (not "Osman")
# Nouns of a trade or a standing a caption or a sentence opens with before a name ("Analyst Wyatt Holt said",
# "Veteran Jurgen Klopp", "Tycoon Kenes Rakishev") that no ending above tells
_STANDING_NOUNS = frozenset("""Analyst Veteran Billionaire Millionaire Tycoon Oligarch Mogul Magnate Entrepreneur Legend Icon
    Hero Rookie Boss Pundit Insider Critic Victim Suspect Rebel Pilot Cleric Scholar Poet Diplomat Star Striker""".split())
# The endings a state's or a place's adjective adds to its name ("Minnesotan", "Californian", "Texan" is left)
_ADJECTIVE_OF_A_PLACE = re.compile(r"(.{3,}?)(?:n|an|ian|ean)")
# Words that open a sentence before a name in tweets, mails and captions ("Watch Tom Hanks", "Congrats Maria Lopez")
_OPENING_WORDS = frozenset("""Hi Hello Hey Yo Oh Wow Congrats Congratulations Welcome Watch Follow Join Thank Thanks Listen
    Read See Vote Call Happy Rip Go Love Bye Goodbye Photo Image Picture Credit Video Source Update Breaking Exclusive
    Live Feat Ft Please Sorry Okay Ok Will Can May Did Does Do Is Was Has Had Should Would Could Must Shall""".split())


def forenames(text: str, kept: list[Suggestion], taken: Taken, language_at: Callable[[str, int], bool],
              name_like: Callable[[int, int], bool]) -> list[Suggestion]:
    """``kept`` with each person lengthened over the given names right before it (see the module; two words at most),
    in an English line ``language_at`` accepts (a headline in title case too: the person is found already, and the
    headline's verbs end in -s or -ed: "Turkey Hails Recep …"); ``name_like(start, end)`` is the frames' test of a
    name's words. Each lengthened span is ``taken``."""
    out = list(kept)
    for i, s in enumerate(out):
        if s.kind != "actor" or s.attributes.get("type") != "person" or "entity_id" in s.attributes or s.start == 0:
            continue
        if s.exact.split()[0] in TITLES:
            continue  # the word before a title is the title's ("Lankan President …", "Yahoo CEO …")
        if s.exact.split()[0] in given_names.COMMON_GIVEN_NAMES:
            continue  # the name has its given name: the word before is another's ("Apple Tim Cook", "Chelsea Frank Lampard")
        start = s.start
        for _ in range(2):
            m = _WORD_BEFORE.search(text, max(0, start - 40), start)
            if m is None or not _given_name(text, m.start(1), m.end(1), taken, name_like):
                break
            start = m.start(1)
        if start == s.start or not language_at(text, start) or _name_before(text, start):
            continue
        name = " ".join(text[start : s.end].split())
        out[i] = replace(s, start=start, exact=text[start : s.end], attributes={**s.attributes, "name": name})
        taken.add(start, s.end)
    return out


def _given_name(text: str, start: int, end: int, taken: Taken, name_like: Callable[[int, int], bool]) -> bool:
    """``text[start:end]``, a capitalised word before a person, may be a given name of the same person (see the module)."""
    word = text[start:end]
    if (word in TITLES or word in _OPENING_WORDS or word in _STANDING_NOUNS or function_word(word)
            or gazetteer.is_demonym(word) or taken.overlaps(start, end)):
        return False
    if any(part in TITLES for part in word.split("-")):  # "Secretary-General"
        return False
    common = word in given_names.COMMON_GIVEN_NAMES
    known = gazetteer.types_by_form()
    if not common and (_ENGLISH_ENDING.fullmatch(word) is not None or known.get(word.casefold()) is not None
                       or word in organisations.COMPANIES or _of_a_place(word, known)):
        return False
    return name_like(start, end)


def _of_a_place(word: str, known: Container[str]) -> bool:
    """``word`` is the adjective of a place or a state the gazetteer knows ("Minnesotan": Minnesota)."""
    m = _ADJECTIVE_OF_A_PLACE.fullmatch(word)
    return m is not None and any(base.casefold() in known for base in (m.group(1), m.group(1) + "a", m.group(1) + "ia"))


def _name_before(text: str, start: int) -> bool:
    """A capitalised word right before the lengthened name that is no title and no opener, or a number: the given name
    is another name's word ("Sri Lankan", "Federal Reserve", "1st Class")."""
    if _NUMBER_BEFORE.search(text, max(0, start - 20), start):
        return True  # "1st Class Charles Keating"
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    word = m.group(1)
    return not (word in TITLES or word in english_names.OPENERS_BEFORE_A_NAME or function_word(word))
