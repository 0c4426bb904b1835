"""Figures, twenty-third round (issue 15): a count whose noun has an adjective graded by an adverb in "-ly" ("two heavily
armoured vehicles").  Sentences written for the round."""

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
        ("The army lost two heavily armoured vehicles near the border.", [("two heavily armoured vehicles", 2, "vehicles")]),
        ("Police found three badly damaged cars on the road.", [("three badly damaged cars", 3, "cars")]),
        ("Rebels seized 14 newly built schools in the province.", [("14 newly built schools", 14, "schools")]),
        ("Critics wrote two completely separate reviews of the film.", [("two completely separate reviews", 2, "reviews")]),
        ("Two heavily armed men stormed the bank.", [("Two heavily armed men", 2, "men")]),
        # (an adverb right before the noun, or after the number with no modifier after it, still ends the phrase)
        ("In 2019 mostly Chinese firms bid for the port.", []),
        ("The team won 3 consecutively, and games were sold out.", []),
        ("Extracts 2 and 3 show structurally identical sequences.", []),
    ],
)
def test_graded_modifier(text, figures):
    assert _figures(text) == figures


@settings(max_examples=40, deadline=None)
@given(st.integers(2, 999), st.sampled_from(["heavily", "badly", "newly", "seriously", "lightly"]),
       st.sampled_from(["armed", "damaged", "built", "injured", "guarded"]), st.sampled_from(["trucks", "houses", "soldiers"]))
def test_graded_modifier_counts(n, adverb, adjective, noun):
    """"N adverb-ly adjective nouns" inside a sentence is a count of N nouns."""
    text = f"Officials said {n} {adverb} {adjective} {noun} were seen on Monday."
    assert _figures(text) == [(f"{n} {adverb} {adjective} {noun}", n, noun)]
