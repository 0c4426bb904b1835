"""Single units of time, "one" of a counted thing, ages after a name, bare numbers after a bound
(English, Turkish), heights (Turkish), ratios and parts, folds and quarter-points; with the vague
amounts (:mod:`desktop.meaning.vague_amounts`) and the Turkish halves (:mod:`desktop.meaning.halves`).

* One unit of time: "a year later", "for an hour", "one year since", "one week" →
  ``value`` 1.  "A day" or "one day" only where it is a length ("for a day", "lasted one
  day"), never a rate ("eight hours a day", "once a year"), the period of another figure
  ("rose 20% in a month") nor "one day" = some day.
* "One" counting a thing the same text counts in the plural elsewhere: "one strike"
  where "two strikes" also occurs.  Not "one of", "no one", "the one".
* Ages after a name: "Scott C. Dayton, 42, of Woodbridge" → 42 y.
* A bare number after a bound: "At least 10 U.S. Marines", "about 60 regional and
  international nations" → 10 (qualifier ">"), 60 ("≈"); "the 60-plus nation
  coalition" → > 60; Turkish puts it after: "120'den fazla kişi" → > 120 people.  Not clock times, years or dates ("about 10 a.m.", "at least 2020").
* A person's height in Turkish: "1.92 boyundaki oyuncu", "2,01 boyunda" → 1.92 m, 2.01 m.

Called by :func:`desktop.meaning.figures.find_figures` with a ``free(start, end)`` check
(no other figure there); no I/O, never raises on a ``str``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Callable, Iterable

from desktop.meaning import turkish_words
from desktop.meaning.counts import count_unit, not_a_count, noun_after, opens_sentence
from desktop.meaning.designations import formation_after
from desktop.meaning.halves import HALF_SCALES as _HALF_SCALES, PER_MILLE_RE as _PER_MILLE_RE, TR_NUMBER as _TR_NUMBER
from desktop.meaning.halves import WORD_AFTER as _WORD_AFTER, find_halves, halves_tr as _halves_tr, near as _near
from desktop.meaning.price_rates import price_per_one
from desktop.meaning.time_lengths import in_a_length
from desktop.meaning.vague_amounts import AGO as _AGO, PLURAL_NOUN as _PLURAL_NOUN, TIME_UNITS as _TIME_UNITS, find_vague
from desktop.meaning.vague_amounts import next_word as _next_word, previous_word as _previous_word

__all__ = ["find_amounts", "find_halves", "over_is_during", "rates_near", "tr_share_before"]

Found = tuple[int, int, dict[str, int | float | str]]

# Words before "a day" / "one day" that make it a length: "in a day", "lasted one day".
# Not "in": "rose 20% in a month" gives the period of another figure.
_LENGTH_BEFORE = set("""
    for within after about around nearly almost over than least only just barely half took take takes
    taking spent spend spends lasted last lasts lasting wait waited waiting more less to
    """.split())
_LENGTH_AFTER = set("later earlier before after long".split())
# Nouns that "day" names a kind of, in one compound noun: "a day trip", "a day pass", "a day job", "a day care centre"
# are no length of a day, whatever comes before ("ideal for a day trip"; "for a day", "took a day off" stay lengths).
_DAY_COMPOUND = set("""
    trip trips tripper trippers pass passes ticket tickets job jobs care school schools nursery centre center shift
    shifts release return returns labourer laborer student students visitor visitors tour tours excursion excursions
    outing outings hospital surgery patient patients rate rates
    """.split())
_SINGLE_RE = re.compile(
    r"(?<![\w-])(?P<one>(?i:an?|one))\s+(?P<unit>" + "|".join(_TIME_UNITS) + r")(?![\w-])"
)
_NOT_AFTER_ONE = set("the no any each every which this that only".split())
_ONE_THING_RE = re.compile(
    r"(?<![\w-])(?i:one)\s+(?P<mods>(?:[A-Za-z][\w'’-]*\s+){0,2}?)(?P<noun>[a-z]{3,}|[A-Z]{2,})(?![\w'’-])"
)
_NAMED_AGE_RE = re.compile(
    r"(?<=[a-z]),[ \u00a0](?P<age>\d{1,3}),[ \u00a0](?=[a-z])"
    r"|(?<![\w-])(?i:aged)[ \u00a0](?:(?i:between)[ \u00a0](?P<from>\d{1,3})[ \u00a0](?i:and)[ \u00a0](?P<to>\d{1,3})"
    r"|(?P<aged>\d{1,3})(?:[ \u00a0]*(?:-|–|to)[ \u00a0]*(?P<upto>\d{1,3}))?)(?![\w.,]\w|[-–])"
)
# Who may be named by a common noun before ", 37,": "the woman, 37, was released".
_PERSONS = set("""
    man woman boy girl teenager child mother father son daughter wife husband brother sister victim
    suspect driver officer soldier pensioner student worker farmer resident
    """.split())
_NOT_NAMES = set("""
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    """.split())
_BOUND_RE = re.compile(
    r"(?<![\w-])(?P<bound>(?i:at\s+least|more\s+than|fewer\s+than|less\s+than|up\s+to|as\s+many\s+as|as\s+young\s+as|"
    r"nearly|almost|about|approximately|roughly))\s+(?P<num>\d{1,3}(?:,\d{3})+|\d{1,6})(?![\w.,:/%-]|\.\d)"
    r"(?!\s*(?i:a\.?m\b|p\.?m\b|o['’]clock|per\s?cent|percent|st\b|nd\b|rd\b|th\b))"
)
_MONTHS = re.compile(r"\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)", re.IGNORECASE)
_BOUND_SIGN = {"at least": "≥", "more than": ">", "fewer than": "<", "less than": "<", "up to": "≤",
               "as many as": "≤", "as young as": "≥"}
# Turkish puts the bound after the number: "120'den fazla kişi" (more than 120 people), "50'yi
# aşkın" (over 50), "10'dan az" (fewer than 10).
_TR_BOUND_RE = re.compile(
    r"(?<![\w.,])(?P<num>\d{1,3}(?:\.\d{3})*|\d{1,6})['’](?P<bound>(?:[dt][ae]n[ \u00a0]+(?:fazla|çok|az))"
    r"|(?:y?[ıiuü][ \u00a0]+(?:aşkın|aşan|geçen|bulan)))(?![\w])(?P<people>[ \u00a0]+kişi)?(?![\w])",
    re.IGNORECASE)
_OR_NUMBER = re.compile(r"[ \u00a0]+(?:or|to)[ \u00a0]+(?P<hi>\d{1,6})(?![\w.,:/%-]|\.\d)")
# "60-plus"; "20+ years" only before a unit or a counted noun, "10 plus miles" only before a unit or people (not "2
# plus 2", "$5 plus tax", "4 plus leftovers").
_PLUS_SCALE = re.compile(r"[ \u00a0]+(?P<s>(?i:thousand|million|billion|trillion))(?![\w-])")
_PLUS_RE = re.compile(r"(?<![\w.,$€£+-])(?P<num>\d{1,3}(?:,\d{3})+|\d{1,6})(?:-plus(?![\w-])|(?P<loose>\+|[ \u00a0]plus)(?=[ \u00a0]+[a-z]))")



def _single_units(text: str) -> Iterable[Found]:
    for m in _SINGLE_RE.finditer(text):
        one, word = m["one"].lower(), m["unit"].lower()
        before, after = _previous_word(text, m.start()), _next_word(text, m.end())
        if after in _AGO or text[m.end() : m.end() + 1] in "-'’" and m.end() < len(text) or word == "day" and (
                after in _DAY_COMPOUND and text[m.end() : m.end() + 1] in " \u00a0"):
            continue  # "a year ago" is a date; "a day-to-day", "one year's"; "a day trip" is a kind of trip
        if one == "one" and (before in _NOT_AFTER_ONE or price_per_one(text, m.start())):
            continue  # (and "€ 7 one hour of windsurf": the price's rate, measures.rate_after)
        # "a day" / "one day" is a length only where its context says so; "a year" needs
        # that too unless it starts a sentence ("A year later"); "one year" is a count.
        length = before in _LENGTH_BEFORE or after in _LENGTH_AFTER or before == "in" and in_a_length(text, m.start(), word, m.end())
        if (word == "day" or one != "one") and not length and not (
                one != "one" and opens_sentence(text, m.start(), datelines=True) and after in _LENGTH_AFTER):
            continue
        unit, times = _TIME_UNITS[word]
        yield m.start(), m.end(), {"value": times, "unit": unit, "scale": ""}


def _plural(noun: str) -> tuple[str, ...]:
    if noun.endswith("y") and not noun.endswith(("ay", "ey", "oy")):
        return (noun[:-1] + "ies",)
    return (noun + "s", noun + "es")


def _one_things(text: str, counted: set[str]) -> Iterable[Found]:
    if not counted:
        return
    for m in _ONE_THING_RE.finditer(text):
        noun = m["noun"]
        plural = next((p for p in _plural(noun) if p in counted), None)
        if plural is None or _previous_word(text, m.start()) in _NOT_AFTER_ONE:
            continue
        if any(w.lower() in ("of", "the", "and", "or", "a", "an") for w in m["mods"].split()):
            continue
        yield m.start(), m.end(), {"value": 1, "unit": plural, "scale": ""}


def _named_ages(text: str) -> Iterable[Found]:
    for m in _NAMED_AGE_RE.finditer(text):
        if m["aged"] or m["from"]:  # "aged 42", "aged 8–10", "aged between 18 and 25"
            low, high = m["aged"] or m["from"], m["upto"] or m["to"]
            attrs: dict[str, int | float | str] = {"value": int(low), "unit": "y", "scale": ""}
            if high and int(high) > int(low):
                attrs["upper"] = int(high)
            if int(low) < 120:
                yield m.start(), m.end(), attrs
            continue
        name = re.search(r"([A-Z][\w'’-]*|[a-z]+)$", text[max(0, m.start() - 40) : m.start()])
        if name is None or name.group(1).lower() in _NOT_NAMES or (
                name.group(1).islower() and name.group(1) not in _PERSONS):
            continue
        age = int(m["age"])
        if 0 < age < 120:
            yield m.start("age"), m.end("age"), {"value": age, "unit": "y", "scale": ""}


_RATIO_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "twenty": 20, "hundred": 100, "a hundred": 100}
_RATIO_NUM = r"\d{1,4}|" + "|".join(sorted(_RATIO_WORDS, key=len, reverse=True))
_RATIO_RE = re.compile(
    rf"(?<![\w.,-])(?i:(?P<n>{_RATIO_NUM})\s+(?:in|out\s+of)\s+(?P<d>{_RATIO_NUM}))(?![\w.,]\w|[-–])"
    r"(?!\s+(?i:years?|months?|weeks?|days?|hours?|minutes?|seconds?|games?|matches?)\b)"
)


# Turkish and Russian write a share as one of every N: "Her üç kişiden biri" (one of every three people), "каждый
# пятый россиянин" (every fifth) → 0.3333, 0.2.
_TR_ONE_OF_EVERY = re.compile(r"(?<![\w-])her[ \u00a0]+(?P<d>\d{1,3}|iki|üç|dört|beş|altı|yedi|sekiz|dokuz|on|yüz)[ \u00a0]+"
                          r"(?P<noun>[^\W\d_]+?)['’]?[dt][ae]n[ \u00a0]+(?:biri|birisi)(?![\w-])", re.IGNORECASE)  # (and in capitals)
# "Her iki" is "both": "her iki ülkeden biri imzaladı" is one of the two countries; one in two only of a population
# ("her iki kişiden biri obez", "her iki çocuktan biri").
_TR_POPULATION = re.compile(r"(?:kişi|kisi|insan|çocuk|cocuk|kadın|kadin|erkek|genç|genc|yetişkin|yetiskin|vatandaş|vatandas)",
                            re.IGNORECASE)
# Turkish letters in a match: its capitals fold the Turkish way ("ALTI" → "altı"); without them ("HER IKI KISIDEN
# BIRI", written without Turkish letters) an "I" is an "i".
_TR_LETTERS = re.compile("[çğıöşüÇĞİÖŞÜ]")
_RU_ORDINALS = {"втор": 2, "трет": 3, "четвёрт": 4, "четверт": 4, "пят": 5, "шест": 6, "седьм": 7, "восьм": 8, "девят": 9,
                "десят": 10, "сот": 100}
_RU_SHARE_RE = re.compile(r"(?<![\w-])(?i:кажд(?:ый|ая|ое|ого|ой|ому|ым|ую))[ \u00a0]+(?P<d>(?i:"
                          + "|".join(_RU_ORDINALS) + r"))(?i:ь(?:его|ей|ему|ю|им|я|е)|ий|ый|ой|ая|ое|ого|ей|ому|ую|ым|им|его|ему)(?![\w-])")


# A unit of time, a weekday or "раз" after "каждый N-й" makes it a repetition ("каждый пятый год", "каждый второй вторник").
_RU_REPEATED_AFTER = re.compile(
    r"[ \u00a0]+(?i:год|лет|месяц|недел|день|дня|дн|сут|час|минут|секунд|раз|понедельник|вторник|сред|четверг|пятниц|суббот"
    r"|воскресень|век|квартал|сезон|семестр)\w*")  # ("каждый пятый матч" is a share of matches)


def tr_share_before(text: str, start: int) -> bool:
    """The number at ``start`` is the whole of a Turkish share ("Her |üç kişiden biri"), not a count, or the
    part of a proportion ("yüz binde |7 kişide": 0.007 %, read by :func:`_halves_tr`)."""
    return any(m.start("d") == start for m in _TR_ONE_OF_EVERY.finditer(text, max(0, start - 5), start + 60)) or any(
        m.start("n") == start for m in _PER_MILLE_RE.finditer(text, max(0, start - 16), start + 12))


def _ratio_value(word: str) -> int:
    low = word.lower()
    return int(low) if low.isdigit() else _RATIO_WORDS[low]


def _ratios(text: str) -> Iterable[Found]:
    """"one in five adults", "3 in 10", "seven out of 10 voters" → 0.2, 0.3, 0.7."""
    for m in _RATIO_RE.finditer(text):
        n, d = _ratio_value(m["n"]), _ratio_value(m["d"])
        if 0 < n < d and not 1500 <= d <= 2099:
            yield m.start(), m.end(), {"value": round(n / d, 4), "unit": "", "scale": m.group().lower()}
    for m in _TR_ONE_OF_EVERY.finditer(text):
        d = int(m["d"]) if m["d"].isdigit() else _TR_NUMBER[m["d"]]  # ("ALTI": folded to "altı")
        if not m["d"].isdigit() and d == 2 and not _TR_POPULATION.fullmatch(turkish_words.lower(m["noun"])):
            continue  # "Her iki adaydan biri": one of the two candidates
        if d > 1:
            turkish = _TR_LETTERS.search(m.group()) is not None
            scale = " ".join(m.group().replace("İ", "i").replace("I", "ı" if turkish else "i").lower().split())
            yield m.start(), m.end(), {"value": round(1 / d, 4), "unit": "", "scale": scale}
    for m in _RU_SHARE_RE.finditer(text):
        if _RU_REPEATED_AFTER.match(text, m.end()):
            continue  # "каждый третий месяц", "каждое второе воскресенье": a repetition, not a share
        yield m.start(), m.end(), {"value": round(1 / _RU_ORDINALS[m["d"].lower()], 4), "unit": "",
                                   "scale": " ".join(m.group().lower().split())}




def _bounded(text: str, unit_of: Callable[[str], str | None]) -> Iterable[Found]:
    for m in _BOUND_RE.finditer(text):
        raw = m["num"]
        value = int(raw.replace(",", ""))
        if raw.isdigit() and len(raw) == 4 and 1500 <= value <= 2099 or _MONTHS.match(text, m.end()):
            continue  # "at least 2020", "about 10 May": a date
        if formation_after(text, m.start("num")):
            continue  # "About 617 Squadron crews": the number names the squadron, as without the bound (counts.py)
        bound = " ".join(m["bound"].lower().split())
        attrs: dict[str, int | float | str] = {"value": value, "unit": "y" if bound == "as young as" else "",
                                               "scale": "", "qualifier": _BOUND_SIGN.get(bound, "≈")}
        end = m.end("num")
        other = _OR_NUMBER.match(text, end)  # "about 10 or 12 of these"
        if other is not None and int(other["hi"]) > value:
            attrs["upper"], end = int(other["hi"]), other.end()
        yield m.start("num"), end, attrs
    for m in _TR_BOUND_RE.finditer(text):
        sign = "<" if m["bound"].lower().endswith("az") else ">"
        yield m.start(), m.end(), {"value": int(m["num"].replace(".", "")), "unit": "people" if m["people"] else "",
                                   "scale": "", "qualifier": sign}
    for m in _PLUS_RE.finditer(text):
        scaled = _PLUS_SCALE.match(text, m.end())  # "20+ million passengers": 20 million or more (twenty-fifth round)
        number = int(m["num"].replace(",", ""))  # ("1,200-plus people": grouped in thousands)
        after, value, scale = (scaled.end(), number * _HALF_SCALES[scaled["s"].lower()], scaled["s"]) if scaled else (
            m.end(), number, "")
        word = _WORD_AFTER.match(text, after)
        symbol = unit_of(word["w"]) if word is not None else None
        sign = "≥" if m["loose"] == "+" else ">"  # "20+ years": 20 or more
        if word is not None and symbol:  # "50-plus miles", "40-plus kilograms" → mi, kg
            yield m.start(), word.end(), {"value": value, "unit": symbol, "scale": scale, "qualifier": sign}
            continue
        noun = noun_after(text, after)  # "100-plus officers" counts officers; "the 60-plus nation coalition", none
        if noun is not None and not_a_count(text, m.start(), noun[1]):
            continue  # "Level 3+ areas", "Grade 8+ pupils": a label and its number
        counted = count_unit(noun[1], 1)["unit"] if noun is not None else ""
        if m["loose"] and (noun is None or m["loose"] != "+" and counted not in ("people", "y", "mo", "wk", "d", "h")):
            continue  # "4 plus leftovers", "fined 500 plus costs": "plus" adds; more than N before a unit, people, time
        end = noun[0] if noun is not None else after
        yield m.start(), end, {"value": value, "unit": counted, "scale": scale, "qualifier": sign}


# A recipe's fraction of a cup or a spoon: "1/2 teaspoon", "2 3/4 cups", "1-2/3 cups", "about 1/4 cup" (units of their
# own elsewhere take their fraction in figures.py: "1 1/2 miles", "2 1/2 hours").
_KITCHEN_FRACTION_RE = re.compile(
    r"(?<![\w./,-])(?:(?P<w>\d{1,2})(?:[ \u00a0]*-[ \u00a0]*|[ \u00a0]+))?(?P<n>\d)/(?P<d>[234568])[ \u00a0]*"
    r"(?P<noun>(?i:cups?|teaspoons?|tablespoons?|tsp|tbsp))(?![\w-])")
_KITCHEN_UNITS = {"cup": "cups", "teaspoon": "teaspoons", "tablespoon": "tablespoons", "tsp": "teaspoons",
                  "tbsp": "tablespoons"}


def _kitchen_fractions(text: str) -> Iterable[Found]:
    for m in _KITCHEN_FRACTION_RE.finditer(text):
        if int(m["n"]) < int(m["d"]):
            value = round(int(m["w"] or 0) + int(m["n"]) / int(m["d"]), 4)
            yield m.start(), m.end(), {"value": value, "unit": _KITCHEN_UNITS[m["noun"].lower().rstrip("s")], "scale": ""}


_HEIGHT_RE = re.compile(r"(?<![\w.,])(?P<m>[12][.,]\d{2})[ \u00a0]boy(?:unda(?:ki)?|lu)(?![\w])")


def _heights(text: str) -> Iterable[Found]:
    for m in _HEIGHT_RE.finditer(text):
        yield m.start(), m.end(), {"value": float(m["m"].replace(",", ".")), "unit": "m", "scale": ""}




# "over" before a unit of time is a bound ("lasted just over a year", "well over a month", "over an
# hour later") except where it names the period of a change: after a figure ("rose 3% over 5 years",
# "£1.2tn over 10 years", "$1.2 trillion over ten years", "cut by 30 per cent over five years"), after an amount without a number
# ("costs a lot over a decade", "spend more over a year"), or opening a clause that a comma closes
# ("Over a year, prices doubled"; "Over an hour later, police arrived" is a bound). A year is no figure
# ("convicted in 2021 over a decade after the murder").
_FIGURE_BEFORE_OVER = re.compile(
    r"(?:(?<!(?<!\d)[12]\d\d)\d%?|%|\bper[ \u00a0]?cent|\bpercent|\bpoints?|\d(?:bn|m|tn)|(?<![\w'’])(?:a[ \u00a0]+lot|much|more|less)"
    # (or a scale word or money in words: "$1.2 trillion over ten years", "5 billion dollars over five years"; twenty-fourth round)
    r"|\d[ \u00a0]+(?:(?:thousand|million|billion|trillion)[ \u00a0]+)?(?:thousand|million|billion|trillion|dollars|euros|pounds|roubles|rubles))"
    r"[ \u00a0]+over[ \u00a0]+$", re.IGNORECASE)
_OVER_OPENS = re.compile(r"(?:^|[.!?;:\n][ \u00a0\"'“]*)over[ \u00a0]+$", re.IGNORECASE)
_TIME_THEN_COMMA = re.compile(r"an?[ \u00a0]+[\w-]+,")
# "over" after a form of "be" and before a time that ends in "later" or "after" is "finished": "The war was not over 20
# years later", "The strike was over two weeks after it began" (not "He was over 80 years old", "It was over a week after
# the vote that …": a bound after the word "it", not after "summit"; "was over 90 minutes later than planned": late by more).
# (a length of time as the subject is measured, not finished: "The delay was over 6 weeks after the filing" is > 6 weeks)
_DURATION_SUBJECT = "".join(rf"(?<!{w}[ \u00a0])" for w in ("wait", "waits", "delay", "delays", "gap", "gaps", "lag", "interval"))
_OVER_ENDED = re.compile(r"(?<![\w-])(?<!(?<![\w])[Ii]t[ \u00a0])" + _DURATION_SUBJECT + r"(?:is|was|were|are|be|been|being)(?:n['’]t)?(?:[ \u00a0]+(?:not|never|still|already|finally|all"
                         r"|long))?[ \u00a0]+over[ \u00a0]+$", re.IGNORECASE)
_LATER_AFTER = re.compile(r"[\w.,-]+(?:[ \u00a0]+[\w-]+)?[ \u00a0]+(?:later(?![ \u00a0]+than\b)|after|afterwards)\b", re.IGNORECASE)


def over_is_during(text: str, start: int) -> bool:
    """"over" before a unit of time at ``start`` ("3% over 5 years", "Over a year, prices
    doubled") names the period, or after "was" it means finished ("was not over 20 years later"): not a bound.

    Not folded with ``span_bounds.without_span_bounds``: both keep "over" of a period from being a bound, but they read
    different things. This one reads what stands before "over" (a figure or an amount, a form of "be" with "later"
    after, the clause's opening) and only for a unit of time, while the qualifier is set; that one reads the verb before
    "over"/"under" (spreading, holding, filing), takes counted nouns and "under" too, and needs the figure's value (under
    100) and what follows it ("late"), so it runs after the figure is whole. Neither's trigger is in the other."""
    if _FIGURE_BEFORE_OVER.search(text, max(0, start - 40), start) or _OVER_ENDED.search(text, max(0, start - 24), start) and (
            _LATER_AFTER.match(text, start)):
        return True  # (or "The war was not over 20 years later": finished, no bound)
    return bool(_OVER_OPENS.search(text, max(0, start - 8), start)) and _TIME_THEN_COMMA.match(text, start) is not None



_EN_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
             "eleven": 11, "twelve": 12, "twenty": 20, "fifty": 50, "hundred": 100}
