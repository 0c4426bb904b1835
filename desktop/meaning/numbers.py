"""Read and write the numbers of figures: digit strings with their grouping and decimal marks (and
number words as one fast regex alternation, ``word_alternation``).

Number syntax.  Spaces (normal, no-break, thin) and apostrophes always group
thousands.  A lone ``,`` or ``.`` is decided by context: followed by anything
but exactly three digits it is a decimal mark; followed by exactly three digits
it groups thousands in English context ("1,200" → 1200) but is a decimal comma
in Russian/Turkish context ("1,200 млн" → 1.2 million, while "1.300 ton"
stays 1.3 in English context).  When both marks occur, the last one is the
decimal mark ("1,234.5", "1.234,5").

Nothing here does I/O and no function raises on any ``str`` input.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from desktop.meaning import turkish_words

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time (as figures.py)
    from collections.abc import Callable
    from typing import Any

__all__ = ["parse_number", "format_number", "format_figure", "to_number", "is_grouped", "thousand_first", "word_alternation",
           "continental_sentence", "turkish_sentence", "dots_group_thousands", "TR_NUMBERS", "opens_sentence"]

# Characters that group thousands.
_GROUP_SPACES = " \u00a0\u202f\u2009"
_GROUP_APOSTROPHES = "'\u2019"
_MAX_DIGITS = 30


def to_number(value: Decimal) -> int | float:
    """``int`` when integral, else ``float``."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def parse_number(raw: str, continental: bool = False) -> Decimal | None:
    """Read a digit string with grouping/decimal marks; ``None`` if malformed.

    ``continental`` says the context is Russian/Turkish (decimal comma, dot or
    space grouping); see the module docstring for the rules.
    """
    s = raw
    for ch in _GROUP_SPACES + _GROUP_APOSTROPHES:
        s = s.replace(ch, "")
    if not s or sum(c.isdigit() for c in s) > _MAX_DIGITS:
        return None
    commas, dots = s.count(","), s.count(".")
    if commas and dots:
        decimal_mark = "," if s.rfind(",") > s.rfind(".") else "."
        group_mark = "." if decimal_mark == "," else ","
        s = s.replace(group_mark, "").replace(decimal_mark, ".")
    elif commas or dots:
        mark = "," if commas else "."
        count = commas or dots
        tail = s.rsplit(mark, 1)[1]
        grouping = count > 1 or (
            len(tail) == 3 and (continental if mark == "." else not continental)
        )
        if count > 1 and len(tail) != 3:
            return None
        s = s.replace(mark, "") if grouping else s.replace(mark, ".")
    try:
        return Decimal(s)
    except (InvalidOperation, ValueError):
        return None


