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
:mod:`desktop.meaning.amounts`; the second pass of ``find_figures`` (durations, counts of a
noun, fractions, ranges and bounds) in :mod:`desktop.meaning.figure_extras`.  ``find_figures`` may add ``upper`` (a range's high
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
from decimal import Decimal

from desktop.meaning.amounts import tr_share_before
from desktop.meaning.bounds_kk import kazakh_bounds
from desktop.meaning.compound_durations import joined_durations
from desktop.meaning.figure_extras import with_extras as _with_extras
from desktop.meaning.figure_layout import phone_or_ordinal, without_layout_numbers
from desktop.meaning.designations import model_letters
from desktop.meaning.late_figures import late_figures
from desktop.meaning.lookups import (
    CONTINENTAL as _CONTINENTAL, CURRENCY_CODES as _CURRENCY_CODES, lookup_precur as _lookup_precur, lookup_scale as _lookup_scale, lookup_unit as _lookup_unit,
    rx as _rx, scaled_pounds, weighed_before,
)
from desktop.meaning.measures import without_times_of_day
from desktop.meaning.numbers import (
    continental_sentence, dots_group_thousands, format_figure, format_number, is_grouped, parse_number, sentence_around, to_number,
    turkish_sentence)
from desktop.meaning.counts import not_a_quantity, noun_after
from desktop.meaning.quotes import with_quotes
from desktop.meaning.scaled_times import with_scaled_times
from desktop.meaning.span_bounds import without_span_bounds
from desktop.meaning.subunits import with_subunits
from desktop.meaning.turkish_amounts import not_boarded, with_tr_pieces
from desktop.meaning.turkish_hundreds import tr_hundreds
from desktop.meaning.units import (
    CURRENCY_ONLY_SCALES, MULTIPLIER_WORDS,
    PRE_CURRENCIES, SCALES, TR_END, UNITS, WORD_VALUES, YUAN_NAMED, dots_grouped_by_currency, tied_knots, tr_share_price,
)

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time: keeps import < 50 ms
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
    (?<![\w%]['’])\b(?:an?|{_NW})\b  # (not a Turkish suffix after an apostrophe: the "-ten" of "%8,5'ten", "5'ten fazla")
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
_COMMA_THREE = re.compile(r"\d{1,3},\d{3}")  # (one comma before three digits: thousands or three decimals)
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
    if precur == "¥" and YUAN_NAMED.search(m.string, *sentence_around(m.string, m.start(), 200)):
        currency = "CNY"
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
        if found_unit[0] == "GBP" and unit_word.lower().endswith(("pound", "pounds")) and weighed_before(m.string, m.start()):
            found_unit = ("lb", "en")  # "The package weighed 5 British pounds": a weight, as "weighed 30 thousand pounds"
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
    if raw_num is not None and not scale_word and _COMMA_THREE.fullmatch(raw_num):
        # (a count of people is whole: "23,150 kişi" is 23 150 people; a Turkish share's price has the decimal comma,
        # "Hisse 23,150 liradan kapandı" is 23.15 TRY; twenty-fourth round)
        continental = continental and unit != "people" or unit == "TRY" and tr_share_price(m.string, m.start("num"), m.end())
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


# "-plus" right after a number grouped in thousands by commas: more than it ("1,200-plus people"; amounts.py reads it
# whatever follows; not "1 200-plus", which amounts.py does not read: its "200-plus" would be > 200)
_PLUS_AFTER = re.compile(r"-plus(?![\w-])")
_COMMA_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")
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
    if " " in title_word.strip() and title_word.split()[-1].islower():
        title_word = title_word.split()[-1]  # a nationality's capital is no title's: "five Canadian dollars", "5 British pounds"
    if not_a_quantity(text, m.start(), title_word, designation=not money):
        return False
    if m.group("unit") and model_letters(text, m.start("unit"), m.end("unit")):
        return False  # "12 Mi-28 helicopters": a model's name, no miles (the count of helicopters is read in counts.py)
    if unit == "cm³" and _RACING_CLASS_AFTER.match(text, m.end()):
        return False  # a racing class in a name, not an engine's size
    if raw_num is None:  # number words: need a scale or a unit, and not "one" unless in per cent or money ("one percent")
        return bool(scale) or bool(unit) and (abs(number) >= 2 or unit in ("%", "pp", *_CURRENCY_CODES) and m.group("words").lower() == "one" and not _THE_BEFORE.search(text, max(0, m.start() - 8), m.start()))
    if not unit and not scale:
        if text[m.start() - 1 : m.start()] == "[" and text[m.end() : m.end() + 1] == "]":
            return False
        return is_grouped(raw_num) and not phone_or_ordinal(text, m.start("num"), m.end("num")) and not (
            _PLUS_AFTER.match(text, m.end()) and _COMMA_GROUPED.fullmatch(raw_num))  # ("tel: 1 201 944-3737", "50,000th"; "1,200-plus people" is read with its bound, amounts.py)
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
    found = kazakh_bounds(text, with_quotes(text, late_figures(text, without_times_of_day(text, with_tr_pieces(text, not_boarded(text, found))))))
    return joined_durations(text, without_span_bounds(text, without_layout_numbers(text, with_scaled_times(text, found))))
