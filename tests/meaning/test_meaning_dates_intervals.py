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


@given(month=st.integers(1, 12), ref_month=st.integers(1, 12), year=st.integers(1990, 2090))
@PROP
def test_a_month_in_a_future_clause_is_never_before_the_publication_month(month, ref_month, year):
    reference = datetime.date(year, ref_month, 15)
    [(_, start, _end, precision)] = dates(f"The minister will visit Paris in {MONTHS[month - 1]}.", reference)
    expected_year = year + (month < ref_month)
    assert (start, precision) == (f"{expected_year:04d}-{month:02d}", "month")


@given(month=st.integers(1, 12), ref_month=st.integers(1, 12), year=st.integers(1990, 2090))
@PROP
def test_a_month_in_a_past_clause_is_never_after_the_publication_month(month, ref_month, year):
    reference = datetime.date(year, ref_month, 15)
    [(_, start, _end, precision)] = dates(f"The minister visited Paris in {MONTHS[month - 1]}.", reference)
    expected_year = year - (month > ref_month)
    assert (start, precision) == (f"{expected_year:04d}-{month:02d}", "month")