_EN_NUM = r"\d{1,3}(?:,\d{3})+|\d{1,6}|" + "|".join(sorted(_EN_WORDS, key=len, reverse=True))
_THINGS = r"(?P<mods>(?:[A-Za-z][\w'’-]*\s+){0,2}?)(?P<noun>" + _PLURAL_NOUN + r")(?![\w'’-])"
# "three or more children" (≥ 3), "10 or fewer people" (≤ 10); "one or more" says no amount.
_OR_MORE_RE = re.compile(rf"(?<![\w.,/-])(?i:(?P<n>{_EN_NUM})\s+or\s+(?P<cmp>more|fewer|less))\s+{_THINGS}")
# Partitives: "three of the five key bridges", "12 of its 40 members" → 3 bridges, 12 members (not "two of
# the towns": towns already named).
_PARTITIVE_RE = re.compile(
    rf"(?<![\w.,/-])(?i:(?P<n>{_EN_NUM})\s+of\s+(?:the|its|their|his|her|our|these|those)\s+(?:{_EN_NUM})\s+)"
    + _THINGS)


# A part of what was counted before: "645 beds, 36 of which are for intensive care", "two of them died".
_OF_THEM_ANCHOR = re.compile(r"of\s+(?:which|whom|them|us)\b", re.IGNORECASE)
_OF_THEM_RE = re.compile(rf"(?<![\w.,/-])(?i:(?P<n>{_EN_NUM})\s+of\s+(?:which|whom|them|us))(?![\w'’-])")
# A fraction in digits of a group is a share: "3/4 of them", "2/3 of the members" → 0.75, 0.6667 (its denominator is no
# count of 4 or 3 "of them"; not "24/7", "9/11", "1/2/2024", "3/4 of May").
_SLASH_SHARE_RE = re.compile(r"(?<![\w.,/-])(?P<n>[1-9])/(?P<d>[2-9]|10)(?=\s+of\s+(?!(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))")


