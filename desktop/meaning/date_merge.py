"""Dates next to each other joined into one range: "X – Y", "between X and Y", "from X to Y", "X ile Y
arasında"; "X and Y" alone lists two dates in running text.  Used by :func:`desktop.meaning.date_patterns.scan`
(split from that module); nothing here does I/O.
"""

from __future__ import annotations

import calendar
import re

from desktop.meaning.date_base import BETWEEN_AFTER, CONNECT, Cand, join_adjacent
from desktop.meaning.date_context import UP_TO_NOW_AFTER, shift_year

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time: keeps import < 50 ms
    from typing import Any

_DIGIT_RUN_AFTER = re.compile(r"[-–—/.]\d")
_DIGIT_RUN_BEFORE = re.compile(r"\d[-–—/.]$")
_MERGE_GAP = re.compile(rf"^{CONNECT}$", re.IGNORECASE)
_MERGE_PREFIX = re.compile(r"(?<![^\W_])(?:between|from|между|с|со|от)\s+$", re.IGNORECASE)
_LIST_CONNECTOR = re.compile(r"^\s+(?:and|и|ile|ve)\s+$", re.IGNORECASE)


def merge(text: str, cands: list[Cand], strict: bool = True) -> list[Cand]:
    """Join "X – Y", "between X and Y", "from X to Y", "X ile Y arasında" into ranges; "X and Y"
    alone ("in 1991 and 1995", "1991 ve 1995 yıllarında") lists two dates in running text (one
    phrase, ``strict=False``, keeps the interval that holds them)."""
    return join_adjacent(cands, lambda a, b: _try_merge(text, a, b, strict))


def _try_merge(text: str, a: Cand, b: Cand, strict: bool) -> Cand | None:
    gap = text[a.end : b.start]
    if not _MERGE_GAP.match(gap):
        return None
    if _DIGIT_RUN_AFTER.match(text, b.end) or _DIGIT_RUN_BEFORE.search(text, max(0, a.start - 2), a.start):
        return None  # "2024-2025-1234" is a code, not a range
    pa, pb = a.attrs, b.attrs
    listed = _LIST_CONNECTOR.match(gap) is not None
    if listed and (_years_range(pa) or _years_range(pb)):
        a.weak = b.weak = False  # "1959 ve 1960 1974 arasında": a year and a range, two terms, not one "between"
        return None
    if pa["undated"] or pb["undated"] or UP_TO_NOW_AFTER.match(text, a.end):
        return None  # "2010 to today": up to now at the first date's precision (see :func:`since`)
    if "decade" in (pa["precision"], pb["precision"]):
        if not _MERGE_PREFIX.search(text, max(0, a.start - 12), a.start):
            return None  # "the 1980s – 1990s" alone may be a list; "from the late 1800s to the 1920s" is a range
        pa, pb = _as_years(pa), _as_years(pb)
    if pa["precision"] != pb["precision"]:  # "1818 – January 8, 1880", "July till mid-August": days
        pa, pb = _as_days(pa), _as_days(pb)
    yearless = bool(pa.get("yearless") and pb.get("yearless"))
    if yearless and pb["start"] < pa["end"]:  # "from early October to late April": into the next year
        pb = dict(pb)
        shift_year(pb, 1)
    elif pb.get("yearless") and not pa.get("yearless") and pa["precision"] == pb["precision"]:
        pb = dict(pb)  # "last August to September", "from December 2008 to March": the end follows the start's year
        shift_year(pb, int(pa["end"][:4]) - int(pb["start"][:4]) + (pb["start"][4:] < pa["end"][4:]))
    if pb["start"] < pa["end"] or pb["start"] == pa["start"]:
        return None
    prefix = _MERGE_PREFIX.search(text, max(0, a.start - 12), a.start)
    if int(pb["start"][:4]) - int(pa["end"][:4]) > (500 if prefix else 100):
        return None  # "1200 ve 1900": two years; "from 1598 to 1722" (a range word first) may be long
    if strict and listed and not prefix and not BETWEEN_AFTER.match(text, b.end):
        # "in 1991 and 1995", "on 22 May and 25 June", "2002, 2004, 2008 и 2012 годов": a list, each
        # date as sure as the range it would have made ("2000 ve 2002 yarışmalarında")
        a.weak = b.weak = False
        return None
    start = a.start - (len(prefix.group(0)) if prefix else 0)
    attrs = {"start": pa["start"], "end": pb["end"], "precision": pa["precision"], "undated": False}
    if yearless:
        attrs["yearless"] = True  # the year of the text around it, as its ends would have had
    return Cand(start, b.end, attrs, weak=False)


def _years_range(attrs: dict[str, Any]) -> bool:
    """Whether a date is a range of several years ("1960–1974"), not one year or a decade."""
    return attrs["precision"] == "year" and attrs["start"] != attrs["end"]


def _as_years(attrs: dict[str, Any]) -> dict[str, Any]:
    """A decade as the years it covers (a range from or to it is in years)."""
    return {**attrs, "precision": "year"} if attrs["precision"] == "decade" else attrs


def _as_days(attrs: dict[str, Any]) -> dict[str, Any]:
    """A year, month or day interval as days: from the first day of its start to the last of its end."""
    sy, sm = int(attrs["start"][:4]), int(attrs["start"][5:7] or 1)
    ey, em = int(attrs["end"][:4]), int(attrs["end"][5:7] or 12)
    last = attrs["end"][8:10] or str(calendar.monthrange(ey, em)[1])
    return {**attrs, "start": f"{sy:04d}-{sm:02d}-{attrs['start'][8:10] or '01'}", "end": f"{ey:04d}-{em:02d}-{last}",
            "precision": "day"}
