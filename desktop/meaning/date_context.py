"""Dates resolved by the text around them, after the scanner has chosen its matches: the year a
day or month written without one takes (:func:`anchor_years`, from the dates before it in its
paragraph or its clause's tense), "since 2010" up to the publication date (:func:`since`), "the next
five years" of a past narrative (:func:`after_years`) and each year of a list (:func:`year_lists`).

Nothing here does I/O.
"""

from __future__ import annotations

import datetime as _dt
import re

from desktop.meaning.date_absolute import RU_COUNT_AFTER  # Russian: a count, not a listed year
from desktop.meaning.date_base import Cand, span
from desktop.meaning.date_tense import FUTURE, PAST, clause_tense, reaches_now

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time: keeps import < 50 ms
    from typing import Any


def after_years(text: str, chosen: list[Cand]) -> None:
    """"the next five years" in a clause in the past: from the latest year written before it in the
    text ("In 1655 he enlisted … the next five years" → 1655–1660); without one it stays undated."""
    year: int | None = None
    for c in chosen:
        a = c.attrs
        n = a.pop("after_years", None)
        if n is not None:
            dated = span("year", (year,), (year + n,)) if year is not None else None
            if dated is not None:
                a.pop("reason", None)
                a.update(dated)
            continue
        if not a.get("undated") and a.get("precision") in ("day", "month", "year") and _DIGITS.search(text, c.start, c.end):
            year = int(a["end"][:4])


_SINCE_BEFORE = re.compile(r"(?<![^\W_])(?:since|(?:начиная[ \u00a0]+)?со?)[ \u00a0]+$", re.IGNORECASE)
_SINCE_AFTER = re.compile(r"[ \u00a0]+(?:beri|bu[ \u00a0]+yana)(?![^\W_])", re.IGNORECASE)
# A period written up to now: "from 2010 to the present", "с 2010 года по настоящее время", "2010'dan günümüze kadar".
_UP_TO_NOW_AFTER = re.compile(
    r"[ \u00a0]+(?:(?:to|until|till)[ \u00a0]+(?:the[ \u00a0]+present(?:[ \u00a0]+day)?|today|now|date)"
    r"|(?:по|до)[ \u00a0]+(?:настоящее[ \u00a0]+время|настоящего[ \u00a0]+времени|сей[ \u00a0]+день|наши[ \u00a0]+дни|наших[ \u00a0]+дней)"
    r"|до[ \u00a0]+сих[ \u00a0]+пор|günümüze[ \u00a0]+(?:kadar|dek|değin))(?![^\W_])",
    re.IGNORECASE,
)

# An end written after the start: "с 862 года по 870 год", "since 2010 until 2015".
_END_WRITTEN_AFTER = re.compile(r"[ \u00a0]+(?:по|до|to|until|till|through)[ \u00a0]+\d", re.IGNORECASE)


def since(text: str, chosen: list[Cand], reference: _dt.date | None) -> None:
    """"since 2010", "since March", "с 2010 года", "2010'dan beri", "Mart ayından bu yana": from that
    date up to the publication date, at the date's precision, unless its clause is in the past ("had
    lived there since 1990", "с 1990 года жил там": the year alone; see
    :func:`~desktop.meaning.date_tense.reaches_now` for Russian verbs of change and the Turkish
    perfect); "from 2010 to the present", "с 2010 года по настоящее время", "2010'dan günümüze kadar"
    whatever the tense.  A day or month without a year that would lie after the publication date is
    of the year before ("has risen since November" in February)."""
    if reference is None:
        return
    for c in chosen:
        a = c.attrs
        precision = a.get("precision")
        if a.get("undated") or precision not in ("day", "month", "year"):
            continue
        turkish = _SINCE_AFTER.match(text, c.end) is not None
        up_to_now = _UP_TO_NOW_AFTER.match(text, c.end) is not None
        if not (turkish or up_to_now or _SINCE_BEFORE.search(text, max(0, c.start - 16), c.start)):
            continue
        if not up_to_now and (_END_WRITTEN_AFTER.match(text, c.end) or a["start"][:4] != a["end"][:4]):
            continue  # "с 862 года по 870 год", "since 2010 until 2015": the period's end is written
        now = reference.isoformat()[: len(a["end"])]
        if a.get("yearless") and a["start"] > now:
            shift_year(a, -1)
        if a["end"] < now and (up_to_now or reaches_now(text, c.start, c.end, turkish)):
            a["end"] = now
            if up_to_now:  # the span holds its end ("2010 to today": "today" is no date of its own)
                c.end = _UP_TO_NOW_AFTER.match(text, c.end).end()  # type: ignore[union-attr]
    chosen[:] = [c for i, c in enumerate(chosen) if i == 0 or c.start >= chosen[i - 1].end]


_COUNT_AFTER_YEAR = re.compile(r"[ \u00a0]+(?:[a-z]+s|people|children|men|women|of)\b|[ \u00a0]*[%$€£]")


