"""Twenty-seventh round (English actor recall): a name inside a hyphenated word ("the Houthi-controlled port", "an
anti-India march") and a country or a known city written in lower case after a preposition of place ("i am from
mexico ?"), on sentences written for these tests."""

from __future__ import annotations

import pytest

from desktop.suggest import english_hyphens, english_lower_places, english_saint_names
from desktop.suggest.detect import detect
from desktop.suggest.spans import Taken
from tests.suggest.test_actor_round23_en import actors


def _spans(text: str) -> list[str]:
    return [s.exact for s in detect(text, kinds=("actor",))]


# ---------------------------------------------------------------- a name inside a hyphenated word
@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("Voters rejected the Kremlin-backed slate, and the Kremlin said nothing.", "Kremlin", "organisation"),
        ("Labour won the vote, and a Labour-run council raised the parking fees again.", "Labour", "organisation"),
        ("The Oslo-led talks resumed in Geneva.", "Oslo", "place"),
        ("Thousands marched in an anti-Orban protest after Viktor Orban spoke on Sunday.", "Orban", "person"),
        ("The anti-Kremlin blogger was arrested, and the Kremlin declined to comment.", "Kremlin", "organisation"),
    ],
)
def test_a_name_inside_a_hyphenated_word_is_found(text: str, name: str, kind: str) -> None:
    at = text.find(name + "-") if name + "-" in text else text.index("-" + name) + 1  # the mention in the hyphenated word
    found = [s for s in detect(text, kinds=("actor",)) if s.start == at]
    assert found and found[0].exact == name and found[0].attributes.get("type") == kind


def _hyphen_names(text: str) -> list[tuple[str, object]]:
    out = english_hyphens.hyphen_names(text, [], Taken(), lambda _t, _p: True, lambda _a, _b: True)
    return [(s.exact, s.attributes.get("type")) for s in out]


def test_a_known_state_after_a_stance_takes_the_gazetteers_type() -> None:
    assert _hyphen_names("Protesters chanted anti-Norway slogans.") == [("Norway", "state")]


def test_an_unknown_word_before_based_is_left() -> None:
    # a product stands before "-based" as often ("a Linux-based server"); a known place is read
    assert _hyphen_names("She ran a Quillix-based server farm.") == []
    assert _hyphen_names("The Oslo-based fund sold its shares.") == [("Oslo", "place")]


@pytest.mark.parametrize(
    "text, absent",
    [
        ("The region fell under Soviet-backed rule after the war.", "Soviet"),  # a people's adjective
        ("A Shiite-led bloc won the vote.", "Shiite"),
        ("The pro-Western government fell in 2014.", "Western"),  # a side
        ("He denounced anti-Semitic graffiti on the wall.", "Semitic"),
        ("Police broke up an anti-War rally near the square.", "War"),  # a stance's word, capitalised
        ("Activists marched for pro-Choice laws in the capital.", "Choice"),
        ("He joined the anti-Apartheid movement as a student.", "Apartheid"),
        ("The pro-Democracy camp lost two seats.", "Democracy"),
        ("The council banned anti-Covid protests in the square.", "Covid"),  # a disease
        ("Tarrow-backed loans were cheap. The bank said so.", "Tarrow"),  # a sentence's start says nothing
        ("The PTX-linked fault shut the line.", "PTX"),  # an acronym the gazetteer does not know
        ("She works for the World Anti-Doping Agency in Montreal.", "Doping"),
    ],
)
def test_no_name_inside_these_hyphenated_words(text: str, absent: str) -> None:
    assert absent not in _spans(text)


@pytest.mark.parametrize(
    "text, absent",
    [
        # a word named nowhere else in the text is as often a person or a people as a body: no organisation is guessed
        ("The Trump-backed candidate won the primary on Tuesday.", "Trump"),
        ("Three Trump-appointed judges dissented from the ruling.", "Trump"),
        ("The Netanyahu-led government approved the plan.", "Netanyahu"),
        ("The Assad-allied militia shelled the town.", "Assad"),
        ("The Hutu-led government fell in 1994.", "Hutu"),
        ("He met the owners of Black-owned businesses in the city.", "Black"),
        ("Fighters held the Vardani-occupied ridge for a week.", "Vardani"),
    ],
)
def test_a_word_named_nowhere_else_is_no_body(text: str, absent: str) -> None:
    assert absent not in _spans(text)
    assert _hyphen_names(text) == []


