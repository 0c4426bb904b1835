"""Periods that run on from a date written in the text: "since 2010", "since March", "с 2010 года",
"2010'dan beri" up to the publication date (:func:`since`; "from 2010 to the present" whatever the tense) and
"the next five years" of a past narrative from the latest year before it (:func:`after_years`).  Split from
:mod:`desktop.meaning.date_context`, which still imports and re-exports these names.

Nothing here does I/O.
"""

from __future__ import annotations

import datetime as _dt
import re

from desktop.meaning.date_base import Cand, span
from desktop.meaning.date_deadlines import ended_when, last_day
from desktop.meaning.date_holidays import shift_year
from desktop.meaning.date_open import dates_an_event
from desktop.meaning.date_open_cues import BETWEEN_BEFORE, one_period_end
from desktop.meaning.date_tense import clause_sides, reaches_now


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
        if not a.get("undated") and a.get("precision") in ("day", "month", "year") and c.in_digits(text):
            year = int(a["end"][:4])


_SINCE_BEFORE = re.compile(r"(?<![^\W_])(?:since(?:[ \u00a0]+at[ \u00a0]+least|[ \u00a0]+as[ \u00a0]+(?:early|long[ \u00a0]+ago|far[ \u00a0]+back)[ \u00a0]+as)?"
                           r"|(?:начиная[ \u00a0]+)?со?)[ \u00a0]+$",
                           re.IGNORECASE)  # "since at least 2010", "since as far back as 2010": 2010 to the publication, as "since 2010"
_SINCE_AFTER = re.compile(r"[ \u00a0]+(?:beri|bu[ \u00a0]+yana)(?![^\W_])", re.IGNORECASE)
# A period written up to now: "from 2010 to the present", "с 2010 года по настоящее время", "2010'dan günümüze kadar".
UP_TO_NOW_AFTER = re.compile(
    r"[ \u00a0]+(?:(?:to|until|till)[ \u00a0]+(?:the[ \u00a0]+present(?:[ \u00a0]+day)?|today|now|date)"
    r"|(?:по|до)[ \u00a0]+(?:настоящее[ \u00a0]+время|настоящего[ \u00a0]+времени|сей[ \u00a0]+день|наши[ \u00a0]+дни|наших[ \u00a0]+дней)"
    r"|до[ \u00a0]+сих[ \u00a0]+пор|günümüze[ \u00a0]+(?:kadar|dek|değin))(?![^\W_]|-[^\W\d_])",  # not "to now-retired staff"
    re.IGNORECASE,
)
# "between March 2020 and now", "between 1990 and the present (day)" ("and today" is a day the merge joins)
_AND_NOW_AFTER = re.compile(r"[ \u00a0]+and[ \u00a0]+(?:the[ \u00a0]+present(?:[ \u00a0]+day)?|now)(?![^\W_]|-[^\W\d_])",
                            re.IGNORECASE)


def _up_to_now(text: str, start: int, end: int) -> re.Match[str] | None:
    """The words after the date at ``text[start:end]`` that run it up to now ("to the present", "until today", "по
    настоящее время", "günümüze kadar"; "and now" after "between"), or None."""
    m = UP_TO_NOW_AFTER.match(text, end)
    if m is None and BETWEEN_BEFORE.search(text, max(0, start - 9), start):
        m = _AND_NOW_AFTER.match(text, end)
    return m

