"""Days and months counted from the date written before them: "the next day", "the following morning", "the day
before", "the following month" (the twenty-fourth round).  Sentences written for the tests."""

from __future__ import annotations

import datetime as _dt

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.meaning.dates import find_dates

REFERENCE = "2021-06-15"


def _dates(text: str, reference: str | None = REFERENCE) -> list[tuple]:
    return [(text[s:e], a["start"], a["end"]) for s, e, a in find_dates(text, reference)]


def test_a_day_or_month_counted_from_the_date_before():
    assert _dates("The duel was fought on 30 May 1832. He died the following day.") == [
        ("30 May 1832", "1832-05-30", "1832-05-30"), ("the following day", "1832-05-31", "1832-05-31")]
    assert _dates("On 3 May 2019 they met. The next morning they married.") == [
        ("3 May 2019", "2019-05-03", "2019-05-03"), ("The next morning", "2019-05-04", "2019-05-04")]
    assert _dates("On 5 June 2020 the board met. The day before, shares fell.") == [
        ("5 June 2020", "2020-06-05", "2020-06-05"), ("The day before", "2020-06-04", "2020-06-04")]
    assert _dates("In March 2020 the lockdown began. By the following month, cases fell.") == [
        ("March 2020", "2020-03", "2020-03"), ("the following month", "2020-04", "2020-04")]
    assert _dates("He left in December 1999. The next month he was back.") == [
        ("December 1999", "1999-12", "1999-12"), ("The next month", "2000-01", "2000-01")]


def test_no_day_without_a_date_written_before_or_in_a_span_or_comparison():
    assert _dates("The next day they married.") == []
    assert _dates("On 3 May 2019 they met. The next day or two were busy.") == [("3 May 2019", "2019-05-03", "2019-05-03")]
    assert _dates("Shares rose 3% on the previous day.") == []
    assert _dates("He arrived in 2019. The next day he left.") == [("2019", "2019", "2019")]  # a year names no day
    assert _dates("On 3 May 2019 they met.\n\nMuch later.\n\nThe next day they married.") == [
        ("3 May 2019", "2019-05-03", "2019-05-03")]  # two paragraph breaks away


@settings(max_examples=40, deadline=None)
@given(st.dates(_dt.date(1900, 1, 1), _dt.date(2030, 12, 31)), st.sampled_from(("next", "following", "previous")))
def test_any_day_and_the_day_counted_from_it(day, rel):
    text = f"The ship sailed on {day.day} {day:%B} {day.year}. The {rel} day the storm began."
    other = day + _dt.timedelta(days=-1 if rel == "previous" else 1)
    assert _dates(text)[-1] == (f"The {rel} day", other.isoformat(), other.isoformat())


def test_a_date_named_in_between_stops_the_count():
    # review: a range, a weekday or a relative year between the date in digits and "the next day" is the day's base,
    # not the date in digits before it
    assert [d[0] for d in _dates("On 3 May 2019 the fair opened. From 2010 to 2015 he had worked there. The next day it closed.")] == [
        "3 May 2019", "From 2010 to 2015"]
    assert [d[0] for d in _dates("On 3 May 2019 the fair opened. On Friday they left. The next day it rained.")] == [
        "3 May 2019", "On Friday"]
    assert [d[0] for d in _dates("On 3 May 2019 the fair opened. Last year it moved. The next day it rained.")] == [
        "3 May 2019", "Last year"]
    # the same day restated does not stop it
    assert _dates("On Friday, 3 May 2019 the fair opened. The next day it rained.")[-1] == (
        "The next day", "2019-05-04", "2019-05-04")