# ---------------------------------------------------------------- a place written in lower case
@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("i wan na meet people from san francisco i am from mexico ?", "san francisco", "place"),
        ("i wan na meet people from san francisco i am from mexico ?", "mexico", "state"),
        ("so many great places to eat in houston .... do n't miss it", "houston", "place"),
        ("how do i renew a passport in canada ?", "canada", "state"),
        ("my cousin lives in peru now", "peru", "state"),
        ("we are flying to los angeles and then home", "los angeles", "place"),
        ("i love visiting paris in the spring", "paris", "place"),
    ],
)
def test_a_place_in_lower_case_after_a_preposition_is_found(text: str, name: str, kind: str) -> None:
    assert actors(text).get(name) == kind


@pytest.mark.parametrize(
    "text, absent",
    [
        ("She ate leftover stuffing in turkey sandwiches.", "turkey"),  # a common word first
        ("The cups were kept in china cabinets.", "china"),
        ("He sent the letter to jordan yesterday.", "jordan"),  # a given name first
        ("i gave the book to sofia , she loved it", "sofia"),
        ("We walked in houston street for an hour.", "houston"),  # a noun after it: a modifier
        ("The fog in london town was thick.", "london"),
        ("The meeting is in male dormitory B.", "male"),  # a short place's name is a word first
        ("Check the deals at visit london.com today.", "london"),  # a web address
        ("Please write to canada@example.org before noon.", "canada"),
        ("Villagers fled from the valley after the flood.", "the valley"),  # "The Valley", a capital, is a valley first
        ("stir in cayenne and salt , then simmer for ten minutes .", "cayenne"),  # a spice first
        ("Toss the wings in cayenne, garlic and butter.", "cayenne"),
        ("New homes went up near riverside and lakeside parks.", "riverside"),
        ("i always buy bread in carrefour .", "carrefour"),  # a retailer first
        ("The company plans to expand into new territories and markets.", "new territories"),  # phrases first
        ("The boat returned to port said the coast guard on Tuesday.", "port said"),
    ],
)
def test_no_place_in_these_lower_case_words(text: str, absent: str) -> None:
    assert absent not in _spans(text)


def test_a_capitalised_place_is_left_to_the_model() -> None:
    out = english_lower_places.lower_case_places("We moved to Canada in May.", [], Taken(), lambda _t, _p: True)
    assert out == []


# ---------------------------------------------------------------- a surname that opens with "St."
@pytest.mark.parametrize(
    "text, name",
    [
        ("Carol St. Clair said the shelter would close.", "Carol St. Clair"),  # the model stops at "St"
        ("Carol St. Clair, who runs the shelter, said it would close.", "Carol St. Clair"),
    ],
)
def test_a_surname_opening_with_st_is_read_whole(text: str, name: str) -> None:
    assert actors(text).get(name) == "person"


def test_a_person_with_a_saints_surname_where_nothing_is_found() -> None:
    out = english_saint_names.saint_surnames("Then Marie Ste-Orvain joined the board.", [], Taken(), lambda _t, _p: True, set())
    assert [(s.exact, s.attributes.get("type")) for s in out] == [("Marie Ste-Orvain", "person")]


@pytest.mark.parametrize(
    "text",
    [
        "He lives at 12 George St. Clair said the bus was late.",  # a street's number before it
        "Turn left on Anna St. Pierre opened the shop.",  # a preposition of place before it
        "We met at Upper George St-Pierre last week.",  # a capitalised word before it
        "Later Anna St. Police arrived.",  # no name after "St."
        "Then Zorvek St. Clair arrived.",  # no common given name
        "The Elizabeth St Melbourne office closed last week.",  # "the" before it: a street's name
        "We met at the George St Sydney store.",
    ],
)
def test_no_saints_surname_here(text: str) -> None:
    out = english_saint_names.saint_surnames(text, [], Taken(), lambda _t, _p: True, set())
    assert out == []