_OF_A = re.compile(r"\s+of\s+an?\s+(?=[^\W\d_])", re.IGNORECASE)


def _unit_of_a(text: str, end: int) -> tuple[int, float, str] | None:
    """The unit after a fraction ending at ``end`` that follows with "of a"/"of an" ("3/4 of a percent", "1/2 of an
    hour"), as any unit the figures parser reads after a number: its end in ``text``, the value of one of it, the unit."""
    of_a = _OF_A.match(text, end)
    if of_a is None:
        return None
    from desktop.meaning.figures import find_figures  # (here: figures.py reads this module)

    line_end = text.find("\n", of_a.end())
    words = text[of_a.end() : min(of_a.end() + 32, len(text) if line_end < 0 else line_end)]
    one = next(((b, f) for a, b, f in find_figures("1 " + words) if a == 0), None)
    if one is None or not one[1].get("unit") or one[1].get("scale") or one[0] <= 2:
        return None
    return of_a.end() + one[0] - 2, float(one[1]["value"]), str(one[1]["unit"])


def _en_value(word: str) -> int:
    low = word.lower()
    return _EN_WORDS[low] if low in _EN_WORDS else int(low.replace(",", ""))


def _parts(text: str) -> Iterable[Found]:
    for m in _OR_MORE_RE.finditer(text):
        if not any(_ends_mods(w) for w in m["mods"].split()):
            yield m.start(), m.end(), {"value": _en_value(m["n"]), "unit": m["noun"].lower(), "scale": "",
                                       "qualifier": "≥" if m["cmp"].lower() == "more" else "≤"}
    for m in _PARTITIVE_RE.finditer(text):
        value = _en_value(m["n"])
        if 1500 <= value <= 2099 or _previous_word(text, m.start()) in ("the", "these", "those", "all", "both") or any(
                _ends_mods(w) for w in m["mods"].split()):
            continue  # "the two of us"; "2015 of the …": a year
        yield m.start(), m.end(), {"value": value, "unit": m["noun"].lower(), "scale": ""}
    for m in _SLASH_SHARE_RE.finditer(text):
        if int(m["n"]) < int(m["d"]):
            share = int(m["n"]) / int(m["d"])
            unit = _unit_of_a(text, m.end())
            if unit is not None:  # "3/4 of a percent" → 0.75 %, "3/4 of a mile" → 0.75 mi
                yield m.start(), unit[0], {"value": round(share * unit[1], 4), "unit": unit[2], "scale": ""}
            else:
                yield m.start(), m.end(), {"value": round(share, 4), "unit": "", "scale": m.group()}
    for m in _near(text, _OF_THEM_ANCHOR, _OF_THEM_RE):
        value = _en_value(m["n"])
        if not 1500 <= value <= 2099 and _previous_word(text, m.start()) not in ("the", "these", "those", "all", "both"):
            yield m.start(), m.end(), {"value": value, "unit": "", "scale": ""}  # ("the two of us": who, not how many)


