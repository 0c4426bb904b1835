"""English words the recognisers read as names in informal and office text (no I/O, no Qt): a word in capitals after a
word of degree is the word stressed ("completely UNTRUE.", "so GREEDY,"), a month before a board's or a committee's word
is the date of its meeting ("the August Board meeting"), an airline's code before a number is a flight ("MH 17"), and
capitals joined to a number are a model's designation ("AK-47", "F - 102", "AK47s", "S100"), and "FF" before a user's
handle is a post's Follow Friday ("FF @ jenny_k")."""

from __future__ import annotations

import re

from desktop.meaning.lookups import lookup_scale, lookup_unit
from desktop.suggest import gazetteer, names, organisations
from desktop.suggest.mentions import POSTAL_CODES
from desktop.suggest.suggestion import Suggestion

__all__ = ["designation", "flight", "follow_friday", "model_name", "month_meeting", "stressed_word"]

# A word of degree right before a word: the word is an adjective or an adverb ("completely UNTRUE", "so GREEDY",
# "really NICE"); not "more", "most" or "not", which stand before a body's acronym as a noun ("more INS agents")
_DEGREE_BEFORE = re.compile(r"(?<![\w’'-])(?:[Vv]ery|[Ss]o|[Tt]oo|[Rr]eally|[Cc]ompletely|[Tt]otally|[Aa]bsolutely|[Ee]xtremely"
                            r"|[Ii]ncredibly|[Tt]ruly|[Qq]uite|[Pp]retty|[Hh]ighly|[Ss]uper|[Ss]eriously|[Dd]efinitely)[ \u00a0]+$")
# The sentence's or the clause's end right after the word: it ends the phrase ("… completely UNTRUE .")
_PHRASE_END_AFTER = re.compile(r"[ \u00a0]*(?:[.,;:!?]|$)", re.MULTILINE)
# A board's or a committee's word after a month: the body's meeting of that month ("the August Board meeting")
_MEETING_BODIES = frozenset("Board Committee Council Commission Panel Meeting Conference Session Summit".split())
# "May" and "March" are given names and surnames too ("the May Committee")
_MONTHS = frozenset(names.MONTHS) - {"May", "March"}


def stressed_word(text: str, s: Suggestion) -> bool:
    """``s``, one word in capitals (its name as written, no store's entity), follows a word of degree and ends the
    clause ("completely UNTRUE .", "so GREEDY ,"), and no known state, place or company bears it: a word stressed."""
    word = s.exact
    return (s.attributes.get("name") == word and word.isalpha() and word.isupper() and len(word) >= 3
            and _DEGREE_BEFORE.search(text, max(0, s.start - 16), s.start) is not None
            and _PHRASE_END_AFTER.match(text, s.end) is not None and _unknown(word))


def month_meeting(s: Suggestion) -> bool:
    """``s`` is a month's name and a board's or a committee's word alone ("August Board" of "the August Board meeting"):
    the date of a meeting, no body's name."""
    words = s.exact.split()
    return len(words) == 2 and words[0] in _MONTHS and words[1] in _MEETING_BODIES


# A flight's number after an airline's two-letter code ("MH 17", "SQ 351", "TG 921"); the number is no measure and no
# year ("the EU 2015 report")
_FLIGHT_NUMBER = re.compile(r"[ \u00a0]?(?!(?:19|20)\d\d)\d{2,4}(?![\w.,:/-])")
# A counted noun after that number makes it a count, the letters a body's ("The PP 137 seats", "the AU 55 member states",
# "worked at GE 30 years", "Shares in BP 500 index firms"); a unit, a currency, a percent or a scale word does too ("the
# DA 21 percent", "the A4 40 km"): the figure parser's own lookups (:func:`_unit_or_scale_after`)
_COUNTED_AFTER = re.compile(r"[ \u00a0]*(?i:per[ \u00a0]?cent|seats?|members?|states|countries|nations|years?"
                            r"|months?|weeks?|days?|hours?|minutes?|votes?|points?|index|people|persons|delegates|MPs|deputies"
                            r"|councillors|senators|candidates|districts|constituencies|firms|companies|employees|workers|staff"
                            r"|jobs|shares|stores|branches|stations|schools|units|cases|deaths|times)(?![\w])")