def is_grouped(raw: str) -> bool:
    """True when the digit string visibly groups thousands ("1 300", "1,200")."""
    if any(ch in raw for ch in _GROUP_SPACES + _GROUP_APOSTROPHES):
        return True
    return bool(re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?", raw))


def _group_digits(digits: str) -> str:
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return " ".join(parts)


# Languages that write a decimal comma ("9,8"): Turkish, Russian, Kazakh (CLDR).  Thousands are
# grouped with spaces in every language ("1 300 000"): unambiguous next to a comma or a point, where
# the Turkish dot ("1.300.000") would read as a decimal point to an English reader of the same store.
DECIMAL_COMMA = frozenset({"tr", "ru", "kk"})
__all__ += ["decimal_mark", "DECIMAL_COMMA", "language_code", "unit_shown", "unit_typed"]  # writing numbers and units in a language
# Languages that write the per cent sign before the number ("%20": CLDR's "%#,##0", TDK's rule).
_PERCENT_FIRST = frozenset({"tr"})


def language_code(language: str) -> str:
    """The language of a locale name: "ru_RU", "ru-RU" → "ru"."""
    return language.replace("-", "_").split("_")[0].lower()


def decimal_mark(language: str = "en") -> str:
    """The decimal mark a reader of ``language`` ("en", "tr", "ru", "kk") writes: "," or "."."""
    return "," if language_code(language) in DECIMAL_COMMA else "."


def format_number(value: Any, decimal: str = ".") -> str:
    """``1300000`` → "1 300 000", ``1.25`` → "1.25" (``decimal=","``: "1,25"); ``""`` if not a number.

    For people only: data exports and the store keep the number itself."""
    if isinstance(value, bool):
        return ""
    try:
        if isinstance(value, float):
            dec = Decimal(repr(value))
        else:
            dec = Decimal(str(value).strip())
        if not dec.is_finite():
            return ""
        text = format(dec.normalize(), "f") if dec != dec.to_integral_value() else str(int(dec))
    except (InvalidOperation, ValueError, TypeError, OverflowError):
        return ""
    sign = ""
    if text.startswith("-"):
        sign, text = "-", text[1:]
    whole, _, frac = text.partition(".")
    out = sign + _group_digits(whole)
    return f"{out}{decimal}{frac}" if frac else out


def format_figure(attrs: dict[str, Any] | None, language: str = "en") -> str:
    """Display form in ``language``: "1 300 000 t", "20 %", "9.8–10.5 m/s²", "≤ 15"; in Russian
    "9,8 m/s²" (the number only: units are the caller's, see desktop.ui.localised), in Turkish
    "%20" and "9,8"."""
    if not isinstance(attrs, dict):
        return ""
    decimal = decimal_mark(language)
    number = format_number(attrs.get("value"), decimal)
    unit = attrs.get("unit") or ""
    if not isinstance(unit, str):
        unit = str(unit)
    if not number:
        return unit
    upper = format_number(attrs.get("upper"), decimal) if attrs.get("upper") is not None else ""
    percent_first = unit == "%" and language_code(language) in _PERCENT_FIRST
    if percent_first:  # the sign before the per cent sign ("-%5", CLDR's Turkish "-%#,##0")
        unit = ""
        if upper and (number.startswith("-") or upper.startswith("-")):
            number, upper = _percent_first(number), _percent_first(upper)  # each end its own ("-%5 – -%2")
        else:
            number = _percent_first(number)  # once for a range of positive ends ("%5–10")
    if upper:  # a negative high end behind spaces, not glued to the dash ("-5 – -2", not "-5–-2")
        number = f"{number} – {upper}" if upper.startswith("-") else f"{number}–{upper}"
    qualifier = attrs.get("qualifier")
    if isinstance(qualifier, str) and qualifier:
        number = f"{qualifier} {number}"
    return f"{number} {unit}" if unit else number


def unit_shown(unit: str, symbol: Callable[[str], str | None]) -> str:
    """A figure's unit as a language writes it: the symbol ``symbol`` gives for the whole ("m/s²" → "м/с²"), else a
    rate's parts each ("USD/bbl", "h/d" → "ч/дн."); a part with no symbol (a currency code, "%", a unit the analyst
    typed) as stored. One rule for the window (desktop.ui.localised) and the reports (desktop.export.texts)."""
    shown = symbol(unit)
    if shown is None and "/" in unit:
        return "/".join(unit_shown(part, symbol) for part in unit.split("/"))
    return unit if shown is None else shown


def unit_typed(typed: str, code: Callable[[str], str | None]) -> str:
    """The unit code to store for a unit typed as a language writes it (:func:`unit_shown` read back): "м/с²" →
    "m/s²", "USD/чел." → "USD/person"; ``code`` gives the code of a symbol, and anything it does not know ("m/s²"
    typed as the code, a unit of the analyst's own) is kept as typed."""
    typed = typed.strip()
    whole = code(typed)
    if whole is not None or "/" not in typed:
        return typed if whole is None else whole
    parts = [code(part) or part for part in typed.split("/")]
    # what a rate is counted against is one person, where a figure alone counts people ("чел." is both)
    return "/".join([parts[0], *("person" if p == "people" else p for p in parts[1:])])


def _percent_first(number: str) -> str:
    sign = "-" if number.startswith("-") else ""
    return f"{sign}%{number[len(sign):]}"


def word_alternation(words: list[str]) -> str:
    """An alternation of ``words`` as a tree of their shared beginnings ("дв(?:а|е|ух|…)"): the same
    matches, longest first, but the regex engine tries each beginning once, not each of ~250 words."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return f"(?:{emit(tree)})"


# Turkish writes 1 200 as "bin 200" (a thousand and 200): "Bin 200 kişi katıldı", "bin 500 lira".
_THOUSAND_BEFORE = re.compile(r"(?<![\w.,'’-])(?:[Bb]in|BİN)[ \u00a0]+$")
_SMALL_DIGITS = re.compile(r"\d{1,3}(?![\d.,]\d|\d)")
_TURKISH_LETTERS = re.compile("[çğışöüÇĞİŞÖÜ]")


# Turkish number words above one ("iki" … "yüz"), for counts (counts.py), thousands and units.py.
TR_NUMBERS = {"iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8, "dokuz": 9, "on": 10, "yirmi": 20,
              "otuz": 30, "kırk": 40, "elli": 50, "altmış": 60, "yetmiş": 70, "seksen": 80, "doksan": 90, "yüz": 100}
_THOUSANDS_WORD = re.compile(r"(?<![\w'’-])(?P<w>(?i:" + "|".join(TR_NUMBERS).replace("i", "[iİ]") + r"))[ \u00a0]+$")
_NUMBER_BEFORE = re.compile(r"(?:\d|(?<![\w'’-])(?i:bir|yüz|milyon|milyar))[ \u00a0]+$")


def thousand_first(text: str, start: int, attrs: dict[str, Any]) -> tuple[int, dict[str, Any]] | None:
    """The start and attributes of a figure at ``start`` whose number follows a Turkish "bin" (a
    thousand): "Bin 200 kişi" → 1 200 people, "İki bin 500 kişi" → 2 500 people (a number word
    before "bin" multiplies it; after any other number "bin" is no thousand of its own); None
    when it does not."""
    head = _THOUSAND_BEFORE.search(text, max(0, start - 5), start)
    digits = _SMALL_DIGITS.match(text, start)
    if head is None or digits is None or attrs.get("scale") or "upper" in attrs or attrs.get("value") != int(digits.group()):
        return None
    if not _TURKISH_LETTERS.search(text, max(0, start - 160), start + 160):
        return None  # Turkish only ("the bin 3 feet away")
    word = _THOUSANDS_WORD.search(text, max(0, head.start() - 10), head.start())
    if word is not None:
        if _NUMBER_BEFORE.search(text, max(0, word.start() - 10), word.start()):
            return None  # "yüz on bin 500": a longer number
        times = TR_NUMBERS[turkish_words.lower(word["w"])]
        return word.start(), {**attrs, "value": times * 1000 + int(digits.group())}
    if _NUMBER_BEFORE.search(text, max(0, head.start() - 10), head.start()):
        return None
    return head.start(), {**attrs, "value": 1000 + int(digits.group())}


# A dot before exactly three digits groups thousands in Turkish and Russian text ("3.500 metre",
# "1.200 km uzunluğunda": 3 500 m, 1 200 km), whatever the unit's language; in English text it stays
# a decimal point ("1.300 ton" → 1.3), also where the sentence names "Şimşek" or "Газпром" once.
_DOTTED = re.compile(r"\d{1,3}(?:\.\d{3})+")
_CONTINENTAL_LETTERS = re.compile("[çğışöüÇĞİŞÖÜа-яёА-ЯЁ]")
_WORD = re.compile(r"[^\W\d_]+")
# The commonest function words of English and of Turkish (Russian words are Cyrillic).
_ENGLISH_WORDS = frozenset("""the a an and of to in is was were are be been for with that on by from has have had
    said says would will could at as it its this than long high wide deep""".split())
_TURKISH_WORDS = frozenset("ve bir bu ile için olarak olan daha gibi sonra kadar ancak veya çok".split())


def continental_sentence(text: str, start: int) -> bool:
    """The sentence around ``start`` is Turkish or Russian: more of its words are Cyrillic, have
    Turkish letters or are Turkish function words than are English function words."""
    begin, stop = sentence_around(text, start, 200)
    own = english = 0
    for word in _WORD.findall(text, begin, stop):
        low = word.lower()
        if low in _ENGLISH_WORDS:
            english += 1
        elif low in _TURKISH_WORDS or _CONTINENTAL_LETTERS.search(word):
            own += 1
    return own > english


def sentence_around(text: str, start: int, reach: int) -> tuple[int, int]:
    """The bounds of the sentence around ``start``, at most ``reach`` characters either side: after the last ". ", "! ",
    "? " or line break before it, to the first of them after it."""
    left = max(0, start - reach)
    cut = max(text.rfind(". ", left, start), text.rfind("\n", left, start), text.rfind("! ", left, start),
              text.rfind("? ", left, start))
    ends = [i for i in (text.find(mark, start, start + reach) for mark in (". ", "\n", "! ", "? ")) if i >= 0]
    return (cut + 1 if cut >= 0 else left), (min(ends) if ends else start + reach)


def opens_sentence(text: str, start: int, datelines: bool = False) -> bool:
    """``start`` opens a sentence, a line or a clause: only spaces and quotes between it and the text's start, a line
    break, a stop, a colon, a dash or a bracket ("Rates held. Once a month, …").  With ``datelines`` (the amounts' and
    vague amounts' callers, as their own copy did) a hyphen after a space opens one too ("LONDON - Tens of …") and a
    curly single quote is stripped, a guillemet not; without, a hyphen does not ("Книга - Двенадцать стульев - вышла",
    "Almanya - Leopard 2 tankı": a title, a model's name)."""
    if datelines:
        before = text[max(0, start - 3) : start].rstrip(" \u00a0\"'“‘")
        return not before or before[-1] in ".!?\n:;—–(" or before.endswith(" -")
    before = text[max(0, start - 3) : start].rstrip(" \u00a0\"'“«")
    return not before or before[-1] in ".!?\n:;—–("


def turkish_sentence(text: str, start: int) -> bool:
    """The sentence around ``start`` is Turkish: continental (:func:`continental_sentence`) with no Cyrillic word near
    in the sentence itself (a Russian sentence beside a Turkish one, in the same line or the paragraph after, says
    nothing of the Turkish one's language)."""
    lo, hi = sentence_around(text, start, 100)
    return continental_sentence(text, start) and CYRILLIC.search(text, lo, hi) is None


CYRILLIC = re.compile("[а-яёА-ЯЁ]")


def dots_group_thousands(raw: str, text: str, start: int) -> bool:
    """``raw`` (at ``start`` in ``text``) is written with dots grouping thousands, in a sentence of
    Turkish or Russian text."""
    return _DOTTED.fullmatch(raw) is not None and continental_sentence(text, start)
