"""A day's or a festival's name and a laugh are no actors (no I/O, no Qt).

A name before "'s Day", "'s Eve", "'s Feast", "'s Festival", "'s Night" or "'s Parade" names the feast, not the saint or
the person it is named after: "the St Patrick's Day parade", "on Valentine's Day", "the St. Patrick's Festival opens";
only a saint's name ("St", "St.", "Saint" and a name) or one word is read so. A person of two words or more stays ("John
Smith's Day", as unlikely as it is), and so does "Day One" ("Trump's Day One orders": his first day) and a day in
lower case ("Patrick's day was long").

A feast named after a person without a possessive — a given name, one to three more name words, "Jr." at times, then
"Day": "Martin Luther King Day", "Martin Luther King Jr. Day", "Harvey Milk Day" — is no actor either, nor is any cut
of it that holds "Day" or starts inside the name ("King Day", "King Jr"); the person's name alone stays ("Martin Luther
King", "Martin Luther King Jr."), and so does a person named Day ("Doris Day", "Actress Doris Day": one name word
before "Day"; "Mary Ann Day", "Jean Paul Day": a given name right before "Day"; "Senator Mary Lou Day": a title before
the name).

A word of six letters or more written with two letters at most ("Hahaha", "Hehehehe", "Lololol", "Yayaayayay",
"Zzzzzz") is a laugh or a sound, never a name ("Hannah", "Nanna", "Abba" stay: three letters, or fewer than six).

Both are read on the suggestion alone and the few characters after it: no pass over the text."""

from __future__ import annotations

import re

from desktop.suggest.english_forenames import TITLES
from desktop.suggest.given_names import COMMON_GIVEN_NAMES, GIVEN_NAMES
from desktop.suggest.suggestion import Suggestion

__all__ = ["feast_name", "laugh"]

# After the name: a possessive, then a feast's or a festival's word in capitals (not "Day One", a first day)
_FEAST_AFTER = re.compile(r"(?:[ \u00a0]?[’']s|[’'])[ \u00a0]+(?:(?P<day>Day(?![ \u00a0]+(?:One|1)(?![\w-]))|Eve|Feast)|Festival|Night|Parade)(?![\w-])")
# One word before "'s Day", "'s Eve", "'s Feast" is the feast's namesake only when it is a given name ("Patrick's Day",
# "George's Day"; "Valentine's Day"), not a place's, a state's or a body's name ("Kazakhstan's Day of Gratitude"), nor a
# surname ("Trump's Day In Court"); "'s Festival", "'s Night", "'s Parade" only after a saint ("Edinburgh's Festival
# Fringe", "London's Night Czar", "Messi's Night", "Berlin's Festival of Lights" stay)
_NAMESAKES = GIVEN_NAMES | COMMON_GIVEN_NAMES | frozenset(["Valentine"])
_NO_NAMESAKE = frozenset(["place", "state", "organisation"])
# A laugh: a pair of letters three times running ("hahaha", "lololol", "ayayay", "zzzzzz"; not "Nnanna", a name)
_LAUGH = re.compile(r"(\w\w)\1\1")
# A saint's name: "St Patrick", "St. Andrew", "Saint George"
_SAINT = re.compile(r"(?:St\.?|Saint)[ \u00a0]+[A-Z][a-z]+")
_SOUND_LENGTH = 6
# A feast named after a person, no possessive: name words, "Jr." at times, then "Day" ("Martin Luther King Jr. Day")
_NAMED_DAY = re.compile(r"(?<![\w’'.-])(?P<name>(?:[A-Z][a-z]+[ ]){1,4}[A-Z][a-z]+(?:[ ]Jr\.?)?)[ ]Day(?![\w’'-])")
_BACK = 40  # enough for four name words before the suggestion


def feast_name(text: str, s: Suggestion) -> bool:
    """``s`` is a saint's name or one word before a possessive and a feast's word ("St Patrick" of "the St Patrick's
    Day parade", "Valentine" of "on Valentine's Day"): the feast's name, no actor."""
    after = _FEAST_AFTER.match(text, s.end)
    if after is None:
        return _named_day(text, s)
    return _SAINT.fullmatch(s.exact) is not None or (
        s.exact in _NAMESAKES and s.attributes.get("type") not in _NO_NAMESAKE and after.group("day") is not None)


def laugh(s: Suggestion) -> bool:
    """``s`` is one word of six letters or more written with two letters at most ("Hahaha", "Lololol"): a sound."""
    word = s.exact
    return (len(word) >= _SOUND_LENGTH and word.isalpha() and len(set(word.casefold())) <= 2
            and _LAUGH.search(word.casefold()) is not None)


def _named_day(text: str, s: Suggestion) -> bool:
    """``s`` lies in a feast named after a person without a possessive and is more or less than the person's name
    ("King Day", "King Jr", "Martin Luther King Day" of "Martin Luther King Jr. Day"; see the module)."""
    if "Day" not in s.exact and not text.startswith(" Day", s.end) and not text.startswith(". Day", s.end):
        return False  # most suggestions: no "Day" in or right after them
    for m in _NAMED_DAY.finditer(text, max(0, s.start - _BACK), min(len(text), s.end + 6)):
        if m.start() >= s.end or m.end() <= s.start:
            continue
        words = m.group("name").split()
        first = next((i for i, w in enumerate(words) if w in _NAMESAKES), None)  # the feast's name starts at a given name
        names = [w for w in words[first:] if not w.startswith("Jr")] if first is not None else []
        if len(names) < 2 or names[-1] in _NAMESAKES or any(w in TITLES for w in words[:first]):
            continue  # "Doris Day", "Actress Doris Day", "Mary Ann Day", "Senator Mary Lou Day": a person named Day
        start = m.start() + sum(len(w) + 1 for w in words[:first])
        name = text[start:m.end("name")]  # the person's name: kept whole, with or without "Jr." or its stop
        if s.end > start and s.exact not in (name, name.rstrip("."), name.removesuffix(" Jr.").removesuffix(" Jr")):
            return True
    return False
