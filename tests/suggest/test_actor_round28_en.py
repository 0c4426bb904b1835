"""Twenty-eighth round (English actor recall): a given name the model cut off a person's name ("Recep Tayyip Erdogan"),
a person named alone after a verb of meeting ("met Tokayev in Astana") and the armed movements the news names as sides
("The Hamas missile struck a house"), on sentences written for these tests."""

from __future__ import annotations

import pytest

from desktop.suggest import english_forenames, english_meetings, names, repeated_names
from desktop.suggest.detect import detect
from desktop.suggest.spans import Taken
from desktop.suggest.suggestion import actor
from tests.suggest.test_actor_round23_en import actors


# ---------------------------------------------------------------- a given name before a person found
@pytest.mark.parametrize(
    "text, name",
    [
        ("President Kassym-Jomart Tokayev met Recep Tayyip Erdogan in Ankara", "Recep Tayyip Erdogan"),
        ("Recep Tayyip Erdogan met Tokayev in Astana.", "Recep Tayyip Erdogan"),
        ("On Friday the delegation was received by Recep Tayyip Erdogan at his palace.", "Recep Tayyip Erdogan"),
        ("Later, Marine Le Pen spoke to her supporters in Lille.", "Marine Le Pen"),
        ("Critics say Ayad Allawi has lost ground.", "Ayad Allawi"),
        ("The book about Osama Bin Laden sold well.", "Osama Bin Laden"),
    ],
)
def test_a_given_name_before_a_person_is_part_of_the_name(text: str, name: str) -> None:
    assert actors(text).get(name) == "person"


def _lengthened(text: str, person: str) -> str:
    """The person ``person`` of ``text`` as :func:`english_forenames.forenames` leaves it (the frames' name test
    passing every word: only the module's own tests are at work)."""
    start = text.index(person)
    kept = [actor(start, start + len(person), text, {"name": person, "type": "person"}, 0.5)]
    taken = Taken()
    taken.add(start, start + len(person))
    return english_forenames.forenames(text, kept, taken, lambda _t, _p: True, lambda _a, _b: True)[0].exact


@pytest.mark.parametrize(
    "text, person, whole",
    [
        ("Thousands cheered Recep Tayyip Erdogan in Istanbul.", "Tayyip Erdogan", "Recep Tayyip Erdogan"),
        ("Kassym-Jomart Tokayev spoke.", "Tokayev", "Kassym-Jomart Tokayev"),
        ("Then Recep Tayyip Erdogan spoke.", "Tayyip Erdogan", "Recep Tayyip Erdogan"),  # an opener before it
        ("President Recep Tayyip Erdogan spoke.", "Tayyip Erdogan", "Recep Tayyip Erdogan"),  # a title before it
    ],
)
def test_forenames_takes_a_given_name_in(text: str, person: str, whole: str) -> None:
    assert _lengthened(text, person) == whole


@pytest.mark.parametrize(
    "text, person",
    [
        # a title, a rank or an office before the name is no given name
        ("The reporters waited for Emir Tamim Al Thani at the door.", "Tamim Al Thani"),
        ("Coroner William Beckett opened the inquest on Monday.", "William Beckett"),
        ("Sources close to Sheikh Tamim said so.", "Tamim"),
        ("The new Secretary-General Ana Lopez spoke.", "Ana Lopez"),
        # a nationality or a place's adjective, an English noun of a trade, an adjective, a number, another name's word
        ("Talks were held by Pakistani Pervez Musharraf in May.", "Pervez Musharraf"),
        ("The album features Minnesotan Peter Ostroushko on mandolin.", "Peter Ostroushko"),
        ("The report was written by Engineer John Greiner of the railway.", "John Greiner"),
        ("A compilation called Legendary Dolly Parton came out in 2000.", "Dolly Parton"),
        ("He served with Operator 1st Class Charles Keating in the navy.", "Charles Keating"),
        ("He met Sri Lankan President Chandrika Kumaratunga.", "President Chandrika Kumaratunga"),
        # a word that opens a tweet or a caption, a known place, a known company, a sentence's function word
        ("Watch Tom Hanks talk about the film tonight.", "Tom Hanks"),
        ("The talks in Ankara Tayyip Erdogan led ended.", "Tayyip Erdogan"),
        ("A memo from Boeing Dave Calhoun signed was leaked.", "Dave Calhoun"),
        ("When Tom Hanks arrived, they cheered.", "Tom Hanks"),
    ],
)
def test_forenames_leaves_a_word_that_is_no_given_name(text: str, person: str) -> None:
    assert _lengthened(text, person) == person


