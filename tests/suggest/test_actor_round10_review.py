"""The review of the tenth round's English actor rules, on sentences written for these tests:
a legal form ends a company's name ("Volkswagen AG on Tuesday" is no name), AG and SE are no
legal form for a post, a product's model or a street's quadrant."""

from __future__ import annotations

import pytest

from desktop.suggest import detect, names
from desktop.suggest.guess_spans import pieces
from desktop.suggest.leads import subjects
from desktop.suggest.organisations import _national_bodies


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


# ---------------------------------------------------------------- a lead's kind is the head of its noun phrase
@pytest.mark.parametrize("text", [
    "Abortion is a state issue, the former president said on Sunday.",
    "Education is a state responsibility in Germany.",
    "Policing is a state matter in Australia.",
    "Football is a team sport played by millions.",
    "Caption: Abortion is a state issue.",
    "Okafor is a city councillor in Lagos.",
    "Fernandes is the club captain at Old Trafford.",
    'She said: "Abortion is a matter for the state."',
    "Abortion is a river of grief, she said of abortion.",  # the word in lower case too
])
def test_a_kind_s_word_that_modifies_another_noun_says_no_kind(text: str) -> None:
    assert subjects(text) == []


@pytest.mark.parametrize("text, name", [
    ("Pemex is the state oil company of Mexico.", "Pemex"),
    ("Saudi Aramco is the state oil company.", "Saudi Aramco"),
])
def test_the_head_noun_gives_the_kind(text: str, name: str) -> None:
    assert subjects(text) == [(0, len(name), "organisation")]
    assert actors(text)[name]["type"] == "organisation"


@pytest.mark.parametrize("text, name, kind", [
    ("Montevarchio is a town and comune in the province of Arezzo.", "Montevarchio", "place"),
    ("Halvik Fotball is a football club based in Bergen.", "Halvik Fotball", "organisation"),
    ("Ada Brennock is an Irish novelist who lives in Cork.", "Ada Brennock", "person"),
    ("Tarsen was a company, founded in 1901.", "Tarsen", "organisation"),
])
def test_a_kind_s_word_that_ends_its_phrase_gives_the_kind(text: str, name: str, kind: str) -> None:
    assert subjects(text) == [(0, len(name), kind)]


# ---------------------------------------------------------------- an event's years are no life
@pytest.mark.parametrize("text", [
    "World War II (1939-1945) killed tens of millions of people.",
    "Gulf War (1990-1991) veterans marched in Washington.",
    "Operation Barbarossa (1941-1942) was a disaster for the Soviet Union.",
    "Prohibition (1920-1933) was a failure.",
    "Apartheid (1948-1994) was a system of racial segregation.",
])
def test_two_years_in_a_parenthesis_are_no_life_by_themselves(text: str) -> None:
    assert subjects(text) == []
    assert not [e for e, a in actors(text).items() if a["type"] == "person"]


@pytest.mark.parametrize("text, name", [
    ("Marta Olsen (1921 – 2001) was a Danish chemist.", "Marta Olsen"),
    ("Marta Olsen (12 March 1921 – 2001) lived in Aarhus.", "Marta Olsen"),
    ("Karel Dvorsky (born 1962) lives in Brno.", "Karel Dvorsky"),
])
def test_a_life_is_two_years_of_a_person_a_full_date_or_a_birth(text: str, name: str) -> None:
    assert (0, len(name), "person") in subjects(text)


# ---------------------------------------------------------------- a publisher only inside its imprint's brackets
@pytest.mark.parametrize("text, place", [
    ("Pictured: Montmartre, Paris, 1925.", "Montmartre"),
    ("Residents of Bucha, Kyiv, Ukraine, 2022 described the occupation.", "Bucha"),
    ("Old Trafford, Manchester, 2008: United won the league.", "Old Trafford"),
])
def test_a_place_before_a_city_and_a_year_outside_brackets_stays_a_place(text: str, place: str) -> None:
    assert actors(text)[place]["type"] == "place"


def test_a_caption_s_place_repeated_stays_a_place() -> None:
    text = "Montmartre, Paris, 1925. Montmartre was then a village of artists."
    found = [s for s in detect(text, kinds=("actor",)) if s.exact == "Montmartre"]
    assert len(found) == 2 and all(s.attributes["type"] == "place" for s in found)


