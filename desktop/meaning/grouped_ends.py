"""The two ends of a range of money grouped alike with dots (issue 15, twentieth round): "₺3.000-4.000", "3.000-4.000 TL".
A dot before three digits groups thousands in one end exactly when it does in the other, so an end read as thousands
("4.000 TL" in a Turkish sentence, "₺3.000" by the lira's sign) makes the other one thousands too; an end read as a
decimal ("$1.200-1.500") changes nothing.  After the euro sign, two ends dotted in groups of three are a European range of
thousands ("€1.000-1.500": euro cents have two digits; "$1.20-1.50" stays decimal, and so does a price per litre or kWh,
"€1.459-1.529 per litre"); so are two euro amounts each written sign first and joined as a change or a range ("from
€1.000 to €1.500", twenty-first round).  Nothing here does I/O."""

from __future__ import annotations

import re
from typing import Any

from desktop.meaning.units import CROWNS_DOTTED, dots_grouped_by_currency

# a number whose every dot groups three digits ("3.000", "12.500", "1.250.000")
_DOTTED = re.compile(r"\d{1,3}(?:\.\d{3})+")
# the high end after a dash, dotted as the low end, no more digits, letters, percent or degrees after it
_DOTTED_HIGH_AFTER = re.compile(r"[ \u00a0]*[-–][ \u00a0]*(?P<hi>\d{1,3}(?:\.\d{3})+)(?![\d%]|[.,]\d|[^\W\d_]|[ \u00a0]*[%°])")


def read_as_thousands(raw: str, value: Any) -> bool:
    """``raw`` is dotted in groups of three and its ``value`` is the number with the dots dropped ("4.000" read 4000)."""
    return bool(_DOTTED.fullmatch(raw)) and value == int(raw.replace(".", ""))


def grouped_like_high(low: str, unit: str, text: str, high_start: int, high_end: int, high_value: Any) -> bool:
    """The low end ``low`` of a range of money groups thousands with dots because its high end at
    ``text[high_start:high_end]``, dotted the same way, does: by its currency ("3.000-4.000 ₺", the sign after the high
    end only; cents allowed, "1.200,50-1.500,50 kr") or because it was read as thousands (``high_value``: "3.000-4.000 TL"
    is 3 000 to 4 000 when "4.000 TL" is 4 000)."""
    high = re.search(r"\d[\d.,]*\d|\d", text[high_start:high_end])
    if high is None:
        return False
    if CROWNS_DOTTED.fullmatch(low) and dots_grouped_by_currency(high[0], unit, text, high_start + high.start()):
        return True
    return bool(_DOTTED.fullmatch(low)) and read_as_thousands(re.sub(r"[^\d.]+$", "", text[high_start + high.start() : high_end]), high_value)


def dotted_high_after(text: str, start: int, end: int, value: Any) -> re.Match[str] | None:
    """After money written sign first and read as thousands at ``text[start:end]`` ("₺3.000", value 3000), the high end
    dotted the same way after a dash ("-4.000"), or None."""
    low = re.search(r"\d[\d.]*\d", text[start:end])
    if low is None or not read_as_thousands(low[0], value):
        return None
    return _DOTTED_HIGH_AFTER.match(text, end)


_PER_UNIT = re.compile(r"[ \u00a0]*(?:/|(?i:per|a|an)\b)[ \u00a0]*(?i:litres?|liters?|l|kwh|kilos?|kg|gallons?|units?|shares?)\b")


def euro_dotted_range(text: str, start: int, end: int, unit: Any, value: Any) -> tuple[re.Match[str], int] | None:
    """After the euro sign at ``text[start:end]`` read as a decimal ("€1.000", value 1), the high end dotted the same way
    after a dash ("-1.500") and the low end read as thousands (1000), or None (see the module docstring)."""
    low = re.search(r"\d[\d.]*\d", text[start:end])
    if unit != "EUR" or low is None or not _DOTTED.fullmatch(low[0]) or read_as_thousands(low[0], value):
        return None
    high = _DOTTED_HIGH_AFTER.match(text, end)
    if high is None or _PER_UNIT.match(text, high.end()):
        return None
    thousands = int(low[0].replace(".", ""))
    return (high, thousands) if thousands < int(high["hi"].replace(".", "")) else None


# an amount of euros written sign first and dotted in groups of three, the whole figure ("€1.000", "€ 12.500")
_EURO_DOTTED = re.compile(r"€[ \u00a0]?(?P<n>\d{1,3}(?:\.\d{3})+)")
# what joins two amounts of a change or a range: a dash, "to", "and", "or"
_PAIR_GAP = re.compile(r"[ \u00a0]*[-–—][ \u00a0]*|[ \u00a0]+(?i:to|and|or)[ \u00a0]+")


def euro_dotted_pair(text: str, out: list[tuple[int, int, dict[str, Any]]], start: int, end: int, attrs: dict[str, Any]) -> dict[str, Any]:
    """The euro amount at ``text[start:end]`` and the last of ``out`` as thousands when both are written sign first,
    dotted in groups of three, read as decimals and joined as a change or a range ("rose from €1.000 to €1.500", "between
    €1.000 and €1.500": 1 000 and 1 500, not 1 and 1.5; as :func:`euro_dotted_range` reads "€1.000-1.500"); the last of
    ``out`` is rewritten in place, and so is every amount of a list before it ("€1.000, €1.500 and €2.000": all three
    thousands; review of the twenty-first round).  Not a price per litre or kWh ("from €1.459 to €1.529 per litre")."""
    if attrs.get("unit") != "EUR" or attrs.get("scale") or not out or "upper" in out[-1][2]:
        return attrs
    a_start, a_end, a = out[-1]
    low, high = _euro_dotted(out[-1], text), _EURO_DOTTED.fullmatch(text, start, end)
    if low is None or high is None or not _PAIR_GAP.fullmatch(text, a_end, start):
        return attrs
    if read_as_thousands(high["n"], attrs["value"]) or _PER_UNIT.match(text, end):
        return attrs
    # (a low end already read as thousands was the high end of the pair before: "€1.000 and €1.500 and €2.000")
    at = len(out) - 1
    while at >= 0:
        b_start, b_end, b = out[at]
        number = _euro_dotted(out[at], text)
        if number is None or at < len(out) - 1 and not _LIST_GAP.fullmatch(text, b_end, out[at + 1][0]):
            break
        out[at] = (b_start, b_end, {**b, "value": int(number["n"].replace(".", ""))})
        at -= 1
    return {**attrs, "value": int(high["n"].replace(".", ""))}


# what joins two amounts of a list: a comma, or a comma and "and" / "or", or the gap of a pair
_LIST_GAP = re.compile(rf"[ \u00a0]*,[ \u00a0]*(?:(?i:and|or)[ \u00a0]+)?|{_PAIR_GAP.pattern}")


def _euro_dotted(figure: tuple[int, int, dict[str, Any]], text: str) -> re.Match[str] | None:
    """The number of ``figure``, euros written sign first and dotted in groups of three, with no scale or second end."""
    a_start, a_end, a = figure
    if a.get("unit") != "EUR" or a.get("scale") or "upper" in a:
        return None
    return _EURO_DOTTED.fullmatch(text, a_start, a_end)
