"""Dates, eleventh round's review: ordinary news sentences the round's new rules misread (each right on main).
Texts written for these tests."""

from __future__ import annotations

import datetime

import pytest

from desktop.meaning.dates import find_dates

REF = datetime.date(2024, 11, 20)

Found = list[tuple[str, str | None, str | None]]


def dates(text: str, reference: datetime.date | None = REF) -> Found:
    return [(text[s:e], a["start"], a["end"]) for s, e, a in find_dates(text, reference)]


# ---------------------------------------------------------------- a slash date in a clause with "won", "lost", "numbers"
@pytest.mark.parametrize("text, exact, day", [
    ("The party won the election held 15/6/10.", "15/6/10", "2010-06-15"),
    ("The company lost money in the quarter ended 30/6/19.", "30/6/19", "2019-06-30"),
    ("He scored twice in the match played 15/6/10 at Wembley.", "15/6/10", "2010-06-15"),
    ("Unemployment numbers released 15/6/10 showed a rise.", "15/6/10", "2010-06-15"),
    ("The agency sets new rules effective 15/6/10.", "15/6/10", "2010-06-15"),
    ("She lost her job after the plant closed 15/6/10.", "15/6/10", "2010-06-15"),
    ("The winning bid, submitted 25/3/22, was rejected.", "25/3/22", "2022-03-25"),
    ("Labour won a majority in the vote (15/6/10).", "15/6/10", "2010-06-15"),
    ("The minister who lost his seat – 15/6/10 – later returned.", "15/6/10", "2010-06-15"),
])
def test_slash_date_after_a_word_of_scores_elsewhere_in_the_clause(text: str, exact: str, day: str) -> None:
    assert dates(text) == [(exact, day, day)]


@pytest.mark.parametrize("text", [
    "The numbers drawn were 15/6/10 and 22.",
    "The winning numbers were 15/6/10, the lottery said.",
    "She won 15/6/10 in a match that lasted four hours.",
    "The lotto balls: 3/15/22.",
    "The sets went 7/5/16 before the tie-break.",
    "The numbers are 14/3/27.",
])
def test_drawn_numbers_right_after_their_word_stay_no_dates(text: str) -> None:
    assert dates(text) == []


# ---------------------------------------------------------------- "for the last week" as a noun phrase, not a span
@pytest.mark.parametrize("text", [
    "Tickets for the last week are sold out.",
    "Stay tuned for the last week before the vote.",
    "The team prepared for the last month before the election.",
    "They waited for the last year to end.",
])
def test_for_the_last_week_without_a_perfect_is_no_span(text: str) -> None:
    assert dates(text) == []


@pytest.mark.parametrize("text, exact", [
    ("He has been ill for the last year.", "the last year"),
    ("Prices have risen for the last year, the bank said.", "the last year"),
    ("He has worked there for the last year as a nurse.", "the last year"),
    ("For the last year, prices have risen.", "the last year"),
    ("I've lived here for the last month.", "the last month"),
])
def test_for_the_last_year_with_a_perfect_is_the_past_span(text: str, exact: str) -> None:
    assert [found for found, *_rest in dates(text)] == [exact]


# ---------------------------------------------------------------- a month that is a given name after "before", "after"
@pytest.mark.parametrize("text", [
    "Talks stalled after May resigned as prime minister.",
    "The party rallied before May could respond to the vote.",
    "The case collapsed after April told police she had lied.",
    "The cabinet met after June Carter's death.",
])
def test_a_given_name_after_before_or_after_is_no_month(text: str) -> None:
    assert dates(text) == []


@pytest.mark.parametrize("text, exact", [
    ("Talks broke down after May, officials said.", "May"),
    ("Prices will stay high through August and beyond.", "August"),
    ("The plant shut before June in both years.", "June"),
    ("Nothing changed until after April.", "April"),
    ("The decision came after March.", "March"),
    ("Work ran through October with no delays.", "October"),
])
def test_a_month_after_before_or_after(text: str, exact: str) -> None:
    assert [found for found, *_rest in dates(text)] == [exact]


# ---------------------------------------------------------------- a weekday before capitalised words, or before "May with"
@pytest.mark.parametrize("text, exact, day", [
    ("On Saturday Evening Mr Smith said the deal was off.", "On Saturday", "2024-11-16"),
    ("Police Raid Homes On Saturday Morning After Tip-Off", "On Saturday", "2024-11-16"),
    ("Last Friday Evening President Biden spoke.", "Last Friday", "2024-11-15"),
    ("On Tuesday, May with her cabinet rejected the plan.", "On Tuesday", "2024-11-19"),
    ("On Tuesday, May both praised and criticised the plan.", "On Tuesday", "2024-11-19"),
])
def test_a_weekday_after_on_or_last_stays_a_day(text: str, exact: str, day: str) -> None:
    assert dates(text) == [(exact, day, day)]


