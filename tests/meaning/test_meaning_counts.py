"""Counts of things (desktop/meaning/counts.py, through find_figures) and the imperial units.

Sentences are written for these tests in the style of military and news reports."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.meaning.counts import find_counts
from desktop.meaning.figures import find_figures, parse_figure


def figures(text: str) -> list[tuple[str, object, object]]:
    return [(text[s:e], a["value"], a["unit"]) for s, e, a in find_figures(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Aircraft destroyed 12 enemy tanks near the river.", [("12 enemy tanks", 12, "tanks")]),
        ("Near the town, seven strikes engaged four hostile tactical units.",
         [("seven strikes", 7, "strikes"), ("four hostile tactical units", 4, "units")]),
        ("Rebels held three rebel-held bridges.", [("three rebel-held bridges", 3, "bridges")]),
        ("Twenty-five soldiers and 1,250 volunteers arrived.",
         [("Twenty-five soldiers", 25, "soldiers"), ("1,250 volunteers", 1250, "volunteers")]),
        ("She wrote five hundred pages.", [("five hundred pages", 500, "pages")]),
        ("Two thousand workers went on strike.", [("Two thousand workers", 2000, "workers")]),
        ("More than 40 member states met.", [("40 member states", 40, "states")]),
        ("Some 1.5 million displaced people returned.", [("1.5 million displaced people", 1500000, "people")]),
        ("Three women and 12 children were rescued.", [("Three women", 3, "women"), ("12 children", 12, "children")]),
    ],
)
def test_counts_with_words_and_modifiers(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The two countries signed.",  # a reference back, not a count
        "Their three sons left.",
        "One day he came.",
        "Figure 2 shows the trend.",
        "Article 5 states the rule.",
        "Resolution 2254 calls for talks.",
        "In 2016 Syrian forces withdrew.",
        "They broadcast 24/7 programs.",
        "Two of the towns fell.",
        "Four were in the city of Homs.",
        "Three quickly moving columns left.",
        "The first two days passed.",
    ],
)
def test_not_counts(text):
    assert [f for f in figures(text) if f[2] not in ("d",)] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The mechanic has worked there for twenty-five years.", [("twenty-five years", 25, "y")]),
        ("After nearly four long years of siege the town fell.", [("four long years", 4, "y")]),
        ("The custom has lasted almost two centuries.", [("two centuries", 200, "y")]),
        ("Three decades of war followed.", [("Three decades", 30, "y")]),
        ("The ruins are 1,500 years old.", [("1,500 years", 1500, "y")]),
    ],
)
def test_durations_the_other_patterns_leave(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    "phrase, value, unit",
    [("700 square miles", 700, "mi²"), ("5.0 mi", 5, "mi"), ("984ft", 984, "ft"), ("four miles", 4, "mi"),
     ("121,607 acres", 121607, "acre"), ("30 feet", 30, "ft")],
)
def test_imperial_units(phrase, value, unit):
    attrs = parse_figure(phrase)
    assert attrs is not None and (attrs["value"], attrs["unit"]) == (value, unit)
    assert figures(f"The area is {phrase} wide.") == [(phrase, value, unit)]


@given(st.integers(2, 999_999), st.sampled_from(["tanks", "vehicles", "civilians", "buildings"]),
       st.sampled_from(["", "enemy ", "armoured ", "ISIL-held ", "oil tanker "]))
def test_any_count_reads_its_value_and_noun(n, noun, mods):
    number = f"{n:,}" if n > 9999 else str(n)
    if 1500 <= n <= 2099:
        number = f"{n:,}"
    text = f"Forces destroyed {number} {mods}{noun} on the road."
    assert [(a["value"], a["unit"]) for _s, _e, a in find_figures(text)] == [(n, noun)]


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz ABCDEFGHIJ0123456789,.-/'’", max_size=80))
def test_counts_never_raise_and_stay_in_the_text(text):
    for start, end, attrs in find_counts(text, lambda a, b: True):
        assert 0 <= start < end <= len(text)
        assert attrs["unit"] == text[start:end].split()[-1]
