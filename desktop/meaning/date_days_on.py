"""Days and months counted from the date written before them: "the next day", "the following morning", "the day
before", "the previous evening", "the following month" ("The duel was fought on 30 May 1832. He died the next day"
→ 31 May 1832; "He arrived in February 1860. The following month he left" → March 1860), and the same day or month
named again ("The same day, …", "later that month", Russian "в тот же день", "на следующий день", "в том же месяце"),
and counted ("Ten days later", "two weeks later", "three months earlier").  As "the following year"
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
from desktop.meaning.date_tense import FUTURE, PAST, clause_tense
from desktop.meaning.date_years_on import APPOSITION, COUNT_HEADS, COUNTED, PARAGRAPH_BREAK, REACH, counted_offset

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time: keeps import < 50 ms
    from typing import Any

    from desktop.meaning.date_base import Handler

_UNITS = {"day": "day", "morning": "day", "afternoon": "day", "evening": "day", "night": "day", "month": "month"}
_REL = {"next": 1, "following": 1, "previous": -1, "preceding": -1}
_AFTER_NOT = r"(?![^\W_]|-|['’]|[ \u00a0]+(?:or|and|to|ahead|after|before)[ \u00a0]+(?:two|three|so|a|next|yesterday|tomorrow)(?![^\W_]))"
# "the same day", "that same evening", "later that month", "earlier that day": the date before itself (offset 0); not a
# day or month named again against another time ("the same day last year", "the same month a year earlier", "the same
# day of the week", "the same day as the vote", "the same day each year", "the same month in 2019")
_SAME_AFTER_NOT = (r"(?![^\W_]|-|['’]|[ \u00a0]+(?:as|of|last|next|each|every|year|years|week|month|earlier|later|before|after|ago"
                   r"|(?:a|one|the[ \u00a0]+(?:previous|prior|following|next))[ \u00a0]+(?:year|month|week|day)"
                   r"|in[ \u00a0]+(?:\d|previous|prior|other|each|every|last|recent|the[ \u00a0]+(?:previous|prior|following)))(?![^\W_]))")
DAYS_ON_RX = (rf"(?:the|that){SEP}(?P<rel>next|following|previous|preceding){SEP}(?P<unit>{'|'.join(_UNITS)}){_AFTER_NOT}"
              rf"|the{SEP}(?P<unit2>day|night|month){SEP}(?P<around>before|after)(?=[ \u00a0]*[,.;:!?)]|{SEP}(?:when|as|that)(?![^\W_]))"
              rf"|(?:(?:later|earlier){SEP}that|(?:(?:later|earlier){SEP})?(?:the|that){SEP}same)"
              rf"{SEP}(?P<unit3>{'|'.join(_UNITS)}){_SAME_AFTER_NOT}"
              # Russian (NEREL marks them as dates; the Turkish set marks "ertesi gün", "aynı gün" as none): "на следующий
              # день", "на следующее утро" (the next day); "в тот же день", "в этот же вечер", "тем же вечером", "в том
              # же месяце" (the same day, month)
              rf"|(?P<next_day>на{SEP}следующ(?:ий{SEP}(?:день|вечер)|ее{SEP}утро))(?![^\W_])"
              rf"|(?P<same_day>во?{SEP}(?:тот|этот){SEP}же{SEP}(?:день|вечер)|в{SEP}(?:то|это){SEP}же{SEP}утро"
              rf"|тем{SEP}же{SEP}(?:вечером|днём|днем|утром))(?![^\W_])"
              rf"|(?P<same_month>в{SEP}(?:том|этом){SEP}же{SEP}месяце)(?![^\W_])"
              # "Ten days later", "twenty-one days later", "two weeks later", "three months earlier" (years:
              # date_years_on), where a count of years may stand ("Two weeks later, he …", "… freed a month later.")
              rf"|{COUNTED}")
# a comparison's base: "up 3% on the previous day", "from the previous month", "compared with the previous month"
# "That Tuesday", "that Friday" (a day of the story), "Every Friday", "each Monday" (a habit): no count from them
_THAT = re.compile(r"(?<![^\W_])(?:that|every|each)[ \u00a0]+(?:on[ \u00a0]+)?$", re.IGNORECASE)
_COMPARED_WORDS = r"from|over|than|versus|vs\.?|against|(?:compared|comparison)[ \u00a0]+(?:with|to)"
_COMPARED_BEFORE = re.compile(rf"(?<![^\W_])(?:on|{_COMPARED_WORDS})[ \u00a0]+(?:[^\W\d_]+[ \u00a0]+)?$", re.IGNORECASE)
# "on the same day" is that day ("On the same day, police said …"): "on" is no comparison's word before "same"
_COMPARED_BEFORE_SAME = re.compile(rf"(?<![^\W_])(?:{_COMPARED_WORDS})[ \u00a0]+(?:[^\W\d_]+[ \u00a0]+)?$", re.IGNORECASE)

# "the same day" opens its clause, maybe after "on", "and", "but", "then" ("The same day, …", "On the same day …", "…, and
# the same day …"); not inside one ("Both fires started on the same day": the same as each other)
_SAME_OPENS = re.compile(r"(?:^|[.;:!?,(\n—–][\"'”’)]*[ \u00a0]*)(?:(?:and|but|then)[ \u00a0]+)?(?:on[ \u00a0]+)?$", re.IGNORECASE)


def h_days_on(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """The unit and offset counted from the date written before (see the module's docstring), as the mark
    ``days_on`` on an undated date."""
    compared = _COMPARED_BEFORE_SAME if m["unit3"] else _COMPARED_BEFORE
    if compared.search(m.string, max(0, m.start() - 24), m.start()):
        return None
    if m["unit3"]:
        if m.group(0)[:3].lower() == "the" and not _SAME_OPENS.search(m.string, max(0, m.start() - 16), m.start()):
            return None  # "They ship the same day": a habit's object, no day of the story
        return {**undated(), "days_on": (_UNITS[m["unit3"].lower()], 0)}, False
    if m["cunit"]:
        counted = counted_offset(m)
        if counted is None:
            return None
        unit = m["cunit"].lower().rstrip("s")
        mark = ("month", counted) if unit == "month" else ("day", counted * (7 if unit == "week" else 1))
        return {**undated(), "days_on": mark, "days_counted": True}, False
    if m["next_day"] or m["same_day"] or m["same_month"]:
        unit = "month" if m["same_month"] else "day"
        return {**undated(), "days_on": (unit, 1 if m["next_day"] else 0)}, False
    if m["rel"]:
        if m["rel"].lower() == "next" and clause_tense(m.string, m.start(), m.end()) == FUTURE:
            return None  # "the next month will be hard": after the publication
        unit, offset = _UNITS[m["unit"].lower()], _REL[m["rel"].lower()]
    else:
        unit, offset = _UNITS[m["unit2"].lower()], -1 if m["around"].lower() == "before" else 1
    return {**undated(), "days_on": (unit, offset)}, False


DAYS_ON_PATTERNS: list[tuple[str, str, Handler]] = [("the that later earlier на в во тем " + COUNT_HEADS, DAYS_ON_RX, h_days_on)]


def days_on(text: str, chosen: list[Cand], strict: bool, reference: _dt.date | None = None) -> list[Cand]:
    """``chosen`` with each phrase marked ``days_on`` dated from the latest single day (or, for a month, month)
    before it within reach — written in digits, or a day in words read against the publication ("They met on
    Tuesday. The next day …") — with no other date named in between; in running text (``strict``) a phrase without
    one is dropped, alone it stays undated.  A day counted from a day in words that would fall after the
    publication date (``reference``) in a past clause is not dated: the day in words was read wrong."""
    out: list[Cand] = []
    anchor: tuple[int, dict[str, Any], bool] | None = None  # (end, attributes, in digits) of the latest single date
    last_digits = -1  # the end of the latest date written in digits
    for c in chosen:
        a = c.attrs
        mark = a.pop("days_on", None)
        if mark is None:
            out.append(c)
            if a.get("undated") or not a.get("start"):
                if a.get("precision") == "day" or not a.get("start"):
                    anchor = None  # "On Friday" without a publication date: the count's base is unknown
                continue
            digits = c.in_digits(text)
            if digits:
                last_digits = c.end
            if a.get("start") == a.get("end") and (digits or (
                    a.get("precision") == "day" and not _near(text, last_digits, c.start) and not _THAT.search(text, max(0, c.start - 9), c.start))):
                # a day or month in digits, or a day in words ("on Tuesday", "yesterday") read against the publication
                # with no date in digits just before it (after "On 3 May 2019 …" a weekday's week is unsaid), and not a
                # day of the story ("That Tuesday, I felt worse": its week is the narrative's, not the publication's)
                anchor = (c.end, a, digits) if a.get("precision") in ("day", "month") else None
            elif anchor is not None and (a.get("start"), a.get("end")) != (anchor[1].get("start"), anchor[1].get("end")):
                anchor = None  # a range, a weekday, "last year" named in between: the count's base is unsaid
            continue
        unit, offset = mark
        counted = a.pop("days_counted", False)  # "ten days later": not right after its date ("Due 1/15/25, a week later.")
        dated = (_counted(anchor[1], unit, offset) if anchor is not None and _near(text, anchor[0], c.start)
                 and not (counted and APPOSITION.fullmatch(text, anchor[0], c.start)) else None)
        if (dated is not None and anchor is not None and not anchor[2] and reference is not None
                and dated["start"] > reference.isoformat() and clause_tense(text, c.start, c.end) == PAST):
            dated = None  # "They met on Tuesday (today). The next day they signed": not after the publication
        if dated is not None and anchor is not None:  # (a count is made only from an anchor)
            a.update(dated)
            anchor = (c.end, dated, anchor[2])  # "the next day … the following day"
        elif strict:
            continue
        out.append(c)
    return out


def _near(text: str, end: int, start: int) -> bool:
    """Whether a date ending at ``end`` is within reach of ``start``: ``REACH`` characters, one paragraph break."""
    return 0 <= end and start - end <= REACH and len(PARAGRAPH_BREAK.findall(text, end, start)) <= 1


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
