"""Figures, eleventh round's review (issue 15): ordinary news sentences where the round's new rules must not fire
or gave a wrong value, each written for the review (none from a corpus)."""

from __future__ import annotations

import pytest

from tests.meaning.meaning_helpers import attrs_of


@pytest.mark.parametrize(
    "text, expected",
    [
        # a time of day or a year, not hours counted: a preposition of time, a leading zero, "of" before a date,
        # a deadline "of", a year after "of"/"in"
        ("In the spring of 2020 hours were cut at the plant.", []),
        ("In 1998 hours of operation were cut.", []),
        ("Staff must report no later than 1800 hrs on Friday.", []),
        ("A deadline of 1800 hrs was set.", []),
        ("The assault began at 0500 hrs of 6 June.", []),
        ("The order came at 0900 hrs of 12 June.", []),
        ("Troops had 0600 hrs as the deadline.", []),
        ("The convoy left with 1400 hrs approaching.", []),
        # still counted
        ("The pilot had 1500 hrs of flight time.", [("1500 hrs", {"value": 1500, "unit": "h"})]),
        ("He has flown a total of 1999 hours.", [("1999 hours", {"value": 1999, "unit": "h"})]),
        ("She logged up to 1500 hrs of flying.", [("1500 hrs", {"value": 1500, "unit": "h", "qualifier": "≤"})]),
    ],
)
def test_four_digit_hours_that_are_times_or_years(text, expected):
    assert attrs_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "exceed" negated by a contraction, a modal or "expected to" is an upper bound (was "more than")
        ("Sales didn't exceed $500 last year.", [("$500", {"value": 500, "unit": "USD", "qualifier": "≤"})]),
        ("The fine cannot exceed $500.", [("$500", {"value": 500, "unit": "USD", "qualifier": "≤"})]),
        ("The deficit won't exceed 3% of GDP.", [("3%", {"value": 3, "unit": "%", "qualifier": "≤"})]),
        ("Growth is not expected to exceed 3% this year.", [("3%", {"value": 3, "unit": "%", "qualifier": "≤"})]),
        ("Срок не может превышать 5 лет.", [("5 лет", {"value": 5, "unit": "y", "qualifier": "≤"})]),
        ("Штраф не будет превышать 500 рублей.", [("500 рублей", {"value": 500, "unit": "RUB", "qualifier": "≤"})]),
        # "not only exceeded" is more than
        ("Sales not only exceeded $1bn but doubled.", [("$1bn", {"value": 1000000000, "unit": "USD", "scale": "bn",
                                                                "qualifier": ">"})]),
        ("Выручка не только превысила 5 млн рублей.", [("5 млн рублей", {"value": 5000000, "unit": "RUB", "scale": "млн",
                                                                        "qualifier": ">"})]),
    ],
)
def test_negated_exceeding(text, expected):
    assert attrs_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a single digit glued to a lower-case "g" names a network's generation or a g-force (was grams)
        ("The 4g network and 5g phones are new.", []),
        ("The 5g rollout was delayed.", []),
        ("India's 2g spectrum scandal.", []),
        ("Pilots pulled 9g in the turn.", []),
        # grams still: before "of", more digits, a decimal, written apart
        ("Police found 3g of cannabis.", [("3g", {"value": 3, "unit": "g"})]),
        ("A 250g bar of chocolate.", [("250g", {"value": 250, "unit": "g"})]),
        ("It weighs 1.5g only.", [("1.5g", {"value": 1.5, "unit": "g"})]),
        ("Add 5 g of salt.", [("5 g", {"value": 5, "unit": "g"})]),
    ],
)
def test_glued_g_of_one_digit(text, expected):
    assert attrs_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "N yılı" is a year only before a part of the year, not any word starting baş/son/orta/ilk (were nothing)
        ("4 yılı başarıyla tamamladı.", [("4 yılı", {"value": 4, "unit": "y"})]),
        ("Şirket son 3 yılı ortalama %5 büyümeyle kapattı.", [("3 yılı", {"value": 3, "unit": "y"}),
                                                              ("%5", {"value": 5, "unit": "%"})]),
        ("Kulüp 2 yılı sonraki sezona bıraktı.", [("2 yılı", {"value": 2, "unit": "y"})]),
        # parts of the year: a date
        ("251 yılı başlarında Decius imparator oldu.", []),
        ("MÖ 44 yılı sonbaharında öldü.", []),
        ("MS 300 yılı ilk yarısında kent büyüdü.", []),
    ],
)
def test_turkish_year_before_a_part_of_it(text, expected):
    assert attrs_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a low end in words before a high end of hundreds shares the hundreds (were 4-500, 1-200)
        ("Between four and five hundred people attended.", [("four and five hundred people",
                                                              {"value": 400, "upper": 500, "unit": "people"})]),
        ("From one to two hundred people attended.", [("one to two hundred people", {"value": 100, "upper": 200, "unit": "people"})]),
        # not with digits
        ("Between 4 and 500 people came.", [("4 and 500 people", {"value": 4, "upper": 500, "unit": "people"})]),
    ],
)
def test_word_range_before_hundreds(text, expected):
    assert attrs_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a low end of tens and units in words (was the high end alone, on main their sum: 55)
        ("Between twenty-five and thirty people died.", [("twenty-five and thirty people",
                                                          {"value": 25, "upper": 30, "unit": "people"})]),
        # two numbers of hundreds joined by "and" are no single number (was 10 200 people) but a range
        ("Between one hundred and two hundred people.", [("one hundred and two hundred people",
                                                          {"value": 100, "upper": 200, "unit": "people"})]),
        ("They came from one hundred to two hundred people.", [("one hundred to two hundred people",
                                                                {"value": 100, "upper": 200, "unit": "people"})]),
        ("Between a hundred and two hundred people.", [("a hundred and two hundred people",
                                                        {"value": 100, "upper": 200, "unit": "people"})]),
        ("Between three hundred and four hundred people.", [("three hundred and four hundred people",
                                                             {"value": 300, "upper": 400, "unit": "people"})]),
        ("One hundred and five people came.", [("One hundred and five people", {"value": 105, "unit": "people"})]),
    ],
)
def test_word_numbers_joined_by_and(text, expected):
    assert attrs_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # four digits of a time of day before the word "hours" (were durations on main too)
        ("The squad moved at 0400 hours with two tanks.", [("two tanks", {"value": 2, "unit": "tanks"})]),
        ("At 1400 hours the convoy left.", []),
        ("Units must withdraw no later than 1700 hours.", []),
        ("The curfew lasts until 2200 hours.", []),
        # amounts of hours still
        ("After 1200 hours of talks, a deal was struck.", [("1200 hours", {"value": 1200, "unit": "h"})]),
        ("After 1500 hrs of talks, a deal was struck.", [("1500 hrs", {"value": 1500, "unit": "h"})]),
        ("Over 1200 hours of video were uploaded.", [("1200 hours", {"value": 1200, "unit": "h", "qualifier": ">"})]),
        ("The strike cost 2300 hours of work.", [("2300 hours", {"value": 2300, "unit": "h"})]),
    ],
)
def test_four_digits_before_the_word_hours(text, expected):
    assert attrs_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a Russian time of day, after "в", "с", "после", "к" or before "по … времени", is no figure (were hours and
        # minutes, or one joined duration)
        ("Останки перенесли в 14 часов 30 минут.", []),
        ("После 22 часов 30 минут продажа запрещена.", []),
        ("Взрыв произошёл в 6 часов 45 минут по московскому времени.", []),
        ("Около 20 часов 15 минут по местному времени произошёл взрыв.", []),
        # (the hour alone after it is a time of day too since the thirteenth round: it was ≤ 18 h)
        ("С 9 часов 30 минут до 18 часов работает офис.", []),
        # durations and bounds on them stay
        ("Операция длилась 3 часа 20 минут.", [("3 часа 20 минут", {"value": 200, "unit": "min"})]),
        ("Операция длилась около 2 часов 30 минут.", [("2 часов 30 минут", {"value": 2.5, "unit": "h", "qualifier": "≈"})]),
        ("Он пробежал дистанцию за 2 часа 5 минут.", [("2 часа 5 минут", {"value": 125, "unit": "min"})]),
    ],
)
def test_russian_time_of_day(text, expected):
    assert attrs_of(text) == expected
