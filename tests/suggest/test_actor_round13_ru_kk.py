"""The thirteenth round's Russian and Kazakh actor rules, on sentences written for these tests: the quoted names of a
list that a facility's or a work's noun introduces over a few words, a colon or "среди которых"/"как" are no actors,
nor is a facility's name ending with its kind after a hyphen ("Карнеги-холл"; a street's "-стрит" stays); a Kazakh
app named before "қосымшасы" is no actor, nor a Kazakh common noun with a case ending opening a sentence."""

from __future__ import annotations

import pytest

from desktop.suggest import detect
from desktop.suggest.facilities import named_thing
from desktop.suggest.guesses import Guesses


def actors(text: str) -> dict[str, str]:
    return {s.exact: str(s.attributes.get("type")) for s in detect(text, kinds=("actor",))}


@pytest.mark.parametrize(("text", "names"), [
    ("Фильмы покажут в кинотеатрах сети «Каро»: «Октябрь», «Пионер» и «Тула».", ["Октябрь", "Пионер", "Тула"]),
    ("Среди его хитов есть такие песни, как «Москва» и «Ленинград».", ["Москва", "Ленинград"]),
    ("Автор книг: «Берег» и «Сибирь».", ["Берег", "Сибирь"]),
    ("Группа выпустила синглы, среди которых «Самара» и «Волга».", ["Самара", "Волга"]),
])
def test_a_quoted_list_after_a_facilitys_or_works_noun_holds_no_actors(text: str, names: list[str]) -> None:
    found = actors(text)
    assert not any(n in found for n in names)


def test_magazines_listed_after_books_stay_organisations() -> None:
    found = actors("Он оформлял обложки книг и журналов: «Вектор», «Радуга» и «Знание».")
    assert sum(1 for t in found.values() if t == "organisation") >= 2


def test_the_network_before_the_colon_stays_an_organisation() -> None:
    assert actors("Фильмы покажут в кинотеатрах сети «Каро»: «Октябрь» и «Пионер».").get("Каро") == "organisation"


@pytest.mark.parametrize("text", [
    "Компании, как «Яндекс» и «Сбербанк», вложили средства.",  # no facility's or work's noun before
    "Сделка с «Газпромом», «Роснефтью» и «Лукойлом» была подписана.",
])
def test_a_quoted_list_of_companies_stays(text: str) -> None:
    assert len([t for t in actors(text).values() if t == "organisation"]) >= 2


@pytest.mark.parametrize(("text", "gone"), [
    ("Концерт в Карнеги-холле прошёл с успехом.", "Карнеги-холле"),
    ("Туристы собрались на Таймс-сквер в полночь.", "Таймс-сквер"),
    ("Матч прошёл на «Минск-арене» при полных трибунах.", "Минск"),
    ("Здание Эмпайр-стейт-билдинг осветили синим.", "Эмпайр-стейт-билдинг"),
])
def test_a_facility_named_with_its_kind_after_a_hyphen_is_no_actor(text: str, gone: str) -> None:
    assert not any(gone in exact for exact in actors(text))


def test_a_facility_named_with_its_kind_is_none_even_as_a_persons_guess() -> None:
    text = "Он пел в Карнеги-холле."
    start = text.index("Карнеги")
    assert named_thing(text, start, start + len("Карнеги-холле"), lambda *_: False, "person")


def test_a_street_after_a_hyphen_may_name_the_government() -> None:
    assert any("Даунинг-стрит" in exact for exact in actors("В заявлении Даунинг-стрит назвали меру вынужденной."))


def test_a_city_beside_such_a_facility_stays() -> None:
    assert actors("Матч прошёл на «Минск-арене», потом команда уехала в Минск.").get("Минск") == "place"


@pytest.mark.parametrize(("text", "gone"), [
    ("Банк клиенттері Kaspi қосымшасы арқылы төлем жасай алады.", "Kaspi"),
    ("Тұрғындар « Сергек Алматы » мобильдік қосымшасын жүктеп алды.", "Алматы"),
])
def test_a_kazakh_app_before_its_noun_is_no_actor(text: str, gone: str) -> None:
    assert gone not in actors(text)


@pytest.mark.parametrize("text", [
    "Басқосуда ауыл мәселелері талқыланды.",
    "Жиналыста жаңа жоба таныстырылды.",
])
def test_a_kazakh_common_noun_opening_a_sentence_is_no_place(text: str) -> None:
    assert actors(text) == {}


@pytest.mark.parametrize(("text", "start", "end", "common"), [
    ("Басқосуда ауыл мәселелері талқыланды.", 0, 9, True),
    ("Қызылжарда жиын өтті. Тұрғындар Қызылжар ауылына келді.", 0, 10, False),  # the stem is a name mid-sentence
    ("Ауылда Басқосуда болды.", 7, 16, False),  # not opening the sentence
    ("Тоқаев келді.", 0, 6, False),  # no case ending
])
def test_the_kazakh_opener_check(text: str, start: int, end: int, common: bool) -> None:
    assert Guesses(text).kazakh_common_opener(start, end) is common


# ---------------------------------------------------------------- the review's fixes
@pytest.mark.parametrize(("text", "names"), [
    # words between the work's noun and the colon bring a noun of their own: the list is of studios, of sponsors
    ("Этот фильм снят студиями: «Мосфильм» и «Ленфильм».", ["Мосфильм", "Ленфильм"]),
    ("Новый альбом записан спонсорами, среди которых «Газпром» и «Лукойл».", ["Газпром", "Лукойл"]),
])
def test_a_list_a_noun_after_the_works_introduces_keeps_its_organisations(text: str, names: list[str]) -> None:
    found = actors(text)
    assert all(found.get(n) == "organisation" for n in names), found


def test_a_list_after_a_works_noun_and_its_makers_genitive_holds_no_actors() -> None:
    found = actors("Он исполнил несколько хитов группы как «Самара» и «Волга».")  # the band's hits: songs
    assert "Самара" not in found and "Волга" not in found, found


@pytest.mark.parametrize(("text", "town"), [
    ("Ақсуда су тасқыны болды.", "Ақсуда"),  # a city the small gazetteer lacks
    ("Қосшыда жаңа мектеп ашылды.", "Қосшыда"),
])
def test_a_kazakh_town_with_a_short_stem_opening_a_sentence_stays_a_place(text: str, town: str) -> None:
    assert actors(text).get(town) == "place"
