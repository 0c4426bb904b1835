"""Early, middle and late parts of a span of years ("the late 20th century", "в начале XX века", "the early
1600's"), and the months of a season written with its year ("the summer of 2010").  Used by the date handlers of
:mod:`desktop.meaning.date_absolute`, :mod:`desktop.meaning.date_decades` and :mod:`desktop.meaning.date_ru`; nothing
here does I/O."""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

_PART_PREFIXES = (("early", ("early", "beginning", "start", "начал", "baş")),
                  ("mid", ("mid", "middle", "серед", "orta")),
                  ("late", ("late", "end", "конц", "конец", "son")))


def part_key(word: str | None) -> str | None:
    """"early", "mid" or "late" for a part word of any language ("начале", "ortalarında", "end")."""
    low = (word or "").lower().rstrip("-")
    for key, prefixes in _PART_PREFIXES:
        if low.startswith(prefixes):
            return key
    return None


def part_of(attrs: dict[str, Any] | None, part: str | None) -> dict[str, Any] | None:
    """Early/mid/late of a year range: its first, middle or last third; of a century (the first has 99 years) the
    early and late parts are its first and last quarter, the early one up to its quarter mark ("the late 20th
    century" 1975–1999, "the early 1600's" 1600–1625).  GUM's annotators give every century part in train/dev a
    quarter (4 of 4: those two, "the later 1800s" from 1875, "the late 19th and early 20th centuries" 1873–1934;
    fifteenth round), where thirds reached back to 1867.  The middle stays the middle third."""
    if attrs is None or not part:
        return attrs
    a, b = int(attrs["start"][:4]), int(attrs["end"][:4])
    span = b - a + 1
    third = max(1, span // 3)
    century = span >= 99
    edge = span // 4 if century else third
    key = part_key(part)
    if key == "early":
        a, b = a, a + edge if century else a + third - 1
    elif key == "mid":
        a, b = a + third, b - third
    else:
        a, b = b - edge + 1, b
    return {**attrs, "start": f"{a:04d}", "end": f"{b:04d}", "precision": "year"}


# A season written with its year, in English: the four months the astronomical season touches ("the summer of 2010"
# June–September, "fall 2004" September–December, "the winter of 1776-77" December–March).  GUM's annotators give a
# season with its year four months (4 of 4 in train/dev) and a season told from the publication date ("this summer",
# "last summer") three (4 of 5), so the relative seasons of :mod:`desktop.meaning.date_seasons` keep three.  Russian
# and Turkish seasons keep the three months of the meteorological seasons their calendars use.
SEASONS_WITH_YEAR = {"spring": (3, 6), "summer": (6, 9), "autumn": (9, 12), "fall": (9, 12), "winter": (12, 15)}
