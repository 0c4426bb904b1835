"""What every date pattern shares: the month words of English, Russian and Turkish,
the regex building blocks the patterns are written with, the context a handler
is called with and the interval value it returns (see :mod:`desktop.meaning.dates`
for the attribute contract).

Nothing here does I/O.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from collections.abc import Callable
from typing import TypeVar

from desktop.meaning import turkish_words
from desktop.meaning.date_kk_months import KK_IN_MONTH, KK_MONTH_FORMS

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time: keeps import < 50 ms
    from typing import Any, Callable

    # A pattern's handler: (match, ctx) -> (attrs, weak) or None when the match is not a date;
    # ``weak`` marks a bare year or month that needs context in running text.
    Handler = Callable[[re.Match[str], "Ctx"], "tuple[dict[str, Any], bool] | None"]

UNDATED: dict[str, object] = {"start": None, "end": None, "precision": None, "undated": True}
MIN_YEAR, _MAX_YEAR = 1000, 2199

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
    "tr": {number: [turkish_words.lower(name)] for number, name in enumerate(turkish_words.MONTHS, 1)},
    "kk": KK_MONTH_FORMS,  # with their case forms ("сәуірде", "желтоқсанның"): Kazakh has no separate suffix rule
}
MONTH_NAMES_EN = ["January", "February", "March", "April", "May", "June", "July",
                   "August", "September", "October", "November", "December"]

_FOLD_TABLE = str.maketrans({
    "ı": "i", "İ": "i", "I": "i", "ş": "s", "Ş": "s", "ğ": "g", "Ğ": "g",
    "ü": "u", "Ü": "u", "ö": "o", "Ö": "o", "ç": "c", "Ç": "c", "ё": "е", "Ё": "е",
    "\u0307": None,
})
# Letters that may be written without their diacritic (ASCII keyboards).
_CHAR_CLASSES = {"ş": "[şs]", "ğ": "[ğg]", "ü": "[üu]", "ö": "[öo]", "ç": "[çc]",
                 "ı": "[ıi]", "ё": "[её]"}


def fold(text: str) -> str:
    """Case- and diacritic-insensitive key (Turkish İ/ı safe)."""
    return text.translate(_FOLD_TABLE).lower().rstrip(".")


_V = TypeVar("_V")


class FoldedKeys(dict[str, _V]):
    """A table of words that a word in capitals finds too: ``str.lower()`` turns "YIL" into
    "yil" (not "yıl") and "İ" into "i" plus a combining dot, so a lookup that misses is
    tried again by :func:`fold` ("BİRKAÇ YIL", "ÜÇTE BİRİ" in a Turkish headline)."""

    def __init__(self, table: dict[str, _V]):
        super().__init__(table)
        self._folded = {fold(word): value for word, value in table.items()}

    def __missing__(self, word: str) -> _V:
        return self._folded[fold(word)]


def _tokens(form: str) -> list[str]:
    """Regex tokens of one month form: Turkish letters also match ASCII."""
    toks = [_CHAR_CLASSES.get(ch, re.escape(ch)) for ch in form.rstrip(".")]
    return toks + ([r"\.?"] if form.endswith(".") else [])


def _trie_regex(forms: list[str], tokens: Callable[[str], list[str]] = _tokens) -> str:
    """One alternation of all ``forms`` as a prefix tree (fast to match; at each branch the longer
    form is tried first, as in an alternation sorted longest first)."""
    trie: dict[str, dict] = {}
    for form in forms:
        node = trie
        for tok in tokens(form):
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


def keyword_trie(words: list[str]) -> str:
    """:func:`_trie_regex` of ``words`` taken literally (the scanner's keywords)."""
    return _trie_regex(words, lambda word: [re.escape(ch) for ch in word])


_MONTH_LOOKUP: dict[str, int] = {}
_month_alternatives: list[str] = []
for _lang, _forms_by_month in _MONTH_FORMS.items():
    for _num, _forms in _forms_by_month.items():
        for _form in _forms:
            _MONTH_LOOKUP[fold(_form)] = _num
            _month_alternatives.append(_form)
# a month alone that is always a date: "в июне", and Kazakh "сәуірде" ("in April")
RU_PREPOSITIONAL = {fold(f) for fs in _MONTH_FORMS["ru"].values() for f in fs if f.endswith("е")} | KK_IN_MONTH
RU_GENITIVE = {fold(fs[1]) for fs in _MONTH_FORMS["ru"].values()}  # "сентября", "мая"
_other_keys = {fold(f) for lang in ("ru", "tr") for fs in _MONTH_FORMS[lang].values() for f in fs}
_MONTH_EN_ONLY: set[str] = {fold(f) for fs in _MONTH_FORMS["en"].values() for f in fs} - _other_keys
MONTH_ALT = _trie_regex(_month_alternatives)
# Turkish month names alone (a year before the month: "2006 Temmuz'unda", "1494 nisanında").
TR_MONTH_ALT = _trie_regex([f for fs in _MONTH_FORMS["tr"].values() for f in fs])
# Turkish case suffixes: after an apostrophe anything short, else locative/ablative.
_TR_SUFFIX = r"(?:['’][^\W\d_]{1,5}|n?d[ae]n?|t[ae]n?)?(?:\s+ay(?:lar)?[ıi](?:nda|nın|ndan|na)?)?"

# ---------------------------------------------------------------- building blocks
def month_re(g: str) -> str:
    return rf"(?P<{g}>{MONTH_ALT}){_TR_SUFFIX}(?![^\W_])"


def day_re(g: str) -> str:
    return rf"(?P<{g}>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th|-?го)?(?!\d)"


YEAR_SUFFIX = (
    r"(?:\s*(?:годах|годов|годы|года|году|год|гг\.|г\.|г|ж\.(?!\s?-?\s?д\.)(?!\s*(?:бұрын|бойы|ішінде|өткен)(?![^\W_])))(?![^\W_])"  # "ж.": Kazakh "жыл", "28 сәуір 2020 ж."; not Russian "ж.-д.", "ж. д." (railway)
    # (nor "1500 ж. бұрын", N years ago; "бойы", "ішінде": for, within N years)
    r"|['’][^\W\d_]{1,6}"
    # a Russian ordinal year ("в 1997-м", "апреле 1999-го", "с 2010-го по 2015-й год", "в 2001-м году")
    r"|-(?:го|й|м)(?:[ \u00a0]+(?:года|году|год))?(?![^\W_])"
    r"|(?:[dt][ae]n?|[dt][ae]ki)(?![^\W_])"  # Turkish case endings without the apostrophe: "1987de"
    r"|\s+(?:y[ıi]l(?!l[ıi]k)|sene)[^\W\d_]{0,9})?"
)
# A following unit makes a 4-digit number a quantity, not a year.
NOT_QUANTITY = (
    r"(?!\s*(?:%|percent|per\s+cent|процент|tons?\b|tonnes?\b|t\b|km\b|kg\b"
    r"|millions?\b|billions?\b|млн|млрд|тыс|тонн|milyon|milyar|bin\b|dollars?\b|\$|€|₸|₽|₺"
    # lengths, areas and counts: "в 1200 километрах от Москвы", "Расстояние в 1600 км", "1500 kişi"
    r"|(?-i:m|mi)\b|miles?\b|ft\b|feet\b|met(?:re|er)s?\b|kilomet(?:re|er)s?\b|hectares?\b|acres?\b"
    r"|км\b|(?-i:м)\b|метр|километр|миль|кг\b|га\b|гектар|человек|долл|руб|тенге|евро|штук"
    r"|metre|kilometre|kişi))"
)


def year_re(g: str) -> str:
    return rf"(?P<{g}>1\d{{3}}|2[01]\d{{2}})(?!\d)(?![.,]\d)"


# Dashes between the two ends of a range: hyphen(s) ("1972 - 1981", "1972 -- 1981")
# or any Unicode dash ("1972–1981", "1972 — 1981").
DASH = r"(?:-{1,3}|[‐‑‒–—―−])"
CONNECT = rf"(?:\s*{DASH}\s*|\s+(?:to|and|until|till|through|thru|по|до|и|ile|ila|ve)\s+)"
# a part of the day after a range's first end ("from Saturday night to Monday morning") and a time of day at either
# end ("from 06:00 on Friday to 18:00 on Sunday", "from 10 p.m. Friday to 6 a.m. Monday", "from Friday at 22:00 to
# Sunday at 06:00": the range is of days, a time keeps its date); read by date_merge and date_week_days
PART_OF_DAY = r"(?:[ \u00a0]+(?:morning|afternoon|evening|night))?"
CLOCK = r"(?:\d{1,2}(?:[:.][0-5]\d)?[ \u00a0]*[ap]\.?m\b\.?|(?:[01]?\d|2[0-3]):[0-5]\d|noon|midnight)"
CLOCK_AFTER = rf"(?:,?[ \u00a0]+at[ \u00a0]+{CLOCK})?"
CLOCK_AHEAD = rf"(?:{CLOCK}[ \u00a0]+(?:on[ \u00a0]+)?)?"
RANGE_PREFIX = r"(?:(?:between|from|между|с|со|от)\s+)?"
NUMWORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
             "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
             "fifteen": 15, "twenty": 20, "thirty": 30, "fifty": 50,
             "два": 2, "три": 3, "пять": 5, "десять": 10}
