"""Twenty-first round, the final read's fixes to figures: an en dash glued to a number of degrees is a minus ("–3
degrees" → −3, as "-3" and "−3"), not a range's dash ("2–3 degrees", "2 –3 degrees")."""

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
