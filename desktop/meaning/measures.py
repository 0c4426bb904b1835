"""Rates, earthquake magnitudes and bounds written after a figure (English, Russian, Turkish).

* Rates: a figure followed by "a", "an", "per" or "each" and one unit of what it is counted
  against is that unit's rate — "$85 a barrel" → 85 USD/bbl, "eight hours a day" → 8 h/d,
  "20% a year" → 20 %/y, "$500 per person", "85 долларов за баррель", "8 часов в день"
  (:func:`rate_after`); not "a year ago", "a day later".
* Magnitudes: "5.9-magnitude", "a magnitude 7.8 earthquake", "6.1 on the Richter scale",
  "магнитудой 5,9", "7.7 büyüklüğünde" → ``{"value": 5.9, "unit": "magnitude"}``
  (:func:`find_magnitudes`).
* Temperatures: "40 derece" where the sentence speaks of heat is °C, not an angle; "minus
  10C", "минус 10 градусов", "eksi 5 derece" are below zero; degrees then minutes are one
  angle ("19 derece 20 dakika" → 19.3333°) (:func:`temperature_and_rate`, :func:`with_arc_minutes`).
* Compounds ("a 50,000-strong crowd"), a vote's tally, a toll of the dead, "twice" and Turkish floors live in
  :mod:`desktop.meaning.phrase_figures` (``find_compounds``, ``find_tallies``, ``find_tolls``, ``find_times``, still
  importable from here).
* Subunits of money ("250p", "50 cents", "10 kuruş") are read in :mod:`desktop.meaning.subunits`.
* Bounds after a Turkish figure: "17 milyon euronun üzerinde" (over), "50 kişiden fazla",
  "10 km'den az", "100 bin civarında" → ">", ">", "<", "≈" (:func:`bound_after`); "within 36 hours", "в пределах 5 км"
  → "≤" (:func:`within_before`; not a range: "within 3 to 8 km" is 3–8 km).

Called by :func:`desktop.meaning.figures.find_figures`; no I/O, never raises on a ``str``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from desktop.meaning.bounds_ru import ru_bound_before
from desktop.meaning.bounds_tr import COPULA, NOT_COMPARED, size_of_a_count, tr_bound_in_span, turned_round
from desktop.meaning.clock_hours import clock_hours_word, hour_of_day_after
from desktop.meaning.lookups import CURRENCY_CODES, lookup_scale
from desktop.meaning.price_rates import RATE_ONE
from desktop.meaning.ranges import old_level_unit
from desktop.meaning.units import BOUNDS, TIME_SYMBOLS, UNITS, WORD_VALUES, comparison_base, places_nearby
from desktop.meaning.phrase_figures import find_compounds, find_tallies, find_times, find_tolls  # (moved; still exported here)

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time (as figures.py)
    from typing import Any

__all__ = ["bound_after", "bound_before", "without_times_of_day", "year_part_after", "find_compounds", "find_magnitudes", "find_tallies", "find_times", "find_tolls", "rate_after",
           "temperature_and_rate", "tr_people_after_bound", "with_arc_minutes", "with_smaller_unit",
           "hours_in_minutes", "with_fraction", "one_unit", "within_before"]

Found = tuple[int, int, dict[str, int | float | str]]
Figure = tuple[int, int, dict]

# What a rate is counted against: (regex, symbol). English after "a/an/per/each", Russian after
# "в" (time) or "за"/"на" (a unit of goods, a person).
_PER_EN = [
    (r"day", "d"), (r"week", "wk"), (r"month", "mo"), (r"year|yr", "y"), (r"hour|hr|h", "h"), (r"minute", "min"),
    (r"second", "s"), (r"barrel", "bbl"), (r"(?:metric\s+)?(?:ton|tonne)", "t"), (r"kilo(?:gram(?:me)?)?|kg", "kg"),
    (r"gram(?:me)?", "g"), (r"lit(?:re|er)|l", "l"), (r"millilit(?:re|er)|ml", "ml"),  # ("4.9 mg/L", "5 mg/mL")
    (r"m3|m³|cubic\s+met(?:re|er)", "m³"),  # ("2 mg/m3", "€3.495 per m³")
    (r"gallon", "gal"), (r"pound", "lb"), (r"ounce", "oz"),
    (r"mile", "mi"), (r"kilomet(?:re|er)|km", "km"), (r"kilowatt[ -]hour|kWh", "kWh"),
    (r"megawatt[ -]hour|MWh", "MWh"), (r"person|head|capita", "person"), (r"share", "share"), (r"night", "night"),
]
# Russian: a unit of time after "в" ("8 часов в день"; "за год" is the period, as "in a year"), a
# unit of goods or a person after "за" or "на" ("85 долларов за баррель", "на человека").
_PER_RU_TIME = [
    (r"день|сутки", "d"), (r"неделю", "wk"), (r"месяц", "mo"), (r"год", "y"), (r"час", "h"), (r"минуту", "min"),
    (r"секунду", "s"),
]
_PER_RU_GOODS = [
    (r"баррель", "bbl"), (r"тонну", "t"), (r"килограмм|кг", "kg"), (r"литр", "l"),
    (r"человека|душу\s+населения", "person"), (r"акцию", "share"), (r"ночь", "night"),
]
_PER_RU = _PER_RU_TIME + _PER_RU_GOODS
_RATE_EN = re.compile(
    r"(?:[ \u00a0]+(?i:a|an|per|each)[ \u00a0]+|-(?i:a|an|per)-|/)(?P<per>" + "|".join(f"(?:{p})" for p, _ in _PER_EN) + r")(?![\w-])"
    r"(?![ \u00a0]+(?i:ago|earlier|later|before|after|old|from|since|or)\b)", re.IGNORECASE)
_RATE_RU = re.compile(
    r"[ \u00a0]+(?:в[ \u00a0]+(?P<time>" + "|".join(f"(?:{p})" for p, _ in _PER_RU_TIME) + r")"
    r"|(?:за|на)[ \u00a0]+(?P<goods>" + "|".join(f"(?:{p})" for p, _ in _PER_RU_GOODS) + r"))(?![\w-])"
    r"(?![ \u00a0]+(?:назад|спустя)\b)", re.IGNORECASE)


# Turkish writes the rate's unit first, in the locative: "saatte 120 kilometre" (120 km an hour),
# "günde 8 saat", "yılda 5 milyon ton", "saniyede 300 metre".
# (and the price of a night or of a person's share, written before money: "gecelik 500 lira", "kişi başı 300 lira",
# "kişi başına 450 TL")
_PER_TR = {"saatte": "h", "dakikada": "min", "saniyede": "s", "günde": "d", "haftada": "wk", "ayda": "mo", "yılda": "y",
           "gecelik": "night", "kişi başı": "person", "kişi başına": "person",
           # (and per student, worker, passenger, citizen…: a person, as "kişi başına"; twenty-fifth round)
           **{f"{who} {per}": "person" for who in ("öğrenci", "çalışan", "işçi", "personel", "yolcu", "vatandaş", "çocuk",
                                                   "emekli", "hasta", "üye", "katılımcı") for per in ("başı", "başına")}}


def _tr_fold(word: str) -> str:
    """A Turkish rate word as its key whatever its case: the pattern matches İ, I, i and ı alike, and "İ".lower() is
    "i" with a combining dot ("GECELİK", "KIŞI BAŞI", "YILDA" raised a KeyError)."""
    return " ".join(word.replace("İ", "i").lower().replace("ı", "i").split())


_PER_TR_FOLDED = {_tr_fold(k): v for k, v in _PER_TR.items()}
_PRICED_PER = frozenset({"night", "person"})  # (only money: "20 см за ночь" is a rise overnight, "gecelik 8 saat" a night's)
_RATE_TR_BEFORE = re.compile(  # (the words of _PER_TR, longest first, spaces as any run of spaces)
    r"(?<![\w-])(?P<per>(?i:" + "|".join(r"[ \u00a0]+".join(w.split()) for w in sorted(_PER_TR, key=len, reverse=True))
    + r"))(?:[ \u00a0]+(?i:ortalama|yaklaşık|en[ \u00a0]+az"
    r"|en[ \u00a0]+fazla))?[ \u00a0]+$")


# A determiner before the locative makes it a time, not the rate's unit.
_TR_DETERMINER_BEFORE = re.compile(
    r"(?:\d|(?<![\w-])(?i:o|bu|şu|aynı|ilk|son|geçen|geçtiğimiz|önceki|sonraki|tek|hangi|bütün|tüm|iki|üç|dört|beş|altı|yedi"
    r"|sekiz|dokuz|on|yirmi|otuz|kırk|elli|yüz))[ \u00a0]+$")  # (or a number: "Son 10 yılda 2 milyon kişi", in 10 years)


def _symbol(word: str, table: list[tuple[str, str]]) -> str:
    return next(sym for pattern, sym in table if re.fullmatch(pattern, word, re.IGNORECASE))


def rate_after(text: str, end: int, unit: str) -> tuple[int, str] | None:
    """The rate a figure ending at ``end`` with ``unit`` is: the new end and unit
    ("$85| a barrel" → "USD/bbl"), or None. A unit of time is no rate of itself ("a day a day")."""
    m = _RATE_EN.match(text, end) or unit in CURRENCY_CODES and RATE_ONE.match(text, end) or None
    if m is None:
        m = _RATE_RU.match(text, end)
    if m is None or not unit or "/" in unit:
        return None
    per = _symbol(m["per"], _PER_EN) if "per" in m.re.groupindex else _symbol(m["time"] or m["goods"], _PER_RU)
    if per == unit or per == "night" and unit not in CURRENCY_CODES:
        return None  # ("€80 a night", "200 рублей за ночь"; not "rose 20 cm за ночь": overnight)
    return m.end(), unit if unit in _RATE_UNITS and per in ("h", "min") else f"{unit}/{per}"  # ("30 knots per hour": kn)


# Units that are rates of themselves take no second unit of time: "30 knots per hour" is 30 kn, "3000 rpm per minute"
# 3000 rpm, "saatte 30 knot" 30 kn (the writer's redundant "per hour").
_RATE_UNITS = frozenset({"kn", "rpm", "mph"})


_NUMBER = r"\d{1,2}(?:[.,]\d{1,2})?"
_MAGNITUDE = re.compile(
    rf"(?<![\w.,-])(?P<a>{_NUMBER})[ \u00a0-](?i:magnitude)(?![\w-])"
    rf"|(?<![\w-])(?i:magnitude)[ \u00a0-](?P<b>{_NUMBER})(?![\w.,]\d|[\w-])"
    rf"|(?<![\w.,-])(?P<c>{_NUMBER})[ \u00a0]+(?i:on[ \u00a0]+the[ \u00a0]+Richter[ \u00a0]+scale)(?![\w-])"
    rf"|(?<![\w-])(?i:магнитуд(?:ой|а|ы|у|е))[ \u00a0]+(?:(?i:около|до|более)[ \u00a0]+)?(?P<d>{_NUMBER})(?![\w.,]\d|[\w-])"
    rf"|(?<![\w.,-])(?P<e>{_NUMBER})[ \u00a0]+(?i:büyüklüğünde|şiddetinde)\w*"
)


_MAGNITUDE_WORD = re.compile(r"magnitude|Richter|магнитуд|büyüklüğünde|şiddetinde", re.IGNORECASE)


def find_magnitudes(text: str) -> Iterable[Found]:
    """Earthquake magnitudes: "5.9-magnitude", "magnitude 7.8", "магнитудой 5,9", "7.7 büyüklüğünde"."""
    if not _MAGNITUDE_WORD.search(text):
        return  # (the full pattern costs a scan of every number)
    for m in _MAGNITUDE.finditer(text):
        group = next(g for g in "abcde" if m[g])
        value = float(m[group].replace(",", "."))
        if 0 < value < 10.5:
            yield m.start(), m.end(), {"value": int(value) if value.is_integer() else value, "unit": "magnitude",
                                       "scale": ""}


# Turkish bounds after a figure: the ablative and "fazla/az", "üzerinde", "aşkın", "civarında" (the ablative after a
# possessive, "%10'undan az", "yüzde ellisinden fazla"; "biraz", "daha" between: "2 milyondan biraz fazla"; "fazlası", "azı": more, less of it; "%5'ten düşük", "5 yaşından büyük": lower, older than).
_TR_BOUND_AFTER = re.compile(
    r"(?:['’]?(?:(?:s?[ıiuü])?n?[dt][ae]n)[ \u00a0]+(?:(?:biraz|daha)[ \u00a0]+){0,2}(?:(?P<more>fazla(?:s[ıi](?:n[ıi]|n?[dt][ae]n?)?)?|çok|(?:yüksek|büyük)" + NOT_COMPARED + r")|(?P<less>az(?:[ıi](?:n[ıi]|n?[dt][ae]n?)?)?|(?:düşük|küçük)" + NOT_COMPARED + r"))"
    r"|(?:['’]?n?[ıiuü]n)?[ \u00a0]+(?P<over>üzerinde|üstünde)|(?:['’]?y?[ıiuü])?[ \u00a0]+(?P<past>aşkın|aşan)"
    # a verb of exceeding after the accusative, as English "exceeded 100" before it: "Ölü sayısı 100'ü aştı", "85 milyonu
    # aştı", "250 milyar doları geçti" (more than; twenty-sixth round)
    r"|['’]?y?[ıiuü][ \u00a0]+(?P<exceeded>aş(?:tı|mıştı|mıştır|mış|ıyor|acak|arak|ması(?:yla|nın)?)|geç(?:ti|mişti|miştir|miş(?![ \u00a0]+(?:yıl|dönem|ay|hafta|gün|yüzyıl|sezon)\w*)|iyor|ecek|erek))"
    # ("yüzde ellinin altında", "%40'ın altında": under; the genitive is needed, "10 metre altında" is a depth)
    r"|['’]?n?[ıiuü]n[ \u00a0]+(?P<under>altında)"
    r"|(?:['’]?n?[ıiuü]n)?[ \u00a0]+(?P<about>civarında|dolayında)|(?:['’]?y?[ae])?[ \u00a0]+(?P<near>yakın))"
    + COPULA + r"(?![\w])",  # ("fazlaydı", "fazladır", "azdı", "yakındı", "üzerindeydi": a copula after the bound)
    re.IGNORECASE)


# "kadar" right after a figure, no case ending between, is "about": "%42 kadarı", "5 yıl kadar sürdü" ("20 yıla kadar",
# "%20'ye kadar" are "up to": the dative comes first).
_TR_ABOUT_AFTER = re.compile(r"[ \u00a0]+kadar(?:ı|dır)?(?![\w'’])", re.IGNORECASE)
_TR_ABOUT_END = re.compile(r"(?:\d|(?<![\w])(?:kişi|yıl|ay|hafta|gün|saat|dakika|saniye|metre|kilometre|km|m|cm|kg|ton|lira|dolar|euro"
                           r"|avro|derece|bin|milyon|milyar))$", re.IGNORECASE)  # (a figure in its bare form: "20 yıla kadar" has the dative)


# People counted after a Turkish bound: "50 binden fazla kişi", "1 milyonu aşkın insan" (more than 50 000 people).
_TR_PEOPLE_AFTER_BOUND = re.compile(r"[a-zçğıöşü'’]{0,5}[ \u00a0]+(?:fazla|çok|aşkın|aşan)[ \u00a0]+(?P<noun>kişi|insan)"
                                    r"(?:ler|lar)?(?:y?[aeıi]|n[ıi]n|[dt][ae]n?|[ıi]n)?(?![\w])"
                                    r"(?![ \u00a0]+(?:hak|hukuk|kaynak|ticaret|onur|sağlığ|hayat)\w*)",  # ("insan hakları": a compound)
                                    re.IGNORECASE)


def tr_people_after_bound(text: str, end: int) -> int | None:
    """The end of "kişi" or "insan" (its stem: a case ending is left out, as the units') after a Turkish bound
    that follows the figure ending at ``end`` ("50 bin|den fazla kişi|ye"), or None."""
    m = _TR_PEOPLE_AFTER_BOUND.match(text, end)
    return m.end("noun") if m is not None else None


# The bound word ends the phrase: "3% or lower." but not "3% and lower rates followed".
_EN_BOUND_AFTER = re.compile(r"[ \u00a0]+(?:or|and)[ \u00a0]+(?:(?P<more>more|over|above|higher|older)|(?P<less>fewer|less|under"
                             r"|below|lower|younger))(?![\w-])(?=[ \u00a0]*(?:[^\w \u00a0]|$)|[ \u00a0]+(?:in|at|on|of|for|from|to"
                             r"|per|each|and|or|but|who|that|which|are|is|was|were|will|would|can|could|may|might|should|must"
                             r"|have|has|had|be|been|get|got)\b)", re.IGNORECASE)


def bound_before(text: str, start: int) -> str:
    """The sign of a bound written before the figure starting at ``start`` ("more than", "yaklaşık", "около"), or ""."""
    before = text[max(0, start - 24) : start]
    for pattern, sign in BOUNDS:
        if (m := re.search(rf"(?<![\w])(?:{pattern})[ \u00a0\u202f\u2009]+$", before, re.IGNORECASE)) is not None:
            if sign == "≈" and (outer := bound_before(text, start - len(before) + m.start())) not in ("", "≈") and (
                    _BARE_PREPOSITION.search(before, 0, m.start()) is None or _PERIOD_AT.match(text, start) is None):
                return outer  # ("just under about 5%", "up to roughly 300 people": the bound, "about" only softens its number)
            return "" if sign == "≈" and places_nearby(text, start) or comparison_base(text, start) else sign
    return ru_bound_before(text, start)


# "within" right before a figure bounds it from above: "within 36 hours" → ≤ 36 h, "within 5 km of the border", "в
# пределах 5 км" → ≤ 5 km; a range alike, as "up to 5-10 km" ("within 5 to 10 metres": ≤ 5–10 m; was none), nor
# with a word between ("within the 12-mile zone", "within about 5 km": ≈, read before); and only a measure, a length of
# time, a share or money: a count of things is what "within" holds, no bound ("within three basic factors")
_WITHIN_BEFORE = re.compile(r"(?<![\w-])(?i:within|в[ \u00a0]+пределах)[ \u00a0]+$")
_MEASURED = frozenset(symbol for _p, symbol, _l in UNITS) - {"", "people", "TEU"} | TIME_SYMBOLS


def within_before(text: str, start: int, attrs: dict[str, Any]) -> str:
    """"≤" when "within" (Russian "в пределах") stands right before the figure starting at ``start`` and the figure is a
    measure, a length of time, a share or money (one value or a range), else ""."""
    return "≤" if str(attrs.get("unit") or "") in _MEASURED and _WITHIN_BEFORE.search(
        text, max(0, start - 14), start) else ""


# A bare "over" before "about" may be a preposition of time before a period: "grew over nearly 20 years" stays ≈ ("well
# over roughly 40 km", "under about 5 hours", "numbered over roughly 500 people" are bounds).
_BARE_PREPOSITION = re.compile(r"(?<![\w])(?<!just )(?<!well )(?<!slightly )(?<!far )over[ \u00a0]+$", re.IGNORECASE)
_PERIOD_AT = re.compile(r"[\w.,-]+[ \u00a0-]*(?:years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|decades?|centur(?:y|ies)"
                        r"|seasons?|generations?)(?![\w])", re.IGNORECASE)


# A genitive right before a Turkish figure makes its ending a possessive, a part of a whole that does the verb: "Sınava
# girenlerin yüzde 40'ı geçti" (40 % of them passed), no bound (review of the twenty-sixth round)
_TR_GENITIVE_BEFORE = re.compile(r"(?:l[ae]r[ıi]n|n[ıiuü]n)[ \u00a0]+$", re.IGNORECASE)


def bound_after(text: str, end: int, unit: str = "", start: int = -1) -> str:
    """The sign of a bound written after the figure ending at ``end`` (starting at ``start``, when known): English "or
    more" (≥), "or fewer" (≤); Turkish, where a case ending may come first: "euro|nun üzerinde", "kişi|den fazla"
    (>), or ""."""
    en = _EN_BOUND_AFTER.match(text, end)
    if en is not None:
        return "≥" if en["more"] else "≤"
    if _TR_ABOUT_AFTER.match(text, end) and _TR_ABOUT_END.search(text, max(0, end - 12), end):
        return "≈"
    m = _TR_BOUND_AFTER.match(text, end)
    if m is None:  # a case ending first, the bound's own vowel after it or not ("Dolar|ını aşkın", "kişi|den fazla")
        tail = re.match(r"[a-zçğıöşü]{1,4}", text[end : end + 4])
        for cut in range(tail.end() if tail else 0, 0, -1):
            if (m := _TR_BOUND_AFTER.match(text, end + cut)) is not None:
                break
        if m is None:
            return tr_bound_in_span(text, end, unit)  # ("5 yıldan fazla", "10 yıla kadar": the ending is in the span)
    if m["exceeded"] and m["exceeded"].startswith("geç") and unit == "people":
        return ""  # ("Koşucu 5 kişiyi geçti": overtook five people)
    if m["exceeded"] and start >= 0 and _TR_GENITIVE_BEFORE.search(text, max(0, start - 12), start):
        return ""  # ("Adayların yüzde 40'ı geçti": 40 % of the candidates passed)
    if (m["less"] or m["more"]) and size_of_a_count(m.group(), unit):
        return ""  # ("3 kişiden büyük destek": great support from 3 people; "18 yaşından büyük" is a bound)
    if m["less"] or m["more"] or m["under"]:
        return turned_round(">" if m["more"] else "<", text, m.end(), end)  # ("50 kişiden fazla değil": ≤)
    return "≈" if m["about"] or m["near"] else ">"  # ("20 kişiye yakın": close to 20)


_HEAT = re.compile(r"(?<![^\W\d_])(?:sıcak|ısı|hava\b|ateş|temperatur|heat|weather|температур|жар|мороз|погод)", re.IGNORECASE)
# "degrees" after digits is an angle or a temperature, unless a field, a school or a kind follows: "2 degrees in
# law", "degrees from Harvard", "6 degrees of freedom" (in words, "two degrees" may be diplomas: left as counted).
_DEGREES_OF = re.compile(r"[ \u00a0]+(?:in(?![ \u00a0]+(?-i:[A-Z]))|from|of)(?![\w-])", re.IGNORECASE)
# ... or a word of schools and diplomas comes before it: "holds 2 degrees in Economics", "awarded 300 degrees".
# ("hold", "earn" right before the number: "held at minus 5 degrees" is a temperature)
_DIPLOMA_BEFORE = re.compile(r"(?<![\w-])(?:award|grant|confer|honorary|universit|college|graduat|academic|bachelor|master"
                             r"|doctora|diploma|(?:holds?|holding|held|earn(?:s|ed|ing)?)[ \u00a0]+$)", re.IGNORECASE)
# (an en dash glued to the number is a minus too, "at –3 degrees", but not after a number and a space: "2 –3 degrees")
_MINUS_BEFORE = re.compile(r"(?:(?<![\w-])(?:minus|минус|eksi)[ \u00a0]+|(?<![\w.,\d°º–-])[-\u2212]|(?<![\w.,\d°º–-])(?<!\d[ \u00a0])–)$",
                           re.IGNORECASE)


def temperature_and_rate(
    text: str, start: int, end: int, attrs: dict[str, Any], next_start: int
) -> tuple[int, dict[str, Any]]:
    """The figure's end and attributes once its temperature ("40 derece sıcaklık" → °C, "minus
    10C" → −10) and its rate ("$85| a barrel" → USD/bbl) are read; a rate does not take in the
    start of another figure (``next_start``: the first start of a figure at or after ``end``)."""
    unit = attrs.get("unit")
    heat = _HEAT.search(text[max(0, start - 60) : start] + " " + text[end : end + 60]) if unit == "°" else None
    if heat is not None and not (text[end - 1 : end] in "°º" and heat.group().lower().startswith(("heat", "weather", "temperatur"))):
        attrs = {**attrs, "unit": "°C"}  # (not the sign alone near an English word of heat: "a hot 95°" may be Fahrenheit)
    if attrs.get("unit") == "degrees" and text[start : start + 2].lstrip("-\u2212")[:1].isdigit() and not _DEGREES_OF.match(text, end) and (
            _DIPLOMA_BEFORE.search(text, max(0, start - 40), start) is None):
        attrs = {**attrs, "unit": "°"}  # ("89 degrees", "rotated 90 degrees"; left English: "104 degrees" may be Fahrenheit)
    signed = attrs.get("unit") in ("°C", "°F", "°", "degrees") or text[start : start + 1] == "%"  # (Turkish "-%3,5": −3.5 %)
    if signed and attrs["value"] > 0 and _MINUS_BEFORE.search(text, max(0, start - 8), start):
        attrs = {**attrs, "value": -attrs["value"]}
    rate = rate_after(text, end, str(attrs.get("unit") or ""))
    if rate is not None and next_start >= rate[0]:
        end, attrs = rate[0], {**attrs, "unit": rate[1]}
    per = _RATE_TR_BEFORE.search(text, max(0, start - 24), start)
    if per is not None and _TR_DETERMINER_BEFORE.search(text, max(0, per.start() - 12), per.start()):
        per = None  # "O günde 5 kişi öldü", "Son ayda 12 kişi", "10 yılda": on that day, in the last month, in 10 years
    unit = str(attrs.get("unit") or "")
    per_unit = _PER_TR_FOLDED.get(_tr_fold(per["per"]), "") if per is not None else ""
    if per_unit in _PRICED_PER and unit not in CURRENCY_CODES:
        per_unit = ""  # (a night's or a person's share is a price's rate only)
    if per_unit and unit and "/" not in unit and per_unit != unit and unit not in _RATE_UNITS:
        attrs = {**attrs, "unit": f"{unit}/{per_unit}"}
    return end, attrs


# A length unit named as an area or a volume lost its ² or ³ (text copied from a page that wrote
# it raised): "yüzölçümü 652 km", "1115 km yüzölçümüne sahip", "göl hacmi 870 m", "площадь 50 км".
# Not English "area": "the area 35km south of Mosul" is a distance.
_AREA_BEFORE = re.compile(
    r"(?<![\w])(?:(?P<area>yüzölçümü|alanı|площадь|площадью)|(?P<volume>hacmi|объём|объем))"
    r"(?:[ \u00a0]+(?:yaklaşık|около|составляет))*[ \u00a0]+$", re.IGNORECASE)
# ("536 km'lik yüz ölçümü" written apart; "1190 km alan kaplar", "km alana yayılır": an area covered)
_AREA_AFTER = re.compile(r"(?:['’]?\w{0,4})?[ \u00a0]+(?:(?P<area>yüz[ \u00a0]?ölçüm\w*|alan\w{0,3}[ \u00a0]+(?:kapla|yayıl)\w*)"
                         r"|(?P<volume>hacm\w*))(?![\w])", re.IGNORECASE)
# ... unless a word of length or distance follows ("alanı 5 km uzaklıkta": 5 km away from it).
# ... or a direction or "from" ("площадью 50 км от города", "5 км к северу", "30 м в длину", "12 km kuzeyinde").
_LENGTH_AFTER = re.compile(
    r"(?:['’]?\w{0,4})?[ \u00a0]+(?:uzak|uzun|geniş|mesafe|derin|yüksek|kuzey|güney|doğu|batı|длин|рассто|ширин|глубин"
    r"|от(?![\w-])|к[ \u00a0]+(?:север|юг|запад|восток|северо|юго)|в[ \u00a0]+(?:длину|ширину|высоту|глубину))",
    re.IGNORECASE)
_LENGTHS = {"km", "m", "cm", "mm", "mi", "ft"}


# A river's flow named before metres a second: cubic metres a second ("debisi 10 300 m/sn", "расход воды составил 300
# м/с"); a speed named between keeps metres a second ("Расход топлива при скорости 25 м/с", "debisi düşerken rüzgar 15 m/sn").
_FLOW_BEFORE = re.compile(r"(?<![\w])(?:debi(?:si|leri)?|расход(?:ы|а)?[ \u00a0]+вод[ыа])"
                          r"(?:[ \u00a0]+(?!(?:скорост|ветр|ветер|шквал|порыв|rüzgar|hız|fırtına)\w*)[^\W\d_]+){0,2}[ \u00a0]+$",
                          re.IGNORECASE)


def area_or_volume(text: str, start: int, end: int, attrs: dict[str, Any]) -> dict[str, Any]:
    """A length whose sentence names it an area or a volume is one, its mark lost: km → km², m →
    m³ (the word right before the number or right after the unit); metres a second after a flow are m³/s."""
    if attrs.get("unit") == "m/s" and _FLOW_BEFORE.search(text, max(0, start - 40), start):
        return {**attrs, "unit": "m³/s"}  # ("debisi 10 300 m/sn": a river's flow, its ³ lost)
    if attrs.get("unit") not in _LENGTHS:
        return attrs
    said = _AREA_BEFORE.search(text, max(0, start - 40), start) or _AREA_AFTER.match(text, end)
    if said is None or _LENGTH_AFTER.match(text, end):
        return attrs
    return {**attrs, "unit": f"{attrs['unit']}{'²' if said['area'] else '³'}"}


# Counts listed before a rate share it: "20 push-ups, 20 sit-ups and 20 squats a day".
_LIST_GAP = re.compile(r"(?:,|,?[ \u00a0]+(?:and|и|ve))[ \u00a0]+", re.IGNORECASE)
_COUNTED_WORD = re.compile(r"[^\W\d_][\w-]{3,}")


def share_rate(text: str, out: list[Figure], start: int, attrs: dict[str, Any]) -> None:
    """Give the rate of the figure at ``start`` to the counts listed right before it in ``out``
    (each of a counted noun, as the rate's own: "20 push-ups, 20 sit-ups and 20 squats a day"), and to the old level of a
    change ("fell from 1900 to 1600 hours a year")."""
    old_level_unit(text, out, start, attrs)
    unit, _, per = str(attrs.get("unit") or "").partition("/")
    if not per or not _COUNTED_WORD.fullmatch(unit):
        return
    after = start
    for i in range(len(out) - 1, -1, -1):
        a_start, a_end, a = out[i]
        own = str(a.get("unit") or "")
        if not _COUNTED_WORD.fullmatch(own) or _LIST_GAP.fullmatch(text, a_end, after) is None:
            return
        out[i] = (a_start, a_end, {**a, "unit": f"{own}/{per}"})
        after = a_start


# "251 yılı başlarında", "MÖ 44 yılı sonunda": the year 251, a date (not "3 yılı aşkın": more than three years; not
# "4 yılı başarıyla", "son 3 yılı ortalama", "2 yılı sonraki": only the nouns of a part of the year, with their endings).
_YEAR_PART_TR = re.compile(r"[ \u00a0]+(?:baş(?:lar)?[ıi]|son(?:u|lar[ıi])|orta(?:s[ıi]|lar[ıi])|(?:ilk|son)bahar[ıi]"
                           r"|ilk[ \u00a0]+(?:yarı|ay|çeyre)\w*)(?:n(?:da|dan|a))?(?![\w])", re.IGNORECASE)


def year_part_after(unit_word: str | None, text: str, end: int) -> bool:
    """The Turkish "yılı" ending at ``end`` names a year, a part of it following ("251 yılı başlarında")."""
    return unit_word is not None and unit_word.lower() in ("yılı", "yili") and _YEAR_PART_TR.match(text, end) is not None


# "в 14 часов 30 минут", "Сегодня в 3 часа 18 минут", "с 9 часов 30 минут", "после 22 часов 30 минут", "около 20 часов 15
# минут по местному времени", "около 9 часов 30 минут утра": a time of day, neither its hours nor its minutes a duration (not
# "длилась 2 часа 30 минут", "около 2 часов 30 минут"). After "до" an hour of the afternoon or evening, a part of the day
# or a time of day before it say a time of day ("до 18 часов 30 минут", "с 9 часов 30 минут до 11 часов 15 минут"); "до
# 2 часов 30 минут" stays a duration's bound (up to two and a half hours), and so does any hour after a verb of taking
# time or of a change, one word between at most ("Подготовка займёт до 14 часов 30 минут", "Ожидание сократилось до 16
# часов 30 минут", "Очередь растянулась до 16 часов 30 минут").
_RU_CLOCK = re.compile(r"(?:(?<![\w-])(?P<prep>(?i:в|с|после|к|до))[ \u00a0]+)?(?P<h>[01]?\d|2[0-3])[ \u00a0]+(?i:час(?:а|ов|ам)?)[ \u00a0]+"
                       r"[0-5]?\d[ \u00a0]+(?i:минут(?:а|ы|ам)?)(?![\w-])"
                       r"(?P<zone>[ \u00a0]+(?:(?i:по)[ \u00a0]+\w+[ \u00a0]+(?i:времени)|(?i:утра|дня|вечера|ночи)(?![\w-])))?")
_RU_DURATION_BEFORE = re.compile(r"(?<![\w-])(?i:дл[ия]т|займ|заним|занял|заня[лв]|потреб|требу|составл|состави|составя|хват|обеспеч|сократ|сокращ|сниз|сниж|уменьш|увелич|вырос|"
                                 r"выраст|возрос|растян|растяг)\w*(?:[ \u00a0]+\w+)?[ \u00a0]+$")


# The hour alone, no minutes, after "к", "с" or "до" (or "в" with a part of the day): "к 18 часам", "с 9 часов", "с 8 до
# 21 часа", "до 21 часа", "в 7 часов утра". "к" and "с" say a time of day; "до" one only with an hour of the afternoon or
# evening, a part of the day or a time of day before it, as above ("до 3 часов" stays up to three hours); "в" and "после"
# only with a part of the day ("опоздание в 2 часа", "после 14 часов переговоров" are durations). A verb of taking time
# or of a change before keeps the duration ("Работа займёт до 21 часа", "сократили с 12 часов до 8 часов", "Перерыв
# составит до 14 часов"), and so do "от" before the range ("от 10 до 14 часов") and what the hours are spent on after
# them ("до 18 часов работы", "до 16 часов подряд": _RU_TIMED_AFTER).
_RU_HOUR_CLOCK = re.compile(r"(?<![\w-])(?P<prep>(?i:в|с|после|к|до))[ \u00a0]+(?:(?P<low>[01]?\d|2[0-3])[ \u00a0]+(?i:до)[ \u00a0]+)?"
                            r"(?P<h>[01]?\d|2[0-3])[ \u00a0]+(?i:час(?:а|ов|ам)?)(?![\w-])(?![ \u00a0]+[0-5]?\d[ \u00a0]+(?i:минут))"
                            r"(?P<zone>[ \u00a0]+(?:(?i:по)[ \u00a0]+\w+[ \u00a0]+(?i:времени)|(?i:утра|дня|вечера|ночи)(?![\w-])))?")
# What the hours are spent on, after them, or "подряд": a duration ("до 18 часов работы", "до 16 часов подряд").
_RU_TIMED_AFTER = re.compile(r"[ \u00a0]+(?i:подряд|непрерывно|(?:(?:автономной|непрерывной)[ \u00a0]+)?работы|езды|пути|пол[её]та|"
                             r"перел[её]та|ходьбы|сна|ожидания|переговоров|записи|видео|музыки|разговоров?|эфира)(?![\w-])")
_RU_FROM_BEFORE = re.compile(r"(?<![\w-])(?i:от)[ \u00a0]+\d{1,2}(?:[ \u00a0]+(?i:час(?:а|ов)?))?[ \u00a0]+$")


def _ru_clock_times(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    stop = len(text) if end is None else end
    found = sorted([*_RU_CLOCK.finditer(text, start, stop), *_RU_HOUR_CLOCK.finditer(text, start, stop)], key=lambda m: m.start())
    clocks: list[tuple[int, int]] = []
    for m in found:
        prep = (m["prep"] or "").lower()
        until, hour_alone = prep == "до", m.re is _RU_HOUR_CLOCK
        if (until or hour_alone) and not m["zone"] and _RU_DURATION_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # ("займёт до 14 часов 30 минут": up to 14.5 hours)
        after_clock = bool(clocks) and not text[clocks[-1][1] : m.start()].strip()
        if hour_alone and not m["zone"] and (prep == "в" or prep == "после" and not hour_of_day_after(text, int(m["h"]), m.end()) or _RU_TIMED_AFTER.match(text, m.end()) or until and (
                _RU_FROM_BEFORE.search(text, max(0, m.start() - 16), m.start()))):
            continue  # ("опоздание в 2 часа", "от 10 до 14 часов", "до 18 часов работы": durations)
        if m["zone"] or m["prep"] and (not until or int(m["h"]) >= 13 or after_clock):
            clocks.append((m.start("low") if m.re is _RU_HOUR_CLOCK and m["low"] else m.start("h"), m.end()))
    return clocks


def in_clock_time(text: str, start: int) -> bool:
    """The character at ``start`` is inside a Russian time of day ("в 14 часов 30 минут")."""
    return any(a < start < b for a, b in _ru_clock_times(text, max(0, start - 20), start + 60))


def without_times_of_day(text: str, found: list[Figure]) -> list[Figure]:
    """``found`` without the hours and minutes of a time of day: four digits before "hours" ("at 1400 hours") and a
    Russian time of day ("в 14 часов 30 минут")."""
    clocks = _ru_clock_times(text) if "час" in text else []
    return [f for f in found if f[2].get("unit") not in ("h", "min") or not (
        clock_hours_word(text, f[0], text[f[0] : f[1]]) or any(a <= f[0] < b for a, b in clocks))]


# Feet then inches, pounds then ounces, one measure: "a 6ft 2in man" → 6.1667 ft, "weighed 7lb 3oz" → 7.1875 lb,
# "5 feet 4 inches", "five feet four inches", "six feet one inch", "7 pounds, 3 ounces" (the inches' own figure taken
# in: figures.py).
_INCH_WORDS = "|".join(w for w, v in sorted(WORD_VALUES.items(), key=lambda kv: -len(kv[0])) if v < 16)
_SMALL_NUMBER = rf"(?P<n>\d{{1,2}}|(?i:{_INCH_WORDS}))"
_INCHES_AFTER = re.compile(rf"[ \u00a0]?{_SMALL_NUMBER}(?:(?i:in|ins|inches)|[ \u00a0](?i:ins|inches|inch)|[ \u00a0](?i:in)"
                           r"(?=[ \u00a0]*(?:$|[^\w \u00a0]|(?i:tall|high|long|wide|deep)\b)))(?![\w-])")  # (not "3ft 10 in the valley")
_OUNCES_AFTER = re.compile(rf",?[ \u00a0]?{_SMALL_NUMBER}[ \u00a0]?(?i:oz|ounces?)(?![\w-])")
# Metres then centimetres, hours then minutes: "1 m 22 cm" → 1.22 m, "2 hours and 30 minutes" → 2.5 h, "3 hr 20 min" → 200 min
# (minutes that are no whole hundredth of an hour: no rounded 3.3333 h).
_CM_AFTER = re.compile(r"[ \u00a0]?(?P<n>\d{1,2})[ \u00a0]?(?i:cm|см|santim(?:etre)?|centimet(?:re|er)s?|сантиметр(?:а|ов)?)(?![\w-])")
_MINUTES_AFTER = re.compile(rf"[ \u00a0]?(?:(?i:and)[ \u00a0]+)?{_SMALL_NUMBER}[ \u00a0]?"
                            r"(?i:mins?|minutes?|минут[аы]?|dakika|dk)(?![\w-])")
_PARTS = {"ft": (_INCHES_AFTER, 12), "lb": (_OUNCES_AFTER, 16), "m": (_CM_AFTER, 100), "h": (_MINUTES_AFTER, 60)}


def with_smaller_unit(text: str, end: int, attrs: dict[str, Any], next_start: int) -> tuple[int, dict[str, Any]]:
    """The end and attributes of feet followed by inches, pounds by ounces, metres by centimetres or hours by minutes,
    as one measure in the larger unit ("6ft 2in" → 6.1667 ft, "7lb 3oz" → 7.1875 lb, "1 m 22 cm" → 1.22 m, "2 hr 30
    min" → 2.5 h), not into another figure (``next_start``); else as they are. Hours keep their minutes unrounded
    ("3 hr 20 min" → 3.333… h): :func:`hours_in_minutes` writes the figure, once its range is read, in whole minutes."""
    pattern, parts = _PARTS.get(str(attrs.get("unit")), (None, 1))
    if parts == 60 and in_clock_time(text, end - 1):
        return end, attrs  # ("в 14 часов 30 минут": a time of day, not one duration)
    m = pattern.match(text, end) if pattern is not None else None
    n = 0 if m is None else int(m["n"]) if m["n"].isdigit() else WORD_VALUES.get(m["n"].lower(), parts)
    if m is None or n >= parts or next_start < m.start("n"):  # (the next figure may be the inches themselves)
        return end, attrs
    key = "upper" if attrs.get("upper") is not None else "value"  # ("2-3 hours 20 minutes": the upper end's)
    value = attrs[key] + n / parts if parts == 60 else round(attrs[key] + n / parts, 4)
    return m.end(), {**attrs, key: int(value) if value.is_integer() else value}  # ("6ft 0in": the int 6)


# A fraction in digits before a unit, with a whole number or not: "1/2 teaspoon", "1 1/2 cups", "1-2/3 cups", "2 1/2
# hours", "не менее 3/4 срока" (the figure was the denominator: "2 cups", "2 hours", "4 срока"); only the denominators
# of measures (not "9/11 victims", "24/7 hours", "1/8 финала" read as a number).
_FRACTION_BEFORE = re.compile(r"(?<![\w./,-])(?:(?P<w>\d{1,3})(?:[ \u00a0]*-[ \u00a0]*|[ \u00a0]+))?(?P<n>\d{1,2})/$")
_FRACTION_DENOMINATORS = frozenset({2, 3, 4, 5, 8, 10, 16})


def with_fraction(text: str, out: list[Figure], start: int, attrs: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    """The start and attributes of a figure whose number is the denominator of a fraction in digits: "1 1/2 cups" →
    1.5 cups from the start of "1", "1/2 teaspoon" → 0.5 teaspoon, "2 1/2 million people" → 2 500 000 people, unless a
    figure of ``out`` ends after that start; else ``start`` and ``attrs`` as they are."""
    if text[start - 1 : start] != "/" or "upper" in attrs or not (attrs.get("unit") or attrs.get("scale")):
        return start, attrs
    scale = lookup_scale(str(attrs["scale"])) if attrs.get("scale") else None
    if attrs.get("scale") and scale is None:
        return start, attrs
    factor = 10 ** scale[0] if scale else 1  # (the value of "2 million" is 2 000 000: its denominator times the scale)
    m = _FRACTION_BEFORE.search(text, max(0, start - 12), start)
    d = re.match(r"\d{1,2}(?![\d.,]?\d)", text[start : start + 4])
    if m is None or d is None or int(d.group()) * factor != attrs.get("value") or int(d.group()) not in _FRACTION_DENOMINATORS:
        return start, attrs
    n, whole = int(m["n"]), int(m["w"] or 0)
    money = _money_whole(out, m, attrs) if out and out[-1][1] > m.start() else None
    if not 0 < n < int(d.group()) or out and out[-1][1] > m.start() and money is None:
        return start, attrs
    value = round(round(whole + n / int(d.group()), 4) * factor, 4)
    if money is not None:  # "$1 1/2 billion": the whole number was read as $1 alone
        out.pop()
        return money[0], {**attrs, "value": int(value) if value.is_integer() else value, "unit": money[1]}
    return m.start(), {**attrs, "value": int(value) if value.is_integer() else value}


def _money_whole(out: list[Figure], m: re.Match[str], attrs: dict[str, Any]) -> tuple[int, str] | None:
    """The start and currency of the last figure of ``out`` when it is the whole number of the fraction ``m`` with its
    currency sign before it ("$1" of "$1 1/2 billion") and the fraction's figure has no unit of its own."""
    b, e, whole = out[-1]
    if m["w"] is None or e != m.end("w") or attrs.get("unit") or whole.get("scale") or "upper" in whole:
        return None
    return (b, str(whole["unit"])) if whole.get("value") == int(m["w"]) and str(whole.get("unit")) in CURRENCY_CODES else None


# minutes written in a duration's span ("5 hours and 3 minutes", "2 saat 6 dakika"): they were joined into its hours
_MINUTES_WRITTEN = re.compile(r"(?<![\w])(?i:mins?|minutes?|минут[аы]?|dakika|dk)(?![\w-])")


def _minutes(hours: float, written: bool = False) -> int | None:
    """``hours`` in whole minutes when they are whole minutes but no whole hundredth of an hour (3 h 20 min → 200), or
    when the minutes were ``written`` and are no quarter of an hour (5 h 3 min → 303, not 5.05 h; 2 h 6 min → 126), else
    None (2.5 h, 1.25 h, 2 h 45 min → 2.75 h; "2.1 hours", 3.3333 h as written)."""
    minutes = hours * 60
    if abs(minutes - round(minutes)) > 1e-6:
        return None
    if written:
        return None if abs(hours * 4 - round(hours * 4)) < 1e-6 else round(minutes)
    return None if abs(hours * 100 - round(hours * 100)) < 1e-6 else round(minutes)


def hours_in_minutes(figure: Figure, text: str = "") -> Figure:
    """A duration in hours whose minutes are no whole hundredth of an hour, or whose minutes are written in ``text`` and
    are no quarter of an hour, in whole minutes, both ends of a range so: "3 hr 20 min" → 200 min, "5 hours and 3
    minutes" → 303 min (a reader does not say 5.05 h), "between 2 hr and 3 hr 20 min" → 120–200 min, not a rounded
    3.3333 h; "2 hours and 30 minutes" stays 2.5 h, "2 hours and 45 minutes" 2.75 h, a written "2.1 hours" 2.1 h. Other
    hours are rounded to four places."""
    start, end, attrs = figure
    unit = str(attrs.get("unit") or "")
    if unit != "h" and not unit.startswith("h/"):
        return figure
    ends = [k for k in ("value", "upper") if isinstance(attrs.get(k), float)]
    if not ends:
        return figure
    written = _MINUTES_WRITTEN.search(text, start, end) is not None
    if any(_minutes(attrs[k], written) is not None for k in ends):
        whole = {k: round(attrs[k] * 60) for k in ("value", "upper") if isinstance(attrs.get(k), (int, float))}
        return start, end, {**attrs, **whole, "unit": "min" + unit[1:]}
    return start, end, {**attrs, **{k: round(attrs[k], 4) for k in ends}}


def with_arc_minutes(text: str, out: list[Figure], start: int, end: int, attrs: dict[str, Any]) -> Figure:
    """The figure to append to ``out``: minutes right after degrees are of arc, and the two one
    angle ("19 derece 20 dakika" → 19.3333°; the degrees are taken off ``out``)."""
    if attrs.get("unit") == "min" and out and out[-1][2].get("unit") == "°" and not text[out[-1][1] : start].strip(" \u00a0"):
        if out[-1][1] < start:
            a_start, _a_end, degrees = out.pop()
            return a_start, end, {**degrees, "value": round(degrees["value"] + attrs["value"] / 60, 4)}
    return start, end, attrs


def one_unit(text: str, m: re.Match[str]) -> bool:
    """The "one" of figures.py's extra pattern ``m`` is joined by a hyphen to a unit of time or of measure, an adjective that
    measures its noun ("a one-minute gag", "a one-hour talk", "a one-mile run"), not the article of "one day"; not an age's
    ("one-year-old") nor a designation's "one-time"."""
    word = m.group("dur") or m.group("metric")
    return (bool(word) and m.group("xnum").lower() == "one" and text[m.end("xnum") : m.end("xnum") + 1] == "-"
            and text[m.end() : m.end() + 1] != "-")
