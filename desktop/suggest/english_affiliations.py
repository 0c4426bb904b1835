"""A person's name glued to the company or the team before it, and a sports club named by its word and its city (no
I/O, no Qt).

English news writes an employer right before a person's whole name ("Apple Tim Cook said", "Sony Kenichiro Yoshida
announced"), and the rules of a reporting frame or the small model take the three words for one person. Where the
first word names a body on its own — a known company or maker, or a word the recognisers name an organisation
elsewhere in the text and never a person ("Acme said … Acme Jane Doe said") — and the words after it open with a
common given name (after a known company: any name of two words), :func:`apart` parts them: the body (an
organisation) and the person.

A club named by its word and its city ("Dynamo Kyiv", "Spartak Moscow", "Zenit St Petersburg", "Sporting Lisbon"): the
model reads it as a person or keeps the city alone as a place, and with a score after it takes the first number in
("Shakhtar Donetsk 2" of "2-1"). :func:`apart` makes the suggestion over it, or over its city, the club: one
organisation. A number before a score's dash is no part of any name ("Everton 3" of "Everton 3-1").
"""

from __future__ import annotations

import re
from dataclasses import replace

from desktop.suggest.english_forenames import TITLES
from desktop.suggest.english_things import CAR_MAKERS, SOFTWARE_MAKERS
from desktop.suggest.given_names import COMMON_GIVEN_NAMES, GIVEN_NAMES
from desktop.suggest.known_places import is_known_place
from desktop.suggest.organisations import COMPANIES
from desktop.suggest.suggestion import Suggestion
from desktop.suggest.words import whole_word_starts

__all__ = ["apart"]

# Makers and companies whose name before a person's name of two words or more is the employer's ("Sony Kenichiro
# Yoshida"): known to the rules of products and of one-word companies
_KNOWN_COMPANIES = COMPANIES | CAR_MAKERS | SOFTWARE_MAKERS
# The words of a club's name before its city's: football's and ice hockey's clubs of eastern and southern Europe
# ("Dynamo Kyiv", "Lokomotiv Moscow", "Red Star Belgrade", "Olympique Lyon", "Inter Milan", "Real Madrid"); the city
# after it must be a place the gazetteer knows, so that "Real Estate", "Rapid City" are none
_CLUB_WORDS = ("Dynamo", "Dinamo", "Spartak", "Lokomotiv", "Zenit", "Shakhtar", "Metalist", "Zorya", "Sparta", "Slavia",
               "Legia", "Partizan", "Steaua", "Slovan", "Sporting", "Olympique", "Atletico", "Atlético", "Inter", "Borussia",
               "Hertha", "Rapid", "Red Star", "Real", "Ferencvaros", "Ferencváros", "Vorskla", "Rubin", "Akhmat",
               "Krylia Sovetov", "Torpedo", "Ajax")
# the city after a club's word, one to three capitalised words (no apostrophe inside: a possessive ends the club, "Real
# Madrid's Carlo Ancelotti" is the club and the person)
_CITY_AFTER = re.compile(r"[ \u00a0]+(?P<city>[A-Z][\w-]*(?:[ \u00a0]+[A-Z][\w-]*){0,2})")
# a club's prefix before its word ("FK Partizan Belgrade", "FC Dynamo Moscow"): the club's own
_CLUB_PREFIX_BEFORE = re.compile(r"(?<![\w’'-])(?:FK|FC|PFC|HC|SK|NK|AC|CF|SC|KS)[ \u00a0]+$")
# A number of a score right after a name: "2" of "Shakhtar Donetsk 2-1", "Everton 3 – 1"
_SCORE_NUMBER = re.compile(r"[ \u00a0]+\d{1,2}$")
_SCORE_AFTER = re.compile(r"[ \u00a0]?[-–][ \u00a0]?\d{1,2}(?!\d|[.,:/]\d)")  # a full stop may end it ("won 2-1.")
_WORD = re.compile(r"\S+")


