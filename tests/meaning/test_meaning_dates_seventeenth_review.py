"""Dates, seventeenth round, the review's fixes: "post-1990s" is the decade again and "post-1000 troops" a count, not a
period after a year; "the first three months of 2020-21" is no months of 2020; "the year N" below 14 is a school or
plan year; a possessive after a round range ("workers' rights") is no tally.  Each sentence failed before the fix.
Texts written for these tests."""

from __future__ import annotations

import datetime

import pytest

from tests.meaning.test_meaning_dates_twelfth import Found, dates  # the same reference date (10 June 2025)


@pytest.mark.parametrize("text, expected", [
    ("The post-1990s boom faded.", [("1990s", "1990", "1999")]),  # the decade, as before the round
    ("Post-1980s music was louder.", [("1980s", "1980", "1989")]),
    ("The post-2015km marker was passed.", []),  # a unit joined to the number
    ("The post-1000 troops era began.", []),  # a count
    ("After post-1950 men returned, the farms reopened.", []),  # a counted noun without an -s
    ("Prices returned to post-2015 levels.", [("post-2015", "2016", "2025")]),  # levels after 2015: still a period
])
def test_post_year_needs_a_word_end_and_no_counted_noun(text: str, expected: Found) -> None:
    assert dates(text, datetime.date(2025, 6, 10)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Exports fell in the first three months of 2020-21.", [("2020-21", "2020", "2021")]),
    ("Exports fell in the first three months of 2020/21.", [("2020/21", "2020", "2021")]),
])
def test_months_of_a_split_year_are_not_months_of_its_first_year(text: str, expected: Found) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize("text", [
    "Students in the year 10 were praised.",  # a school year
    "Our class was in the year 11.",
    "Sales rose 5% in the year 2, then fell.",  # a plan's year
    "The plan ends in the year 3.",
])
def test_the_year_below_14_is_no_year_of_the_era(text: str) -> None:
    assert dates(text) == []


def test_the_year_from_14_is_still_read() -> None:
    assert dates("The abbey was founded in the year 14, as the chronicle says.") == [("the year 14", "0014", "0014")]


@pytest.mark.parametrize("text, expected", [
    ("From 1900 to 2000 workers' rights improved.", [("From 1900 to 2000", "1900", "2000")]),
    ("Between 1800 and 1900 people's diets changed.", [("Between 1800 and 1900", "1800", "1900")]),
    ("The pre-war 1938 workers' strike failed.", [("1938", "1938", "1938")]),
])
def test_a_possessive_after_the_years_is_no_tally(text: str, expected: Found) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a change over the years after the counted noun: the years of a trend, not a tally
    ("From 1900 to 2000 deaths from heart disease rose fivefold.", [("From 1900 to 2000", "1900", "2000")]),
    ("Between 1900 and 2000 cases of polio fell by 99%.", [("Between 1900 and 2000", "1900", "2000")]),
    # no change: a tally, as the round made it
    ("Between 1900 and 2000 votes were cast.", []),
    ("Between 1900 and 2000 people, prices rose.", []),  # the change is in another clause
])
def test_a_round_range_before_a_counted_noun_that_changes_is_years(text: str, expected: Found) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Turnout at the pre-war 1938 elections was low.", [("1938", "1938", "1938")]),  # a plural the year names
    ("Pre-war 1938 prices were lower.", [("1938", "1938", "1938")]),
    ("Output regained pre-war 1913 levels.", [("1913", "1913", "1913")]),
    ("The fleet kept its pre-war 1900 tanks.", []),  # still a count
])
def test_a_war_year_before_a_plural_that_it_names(text: str, expected: Found) -> None:
    assert dates(text) == expected
