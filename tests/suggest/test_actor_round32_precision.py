"""Thirty-second round (English actor precision): a feast named after a person without a possessive is no person
("Martin Luther King Day"), a firm's or a club's one-word name is no person where the document or the lists say so
("Kaspersky Lab … Kaspersky denied it.", "Galatasaray's children academy"), the kin owners read once, on sentences
written for these tests."""

from __future__ import annotations

import pytest

from desktop.suggest import english_feasts, english_firm_persons, english_kin_owners, english_posts
from desktop.suggest.suggestion import Suggestion
from tests.suggest.test_actor_round23_en import actors


def _at(text: str, exact: str, kind: str = "person", **more: str) -> Suggestion:
    start = text.index(exact)
    return Suggestion("actor", start, start + len(exact), exact, {"name": exact, "type": kind, **more}, 0.65)


# ---------------------------------------------------------------- a feast named after a person, no possessive
@pytest.mark.parametrize(
    "text, exact",
    [
        ("The city closed its offices for Martin Luther King Day on Monday.", "King Day"),
        ("The city closed its offices for Martin Luther King Day on Monday.", "Martin Luther King Day"),
        ("Schools shut on Martin Luther King Jr. Day and reopened on Tuesday.", "King Jr"),
        ("Schools shut on Martin Luther King Jr. Day and reopened on Tuesday.", "Luther King Jr. Day"),
        ("Marchers in Fresno celebrated Harvey Milk Day with songs.", "Milk Day"),
    ],
)
def test_a_cut_of_a_feast_named_after_a_person_is_no_actor(text: str, exact: str) -> None:
    assert english_feasts.feast_name(text, _at(text, exact))


@pytest.mark.parametrize(
    "text, exact",
    [
        ("The city closed its offices for Martin Luther King Day on Monday.", "Martin Luther King"),  # the namesake
        ("Schools shut on Martin Luther King Jr. Day and reopened on Tuesday.", "Martin Luther King Jr."),
        ("Schools shut on Martin Luther King Jr. Day and reopened on Tuesday.", "Martin Luther King Jr"),
        ("Doris Day sang the title song.", "Doris Day"),  # a person named Day
        ("Actress Doris Day sang the title song.", "Doris Day"),
        ("Actress Doris Day sang the title song.", "Actress Doris Day"),
        ("Harlan Day said the river was rising.", "Harlan Day"),
        ("Martin Luther King spoke in Memphis.", "Martin Luther King"),
        ("Presidents Day sales began early.", "Presidents Day"),  # no given name: not read so
    ],
)
def test_a_person_named_day_and_the_namesake_stay(text: str, exact: str) -> None:
    assert not english_feasts.feast_name(text, _at(text, exact))


def test_detect_gives_no_person_of_a_named_feast() -> None:
    found = actors("The city closed its offices for Martin Luther King Day on Monday.")
    assert "King Day" not in found and "Martin Luther King Day" not in found
    assert "King Jr" not in actors("Schools shut on Martin Luther King Jr. Day and on Presidents Day.")


# ---------------------------------------------------------------- a firm's or a club's name is no person
@pytest.mark.parametrize(
    "text, exact",
    [
        ("Kaspersky Lab sold antivirus software. Kaspersky denied it.", "Kaspersky"),  # the text's firm
        ("Shares of Velmarko Group fell. Velmarko denied it.", "Velmarko"),
        ("Trabzor SK lost on Sunday. Trabzor said the coach would stay.", "Trabzor"),
        ("Galatasaray's children academy opened in 2019.", "Galatasaray"),  # a club's children academy
        ("Drovnik's sister company was sold last year.", "Drovnik"),
    ],
)
def test_a_firms_name_typed_a_person_is_an_organisation(text: str, exact: str) -> None:
    found = english_firm_persons.firms_retyped(text, [_at(text, exact)])
    assert found[0].attributes["type"] == "organisation"


