"""The tenth round's figure review: sentences the reviewer found misread, and what they say."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.meaning.meaning_helpers import PROP, attrs_of


@pytest.mark.parametrize(
    "text, expected",
    [
        # "hrs" after a time of day is no duration
        ("The attack began at 0600 hrs on Tuesday.", []),
        ("Police arrived at around 22:30 hrs near the station.", []),
        ("The talks start at 10.30 hrs.", []),
        ("The curfew runs from 2200 hrs to 0600 hrs.", []),
        # hours stay hours
        ("The drive takes 2.5 hrs.", [("2.5 hrs", {"value": 2.5, "unit": "h"})]),
        ("The shift lasted 12 hrs.", [("12 hrs", {"value": 12, "unit": "h"})]),
    ],
)
def test_hrs_after_a_time_of_day(text, expected):
    assert attrs_of(text) == expected


@PROP
@given(hh=st.integers(0, 23), mm=st.integers(0, 59), form=st.sampled_from(["{h:02d}{m:02d}", "{h}:{m:02d}", "{h}.{m:02d}"]))
def test_hrs_after_a_time_of_day_property(hh, mm, form):
    assert attrs_of(f"The raid began at {form.format(h=hh, m=mm)} hrs on Monday.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # AED is a defibrillator as often as dirhams: no currency code
        ("The council installed 12 AED units in schools.", [("12 AED units", {"value": 12, "unit": "units"})]),
        ("Staff were trained to use an AED 3 times a year.", []),
    ],
)
def test_aed_is_no_currency(text, expected):
    assert attrs_of(text) == expected
