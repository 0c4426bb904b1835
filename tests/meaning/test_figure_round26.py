"""Figures found, twenty-sixth round (issue 15): "the half of it" is an idiom, no share. Sentences written for the
round."""

from __future__ import annotations

import pytest

from desktop.meaning.figures import find_figures


@pytest.mark.parametrize(
    "text, halves",
    [
        # the idiom: no share
        ("You don't know the half of it.", []),
        ("That is not the half of it!", []),
        ("You don't know the half of it, do you?", []),
        # a share of something, as before
        ("He ate half of it.", ["half"]),
        ("About half of it was lost.", ["half"]),
        ("The half of it that remained was sold.", ["half"]),
        ("Almost half of the voters stayed home.", ["half"]),
    ],
)
def test_the_half_of_it(text, halves):
    assert [text[a:b] for a, b, x in find_figures(text) if x.get("scale") == "half"] == halves
