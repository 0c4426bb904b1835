"""Normalise date expressions written in English, Russian and Turkish.

Public API:

* :func:`parse_date` — one phrase to ``{"start", "end", "precision",
  "undated"}``;
* :func:`find_dates` — date expressions in running text as
  ``(start, end, attrs)`` with Python ``str`` offsets;
* :func:`format_date` — attributes to a display string ("22 May 2025").

Attribute contract: ``precision`` is ``"day"``, ``"month"``, ``"year"`` or
``"decade"``; ``start``/``end`` are ISO strings shaped by the precision
(``"YYYY-MM-DD"``, ``"YYYY-MM"``, ``"YYYY"``; a decade uses ``"YYYY"``
years); a single date has ``end == start``.  Anything that cannot be pinned
down gives ``{"start": None, "end": None, "precision": None, "undated": True}``.

Decisions (hand-written on purpose, no ``dateparser``: that library has no
precision, no ranges or decades, fills missing parts from "now", guesses
month-first on numbers and reports footnote markers and "20%" as dates):

* Numeric dates are day-first.  ``03.07.2025`` and ``03-07-2025`` are always
  day.month.year (European/Turkish usage); an impossible one is rejected.
  ``03/07/2025`` is day-first too, and is read month-first only when that is
  the single valid reading (``07/23/2025`` → 23 July).  ISO ``2025-05-22`` is
  year-month-day.
* "the past/last decade" relative to a reference date R is a ``decade`` with
  ``start = R.year - 10`` and ``end = R.year`` ("the past decade" in a text
  of 2025 → 2015–2025); "the past N decades" → R.year - 10·N … R.year.
  "the 1990s" → 1990–1999.  "the past N years / months / weeks / days" are
  the days they cover up to R ("the past three years" of 28 February 2023 →
  2020-02-29 … 2023-02-28), "the next N years" the days from R on — in a clause in the
  past, the years from the latest year written before it ("In 1655 he enlisted … over the next
  five years he served" → 1655–1660; undated, with the reason, without one).
* "since 2010", "since March", "2010'dan beri", "Mart ayından bu yana" run from that date up to
  R at the date's precision (2010–2025), unless their clause is in the past ("had lived there
  since 1990" → 1990); "by 1900" and "before 2000", open at one end, stay their year with ``open``
  "start" ("after 1990", "from 1990 on": ``open`` "end"): :mod:`~desktop.meaning.date_open`.
* Relative forms ("last year", "this month", "the month of June", "22 May"
  without a year, "yesterday") need ``reference`` (the document's
  publication date); without it they are undated.  A month or day written
  without a year takes the year of the latest date before it in its
  paragraph ("In 2008 … On March 3", "Last year, in June") — the year after
  it when the text says it comes later ("elected in November 2020 … took
  office in January") —, else the reference year.
* Anaphoric forms that depend on another date in the text rather than the
  publication date are dated from the year written before them where there
  is one ("In 1724 … the previous year", "Two years later":
  :mod:`desktop.meaning.date_years_on`), and are no suggestion without it;
  vague ones ("during this period", "in recent times") are not dates here.
* Relative words are whole words ("Dün" is yesterday, "Dünya" is not); a
  range may be written with any dash or hyphen ("1972–1981", "1972 - 1981",
  "1972 -- 1981").  Russian month names are read in every case ("октябрь",
  "октября", "к октябрю", "в октябре").
* Parts are intervals: early/mid/late (and "в начале", "ortasında", "the end
  of") are the first, middle or last third of a year (in months), decade or
  century (in years) or month (days 1–10, 11–20, 21–end); seasons are their
  three months (winter runs into the next year).
* A year before the era ("508 BC", "MÖ 388'de", "V век до н. э.") is found
  but undated, with the reason: ISO years here start at 1.
* Lists and ranges: in running text two dates joined by "and" / "и" / "ve" /
  "ile" are two dates ("in 1991 and 1995", "22 May and 25 June 2025", "May and
  June 2025", "1991 ve 1995 yıllarında"); "between", "from … to", "с … по", a
  dash or a following "arasında" make one range.  A phrase parsed alone
  (:func:`parse_date`, a tag made by hand) keeps the interval holding both.
* A weekday alone is the latest such day up to the publication date, or the
  first from it on when its clause speaks of the future ("will meet on
  Monday", "состоится в среду", "Salı günü toplanacak"; the cues are listed
  in :mod:`~desktop.meaning.date_tense`); "next Monday" / "last Monday" are 1–7
  days after / before it.
* "the 1800s" (a round hundred up to 1900, English) is the hundred years
  1800–1899, its parts thirds of them; "the 2000s" stays a decade.  Centuries
  are read as news and TimeML's TIMEX3 read them ("the 19th century" is 1800–1899), seasons are three
  months (summer June–August) and weeks run Monday to Sunday.
* :func:`find_dates` spans leave out leading prepositions ("in", "on",
  "as of", "в") but keep range words ("between 2024 and 2025", "from May to
  June 2025") and trailing year words ("2024 году", "2025 yılında").

Nothing here does I/O and no function raises on any ``str`` input.

Modules: :mod:`~desktop.meaning.date_base` (month words, regex building blocks,
the interval value), :mod:`~desktop.meaning.date_absolute` (calendar dates),
:mod:`~desktop.meaning.date_decades` (decades and their parts), :mod:`~desktop.meaning.date_ru`
(Russian days and centuries in words, nights), :mod:`~desktop.meaning.date_relative` (dates relative to the publication date),
:mod:`~desktop.meaning.date_patterns` (the pattern table and the scanner),
:mod:`~desktop.meaning.date_context` (dates resolved by the text around them: the year of a
yearless day, "since", lists of years), :mod:`~desktop.meaning.date_tense` (whether a clause
speaks of the future); this
module holds the public API.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

from desktop.meaning.clock_hours import hours_after
from desktop.meaning.date_base import MONTH_NAMES_EN, UNDATED, undated
from desktop.meaning.date_open import mark_open
from desktop.meaning.date_citations import citation_years, without_entry_dates
from desktop.meaning.date_early_spans import early_spans
from desktop.meaning.date_kk import without_kk_counts
from desktop.meaning.date_day_lists import day_lists
from desktop.meaning.date_week_of import weeks_of
from desktop.meaning.date_open_cues import read_after_scan
from desktop.meaning.date_own_time import own_time_at, reanchor, reason_for
from desktop.meaning.date_spoken import spoken_years, without_fillers
from desktop.meaning.date_patterns import coerce_reference, scan

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time: keeps import < 50 ms
    from typing import Any

    Found = list[tuple[int, int, dict[str, Any]]]
    Rescan = Callable[[str, Callable[[str], Found]], Found]

__all__ = ["parse_date", "parse_date_at", "find_dates", "find_dates_in_piece", "with_own_time", "format_date", "UNDATED", "DateWords", "ENGLISH_DATE_WORDS"]


# ---------------------------------------------------------------- public API
def parse_date(text: str, reference: _dt.date | None = None) -> dict[str, Any]:
    """Parse one date phrase; see the module docstring for the contract.

    ``reference`` is the document's publication date (a ``date``, a
    ``datetime`` or an ISO string) used for relative expressions.  When the
    phrase holds more than one date expression the longest one is used.
    """
    if not isinstance(text, str) or not text.strip():
        return undated()
    cands = [(c.start, c.end, dict(c.attrs)) for c in scan(text, reference, strict=False)]
    # what find_dates reads after its scan too ("2013 – present" selected in an undated text: open at its end)
    ref = coerce_reference(reference)
    # the Kazakh years read on their own: the loose scan's bare "1990" must not hide the longer "1990 жылдан кейін"
    cands = read_after_scan(text, ref, cands, kazakh_over=[])
    if not cands:
        return undated()
    start, end, attrs = max(cands, key=lambda c: (c[1] - c[0], -c[0]))
    mark_open(text, [(start, end, attrs)])  # "before 1492" typed in the form
    return attrs


def parse_date_at(text: str, start: int, words: str, reference: _dt.date | None = None) -> dict[str, Any]:
    """:func:`parse_date` of ``words`` written at ``text[start:]`` (a date tagged by hand), read against the text's
    own time where one holds it ("Newstead Abbey, March 3, 1859 … Yesterday"), with the ``reason`` a suggestion of
    the same words gets; else against ``reference``."""
    ref = coerce_reference(reference)
    parsed = parse_date(words, ref)
    own = own_time_at(text, start, ref, _find) if isinstance(text, str) else None
    if own is None:
        return parsed
    again = parse_date(words, own.day)
    if all(again.get(k) == parsed.get(k) for k in ("start", "end", "precision", "undated", "open")):
        return parsed  # "3 May 1990": the same whatever the day
    return {**again, "reason": reason_for(own, ref)}


def find_dates(text: str, reference: _dt.date | None = None) -> list[tuple[int, int, dict[str, Any]]]:
    """Find date expressions in running text as ``(start, end, attrs)``.

    Found: full dates, month-year, day/month/year ranges, decades, years
    with date context ("in 2024", "As of 2025", "2024 and 2025", "2025
    yılında", "2024 году"), and relative expressions ("the past decade",
    "last year", "the month of June") — undated attributes when there is no
    ``reference``.  Not found: bare numbers, figures ("1.3 million", "20%"),
    footnote markers, dates inside URLs.
    """
    if not isinstance(text, str) or not text:
        return []
    ref = coerce_reference(reference)
    return reanchor(text, ref, _find(text, ref), _find)  # "Tuesday, June 19, 2018 … Yesterday"


def find_dates_in_piece(text: str, reference: _dt.date | None = None) -> list[tuple[int, int, dict[str, Any]]]:
    """:func:`find_dates` without the text's own time: for a piece of a longer text, whose own time
    (a dateline, "the first lines", a diary's headings) only the whole text can tell; the caller passes
    the pieces' dates, moved to the whole text, to :func:`with_own_time` once."""
    if not isinstance(text, str) or not text:
        return []
    return _find(text, coerce_reference(reference))


def with_own_time(text: str, reference: _dt.date | None, found: list[tuple[int, int, dict[str, Any]]],
                  rescan: Rescan | None = None) -> list[tuple[int, int, dict[str, Any]]]:
    """``found`` (:func:`find_dates_in_piece` over the pieces of ``text``, offsets in ``text``) with the relative
    dates read against the text's own time, as :func:`find_dates` on the whole text reads them.  ``rescan(scope,
    find)``, when given, reads each own time's scope again with ``find`` (in pieces, with a cancel point before
    each: a scope may be the whole text)."""
    if not isinstance(text, str) or not text:
        return found
    ref = coerce_reference(reference)
    if rescan is None:
        return reanchor(text, ref, found, _find)
    return reanchor(text, ref, found, lambda scope, day: rescan(scope, partial(_find, ref=day)))


def _find(text: str, ref: _dt.date | None) -> list[tuple[int, int, dict[str, Any]]]:
    text = without_fillers(text)  # "last uh August": the same offsets, the filler blanked
    found = [(c.start, c.end, dict(c.attrs)) for c in scan(text, ref, strict=True) if not hours_after(text, c.end)]
    found = spoken_years(text, read_after_scan(text, ref, found))  # "2013 – present", "April of fifteen eighteen"
    found = early_spans(text, found)  # "Theodorus of Tabennese (c. 314 – 368)": a life before the year 1000
    found = citation_years(text, found)  # "(Okafor, 2016)": a publication's year in the running text
    found = without_entry_dates(text, found)  # "References / Okafor, J. (2016).": a publication, no event
    found = without_kk_counts(text, found)  # "5 маусым бойы": five seasons, not the 5th of June
    found = day_lists(text, found)  # "on 1 and 3 March": both days
    found = weeks_of(text, found)  # "the week of 7 June": its seven days
    return mark_open(text, found)  # "before 1492", "after 1990": one bound only


def _parts(iso: str) -> tuple[int, int, int]:
    bits = [int(b) for b in iso.split("-")]
    return (bits + [1, 1])[0], (bits + [1, 1])[1], (bits + [1, 1])[2]


@dataclass(frozen=True)
class DateWords:
    """The words of a displayed date in one language: month names after a day
    (``months``, Russian genitive "июня") and alone (``standalone``, "июнь")."""

    months: Sequence[str] = tuple(MONTH_NAMES_EN)
    standalone: Sequence[str] = tuple(MONTH_NAMES_EN)
    undated: str = "undated"
    decade: str = "{0}–{1} (decade)"
    decade_s: str = "{0}s"
    open_start: str = "before {0}"  # a date with no known first day (``open`` "start")
    open_end: str = "after {0}"  # no known last day (``open`` "end")


ENGLISH_DATE_WORDS = DateWords()


def format_date(attrs: dict[str, Any] | None, words: DateWords = ENGLISH_DATE_WORDS) -> str:
    """Display form: "22 May 2025", "June 2025", "2024–2025", "1990s",
    "2015–2025 (decade)", "22–25 May 2025", "May–June 2025", "before 1492" and
    "after 1990" (``open``), "undated" (in the language of ``words``)."""
    shown = _closed_text(attrs, words)
    side = attrs.get("open") if isinstance(attrs, dict) and shown != words.undated else None
    if side == "start":
        return words.open_start.format(shown)
    if side == "end":
        return words.open_end.format(shown)
    return shown


def _closed_text(attrs: dict[str, Any] | None, words: DateWords) -> str:
    try:
        if not isinstance(attrs, dict) or attrs.get("undated") or not attrs.get("start"):
            return words.undated
        precision = attrs.get("precision")
        start = str(attrs["start"])
        end = str(attrs.get("end") or start)
        y1, m1, d1 = _parts(start)
        y2, m2, d2 = _parts(end)
        if precision == "decade":
            if y1 % 10 == 0 and y2 == y1 + 9:
                return words.decade_s.format(y1)
            return words.decade.format(y1, y2)
        if precision == "year":
            return f"{y1}" if y1 == y2 else f"{y1}–{y2}"
        if precision == "month":
            first, last = words.standalone[m1 - 1], words.standalone[m2 - 1]
            if (y1, m1) == (y2, m2):
                return f"{first} {y1}"
            if y1 == y2:
                return f"{first}–{last} {y1}"
            return f"{first} {y1}–{last} {y2}"
        if precision == "day":
            first, last = words.months[m1 - 1], words.months[m2 - 1]
            if (y1, m1, d1) == (y2, m2, d2):
                return f"{d1} {first} {y1}"
            if (y1, m1) == (y2, m2):
                return f"{d1}–{d2} {first} {y1}"
            if y1 == y2:
                return f"{d1} {first}–{d2} {last} {y1}"
            return f"{d1} {first} {y1}–{d2} {last} {y2}"
        return start if start == end else f"{start}–{end}"
    except (ValueError, IndexError, TypeError, KeyError):
        return words.undated
