"""Years from 100 to 999 after a day and a month ("30 September 420", "(c. 347 – 30 September 420)"): the scanner
reads three digits after a month as a count ("30 September 420 soldiers") and gives the day the publication year;
here a three-digit number right after the day and month, that ends its clause (a comma, a bracket, a dash, a full
stop) or is followed by AD/CE, is the day's year, and a year written before it with a dash opens the range ("347 –
30 September 420": from 1 January 347, as "1347 – 30 September 1420" is read).  Nothing here does I/O."""

from __future__ import annotations

import datetime as _dt
import re

from desktop.meaning.date_base import MONTH_ALT, Ctx, month_of

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

_DAY_MONTH = re.compile(rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?[ \u00a0]+(?:of[ \u00a0]+)?(?P<m>{MONTH_ALT})\.?$", re.IGNORECASE)
_YEAR_AFTER = re.compile(
    r"[ \u00a0]+(?P<y>[1-9]\d{2})(?!\d)"
    r"(?:[ \u00a0]+(?:AD|CE|A\.D\.)(?![^\W_])|(?=[ \u00a0]*(?:[,;:)\]–—]|[.-](?![^\W_])|$)))"
)
_YEAR_BEFORE = re.compile(r"(?<![\d.,])(?P<y>[1-9]\d{2,3})[ \u00a0]*[–—-][ \u00a0]*$")
# A number after the three digits' comma or dash makes them one of a list or a range of counts ("on 1 May 250 - 350
# attended", "on 12 March 150, 200 people"), unless the number opens the next day and month ("347 – 12 May 420").
_NUMBER_NEXT = re.compile(r"[ \u00a0]*[,–—-][ \u00a0]*\d")
_DAY_MONTH_NEXT = re.compile(rf"[ \u00a0]*[–—-][ \u00a0]*\d{{1,2}}(?:st|nd|rd|th)?[ \u00a0]+(?:of[ \u00a0]+)?(?:{MONTH_ALT})(?![^\W_])",
                             re.IGNORECASE)
# A reference word before the day: the numbers are a chapter's, a page's, an article's ("Chapter 4 May 120.")
_REFERENCE_BEFORE = re.compile(
    r"(?<![^\W_])(?:chapters?|ch\.|pages?|pp?\.|articles?|art\.|sections?|sec\.|§|nos?\.|room|vol\.|volume|part"
    r"|tables?|figures?|fig\.|items?|rules?|para(?:graph)?\.?|clause|lines?|verses?)[ \u00a0]*$",
    re.IGNORECASE,
)
_STRICT = Ctx(None, True)
_DASH_ONLY = re.compile(r"[ \u00a0]*[–—-][ \u00a0]*")


def _valid(year: int, month: int, day: int) -> bool:
    try:
        _dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _not_a_year(text: str, start: int, end: int) -> bool:
    """Whether the three digits ending at ``end`` after the day and month at ``start`` are a count or a reference:
    a number after their comma or dash that opens no day ("1 May 250 - 350 attended", "12 March 150, 200 people"),
    or a reference word before the day ("Chapter 4 May 120.", "Page 12 May 120.")."""
    if _NUMBER_NEXT.match(text, end) and not _DAY_MONTH_NEXT.match(text, end):
        return True
    return _REFERENCE_BEFORE.search(text, max(0, start - 14), start) is not None


def early_years(text: str, found: list[tuple[int, int, dict[str, Any]]]) -> list[tuple[int, int, dict[str, Any]]]:
    """``found`` (sorted) with each day and month that a year from 100 to 999 follows dated in that year, a year
    written before it with a dash taken in as the range's start, and two such days joined by a dash made one range."""
    out: list[tuple[int, int, dict[str, Any]]] = []
    for start, end, attrs in found:
        if out and start < out[-1][1]:
            continue  # "476 AD" inside "4 July 476 AD", read with its day
        year = _YEAR_AFTER.match(text, end)
        written = _DAY_MONTH.fullmatch(text, start, end) if year is not None else None
        month = month_of(written["m"], _STRICT) if written is not None else None
        if (year is None or written is None or month is None or not _valid(int(year["y"]), month, int(written["d"]))
                or not attrs.get("undated") and (attrs.get("precision") != "day" or attrs.get("start") != attrs.get("end"))
                or _not_a_year(text, start, year.end())):
            out.append((start, end, attrs))  # undated: no publication date gave the day a year
            continue
        day = f"{int(year['y']):04d}-{month:02d}-{int(written['d']):02d}"
        first, end = day, year.end()
        before = _YEAR_BEFORE.search(text, max(0, start - 12), start)
        if out and _DASH_ONLY.fullmatch(text, out[-1][1], start) and str(out[-1][2].get("start", ""))[:1] == "0":
            start, first = out[-1][0], str(out.pop()[2]["start"])  # "30 September 347 – 12 May 420"
        elif before is not None:
            start, first = before.start(), f"{int(before['y']):04d}-01-01"
        out.append((start, end, {"start": first, "end": day, "precision": "day", "undated": False}))
    return out
