"""The twelfth round's English actor rules, on sentences written for these tests: a company's legal form before
"officials", a town and its region's code after a preposition of place, a holding's "in" before a company, an
acronym before a camel-case word ("AB InBev"), a part of the day before an honorific, a fashion house in capitals,
a network a show airs on, the signs of the zodiac in a horoscope, and the legal forms defined once."""

from __future__ import annotations

import pytest

from desktop.suggest import detect, legal_forms, mentions, names, organisations
from desktop.suggest.given_names import COMPANY_WORDS, shouted_surname
from desktop.suggest.guesses import ZODIAC_SIGNS


def actors(text: str) -> dict[str, dict]:
    return {s.exact: s.attributes for s in detect(text, kinds=("actor",))}


# ---------------------------------------------------------------- AB, NV, SA: a company or a place
@pytest.mark.parametrize("text, exact, name", [
    ("Ericsson AB officials declined to comment on the contract.", "Ericsson AB", "Ericsson"),
    ("Saab AB officials flew to Budapest for the talks.", "Saab AB", "Saab"),
    ("A stake in Volvo AB changed hands last week.", "Volvo AB", "Volvo"),
    ("Shares in Philips NV slipped after the warning.", "Philips NV", "Philips"),
    ("Shareholders of Heineken NV rejected the plan.", "Heineken NV", "Heineken"),
    # the review's: after a preposition of place, AB with no sign of a place, or a company's own noun after the name
    ("A sharp rise in Volvo AB orders lifted the index.", "Volvo AB", "Volvo"),
    ("Jobs in Ericsson AB plants were cut this spring.", "Ericsson AB", "Ericsson"),
    ("Protesters gathered outside Philips NV headquarters.", "Philips NV", "Philips"),
    ("The fall in Philips NV shares surprised the analysts.", "Philips NV", "Philips"),
])
def test_a_company_s_form_before_its_officials_or_after_a_holding_is_a_company(text: str, exact: str, name: str) -> None:
    found = actors(text)
    assert found[exact]["type"] == "organisation"
    assert found[exact]["name"] == name


@pytest.mark.parametrize("text, exact", [
    ("Deputies in Elko NV found the missing hikers on Sunday.", "Elko NV"),
    ("In Elko NV the mine reopened after a month.", "Elko NV"),
    ("A cattle ranch near Winnemucca NV burned down.", "Winnemucca NV"),
    ("She grew up in Port Elizabeth SA before moving to London.", "Port Elizabeth SA"),
    ("Boulder City NV officials closed the road.", "Boulder City NV"),
    ("Residents of Winnemucca NV lost power for a day.", "Winnemucca NV"),
    ("Deputies near Calgary AB found the stolen truck.", "Calgary AB"),  # AB after a known place
])
def test_a_town_and_its_region_s_code_after_a_preposition_of_place_is_a_place(text: str, exact: str) -> None:
    found = actors(text)
    assert found[exact]["type"] == "place"
    assert not any(a["type"] == "organisation" for a in found.values())


@pytest.mark.parametrize("companies, places", [
    (frozenset(), [(0, 11)]),  # no sign of a company: the town and its code
    (frozenset({"Mbombela SA"}), []),  # a recogniser's organisation: a company's officials
])
def test_a_region_s_code_before_officials_is_a_place_unless_a_recogniser_names_a_company(
        companies: frozenset[str], places: list[tuple[int, int]]) -> None:
    text = "Mbombela SA officials closed the bridge."
    assert organisations.places_before_their_people(text, lambda *_a: False, frozenset(), companies) == places


# ---------------------------------------------------------------- an acronym before a camel-case word
@pytest.mark.parametrize("text, exact", [
    ("AB InBev raised its prices in Brazil.", "AB InBev"),
    ("Analysts expect AB InBev to sell the brand.", "AB InBev"),
])
def test_an_acronym_before_a_camel_case_word_is_one_company(text: str, exact: str) -> None:
    found = actors(text)
    assert found[exact]["type"] == "organisation"
    assert "AB" not in found


def test_a_known_state_before_a_camel_case_name_stays_a_state() -> None:
    found = actors("UK PayPal users complained about the fees.")
    assert found["UK"]["type"] == "state"
    assert "UK PayPal" not in found


# ---------------------------------------------------------------- a part of the day before an honorific
@pytest.mark.parametrize("text, exact", [
    ("On Saturday Evening Mr Patel said the deal was off.", "Mr Patel"),
    ("On Friday Morning Mrs Okafor told the court she had left.", "Mrs Okafor"),
])
def test_a_part_of_the_day_before_an_honorific_is_no_part_of_the_name(text: str, exact: str) -> None:
    found = actors(text)
    assert found[exact]["type"] == "person"
    assert not any(e.startswith(("Evening", "Morning")) for e in found)


def test_a_reported_name_cut_at_its_honorific_keeps_its_offsets() -> None:
    text = "On Saturday Evening Mr Ali Khan said so."
    [(start, end, name)] = [p for p in names.reported_people(text) if "Khan" in p[2]]
    assert text[start:end] == name == "Ali Khan"  # the honorific's own rule gives "Mr Ali Khan"
    assert actors(text)["Mr Ali Khan"]["type"] == "person"


