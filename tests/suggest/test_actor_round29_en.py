"""Twenty-ninth round (English actor recall): a sentence's end inside a recogniser's guess splits it ("flew to Istanbul.
Imamoglu was arrested": not one place "Istanbul. Imamoglu"), a surname alone opening a sentence as the subject of a
person's verb ("Imamoglu was arrested.", "Rutte met Erdogan"), and the honorific words kept in one list, on sentences
written for these tests."""

from __future__ import annotations

import pytest

from desktop.suggest import english_forenames, english_subjects, guess_spans, honorifics, names
from tests.suggest.test_actor_round23_en import actors


def _place(text: str, start: int, end: int) -> str | None:
    return {"Istanbul": "place", "Turkey": "state", "Ankara": "place"}.get(text[start:end])


# ---------------------------------------------------------------- a sentence's end inside a guess
@pytest.mark.parametrize(
    "text, guess, kind, expected",
    [
        # the first part holds the guess's type (a known place): the second is left to the frames
        ("Erdogan flew to Istanbul. Imamoglu was arrested.", "Istanbul. Imamoglu", "place", [("Istanbul", "place")]),
        ("The summit opened in Turkey. Vardanyan arrived late.", "Turkey. Vardanyan", "place", [("Turkey", "place")]),
        # the first part is no known place: both keep the guess's type
        ("He thanked Anna Berg. John Smith answered.", "Anna Berg. John Smith", "person",
         [("Anna Berg", "person"), ("John Smith", "person")]),
        # the second part is a known place: its own type
        ("He thanked Anna Berg. Ankara answered.", "Anna Berg. Ankara", "person", [("Anna Berg", "person"), ("Ankara", "place")]),
        # an article or a pronoun opens the second sentence: the first part alone (as before)
        ("The order came from the Minister. A French officer read it.", "Minister. A French", "organisation",
         [("Minister", "organisation")]),
        # no sentence's end: an abbreviation, a title's or a state's, or initials
        ("He moved to St. Louis in May.", "St. Louis", "place", [("St. Louis", "place")]),
        ("The deal went to Vextra Corp. Holdings of Ohio.", "Vextra Corp. Holdings", "organisation",
         [("Vextra Corp. Holdings", "organisation")]),
        ("The team of Capt. Lorne Hadley landed.", "Capt. Lorne Hadley", "person", [("Capt. Lorne Hadley", "person")]),
        ("The J. R. Hartley book sold out.", "J. R. Hartley", "person", [("J. R. Hartley", "person")]),
    ],
)
def test_a_sentence_end_splits_a_guess(text: str, guess: str, kind: str, expected: list[tuple[str, str]]) -> None:
    start = text.index(guess)
    got = guess_spans.pieces(text, start, start + len(guess), kind, "en", _place)
    assert sorted((text[a:b], k) for a, b, k in got) == sorted(expected)


def test_the_leads_sentence_gives_both_names_and_the_place() -> None:
    found = actors("Erdogan flew to Istanbul. Imamoglu was arrested.")
    assert found == {"Erdogan": "person", "Istanbul": "place", "Imamoglu": "person"}


# ---------------------------------------------------------------- a surname alone opening a sentence
@pytest.mark.parametrize(
    "text, name",
    [
        ("Imamoglu was arrested on Wednesday.", "Imamoglu"),
        ("The court met in Ankara. Demirtas was sentenced to four years.", "Demirtas"),
        ("Rutte met Erdogan in Ankara.", "Rutte"),
        ("Ozel met with party leaders on Monday.", "Ozel"),
        ("Erdogan flew to Istanbul on Friday.", "Erdogan"),
        ("The president flew to Paris. Macron greeted him at the airport.", "Macron"),
        ("Vardelli resigned after the vote.", "Vardelli"),
        # a verb of speech with a sign of a person: a surname's ending or a person's pronoun
        ("Japarov said the vote was fair.", "Japarov"),
        ("Rutte said he would stay on as secretary general.", "Rutte"),
        ("Babacan denied the claim. She called it false.", "Babacan"),
        # where a clause's subject stands inside a sentence
        ("Crowds cheered when Vardelli resigned.", "Vardelli"),
        ("In Ankara, Babacan met Ozel on Monday.", "Babacan"),
        ("The minister flew to Ankara. There, Babacan met Ozel.", "Babacan"),
        ("The court ruled that Demirtas was sentenced unlawfully.", "Demirtas"),
        # an apposition between the subject and its verb
        ("Imamoglu, the mayor of Istanbul, was arrested.", "Imamoglu"),
    ],
)
def test_a_surname_opening_a_sentence_before_a_persons_verb(text: str, name: str) -> None:
    assert actors(text).get(name) == "person"