NUMBER = r"(?P<n>\d{1,3}|" + "|".join(NUMWORDS) + ")"

# Words before a bare year that make it "clearly a date" in running text.
YEAR_CONTEXT = re.compile(
    r"(?:\b(?:in|on|since|by|until|till|through|throughout|during|before|after|from|"
    r"between|as\s+of|of|early|late|mid|year|around|circa|c\.|spring|summer|autumn|"
    r"fall|winter|fiscal|FY|end|beginning|start|born|died|founded|established|b\.|d\.|ö\."
    r"|kuruluş|kuruluşu|doğum|ölüm)"
    r"|\b(?:since|by|until|till|through|before|after|from)\s+at\s+least"  # "until at least 2025" (not "of at least")
    r"|\bas\s+(?:early|late|soon|recently|long\s+ago|far\s+back)\s+as"  # "as early as 2022", "as far back as 1999" (time,
    # where "as many as 2000" counts)
    r"|(?<![^\W_])(?:в|во|с|со|до|после|к|на|по|между|от|р\.)|\()\s*-?\s*$",
    re.IGNORECASE,
)
# Words before a bare month name that make it a date ("in June", "the month of June").
MONTH_CONTEXT = re.compile(
    r"(?:\b(?:(?:since|by|until|till|from|through)(?:\s+at\s+least)?|in|during|throughout|early|late|mid|of"
    r"|the\s+following|as\s+(?:early|late|soon|recently|long\s+ago|far\s+back)\s+as)"
    r"|(?<![^\W_])(?:в|во|с|со|до|к|по|с\s+начала|в\s+начале|в\s+конце))\s*-?\s*$",
    re.IGNORECASE,
)


