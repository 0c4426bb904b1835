"""Normalise figures (quantities, money, percentages) written in EN/RU/TR text.

Public API:

* :func:`parse_figure` — one phrase ("1.3 million tons", "%20", "$4.5 bn",
  "1,2 млн тонн") to attributes ``{"value", "unit", "scale"}``;
* :func:`find_figures` — figure candidates in running text, as
  ``(start, end, attrs)`` with Python ``str`` offsets;
* :func:`format_figure` — attributes back to a display string ("1 300 000 t").

Numbers are read and written (``parse_number``, ``format_number``, ``format_figure``) in
:mod:`desktop.meaning.numbers`, re-exported here.

The vocabularies (scales, units, currencies, number words, durations, bounds) are in
:mod:`desktop.meaning.units`; counts and ages in :mod:`desktop.meaning.counts`; vague
amounts, single units of time, ratios and bounds written apart in
:mod:`desktop.meaning.amounts`.  ``find_figures`` may add ``upper`` (a range's high
end) and ``qualifier`` ("<", "≤", ">", "≥", "≈") to the attributes.

Attribute contract: ``value`` is an ``int`` when integral, else a ``float``
(the scale word is already applied: "1.3 million" → 1300000); ``unit`` is a
short symbol ("t", "%", "USD", "km", "people", …) or ``""``; ``scale`` is the
scale word exactly as written ("million", "bn", "млн", "тыс.", "bin", "m") or
``""``.  The caller adds ``measures`` and ``period``; they are not returned
here so that merging never overwrites the caller's values.

Turkish units and scale words may carry case suffixes ("1,2 milyar dolara",
"dolarlık", "kişiyi"); the span ends at the stem ("1,2 milyar dolar").

Nothing here does I/O and no function raises on any ``str`` input.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from decimal import Decimal

from desktop.meaning.amounts import find_amounts, find_halves, over_is_during, tr_share_before
from desktop.meaning.late_figures import late_figures
from desktop.meaning.lookups import (
    CONTINENTAL as _CONTINENTAL, CURRENCY_CODES as _CURRENCY_CODES, lookup_precur as _lookup_precur, lookup_scale as _lookup_scale, lookup_unit as _lookup_unit,
    rx as _rx, scaled_pounds, unit_symbol as _unit_symbol,
)
from desktop.meaning.measures import (
    area_or_volume, bound_after, bound_before as _qualifier, find_compounds, find_magnitudes, find_tallies, find_times, find_tolls, hours_in_minutes, share_rate,
    one_unit, temperature_and_rate, tr_people_after_bound, year_part_after, with_arc_minutes, with_fraction, without_times_of_day,
    with_smaller_unit, with_subunits,
)
from desktop.meaning.numbers import (
    continental_sentence, dots_group_thousands, format_figure, format_number, is_grouped, parse_number, thousand_first, to_number, turkish_sentence, word_alternation)
from desktop.meaning.numbers_ru import find_ru_figures, ru_pounds, ru_share_kept, ru_share_of_time
from desktop.meaning.parts import composed, listed_before, tails_counted, words_composed
from desktop.meaning.ranges import changed_by, free_range, minus_before_percent, percent_range, range_to, year_before_to
from desktop.meaning.clock_hours import clock_hours, hours_counted
from desktop.meaning.counts import (
    after_ratio, count_unit, expected_by, find_ages, find_counts, find_tr_counts, in_a_name_of, not_a_count, not_a_quantity, noun_after)
from desktop.meaning.turkish_amounts import find_tr_word_amounts, larger_before, not_boarded
from desktop.meaning.turkish_hundreds import tr_hundreds
from desktop.meaning.units import (
    CURRENCY_ONLY_SCALES, DURATIONS, EN_SMALL, FRACTIONS, METRIC, MULTIPLIER_WORDS, PEOPLE_RU,
    PRE_CURRENCIES, RU_WORDS, SCALES, STOP_NOUNS, TIMES, TR_END, TR_WORDS, UNITS, WORD_VALUES, dots_grouped_by_currency, tied_knots,
)

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time: keeps import < 50 ms
    from collections.abc import Callable
    from typing import Any

__all__ = ["parse_figure", "find_figures", "format_figure", "parse_number", "format_number"]

# Whitespace allowed between the parts of a figure (one character).
_SP = "[ \u00a0\u202f\u2009]"


# ---------------------------------------------------------------- the pattern
_NUM = r"""
    (?:\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?   # 1 300 000,5
      |\d{1,3}(?:['\u2019]\d{3})+(?:[.,]\d+)?              # 1'300'000
      |\d{1,3}(?:,\d{3})+(?:\.\d+)?                        # 1,300,000.5
      |\d{1,3}(?:\.\d{3})+(?:,\d+)?                        # 1.300.000,5
      |\d+(?:[.,]\d+)?                                     # 1300000 / 1.3 / 1,2
      |(?<![\w.])(?<!\d[ \u00a0])\.\d+(?=[ \u00a0]?(?:[^\W\d_]|%))  # .2 (grams), .5%: a decimal without its 0, before a unit (not "3 .5 GB")
    )(?!\d)(?![.,]\d)
"""
_NW = "|".join(sorted(list(WORD_VALUES) + list(MULTIPLIER_WORDS), key=len, reverse=True))
_WORDS = rf"""
    \b(?:an?|{_NW})\b
    (?:(?:-|\s+(?:and\s+)?)(?:{_NW})\b)*
"""


def _alternation(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


_SCALE_END = r"(?![^\W_])"  # no letter or digit follows
_UNIT_END = r"(?!(?<=[^\W_])[^\W_])"  # a unit ending in a letter ends its word


def _word_end(pattern: str, check: str) -> str:
    """``pattern`` followed by the word-end ``check``, unless it is a Turkish
    stem whose own lookahead already allows only a suffix to follow."""
    return pattern if pattern.endswith(TR_END + ")") else f"(?:{pattern}){check}"


_FIGURE_PATTERN = (
    rf"""
    (?:(?<![\w.,%$€£₸₽₺])|(?<=\d[x×])(?<!\b0x))  # (or a dimension's last number, glued: "4x100 metre" as "4 x 100 m"; not hex "0x10")
    (?:(?P<precur>{_alternation([p for p, _ in PRE_CURRENCIES])}){_SP}?
      |(?P<prepct>%(?:{_SP}(?=\d)(?<!\d{_SP}%{_SP}))?|yüzde{_SP}))?  # ("% 50'si": the sign spaced; not "25 % 50")
    (?P<sign>(?<![°º])(?<![°º][CFСF])[-\u2212+](?=\d))?  # (not the dash of a range after a degree: "15°-20°", "15°C-20°C")
    (?:(?P<num>{_NUM})|(?P<words>{_WORDS}))
    (?:{_SP}?(?P<scale>{_alternation([_word_end(p, _SCALE_END) for p, _, _ in SCALES])}))?
    (?:{_SP}?(?!(?<=[^\W\d_])[^\W\d_])(?P<unit>{_alternation([_word_end(p, _UNIT_END) for p, _, _ in UNITS])}))?
    """
)


def _figure_re() -> re.Pattern[str]:
    return _rx(_FIGURE_PATTERN, re.IGNORECASE | re.VERBOSE)


_URL_RE = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_YEAR_CONTEXT_RE = re.compile(
    r"(?:\b(?:in|since|by|until|till|during|before|after|from|of|early|late|mid)|\bв|\bс)\s*-?$",
    re.IGNORECASE,
)
_TEMPERATURE_CUE = re.compile(
    r"(?<![^\W\d_])(?:temperatur|degree|heat|hot|warm|cold|cool|freez|frost|chill|climat|weather|thermomet|mercury"
    r"|celsius|fahrenheit|boil|melt|температур|градус|жар|мороз|кипени|кипит|плавлени|sıcaklı|derece|kayna(?:r|yan|ma|dı|t|mı)|kaynıyor|erir|eriyen|erime)",  # (kaynamak, to boil: not "kaynak", a source)
    re.IGNORECASE,
)
_VAGUE_BEFORE = re.compile(r"(?<![\w'’-])(?i:a[ \u00a0]+few|several|a[ \u00a0]+couple(?:[ \u00a0]+of)?)[ \u00a0]+$")
# Words of body weight only: "lost", "gain" speak of money as often ("lost 10 million pounds").
_WEIGHT_CUE = re.compile(r"(?<![^\W\d_])(?:weigh|heav|diet|overweight|obes|fat\b|lighter|scales?\b|kg\b|kilos?\b|kilograms?\b)",
                         re.IGNORECASE)


# ---------------------------------------------------------------- helpers
def _words_value(words: str) -> int | None:
    """Value of an English number-word phrase ("twenty-five", "a dozen")."""
    tokens = [t for t in re.split(r"[\s-]+", words.lower()) if t and t != "and"]
    if not tokens:
        return None
    current = 0
    for tok in tokens:
        if tok in ("a", "an"):
            current = 1
        elif tok in WORD_VALUES:
            part = current % 100 if current >= 100 else current  # (what follows the last "hundred")
            if part and not (20 <= part and part % 10 == 0 < 10 - WORD_VALUES[tok]):
                return None  # "between two and five tons" is two numbers, not seven ("a hundred and five", "twenty-five" are one)
            current += WORD_VALUES[tok]
        elif tok in MULTIPLIER_WORDS:
            if tok == "hundred" and current % 1000 >= 100:
                return None  # "between one hundred and two hundred people": two numbers, not 10 200
            current = max(current, 1) * MULTIPLIER_WORDS[tok]
        else:
            return None
    return current


def _attrs_from_match(m: re.Match[str], strict: bool) -> dict[str, Any] | None:
    """Turn a regex match into attributes; ``strict`` applies find-mode filters."""
    precur = m.group("precur") or ""
    prepct = m.group("prepct") or ""
    scale_word = m.group("scale") or ""
    unit_word = m.group("unit") or ""
    raw_num = m.group("num")
    words = m.group("words")

    currency = _lookup_precur(precur) if precur else ""
    power, langs = 0, set()
    if scale_word:
        found = _lookup_scale(scale_word)
        if found is None:
            return None
        power, lang = found
        langs.add(lang)
    unit = ""
    if unit_word:
        found_unit = _lookup_unit(unit_word)
        if found_unit is None:
            return None
        if (unit_word in ("C", "С", "F") and strict and not _TEMPERATURE_CUE.search(m.string, max(0, m.start() - 80), m.end() + 80)
                or found_unit[0] == "kr" and turkish_sentence(m.string, m.start()) or found_unit[0] == "kn" and tied_knots(m.string, m.start())):
            return None  # "40C" is a temperature where the sentence speaks of one ("Room 12C", "3F" are not); Turkish "50 Kr" (kuruş): no figure; "tied 3 knots": a count
        if found_unit[0] == "lb" and unit_word.lower().startswith("pound"):
            # After a scale, money ("10 million pounds", "2m pounds"; units.py leaves "… pounds of beef") unless a verb of weight governs it ("recalled 2
            # million pounds": lb) or the pounds are Egypt's (lookups.py); alone, a weight only where the sentence speaks of one ("lost twelve pounds on a diet").
            if scale_word:
                pounds = scaled_pounds(m.string, m.start(), m.end())
                found_unit = (pounds, "en")
            elif strict and not _WEIGHT_CUE.search(m.string, max(0, m.start() - 80), m.end() + 80):
                return None
        unit, lang = found_unit
        langs.add(lang)
    if prepct:
        if unit and unit != "%":
            return None
        unit = "%"
        langs.add("tr")
    if currency:
        if unit and unit != currency:
            return None
        unit = currency
    is_money = unit in _CURRENCY_CODES

    if scale_word.lower() == "k" and m.start("scale") > m.end("num" if raw_num is not None else "words"):
        return None  # "2 K Games": a thousand is written "2k" or "2K"
    if scale_word == "K" and raw_num in ("4", "8") and not currency and not unit and _screen_named(m.string, m.start(), m.end()):
        return None  # "filmed in 4K", "8K TVs": a video's resolution ("$4K", "4K women", "collected 8K." are thousands)
    attached = raw_num is not None and m.start("scale") == m.end("num")
    if scale_word.lower() in CURRENCY_ONLY_SCALES and not is_money and not (attached and (
            unit in ("people", "bbl", "TEU") or unit == "t" and len(unit_word) > 1 or not unit_word and _MONEY_NOUN_AFTER.match(m.string, m.end())
            and not _race_bid(raw_num or "", m.string, m.end(), m.start())
            or not unit_word and _counted_before(m.string, m.start(), m.end())
            or not unit_word and (_counted_after(m.string, m.start(), m.end())
            or _subject_of_plural_verb(m.string, m.start(), m.end())) and not _metres_before(raw_num or "", scale_word, m.string, m.end())
            and not _ARTICLE_BEFORE.search(m.string, max(0, m.start() - 4), m.start()))):  # "a 2m wall": one wall, metres
        # "1m people", "3m cars", "1.5m have fled": millions
        if not unit_word and (scale_word == "m" or scale_word == "M" and attached) and not _rx(
                r"[ \u00a0]+(?:pounds|dollars|euros|rubles|roubles)\b").match(m.string, m.end()):  # "2m pounds": money
            unit, scale_word, power = "m", "", 0  # "3 m", "7.25M" are metres ("27.500 M Symbol" is none)
        else:
            return None

    continental = bool(langs & _CONTINENTAL) or raw_num is not None and (dots_group_thousands(raw_num, m.string, m.start("num")) or dots_grouped_by_currency(raw_num, unit, m.string, m.start("num")))
    if raw_num is not None:
        number = parse_number(raw_num, continental)
    else:
        if (words or "").strip().lower() in ("a", "an") and not scale_word:
            return None  # a bare "a" is an article, not a number
        wv = _words_value(words or "")
        number = Decimal(wv) if wv is not None else None
    if number is None:
        return None
    if strict and words and _VAGUE_BEFORE.search(m.string, max(0, m.start() - 16), m.start()):
        return None  # "a few hundred metres", "several hundred people": a vague amount (amounts.py), not 100
    if m.group("sign") in ("-", "\u2212"):
        number = -number
    value = number * (Decimal(10) ** power)

    if strict and not _plausible(m, raw_num, number, unit, scale_word):
        return None
    if strict and unit == "people" and raw_num is not None and tr_share_before(m.string, m.start("num")):
        return None  # "Her 5 kişiden biri": a share (amounts.py), not five people
    return {"value": to_number(value), "unit": unit, "scale": scale_word}


# What follows a length run, swum or dived: "the 400m hurdles", "100m heats", "10m platform".
_SPORT_AFTER = re.compile(
    r"[ \u00a0]+(?:hurdles|heats?|finals?|semi-?finals?|semis|relays?|races?|sprints?|dash(?:es)?|freestyle|butterfly"
    r"|backstroke|breaststroke|medley|individual|platform|springboard|synchro\w*|laps?|lengths|intervals|repeats|splits"
    r"|runs?|swims?|events?|titles?|records?|medals?|champions?|winners?|runners?|swimmers?|divers?|specialists?)(?![\w-])",
    re.IGNORECASE)


# What follows an engine size that names a racing class: "Avrupa 125cc Şampiyonası", "the 250cc
# class", "125cc World Championship" (but "a 125cc Honda" is the engine's size).
_RACING_CLASS_AFTER = re.compile(
    r"[ \u00a0]+(?:şampiyona\w*|championships?|world|grand[ \u00a0]+prix|class(?:es)?|sınıf\w*|kategori\w*|категори\w*"
    r"|класс\w*|yarış\w*|races?|series|serisi\w*|titles?)(?![\w-])", re.IGNORECASE)


# A plural verb after "1.5m" makes it a number of people or things ("1.5m have been displaced"), when
# the number is a bare subject: after a determiner or a preposition it is a length ("waves of 5m
# could", "the 100m will", "drifts of up to 2m are expected").
_PLURAL_VERB_AFTER = re.compile(r"[ \u00a0]+(?:have|are|were|remain|live|of[ \u00a0]+(?:them|whom|those|these))\b")  # ("1m of them")
_NOT_A_BARE_SUBJECT = re.compile(
    r"(?<![\w'’-])(?i:of|to|the|a|an|at|by|from|in|on|its|their|his|her|this|that|these|those)[ \u00a0]+$")


_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])(?i:an?)[ \u00a0]+$")
_THE_BEFORE = re.compile(r"(?<![\w'’-])(?i:the)[ \u00a0]+$")  # ("We are the one percent": a class of people, no 1 %)
# A noun of money right after "5m" makes it millions of an unnamed currency: "a 5m contract", "the 1.5m
# fee", "a 20m-a-year deal" (not metres: a contract has no length). ("a 5m wall", "the 5m mark" stay metres.)
_MONEY_NOUN_AFTER = re.compile(
    r"(?:-a-year|[ \u00a0]+a[ \u00a0]+year)?[ \u00a0]+(?:(?i:transfer|signing|release|buyout|compensation|settlement|bailout|rescue"
    r"|loan|takeover|sponsorship|shirt|kit|boot|image[ \u00a0]+rights|tv|broadcasting|government|funding|investment)[ \u00a0]+)?"
    r"(?i:contracts?|deals?|fees?|fines?|budgets?|salar(?:y|ies)|wages?|bonus(?:es)?|payouts?|pay-?offs?|settlements?|loans?|bids?"
    r"|offers?|investments?|grants?|bills?|debts?|profits?|losses|turnover|revenues?|payments?|funds?|funding|bailouts?"
    r"|compensation|donations?|jackpots?|takeovers?|acquisitions?|valuations?|pay[ \u00a0]?(?:packets?|packages?|deals?|rises?)"
    r"|packages?|windfalls?|overspend|shortfalls?|deficits?|surplus(?:es)?|prize[ \u00a0]?(?:money|funds?|pots?))(?![\w-])")


# The distances of a race: "Her 400m bid ended in the heats" is a run, not 400 million (a company's "5m bid" stays money).
_RACE_DISTANCES = {"60", "100", "110", "200", "400", "800", "1500", "3000", "5000", "10000"}


def _race_bid(raw_num: str, text: str, end: int, start: int) -> bool:
    """A race's distance glued to "m" before "bid", not after an article nor before "for" or "to buy": "Her 400m bid
    ended" is a sprinter's ("a 100m bid", "Their 100m bid for the club" stay money)."""
    return raw_num in _RACE_DISTANCES and _rx(r"[ \u00a0]+(?i:bids?)(?![\w-])(?![ \u00a0]+(?i:for|to[ \u00a0]+(?:buy|take|acquire))\b)").match(
        text, end) is not None and not _ARTICLE_BEFORE.search(text, max(0, start - 4), start)


def _subject_of_plural_verb(text: str, start: int, end: int) -> bool:
    """The number at ``start``–``end`` is the bare subject of a plural verb ("Some 2m are")."""
    return _PLURAL_VERB_AFTER.match(text, end) is not None and _NOT_A_BARE_SUBJECT.search(
        text, max(0, start - 8), start) is None


# A screen or a video named next to "4K"/"8K" makes it a resolution: "8K TVs", "the 4K footage", "filmed in 4K",
# "streams the series in 4K" (without one it is thousands: "4K women", "Cases rose to 4K", "4K images", "8K films").
_SCREEN_AFTER = re.compile(r"[ \u00a0]+(?:(?:ultra[ \u00a0]+hd|uhd|hdr|oled|qled)[ \u00a0]+)?(?:tvs?|televisions?|screens?"
                           r"|monitors?|displays?|video|footage|streaming|broadcasts?|resolution|projectors?|panels?"
                           r"|ultra[ \u00a0]+hd|uhd|hdr|oled|qled|blu-?ray)\b",
                           re.IGNORECASE)
_SCREEN_BEFORE = re.compile(r"(?<![\w-])(?i:film(?:s|ed|ing)?|shot|shoot(?:s|ing)?|record(?:s|ed|ing)?|stream(?:s|ed|ing)?"
                            r"|broadcast(?:s|ing)?|show(?:s|n|ing)?|screen(?:s|ed|ing)?|watch(?:ed|ing)?|videos?|footage"
                            r"|cameras?|tvs?|televisions?)(?:[ \u00a0]+[\w'’-]+){0,3}?"
                            r"[ \u00a0]+(?i:in)[ \u00a0]+(?:(?i:native|full|true|glorious|crisp)[ \u00a0]+)?$")  # (not "showed cases at 4K")


def _screen_named(text: str, start: int, end: int) -> bool:
    """A screen or a video is named right after "4K" ("8K TVs") or before it with nothing counted after ("filmed in 4K")."""
    return _SCREEN_AFTER.match(text, end) is not None or _SCREEN_BEFORE.search(
        text, max(0, start - 60), start) is not None and noun_after(text, end) is None  # ("a record crowd in 4K seats")


# Things with a length or a height: after a determiner and "2m", one of them followed by a word in -s is
# that thing and its verb ("The 2m wall stands", "the 2m fence marks the border"), not millions of a
# compound plural ("Britain built 1m tower blocks", "sold 2m concrete blocks", "The 2m concrete blocks were"); a distance
# kept ("the 2m rule", "the 2m distance") is one too; a drop, a gap, a limit are as often of money ("The 2m drop
# reflects lower sales", "The 1m limit applies to donations").
_LENGTH_NOUNS = set("""wall fence barrier seawall tower hedge pole post mast statue sculpture column pillar spire chimney
    wave ladder pipe cable rope tree bridge dam barricade gate sign tunnel trench ditch hole crack crater
    boat yacht shark snake crocodile python whale embankment levee cliff ramp ledge platform tank screen banner
    rule distance""".split())
_DETERMINER_BEFORE = re.compile(r"(?<![\w'’-])(?i:the|a|an|its|their|his|her|our|this|that|each)[ \u00a0]+$")
_PLURAL_AUX_AFTER = re.compile(r"[ \u00a0]+(?i:are|were|have|had|do|did|will|would|could|can|may|might|must|should)\b")


def _counted_after(text: str, start: int, end: int) -> bool:
    """A plural noun follows the number at ``start``–``end``, not a noun of length and its verb after a
    determiner ("The 2m wall stands")."""
    after = noun_after(text, end)
    if after is None:
        return False
    between = text[end + 1 : after[0] - len(after[1]) - 1].split()  # ("the 5m sea wall", "the 10m high wall")
    return not (between and between[-1].lower() in _LENGTH_NOUNS and _DETERMINER_BEFORE.search(text, max(0, start - 6), start) is not None
                and _PLURAL_AUX_AFTER.match(text, after[0]) is None)


# What a number of millions counts, named before it in its clause: "a population of 3m", "the number of users
# rose to 2.5m", "Viewers: 4.5m" (millions, not metres; "the sea level rose by 1.2m", "the wall is 3m high" are lengths).
_COUNTED_BEFORE = re.compile(
    r"(?<![\w-])(?i:population|inhabitants|residents|voters|users|subscribers|viewers|viewing[ \u00a0]+figures|audiences?|visitors"
    r"|customers|households|members|membership|followers|passengers|tourists|refugees|migrants|readers|listeners|downloads"
    r"|employees|unemployed|claimants|pupils|students|patients|vaccinations|doses|signatures|copies)"
    r"(?:[ \u00a0]*[:,\u2013\u2014-]?[ \u00a0]+(?:(?i:of|in)[ \u00a0]+(?:[A-Z][\w'’-]*|(?i:the)[ \u00a0]+[a-z]+)|(?i:is|are|was|were|has|have|had|been|now|of|at|to|by|in|its|their"
    r"|rose|risen|grew|grown|fell|fallen|dropped|increased|decreased|reached|topped|peaked|stood|stands|climbed|jumped|surged"
    r"|totalled|totaled|numbered|about|around|some|nearly|almost|over|more|than|less|fewer|estimated|an|total|last|year)))*"
    r"[ \u00a0]*[:,\u2013\u2014-]?[ \u00a0]+$")
# A verb of moving or standing right before the number measures a length ("climbed 3m", "fell 10m", "stood 2m back");
# a count is reached "to" or "at" ("viewers climbed to 3m", "the population stands at 3m").
_MOVED_BEFORE = re.compile(r"(?<![\w-])(?i:rose|risen|rises|grew|grown|fell|fallen|dropped|climbed|jumped|surged|stood|stands)[ \u00a0]+$")
_LENGTH_WORD_AFTER = re.compile(
    r"[ \u00a0]+(?i:tall|high|long|wide|deep|thick|below|above|under|across|away|apart|from|off|behind|ahead|short|into|inside"
    r"|up|down|back|onto|over|along|in[ \u00a0]+(?:height|length|depth|diameter|width))(?![\w-])"
    r"|[ \u00a0]+of[ \u00a0]+(?!(?i:them|whom|those|these|the|which|people|users|viewers)\b)[^\W\d]")  # ("1m of floodwater")


def _counted_before(text: str, start: int, end: int) -> bool:
    """What the number at ``start``–``end`` counts is named before it in its clause and no word of length
    or noun follows: "a population of 3m" (millions), not "the population lives 3m below sea level"."""
    return (_COUNTED_BEFORE.search(text, max(0, start - 70), start) is not None and _LENGTH_WORD_AFTER.match(text, end) is None
            and noun_after(text, end) is None and _MOVED_BEFORE.search(text, max(0, start - 10), start) is None)


def _metres_before(raw_num: str, scale_word: str, text: str, end: int) -> bool:
    """An integer of up to four digits glued to a small "m" before a word of sport is metres,
    not millions: "the 400m hurdles", "100m heats" (but "1.5m people", "3m barrels", "£5m")."""
    return scale_word == "m" and raw_num.isdigit() and len(raw_num) <= 4 and _SPORT_AFTER.match(text, end) is not None


def _plausible(m: re.Match[str], raw_num: str | None, number: Decimal, unit: str, scale: str) -> bool:
    """Find-mode filter: keep quantities, drop years, footnotes, stray words, the numbers of
    titles ("Six Feet Under") and designations ("ISBN 975 545 002 5", "Boeing 737 800")."""
    text = m.string
    money = bool(m.group("precur") or m.group("prepct")) or unit in _CURRENCY_CODES
    # Money in digits is no title whatever its case ("28 Milyon Dolar hasılat", "7 Milyon Sterlin").
    title_word = "" if money and raw_num is not None or unit.endswith("bit/s") else m.group("unit") or m.group("scale") or ""
    if not_a_quantity(text, m.start(), title_word, designation=not money):
        return False
    if unit == "cm³" and _RACING_CLASS_AFTER.match(text, m.end()):
        return False  # a racing class in a name, not an engine's size
    if raw_num is None:  # number words: need a scale or a unit, and not "one" unless in per cent or money ("one percent")
        return bool(scale) or bool(unit) and (abs(number) >= 2 or unit in ("%", "pp", *_CURRENCY_CODES) and m.group("words").lower() == "one" and not _THE_BEFORE.search(text, max(0, m.start() - 8), m.start()))
    if not unit and not scale:
        if text[m.start() - 1 : m.start()] == "[" and text[m.end() : m.end() + 1] == "]":
            return False
        return is_grouped(raw_num)
    if (
        unit
        and not scale
        and re.fullmatch(r"1[5-9]\d\d|20\d\d|21\d\d", raw_num)
        and unit not in ("%", "pp")
        and unit not in _CURRENCY_CODES
        and _YEAR_CONTEXT_RE.search(text[max(0, m.start() - 12) : m.start()].rstrip())
    ):
        return False  # "In 2025 people ..." is a year, not 2025 people
    return True


def _clean_phrase(text: str) -> str:
    return text.strip().strip(" \t\n\r\u00a0.,;:!?()\"“”«»„").strip()


# ---------------------------------------------------------------- public API
def parse_figure(text: str) -> dict[str, Any] | None:
    """Parse one figure phrase into ``{"value", "unit", "scale"}`` or ``None``.

    The whole phrase (minus surrounding punctuation) is tried first, so a bare
    number or number word ("2025", "ten") is accepted here.  Otherwise the
    first figure that :func:`find_figures` finds inside the phrase is returned
    ("reached 1.3 million tons of grain" → 1.3 million t).
    """
    if not isinstance(text, str):
        return None
    phrase = _clean_phrase(text)
    if not phrase:
        return None
    m = _figure_re().fullmatch(phrase)
    if m is not None:
        attrs = _attrs_from_match(m, strict=False)
        if attrs is not None:
            return attrs
    found = find_figures(phrase)
    return found[0][2] if found else None


def find_figures(text: str) -> list[tuple[int, int, dict[str, Any]]]:
    """Find figure candidates in running text as ``(start, end, attrs)``.

    Returned: numbers with a unit, currency or percent sign, scaled numbers
    ("1.5 million"), number words with a scale or unit ("two million tons")
    and bare numbers with visible thousands grouping ("1 300 000").  Not
    returned: bare numbers such as years or day numbers, footnote markers
    ("[1]"), ordinals ("Second", "2nd"), anything inside a URL.
    """
    if not isinstance(text, str) or not text:
        return []
    # Turkish hundreds in words read the rest of their clause in digits with one pass that does not read hundreds again:
    # a clause listing many ("iki yüz kişi, üç yüz araç, …") costs one pass per phrase, not two to the power of their number
    return tr_hundreds(text, _figures_in(text), _figures_in)  # ("üç yüz kişi")


def _figures_in(text: str) -> list[tuple[int, int, dict[str, Any]]]:
    """:func:`find_figures` without Turkish hundreds in words."""
    if not isinstance(text, str) or not text:
        return []
    urls = [(u.start(), u.end()) for u in _URL_RE.finditer(text)]
    urls.append((len(text) + 1, len(text) + 1))  # sentinel
    u = 0  # matches and URLs both come in text order: walk them together
    out: list[tuple[int, int, dict[str, Any]]] = []
    rx = _figure_re()
    pos = 0
    while True:
        m = rx.search(text, pos)
        if m is None:
            break
        start, end = m.start(), m.end()
        pos = max(end, start + 1)
        while urls[u][1] <= start:
            u += 1
        if start >= end or urls[u][0] < end:
            continue  # empty, or overlaps a URL
        attrs = _attrs_from_match(m, strict=True)
        if attrs is not None:
            out.append((start, end, attrs))
        elif m.group("words") and end > start + 2:
            pos = start + 1  # "a $144 million": the article was not a number; read on from the next character
    found = _with_extras(text, with_subunits(text, out, urls), urls)
    return late_figures(text, without_times_of_day(text, not_boarded(text, found)))


def _alt(items: list[tuple[str, str]]) -> str:
    return "|".join(f"(?:{p})" for p, _ in items)


def _compound_alt(table: dict[str, int] | dict[str, int | float], tens_from: int) -> str:
    """Tens and units in words of one language: "twenty five", "yirmi beş", "on dokuz", "сорок два"."""
    tens = sorted((w for w, v in table.items() if v >= tens_from and v < 100 and v % 10 == 0), key=len, reverse=True)
    units = sorted((w for w, v in table.items() if 1 <= v <= 9), key=len, reverse=True)
    return f"(?:{'|'.join(tens)})[ \u00a0-](?:{'|'.join(units)})"


_NUMWORD_ALT = "|".join(
    [_compound_alt(EN_SMALL, 20), _compound_alt(RU_WORDS, 20), _compound_alt(TR_WORDS, 10)]
    + [word_alternation(list(EN_SMALL) + list(RU_WORDS) + list(TR_WORDS))])
_EXTRA_NUMBER = rf"(?P<xnum>\d{{1,3}}(?:[ \u00a0]\d{{3}})+|\d+(?:[.,]\d+)?|(?<!\d[ \u00a0])\.\d+|(?:{_NUMWORD_ALT}))"  # (".25 litres")
_EXTRA_PATTERN = (
    rf"(?:(?<![\w.,%$€£])|(?<=\d(?P<dim>[x×]))(?<!\b0x))(?:(?P<neg>[-\u2212](?=\d))?(?P<lo>\d+(?:[.,]\d+)?|(?:{_NUMWORD_ALT})(?=[ \u00a0]))"
    rf"{_SP}*(?P<sep>-{{1,3}}|–|—|to|or|до|или|ile|ila|veya){_SP}*)?{_EXTRA_NUMBER}"
    rf"(?:{_SP}|-{_SP}?|(?=dk(?![\w])))(?:(?P<dur>{_alt(DURATIONS)})|(?P<metric>{_alt(METRIC)})|(?P<times>{_alt(TIMES)})"
    rf"|(?P<ppl>{PEOPLE_RU}|(?i:kişi)(?:lik|yi|ye|yle|nin|den|de|ler(?:in|e|i|den)?)?)|(?(dim)(?!)|(?P<noun>[a-zа-яёçğıöşü]{{3,}})))(?![\w])"
)
_FRACTION_PATTERN = r"(?<![\w-])(?P<frac>" + "|".join(
    re.escape(f) for f in sorted(FRACTIONS, key=len, reverse=True)) + r")(?![\w-])"
_TR_TIME = r"yıl|sene|ay|hafta|gün|saat|dakika|saniye"
_LASTS_TR = re.compile(r"[ \u00a0]+(?:sür(?:er|dü|en|üyor|ecek|müş)\w*|boyunca)(?![\w])", re.IGNORECASE)
_EN_NOUN_OK = re.compile(r"[a-z]{3,}s$")  # an English counted noun is a plural
_TR_NOUN = re.compile(r"[a-zçğıöşü]{3,}$")
_VERBISH = re.compile(r"(?:ed|ing|ly|ть|ся|ют|ет|ит|ал|ла|ли|dı|di|du|dü|tı|ti|mış|miş|yor)$")


_SEP_LANGUAGE = {"to": "en", "or": "en", "до": "ru", "или": "ru", "ile": "tr", "ila": "tr", "veya": "tr"}


def _word_languages(raw: str) -> set[str]:
    words = re.split(r"[ \u00a0-]", raw.lower())
    return {lang for lang, table in (("en", EN_SMALL), ("ru", RU_WORDS), ("tr", TR_WORDS))
            if all(w in table for w in words)}


def _same_language(low_raw: str, m: re.Match[str]) -> bool:
    """A range's low end in words is in the language of its separator ("five to seven", "iki ila
    üç", "от трёх до пяти"); after a dash, in that of the high end or of the unit."""
    sep = m.group("sep").lower()
    lang = _SEP_LANGUAGE.get(sep)
    if lang is None:  # a dash
        raw = m.group("xnum").replace("İ", "i")
        if not raw[:1].isdigit():
            return bool(_word_languages(raw) & _word_languages(low_raw))
        unit_word = m.group("dur") or m.group("metric") or m.group("times") or m.group("ppl") or m.group("noun") or ""
        lang = "ru" if re.search("[а-яё]", unit_word, re.IGNORECASE) else (
            "tr" if _rx(_TR_TIME).match(unit_word) or re.search("[çğıöşü]", unit_word) else "en")
    return lang in _word_languages(low_raw)


def _number_value(raw: str, continental: bool = False) -> Decimal | None:
    low = raw.lower()
    words = re.split(r"[ \u00a0-]", low)
    for table in (EN_SMALL, RU_WORDS, TR_WORDS):
        if low in table:
            return Decimal(table[low])
        if len(words) == 2 and all(w in table for w in words):  # "yirmi beş" = 25
            return Decimal(table[words[0]] + table[words[1]])
    return parse_number(raw, continental=continental or bool(re.search(r"[а-яё]", raw)))


# Russian "до" is a bound ("до шести месяцев", "штрафом до миллиона рублей") unless it ends a
# range or a change: "с 8 до 12", "от 5 до 7", "выросло до 13".
def _half_of(text: str, m: re.Match[str]) -> bool:
    """"half" alone is a share only before what it divides ("half of all children", "half the
    stations") or after a bound ("almost half"): not "the eastern half", nor "Half Life"."""
    if m.group("frac")[0] == "H" and text[max(0, m.start() - 2) : m.start()].strip() not in ("", ".", "\n"):
        return False
    if _rx(r"\s+a\s+dozen\b").match(text, m.end()):
        return False  # "half a dozen officers": six (counts.py)
    after = _rx(r"\s+(of|the|a|an|its|their|his|her|our|all|this|that|these|those)\b").match(text, m.end())
    return after is not None or bool(_qualifier(text, m.start()))


_RU_PART_BEFORE = re.compile(r"(?<![\w-])(?i:перв|втор|последн|эт|т|друг|нижн|верхн|северн|южн|западн|восточн|лучш)"
                             r"[а-яё]{0,3}[ \u00a0]+$")
# An ordinal in the genitive after "половины" names the hour: "до половины седьмого вечера" (6:30).
_RU_HOUR_AFTER = re.compile(r"[ \u00a0]+(?:перв|втор|трет|четвёрт|четверт|пят|шест|седьм|восьм|девят|десят|одиннадцат"
                            r"|двенадцат)(?:ого|его)(?=[ \u00a0]*(?:[.,;:!?)\n]|$)|[ \u00a0]+(?:утра|вечера|дня|ночи)(?![\w-]))",
                            re.IGNORECASE)  # (not "половины девятого класса": half of the ninth form)
# "a third", "a fifth" are also ordinals ("a third term", "a fifth consecutive month", "a third time").
_ORDINAL_FRACTIONS = {"a third", "one third", "a quarter", "one quarter", "a fifth", "one fifth", "a tenth", "one tenth"}
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)\u2014\u2013]|$)")


