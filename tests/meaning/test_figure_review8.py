"""Review of the seventh round's figure patterns (issue 15, eighth round): sentences of ordinary
news where a pattern of the round fired where it should not, gave a wrong value, or lost what
the main branch found."""

from __future__ import annotations

import pytest

from tests.meaning.meaning_helpers import attrs_of


@pytest.mark.parametrize(
    "text, expected",
    [
        # one Turkish or Russian word in an English sentence leaves the dot a decimal point
        ("The 1915 Çanakkale Bridge is 4.608 km long.", [("4.608 km", {"value": 4.608, "unit": "km"})]),
        ("Finance Minister Mehmet Şimşek said growth would reach 3.125 percent.",
         [("3.125 percent", {"value": 3.125, "unit": "%"})]),
        ("Gazprom (Газпром) shares fell 1.250 percent in Moscow.", [("1.250 percent", {"value": 1.25, "unit": "%"})]),
        # a Turkish or Russian sentence still groups thousands with it
        ("Köprünün uzunluğu 3.500 metre olacak.", [("3.500 metre", {"value": 3500, "unit": "m"})]),
        ("Длина моста составит 1.200 км.", [("1.200 км", {"value": 1200, "unit": "km"})]),
    ],
)
def test_dotted_thousands_follow_the_sentence_language(text, expected):
    assert attrs_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Snow drifts of up to 2m are expected in the Highlands.", [("2m", {"value": 2, "unit": "m", "qualifier": "≤"})]),
        ("Waves of 5m could batter the coast on Friday.", [("5m", {"value": 5, "unit": "m"})]),
        ("The 100m will be held on Sunday.", [("100m", {"value": 100, "unit": "m"})]),
        ("Water levels of 3m were recorded in York.", [("3m", {"value": 3, "unit": "m"})]),
        ("Firefighters drained a 5m tank of water.", [("5m", {"value": 5, "unit": "m"})]),
        ("The 3m tank burst overnight.", [("3m", {"value": 3, "unit": "m"})]),
        # a bare subject of a plural verb is still millions
        ("More than 1.5m have been displaced.", [("1.5m", {"value": 1_500_000, "scale": "m", "qualifier": ">"})]),
        ("Some 2m are still without power.", [("2m", {"value": 2_000_000, "scale": "m", "qualifier": "≈"})]),
    ],
)
def test_a_glued_m_is_metres_unless_it_is_a_bare_subject(text, expected):
    assert attrs_of(text) == expected
