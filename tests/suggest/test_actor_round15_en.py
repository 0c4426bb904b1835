"""Fifteenth round (English actors): a body's first word alone after its full name ("Pew"), a group of people after a
given name in a shouted headline, a second person's given name in capitals after a full name, an Alberta town before
AB after any word, a maker's site after "at", and a town of a settlement's word before a US state's code."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.suggest import detect, english_people
from desktop.suggest.spans import Taken
from desktop.suggest.suggestion import actor


def actors(text: str) -> dict[str, dict]:
    return {s.exact: s.attributes for s in detect(text, kinds=("actor",))}


def spans(text: str) -> list[str]:
    return [s.exact for s in detect(text, kinds=("actor",))]


def english(_text: str, _pos: int) -> bool:
    return True


# ---------------------------------------------------------------- a body's first word alone
@pytest.mark.parametrize("text, short, name", [
    ("The Pew Research Center polled 2,000 adults in March. Pew found that most of them trusted local news.",
     "Pew", "Pew Research Center"),
    ("A report by the Pew Center on Global Climate Change came out on Monday. The Pew report counted forty studies.",
     "Pew", "Pew Center on Global Climate Change"),
])
def test_a_body_named_later_by_its_first_word_is_that_body(text: str, short: str, name: str) -> None:
    found = [s for s in detect(text, kinds=("actor",)) if s.exact == short]
    assert found and all(s.attributes["name"] == name and s.attributes["type"] == "organisation" for s in found), found


@pytest.mark.parametrize("first, rest", [
    ("National", "Geographic Society"),  # a common word
    ("Spanish", "Football Federation"),  # a nationality's adjective
    ("Boston", "Globe"),  # a place
    ("Daniel", "Webster Foundation"),  # a given name
    ("Wessex", "Evening Post"),  # a newspaper's place
])
def test_a_common_first_word_alone_is_no_body(first: str, rest: str) -> None:
    text = f"The {first} {rest} held a meeting in the hall. Then {first} officials left early."
    body = actor(4, 4 + len(f"{first} {rest}"), text, {"name": f"{first} {rest}", "type": "organisation"}, 0.7)
    taken = Taken.of([(body.start, body.end)])
    out = english_people.first_word_mentions(text, [body], taken, english, lambda w: w == "Boston")
    assert out == [body]


def test_the_first_word_is_no_body_where_the_text_writes_it_in_lower_case_or_two_bodies_share_it() -> None:
    text = "The Granite Trust opened a branch. The Granite Bank did too. Granite said nothing."
    bodies = [actor(4, 17, text, {"name": "Granite Trust", "type": "organisation"}, 0.7),
              actor(39, 51, text, {"name": "Granite Bank", "type": "organisation"}, 0.7)]
    assert english_people.first_word_mentions(text, bodies, Taken.of([(4, 17), (39, 51)]), english, lambda w: False) == bodies
    text = "The Granite Trust opened a branch. Granite said nothing, and the granite walls stood."
    body = actor(4, 17, text, {"name": "Granite Trust", "type": "organisation"}, 0.7)
    assert english_people.first_word_mentions(text, [body], Taken.of([(4, 17)]), english, lambda w: False) == [body]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(sorted(english_people._GENERIC_FIRST_WORDS)))  # noqa: SLF001 - the list is the property's domain
def test_no_generic_first_word_is_ever_read_alone(first: str) -> None:
    text = f"The {first} Zorvex Institute opened. Then {first} spoke."
    body = actor(4, 4 + len(f"{first} Zorvex Institute"), text, {"name": f"{first} Zorvex Institute", "type": "organisation"}, 0.7)
    out = english_people.first_word_mentions(text, [body], Taken.of([(body.start, body.end)]), english, lambda w: False)
    assert out == [body]


# ---------------------------------------------------------------- shouted headlines and names in capitals
@pytest.mark.parametrize("text", [
    "NEW DEAL FOR JACK WORKERS\n\nThe union signed the agreement on Monday.",
    "PAY RISE FOR BILL PAYERS\n\nThe regulator spoke on Tuesday.",
])
def test_a_group_of_people_after_a_given_name_in_capitals_is_no_surname(text: str) -> None:
    assert not [s for s in detect(text, kinds=("actor",)) if s.attributes.get("type") == "person"]


def test_a_name_in_capitals_after_a_full_name_is_the_next_person() -> None:
    for text, name in (("Like Edward Blackwood PETER ( the poet ) was admired.", "Edward Blackwood"),
                       ("As with Charles Dickensen EDWARD ( the novelist ) it failed.", "Charles Dickensen")):
        found = actors(text)
        assert found.get(name, {}).get("name") == name and not any(k.endswith(("PETER", "EDWARD")) for k in found), found
    assert actors("Jean-Claude JUNCKER met Angela MERKEL.")["Angela MERKEL"]["type"] == "person"
    assert english_people.opens_another_name("Thomas Pennyworth", "George")
    assert not english_people.opens_another_name("Angela", "Merkel")
    assert not english_people.opens_another_name("Maria Elena", "Boschi")


# ---------------------------------------------------------------- places before a code, a maker's site
def test_an_alberta_town_before_ab_is_the_place_after_any_word() -> None:
    found = actors("The bus went from Canmore AB to Edmonton overnight.")
    assert found["Canmore AB"]["type"] == "place", found
    assert actors("A rise in Volvo AB orders lifted shares.")["Volvo AB"]["type"] == "organisation"


def test_a_town_before_a_state_code_is_found_whole() -> None:
    found = actors("Orange Grove CA police closed the road on Sunday.")
    assert found.get("Orange Grove", {}).get("type") == "place", found
    assert "Orange" not in found


def test_a_maker_after_at_is_its_site_not_a_car() -> None:
    assert "Nissan Sunderland" in actors("Staff at Nissan Sunderland agreed to the new shifts.")
    assert "Toyota Camry" not in actors("She drove a used Toyota Camry to work.")


# ---------------------------------------------------------------- review fixes
@pytest.mark.parametrize("text, word", [
    ("Amnesty International condemned the arrests on Monday. Amnesty was granted to 300 prisoners later.", "Amnesty"),
    ("Transparency International ranked the country 120th. Transparency is lacking, critics said.", "Transparency"),
    ("The Sterling Bank opened a branch. Sterling fell against the dollar.", "Sterling"),  # a currency
    ("The Rand Corporation studied the war. Rand fell 2% against the dollar.", "Rand"),
    ("Morgan Stanley advised the buyer on the deal. Morgan said she would not comment on it.", "Morgan"),  # a person
    ("The Rockefeller Foundation funded the lab. Rockefeller himself never saw it.", "Rockefeller"),
])
def test_a_first_word_that_is_a_noun_a_currency_or_a_person_is_not_the_body(text: str, word: str) -> None:
    assert not [s for s in detect(text, kinds=("actor",)) if s.exact == word and s.attributes.get("type") == "organisation"]


def test_a_first_word_opening_a_sentence_before_a_verb_of_its_own_is_still_the_body() -> None:
    found = actors("Amnesty International condemned the arrests on Monday. Amnesty said 40 people were held.")
    assert found["Amnesty"]["name"] == "Amnesty International", found


def test_a_car_after_at_before_a_noun_is_a_car() -> None:
    assert "Toyota Camry" not in actors("He looked at Toyota Camry prices online.")
    assert "Toyota Burnaston" in actors("Jobs at Toyota Burnaston are at risk.")


def test_shares_of_an_alberta_town_s_name_before_ab_are_a_company() -> None:
    assert actors("Shares of Banff AB rose after the Stockholm listing.")["Banff AB"]["type"] == "organisation"
