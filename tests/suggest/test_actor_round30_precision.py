"""Thirtieth round (English actor precision): a model's name after its designation and before a vehicle's or a
weapon's noun is no actor ("M2 Bradley" of "50 M2 Bradley vehicles"); "Eve" after a feast's name is a day ("New Year's
Eve"); a currency's code before a number is the amount's currency ("IDR" of "IDR 175,000"); a post's words alone are
no actor after a verb that gives the post ("Head Coach" of "she was named Head Coach of the team"). Sentences of our
own, with the cases each rule must leave alone."""

from __future__ import annotations

from desktop.suggest import detect
from desktop.suggest.suggestion import Suggestion


def found(text: str) -> list[Suggestion]:
    return detect(text, kinds=("actor",))


def typed(text: str) -> set[tuple[str, str]]:
    return {(s.exact, str(s.attributes.get("type"))) for s in found(text)}


def exacts(text: str) -> set[str]:
    return {s.exact for s in found(text)}


# ---------------------------------------------------------------- a model's name after its designation
def test_a_model_s_name_after_its_designation_is_no_actor() -> None:
    for text, model in (
        ("The company ordered 50 M2 Bradley vehicles.", "Bradley"),
        ("Ukraine received M1 Abrams tanks from Washington.", "Abrams"),
        ("The army fielded M109 Paladin howitzers near Kharkiv.", "Paladin"),
    ):
        assert not any(model in s.exact for s in found(text)), text


def test_names_with_a_number_and_a_model_s_maker_stay() -> None:
    assert ("Channel 4", "organisation") in typed("He watched the show on Channel 4 last night.")
    assert ("BBC Radio 4", "organisation") in typed("She spoke to BBC Radio 4 on Monday.")
    assert ("Formula 1", "organisation") in typed("Lewis Hamilton won the Formula 1 race in Monza.")
    assert "G7" in exacts("The G7 leaders met in Rome.")
    assert ("O2 Arena", "place") in typed("Fans filled the O2 Arena in London.")  # no vehicle's noun after it
    assert "Ukraine" in exacts("Ukraine received M1 Abrams tanks from Washington.")
    assert "Airbus" in exacts("The airline ordered 20 A320 aircraft from Airbus.")


# ---------------------------------------------------------------- a feast's eve
def test_eve_after_a_feast_is_a_day() -> None:
    for text in ("The party on New Year's Eve was loud.", "Christmas Eve's tomorrow and I am not ready.",
                 "The shops close early on New Year’s Eve, the council said."):
        assert not any("Eve" in s.exact for s in found(text)), text


def test_eve_as_a_given_name_stays() -> None:
    assert ("Eve", "person") in typed("Adam and Eve left the garden.")
    assert ("Eve Smith", "person") in typed("Eve Smith said the vote was close.")


# ---------------------------------------------------------------- a currency's code before a number
def test_a_currency_s_code_before_a_number_is_no_actor() -> None:
    for text, code in (("The jacket costs IDR 175,000 with shipping.", "IDR"),
                       ("The loan was for INR 400 crore, the bank said.", "INR")):
        assert code not in exacts(text), text


def test_a_body_before_a_count_stays() -> None:
    assert ("NATO", "organisation") in typed("NATO 2 members disagreed on the plan.")
    assert "BBC" in exacts("The BBC 4 shows were cancelled, the BBC said.")


# ---------------------------------------------------------------- a post's words alone
def test_a_post_s_words_alone_are_no_actor() -> None:
    for text in ("In May she was named Head Coach of the under-18 team.",
                 "He is the Chairman and Co-Chief Executive Officer of the firm.",
                 "She served as Vice President of the council for two years."):
        assert found(text) == [], text
    assert typed("As Chief Executive Officer, Maria Lopez cut costs.") == {("Maria Lopez", "person")}


def test_a_post_that_stands_for_its_holder_stays() -> None:
    assert ("Vice President", "person") in typed("The senator passed the note to the Vice President, who read it aloud.")
    assert ("Deputy Secretary", "person") in typed("Reporters can follow the Deputy Secretary on his trip.")


def test_a_post_with_a_name_and_a_body_stay() -> None:
    assert ("Head Coach Ana Ruiz", "person") in typed("Head Coach Ana Ruiz said the team was ready.")
    assert ("Executive Office of the President", "organisation") in typed(
        "The Executive Office of the President issued a note.")


# ---------------------------------------------------------------- the review's cases
def test_a_company_after_a_flight_or_a_quarter_before_a_vehicle_s_noun_stays() -> None:
    assert ("Malaysia Airlines", "organisation") in typed("Since MH370 Malaysia Airlines planes have been tracked by satellite.")
    assert ("Airbus", "organisation") in typed("In Q2 Airbus aircraft deliveries rose in Toulouse.")
    assert ("Boeing", "organisation") in typed("In Q3 Boeing jets were delivered late.")
    assert ("Airbus", "organisation") in typed("In H1 Airbus jets sold well.")


def test_a_post_its_holder_s_verb_or_possessive_follows_stays() -> None:
    assert ("Vice President", "person") in typed("The bill stalled, as the Vice President said on Monday.")
    assert ("Head Coach", "person") in typed("The decision is the Head Coach's alone, the club said.")
    assert ("Head Coach", "person") in typed("It is the Head Coach who decides.")
    assert "Head Coach" not in exacts("He was named Head Coach on Monday.")
