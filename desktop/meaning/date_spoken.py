"""Dates as they are spoken in transcripts: a year said in words after a month, a filler inside a date.

* "April of fifteen eighteen", "March nineteen ninety-two", "June of nineteen oh five", "May nineteen
  hundred": a month and a year in two spoken halves is that month (the scanner reads the month alone, in
  the publication year).  Only after a month: "fifteen eighteen" alone may be two counts.
* "last uh August", "in um 1990": an English filler ("uh", "um", "uhm", "erm") between words is read
  as a space, so the date around it is found whole; the span keeps the filler (it is in the text).
"""

from __future__ import annotations

import re

from desktop.meaning.date_base import MONTH_NAMES_EN
from desktop.meaning.number_words import TEENS as _TEENS, TENS as _TENS, UNITS as _UNITS, WORD_VALUES as _NUMBER

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time: keeps import < 50 ms
    from typing import Any


def _alt(words: tuple[str, ...] | list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_SPOKEN = re.compile(
    rf"\b(?P<month>{_alt(MONTH_NAMES_EN)})(?:[ \u00a0]+of)?[ \u00a0]+(?P<hi>{_alt(_TEENS + ('twenty',))})[ \u00a0]+"
    rf"(?:(?P<hundred>hundred)|(?:oh|o)[ \u00a0]+(?P<unit>{_alt(_UNITS)})|(?P<teen>{_alt(_TEENS)})"
    rf"|(?P<tens>{_alt(_TENS)})(?:[ \u00a0-](?P<tens_unit>{_alt(_UNITS)}))?)\b",
    re.IGNORECASE,
)
# "On June nineteen twenty people were hired": June 19 and a count of people, not June 1920
_COUNTED = re.compile(r"[ \u00a0]+(?!(?:was|has|is|as|this|its|his|thus|always|perhaps|afterwards|towards|besides)\b)"
                      r"(?:people|men|women|children|[^\W\d_]{2,}s)\b", re.IGNORECASE)
_FILLER = re.compile(r"(?<=[^\W\d_] )(?:uh|um|uhm|erm),?(?= [^\W_])", re.IGNORECASE)


def without_fillers(text: str) -> str:
    """``text`` with each filler between two words blanked, keeping every offset ("last uh August" → "last    August")."""
    return _FILLER.sub(lambda m: " " * len(m.group()), text) if _FILLER.search(text) else text


def _year(m: re.Match[str]) -> int:
    low = 0
    if m["unit"]:
        low = _NUMBER[m["unit"].lower()]
    elif m["teen"]:
        low = _NUMBER[m["teen"].lower()]
    elif m["tens"]:
        low = _NUMBER[m["tens"].lower()] + (_NUMBER[m["tens_unit"].lower()] if m["tens_unit"] else 0)
    return _NUMBER[m["hi"].lower()] * 100 + low


def spoken_years(text: str, found: list[tuple[int, int, dict[str, Any]]]) -> list[tuple[int, int, dict[str, Any]]]:
    """``found`` with each month followed by a spoken year read as that month of that year (module docstring);
    the dates the longer span covers (the month read alone) give way."""
    spans = []
    for m in _SPOKEN.finditer(text):
        year = _year(m)
        if year < 1000 or m["month"] == "may" or _COUNTED.match(text, m.end()):  # "they may twenty …": the verb
            continue
        month = [n.lower() for n in MONTH_NAMES_EN].index(m["month"].lower()) + 1
        iso = f"{year:04d}-{month:02d}"
        spans.append((m.start(), m.end(), {"start": iso, "end": iso, "precision": "month", "undated": False}))
    if not spans:
        return found
    kept = [f for f in found if not any(a <= f[0] and f[1] <= b for a, b, _ in spans)]
    return sorted(kept + spans, key=lambda f: f[0])
