"""Normalise date expressions written in English, Russian and Turkish.

Public API:

* :func:`parse_date` — one phrase to ``{"start", "end", "precision",
  "undated"}``;
* :func:`find_dates` — date expressions in running text as
  ``(start, end, attrs)`` with Python ``str`` offsets;
* :func:`format_date` — attributes to a display string ("22 May 2025").

Attribute contract: ``precision`` is ``"day"``, ``"month"``, ``"year"`` or
``"decade"``; ``start``/``end`` are ISO strings shaped by the precision
(``"YYYY-MM-DD"``, ``"YYYY-MM"``, ``"YYYY"``; a decade uses ``"YYYY"``
years); a single date has ``end == start``.  Anything that cannot be pinned
down gives ``{"start": None, "end": None, "precision": None, "undated": True}``.

Decisions (hand-written on purpose, no ``dateparser``: that library has no
precision, no ranges or decades, fills missing parts from "now", guesses
month-first on numbers and reports footnote markers and "20%" as dates):

* Numeric dates are day-first.  ``03.07.2025`` and ``03-07-2025`` are always
  day.month.year (European/Turkish usage); an impossible one is rejected.
  ``03/07/2025`` is day-first too, and is read month-first only when that is
  the single valid reading (``07/23/2025`` → 23 July).  ISO ``2025-05-22`` is
  year-month-day.
* "the past/last decade" relative to a reference date R is a ``decade`` with
  ``start = R.year - 10`` and ``end = R.year`` ("the past decade" in a text
  of 2025 → 2015–2025); "the past N decades" → R.year - 10·N … R.year.
  "the 1990s" → 1990–1999.  "the past N years" → year range R.year - N …
  R.year.
* Relative forms ("last year", "this month", "the month of June", "22 May"
  without a year, "yesterday") need ``reference`` (the document's
  publication date); without it they are undated.  A month or day written
  without a year takes the reference year.
* Anaphoric forms that depend on another date in the text rather than the
  publication date ("the previous year", "during this period", "in recent
  times") are not dates here.
* Relative words are whole words ("Dün" is yesterday, "Dünya" is not); a
  range may be written with any dash or hyphen ("1972–1981", "1972 - 1981",
  "1972 -- 1981").  Russian month names are read in every case ("октябрь",
  "октября", "к октябрю", "в октябре").
* :func:`find_dates` spans leave out leading prepositions ("in", "on",
  "as of", "в") but keep range words ("between 2024 and 2025", "from May to
  June 2025") and trailing year words ("2024 году", "2025 yılında").

Nothing here does I/O and no function raises on any ``str`` input.

Size: over the house limit of 800 lines (about 1,160): the month and
relative-word lexicons of three languages, the handlers that turn a match into
an interval and the one pattern table they build (``_Table``) are read together
by the scanner, and the handlers share the private candidate and context types.
Splitting them would export those private types to a second module; they stay
in one module.
"""

from __future__ import annotations

import datetime as _dt
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time: keeps import < 50 ms
    from typing import Any, Callable

    _Handler = Callable[[re.Match[str], "_Ctx"], "tuple[dict[str, Any], bool] | None"]

__all__ = ["parse_date", "find_dates", "format_date", "UNDATED"]

UNDATED: dict[str, object] = {"start": None, "end": None, "precision": None, "undated": True}
_MIN_YEAR, _MAX_YEAR = 1000, 2199

# ---------------------------------------------------------------- month names
# Lower-case forms; a trailing "." marks an abbreviation (the dot is optional
# in text).  Russian: nominative, genitive, dative, prepositional, instrumental;
# Turkish: the base name (case suffixes are matched separately).
_MONTH_FORMS: dict[str, dict[int, list[str]]] = {
    "en": {
        1: ["january", "jan."], 2: ["february", "feb."], 3: ["march", "mar."],
        4: ["april", "apr."], 5: ["may"], 6: ["june", "jun."], 7: ["july", "jul."],
        8: ["august", "aug."], 9: ["september", "sept.", "sep."],
        10: ["october", "oct."], 11: ["november", "nov."], 12: ["december", "dec."],
    },
    "ru": {
        1: ["январь", "января", "январю", "январе", "январём", "январем", "янв."],
        2: ["февраль", "февраля", "февралю", "феврале", "февралём", "февралем", "февр.", "фев."],
        3: ["март", "марта", "марту", "марте", "мартом", "мар."],
        4: ["апрель", "апреля", "апрелю", "апреле", "апрелем", "апр."],
        5: ["май", "мая", "маю", "мае", "маем"],
        6: ["июнь", "июня", "июню", "июне", "июнем", "июн."],
        7: ["июль", "июля", "июлю", "июле", "июлем", "июл."],
        8: ["август", "августа", "августу", "августе", "августом", "авг."],
        9: ["сентябрь", "сентября", "сентябрю", "сентябре", "сентябрём", "сентябрем", "сент.", "сен."],
        10: ["октябрь", "октября", "октябрю", "октябре", "октябрём", "октябрем", "окт."],
        11: ["ноябрь", "ноября", "ноябрю", "ноябре", "ноябрём", "ноябрем", "нояб.", "ноя."],
        12: ["декабрь", "декабря", "декабрю", "декабре", "декабрём", "декабрем", "дек."],
    },
    "tr": {
        1: ["ocak"], 2: ["şubat"], 3: ["mart"], 4: ["nisan"], 5: ["mayıs"],
        6: ["haziran"], 7: ["temmuz"], 8: ["ağustos"], 9: ["eylül"], 10: ["ekim"],
        11: ["kasım"], 12: ["aralık"],
    },
}
_MONTH_NAMES_EN = ["January", "February", "March", "April", "May", "June", "July",
                   "August", "September", "October", "November", "December"]

_FOLD_TABLE = str.maketrans({
    "ı": "i", "İ": "i", "I": "i", "ş": "s", "Ş": "s", "ğ": "g", "Ğ": "g",
    "ü": "u", "Ü": "u", "ö": "o", "Ö": "o", "ç": "c", "Ç": "c", "ё": "е", "Ё": "е",
    "\u0307": None,
})
# Letters that may be written without their diacritic (ASCII keyboards).
_CHAR_CLASSES = {"ş": "[şs]", "ğ": "[ğg]", "ü": "[üu]", "ö": "[öo]", "ç": "[çc]",
                 "ı": "[ıi]", "ё": "[её]"}


def _fold(text: str) -> str:
    """Case- and diacritic-insensitive key (Turkish İ/ı safe)."""
    return text.translate(_FOLD_TABLE).lower().rstrip(".")


def _tokens(form: str) -> list[str]:
    """Regex tokens of one month form: Turkish letters also match ASCII."""
    toks = [_CHAR_CLASSES.get(ch, re.escape(ch)) for ch in form.rstrip(".")]
    return toks + ([r"\.?"] if form.endswith(".") else [])


def _trie_regex(forms: list[str]) -> str:
    """One alternation of all ``forms`` as a prefix tree (fast to match)."""
    trie: dict[str, dict] = {}
    for form in forms:
        node = trie
        for tok in _tokens(form):
            node = node.setdefault(tok, {})
        node[""] = {}

    def render(node: dict[str, dict]) -> str:
        alts = [tok + render(child) for tok, child in node.items() if tok]
        alts.sort(key=lambda a: a.startswith(r"\.?"))  # optional dots last
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return render(trie)


_MONTH_LOOKUP: dict[str, int] = {}
_month_alternatives: list[str] = []
for _lang, _forms_by_month in _MONTH_FORMS.items():
    for _num, _forms in _forms_by_month.items():
        for _form in _forms:
            _MONTH_LOOKUP[_fold(_form)] = _num
            _month_alternatives.append(_form)