_WORD_AFTER = re.compile(r"[ \u00a0]*(%|[^\W\d_]+)")


def _unit_or_scale_after(text: str, pos: int) -> bool:
    """A unit, a currency, a percent or a scale word right after ``pos``, as the figure parser reads them ("%", "km",
    "dollars", "million")."""
    word = _WORD_AFTER.match(text, pos)
    return word is not None and (lookup_unit(word.group(1)) is not None or lookup_scale(word.group(1)) is not None)


# A model's designation: capitals joined by a hyphen or nothing to a number of two digits or more ("AK-47", "F - 102",
# "AK47s", "S100"), the number inside the suggestion or right after it
_DESIGNATION = re.compile(r"(?P<letters>[A-Z]{1,4})(?:[ \u00a0]?-[ \u00a0]?\d{2,4}|\d{2,4})s?")
_NUMBER_AFTER = re.compile(r"[ \u00a0]?-[ \u00a0]?\d{2,4}|\d{2,4}s?(?![\w])")
# Letters whose number names a group, an agency or a road ("G-20", "MI5", "M25", "A40", "I-95", "UB40")
_NOT_DESIGNATIONS = frozenset("G MI M A I N UB".split())
# An aircraft's design bureau in its own letters, a capital and lower case, and a hyphen to its number ("Mi-28", "Su-35S",
# "Ka-52", "Tu-160", "Il-76", "An-124", "Yak-130", "MiG-29", "Ju-87", "Bf-109"): the model reads it as a place
_BUREAUS = frozenset("Mi Su Ka Tu Il An Be Yak MiG Ju Bf Me Fw He Do".split())
_BUREAU_DESIGNATION = re.compile(rf"(?:{'|'.join(sorted(_BUREAUS))})[ \u00a0]?-[ \u00a0]?\d{{1,4}}[A-Z]{{0,3}}s?")
_BUREAU_NUMBER_AFTER = re.compile(r"[ \u00a0]?-[ \u00a0]?\d{1,4}[A-Z]{0,3}s?(?![\w.,])")  # "Su-35S", "Mi-8s"


def _unknown(word: str) -> bool:
    """No known state, place or company bears ``word``."""
    return gazetteer.types_by_form().get(word.casefold()) is None and word not in organisations.COMPANIES


def flight(text: str, s: Suggestion) -> bool:
    """``s`` is two capitals or a capital and a digit, no US state's code ("Rain to MN 10" stays another rule's), before
    a number of two to four digits ("boarded MH 17", "Flight TG 921") in an English line: a flight, not the airline.
    Not before a unit, a percent or a counted noun ("the DA 21 percent", "The PP 137 seats": :data:`_COUNTED_AFTER`,
    :func:`_unit_or_scale_after`)."""
    word = s.exact
    number = _FLIGHT_NUMBER.match(text, s.end)
    return (re.fullmatch(r"[A-Z][A-Z0-9]", word) is not None and word not in POSTAL_CODES and _unknown(word)
            and number is not None and _COUNTED_AFTER.match(text, number.end()) is None
            and not _unit_or_scale_after(text, number.end())
            and organisations.english_line(text, s.start))


def designation(text: str, s: Suggestion) -> bool:
    """``s`` is capitals joined to a number, in the suggestion or right after it ("AK" of "AK - 47", "F - 102",
    "AK47s"; glued, four characters or more) or a design bureau's letters and a number ("Mi-28", "Su-35") in an English
    line: a weapon's, an aircraft's or a device's model, no body.
    Not a group's, an agency's, a road's or a band's ("G-20", "MI5", "M25", "D12")."""
    if (_BUREAU_DESIGNATION.fullmatch(s.exact) is not None
            or (s.exact in _BUREAUS and _BUREAU_NUMBER_AFTER.match(text, s.end) is not None)):
        return organisations.english_line(text, s.start)  # "Mi-28", "Su" of "Su-35"
    glued = _DESIGNATION.fullmatch(s.exact)
    if glued is not None:
        if len(s.exact.rstrip("s")) < 4:
            return False  # three characters glued name bands as often ("D12", "B52s")
        letters = glued.group("letters")
    elif re.fullmatch(r"[A-Z]{1,4}", s.exact) is not None and _NUMBER_AFTER.match(text, s.end) is not None:
        letters = s.exact
    else:
        return False
    # the line's language last: reading it is the dearest test, and most suggestions fail the others
    return (letters not in _NOT_DESIGNATIONS and _unknown(s.exact) and _unknown(letters)
            and organisations.english_line(text, s.start))  # a Turkish line's band ("SS 501")


