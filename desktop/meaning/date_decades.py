"""Decades: "the 1990s", "the '90s", "the nineties", "1990-е", "в 90-х", "90'larda", two-digit decades by their
context ("90s music", "the 1980s and 90s"), and their parts ("mid-1990s", "в конце 60-х", "80'lerin sonunda");
"the 1800s" is a hundred years.  Split from :mod:`~desktop.meaning.date_absolute`.
"""

from __future__ import annotations

import re

from desktop.meaning.date_absolute import century_number
from desktop.meaning.date_base import Ctx, fold, group, span, to_int
from desktop.meaning.date_parts import part_key, part_of
from desktop.meaning.date_ru import RU_CENTURY_WORDS

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time: keeps import < 50 ms
    from typing import Any


def _hundreds(m: re.Match[str]) -> dict[str, Any] | None:
    """"the 1800s", "the 1600's" (English, a round hundred up to 1900): the hundred years
    1800–1899, not the decade 1800–1809; ``None`` for any other decade."""
    dec = group(m, "dec")
    if not dec or int(dec) % 100 or int(dec) > 1900 or not m.group(0).lower().endswith("s"):
        return None
    return span("year", (int(dec),), (int(dec) + 99,))


_DECADE_WORDS = {"thirties": 1930, "forties": 1940, "fifties": 1950, "sixties": 1960, "seventies": 1970,
                 "eighties": 1980, "nineties": 1990}
DECADE_WORD_ALT = "|".join(_DECADE_WORDS)
# Russian decades in words, read with "годы" after them or "в" before ("в девяностых годах", "в
# девяностые", "тридцатых годов прошлого века"): the 1920s to the 1990s.
_RU_DECADE_STEMS = {"двадцат": 1920, "тридцат": 1930, "сороков": 1940, "пятидесят": 1950, "шестидесят": 1960,
                    "семидесят": 1970, "восьмидесят": 1980, "девяност": 1990}
_RU_DECADE_WORDS = {stem + end: year for stem, year in _RU_DECADE_STEMS.items() for end in ("ые", "ых", "ым", "ыми")}
RU_DECADE_WORD_ALT = "|".join(sorted(_RU_DECADE_WORDS, key=len, reverse=True))
RU_DECADE_WORD_HEADS = " ".join(_RU_DECADE_WORDS)
_DECADE_WORDS.update(_RU_DECADE_WORDS)


def _of_century(m: re.Match[str], start: int) -> int:
    """``start`` of a decade named without its century, in the century the text names: "двадцатых годов
    этого века" (2020), "девяностых годов девятнадцатого века", "90-х годов XIX века" (1890), "30-х годов прошлого
    века" (1930, as read without it)."""
    cent = (group(m, "cent") or "").lower()
    if group(m, "dec") or not cent:
        return start
    if cent in ("этого", "нынешнего", "текущего"):
        return 2000 + start % 100
    number = RU_CENTURY_WORDS.get(" ".join(fold(cent).split())) or century_number(cent)
    return (number - 1) * 100 + start % 100 if number else start