def bare_year_anchors(text: str, cands: list[Cand], reference: _dt.date | None) -> list[Cand]:
    """Bare years not suggested for want of context ("Holt opened 2012 with Altoona") that still
    give their year to a day or month after them in the paragraph ("… promoted on September 1"):
    within 30 years of the publication date, and not counting something ("2000 people")."""
    if reference is None:
        return []
    out = []
    for c in cands:
        a = c.attrs
        if (c.weak and a.get("precision") == "year" and a["start"] == a["end"] and abs(int(a["start"]) - reference.year) <= 30
                and text[c.start : c.end].isdigit() and not _COUNT_AFTER_YEAR.match(text, c.end)):
            out.append(Cand(c.start, c.end, {**a}))
    return out


def anchor_years(text: str, chosen: list[Cand], reference: _dt.date | None = None,
                 bare: list[Cand] | None = None) -> None:
    """A day or month written without a year ("On March 3", "in June") takes the year of the
    latest date before it in its paragraph ("In 2008 … On March 3" is 3 March 2008; "Last year,
    in June" June of last year), else the publication year — or the year after it when its clause
    speaks of the future and the day or month is already past ("will tour Mexico in January" in a
    text of October), the year before it when its clause is in the past and the day or month is
    still to come ("prices rose in November" in a text of February); a relative date before it
    in the publication year ("next month, Italy in November, Mexico in January") does not stop
    that, a year written there does.  A date so moved is the anchor of the yearless dates after it
    ("… in January, Magi-Fest in February").  ``bare`` are years written but not suggested (see
    :func:`bare_year_anchors`): anchors only.  When the text says the day or month comes after its
    anchor (see :func:`_later_than_anchor`) and the anchor's year would put it before, it takes the
    year after ("He was elected in November 2020 and took office in January" → January 2021)."""
    anchor: tuple[int, int, bool, str] | None = None  # (end, year, written, start) of the latest date with a year
    for c in sorted(chosen + bare, key=lambda c: c.start) if bare else chosen:
        a = c.attrs
        if a.get("undated") or not a.get("start"):
            continue
        if anchor is not None and "\n" in text[anchor[0] : c.start]:
            anchor = _next_paragraph_anchor(text, anchor, c, reference)
        if not a.get("yearless"):
            if a.get("precision") in ("day", "month", "year") and a["start"][:4] == a["end"][:4]:
                anchor = (c.end, int(a["start"][:4]), _DIGITS.search(text, c.start, c.end) is not None, a["start"])
            continue
        if anchor is not None and (anchor[1] != int(a["start"][:4]) or anchor[2]):
            shift_year(a, anchor[1] - int(a["start"][:4]))
            later = _later_than_anchor(text, anchor[0], c)
            if later and len(anchor[3]) >= (4 if later == _NEXT_YEAR else 7) and (
                    later == _NEXT_YEAR or a["start"][:7] < anchor[3][:7]
                    or (later == _FOLLOWING and a["start"][:7] == anchor[3][:7])) and shift_year(a, 1):
                anchor = (c.end, anchor[1] + 1, True, a["start"])
            continue
        shift = _tense_shift(text, c, reference)
        if shift and shift_year(a, shift):
            anchor = (c.end, int(a["start"][:4]), False, a["start"])


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _next_paragraph_anchor(text: str, anchor: tuple[int, int, bool, str], c: Cand,
                           reference: _dt.date | None) -> tuple[int, int, bool, str] | None:
    """The anchor a yearless ``c`` keeps across one paragraph break: in a narrative of another time (its
    anchor a day or month with its year written, two years or more before the publication date), a day
    or month in the first sentence of the next paragraph that falls within three months after it
    ("… his release on 29 April 1832.\nGalois' fatal duel took place on 30 May." → 30 May 1832);
    ``None`` otherwise (a new paragraph starts afresh)."""
    end, year, written, start = anchor
    a = c.attrs
    gap = text[end : c.start]
    if (not a.get("yearless") or not written or len(start) < 7 or gap.count("\n") != 1
            or (reference is not None and year > reference.year - 2)
            or _SENTENCE_END.search(text, gap.index("\n") + end, c.start)):
        return None
    try:
        first = _dt.date(year, int(start[5:7]), int(start[8:10] or 1))
        moved = _dt.date.fromisoformat(f"{year:04d}{a['start'][4:]}" + ("-01" if len(a["start"]) == 7 else ""))
    except ValueError:
        return None
    return (c.start, year, written, start) if 0 < (moved - first).days <= 92 else None  # now within the paragraph


# Words that put a day or month after the dated one before it in its paragraph: "the following
# January" (also the same month: the next one), "in January after the vote", "later, in January",
# taking office after an election ("took office in January", "was sworn in on 20 January", "вступил
# в должность", "göreve başladı"); "in January of the following year" whatever the months.
_NEXT_YEAR, _FOLLOWING, _LATER = 3, 2, 1
_FOLLOWING_BEFORE = re.compile(r"(?<![^\W_])(?:the[ \u00a0]+)?(?:following|subsequent)[ \u00a0]+$", re.IGNORECASE)
_NEXT_YEAR_AFTER = re.compile(r",?[ \u00a0]+(?:of[ \u00a0]+)?the[ \u00a0]+(?:following|next|subsequent)[ \u00a0]+year\b",
                              re.IGNORECASE)
