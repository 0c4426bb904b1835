"""Counts whose ends look like years, before a counted noun (issue 15, eighteenth round): "Between 1900 and 2000 votes were
cast", "From 1900 to 2000 pages were printed", "The 1999 or 2000 votes were counted".  The date rules leave them (a counted
noun after the high end, :func:`~desktop.meaning.date_counted.counted_after`), and the main figure pass drops a number in
the years' range before a noun; read here as one count with a low and a high end ("or" is held as a range, as "the 5 or
6 votes" already is, when its high end is a round hundred: "The 2019 or 2020 runs" are two seasons).  The noun is tested against the date rules' own list
(:func:`~desktop.meaning.date_counted.counted_noun`, in lower case) so the two sides ask the same question; where the date
rules still read years ("Between 1998 and 2004 votes were cast": not round hundreds), the detector drops the figure that
overlaps the date, so a sentence never gives both.  The same pairing reads a Turkish pair of counts before one counted
noun ("300 ile 400 kişi", "İki ya da üç kişi": twentieth round).  Nothing here does I/O."""

from __future__ import annotations

import re
from typing import Any

from desktop.meaning.date_counted import counted_noun, word_after
from desktop.meaning.date_open import counted_after_cue, cued_count_end, open_side
from desktop.meaning import turkish_words
from desktop.meaning.measures import bound_before
from desktop.meaning.numbers import sentence_around, turkish_sentence
from desktop.meaning.units import TR_WORDS

Figure = tuple[int, int, dict[str, Any]]

# "between N and M", "from N to M", "N or M" (after a determiner or a verb, not a list of years: "in 1999 or 2000")
_RANGE = re.compile(r"(?<![\w.,'’/-])(?:(?P<between>(?i:between))[ \u00a0]+(?P<lo1>\d{4})[ \u00a0]+and"
                    r"|(?P<from>(?i:from))[ \u00a0]+(?P<lo2>\d{4})[ \u00a0]+to"
                    r"|(?P<lo3>\d{4})[ \u00a0]+or)[ \u00a0]+(?P<hi>\d{4})(?![\w.,'’/-]|[.,]\d)")
# a preposition of time before "N or M" makes them years ("in 1999 or 2000 votes were recounted" stays unread)
_TIME_BEFORE = re.compile(r"(?<![\w])(?i:in|since|until|till|by|before|after|during|of|from|to|between)[ \u00a0]+$")


def _given_up_by_dates(text: str, m: re.Match[str]) -> bool:
    """Whether the date rules give "N or M" up as a count after its open cue ("By 1800 or 1900 visitors came", "He won
    by 1800 or 1850 votes": :func:`~desktop.meaning.date_open.cued_count_end`, the same call), so it is read here."""
    lo, hi = m.span("lo3")
    side = open_side(text, lo, hi, {"start": m["lo3"], "end": m["lo3"]})
    return side is not None and cued_count_end(text, lo, hi, side) == m.end("hi")


# A number in the years' range before a word: the date rules' open cues before it ("by 1900 votes", "before 1200 troops",
# "after 1500 people", "until 2000 copies", "до 1500 солдат") are theirs to find (:func:`~desktop.meaning.date_open.open_side`)
_FOUR_DIGITS = re.compile(r"(?<![\w.,'’/-])(?P<n>1\d{3}|20\d\d)(?![\d.,]?\d)(?![^\W_])")


def cued_counts(text: str, found: list[Figure]) -> list[Figure]:
    """The counts after an open-date cue that no figure in ``found`` covers, with the counted noun (the date rules'
    list, :func:`~desktop.meaning.date_counted.counted_noun`, in lower case) as unit, where the date rules give the
    number up as a count (:func:`~desktop.meaning.date_open.counted_after_cue`, the same call): one reading, never both,
    never neither ("Until 1990 women could not vote" stays a year)."""
    added: list[Figure] = []
    for m in _FOUR_DIGITS.finditer(text):
        noun = word_after(text, m.end())
        lo, hi = m.span("n")
        if noun is None or not noun.islower() or not counted_noun(noun):
            continue  # "by 1990 the town grew": a year
        side = open_side(text, lo, hi, {"start": m["n"], "end": m["n"]})
        if side is None or not counted_after_cue(text, lo, hi, side):
            continue  # "After 1990 workers left the party": the date rules keep the year
        start, end = lo, text.index(noun, m.end()) + len(noun)
        if not any(b < end and start < e for b, e, _a in found):
            bound = bound_before(text, start)  # ("до 1500 солдат": at most)
            added.append((start, end, {"value": int(m["n"]), "unit": noun, "scale": "", **({"qualifier": bound} if bound else {})}))
    return added


def count_pairs(text: str, found: list[Figure], added: list[Figure]) -> tuple[list[Figure], list[Figure]]:
    """``found`` and ``added`` with the counts whose ends look like years read, each pair found once (one pass over
    :data:`_RANGE`, one date-rules question per "N or M"): a figure that starts at the high end of a pair the date rules
    give up as a count (:func:`_given_up_by_dates`: "By 1800 or 1900 people came", where the main pass read "1900 people")
    gives way to the pair read whole, with that figure's unit ("1800 or 1900 kişi": people); then the ranges and pairs
    no figure covers are added with the noun as unit ("Between 1900 and 2000 votes were cast"): one reading, never
    neither."""
    ranges = list(_RANGE.finditer(text))
    given_up = {m.start("hi"): m for m in ranges if m["lo3"] and _given_up_by_dates(text, m)}
    lows = {start: (m.start(), int(m["lo3"]), int(m["hi"])) for start, m in given_up.items()}
    lows.update(_turkish_lows(text, [*found, *added]))
    if lows:
        found, pairs = _high_ends_paired(found, lows, text)
        added, more = _high_ends_paired(added, lows, text)
        added = [*added, *pairs, *more]
    return found, added + _counted_ranges(text, ranges, given_up, [*found, *added])