# An end written after the start: "с 862 года по 870 год", "since 2010 until 2015".
_END_WRITTEN_AFTER = re.compile(r"[ \u00a0]+(?:по|до|to|until|till|through)[ \u00a0]+\d", re.IGNORECASE)
# Russian "с" + the instrumental is "with", not "since": "по сравнению с 2024 годом", "в сравнении с
# мартом", "по сравнению с 1 марта 2024 года" (a genitive after "сравнению с" compares too).
_COMPARED_BEFORE = re.compile(r"(?<![^\W_])(?:по|в)[ \u00a0]+сравнени[иею][ \u00a0]+со?[ \u00a0]+$", re.IGNORECASE)
_RU_YEAR_INSTRUMENTAL = re.compile(r"[ \u00a0]+годом(?![^\W_])", re.IGNORECASE)
_RU_MONTH_INSTRUMENTAL = re.compile(r"(?<=[а-яё])(?:ом|ем|ём)$", re.IGNORECASE)
_SENTENCE_GAP = re.compile(r"[.!?;\n]")


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
    for i, c in enumerate(chosen):
        a = c.attrs
        precision = a.get("precision")
        period = one_period_end(text, c.start, c.end) is not None  # "since the late 1990s": one period, no range
        if a.get("undated") or (precision not in ("day", "month", "year") and not period):
            continue
        turkish = _SINCE_AFTER.match(text, c.end) is not None
        up_to = _up_to_now(text, c.start, c.end)
        up_to_now = up_to is not None
        if not (turkish or up_to_now or _SINCE_BEFORE.search(text, max(0, c.start - 24), c.start)):
            continue
        if not (turkish or up_to_now) and dates_an_event(text, c.end, since=True):
            continue  # "since 2008 crash", "since the 1990s boom": since the event the date dates (as "since the 2008 crash")
        if not (turkish or up_to_now) and (_COMPARED_BEFORE.search(text, max(0, c.start - 24), c.start)
                                           or _RU_YEAR_INSTRUMENTAL.match(text, c.end)
                                           or _RU_MONTH_INSTRUMENTAL.search(text, c.start, c.end)):
            continue  # "по сравнению с 2024 годом", "с январём": compared with, not since
        if not up_to_now and (_END_WRITTEN_AFTER.match(text, c.end) or (a["start"][:4] != a["end"][:4] and not period)):
            continue  # "с 862 года по 870 год", "since 2010 until 2015": the period's end is written
        now = reference.isoformat()[: len(a["end"])]
        if a.get("yearless") and a["start"] > now:
            shift_year(a, -1)
        told = None if up_to_now else (_pluperfect_told_at(text, chosen, i, now) or _past_until_when(text, chosen, i))
        if told is not None:
            a["end"] = told  # "In December 2020 he said prices had been falling since April": up to December 2020
            continue
        if a["end"] < now and (up_to_now or reaches_now(text, c.start, c.end, turkish, _bounded(text, chosen, i))):
            a["end"] = now
            if precision == "decade":
                a["precision"] = "year"  # "since the 1990s": 1990 to the publication year
            if up_to_now:  # the span holds its end ("2010 to today": "today" is no date of its own)
                c.end = up_to.end()  # type: ignore[union-attr]
    kept: list[Cand] = []
    for c in chosen:  # a span that now holds its end ("2010 to today") drops every date inside it
        if not kept or c.start >= kept[-1].end:
            kept.append(c)
    chosen[:] = kept


# "had been" reads as a perfect to :func:`reaches_now`; "had doubled since 2010" (a past) keeps the year alone.
_HAD_BEEN = re.compile(r"(?<![^\W_])(?:had|'d)[ \u00a0]+been(?![^\W_])", re.IGNORECASE)


def _pluperfect_told_at(text: str, chosen: list[Cand], i: int, now: str) -> str | None:
    """The end of a "since" in the pluperfect ("had been") told from a dated time in its sentence ("In December 2020 the agency said
    prices had been falling since April", "By June 2019, prices had been falling since April"): that time, at the
    since-date's precision, when it is not before the start; a coarser time ends it at its own end ("In 2021 the bureau
    said rents had been rising since 3 May": 3 May to 31 December 2021), never after ``now``, the publication date at
    that precision.  ``None`` otherwise: without such a date ("Prices had been falling since April, the agency said":
    reported speech, up to the publication date) or in another sentence."""
    c = chosen[i]
    left, right = clause_sides(text, c.start, c.end)
    if not _HAD_BEEN.search(f"{left} {right}"):
        return None
    a = c.attrs
    for before in reversed(chosen[:i]):
        b = before.attrs
        if _SENTENCE_GAP.search(text, before.end, c.start):
            return None
        if b.get("undated") or b.get("precision") not in ("day", "month", "year"):
            continue
        end = min(_last_of(b["end"], len(a["end"])), now)
        return end if end >= a["start"] else None
    return None


def _past_until_when(text: str, chosen: list[Cand], i: int) -> str | None:
    """The end of a "since" in a past clause at the dated time of its "when" clause (see
    :func:`~desktop.meaning.date_deadlines.ended_when`); a present perfect runs on up to now ("He has lived here
    since 2010 when, in March 2015, he bought the farm")."""
    c = chosen[i]
    left, right = clause_sides(text, c.start, c.end)
    if _HAD_BEEN.search(f"{left} {right}") or not reaches_now(text, c.start, c.end, False, _bounded(text, chosen, i)):
        return ended_when(text, chosen, i)
    return None


def _last_of(end: str, width: int) -> str:
    """The ISO date ``end`` ("2021", "2021-10", "2021-10-05") cut or filled out to ``width`` characters with its last
    month and day ("2021" at a day's width: "2021-12-31")."""
    return last_day(end)[:width]


def after_since(text: str, c: Cand) -> bool:
    """Whether ``c`` is the start of a "since": "since March", "с марта", "Mart'tan beri"."""
    return bool(_SINCE_BEFORE.search(text, max(0, c.start - 24), c.start) or _SINCE_AFTER.match(text, c.end))


def _bounded(text: str, chosen: list[Cand], i: int) -> bool:
    """Whether another date with its year stands next to ``chosen[i]`` in its sentence ("В 2015 году
    выручка сократилась с 2012 года", "2015'e kadar fiyatlar 2010'dan beri …"): the clause's past is
    then of that time, not a perfect up to now."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(chosen):
            d = chosen[j]
            if d.attrs.get("undated") or d.attrs.get("yearless") or not d.attrs.get("start"):
                continue
            left, right = (d.end, chosen[i].start) if j < i else (chosen[i].end, d.start)
            if not _SENTENCE_GAP.search(text, left, right):
                return True
    return False