def test_the_documents_other_mentions_follow_and_a_tailed_person_is_the_firm() -> None:
    text = "Kaspersky Lab said on Monday it had found the flaw. Later Kaspersky denied it."
    second = text.index("Kaspersky", 5)
    found = english_firm_persons.firms_retyped(text, [
        _at(text, "Kaspersky Lab"), Suggestion("actor", second, second + 9, "Kaspersky", {"type": "person"}, 0.6)])
    assert [s.attributes["type"] for s in found] == ["organisation", "organisation"]
    text = "Galatasaray won the title. Galatasaray's children academy opened."
    later = text.index("Galatasaray", 5)
    found = english_firm_persons.firms_retyped(text, [
        _at(text, "Galatasaray"), Suggestion("actor", later, later + 11, "Galatasaray", {"type": "person"}, 0.6)])
    assert [s.attributes["type"] for s in found] == ["organisation", "organisation"]


@pytest.mark.parametrize(
    "text, exact",
    [
        ("Wolak said the vote was close.", "Wolak"),  # nothing says firm
        ("Wolak's sister said the vote was close.", "Wolak"),  # a kin word before a verb: a person's
        ("Wolak's children were at home.", "Wolak"),
        ("Velmarko denied it. Velmarko Street was closed.", "Velmarko"),  # a street is no firm's tail
        ("Shell casings were scattered across the road.", "Shell"),  # a listed company's name alone is no evidence
    ],
)
def test_a_person_stays(text: str, exact: str) -> None:
    assert english_firm_persons.firms_retyped(text, [_at(text, exact)])[0].attributes["type"] == "person"


def test_a_word_of_a_full_name_stays_a_person() -> None:
    text = "Eugene Kaspersky founded Kaspersky Lab. Kaspersky denied it."
    last = text.rindex("Kaspersky")
    lone = Suggestion("actor", last, last + 9, "Kaspersky", {"type": "person"}, 0.6)
    found = english_firm_persons.firms_retyped(text, [lone, _at(text, "Eugene Kaspersky")])
    assert [s.attributes["type"] for s in found] == ["person", "person"]


def test_a_titled_person_and_a_store_entity_stay() -> None:
    text = "President Velmarko spoke. Velmarko Group said no."
    titled = _at(text, "Velmarko", role="President")
    assert english_firm_persons.firms_retyped(text, [titled])[0].attributes["type"] == "person"
    known = _at(text, "Velmarko", entity_id="7")
    assert english_firm_persons.firms_retyped(text, [known])[0].attributes["type"] == "person"


def test_detect_types_the_firm_and_the_club_as_organisations() -> None:
    assert actors("Kaspersky Lab sold antivirus software. Kaspersky denied it.").get("Kaspersky") == "organisation"
    assert actors("Galatasaray's children academy opened in 2019.").get("Galatasaray") == "organisation"
    assert actors("Eugene Kaspersky founded the firm. Kaspersky denied it.").get("Kaspersky") == "person"


def test_the_kin_word_before_an_academy_is_a_clubs() -> None:
    assert english_kin_owners.kin_owners("Halvorsen's children academy opened in May.") == []
    assert english_kin_owners.thing_kin_after("Halvorsen's children academy opened.", len("Halvorsen"))
    assert not english_kin_owners.thing_kin_after("Halvorsen's children said so.", len("Halvorsen"))
    assert not english_kin_owners.thing_kin_after("Halvorsen's wife company", len("Halvorsen"))  # no firm's kin word


# ---------------------------------------------------------------- the kin owners read once
def test_the_kin_owners_are_read_once_for_both_lists() -> None:
    text = "Rutte's wife arrived. Galvano's sister said so. Quorvex's sister restaurant closed."
    every = english_kin_owners.kin_owners(text)
    persons = english_kin_owners.kin_owners(text, only_persons=True)
    assert [text[a:b] for a, b in every] == ["Rutte", "Galvano"]
    assert [text[a:b] for a, b in persons] == ["Rutte"]
    every.clear()  # a caller's list is its own: the kept lists stay
    assert [text[a:b] for a, b in english_kin_owners.kin_owners(text)] == ["Rutte", "Galvano"]
    other = "Shoigu's mother cheered."
    assert [other[a:b] for a, b in english_kin_owners.kin_owners(other)] == ["Shoigu"]


