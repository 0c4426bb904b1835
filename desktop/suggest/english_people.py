"""English people and companies the recognisers misread (no I/O, no Qt): a person named in capitals ("SAMUEL
ALITO", "GEORGE W. BUSH"), which the small English model reads as a heading or an acronym; companies named after
people, which it reads as persons ("Eli Lilly", "Royal Dutch Shell", "a Kate Spade handbag"); a player's surname
with an inner capital ("Zach LaVine"), which it reads as a team."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from desktop.suggest import english_names, gazetteer, given_names
from desktop.suggest.spans import Taken
from desktop.suggest.suggestion import Suggestion, actor

__all__ = ["COMPANIES_NAMED_AFTER_PEOPLE", "GIVEN_NAMES_AS_WORDS", "companies", "first_word_mentions", "given_name_mentions", "inner_capital_surname",
           "next_person_at", "opens_another_name", "shouted_people", "without_the_next_person"]

# A common given name in capitals, an optional initial, then one or two words in capitals
_SHOUTED_GIVEN = re.compile(r"(?<![\w’'.&@#/-])(?P<given>[A-Z]{2,})(?=[ \u00a0][A-Z])")
_SHOUTED_NEXT = re.compile(r"[ \u00a0]+(?:(?P<initial>[A-Z]\.)|(?P<word>(?:MC|MAC|O['’])?[A-Z]{2,}(?:[-'’][A-Z]{2,})?))"
                           r"(?![\w&@-]|\.\w)")
# Capitals words that may follow a shouted name: a verb of saying or a grammar word ("SAMUEL ALITO WROTE THE …",
# "BENEFIT FOR JOHN SMITH AND FAMILY"); any other capitals word makes the run a heading whose end is unknown
_AFTER_A_SHOUTED_NAME = frozenset("""SAID SAYS SAY WROTE WRITES TOLD TELLS ASKED ASKS ADDED ADDS DIED DIES WAS IS HAS
    HAD WILL WOULD WHO AND OR OF IN ON AT TO FOR WITH BY FROM AS VS""".split())

# Endings of English adverbs and nouns of an action that no surname has: the next word of a shouted line, not a
# second surname ("CONTACT JAMES BOND IMMEDIATELY", "CALL MARY SMITH REGISTRATION")
_NOT_A_SURNAME = re.compile(r"(?:ately|ously|ively|fully|ently|antly|ically|ations?)$")
# Plural nouns of groups of people that a shouted headline puts after a word that is also a given name ("NEW DEAL FOR
# JACK WORKERS", "BILL PAYERS"): the group, no surname. Not the surnames among such words (Rogers, Sanders, Waters).
_GROUPS_OF_PEOPLE = frozenset("""WORKERS EMPLOYEES STAFF FANS STUDENTS TEACHERS PARENTS FAMILIES VOTERS FARMERS NURSES
    DOCTORS VETERANS RESIDENTS OWNERS DRIVERS MINERS MEMBERS CUSTOMERS USERS KIDS CHILDREN WOMEN MEN PEOPLE TEAMS
    LEADERS PLAYERS PAYERS BUYERS SELLERS TENANTS PATIENTS VICTIMS TROOPS SOLDIERS OFFICERS PILOTS STRIKERS""".split())


def shouted_people(text: str, language_at: Callable[[str, int], bool]) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of each person written in capitals: a common given name
    (:data:`given_names.COMMON_GIVEN_NAMES`) before an optional initial and one or two surnames in capitals ("SAMUEL
    ALITO", "GEORGE W. BUSH", "ANTONIO PEREZ"), in a line ``language_at`` accepts, the name in title case. Not
    when a capitals word other than a verb of saying or a grammar word follows (a heading: "JOHN DEERE TRACTOR PARTS"),
    nor when a surname is a body's head word, a month, a function word or a place's last word ("GEORGE STREET",
    "HENRY MAY")."""
    out: list[tuple[int, int, str]] = []
    for m in _SHOUTED_GIVEN.finditer(text):
        if m.group().title() not in given_names.COMMON_GIVEN_NAMES or (out and m.start() < out[-1][1]):
            continue
        words, ends = [m.group().title()], [m.end()]
        while len(words) < 4:
            nxt = _SHOUTED_NEXT.match(text, ends[-1])
            if nxt is None or (nxt.group("word") and nxt.group("word") in _AFTER_A_SHOUTED_NAME):
                break
            words.append(nxt.group("initial") or nxt.group("word").title())
            ends.append(nxt.end())
        after = _SHOUTED_NEXT.match(text, ends[-1])
        while len(words) > 1 and words[-1].endswith("."):
            words.pop()  # "JOHN Q." alone: no surname; "GEORGE BUSH J." ends at BUSH
            ends.pop()
        end = ends[-1]
        surnames = [w for w in words[1:] if not w.endswith(".")]
        if (not 1 <= len(surnames) <= 2 or (after is not None and after.group("word") not in _AFTER_A_SHOUTED_NAME)
                or any(english_names.not_a_name_word(w) or w.upper() in given_names.COMPANY_WORDS or _NOT_A_SURNAME.search(w)
                       or w.upper() in _GROUPS_OF_PEOPLE for w in surnames)
                or not language_at(text, m.start())):
            continue
        out.append((m.start(), end, " ".join(words)))
    return out