def _clubs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each club named by its word and a city the gazetteer knows ("Dynamo Kyiv", "Red Star
    Belgrade"; the longest run of words that is a known place), with a prefix before it ("FK Partizan Belgrade"). Each
    club's word is found by a literal search (:func:`whole_word_starts`), only where the text holds it."""
    out = []
    for word in _CLUB_WORDS:
        for pos in whole_word_starts(text, word) if word in text else ():
            m = _CITY_AFTER.match(text, pos + len(word))
            if m is None:
                continue
            words = list(_WORD.finditer(text, m.start("city"), m.end("city")))
            end = next((w.end() for w in reversed(words) if is_known_place(text, m.start("city"), w.end())), None)
            if end is not None:
                prefix = _CLUB_PREFIX_BEFORE.search(text, max(0, pos - 6), pos)
                out.append((prefix.start() if prefix is not None else pos, end))
    return out


def _without_score(text: str, s: Suggestion) -> Suggestion:
    """``s`` without a score's first number at its end ("Shakhtar Donetsk 2" of "Shakhtar Donetsk 2-1")."""
    number = _SCORE_NUMBER.search(s.exact) if s.exact[-1:].isdigit() else None
    if number is None or number.start() == 0 or _SCORE_AFTER.match(text, s.end) is None:
        return s
    end = s.start + number.start()
    return replace(s, end=end, exact=text[s.start:end], attributes={**s.attributes, "name": " ".join(text[s.start:end].split())})


def _employer_and_person(text: str, s: Suggestion, bodies: frozenset[str]) -> list[Suggestion] | None:
    """The body and the person of a person's suggestion that opens with its employer ("Apple Tim Cook"): a known
    company, or a word of ``bodies`` (the text's organisations named in one word and never a person's) before a
    common given name; None when ``s`` is one person (the first word a given name, a title or no body: "Mary Ann
    Evans", "Sir John Major", "Ford Madox Ford"; a word the text writes alone is no evidence: "Ahmed", "Austin" are
    persons alone as often)."""
    if s.attributes.get("type") != "person" or set(s.attributes) - {"name", "type"}:
        return None
    words = list(_WORD.finditer(s.exact))
    if len(words) < 3:
        return None
    first, second, last = words[0].group(), words[1].group(), words[-1].group()
    if first in GIVEN_NAMES or first in TITLES or not first.isalpha() or not first[:1].isupper() or last == first:
        return None
    if not (first in _KNOWN_COMPANIES or (second in COMMON_GIVEN_NAMES and first in bodies)):
        return None
    body_end = s.start + words[0].end()
    person_start = s.start + words[1].start()
    return [Suggestion(s.kind, s.start, body_end, first, {"name": first, "type": "organisation"}, s.confidence),
            Suggestion(s.kind, person_start, s.end, text[person_start:s.end],
                       {"name": " ".join(text[person_start:s.end].split()), "type": "person"}, s.confidence)]


def apart(text: str, candidates: list[Suggestion]) -> list[Suggestion]:
    """``candidates`` with a person glued to the body before it parted ("Apple Tim Cook": Apple and Tim Cook), a club
    named by its word and its city made one organisation over a person's or a place's suggestion on it or on its city
    ("Dynamo Kyiv" a person, "Moscow" of "Spartak Moscow"), and a score's number cut from a name's end ("Shakhtar
    Donetsk 2" of "2-1"). A store's entity is never touched."""
    clubs = _clubs(text)
    persons = {s.exact for s in candidates if s.attributes.get("type") == "person"}
    bodies = frozenset(s.exact for s in candidates if s.attributes.get("type") == "organisation" and " " not in s.exact
                       and s.exact not in persons)
    out: list[Suggestion] = []
    parted: set[tuple[int, int]] = set()
    for s in candidates:
        if s.kind != "actor" or "entity_id" in s.attributes:
            out.append(s)
            continue
        s = _without_score(text, s)
        club = next(((a, b) for a, b in clubs if a <= s.start and s.end == b), None)
        if club is not None and s.attributes.get("type") in ("person", "place", "organisation"):
            a, b = club
            name = " ".join(text[a:b].split())
            out.append(replace(s, start=a, end=b, exact=text[a:b], attributes={"name": name, "type": "organisation"}))
            continue
        parts = _employer_and_person(text, s, bodies)
        if parts is not None:
            parted.add((s.start, s.end))
        out += parts if parts is not None else [s]
    # another recogniser's guess over the whole glued span ("Gazprom Alexei Miller" an organisation) goes with it
    return [s for s in out if (s.start, s.end) not in parted or "entity_id" in s.attributes]