class Ctx:
    """Per-call settings handed to the pattern handlers."""

    __slots__ = ("reference", "strict")

    def __init__(self, reference: _dt.date | None, strict: bool):
        self.reference = reference
        self.strict = strict  # running text (find_dates) rather than one phrase


def undated() -> dict[str, Any]:
    return dict(UNDATED)


def _iso(precision: str, y: int, mo: int = 1, d: int = 1) -> str:
    if precision == "day":
        return f"{y:04d}-{mo:02d}-{d:02d}"
    if precision == "month":
        return f"{y:04d}-{mo:02d}"
    return f"{y:04d}"


def span(precision: str, start: tuple[int, ...], end: tuple[int, ...] | None = None) -> dict[str, Any] | None:
    """Attributes for a validated single date or range; ``None`` if invalid."""
    end = end or start
    try:
        for parts in (start, end):
            y = parts[0]
            if not MIN_YEAR <= y <= _MAX_YEAR:
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


# The thirds of a year in months: "early 2020", "the end of the year", "yıl sonunda", "в начале года".
YEAR_THIRDS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
# A year written in digits, 1500–2099, not inside a longer number or a decimal ("the 2024 budget", not
# "1.2015" or "120,2024"): the years a paragraph gives before a date that names none
MODERN_YEAR = re.compile(r"(?<![\d.,])(?:1[5-9]|20)\d{2}(?![\d.,]?\d)")
# "last / this / next" before a year's or a month's word, in the three languages; keyed by :func:`fold`, so
# "GEÇTİĞİMİZ" and "gectigimiz" find "geçtiğimiz" (Python lower-cases "İ" to "i̇").
REL_YEAR = {fold(word): offset for word, offset in {
    "last": -1, "this": 0, "next": 1, "прошлого": -1, "минувшего": -1, "этого": 0, "текущего": 0,
    "нынешнего": 0, "следующего": 1, "будущего": 1, "geçen": -1, "geçtiğimiz": -1, "bu": 0, "gelecek": 1,
    "önümüzdeki": 1}.items()}


def year_part(index: int, months: int) -> tuple[int, int] | None:
    """The first and last month of the ``index``-th part of ``months`` months of a year (a quarter 3, a half 6:
    the second quarter is April–June, (4, 6)); ``None`` for an index the year does not have."""
    if not 1 <= index <= 12 // months:
        return None
    first = (index - 1) * months + 1
    return first, first + months - 1


