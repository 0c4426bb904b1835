"""Twelfth round, final fixes (actors): a computing term spelt out is no body's long form; "said to" and a verb
is not speaking."""

from __future__ import annotations

import pytest

from desktop.suggest import detect


def actors(text: str) -> dict[str, dict]:
    return {s.exact: s.attributes for s in detect(text, kinds=("actor",))}


# ---------------------------------------------------------------- a computing term spelt out in front of it
@pytest.mark.parametrize("text", [
    "Random Access Memory (RAM) prices rose sharply. RAM makers expect more orders.",
    "The new Operating System (OS) ships in May, and the OS is free for students.",
    "A Local Area Network (LAN) links the desks on each floor. The LAN is slow at noon.",
    "Prices of random-access memory (RAM) fell again; RAM makers cut output.",
])
def test_a_computing_term_spelt_out_is_no_organisation(text: str) -> None:
    assert not actors(text)


@pytest.mark.parametrize("text, exact, name", [
    ("Royal Air Maroc (RAM) cancelled its flights. RAM said the strike had ended.", "RAM", "Royal Air Maroc"),
    ("Lan Airlines Network (LAN) grew fast. Later LAN bought a rival.", "Lan Airlines Network", "Lan Airlines Network"),
    ("University and College Union (UCU) members voted. UCU will strike.", "UCU", "University and College Union"),
])
def test_a_body_s_long_form_before_its_acronym_still_names_it(text: str, exact: str, name: str) -> None:
    found = actors(text)
    assert found[exact]["type"] == "organisation"
    assert found[exact]["name"] == name


# ---------------------------------------------------------------- "said to" and a verb
@pytest.mark.parametrize("text", [
    "Demand for RAM said to rise again next quarter.",
    "The CPU said to be faulty was replaced by the shop.",
    "The LAN said to have failed was back by noon.",
])
def test_a_computing_term_said_to_do_something_is_no_organisation(text: str) -> None:
    assert not actors(text)


@pytest.mark.parametrize("text, term", [
    ("RAM said it would cut two routes this winter.", "RAM"),
    ("LAN said to reporters that the flights would resume.", "LAN"),
    ("FX said to Variety that the series would return.", "FX"),
])
def test_a_term_that_speaks_is_still_an_organisation(text: str, term: str) -> None:
    assert actors(text)[term]["type"] == "organisation"


# ---------------------------------------------------------------- a town and its state's postal code after its people
@pytest.mark.parametrize("text, city, code, state", [
    ("Residents of Austin TX were evacuated before the flood.", "Austin", "TX", "Texas"),
    ("Residents of Springfield IL were told to stay home.", "Springfield", "IL", "Illinois"),
    ("Many people of Grand Rapids MI queued to vote.", "Grand Rapids", "MI", "Michigan"),
])
def test_a_town_and_its_state_s_code_after_its_residents_are_places(text: str, city: str, code: str, state: str) -> None:
    found = actors(text)
    assert found[city]["type"] == "place"
    assert found[code] == {"name": state, "type": "place"}


def test_a_region_s_code_of_a_company_s_form_after_residents_keeps_its_longer_place() -> None:
    assert actors("Residents of Elko NV were evacuated.")["Elko NV"]["type"] == "place"


def test_a_postal_code_not_after_a_town_is_no_state() -> None:
    found = actors("The residents of the IL district left early.")
    assert found.get("IL", {}).get("name") != "Illinois"


# ---------------------------------------------------------------- a legal form before "in" and a place; the AB test
@pytest.mark.parametrize("text, exact, name", [
    ("Danone SA in Paris said it would cut four hundred jobs.", "Danone SA", "Danone"),
    ("Heineken NV in Amsterdam raised its beer prices.", "Heineken NV", "Heineken"),
])
def test_a_name_and_its_legal_form_before_in_and_a_place_is_a_company(text: str, exact: str, name: str) -> None:
    found = actors(text)
    assert found[exact] == {"name": name, "type": "organisation"}
    assert found[text.split(" in ")[1].split()[0]]["type"] == "place"


@pytest.mark.parametrize("text, exact", [
    ("Residents of Elko NV in March were evacuated.", "Elko NV"),  # "in" and a month: no place after it
    ("Police in Elko NV said the road was shut.", "Elko NV"),
])
def test_a_town_and_its_region_s_code_stays_a_place(text: str, exact: str) -> None:
    assert actors(text)[exact]["type"] == "place"


@pytest.mark.parametrize("text", [
    "The AB test showed a clear winner for the blue button.",
    "We ran AB testing on the checkout page for a week.",
])
def test_an_ab_test_is_a_method_not_an_organisation(text: str) -> None:
    assert "AB" not in actors(text)


def test_ab_that_speaks_is_still_an_organisation() -> None:
    assert actors("AB said its sales rose in the spring.")["AB"]["type"] == "organisation"
