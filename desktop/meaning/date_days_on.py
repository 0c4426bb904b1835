"""Days and months counted from the date written before them: "the next day", "the following morning", "the day
before", "the previous evening", "the following month" ("The duel was fought on 30 May 1832. He died the next day"
→ 31 May 1832; "He arrived in February 1860. The following month he left" → March 1860).  As "the following year"
(:mod:`~desktop.meaning.date_years_on`): the handler marks the phrase with its unit and offset, and :func:`days_on`
dates it from the latest date written in digits before it (a single day for a day, a day or a month for a month), in
its paragraph or the one before and at most ``REACH`` characters back; without one the phrase is no suggestion in
running text ("The next day they married" alone names no day).

Not: "next-day delivery", "the next day or two" (a span), "the following days" (several), a comparison's base
("up 3% on the previous day", "from the previous month": the figure's term), "the day before yesterday" (relative to
the publication: another pattern), "the next month will be hard" (a clause of the future counts from the
publication, another pattern)."""

from __future__ import annotations

import datetime as _dt
import re

from desktop.meaning.date_base import SEP, Cand, Ctx, span, undated
from desktop.meaning.date_tense import FUTURE, clause_tense
from desktop.meaning.date_years_on import PARAGRAPH_BREAK, REACH

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time: keeps import < 50 ms
    from typing import Any

    from desktop.meaning.date_base import Handler

_UNITS = {"day": "day", "morning": "day", "afternoon": "day", "evening": "day", "night": "day", "month": "month"}
_REL = {"next": 1, "following": 1, "previous": -1, "preceding": -1}
_AFTER_NOT = r"(?![^\W_]|-|['’]|[ \u00a0]+(?:or|and|to|ahead|after|before)[ \u00a0]+(?:two|three|so|a|next|yesterday|tomorrow)(?![^\W_]))"
DAYS_ON_RX = (rf"(?:the|that){SEP}(?P<rel>next|following|previous|preceding){SEP}(?P<unit>{'|'.join(_UNITS)}){_AFTER_NOT}"
              rf"|the{SEP}(?P<unit2>day|night|month){SEP}(?P<around>before|after)(?=[ \u00a0]*[,.;:!?)]|{SEP}(?:when|as|that)(?![^\W_]))")
# a comparison's base: "up 3% on the previous day", "from the previous month", "compared with the previous month"
_COMPARED_BEFORE = re.compile(r"(?<![^\W_])(?:on|from|over|than|versus|vs\.?|against|(?:compared|comparison)[ \u00a0]+(?:with|to))"
                              r"[ \u00a0]+(?:[^\W\d_]+[ \u00a0]+)?$", re.IGNORECASE)


def h_days_on(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """The unit and offset counted from the date written before (see the module's docstring), as the mark
    ``days_on`` on an undated date."""
    if _COMPARED_BEFORE.search(m.string, max(0, m.start() - 24), m.start()):
        return None
    if m["rel"]:
        if m["rel"].lower() == "next" and clause_tense(m.string, m.start(), m.end()) == FUTURE:
            return None  # "the next month will be hard": after the publication
        unit, offset = _UNITS[m["unit"].lower()], _REL[m["rel"].lower()]
    else:
        unit, offset = _UNITS[m["unit2"].lower()], -1 if m["around"].lower() == "before" else 1
    return {**undated(), "days_on": (unit, offset)}, False


DAYS_ON_PATTERNS: list[tuple[str, str, Handler]] = [("the that", DAYS_ON_RX, h_days_on)]


def days_on(text: str, chosen: list[Cand], strict: bool) -> list[Cand]:
    """``chosen`` with each phrase marked ``days_on`` dated from the latest single day (or, for a month, month)
    written in digits before it within reach, with no other date named in between; in running text (``strict``) a
    phrase without one is dropped, alone it stays undated."""
    out: list[Cand] = []
    anchor: tuple[int, dict[str, Any]] | None = None  # (end, attributes) of the latest single date written in digits
    for c in chosen:
        a = c.attrs
        mark = a.pop("days_on", None)
        if mark is None:
            out.append(c)
            if a.get("undated") or not a.get("start"):
                continue
            if a.get("start") == a.get("end") and c.in_digits(text):
                anchor = (c.end, a) if a.get("precision") in ("day", "month") else None
            elif anchor is not None and (a.get("start"), a.get("end")) != (anchor[1].get("start"), anchor[1].get("end")):
                anchor = None  # a range, a weekday, "last year" named in between: the count's base is unsaid
            continue
        unit, offset = mark
        near = anchor is not None and c.start - anchor[0] <= REACH and len(PARAGRAPH_BREAK.findall(text, anchor[0], c.start)) <= 1
        dated = _counted(anchor[1], unit, offset) if near and anchor is not None else None
        if dated is not None:
            a.update(dated)
            anchor = (c.end, dated)  # "the next day … the following day": from the day it names
        elif strict:
            continue
        out.append(c)
    return out


def _counted(base: dict[str, Any], unit: str, offset: int) -> dict[str, Any] | None:
    """The day or month ``offset`` units from the single date ``base`` (a day needs a day; a month a day or month)."""
    if unit == "day":
        if base.get("precision") != "day":
            return None
        day = _dt.date.fromisoformat(base["start"]) + _dt.timedelta(days=offset)
        return span("day", (day.year, day.month, day.day))
    y, mo = int(base["start"][:4]), int(base["start"][5:7]) + offset
    y, mo = y + (mo - 1) // 12, (mo - 1) % 12 + 1
    return span("month", (y, mo))
