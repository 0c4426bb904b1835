"""English names of things that are no actors though written like one (no I/O, no Qt): a ship after its prefix ("the
USS Austin", "HMS Ardent"), the State of the Union address ("Union" alone is no union), a microbe's strain named by
where it was isolated ("the Ames strain")."""

from __future__ import annotations

import re

from desktop.suggest.abbreviations import after_ship_prefix
from desktop.suggest.organisations import COMPANIES
from desktop.suggest.suggestion import Suggestion

__all__ = ["is_a_thing"]

# "State of the Union" before an address, a speech or nothing: the president's yearly speech, whose "Union" a model
# reads as a body
_STATE_OF_THE = re.compile(r"State[ \u00a0]+of[ \u00a0]+the[ \u00a0]+$")
# A strain, variant or breed after the name: the organism's, named after a place or a person ("the Ames strain", "the
# Delta variant")
_STRAIN_AFTER = re.compile(r"[ \u00a0]+(?:strain|variants?|cultivars?|isolate)(?![\w’'-])")
# An article or demonstrative, perhaps with one lower-case word ("the unprocessed Ames strain"), before the word: the
# noun phrase of a strain, not a subject before the verbs "strain" and "isolate" ("Russia and China strain ties",
# "Microsoft strains to keep pace", "Hamas isolates Fatah")
_ARTICLE_BEFORE = re.compile(r"(?<![\w’'-])(?:the|a|an|this|that|new)(?:[ \u00a0]+[a-z]+)?[ \u00a0]+$", re.IGNORECASE)
# Prefixes with other common meanings ("INS Commissioner Doris Meissner": the Immigration and Naturalization Service;
# "FS Investments", "FS KKR Capital": companies): a ship only with a ship's word near ("INS Vikrant joined the fleet")
_OTHER_MEANINGS = {"INS", "FS"}
_SHIP_WORDS = re.compile(r"(?<![\w’'-])(?:ships?|vessels?|carriers?|frigates?|destroyers?|submarines?|warships?|corvettes?|cruisers?"
                         r"|fleet|navy|naval|sailed|docked|commissioned|hull|deck|crew|port)(?![\w’'-])", re.IGNORECASE)
_SHIP_WORDS_REACH = 150
# A ship's prefix and a space opening the span ("USS Austin", the model's span of the whole)
_PREFIX = re.compile(r"[A-Z]{2,4}[ \u00a0]+(?=[A-Z])")


def is_a_thing(text: str, s: Suggestion) -> bool:
    """``s`` (an actor suggestion on ``text``) names a ship with its prefix ("USS Austin", "HMS Ardent"), the "Union"
    of "State of the Union", or one word after an article names a strain or variant ("Ames" of "the Ames strain"; not a
    maker's model: "the Boeing variant"): no actor."""
    prefix = _PREFIX.match(s.exact)
    if prefix is not None and after_ship_prefix(text, s.start + prefix.end()) and (
            s.exact.split()[0] not in _OTHER_MEANINGS
            or _SHIP_WORDS.search(text, max(0, s.start - _SHIP_WORDS_REACH), s.end + _SHIP_WORDS_REACH) is not None):
        return True
    if s.exact == "Union" and _STATE_OF_THE.search(text, max(0, s.start - 20), s.start):
        return True
    return (_STRAIN_AFTER.match(text, s.end) is not None and " " not in s.exact.strip() and s.exact not in COMPANIES  # "the Boeing variant"
            and _ARTICLE_BEFORE.search(text, max(0, s.start - 40), s.start) is not None)