# Companies named after their founders that English news names as companies: the recognisers read them as persons
# ("Eli Lilly said", "Merrill Lynch advised") or keep one word of them ("Shell" of "Royal Dutch Shell")
COMPANIES_NAMED_AFTER_PEOPLE = ("Royal Dutch Shell", "Eli Lilly", "Goldman Sachs", "Morgan Stanley", "Merrill Lynch",
                                "Smith Barney", "Dean Witter", "John Deere", "Johnson & Johnson", "Procter & Gamble",
                                "Marks & Spencer")
_LISTED = re.compile(r"(?<![\w’'&-])(?:" + "|".join(re.escape(n) for n in COMPANIES_NAMED_AFTER_PEOPLE)
                     + r")(?![\w&-])(?![ \u00a0]+(?:[A-Z]|&))")
# Goods and shops that a maker's name stands before ("a Kate Spade handbag", "the Tommy Hilfiger store"): the name is
# the brand there. Not clothes alone: "a Michael Jordan jersey", "a Taylor Swift dress" name the person.
_BRANDED = re.compile(r"[ \u00a0]+(?:handbags?|purses?|totes?|perfumes?|fragrances?|boutiques?|stores?|outlets?|label|brand"
                      r"|collections?|eyewear|sunglasses|watches)(?![\w-])")


# What the sentence says of a person, not of a company, right after a listed name ("John Deere was born in 1804",
# "Eli Lilly (1838-1898)", "John Deere invented the steel plough") or right before it ("founded by John Deere")
_A_PERSON_AFTER = re.compile(r"[ \u00a0]*(?:\([ \u00a0]*(?:b\.[ \u00a0]*)?\d{4}|,?[ \u00a0]+(?:was[ \u00a0]+born|born|invented|died"
                             r"|married|grew[ \u00a0]+up|emigrated|himself|herself)(?![\w-]))")
_A_PERSON_BEFORE = re.compile(r"(?<![\w-])founded[ \u00a0]+by[ \u00a0]+$")


