""""One" of a thing where a word before it makes the number the point (English): "only one hospital", "just one
species", "more than one task", "at least one soldier", "exactly one vote", "not even one ambulance" → value 1 and the
noun as written ("hospital"; the bound is read by the figures' walk: "more than one task" > 1); "one or more
donations" → ≥ 1 donations.

"One" alone never counts (`counts.find_counts`): "one day he came", "one of them", "the one thing". After these words
it is a count a reader of news would note ("Only one hospital remains open in the city"). Not "not only one country
but …" (an addition, no count), nor before a unit of time, money or measure the other figure patterns read ("more
than one hour", "at least one percent"), a function word ("only one of them", "just one more"), nor a capitalised word
(a name: "only one Direction fan").

Called by :func:`desktop.meaning.counts.find_counts`; no I/O, never raises on a ``str``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

__all__ = ["FUNCTION_WORDS", "LY_WORDS", "find_limited_ones"]

# The trigger: the word "one" before a space (a literal the engine scans for); then a limiter or a bound right before
# it, or "or more" after it, and a lower-case word.
_ONE = re.compile(r"(?:one|One|ONE)(?=[ \u00a0])")  # (the word's start checked after: a look-behind first costs 3 times)
_LIMIT_BEFORE = re.compile(r"(?<![\w'’-])(?i:only|just|merely|exactly|not[ \u00a0]+even|more[ \u00a0]+than|at[ \u00a0]+least"
                           r"|no[ \u00a0]+more[ \u00a0]+than)[ \u00a0]+$")
_OR_MORE = re.compile(r"[ \u00a0]+or[ \u00a0]+more")
_WORD = re.compile(r"[ \u00a0]+([a-z][a-z-]*)(?![\w'’])")
_NOT_BEFORE = re.compile(r"(?<![\w'’-])(?i:not|the)[ \u00a0]+$")
# Function words: they end the phrase of a count (a modifier in counts.py is never one) and of "one" here.
FUNCTION_WORDS = set("""
    the a an of in on at to for by with from and or but nor per than as is are was were be been being
    has have had will would can could may might must shall should do does did not no who whom which
    that this these those it its their his her our your my we they he she you me him us them there
    here so if then also only just more most less least other others such same some any all each every
    both few many much very out up off over into onto upon about after before since until while
    under between among against during without within through across near said says plus minus versus
    january february march april may june july august september october november december
    """.split())
# (after "one" too, and "way": "only one way to win" counts no way)
_STOP = FUNCTION_WORDS | {"way", "enough"}
# Units the other figure patterns read, in the singular ("more than one hour", "at least one dollar").
_UNITS = set("""
    year month week day hour minute second decade century time percent cent dollar euro pound ton tonne mile kilometre
    kilometer metre meter person people inch foot yard acre gallon litre liter kilo kilogram gram
    """.split())
# Adjectives before the noun: by an ending no noun of news has often ("-al", "-ent", "-ive", "-ic" end "hospital",
# "official", "president", "executive", "clinic"), or a few common ones.
_ADJECTIVE_ENDS = ("ical", "onal", "ural", "udinal", "ntal", "ous", "ful", "ish", "less", "ern", "able", "ible")
_ADJECTIVES = set("""full new old single small big large great major key main last young whole good bad real long short
    high low top senior junior extra free open local foreign public private military civilian active effective positive
    negative independent different important significant federal chinese russian american british french german
    red blue green yellow black white orange purple pink grey gray brown""".split())
# Words that describe the one thing counted right after "one" with no limiter ("one older brother", "one other friend",
# "one more night", "one small clinic"): with them "one" is a number before its noun, not the pronoun ("One day he came"
# stays none: no describing word; thirty-first round).
_DESCRIBING = _ADJECTIVES | set("""older younger elder bigger smaller larger greater better worse higher lower earlier
    later further final particular certain additional extra other more less nice tiny huge vast brief quick simple
    common news sports""".split())  # ("one news outlet", "one sports car": a plural noun describing the next)
# After "one" with no adjective before it: a pronoun's verb, not a noun ("Only one knows", "At least one died", "Only one
# came back"; review of the thirtieth round): a word in -s that no singular noun ends in, a past in -ed, a common verb.
_SINGULAR_S = ("ss", "us", "is", "ies")
_VERBS = set("""came went got made left won lost saw knew took gave fell ran stood held kept became told found felt led
    need seem remain survive die win know""".split())
# Nouns that say what kind or part, not what is counted ("only one kind of bird", "Only one thing matters", "not even one
# bit of it", "only one side of the story"; review of the thirtieth round).
_GENERAL = set("""thing kind sort type part side bit piece look reason problem question chance answer factor example option
    aspect element instance possibility explanation alternative solution""".split())
# "-ly" words that are nouns or adjectives, not adverbs ("18 supply routes", "two daily flights").
LY_WORDS = set("""
    supply family assembly ally rally reply early daily weekly monthly yearly elderly friendly holy
    """.split())


def _noun_end(text: str, pos: int) -> tuple[int, str] | None:
    """The end and the noun of up to three words after ``pos``: the first word that is no adjective, after up to two that
    are ("one longitudinal study", "one full day"); None before a function word or an adverb, or if no noun follows the
    adjectives ("only one is", "just one small.")."""
    for _ in range(3):
        m = _WORD.match(text, pos)
        if m is None:
            return None
        word = m[1]
        if word in _DESCRIBING or word.endswith(_ADJECTIVE_ENDS):
            pos = m.end()
            continue
        if word in _STOP or word.endswith("ly") and word not in LY_WORDS:
            return None
        return m.end(), word
    return None


# Words before "one" that make it a pronoun or part of a phrase, not a number ("this one new", "each one full day").
_PRONOUN_BEFORE = set("the no this that which every each any some a an another what whichever".split())
# Prepositions before "one" and a noun a verb of saying follows: a moment or an occasion, no speaker ("at one point said",
# "in one interview said"; review of the thirty-second round).
_PREPOSITIONS = set("at in on for from with by of to into over during after before about through under".split())
_WORD_BEFORE = re.compile(r"([\w'’]+)[ \u00a0]+$")


def _described(text: str, start: int, end: int) -> bool:
    """"One" at ``start``–``end`` is followed by a describing word and is no pronoun ("one older brother", "One small
    container"; not "each one full day", "this one more time")."""
    word = _WORD.match(text, end)
    if word is None or word[1] not in _DESCRIBING and not word[1].endswith(_ADJECTIVE_ENDS):
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 16), start)
    return before is None or before[1].lower() not in _PRONOUN_BEFORE


