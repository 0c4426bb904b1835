"""The type of a source named after "according to" (no I/O, no Qt): the frame says a name is a source, not whether it
is a person or a body, and the rules that find such names type them people ("according to Ofcom" was a person). The
type comes from the name itself: capitals of an acronym of four letters or more ("according to NHTSA"; not "JFK"), a
British regulator's "Of-" name ("Ofcom", "Ofgem", "Ofwat"; not the surname "Ofori"), a body's head word as its last word ("according to Energy Watch") or a known company make it an organisation; a surname stays a person ("according to Smith")."""

from __future__ import annotations

import re
from dataclasses import replace

from desktop.suggest import organisations
from desktop.suggest.english_terms import BODY_HEADS
from desktop.suggest.given_names import GIVEN_NAMES
from desktop.suggest.suggestion import Suggestion

__all__ = ["source_retyped"]

_ACCORDING_TO = re.compile(r"(?<![\w’'-])[Aa]ccording[ \u00a0]+to[ \u00a0]+(?:the[ \u00a0]+)?$")
# British regulators' "Of-" names, listed: "Of" and a short stem also opens surnames ("according to Ofori", "Ofili")
_REGULATORS = frozenset("Ofcom Ofgem Ofwat Ofqual Ofsted Ofreg Oftel Ofgas Oflot Ofrail".split())
# An acronym of four letters or more, or with "&": three capitals are as often a person's initials ("according to JFK",
# "AOC", "LBJ") as a body's
_ACRONYM = re.compile(r"[A-Z][A-Z&]{3,6}|[A-Z]+&[A-Z&]+")
# Last words of bodies' names besides the heads of :data:`english_terms.BODY_HEADS` ("Energy Watch", "Pew Research")
_SOURCE_HEADS = BODY_HEADS | frozenset("""Watch Group Survey Research Bank Fund Trust Union Board Service Network Labs Partners
    Insights Analytics Consulting Consultancy Observatory Monitor Statistics""".split())


def source_retyped(text: str, s: Suggestion) -> Suggestion:
    """``s``, a person right after "according to" (no store's entity), as an organisation when the name shows a body:
    an acronym of four capitals or more, a listed regulator's "Of-" name, a body's head word last, or a known company; no given
    name opens it."""
    words = s.exact.split()
    if (s.attributes.get("type") != "person" or "entity_id" in s.attributes or not words or words[0] in GIVEN_NAMES
            or _ACCORDING_TO.search(text, max(0, s.start - 20), s.start) is None):
        return s
    if (_ACRONYM.fullmatch(s.exact) or s.exact in _REGULATORS or words[-1] in _SOURCE_HEADS
            or s.exact in organisations.COMPANIES):
        return replace(s, attributes={**s.attributes, "type": "organisation"})
    return s
