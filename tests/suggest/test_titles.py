"""A person's title kept whole: the name without its title, the role with every word of it."""

from __future__ import annotations

import pytest

from desktop.suggest import detect
from desktop.suggest.suggestion import actor
from desktop.suggest.titles import full_role, titled_inside


def people(text: str) -> list[tuple[str, str]]:
    return [(str(s.attributes["name"]), str(s.attributes.get("role"))) for s in detect(text, kinds=("actor",))
            if s.attributes.get("type") == "person"]


@pytest.mark.parametrize(
    "text, name, role",
    [
        ("Senate Majority Leader Chuck Schumer said the bill would pass.", "Chuck Schumer", "Senate Majority Leader"),
        ("House Speaker Mike Johnson said no.", "Mike Johnson", "House Speaker"),
        ("Defense Secretary Lloyd Austin arrived in Kyiv.", "Lloyd Austin", "Defense Secretary"),
        ("Former President Donald Trump spoke in Ohio.", "Donald Trump", "Former President"),
        ("UN Secretary-General Antonio Guterres warned of famine.", "Antonio Guterres", "UN Secretary-General"),
        ("German Chancellor Olaf Scholz said he would go.", "Olaf Scholz", "German Chancellor"),
        ("Yesterday President Trump spoke.", "Trump", "President"),  # "Yesterday" is no part of a title
    ],
)
def test_the_whole_title_is_the_role_and_the_name_is_the_persons(text, name, role):
    assert people(text) == [(name, role)]


def test_a_recognised_span_holding_a_titled_person_takes_the_rules_name():
    text = "House Speaker Mike Johnson said no."
    model = actor(0, 26, text, {"name": "House Speaker Mike Johnson", "type": "person"}, 0.65)
    rule = actor(6, 26, text, {"name": "Mike Johnson", "type": "person", "role": "Speaker"}, 0.8)
    (named,) = titled_inside([model], [rule])
    assert (named.start, named.end, named.attributes["name"], named.attributes["role"]) == (0, 26, "Mike Johnson", "House Speaker")


def test_the_role_grows_but_the_span_stays():
    text = "Senate Majority Leader Chuck Schumer said"
    s = actor(16, 36, text, {"name": "Chuck Schumer", "type": "person", "role": "Leader"}, 0.8)
    grown = full_role(text, s)
    assert (grown.start, grown.end, grown.attributes["role"]) == (16, 36, "Senate Majority Leader")
    lower = actor(16, 36, text, {"name": "Chuck Schumer", "type": "person", "role": "leader"}, 0.8)
    assert full_role(text, lower) is lower  # a role in lower case ("party leader") is left alone


@pytest.mark.parametrize(
    "text, name, role",
    [
        ("Moscow, the Russian foreign minister, Sergei Lavrov, said on Monday.", "Sergei Lavrov", "Russian foreign minister"),
        ("The company said its chief executive, Marissa Mayer, would stay.", "Marissa Mayer", "chief executive"),
        ("They met the man, John Smith, at noon.", "John Smith", "None"),  # "man" is no title
    ],
)
def test_a_title_set_off_before_the_name_is_its_role(text, name, role):
    assert (name, role) in people(text)
