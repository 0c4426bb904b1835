"""English news forms of figures added in issue 15's seventh round: halves ("three and a half
years" → 3.5 y), "pc" glued to a number (per cent), fifths and tenths, "a third" only as a share
(not "a third term"), and "over a decade" as a period unless it bounds a length ("for over a
decade")."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.meaning.figures import find_figures
from tests.meaning.meaning_helpers import PROP, attrs_of


@pytest.mark.parametrize(
    "text, exact, expected",
    [
        ("He spent three and a half years in prison.", "three and a half years", {"value": 3.5, "unit": "y"}),
        ("She was jailed for 2 and a half years.", "2 and a half years", {"value": 2.5, "unit": "y"}),
        ("The project will take a decade and a half.", "a decade and a half", {"value": 15, "unit": "y"}),
        ("They walked for an hour and a half.", "an hour and a half", {"value": 1.5, "unit": "h"}),
        ("Two and a half centuries passed.", "Two and a half centuries", {"value": 250, "unit": "y"}),
        ("It cost two and a half million dollars.", "two and a half million dollars",
         {"value": 2_500_000, "unit": "USD", "scale": "million"}),
        ("Nearly two and a half million people fled.", "two and a half million people",
         {"value": 2_500_000, "unit": "people", "scale": "million", "qualifier": "≈"}),
        ("Turnout was 67.3pc.", "67.3pc", {"value": 67.3, "unit": "%"}),
        ("Rents rose by a fifth.", "a fifth", {"value": 0.2, "scale": "a fifth"}),
        ("Costs were cut by a third.", "a third", {"value": 0.3333, "scale": "a third"}),
        ("Two-fifths of adults smoke.", "Two-fifths", {"value": 0.4, "scale": "two-fifths"}),
        ("A quarter of the staff left.", "A quarter", {"value": 0.25, "scale": "a quarter"}),
        ("He worked there for over a decade.", "a decade", {"value": 10, "unit": "y", "qualifier": ">"}),
        ("The bill costs a lot over a decade.", "a decade", {"value": 10, "unit": "y"}),  # the period
        ("Over a year, prices doubled.", "a year", {"value": 1, "unit": "y"}),
        ("Half a dozen officers arrived.", "Half a dozen officers", {"value": 6, "unit": "officers"}),
        ("One or two soldiers were hurt.", "One or two soldiers", {"value": 1, "upper": 2, "unit": "soldiers"}),
        ("Around 1,000-1,500 troops.", "1,000-1,500 troops", {"value": 1000, "upper": 1500, "unit": "troops", "qualifier": "≈"}),
        ("He served over 5 years in prison.", "5 years", {"value": 5, "unit": "y", "qualifier": ">"}),
        ("More than 1.5m have been displaced.", "1.5m", {"value": 1_500_000, "scale": "m", "qualifier": ">"}),
        ("A further 2m are at risk.", "2m", {"value": 2_000_000, "scale": "m"}),
        ("The wall is 2m high.", "2m", {"value": 2, "unit": "m"}),
        ("Over a third of voters backed him.", "a third", {"value": 0.3333, "scale": "a third", "qualifier": ">"}),
        ("Over a million people marched.", "a million people",
         {"value": 1_000_000, "unit": "people", "scale": "million", "qualifier": ">"}),
    ],
)
def test_english_forms(text, exact, expected):
    assert attrs_of(text) == [(exact, expected)]


@pytest.mark.parametrize(
    "text",
    ["He won a third term in office.", "It fell for a third consecutive month.", "She came a third time.",
     "Growth slowed in a quarter when exports fell.", "He was elected for a fifth term.",
     "Sirius is 2.6 pc away.", "We met at 3p.m. today."],  # (spaced "pc" may be parsecs)
)
def test_ordinals_and_spaced_pc_are_no_figures(text):
    assert attrs_of(text) == []


@PROP
@given(st.integers(1, 99), st.sampled_from([("years", "y", 1), ("months", "mo", 1), ("hours", "h", 1),
                                             ("decades", "y", 10), ("days", "d", 1)]))
def test_and_a_half_property(n, unit):
    word, symbol, times = unit
    text = f"It lasted {n} and a half {word} in all."
    found = find_figures(text)
    assert [(text[a:b], attrs["unit"]) for a, b, attrs in found] == [(f"{n} and a half {word}", symbol)]
    assert found[0][2]["value"] == pytest.approx((n + 0.5) * times)


@PROP
@given(st.decimals(min_value=0, max_value=999, places=1, allow_nan=False, allow_infinity=False))
def test_glued_pc_property(d):
    text = f"Turnout was {d}pc on the day."
    found = find_figures(text)
    assert [(text[a:b], attrs["unit"], attrs["value"]) for a, b, attrs in found] == [(f"{d}pc", "%", pytest.approx(float(d)))]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Prices rose 3% over 5 years.", [("3%", {"value": 3, "unit": "%"}), ("5 years", {"value": 5, "unit": "y"})]),
        ("It costs £1.2bn over 10 years.", [("£1.2bn", {"value": 1_200_000_000, "unit": "GBP", "scale": "bn"}),
                                            ("10 years", {"value": 10, "unit": "y"})]),
    ],
)
def test_over_after_a_figure_is_its_period(text, expected):
    assert attrs_of(text) == expected