_RU_PREPOSITIONAL = {_fold(f) for fs in _MONTH_FORMS["ru"].values() for f in fs if f.endswith("е")}
_other_keys = {_fold(f) for lang in ("ru", "tr") for fs in _MONTH_FORMS[lang].values() for f in fs}
_MONTH_EN_ONLY: set[str] = {_fold(f) for fs in _MONTH_FORMS["en"].values() for f in fs} - _other_keys
_MONTH_ALT = _trie_regex(_month_alternatives)
# Turkish case suffixes: after an apostrophe anything short, else locative/ablative.
_TR_SUFFIX = r"(?:['’][^\W\d_]{1,5}|n?d[ae]n?|t[ae]n?)?(?:\s+ay[ıi](?:nda|nın|ndan|na)?)?"

# ---------------------------------------------------------------- building blocks
_W_END = r"(?![^\W_])"  # no letter/digit follows


def _m(g: str) -> str:
    return rf"(?P<{g}>{_MONTH_ALT}){_TR_SUFFIX}(?![^\W_])"


def _d(g: str) -> str:
    return rf"(?P<{g}>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th|-?го)?(?!\d)"


_YEAR_SUFFIX = (
    r"(?:\s*(?:годах|годов|годы|года|году|год|гг\.|г\.|г)(?![^\W_])"
    r"|['’][^\W\d_]{1,6}"
    r"|\s+(?:y[ıi]l|sene)[^\W\d_]{0,9})?"
)
# A following unit makes a 4-digit number a quantity, not a year.
_NOT_QUANTITY = (
    r"(?!\s*(?:%|percent|per\s+cent|процент|tons?\b|tonnes?\b|t\b|km\b|kg\b"
    r"|millions?\b|billions?\b|млн|млрд|тыс|тонн|milyon|milyar|bin\b|dollars?\b|\$|€|₸|₽|₺))"
)


def _y(g: str) -> str:
    return rf"(?P<{g}>1\d{{3}}|2[01]\d{{2}})(?!\d)(?![.,]\d)"


# Dashes between the two ends of a range: hyphen(s) ("1972 - 1981", "1972 -- 1981")
# or any Unicode dash ("1972–1981", "1972 — 1981").
_DASH = r"(?:-{1,3}|[‐‑‒–—―−])"
_CONNECT = rf"(?:\s*{_DASH}\s*|\s+(?:to|and|until|till|through|thru|по|до|и|ile|ve)\s+)"
_RANGE_PREFIX = r"(?:(?:between|from|между|с|со|от)\s+)?"
_NUMWORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
             "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
             "fifteen": 15, "twenty": 20, "thirty": 30, "fifty": 50,
             "два": 2, "три": 3, "пять": 5, "десять": 10}
_N = r"(?P<n>\d{1,3}|" + "|".join(_NUMWORDS) + ")"

# Words before a bare year that make it "clearly a date" in running text.
_YEAR_CONTEXT = re.compile(
    r"(?:\b(?:in|on|since|by|until|till|through|throughout|during|before|after|from|"
    r"between|as\s+of|of|early|late|mid|year|around|circa|c\.|spring|summer|autumn|"
    r"fall|winter|fiscal|FY|end|beginning|start)"
    r"|(?<![^\W_])(?:в|во|с|со|до|после|к|на|по|между|от)|\()\s*-?\s*$",
    re.IGNORECASE,
)
# Words before a bare month name that make it a date ("in June", "the month of June").
_MONTH_CONTEXT = re.compile(
    r"(?:\b(?:in|during|throughout|since|by|until|till|early|late|mid|of|from)"
    r"|(?<![^\W_])(?:в|во|с|со|до|к|по|с\s+начала|в\s+начале|в\s+конце))\s*-?\s*$",
    re.IGNORECASE,
)


# ---------------------------------------------------------------- candidates
class _Cand:
    """A date expression found at ``start:end``."""

    __slots__ = ("start", "end", "attrs", "weak")

    def __init__(self, start: int, end: int, attrs: dict[str, Any], weak: bool = False):
        self.start = start
        self.end = end
        self.attrs = attrs
        self.weak = weak  # a bare year/month that needs context in running text


class _Ctx:
    """Per-call settings handed to the pattern handlers."""

    __slots__ = ("reference", "strict")

    def __init__(self, reference: _dt.date | None, strict: bool):
        self.reference = reference
        self.strict = strict  # running text (find_dates) rather than one phrase


def _undated() -> dict[str, Any]:
    return dict(UNDATED)


def _iso(precision: str, y: int, mo: int = 1, d: int = 1) -> str:
    if precision == "day":
        return f"{y:04d}-{mo:02d}-{d:02d}"
    if precision == "month":
        return f"{y:04d}-{mo:02d}"
    return f"{y:04d}"


def _span(precision: str, start: tuple[int, ...], end: tuple[int, ...] | None = None) -> dict[str, Any] | None:
    """Attributes for a validated single date or range; ``None`` if invalid."""
    end = end or start
    try:
        for parts in (start, end):
            y = parts[0]
            if not _MIN_YEAR <= y <= _MAX_YEAR:
                return None
            if precision == "day":
                _dt.date(parts[0], parts[1], parts[2])
            elif precision == "month" and not 1 <= parts[1] <= 12:
                return None
    except (ValueError, IndexError):
        return None
    s, e = _iso(precision, *start), _iso(precision, *end)
    if e < s:
        return None
    return {"start": s, "end": e, "precision": precision, "undated": False}


def _month_of(text: str | None, ctx: _Ctx) -> int | None:
    if not text:
        return None
    key = _fold(text)
    num = _MONTH_LOOKUP.get(key)
    if num is None:
        return None
    if ctx.strict and key in _MONTH_EN_ONLY and not text[:1].isupper():
        return None  # English month names are capitalised ("may" is a verb)
    return num


def _int(text: str | None) -> int:
    return int(text) if text else 0


def _g(m: re.Match[str], name: str) -> str | None:
    """A group's text, or ``None`` when the pattern has no such group."""
    return m.groupdict().get(name)


# ---- handlers: (match, ctx) -> (attrs, weak) or None


def _h_iso(m: re.Match[str], ctx: _Ctx) -> tuple[dict[str, Any], bool] | None:
    attrs = _span("day", (_int(m["y1"]), _int(m["mo"]), _int(m["d1"])))
    return (attrs, False) if attrs else None


def _h_numeric(m: re.Match[str], ctx: _Ctx) -> tuple[dict[str, Any], bool] | None:
    a, b, y = _int(m["a"]), _int(m["b"]), _int(m["y1"])
    attrs = _span("day", (y, b, a))
    if attrs is None and m["sep"] == "/" and a <= 12 < b:
        attrs = _span("day", (y, a, b))  # only possible reading is month-first
    return (attrs, False) if attrs else None


def _h_dmy(m: re.Match[str], ctx: _Ctx) -> tuple[dict[str, Any], bool] | None:
    mo = _month_of(m["m1"], ctx)
    if mo is None:
        return None
    y = _int(m["y1"])
    if _g(m, "d2"):
        mo2 = _month_of(_g(m, "m2"), ctx) if _g(m, "m2") else mo
        if mo2 is None:
            return None
        attrs = _span("day", (y, mo, _int(m["d1"])), (y, mo2, _int(m["d2"])))
    else:
        attrs = _span("day", (y, mo, _int(m["d1"])))
    return (attrs, False) if attrs else None


def _h_month_range(m: re.Match[str], ctx: _Ctx) -> tuple[dict[str, Any], bool] | None:
    mo1, mo2 = _month_of(m["m1"], ctx), _month_of(m["m2"], ctx)
    if mo1 is None or mo2 is None:
        return None
    y = _int(m["y1"])
    attrs = _span("month", (y, mo1), (y, mo2))
    return (attrs, False) if attrs else None


def _h_month_year(m: re.Match[str], ctx: _Ctx) -> tuple[dict[str, Any], bool] | None:
    mo = _month_of(m["m1"], ctx)
    if mo is None:
        return None
    attrs = _span("month", (_int(m["y1"]), mo))
    return (attrs, False) if attrs else None


