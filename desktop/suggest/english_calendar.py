"""A date or an ordinal read as a name is no actor (no I/O, no Qt): the small English model reads "Aug 24" of "last
seen alive Aug 24", "Jan 5th", "Dec. 7" and "the 5th attempt" as people or bodies, and "NOV" of "( NOV 07 )" as an
acronym. A month's name alone stays ("his wife Jan", "Theresa May"): only a month with its day or year is a date. "Eve"
after a feast's name is the feast's eve, no person ("on New Year's Eve", "Christmas Eve's tomorrow"; "Adam and Eve" stays)."""

from __future__ import annotations

import re

from desktop.meaning.date_base import MONTH_NAMES_EN
from desktop.suggest.suggestion import Suggestion

__all__ = ["date_or_ordinal", "feast_eve"]

# "Jan", …, "Sep", "Sept", …, "Dec" ("May" is whole already)
_SHORT = [short for m in MONTH_NAMES_EN if m != "May" for short in ((m[:3], "Sept") if m == "September" else (m[:3],))]
_MONTH = rf"(?:{'|'.join(_SHORT)})\.?|{'|'.join(MONTH_NAMES_EN)}"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# A month and its day ("Aug 24", "Jan 5th", "Dec. 7"), or an ordinal alone ("5th")
_DATE = re.compile(rf"(?:{_MONTH})[ \u00a0]+{_DAY}|\d{{1,3}}(?:st|nd|rd|th)")
# A month's short name in capitals before a day's or a year's number ("NOV 07", "AUG 2014")
_MONTH_IN_CAPITALS = re.compile(r"JAN|FEB|MAR|APR|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC")
_NUMBER_AFTER = re.compile(r"[ \u00a0]*(?:\d{2}|\d{4})(?![\w])")


def date_or_ordinal(text: str, s: Suggestion) -> bool:
    """``s`` is a month and its day ("Aug 24", "Jan 5th"), an ordinal alone ("5th"), or a month's short name in
    capitals before a number ("NOV 07")."""
    return (_DATE.fullmatch(s.exact) is not None
            or (_MONTH_IN_CAPITALS.fullmatch(s.exact) is not None and _NUMBER_AFTER.match(text, s.end) is not None))


# A feast's name right before "Eve" ("Christmas Eve", "New Year's Eve", "All Hallows' Eve"): the day before the feast
_FEAST = r"(?:Christmas|Xmas|Easter|New[ \u00a0]Year[’']?s?|Hallows[’']?|Midsummer[’']?s?|Saint[ \u00a0]Agnes[’']?s?)"
_FEAST_BEFORE = re.compile(rf"(?<![\w’'-]){_FEAST}[ \u00a0]+$")
_FEAST_EVE = re.compile(rf"{_FEAST}[ \u00a0]+Eve")


def feast_eve(text: str, s: Suggestion) -> bool:
    """``s`` is "Eve" after a feast's name, or the feast's name and "Eve" ("Eve" of "on New Year's Eve", "Christmas
    Eve"): a day, no person. "Eve" elsewhere is a given name ("Adam and Eve", "Eve Smith said")."""
    if s.exact == "Eve":
        return _FEAST_BEFORE.search(text, max(0, s.start - 20), s.start) is not None
    return s.exact.endswith("Eve") and _FEAST_EVE.fullmatch(s.exact) is not None
