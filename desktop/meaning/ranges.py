"""Ranges of figures: the low end a figure closes ("5,000 to 7,000 people", "between $5m and
$7m", "10–40 MW", "от 5 до 7 человек", "5 ile 7 milyon arasında", "aralığı 245 ve 325 cm"),
and when "from … to" is a change, not a range ("rose from 5% to 7%")."""

from __future__ import annotations

import re
from bisect import bisect_left
from decimal import Decimal

from desktop.meaning.bounds_tr import from_to
from desktop.meaning.grouped_ends import decimal_high_after, dotted_high_after, grouped_like_high
from desktop.meaning.levels_tr import ablative_old_level
from desktop.meaning.numbers import parse_number, to_number
from desktop.meaning.range_pieces import ALL_CHOICE_WORDS, CHOICE_WORDS, CHOICE_WORDS_TR, DASHES, MONEY_SIGNS, RANGE_WORDS, alternation, kazakh_choice
from desktop.meaning.units import CURRENCY_CODES, TALLY_WORDS, WORD_VALUES, crowns_grouped

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time (as figures.py)
    from typing import Any

    Figure = tuple[int, int, dict[str, Any]]

__all__ = ["change_from", "changed_by", "free_range", "high_end_past", "minus_glued_before_sign", "minus_into_span", "old_level_unit", "percent_range", "range_to",
           "year_before_to"]

_SP = "[ \u00a0\u202f\u2009]"


def high_end_past(text: str, figure: Figure, taken: list[tuple[int, int]]) -> Figure:
    """A range whose low end is exactly one of the sorted spans ``taken`` (the dates: "went down in |2000| to 3000 homes",
    "grew from |2000| to 4000 workers", where the date reader reads the year) as its high end alone, "3000 homes", so the
    figure is not lost under the date; any other figure as it is."""
    start, end, attrs = figure
    i = bisect_left(taken, (start, start))
    if attrs.get("upper") is None or i == len(taken) or taken[i][0] != start:
        return figure
    gap = _RANGE_GAP.match(text, taken[i][1])
    if gap is None or gap.end() >= end or not text[gap.end()].isdigit():
        return figure
    return gap.end(), end, {**{k: v for k, v in attrs.items() if k != "upper"}, "value": attrs["upper"]}


def free_range(out: list[Figure], start: int) -> bool:
    """No figure of ``out`` ends after ``start``."""
    return not out or out[-1][1] <= start


# What joins the two ends of a range: a dash, or a word that needs its partner around the
# range ("between 5 and 7", "от 5 до 7", "5 ile 7 arasında"); "to" unless "from" opens it
# ("rose from 5% to 7%" is a change, "5 to 7 years" and "ranging from 5 to 7" are ranges).
_RANGE_GAP = re.compile(rf"{_SP}*(?:-{{1,3}}|[{DASHES[1:]}]){_SP}*|(?:\.(?={_SP}+ila\b))?{_SP}+(?P<word>{alternation(RANGE_WORDS + ALL_CHOICE_WORDS)}){_SP}+",
                        re.IGNORECASE)
_RANGE_GAP_BEFORE = re.compile(rf"(?:{_RANGE_GAP.pattern})$", re.IGNORECASE)
# (the low end may carry a Russian case ending on its digits, "от 3-х до 5-ти километров"; "-х" only where it ends двух,
# трёх, четырёх, not a decade's "90-х")
# (or dotted in thousands with cents after a comma, "1.200,50-1.500,50 kr")
_RANGE_LOW = re.compile(rf"(?<![\w.,{MONEY_SIGNS}])(?P<lo>\d{{1,3}}(?:(?:,|{_SP})\d{{3}})+(?:\.\d+)?|\d{{1,3}}(?:\.\d{{3}})+,\d{{1,2}}|\d+(?:[.,]\d+)?)"
                        r"(?:-(?:(?<=[234]-)(?<!1[234]-)х|ти|ми))?$")
# The low end in words after "from" or "between" ("from four to eleven feet", "between two and five metres"),
# hundreds too ("between one hundred and two hundred people", "from a hundred to two hundred").
_RANGE_LOW_WORD = re.compile(rf"(?<![\w-])(?i:from|between){_SP}+(?P<lo>(?i:(?:(?:{'|'.join(w for w, v in WORD_VALUES.items() if v >= 20)})-)?"
                             rf"(?:{'|'.join(sorted(WORD_VALUES, key=len, reverse=True))})|an?(?=[ -]hundred)))"
                             r"(?:[ -](?P<hundred>(?i:hundred)))?$")
# A high end of units and hundreds in words ("five hundred", "two-hundred"; not "five hundred and twenty").
_HUNDREDS_HIGH = re.compile(rf"(?i:one|two|three|four|five|six|seven|eight|nine)[ -](?i:hundred)(?![\w-]|{_SP}+(?i:and)\b)")
_RANGE_OPENS = {"and": r"(?:between|между)", "и": r"(?:between|между)", "до": r"от"}
_FROM_BEFORE = re.compile(rf"(?<![\w])from{_SP}+$", re.IGNORECASE)
_BETWEEN_WORDS = frozenset({"and", "и", "ile", "ve"})  # (words of "between", where the order of the ends says nothing)
_FROM_OT_BEFORE = re.compile(rf"(?<![\w])(?:from|от){_SP}+$", re.IGNORECASE)  # (and Russian "от 15 до 11 евро")
# "from 5 to 7 percent" is a range unless a verb comes first ("rose from 5% to 7%", "accelerated
# from 5% to 7%"): a past form in -ed, or a form of a verb of change ("rises", "climbing", "up"), with
# one adverb allowed between ("rose sharply from"); "range(s)", "ranging", "vary" keep the range.
_CHANGE_VERBS = (
    "rise fall increase decrease grow drop climb jump decline cut raise lower reduce boost go move shift soar plunge"
    " slip slide expand shrink widen narrow double triple surge tumble edge change revise upgrade downgrade hike"
    " slash swell swing turn spike leap accelerate recover slow ease rebound sink dip balloon sag retreat"
    " advance gain lose improve worsen fluctuate swing").split()