# After "by", an ordinal needs its noun next ("by a third party", "by a fifth consecutive month"); a
# share is followed by the clause's end, or by a word that starts another phrase after a verb of
# change ("fell by a third in 2023", "rose by a quarter to £5m"; not "followed by a third in March").
_PHRASE_AFTER = _rx(r"\s+(?:in|to|on|at|from|since|last|this|over|after|before|during|between|compared|and|or|but|than"
                    r"|while|as|amid|despite|year-on-year|overall|alone)\b")


def _share_of(text: str, m: re.Match[str]) -> bool:
    """"a third" is a share before what it divides ("a third of voters"), after "by" where no noun
    follows ("cut by a third.", "fell by a third in 2023"), or after a bound ("nearly a third");
    not "a third term", "by a third party"."""
    return _half_of(text, m) or bool(_CLAUSE_END.match(text, m.end()) or _PHRASE_AFTER.match(text, m.end()) and changed_by(
        text, m.start())) and bool(_rx(r"\bby\s+$").search(text, max(0, m.start() - 4), m.start()))


_OF_A_POINT = _rx(r"\s+(?:of\s+)?an?\s+percentage\s+point(?![\w-])")


# A building's noun earlier in the clause makes a Turkish "kat" its floors.
_BUILDING_BEFORE = _rx(r"(?<![\w-])(?:bina|gökdelen|kule|apartman|otel|yapı|rezidans|bloğ|blok|hastane)\w*[^.;!?\n]*$")


