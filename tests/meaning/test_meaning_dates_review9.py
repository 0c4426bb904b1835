"""Dates, ninth round's review (issue 15): the defects a reviewer found in the round's date rules, each
from the reviewer's sentences.  Texts written for these tests."""

from __future__ import annotations

import pytest

from desktop.meaning.date_tense import PAST
from tests.meaning.test_meaning_dates_ninth import _tense, dates


# ---------------------------------------------------------------- an old date's day in the next paragraph
@pytest.mark.parametrize("text, date, value", [
    ("The dam burst on 3 March 2011.\nOn 3 March a memorial will open.", "3 March", "2026-03-03"),
    ("The dam burst on 3 March 2011.\nOn 3 March next year a memorial will open.", "3 March", "2026-03-03"),
    ("The treaty was signed on 12 May 1990.\nOn 12 May the minister will visit Paris.", "12 May", "2026-05-12"),
    ("The dam burst on 3 March 2011.\nEvery year on 3 March, villagers hold a vigil.", "3 March", "2025-03-03"),
])
def test_the_anchors_day_alone_outside_the_past_takes_no_old_year(text: str, date: str, value: str) -> None:
    assert (date, value, value, "day") in dates(text)


def test_a_range_from_the_anchors_day_keeps_its_year() -> None:
    text = "The games take place on 5 August 2016.\nFrom 5 to 21 August athletes will compete."
    assert ("5 to 21 August", "2016-08-05", "2016-08-21", "day") in dates(text)


# ---------------------------------------------------------------- a Russian quarter before a city as the subject
@pytest.mark.parametrize("text", [
    "В первом квартале Москва оказалась лидером по вводу жилья.",
    "В первом квартале Москва осталась лидером рынка.",
    "В первом квартале Москва ввела ограничения на въезд.",
    "В первом квартале Москва приняла решения о субсидиях.",
    "В первом квартале Москва одобрила изменения в бюджет.",
    "В первом квартале Астана провела учения.",
])
def test_a_quarter_before_a_city_that_is_the_subject_stays_a_quarter(text: str) -> None:
    assert dates(text) == [("первом квартале", "2025-01", "2025-03", "month")]


@pytest.mark.parametrize("text", [
    "В первом квартале Еревана увеличилась прибыль.",
    "В первом квартале Еревана подорожала нефть.",
    "В первом квартале Еревана сократилась безработица.",
])
def test_a_quarter_before_a_genitive_and_a_verb_of_change_with_its_subject_is_a_block(text: str) -> None:
    assert dates(text) == []


# ---------------------------------------------------------------- Russian nouns that are also pasts
@pytest.mark.parametrize("text, date", [
    ("Королева правила страной в пятницу.", "в пятницу"),
    ("Солнце светило весь день в пятницу.", "в пятницу"),
    ("Цунами смело деревню в ноябре.", "в ноябре"),
    ("Наводнение смело мост в ноябре.", "в ноябре"),
])
def test_a_noun_that_is_also_a_past_is_a_past_without_an_adjective(text: str, date: str) -> None:
    assert _tense(text, date) == PAST


def test_a_noun_that_is_also_a_past_is_a_noun_after_an_adjective() -> None:
    assert _tense("Новые правила вступят в силу в пятницу.", "в пятницу") != PAST


@pytest.mark.parametrize("text", ["Цунами смело деревню в ноябре.", "Наводнение смело мост в ноябре."])
def test_a_month_after_such_a_past_is_last_years(text: str) -> None:
    assert ("ноябре", "2024-11", "2024-11", "month") in dates(text)


# ---------------------------------------------------------------- "even today" with an event
@pytest.mark.parametrize("text", [
    "Even today, the president refused to comment on the report.",
    "Markets were calm even today, despite the news.",
])
def test_even_today_in_a_past_clause_is_the_day(text: str) -> None:
    assert ("today", "2025-10-15", "2025-10-15", "day") in dates(text)


@pytest.mark.parametrize("text", ["Even today, the town is poor.", "Even today, many people remember the flood."])
def test_even_today_in_the_present_is_nowadays(text: str) -> None:
    assert dates(text) == []


# ---------------------------------------------------------------- "the past year and two months"
@pytest.mark.parametrize("text", [
    "Prices rose over the past year and two months.",
    "Prices rose over the past year and 3 months.",
    "Prices rose over the past year and a few months.",
])
def test_the_past_year_and_a_number_of_months_is_not_the_past_year(text: str) -> None:
    assert [d for d in dates(text) if d[0] == "the past year"] == []


def test_the_past_year_and_another_clause_is_the_past_year() -> None:
    text = "Prices rose over the past year and workers lost jobs."
    assert ("the past year", "2024-10-16", "2025-10-15", "day") in dates(text)


# ---------------------------------------------------------------- a season in a future clause after a past year
@pytest.mark.parametrize("text, date, start, end", [
    ("The inquiry opened in 2019. It will report by the summer.", "the summer", "2026-06", "2026-08"),
    ("The inquiry opened in 2019 and will report in the spring.", "the spring", "2026-03", "2026-05"),
])
def test_a_season_to_come_takes_no_year_written_before(text: str, date: str, start: str, end: str) -> None:
    assert (date, start, end, "month") in dates(text)


def test_a_past_season_takes_the_year_written_before() -> None:
    text = "In 1944 the family fled to Lisbon. In the spring they sailed for New York."
    assert ("the spring", "1944-03", "1944-05", "month") in dates(text)


# ---------------------------------------------------------------- "the fall" as a drop
@pytest.mark.parametrize("text", [
    "Investors will return after the fall in prices.",
    "The Dow will need months to recover after the fall.",
    "Traders will study the fall in output.",
])
def test_the_fall_after_another_word_than_in_or_before_in_is_a_drop(text: str) -> None:
    assert dates(text) == []


def test_in_the_fall_in_a_future_clause_is_the_autumn() -> None:
    assert dates("The company will launch the phone in the fall.") == [("the fall", "2025-09", "2025-11", "month")]