def _verb_forms(base: str) -> list[str]:
    stem = base[:-1] if base.endswith("e") and not base.endswith("ee") else base
    doubled = base + base[-1] if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnpt]", base) else base
    return [base, base + ("es" if base.endswith(("s", "sh", "ch", "x")) else "s"), stem + "ing", doubled + "ing"]


_CHANGE_WORDS = sorted({f for v in _CHANGE_VERBS for f in _verb_forms(v)} | {
    "rose", "risen", "fell", "fallen", "grew", "grown", "went", "gone", "shrank", "shrunk", "swung", "leapt", "lept",
    "sank", "sunk", "slid", "lost", "up", "down"}, key=len, reverse=True)
_CHANGE_BEFORE = re.compile(
    rf"(?<![\w-])(?!(?:rang|vari|hundr|[a-z]*e)ed\b)(?:{'|'.join(_CHANGE_WORDS)}|[a-z]{{2,}}ed)"
    rf"(?:{_SP}+[a-z]+ly)?{_SP}+from{_SP}+$", re.IGNORECASE)
# A verb of change before a figure with its own unit makes "to" its new level, not a range's end:
# "rose 4p to 250p", "Inflation rose 2% to 5%" (but "rise 2 to 3 percent" is a range).
_CHANGE_RIGHT_BEFORE = re.compile(
    rf"(?<![\w-])(?:{'|'.join(_CHANGE_WORDS)})(?:{_SP}+[a-z]+ly)?(?:{_SP}+by)?{_SP}+$", re.IGNORECASE)
_UP_BEFORE = re.compile(rf"(?<![\w-])(?:up|down){_SP}+$", re.IGNORECASE)


def changed_by(text: str, start: int) -> bool:
    """A verb of change is right before ``start`` ("fell by |a third", "rose |4p")."""
    return _CHANGE_RIGHT_BEFORE.search(text, max(0, start - 32), start) is not None


# Turkish "ile"/"ve" join a range when "arası"/"aralığı" (between, the interval) closes it ("5 ile 7
# milyon kişi arasında", "302 ile 307 kadir aralığında") or "aralığı" opens it ("mesafe aralığı 245 ve
# 325 cm": the interval is 245 to 325 cm).
_BETWEEN_AFTER_TR = re.compile(r"[\w'’ \u00a0]{0,24}?\b(?:arası|aralığı)(?:nda|ndaki)?\b", re.IGNORECASE)
# (right after a bare high end of percent, a case suffix allowed: "yüzde 5 ile 7'nin arasında"; a noun between counts
# something else: "yüzde 10 ile 20 yaş arasındaki gençler" is 10 % and an age)
_BETWEEN_RIGHT_AFTER_TR = re.compile(r"(?:['’]\w+)?[ \u00a0]+(?:arası|aralığı)(?:nda|ndaki)?\b", re.IGNORECASE)
_BETWEEN_BEFORE_TR = re.compile(rf"(?<![\w])aralığı(?:nda)?{_SP}+$", re.IGNORECASE)