# A verb of saying right after "one" and its noun: the noun is a speaker counted as "One senior official said" is ("One
# official said", "one witness told"): a count of the sources, not the pronoun ("One said", "one of them said" have no noun).
_SAYS = re.compile(r"[ \u00a0]+(?:said|says|told|tells|added|adds|noted|explained|confirmed|wrote|warned|recalled"
                   r"|admitted|insisted|argued|claimed)(?![\w'’-])")


def _speaker(text: str, start: int, end: int) -> bool:
    """"One" at ``start``–``end`` and a noun a verb of saying follows ("One official said"), no pronoun before it ("the one
    official said", "no one else said")."""
    word = _WORD.match(text, end)
    if word is None or word[1] in _STOP or _verb_like(word[1]) or not _SAYS.match(text, word.end()):
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 16), start)
    return before is None or before[1].lower() not in _PRONOUN_BEFORE and before[1].lower() not in _PREPOSITIONS


def _before_a_noun(text: str, pos: int) -> bool:
    """A lower-case word that is no function word and no verb follows ``pos`` ("happy| family")."""
    word = _WORD.match(text, pos)
    return word is not None and word[1] not in _STOP and not _verb_like(word[1])


def _verb_like(word: str) -> bool:
    """``word`` right after a singular "one" reads as a verb ("knows", "died", "came"), not as the noun it counts."""
    return (word in _VERBS or word.endswith("s") and not word.endswith(_SINGULAR_S)
            or len(word) >= 4 and word.endswith("ed") and not word.endswith("eed"))


def find_limited_ones(text: str, free: Callable[[int, int], bool]) -> Iterable[tuple[int, int, dict[str, int | float | str]]]:
    """"One" and its noun after a limiter or a bound ("only one hospital" → 1 hospital), and "one or more" and its
    plural noun (≥ 1), where ``free(start, end)`` allows."""
    for m in _ONE.finditer(text):
        start, end = m.start(), m.end()
        if start and (text[start - 1].isalnum() or text[start - 1] in "_'’-"):
            continue  # "someone", "anyone"
        limit = _LIMIT_BEFORE.search(text, max(0, start - 20), start)
        or_more = _OR_MORE.match(text, end) if limit is None else None
        if limit is None and or_more is None and not _described(text, start, end) and not _speaker(text, start, end):
            continue
        more = or_more is not None
        before = limit.start() if limit is not None else start
        if _NOT_BEFORE.search(text, max(0, before - 6), before):
            continue  # "not only one country but …", "the only one candidate": no count
        noun = _noun_end(text, or_more.end() if or_more is not None else end)
        if noun is None or noun[1] in _UNITS or noun[1].rstrip("s") in _UNITS or more and not noun[1].endswith("s"):
            continue
        if noun[1] in _GENERAL or not more and _verb_like(noun[1]):
            continue  # "only one kind of bird", "Only one knows", "At least one died"
        if limit is None and not more and noun[1].endswith("y") and _before_a_noun(text, noun[0]):
            continue  # "one big happy family": a describing word in -y, not the noun (review, thirty-first round)
        attrs: dict[str, int | float | str] = {"value": 1, "unit": noun[1], "scale": ""}
        if more:
            attrs["qualifier"] = "≥"
        if free(start, noun[0]):
            yield start, noun[0], attrs
