"""Twenty-first round, the final read's fixes to figures: an en dash glued to a number of degrees is a minus ("–3
degrees" → −3, as "-3" and "−3"), not a range's dash ("2–3 degrees", "2 –3 degrees"); an international phone number
with no cue before it ("+1 212 555 0199") is no figure."""

from __future__ import annotations

import pytest

from desktop.meaning.figures import find_figures


def figures(text: str) -> list[tuple[str, object, object]]:
    return [(text[s:e], a.get("value"), a.get("upper")) for s, e, a in find_figures(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The lake was at –3 degrees.", [("–3 degrees", -3, None)]),
    ("The lake was at -3 degrees.", [("-3 degrees", -3, None)]),
    ("The lake was at −3 degrees.", [("−3 degrees", -3, None)]),
    ("Озеро было –3 градуса.", [("–3 градуса", -3, None)]),
])
def test_a_glued_minus_or_en_dash_gives_degrees_below_zero(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("It was 2–3 degrees.", [("2–3 degrees", 2, 3)]),
    ("It was 2 –3 degrees.", [("2 –3 degrees", 2, 3)]),
    ("Temperatures – 3 degrees lower.", [("3 degrees", 3, None)]),  # a dash set apart is no minus
])
def test_a_ranges_dash_or_a_dash_set_apart_is_no_minus(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text", [
    "Office: +1 212 555 0199.",
    "Reach us at +964 770 123 4567 today.",
    "Call me on 555-0199 or +1 212 555 0199 tomorrow.",
    "Write to +44 20 7946 0000 or visit.",
])
def test_an_international_phone_number_is_no_figure(text):
    assert figures(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("It rose to +3 degrees.", [("3 degrees", 3, None)]),
    ("Shares were +5% higher.", [("+5%", 5, None)]),
    ("The town grew by +1 200 people.", [("+1 200 people", 1200, None)]),  # a plus before a grouped count, no group after
])
def test_a_plus_before_a_figure_with_no_digits_after_stays_a_figure(text, expected):
    assert figures(text) == expected
