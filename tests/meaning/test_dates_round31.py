"""Dates and intervals, written for the thirty-first round (publication Tuesday 15 June 2021): a range of days before
a count; a length of two units before "ago"; "as far back as", "as long ago as", "as recently as" before a year."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.suggest import detect
from tests.meaning.meaning_helpers import PROP
from tests.meaning.test_dates_round29 import REFERENCE, _dates  # a Tuesday; (text, start, end, open) of each date


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(s.kind, s.exact) for s in detect(text, reference=REFERENCE, kinds=("date", "figure"))]


# ---------------------------------------------------------------- a range of days, then a count
def test_a_range_of_days_before_a_count_is_the_range():
    # the last day alone before
    assert _dates("В ходе боёв 5-6 марта погибли 12 человек, а 7-8 марта 4 человека.")[1] == (
        "7-8 марта", "2021-03-07", "2021-03-08", None)
    assert _dates("Погибли 5-6 марта 12 человек.") == [("5-6 марта", "2021-03-05", "2021-03-06", None)]
    assert _dates("Between 1 and 4 May 30 workers left the plant.") == [("1 and 4 May", "2021-05-01", "2021-05-04", None)]
    assert _dates("The fair ran 3-5 May 2 ministers came.") == [("3-5 May", "2021-05-03", "2021-05-05", None)]
    assert _dates("С 10 по 12 апреля 300 человек вышли на улицы.") == [
        ("С 10 по 12 апреля", "2021-04-10", "2021-04-12", None)]


def test_the_count_after_the_range_stays_a_figure():
    assert _kinds("Погибли 5-6 марта 12 человек.") == [("date", "5-6 марта"), ("figure", "12 человек")]
    assert _kinds("Between 1 and 4 May 30 workers left.") == [("date", "1 and 4 May"), ("figure", "30 workers")]


def test_a_range_of_days_before_a_year_or_a_clock_time_is_read_as_before():
    assert _dates("Between 1 and 4 May 2019 the plant was shut.") == [
        ("Between 1 and 4 May 2019", "2019-05-01", "2019-05-04", None)]
    assert _dates("Торги прошли 3–5 мая 2020 года.") == [("3–5 мая 2020 года", "2020-05-03", "2020-05-05", None)]
    # a number not before a word (a clock time, the sentence's end) is no count: the range is not read, as before
    assert [d[0] for d in _dates("Doors open 3-5 May 12:30 daily.")] == ["5 May"]
    assert [d[0] for d in _dates("Between 15 and 20 May 10.")] == ["20 May"]


@PROP
@given(d1=st.integers(1, 14), gap=st.integers(1, 10), count=st.integers(2, 999),
       month=st.sampled_from(["May", "June", "March"]))
def test_any_range_of_days_before_a_count_is_that_range(d1: int, gap: int, count: int, month: str):
    text = f"Between {d1} and {d1 + gap} {month} {count} workers left."
    found = _dates(text)
    m = {"March": "03", "May": "05", "June": "06"}[month]
    assert found == [(f"{d1} and {d1 + gap} {month}", f"2021-{m}-{d1:02d}", f"2021-{m}-{d1 + gap:02d}", None)]


# ---------------------------------------------------------------- two units before "ago"
def test_a_length_of_two_units_before_ago_is_counted_whole():
    # the last unit alone before ("3 months ago": March 2021)
    assert _dates("The plant closed 2 years and 3 months ago.") == [
        ("2 years and 3 months ago", "2019-03", "2019-03", None)]
    assert _dates("He left a year and six days ago.") == [("a year and six days ago", "2020-06-09", "2020-06-09", None)]
    assert _dates("Two weeks and three days ago the vote was held.") == [
        ("Two weeks and three days ago", "2021-05-29", "2021-05-29", None)]
    assert _dates("Два года и три месяца назад завод закрылся.") == [
        ("Два года и три месяца назад", "2019-03", "2019-03", None)]
    assert _dates("Fabrika 1 yıl 2 ay önce kapandı.") == [("1 yıl 2 ay önce", "2020-04", "2020-04", None)]
    assert _dates("They met 10 months and 20 days ago.") == [("10 months and 20 days ago", "2020-07-26", "2020-07-26", None)]
    # hours count as the days they make (the publication day, "3 hours ago", before)
    assert _dates("He left 2 days and 3 hours ago.") == [("2 days and 3 hours ago", "2021-06-13", "2021-06-13", None)]
    assert _dates("He left 2 years, 3 months and 5 days ago.") == [
        ("2 years, 3 months and 5 days ago", "2019-03-10", "2019-03-10", None)]


def test_two_units_before_ago_not_from_the_larger_first_are_left_to_one_unit():
    # "3 months and 2 years ago" is no length a writer gives: the unit before "ago" alone, as before
    assert _dates("It began 3 months and 2 years ago.") == [("2 years ago", "2019", "2019", None)]
    assert _dates("It began 3 years and 2 years ago.") == [("2 years ago", "2019", "2019", None)]
    # a single unit is read as before
    assert _dates("The plant closed 3 months ago.") == [("3 months ago", "2021-03", "2021-03", None)]


def test_two_units_ago_without_a_publication_date_are_undated():
    found = _dates("The plant closed 2 years and 3 months ago.", None)
    assert [d[0] for d in found] == ["2 years and 3 months ago"]


# ---------------------------------------------------------------- "as far back as 1999"
def test_a_year_after_as_far_back_as_or_as_long_ago_as_is_a_date():
    # no date before
    assert _dates("Records of the flood go as far back as 1999.") == [("1999", "1999", "1999", None)]
    assert _dates("The problem was known as long ago as 1987.") == [("1987", "1987", "1987", None)]
    assert _dates("The plant was still open as recently as 2019.") == [("2019", "2019", "2019", None)]


def test_since_as_far_back_as_a_year_runs_up_to_the_publication():
    assert _dates("Prices have risen since as far back as 2010.") == [("2010", "2010", "2021", None)]
    assert _dates("Prices have risen since as long ago as 1999.") == [("1999", "1999", "2021", None)]
    assert _dates("Prices have risen since as far back as March 2010.") == [("March 2010", "2010-03", "2021-06", None)]


def test_a_number_after_as_far_back_as_that_counts_is_no_year():
    assert _dates("The queue stretched as far back as 1500 metres.") == []
    assert _dates("As many as 2000 people came.") == []


# ---------------------------------------------------------------- two units after "the past", "the next"
def test_a_window_of_two_units_covers_their_days():
    # the first unit alone before ("the past 2 years": from 16 June 2019)
    assert _dates("Over the past 2 years and 3 months, prices rose.") == [
        ("the past 2 years and 3 months", "2019-03-16", "2021-06-15", None)]
    assert _dates("In the last two years and six months prices rose.") == [
        ("the last two years and six months", "2018-12-16", "2021-06-15", None)]
    assert _dates("The next 2 years and 6 months will be hard.") == [
        ("The next 2 years and 6 months", "2021-06-15", "2023-12-14", None)]


def test_a_window_of_two_units_is_left_alone_in_a_past_story_or_before_of():
    # "the next …" in a clause in the past is counted from a date written before it, as before
    assert [d[0] for d in _dates("In 1990 he said the next 2 years and 6 months would be hard.")] == [
        "1990", "the next 2 years"]
    assert [d[0] for d in _dates("He spent the last 2 years and 3 months of his life in Rome.")] == ["the last 2 years"]


# ---------------------------------------------------------------- review of round 31
def test_a_count_after_as_far_back_as_or_as_long_ago_as_is_no_year():
    # "as far back as 1500 years" is a length, not the year 1500 (was the year 1500 with the new context words)
    assert _dates("The tradition goes as far back as 1500 years.") == []
    assert _dates("Evidence as long ago as 1800 years shows it.") == []
    assert _dates("The ruins date as far back as 2000 years.") == []
    assert _kinds("Fans lined up as far back as 1500 people deep.") == [("figure", "1500 people")]
    # a year with a word after it that counts nothing stays a year
    assert _dates("He lived as far back as 1850 in Ohio.") == [("1850", "1850", "1850", None)]


def test_whole_years_before_ago_are_a_year():
    # "Two decades and three years ago" is 23 years back: a year, as "three years ago" is (was a month, June 1998)
    assert _dates("Two decades and three years ago the plant shut.") == [
        ("Two decades and three years ago", "1998", "1998", None)]
    assert _dates("The plant closed 2 years and 3 months ago.") == [
        ("2 years and 3 months ago", "2019-03", "2019-03", None)]