def companies(text: str, people: Iterable[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of each company named after a person: one of :data:`COMPANIES_NAMED_AFTER_PEOPLE` not
    before another capitalised word ("Goldman Sachs Group" goes by the legal-form rules) nor where the sentence speaks
    of the person ("John Deere was born", "John Deere invented the steel plough", "founded by John Deere"), and each of
    ``people`` (a given name and a surname found by :func:`english_names.given_name_people`) before a maker's goods or
    shop ("a Kate Spade handbag", "Tommy Hilfiger stores")."""
    out = [(m.start(), m.end(), m.group()) for m in _LISTED.finditer(text)
           if not _A_PERSON_AFTER.match(text, m.end()) and not _A_PERSON_BEFORE.search(text, max(0, m.start() - 20), m.start())]
    out += [(start, end, name) for start, end, name in people if _BRANDED.match(text, end)]
    return out


_INNER_CAPITAL = re.compile(r"(?:De|La|Le|Di|Du)[A-Z][a-z]+")


def inner_capital_surname(name: str) -> bool:
    """The last word of ``name`` (a given name and a surname) is a surname with a particle joined to it by a capital
    ("Zach LaVine", "DeMar DeRozan", "Jason DeLuca"): a person, which the model reads as a team or a body when it
    has not seen the name; companies seldom take such a word ("McDonald's" is one word, without a given name)."""
    return _INNER_CAPITAL.fullmatch(name.split()[-1]) is not None


# How far after a person's full name a given name alone is read as that person ("Fabio Tollis … Fabio's father"):
# a feature's few paragraphs
_GIVEN_NAME_REACH = 3000
# Given names that are also common words a sentence may open with ("Mark the date", "Will they come?")
GIVEN_NAMES_AS_WORDS = frozenset("""Mark Will Bill Rose Grace Hope Faith Joy Guy Frank Art Pat Sue Dean Chase Drew Rich
    Don Max Ray Gene Carol Amber Ruby Victor Jack Bob Rob Nick Sonny Summer Autumn Dawn Iris Lily Violet Jasmine
    Holly Ivy Penny Sandy Sunny Buck Ward Wade Miles Page Reed Rusty Brandy Misty Crystal Stone""".split())
# Last words of a body's or a label's name that a model's "person" may end in ("Polar Music", "Iodine Nutrition")
_FIELD_WORDS = frozenset("""Music Entertainment Pictures Films Publishing Books Games Software Nutrition Health
    Education Sports Radio""".split())
_CAPITAL_WORD_AFTER = re.compile(r"[ \u00a0]+[A-Z]")


def given_name_mentions(text: str, kept: list[Suggestion], taken: Taken, language_at: Callable[[str, int], bool],
                        known_place: Callable[[str], bool]) -> list[Suggestion]:
    """``kept`` and each later mention of a person by the given name alone ("Fabio Tollis … Fabio's father", "… with
    Fabio ."), within :data:`_GIVEN_NAME_REACH` characters after the person's full name of two or three words, with
    that name, in a line ``language_at`` accepts: not where ``taken`` holds another name, not when two people of the
    document share the given name, not before or after another capitalised word ("Fabio Capello", "Lake Fabio"), not at
    a sentence's start unless a common given name that is no common word ("Mark the date"); never a given name that
    is a body's or a place's word, a title, a nationality, a place ``known_place`` knows ("Jordan", "Georgia"), a word
    the text near the full name writes in lower case too ("Iodine" of a model's person "Iodine Nutrition": "iodine")
    or at the start of a longer word ("Christian" beside "Christianity"), nor a given name that is as often another
    word (:data:`given_names.WORD_GIVEN_NAMES`: "Christian groups", "Jan 5")."""
    firsts: dict[str, tuple[int, str] | None] = {}
    for person in sorted((s for s in kept if s.attributes.get("type") == "person"), key=lambda s: s.start):
        name = str(person.attributes.get("name") or "")
        words = name.split()
        if (not 2 <= len(words) <= 3 or not re.fullmatch(r"[A-Z][a-zß-ÿ]{2,}", words[0])
                or any(english_names.not_a_name_word(w) or w.upper() in given_names.COMPANY_WORDS or w in _FIELD_WORDS
                       for w in words[1:])):
            continue  # not a model's "Polar Music" person
        first = words[0]
        if first in firsts and (firsts[first] is None or firsts[first][1] != name):  # type: ignore[index]
            firsts[first] = None  # two people of one given name: neither is meant alone
        else:
            firsts.setdefault(first, (person.end, name))
    out: list[Suggestion] = []
    for first, seen in firsts.items():
        if seen is None:
            continue
        end_of_full, name = seen
        near = (max(0, end_of_full - _GIVEN_NAME_REACH), end_of_full + _GIVEN_NAME_REACH)  # the document, about
        if (english_names.not_a_name_word(first) or known_place(first) or first in _TITLES_BEFORE_A_NAME
                or first in given_names.WORD_GIVEN_NAMES or gazetteer.is_demonym(first) or _as_a_word(text, first, *near)):
            continue  # "iodine": the text's common word; "Christianity", "Christian groups": a faith's word; "Jan 5"; "Iraqi"
        for start in _whole(text, first, end_of_full, near[1], "’'.-"):
            end = start + len(first)
            if (taken.overlaps(start, end) or _CAPITAL_WORD_AFTER.match(text, end)
                    or english_names.capital_word_before(text, start)
                    or (_opens_a_sentence(text, start) and (first in GIVEN_NAMES_AS_WORDS or first not in given_names.COMMON_GIVEN_NAMES))
                    or not language_at(text, start)):
                continue
            out.append(actor(start, end, text, {"name": name, "type": "person"}, 0.6))
            taken.add(start, end)
    return kept + out


def _opens_a_sentence(text: str, start: int) -> bool:
    """``start`` opens a line or follows a sentence's end mark or a quotation mark."""
    head = text[max(0, start - 200) : start]
    return not head.split("\n")[-1].strip() or head.rstrip()[-1:] in (".", "!", "?", '"')


def _whole(text: str, word: str, start: int, end: int, not_before: str) -> Iterator[int]:
    """Where ``word`` stands whole in ``text[start:end]``: no letter, digit, "_" or "-" after it, none of them nor of
    ``not_before`` before it. ``str.find``, not a pattern per given name: compiling one for each of a long text's many
    people cost seconds."""
    at = text.find(word, start, end)
    while at >= 0:
        before, after = text[at - 1 : at] if at else "", text[at + len(word) : at + len(word) + 1]
        if not (before and (before.isalnum() or before == "_" or before in not_before)) \
                and not (after and (after.isalnum() or after in "_-")):
            yield at
        at = text.find(word, at + 1, end)


def _as_a_word(text: str, first: str, start: int, end: int) -> bool:
    """``text[start:end]`` writes the given name ``first`` as a common word, in lower case ("iodine"), or as the
    start of a longer word ("Christianity")."""
    if next(_whole(text, first.lower(), start, end, "’'-"), None) is not None:
        return True
    at = text.find(first, start, end)
    while at >= 0:
        if "a" <= text[at + len(first) : at + len(first) + 1] <= "z" and at + len(first) < end:
            return True
        at = text.find(first, at + 1, end)
    return False


_TITLES_BEFORE_A_NAME = frozenset("""President General Judge Senator Governor Minister Pope King Queen Prince Princess
    Lord Lady Sir Dame Doctor Professor Captain Colonel Major Lieutenant Sergeant Admiral Bishop Father Sister Brother
    Saint Uncle Aunt Mayor Chief Chairman Justice Rabbi Imam Sheikh Emperor Empress Duke Count""".split())


# First words of bodies' names that are common English words, alone no name of the body ("National" of "National
# Review", "Royal" of "Royal Navy", "Human" of "Human Rights Watch")
_GENERIC_FIRST_WORDS = frozenset("""National International Global World United Federal Royal Imperial Central General
    Regional Local Metropolitan Municipal Public Private Independent Popular Social Socialist Communist Conservative
    Democratic Republican Labour Liberal Progressive Green Free Catholic Christian Protestant Orthodox Islamic Jewish
    Muslim Saint St New Old Great Grand Greater Little Big Young Modern First Second Third Northern Southern Eastern
    Western North South East West Upper Lower Middle High Higher Supreme Human Civil Military Naval Air Army Home
    Foreign Security Justice Health Education Energy Science Research Technology Media News Press Radio Golden Silver
    Blue Red Black White American British European African Asian Arab Atlantic Pacific Union State States City County
    Church Holy Sacred Standard Premier Prime Royal Crown Commonwealth Continental Allied Associated Consolidated
    Advanced Applied Integrated Digital Open Future Civic Family Children Women Student Students Young Star Sun
    Daily Weekly Sunday Evening Morning""".split())
_SHORT_FORM_REACH = 3000
# Last words of a newspaper's name, whose first word is mostly its place ("the Yorkshire Post … the whole of Yorkshire",
# "the Denver Post … in Denver"): the first word alone is the place, not the paper
_PAPER_WORDS = frozenset("""Post Times Herald Journal Gazette Tribune Chronicle Courier Star Standard Mirror Telegraph
    Observer Guardian Express Sun News Daily Record Register Bulletin Examiner Inquirer Independent Argus""".split())
# Endings of nationality and language adjectives the gazetteer does not list ("Spanish", "Danish", "Japanese",
# "Baltic", "Bohemian"): alone, no body
_ADJECTIVE_ENDING = re.compile(r"(?:ish|ese|ic|ian)$")
# A word of three lower-case letters or more and a full stop: a sentence ends there ("in March. Pew"; not "Mr. Pew")
_SENTENCE_ENDS_BEFORE = re.compile(r"[a-z]{3}[.!?][\"”’']?[ \u00a0]+$")
# A copula or an auxiliary after a sentence's first word: the word is as likely the common noun ("Amnesty was granted",
# "Transparency is lacking"); a body opening a sentence is read before a verb of its own ("Pew found", "Fyllingen merged")
_COPULA_AFTER = re.compile(r"[ \u00a0]+(?:is|was|are|were|has|had|have|will|would|can|could|may|might|must|should"
                           r"|remains|remained|seems|seemed)(?![\w’'-])")
# A body's founding or seat in the passive after the copula: the body, even opening a sentence ("Pew was founded in 2004");
# not "based on", a word's origin ("Larchmont was based on a grove")
_FOUNDED_AFTER = re.compile(r"[ \u00a0]+(?:is|was|has[ \u00a0]+been|had[ \u00a0]+been)[ \u00a0]+(?:later[ \u00a0]+|originally[ \u00a0]+|first[ \u00a0]+)?"
                            r"(?:founded|established|formed|incorporated|registered|headquartered|based(?![ \u00a0]+(?:on|upon)(?![\w’'-]))|chartered)(?![\w’'-])")
# A verb that talks about the word itself: a name or a word discussed, not the body ("Greendale likely refers to a town")
# Only "refers to", "means" not before "to" ("Pew meant to publish": the body's intent) and "stands for" before a capital
# (an expansion: not "Pew stands for careful polling", the body's values)
_TALKED_ABOUT_AFTER = re.compile(r"(?:[ \u00a0]+[a-z]+ly)?[ \u00a0]+(?:(?:refers|referred|refer)[ \u00a0]+to|(?:means|meant)(?![ \u00a0]+to(?![\w’'-]))"
                                 r"|stands[ \u00a0]+for(?=[ \u00a0]+[\"“‘']?[A-Z])"
                                 r"|is[ \u00a0]+short[ \u00a0]+for|is[ \u00a0]+derived|derives|is[ \u00a0]+pronounced|is[ \u00a0]+spelt|is[ \u00a0]+spelled)(?![\w’'-])")
# A person's pronoun right after the word, or one word later: the word names a person ("Morgan said she", "Rockefeller
# himself"), the man or woman the body is named after, not the body
_PERSON_PRONOUN_AFTER = re.compile(r"(?:[ \u00a0]+[a-z]+)?[ \u00a0]+(?:he|she|his|her|him|himself|herself)(?![\w’'-])")
# Currencies' names that are also bodies' first words ("Sterling Bank … Sterling fell", "Rand Corporation … Rand fell")
_CURRENCY_NAMES = frozenset("""Sterling Rand Peso Real Franc Lira Mark Rupee Ruble Rouble Yen Yuan Renminbi Won Dollar
    Euro Pound Krona Krone Dinar Dirham Riyal Rial Shekel Naira Baht Ringgit Rupiah Zloty Forint Lev Leu Hryvnia Tenge
    Lari Dram Manat Som Kwacha Cedi Shilling Escudo Guilder Drachma Peseta Lempira Sol Bolivar Colon Quetzal""".split())


def first_word_mentions(text: str, kept: list[Suggestion], taken: Taken, language_at: Callable[[str, int], bool],
                        known_place: Callable[[str], bool]) -> list[Suggestion]:
    """``kept`` and each later mention of a body by the first word of its name alone ("the Pew Research Center … Pew
    found", "Eidos Interactive … published by Eidos"), within :data:`_SHORT_FORM_REACH` characters after the body's
    full name of two to six words or after the last such mention read, with that name, in a line ``language_at``
    accepts: never a first word that is a common word (:data:`_GENERIC_FIRST_WORDS`, a body's head word, a month, a
    function word), a given name, a nationality or a word of its ending (:data:`_ADJECTIVE_ENDING`: "Spanish"), a
    currency's name ("Sterling", "Rand"), a place ``known_place`` knows ("Boston" of "Boston Globe"), a word the text
    writes in lower case too or as the start of a longer word; not when two bodies of the document share the first word, not where ``taken``
    holds another name, nor before or after another capitalised word ("Pew Center"), nor the first word of a newspaper's
    name (:data:`_PAPER_WORDS`: "Yorkshire" of "the Yorkshire Post" is the county), nor before a person's pronoun
    ("Morgan said she"), nor opening a sentence before a copula or an auxiliary ("Amnesty was granted") unless a
    founding follows ("Pew was founded"), nor before a verb that talks about the word ("Greendale likely refers to")."""
    firsts: dict[str, tuple[int, str] | None] = {}
    for body in sorted((s for s in kept if s.attributes.get("type") == "organisation"), key=lambda s: s.start):
        name = str(body.attributes.get("name") or "")
        words = name.split()
        if (not 2 <= len(words) <= 6 or not re.fullmatch(r"[A-Z][a-z]{2,}", words[0]) or not body.exact.startswith(words[0])
                or words[-1] in _PAPER_WORDS):
            continue  # "Yorkshire Post": "Yorkshire" alone is the county
        first = words[0]
        if first in firsts and (firsts[first] is None or firsts[first][1] != name):  # type: ignore[index]
            firsts[first] = None  # "Pew Research Center" and "Pew Charitable Trusts": neither is meant alone
        else:
            firsts.setdefault(first, (body.end, name))
    out: list[Suggestion] = []
    for first, seen in firsts.items():
        if seen is None or first in _GENERIC_FIRST_WORDS or english_names.not_a_name_word(first) or known_place(first) \
                or first in given_names.GIVEN_NAMES or first in given_names.COMMON_GIVEN_NAMES or gazetteer.is_demonym(first) \
                or _ADJECTIVE_ENDING.search(first) or first in _CURRENCY_NAMES \
                or _as_a_word(text, first, 0, len(text)):
            continue
        end_of_full, name = seen
        for start in _whole(text, first, end_of_full, len(text), "’'.-"):
            if start > end_of_full + _SHORT_FORM_REACH:
                break  # the reach runs from the last mention read ("the Pew Center … Pew report … the Pew researchers")
            end = start + len(first)
            if (taken.overlaps(start, end) or _CAPITAL_WORD_AFTER.match(text, end) or not language_at(text, start)
                    or (english_names.capital_word_before(text, start) and not _SENTENCE_ENDS_BEFORE.search(text, max(0, start - 30), start))
                    or _PERSON_PRONOUN_AFTER.match(text, end)
                    or (_COPULA_AFTER.match(text, end) and _opens_a_sentence(text, start) and not _FOUNDED_AFTER.match(text, end))
                    or _TALKED_ABOUT_AFTER.match(text, end)):
                continue  # "in March. Pew found": the sentence's end, no longer name; "Amnesty was granted": the noun
            out.append(actor(start, end, text, {"name": name, "type": "organisation"}, 0.55))
            taken.add(start, end)
            end_of_full = end
    return kept + out


def opens_another_name(name: str, word: str) -> bool:
    """``word`` (a word in capitals, in title case) after the person ``name`` is a common given name while ``name``
    already ends in a surname ("Like William Shakspere RAPHAEL ( the painter )"): the next person, not a surname in
    capitals ("Angela MERKEL", "Maria Elena BOSCHI" keep theirs)."""
    last = name.split()[-1] if name.split() else ""
    return (len(name.split()) >= 2 and word in given_names.COMMON_GIVEN_NAMES and last not in given_names.COMMON_GIVEN_NAMES
            and not last.isupper())


def next_person_at(text: str, end: int, name: str, word: str) -> bool:
    """:func:`opens_another_name` for ``word`` ending at ``end``, unless a lower-case word follows it: the sentence goes
    on after the name, so the word in capitals is its surname ("David Lloyd GEORGE fell"; "Like William Shakspere
    RAPHAEL ( the painter )" names a second person)."""
    return opens_another_name(name, word) and not re.match(r"[ \u00a0]+[a-z]", text[end : end + 2])


def without_the_next_person(text: str, kept: list[Suggestion]) -> list[Suggestion]:
    """``kept`` with each person of three words or more whose last word, in capitals, opens another name
    (:func:`opens_another_name`: "Like Edward Blackwood PETER ( the poet )") cut before that word."""
    out = []
    for s in kept:
        words = s.exact.split()
        if (s.attributes.get("type") == "person" and len(words) >= 3 and words[-1].isupper() and len(words[-1]) > 2
                and not any(w.isupper() for w in words[:-1]) and next_person_at(text, s.end, " ".join(words[:-1]), words[-1].title())):
            end = s.start + s.exact.rstrip().rindex(words[-1])
            end = s.start + len(text[s.start : end].rstrip())
            s = replace(s, end=end, exact=text[s.start : end], attributes={**s.attributes, "name": " ".join(words[:-1])})
        out.append(s)
    return out
