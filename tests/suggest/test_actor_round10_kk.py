"""The tenth round's Kazakh actor rules, on sentences written for these tests: Kazakhstan's
Parliament, its chambers and its Government named in Kazakh with their case endings ("Мәжілісте",
"Үкіметпен"), and none before the noun of its head ("Үкімет басшысы": the Prime Minister's title)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.suggest import detect
from desktop.suggest.kazakh_bodies import bodies, nominative
from desktop.suggest.kazakh_heads import organisations, waters


def actors(text: str) -> dict[str, dict]:
    return {s.exact: s.attributes for s in detect(text, kinds=("actor",))}


@pytest.mark.parametrize("text, written, name", [
    ("Заң жобасы Мәжілісте талқыланды.", "Мәжілісте", "Мәжіліс"),
    ("Мәжілісте Жайық өзенінің ластануы талқыланды.", "Мәжілісте", "Мәжіліс"),
    ("Елімізде қос палаталы Парламент жұмыс істейді.", "Парламент", "Парламент"),
    ("Құжат Сенатқа жіберілді.", "Сенатқа", "Сенат"),
    ("Біз бұл жұмысты Үкіметпен бірге атқардық.", "Үкіметпен", "Үкімет"),
])
def test_a_kazakh_state_body_is_an_organisation(text, written, name):
    found = actors(text)
    assert found.get(written, {}).get("type") == "organisation"
    assert found[written]["name"] == name


def test_a_place_after_the_body_stays_a_name_of_its_own():
    found = actors("Мәжілісте Жайық өзенінің ластануы талқыланды.")
    assert "Мәжілісте" in found and "Жайық" in found


@pytest.mark.parametrize("text", [
    "Үкімет басшысы Асқар Мамин зауытты аралады.",
    "Мәжіліс төрағасы ресми сапармен Өзбекстанға барды.",
    "Сенат спикері мәлімдеме жасады.",
])
def test_a_body_before_its_heads_noun_is_part_of_a_title(text):
    word = text.split()[0]
    assert bodies(text) == []
    assert word not in actors(text)


@pytest.mark.parametrize("text", [
    "Парламент принял закон.",  # Russian: no Kazakh letter near it
    "ТМД Парламентаралық ассамблеясы жиналды.",  # inter-parliamentary: no case ending
])
def test_no_body_in_russian_text_nor_inside_another_word(text):
    assert bodies(text) == []


@given(st.sampled_from(["Мәжіліс", "Сенат", "Парламент", "Үкімет"]),
       st.sampled_from(["", "те", "ке", "тің", "пен", "ті", "і", "іне", "ке"]))
@settings(max_examples=60, deadline=None)
def test_a_body_with_a_kazakh_ending_is_named_without_it(stem, ending):
    word = stem + ending
    text = f"Бүгін {word} жұмыс істеді."
    assert bodies(text) == [(6, 6 + len(word))]
    assert nominative(word) == stem


def test_a_body_found_elsewhere_in_the_text_is_not_repeated_before_its_heads_noun():
    text = "Біз бұл жұмысты Үкімет тапсырмасымен атқардық. Сондай-ақ Үкімет басшысы облыстағы зауыттарды аралады."
    found = detect(text, kinds=("actor",))
    assert [(s.start, s.exact) for s in found if s.exact == "Үкімет"] == [(16, "Үкімет")]


@pytest.mark.parametrize("text, written", [
    ("Ақмола облысындағы Макинск құс фабрикасы көп ет өндіреді.", "Макинск құс фабрикасы"),
    ("Көлік прокуратурасы мұнай қалдықтарын тексерді.", "Көлік прокуратурасы"),
    ("Былтыр Павлодар экономикалық соты шешім шығарды.", "Павлодар экономикалық соты"),
    ("Мамандар Қарағанды металлургия комбинатының цехын аралады.", "Қарағанды металлургия комбинатының"),
])
def test_a_kazakh_organisation_before_the_noun_of_its_kind(text, written):
    assert actors(text).get(written, {}).get("type") == "organisation"


@pytest.mark.parametrize("text", [
    "Бұл зауыты жаңа.",  # a demonstrative, no name
    "Жаңа зауыт салынды.",  # no compound's possessive: no name's head
    "Біз зауыттың жұмысын көрдік.",
])
def test_no_kazakh_organisation_without_a_name_before_its_head(text):
    assert organisations(text) == []


@pytest.mark.parametrize("text, written", [
    ("Сырдария өзенінің аяқ жағында балық көп.", "Сырдария"),
    ("Біз Балқаш көлінде демалдық.", "Балқаш"),
    ("Ертіс өзені арнасынан асты.", "Ертіс"),
])
def test_a_river_or_lake_before_its_noun_is_a_place(text, written):
    assert [text[a:b] for a, b in waters(text)] == [written]
    assert actors(text).get(written, {}).get("type") == "place"


def test_no_water_in_russian_text():
    assert waters("Ертіс өзені") != [] and waters("Река Иртыш разлилась.") == []


@pytest.mark.parametrize("text", ["Білімнің орталығы ашылды.", "Қазақтың рухани орталығынан хабар келді."])
def test_a_common_noun_in_the_genitive_before_the_head_is_no_name(text):
    assert organisations(text) == []


@pytest.mark.parametrize("text, written", [
    ("Полномочия сосредоточены в Парламенте Молдавии, сказал Іван Петренко.", "Парламенте Молдавии"),
    ("Сенат США ратифицировал договор.", "Сенат США"),
])
def test_a_russian_chamber_beside_a_ukrainian_letter_is_no_kazakh_body(text, written):
    assert bodies(text) == []
