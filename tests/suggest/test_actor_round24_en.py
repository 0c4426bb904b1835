"""Twenty-fourth round (English actor recall): a place named with its unit's capitalised noun ("the Province of
Vostera", "the Comarca of Lluvet"), the place before a body's "-based" that the model typed an organisation, a body's
name with its acronym glued on after "-based" ("the Pune-based Marlow Data Systems MDS"), an initial that ends a term
("vitamin D. Hollick said"), and a ruler with a regnal number whose frame says a person ("the reign of Thutmose III"),
on sentences written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.suggest import abbreviations, detect, english_frames, english_heads
from desktop.suggest.spans import Taken
from desktop.suggest.suggestion import actor
from tests.suggest.test_actor_round23_en import actors, shapes


# ---------------------------------------------------------------- a unit's capitalised noun and "of"
@pytest.mark.parametrize(
    "text, name",
    [
        ("The village lies in the Province of Vostera in the north.", "Province of Vostera"),
        ("The river runs through the Comarca of Lluvet before it reaches the sea.", "Comarca of Lluvet"),
        ("Its source is in the Comarca of Alt Brenau 800 m above the sea.", "Comarca of Alt Brenau"),
        ("The Prefecture of Oskana declared an emergency on Monday.", "Prefecture of Oskana"),
        ("Voters in the Canton of Derwald rejected the plan.", "Canton of Derwald"),
        ("The Province of Vostera's governor resigned.", "Province of Vostera"),
    ],
)
def test_a_units_capitalised_noun_and_a_name_make_a_place(text: str, name: str) -> None:
    found = actors(text)
    # the model may find the name or the whole first (an organisation, a place): then the frame adds nothing over it
    assert found.get(name) == "place" or any(name.split(" of ")[1] in f for f in found)


def test_the_frame_reads_the_unit_and_its_name() -> None:
    text = "Voters in the Canton of Derwald rejected the plan."
    assert (text.index("Canton"), text.index(" rejected"), True, "unit") in english_frames._spans(text, [], [], [], [])


@pytest.mark.parametrize(
    "text, absent",
    [
        ("He joined the Prefecture of Police in 1990.", "Prefecture of Police"),  # a common word after "of"
    ],
)
def test_no_place_from_a_units_noun_before_a_common_word(text: str, absent: str) -> None:
    assert absent not in actors(text)


# ---------------------------------------------------------------- a body and its acronym glued on after "-based"
def test_a_bodys_acronym_after_its_name_stays_apart() -> None:
    found = actors("The Mumbai-based Tata Consultancy Services TCS said on Monday that revenue rose.")
    assert "Tata Consultancy Services TCS" not in found
    assert found.get("Tata Consultancy Services") == "organisation"


def test_a_body_named_with_capitals_that_are_no_acronym_is_still_joined() -> None:
    assert actors("The Istanbul-based Garanti BBVA raised its forecast.").get("Garanti BBVA") == "organisation"


# ---------------------------------------------------------------- an initial that ends a term
@pytest.mark.parametrize(
    "text, absent",
    [
        ("Patients were given vitamin D. Hollick said the trial would go on.", "D. Hollick"),
        ("The staff moved to plan B. Marlowe agreed with the change.", "B. Marlowe"),
        ("Most were infected with hepatitis C. Orvik said more tests are due.", "C. Orvik"),
    ],
)
def test_an_initial_that_ends_a_term_opens_no_name(text: str, absent: str) -> None:
    assert absent not in shapes(text)
    found = actors(text)
    assert absent not in found
    assert found.get(absent.split()[1]) in (None, "person")  # the speaker alone, when a frame reads him


def test_initials_after_an_ordinary_word_still_make_a_person() -> None:
    assert "D. Hollick" in shapes("The letter was written by D. Hollick in May.")


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["vitamin", "Vitamin", "plan", "type", "hepatitis", "grade", "class"]),
       st.sampled_from(["A", "B", "C", "D", "E", "K"]), st.sampled_from(["Hollick", "Orvik", "Tallowby", "Quennell"]))
def test_a_term_with_a_letter_never_gives_its_letter_to_a_surname(noun: str, letter: str, surname: str) -> None:
    text = f"They studied {noun} {letter}. {surname} wrote the report."
    assert f"{letter}. {surname}" not in shapes(text)


# ---------------------------------------------------------------- a ruler by his frame
@pytest.mark.parametrize(
    "text, name",
    [
        ("The temple was finished in the reign of Thutmose III at Karnak.", "Thutmose III"),
        ("The city was built by Ramesses II , who ruled for sixty years.", "Ramesses II"),
        ("The statue shows a daughter of Amenhotep III and her nurse.", "Amenhotep III"),
        ("Antiochus was the successor of Seleucus IV in the east.", "Seleucus IV"),
    ],
)
def test_a_regnal_name_in_a_rulers_frame_is_a_person(text: str, name: str) -> None:
    assert name in shapes(text)


@pytest.mark.parametrize(
    "text, absent",
    [
        ("The release of Battlefield V , which sold well , was delayed.", "Battlefield V"),
        ("Fans waited for the launch of Mirage IV in the spring.", "Mirage IV"),
        ("Servers went dark after the death of Battlefield V last year.", "Battlefield V"),
    ],
)
def test_a_numbered_thing_in_such_a_frame_is_no_ruler(text: str, absent: str) -> None:
    assert absent not in shapes(text)


# ---------------------------------------------------------------- a body or a place again by its head word after "the"
@pytest.mark.parametrize(
    "text, name, full",
    [
        ("The Halvard Commission met in Manila in May. Congress later confirmed the Commission's authority.",
         "Commission", "Halvard Commission"),
        ("Kestrel Imperial Palace was the residence of the court. The Palace lost its role after 1869.",
         "Palace", "Kestrel Imperial Palace"),
        ("He sat in the Vostrian Parliament for ten years and was replaced in the Parliament by his son.",
         "Parliament", "Vostrian Parliament"),
    ],
)
def test_the_head_word_after_a_full_name_is_the_same_actor(text: str, name: str, full: str) -> None:
    at = text.index(full)
    kept = [actor(at, at + len(full), text, {"name": full, "type": "organisation"}, 0.7)]
    added = english_heads.head_mentions(text, kept, Taken.of([(at, at + len(full))]), lambda _t, _p: True)[1:]
    assert [(s.exact, s.attributes["name"], s.attributes["type"]) for s in added] == [(name, full, "organisation")]
    assert added[0].start > at  # the mention after the full name, not inside it


def test_the_nearest_full_name_gives_the_head_word_its_name() -> None:
    text = ("The Orvane Commission was formed in 1899. A year later the Tallow Commission replaced it. "
            "In 1902 the law gave the Commission more power.")
    found = [s for s in detect(text, kinds=("actor",)) if s.exact == "Commission"]
    assert found and found[0].attributes["name"] == "Tallow Commission"


@pytest.mark.parametrize(
    "text, absent",
    [
        ("The Vostrian Games opened in June. The Games lasted two weeks.", "Games"),  # an event
        ("The aircraft carrier Theodore Roosevelt sailed on. Sailing with the Roosevelt were two cruisers.", "Roosevelt"),
        ("The Halvard Commission met in May. The Commission President resigned in June.", "Commission President"),
    ],
)
def test_no_head_word_for_an_event_a_surname_or_a_longer_name(text: str, absent: str) -> None:
    assert absent not in {s.exact for s in detect(text, kinds=("actor",))
                          if s.start > text.index(". ")}


def test_no_head_word_before_its_full_name() -> None:
    text = "The Commission met first. Later the Halvard Commission was formed."
    found = [s for s in detect(text, kinds=("actor",)) if s.exact == "Commission"]
    assert not found or found[0].attributes.get("name") != "Halvard Commission"


# ---------------------------------------------------------------- a body's acronym glued on
@pytest.mark.parametrize(
    "name, split",
    [
        ("Tata Consultancy Services TCS", "Tata Consultancy Services"),
        ("Bank of Ardel BA", "Bank of Ardel"),
        ("Garanti BBVA", None),  # no initials of the words before
        ("Orvane Trust OTX", None),
    ],
)
def test_a_glued_acronym_is_told_by_its_initials(name: str, split: str | None) -> None:
    at = abbreviations.glued_acronym(name, 0, len(name))
    assert (None if at is None else name[:at].rstrip()) == split


@pytest.mark.parametrize("full, head", [("White House", "House"), ("Mexico City", "City"), ("Olympic Games", "Games")])
def test_a_head_word_that_others_take_alone_is_left(full: str, head: str) -> None:
    text = f"The {full} spoke first. Then the {head} voted on the plan."
    kept = [actor(4, 4 + len(full), text, {"name": full, "type": "organisation"}, 0.7)]
    assert english_heads.head_mentions(text, kept, Taken.of([(4, 4 + len(full))]), lambda _t, _p: True) == kept


# ---------------------------------------------------------------- review fixes
@pytest.mark.parametrize(
    "text, name",
    [
        ("The Linux-based Ubuntu Touch was dropped.", "Linux"),  # a product or a firm before "-based", no place
        ("The Tesla-based Roadster was shown in May.", "Tesla"),
        ("The Google-based Waymo One service expanded.", "Google"),
    ],
)
def test_a_word_the_gazetteer_does_not_know_before_based_keeps_the_models_type(text: str, name: str) -> None:
    assert actors(text).get(name) != "place"


def test_a_known_place_before_based_that_the_model_typed_a_body_is_a_place() -> None:
    text = "The London-based Orvane Trust cut jobs."
    kept = [actor(4, 10, text, {"name": "London", "type": "organisation"}, 0.65)]
    based = list(english_frames._BASED.finditer(text))
    assert english_frames._based_places(text, kept, based)[0].attributes["type"] in ("place", "state")


@pytest.mark.parametrize(
    "text, name",
    [
        ("Analysts said Tata Consultancy Services TCS reported a profit.", "Tata Consultancy Services"),
        ("Analysts said Bank Central Asia BCA raised rates.", "Bank Central Asia"),
    ],
)
def test_a_body_cut_from_its_glued_acronym_after_said_is_no_person(text: str, name: str) -> None:
    assert actors(text).get(name) == "organisation"


@pytest.mark.parametrize(
    "text, name",
    [
        ("The class B. Jones taught was full.", "B. Jones"),  # "the class" and a person who teaches it
        ("The group A. Tallowby chaired met on Monday.", "A. Tallowby"),
        ("They rejected the plan J. Orvik drew up.", "J. Orvik"),
    ],
)
def test_an_initial_after_a_noun_with_its_article_still_opens_a_name(text: str, name: str) -> None:
    assert name in shapes(text)


@pytest.mark.parametrize(
    "text, absent",
    [
        ("The Region of Interest was marked on the scan.", "Region of Interest"),  # a term, no place
        ("The Province of Origin rule was dropped in May.", "Province of Origin"),
        ("Voters named the County of Residence on the form.", "County of Residence"),
    ],
)
def test_no_place_from_a_units_noun_before_a_terms_word(text: str, absent: str) -> None:
    assert absent not in actors(text)
