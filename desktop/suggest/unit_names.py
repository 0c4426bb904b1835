"""A unit or a currency's code after a number is the figure's unit, no actor: the recognisers read "MeV" of "25 MeV" as a
person and "SEK" of "1.200 SEK", "HP" of "the 200 HP engine" as organisations, beside the figure the same words make;
a currency's code before a number is the figure's currency as well ("IDR" of "IDR 175,000", "INR 400 crore")."""

from __future__ import annotations

import re

from desktop.meaning.figures import find_figures
from desktop.suggest.suggestion import Suggestion

# A number just before the word: digits with their group and decimal marks, then one space
_NUMBER_BEFORE = re.compile(r"(?<![\w.,])\d[\d.,\u00a0\u202f]*[ \u00a0]$")
_ONE_WORD = re.compile(r"[^\W\d_]{1,5}")
_AFTER = 60  # enough of the words after to see "the 200 HP employees" counted


def unit_after_a_number(text: str, s: Suggestion) -> bool:
    """``s`` is one short word right after a number that the figure parser reads as that number's unit, ending where
    ``s`` ends ("25 MeV", "1.200 SEK", "40 USD", "the 200 HP engine"); not a word the figure only passes through ("the
    200 HP employees": a count of employees, HP the company) nor a name after a year ("In 2020 Apple")."""
    if not _ONE_WORD.fullmatch(s.exact):
        return False
    number = _NUMBER_BEFORE.search(text, max(0, s.start - 24), s.start)
    if number is None:
        return False
    window = text[number.start():min(len(text), s.end + _AFTER)]
    end = s.end - number.start()
    return any(start == 0 and stop == end and attrs.get("unit") for start, stop, attrs in find_figures(window))


# A currency's code: three capitals, then a number after one space ("IDR 175,000", "INR 400 crore")
_CODE = re.compile(r"[A-Z]{3}")
_NUMBER_AFTER = re.compile(r"[ \u00a0]\d")


def currency_before_a_number(text: str, s: Suggestion) -> bool:
    """``s`` is three capitals before a number that the figure parser reads as that amount's currency, the figure
    starting where ``s`` starts ("IDR" of "IDR 175,000", "INR" of "INR 400 crore"); not a body before a count ("NATO 2
    members", "BBC 4 shows": no currency)."""
    if _CODE.fullmatch(s.exact) is None or _NUMBER_AFTER.match(text, s.end) is None:
        return False
    window = text[s.start:min(len(text), s.end + _AFTER)]
    return any(start == 0 and attrs.get("unit") == s.exact for start, _, attrs in find_figures(window))