@pytest.mark.parametrize("text", [
    "The Saturday Evening Post ran the story.",
    "She reads Saturday Morning Breakfast Cereal.",
    "He starred in Friday Night Lights.",
])
def test_a_weekday_in_a_name_is_no_day(text: str) -> None:
    assert dates(text) == []


# ---------------------------------------------------------------- a yearless month said after a later one, looking back
@pytest.mark.parametrize("text, reference, expected", [
    ("In December sales rose after a fall in June.", REF,
     [("December", "2023-12", "2023-12"), ("June", "2023-06", "2023-06")]),
    ("In November the index hit its highest level since March, when the war began.", datetime.date(2025, 5, 10),
     [("November", "2024-11", "2024-11"), ("March", "2024-03", "2024-03")]),
    # told in order, the later month wraps into the next year
    ("Last November prices rose, and in January they fell.", REF,
     [("Last November", "2023-11", "2023-11"), ("January", "2024-01", "2024-01")]),
])
def test_a_month_looked_back_to_does_not_wrap(text: str, reference: datetime.date, expected: Found) -> None:
    assert dates(text, reference) == expected


# ---------------------------------------------------------------- a season with a one-digit second year
@pytest.mark.parametrize("text, expected", [
    ("In 2008/9 the firm lost money.", [("2008/9", "2008", "2009")]),
    ("The 1998/9 financial year ended in a loss.", [("1998/9", "1998", "1999")]),
    ("Directive 2008/9/EC and decision 2019/5 set limits.", []),
])
def test_a_season_with_a_one_digit_second_year(text: str, expected: Found) -> None:
    assert dates(text) == expected


# ---------------------------------------------------------------- a count with a participle and its plural noun
@pytest.mark.parametrize("text, expected", [
    ("Russia's 1550 deployed warheads are capped by the treaty.", []),
    ("The army's 1200 trained recruits left camp.", []),
    ("Russia's 2024 budget deficit widened.", [("2024", "2024", "2024")]),
    ("The country's 2011 failed uprising left scars.", [("2011", "2011", "2011")]),
])
def test_a_participle_and_a_plural_after_a_number_is_a_count(text: str, expected: Found) -> None:
    assert dates(text) == expected


def test_a_participle_before_an_event_plural_keeps_the_year() -> None:
    assert dates("The 2016 contested elections split the party.") == [("2016", "2016", "2016")]


def test_the_end_of_that_years_season_is_no_part_of_the_year() -> None:
    text = "The club was founded in 1998. At the end of that year's season the coach left."
    assert dates(text) == [("1998", "1998", "1998"), ("that year", "1998", "1998")]


# ---------------------------------------------------------------- a month, then a rank in words
@pytest.mark.parametrize("text, month", [
    ("In April second in the league was Arsenal.", "April"),
    ("By May third in the polls was the Green party.", "May"),
    ("In October second to none was the coach.", "October"),
    ("In June first of all the rules changed.", "June"),
    ("In March first and second-year students protested.", "March"),
])
def test_a_rank_after_in_and_a_month_is_no_day(text: str, month: str) -> None:
    assert [found for found, *_rest in dates(text)] == [month]


@pytest.mark.parametrize("text, exact, day", [
    ("The bill must pass by May third.", "May third", "2024-05-03"),
    ("He was born on August twenty-third in Ohio.", "August twenty-third", "2024-08-23"),
    ("The tower fell in September eleventh, 2001's attack.", "September eleventh, 2001", "2001-09-11"),
])
def test_a_spoken_day_after_a_preposition(text: str, exact: str, day: str) -> None:
    assert dates(text) == [(exact, day, day)]


@pytest.mark.parametrize("text, expected", [
    ("The 2022 new year celebrations were cancelled.", [("2022", "2022", "2022")]),
    ("The city's 1200 new homes were sold.", []),
    ("The 2000 more jobs went to the north.", []),
    ("Britain's 1000 richest people got richer.", []),
])
def test_a_count_adjective_needs_its_plural(text: str, expected: Found) -> None:
    assert dates(text) == expected


def test_a_slash_date_after_on_before_or_and_a_number_stays_a_date() -> None:
    assert dates("She was elected on 14/3/22 or 15.") == [("14/3/22", "2022-03-14", "2022-03-14")]
    assert dates("Players picked 4/17/23 and 31.") == []