def test_a_name_of_two_words_before_a_person_is_no_given_name() -> None:
    found = actors("Then Federal Reserve Chair Janet Yellen testified before the Senate.")
    assert not any("Reserve" in k and found[k] == "person" for k in found)


# ---------------------------------------------------------------- a person after a verb of meeting
@pytest.mark.parametrize(
    "text, name",
    [
        ("Recep Tayyip Erdogan met Tokayev in Astana.", "Tokayev"),
        ("The foreign minister met Tokayev on Monday.", "Tokayev"),
        ("Officials held talks with Mirziyoyev last week.", "Mirziyoyev"),
        ("At the summit she shook hands with Japarov.", "Japarov"),
        ("The envoy will meet with Rakhmonov and his ministers.", "Rakhmonov"),
    ],
)
def test_a_name_after_a_verb_of_meeting_is_a_person(text: str, name: str) -> None:
    assert actors(text).get(name) == "person"


@pytest.mark.parametrize(
    "text, word",
    [
        ("The committee will meet Thursday to vote on the budget.", "Thursday"),  # a day
        ("She met Tokayev aides in Astana.", "Tokayev"),  # a modifier of the noun after it
        ("The board met expectations and Congress met in March.", "Congress"),
        ("Kazakhstan met Uzbekistan in the final, and Liverpool met Brentford.", "Brentford"),  # sides meeting their like
    ],
)
def test_no_person_after_a_verb_of_meeting_where_no_person_is_named(text: str, word: str) -> None:
    assert actors(text).get(word) != "person"


def test_met_names_reads_only_around_its_verbs() -> None:
    assert english_meetings.met_names("Nothing happened here at all.") == []
    text = "Putin met Tokayev, and then talks with Mirziyoyev in Tashkent began."
    assert [text[a:b] for a, b in english_meetings.met_names(text)] == ["Tokayev", "Mirziyoyev"]


@pytest.mark.parametrize(
    "text",
    [
        "The team meets Vardenko on Tuesday.",  # a club after a team's word
        "The visitors then met Orlanov at home.",
        "She spoke with Quillmanov on Monday.",  # an outlet as often as a person
        "Kazakhstan met Kuzmenkov in the final.",  # after a known state
        "Boeing met Arlemov in court.",  # after a known company
    ],
)
def test_met_names_leaves_sides_outlets_and_known_names(text: str) -> None:
    assert english_meetings.met_names(text) == []


# ---------------------------------------------------------------- armed movements the news names as sides
@pytest.mark.parametrize(
    "text, name",
    [
        ("The Hamas missile struck a house.", "Hamas"),
        ("The Houthi-controlled port was shelled overnight.", "Houthi"),
        ("Houthi fighters fired at a tanker.", "Houthi"),
        ("The Hezbollah missile hit a farm near the border.", "Hezbollah"),
        ("Al-Shabaab claimed the bombing.", "Al-Shabaab"),
    ],
)
def test_an_armed_movement_is_an_organisation(text: str, name: str) -> None:
    assert actors(text).get(name) == "organisation"


def test_a_weapon_type_before_missile_is_still_no_actor() -> None:
    assert actors("The Exocet missile struck the destroyer.") == {}


# ---------------------------------------------------------------- a later mention after a sentence ending in a name
def test_a_name_opening_the_sentence_after_a_capitalised_word_and_a_full_stop_is_named_again() -> None:
    text = "The minister met Dastrel in Astana. Dastrel said the talks went well."
    assert [text[a:b] for a, b, _f in repeated_names.repeated_mentions(text, ["Dastrel"])] == ["Dastrel", "Dastrel"]
    found = [s.exact for s in detect("The minister met Tokayev on Monday. Tokayev said the talks went well.", kinds=("actor",))]
    assert found == ["Tokayev", "Tokayev"]


