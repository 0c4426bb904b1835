"""Tenth round's English actor rules, on sentences written for these tests: a company named by
its century ("20th Century Fox"), a German or European company's legal form ("Siemens AG"),
a publisher before its imprint's city and year ("(Black Pepper, Melbourne, 2004)")."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from desktop.suggest import detect, gazetteer, names, organisations
from desktop.suggest.guesses import function_word
from desktop.suggest.leads import subjects
from desktop.suggest.mentions import places_before_states
from desktop.suggest.organisations import _national_bodies


def actors(text: str) -> dict[str, dict]:
    return {s.exact: s.attributes for s in detect(text, kinds=("actor",))}


# ---------------------------------------------------------------- a company named by its century
@pytest.mark.parametrize("text, name", [
    ("The film was distributed by 20th Century Fox in the United States.", "20th Century Fox"),
    ("Disney bought 21st Century Fox in 2019.", "21st Century Fox"),
])
def test_a_company_named_by_its_century_keeps_its_ordinal(text: str, name: str) -> None:
    found = actors(text)
    assert found[name]["type"] == "organisation"
    assert "Century Fox" not in found


def test_a_century_alone_is_no_company() -> None:
    found = actors("He wrote about the 20th Century and its wars in Europe.")
    assert not any("Century" in exact for exact in found)


# ---------------------------------------------------------------- AG and SE, companies' legal forms
@pytest.mark.parametrize("text, name", [
    ("The contract went to Siemens AG, which builds trains in Germany.", "Siemens AG"),
    ("Shares of Siemens AG fell 3% in Frankfurt.", "Siemens AG"),
    ("Volkswagen AG said on Friday it would cut jobs.", "Volkswagen AG"),
    ("Deutsche Bank AG and SAP SE reported on Monday.", "SAP SE"),
])
def test_a_company_before_ag_or_se_is_whole(text: str, name: str) -> None:
    found = actors(text)
    assert found[name]["type"] == "organisation"
    assert found[name]["name"] == name.rsplit(" ", 1)[0]  # the legal form is off the name
    assert "AG" not in found and "SE" not in found


def test_ag_before_a_name_is_a_title_not_a_legal_form() -> None:
    found = actors("New York AG Letitia James sued the company.")
    assert "New York AG" not in found
    assert found["Letitia James"]["type"] == "person"


# ---------------------------------------------------------------- a publisher before its imprint
@pytest.mark.parametrize("text", [
    "His poems are Tremors ( Black Pepper , Melbourne , Australia , 2004 ) and others.",
    "Her novel (Black Pepper, Melbourne, 2004) won a prize.",
])
def test_a_publisher_before_its_city_and_year_is_an_organisation(text: str) -> None:
    found = actors(text)
    assert found["Black Pepper"]["type"] == "organisation"
    assert found["Melbourne"]["type"] == "place"
    assert "Black Pepper" not in [text[a:b] for a, b in places_before_states(text)]


@pytest.mark.parametrize("text, place", [
    ("The study (Cambridge, UK, 2008) was cited.", "Cambridge"),
    ("He was stationed at Debden , England , in June .", "Debden"),
    ("They moved to Fitzroy, Melbourne, in 2004.", "Fitzroy"),  # no year right after the city: a suburb
])
def test_a_city_before_its_country_stays_a_place(text: str, place: str) -> None:
    assert place in [text[a:b] for a, b in places_before_states(text)]


# ---------------------------------------------------------------- a state's body named by its nationality
@pytest.mark.parametrize("text, name", [
    ("In recent years, the Albanian Government has started to submit reports to the council.", "Albanian Government"),
    ("When applying to the Cuban Consulate by post, there is a new charge.", "Cuban Consulate"),
    ("The secretary general of the Italian Episcopal Conference called the sentence unjust.",
     "Italian Episcopal Conference"),
    ("Protesters gathered outside the Russian Embassy on Sunday.", "Russian Embassy"),
])
def test_a_government_or_consulate_named_by_its_nationality_is_an_organisation(text: str, name: str) -> None:
    assert actors(text)[name]["type"] == "organisation"


@pytest.mark.parametrize("text", [
    "The Annual Conference agreed on a new budget for the city.",
    "She said the Local Government would pay for the roads.",
])
def test_a_body_named_by_no_nationality_is_not_taken_by_the_rule(text: str) -> None:
    assert _national_bodies(text) == []


# ---------------------------------------------------------------- a sentence's subject that it says the kind of
@pytest.mark.parametrize("text, name, kind", [
    ("Marta Olsen (12 March 1921 – 4 May 2001) was a Danish chemist.", "Marta Olsen", "person"),
    ("Karel Dvorsky ( born 1962 ) , Czech professor of music .", "Karel Dvorsky", "person"),
    ("Old Harbourside is a hamlet in the town of Kelby.", "Old Harbourside", "place"),
    ("Montevarchio is a town and comune in the province of Arezzo.", "Montevarchio", "place"),
    ("The Bregen is a river in the south of the country.", "Bregen", "place"),
    ("Halvik Fotball was a Norwegian association football club.", "Halvik Fotball", "organisation"),
    ("Tarsen, one of the oldest firms in the region, is a vehicle manufacturing company.", "Tarsen", "organisation"),
    ("It rained. Ada Brennock is an Irish novelist and playwright.", "Ada Brennock", "person"),
    ('He said that " Blurtones is a very loud band " and left.', "Blurtones", "organisation"),  # a quotation opens
    ("Kelbice (; ; , ) is a town in the east.", "Kelbice", "place"),  # a parenthesis holding a semicolon
])
def test_a_subject_said_to_be_a_kind_of_thing_is_found_with_its_type(text: str, name: str, kind: str) -> None:
    assert (text.index(name), text.index(name) + len(name), kind) in subjects(text)
    assert actors(text)[name]["type"] == kind


@pytest.mark.parametrize("text", [
    "This is a town in the north.",
    "It was a company that made trains.",
    "Today is a holiday in the town.",
    "The town is a good place to live.",
    "In 2004, Kelby was a town of farmers.",  # not the sentence's first word
    "Norwegian is a language spoken by five million people.",
    "Smith (the manager) is a fan of the club.",  # a parenthesis with no dates: no life
])
def test_no_subject_where_the_first_word_is_no_name_or_the_kind_is_unsaid(text: str) -> None:
    assert subjects(text) == []


_NAME_WORDS = st.from_regex(r"[A-Z][a-z]{2,8}", fullmatch=True).filter(
    lambda w: w not in names.NOT_ENTITIES and not function_word(w) and not names.sentence_word(w)
    and not gazetteer.is_demonym(w))


@settings(max_examples=60, deadline=None)
@given(words=st.lists(_NAME_WORDS, min_size=1, max_size=3),
       verb=st.sampled_from(["is", "was"]),
       kind=st.sampled_from([("village", "place"), ("river", "place"), ("football club", "organisation"),
                             ("Danish politician", "person"), ("company", "organisation")]))
def test_any_name_said_to_be_a_kind_of_thing_is_that_kind(words: list[str], verb: str, kind: tuple[str, str]) -> None:
    # a name that is the kind's own word ("Club is a small football club") is the text's common word in lower case too:
    # no name (leads.subjects), so the property holds for the other names
    assume(not any(w.lower() in kind[0].lower().split() for w in words))
    name = " ".join(words)
    text = f"It rained. {name} {verb} a small {kind[0]} near the coast."
    start = text.index(name)
    assert (start, start + len(name), kind[1]) in subjects(text)


@settings(max_examples=40, deadline=None)
@given(words=st.lists(_NAME_WORDS, min_size=2, max_size=3),
       born=st.integers(1500, 2010), died=st.integers(0, 90))
def test_any_name_before_a_life_s_dates_is_a_person(words: list[str], born: int, died: int) -> None:
    name = " ".join(words)
    for dates in (f"born {born}", f"{born} – {born + died}", f"c. {born} – March 3, {born + died}"):
        text = f"{name} ({dates}) was a farmer and politician."  # two years alone are no life: a person noun follows
        assert (0, len(name), "person") in subjects(text)


# ---------------------------------------------------------------- armed bodies and movements by their head word
@pytest.mark.parametrize("text, name", [
    ("She served two years in the Air National Guard before college.", "Air National Guard"),
    ("The militia was trained by the Revolutionary Guards of the neighbouring state.", "Revolutionary Guards"),
    ("Volunteers of the Peace Corps arrived in the valley.", "Peace Corps"),
    ("The talks with the Popular Liberation Front broke down.", "Popular Liberation Front"),
    ("A statement signed by the Martyrs Brigades was read out.", "Martyrs Brigades"),
])
def test_a_corps_guard_brigades_or_front_is_an_organisation(text: str, name: str) -> None:
    assert actors(text)[name]["type"] == "organisation"


@pytest.mark.parametrize("text, words", [
    ("He fought on the Western Front in 1917.", "Western Front"),
    ("She now works as a Security Guard in a bank.", "Security Guard"),
])
def test_a_war_s_front_or_a_guard_at_work_is_no_organisation_by_the_head_word(text: str, words: str) -> None:
    assert not [m for m in organisations.find(text, lambda *_a: False) if text[m[0]:m[1]] == words]


# ---------------------------------------------------------------- a state's division is a place
@pytest.mark.parametrize("text, name", [
    ("Kelby is a hamlet in the town of Guilderland , Albany County , New York .", "Albany County"),
    ("The sheriff of Tangipahoa Parish said the deputy was booked.", "Tangipahoa Parish"),
    ("Officials in Orange County said the fire was out.", "Orange County"),
])
def test_a_county_or_parish_is_a_place_not_a_person(text: str, name: str) -> None:
    assert actors(text)[name]["type"] == "place"


def test_a_person_guess_ending_in_a_division_word_is_retyped_a_place() -> None:
    text = "They drove through Albany County at night."
    start = text.index("Albany")
    assert names.retype(text, start, start + len("Albany County"), "person") == "place"
    assert names.retype(text, start, start + len("Albany County"), "organisation") == "organisation"  # its council


# ---------------------------------------------------------------- initials after a title
@pytest.mark.parametrize("text, exact, name", [
    ("According to Professor S D Muni, the talks are stalled.", "Professor S D Muni", "S D Muni"),
    ("According to Prof. S. D. Muni, the talks are stalled.", "Prof. S. D. Muni", "S. D. Muni"),
    ("Dr J. R. Hartley wrote the book on fly fishing.", "Dr J. R. Hartley", "J. R. Hartley"),
])
def test_initials_between_a_title_and_a_surname_belong_to_the_name(text: str, exact: str, name: str) -> None:
    found = actors(text)
    assert found[exact]["type"] == "person"
    assert found[exact]["name"] == name


def test_a_company_named_by_a_rank_stays_a_company() -> None:
    assert actors("General Motors said nothing on Monday.")["General Motors"]["type"] == "organisation"