def _ends_mods(word: str) -> bool:
    return word.lower() in ("of", "and", "or", "the", "a", "an", "to", "in", "on", "at", "by", "for", "with", "from")


# "a fourfold increase", "a 10-fold rise" (times); "a quarter-point cut", "a half-point rise" (a central bank's
# percentage points).
_FOLD_RE = re.compile(r"(?<![\w.,-])(?P<n>\d{1,4}|(?i:two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred|thousand))"
                      r"-?(?i:fold)(?![\w-])")
_POINT_RE = re.compile(r"(?<![\w-])(?P<n>(?i:quarter|half))(?P<sep>[- \u00a0])(?:(?i:percentage)(?P=sep))?(?i:point)(?![\w-])")
# Words of interest rates: a quarter-point is then a percentage point ("a half-point lead" in chess is a point).
# (and unemployment or a percentage near: "Unemployment fell half a point to 4.1%"; twenty-fourth round)
_RATES_NEAR = re.compile(r"%|(?<![\w-])(?i:rates?|interest|inflation|(?<!West )bank|fed|yields?|borrowing|mortgages?|monetary|basis"
                         r"|unemployment|jobless|percent|per\s+cent)(?![\w-])")


def rates_near(text: str, start: int, end: int) -> bool:
    """Words of interest rates or percentages within 80 characters of ``text[start:end]``: a point there is a percentage
    point ("a quarter-point cut", "cut its rate by half a point")."""
    return _RATES_NEAR.search(text, max(0, start - 80), end + 80) is not None