@pytest.mark.parametrize(
    "text, word",
    [
        # common words, plurals, participles, titles
        ("Officials said the bridge was closed.", "Officials"),
        ("Firefighters said the blaze was contained.", "Firefighters"),
        ("Reporting said the numbers were off.", "Reporting"),
        ("President said nothing more.", "President"),
        ("Nobody told the staff.", "Nobody"),
        ("Parliament met on Tuesday.", "Parliament"),
        # a body speaks as often as a person: no sign of a person, or a body's pronoun
        ("Rosatom said the plant was safe.", "Rosatom"),
        ("Qualvex said its profit rose.", "Qualvex"),
        ("Fidesz said the result was clear.", "Fidesz"),
        # a company meets expectations, an airline flies a route
        ("Trovix met expectations this quarter.", "Trovix"),
        ("Emirates flew the route twice a day.", "Emirates"),
        ("In 2019, Qualvex met expectations.", "Qualvex"),
    ],
)
def test_no_subject_where_no_person_is_named(text: str, word: str) -> None:
    assert word not in actors(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Imamoglu was arrested.", ["Imamoglu"]),
        ("Later, Imamoglu was arrested.", ["Imamoglu"]),  # after a fronted word and a comma
        ("The Vardelli resigned.", []),  # after another word: no clause's subject
        ("Bank of Korvia met expectations.", []),
        ("Investors sold shares and Trovix resigned itself to losses.", []),  # a body's pronoun after the verb
        ("Quorvel was released in 2004.", []),  # a work or a product is released, charged, appointed too
        ("Quorvel was charged with fraud.", []),
        ("Qualvex, the chipmaker, said its profit rose.", []),
        ("Imamoglu, the mayor of Istanbul, was arrested.", ["Imamoglu"]),
        ("Ankara said the talks failed.", []),  # a place the gazetteer knows
        ("Boeing said deliveries fell.", []),  # a known company
        ("Hamas said the ceasefire held.", []),  # a body the gazetteer knows
        ("Tokayev said it would help.", []),  # a body's pronoun after "said"
        ("Nvidia met expectations.", []),
        ("Lorvan flew the plane.", []),  # a journey without where to
        ("Lorvan flew home on Friday.", ["Lorvan"]),
    ],
)
def test_subject_names_module(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in english_subjects.subject_names(text)] == expected


# ---------------------------------------------------------------- one list of honorifics
def test_the_titles_hold_every_honorific_word() -> None:
    assert set(honorifics.HONORIFIC_WORDS) <= english_forenames.TITLES
    assert {"Sen", "Gen", "Col", "Sayın", "Mr", "General"} <= english_forenames.TITLES
    assert names.honorific_people is honorifics.honorific_people  # still importable from names


@pytest.mark.parametrize("rank", ["Sgt", "Lt", "Brig"])
def test_a_ranks_abbreviation_is_no_given_name(rank: str) -> None:
    # an abbreviated rank without its stop before a person is the rank, not the person's given name (english_forenames
    # read it as one before the titles took the honorifics' list)
    assert actors(f"The delegation of {rank} Arlen Voskuyev arrived.").get("Arlen Voskuyev") == "person"