@pytest.mark.parametrize(
    "text, mentions",
    [
        ("The ship of Capt. Dastrel sailed, and Dastrel came too.", 1),  # an abbreviated title is still a name's word
        ("The Orvane Dastrel Fund grew, and Dastrel came too.", 1),  # a capitalised word beside it
        ("He joined Kelmar Corp. Dastrel later said no.", 0),  # an abbreviated firm's form before it
    ],
)
def test_a_capitalised_word_before_a_mention_still_makes_another_name(text: str, mentions: int) -> None:
    spans = [a for a, _b, _f in repeated_names.repeated_mentions(text, ["Dastrel"])]
    assert spans == [text.rindex("Dastrel")][:mentions]


# ---------------------------------------------------------------- review: a firm, a team or a place before a whole name
@pytest.mark.parametrize(
    "text, person",
    [
        ("Apple Tim Cook unveiled the phone on Tuesday.", "Tim Cook"),  # a firm not in the lists
        ("Chelsea Frank Lampard was sacked on Sunday.", "Frank Lampard"),  # a team
        ("Sloppy Joe Budden posted a video.", "Joe Budden"),
    ],
)
def test_forenames_leaves_a_name_that_opens_with_a_common_given_name(text: str, person: str) -> None:
    assert _lengthened(text, person) == person


def test_a_team_before_a_whole_name_is_not_glued_to_it() -> None:
    found = actors("Chelsea Frank Lampard was sacked on Sunday.")
    assert "Chelsea Frank Lampard" not in found


# ---------------------------------------------------------------- review: an armed movement then a place in Turkish
def test_organisation_then_place_leaves_a_place_with_a_turkish_case_ending() -> None:
    body = {"Hamas", "Yahoo"}.__contains__  # bodies named whole by themselves
    text = "Hamas Gazze'de ateşkesi kabul etti."
    assert names.organisation_then_place(text, [(0, 5, "organisation"), (6, 11, "place")], body) == []
    text = "Yahoo Japan's profit rose."  # an English possessive
    assert names.organisation_then_place(text, [(0, 5, "organisation"), (6, 11, "state")], body) == [(0, 11)]
    text = "FC Krasnodar'da forma giydi."  # a club's form is no body by itself
    assert names.organisation_then_place(text, [(0, 2, "organisation"), (3, 12, "place")], body) == [(0, 12)]


@pytest.mark.parametrize(
    "text, body, place",
    [
        ("Hamas Gazze'de ateşkesi kabul etti.", "Hamas", "Gazze"),
        ("Husiler Kızıldeniz'de bir gemiye saldırdı.", "Husiler", "Kızıldeniz"),
    ],
)
def test_a_turkish_subject_and_the_place_it_acted_in_are_two_names(text: str, body: str, place: str) -> None:
    found = actors(text)
    assert found.get(body) == "organisation" and found.get(place) == "place"


# ---------------------------------------------------------------- review: a common word capitalised after a verb of meeting
@pytest.mark.parametrize(
    "text",
    [
        "The singer met Physician at the airport.",
        "Prices met Median at last.",
    ],
)
def test_met_names_leaves_a_word_english_writes_in_lower_case(text: str) -> None:
    assert english_meetings.met_names(text) == []
    assert not any(kind == "person" for kind in actors(text).values())


# ---------------------------------------------------------------- review: more abbreviated titles and states still join
@pytest.mark.parametrize(
    "text",
    [
        "Dastrel spoke first. Then Pres. Dastrel of the board spoke.",
        "Dastrel spoke first. Then Sens. Dastrel and Orvane voted.",
        "Dastrel spoke first. Then Msgr. Dastrel blessed the crowd.",
        "Dastrel spoke first. He lives in Topeka, Kans. Dastrel later moved.",
    ],
)
def test_an_abbreviated_title_or_state_before_a_mention_still_joins_it(text: str) -> None:
    spans = [a for a, _b, _f in repeated_names.repeated_mentions(text, ["Dastrel"])]
    assert spans == [0]
