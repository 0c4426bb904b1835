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


def test_the_leads_sentence_gives_the_place_and_the_arrested() -> None:
    # "Erdogan flew to" is not read: airlines, craft and teams fly, arrive and return as often (see below)
    found = actors("Erdogan flew to Istanbul. Imamoglu was arrested.")
    assert found == {"Istanbul": "place", "Imamoglu": "person"}


# ---------------------------------------------------------------- a surname alone opening a sentence
@pytest.mark.parametrize(
    "text, name",
    [
        ("Imamoglu was arrested on Wednesday.", "Imamoglu"),
        ("The court met in Ankara. Demirtas was sentenced to four years.", "Demirtas"),
        ("Tokayev met Mirziyoyev in Astana.", "Tokayev"),
        ("Japarov met with party leaders on Monday.", "Japarov"),
        ("The president flew to Paris. Moreau was arrested at the airport.", "Moreau"),
        ("Vardelli resigned after the vote.", "Vardelli"),
        # a verb of speech or "met" with a surname's ending
        ("Japarov said the vote was fair.", "Japarov"),
        # where a clause's subject stands inside a sentence
        ("Crowds cheered when Vardelli resigned.", "Vardelli"),
        ("In Ankara, Babacan resigned on Monday.", "Babacan"),
        ("The minister flew to Ankara. There, Babacan was arrested.", "Babacan"),
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
        ("Lorvan flew the plane.", []),
    ],
)
def test_subject_names_module(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in english_subjects.subject_names(text)] == expected


# A body, a firm, a party, a team, a ship or a craft before the verbs a person shares with them (the review's
# sentences: each was read as a person before the rule was narrowed)
@pytest.mark.parametrize(
    "text, word",
    [
        # a journey: airlines, craft, teams, seasons fly, arrive and return
        ("Lufthansa flew to Almaty on Monday.", "Lufthansa"),
        ("Aeroflot flew to Antalya on Monday.", "Aeroflot"),
        ("Concorde flew to New York.", "Concorde"),
        ("Perseverance arrived on Mars.", "Perseverance"),
        ("Inter returned to Milan.", "Inter"),
        ("Summer arrived in June.", "Summer"),
        # "met": teams meet teams
        ("Fenerbahce met Galatasaray on Sunday.", "Fenerbahce"),
        ("Bayern met Dortmund.", "Bayern"),
        ("Zenit met Spartak in Moscow.", "Zenit"),
        ("Hapoel met Maccabi.", "Hapoel"),
        # a verb of speech and a person's pronoun: the pronoun is the person spoken of
        ("Roscosmos said he died.", "Roscosmos"),
        ("Kommersant said he was detained.", "Kommersant"),
        ("Frontex said he drowned.", "Frontex"),
        ("Anadolu said he was killed.", "Anadolu"),
        # the acts and passives a firm, a party, a ship or an agency shares
        ("Glencore pleaded guilty.", "Glencore"),
        ("Fidesz campaigned on migration.", "Fidesz"),
        ("Wagner vowed to march on Moscow.", "Wagner"),
        ("Syriza was elected in 2015.", "Syriza"),
        ("Eventin was detained in the Baltic.", "Eventin"),
        ("Europol was questioned by MEPs.", "Europol"),
        ("Podemos was born in 2014.", "Podemos"),
        ("Ozempic was born from research.", "Ozempic"),
        # a market's index greets and shrugs
        ("Nasdaq greeted the news with a rally.", "Nasdaq"),
        ("Bovespa shrugged off the vote.", "Bovespa"),
    ],
)
def test_no_person_for_a_body_before_a_shared_verb(text: str, word: str) -> None:
    assert word not in [text[a:b] for a, b in english_subjects.subject_names(text)]


@pytest.mark.parametrize(
    "text, word",
    [
        ("Lufthansa flew to Almaty on Monday.", "Lufthansa"),
        ("Perseverance arrived on Mars.", "Perseverance"),
        ("Bayern met Dortmund.", "Bayern"),
        ("Roscosmos said he died.", "Roscosmos"),
        ("Kommersant said he was detained.", "Kommersant"),
        ("Fidesz campaigned on migration.", "Fidesz"),
        ("Syriza was elected in 2015.", "Syriza"),
        ("Europol was questioned by MEPs.", "Europol"),
        ("Podemos was born in 2014.", "Podemos"),
        ("Nasdaq greeted the news with a rally.", "Nasdaq"),
        ("Sensex greeted the budget.", "Sensex"),
    ],
)
def test_detect_reads_no_person_for_a_body_before_a_shared_verb(text: str, word: str) -> None:
    # (the model itself reads some others as people: "Zenit", "Glencore", "Eventin", "Anadolu", as at the round's start)
    assert actors(text).get(word) != "person"


# ---------------------------------------------------------------- one list of honorifics
def test_the_titles_hold_every_honorific_word() -> None:
    assert {"Sen", "Gen", "Col", "Sayın", "Mr", "General"} <= english_forenames.TITLES
    assert names.honorific_people is honorifics.honorific_people  # still importable from names


@pytest.mark.parametrize("rank", ["Sgt", "Lt", "Brig"])
def test_a_ranks_abbreviation_is_no_given_name(rank: str) -> None:
    # an abbreviated rank without its stop before a person is the rank, not the person's given name (english_forenames
    # read it as one before the titles took the honorifics' list)
    assert actors(f"The delegation of {rank} Arlen Voskuyev arrived.").get("Arlen Voskuyev") == "person"
