"""The old level of a Turkish change written as a bare number in the ablative (issue 15, twentieth round): "Kira 2000'den
2500 liraya yükseldi" is two levels, 2 000 and 2 500 TRY, as "rose from 2000 to 2500 liras"; the bare number took no
unit and was read as a year ("since 2000").  Only before a new level in the dative with a verb of change after it
("yükseldi", "çıktı", "arttı", "düştü", "indi", "geriledi", "azaldı"), and only when the two are less than ten times
apart, as :func:`~desktop.meaning.ranges.range_to` asks of "from 50 to 70 dollars"; and never over a number that reads
as a year and is no round fifty ("Kira 2019'dan 2500 liraya yükseldi": 2019 stays a date, review of the twentieth round;
"1950'den 2000 liraya" is a level, twenty-first round).  Nothing here does I/O."""

from __future__ import annotations

import re
from typing import Any

from desktop.meaning.numbers import parse_number, to_number

# the bare old level right before the new one: digits (dots grouping thousands) and the ablative after an apostrophe
_ABLATIVE_LOW = re.compile(r"(?<![\w.,'’])(?P<lo>\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)['’][dt][ae]n[ \u00a0]+$")
# a bare number that reads as a year of the last two centuries and is no round fifty ("2019", "1995"; not "2000",
# "1800", "1950": a price of rent is written round, and right before a new level in lira "1950'den 2000 liraya çıktı" is
# 1 950 to 2 000 TRY, the twenty-first round): Turkish writes "2019'dan" for "from 2019" as well, so the old level's
# reading needs a number no year would be, or a round one
_YEAR = re.compile(r"(?:19|20)(?!00|50)\d\d")
# the new level's dative (glued to its unit: "liraya", "euroya") and a verb of change
_DATIVE_CHANGE_AFTER = re.compile(r"(?:y[ae]|[ae])?[ \u00a0]+(?i:yüksel|çıktı|çıkar|çıkmış|art[tm]|düş|indi|indir|geril|azal)")


def ablative_old_level(text: str, start: int, end: int, attrs: dict[str, Any]) -> tuple[int, int, dict[str, Any]] | None:
    """The old level before the new level at ``text[start:end]`` (``attrs``, with a unit), as a figure in the new level's
    unit, or None: "2000'den |2500 liraya yükseldi" → (the span of "2000", 2000 TRY)."""
    if not attrs.get("unit") or "upper" in attrs or not _DATIVE_CHANGE_AFTER.match(text, end):
        return None
    low = _ABLATIVE_LOW.search(text, max(0, start - 24), start)
    number = parse_number(low["lo"], continental=True) if low is not None else None
    if low is None or number is None or _YEAR.fullmatch(low["lo"]):
        return None  # (a year that is no round amount stays a date: "2019'dan 2500 liraya yükseldi" may be "since 2019")
    old, new = to_number(number), attrs["value"]
    if not (0 < new < 10 * old < 100 * new):
        return None  # (no unit shared across a factor of ten: "1990'dan 5 liraya" is no change of one amount)
    return low.start("lo"), low.end("lo"), {**{k: v for k, v in attrs.items() if k != "qualifier"}, "value": old}
