"""Ranges and days of the twenty-fourth round: weekdays of a named week ("from Monday to Friday next week"), a
range whose end is an event with its date ("from 1998 until his death in 2004"), a time of day at the ends of a
range of days ("from 06:00 on Friday to 18:00 on Sunday"), and a past weekly habit ("was open Monday to Friday
until 2019").  Sentences written for the tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.meaning.dates import find_dates

# 15 June 2021 is a Tuesday
REFERENCE = "2021-06-15"
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _dates(text: str, reference: str | None = REFERENCE) -> list[tuple]:
    return [(text[s:e], a["start"], a["end"], a.get("open")) for s, e, a in find_dates(text, reference)]


def test_a_weekday_beside_a_named_week_is_a_day_of_that_week():
    assert _dates("The vote is on Tuesday next week.") == [("on Tuesday next week", "2021-06-22", "2021-06-22", None)]
    assert _dates("We meet next week on Tuesday.") == [("next week on Tuesday", "2021-06-22", "2021-06-22", None)]
    assert _dates("He arrived on Monday last week.") == [("on Monday last week", "2021-06-07", "2021-06-07", None)]
    assert _dates("Next week, on Tuesday, the vote is held.") == [("Next week, on Tuesday", "2021-06-22", "2021-06-22", None)]
    # a comma after the weekday, or the week's possessive: two times
    assert [d[0] for d in _dates("On Monday, next week's agenda was published.")] == ["On Monday", "next week"]
    assert [d[0] for d in _dates("By Friday, next week looks calmer.")] == ["Friday", "next week"]
    assert _dates("The report came out on Friday of last week.") == [
        ("on Friday of last week", "2021-06-11", "2021-06-11", None)]


def test_a_weekday_range_before_a_named_week():
    # the present "is closed" no longer makes the days a weekly habit read as this week's and last week's
    assert _dates("The office is closed from Monday to Friday next week.") == [
        ("from Monday to Friday next week", "2021-06-21", "2021-06-25", None)]
    assert _dates("Hearings are scheduled from Tuesday to Thursday next week.") == [
        ("from Tuesday to Thursday next week", "2021-06-22", "2021-06-24", None)]
    assert _dates("The talks ran from Monday to Wednesday last week.") == [
        ("from Monday to Wednesday last week", "2021-06-07", "2021-06-09", None)]
    assert _dates("Talks are set for Monday through Wednesday this week.") == [
        ("Monday through Wednesday this week", "2021-06-14", "2021-06-16", None)]


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 6), st.integers(1, 6), st.sampled_from(("next", "last", "this")),
       st.sampled_from(("to", "through", "until")), st.sampled_from(("2021-06-14", "2021-06-15", "2021-06-19")))
def test_any_weekday_range_of_a_named_week(first, length, rel, connector, reference):
    last = min(first + length, 6)
    if last == first:
        return
    text = f"The hall is booked from {_DAYS[first]} {connector} {_DAYS[last]} {rel} week."
    monday = {"2021-06-14": 14, "2021-06-15": 14, "2021-06-19": 14}[reference] + {"last": -7, "this": 0, "next": 7}[rel]
    assert _dates(text, reference) == [(f"from {_DAYS[first]} {connector} {_DAYS[last]} {rel} week",
                                        f"2021-06-{monday + first:02d}", f"2021-06-{monday + last:02d}", None)]


def test_a_range_ending_with_an_event_and_its_date():
    assert _dates("He was mayor from 1998 until his death in 2004.") == [
        ("from 1998 until his death in 2004", "1998", "2004", None)]
    assert _dates("She led the choir from 1975 until her retirement in 1999.") == [
        ("from 1975 until her retirement in 1999", "1975", "1999", None)]
    assert _dates("The plant ran from 1962 until the company's closure in 1991.") == [
        ("from 1962 until the company's closure in 1991", "1962", "1991", None)]
    assert _dates("He taught there from 1980 until he retired in 2001.") == [
        ("from 1980 until he retired in 2001", "1980", "2001", None)]
    assert _dates("She worked there from March 2003 to her move to Paris in June 2006.") == [
        ("from March 2003 to her move to Paris in June 2006", "2003-03", "2006-06", None)]
    # after "since" as "since 2010 until 2015" (the span leaves "since" out)
    assert _dates("He was mayor since 1998 until his death in 2004.") == [
        ("1998 until his death in 2004", "1998", "2004", None)]


def test_an_event_between_two_dates_without_from_is_no_range():
    assert [d[0] for d in _dates("He was elected in 1998 until his death in 2004 stayed in office.")] == ["1998", "2004"]
    assert [d[0] for d in _dates("In 1998 he moved to his farm in 2004.")] == ["1998", "2004"]


def test_a_time_of_day_at_the_ends_of_a_range_of_days():
    assert _dates("The strike lasted from 06:00 on Friday to 18:00 on Sunday.") == [
        ("from 06:00 on Friday to 18:00 on Sunday", "2021-06-11", "2021-06-13", None)]
    assert _dates("The strike ran from 10 p.m. Friday to 6 a.m. Monday.") == [
        ("from 10 p.m. Friday to 6 a.m. Monday", "2021-06-11", "2021-06-14", None)]
    assert _dates("The road was closed from Friday at 22:00 to Sunday at 06:00.") == [
        ("from Friday at 22:00 to Sunday", "2021-06-11", "2021-06-13", None)]
    assert _dates("The fair runs from 9 a.m. on 3 July to 5 p.m. on 5 July.") == [
        ("from 9 a.m. on 3 July to 5 p.m. on 5 July", "2021-07-03", "2021-07-05", None)]
    # a time range inside one day keeps the day
    assert _dates("The polls were open from 9 a.m. to 5 p.m. on Tuesday.") == [
        ("on Tuesday", "2021-06-15", "2021-06-15", None)]
    assert _dates("The meeting will run between 10:00 and 12:30 on Friday.") == [
        ("on Friday", "2021-06-18", "2021-06-18", None)]


def test_a_past_weekly_habit_makes_no_stretch_of_last_week():
    found = _dates("The museum was open Monday to Friday until 2019.")
    assert ("2019", "2019", "2019", None) in found
    assert not any(d[0].endswith("Friday") and d[1] != d[2] for d in found)
    # written long before: the last weekday is no start of a range to the year ("Friday until 2019")
    assert [d[0] for d in _dates("The museum was open Monday to Friday until 2019.", "1975-08-19")] == [
        "Monday", "Friday", "2019"]
    found = _dates("The library was open from Monday to Saturday in the 1990s.")
    assert not any(d[1] != d[2] and d[0].startswith("from Monday") for d in found)
    assert not any(d[1] != d[2] and "Monday" in d[0] for d in _dates("The shop opened Monday to Saturday every week."))
    # a past stretch with no habit after it is still one stretch
    assert _dates("The office was closed from Monday to Wednesday.")[0][1:3] == ("2021-06-07", "2021-06-09")


def test_a_place_or_recipient_after_to_is_no_event_ending_a_range():
    # review: "to the <noun> in <year>" after "from" named a destination or a recipient, not the range's end
    assert [d[0] for d in _dates("He sent letters from 1998 to the mayor in 2004.")] == ["1998", "2004"]
    assert [d[0] for d in _dates("The bill passed from 2019 to the Senate in 2020.")] == ["2019", "2020"]
    assert [d[0] for d in _dates("He was promoted from 2015 to the board in 2018.")] == ["2015", "2018"]
    assert [d[0] for d in _dates("Troops were moved from 2001 to the border in 2003.")] == ["2001", "2003"]
    # an event after "to" still ends it; "until" still reads any event
    assert _dates("The firm grew from 2001 to its peak in 2008.") == [("from 2001 to its peak in 2008", "2001", "2008", None)]
    assert _dates("He ran it from 1990 to his death in 2004.") == [("from 1990 to his death in 2004", "1990", "2004", None)]
    assert _dates("He ran it from 1990 until the merger in 2004.") == [
        ("from 1990 until the merger in 2004", "1990", "2004", None)]


def test_a_weekday_and_a_week_on_two_lines_stay_apart():
    # review: a dateline or heading's weekday is not a day of the named week on the next line
    assert _dates("Monday\nNext week: what to watch") == [
        ("Monday", "2021-06-14", "2021-06-14", None), ("Next week", "2021-06-21", "2021-06-27", None)]
    assert _dates("Next week\nTuesday: the vote") == [
        ("Next week", "2021-06-21", "2021-06-27", None), ("Tuesday", "2021-06-15", "2021-06-15", None)]


def test_an_event_end_needs_its_year_written():
    # review: "until the decision in March" after "from 2019" in a text of June 2021 ended in March 2020
    assert [d[0] for d in _dates("Prices have climbed from 2019 until the decision in March.")] == ["2019", "March"]
    assert _dates("He was mayor from 2004 until his arrest on 5 May 2010.") == [
        ("from 2004 until his arrest on 5 May 2010", "2004-01-01", "2010-05-05", None)]


def test_a_weekday_range_with_times_of_day_before_a_named_week():
    # the final read: a time of day between the two weekdays left the first in last week (12 to 27 June)
    assert _dates("The bridge will close from 9 p.m. on Saturday to 5 a.m. on Sunday next week.") == [
        ("from 9 p.m. on Saturday to 5 a.m. on Sunday next week", "2021-06-26", "2021-06-27", None)]
    assert _dates("The road closes from Saturday at 22:00 to Sunday next week.") == [
        ("from Saturday at 22:00 to Sunday next week", "2021-06-26", "2021-06-27", None)]
    assert _dates("The road closes from Saturday night to Sunday morning next week.") == [
        ("from Saturday night to Sunday morning next week", "2021-06-26", "2021-06-27", None)]
    assert _dates("We meet on Tuesday at 10:00 next week.") == [("on Tuesday at 10:00 next week", "2021-06-22", "2021-06-22", None)]
