"""Thirteenth round, the final read's fixes (English actors): a short headline's verb is no part of a person's or a
division's name, a known body or company after a surname ends the person, a place the model calls a place that ends
in "Bay" stays a place, a company after a determiner in a headline is a common word, and brands named after a person
are no persons.  Texts written for these tests."""

from __future__ import annotations

import pytest

from desktop.suggest import english_names
from desktop.suggest.detect import _is_known_place
from tests.suggest.test_actor_round13 import actors


# ---------------------------------------------------------------- a short headline's verb
@pytest.mark.parametrize("text, name", [
    ("Tony Blair Resigns\n\nLONDON — Tony Blair resigned on Wednesday after ten years in office.", "Tony Blair"),
    ("Ross Perot Dies\n\nDALLAS — Ross Perot died on Tuesday at his home.", "Ross Perot"),
    ("Pervez Musharraf Returns\n\nISLAMABAD — He returned home on Sunday.", "Pervez Musharraf"),
    ("Gordon Brown Quits\n\nThe prime minister quit on Monday.", "Gordon Brown"),
    ("Tony Blair Resigns in Protest\n\nThe prime minister left.", "Tony Blair"),
])
def test_a_short_headlines_verb_is_no_part_of_the_person(text: str, name: str) -> None:
    found = actors(text)
    headline = text.split("\n")[0]
    assert found[name]["type"] == "person"
    assert not any(exact.startswith(name + " ") and exact in headline for exact in found), found


def test_the_rule_leaves_a_headlines_verb_out() -> None:
    text = "Hamid Karzai Wins\n\nKABUL — The president won the election, officials said."
    assert [n for _a, _b, n in english_names.given_name_people(text, lambda _t, _p: True)] == ["Hamid Karzai"]


@pytest.mark.parametrize("text, name", [
    ("The album was produced by John Paul Jones in London.", "John Paul Jones"),
    ("The novel was written by Mary Ann Evans under a pen name.", "Mary Ann Evans"),
])
def test_a_three_word_name_in_a_sentence_stays_whole(text: str, name: str) -> None:
    assert actors(text)[name]["type"] == "person"


# ---------------------------------------------------------------- a known body or company after the surname
@pytest.mark.parametrize("text, person, body", [
    ("Kevin Smith Reuters", "Kevin Smith", "Reuters"),
    ("He met Jack Ma Alibaba's founder in Hangzhou.", "Jack Ma", "Alibaba"),
])
def test_a_known_body_after_a_surname_ends_the_person(text: str, person: str, body: str) -> None:
    found = actors(text)
    assert found[person]["type"] == "person"
    assert found[body]["type"] == "organisation"
    assert not any(exact.startswith(person + " ") for exact in found), found


# ---------------------------------------------------------------- a division in a headline
@pytest.mark.parametrize("text, place", [
    ("Wildfire Threatens Kern County", "Kern County"),
    ("Storm Hits Orange County", "Orange County"),
])
def test_a_headlines_verb_is_no_part_of_a_division(text: str, place: str) -> None:
    found = actors(text)
    assert found[place]["type"] == "place"
    assert not any(exact.endswith(" " + place) for exact in found), found


@pytest.mark.parametrize("text, place", [
    ("Fires Spread in Los Angeles County", "Los Angeles County"),  # a known place
    ("Floods Hit Northwest Frontier Province", "Northwest Frontier Province"),  # no verb in -s before the kind
    ("Floods hit the Northwest Frontier Province", "Northwest Frontier Province"),  # no headline
])
def test_a_two_word_division_stays_whole(text: str, place: str) -> None:
    assert [text[a:b] for a, b in english_names.divisions(text, lambda _t, _p: True, _is_known_place)] == [place]


# ---------------------------------------------------------------- a model place ending in "Bay"
def test_a_place_ending_in_bay_stays_a_place() -> None:
    assert actors("Ships sailed from Alexander Bay at dawn.")["Alexander Bay"]["type"] == "place"
    assert english_names.person_not_place("Francis Bay", lambda _w: False) is False
    assert english_names.person_not_place("Ramzi Farouk", lambda _w: False) is True


def test_michael_bay_stays_a_person() -> None:
    assert actors("Michael Bay said the film would open in June.")["Michael Bay"]["type"] == "person"


# ---------------------------------------------------------------- a company in a headline; brands
def test_a_company_after_a_determiner_in_a_headline_is_a_common_word() -> None:
    assert "Shell" not in actors("Crab Leaves Its Shell")
    assert actors("Shell said profits rose.")["Shell"]["type"] == "organisation"


@pytest.mark.parametrize("text, brand", [
    ("Shares of Hugo Boss fell on Monday.", "Hugo Boss"),
    ("He drank Jack Daniels and watched the game.", "Jack Daniels"),
])
def test_a_brand_named_after_a_person_is_no_person(text: str, brand: str) -> None:
    assert actors(text).get(brand, {}).get("type") != "person"
