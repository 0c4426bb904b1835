"""Which guesses are names (desktop.suggest.guesses): common words opening a sentence,
emphasis in capitals, a currency after "US" (issue 15, fifth round of the actor rules)."""

from __future__ import annotations

import pytest

from desktop.suggest import detect
from desktop.suggest.guesses import Guesses, currency_prefix


def actors(text: str) -> dict[str, dict]:
    return {s.exact: s.attributes for s in detect(text, kinds=("actor",))}


def test_a_first_word_the_text_writes_in_lower_case_is_a_common_noun():
    text = "Homeopathy is popular in the region. Doctors say homeopathy has no effect, Hana Petrova said."
    g = Guesses(text)
    assert g.common_first_word(0, len("Homeopathy"))
    assert "Homeopathy" not in actors(text)
    assert "Hana Petrova" in actors(text)


def test_a_first_word_written_with_a_capital_mid_sentence_too_stays_a_name():
    text = "Apple sold fewer phones. Analysts said Apple would recover, though apple growers disagreed."
    g = Guesses(text)
    assert not g.common_first_word(0, len("Apple"))  # "said Apple": a name
    assert not Guesses("Brown said the deal was done.").common_first_word(0, 5)  # no lower-case "brown"


@pytest.mark.parametrize("word", ["NOW", "UNLESS", "WHAT", "YOU", "NEVER"])
def test_function_words_in_capitals_are_emphasis(word):
    assert Guesses("").emphasis(word)
    assert word not in actors(f"They want the money {word}, said Omar Haddad in Beirut.")


def test_a_word_in_capitals_the_text_writes_in_lower_case_is_emphasis():
    text = "It was a HUGE success. The huge crowd cheered the NATO envoy."
    g = Guesses(text)
    assert g.emphasis("HUGE") and not g.emphasis("NATO") and not g.emphasis("WHO")
    found = actors(text)
    assert "HUGE" not in found and "NATO" in found


def test_a_defined_acronym_is_never_emphasis():
    text = "The Union of Fishing Workers (UFW) met. The fishing union, UFW, will strike."
    assert actors(text)["UFW"]["name"] == "Union of Fishing Workers"


@pytest.mark.parametrize("text", ["Damages reached US$10 billion.", "Damages reached US $10 billion."])
def test_us_before_a_dollar_sign_is_a_currency_not_the_state(text):
    assert currency_prefix(text, text.index("US") + 2)
    assert "US" not in actors(text)


def test_us_as_a_state_is_still_found():
    text = "Damages reached US $10 billion, the US Treasury said, and the US agreed."
    found = [(s.start, s.attributes["name"]) for s in detect(text, kinds=("actor",)) if s.exact == "US"]
    currency = text.index("US $")
    assert [name for _start, name in found] == ["United States"]  # the last; "US Treasury" is one name
    assert currency not in [start for start, _name in found]


def test_initials_t_c_are_no_tropical_cyclone():
    text = "T.C. Boyle wrote the novel. Boyle lives in California."
    assert not Guesses(text).storm("Boyle")
    assert not Guesses("T.C. Cumhurbaşkanlığı açıklama yaptı.").storm("Cumhurbaşkanlığı")


@pytest.mark.parametrize(("text", "term"), [
    ("Aid reached internally displaced persons (IDPs) in the north.", "IDP"),
    ("An understanding of the source text (ST) comes first.", "ST"),
    ("Staff of non-governmental organisations (NGOs) left the city.", "NGO"),
])
def test_an_acronym_defined_by_lower_case_words_is_a_term(text, term):
    g = Guesses(text)
    assert g.term(term) and g.term(term + "s")
    later = text + f" Each {term} was counted, Anna Weber said."
    assert term not in actors(later)


def test_an_acronym_defined_by_a_name_stays_an_organisation():
    text = "The University and College Union (UCU) said the UCU would strike."
    assert not Guesses(text).term("UCU")
    assert {a["name"] for e, a in actors(text).items() if e == "UCU"} == {"University and College Union"}


@pytest.mark.parametrize(("text", "word"), [("The US will send 275 troops to support its Embassy in Baghdad.", "Embassy"),
                                             ("The opposition says our Government has failed, Leyla Aydın said.", "Government")])
def test_one_word_after_a_possessive_is_a_common_noun(text, word):
    start = text.index(word)
    assert not Guesses(text).keep(start, start + len(word), "en", False)
    assert Guesses(text.replace(word, "Leyla")).keep(start, start + 5, "en", False) is False  # "its Leyla" neither
    assert word not in actors(text)


def test_one_word_after_an_article_or_a_verb_is_still_a_name():
    text = "Troops arrived to support Kabul, and the Embassy said so."
    assert Guesses(text).keep(text.index("Kabul"), text.index("Kabul") + 5, "en", False)


@pytest.mark.parametrize(("text", "storm"), [
    ("Cyclone Phailin has winds of 200 km/h. Phailin's winds will weaken inland, Ravi Menon said.", "Phailin"),
    ("Hurricane Katrina hit New Orleans in 2005. Katrina killed 1,800 people, Maria Lopez said.", "Katrina"),
])
def test_a_storm_and_its_name_alone_are_an_event_not_an_actor(text, storm):
    g = Guesses(text)
    assert g.storm(storm) and g.storm(text.split()[0] + " " + storm)
    found = actors(text)
    assert not any(storm in e for e in found)
    assert any(e in ("Ravi Menon", "Maria Lopez") for e in found)


def test_a_name_that_no_storm_carries_is_no_storm():
    assert not Guesses("Katrina Adams said the storm had passed.").storm("Katrina")
