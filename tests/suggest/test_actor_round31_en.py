"""Thirty-first round (English actor recall): a company named by its web domain keeps its head word or legal form
("Shares of Mail.ru Group fell"), "it" closing the clause after a verb of speech is its object, no body's pronoun
("Tokayev denied it."), "spoke" is a verb of speech for a lone surname, on sentences written for these tests."""

from __future__ import annotations

import pytest

from desktop.suggest import english_domains, english_kin_owners, english_subjects
from tests.suggest.test_actor_round23_en import actors


# ---------------------------------------------------------------- a domain's company and its head word
@pytest.mark.parametrize(
    "text, name",
    [
        ("Shares of Mail.ru Group fell 3 percent on Friday.", "Mail.ru Group"),
        ("Mail.ru Group said its profit rose.", "Mail.ru Group"),
        ("Amazon.com Inc. said it would hire more staff.", "Amazon.com Inc"),  # the stop stays out, as of "Apple Inc."
        ("Investors sold Velmora.ai Holdings PLC on the news.", "Velmora.ai Holdings PLC"),
        ("He joined Quorvia.com Ltd in 2019.", "Quorvia.com Ltd"),
    ],
)
def test_a_domain_company_keeps_its_head_word(text: str, name: str) -> None:
    assert [text[a:b] for a, b in english_domains.domain_names(text)] == [name]
    assert actors(text).get(name) == "organisation"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Kaspi.kz Chief Executive Mikhail Lomtadze spoke.", "Kaspi.kz"),  # another capitalised word: no head word
        ("Shares of Ozon.ru rose; Group sales fell.", "Ozon.ru"),  # a semicolon between
        ("Shares of Ozon.ru Groupon fell.", "Ozon.ru"),  # a longer word is no head word
        ("Shares of Kaspi.kz rose 4.5 percent.", "Kaspi.kz"),
    ],
)
def test_a_domain_company_takes_no_other_word(text: str, name: str) -> None:
    assert [text[a:b] for a, b in english_domains.domain_names(text)] == [name]


@pytest.mark.parametrize("text", ["Visit Mail.ru Group pages for details.", "See www.Mail.ru Group", "Read it at https://Ozon.ru Group"])
def test_a_domain_site_or_address_stays_out_with_a_head_word(text: str) -> None:
    found = actors(text)
    assert not any(name.startswith(("Mail.ru", "Ozon.ru")) for name in found), found


# ---------------------------------------------------------------- "it" as the object of a verb of speech
@pytest.mark.parametrize(
    "text, name",
    [
        ("Tokayev denied it.", "Tokayev"),
        ("Moscow accused the army. Mirziyoyev denied it, saying the report was false.", "Mirziyoyev"),
        ("In Bishkek, Japarov admitted it; the vote was delayed.", "Japarov"),
    ],
)
def test_it_closing_the_clause_is_the_object(text: str, name: str) -> None:
    assert [text[a:b] for a, b in english_subjects.subject_names(text)] == [name]
    assert actors(text).get(name) == "person"


@pytest.mark.parametrize(
    "text",
    [
        "Qualvex said it would cut jobs.",  # the body's own pronoun: a body speaks of itself
        "Tokayev denied it would happen.",  # "it" opens the reported clause: still read as a body's pronoun
        "Qualvex denied it.",  # no surname's ending: bodies deny too ("Rosatom denied it.")
    ],
)
def test_a_body_pronoun_or_no_surname_stays_out(text: str) -> None:
    assert english_subjects.subject_names(text) == []


# ---------------------------------------------------------------- "spoke" as a verb of speech
@pytest.mark.parametrize(
    "text, name",
    [
        ("Mirzoyan spoke to reporters after the vote.", "Mirzoyan"),
        ("Ozturkoglu spoke on Monday.", "Ozturkoglu"),
    ],
)
def test_spoke_is_a_verb_of_speech(text: str, name: str) -> None:
    assert [text[a:b] for a, b in english_subjects.subject_names(text)] == [name]
    assert actors(text).get(name) == "person"


@pytest.mark.parametrize("text", ["Rosatom spoke of a delay.", "Officials spoke to reporters.",
                                  "Ankara spoke firmly.", "Qualvex spoke for its clients."])
def test_spoke_wants_a_surname(text: str) -> None:
    assert english_subjects.subject_names(text) == []


# ---------------------------------------------------------------- a verb of speech before reporters or an interview
# (lead, after the final read) no cue on its own: firms and clubs tell reporters and give interviews in news too
# ("Wildberries told reporters"); a lone surname there needs a surname's ending or the document's full name or title
@pytest.mark.parametrize(
    "text",
    [
        "Wildberries told reporters that sellers would be compensated.",
        "Turkcell told journalists the outage was over.",
        "Getir said in an interview with Bloomberg that it would expand.",
        "Rutte told reporters the alliance would respond.",  # no cue that tells the surname from a firm
        "Rutte said the alliance would respond.",
        "Rosatom said in a statement that the plant was safe.",
        "Qualvex told Reuters the deal was off.",
        "Qualvex said reporters had the figures wrong.",
        "Police told reporters the man fled.",
        "Ankara told reporters nothing.",
        "Kazatomprom said at a press conference that output would fall.",
        "Tengrix told a news conference the merger was off.",
        "Merz said at a news conference that talks would go on.",
    ],
)
def test_no_lone_subject_without_a_persons_audience(text: str) -> None:
    found = actors(text)
    assert all(kind != "person" for kind in found.values()), found


