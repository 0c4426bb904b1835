"""The tenth round's Russian actor rule, on sentences written for these tests: a name after the
lower-case noun of a facility's kind ("на площади Тяньаньмэнь", "в кинотеатрах «Звезда», «Космос» и
«Юность»") or of a work's or brand's kind in quotes ("фильм «Цирк»") is the facility's or the work's,
no actor; the author after a work's noun, a club, a state's area stay."""

from __future__ import annotations

import pytest

from desktop.suggest import detect
from desktop.suggest.facilities import named_thing


def actors(text: str) -> dict[str, dict]:
    return {s.exact: s.attributes for s in detect(text, kinds=("actor",))}


def _known(text: str, start: int, end: int) -> bool:
    return text[start:end] in ("Москвы", "Тула")


@pytest.mark.parametrize("text, word", [
    ("Студенты протестовали на площади Тяньаньмэнь в 1989 году.", "Тяньаньмэнь"),
    ("Нарушение выявили на улице Лётчиков в микрорайоне Затон.", "Лётчиков"),
    ("Показы пройдут в кинотеатрах «Звезда», «Космос» и «Тула».", "Тула"),
    ("Показы пройдут в кинотеатрах «Звезда», «Космос» и «Тула».", "Космос"),
    ("Вечером покажут фильм «Цирк» Александрова.", "Цирк"),
    ("Препарат продают под торговыми марками «Раундап» и «Торнадо».", "Торнадо"),
])
def test_a_name_after_a_facilitys_or_a_works_noun_is_no_actor(text, word):
    start = text.index(word)
    assert named_thing(text, start, start + len(word), _known)
    assert word not in actors(text)


@pytest.mark.parametrize("text, word", [
    ("Вышла новая книга Толстого о войне.", "Толстого"),  # the author, not a title in quotes
    ("Площадь Москвы выросла, сообщил мэр.", "Москвы"),  # the city's area
    ("Футбольный клуб «Спартак» выиграл матч.", "Спартак"),  # a club is an organisation
    ("Президент приехал в Тулу на завод.", "Тулу"),
])
def test_a_name_after_another_noun_stays(text, word):
    start = text.index(word)
    assert not named_thing(text, start, start + len(word), _known)


def test_an_author_after_a_works_noun_stays_an_actor():
    assert actors("Вышла новая книга Льва Толстого о войне.").get("Льва Толстого", {}).get("type") == "person"


def test_a_name_found_elsewhere_is_not_repeated_after_a_facilitys_noun():
    text = "Пограничники с «Арканкергене» пропали. Они служили на заставе «Арканкерген» в области."
    start = text.rindex("Арканкерген")
    assert all(s.start != start for s in detect(text, kinds=("actor",)))


@pytest.mark.parametrize("text, word", [
    ("Авария произошла на пересечении улицы Лобачевского и проспекта Вернадского.", "Лобачевского"),
    ("Матч пройдёт на стадионе Рио «Маракана».", "Рио"),  # the city's stadium: only a quoted name is the building's
])
def test_a_person_or_city_after_a_facilitys_noun_stays(text, word):
    start = text.index(word)
    assert not named_thing(text, start, start + len(word), _known, "person" if word == "Лобачевского" else "place")
