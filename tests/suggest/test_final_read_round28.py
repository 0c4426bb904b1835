"""The twenty-eighth round's final read: a club, party or firm met is no person, "Once a …" after an earlier sentence,
"in a day or two" no exact length, honorifics before a name stay out of it. Sentences of our own."""

from __future__ import annotations

import pytest

from desktop.suggest import detect, english_meetings

REF = "2025-06-18"


def _found(text: str, kind: str) -> list[tuple[str, str | None]]:
    return [(text[s.start:s.end], s.attributes.get("type") if kind == "actor" else None) for s in detect(text, reference=REF)
            if s.kind == kind]


@pytest.mark.parametrize("text, name", [
    ("Galatasaray met Fenerbahce in the derby on Saturday.", "Fenerbahce"),
    ("Ordabasy met Tobol in the cup on Sunday.", "Tobol"),
    ("The president met Fidesz at the congress.", "Fidesz"),
    ("Investors met Aramco in the spring.", "Aramco"),
])
def test_one_word_met_without_a_surnames_ending_is_no_person(text, name):
    assert (name, "person") not in _found(text, "actor")


@pytest.mark.parametrize("text, name", [
    ("Recep Tayyip Erdogan met Tokayev in Astana.", "Tokayev"),
    ("She shook hands with Japarov on Monday.", "Japarov"),
    ("After talks with Mirziyoyev, he left.", "Mirziyoyev"),
    ("The premier met Pashinyan in Yerevan.", "Pashinyan"),
    ("Later, Rupert Brown met Agnes Wilson and Cyril Miller.", "Agnes Wilson"),
])
def test_a_surname_or_a_full_name_met_is_still_found(text, name):
    start = text.index(name)
    assert (start, start + len(name)) in english_meetings.met_names(text)
    assert name in [t for t, _ in _found(text, "actor")]


@pytest.mark.parametrize("text", ["Shakhtar met Dynamo Kyiv on Sunday.", "Shakhtar met Atletico Madrid on Sunday."])
def test_a_club_named_with_its_city_is_not_read_as_one_met(text):
    assert english_meetings.met_names(text) == []


@pytest.mark.parametrize("text", [
    "Rates held. Once a month, the council meets.",
    "The rates held.\n\nOnce a month, the council meets.",
    "Rates held. \"Once a month we meet,\" she said.",
])
def test_once_a_unit_after_an_earlier_sentence_is_a_figure(text):
    assert [t for t, _ in _found(text, "figure")] == ["Once a month"]


def test_once_a_unit_in_a_title_is_still_no_figure():
    assert _found("They sang Watch Once a day on stage.", "figure") == []


@pytest.mark.parametrize("text", ["We expect a deal in a day or two.", "The rain will stop in a week or so."])
def test_a_guess_between_two_lengths_is_no_exact_length(text):
    assert _found(text, "figure") == []


def test_in_an_hour_alone_is_still_a_length():
    assert [t for t, _ in _found("It will dissolve in an hour.", "figure")] == ["an hour"]


@pytest.mark.parametrize("text, name", [
    ("Analyst Wyatt Holt said the plan would fail.", "Analyst Wyatt Holt"),
    ("Hoca Nasreddin stories are told across Turkey.", "Hoca Nasreddin"),
])
def test_an_honorific_is_not_taken_into_the_name(text, name):
    assert name not in [t for t, _ in _found(text, "actor")]