@pytest.mark.parametrize(
    "text, name",
    [
        ("Rutte told reporters the alliance would respond. Mark Rutte arrived later.", "Rutte"),
        ("Tokayev told reporters the talks went well.", "Tokayev"),  # a surname's ending
    ],
)
def test_a_lone_surname_speaking_to_reporters_with_a_cue_is_a_person(text: str, name: str) -> None:
    assert actors(text).get(name) == "person"


# ---------------------------------------------------------------- a recogniser's place as a person's subject
def test_places_retyped_reads_only_a_models_place_at_a_subject() -> None:
    from desktop.suggest.suggestion import actor

    text = "Later, Wolakov spoke to reporters. Vardanyan spoke first. Tallinn is cold."
    model = [actor(7, 14, text, {"name": "Wolakov", "type": "place"}, 0.65),
             actor(35, 44, text, {"name": "Vardanyan", "type": "organisation"}, 0.65),  # an organisation keeps its type
             actor(58, 65, text, {"name": "Tallinn", "type": "place"}, 0.65)]  # no person's verb
    gazetteer_hit = actor(7, 14, text, {"name": "Wolakov", "type": "place"}, 0.9)  # not the model's: left
    got = english_subjects.places_retyped(text, model + [gazetteer_hit])
    assert [s.attributes["type"] for s in got] == ["person", "organisation", "place", "place"]


# ---------------------------------------------------------------- a name before a possessive and a word of kin
@pytest.mark.parametrize(
    "text, name",
    [
        ("Rutte's wife arrived in Brussels on Monday.", "Rutte"),
        ("The crowd cheered Shoigu's mother.", "Shoigu"),
        ("Wolak's late husband was a judge.", "Wolak"),  # the model's place: retyped
        ("Reporters found that Ozturkoglu’s eldest son had left.", "Ozturkoglu"),
    ],
)
def test_the_owner_of_a_kin_word_is_a_person(text: str, name: str) -> None:
    assert [text[a:b] for a, b in english_kin_owners.kin_owners(text)] == [name]
    assert actors(text).get(name) == "person"


@pytest.mark.parametrize(
    "text",
    [
        "Qorvex's sister company reported a loss.",  # what a firm has
        "The Velmora's sister ship sank in 1912.",
        "Tolvana's mother tongue is Finnish.",
        "Qorvex's children's channel closed.",  # "children's" a possessive itself
        "Qorvex's parent cut jobs.",  # "parent" alone: a firm's
        "Russia's sons fought there.",  # a state the gazetteer knows
        "The President's wife spoke.",  # a title
        "Gazprom's children's fund grew.",  # a known company (and a possessive)
        "Boeing's children were happy.",  # a known company
        # (review) a kin word a firm, a club or a place has too, before a noun or "of"
        "Qorvex's sister restaurant opened in Almaty last week.",
        "Velmora's sister carrier cut fares on Monday.",
        "Tengrix's sister app was removed from the store.",
        "Chelsea's sons of the soil were honoured at Stamford Bridge.",
        "Qorvex's parents group met in Nagoya.",
    ],
)
def test_no_kin_owner_where_a_firm_or_a_place_owns(text: str) -> None:
    assert english_kin_owners.kin_owners(text) == []


# (review) a firm's or a club's kin word keeps the model's organisation; a person's clause after the kin word is read
@pytest.mark.parametrize("text, name", [
    ("Velmora's sister carrier cut fares on Monday.", "Velmora"),
    ("Chelsea's sons of the soil were honoured at Stamford Bridge.", "Chelsea"),
    ("Qorvex's sister restaurant opened in Almaty last week.", "Qorvex"),
])
def test_a_firms_kin_word_types_no_person(text: str, name: str) -> None:
    assert actors(text).get(name) != "person"


@pytest.mark.parametrize("text, name", [
    ("Rutte's sister said the family was shocked.", "Rutte"),
    ("Rutte's sister Anna arrived.", "Rutte"),
    ("Rutte's son, who lives in Utrecht, spoke.", "Rutte"),
    ("Reporters asked about Rutte's children.", "Rutte"),
    ("Rutte's mother died in 2019.", "Rutte"),
])
def test_a_persons_kin_word_before_a_clause_is_read(text: str, name: str) -> None:
    assert [text[a:b] for a, b in english_kin_owners.kin_owners(text)] == [name]


def test_a_models_organisation_at_a_kin_owner_keeps_its_type() -> None:
    # (review) "Chelsea's sons were honoured": a club's sons, the model's organisation is not made a person
    assert actors("Chelsea's sons were honoured at Stamford Bridge.").get("Chelsea") == "organisation"
    from desktop.suggest.suggestion import actor

    text = "Qorvex's sons were honoured."
    model = [actor(0, 6, text, {"name": "Qorvex", "type": "organisation"}, 0.65)]
    got = english_subjects.places_retyped(text, model, frozenset({(0, 6)}))
    assert [s.attributes["type"] for s in got] == ["organisation"]


def test_a_models_organisation_at_a_spouse_owner_is_a_person() -> None:
    # (review) a wife, a widow: no firm's or club's; the organisation's guess is still made a person
    from desktop.suggest.suggestion import actor

    text = "Halvard's widow spoke at the memorial."
    model = [actor(0, 7, text, {"name": "Halvard", "type": "organisation"}, 0.65)]
    got = english_subjects.places_retyped(text, model, frozenset({(0, 7)}), frozenset({(0, 7)}))
    assert [s.attributes["type"] for s in got] == ["person"]
    assert english_kin_owners.kin_owners("Chelsea's sons were honoured.", only_persons=True) == []
    assert actors(text).get("Halvard") == "person"
