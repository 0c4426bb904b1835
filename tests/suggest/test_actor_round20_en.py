"""Twentieth round (English actor precision): a common word capitalised only because it opens a sentence, a line or a
quoted post is no actor ("Equipment is state of the art."), judged by a case-ratio lexicon built from openly licensed
training text; an acronym spelt out as a thing is read through ``abbreviations.defined_acronyms``."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.suggest import common_words, detect, english_terms
from desktop.suggest.abbreviations import defined_acronyms
from desktop.suggest.suggestion import actor

LEXICON = Path(__file__).resolve().parents[2] / "resources" / "gazetteer" / "lower_case_en.txt"


def actors(text: str) -> dict[str, dict]:
    return {s.exact: s.attributes for s in detect(text, kinds=("actor",))}


def _opener(text: str, word: str, kind: str = "person") -> bool:
    start = text.index(word)
    return common_words.sentence_opener(text, actor(start, start + len(word), text, {"name": word, "type": kind}, 0.6))


# ---------------------------------------------------------------- the lexicon
def test_the_lexicon_is_small_names_its_sources_and_holds_lower_case_words() -> None:
    lines = LEXICON.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("#") and "GUM" in lines[0] and "WNUT17" in lines[0] and "CC BY 4.0" in lines[0]
    words = common_words.lower_case_words()
    assert LEXICON.stat().st_size < 40_000 and len(words) == len(lines) - 1
    assert all(w == w.casefold() for w in words)
    assert "equipment" in words and "truck" in words
    # words that name bodies and places as often are left out: GUM and wikigold write them in capitals
    assert not {"office", "department", "middle", "internet"} & words


# ---------------------------------------------------------------- a common word opening a sentence
@pytest.mark.parametrize("text, word", [
    ("Equipment is modern and the nurses were kind.", "Equipment"),
    ("We waited an hour. Equipment was missing.", "Equipment"),
    ("RT @ roadnews : Truck overturned near the bridge", "Truck"),
])
def test_a_common_word_opening_a_sentence_is_no_actor(text: str, word: str) -> None:
    assert _opener(text, word)


@pytest.mark.parametrize("text, word", [
    ("We bought the Equipment from them. Equipment is modern.", "Equipment"),  # capitalised inside a sentence too
    ("Equipment said it would hire staff.", "Equipment"),  # speaks
    ("Equipment 's profits rose.", "Equipment"),  # a possessive
    ("Office hours end at five.", "Office"),  # not in the lexicon: names bodies as often
    ("Shell reported a loss.", "Shell"),  # a known company
    ("Nurses said the Equipment was modern.", "Equipment"),  # inside a sentence
])
def test_a_word_with_other_evidence_of_a_name_stays(text: str, word: str) -> None:
    assert not _opener(text, word)


def test_the_rule_drops_the_model_s_suggestion_in_detect() -> None:
    assert "Equipment" not in actors("Equipment is state of the art and the staff are kind.")


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(common_words.lower_case_words())), st.sampled_from(["I met ", "We saw the ", "Ask "]))
def test_a_lexicon_word_inside_a_sentence_is_never_dropped(word: str, before: str) -> None:
    name = word.capitalize()
    text = f"{before}{name} yesterday."
    assert not _opener(text, name)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(common_words.lower_case_words())))
def test_a_lexicon_word_written_capitalised_inside_another_sentence_stays(word: str) -> None:
    name = word.capitalize()
    assert not _opener(f"{name} is here. We like {name} a lot.", name)


# ---------------------------------------------------------------- thing acronyms read by defined_acronyms
@pytest.mark.parametrize("text, acronyms", [
    ("The Core Pricing Mechanism ( CPM ) stays.", {"CPM", "Core Pricing Mechanism"}),
    ("The Core Pricing Mechanism (CPM) stays.", {"CPM", "Core Pricing Mechanism"}),
    ("The Office of Budget and Tax Policy (OBTP) met.", set()),  # a body's head word
    ("The Kelso Farmers Union (KFU) said no.", set()),
    ("Rules Of The Road Protocol (RRP) applies.", set()),  # capitalised joiners spell no initial, as before the round
])
def test_thing_acronyms_read_the_defined_acronyms(text: str, acronyms: set[str]) -> None:
    assert english_terms.thing_acronyms(text) == acronyms


def test_spaced_brackets_are_read_only_when_asked() -> None:
    text = "The Crew Exploration Vehicle ( CEV ) flew."
    assert defined_acronyms(text) == []
    assert [d[2:] for d in defined_acronyms(text, spaced=True)] == [("Crew Exploration Vehicle", "CEV")]


# ---------------------------------------------------------------- review: real actors the first version dropped
@pytest.mark.parametrize("text, name", [
    ("Curry scored 40 points as the Warriors beat the Lakers.", "Curry"),  # wikigold tags Curry as a person
    ("Conor was sentenced to five years in prison.", "Conor"),  # a given name tweets write in lower case
    ("Subway is closing 300 stores.", "Subway"),  # a company the tweets tag
    ("Mobile is a port city in Alabama.", "Mobile"),  # a city wikigold tags
    ("Short tells MPs she will quit.", "Short"),  # a surname before a headline's verb of speaking
    ("Short was elected to the Senate in 2004.", "Short"),  # ... before a person's act
    ("Early Learning is a charity in Leeds.", "Early Learning"),  # two words: the second capital is no sentence's
])
def test_a_real_actor_opening_a_sentence_stays(text: str, name: str) -> None:
    assert name in actors(text)


def test_the_lexicon_leaves_out_one_word_names_handles_and_thin_evidence() -> None:
    words = common_words.lower_case_words()
    assert not {"curry", "subway", "mobile", "conor", "kitty", "boots", "justinbieber", "zaynmalik"} & words
    assert not {"nicky", "price", "hunt", "wood"} & words  # written in lower case fewer than five times


def test_a_known_company_in_the_lexicon_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    # "shell" is not in the lexicon, so the company check is what is tested only with a lexicon that holds it
    monkeypatch.setattr(common_words, "lower_case_words", lambda: frozenset({"shell", "equipment"}))
    assert not _opener("Shell reported a loss.", "Shell", "organisation")
    assert _opener("Equipment reported a loss.", "Equipment", "organisation")