# ---------------------------------------------------------------- a person of a county; a century before a place
@pytest.mark.parametrize("text, person, place", [
    ("Sheriff Chad Bianco of Riverside County said deputies were injured.", "Chad Bianco", "Riverside County"),
    ("Sheriff Bob Kennedy of Jefferson Parish said the road was closed.", "Bob Kennedy", "Jefferson Parish"),
])
def test_a_person_of_a_county_is_the_person_and_the_county(text: str, person: str, place: str) -> None:
    found = actors(text)
    assert found[person]["type"] == "person"
    assert found[place]["type"] == "place"


def test_a_person_guess_with_of_before_a_division_is_not_retyped() -> None:
    text = "Sheriff Chad Bianco of Riverside County said so."
    start, end = text.index("Chad"), text.index(" said")
    assert names.retype(text, start, end, "person") == "person"


def test_a_person_of_a_county_splits_in_pieces() -> None:
    text = "Sheriff Chad Bianco of Riverside County said so."
    start, end = text.index("Chad"), text.index(" said")
    got = pieces(text, start, end, "person", "en", lambda *_a: None)
    assert [(text[a:b], k) for a, b, k in got] == [("Riverside County", "place"), ("Chad Bianco", "person")]


@pytest.mark.parametrize("text, name, kind", [
    ("The book is a history of 20th Century Europe.", "Europe", "place"),
    ("Life in 21st Century China is hard for farmers.", "China", "state"),
    ("In the 21st Century Britain has become a different country.", "Britain", "state"),
])
def test_a_century_before_a_known_place_is_the_place(text: str, name: str, kind: str) -> None:
    found = actors(text)
    assert found[name]["type"] == kind
    assert not any("Century" in e for e in found)


# ---------------------------------------------------------------- a state's body by its nationality
@pytest.mark.parametrize("text, name", [
    ("The Scottish Government announced new funding for schools.", "Scottish Government"),
    ("The Irish Government said it would appeal.", "Irish Government"),
    ("The Italian Episcopal Conference called the sentence unjust.", "Italian Episcopal Conference"),
    ("The French Embassy in Niamey was closed on Monday.", "French Embassy"),
    ("On Monday Scottish Government ministers met.", "Scottish Government"),
    ("The German Bishops Conference met in Fulda.", "German Bishops Conference"),
])
def test_a_national_body_after_another_capitalised_word_is_found(text: str, name: str) -> None:
    start = text.index(name)
    assert _national_bodies(text) == [(start, start + len(name))]
    assert actors(text)[name]["type"] == "organisation"


@pytest.mark.parametrize("text", [
    "Delegates at the African Climate Conference in Nairobi called for more finance.",
    "The European Youth Conference opened in Vienna.",
])
def test_a_conference_of_no_bishops_is_no_national_body(text: str) -> None:
    assert _national_bodies(text) == []


@pytest.mark.parametrize("text, exact, name", [
    ("Airbus SE's chief executive resigned.", "Airbus SE", "Airbus"),
    ("Allianz SE's chief executive resigned.", "Allianz SE", "Allianz"),
    ("Tesco plc's profits fell.", "Tesco plc", "Tesco"),
])
def test_a_company_s_possessive_keeps_its_legal_form_in_the_span_not_the_name(text: str, exact: str, name: str) -> None:
    found = actors(text)
    assert found[exact] == {**found[exact], "type": "organisation", "name": name}


def test_a_guess_across_a_sentence_s_end_is_cut_there() -> None:
    text = "The decision was taken by the Minister. A French official said it was final."
    assert not any(". A" in e for e in actors(text))
    start = text.index("Minister")
    got = pieces(text, start, text.index(" official"), "person", "en", lambda *_a: None)
    assert [(text[a:b], k) for a, b, k in got] == [("Minister", "person")]


def test_an_initial_s_full_stop_does_not_cut_a_guess() -> None:
    text = "Prof. S. D. Muni said so."
    got = pieces(text, 0, text.index(" said"), "person", "en", lambda *_a: None)
    assert [(text[a:b], k) for a, b, k in got] == [("Prof. S. D. Muni", "person")]