def range_to(
    text: str, out: list[Figure], start: int, end: int, attrs: dict[str, Any], factor: int
) -> tuple[int, dict[str, Any]] | None:
    """The range a figure closes, as (start, attributes with ``upper``): "5,000 to 7,000
    people", "between $5m and $7m", "10–40 MW", "от 5 до 7 человек", "5 ile 7 milyon
    arasında". The low end is the figure before it or a bare number; it takes the high end's
    unit and scale ("$5 to $7 million": 5 000 000–7 000 000 USD; ``factor`` is the high end's
    scale, 10**6 there) and must be smaller. After a change "from $6 to 8 million" the two are
    levels, no range: the last figure of ``out`` takes the scale and the high end's attributes
    (no ``upper``) the currency. An old level written as a bare number ("rose from 50 to 70
    dollars") is put in ``out`` here, in the new level's unit (appended, or replacing a last
    figure without a unit), and the high end is returned alone."""
    attrs, factor = _money_high(text, out, start, end, attrs, factor)
    if not attrs.get("unit") and not attrs.get("scale"):
        return None  # "lost 2-3": a score, not a range
    low: tuple[int, Any] | None = None
    word: str | None = None
    bare = levels = False  # the low end is a number alone, not a figure of its own; money of one currency and scale
    if out and out[-1][1] < start and "upper" not in out[-1][2]:
        a_start, a_end, a = out[-1]
        gap = _RANGE_GAP.fullmatch(text, a_end, start) or _bounded_high(text, a_start, a_end, start)
        tr_from = gap is None and from_to(text, a_end, start, end)  # ("5 yıldan 10 yıla kadar")
        # (a low end with a scale word before a high end without one is the same amount written two ways: "between one
        # thousand and fifteen hundred troops", "from 1 million to 1,500,000 people"; the high end must be the larger)
        units = {a.get("unit"), attrs.get("unit")}
        degrees = units <= _DEGREES and len(units & {"°C", "°F"}) < 2  # ("15 degrees to 20 degrees": one read before the other)
        same = (a.get("unit") in ("", attrs.get("unit")) or degrees) and a.get("scale") in ("", attrs.get("scale")) or (
            not attrs.get("scale") and not a.get("unit") and attrs.get("unit") and a["value"] < attrs["value"])
        # ("$10 to 12 million", "£5-6m": the money's sign before the low end, the scale word after the high end)
        money = a.get("unit") in CURRENCY_CODES and not a.get("scale") and bool(attrs.get("scale")) and not attrs.get("unit") and (
            gap is not None and gap.group("word") in (None, "to", "and", "до"))
        # (or a change by an amount with its own scale word and a level ten times larger: "fell by 1.5 million to 144
        # million" is by 1.5 million to a level of 144 million, no range; twenty-third round)
        # (and a past change with or without "by" and a level four times larger: "fell 1.5 million to 144 million", "fell
        # by 1.5 million to 14 million"; twenty-fourth round)
        by_level = not a.get("unit") and bool(a.get("scale")) and _scaled_change(text, a_start, a["value"], attrs["value"])
        change = gap is not None and gap.group("word") in ("to", "To") and (a.get("unit") and changed_by(text, a_start) or by_level) and (
            _UP_BEFORE.search(text, max(0, a_start - 6), a_start) is None) and not (  # ("up 5% to 10%" may be a range)
            money and _BY_BEFORE.search(text, max(0, a_start - 4), a_start))  # ("grew by $10 to 12 million": by 10–12 million USD)
        bound = a.get("qualifier", "≈") == "≈" or gap is not None and gap.group("word") is None and a["unit"] in CURRENCY_CODES
        if (gap is not None or tr_from) and (same or money) and not change and bound:  # ("Around 1,000-1,500 troops", "over $2-3bn")
            low = (a_start, to_number(Decimal(str(a["value"])) * (factor if not a.get("scale") else 1)))
            attrs = {**attrs, "unit": a["unit"]} if money else attrs
            levels = attrs["unit"] == a["unit"] in CURRENCY_CODES and not a.get("scale") and bool(attrs.get("scale")) and bool(
                _MONEY_FIRST.match(text, a_start))  # ("$5 to $7m", "$5 to 7m"; not "5 dollars to 7 million dollars": as written)
            if a.get("unit") in ("°C", "°F") and attrs.get("unit") in ("°", "degrees"):
                attrs = {**attrs, "unit": a["unit"]}  # ("15 dereceden 20 dereceye kadar" near a word of heat: °C both)
            word = gap.group("word") if gap is not None else None
    if low is None and (old := ablative_old_level(text, start, end, attrs)) is not None and free_range(out, old[0]):
        out.append(old)
        return start, attrs  # ("2000'den 2500 liraya yükseldi": two levels, as "rose from 2000 to 2500 liras")
    if low is None:
        # a minus before the ends of degrees (not in their span): "between -5 and -2 degrees", "от -5 до -2 градусов"
        # (or a plus, or a minus already read into the value: "от -3 до +4 градусов", "от -5 до -12 градусов")
        minus = _SIGN.search(text, max(0, start - 1), start) if attrs.get("unit") in _DEGREES else None
        gap_at = _RANGE_GAP_BEFORE.search(text, max(0, start - 13), minus.start() if minus is not None else start)
        if gap_at is None:
            return None
        if minus is not None and minus[0] != "+" and attrs["value"] > 0:
            attrs = {**attrs, "value": -attrs["value"]}
        lo = _RANGE_LOW.search(text, max(0, gap_at.start() - 24), gap_at.start()) or _RANGE_LOW_WORD.search(
            text, max(0, gap_at.start() - 24), gap_at.start())
        if lo is None or not free_range(out, lo.start("lo")) or year_before_to(text, lo.start("lo"), lo.end("lo")):
            return None
        number = Decimal(sum(WORD_VALUES.get(w, 1) for w in lo["lo"].lower().split("-"))) if lo["lo"][0].isalpha() else parse_number(
            lo.group("lo"), continental=bool(re.search("[а-яёçğıöşü]", text[start:end])) or crowns_grouped(
                lo.group("lo"), attrs["unit"], text, lo.start("lo")) or grouped_like_high(
                lo.group("lo"), attrs["unit"], text, start, end, attrs["value"] / factor))  # ("a hundred": 1 × 100; "1.200-1.500 kr", "3.000-4.000 ₺", "3.000-4.000 TL": as the high end)
        if number is None:
            return None
        if lo.groupdict().get("hundred"):
            number *= 100
        elif lo["lo"][0].isalpha() and number < 10 and _HUNDREDS_HIGH.match(text, start):
            number *= 100  # "between four and five hundred people": 400-500 (the low end shares the hundreds)
        low, lo_end = (lo.start("lo"), to_number(number * factor)), lo.end("lo")
        if (lo_minus := _MINUS.search(text, max(0, lo.start("lo") - 1), lo.start("lo"))) is not None:
            low = (lo_minus.start(), -low[1])  # ("-10 to -4 °C", "between -3 and 5 points")
        word, bare = gap_at.group("word"), True
    lo_start, lo_value = low
    before = text[max(0, lo_start - 24) : lo_start]
    word = (word or "").lower()
    if not kazakh_choice(word, text, start):
        return None  # (Russian "300 не 400": "not")
    if word in ALL_CHOICE_WORDS and not _one_choice(text, lo_start, end, lo_value, attrs["value"]):
        if bare and _one_choice(text, lo_start, end, 0, attrs["value"]):  # (two guesses, no third: each an amount)
            out.append((lo_start, lo_end, {**{k: v for k, v in attrs.items() if k not in ("upper", "qualifier")}, "value": lo_value}))
            return start, attrs  # ("2 or 21 dollars": 2 USD and 21 USD; the bare 2 was lost)
        return None  # ("5 or 50 dollars?", "$5 or $6 or $7", "1, 2 or 3 dollars": no range)
    if word in CHOICE_WORDS_TR:
        return None  # (a Turkish pair near each other is count_ranges' reading: "2 ya da 3 bin 300 kişi" is 3 300 alone)
    if word == "до" and (_RU_CHANGE_FROM.search(before) or _falls_from(before, bare, lo_value, attrs)):
        word = "to"  # ("Цены выросли с 50 до 70 рублей": a change, as "rose from 50 to 70", two levels)
    elif word in _RANGE_OPENS and not re.search(rf"(?<![\w]){_RANGE_OPENS[word]}{_SP}+\+?$", before, re.IGNORECASE):
        return None  # "5 and 7 people": two numbers, not "between 5 and 7"
    if word in ("ile", "ve") and not _BETWEEN_AFTER_TR.match(text, end) and not _BETWEEN_BEFORE_TR.search(before) and not (
            word == "ile" and bare and attrs.get("scale")):  # ("5 ile 10 bin kişi": a bare number shares the scale word)
        return None
    if word == "to" and (change_from(text, lo_start, rising=lo_value < attrs["value"]) or _falls_from(before, bare, lo_value, attrs)):
        plain = bare or not out[-1][2].get("unit") and not out[-1][2].get("scale")  # (a number of its own: "from 1,200 to 1,050 points")
        if plain and _levels_near(lo_value, attrs["value"], bool(attrs.get("scale"))):
            level = {**{k: v for k, v in attrs.items() if k not in ("upper", "qualifier")}, "value": lo_value}
            if bare and _ABOUT_END.search(text, max(0, lo_start - 16), lo_start) or not bare and out[-1][2].get("qualifier"):
                level["qualifier"] = "≈" if bare else out[-1][2]["qualifier"]  # ("rose from about 50 to 70 dollars": ≈ 50 USD)
            out[len(out) - (not bare) :] = [(lo_start, lo_end if bare else out[-1][1], level)]
            return start, attrs  # ("rose from 50 to 70 dollars": two levels, the old one a bare number in the new one's unit)
        if not levels or not attrs["value"] < 10 * lo_value < 100 * attrs["value"]:
            return None  # (the same scale for both: "fell from $8 to 6 million"; not "from $500 to 2 million", 500 USD)
        out[-1] = (out[-1][0], out[-1][1], {**out[-1][2], "value": lo_value, "scale": attrs["scale"]})
        return start, attrs  # ("climbed from $6 to 8 million": two levels, both millions of USD; ``out``'s last one rescaled)
    if word == "to" and bare and lo_value > attrs["value"] and attrs.get("unit") not in ("h", "min") and _SAID_RANGE_FROM.search(before):
        return lo_start, {**{k: v for k, v in attrs.items() if k != "qualifier"}, "value": attrs["value"], "upper": lo_value}
    if bare and attrs["value"] < lo_value and (lo_value < 0 or word in _BETWEEN_WORDS) and attrs.get("unit") not in ("h", "min"):
        # ("от -5 до -12 градусов": −12 to −5; "between 3 and -8 °C": −8 to 3; not the hours of a clock, which wrap round:
        # "closed between 22 and 6 hours", "между 23 и 5 часами" are the night, not 6 to 22 hours)
        return lo_start, {**{k: v for k, v in attrs.items() if k != "qualifier"}, "upper": lo_value}
    if not lo_value < attrs["value"] or _TALLY_GAP.search(text, lo_start, start):
        return None  # ("by 48 votes to 52": a vote's tally, two counts)
    return lo_start, {**{k: v for k, v in attrs.items() if k != "qualifier"}, "value": lo_value, "upper": attrs["value"]}