_IN_PARTS_AFTER = re.compile(r"\s*(?:[.:;,]|$|in\s+(?:nature|scope|purpose|character|origin)\b)", re.IGNORECASE)
_COPULA_BEFORE = re.compile(r"(?<![\w-])(?i:is|are|was|were|be)\s+$")
_FOLD_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
               "twenty": 20, "fifty": 50, "hundred": 100, "thousand": 1000}


def _folds_and_points(text: str) -> Iterable[Found]:
    for m in _FOLD_RE.finditer(text):
        n = m["n"].lower()
        if _COPULA_BEFORE.search(text, max(0, m.start() - 8), m.start()) and _IN_PARTS_AFTER.match(text, m.end()):
            continue  # "The problem is twofold:", "… is twofold in nature": in two parts, no figure
        if m.group()[0].isupper() and not opens_sentence(text, m.start(), datelines=True):
            continue  # a name: "Avenged Sevenfold"
        yield m.start(), m.end(), {"value": int(n) if n.isdigit() else _FOLD_WORDS[n], "unit": "times", "scale": ""}
    for m in _POINT_RE.finditer(text):
        rates = rates_near(text, m.start(), m.end()) or "percentage" in m.group().lower()
        if m["sep"] != "-" and not rates:
            continue  # "a quarter point" written apart is a rate's step only where rates are near (twenty-fifth round)
        yield m.start(), m.end(), {"value": 0.25 if m["n"].lower() == "quarter" else 0.5, "unit": "pp" if rates else "points",
                                   "scale": ""}


def find_amounts(
    text: str, free: Callable[[int, int], bool], counted: set[str], unit_of: Callable[[str], str | None]
) -> list[Found]:
    """The figures above whose span ``free`` allows; ``counted`` holds the plural nouns the
    text's other counts use as units ("strikes"), for "one strike"; ``unit_of`` gives the symbol
    of a unit word ("miles" → mi) or None."""
    out: list[Found] = []
    taken: list[tuple[int, int]] = []  # the spans of ``out``, disjoint, in text order
    for found in (_ratios(text), _parts(text), find_vague(text), _single_units(text),
                  _one_things(text, counted), _named_ages(text), _bounded(text, unit_of), _heights(text), _halves_tr(text),
                  _folds_and_points(text), _kitchen_fractions(text)):
        for start, end, attrs in found:
            i = bisect_left(taken, (end, end))  # the spans starting before ``end``: only the last may overlap
            if free(start, end) and not (i > 0 and taken[i - 1][1] > start):
                out.append((start, end, attrs))
                insort(taken, (start, end))
    return out