def h_decade(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"the 1990s", "the '90s", "the nineties", "1990-е", "1990'larda"; "the 1800s" is a hundred years."""
    hundreds = _hundreds(m)
    if hundreds is not None:
        return hundreds, False
    if group(m, "dec"):
        start = int(m["dec"])
    elif group(m, "dw"):  # "the sixties": the 1960s
        start = _DECADE_WORDS[m["dw"].lower()]
    else:  # "the '90s": 30-99 → 1900s, 00-29 → 2000s
        if _HEAT_BEFORE.search(m.string, max(0, m.start() - 60), m.start()):
            return None  # "Highs will be in the 90s": degrees
        dd = to_int(group(m, "dd")) * 10
        start = (1900 if dd >= 30 else 2000) + dd
    start = _of_century(m, start)
    attrs = span("year", (start,), (start + 9,))
    if attrs is None:
        return None
    attrs["precision"] = "decade"
    return attrs, False


# "the sixties and seventies", "the fifties or sixties", "the forties, fifties": a decade word after another of a list
# (the list opens with "the": "in her sixties and seventies", "the upper sixties and seventies" are ages, temperatures)
_DECADE_LIST_GAP = r"(?:,|[ \u00a0]+(?:and|or|to|through|into))[ \u00a0]+"
_DECADE_WORD_BEFORE = re.compile(
    rf"(?<![^\W_])the[ \u00a0]+(?:{DECADE_WORD_ALT})(?:{_DECADE_LIST_GAP}(?:{DECADE_WORD_ALT}))*{_DECADE_LIST_GAP}$", re.IGNORECASE)


def h_listed_decade_word(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """A decade word without "the" after another decade word of a list ("the sixties and seventies")."""
    if not _DECADE_WORD_BEFORE.search(m.string, max(0, m.start() - 80), m.start()):
        return None
    return h_decade(m, ctx)


# A decade of two digits without "the" or an apostrophe ("90s") is one only where the text says so: before a
# noun of its culture ("90s music", "80s-style"; not after a count or an age group, "Root's two 50s show", "the
# over 50s generation"), after another decade of a list ("the 1980s and 90s"), or after "the" and one of the few words said of an era ("the fucking 90s", "the
# Roaring 20s"; not "the low 90s", "the over 60s", "the scorching 90s", "the dismal 30s": degrees, ages, levels).
# Else it is an age ("in his 90s"), a level or a count, and no date.  "20s fashion" is of the 1920s.
_ERA_NOUNS = (r"music|nostalgia|fashions?|style|kids|child(?:hood|ren)|era|culture|movies?|films?|tv|television|sitcoms?"
              r"|bands?|hip[ -]hop|grunge|songs?|cartoons?|trends?|icons?|vibes?|aesthetics?|throwback|revival|generation"
              r"|classics?|decor|toys?|heyday")
# also verbs after an age ("a man in his 30s shows signs", "players in their 20s hit the market"): not after a possessive
_ERA_OR_VERB_NOUNS = r"hits?|shows?|rock|pop|boom|bubble|recession"
_ERA_AFTER = re.compile(rf"(?:[ \u00a0]+(?:{_ERA_NOUNS}|{_ERA_OR_VERB_NOUNS})|-(?:style|era|inspired|themed))(?![^\W_])", re.IGNORECASE)
_ERA_AFTER_AGE = re.compile(rf"(?:[ \u00a0]+(?:{_ERA_NOUNS})|-(?:style|era|inspired|themed))(?![^\W_])", re.IGNORECASE)
# "in his 90s", "your fucking 90s": a possessive (and a word) before a decade of two digits
_POSSESSIVE_BEFORE = re.compile(r"(?<![^\W_])(?:his|her|their|its|my|your|our|whose)[ \u00a0]+(?:[a-z]+[ \u00a0]+)?$",
                                re.IGNORECASE)
_HITS_AFTER = re.compile(r"[ \u00a0]+hits(?![^\W_])", re.IGNORECASE)
_DECADE_LIST_BEFORE = re.compile(r"(?<![\d.,])(1\d|20)\d0s[ \u00a0]*(?:,|and|or|to|through|into|-|–|—)[ \u00a0]*$",
                                 re.IGNORECASE)
_ERA_WORDS = {"roaring", "swinging", "fucking", "freaking", "bloody", "heady", "gilded", "groovy", "psychedelic",
              "hedonistic", "turbulent", "tumultuous", "greedy"}  # not "golden" (anniversaries), "wild" (ages), "glorious" (heat)
_COUNT_OR_AGE_BEFORE = re.compile(r"(?<![^\W_])(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|many|few|both"
                                  r"|consecutive|successive|straight|over|under|aged)[ \u00a0]+$", re.IGNORECASE)


def h_bare_decade(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"90s music", "the 1980s and 90s", "the fucking 90s": a decade of two digits without "the" or an apostrophe,
    where its context says it is one (see above)."""
    adjective = group(m, "adj")
    listed = None if adjective else _DECADE_LIST_BEFORE.search(m.string, max(0, m.start() - 16), m.start())
    if listed is not None:  # in the century of the decade before it: "the 1920s and 30s" → the 1930s
        start = int(listed[1]) * 100 + to_int(m["dd"]) * 10
        start += 100 if start <= int(listed[0][:4]) else 0  # "the 1990s and 10s": the 2010s
        attrs = span("year", (start,), (start + 9,))
        return ({**attrs, "precision": "decade"}, False) if attrs else None
    if adjective is not None:
        if adjective.lower() not in _ERA_WORDS:
            return None
    elif _COUNT_OR_AGE_BEFORE.search(m.string, max(0, m.start() - 16), m.start()):
        return None
    else:
        owner = _POSSESSIVE_BEFORE.search(m.string, max(0, m.start() - 32), m.start())
        if not (_ERA_AFTER_AGE if owner else _ERA_AFTER).match(m.string, m.end()) and not (
                owner and owner[0].split()[0].lower() in ("their", "our", "your", "my") and _HITS_AFTER.match(m.string, m.end())):
            return None  # "a man in his 30s shows signs"; but "Oasis played their 90s hits" (not "his 30s hits the gym")
    if to_int(m["dd"]) <= 2:  # "the Roaring 20s", "20s fashion": the 1920s (a decade to come has no culture yet)
        attrs = span("year", (1900 + to_int(m["dd"]) * 10,), (1909 + to_int(m["dd"]) * 10,))
        return ({**attrs, "precision": "decade"}, False) if attrs else None
    return h_decade(m, ctx)


# Before a Russian decade of two digits: a preposition ("в 90-х", "с 70-х", "до 80-х").
_RU_DAYS_AFTER = re.compile(r"[ \u00a0]+(?:чис[е]?л|мест|номер)", re.IGNORECASE)  # "до 30-х чисел": days of a month
_RU_DECADE_BEFORE = re.compile(r"(?<![^\W_])(?:в|во|с|со|до|после|к|из|от|по)[ \u00a0]+$", re.IGNORECASE)


def h_ru_short_decade(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"в 90-х", "90-е годы", "в 70-ых годах": a decade of the 1900s, with its year word or after a
    preposition ("30-х чисел" alone is no decade)."""
    if not group(m, "yw") and (not _RU_DECADE_BEFORE.search(m.string, max(0, m.start() - 8), m.start())
                               or _RU_DAYS_AFTER.match(m.string, m.end())):
        return None
    return h_decade(m, ctx)


_AGE_BEFORE = re.compile(r"(?<![^\W_])(?:his|her|their|its|my|your|our|whose)\s+$", re.IGNORECASE)
# "a white male in the late 20s", "Highs will be in the mid-80s", "Temperatures reached the late 90s": an
# age or a temperature, not a decade
_HEAT = (r"(?:highs?|lows?|temperatures?|temps?|thermometers?|mercury|degrees?|heat|weather|forecast|sıcaklı[^\W\d_]*"
         r"|derece[^\W\d_]*|hava|termometre[^\W\d_]*)(?![^\W_])[^.;!?\n]{0,40}")
_AGE_OR_HEAT_BEFORE = re.compile(
    r"(?<![^\W_])(?:(?:males?|females?|man|woman|men|women|boys?|girls?|suspects?|victims?|persons?|people|patients?"
    rf"|drivers?|aged?)(?:,|\s+in)?\s+(?:the\s+)?|{_HEAT})$",
    re.IGNORECASE,
)
_HEAT_BEFORE = re.compile(rf"(?<![^\W_]){_HEAT}$", re.IGNORECASE)  # "Highs will be in the 90s": degrees


def h_decade_part(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"mid-1990s", "the early 2000s", "the late sixties": part of the decade, in years; "the late
    1800s" is the last third of the hundred years."""
    half = (group(m, "half") or "").lower()
    part = part_key(group(m, "part")) or ("early" if half == "первой" else "late" if half else None)
    hundreds = _hundreds(m)
    if hundreds is not None and part is not None:
        third = part_of(hundreds, part)
        return (third, False) if third else None
    if group(m, "dd") and (_AGE_BEFORE.search(m.string, max(0, m.start() - 16), m.start()) or (
            _TR_DECADE_PART.match(m.group(0)) and _TR_LEVEL_BEFORE.search(m.string, max(0, m.start() - 50), m.start()))):
        return None  # "in his early 90s": an age; "Faiz oranları yüzde 50'lerin başında": a rate
    if group(m, "dd") and (group(m, "part") or "").lower() in ("early", "mid", "late") and (
            _AGE_OR_HEAT_BEFORE.search(m.string, max(0, m.start() - 60), m.start())
            or not (m.group(0)[:3].lower() == "the" or "'" in m.group(0) or "’" in m.group(0))):
        return None  # "a male in the late 20s", "highs in the mid-80s", "suspect, late 20s": an age, a temperature
    if group(m, "dw"):
        start = _of_century(m, _DECADE_WORDS[m["dw"].lower()])
    elif group(m, "dec"):
        start = int(m["dec"])
    else:  # "в конце 60-х", "the mid-90s": 30-99 → 1900s, 00-29 → 2000s ("the early 00s") unless a part of it is to come
        dd = to_int(group(m, "dd")) * 10
        start = _of_century(m, (1900 if dd >= 30 else 2000) + dd)
        if start >= 2000 and not group(m, "cent") and part is not None and ctx.reference is not None and start + {"early": 0, "mid": 3, "late": 6}[part] > ctx.reference.year:
            start -= 100  # "the late 20s" in 2025: the 1920s, not a decade to come
    attrs = span("year", (start,), (start + 9,))
    if attrs is None or part is None:
        return None
    # halves, the middle one centred: GUM's annotators give "the early 2000s" 2000-2004 (twice), "the late 1950s"
    # 1955-1959, "mid-1980s" 1982-1988 (fourteenth round; thirds, 2000-2003, left out the fifth year)
    a = {"early": (start, start + 4), "mid": (start + 3, start + 7), "late": (start + 5, start + 9)}[part]
    if half:  # "во второй половине девяностых": its five years
        a = (start, start + 4) if half == "первой" else (start + 5, start + 9)
    return {**attrs, "start": f"{a[0]:04d}", "end": f"{a[1]:04d}", "precision": "year"}, False


# Turkish "30'lardan 40'lara" after a price, a rate, a percentage, a speed, a score or an age in its clause: levels,
# not decades ("Fiyatlar 30'lardan 40'lara", "yüzde 70'lerde", "%60'larda", "Hız limiti 90'lara", "Yaşı 60'ların sonunda")
_TR_LEVEL_BEFORE = re.compile(r"(?:(?<![^\W_])(?:(?:fiyat|seviye|oran|puan|skor|endeks|sıcaklı|derece|yüzde|hız|limit|faiz"
                              r"|enflasyon|dolar|euro|avro|sterlin|lira|ücret|maaş)[^\W\d_]*|(?:kur|yaş|not)(?:u|un|ı|ın|lar[ıi]?)?"
                              r"(?![^\W_]))|%)[^.;!?\n]{0,30}$", re.IGNORECASE)  # "kuru", "yaşı", not "kuruluşu", "yaşadığı"
_TR_DECADE_PART = re.compile(r"\d0['’]?l[ae]r[ıi]n", re.IGNORECASE)


def h_tr_decade(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"90'larda", "70'lerdeki": a decade of the 1900s, not after a price, rate, score or age ("Fiyatlar
    30'lardan 40'lara çıktı")."""
    if _TR_LEVEL_BEFORE.search(m.string, max(0, m.start() - 50), m.start()):
        return None
    return h_decade(m, ctx)