# "ranging from about $1,000 to over $3,000": a range said to be one, each end with a bound of its own; one range, ≈ (the
# bound before the low end), as a figure has one qualifier.
_ABOUT_WORDS = "about|around|roughly|approximately|some|nearly|almost"
_RANGED_FROM = re.compile(rf"(?<![\w-])(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))({_SP}+[a-z]+ly)?{_SP}+from{_SP}+"
                          rf"(?:{_ABOUT_WORDS}){_SP}+$", re.IGNORECASE)
_BOUNDED_HIGH_GAP = re.compile(rf"{_SP}+(?P<word>to){_SP}+(?:over|more{_SP}+than|above|under|less{_SP}+than|about|around"
                               rf"|roughly|approximately|nearly|almost|upwards{_SP}+of){_SP}+", re.IGNORECASE)


def _bounded_high(text: str, a_start: int, a_end: int, start: int) -> re.Match[str] | None:
    """The gap "to over " between the ends of a range said to be one ("ranging from about $1,000 to over $3,000")."""
    if _RANGED_FROM.search(text, max(0, a_start - 40), a_start) is None:
        return None
    return _BOUNDED_HIGH_GAP.fullmatch(text, a_end, start)


def old_level_unit(text: str, out: list[Figure], start: int, attrs: dict[str, Any]) -> None:
    """Give the unit of the new level at ``start``, once its rate and temperature are read, to the old level right before
    it in ``out`` ("fell from 1900 to 1600 hours a year", "climbed from $15 to $20 an hour": both per year, per hour;
    "fell from 20 to 12 degrees": both °)."""
    unit, own = str(attrs.get("unit") or ""), out[-1][2].get("unit") if out else None
    # (an old level with a scale word and no unit takes the new one's, scales apart: "с 1,2 млрд до 900 млн рублей")
    scaled = own == "" and bool(unit) and bool(out[-1][2].get("scale")) and bool(attrs.get("scale"))
    if not scaled and (not own or own == unit or "upper" in out[-1][2] or own != unit.partition("/")[0] and not (own == "degrees" and unit in _DEGREES)):
        return
    a_start, a_end, a = out[-1]
    minus = _MINUS.search(text, max(0, start - 1), start) if attrs["value"] < 0 else None  # ("fell from 5 to -3 degrees")
    gap = _RANGE_GAP.fullmatch(text, a_end, start if minus is None else minus.start())
    # (bare "degrees" is no unit yet: it takes the new level's wherever "to" joins the two, "from -5 to -12 degrees")
    word = (gap["word"] or "").lower() if gap is not None else ""
    by = scaled and word == "to" and out[-1][2]["value"] >= 1000 and (_CHANGED_PAST_BY.search(text, max(0, a_start - 40), a_start)
                                                                      or _PAST_CHANGE_BEFORE.search(text, max(0, a_start - 40), a_start))
    if word in ("to", "до") and (change_from(text, a_start) or own == "degrees" or by):  # ("rose by 2 billion to 30 billion
        # dollars"; not a share: "rose by a quarter to £5m")
        out[-1] = (a_start, a_end, {**a, "unit": attrs["unit"]})
    elif word in ALL_CHOICE_WORDS and own in CURRENCY_CODES or scaled and a["value"] >= 1000 and _TR_ABLATIVE_GAP.fullmatch(text, a_end, start):
        # (the first of two amounts too far apart for a range, its price's rate: "1 or 25 lira per head", range_to; the old
        # level of a Turkish change written with its scale word in the ablative: "1,2 milyardan 1,8 milyar liraya")
        out[-1] = (a_start, a_end, {**a, "unit": attrs["unit"]})