_AFTER_AFTER = re.compile(r"[ \u00a0]+(?:after|following)(?![^\W_])", re.IGNORECASE)
_LATER_BEFORE = re.compile(r"(?<![^\W_])(?:later|afterwards|subsequently)(?:,|[ \u00a0])[^.;!?\n]{0,12}$", re.IGNORECASE)
_OFFICE = re.compile(
    r"(?<![^\W_])(?:took[ \u00a0]+office|assumed[ \u00a0]+office|sworn[ \u00a0]+in|inaugurated"
    r"|took[ \u00a0]+(?:his|her|their)[ \u00a0]+seats?|вступил[аи]?[ \u00a0]+в[ \u00a0]+должность"
    r"|göreve[ \u00a0]+başla(?:dı|mıştır|dılar))(?![^\W_])",
    re.IGNORECASE,
)


def _later_than_anchor(text: str, anchor_end: int, c: Cand) -> int:
    """:data:`_NEXT_YEAR`, :data:`_FOLLOWING` or :data:`_LATER` when the text says the yearless ``c`` comes after the
    dated anchor that ends at ``anchor_end`` (see the cues above), else 0."""
    if _NEXT_YEAR_AFTER.match(text, c.end):
        return _NEXT_YEAR
    if _FOLLOWING_BEFORE.search(text, max(0, c.start - 24), c.start):
        return _FOLLOWING
    if (_AFTER_AFTER.match(text, c.end) or _LATER_BEFORE.search(text, max(anchor_end, c.start - 40), c.start)
            or _OFFICE.search(text, anchor_end, c.start)):
        return _LATER
    return 0


_DIGITS = re.compile(r"\d")


def _tense_shift(text: str, c: Cand, reference: _dt.date | None) -> int:
    """+1 when the yearless date ``c`` (in the publication year) is already past but its clause
    speaks of the future, -1 when it is still to come but its clause is in the past, else 0."""
    if reference is None or int(c.attrs["start"][:4]) != reference.year:
        return 0
    start, end = c.attrs["start"], c.attrs["end"]
    now = reference.isoformat()[: len(start)]
    if end[: len(now)] < now or start > now:
        tense = clause_tense(text, c.start, c.end)
        if tense == FUTURE and end[: len(now)] < now:
            return 1
        if tense == PAST and start > now:
            return -1
    return 0


def shift_year(a: dict[str, Any], shift: int) -> bool:
    """Move the interval ``a`` by ``shift`` years; ``False`` (unchanged) when a day does not exist then."""
    moved = {k: f"{int(a[k][:4]) + shift:04d}{a[k][4:]}" for k in ("start", "end")}
    try:
        for iso in moved.values():
            if len(iso) == 10:
                _dt.date.fromisoformat(iso)  # 29 February of another year
    except ValueError:
        return False
    a.update(moved)
    return True


# "Accessed 3 July 2025", "Erişme Tarihi: 03.07.2025", "дата обращения: …": when a
# reference was read, not an event.
_LIST_GAP = r"(?:,\s*|\s+(?:and|и|ve|ile)\s+|\s*&\s*)"
_LIST_YEAR = re.compile(rf"{_LIST_GAP}(1\d{{3}}|20\d{{2}})(?![\d.,]\d|\d)")
# The years before the dated one: "1961, 1962 ve 1963'te", "2002, 2003 ve 2004 yıllarında".
_LIST_YEAR_BEFORE = re.compile(rf"(?<![\d.,])(1\d{{3}}|20\d{{2}}){_LIST_GAP}$")


def year_lists(text: str, chosen: list[Cand]) -> list[Cand]:
    """Each year of a list is its own date: "2002, 2004, 2008 и 2012 годов", "1961, 1962 ve 1963'te"."""
    if not chosen:
        return chosen
    taken = [(c.start, c.end) for c in chosen]
    extra: list[Cand] = []

    def take(m: re.Match[str] | None) -> Cand | None:
        """The listed year ``m`` found, as a date, unless it overlaps one already taken."""
        if m is None:
            return None
        b, e = m.start(1), m.end(1)
        attrs = span("year", (int(m.group(1)),))
        if attrs is None or any(tb < e and b < te for tb, te in taken) or RU_COUNT_AFTER.match(text, e):
            return None  # (or "в 1592 году, 1535 кроватей": a count)
        extra.append(Cand(b, e, attrs))
        taken.append((b, e))
        return extra[-1]

    for c in chosen:
        if c.attrs.get("precision") != "year" or c.attrs.get("start") != c.attrs.get("end"):
            continue
        after: Cand | None = c
        while after is not None:  # the years after it: "… 2008 и 2012"
            after = take(_LIST_YEAR.match(text, after.end))
        before: Cand | None = c
        while before is not None:  # the years before it: "1961, 1962 ve 1963'te"
            before = take(_LIST_YEAR_BEFORE.search(text, max(0, before.start - 16), before.start))
    return sorted(chosen + extra, key=lambda c: c.start) if extra else chosen
