"""Twenty-second round (English actor recall): a body named after a place's "-based" is an organisation ("the
Lagos-based Harrowgate Policy Forum"), on sentences written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.suggest import detect
from desktop.suggest.english_frames import framed_names
from desktop.suggest.spans import Taken
from desktop.suggest.suggestion import actor


def actors(text: str) -> dict[str, str]:
    return {s.exact: str(s.attributes.get("type")) for s in detect(text, kinds=("actor",))}


def framed(text: str) -> list[tuple[str, str]]:
    return [(s.exact, s.attributes["type"]) for s in framed_names(text, [], Taken(), lambda _t, _p: True)]


# ---------------------------------------------------------------- a body after a place's "-based"
@pytest.mark.parametrize(
    "text, name",
    [
        ("The study was written by the Lagos-based Harrowgate Policy Forum and sent to the ministry.", "Harrowgate Policy Forum"),
        ("He wrote for the New Delhi-based Tarvel Defence Review.", "Tarvel Defence Review"),
        ("The figures come from the Leeds - based Quorwin Institute for the Study of Work , a charity .",
         "Quorwin Institute for the Study of Work"),
        ("Her manager at the Tampa, Fla.-based Brillenmark said nothing.", "Brillenmark"),
        ("A report by the Geneva-based Orvane Trust said costs rose.", "Orvane Trust"),
        ("The Oslo-based Vennberg Group has bought the yard.", "Vennberg Group"),
    ],
)
def test_a_name_after_a_places_based_is_an_organisation(text: str, name: str) -> None:
    assert (name, "organisation") in framed(text)
    assert actors(text).get(name) == "organisation"


@pytest.mark.parametrize(
    "text",
    [
        "The Texas-based Republican donor gave twice.",  # a party's adjective before a noun: no body named
        "The Paris-based French singer toured Asia.",  # a nationality
        "The London-based Kelmar bank cut its rates.",  # a name before a lower-case noun modifies it
        "Most web-based Mail is read on phones.",  # no place before "-based"
        "The plant-based Burger sold out.",
        "The Boston-based The Company said nothing.",  # an article opens no name
    ],
)
def test_no_body_named_after_based(text: str) -> None:
    assert not [kind for _n, kind in framed(text) if kind == "organisation"]


def test_the_body_is_found_again_where_written_the_same_way() -> None:
    text = "The Cairo-based Sennar Policy Trust wrote the report. Sennar Policy Trust is funded by donors."
    found = [s for s in detect(text, kinds=("actor",)) if s.exact == "Sennar Policy Trust"]
    assert len(found) == 2


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["Harrowgate", "Quelmar", "Dovarin", "Brillenmark"]),
       st.sampled_from(["Forum", "Trust", "Institute", "Group", "Review"]),
       st.sampled_from(["Lagos", "Tampa", "Leeds", "New Delhi"]))
def test_property_any_name_after_a_places_based_is_a_body(word: str, head: str, place: str) -> None:
    name = f"{word} {head}"
    assert (name, "organisation") in framed(f"It was paid by the {place}-based {name}, which denied it.")


def test_a_body_that_took_the_places_based_in_is_cut_to_the_body() -> None:
    found = actors("A report by the Geneva-based Orvane Trust said costs rose.")
    assert found.get("Orvane Trust") == "organisation"
    assert found.get("Geneva") == "place"
    assert "Geneva-based Orvane Trust" not in found


# ---------------------------------------------------------------- a full name beside a person's full name
def _with(text: str, person: str, others: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str]]:
    kept = []
    for name, kind in ((person, "person"), *others):
        start = text.index(name)
        kept.append(actor(start, start + len(name), text, {"name": name, "type": kind}, 0.6))
    kept.sort(key=lambda s: s.start)
    taken = Taken.of([(s.start, s.end) for s in kept])
    return [(s.exact, s.attributes["type"]) for s in framed_names(text, kept, taken, lambda _t, _p: True)][len(kept):]


def _with_person(text: str, person: str) -> list[tuple[str, str]]:
    return _with(text, person)


@pytest.mark.parametrize(
    "text, person, partner",
    [
        ("The show starred Marisol Ventayo and Osric Delamere in 1999.", "Osric Delamere", "Marisol Ventayo"),
        ("With Marisol Ventayo and Osric Delamere as leads, it ran for years.", "Osric Delamere", "Marisol Ventayo"),
        ("A vote for Osric Delamere or Tavin Omondi Kerr would be wasted.", "Osric Delamere", "Tavin Omondi Kerr"),
    ],
)
def test_a_full_name_joined_to_a_persons_full_name_is_a_person(text: str, person: str, partner: str) -> None:
    assert _with_person(text, person) == [(partner, "person")]


@pytest.mark.parametrize(
    "text, person",
    [
        ("The show starred Ventayo and Osric Delamere.", "Osric Delamere"),  # one word: a surname or a firm ("Marks and")
        ("Osric Delamere and Vantor went home.", "Osric Delamere"),
        ("Osric Delamere and Downing Street denied it.", "Osric Delamere"),  # a street
        ("Osric Delamere and the Ministry of Health agreed.", "Osric Delamere"),
        ("Osric Delamere and British Airways agreed.", "Osric Delamere"),  # a nationality, a body's head word
        ("Delamere and Tavin Kerr met.", "Delamere"),  # the person found is one word: a surname or a body's
    ],
)
def test_no_partner_beside_a_person(text: str, person: str) -> None:
    assert _with_person(text, person) == []


# ---------------------------------------------------------------- a relative: a full name with a found person's family name
@pytest.mark.parametrize(
    "text, relative",
    [
        ("He was the brother of Ostrid Valenko. In 1605, Marek Valenko took the side of the rebels.", "Marek Valenko"),
        ("Ostrid Valenko (1570-1611) was a voivode. Marek Ivanovich Valenko was his brother.", "Marek Ivanovich Valenko"),
        ("Marek Valenko wrote the first draft. The poet Ostrid Valenko finished it.", "Marek Valenko"),
    ],
)
def test_a_full_name_with_a_found_persons_family_name_is_a_person(text: str, relative: str) -> None:
    person = "Ostrid Valenko"
    assert (relative, "person") in _with_person(text, person)


@pytest.mark.parametrize(
    "text",
    [
        "Ostrid Valenko spoke. The Valenko Foundation paid for the hall.",  # a capitalised word after the name: a body's
        "Ostrid Valenko spoke. Fort Valenko fell in May.",  # a place's head word
        "Ostrid Valenko spoke. The Ministry Valenko ran was closed.",
        "Ostrid Valenko spoke. Valenko agreed.",  # the family name alone: the repeated mentions' to read
        "OSTRID VALENKO spoke. Marek VALENKO said no.",  # in capitals: english_capitals' to read
        "Ostrid Valenko spoke. The song El Canto Valenko was a hit.",  # an article of another language: a work's name
        "Ostrid Valenko spoke. The firm Comercio de Marek Valenko grew.",  # a particle inside: a longer name
        "Ostrid Valenko spoke. He ran the Kelso Harbor and Marek Valenko.",  # the tail of a name joined by "and"
    ],
)
def test_no_relative_read(text: str) -> None:
    person = "Ostrid Valenko" if "Ostrid Valenko" in text else "OSTRID VALENKO"
    assert _with_person(text, person) == []


# ---------------------------------------------------------------- review fixes: no partner, no relative, no body
@pytest.mark.parametrize(
    "text, person, others",
    [
        ("Angela Merkel and Human Rights Watch met in Berlin on Tuesday.", "Angela Merkel", ()),  # a body's word
        ("Tim Cook and Apple Music announced a new deal on Monday.", "Tim Cook", ()),
        ("Mark Zuckerberg and Meta Platforms faced questions.", "Mark Zuckerberg", ()),
        ("Elon Musk and Tesla Motors were sued by investors.", "Elon Musk", ()),
        ("Jack Ma and Ant Financial were fined.", "Jack Ma", ()),
        ("Richard Branson and Virgin Atlantic were fined.", "Richard Branson", ()),
        ("Xi Jinping or Hong Kong officials will decide.", "Xi Jinping", ()),  # a known place; a noun after it
        ("Nancy Pelosi and Capitol Hill staff were evacuated.", "Nancy Pelosi", ()),
        ("Imran Khan and Tehreek Insaf supporters marched.", "Imran Khan", ()),  # a noun after the name: a modifier
        ("Volodymyr Zelensky and Kyiv Independent reporters spoke.", "Volodymyr Zelensky", ()),
        ("Lionel Messi and Inter Miami won the final.", "Lionel Messi", ()),  # ends in a known place
        ("Sadiq Khan and Transport London agreed.", "Sadiq Khan", ()),
        ("Cristiano Ronaldo and Al Nassr agreed a new contract.", "Cristiano Ronaldo", ()),  # another language's article
        ("Angela Merkel and Tarvel Kessing (TK) met.", "Angela Merkel", ()),  # an acronym defines a body
        ("Human Rights Watch and Angela Merkel met.", "Angela Merkel", ()),  # before the person too
        ("Kelmar Vask said so. Osric Delamere and Kelmar Vask met.", "Osric Delamere", (("Kelmar Vask", "organisation"),)),
        ("Dovarin said so. Osric Delamere and Dovarin Music met.", "Osric Delamere", (("Dovarin", "organisation"),)),
    ],
)
def test_no_person_joined_to_a_person_when_the_name_is_a_bodys_or_a_places(
        text: str, person: str, others: tuple[tuple[str, str], ...]) -> None:
    assert _with(text, person, others) == []


@pytest.mark.parametrize(
    "text, person, partner",
    [
        ("Marisol Ventayo and Osric Delamere were arrested.", "Marisol Ventayo", "Osric Delamere"),  # a verb after it
        ("Marisol Ventayo and Osric Delamere met in Lima.", "Osric Delamere", "Marisol Ventayo"),
        ("Marisol Ventayo and Osric Delamere have married.", "Marisol Ventayo", "Osric Delamere"),
    ],
)
def test_a_partner_before_a_verb_is_still_read(text: str, person: str, partner: str) -> None:
    assert _with(text, person) == [(partner, "person")]


@pytest.mark.parametrize(
    "text, person",
    [
        ("Ostrid London wrote the novel. He grew up in East London.", "Ostrid London"),  # a direction: a place
        ("Ostrid Jordan retired. Tourists swam near Upper Jordan.", "Ostrid Jordan"),
        ("Ostrid Paris spoke. Visitors flocked to Greater Paris.", "Ostrid Paris"),
        ("Ostrid Trump spoke. Team Trump replied.", "Ostrid Trump"),  # a camp
        ("Ostrid Lincoln spoke, as did Nebraska Lincoln.", "Ostrid Lincoln"),  # a known place before it
        ("Ostrid Georgia spoke. Voters in South Georgia agreed.", "Ostrid Georgia"),
    ],
)
def test_no_relative_in_a_place_named_after_a_family_name(text: str, person: str) -> None:
    assert _with(text, person) == []


def test_a_relative_is_still_read_beside_a_place_named_alike() -> None:
    text = "Ostrid London spoke. He grew up in East London, and Marek London ran the shop."
    assert _with(text, "Ostrid London") == [("Marek London", "person")]


def test_a_person_after_a_places_based_is_no_body() -> None:
    assert not [kind for _n, kind in framed("Works by the London-based Emma Laurent were sold.") if kind == "organisation"]
    assert ("Harrowgate Policy Forum", "organisation") in framed("It was paid by the Lagos-based Harrowgate Policy Forum, which denied it.")