def _h_day_month(m: re.Match[str], ctx: _Ctx) -> tuple[dict[str, Any], bool] | None:
    """A day and month without a year: the reference year."""
    mo = _month_of(m["m1"], ctx)
    if mo is None:
        return None
    day = _int(m["d1"])
    try:
        _dt.date(2000, mo, day)  # leap year: 29 Feb is a valid day-month
    except ValueError:
        return None
    if ctx.reference is None:
        return _undated(), False
    attrs = _span("day", (ctx.reference.year, mo, day))
    return (attrs or _undated()), False


def _h_month_alone(m: re.Match[str], ctx: _Ctx) -> tuple[dict[str, Any], bool] | None:
    """A month without a year ("the month of June", "in June"): reference year."""
    name = m["m1"]
    mo = _month_of(name, ctx)
    if mo is None:
        return None
    lead = m["lead"] or ""
    suffix = m.group(0)[len(lead) + len(name):]
    has_context = (
        bool(lead)
        or bool(_MONTH_CONTEXT.search(m.string, max(0, m.start() - 16), m.start()))
        or _fold(name) in _RU_PREPOSITIONAL  # "в июне" is always a date
        or (bool(_TR_LOCATIVE.match(suffix)) and name[:1].isupper())  # "Haziran'da", "Haziran ayında"
    )
    weak = not has_context
    if ctx.reference is None:
        return _undated(), weak
    return _span("month", (ctx.reference.year, mo)) or _undated(), weak


def _h_year(m: re.Match[str], ctx: _Ctx) -> tuple[dict[str, Any], bool] | None:
    attrs = _span("year", (_int(m["y1"]),))
    if attrs is None:
        return None
    suffix = m.group(0)[len(m["y1"]):]
    weak = not suffix.strip() and not _YEAR_CONTEXT.search(m.string, max(0, m.start() - 24), m.start())
    if weak and _YEAR_DETERMINER.search(m.string, max(0, m.start() - 8), m.start()):
        after = _YEAR_NOUN.match(m.string, m.end())
        weak = after is None or after.group(1).lower() in _NOT_YEAR_NOUNS
    if weak and _TR_YEAR_AFTER.match(m.string, m.end()):
        weak = False
    return attrs, weak


# Turkish words after a bare year that make it a date: "1989 tarihli", "1972 yapımı",
# "1962 doğumlu", "2010 11 sezonunda", "2011 başında", "1218 başlarında", "1564 ortalarında".
_TR_YEAR_AFTER = re.compile(
    r"[ \u00a0]+(?:tarihli|tarihinde|yapımı|yapımlı|doğumlu|çıkışlı|model|sezon[^\W\d_]*"
    r"|baş(?:ı|lar[ıi])?nda|son(?:u|lar[ıi])?nda|orta(?:s[ıi]|lar[ıi])nda)(?![^\W_])",
    re.IGNORECASE,
)


# "the 2003 war", "a 2008 raid", "the 1991 Gulf War": a year naming an event (a singular
# or capitalised noun follows; "the 2000 troops" is a count).
_YEAR_DETERMINER = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that)\s+$", re.IGNORECASE)
_YEAR_NOUN = re.compile(r"[ \u00a0]+([A-Z][a-z][\w-]*|[a-z]+(?<!s))\b")
_NOT_YEAR_NOUNS = set("""
    m ft mi ha km kg lb sq metre meter mile acre hectare ton tonne barrel foot feet person man woman
    men women children people police personnel staff and or to of in on at for by with from is was
    were are than per
    """.split())


def _h_year_short_range(m: re.Match[str], ctx: _Ctx) -> tuple[dict[str, Any], bool] | None:
    y1 = _int(m["y1"])
    y2 = y1 // 100 * 100 + _int(m["yy"])
    if y2 <= y1:
        return None
    attrs = _span("year", (y1,), (y2,))
    return (attrs, False) if attrs else None


def _h_decade(m: re.Match[str], ctx: _Ctx) -> tuple[dict[str, Any], bool] | None:
    if _g(m, "dec"):
        start = int(m["dec"])
    else:  # "the '90s": 30-99 → 1900s, 00-29 → 2000s
        dd = _int(_g(m, "dd")) * 10
        start = (1900 if dd >= 30 else 2000) + dd
    attrs = _span("year", (start,), (start + 9,))
    if attrs is None:
        return None
    attrs["precision"] = "decade"
    return attrs, False


def _h_quarter(m: re.Match[str], ctx: _Ctx) -> tuple[dict[str, Any], bool] | None:
    y = _int(m["y1"])
    kind = (m["kind"] or m["kind2"] or "").lower()
    ordinal = (m["ord"] or "").lower()
    index = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
             "fourth": 4, "4th": 4}.get(ordinal) or _int(m["q"])
    months = 6 if kind.startswith("h") else 3
    if not 1 <= index <= 12 // months:
        return None
    first = (index - 1) * months + 1
    attrs = _span("month", (y, first), (y, first + months - 1))
    return (attrs, False) if attrs else None


def _n_value(text: str | None) -> int | None:
    if not text:
        return None
    if text.isdigit():
        return int(text)
    return _NUMWORDS.get(text.lower())


