"""The nineteenth round's review of the date intervals: misfires of the new rules, each a sentence that failed before
its fix — a count pair after a cue read by the figures (not dropped by both sides), three digits after a day and month
that count or refer, "no more than N years ago", a reporting verb before "this summer", and a Russian genitive of
negation after "до"."""

from __future__ import annotations

import pytest

from desktop.meaning.dates import find_dates
from desktop.meaning.figures import find_figures


def dates(text: str, reference: str | None = "2024-03-10") -> list[tuple[str, str, str, str | None]]:
    return [(text[a:b], d["start"], d["end"], d.get("open")) for a, b, d in find_dates(text, reference)]


@pytest.mark.parametrize("text, quote, low, high, unit", [
    ("By 1800 or 1900 visitors came.", "1800 or 1900 visitors", 1800, 1900, "visitors"),
    ("He won by 1800 or 1900 votes.", "1800 or 1900 votes", 1800, 1900, "votes"),
    ("He won by 1800 or 1850 votes.", "1800 or 1850 votes", 1800, 1850, "votes"),  # evidence "won", not round
    ("Until 1500 or 1600 pages were printed.", "1500 or 1600 pages", 1500, 1600, "pages"),
])
def test_a_count_pair_the_dates_give_up_is_a_count_figure(text, quote, low, high, unit):
    assert dates(text) == []
    assert [(text[a:b], f["value"], f.get("upper"), f["unit"]) for a, b, f in find_figures(text)] == [
        (quote, low, high, unit)]


@pytest.mark.parametrize("text", [
    "By 1800 or 1900 the town had grown.",
    "In 1800 or 1900 visitors came.",
])
def test_years_joined_by_or_without_a_count_stay_dates_and_give_no_figure(text):
    assert [q for q, *_ in dates(text)] == ["1800", "1900"]
    assert find_figures(text) == []


@pytest.mark.parametrize("text, quote, iso", [
    ("Tickets sold by 5 June 250 - 300 people.", "5 June", "2023-06-05"),
    ("Our team on 1 May 250 - 350 attended.", "1 May", "2023-05-01"),
    ("The meeting on 12 March 150, 200 people attended.", "12 March", "2023-03-12"),
    ("Chapter 4 May 120.", "4 May", "2024-05-04"),
    ("See page 12 May 120.", "12 May", "2024-05-12"),
    ("Article 5 June 300. See also.", "5 June", "2024-06-05"),
])
def test_three_digits_that_count_or_refer_after_a_day_and_month_are_no_year(text, quote, iso):
    assert [(q, s) for q, s, _, _ in dates(text)] == [(quote, iso)]


def test_a_three_digit_year_before_the_next_day_of_a_range_stays_a_year():
    text = "Ambrose (7 December 339 – 4 April 397) was a bishop."
    assert [(q, s, e) for q, s, e, _ in dates(text)] == [("7 December 339 – 4 April 397", "0339-12-07", "0397-04-04")]


@pytest.mark.parametrize("text, quote, iso", [
    ("The mill closed no more than three years ago.", "three years ago", "2021"),
    ("The mill closed not more than three days ago.", "three days ago", "2024-03-07"),
])
def test_at_most_n_units_ago_is_not_open_at_its_start(text, quote, iso):
    assert dates(text) == [(quote, iso, iso, None)]


@pytest.mark.parametrize("text, reference, expected", [
    ("He said they would paint the barn this summer.", "2024-03-10", ("this summer", "2024-06", "2024-08")),
    ("They will paint the barn this summer, he said.", "2024-03-10", ("this summer", "2024-06", "2024-08")),
    ("He said he painted the barn this summer.", "2024-03-10", ("this summer", "2023-06", "2023-08")),
])
def test_a_reporting_verb_is_no_tense_of_this_summer(text, reference, expected):
    assert [(q, s, e) for q, s, e, _ in dates(text, reference)] == [expected]


def test_a_russian_genitive_of_negation_after_do_leaves_the_year():
    assert dates("До 1990 граждан не пускали.") == [("1990", "1990", "1990", "start")]
    assert dates("До 1500 солдат погибли в том бою.") == []  # a count


@pytest.mark.parametrize("text", [
    "Қаланың 1500 жылдан астам тарихы бар.",  # more than 1500 years of history
    "Бұл дәстүр 2000 жылдан аса уақыт сақталды.",
    "Ғимарат 1000 жылға жуық тұрды.",  # nearly 1000 years
])
def test_a_kazakh_length_of_years_is_no_year(text):
    assert dates(text) == [] and dates(text, None) == []


@pytest.mark.parametrize("text, quote", [
    ("1990 жылдан бастап 2000 жылға дейін ол мұғалім болды.", "1990 жылдан бастап 2000 жылға дейін"),
    ("1990 жылдан 2000 жылға дейін ол мұғалім болды.", "1990 жылдан 2000 жылға дейін"),
])
def test_a_kazakh_year_from_and_a_year_until_are_one_range(text, quote):
    assert dates(text) == dates(text, None) == [(quote, "1990", "2000", None)]
