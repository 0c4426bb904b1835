"""Figure values, twenty-fifth round (issue 15): subunits of money in one rule (ranges of cents, pence, kopecks and kuruş,
cents in words), a bare level after a bound, points after a change, exchange rates, "a quarter point", Turkish rates per
person, Kazakh bounds, Turkish "adet" after a scale word. Sentences written for the round."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.meaning.figures import find_figures


def _figures(text):
    return [(text[a:b], x["value"], x.get("upper"), x["unit"], x.get("qualifier", "")) for a, b, x in find_figures(text)]


@pytest.mark.parametrize(
    "text, figures",
    [
        # a range of a subunit keeps its low end in the subunit, whatever the subunit
        ("Shares traded at 5-10 cents on Monday.", [("5-10 cents", 0.05, 0.1, "USD", "")]),
        ("Bus fares will rise by 5-10 pence next year.", [("5-10 pence", 0.05, 0.1, "GBP", "")]),
        ("Fares rose 5 to 10 pence.", [("5 to 10 pence", 0.05, 0.1, "GBP", "")]),
        ("Хлеб подорожал на 5-10 копеек.", [("5-10 копеек", 0.05, 0.1, "RUB", "")]),
        ("Проезд подорожает на 50–70 копеек.", [("50–70 копеек", 0.5, 0.7, "RUB", "")]),
        ("Ekmeğin fiyatı 50-75 kuruş arttı.", [("50-75 kuruş", 0.5, 0.75, "TRY", "")]),
        ("Simidin fiyatı 50 ile 75 kuruş arasında değişiyor.", [("50 ile 75 kuruş", 0.5, 0.75, "TRY", "")]),
        ("Gas in the eurozone rose 3-4 cents a litre.", [("3-4 cents a litre", 0.03, 0.04, "EUR/l", "")]),
        # cents in words, alone and after the whole amount
        ("The stock closed up fifty-one cents.", [("fifty-one cents", 0.51, None, "USD", "")]),
        ("Coffee costs ninety cents here.", [("ninety cents", 0.9, None, "USD", "")]),
        ("The bill came to three dollars and fifty cents.", [("three dollars and fifty cents", 3.5, None, "USD", "")]),
        ("The ticket was 3 dollars and 50 cents.", [("3 dollars and 50 cents", 3.5, None, "USD", "")]),
        ("Nan 50 тиын қымбаттады.", [("50 тиын", 0.5, None, "KZT", "")]),
        # (as before)
        ("Shares fell 5 cents to 95 cents.", [("5 cents", 0.05, None, "USD", ""), ("95 cents", 0.95, None, "USD", "")]),
        ("The stream was in 1080p video.", []),
        ("Rapper 50 Cent performed.", []),
    ],
)
def test_subunits(text, figures):
    assert _figures(text) == figures


@settings(max_examples=40, deadline=None)
@given(low=st.integers(1, 49), width=st.integers(1, 49), unit=st.sampled_from(
    [("cents", "USD", "-"), ("pence", "GBP", " to "), ("копеек", "RUB", "-"), ("kuruş", "TRY", " ile ")]))
def test_subunit_range_property(low, width, unit):
    """Any range of a subunit, low end below the high end, reads both ends in hundredths of the currency."""
    word, currency, sep = unit
    high = low + width
    text = f"The price changed by {low}{sep}{high} {word}."
    found = _figures(text)
    assert found == [(f"{low}{sep}{high} {word}", pytest.approx(low / 100), pytest.approx(high / 100), currency, "")]
