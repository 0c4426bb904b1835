"""Figures, eleventh round's review (issue 15): ordinary news sentences where the round's new rules must not fire
or gave a wrong value, each written for the review (none from a corpus)."""

from __future__ import annotations

import pytest

from tests.meaning.meaning_helpers import attrs_of


@pytest.mark.parametrize(
    "text, expected",
    [
        # a time of day or a year, not hours counted: a preposition of time, a leading zero, "of" before a date,
        # a deadline "of", a year after "of"/"in"
        ("In the spring of 2020 hours were cut at the plant.", []),
        ("In 1998 hours of operation were cut.", []),
        ("Staff must report no later than 1800 hrs on Friday.", []),
        ("A deadline of 1800 hrs was set.", []),
        ("The assault began at 0500 hrs of 6 June.", []),
        ("The order came at 0900 hrs of 12 June.", []),
        ("Troops had 0600 hrs as the deadline.", []),
        ("The convoy left with 1400 hrs approaching.", []),
        # still counted
        ("The pilot had 1500 hrs of flight time.", [("1500 hrs", {"value": 1500, "unit": "h"})]),
        ("He has flown a total of 1999 hours.", [("1999 hours", {"value": 1999, "unit": "h"})]),
        ("She logged up to 1500 hrs of flying.", [("1500 hrs", {"value": 1500, "unit": "h", "qualifier": "≤"})]),
    ],
)
def test_four_digit_hours_that_are_times_or_years(text, expected):
    assert attrs_of(text) == expected
