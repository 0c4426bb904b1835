"""Date intervals, third round (issue 15, studied on GUM train/dev): the year of a day or month
written without one follows its clause's tense; month ranges without a year; "the past N
years" as the days they cover; ordinal days in words; and more.  Texts written for these tests."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.meaning.dates import find_dates
from tests.meaning.meaning_helpers import PROP

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def dates(text: str, reference: datetime.date | None) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(text[s:e], a["start"], a["end"], a["precision"]) for s, e, a in find_dates(text, reference)]


# ---------------------------------------------------------------- a yearless date and its clause's tense
@pytest.mark.parametrize(
    "text, reference, expected",
    [
        # a future clause and a month already past this year: next year's
        ("The band will tour Mexico in January.", datetime.date(2013, 10, 9), [("January", "2014-01", "2014-01", "month")]),
        ("The talks will resume on 3 January.", datetime.date(2014, 12, 3),
         [("3 January", "2015-01-03", "2015-01-03", "day")]),
        # the list goes on in that year
        ("We are going to Italy in November, Mexico in January and Peru in March.", datetime.date(2013, 10, 9),
         [("November", "2013-11", "2013-11", "month"), ("January", "2014-01", "2014-01", "month"),
          ("March", "2014-03", "2014-03", "month")]),
        # a past clause and a month still to come this year: last year's
        ("Prices rose sharply in November, the ministry said.", datetime.date(2014, 2, 3),
         [("November", "2013-11", "2013-11", "month")]),
        ("The plant closed on 20 December.", datetime.date(2014, 1, 5), [("20 December", "2013-12-20", "2013-12-20", "day")]),
        # the tense agrees with the publication year: unchanged
        ("Prices rose sharply in January, the ministry said.", datetime.date(2014, 2, 3),
         [("January", "2014-01", "2014-01", "month")]),
        ("The band will tour Mexico in November.", datetime.date(2013, 10, 9), [("November", "2013-11", "2013-11", "month")]),
        # no tense cue: the publication year
        ("Mexico in January, Peru in March.", datetime.date(2013, 10, 9),
         [("January", "2013-01", "2013-01", "month"), ("March", "2013-03", "2013-03", "month")]),
        # a year written before it in the paragraph wins
        ("In 2012 the band was founded. It will tour Mexico in January.", datetime.date(2013, 10, 9),
         [("2012", "2012", "2012", "year"), ("January", "2012-01", "2012-01", "month")]),
    ],
)
def test_a_yearless_date_takes_the_year_its_clause_speaks_of(text, reference, expected):
    assert dates(text, reference) == expected


@given(month=st.integers(1, 12), ref_month=st.integers(1, 12), year=st.integers(1990, 2090),
       verb=st.sampled_from(["will visit", "visited"]))
@PROP
def test_a_month_is_never_on_the_wrong_side_of_the_publication_month_for_its_tense(month, ref_month, year, verb):
    reference = datetime.date(year, ref_month, 15)
    [(_, start, _end, precision)] = dates(f"The minister {verb} Paris in {MONTHS[month - 1]}.", reference)
    if verb == "visited":  # past: never after the publication month
        expected_year = year - (month > ref_month)
    else:  # future: never before it
        expected_year = year + (month < ref_month)
    assert (start, precision) == (f"{expected_year:04d}-{month:02d}", "month")


# ---------------------------------------------------------------- "the past N years" as the days they cover
@pytest.mark.parametrize(
    "text, reference, expected",
    [
        ("Over the past three years, rents rose.", datetime.date(2023, 2, 28),
         [("the past three years", "2020-02-29", "2023-02-28", "day")]),
        ("It has grown for the last five years.", datetime.date(2023, 4, 18),
         [("the last five years", "2018-04-19", "2023-04-18", "day")]),
        ("Over the past 6 months, rents rose.", datetime.date(2024, 8, 31),
         [("the past 6 months", "2024-03-01", "2024-08-31", "day")]),
        ("Over the past year, rents rose.", datetime.date(2024, 2, 29),
         [("the past year", "2023-03-01", "2024-02-29", "day")]),
        ("Over the past two days, rents rose.", datetime.date(2024, 3, 1),
         [("the past two days", "2024-02-29", "2024-03-01", "day")]),
        ("It will be built over the next five years.", datetime.date(2014, 10, 22),
         [("the next five years", "2014-10-22", "2019-10-21", "day")]),
        # decades stay years (a decade's interval is its years)
        ("Over the past decade, rents rose.", datetime.date(2019, 9, 13), [("the past decade", "2009", "2019", "decade")]),
    ],
)
def test_the_past_n_units_are_the_days_they_cover(text, reference, expected):
    assert dates(text, reference) == expected


@given(n=st.integers(1, 60), unit=st.sampled_from(["years", "months", "weeks", "days"]),
       ref=st.dates(min_value=datetime.date(1950, 1, 1), max_value=datetime.date(2090, 12, 31)))
@PROP
def test_the_past_n_units_end_on_the_reference_and_last_n_units(n, unit, ref):
    [(_exact, start, end, precision)] = dates(f"Over the past {n} {unit}, troops advanced.", ref)
    first = datetime.date.fromisoformat(start)
    assert precision == "day" and end == ref.isoformat()
    before = first - datetime.timedelta(days=1)  # the same day n units before (or that month's last day)
    if unit in ("days", "weeks"):
        assert (ref - before).days == n * (7 if unit == "weeks" else 1)
    else:
        months = (ref.year - before.year) * 12 + ref.month - before.month
        assert months == n * (12 if unit == "years" else 1)
        assert before.day == ref.day or (before.day < ref.day and (before + datetime.timedelta(days=1)).day == 1)