# A Turkish pair of counts before one counted noun: "300 ile 400 kişi", "300 ya da 400 kişi", "İki ya da üç kişi" (the main
# pass reads the high end with the noun; "ile" joins a range of bare numbers as "ila" does: "Ahmet ile 400 kişi" has no low end)
# "ya da" and "yahut" are Turkish words themselves: "Bilet 300 ya da 400 lira." is Turkish with no other Turkish word in it
_TR_ONLY_JOINER = re.compile(r"(?i:ya[ \u00a0]+da|yahut)")
_TR_WORD = "|".join(sorted((w for w, v in TR_WORDS.items() if 1 <= v < 100), key=len, reverse=True)).replace("i", "[iİ]")
_TR_PAIR = re.compile(rf"(?<![\w.,'’/-])(?P<lo>\d{{1,3}}(?:\.\d{{3}})+|\d{{1,6}}|(?i:{_TR_WORD}))[ \u00a0]+"
                      r"(?P<joiner>(?i:ile|ya[ \u00a0]+da|veya|yahut))[ \u00a0]+(?P<hi>\d{1,3}(?:\.\d{3})+|\d{1,6}|[^\W\d_]+)(?![\w.,'’/-])")


def _turkish_lows(text: str, found: list[Figure]) -> dict[int, tuple[int, int, int]]:
    """The low ends of Turkish pairs by the start of their high end: ``(pair start, low, high)``, where the low end is a
    bare number (no figure on it), smaller than the high end and not a tenth of it ("5 ile 400 kişi" is no range)."""
    if not ("ile" in text or "da" in text or "veya" in text or "yahut" in text):  # ("ya da" with a no-break space too)
        return {}
    lows: dict[int, tuple[int, int, int]] = {}
    for m in _TR_PAIR.finditer(text):
        low, high = _tr_value(m["lo"]), _tr_value(m["hi"])
        turkish = turkish_sentence(text, m.start()) or bool(_TR_ONLY_JOINER.fullmatch(m["joiner"])) and not _cyrillic_near(text, m.start())
        if (low is None or high is None or not low < high <= 10 * low or not turkish
                or any(b < m.end("lo") and m.start() < e for b, e, _a in found)):
            continue
        lows[m.start("hi")] = (m.start(), low, high)
    return lows


def _cyrillic_near(text: str, start: int) -> bool:
    lo, hi = sentence_around(text, start, 100)
    return re.search("[а-яёА-ЯЁ]", text[lo:hi]) is not None


def _tr_value(raw: str) -> int | None:
    """Digits (a dot grouping thousands) or one Turkish number word."""
    if raw[0].isdigit():
        return int(raw.replace(".", ""))
    return TR_WORDS.get(turkish_words.lower(raw))


_SCALE_POWERS = (1, 1_000, 1_000_000, 1_000_000_000, 1_000_000_000_000)


def _high_ends_paired(found: list[Figure], lows: dict[int, tuple[int, int, int]], text: str) -> tuple[list[Figure], list[Figure]]:
    """``found`` without a figure at the high end of a pair in ``lows`` (by its start: the pair's start, low and high
    end), and those pairs read whole with that figure's unit."""
    kept: list[Figure] = []
    pairs: list[Figure] = []
    for start, end, attrs in found:
        pair = lows.get(start)
        value = attrs.get("value")
        # the high end's scale word is the pair's ("üç ya da dört bin kişi": 3 000–4 000), and only the scale word's: in
        # "2 ya da 3 bin 300 kişi" 3 300 is no 3 × 1 100, so the high end stays alone (review: no low end 2 200)
        times = value // pair[2] if pair is not None and attrs.get("scale") and isinstance(value, int) and value % pair[2] == 0 else 1
        if pair is None or attrs.get("upper") is not None or times not in _SCALE_POWERS or value != pair[2] * times:
            kept.append((start, end, attrs))
            continue
        bound = bound_before(text, pair[0])  # ("some 1800 or 1900 people")
        pairs.append((pair[0], end, {**attrs, "value": pair[1] * times, "upper": value, **({"qualifier": bound} if bound else {})}))
    return kept, pairs


def _counted_ranges(text: str, ranges: list[re.Match[str]], given_up: dict[int, re.Match[str]], found: list[Figure]) -> list[Figure]:
    """The ranges and pairs of ``ranges`` before a counted noun that no figure in ``found`` covers, as ``(start, end,
    attrs)`` with the noun as unit."""
    added: list[Figure] = []
    for m in ranges:
        lo_raw = m["lo1"] or m["lo2"] or m["lo3"]
        low, high = int(lo_raw), int(m["hi"])
        noun = word_after(text, m.end())
        if noun is None or not counted_noun(noun) or low >= high:
            continue  # no counted noun in lower case ("Between 1990 and 2000 the town grew"), or no range
        if m["lo3"] and given_up.get(m.start("hi")) is not m and (
                _TIME_BEFORE.search(text, max(0, m.start() - 9), m.start()) or high % 100):
            continue  # an estimate ends on a round hundred ("1999 or 2000 votes"); "The 2019 or 2020 runs" are two seasons
        start = m.start("lo1") if m["between"] else m.start("lo2") if m["from"] else m.start()
        end = text.index(noun, m.end()) + len(noun)
        if not any(b < end and start < e for b, e, _a in found):
            bound = bound_before(text, m.start())  # ("some 1800 or 1900 visitors")
            added.append((start, end, {"value": low, "unit": noun, "scale": "", "upper": high, **({"qualifier": bound} if bound else {})}))
    return added
