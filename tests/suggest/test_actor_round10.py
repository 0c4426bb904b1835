"""Tenth round's English actor rules, on sentences written for these tests: a company named by
its century ("20th Century Fox"), a German or European company's legal form ("Siemens AG"),
a publisher before its imprint's city and year ("(Black Pepper, Melbourne, 2004)")."""

from __future__ import annotations

import pytest

from desktop.suggest import detect
from desktop.suggest.mentions import places_before_states
from desktop.suggest.organisations import _national_bodies


def actors(text: str) -> dict[str, dict]:
    return {s.exact: s.attributes for s in detect(text, kinds=("actor",))}


# ---------------------------------------------------------------- a company named by its century
@pytest.mark.parametrize("text, name", [
    ("The film was distributed by 20th Century Fox in the United States.", "20th Century Fox"),
    ("Disney bought 21st Century Fox in 2019.", "21st Century Fox"),
])
def test_a_company_named_by_its_century_keeps_its_ordinal(text: str, name: str) -> None:
    found = actors(text)
    assert found[name]["type"] == "organisation"
    assert "Century Fox" not in found


def test_a_century_alone_is_no_company() -> None:
    found = actors("He wrote about the 20th Century and its wars in Europe.")
    assert not any("Century" in exact for exact in found)


# ---------------------------------------------------------------- AG and SE, companies' legal forms
@pytest.mark.parametrize("text, name", [
    ("The contract went to Siemens AG, which builds trains in Germany.", "Siemens AG"),
    ("Shares of Siemens AG fell 3% in Frankfurt.", "Siemens AG"),
    ("Volkswagen AG said on Friday it would cut jobs.", "Volkswagen AG"),
    ("Deutsche Bank AG and SAP SE reported on Monday.", "SAP SE"),
])
def test_a_company_before_ag_or_se_is_whole(text: str, name: str) -> None:
    found = actors(text)
    assert found[name]["type"] == "organisation"
    assert found[name]["name"] == name.rsplit(" ", 1)[0]  # the legal form is off the name
    assert "AG" not in found and "SE" not in found


def test_ag_before_a_name_is_a_title_not_a_legal_form() -> None:
    found = actors("New York AG Letitia James sued the company.")
    assert "New York AG" not in found
    assert found["Letitia James"]["type"] == "person"


# ---------------------------------------------------------------- a publisher before its imprint
@pytest.mark.parametrize("text", [
    "His poems are Tremors ( Black Pepper , Melbourne , Australia , 2004 ) and others.",
    "Her novel (Black Pepper, Melbourne, 2004) won a prize.",
])
def test_a_publisher_before_its_city_and_year_is_an_organisation(text: str) -> None:
    found = actors(text)
    assert found["Black Pepper"]["type"] == "organisation"
    assert found["Melbourne"]["type"] == "place"
    assert "Black Pepper" not in [text[a:b] for a, b in places_before_states(text)]


@pytest.mark.parametrize("text, place", [
    ("The study (Cambridge, UK, 2008) was cited.", "Cambridge"),
    ("He was stationed at Debden , England , in June .", "Debden"),
    ("They moved to Fitzroy, Melbourne, in 2004.", "Fitzroy"),  # no year right after the city: a suburb
])
def test_a_city_before_its_country_stays_a_place(text: str, place: str) -> None:
    assert place in [text[a:b] for a, b in places_before_states(text)]


# ---------------------------------------------------------------- a state's body named by its nationality
@pytest.mark.parametrize("text, name", [
    ("In recent years, the Albanian Government has started to submit reports to the council.", "Albanian Government"),
    ("When applying to the Cuban Consulate by post, there is a new charge.", "Cuban Consulate"),
    ("The secretary general of the Italian Episcopal Conference called the sentence unjust.",
     "Italian Episcopal Conference"),
    ("Protesters gathered outside the Russian Embassy on Sunday.", "Russian Embassy"),
])
def test_a_government_or_consulate_named_by_its_nationality_is_an_organisation(text: str, name: str) -> None:
    assert actors(text)[name]["type"] == "organisation"


@pytest.mark.parametrize("text", [
    "The Annual Conference agreed on a new budget for the city.",
    "She said the Local Government would pay for the roads.",
])
def test_a_body_named_by_no_nationality_is_not_taken_by_the_rule(text: str) -> None:
    assert _national_bodies(text) == []