_TR_ABLATIVE_GAP = re.compile(r"['’]?[dt][ae]n[ \u00a0]+")  # ("1,2 milyar|dan |1,8 milyar liraya": the scale word's ablative)
# "about" (or the like) before the old level of a change: "rose from about 50 to 70 dollars" is still a change, two levels
_ABOUT_END = re.compile(rf"(?<![\w])(?:{_ABOUT_WORDS}){_SP}+$", re.IGNORECASE)


def change_from(text: str, lo_start: int, named: bool = False, rising: bool | None = None) -> bool:
    """A verb of change and "from" ("rose from", "выросли с") right before the old level at ``lo_start``, an "about"
    allowed between ("fell from about 1,200 to 1,050 points"), or a verb that changes an amount and its object ("They cut
    prices from", "raised the fee from"), one of a direction only the way it goes (``rising``: the new level is the
    larger; "cut the cake from 2 to 3 slices" is no cut of an amount). ``named``: a verb of the list only, not any past
    form in -ed, as before a length of time, which may last ("lasted from 3 to 5 hours" is a range, "grew from 3 to 5
    hours" two levels)."""
    about = _ABOUT_END.search(text, max(0, lo_start - 16), lo_start)
    at = about.start() if about else lo_start
    before = text[max(0, at - 24) : at]
    if _FROM_BEFORE.search(before) and (_CHANGED_NAMED_FROM if named else _CHANGE_BEFORE).search(before) or _RU_CHANGE_FROM.search(before):
        return True
    verb = _OBJECT_CHANGED_FROM.search(text, max(0, at - 56), at)
    if verb is None or verb["up"] and _RAISED_NOT_CHANGED.search(verb.group()) or verb["moved"] and not _UP_DOWN.search(verb.group()):
        return False  # ("raised funds from 20 to 30 donors", "brought visitors from 20 to 30 countries": where they came from)
    return rising is None or verb["up"] is None and verb["down"] is None or bool(verb["up"]) == rising


# A verb that changes an amount, one to three words of its object, then "from": "They cut prices from 10 to 8 euros",
# "raised the monthly fee from 20 to 25 dollars" (not a verb that sets or spans one: "set prices from", "priced from")
def _object_verbs(bases: str) -> str:
    return "|".join(sorted({f for v in bases.split() for f in [*_verb_forms(v), v.rstrip("e") + "ed"]}, key=len, reverse=True))


_OBJECT_CHANGED_FROM = re.compile(
    rf"(?<![\w-])(?i:(?P<up>{_object_verbs('raise boost hike increase lift double triple expand push')})"
    rf"|(?P<down>{_object_verbs('cut lower reduce slash decrease trim halve shrink')}|shrank|shrunk)"
    rf"|{_object_verbs('revise')}|(?P<moved>brought|bringing|drove|driven|driving))"
    rf"(?:{_SP}+(?!(?i:rang\w*|var\w*|from|between|to|and|or|by)(?![\w'’-]))[^\W\d_][\w'’-]*){{1,3}}{_SP}+(?i:from){_SP}+$")
# Money raised and a ban lifted are no amount changed: "from" says where the money came from or what the ban covered
# ("raised the money from 20 to 25 donors", "lifted the ban from 20 to 30 products"); a verb of motion changes an amount
# only with "up" or "down" ("brought inflation down from 5 to 3 percent"; "brought visitors from 20 to 30 countries").
# (the noun right before "from": "raised its cash reserves from 20 to 30 million dollars" is a change)
_RAISED_NOT_CHANGED = re.compile(rf"(?<![\w-])(?i:money|funds?|cash|donations?|bans?|sanctions|restrictions|embargo(?:es)?){_SP}+(?i:from){_SP}+$")
_UP_DOWN = re.compile(r"(?<![\w-])(?i:up|down)(?![\w'’-])")


def _falls_from(before: str, bare: bool, lo_value: Any, attrs: dict[str, Any]) -> bool:
    """"from" a bare number to a smaller one with no verb is read as two figures, both in the unit ("Tickets: from 15 to
    11 euros", a cut or a price list run downwards, "Sizes from 10 to 8 mm"; the 15 was lost before); not of time, which
    wraps round ("from 2200 to 0500 hours", "from 11 to 2 o'clock"), nor a range said to be one ("range from 120 to 80
    euros": one range, range_to)."""
    return bare and lo_value > attrs["value"] and attrs.get("unit") not in _TIME_UNITS and _FROM_OT_BEFORE.search(before) is not None and (
        _SAID_RANGE_FROM.search(before) is None) and not lo_value < 0  # (both below zero: "from -5 to -12 degrees", range_to)


# A range said to be one, whichever end comes first: "Rooms range from 120 to 80 euros a night" is 80–120 EUR (range_to)
_SAID_RANGE_FROM = re.compile(rf"(?<![\w-])(?i:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))(?:{_SP}+[a-z]+ly)?{_SP}+from{_SP}+$")
_TIME_UNITS = frozenset({"h", "min", "s", "d", "wk", "mo", "y"})


