"""Actor candidates beyond titles and the gazetteer (no I/O, no Qt).

* :func:`acronyms`, :func:`defined_acronyms` — from :mod:`desktop.suggest.abbreviations`
  ("BBC", "University and College Union (UCU)");
* :func:`honorific_people` — from :mod:`desktop.suggest.honorifics`: "Mr Obama", "Mrs. May", "Dr Jo Grady",
  "Lord Cameron", "Sir Keir Starmer";
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

The words the rules share (:data:`NOT_ENTITIES`, :data:`DAYS`, :data:`MONTHS`, the organisations' head words,
:func:`sentence_word`) live in :mod:`desktop.suggest.name_words`, and the people named in a sentence's frame
(:func:`reported_people`, :func:`reported_surnames`, :func:`described_people`, :func:`kin_people`) in
:mod:`desktop.suggest.names_people`; all are importable from here too.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable

from desktop.suggest.abbreviations import LETTERS_UP as _UP
from desktop.suggest.abbreviations import NOT_ACRONYMS as _NOT_ACRONYMS
from desktop.suggest.abbreviations import (acronyms, after_ship_prefix, common_abbreviation, defined_acronyms,
                                          label_or_prefix)
from desktop.suggest.given_names import shouted_surname
from desktop.suggest.honorifics import COMPANY_RANKS, NOT_AFTER_A_RANK, honorific_people
from desktop.suggest.name_words import LOW as _LOW
from desktop.suggest.name_words import NAME_WORD as _NAME_WORD
from desktop.suggest.name_words import NOT_FIRST_NAMES as _NOT_FIRST_NAMES
from desktop.suggest.name_words import NOT_PERSON_LAST as _NOT_PERSON_LAST
from desktop.suggest.name_words import ORG_HEAD as _ORG_HEAD
from desktop.suggest.name_words import ORG_WORD as _ORG_WORD
from desktop.suggest.name_words import (AMBIGUOUS_LEGAL_FORMS, DAYS, LEGAL_FORMS, MONTHS, NOT_ENTITIES, ORG_HEAD_WORDS_EN,
                                        ORG_HEADS_EN, sentence_word)
from desktop.suggest.names_people import (described_people, full_names_by_surname, kin_people, reported_people,
                                          reported_surnames)

_full_names_by_surname = full_names_by_surname  # the older private name, kept for its callers

__all__ = [
    "AMBIGUOUS_LEGAL_FORMS", "CAP_AFTER", "CAP_BEFORE", "COMPANY_RANKS", "DAYS", "DIVISIONS", "LEGAL_FORMS", "MONTHS", "NOT_ENTITIES", "ORG_HEAD_WORDS_EN", "ORG_HEADS_EN", "acronyms", "after_ship_prefix", "caps_surname",
    "common_abbreviation", "defined_acronyms", "demonym_suffix", "described_people", "fold", "honorific_people",
    "in_running_text", "kin_people", "label_or_prefix", "list_members", "opens_sentence", "organisation_then_place", "short_title_line",
    "places_named_after_noun", "reported_people", "reported_surnames", "retype",
    "seat_of_government", "sentence_word", "surname_mentions", "title_line", "without_leading_preposition",
]


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



# ---------------------------------------------------------------- types of recognised spans
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
CAP_BEFORE, CAP_AFTER = _CAP_BEFORE, _CAP_AFTER  # a capitalised word right before / after a span
