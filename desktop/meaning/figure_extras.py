"""The second pass of :func:`desktop.meaning.figures.find_figures`: the figures its main pattern does not
read (durations, counts of a plural noun, Cyrillic and Turkish metric units, number words, fractions and
shares, with the counts, ages, tolls and amounts of the modules it calls), then one walk over all of them
that joins ranges, marks bounds as a qualifier ("less than"), and gives a bare number the noun it counts.
Split from :mod:`desktop.meaning.figures`; nothing here does I/O.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from decimal import Decimal

from desktop.meaning.amounts import find_amounts, find_halves, over_is_during, rates_near, tr_share_before
from desktop.meaning.kk_word_figures import find_kk_word_figures
from desktop.meaning.lookups import lookup_scale as _lookup_scale, rx as _rx, unit_symbol as _unit_symbol
from desktop.meaning.measures import (
    area_or_volume, bound_after, bound_before as _qualifier, find_compounds, find_magnitudes, find_tallies, find_times, find_tolls, hours_in_minutes, share_rate,
    one_unit, temperature_and_rate, tr_people_after_bound, year_part_after, with_arc_minutes, with_fraction,
    with_smaller_unit, within_before,
)
from desktop.meaning.numbers import dots_group_thousands, parse_number, thousand_first, to_number, word_alternation
from desktop.meaning.numbers_ru import find_ru_figures, ru_pounds, ru_share_kept, ru_share_of_time
from desktop.meaning.parts import composed, listed_before, tails_counted, words_composed
from desktop.meaning.ranges import change_from, changed_by, free_range, minus_glued_before_sign, minus_into_span, percent_range, range_to, year_before_to
from desktop.meaning.clock_hours import clock_hours, hours_counted
from desktop.meaning.currency_names import money_nouns
from desktop.meaning.designations import model_letters
from desktop.meaning.counts import (
    after_ratio, count_unit, expected_by, find_ages, find_counts, find_tr_counts, in_a_name_of, not_a_count, not_a_quantity, noun_after)
from desktop.meaning.turkish_amounts import find_tr_points, find_tr_word_amounts, larger_before
from desktop.meaning.multipliers import find_multipliers
from desktop.meaning.tr_fractions import at_a_clock, find_tr_fractions
from desktop.meaning.tr_word_units import find_tr_word_units
from desktop.meaning.time_lengths import en_share_of_time, find_once
from desktop.meaning.units import DURATIONS, EN_SMALL, FRACTIONS, METRIC, PEOPLE_RU, RU_WORDS, STOP_NOUNS, TIMES, TR_WORDS

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time: keeps import < 50 ms
    from collections.abc import Callable, Iterable
    from typing import Any

# Whitespace allowed between the parts of a figure (one character, as figures.py).
_SP = "[ \u00a0\u202f\u2009]"


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


def _first_letters(words: Iterable[str]) -> str:
    """The first letters of ``words`` in both cases, for a character class."""
    return "".join(sorted({re.escape(c) for w in words for c in (w[0].lower(), w[0].upper())}))


# The characters a match can start with (a minus, a digit, the point of ".25", a number word's first letter): one look at
# the character rejects most places before the lookbehinds and the number words' alternation are tried (same matches).
_FIRST_CHARS = f"[-\u2212.\\d{_first_letters([*EN_SMALL, *RU_WORDS, *TR_WORDS, 'İ'])}]"
_EXTRA_PATTERN = (
    rf"(?={_FIRST_CHARS})(?:(?<![\w.,%$€£])|(?<=\d(?P<dim>[x×]))(?<!\b0x))(?:(?P<neg>[-\u2212](?=\d))?(?P<lo>\d+(?:[.,]\d+)?|(?:{_NUMWORD_ALT})(?=[ \u00a0]))"
    rf"{_SP}*(?P<sep>-{{1,3}}|–|—|to|or|до|или|ile|ila|veya){_SP}*)?{_EXTRA_NUMBER}"
    rf"(?:{_SP}|-{_SP}?|(?=dk(?![\w])))(?:(?P<dur>{_alt(DURATIONS)})|(?P<metric>{_alt(METRIC)})|(?P<times>{_alt(TIMES)})"
    rf"|(?P<ppl>{PEOPLE_RU}|(?i:kişi)(?:lik|yi|ye|yle|nin|den|de|ler(?:in|e|i|den)?)?)|(?(dim)(?!)|(?P<noun>[a-zа-яёçğıöşü]{{3,}})))(?![\w])"
)
# (a fraction's pattern likewise looks at the first letter first)
_FRACTION_PATTERN = f"(?=[{_first_letters(FRACTIONS)}])" + r"(?<![\w-])(?P<frac>" + "|".join(
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
    if _rx(r"\s+of\s+it\b(?=\s*(?:[.,;:!?)\"'”’\u2014]|$))").match(text, m.end()) and _rx(r"(?<![\w-])the\s+$").search(text, max(0, m.start() - 5), m.start()):
        return False  # "you don't know the half of it", "that's not the half of it": an idiom, no share
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
# ("a point" without "percentage" where rates or a percentage are near, as for "a quarter-point" (amounts.rates_near): "cut
# its rate by half a point to 4.5%", "raised rates by three quarters of a point"; "He won by half a point" stays a share;
# twenty-fourth round)
_OF_A_BARE_POINT = _rx(r"\s+(?:(?:of\s+)?an?\s+)?point(?![\w-])")


def _bare_point(text: str, start: int, end: int) -> re.Match[str] | None:
    """"a point" after the fraction from ``start`` to ``end`` where rates are near (:data:`_OF_A_BARE_POINT`)."""
    point = _OF_A_BARE_POINT.match(text, end)
    return point if point is not None and rates_near(text, start, point.end()) else None


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
    if not m.group("xnum")[0].isdigit() and low != "pounds":
        return None  # "two countries": words count only with a unit ("six times", "two years"); "twelve pounds", money or
        # weight where nothing tells which, is read as "12 pounds" is (twenty-seventh round)
    if re.search("[а-яё]", low):
        return None  # Russian counts: numbers_ru.py, which checks the noun agrees with the number
    if re.search("[çğıöşü]", low):
        return None  # Turkish nouns carry suffixes: only the units above
    return low if _EN_NOUN_OK.match(low) and low != "polis" else None  # (Turkish "polis": counts.py)


def with_extras(
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
                                                    *find_ages(text), *find_halves(text, _unit_symbol), *find_tr_word_units(text),
                                                    *find_multipliers(text), *find_tr_fractions(text),
                                                    *find_tr_word_amounts(text),
                                                    *find_tr_points(text), *find_once(text), *find_kk_word_figures(text)]
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
        en_time = en_share_of_time(text, m.end(), frac, FRACTIONS[frac])  # "half a century" → 50 y, "a quarter century" → 25 y
        if en_time is None and (frac == "half" and not _half_of(text, m) or frac in _ORDINAL_FRACTIONS and not _share_of(text, m)) or (
                frac == "a half" and _rx(r"\band\s+$").search(text, max(0, m.start() - 5), m.start())):
            continue  # (or the half of "five and a half", "twenty-three and a half hours": not a share alone)
        if frac.startswith("половин") and (_RU_PART_BEFORE.search(text, max(0, m.start() - 24), m.start()) or (
                frac == "половины" and (not _qualifier(text, m.start()) or _RU_HOUR_AFTER.match(text, m.end())))):
            continue  # "вторую половину дня": a part of a time; "половины" is a share after a bound ("более половины"),
            # not a clock time ("до половины седьмого", "около половины девятого": half past six, eight)
        if frac.lower() == "четверть" and _RU_HOUR_AFTER.match(text, m.end()):
            continue  # "в четверть шестого.": a quarter past five, a clock time
        if frac.endswith(("biri", "ikisi", "üçü")) and at_a_clock(text, m.start()):
            continue  # "Saat üçte biri aradı": at three o'clock, one of them called
        if not ru_share_kept(text, m.start(), m.end(), frac, bool(_qualifier(text, m.start()))):
            continue  # "в третьей четверти", "без четверти пять"; "четверти участников", "около четверти" are shares
        value = round(FRACTIONS[m.group("frac").lower()], 4)
        of_time = en_time or ru_share_of_time(text, m.end(), FRACTIONS[frac])  # "четверть века" → 25 y
        point = _OF_A_POINT.match(text, m.end()) or _bare_point(text, m.start(), m.end())  # "a quarter of a percentage point" → 0.25 pp
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
        if not_a_quantity(text, m.start(), word) or m.group("metric") == "м" and text[m.start("metric") - 1] == "-" or (
                m.group("metric") and model_letters(text, m.start("metric"), m.end("metric"))):
            continue  # (or "на 14-м месте": an ordinal, not metres; "6 Km-2 drones": a model's name)
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
        old = None  # the old level of a change, no range's low end ("grew from 3 to 5 hours", "вырос с пяти до семи лет")
        if lo is not None and lo < number and change_from(text, m.start("neg" if m["neg"] else "lo"), True, True):
            old, lo = (m.start("neg" if m["neg"] else "lo"), m.end("lo"), {"value": to_number(lo), "unit": unit, "scale": ""}), None
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
        for figure in [(start, m.end(), attrs)] + ([old] if old is not None and free(old[0], old[1]) else []):
            extra.append(figure)
            insort(spans, figure[:2])
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
    counted = {str(a["unit"]) for _s, _e, a in extra if str(a.get("unit", "")).endswith("s")} | money_nouns(text, found)
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
        start, attrs = with_fraction(text, out, *minus_glued_before_sign(text, start, end, attrs))  # ("1 1/2 cups": not 2 cups; "-%5")
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
        qualifier = "" if during else _qualifier(text, start) or bound_after(text, end, str(attrs.get("unit") or ""), start) or (
            within_before(text, start, attrs))  # ("within 36 hours": ≤)
        if qualifier and "qualifier" not in attrs:  # a vague amount stays "≈" ("over several decades")
            attrs = {**attrs, "qualifier": qualifier}
        people_end = tr_people_after_bound(text, end) if qualifier == ">" and not attrs.get("unit") else None
        if people_end is not None:  # "50 binden fazla kişi" → > 50 000 people
            end, attrs = people_end, {**attrs, "unit": "people"}
        after = bisect_right(starts, start + 1)  # the next figure's start bounds the range ("%15-20 saat": 20 h; "-%5-7")
        end, attrs = percent_range(text, start, end, attrs, starts[after] if after < len(starts) else len(text))
        after = bisect_left(starts, end)
        end, attrs = temperature_and_rate(text, start, end, attrs, starts[after] if after < len(starts) else len(text))
        start = minus_into_span(text, start, attrs)  # ("-3 degrees" as "−3 °C")
        attrs = area_or_volume(text, start, end, attrs)
        share_rate(text, out, start, attrs)
        out.extend(listed_before(text, start, attrs, out))
        bin_first = thousand_first(text, start, attrs) or larger_before(text, start, attrs)  # "Bin 200 kişi", "İki milyon 300 bin kişi"
        if bin_first is not None and free_range(out, bin_first[0]):
            start, attrs = bin_first
        out.append(with_arc_minutes(text, out, start, end, attrs))
    return [hours_in_minutes(f, text) for f in out]


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