# a choice goes on before the low end or after the high end: a list of amounts, no range ("1, 2 or 3 dollars", "$5 or $6 or
# $7"); a year and its comma are no list ("In 2019, 1500 or 2000 people")
_CHOICE_BEFORE = re.compile(rf"(?:(?<![\d.,])(?!(?:1[89]|20)\d\d,)\d[\d.,]*%?,|\d%?{_SP}+(?:{alternation(CHOICE_WORDS)})){_SP}*[{MONEY_SIGNS}]?$",
                            re.IGNORECASE)
_CHOICE_AFTER = re.compile(rf"{_SP}+(?:{alternation(CHOICE_WORDS)}){_SP}+[{MONEY_SIGNS}]?\d", re.IGNORECASE)


def _one_choice(text: str, lo_start: int, end: int, low: Any, high: Any) -> bool:
    """A choice of two amounts ("300 or 400 dollars") reads as one range only when the two are less than ten times apart,
    as the Turkish pairs ("5 or 50 dollars?", "20 or 2000 dollars" are two guesses, not a span; below zero no ratio holds)
    and no third amount is offered before or after them (:data:`_CHOICE_BEFORE`, :data:`_CHOICE_AFTER`)."""
    if low > 0 and high >= 10 * low:
        return False
    return _CHOICE_BEFORE.search(text, max(0, lo_start - 16), lo_start) is None and _CHOICE_AFTER.match(text, end) is None


def _levels_near(old: Any, new: Any, scaled: bool) -> bool:
    """The old level of a change, a bare number, shares the new level's unit and scale: the two less than ten times apart
    ("rose from 50 to 70 dollars"; not "grew from 300 to 2 million"), or, with no scale word, at or across zero ("fell
    from 5 to -3 degrees", "went from -1 to 2 percent"), where a ratio says nothing; with no scale word, a fall by any
    ratio unless the old level reads as a year ("fell from 15 to 1 euros", "from 300 to 20 dollars": the 15 and the 300
    were lost; not "fell from 1.000 to 900 euros", where the old level was read as 1)."""
    return bool(new < 10 * old < 100 * new or not scaled and (old <= 0 or new <= 0 or new < old and not 1800 <= old <= 2099))


_TALLY_GAP = re.compile(TALLY_WORDS + "$")
# A Russian verb of change before "с" (from), one word allowed between: "выросли с 50 до 70", "снизилась вдвое с 8 до 4".
_RU_CHANGE_FROM = re.compile(r"(?<![\w-])(?:(?:вы|воз)рос\w*|замедли\w*|ускори\w*|сни[зж]\w*|сокра[тщ]\w*|увеличи\w*|уменьш\w*|упа[лд]\w*|пада\w*|подня\w*"
                             r"|поднима\w*|повы[сш]\w*|пони[зж]\w*|подорожа\w*|подешеве\w*|раст[её]т|растут|измени\w*|изменя\w*)"
                             rf"(?:{_SP}+[а-яё]+)?{_SP}+с{_SP}+$", re.IGNORECASE)
_BY_BEFORE = re.compile(rf"(?<![\w])by{_SP}+$", re.IGNORECASE)
# A money amount written sign first ("$300", "£7", "US$ 5"): the sign stands for both ends of a range after a dash.
_MONEY_FIRST = re.compile(rf"(?:[A-Z]{{1,3}})?[{MONEY_SIGNS}]")
_DASH_GAP = re.compile(rf"{_SP}*[{DASHES}]{_SP}*")
_GLUED_MILLION = re.compile(r"\d(?:[ \u00a0]?m)$")


def _money_high(
    text: str, out: list[Figure], start: int, end: int, attrs: dict[str, Any], factor: int
) -> tuple[dict[str, Any], int]:
    """The high end after a dash of a money amount written sign first, as money: a bare number ("$1,200-1,500", both
    ends grouped alike) or one of the low end's scale ("$40k-60k") takes the currency, an "m" after the digits is a
    million, not metres ("£7-9m", "£7m-9m");
    else ``attrs`` and ``factor`` as they are (the attributes hold no range yet: ``range_to`` joins the two ends)."""
    if not out or "upper" in out[-1][2] or out[-1][2].get("unit") not in CURRENCY_CODES:
        return attrs, factor
    a_start, a_end, a = out[-1]
    if not _MONEY_FIRST.match(text, a_start) or not _DASH_GAP.fullmatch(text, a_end, start):
        return attrs, factor
    if attrs.get("scale"):  # ("$40k-60k": the high end of the low end's scale)
        return ({**attrs, "unit": a["unit"]}, factor) if not attrs.get("unit") and attrs["scale"] == a.get("scale") else (attrs, factor)
    if not attrs.get("unit") and _money_ends(text[a_start:a_end], a["value"], text[start:end], attrs["value"]):
        return {**attrs, "unit": a["unit"]}, factor
    if attrs.get("unit") == "m" and _GLUED_MILLION.search(text, start, end):
        return {**attrs, "unit": a["unit"], "scale": "m", "value": to_number(Decimal(str(attrs["value"])) * 10**6)}, 10**6
    return attrs, factor


_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def _money_ends(low: str, low_value: Any, high: str, high_value: Any) -> bool:
    """A bare number after a dash may be the high end of money written sign first (``low`` as written): not a year after
    an amount under 1 000 ("paid $40 - 2019 figures", "$500-2019 was a bad year"), and the two grouped alike or the low
    end too large to be thousands ("$900-1,000" is a range; "$2-3,000", "$50-60,000" may be 2 000–3 000, 50 000–60 000)."""
    if _YEAR.fullmatch(high.strip()) and low_value < 1000:
        return False
    return ("," in low) == ("," in high) or "," in high and low_value * 1000 > high_value
