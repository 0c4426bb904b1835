"""Fourteenth round (English actor recall): people named in capitals, companies named after people, a player's
surname with an inner capital, a given name after a sentence's opening word or a nationality, and a person's given name
alone after the full name."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.suggest import detect, english_people, organisations
from desktop.suggest.given_names import COMMON_GIVEN_NAMES
from desktop.suggest.spans import Taken
from desktop.suggest.suggestion import actor


def actors(text: str) -> dict[str, dict]:
    return {s.exact: s.attributes for s in detect(text, kinds=("actor",))}


def english(_text: str, _pos: int) -> bool:
    return True


# ---------------------------------------------------------------- people in capitals
@pytest.mark.parametrize("text, exact, name", [
    ("SAMUEL ALITO WROTE THE MAJORITY OPINION ON TUESDAY.", "SAMUEL ALITO", "Samuel Alito"),
    ("WHY VOTERS SHOULD REJECT THE NOMINATION OF MARGARET HOLLOWAY.", "MARGARET HOLLOWAY", "Margaret Holloway"),
    ("A visiting scholar, ANTONIO FERRANTE, lectured on Dante last spring.", "ANTONIO FERRANTE", "Antonio Ferrante"),
    ("I spoke with GEORGE WALKER BUSH on the phone.", "GEORGE WALKER BUSH", "George Walker Bush"),
])
def test_a_person_in_capitals_is_found_and_named_in_title_case(text: str, exact: str, name: str) -> None:
    found = actors(text)
    assert found[exact]["type"] == "person" and found[exact]["name"] == name, found


@pytest.mark.parametrize("text", [
    "JOHN DEERE TRACTOR PARTS FOR SALE",  # a heading: where the name ends is unknown
    "HENRY STREET SETTLEMENT OPENS NEW CENTER",
    "THE MARY ROSE MUSEUM REOPENS",
    "KEVIN MAY, chief executive, resigned.",  # a month: other rules' to read
    "PAUL GROUP PLC REPORTS PROFIT",
    "CONTACT JAMES BOND IMMEDIATELY",  # review: an adverb is no second surname
    "CALL MARY SMITH REGISTRATION",
])
def test_no_person_in_capitals_in_a_heading_or_of_a_common_word(text: str) -> None:
    assert english_people.shouted_people(text, english) == []


def test_a_person_in_capitals_takes_no_verb_after_it() -> None:
    text = "SAMUEL ALITO WROTE THE MAJORITY OPINION ON TUESDAY."
    assert [text[a:b] for a, b, _n in english_people.shouted_people(text, english)] == ["SAMUEL ALITO"]
    assert "SAMUEL ALITO WROTE" not in actors(text)  # the capitals-surname rule does not lengthen it either


def test_a_person_in_capitals_ends_at_the_surname_before_a_trailing_initial() -> None:
    """A trailing initial is no part of the name, and the span stops at the surname (it took the space before
    the initial)."""
    text = "Speech by GEORGE BUSH J. in Texas"
    assert [(text[a:b], n) for a, b, n in english_people.shouted_people(text, english)] == [("GEORGE BUSH", "George Bush")]


def test_no_person_in_capitals_in_a_line_of_another_language() -> None:
    text = "BUGÜN AHMET YILMAZ İLE GÖRÜŞTÜK VE TOPLANTI UZUN SÜRDÜ ."
    assert english_people.shouted_people(text, organisations.english_line) == []


_SURNAMES = ["HOLLOWAY", "FERRANTE", "KOWALCZYK", "NAKAMURA", "OKAFOR"]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(sorted(COMMON_GIVEN_NAMES)), st.sampled_from(_SURNAMES),
       st.sampled_from(["SAID", "WROTE", "AND", "."]))
def test_any_common_given_name_in_capitals_before_a_surname_is_read_to_the_surname(given_name: str, surname: str,
                                                                                  after: str) -> None:
    shouted = given_name.upper()
    text = f"NOTES: {shouted} {surname} {after} THE REPORT"
    found = english_people.shouted_people(text, english)
    if shouted.isascii() and shouted.isalpha():
        assert [(text[a:b], n) for a, b, n in found] == [(f"{shouted} {surname}", f"{shouted.title()} {surname.title()}")]


# ---------------------------------------------------------------- companies named after people
@pytest.mark.parametrize("text, exact", [
    ("Eli Lilly said its new drug had passed a late-stage trial.", "Eli Lilly"),
    ("Shares of Royal Dutch Shell rose after the announcement.", "Royal Dutch Shell"),
    ("Goldman Sachs and Merrill Lynch advised on the deal.", "Goldman Sachs"),
    ("She carried a Kate Spade handbag to the gala.", "Kate Spade"),
    ("Tommy Hilfiger stores closed early on Sunday.", "Tommy Hilfiger"),
])
def test_a_company_named_after_a_person_is_an_organisation(text: str, exact: str) -> None:
    assert actors(text)[exact]["type"] == "organisation"


@pytest.mark.parametrize("text, exact", [
    ("Kate Spade was found dead in her apartment, police said.", "Kate Spade"),
    ("He bought a Michael Jordan jersey at the arena.", "Michael Jordan"),
    ("Tommy Hilfiger shares his design tips in the video.", "Tommy Hilfiger"),
])
def test_the_person_of_a_brand_stays_a_person_outside_a_makers_goods(text: str, exact: str) -> None:
    assert actors(text)[exact]["type"] == "person"


# review: the listed companies' founders stay persons where the sentence speaks of the person
@pytest.mark.parametrize("text, exact", [
    ("John Deere invented the steel plough in 1837.", "John Deere"),
    ("John Deere was born in Vermont in 1804.", "John Deere"),
    ("Eli Lilly (1838-1898) was a chemist and a soldier.", "Eli Lilly"),
    ("The firm was founded by John Deere, a blacksmith.", "John Deere"),
])
def test_a_listed_company_s_founder_stays_a_person_where_the_sentence_says_so(text: str, exact: str) -> None:
    assert english_people.companies(text, []) == []
    assert actors(text)[exact]["type"] == "person"


def test_a_listed_company_is_still_an_organisation_beside_a_founder_sentence() -> None:
    text = "Shares of John Deere fell on Monday."
    assert [n for _a, _b, n in english_people.companies(text, [])] == ["John Deere"]


# ---------------------------------------------------------------- a surname with an inner capital
@pytest.mark.parametrize("text, exact", [
    ("Zach LaVine scored 30 points as the Bulls beat the Hawks.", "Zach LaVine"),
    ("Fans cheered when Tony DeMarco returned to the ring.", "Tony DeMarco"),
])
def test_a_given_name_and_a_surname_with_an_inner_capital_is_a_person(text: str, exact: str) -> None:
    assert actors(text)[exact]["type"] == "person"


def test_inner_capital_surname() -> None:
    assert english_people.inner_capital_surname("Zach LaVine")
    assert not english_people.inner_capital_surname("Zach Collier")
    assert not english_people.inner_capital_surname("Ronald McDonald")  # the model reads these as persons already


# ---------------------------------------------------------------- a given name after an opening word or a nationality
@pytest.mark.parametrize("text, name", [
    ("Although Ramona Quigley won the primary, she lost in November.", "Ramona Quigley"),
    ("(Ask Terry Fenwick about the merger.)", "Terry Fenwick"),
    ("Meet Harald Brekke, our new coach.", "Harald Brekke"),
    ("The press was cruel to Japanese Yoko Tanabe last year.", "Yoko Tanabe"),
    ("One of Victor Krall's planes landed in Kabul.", "Victor Krall"),
])
def test_a_given_name_after_an_opening_word_or_a_nationality_is_a_person(text: str, name: str) -> None:
    assert actors(text)[name]["type"] == "person"


# ---------------------------------------------------------------- a given name alone after the full name
def later_given_names(text: str, people: list[str]) -> list[tuple[str, str]]:
    """The given-name mentions found after ``people`` (full names, each at its first place in ``text``)."""
    kept = [actor(text.index(p), text.index(p) + len(p), text, {"name": p, "type": "person"}, 0.65) for p in people]
    taken = Taken.of(sorted((s.start, s.end) for s in kept))
    found = english_people.given_name_mentions(text, kept, taken, english, lambda _w: False)[len(kept):]
    return [(s.exact, s.attributes["name"]) for s in found]


def test_a_given_name_alone_after_the_full_name_is_that_person() -> None:
    text = "Lorenzo Bertelli vanished in May . His aunt searched for Lorenzo for a year , and friends of Lorenzo 's helped ."
    assert later_given_names(text, ["Lorenzo Bertelli"]) == [("Lorenzo", "Lorenzo Bertelli")] * 2


@pytest.mark.parametrize("text, people", [
    # two people of one given name: neither is meant
    ("Lorenzo Bertelli met Lorenzo Amati . Later Lorenzo left .", ["Lorenzo Bertelli", "Lorenzo Amati"]),
    # the text writes the word in lower case, or as the start of a longer word
    ("Iodine Nutrition said so . Too little iodine harms children , the Iodine report says .", ["Iodine Nutrition"]),
    ("Christian Krieger mapped it . Christianity came late ; Christian worship was plain .", ["Christian Krieger"]),
    # before or after another capitalised word; a nationality
    ("Lorenzo Bertelli spoke . Then Lorenzo Amati replied , and San Lorenzo was quiet .", ["Lorenzo Bertelli"]),
    ("Iraqi Prime Minister Haider spoke . The Iraqi city of Mosul fell .", ["Iraqi Prime"]),
    # a given name that is a common word, at a sentence's start
    ("Mark Jennings joined in 2001 .\nMark the date : the merger closes on Friday .", ["Mark Jennings"]),
    # review: a given name that is as often another word: a faith, a month
    ("Christian Krieger mapped it . Later , church and Christian groups protested .", ["Christian Krieger"]),
    ("Jan Koum founded WhatsApp . The deal closed on Jan 5 .", ["Jan Koum"]),
    # a body's word after the given name ("Polar Music" read as a person)
    ("Polar Music released it . It was reissued by Polydor / Polar in 1997 .", ["Polar Music"]),
])
def test_no_given_name_mention_where_the_word_is_not_the_person(text: str, people: list[str]) -> None:
    assert later_given_names(text, people) == []


def test_a_given_name_far_after_the_full_name_is_left() -> None:
    text = "Lorenzo Bertelli vanished . " + "Nothing was heard . " * 200 + "Friends of Lorenzo waited ."
    assert later_given_names(text, ["Lorenzo Bertelli"]) == []
