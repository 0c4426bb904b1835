"""The figure parsers' vocabulary lookups, each spelling looked up once.

* :func:`lookup_scale`, :func:`lookup_unit`, :func:`lookup_precur` — a scale word, a unit word or a
  currency written before the number to what it means (power of ten and language; symbol and
  language; currency code), from the tables of :mod:`desktop.meaning.units`;
* :func:`unit_symbol` — the symbol of a unit of measure or money written as a word;
* :func:`rx` — a pattern compiled on first use and kept.

No I/O; nothing here raises on a ``str``.
"""

from __future__ import annotations

import re

from desktop.meaning.units import CURRENCY_CODES, PRE_CURRENCIES, SCALES, UNITS, WRITTEN_CODES

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time: keeps import < 50 ms
    from typing import Any

__all__ = ["CONTINENTAL", "CURRENCY_CODES", "lookup_precur", "scaled_pounds", "lookup_scale", "weighed_before", "lookup_unit", "rx", "unit_symbol"]

# Languages whose number convention is decimal comma / dot (or space) grouping.
CONTINENTAL = frozenset({"ru", "tr"})
_COMPILED: dict[str, re.Pattern[str]] = {}


def rx(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """Compile on first use (not at import) and keep the result."""
    found = _COMPILED.get(pattern)
    if found is None:
        found = _COMPILED[pattern] = re.compile(pattern, flags)
    return found


_LOOKUPS: dict[tuple[str, str], Any] = {}  # (kind, word) → lookup result


def _cached(kind: str, word: str, lookup: Any) -> Any:
    """Scale/unit/currency words repeat: look each spelling up once."""
    key = (kind, word)
    try:
        return _LOOKUPS[key]
    except KeyError:
        if len(_LOOKUPS) > 4096:
            _LOOKUPS.clear()
        found = _LOOKUPS[key] = lookup(word)
        return found


def lookup_scale(word: str) -> tuple[int, str] | None:
    return _cached("scale", word, _find_scale)


def lookup_unit(word: str) -> tuple[str, str] | None:
    return _cached("unit", word, _find_unit)


def unit_symbol(word: str) -> str | None:
    """The symbol of a unit of measure or money written as a word ("miles" → mi), or None (None
    for "people", a count's unit, for "pounds", money or weight, and for letters: "M", "t")."""
    if len(word) < 3 or not word.islower() or word.startswith("pound"):
        return None
    found = lookup_unit(word)
    return found[0] if found is not None and found[0] != "people" else None


def lookup_precur(word: str) -> str:
    return _cached("precur", word, _find_precur)


def _find_scale(word: str) -> tuple[int, str] | None:
    for pattern, power, lang in SCALES:
        if rx(pattern).fullmatch(word):
            return power, lang
    return None


def _find_unit(word: str) -> tuple[str, str] | None:
    for pattern, sym, lang in UNITS:
        if rx(pattern).fullmatch(word):
            if not sym:  # an ISO code written as the unit
                return word.upper().replace("RMB", "CNY"), ""
            return sym, lang
    return None


def _find_precur(word: str) -> str:
    if word in WRITTEN_CODES:
        return word
    for pattern, sym in PRE_CURRENCIES:
        if sym and rx(pattern).fullmatch(word):
            return sym
    return ""


# "pounds" after a scale word ("10 million pounds") is sterling, unless a verb of weight governs it ("recalled 2
# million pounds", "weighed 30 thousand pounds", "can lift 50 thousand pounds": lb; not "carries", "lifted",
# "Ministers weigh": money is carried, lifted and weighed up too), or the sentence names a country whose money is a
# pound and not Britain ("Egypt's deficit reached 500 billion pounds": no unit; Egypt, Lebanon, Sudan, Syria;
# "Britain pledged 100 million pounds to Syria": GBP).
_WEIGHED_BEFORE = re.compile(
    r"(?<![\w-])(?:recall(?:s|ed|ing)?|weigh(?:s|ed|ing)|(?:will|would|can|could|may|might|to)[ \u00a0]+weigh"
    r"|(?:can|could|able[ \u00a0]+to)[ \u00a0]+lift|payload[ \u00a0]+of)"
    r"(?:[ \u00a0]+(?:about|around|nearly|almost|some|roughly|just|over|under|more[ \u00a0]+than|less[ \u00a0]+than|up[ \u00a0]+to"
    r"|in[ \u00a0]+at|an[ \u00a0]+estimated))?[ \u00a0]+$", re.IGNORECASE)
_POUND_COUNTRY = re.compile(r"(?<![^\W\d_])(?:Egypt|Leban|Sudan|Syria)")
_BRITAIN = re.compile(r"(?<![^\W\d_])(?:Brit|UK\b|U\.K\.|England|English|London|Scot|Wales|Welsh|sterling)")
_SENTENCE_END = re.compile(r"[.!?\n](?=\s|$)")


def weighed_before(text: str, start: int) -> bool:
    """A verb of weight governs the figure at ``start`` ("weighed |30 thousand pounds", "weighs about |5 British pounds")."""
    return _WEIGHED_BEFORE.search(text, max(0, start - 40), start) is not None


def scaled_pounds(text: str, start: int, end: int) -> str:
    """The unit of "pounds" after the scale word of the figure at ``start``–``end``: "GBP", "lb" or "" (no unit)."""
    if weighed_before(text, start):
        return "lb"
    left = max(0, start - 300)
    ends = [e.end() for e in _SENTENCE_END.finditer(text, left, start)]
    after = _SENTENCE_END.search(text, end, end + 300)
    sentence = text[ends[-1] if ends else left : after.start() if after else end + 300]
    if _POUND_COUNTRY.search(sentence) and not _BRITAIN.search(sentence):
        return ""
    return "GBP"