# ---------------------------------------------------------------- a division's word opening a person's title
@pytest.mark.parametrize(
    "text, first, person",
    [
        ("County Coroner Wilfred Brandt , upon hearing of the crash, drove there.", "County Coroner", "Wilfred Brandt"),
        ("County Clerk Mary Ellis certified the vote.", "County", "Mary Ellis"),
        ("State Senator Ann Lowe said the bill would pass.", "State", "Senator Ann Lowe"),
        ("City Deputy Manager Tom Reed said the budget was tight.", "City", "Tom Reed"),
    ],
)
def test_a_divisions_word_before_a_titled_person_is_no_place(text: str, first: str, person: str) -> None:
    found = english_posts.posts_before_persons(text, [_at(text, first, "place"), _at(text, person)])
    assert [s.exact for s in found] == [person]


@pytest.mark.parametrize(
    "text, first, person, kind",
    [
        ("County Cork was flooded, Mary Ellis said.", "County Cork", "Mary Ellis", "place"),  # a division's name
        ("County officials said Mary Ellis was right.", "County", "Mary Ellis", "place"),  # no person right after
        ("The State Department said Ann Lowe would travel.", "State Department", "Ann Lowe", "organisation"),
        ("County Durham police said Mary Ellis was right.", "County Durham", "Mary Ellis", "organisation"),
        ("The County Sheriff Dale Voss spoke.", "County Sheriff", "Dale Voss", "person"),  # a person stays (the title's)
    ],
)
def test_a_divisions_name_and_a_word_before_no_person_stay(text: str, first: str, person: str, kind: str) -> None:
    found = english_posts.posts_before_persons(text, [_at(text, first, kind), _at(text, person)])
    assert [s.exact for s in found] == [first, person]


def test_detect_leaves_the_divisions_word_of_a_title_out() -> None:
    found = actors("County Clerk Mary Ellis certified the vote.")
    assert "County" not in found and found.get("Mary Ellis") == "person"
    assert "State" not in actors("State Senator Ann Lowe said the bill would pass.")
    assert actors("County Cork was flooded.").get("County Cork") == "place"


# ---------------------------------------------------------------- the review's cases
@pytest.mark.parametrize(
    "text, exact",
    [
        ("Mary Ann Day told the court she had not seen him.", "Mary Ann Day"),  # a given name right before "Day"
        ("Sarah Jane Day, a nurse from Leeds, said the ward was full.", "Sarah Jane Day"),
        ("Police said Anna Marie Day had been missing since May.", "Anna Marie Day"),
        ("Senator Mary Lou Day said the bill would pass.", "Mary Lou Day"),  # a title before the name
    ],
)
def test_a_person_of_three_names_ending_in_day_stays(text: str, exact: str) -> None:
    assert not english_feasts.feast_name(text, _at(text, exact))


@pytest.mark.parametrize(
    "text, exact",
    [
        ("Zelensky's mother tongue is Russian, and Zelensky rarely speaks it.", "Zelensky"),  # a person's tongue
        ("Kowalczyk's parents house in Ohio burned down on Sunday.", "Kowalczyk"),  # "parents' house", loosely written
        ("Mbappe's mother country is Cameroon, Mbappe told reporters.", "Mbappe"),
        ("Obama's daughters school is in Washington.", "Obama"),
        ("Musk's children company was never registered.", "Musk"),
    ],
)
def test_a_persons_kin_before_a_thing_no_firm_has_is_no_evidence(text: str, exact: str) -> None:
    assert english_firm_persons.firms_retyped(text, [_at(text, exact)])[0].attributes["type"] == "person"
    assert not english_kin_owners.thing_kin_after(text, text.index(exact) + len(exact))