# ---------------------------------------------------------------- a fashion house in capitals
def test_a_fashion_house_in_capitals_is_no_person() -> None:
    found = actors("Christian DIOR showed its spring line in a Paris museum.")
    assert found["Christian DIOR"]["type"] == "organisation"


def test_a_given_name_and_a_surname_in_capitals_stay_a_person() -> None:
    assert actors("Theresa MAY met the leaders in Brussels.")["Theresa MAY"]["type"] == "person"


# ---------------------------------------------------------------- a network a show airs on
@pytest.mark.parametrize("text", [
    "The comedy airs on FX every Thursday night.",
    "Her drama premiered on FX in the autumn.",
    "The cable network FX ordered a second season.",
])
def test_a_network_a_show_airs_on_is_an_organisation(text: str) -> None:
    assert actors(text)["FX"]["type"] == "organisation"


@pytest.mark.parametrize("text", [
    "Losses on FX and rates desks grew in the quarter.",
    "The bank relies on FX swaps to fund itself.",
])
def test_fx_as_foreign_exchange_stays_no_organisation(text: str) -> None:
    assert "FX" not in actors(text)


# ---------------------------------------------------------------- the zodiac in a horoscope
@pytest.mark.parametrize("text", [
    "Weekly horoscope. Leo: a quiet week at work. Aries: an old friend calls.",
    "Virgo should rest, Libra will travel, and Leo meets a stranger on Friday.",
])
def test_a_sign_of_the_zodiac_in_a_horoscope_is_no_actor(text: str) -> None:
    found = actors(text)
    assert not ZODIAC_SIGNS & set(found)


@pytest.mark.parametrize("text, exact", [
    ("Leo Varadkar spoke to reporters in Dublin on Monday.", "Leo Varadkar"),
    ("Pope Leo met the bishops in Rome.", "Pope Leo"),
])
def test_a_sign_s_word_outside_a_horoscope_stays_a_name(text: str, exact: str) -> None:
    assert actors(text)[exact]["type"] == "person"


# ---------------------------------------------------------------- the legal forms, defined once
def test_the_shouted_company_words_hold_every_legal_form_in_capitals() -> None:
    assert {f.replace(".", "").upper() for f in legal_forms.FORMS + legal_forms.AMBIGUOUS} <= COMPANY_WORDS
    assert names.LEGAL_FORMS == legal_forms.PATTERN and names.AMBIGUOUS_LEGAL_FORMS == legal_forms.AMBIGUOUS_PATTERN


@pytest.mark.parametrize("form", ["SE", "ASA", "OYJ", "SPA", "LLP"])
def test_a_given_name_before_a_legal_form_in_capitals_is_no_person(form: str) -> None:
    assert not shouted_surname(f"Thomas {form}")


# ---------------------------------------------------------------- a place's name opening a common noun
@pytest.mark.parametrize("text, word", [
    ("The children keep rabbits and Guinea pigs in the garden.", "Guinea"),
    ("She served Brussels sprouts with the roast, then flew to Brussels.", None),
    ("He wore a Panama hat to the races.", "Panama"),
])
def test_a_place_s_name_opening_a_common_noun_is_no_place(text: str, word: str | None) -> None:
    found = [s for s in detect(text, kinds=("actor",))]
    if word is not None:
        assert word not in {s.exact for s in found}
    else:  # the city stays, the vegetable goes
        assert [(s.exact, s.start) for s in found] == [("Brussels", text.rindex("Brussels"))]


@pytest.mark.parametrize("text, exact", [
    ("Guinea pig farmers in Peru sell to restaurants, while Guinea held a vote.", "Guinea"),
    ("Panama signed the treaty on Monday.", "Panama"),
])
def test_the_place_itself_stays_a_place(text: str, exact: str) -> None:
    assert actors(text)[exact]["type"] == "state"


# ---------------------------------------------------------------- names the news study set missed
@pytest.mark.parametrize("text, exact", [
    ("A cell of the Egyptian Islamic Jihad was broken up in Cairo.", "Egyptian Islamic Jihad"),
    ("Yesterday Islamic Jihad claimed the attack.", "Islamic Jihad"),
    ("The photographs were sold to the National Enquirer for a large sum.", "National Enquirer"),
])
def test_an_armed_group_and_a_national_paper_are_organisations(text: str, exact: str) -> None:
    assert actors(text)[exact]["type"] == "organisation"


def test_a_call_to_jihad_in_lower_case_is_no_name() -> None:
    assert not actors("The preacher called for Islamic jihad against the invaders.")


# ---------------------------------------------------------------- a state's postal code after its city
@pytest.mark.parametrize("text, city, code", [
    ("The National Guard was sent to Reno NV on Friday.", "Reno", "NV"),
    ("The plant in Austin TX closed last year.", "Austin", "TX"),
])
def test_a_state_s_code_after_a_city_is_no_organisation(text: str, city: str, code: str) -> None:
    found = actors(text)
    assert found[city]["type"] == "place"
    assert code not in found


def test_an_acronym_after_a_company_stays_an_acronym() -> None:
    text = "Officials at Apple CA said nothing."
    assert not mentions.code_after_city(text, text.index("CA"), text.index("CA") + 2)
    text = "Officials at Fresno CA said nothing."  # a city the recognisers name
    assert mentions.code_after_city(text, text.index("CA"), text.index("CA") + 2, frozenset({"Fresno"}))
