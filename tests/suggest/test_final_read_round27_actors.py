"""The final read's fixes of the twenty-seventh round, on the actor side (sentences of our own)."""

from __future__ import annotations

import pytest

from desktop.suggest import detect


def _actors(text: str) -> set[str]:
    return {s.exact for s in detect(text, kinds=("actor",))}


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("The Hezbollah missile attack killed three people in Haifa, police said.", "Hezbollah"),
        ("Officials discussed the NATO missile shield in Brussels.", "NATO"),
        ("The Kim missile launch alarmed Tokyo.", "Kim"),
        ("The Hamas missile barrage lasted an hour.", "Hamas"),
        ("Analysts doubt the Pyongyang missile tests will stop.", "Pyongyang"),
    ],
)
def test_a_side_before_missile_and_a_noun_of_its_acts_stays(text: str, side: str) -> None:
    assert side in _actors(text)


@pytest.mark.parametrize(
    ("text", "weapon"),
    [
        ("The Exocet missile struck the destroyer.", "Exocet"),
        ("The Exocet missile hit the ship near the coast.", "Exocet"),
    ],
)
def test_a_weapons_type_before_a_verb_is_still_no_actor(text: str, weapon: str) -> None:
    assert weapon not in _actors(text)
