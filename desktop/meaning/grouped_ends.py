"""The two ends of a range of money grouped alike with dots (issue 15, twentieth round): "₺3.000-4.000", "3.000-4.000 TL".
A dot before three digits groups thousands in one end exactly when it does in the other, so an end read as thousands
("4.000 TL" in a Turkish sentence, "₺3.000" by the lira's sign) makes the other one thousands too; an end read as a
decimal ("$1.200-1.500") changes nothing.  After the euro sign, two ends dotted in groups of three are a European range of
thousands ("€1.000-1.500": euro cents have two digits; "$1.20-1.50" stays decimal, and so does a price per litre or kWh,
"€1.459-1.529 per litre", where both ends are decimals).  A euro amount written sign first is read as thousands alone
(:func:`units.dots_grouped_by_currency`, twenty-second round), so a pair or a list of them ("from €1.000 to €1.500")
needs nothing here.  Nothing here does I/O."""

from __future__ import annotations

import re
from typing import Any

from desktop.meaning.units import CROWNS_DOTTED, decimals_of_a_rate, dots_grouped_by_currency

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


def decimal_high_after(text: str, start: int, end: int, value: Any, unit: str) -> re.Match[str] | None:
    """After money written sign first and read as a decimal with three decimals at ``text[start:end]`` ("₺8.250", 8.25;
    "€1.459", 1.459), the high end dotted the same way after a dash ("-8.500"), when what follows the high end says the
    dots are decimals: an exchange rate or a price per litre or kWh (:func:`units.dots_grouped_by_currency` read the low
    end so: "₺8.250-8.500 per dollar", "€1.459-1.529 per litre"), or None."""
    low = re.search(r"\d[\d.]*\d", text[start:end])
    if low is None or not re.fullmatch(r"[1-9]\d{0,2}\.\d{3}", low[0]) or read_as_thousands(low[0], value):
        return None
    high = _DOTTED_HIGH_AFTER.match(text, end)
    if high is None or high["hi"].count(".") != 1 or not decimals_of_a_rate(text, high.end(), start, unit):
        return None
    return high
