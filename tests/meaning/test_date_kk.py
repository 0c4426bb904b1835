"""Kazakh dates (issue 15): day month year under a dateline and in running text, the year first, the month names in
their cases, the relative words, and the own-time rule reading them against a Kazakh dateline."""

from __future__ import annotations

import pytest
from babel import Locale
from hypothesis import given
from hypothesis import strategies as st

from desktop.meaning.date_kk_months import KK_MONTH_FORMS, KK_MONTHS
from desktop.meaning.dates import find_dates

REF = "2024-03-20"  # a Wednesday


def found(text: str, reference: str | None = REF) -> list[tuple[str, str | None, str | None]]:
    return [(text[s:e], a.get("start"), a.get("end")) for s, e, a in find_dates(text, reference)]


def test_the_month_names_are_cldrs():
    assert list(KK_MONTHS) == [Locale("kk").months["format"]["wide"][n] for n in range(1, 13)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Астана, 14 қаңтар 2022 ж.", [("14 қаңтар 2022 ж.", "2022-01-14", "2022-01-14")]),
    ("Шешім 3 ақпан 2019 күні қабылданды.", [("3 ақпан 2019", "2019-02-03", "2019-02-03")]),
    ("2018 жылғы 9 шілдеде жол ашылды.", [("2018 жылғы 9 шілдеде", "2018-07-09", "2018-07-09")]),
    ("Заң 1995 жылдың 30 тамызында қабылданған.", [("1995 жылдың 30 тамызында", "1995-08-30", "1995-08-30")]),
    ("Зауыт 2016 жылдың қарашасында іске қосылды.", [("2016 жылдың қарашасында", "2016-11", "2016-11")]),
    ("Көрме 2021 жылы қыркүйекте өтті.", [("2021 жылы қыркүйекте", "2021-09", "2021-09")]),
    ("Мектеп 2 қыркүйекте ашылады.", [("2 қыркүйекте", "2024-09-02", "2024-09-02")]),
    ("Жиналыс желтоқсанда болады.", [("желтоқсанда", "2024-12", "2024-12")]),
    ("Маусым айында емтихан басталады.", [("Маусым айында", "2024-06", "2024-06")]),
    ("Есеп 2023 жылғы мамыр айында дайын болды.", [("2023 жылғы мамыр айында", "2023-05", "2023-05")]),
])
def test_kazakh_dates_in_their_forms(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Кеше әкім тұрғындармен кездесті.", [("Кеше", "2024-03-19", "2024-03-19")]),
    ("Бүгін ауа райы салқын.", [("Бүгін", "2024-03-20", "2024-03-20")]),
    ("Ертең мектептер жабылады.", [("Ертең", "2024-03-21", "2024-03-21")]),
    ("Депутаттар өткен аптада жиналды.", [("өткен аптада", "2024-03-11", "2024-03-17")]),
    ("Келесі аптада сайлау өтеді.", [("Келесі аптада", "2024-03-25", "2024-03-31")]),
    ("Биыл бидай мол болды, былтыр аз еді.", [("Биыл", "2024", "2024"), ("былтыр", "2023", "2023")]),
    ("Өткен жылы баға өсті.", [("Өткен жылы", "2023", "2023")]),
    ("Табыс былтырғыдан көп.", [("былтырғыдан", "2023", "2023")]),
    ("Келесі айда жол жөнделеді.", [("Келесі айда", "2024-04", "2024-04")]),
])
def test_kazakh_relative_words(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "Ет қазанда пісті.",  # a cauldron
    "Қазанда жиналыс болды.",  # Kazan, the city
    "Наурыз мерекесі келді.",  # the holiday
    "Өткен жылдары көп нәрсе өзгерді.",  # the past years: no one year
    "Ол 28 жаста.",  # an age
    "Бұл 1500 жыл бұрын болған.",  # a length of time
    "Майдан на площади опустел.",  # Russian: "Май" + "дан" is no Kazakh month
    "Өткен маусымда ол 10 гол соқты.",  # review: last (sports) season, not last June
    "Жаңа маусымда команда жеңді.",  # the new season
    "Ол 5 маусым бойы ойнады.",  # for five seasons
    "Асханада 28 қазан бар.",  # 28 cauldrons
])
def test_no_kazakh_date_where_there_is_none(text):
    assert found(text) == []


def test_the_relative_words_are_undated_without_a_publication_date():
    (_words, start, end), = found("Кеше жаңбыр жауды.", None)
    assert start is None and end is None


def test_a_kazakh_dateline_is_the_texts_own_day():
    text = "Алматы, 28 сәуір 2020 ж.\n\nКеше үкімет отырысы өтті. Министр өткен аптада келді."
    dates = {text[s:e]: a for s, e, a in find_dates(text, "2020-04-30")}
    assert dates["Кеше"]["start"] == "2020-04-27" and dates["Кеше"]["reason"]["evidence"] == "heading"
    assert dates["өткен аптада"]["start"] == "2020-04-20"  # the week before either day
    undated = {text[s:e]: a for s, e, a in find_dates(text)}
    assert undated["Кеше"]["start"] == "2020-04-27"  # no publication date: the dateline gives the value


def test_kazakh_today_is_states_the_day_and_a_letter_opens_with_kurmetti():
    stated = "Бүгін, 2021 жылғы 3 наурыз.\nКеше қар жауды."
    dates = {stated[s:e]: a for s, e, a in find_dates(stated, "2021-03-20")}
    assert dates["Кеше"]["start"] == "2021-03-02" and dates["Кеше"]["reason"]["evidence"] == "stated"
    letter = "2001 жылғы 5 мамыр\nҚұрметті Асқар!\n\nКеше хатыңызды алдым."
    dates = {letter[s:e]: a for s, e, a in find_dates(letter, "2024-01-01")}
    assert dates["Кеше"]["start"] == "2001-05-04"  # a letter: any day


@given(st.integers(min_value=1, max_value=12), st.integers(min_value=1, max_value=28),
       st.integers(min_value=1900, max_value=2099), st.sampled_from([0, 1, 7]))
def test_every_month_in_its_forms_after_a_year_gives_that_day(month, day, year, form):
    words = KK_MONTH_FORMS[month][form]  # the name, the locative, the possessive's locative
    text = f"Бұл {year} жылғы {day} {words} болды."
    iso = f"{year:04d}-{month:02d}-{day:02d}"
    assert found(text) == [(f"{year} жылғы {day} {words}", iso, iso)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Сотрудники ж.-д. транспорта бастовали в 2015 году.", [("2015 году", "2015", "2015")]),
    ("Построена в 1905 ж.-д. станция.", [("1905", "1905", "1905")]),  # review: "ж.-д." (railway) is no Kazakh year
    ("В 2015 ж. д. вокзал закрыли.", [("2015", "2015", "2015")]),
    ("5 маусым күні жиналыс болады.", [("5 маусым", "2024-06-05", "2024-06-05")]),  # with a day: June
])
def test_russian_railway_and_kazakh_june_with_a_day(text, expected):
    assert found(text) == expected


def test_the_russian_cache_is_no_kazakh_yesterday() -> None:
    """"кеше" is Kazakh "yesterday" and the Russian prepositional of "кеш" (cache): only a Kazakh sentence dates it."""
    for text in ("Данные хранятся в кеше браузера.", "Страница в кеше.", "Очистите кеше и перезапустите."):
        assert find_dates(text, reference="2024-03-20") == [], text
    found = find_dates("Кеше министр Астанаға келді.", reference="2024-03-20")
    assert [(a["start"], a["end"]) for _s, _e, a in found] == [("2024-03-19", "2024-03-19")]
