"""Dates that end a span read by their words around them: a deadline "by the end of the year" (Russian "к концу 2025
года", Turkish "2025 yılı sonuna kadar") is the period's last day, and a "since" in a past clause ends at the dated
time of its "when" clause ("had lived there since 2010 when, in March 2015, he bought the farm").  Used by :func:`~desktop.meaning.date_patterns.scan`; nothing here does I/O."""

from __future__ import annotations

import calendar
import re

from desktop.meaning.date_base import Cand

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

# "by the end of the year", "By the end of March", "by year end", "by year-end" (not "at the end of the year", "towards
# the end of 2020", "in late 2020": a part of the period, its last third).
# After "by year-end" / "at year-end", a word that opens the main clause ("By year-end the bank will have cut 500 jobs",
# "At year-end we had 40 staff") and not a noun that the "year-end" qualifies ("year-end results", "year-end bonuses").
# Both are the year's last day: "by year-end" a deadline, "at year-end" the point a balance is taken at (31 December,
# as a report's "at year-end"); "at the end of the year" stays the year's last part.
YEAR_END_NOUN = r"(?!(?:the|a|an|its|their|his|her|our|my|your|we|it|they|he|she|i|you|there|all|most)(?![^\W_]))"
_BY_BEFORE = re.compile(r"(?<![^\W_])by[ \u00a0]+$", re.IGNORECASE)
_END_OF = re.compile(r"(?:the[ \u00a0]+)?end[ \u00a0]+of[ \u00a0]|year[ \u00a0-]end(?![^\W_])", re.IGNORECASE)
_AT_YEAR_END = re.compile(r"(?<![^\W_])at[ \u00a0]+$", re.IGNORECASE)


# Russian "к концу 2025 года", "до конца марта 2026 года" (by, until the end of …): the same deadline.
_RU_END = re.compile(r"конц[уа](?![^\W_])", re.IGNORECASE)
_RU_BY_BEFORE = re.compile(r"(?<![^\W_])(?:к|до)[ \u00a0]+$", re.IGNORECASE)
# Turkish "2025 yılı sonuna kadar", "Mart 2026 sonuna dek", "yıl sonuna kadar" (up to the end of …): after the date, or
# inside a relative one's words.
_TR_END_AFTER = re.compile(r"[ \u00a0]+sonuna[ \u00a0]+(?:kadar|dek)(?![^\W_])", re.IGNORECASE)
_TR_END_INSIDE = re.compile(r"(?<![^\W_])sonuna[ \u00a0]+(?:kadar|dek)$", re.IGNORECASE)


def deadlines(text: str, chosen: list[Cand]) -> None:
    """Set each deadline "by the end of …" ("at year-end" too) in ``chosen`` to the period's last day: GUM's annotators give "by the end
    of the year" and "by year end" the year's last day (2 of 2 in GUM train), and a deadline is a day, not the last
    third of the year the end alone reads as ("at the end of the year": September to December).  The same for Russian
    "к концу 2025 года" / "до конца …" and Turkish "2025 yılı sonuna kadar" (whose words after the date join it)."""
    for c in chosen:
        a = c.attrs
        if a.get("undated") or not a.get("end"):
            continue
        # Russian and Turkish within a year only: "к концу текущего столетия" is the century's last quarter, no day
        in_a_year = str(a.get("start"))[:4] == str(a["end"])[:4]
        tr_after = _TR_END_AFTER.match(text, c.end) if in_a_year else None
        if not (tr_after or (in_a_year and (_TR_END_INSIDE.search(text, c.start, c.end) or _ru_by_the_end(text, c.start)))
                or (_END_OF.match(text, c.start) and _BY_BEFORE.search(text, max(0, c.start - 8), c.start))
                or (text[c.start : c.start + 4].lower() == "year" and _AT_YEAR_END.search(text, max(0, c.start - 8), c.start))):
            continue
        if tr_after:
            c.end = tr_after.end()
        day = last_day(a["end"])
        a.update(start=day, end=day, precision="day")


def _ru_by_the_end(text: str, start: int) -> bool:
    """Whether the date at ``start`` is "концу"/"конца" after "к"/"до" ("к концу 2025 года")."""
    return _RU_END.match(text, start) is not None and _RU_BY_BEFORE.search(text, max(0, start - 4), start) is not None


def last_day(end: str) -> str:
    """The last day of the ISO year, month or day ``end`` ("2025" → "2025-12-31", "2025-02" → "2025-02-28")."""
    if len(end) == 4:
        return f"{end}-12-31"
    if len(end) == 7:
        return f"{end}-{calendar.monthrange(int(end[:4]), int(end[5:7]))[1]:02d}"
    return end


# A "when" clause right after the "since" date: "since 2010 when, in March 2015, …", "since 2010, when in 2015 …".
_WHEN_AFTER = re.compile(r"[ \u00a0]*,?[ \u00a0]+when(?![^\W_])", re.IGNORECASE)
_SENTENCE_GAP = re.compile(r"[.!?;\n]")


def ended_when(text: str, chosen: list[Cand], i: int) -> str | None:
    """The end of the "since" ``chosen[i]`` (its caller has found its clause in the past) followed by a "when" clause
    with a dated time in its sentence ("He had lived there since 2010 when, in March 2015, he bought the farm": 2010 to
    2015), at the since-date's precision, as :func:`~desktop.meaning.date_context.since` ends a pluperfect; ``None``
    without one, or when that time is not after the since-date ("since 2010 when, in May 2010, …": the when tells the
    start), or when a comma closes the "when" clause before it ("since 2008, when her first book came out, which won a
    prize in 2012": the when tells of 2008 itself; review)."""
    c = chosen[i]
    when = _WHEN_AFTER.match(text, c.end)
    if when is None or i + 1 >= len(chosen):
        return None
    d = chosen[i + 1]
    b: dict[str, Any] = d.attrs
    if (_SENTENCE_GAP.search(text, when.end(), d.start) or "," in text[when.end() : d.start].lstrip(" \u00a0,")
            or b.get("undated") or b.get("yearless")
            or b.get("precision") not in ("day", "month", "year")):
        return None
    since_end = str(c.attrs["end"])
    end = str(b["end"])[: len(since_end)]
    return end if len(end) == len(since_end) and end > since_end else None
