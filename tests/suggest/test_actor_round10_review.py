"""The review of the tenth round's English actor rules, on sentences written for these tests:
a legal form ends a company's name ("Volkswagen AG on Tuesday" is no name), AG and SE are no
legal form for a post, a product's model or a street's quadrant."""

from __future__ import annotations

import pytest

from desktop.suggest import detect


def actors(text: str) -> dict[str, dict]:
    return {s.exact: s.attributes for s in detect(text, kinds=("actor",))}


# ---------------------------------------------------------------- no tail after a legal form, nor a date's
@pytest.mark.parametrize("text, exact, name", [
    ("Volkswagen AG on Tuesday said it would cut 35,000 jobs in Germany.", "Volkswagen AG", "Volkswagen"),
    ("Siemens Energy AG on Thursday raised its forecast.", "Siemens Energy AG", "Siemens Energy"),
    ("SAP SE on Wednesday reported higher profits.", "SAP SE", "SAP"),
    ("Tesco plc on Monday said sales rose.", "Tesco plc", "Tesco"),
])
def test_a_company_s_name_ends_at_its_legal_form(text: str, exact: str, name: str) -> None:
    found = actors(text)
    assert found[exact]["type"] == "organisation"
    assert found[exact]["name"] == name
    assert not any(" on " in e for e in found)


def test_a_legal_form_s_company_leaves_its_country_a_state() -> None:
    found = actors("Deutsche Bank AG of Germany agreed to pay a fine.")
    assert found["Deutsche Bank AG"]["type"] == "organisation"
    assert found["Germany"]["type"] == "state"


@pytest.mark.parametrize("text, exact", [
    ("The Bank of England on Monday raised rates.", "Bank of England"),
    ("The Ministry of Defence in March bought ships.", "Ministry of Defence"),
])
def test_no_name_s_tail_begins_with_a_day_or_month(text: str, exact: str) -> None:
    found = actors(text)
    assert found[exact]["type"] == "organisation"
    assert not any("Monday" in e or "March" in e for e in found)


# ---------------------------------------------------------------- AG and SE that are no legal form
@pytest.mark.parametrize("text", [
    "A man was shot in the 1500 block of Alabama Avenue SE on Sunday night.",
    "The crash happened on 14th Street SE on Saturday.",
    "The shooting happened on Benning Road SE, police said.",
    "The Apple Watch SE costs $249 in the United States.",
    "Microsoft launched the Surface Laptop SE for schools.",
    "The Ford Focus SE was the best-selling car.",
    "The Deputy AG said the case was closed.",
    "The Acting AG said the case was closed.",
])
def test_a_quadrant_a_model_or_a_post_is_no_company(text: str) -> None:
    found = actors(text)
    assert not any(len(e) > 2 and e.endswith((" SE", " AG")) and a["type"] == "organisation" and a["name"] != e
                   for e, a in found.items())


@pytest.mark.parametrize("text, exact", [
    ("Paxton, the Texas AG, said the law was valid.", "Texas AG"),
    ("The lawsuit was filed by the Texas AG.", "Texas AG"),
    ("The Ohio AG sued the company.", "Ohio AG"),
])
def test_a_state_s_attorney_general_keeps_its_whole_name(text: str, exact: str) -> None:
    found = actors(text)
    assert found.get(exact, {}).get("name", exact) == exact  # never "Texas", the state's name


def test_benning_road_se_stays_a_place() -> None:
    found = actors("The shooting happened on Benning Road SE, police said.")
    assert found["Benning Road SE"]["type"] == "place"