def _relative(kind: str, offset: int, ctx: _Ctx) -> dict[str, Any]:
    ref = ctx.reference
    if ref is None:
        return _undated_relative()
    y = ref.year
    if kind == "year":
        return _span("year", (y + offset,)) or _undated()
    if kind == "month":
        total = y * 12 + (ref.month - 1) + offset
        return _span("month", (total // 12, total % 12 + 1)) or _undated()
    if kind == "day":
        try:
            day = ref + _dt.timedelta(days=offset)
        except OverflowError:
            return _undated()
        return _span("day", (day.year, day.month, day.day)) or _undated()
    if kind == "decade_this":
        attrs = _span("year", (y // 10 * 10,), (y // 10 * 10 + 9,))
        if attrs:
            attrs["precision"] = "decade"
        return attrs or _undated()
    return _undated()


def _h_past(m: re.Match[str], ctx: _Ctx) -> tuple[dict[str, Any], bool] | None:
    """"the past decade / N decades / N years / N months" up to the reference."""
    unit = (m["unit"] or "").lower()
    n = _n_value(_g(m, "n")) or 1
    if n > 200:
        return None
    ref = ctx.reference
    if ref is None:
        return _undated_relative(), False
    if unit.startswith(("decade", "десятилет")) or unit in ("on", "10"):
        attrs = _span("year", (ref.year - 10 * n,), (ref.year,))
        if attrs:
            attrs["precision"] = "decade"
        return (attrs or _undated()), False
    if unit.startswith(("month", "месяц", "ay")):
        total = ref.year * 12 + ref.month - 1 - n
        return (_span("month", (total // 12, total % 12 + 1), (ref.year, ref.month)) or _undated()), False
    return (_span("year", (ref.year - n,), (ref.year,)) or _undated()), False


def _h_past_days(m: re.Match[str], ctx: _Ctx) -> tuple[dict[str, Any], bool] | None:
    """"the past 24 hours / three days / two weeks": the days up to the reference."""
    n = _n_value(_g(m, "n"))
    if n is None or n > 1000:
        return None
    if ctx.reference is None:
        return _undated_relative(), False
    unit = m["unit"].lower().rstrip("s")
    first = ctx.reference - _dt.timedelta(days={"week": 7 * n, "day": n}.get(unit, -(-n // 24)))
    ref = ctx.reference
    return (_span("day", (first.year, first.month, first.day), (ref.year, ref.month, ref.day)) or _undated()), False


def _h_weekend(m: re.Match[str], ctx: _Ctx) -> tuple[dict[str, Any], bool] | None:
    """"this / last / next weekend": Saturday and Sunday of that week."""
    if ctx.reference is None:
        return _undated_relative(), False
    offset = {"last": -1, "next": 1}.get(m["rel"].lower(), 0 if m["rel"].lower() == "this" else 1)
    saturday = ctx.reference - _dt.timedelta(days=ctx.reference.weekday()) + _dt.timedelta(days=5 + 7 * offset)
    sunday = saturday + _dt.timedelta(days=1)
    return (_span("day", (saturday.year, saturday.month, saturday.day), (sunday.year, sunday.month, sunday.day))
            or _undated()), False


def _h_month_relative(m: re.Match[str], ctx: _Ctx) -> tuple[dict[str, Any], bool] | None:
    """"last December" (the latest December before the reference month), "next March", "this April"."""
    mo = _month_of(m["m1"], ctx)
    if mo is None or not m["m1"][:1].isupper():
        return None
    ref = ctx.reference
    if ref is None:
        return _undated_relative(), False
    rel = m["rel"].lower()
    y = ref.year - (mo >= ref.month) if rel == "last" else ref.year + (mo <= ref.month) if rel == "next" else ref.year
    return (_span("month", (y, mo)) or _undated()), False


_BEFORE_ERA = re.compile(r"(?<![^\W_])(?:M\.?\s?Ö\.?|BC|BCE)\s*$")
_BCE = re.compile(r"\s*(?:до\s+н\.\s?э\.|до\s+нашей\s+эры|BC\b|BCE\b|B\.C\.)", re.IGNORECASE)
# "с 862 года" is a year, "2 года" two years: "года" and "г." need a preposition before them.
_SHORT_YEAR_CONTEXT = re.compile(r"(?<![^\W_])(?:в|во|с|со|до|от|после|около|к|по)\s+$", re.IGNORECASE)


def _h_short_year(m: re.Match[str], ctx: _Ctx) -> tuple[dict[str, Any], bool] | None:
    """A year before 1000 named with its year word or era ("в 286 году", "AD 286")."""
    y = int(m["sy"])
    word = (_g(m, "yw") or "").lower()
    if word in ("года", "г.") and not _SHORT_YEAR_CONTEXT.search(m.string, max(0, m.start() - 12), m.start()):
        return None
    if _BEFORE_ERA.search(m.string, max(0, m.start() - 8), m.start()) or _BCE.match(m.string, m.end()):
        return None  # "MÖ 480 yılında", "286 г. до н. э.": before the era, which ISO years do not hold
    if not 1 <= y < _MIN_YEAR:
        return None
    iso = f"{y:04d}"
    return {"start": iso, "end": iso, "precision": "year", "undated": False}, False


def _h_nine_eleven(m: re.Match[str], ctx: _Ctx) -> tuple[dict[str, Any], bool] | None:
    """"9/11": the attacks of 11 September 2001."""
    attrs = _span("day", (2001, 9, 11))
    return (attrs, False) if attrs else None


def _relative_handler(kind: str, offset: int) -> _Handler:
    def handler(m: re.Match[str], ctx: _Ctx) -> tuple[dict[str, Any], bool] | None:
        return _relative(kind, offset, ctx), False

    return handler


_NO_REFERENCE = "relative to the publication date, which the document does not have"


def _undated_relative() -> dict[str, Any]:
    return {**UNDATED, "reason": _NO_REFERENCE}


_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "понедельник": 0, "вторник": 1, "среду": 2, "среда": 2, "четверг": 3, "пятницу": 4, "пятница": 4,
    "субботу": 5, "суббота": 5, "воскресенье": 6,
    "pazartesi": 0, "salı": 1, "çarşamba": 2, "perşembe": 3, "cuma": 4, "cumartesi": 5, "pazar": 6,
}
_WEEKDAY_ALT = "|".join(sorted(_WEEKDAYS, key=len, reverse=True))


def _h_weekday(m: re.Match[str], ctx: _Ctx) -> tuple[dict[str, Any], bool] | None:
    """"Thursday", "в четверг", "Perşembe günü": the latest such day up to the publication date."""
    word = m["wd"].lower()
    wd = _WEEKDAYS.get(word)
    if wd is None:
        return None
    if m.start() > 0 and ctx.strict and m.string[m.start() - 1 : m.start()] not in (" ", "\n", "\u00a0", "(", "«", '"', "“"):
        return None
    if re.match(r",?\s+(?:\d|[^\W\d_]+\s+\d)", m.string[m.end() : m.end() + 24]):
        return None  # "On Monday, 3 March 2025": the full date says it
    ref = ctx.reference
    if ref is None:
        return _undated_relative(), False
    day = ref - _dt.timedelta(days=(ref.weekday() - wd) % 7)
    return (_span("day", (day.year, day.month, day.day)) or _undated()), False


def _week(offset: int) -> _Handler:
    def handler(m: re.Match[str], ctx: _Ctx) -> tuple[dict[str, Any], bool] | None:
        ref = ctx.reference
        if ref is None:
            return _undated_relative(), False
        monday = ref - _dt.timedelta(days=ref.weekday()) + _dt.timedelta(days=7 * offset)
        sunday = monday + _dt.timedelta(days=6)
        return (_span("day", (monday.year, monday.month, monday.day), (sunday.year, sunday.month, sunday.day))
                or _undated()), False
    return handler


_AGO_UNITS = {"year": "year", "years": "year", "лет": "year", "год": "year", "года": "year", "yıl": "year",
              "sene": "year", "month": "month", "months": "month", "месяц": "month", "месяца": "month",
              "месяцев": "month", "ay": "month", "week": "week", "weeks": "week", "недели": "week",
              "неделю": "week", "недель": "week", "hafta": "week", "day": "day", "days": "day", "день": "day",
              "дня": "day", "дней": "day", "gün": "day"}
_AGO_NUMBERS = {**_NUMWORDS, "a": 1, "an": 1, "one": 1, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
                "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8,
                "девять": 9, "десять": 10, "bir": 1, "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6,
                "yedi": 7, "sekiz": 8, "dokuz": 9, "on": 10}
_AGO_N = "|".join(sorted(_AGO_NUMBERS, key=len, reverse=True))


def _h_ago(m: re.Match[str], ctx: _Ctx) -> tuple[dict[str, Any], bool] | None:
    """"nine months ago", "два года назад", "iki yıl önce"."""
    raw = m["an"].lower()
    n = int(raw) if raw.isdigit() else _AGO_NUMBERS.get(raw)
    unit = _AGO_UNITS.get(m["au"].lower())
    if n is None or unit is None or n > 500:
        return None
    ref = ctx.reference
    if ref is None:
        return _undated_relative(), False
    if unit == "year":
        return (_span("year", (ref.year - n,)) or _undated()), False
    if unit == "month":
        total = ref.year * 12 + ref.month - 1 - n
        return (_span("month", (total // 12, total % 12 + 1)) or _undated()), False
    days = n * (7 if unit == "week" else 1)
    try:
        day = ref - _dt.timedelta(days=days)
    except OverflowError:
        return None
    return (_span("day", (day.year, day.month, day.day)) or _undated()), False


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def _century_number(raw: str) -> int | None:
    if raw.isdigit():
        return int(raw)
    total, prev = 0, 0
    for ch in reversed(raw.upper()):
        v = _ROMAN.get(ch)
        if v is None:
            return None
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total


def _part_of(attrs: dict[str, Any] | None, part: str | None) -> dict[str, Any] | None:
    """Early/mid/late of a year range: its first, middle or last third."""
    if attrs is None or not part:
        return attrs
    a, b = int(attrs["start"][:4]), int(attrs["end"][:4])
    span = b - a + 1
    third = max(1, span // 3)
    part = part.lower()
    if part in ("early", "начале", "начало", "başları", "başlarında"):
        a, b = a, a + third - 1
    elif part in ("mid", "middle", "середине", "ortaları", "ortalarında"):
        a, b = a + third, b - third
    else:
        a, b = b - third + 1, b
    return {**attrs, "start": f"{a:04d}", "end": f"{b:04d}", "precision": "year"}


def _h_century(m: re.Match[str], ctx: _Ctx) -> tuple[dict[str, Any], bool] | None:
    """"the 20th century", "XX века", "20. yüzyıl", with early/mid/late."""
    n = _century_number(m["c"])
    if n is None or not 1 <= n <= 22:
        return None
    attrs = _part_of(_span("year", ((n - 1) * 100 + 1,), (n * 100,)), _g(m, "part"))
    return (attrs, False) if attrs else None


_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 14),
            "весной": (3, 5), "весна": (3, 5), "летом": (6, 8), "лето": (6, 8), "осенью": (9, 11),
            "осень": (9, 11), "зимой": (12, 14), "зима": (12, 14),
            "ilkbahar": (3, 5), "ilkbaharında": (3, 5), "baharında": (3, 5), "yaz": (6, 8), "yazında": (6, 8),
            "sonbahar": (9, 11), "sonbaharında": (9, 11), "kış": (12, 14), "kışın": (12, 14), "kışında": (12, 14)}
_SEASON_ALT = "|".join(sorted(_SEASONS, key=len, reverse=True))
_PART_MONTHS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}


def _h_season(m: re.Match[str], ctx: _Ctx) -> tuple[dict[str, Any], bool] | None:
    """"summer 2010", "Летом 2010 года", "2010 yazında": months of the season."""
    word = (_g(m, "s1") or _g(m, "s2") or "").lower()
    months = _SEASONS.get(word)
    if months is None:
        return None
    y = _int(m["y1"])
    first, last = months
    end = (y + 1, last - 12) if last > 12 else (y, last)
    attrs = _span("month", (y, first), end)
    return (attrs, False) if attrs else None


def _h_part_year(m: re.Match[str], ctx: _Ctx) -> tuple[dict[str, Any], bool] | None:
    """"early 2004", "mid-2010", "late 2019": a third of the year, in months."""
    part = m["part"].lower().rstrip("-")
    first, last = _PART_MONTHS.get("mid" if part == "middle" else part, (1, 12))
    y = _int(m["y1"])
    attrs = _span("month", (y, first), (y, last))
    return (attrs, False) if attrs else None


def _h_decade_part(m: re.Match[str], ctx: _Ctx) -> tuple[dict[str, Any], bool] | None:
    """"mid-1990s", "the early 2000s": part of the decade, in years."""
    start = int(m["dec"])
    attrs = _span("year", (start,), (start + 9,))
    part = m["part"].lower()
    if attrs is None:
        return None
    a = {"early": (start, start + 3), "mid": (start + 3, start + 6), "late": (start + 6, start + 9)}[part]
    return {**attrs, "start": f"{a[0]:04d}", "end": f"{a[1]:04d}", "precision": "year"}, False


# ---------------------------------------------------------------- pattern table
_SEP = r"[\s\u00a0]+"
_TR_WORD = r"[^\W\d_]*"
_B = r"(?![^\W_])"  # Unicode word end: "Dün" is not read inside "Dünya"
# Heads: where a pattern can start (every pattern also starts at a word start).
# "<y>" a run of exactly 4 digits, "<d>" a run of 1-2 digits, "<m>" a month
# name, "<q>" "Q1"/"H2", "<a>" an apostrophe before a digit ("the '90s");
# any other word is a keyword the match can begin with.  find_dates tries a
# pattern only where one of its heads stands (see _collect), so a head must
# list every way the pattern can begin (tests check this against a full scan).
_RANGE_HEAD = "between from между с со от "
_PATTERNS: list[tuple[str, str, _Handler]] = [  # compiled on first use
    # 2025-05-22, 2025/05/22, 2025.05.22
    ("<y>", rf"(?<![\d.,/-]){_y('y1')}(?P<s>[-/.])(?P<mo>0[1-9]|1[0-2])(?P=s)(?P<d1>0[1-9]|[12]\d|3[01])(?![\d.]\d|\d)", _h_iso),
    # 03.07.2025, 03/07/2025, 03-07-2025
    ("<d>", rf"(?<![\d.,/-])(?P<a>\d{{1,2}})(?P<sep>[./-])(?P<b>\d{{1,2}})(?P=sep){_y('y1')}{_YEAR_SUFFIX}", _h_numeric),
    # 22–25 May 2025, с 22 по 25 мая 2025 года
    (_RANGE_HEAD + "<d>", rf"{_RANGE_PREFIX}{_d('d1')}{_CONNECT}{_d('d2')}{_SEP}{_m('m1')},?{_SEP}{_y('y1')}{_YEAR_SUFFIX}", _h_dmy),
    # 22 May – 3 June 2025
    (_RANGE_HEAD + "<d>", rf"{_RANGE_PREFIX}{_d('d1')}{_SEP}{_m('m1')}{_CONNECT}{_d('d2')}{_SEP}{_m('m2')},?{_SEP}{_y('y1')}{_YEAR_SUFFIX}", _h_dmy),
    # May 22–25, 2025
    (_RANGE_HEAD + "<m>", rf"{_RANGE_PREFIX}{_m('m1')}{_SEP}{_d('d1')}{_CONNECT}{_d('d2')},?{_SEP}{_y('y1')}", _h_dmy),
    # May 22 – June 3, 2025
    (_RANGE_HEAD + "<m>", rf"{_RANGE_PREFIX}{_m('m1')}{_SEP}{_d('d1')}{_CONNECT}{_m('m2')}{_SEP}{_d('d2')},?{_SEP}{_y('y1')}", _h_dmy),
    # 8-May-2006, 10-Feb-2006
    ("<d>", rf"(?<![\d-]){_d('d1')}-{_m('m1')}-{_y('y1')}", _h_dmy),
    # 22 May 2025, 22nd of May 2025, 22 мая 2025 года, 22 Mayıs 2025
    ("<d>", rf"{_d('d1')}(?:{_SEP}of)?{_SEP}{_m('m1')},?{_SEP}{_y('y1')}{_YEAR_SUFFIX}", _h_dmy),
    # May 22, 2025
    ("<m>", rf"{_m('m1')}{_SEP}{_d('d1')},?{_SEP}{_y('y1')}{_YEAR_SUFFIX}", _h_dmy),
    # between May and June 2025, мае–июне 2025 года, Mayıs-Haziran 2025
    (_RANGE_HEAD + "<m>", rf"{_RANGE_PREFIX}{_m('m1')}{_CONNECT}{_m('m2')},?{_SEP}(?:of{_SEP})?{_y('y1')}{_YEAR_SUFFIX}", _h_month_range),
    # June 2025, мае 2025 года, Haziran 2025
    ("<m>", rf"{_m('m1')},?{_SEP}(?:of{_SEP})?{_y('y1')}{_YEAR_SUFFIX}", _h_month_year),
    # Q1 2025, H2 2025, the first quarter of 2025
    ("<q> <d> the first second third fourth",
     rf"(?:(?P<kind>[QH])(?P<q>[1-4])|(?:the{_SEP})?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)"
     rf"{_SEP}(?P<kind2>quarter|half)(?:{_SEP}of)?){_SEP}{_y('y1')}", _h_quarter),
    # 2024–25
    ("<y>", rf"(?<![\d.,/-]){_y('y1')}\s*{_DASH}\s*(?P<yy>\d{{2}})(?!\d)(?![.,]\d){_YEAR_SUFFIX}{_NOT_QUANTITY}", _h_year_short_range),
    # 1990s, the 1990s, the '90s, 1990-е годы, 1990'larda, 1990'lı yıllarda
    ("<y> the", rf"(?:the{_SEP})?(?P<dec>1\d\d0|20\d0|21\d0)['’]?s(?![^\W_])", _h_decade),
    ("<a> the", rf"(?:the{_SEP})?['’](?P<dd>\d)0s(?![^\W_])", _h_decade),
    ("the", rf"the{_SEP}(?P<dd>[1-9])0s(?![^\W_])", _h_decade),
    ("<y>", rf"(?P<dec>1\d\d0|20\d0|21\d0)-?(?:ые|ых|е|х)(?![^\W_])(?:{_SEP}(?:годы|годов|годах|гг\.))?", _h_decade),
    ("<y>", rf"(?P<dec>1\d\d0|20\d0|21\d0)['’]?l[ıiae](?:[^\W\d_]{{0,8}})(?:{_SEP}y[ıi]l{_TR_WORD})?", _h_decade),
    # a bare year (context decides in running text)
    ("<y>", rf"(?<![\d.,'’/]){_y('y1')}{_YEAR_SUFFIX}{_NOT_QUANTITY}", _h_year),
    # day + month without year
    ("<d>", rf"{_d('d1')}(?:{_SEP}of)?{_SEP}{_m('m1')}", _h_day_month),
    ("<m>", rf"{_m('m1')}{_SEP}{_d('d1')}(?![^\W_])(?!,?\s*\d)", _h_day_month),
    # month alone
    ("<m> the", rf"(?P<lead>the{_SEP}month{_SEP}of{_SEP})?{_m('m1')}", _h_month_alone),
    # weekdays, weeks, "N units ago"
    (" ".join(_WEEKDAYS) + " в во on last",
     rf"(?:(?:on|last|в|во){_SEP})?(?P<wd>{_WEEKDAY_ALT})(?:{_SEP}günü)?{_B}", _h_weekday),
    ("last the past previous прошлой на", rf"(?:last|the{_SEP}past|the{_SEP}previous|на{_SEP}прошлой){_SEP}(?:week|неделе){_B}", _week(-1)),
    ("this на", rf"(?:this|на{_SEP}этой){_SEP}(?:week|неделе){_B}", _week(0)),
    ("next на the", rf"(?:next|the{_SEP}coming|на{_SEP}следующей){_SEP}(?:week|неделе){_B}", _week(1)),
    ("geçen geçtiğimiz", rf"(?:geçen|geçtiğimiz){_SEP}hafta{_TR_WORD}", _week(-1)),
    ("bu", rf"bu{_SEP}hafta{_TR_WORD}", _week(0)),
    ("gelecek önümüzdeki", rf"(?:gelecek|önümüzdeki){_SEP}hafta{_TR_WORD}", _week(1)),
    ("<d> " + " ".join(k for k in _AGO_NUMBERS if not k.isdigit()),
     rf"(?P<an>\d{{1,3}}|{_AGO_N}){_SEP}(?P<au>{'|'.join(sorted(_AGO_UNITS, key=len, reverse=True))}){_SEP}(?:ago|назад|önce){_B}", _h_ago),
    # centuries
    ("the <d> early mid late в начале середине конце " + " ".join("I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII XIX XX XXI".split()),
     rf"(?:the{_SEP})?(?:(?P<part>early|mid|late)[\s-]+)?(?P<c>\d{{1,2}})(?:st|nd|rd|th){_SEP}century{_B}", _h_century),
    ("<d> " + " ".join("I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII XIX XX XXI".split()),
     rf"(?P<c>[IVXL]{{1,5}}|\d{{1,2}})(?:-?(?:го|м|й))?{_SEP}(?:век[аеу]?|в\.){_B}", _h_century),
    ("<d>", rf"(?P<c>\d{{1,2}})\.{_SEP}(?:y[üu]zy[ıi]l{_TR_WORD}|yy\.?(?:['’][^\W\d_]{{1,4}})?(?![^\W_]))", _h_century),
    # a year before 1000 with its year word: "в 286 году", "с 862 года", "286 yılında", "AD 286", "286 CE"; 9/11
    ("<d> <t>", rf"(?<![\d.,])(?P<sy>\d{{1,3}}){_SEP}(?P<yw>году|года|г\.|yılında|yılından|yılına)(?![^\W_])", _h_short_year),
    ("ad", rf"AD{_SEP}(?P<sy>\d{{1,3}})(?![\d.,]\d|\d)", _h_short_year),
    ("<d> <t>", rf"(?<![\d.,])(?P<sy>\d{{1,3}}){_SEP}(?-i:AD|CE)(?![^\W_])", _h_short_year),
    ("<d>", r"(?<![\d/.])9/11(?![\d/])", _h_nine_eleven),
    # seasons and parts of a year or decade
    (" ".join(_SEASONS) + " the in",
     rf"(?:(?:the|in){_SEP})?(?:(?P<s1>{_SEASON_ALT})(?:{_SEP}of)?){_SEP}{_y('y1')}{_YEAR_SUFFIX}", _h_season),
    ("<y>", rf"{_y('y1')}(?:['’]?(?:[dt]e|[dt]a|in|ın|un|ün|nin|nın))?{_SEP}(?P<s2>{_SEASON_ALT}){_B}", _h_season),
    ("early mid late the", rf"(?:the{_SEP})?(?P<part>early|mid|late|middle)[\s-]+{_y('y1')}(?![\d'’]?s)", _h_part_year),
    ("early mid late the", rf"(?:the{_SEP})?(?P<part>early|mid|late)[\s-]+(?P<dec>1\d\d0|20\d0|21\d0)['’]?s(?![^\W_])", _h_decade_part),
    # relative: past N …
    ("the", rf"the{_SEP}(?:past|last){_SEP}(?P<unit>decade){_B}", _h_past),
    ("the past last", rf"(?:the{_SEP})?(?:past|last){_SEP}{_N}{_SEP}(?P<unit>decades|years|months){_B}(?!{_SEP}of\b)", _h_past),
    ("the past last", rf"(?:the{_SEP})?(?:past|last){_SEP}{_N}{_SEP}(?P<unit>weeks|days|hours){_B}(?!{_SEP}of\b)", _h_past_days),
    ("this last next the", rf"(?P<rel>this|last|next|the{_SEP}coming){_SEP}weekend{_B}", _h_weekend),
    ("last next this", rf"(?P<rel>last|next|this){_SEP}{_m('m1')}(?!{_SEP}\d)", _h_month_relative),
    ("последнее прошедшее прошлое минувшее", rf"(?:последнее|прошедшее|прошлое|минувшее){_SEP}(?P<unit>десятилетие){_B}", _h_past),
    ("последние прошедшие", rf"(?:последние|прошедшие){_SEP}{_N}{_SEP}(?P<unit>лет|месяц{_TR_WORD}){_B}", _h_past),
    ("son geçtiğimiz", rf"(?:son|geçtiğimiz){_SEP}(?P<unit>on|10){_SEP}y[ıi]l{_TR_WORD}", _h_past),
    ("son geçtiğimiz", rf"(?:son|geçtiğimiz){_SEP}(?P<n>\d{{1,3}}){_SEP}(?P<unit>y[ıi]l|ay){_TR_WORD}", _h_past),
    ("this the", rf"(?:this|the{_SEP}current){_SEP}decade{_B}", _relative_handler("decade_this", 0)),
    # relative years
    ("last a", rf"(?:last{_SEP}year|a{_SEP}year{_SEP}ago){_B}", _relative_handler("year", -1)),
    ("this the", rf"(?:this{_SEP}year|the{_SEP}current{_SEP}year){_B}", _relative_handler("year", 0)),
    ("next the", rf"(?:next{_SEP}year|the{_SEP}coming{_SEP}year){_B}", _relative_handler("year", 1)),
    ("прошлом прошедшем минувшем прошлый",
     rf"(?:(?:прошлом|прошедшем|минувшем){_SEP}году|прошлый{_SEP}год){_B}", _relative_handler("year", -1)),
    ("этом текущем нынешнем этот текущий",
     rf"(?:(?:этом|текущем|нынешнем){_SEP}году|(?:этот|текущий){_SEP}год){_B}", _relative_handler("year", 0)),
    ("следующем будущем наступающем следующий",
     rf"(?:(?:следующем|будущем|наступающем){_SEP}году|следующий{_SEP}год){_B}", _relative_handler("year", 1)),
    ("geçen geçtiğimiz", rf"(?:geçen|geçtiğimiz){_SEP}(?:y[ıi]l|sene){_TR_WORD}", _relative_handler("year", -1)),
    ("bu", rf"bu{_SEP}(?:y[ıi]l|sene){_TR_WORD}", _relative_handler("year", 0)),
    ("gelecek önümüzdeki", rf"(?:gelecek|önümüzdeki){_SEP}(?:y[ıi]l|sene){_TR_WORD}", _relative_handler("year", 1)),
    # relative months
    ("last a", rf"(?:last{_SEP}month|a{_SEP}month{_SEP}ago){_B}", _relative_handler("month", -1)),
    ("this", rf"this{_SEP}month{_B}", _relative_handler("month", 0)),
    ("next", rf"next{_SEP}month{_B}", _relative_handler("month", 1)),
    ("прошлом прошедшем минувшем", rf"(?:прошлом|прошедшем|минувшем){_SEP}месяце{_B}", _relative_handler("month", -1)),
    ("этом текущем", rf"(?:этом|текущем){_SEP}месяце{_B}", _relative_handler("month", 0)),
    ("следующем", rf"следующем{_SEP}месяце{_B}", _relative_handler("month", 1)),
    ("geçen geçtiğimiz", rf"(?:geçen|geçtiğimiz){_SEP}ay{_TR_WORD}", _relative_handler("month", -1)),
    ("bu", rf"bu{_SEP}ay(?:[ıi]n|da)?{_B}", _relative_handler("month", 0)),
    ("gelecek önümüzdeki", rf"(?:gelecek|önümüzdeki){_SEP}ay{_TR_WORD}", _relative_handler("month", 1)),
    # relative days (whole words only: "Dün" is not read inside "Dünya")
    ("yesterday вчера dün", rf"(?:yesterday|вчера|dün){_B}", _relative_handler("day", -1)),
    ("today сегодня bugün", rf"(?:today|сегодня|bugün){_B}", _relative_handler("day", 0)),
    ("tomorrow завтра yarın", rf"(?:tomorrow|завтра|yarın){_B}", _relative_handler("day", 1)),
]


class _Table:
    """The compiled pattern table and the one prefilter that finds where any
    pattern can start (built on first use, not at import)."""

    def __init__(self) -> None:
        self.rows: list[tuple[re.Pattern[str], _Handler]] = []
        self.by_head: dict[str, list[int]] = {}
        keyword_heads: list[tuple[int, list[str]]] = []
        for index, (heads, rx, handler) in enumerate(_PATTERNS):
            self.rows.append((re.compile(rf"(?<![^\W_])(?:{rx})", re.IGNORECASE), handler))
            words = []
            for head in heads.split():
                if head.startswith("<"):
                    self.by_head.setdefault(head[1:-1], []).append(index)
                else:
                    words.append(head)
            if words:
                keyword_heads.append((index, words))
        self.keyword_heads = [
            (index, re.compile("|".join(map(re.escape, words)), re.IGNORECASE)) for index, words in keyword_heads
        ]
        all_words = sorted({w for _, ws in keyword_heads for w in ws}, key=len, reverse=True)
        keywords = "|".join(map(re.escape, all_words))
        self.keyword_re = re.compile(rf"(?:{keywords})(?![^\W_])", re.IGNORECASE)
        # One scan of the text finds every place a pattern can start; the
        # alternatives exclude each other except month/keyword (see rows_at).
        self.trigger = re.compile(
            rf"(?<![^\W_])(?:(?P<y>\d{{4}})(?!\d)|(?P<d>\d{{1,2}})(?!\d)|(?P<t>\d{{3}})(?!\d)|(?P<q>[QH][1-4])"
            rf"|(?P<a>)(?=['’]\d)|(?P<m>{_MONTH_ALT})|(?P<k>{keywords})(?![^\W_]))",
            re.IGNORECASE,
        )
        self._by_word: dict[str, list[int]] = {}

    def keyword_rows(self, word: str) -> list[int]:
        rows = self._by_word.get(word)
        if rows is None:
            rows = self._by_word[word] = [i for i, rx in self.keyword_heads if rx.fullmatch(word)]
        return rows

    def rows_at(self, trigger: re.Match[str]) -> list[int]:
        head = trigger.lastgroup or ""
        if head == "k":
            return self.keyword_rows(trigger.group("k"))
        rows = self.by_head.get(head, [])
        if head == "m":  # a month name that is also a keyword (none today)
            kw = self.keyword_re.match(trigger.string, trigger.start())
            if kw is not None:
                rows = sorted(set(rows) | set(self.keyword_rows(kw.group())))
        return rows


_TABLE: list[_Table] = []


def _table() -> _Table:
    if not _TABLE:
        _TABLE.append(_Table())
    return _TABLE[0]


_TR_LOCATIVE = re.compile(r"['’]?(?:n?d[ae]n?|t[ae]n?)$|\s+ay", re.IGNORECASE)
_DIGIT_RUN_AFTER = re.compile(r"[-–—/.]\d")
_DIGIT_RUN_BEFORE = re.compile(r"\d[-–—/.]$")
_MERGE_GAP = re.compile(rf"^{_CONNECT}$", re.IGNORECASE)
_MERGE_PREFIX = re.compile(r"(?<![^\W_])(?:between|from|между|с|со|от)\s+$", re.IGNORECASE)
_LIST_CONNECTOR = re.compile(r"^\s+(?:and|и|ile|ve)\s+$", re.IGNORECASE)
_URL_RE = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)


# ---------------------------------------------------------------- scanning
def _collect(text: str, ctx: _Ctx) -> list[_Cand]:
    """Every pattern's matches, as ``finditer`` per pattern would give them.

    Instead of scanning the text once per pattern, one prefilter scan finds
    the places where some pattern can start, and only the patterns whose
    head stands there are tried (``match`` at that place).  ``resume`` keeps
    each pattern's matches non-overlapping exactly as ``finditer`` does, and
    the result lists pattern by pattern, so ties in :func:`_select` resolve as
    before.  :func:`_collect_full_scan` is the slow reference (tests).
    """
    table = _table()
    rows = table.rows
    found: list[list[_Cand]] = [[] for _ in rows]
    resume = [0] * len(rows)
    for trigger in table.trigger.finditer(text):
        pos = trigger.start()
        for index in table.rows_at(trigger):
            if pos < resume[index]:
                continue
            rx, handler = rows[index]
            m = rx.match(text, pos)
            if m is None:
                continue
            end = m.end()
            resume[index] = end if end > pos else pos + 1
            if end == pos:
                continue
            result = handler(m, ctx)
            if result is not None:
                found[index].append(_Cand(pos, end, result[0], result[1]))
    return [c for cands in found for c in cands]


def _collect_full_scan(text: str, ctx: _Ctx) -> list[_Cand]:
    """Reference for :func:`_collect`: every pattern over the whole text."""
    out: list[_Cand] = []
    for rx, handler in _table().rows:
        for m in rx.finditer(text):
            if m.start() == m.end():
                continue
            result = handler(m, ctx)
            if result is None:
                continue
            attrs, weak = result
            out.append(_Cand(m.start(), m.end(), attrs, weak))
    return out


def _select(cands: list[_Cand], size: int) -> list[_Cand]:
    """Keep the longest non-overlapping candidates (earlier wins a tie)."""
    taken = bytearray(size)
    chosen: list[_Cand] = []
    for c in sorted(cands, key=lambda c: (c.start - c.end, c.start)):
        if any(taken[c.start : c.end]):
            continue
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
        chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen


def _merge(text: str, cands: list[_Cand]) -> list[_Cand]:
    """Join "X – Y", "between X and Y", "from X to Y" into ranges."""
    out: list[_Cand] = []
    i = 0
    while i < len(cands):
        c = cands[i]
        if i + 1 < len(cands):
            n = cands[i + 1]
            merged = _try_merge(text, c, n)
            if merged is not None:
                out.append(merged)
                i += 2
                continue
        out.append(c)
        i += 1
    return out


def _try_merge(text: str, a: _Cand, b: _Cand) -> _Cand | None:
    gap = text[a.end : b.start]
    if not _MERGE_GAP.match(gap):
        return None
    if _DIGIT_RUN_AFTER.match(text, b.end) or _DIGIT_RUN_BEFORE.search(text, max(0, a.start - 2), a.start):
        return None  # "2024-2025-1234" is a code, not a range
    pa, pb = a.attrs, b.attrs
    if pa["undated"] or pb["undated"] or pa["precision"] != pb["precision"]:
        return None
    if pa["precision"] == "decade" or pb["start"] < pa["end"] or pb["start"] == pa["start"]:
        return None
    prefix = _MERGE_PREFIX.search(text, max(0, a.start - 12), a.start)
    if _LIST_CONNECTOR.match(gap) and not prefix and pa["precision"] == "day":
        return None  # "on 22 May and 25 June" lists two dates
    if _LIST_CONNECTOR.match(gap) and not prefix and re.search(r",\s*$", text[max(0, a.start - 3) : a.start]):
        return None  # "2002, 2004, 2008 и 2012 годов": the end of a list, each year its own date
    if pa["precision"] == "year" and int(pb["start"]) - int(pa["end"]) > 100:
        return None
    start = a.start - (len(prefix.group(0)) if prefix else 0)
    attrs = {"start": pa["start"], "end": pb["end"], "precision": pa["precision"], "undated": False}
    return _Cand(start, b.end, attrs, weak=False)


def _coerce_reference(reference: Any) -> _dt.date | None:
    if isinstance(reference, _dt.datetime):
        return reference.date()
    if isinstance(reference, _dt.date):
        return reference
    if isinstance(reference, str):
        try:
            return _dt.date.fromisoformat(reference.strip()[:10])
        except ValueError:
            return None
    return None


def _in_spans(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start:end`` overlaps one of ``spans`` (sorted, not overlapping)."""
    i = bisect_right(spans, (start, _INF)) - 1
    if i >= 0 and spans[i][1] > start:
        return True
    return i + 1 < len(spans) and spans[i + 1][0] < end


_INF = float("inf")


def _scan(text: str, reference: Any, strict: bool) -> list[_Cand]:
    ctx = _Ctx(_coerce_reference(reference), strict)
    cands = _collect(text, ctx)
    if strict:
        urls = [(u.start(), u.end()) for u in _URL_RE.finditer(text)] if "://" in text or "www." in text.lower() else []
        if urls:
            cands = [c for c in cands if not _in_spans(urls, c.start, c.end)]
    chosen = _merge(text, _select(cands, len(text)))
    if strict:
        chosen = [c for c in chosen if not c.weak and not _ACCESS_DATE.search(text, max(0, c.start - 40), c.start)]
        chosen = _year_lists(text, chosen)
    return chosen


# "Accessed 3 July 2025", "Erişme Tarihi: 03.07.2025", "дата обращения: …": when a
# reference was read, not an event.
_ACCESS_DATE = re.compile(
    r"(?:accessed|retrieved|last\s+visited|erişi?m(?:e)?\s+tarihi|erişim|дата\s+обращения|обращения)"
    r"(?:\s+(?:on|at))?\s*[:.,]?\s*[(\[]?$",
    re.IGNORECASE,
)
_LIST_YEAR = re.compile(r"(?:,\s*|\s+(?:and|и|ve|ile)\s+)(1\d{3}|20\d{2})(?![\d.,]\d|\d)")


def _year_lists(text: str, chosen: list[_Cand]) -> list[_Cand]:
    """Each year of a list is its own date: "2002, 2004, 2008 и 2012 годов"."""
    if not chosen:
        return chosen
    taken = [(c.start, c.end) for c in chosen]
    extra = []
    for c in chosen:
        if c.attrs.get("precision") != "year" or c.attrs.get("start") != c.attrs.get("end"):
            continue
        pos = c.end
        while True:
            m = _LIST_YEAR.match(text, pos)
            if m is None:
                break
            b, e = m.start(1), m.end(1)
            if any(tb < e and b < te for tb, te in taken):
                break
            attrs = _span("year", (int(m.group(1)),))
            if attrs is None:
                break
            extra.append(_Cand(b, e, attrs))
            taken.append((b, e))
            pos = e
    return sorted(chosen + extra, key=lambda c: c.start) if extra else chosen


# ---------------------------------------------------------------- public API
def parse_date(text: str, reference: _dt.date | None = None) -> dict[str, Any]:
    """Parse one date phrase; see the module docstring for the contract.

    ``reference`` is the document's publication date (a ``date``, a
    ``datetime`` or an ISO string) used for relative expressions.  When the
    phrase holds more than one date expression the longest one is used.
    """
    if not isinstance(text, str) or not text.strip():
        return _undated()
    cands = _scan(text, reference, strict=False)
    if not cands:
        return _undated()
    best = max(cands, key=lambda c: (c.end - c.start, -c.start))
    return dict(best.attrs)


def find_dates(text: str, reference: _dt.date | None = None) -> list[tuple[int, int, dict[str, Any]]]:
    """Find date expressions in running text as ``(start, end, attrs)``.

    Found: full dates, month-year, day/month/year ranges, decades, years
    with date context ("in 2024", "As of 2025", "2024 and 2025", "2025
    yılında", "2024 году"), and relative expressions ("the past decade",
    "last year", "the month of June") — undated attributes when there is no
    ``reference``.  Not found: bare numbers, figures ("1.3 million", "20%"),
    footnote markers, dates inside URLs.
    """
    if not isinstance(text, str) or not text:
        return []
    return [(c.start, c.end, dict(c.attrs)) for c in _scan(text, reference, strict=True)]


def _parts(iso: str) -> tuple[int, int, int]:
    bits = [int(b) for b in iso.split("-")]
    return (bits + [1, 1])[0], (bits + [1, 1])[1], (bits + [1, 1])[2]


@dataclass(frozen=True)
class DateWords:
    """The words of a displayed date in one language: month names after a day
    (``months``, Russian genitive "июня") and alone (``standalone``, "июнь")."""

    months: Sequence[str] = tuple(_MONTH_NAMES_EN)
    standalone: Sequence[str] = tuple(_MONTH_NAMES_EN)
    undated: str = "undated"
    decade: str = "{0}–{1} (decade)"
    decade_s: str = "{0}s"


ENGLISH_DATE_WORDS = DateWords()


def format_date(attrs: dict[str, Any] | None, words: DateWords = ENGLISH_DATE_WORDS) -> str:
    """Display form: "22 May 2025", "June 2025", "2024–2025", "1990s",
    "2015–2025 (decade)", "22–25 May 2025", "May–June 2025", "undated"
    (in the language of ``words``)."""
    try:
        if not isinstance(attrs, dict) or attrs.get("undated") or not attrs.get("start"):
            return words.undated
        precision = attrs.get("precision")
        start = str(attrs["start"])
        end = str(attrs.get("end") or start)
        y1, m1, d1 = _parts(start)
        y2, m2, d2 = _parts(end)
        if precision == "decade":
            if y1 % 10 == 0 and y2 == y1 + 9:
                return words.decade_s.format(y1)
            return words.decade.format(y1, y2)
        if precision == "year":
            return f"{y1}" if y1 == y2 else f"{y1}–{y2}"
        if precision == "month":
            first, last = words.standalone[m1 - 1], words.standalone[m2 - 1]
            if (y1, m1) == (y2, m2):
                return f"{first} {y1}"
            if y1 == y2:
                return f"{first}–{last} {y1}"
            return f"{first} {y1}–{last} {y2}"
        if precision == "day":
            first, last = words.months[m1 - 1], words.months[m2 - 1]
            if (y1, m1, d1) == (y2, m2, d2):
                return f"{d1} {first} {y1}"
            if (y1, m1) == (y2, m2):
                return f"{d1}–{d2} {first} {y1}"
            if y1 == y2:
                return f"{d1} {first}–{d2} {last} {y1}"
            return f"{d1} {first} {y1}–{d2} {last} {y2}"
        return start if start == end else f"{start}–{end}"
    except (ValueError, IndexError, TypeError, KeyError):
        return words.undated
