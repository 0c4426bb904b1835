"""The reviewer's sentences against the tenth round's Russian and Kazakh actor rules (sentences
written for these tests): "көлігін" (his car) is no lake, a verb "заставили" no facility's noun, a
common noun before "орталығы", "бөлімі", "қоры" no organisation, "Мәжіліс Төрағасы" a title."""

from __future__ import annotations

import pytest

from desktop.suggest import detect
from desktop.suggest.kazakh_bodies import bodies
from desktop.suggest.kazakh_heads import organisations, waters


def actors(text: str) -> dict[str, dict]:
    return {s.exact: s.attributes for s in detect(text, kinds=("actor",))}


@pytest.mark.parametrize("text, person", [
    ("Тоқаев көлік және логистика саласын дамытуды тапсырды.", "Тоқаев"),
    ("Асқар көлігін жөндеуге берді.", "Асқар"),
])
def test_a_vehicle_is_no_lake(text, person):
    assert waters(text) == []
    assert actors(text).get(person, {}).get("type") != "place"


@pytest.mark.parametrize("text, written", [("Біз Балқаш көлдерінде демалдық.", "Балқаш"),
                                           ("Жайық өзеніне су құйылады.", "Жайық")])
def test_a_lake_or_river_with_a_case_ending_is_still_one(text, written):
    assert [text[a:b] for a, b in waters(text)] == [written]


@pytest.mark.parametrize("text, organisation", [
    ("Санкции заставили Газпром сократить добычу.", "Газпром"),
    ("Кризис заставил Сбербанк сократить расходы.", "Сбербанк"),
    ("Забастовка заставила Аэрофлот отменить рейсы.", "Аэрофлот"),
])
def test_an_organisation_after_the_verb_to_force_stays(text, organisation):
    assert actors(text).get(organisation, {}).get("type") == "organisation"


@pytest.mark.parametrize("text", [
    "Алтын-валюта қоры бес пайызға өсті.",
    "Мұнай қоры жыл сайын азайып келеді.",
    "Сауда орталығы жанында жиналыс өтті.",
    "Полиция бөлімі хабарлады.",
    "Кеше сауда орталығында өрт шықты.",
    "Алматыда сауда орталығында өрт шықты.",
    "Кәсіпкер Асқар Жұмабаев өз компаниясын сатты.",
    "Министр журналистерге өз кеңсесінде сұхбат берді.",
    "Дәрігер хирургия бөлімінде жұмыс істейді.",
])
def test_a_common_noun_before_a_kind_is_no_kazakh_organisation(text):
    assert organisations(text, lambda t, a, b: t[a:b] == "Алматы") == []
    assert all(a.get("type") != "organisation" for a in actors(text).values())


@pytest.mark.parametrize("text, written, kind", [
    ("Алматыда сауда орталығында өрт шықты.", "Алматыда", "place"),
    ("Кәсіпкер Асқар Жұмабаев өз компаниясын сатты.", "Асқар Жұмабаев", "person"),
])
def test_the_place_or_person_before_a_common_noun_stays(text, written, kind):
    assert actors(text).get(written, {}).get("type") == kind


def test_a_known_place_before_a_common_kind_names_an_organisation():
    text = "Біз Алматы сауда орталығына бардық."
    assert [text[a:b] for a, b in organisations(text, lambda t, a, b: t[a:b] == "Алматы")] == ["Алматы сауда орталығына"]


def test_a_capitalised_head_after_a_body_is_a_title():
    found = actors("Мәжіліс Төрағасы Ерлан Қошанов Сенатқа барды.")
    assert "Мәжіліс" not in found
    assert found.get("Ерлан Қошанов", {}).get("type") == "person"


@pytest.mark.parametrize("text, found", [
    ("АҚШ Сенаты заңды қабылдады.", []),
    ("Парламент Сенаты заңды қабылдады.", ["Парламент"]),
    ("Қазақстан Үкіметі шешім қабылдады.", ["Үкіметі"]),
    ("Қазақстан Республикасы Парламенті Мәжілісінің депутаттары жиналды.", ["Парламенті"]),
    ("Құжат Сенатқа жіберілді.", ["Сенатқа"]),
])
def test_a_body_in_the_possessive_after_another_name_is_not_kazakhstans(text, found):
    assert [text[a:b] for a, b in bodies(text)] == found
