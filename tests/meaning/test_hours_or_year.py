"""Four digits before "hrs"/"hours" have one reading: hours counted (a figure), a time of day (neither a figure nor a
year), or a year before the noun "hours" (a date) — never both a figure and a year on the same digits."""

import pytest

from desktop.meaning.dates import find_dates
from desktop.meaning.figures import find_figures


def _figures(text):
    return [(text[a:b], x["value"], x.get("upper"), x["unit"]) for a, b, x in find_figures(text)]


def _dates(text):
    return [text[a:b] for a, b, _ in find_dates(text)]


@pytest.mark.parametrize(
    "text, figures, dates",
    [
        # hours counted: the figure alone (the year 1500 was found on the same digits)
        ("After 1500 hrs of talks the deal was done.", [("1500 hrs", 1500, None, "h")], []),
        ("After 1200 hours of talks, a deal was struck.", [("1200 hours", 1200, None, "h")], []),
        ("He logged 1900 hours on the type.", [("1900 hours", 1900, None, "h")], []),
        ("Staff hours were cut by 1500 hours.", [("1500 hours", 1500, None, "h")], []),
        # a time of day: neither (were the years 1600, 1900, 1500–1600, 1800, and 1 000–1 400 h with the years 1000–1400)
        ("By 1600 hrs the talks ended.", [], []),
        ("By 1600 hours the talks ended.", [], []),
        ("Before 1900 hours the talks ended.", [], []),
        ("It ran from 1500 to 1600 hrs.", [], []),
        ("Between 1500 and 1600 hours it rained.", [], []),
        ("Flights resume from 1800 hours.", [], []),
        ("The meeting ran from 1000 to 1400 hours.", [], []),
        ("At 1400 hours the convoy left.", [], []),
        ("The squad moved at 0400 hours.", [], []),
        # a year before the noun "hours"
        ("In 2020 hours were cut.", [], ["2020"]),
        ("Since 1945 hours have shortened.", [], ["1945"]),
        ("After 1945 hours were cut.", [], ["1945"]),
        ("Between 1990 and 2000 hours of work were lost.", [("1990 and 2000 hours", 1990, 2000, "h")], []),
        ("Work hours rose to 1900 hours a year.", [("1900 hours a year", 1900, None, "h/y")], []),
        ("By 1945 the war had ended.", [], ["1945"]),
    ],
)
def test_one_reading_of_four_digits_before_hours(text, figures, dates):
    assert (_figures(text), _dates(text)) == (figures, dates)