def _extra_unit(m: re.Match[str]) -> str | None:
    for group, table in (("dur", DURATIONS), ("metric", METRIC), ("times", TIMES)):
        word = m.group(group)
        if word:
            for pattern, sym in table:
                if re.fullmatch(pattern, word, re.IGNORECASE):
                    return sym
    if m.group("ppl"):
        return "people"
    noun = m.group("noun")
    if not noun:
        return None
    low = noun.lower()
    if low in STOP_NOUNS or _VERBISH.search(low):
        return None
    if not m.group("xnum")[0].isdigit():
        return None  # "two countries": words count only with a unit ("six times", "two years")
    if re.search("[а-яё]", low):
        return None  # Russian counts: numbers_ru.py, which checks the noun agrees with the number
    if re.search("[çğıöşü]", low):
        return None  # Turkish nouns carry suffixes: only the units above
    return low if _EN_NOUN_OK.match(low) and low != "polis" else None  # (Turkish "polis": counts.py)


def _with_extras(
    text: str, found: list[tuple[int, int, dict[str, Any]]], urls: list[tuple[int, int]]
) -> list[tuple[int, int, dict[str, Any]]]:
    """Add durations, counts, Cyrillic/Turkish metric units, number words, fractions;
    mark bounds ("less than") as a qualifier and read ranges with both ends."""
    spans = sorted((b, e) for b, e, _a in found)

    def free(b: int, e: int) -> bool:
        i = bisect_left(spans, (b, b))
        if i < len(spans) and spans[i][0] < e:
            return False
        if i > 0 and spans[i - 1][1] > b:
            return False
        return not any(ub < e and b < ue for ub, ue in urls)

    extra: list[tuple[int, int, dict[str, Any]]] = []
    first: list[tuple[int, int, dict[str, Any]]] = [*find_magnitudes(text), *find_compounds(text), *find_times(text), *find_tallies(text),
                                                    *find_ages(text), *find_halves(text, _unit_symbol), *find_tr_word_amounts(text)]
    by_start: dict[int, list[tuple[int, int, dict[str, Any]]]] = {}
    for f in found:  # (the figures' starts are distinct; a list keeps this exact if not)
        by_start.setdefault(f[0], []).append(f)
    dropped: set[int] = set()  # ids of the figures given way
    for start, end, age in first:
        bare = None if free(start, end) else next(
            (f for f in by_start.get(start, ()) if f[1] <= end and not f[2].get("unit")), None)
        if bare is not None:  # "50,000|-strong": the number read alone gives way to its compound
            by_start[start].remove(bare)
            dropped.add(id(bare))
            spans.remove(bare[:2])
        if free(start, end):
            extra.append((start, end, age))
            insort(spans, (start, end))
    if dropped:
        found = [f for f in found if id(f) not in dropped]
    for m in _rx(_FRACTION_PATTERN, re.IGNORECASE).finditer(text):
        of_a = _rx(r"\s+(?:of\s+)?(?=an?\s)").match(text, m.end())
        whole = next((i for i, f in enumerate(found) if of_a and f[0] == of_a.end() and f[2].get("scale")), None)
        if whole is not None:  # "half a million voters", "a quarter of a million homes"
            b, e, scaled = found[whole]
            spans.remove((b, e))
            value = FRACTIONS[m.group("frac").lower()] * scaled["value"]
            found[whole] = (m.start(), e, {**scaled, "value": round(value) if value >= 100 else round(value, 4)})
            insort(spans, (m.start(), e))
            continue
        frac = m.group("frac").lower()
        if frac == "half" and not _half_of(text, m) or frac in _ORDINAL_FRACTIONS and not _share_of(text, m) or (
                frac == "a half" and _rx(r"\band\s+$").search(text, max(0, m.start() - 5), m.start())):
            continue  # (or the half of "five and a half", "twenty-three and a half hours": not a share alone)
        if frac.startswith("половин") and (_RU_PART_BEFORE.search(text, max(0, m.start() - 24), m.start()) or (
                frac == "половины" and (not _qualifier(text, m.start()) or _RU_HOUR_AFTER.match(text, m.end())))):
            continue  # "вторую половину дня": a part of a time; "половины" is a share after a bound ("более половины"),
            # not a clock time ("до половины седьмого", "около половины девятого": half past six, eight)
        if frac.lower() == "четверть" and _RU_HOUR_AFTER.match(text, m.end()):
            continue  # "в четверть шестого.": a quarter past five, a clock time
        if not ru_share_kept(text, m.start(), m.end(), frac, bool(_qualifier(text, m.start()))):
            continue  # "в третьей четверти", "без четверти пять"; "четверти участников", "около четверти" are shares
        value = round(FRACTIONS[m.group("frac").lower()], 4)
        of_time = ru_share_of_time(text, m.end(), FRACTIONS[frac])  # "четверть века" → 25 y
        point = _OF_A_POINT.match(text, m.end())  # "a quarter of a percentage point" → 0.25 pp
        end, share = (m.end(), {"value": value, "unit": "", "scale": frac}) if of_time is None else (
            of_time[0], {"value": of_time[1], "unit": of_time[2], "scale": ""})
        if point is not None:
            end, share = point.end(), {"value": value, "unit": "pp", "scale": ""}
        if free(m.start(), end):
            extra.append((m.start(), end, share))
            insort(spans, (m.start(), end))
    for m in _rx(_EXTRA_PATTERN, re.IGNORECASE).finditer(text):
        unit = _extra_unit(m)
        word = m.group("noun") or m.group("dur") or m.group("metric") or m.group("times") or ""
        if unit is None or (m.group("noun") and (not_a_count(text, m.start("xnum"), m.group("noun"))
                                                 or after_ratio(text, m.start("xnum")) or in_a_name_of(text, m.start("xnum"), m.group("noun")))):
            continue
        if not_a_quantity(text, m.start(), word) or m.group("metric") == "м" and text[m.start("metric") - 1] == "-":
            continue  # (or "на 14-м месте": an ordinal, not metres)
        if re.fullmatch("hrs?", m.group("dur") or "") and clock_hours(text, m.start("xnum"), m.group("xnum")):
            continue  # "at 0600 hrs", "22:30 hrs", "10.30 hrs": a time of day, not hours
        if word[:3].lower() == "kat" and _BUILDING_BEFORE.search(text, max(0, m.start() - 48), m.start()) and not _rx(
                r"\s+(?:art|azal|düş|fazla|daha\s+(?:fazla|çok|az))").match(text, m.end()):
            continue  # "Bina 10 kat yükseldi": floors ("Otel fiyatları 2 kat arttı": times)
        raw = m.group("xnum").replace("İ", "i")  # Turkish capital dotted i ("İki")
        if raw[0] == "." and not (m.group("metric") or m.group("dur")):
            continue  # ".25 litres", ".5 hours"; a count is whole (".25 people" is none)
        year_word = re.fullmatch(r"y[ıi]l[ıi]n(?:da|dan|a)", (m.group("dur") or "").lower()) or year_part_after(m.group("dur"), text, m.end())
        if year_word or raw.isdigit() and (m.group("noun") or m.group("dur")) and re.fullmatch(r"1[5-9]\d\d|20\d\d", raw) and not (
                m.group("dur") and hours_counted(text, m.start("xnum"), raw)):
            continue  # "2019 elections", "1933 yılında", "MÖ 480 yılında": a year, not a duration
        # A Turkish number word with a Turkish unit of time counts, "bir" and "on" too ("bir yıl
        # sonra", "On yıl", "Beş yıl"), but "bir gün" is "one day" (some day) unless it lasts ("bir gün
        # sürer", "bir gün boyunca").
        # Turkish people counted in words count too: "beş kişi öldü", "Üç kişilik ekip" (not "bir kişi": someone).
        tr_people = (m.group("ppl") or "").lower().startswith("kişi") and raw.lower() in TR_WORDS
        if tr_people and raw.lower() == "bir" or m.group("ppl") and tr_share_before(text, m.start("xnum")):
            continue  # ("Her üç kişiden biri": a share, amounts.py)
        tr_time = (_rx(_TR_TIME).match(m.group("dur") or "") is not None or tr_people) and raw.lower() in TR_WORDS
        if tr_time and raw.lower() == "bir" and m.group("dur").lower().startswith("gün") and not _LASTS_TR.match(text, m.end()):
            continue
        if not tr_time and not raw[0].isdigit() and (raw.lower() in ("one", "bir", "on") or RU_WORDS.get(raw.lower()) == 1) and not one_unit(text, m):
            continue  # "one day", "on days" …: an article or a word, not a count ("a one-minute gag" is a minute: measures.py)
        number = _number_value(raw, dots_group_thousands(raw, text, m.start("xnum")))
        if number is None:
            continue
        low_raw = (m.group("lo") or "").replace("İ", "i")
        lo = (parse_number("-" * bool(m["neg"]) + low_raw, continental=bool(re.search("[а-яё]", m.group()))) if low_raw[:1].isdigit()
              else _number_value(low_raw)) if low_raw else None
        if lo is not None and not low_raw[:1].isdigit() and not _same_language(low_raw, m):
            lo = None  # "went on to 15 years": the English "on" is no Turkish ten
        if lo is not None and (lo >= number or year_before_to(text, m.start("lo"), m.end("lo"))):
            lo = None  # "on to five days": no range, the figure alone ("rose in 2018 to 4000 units": a year)
        start = m.start() if lo is not None else m.start("xnum")
        if not tr_time and not raw[0].isdigit() and raw[0].isupper() and start == m.start("xnum") and raw.lower() in TR_WORDS:
            continue
        if not free(start, m.end()) or not raw[0].isdigit() and raw[0].isupper() and text[start - 1 : start] == "«":
            continue  # (or «Три минуты тишины»: a title)
        attrs: dict[str, Any] = {"value": to_number(number), "unit": unit, "scale": ""}
        if lo is not None:  # "3–5 years", "five to seven years", "от трёх до пяти лет"
            attrs = {"value": to_number(lo), "unit": unit, "scale": "", "upper": to_number(number)}
        extra.append((start, m.end(), attrs))
        insort(spans, (start, m.end()))
    for start, end, count in [*find_tr_counts(text, free), *find_counts(text, free), *find_ru_figures(text, free, _unit_symbol)]:
        if free(start, end):
            extra.append((start, end, count))
            insort(spans, (start, end))
    tolls = {(b, e): toll for b, e, toll in find_tolls(text)}  # last: a toll gives way to every other reading
    found, extra = ([(b, e, {**a, "unit": "people"}) if (b, e) in tolls and not a.get("unit") and not a.get("scale")
                     and a.get("upper") is None else (b, e, a) for b, e, a in figures] for figures in (found, extra))
    for (start, end), toll in tolls.items():
        if free(start, end):
            extra.append((start, end, toll))
            insort(spans, (start, end))
    counted = {str(a["unit"]) for _s, _e, a in extra if str(a.get("unit", "")).endswith("s")}
    for start, end, amount in find_amounts(text, free, counted, _unit_symbol):
        extra.append((start, end, amount))
        insort(spans, (start, end))
    found = [_with_noun(text, f, free) for f in composed(text, found)]
    found, extra = tails_counted(found, extra)
    every = words_composed(text, sorted(found + extra, key=lambda f: f[0]), lambda f: _with_noun(text, f, free))  # ("One thousand two")
    out: list[tuple[int, int, dict[str, Any]]] = []
    starts = [f[0] for f in every]
    for start, end, attrs in every:
        if out and out[-1][0] < start and end <= out[-1][1] and str(out[-1][2].get("unit")).split("/")[0] in ("ft", "lb", "m", "h", "min"):
            continue  # the inches of "5 feet 4 inches (a day)", the ounces of "7 pounds 3 ounces", the minutes of "3 hr 20 min"
        start, attrs = with_fraction(text, out, *minus_before_percent(text, start, attrs))  # ("1 1/2 cups": not 2 cups; "-%5")
        after = bisect_left(starts, end)  # inches, ounces before the bound after them ("5lb 8oz or less") and the range
        end, attrs = with_smaller_unit(text, end, attrs, starts[after] if after < len(starts) else len(text))
        if "upper" not in attrs:
            scale = _lookup_scale(str(attrs["scale"])) if attrs.get("scale") else None
            joined = range_to(text, out, start, end, attrs, 10 ** scale[0] if scale else 1)
            if joined is not None:
                if out and out[-1][0] >= joined[0]:
                    out.pop()  # the low end was read as a figure of its own ("5,000 to 7,000 people")
                start, attrs = joined
        during = attrs.get("unit") in ("y", "mo", "wk", "d", "h", "min") and over_is_during(text, start)
        qualifier = "" if during else _qualifier(text, start) or bound_after(text, end, str(attrs.get("unit") or ""))
        if qualifier and "qualifier" not in attrs:  # a vague amount stays "≈" ("over several decades")
            attrs = {**attrs, "qualifier": qualifier}
        people_end = tr_people_after_bound(text, end) if qualifier == ">" and not attrs.get("unit") else None
        if people_end is not None:  # "50 binden fazla kişi" → > 50 000 people
            end, attrs = people_end, {**attrs, "unit": "people"}
        after = bisect_right(starts, start + 1)  # the next figure's start bounds the range ("%15-20 saat": 20 h; "-%5-7")
        end, attrs = percent_range(text, start, end, attrs, starts[after] if after < len(starts) else len(text))
        after = bisect_left(starts, end)
        end, attrs = temperature_and_rate(text, start, end, attrs, starts[after] if after < len(starts) else len(text))
        attrs = area_or_volume(text, start, end, attrs)
        share_rate(text, out, start, attrs)
        out.extend(listed_before(text, start, attrs, out))
        bin_first = thousand_first(text, start, attrs) or larger_before(text, start, attrs)  # "Bin 200 kişi", "İki milyon 300 bin kişi"
        if bin_first is not None and free_range(out, bin_first[0]):
            start, attrs = bin_first
        out.append(with_arc_minutes(text, out, start, end, attrs))
    return [hours_in_minutes(f) for f in out]


def _with_noun(
    text: str, figure: tuple[int, int, dict[str, Any]], free: Callable[[int, int], bool]
) -> tuple[int, int, dict[str, Any]]:
    """A number without a unit ("1,250", "1.5 million") takes the plural noun it counts."""
    start, end, attrs = figure
    if attrs.get("unit") or attrs.get("upper") is not None:
        return figure
    after = noun_after(text, end)
    if after is None or not free(end, after[0]) or not_a_count(text, start, after[1]) or expected_by(text, start, after[0]):
        return figure
    pounds = ru_pounds(after[1], text, after[0]) if attrs.get("scale") else None
    if pounds is not None:  # "200 млн фунтов": pounds sterling, money (a scale counts no pounds of weight)
        return start, pounds, {**attrs, "unit": "GBP"}
    return start, after[0], {**attrs, **count_unit(after[1], attrs["value"])}


