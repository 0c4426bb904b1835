"""Dates, ninth round's review (issue 15): the defects a reviewer found in the round's date rules, each
from the reviewer's sentences.  Texts written for these tests."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

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


# ---------------------------------------------------------------- "on the 14th"
@pytest.mark.parametrize("text, expected", [
    # a month's name in a name is no month: the day is of the publication's month by the tense
    ("Marchetti, the coach, was sacked on the 3rd.", ("the 3rd", "2025-10-03", "2025-10-03", "day")),
    ("June Carter, the mayor, was sworn in on the 14th.", ("the 14th", "2025-10-14", "2025-10-14", "day")),
    ("The Women's March drew thousands. Police made arrests on the 21st.",
     ("the 21st", "2025-09-21", "2025-09-21", "day")),
    ("Theresa May said she will decide on the 20th.", ("the 20th", "2025-10-20", "2025-10-20", "day")),
    ("Mrs May said she will decide on the 20th.", ("the 20th", "2025-10-20", "2025-10-20", "day")),
    # "May" after a word opening a date is the month
    ("Talks began in May and ended on the 14th.", ("the 14th", "2025-05-14", "2025-05-14", "day")),
    ("Talks began in late May and collapsed on the 28th.", ("the 28th", "2025-05-28", "2025-05-28", "day")),
    ("Last March the plant closed; it reopened on the 14th.", ("the 14th", "2025-03-14", "2025-03-14", "day")),
    ("The strike began on March 3, 2024 and ended on the 14th.", ("the 14th", "2024-03-14", "2024-03-14", "day")),
    # two days
    ("The rally was held on the 14th and 15th.", ("the 14th and 15th", "2025-10-14", "2025-10-15", "day")),
    ("The talks ran from March 3 and resumed on the 14th and the 15th.",
     ("the 14th and the 15th", "2025-03-14", "2025-03-15", "day")),
    # "would": a future
    ("The company said on Tuesday that it would cut jobs on the 1st.", ("the 1st", "2025-11-01", "2025-11-01", "day")),
])
def test_a_day_alone_and_its_month(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in dates(text)


def test_a_day_alone_after_a_month_without_one_steps_back_to_a_month_that_has_it() -> None:
    assert dates("The talks collapsed on the 30th.", datetime.date(2025, 3, 15)) == [
        ("the 30th", "2025-01-30", "2025-01-30", "day")]


@pytest.mark.parametrize("text", [
    "At Augusta, Smith bogeyed on the 18th.",
    "He birdied the 17th and bogeyed on the 18th.",
    "He finished on the 18th, two shots behind.",
    "The lift stopped on the 14th and the doors opened.",
    "The award went to Robert Nelson the 3rd.",
])
def test_no_day_alone_of_holes_floors_or_names(text: str) -> None:
    assert [d for d in dates(text) if d[0].startswith("the ")] == []


@pytest.mark.parametrize("text", [
    "Founded in April 1998, the company announced its results on the 14th.",
    "In 1944 the family fled to Lisbon. They sailed for New York on the 14th.",
    "The ceremony took place in June 2019.\nThe winners were announced on the 14th.",
])
def test_a_day_alone_after_another_event_or_year_has_no_value(text: str) -> None:
    assert [d for d in dates(text) if d[0] == "the 14th"] == [("the 14th", None, None, None)]


_MONTHS = {"January": 1, "March": 3, "April": 4, "June": 6, "July": 7, "September": 9, "October": 10, "December": 12}


def _nth(d: int) -> str:
    return f"{d}{ {1: 'st', 2: 'nd', 3: 'rd', 21: 'st', 22: 'nd', 23: 'rd'}.get(d, 'th')}"


@given(st.integers(1, 27), st.integers(1, 3), st.sampled_from(sorted(_MONTHS)))
def test_two_days_alone_after_a_month_are_a_range_of_it(day: int, more: int, month: str) -> None:
    text = f"The talks opened in {month} 2023 and were held on the {_nth(day)} and {_nth(day + more)}."
    found = {d[0]: d[1:] for d in dates(text)}
    assert found[f"the {_nth(day)} and {_nth(day + more)}"] == (
        f"2023-{_MONTHS[month]:02d}-{day:02d}", f"2023-{_MONTHS[month]:02d}-{day + more:02d}", "day")


# ---------------------------------------------------------------- "the three months to September"
@pytest.mark.parametrize("text, expected", [
    ("In 2019, unemployment rose to 4% in the three months to September.",
     ("the three months to September", "2019-07", "2019-09", "month")),
    ("The 2008 crash hit hard: in the three months to December, the economy shrank by 2%.",
     ("the three months to December", "2008-10", "2008-12", "month")),
    ("Economists expect inflation to fall in the three months to March.",
     ("the three months to March", "2026-01", "2026-03", "month")),
    ("Analysts forecast growth of 0.3% in the three months to December.",
     ("the three months to December", "2025-10", "2025-12", "month")),
    ("Unemployment rose to 4.8% in the three months to August.", ("the three months to August", "2025-06", "2025-08", "month")),
    ("Unemployment rose in the three months to December.", ("the three months to December", "2024-10", "2024-12", "month")),
    ("Unemployment stands at 4.8% in the three months to August.",
     ("the three months to August", "2025-06", "2025-08", "month")),
])
def test_the_months_to_a_month_by_the_year_written_the_tense_or_a_forecast(text: str, expected: tuple[str, ...]) -> None:
    assert expected in dates(text)


@pytest.mark.parametrize("text", [
    "The government has given firms the three months to March to comply.",
    "The committee has the three months to December to decide.",
])
def test_the_months_to_a_month_to_do_something_is_no_period(text: str) -> None:
    assert dates(text) == []


def test_a_season_before_issue_or_edition_is_no_date() -> None:
    assert dates("The magazine will print the story in the summer issue.") == []


def test_a_comma_in_a_later_sentence_does_not_set_the_month_off() -> None:
    text = "The strike began in March. Workers, angry, returned on the 14th."
    assert ("the 14th", "2025-03-14", "2025-03-14", "day") in dates(text)


def test_a_comma_after_the_month_in_its_own_sentence_sets_it_off() -> None:
    text = "Founded in April 1998, the company grew fast. It announced its results on the 14th."
    assert ("the 14th", None, None, None) in dates(text)


# ---------------------------------------------------------------- "the end of the month" after a year before 1500
def test_the_end_of_the_month_after_a_medieval_year_stays_undated() -> None:
    # "the weeks ahead" had a year pattern of its own under the name of the one "the end of the month" reads, and
    # replaced it: a year before 1500 in the paragraph no longer kept "by the end of the month" from the
    # publication's month
    found = dates("The abbey was built in 1450. Work stopped by the end of the month.")
    assert not any(exact.startswith("the end of the month") and start for exact, start, _end, _precision in found)
