"""A rank or a church office before one name word is a person (no I/O, no Qt): "figures such as General Fahim and
warlord Ismail Khan", "our Deacon Clare signed", "talks led by Admiral Teshlo".

:func:`desktop.suggest.names.honorific_people` reads a rank with two or three name words ("General Pervez Musharraf")
but, for the ranks that also open firms' and things' names ("General Motors", "Captain America", "Cardinal Health",
"Bishop Auckland"), one name word only when the person speaks. Here the one word is a person's when the rank stands
after a lower-case word, a possessive, a comma, a bracket or a quote (not after an article: "the General Assembly", "a
Captain America film"; nor at a sentence's start: "Cardinal Financial said"; nor after "in", "at", "near" or "into":
"docked at Captain Cook"), no capitalised word follows it (a longer name: "General Electric Company", "Captain Cook
Hotel") nor a place's noun in lower case ("visited Bishop Rock lighthouse") and the word is no firm's or thing's word (:data:`_BODY_AFTER_A_RANK`: "General Motors", "General Mills",
"General Dynamics") nor a known place; the frame's weighing
(:func:`desktop.suggest.english_frames._framed`) then refuses common words, body's head words and words the text writes
in lower case."""

from __future__ import annotations

import re

from desktop.suggest import gazetteer, names
from desktop.suggest.words import LOW, UP

__all__ = ["RANK_WORDS", "rank_spans"]

_SPACE = r"[ \u00a0]+"
# Ranks and church offices written out before one name word (the other ranks and titles are read with one word by
# names.honorific_people already: "Colonel Varga", "Senator Whitcombe")
# ("Major" is not one: mid-sentence it is as often the adjective a title capitalises, "expect Major Gains", "said Major
# Roads would close"; honorific_people reads "Major Jones said")
RANK_WORDS = ("General", "Admiral", "Marshal", "Captain", "Cardinal", "Bishop", "Deacon", "Rector", "Vicar", "Pastor",
              "Chaplain")
# Words after such a rank that make a firm's, a body's or a thing's name, not a person's
_BODY_AFTER_A_RANK = frozenset("""Motors Electric Dynamics Mills Atomics Assembly Staff Counsel Hospital Manager Managers
    Store Stores Election Elections Secretary Partners Foods Instruments Insurance Health Accident Cinema
    Crimes Arcana Court Council Conference Synod Office Post Delivery Service Services Studies Practice Practitioner
    Surgery Medicine Admission Admissions Strike Sin Sins Virtues Rule Rules Key Scale Chord Planet America Marvel
    Hook Underpants Morgan Crunch Kidd Blood Universe Outlet Partner Fund Capital Financial Bank Airlines Aviation
    Contractor""".split())
# A place's or a structure's noun in lower case after the name: the rank and its word name that place, not a person
# ("visited Bishop Rock lighthouse", "the General Santos port", "near Captain Cook bridge")
_PLACE_NOUN_AFTER = (r"(?:lighthouses?|islands?|isles?|reefs?|rocks|bay|harbou?r|port|peninsula|headland|cape|beach"
                     r"|lake|river|creek|mountain|mount|hill|valley|bridge|road|street|avenue|lane|highway|airport|station"
                     r"|pier|dock|canal|village|town|city|district|county|province|suburb|reserve)(?![\w’'-])")
_RANK = re.compile(rf"(?<![\w’'.-])(?:{'|'.join(RANK_WORDS)}){_SPACE}([{UP}][{LOW}]+(?:[-'’][{UP}][{LOW}]+)?)"
                   rf"(?![\w’'-]|{_SPACE}(?:[{UP}]|&|{_PLACE_NOUN_AFTER})|\.[{UP}{LOW}])")
# What may stand before the rank: a lower-case word that is no article or demonstrative, a possessive ("Our Rector"), a
# comma, a bracket or a quote; not a sentence's start, where a firm's name opens as often ("Cardinal Financial said"),
# nor a preposition of place, after which places are named so ("docked at Captain Cook", "arrived in General Santos",
# "sailed towards Captain Cook"); not all of english_frames' (to, from, of): "a letter to General Fahim", "the son of
# General Fahim" are people
_BEFORE = re.compile(rf"(?:(?<![\w’'-])(?:(?!(?:the|a|an|this|that|these|those|in|at|near|into|towards?|via)(?![\w’'-]))[{LOW}]+|[Oo]ur|[Mm]y|[Hh]is|[Hh]er"
                     rf"|[Tt]heir|[Ii]ts){_SPACE}|,[ \u00a0]*|[(\"“])$")


def rank_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each rank and its one name word that may be a person (see the module); the name word is
    weighed by the caller."""
    if not any(w in text for w in RANK_WORDS):
        return []
    out = []
    known = gazetteer.types_by_form()
    for m in _RANK.finditer(text):
        word = m.group(1)
        if word in _BODY_AFTER_A_RANK or word in names.NOT_AFTER_A_RANK or known.get(word.casefold()) is not None:
            continue  # "General Motors", "Bishop Auckland" (a town)
        if _BEFORE.search(text, max(0, m.start() - 20), m.start()) is None:
            continue  # "the General Assembly", "Lieutenant General Smith" (read with the whole title), "Acme Captain"
        out.append((m.start(), m.end()))
    return out
