"""Figures, twenty-fourth round (issue 15): counts of peoples, faiths and parties' members written with a capital after a
number word ("three Germans", "two Democrats", "five Senators").  Sentences written for the round."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.meaning.figures import find_figures


def _figures(text):
    return [(text[a:b], x["value"], x["unit"]) for a, b, x in find_figures(text)]


@pytest.mark.parametrize(
    "text, figures",
    [
        ("The bill passed after three Democrats joined.", [("three Democrats", 3, "democrats")]),
        ("The attack killed two Britons and three Germans.", [("two Britons", 2, "britons"), ("three Germans", 3, "germans")]),
        ("Five Senators voted against it.", [("Five Senators", 5, "senators")]),
        ("He met two Tories and four Liberals.", [("two Tories", 2, "tories"), ("four Liberals", 4, "liberals")]),
        ("Seven Muslims were arrested.", [("Seven Muslims", 7, "muslims")]),
        # (a title's capitalised number word: no count, as for "Two Brians")
        ("A Song of Two Germans", []),
    ],
)
def test_capitalised_counts(text, figures):
    assert _figures(text) == figures


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]),
       st.sampled_from(["Germans", "Democrats", "Republicans", "Catholics", "Senators", "Filipinos"]))
def test_counted_people_property(number, noun):
    """"Police said {number} {noun} were hurt." is a count of that many."""
    text = f"Police said {number} {noun} were hurt."
    assert _figures(text) == [(f"{number} {noun}", ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"].index(number) + 2,
                               noun.lower())]
