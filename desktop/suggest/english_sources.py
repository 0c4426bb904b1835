"""The type of a source named after "according to" (no I/O, no Qt): the frame says a name is a source, not whether it
is a person or a body, and the rules that find such names type them people ("according to Ofcom" was a person). The
type comes from the name itself: capitals of an acronym ("according to NHTSA"), a British regulator's "Of-" name
("Ofcom", "Ofgem", "Ofwat"), a body's head word as its last word ("according to Energy Watch") or a known company make it an organisation; a surname stays a person ("according to Smith")."""

from __future__ import annotations

import re
from dataclasses import replace

from desktop.suggest import organisations
from desktop.suggest.english_terms import BODY_HEADS
from desktop.suggest.given_names import GIVEN_NAMES
from desktop.suggest.suggestion import Suggestion

__all__ = ["source_retyped"]

_ACCORDING_TO = re.compile(r"(?<![\w’'-])[Aa]ccording[ \u00a0]+to[ \u00a0]+(?:the[ \u00a0]+)?$")
# A British regulator's name: "Of" and a short stem, glued ("Ofcom", "Ofgem", "Ofwat", "Ofqual", "Ofsted", "Ofreg");
# "Off-" names are people's and places' ("Offa", "Offenbach")
_REGULATOR = re.compile(r"Of(?!f)[a-z]{3,5}")
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,6}")
# Last words of bodies' names besides the heads of :data:`english_terms.BODY_HEADS` ("Energy Watch", "Pew Research")
_SOURCE_HEADS = BODY_HEADS | frozenset("""Watch Group Survey Research Bank Fund Trust Union Board Service Network Labs Partners
    Insights Analytics Consulting Consultancy Observatory Monitor Statistics""".split())


def source_retyped(text: str, s: Suggestion) -> Suggestion:
    """``s``, a person right after "according to" (no store's entity), as an organisation when the name shows a body:
    an acronym in capitals, a regulator's "Of-" name, a body's head word last, or a known company; no given
    name opens it."""
    words = s.exact.split()
    if (s.attributes.get("type") != "person" or "entity_id" in s.attributes or not words or words[0] in GIVEN_NAMES
            or _ACCORDING_TO.search(text, max(0, s.start - 20), s.start) is None):
        return s
    if (_ACRONYM.fullmatch(s.exact) or _REGULATOR.fullmatch(s.exact) or words[-1] in _SOURCE_HEADS
            or s.exact in organisations.COMPANIES):
        return replace(s, attributes={**s.attributes, "type": "organisation"})
    return s
