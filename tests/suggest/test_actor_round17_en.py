"""Seventeenth round (English actors): a name in a list whose other members are actors ("Innsbruck , Zirl , Telfs and
Imst"), a given name in capitals before a surname in title case ("RAPHAEL Sanzio", "John Smith, MARY Brown"), a given
name that is also a common word in capitals ("the BILL") and a sentence's first word shouted ("WHITE smoke") as no
bodies, a maker before "variant" ("the Boeing variant") kept, and a place named with its kind ("Hollins Reservoir")."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.suggest import detect, english_lists, english_places, english_shouting
from desktop.suggest.spans import Taken
from desktop.suggest.suggestion import actor


def actors(text: str) -> dict[str, dict]:
    return {s.exact: s.attributes for s in detect(text, kinds=("actor",))}


def _english(_text: str, _pos: int) -> bool:
    return True


def _members(text: str, found: dict[str, str]) -> dict[str, str]:
    """``list_members`` on ``text`` with ``found`` (each name → its type) as the suggestions so far: every actor's
    exact text → type."""
    kept = [actor(m.start(), m.end(), text, {"name": name, "type": kind}, 0.65)
            for name, kind in found.items() for m in [re.search(re.escape(name), text)] if m is not None]
    taken = Taken.of((s.start, s.end) for s in kept)
    return {s.exact: str(s.attributes["type"]) for s in english_lists.list_members(text, kept, taken, _english)}


# ---------------------------------------------------------------- names in lists
@pytest.mark.parametrize("text, missed, kind", [
    ("Regional buses serve Innsbruck , Zirl , Telfs and Imst along the valley .", "Telfs", "organisation"),
    ("The tour visits Salzburg , Hallein , Golling an der Salzach and Werfen .", "Hallein", "place"),
    ("Sponsors included Siemens , Voestalpine , Andritz and Rosenbauer .", "Voestalpine", "organisation"),
])
def test_a_name_between_found_members_of_a_list_is_one_more(text: str, missed: str, kind: str) -> None:
    found = actors(text)
    assert found.get(missed, {}).get("type") == kind, found


def test_a_list_s_members_give_their_type_and_particles_stay_inside() -> None:
    text = "Trains stop at Aldwick, Bruck an der Leitha, Weiden am See and Norbury before noon."
    out = _members(text, {"Aldwick": "place", "Norbury": "organisation", "Weiden am See": "place"})
    assert out["Bruck an der Leitha"] == "place", out
    out = _members("She met Paul , Alexandre , Nicolas and others .", {"Paul": "person", "Nicolas": "person"})
    assert out["Alexandre"] == "person", out


@pytest.mark.parametrize("text, found", [
    # a word the text writes in lower case: a common noun, capitalised
    ("We saw Aldwick, Museums and Norbury; the museums were shut.", {"Aldwick": "place", "Norbury": "place"}),
    # a person and a company tie: no type to give
    ("Thanks to Ann Kell, Velorant and Acme Corp for the day.", {"Ann Kell": "person", "Acme Corp": "organisation"}),
    # a headline in title case says nothing by its capitals
    ("Aldwick, Tolvern and Norbury Report Record Heat In Summer Months", {"Aldwick": "place", "Norbury": "place"}),
    # two members alone: no list of three
    ("Trains stop at Aldwick and Tolvern.", {"Aldwick": "place"}),
    # one member found is no evidence
    ("Trains stop at Aldwick, Tolvern and Pemby.", {"Aldwick": "place"}),
    # places, then a company beside the free name: it is the odd one out
    ("Flights to Aldwick, Norbury, Velair and Tolvern stopped.", {"Aldwick": "place", "Norbury": "place", "Velair": "organisation"}),
])
def test_no_member_is_added_without_a_list_s_evidence(text: str, found: dict[str, str]) -> None:
    out = _members(text, found)
    assert set(out) == set(found), out


_SYLLABLES = ["ka", "lo", "ve", "ri", "tan", "mor", "bel", "sun", "dra", "vik", "pel", "go"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_SYLLABLES), min_size=2, max_size=4), st.sampled_from(["place", "person", "organisation"]),
       st.sampled_from([" , ", ", "]))
def test_any_rare_name_between_two_members_of_one_type_takes_their_type(syllables: list[str], kind: str, comma: str) -> None:
    name = "".join(syllables).title()
    text = f"The report names Aldwick{comma}{name} and Norbury as partners."
    out = _members(text, {"Aldwick": kind, "Norbury": kind})
    assert out.get(name) == kind, (text, out)


# ---------------------------------------------------------------- given names in capitals
@pytest.mark.parametrize("text, exact, name", [
    ("The exhibition opened with RAPHAEL Sanzio and his pupils from Urbino.", "RAPHAEL Sanzio", "Raphael Sanzio"),
    ("The jury heard from John Smith, MARY Brown and two clerks of the court.", "MARY Brown", "Mary Brown"),
    ("Letters came from Francis & ANTHONY Bacon in the spring.", "ANTHONY Bacon", "Anthony Bacon"),
])
def test_a_given_name_in_capitals_before_a_surname_is_a_person(text: str, exact: str, name: str) -> None:
    found = actors(text)
    assert found.get(exact, {}).get("type") == "person", found
    assert found[exact]["name"] == name


@pytest.mark.parametrize("text", [
    "Turn left into MARY Street after the bridge.",  # a street
    "THE RAPHAEL Room is closed today.",  # a heading in capitals
    "Donations went to the JOHN Foundation last year.",  # a body's head word
    "Then PETER Gabriel Hall opened.",  # a longer name goes on
])
def test_no_person_of_a_capital_given_name_in_a_heading_or_a_place(text: str) -> None:
    assert english_shouting.given_name_in_capitals(text, _english) == []


# ---------------------------------------------------------------- shouted ordinary words
@pytest.mark.parametrize("text, word", [
    ("The committee sent the BILL to the Senate on Tuesday.", "BILL"),
    ("WHITE smoke rose above the chapel at noon.", "WHITE"),
    ("GREEN shoots appeared in the data this spring.", "GREEN"),
])
def test_a_shouted_ordinary_word_is_no_body(text: str, word: str) -> None:
    assert word not in actors(text)


@pytest.mark.parametrize("text, word", [
    ("The ship left port at dawn.\nNAAFI personnel serving aboard are civilians.", "NAAFI"),  # the model's acronym
    ("LAURA dies of the plague in April.", "LAURA"),  # the model's name
    ("UNICEF officials said the camps were full.", "UNICEF"),  # known to the gazetteer
])
def test_an_acronym_or_a_name_opening_a_sentence_stays(text: str, word: str) -> None:
    assert word in actors(text)


def test_a_maker_before_variant_is_the_company_and_a_strain_is_none() -> None:
    assert actors("Engineers tested the Boeing variant over the desert.").get("Boeing", {}).get("type") == "organisation"
    assert "Ames" not in actors("The lab kept the Ames strain in a locked freezer.")


# ---------------------------------------------------------------- places named with their kind
@pytest.mark.parametrize("text, exact", [
    ("The ferry crossed the Tarvik Sea before dawn.", "Tarvik Sea"),
    ("The dam forms Hollins Reservoir , which supplies the town .", "Hollins Reservoir"),
    ("Along Western Avenue are many small shops.", "Western Avenue"),
    ("Engineers inspected the Brennock Dam after the storm.", "Brennock Dam"),
])
def test_a_name_before_the_word_of_its_kind_is_a_place(text: str, exact: str) -> None:
    assert actors(text).get(exact, {}).get("type") == "place", actors(text)


def test_a_place_s_name_starts_after_the_last_function_word() -> None:
    text = "Tonight Cue The Velmar Island plays live."
    assert [s.exact for s in english_places.feature_names(text, [], Taken(), _english)] == ["Velmar Island"]


@pytest.mark.parametrize("text, exact", [
    ("The Gulf itself is shallow.", "Gulf"),  # the kind alone
    ("Robert Canyon testified on Monday.", "Robert Canyon"),  # a person
    ("Everyone should listen to Velaine - Tarvik Bridge tonight.", "Tarvik Bridge"),  # a song after its artist
    ("Tarvik Sea Levels Rise Again Across The Whole Coastline", "Tarvik Sea"),  # a headline in title case
    ("They met at the Harlow Mall Cinema on Friday.", "Harlow Mall"),  # a longer name goes on
])
def test_no_place_of_a_kind_s_word_without_a_name(text: str, exact: str) -> None:
    kept = english_places.feature_names(text, [], Taken(), _english)
    assert exact not in {s.exact for s in kept}, kept


# ---------------------------------------------------------------- the review's fixes
@pytest.mark.parametrize("text, found, absent", [
    ("The library holds works by Tolstoy, Chekhov and Gogol, and War and Peace is the favourite.",
     {"Tolstoy": "person", "Chekhov": "person"}, {"War", "Peace"}),
    ("Pupils read Tolstoy, Chekhov, War and Peace and Anna Karenina.",
     {"Chekhov": "person", "Peace": "person", "Anna Karenina": "person"}, {"War"}),
    ("The boys were Smith, Jones, Tom, Dick and Harry.", {"Smith": "person", "Jones": "person"}, {"Dick", "Harry"}),
])
def test_a_title_s_two_words_joined_by_and_are_no_two_members(text: str, found: dict[str, str], absent: set[str]) -> None:
    assert not absent & set(_members(text, found)), _members(text, found)


def test_a_list_s_last_and_still_joins_two_members() -> None:
    out = _members("The library holds works by Tolstoy, Chekhov and Gogol, and War and Peace is the favourite.",
                   {"Tolstoy": "person", "Chekhov": "person"})
    assert out.get("Gogol") == "person", out
    assert _members("Funds went to Manipur, Nagaland and Tripura in India.",
                    {"Manipur": "place", "Tripura": "place"}).get("Nagaland") == "place"


@pytest.mark.parametrize("text, exact", [
    ("Main Street voters are angry, said the senator.", "Main Street"),
    ("High Street banks raised their rates again.", "High Street"),
    ("Children love the Sesame Street characters.", "Sesame Street"),
    ("Fans of Coronation Street were shocked by the twist.", "Coronation Street"),
])
def test_a_street_that_stands_for_something_is_no_place(text: str, exact: str) -> None:
    kept = english_places.feature_names(text, [], Taken(), _english)
    assert exact not in {s.exact for s in kept}, kept


@pytest.mark.parametrize("text", [
    "They walked down Main Street to the Harlow Mall.",
    "Numbered streets run East / West with Main Street and the Arkansas River as the dividing line.",
    "Drone video shows the severity of the Goodridge Street fire.",
])
def test_a_street_before_a_function_word_or_a_noun_stays_a_place(text: str) -> None:
    exact = re.search(r"\w+ Street", text).group(0)  # type: ignore[union-attr]
    assert exact in {s.exact for s in english_places.feature_names(text, [], Taken(), _english)}


def test_a_given_name_that_is_a_word_in_capitals_before_a_surname_is_a_person() -> None:
    found = actors("ROSE Byrne starred in the film.")
    assert found.get("ROSE Byrne", {}).get("type") == "person", found
    assert found["ROSE Byrne"]["name"] == "Rose Byrne"
    assert english_shouting.given_name_in_capitals("The ROSE Garden was full.", _english) == []


def test_a_language_in_a_list_of_names_is_no_member() -> None:
    out = _members("The courses cover Mandarin, Esperanto and Latin at the school.", {"Mandarin": "person", "Esperanto": "place"})
    assert "Latin" not in out, out


@pytest.mark.parametrize("text, word, kept", [
    ("MARK my words, this will end badly.", "MARK", False),
    ("BILL said he would come tomorrow.", "BILL", True),
    ("MARK Carney spoke. MARK said no.", "MARK", True),
])
def test_a_shouted_given_name_before_a_pronoun_is_a_verb(text: str, word: str, kept: bool) -> None:
    assert (word in actors(text)) is kept, actors(text)


def test_a_day_s_name_opening_a_list_item_is_no_member() -> None:
    out = _members("Reports from Reuters, Bloomberg and Monday Morning show gains.", {"Reuters": "organisation", "Bloomberg": "organisation"})
    assert "Monday Morning" not in out, out
