"""The nineteenth round's review of the date intervals: misfires of the new rules, each a sentence that failed before
its fix — a count pair after a cue read by the figures (not dropped by both sides)."""

from __future__ import annotations

import pytest

from desktop.meaning.dates import find_dates
from desktop.meaning.figures import find_figures


def dates(text: str, reference: str | None = "2024-03-10") -> list[tuple[str, str, str, str | None]]:
    return [(text[a:b], d["start"], d["end"], d.get("open")) for a, b, d in find_dates(text, reference)]


@pytest.mark.parametrize("text, quote, low, high, unit", [
    ("By 1800 or 1900 visitors came.", "1800 or 1900 visitors", 1800, 1900, "visitors"),
    ("He won by 1800 or 1900 votes.", "1800 or 1900 votes", 1800, 1900, "votes"),
    ("He won by 1800 or 1850 votes.", "1800 or 1850 votes", 1800, 1850, "votes"),  # evidence "won", not round
    ("Until 1500 or 1600 pages were printed.", "1500 or 1600 pages", 1500, 1600, "pages"),
])
def test_a_count_pair_the_dates_give_up_is_a_count_figure(text, quote, low, high, unit):
    assert dates(text) == []
    assert [(text[a:b], f["value"], f.get("upper"), f["unit"]) for a, b, f in find_figures(text)] == [
        (quote, low, high, unit)]


@pytest.mark.parametrize("text", [
    "By 1800 or 1900 the town had grown.",
    "In 1800 or 1900 visitors came.",
])
def test_years_joined_by_or_without_a_count_stay_dates_and_give_no_figure(text):
    assert [q for q, *_ in dates(text)] == ["1800", "1900"]
    assert find_figures(text) == []
