"""Handlers of centuries and of dates before the Common Era: "the 20th century", "XX века", "20. yüzyıl",
"the late 19th and early 20th centuries", "в прошлом веке", and "508 BC" (a date, undated with the reason).
Split from :mod:`~desktop.meaning.date_absolute`, which re-exports these names.
"""

from __future__ import annotations

import re

from desktop.meaning.date_base import Ctx, group, undated, undated_relative
from desktop.meaning.date_parts import part_of

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time: keeps import < 50 ms
    from typing import Any


BEFORE_THE_ERA = "before the Common Era, which the calendar of dates here does not hold"


def h_before_era(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"508 BC", "MÖ 388'de", "the 7th century BC", "V век до н. э.": a date, but undated with the reason."""
    return {**undated(), "reason": BEFORE_THE_ERA}, False


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def century_number(raw: str) -> int | None:
    if raw.isdigit():
        return int(raw)
    total, prev = 0, 0
    for ch in reversed(raw.upper()):
        v = _ROMAN.get(ch)
        if v is None:
            return None
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total


def h_century(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"the 20th century", "the twentieth century", "XX века", "20. yüzyıl", with early/mid/late."""
    n = _CENTURY_WORDS.get(m["cw"].lower()) if group(m, "cw") else century_number(m["c"])
    if n is None or not 1 <= n <= 22:
        return None
    attrs = part_of(century_years(n), group(m, "part"))
    return (attrs, False) if attrs else None


_CENTURY_WORDS = {w: i for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth"
    " fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty-first twenty-second".split(), 1)}
CENTURY_WORD_ALT = "|".join(sorted(_CENTURY_WORDS, key=len, reverse=True))


def century_years(n: int) -> dict[str, Any]:
    """The years of the n-th century as news and TimeML's TIMEX3 read them: the 19th is 1800–1899
    (the hundreds its years begin with, as "the 1800s"), not the pedant's 1801–1900; the first
    runs from year 1 (1 ≤ n ≤ 22; before the 11th its years have fewer than 4 digits)."""
    return {"start": f"{max((n - 1) * 100, 1):04d}", "end": f"{(n - 1) * 100 + 99:04d}", "precision": "year",
            "undated": False}


_RU_CENTURY_OFFSET = {"прошлого": -1, "минувшего": -1, "прошедшего": -1, "прошлом": -1, "минувшем": -1, "прошедшем": -1}


def h_ru_century_relative(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"в прошлом веке", "прошлого столетия" (the century before the publication date's: 1900–1999 in
    2020), "в этом веке", "к концу текущего столетия" (its own, or a third of it)."""
    if ctx.reference is None:
        return undated_relative(), False
    n = ctx.reference.year // 100 + 1 + _RU_CENTURY_OFFSET.get(m["rel"].lower(), 0)
    attrs = part_of(century_years(n), group(m, "part")) if 1 <= n <= 22 else None
    return (attrs, False) if attrs else None


def h_centuries(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"the late 19th and early 20th centuries": from the first century (or its part) to the second."""
    first, second = century_number(m["c"]), century_number(m["c2"])
    if first is None or second is None or not 1 <= first < second <= 22:
        return None
    a = part_of(century_years(first), group(m, "part"))
    b = part_of(century_years(second), group(m, "part2"))
    if a is None or b is None:
        return None
    return {**a, "end": b["end"]}, False