def month_week(year: int, month: int, index: int | None) -> dict[str, Any] | None:
    """The seven days of the ``index``-th week of a month (0: days 1–7, 1: 8–14, …; ``None``: its last seven
    days): "the first week of March", "Mart ayının son haftasında"."""
    last_day = calendar.monthrange(year, month)[1]
    first = index * 7 + 1 if index is not None else last_day - 6
    return span("day", (year, month, first), (year, month, first + 6))


def english_month(text: str) -> bool:
    """Whether ``text`` is a month's name of English only ("Mar", "June"; not "Mart", "мая")."""
    return fold(text) in _MONTH_EN_ONLY


def month_of(text: str | None, ctx: Ctx) -> int | None:
    if not text:
        return None
    key = fold(text)
    num = _MONTH_LOOKUP.get(key)
    if num is None:
        return None
    if ctx.strict and key in _MONTH_EN_ONLY and not text[:1].isupper():
        return None  # English month names are capitalised ("may" is a verb)
    return num


def to_int(text: str | None) -> int:
    return int(text) if text else 0


def group(m: re.Match[str], name: str) -> str | None:
    """A group's text, or ``None`` when the pattern has no such group."""
    return m.groupdict().get(name)



NO_REFERENCE = "relative to the publication date, which the document does not have"


def undated_relative() -> dict[str, Any]:
    return {**UNDATED, "reason": NO_REFERENCE}


def paragraph_start(text: str, pos: int, reach: int) -> int:
    """Where the paragraph holding ``pos`` starts (after its last line break), read at most ``reach``
    characters back: a paragraph without a line break for 300 KB is not read back to its start."""
    lo = max(0, pos - reach)
    return text.rfind("\n", lo, pos) + 1 or lo


SEP = r"[\s\u00a0]+"
TR_WORD = r"[^\W\d_]*"
WORD_END = r"(?![^\W_])"  # Unicode word end: "Dün" is not read inside "Dünya"
# a Turkish date in the dative before "until" ("2015'e kadar", "Mart'a dek", "Mayıs'a değin"), read by date_absolute
# (a month alone) and date_merge (the end of "2010'dan 2015'e kadar")
TR_DATIVE = r"['’](?:y?[ae]|n[ae])"
TR_UNTIL_AFTER = re.compile(r"[ \u00a0]+(?:kadar|dek|değin)(?![^\W_])", re.IGNORECASE)
TR_LOCATIVE = re.compile(r"['’]?(?:n?d[ae]n?|t[ae]n?)$|\s+ay", re.IGNORECASE)


# "1991 ile 1995 arasında", "1991 ve 1995 yılları arasında", "1988 ve 1994 arasındaki": between, a range.
BETWEEN_AFTER = re.compile(
    r"(?:['’]?[^\W\d_]{0,6})?(?:[ \u00a0]+(?:y[ıi]llar[ıi]|aylar[ıi]))?[ \u00a0]+aras[ıi]nda(?:ki)?(?![^\W_])", re.IGNORECASE
)


def yearless(attrs: dict[str, Any] | None) -> dict[str, Any] | None:
    """``attrs`` of a day or month written without a year, marked so that the scanner may give
    it the year of the text around it (the mark never leaves the scanner)."""
    if attrs is not None:
        attrs["yearless"] = True
    return attrs


_T = TypeVar("_T")


def join_adjacent(items: list[_T], join: Callable[[_T, _T], _T | None]) -> list[_T]:
    """``items`` in order, each pair of neighbours that ``join`` makes one item replaced by it
    (the two ends of a written range: "1991–1995", "from 1598 to 1722")."""
    out: list[_T] = []
    i = 0
    while i < len(items):
        if i + 1 < len(items):
            joined = join(items[i], items[i + 1])
            if joined is not None:
                out.append(joined)
                i += 2
                continue
        out.append(items[i])
        i += 1
    return out


class Cand:
    """A date expression found at ``start:end``."""

    __slots__ = ("start", "end", "attrs", "weak")

    def __init__(self, start: int, end: int, attrs: dict[str, Any], weak: bool = False):
        self.start = start
        self.end = end
        self.attrs = attrs
        self.weak = weak  # a bare year/month that needs context in running text

    def in_digits(self, text: str) -> bool:
        """Whether the date is written with a digit ("in 1998", "May 3"; not "last year")."""
        return _DIGIT.search(text, self.start, self.end) is not None


_DIGIT = re.compile(r"\d")
