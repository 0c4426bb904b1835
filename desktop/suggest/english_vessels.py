"""English names of things that are no actors though written like one (no I/O, no Qt): a ship after its prefix ("the
USS Austin", "HMS Ardent"), the State of the Union address ("Union" alone is no union), a microbe's strain named by
where it was isolated ("the Ames strain"), a missile's or a gun's type ("the Exocet missile", "missiles such as Cirit
and UMTAS")."""

from __future__ import annotations

import re

from desktop.suggest import gazetteer
from desktop.suggest.abbreviations import after_ship_prefix
from desktop.suggest.organisations import COMPANIES
from desktop.suggest.suggestion import Suggestion
from desktop.suggest.words import THE_BEFORE, whole_word_starts

__all__ = ["is_a_thing", "weapon_type"]

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


# A weapon's noun in lower case: the name before it, or listed after it, is the weapon's type ("a Harpoon missile"); not
# "rocket(s)", "drone(s)" or "jet(s)", which news writes after the side that fires them ("Hamas rockets")
_WEAPON = r"(?:missiles?|torpedo(?:es)?|howitzers?|rifles?)"
# The weapon's noun after the name; not before a noun of a side's affairs or acts ("the Putin missile threat", "the Kim
# missile talks", "the Hezbollah missile attack", "the NATO missile shield", "the Kim missile launch": the side's)
_WEAPON_AFTER = re.compile(rf"[ \u00a0]+(?:anti-?[a-z]+[ \u00a0]+)?{_WEAPON}(?![\w’'-])(?![ \u00a0]+(?:talks|deals?|plans?"
                           r"|polic(?:y|ies)|threats?|crisis|treaty|pact|programm?e?s?|negotiations|dispute|summit|attacks?"
                           r"|strikes?|launch(?:es|ers?)?|tests?|barrages?|salvos?|shields?|defen[cs]es?|fire|bases?|sites?"
                           r"|arsenals?|stockpiles?|capabilit(?:y|ies)|forces?|units?|campaigns?|offensives?)(?![\w’'-]))")
# The weapons' noun and "such as", "like" or "including" before a list of names ("missiles such as Cirit and UMTAS")
_WEAPONS_LISTED_BEFORE = re.compile(rf"(?<![\w’'-]){_WEAPON}[ \u00a0]+(?:such[ \u00a0]+as|like|including)[ \u00a0]+"
                                    rf"(?:[A-Z][\w-]*(?:[ \u00a0]*,)?[ \u00a0]+(?:(?:and|or)[ \u00a0]+)?)*$")
_WEAPONS_REACH = 80
_WEAPON_STEMS = ("missile", "torpedo", "howitzer", "rifle")  # a plain substring test before the list's pattern


def _weapon_context(text: str, start: int, end: int) -> bool:
    after = _WEAPON_AFTER.match(text, end)
    if after is not None and THE_BEFORE.search(text, max(0, start - 20), start):
        return True
    window = text[max(0, start - _WEAPONS_REACH) : start]
    return any(w in window for w in _WEAPON_STEMS) and _WEAPONS_LISTED_BEFORE.search(window) is not None


def _named_elsewhere(text: str, s: Suggestion) -> bool:
    """``text`` writes ``s``'s words somewhere not as a weapon's type: a side or a maker ("Hezbollah said")."""
    return any(pos != s.start and not _weapon_context(text, pos, pos + len(s.exact))
               for pos in whole_word_starts(text, s.exact))


def weapon_type(text: str, s: Suggestion) -> bool:
    """``s`` names a missile's or a gun's type: right before the weapon's noun after "the" ("the Exocet missile"; not
    before a noun of a side's affairs: "the Putin missile threat"), or listed after the noun ("missiles such as Cirit and
    UMTAS"); not two names joined by "and" before the noun, which are sides or people as often ("Hamas and Hezbollah
    missiles", "Kim and Putin missile talks"). Not a place, a state, a body or a nationality the gazetteer knows ("the
    Iran missile deal", "the NATO missile", "Iranian missiles"), a known company ("Raytheon missiles"), a name the text writes elsewhere outside such a frame (a side or a maker: "the
    Hezbollah missile … Hezbollah said"), nor before another kind of weapon ("Hamas rockets", "Houthi drones"); "a
    Hezbollah missile" names the side as often as "a Harpoon missile" names the type, so an indefinite article is no
    evidence."""
    if not _weapon_context(text, s.start, s.end) or s.exact in COMPANIES or gazetteer.is_demonym(s.exact):
        return False
    # (any name the gazetteer knows is a side, not a type: a place, a state, a body — "the NATO missile")
    return gazetteer.types_by_form().get(s.exact.casefold()) is None and not _named_elsewhere(text, s)


def is_a_thing(text: str, s: Suggestion) -> bool:
    """``s`` (an actor suggestion on ``text``) names a ship with its prefix ("USS Austin", "HMS Ardent"), the "Union"
    of "State of the Union", one word after an article names a strain or variant ("Ames" of "the Ames strain"; not a
    maker's model: "the Boeing variant"), or a weapon's type (:func:`weapon_type`: "the Exocet missile"): no actor."""
    prefix = _PREFIX.match(s.exact)
    if prefix is not None and after_ship_prefix(text, s.start + prefix.end()) and (
            s.exact.split()[0] not in _OTHER_MEANINGS
            or _SHIP_WORDS.search(text, max(0, s.start - _SHIP_WORDS_REACH), s.end + _SHIP_WORDS_REACH) is not None):
        return True
    if s.exact == "Union" and _STATE_OF_THE.search(text, max(0, s.start - 20), s.start):
        return True
    return (_STRAIN_AFTER.match(text, s.end) is not None and " " not in s.exact.strip() and s.exact not in COMPANIES  # "the Boeing variant"
            and _ARTICLE_BEFORE.search(text, max(0, s.start - 40), s.start) is not None) or weapon_type(text, s)