# (a minus sign or an en dash glued to the number as one, "–3 degrees"; not a range's dash after a number: "5-12", "2 –3")
_MINUS = re.compile(r"(?:(?<![\w.,\d°º–-])[-\u2212]|(?<![\w.,\d°º–-])(?<!\d[ \u00a0])–)$")
_SIGN = re.compile(r"(?<![\w.,\d°º-])[-\u2212+]$")  # (or a plus)
_PERCENT_BEFORE = re.compile(rf"(?<![\w.,])(?:%|[{MONEY_SIGNS}])\d+(?:[.,]\d+)?[ \u00a0]+$")  # (and "$5 -$7": a dash, 5–7 USD)


def minus_glued_before_sign(text: str, start: int, end: int, attrs: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    """The start and attributes of a percentage or money written sign first with a minus glued before it (Turkish "-%3,5",
    CLDR's "-%#,##0"; "-$5 million", "−€200"): from the minus, below zero, so the span holds the sign and the high end of
    "-%5 ile -%2 arasında" finds its low end ("ile" right before it); else ``start`` and ``attrs`` as they are ("%3-%5"
    has a dash, no minus). Money keeps its size only where "off" or "discount" after it gives the direction ("-$5 off",
    "• -$5 off", "-€3 discount": a discount of 5 USD, as "a loss of $5 million" is 5 million USD); a hyphen glued to the
    sign first on a line is a minus as anywhere else, since a table's cell is often a line of its own ("Net income\n-$3
    million": −3 million USD; a list's dash has a space after it, "- $5")."""
    money = _MONEY_FIRST.match(text, start) is not None and attrs.get("unit") in CURRENCY_CODES
    if not (text[start : start + 1] == "%" or money) or "upper" in attrs or not attrs["value"] > 0 or _MINUS.search(text, max(0, start - 1), start) is None:
        return start, attrs
    if _PERCENT_BEFORE.search(text, max(0, start - 16), start - 1):
        return start, attrs  # "%3 -%5": a range's dash after a percentage, 3–5 % (as at the round's start)
    if money and _OFF_AFTER.match(text, end):
        return start, attrs  # ("-$5 off", "• -$5 off": a discount's size)
    return start - 1, {**attrs, "value": -attrs["value"]}


def minus_into_span(text: str, start: int, attrs: dict[str, Any]) -> int:
    """The start of degrees below zero from the minus glued before their number, as "−3 °C" and "-3 derece" were read
    ("-3 degrees", "-3 градуса": the minus is in the span, the value −3 as before); the word "minus" stays outside, and
    a range's ends keep their own rules (range_to); else ``start``."""
    if attrs.get("unit") not in _DEGREES or "upper" in attrs or not attrs["value"] < 0 or not text[start : start + 1].isdigit():
        return start
    return start - 1 if _MINUS.search(text, max(0, start - 1), start) else start


# "off" or "discount" after money gives the direction of a glued minus before it: a discount's size ("-$5 off").
_OFF_AFTER = re.compile(rf"{_SP}+(?i:off|discounts?)(?![\w-])")


# A year after a word of time is no low end: "fell by the end of 2020 to 5,000 tonnes", "rose in 2019 to 300" (the new
# level, not 2020–5 000; "from 2000 to 5,000 tonnes", "between 1500 and 2000 people", "cuts in 2000 to 3000 homes" with
# no verb of change before "in", "cut by 2000 to 3000 jobs" stay ranges; month names are whole words: "Janet 2000 to 3000
# words" is a range).
_YEAR_AFTER_TIME = re.compile(rf"(?<![\w-])(?:(?i:(?:end|start|beginning|middle|close|turn|(?:first|second|third|fourth|last|final"
                              rf"|latter){_SP}+(?:half|quarter)|spring|summer|autumn|fall|winter){_SP}+of|since|until|till|during"
                              rf"|early|late|mid)|(?-i:Jan(?:uary)?|Feb(?:ruary)?|March|April|May|June"
                              rf"|July|Aug(?:ust)?|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?|(?P<in>(?i:in))){_SP}+$")
_CHANGED_NAMED_FROM = re.compile(rf"(?<![\w-])(?i:{'|'.join(_CHANGE_WORDS)}|(?:{'|'.join(_CHANGE_VERBS)})(?:d|ed|[bdgmnpt]ed))"
                                 rf"(?:{_SP}+[a-z]+ly)?{_SP}+from{_SP}+$")
# (a verb of change in the past too before "by", for "by X to Y": "Imports increased by 3 million to 45 million tonnes";
# review of the twenty-third round)
_CHANGED_PAST_BY = re.compile(rf"(?<![\w-])(?i:{'|'.join(_CHANGE_WORDS)}|(?:{'|'.join(_CHANGE_VERBS)})(?:d|ed|[bdgmnpt]ed))"
                              rf"(?:{_SP}+[a-z]+ly)?{_SP}+by{_SP}+$")
# A verb of change in the past right before a change's size, "by" allowed between ("fell |1.5 million", "grew by |3
# billion"): what was reported, not a forecast's range ("could rise by 2 million to 9 million"; twenty-fourth round).
# Without "by" only a verb that takes no object (``moved``): "raised 2 million to 3 million dollars", "moved 2 million to
# 3 million people", "gained 2 million to 3 million viewers" are a range of what was raised, moved or gained.
_PAST_CHANGE_BEFORE = re.compile(
    r"(?<![\w-])(?i:(?P<moved>rose|fell|grew|shrank|sank|slid|leapt|increased|decreased|declined|dropped|climbed|jumped|soared"
    r"|plunged|slipped|surged|tumbled|dipped|rebounded|recovered|expanded|contracted|edged|eased|slowed|swelled|ballooned"
    rf"|sagged|retreated|narrowed|widened)|(?:{'|'.join(_CHANGE_VERBS)})(?:d|ed|[bdgmnpt]ed))(?:{_SP}+[a-z]+ly)?(?P<by>{_SP}+by)?{_SP}+$")


def _scaled_change(text: str, a_start: int, low: Any, high: Any) -> bool:
    """The amount with its own scale word at ``a_start`` (``low``) is the size of a change and ``high`` the new level, no
    range: after a verb of change and "by" with a level ten times larger (twenty-third round), after a verb of change in the
    past and "by" with a level four times larger ("shrank by 1.2 million to 8 million"; ends nearer each other stay a range,
    "fell by 1.5 million to 1.6 million", "rose by 2 million to 5 million": an estimate's span reads alike), or right after
    a verb of change in the past with a larger level ("fell 1.5 million to 144 million", "rose 20 million to 45 million
    euros": a range of the change would be written "rose 20 to 45 million")."""
    if not high > low > 0:
        return False
    if high >= 10 * low and _BY_BEFORE.search(text, max(0, a_start - 4), a_start) and _CHANGED_PAST_BY.search(
            text, max(0, a_start - 40), a_start):
        return True
    past = _PAST_CHANGE_BEFORE.search(text, max(0, a_start - 40), a_start)
    # (without "by" the level must be more than twice the change, a rise of less than the old level: ends nearer each other
    # are a span of the change, "Employment grew 1.2 million to 1.5 million jobs", "Ridership declined 3 million to 5 million trips";
    # review of the twenty-fourth round)
    return past is not None and (high >= 4 * low if past["by"] else bool(past["moved"]) and high > 2 * low)


_CHANGED_BEFORE_IN = re.compile(rf"(?<![\w-])(?i:{'|'.join(_CHANGE_WORDS)}|(?:{'|'.join(_CHANGE_VERBS)})(?:d|ed|[bdgmnpt]ed))"
                                rf"(?:{_SP}+[a-z]+ly)?{_SP}+$")


# After "in", a range of places is where the change was, not a year and a level: "Power went down in 2000 to 3000 homes"
_PLACES_AFTER_TO = re.compile(rf"{_SP}+to{_SP}+\S+{_SP}+(?:[\w-]+{_SP}+)?(?i:homes|houses|households|stores|shops|outlets|branches"
                              rf"|schools|hospitals|clinics|countries|cities|towns|villages|districts|regions|provinces|states"
                              rf"|counties|locations|sites|offices|restaurants|buildings|apartments|flats|factories|plants|farms)\b")


def year_before_to(text: str, lo_start: int, lo_end: int) -> bool:
    """The bare number from ``lo_start`` to ``lo_end`` is a year after a word of time ("by the end of 2020")."""
    lo = text[lo_start:lo_end]
    time = _YEAR_AFTER_TIME.search(text, max(0, lo_start - 22), lo_start)
    return len(lo) == 4 and lo.isdigit() and 1800 <= int(lo) <= 2099 and time is not None and (not time["in"] or (
        _CHANGED_BEFORE_IN.search(text, max(0, time.start() - 32), time.start()) is not None and not _PLACES_AFTER_TO.match(text, lo_end)))
# The units of degrees, one family: the degrees word turns into ° and a word of heat into °C only after the low end is
# read, the high end's still not ("from 15 degrees to 20 degrees", "15 dereceden 20 dereceye kadar")
_DEGREES = frozenset({"°", "degrees", "°C", "°F"})


# A range written once after the percent sign before it: "%15-20 oranında", "yüzde 15-20", "yüzde 25 ila
# 30" → 15–20 %, 25–30 %.
_PERCENT_FIRST = re.compile(r"[-\u2212]?%|yüzde", re.IGNORECASE)  # (a minus before the sign is in the span: "-%5-7")
_HIGH_AFTER = re.compile(r"(?:[-–]|[ \u00a0]+(?i:ila|to|до|(?P<tr>ile|ve))[ \u00a0]+)(?P<hi>\d{1,3}(?:,\d{1,2})?)(?![\d%]|[.,]\d|[^\W\d_])")


# (and after money written sign first, a bare high end after a dash: "$300-400", "€3.50–4.75" are money at both ends;
# not "₺3.000-4.000": a dot before three digits may group thousands)
_MONEY_HIGH_AFTER = re.compile(rf"{_SP}*[-–]{_SP}*(?P<hi>\d+(?:\.\d{{1,2}})?)(?![\d%]|[.,]\d|[^\W\d_]|{_SP}*[%°])")


def percent_range(text: str, start: int, end: int, attrs: dict[str, Any], next_start: int) -> tuple[int, dict[str, Any]]:
    """The end and attributes of a percentage whose sign comes first and whose high end follows a
    dash ("%15-20" → 15–20 %), or of money whose sign comes first ("$300-400" → 300–400 USD), not
    into the next figure (starting at ``next_start``: "%15-20 saat" is 20 hours); else ``end`` and
    ``attrs`` as they are."""
    money = attrs.get("unit") in CURRENCY_CODES and not attrs.get("scale") and _MONEY_FIRST.match(text, start) is not None
    high = (_MONEY_HIGH_AFTER if money else _HIGH_AFTER).match(text, end) if attrs.get("unit") == "%" or money else None
    grouped = high is None and money and (high := dotted_high_after(text, start, end, attrs["value"])) is not None  # ("₺3.000-4.000")
    if high is None and money and not grouped:
        high = decimal_high_after(text, start, end, attrs["value"], str(attrs.get("unit")))  # ("₺8.250-8.500 per dollar": both ends decimals)
    if high is None or "upper" in attrs or not (money or _PERCENT_FIRST.match(text, start)) or high.start("hi") >= next_start or (
            high.groupdict().get("tr") and not _BETWEEN_RIGHT_AFTER_TR.match(text, high.end())):
        return end, attrs  # ("yüzde 5 ile 7 arasında" is 5–7 %; "%5 ile 7 kişi", "yüzde 10 ile 20 yaş arasında": two figures)
    number = parse_number(high["hi"], continental=not money or grouped)
    if number is None or not attrs["value"] < number or money and not _money_ends(text[start:end], attrs["value"], high["hi"], number):
        return end, attrs
    return high.end(), {**attrs, "upper": to_number(number)}