# A user's handle or a hashtag right after the word ("FF @ jenny_k", "FF: @bob"), or a hashtag's sign before it ("#FF")
_HANDLE_AFTER = re.compile(r"[ \u00a0]*:?[ \u00a0]*[@#]")


def follow_friday(text: str, s: Suggestion) -> bool:
    """``s`` is "FF" before a user's handle or after a hashtag's sign ("FF @ jenny_k", "#FF"): a post's Follow Friday,
    no body. "FF" elsewhere may be Fianna Fáil ("Fianna Fail (FF) won seats", "FF and FG agreed")."""
    return s.exact == "FF" and (_HANDLE_AFTER.match(text, s.end) is not None or text[max(0, s.start - 1):s.start] == "#")


# A vehicle's or a weapon's noun right after a model's name ("M2 Bradley vehicles", "M1 Abrams tanks", "M109 Paladin
# howitzers"): the name is the model's, no person's and no body's
_MODEL_NOUN_AFTER = re.compile(r"[ \u00a0]+(?:tanks?|vehicles?|jets?|fighters?|fighter[ \u00a0]jets|bombers?|helicopters?"
                               r"|gunships?|howitzers?|aircraft|airliners?|planes?|rifles?|carbines?|pistols?|missiles?"
                               r"|rockets?|drones?|launchers?|submarines?|frigates?|destroyers?|corvettes?|warships?"
                               r"|carriers?|trucks?|armou?red[ \u00a0]vehicles|air[ \u00a0]defen[cs]e[ \u00a0]systems?)(?![\w])")
# A model's designation: one to three capitals or a design bureau's letters, a hyphen or nothing, and a number, a
# variant's letters after it ("M2", "M109", "F-16", "T-90A", "Su-35S"); a name's number is written after a word
# ("Channel 4", "Radio 4", "Formula 1"), never glued to its capitals
_MODEL_DESIGNATION = re.compile(rf"(?:[A-Z]{{1,3}}|{'|'.join(sorted(_BUREAUS))})[ \u00a0]?-?[ \u00a0]?\d{{1,4}}[A-Z]{{0,3}}")
_DESIGNATION_BEFORE = re.compile(rf"(?<![\w’'-]){_MODEL_DESIGNATION.pattern}[ \u00a0]+$")
# Not a designation: a quarter, a half or a fiscal year ("In Q3 Boeing jets", "H1", "FY2024")
_PERIOD = re.compile(r"(?:Q[1-4]|H[12]|FY[ \u00a0]?-?\d{2,4})[ \u00a0]+$")


def model_name(text: str, s: Suggestion) -> bool:
    """``s`` is a model's name after its designation, in the suggestion or right before it, and before a vehicle's or a
    weapon's noun ("M2 Bradley" of "50 M2 Bradley vehicles", "Paladin" of "M109 Paladin howitzers"): a model, no person
    or body. Not a name with a number after a word ("Channel 4", "BBC Radio 4"), nor without the noun after it ("the O2
    Arena", "A1 Telekom")."""
    if _MODEL_NOUN_AFTER.match(text, s.end) is None:
        return False
    first, _, rest = s.exact.partition(" ")
    if rest and _MODEL_DESIGNATION.fullmatch(first) is not None and _PERIOD.fullmatch(first + " ") is None:
        return rest[:1].isupper() and _unknown(rest)  # "M2 Bradley"
    # one unknown word right after the designation ("M109 Paladin"; not "MH370 Malaysia Airlines", "Q2 Airbus")
    before = _DESIGNATION_BEFORE.search(text, max(0, s.start - 12), s.start)
    return (before is not None and s.exact[:1].isupper() and not rest and _unknown(s.exact)
            and _PERIOD.match(text, before.start(), s.start) is None)
