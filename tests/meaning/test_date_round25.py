"""Dates and intervals of the twenty-fifth round: weekdays listed before a named week, a day counted from a day in
words, a yearless end after a year read by tense, Turkish "X'dan Y'e kadar" ranges, decade words in a list.
Sentences written for the tests."""

from __future__ import annotations

import datetime as _dt

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.meaning.dates import find_dates

REFERENCE = "2021-06-15"  # a Tuesday

_TR_MONTHS = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"]


def _dates(text: str, reference: str | None = REFERENCE) -> list[tuple]:
    return [(text[s:e], a["start"], a["end"]) for s, e, a in find_dates(text, reference)]


def test_each_weekday_of_a_list_before_a_named_week_is_in_that_week():
    assert _dates("The vote will be held on Monday or Tuesday next week.") == [
        ("on Monday", "2021-06-21", "2021-06-21"), ("Tuesday next week", "2021-06-22", "2021-06-22")]
    assert _dates("Talks resume on Monday and Tuesday next week.") == [
        ("on Monday", "2021-06-21", "2021-06-21"), ("Tuesday next week", "2021-06-22", "2021-06-22")]
    assert _dates("The vote was held on Monday or Tuesday last week.") == [
        ("on Monday", "2021-06-07", "2021-06-07"), ("Tuesday last week", "2021-06-08", "2021-06-08")]
    # a weekday apart from the list keeps its own reading
    assert _dates("He left on Monday. Talks resume Tuesday next week.") == [
        ("on Monday", "2021-06-14", "2021-06-14"), ("Tuesday next week", "2021-06-22", "2021-06-22")]


def test_a_day_counted_from_a_day_in_words():
    assert _dates("The storm hit on Friday. The day before, schools closed.") == [
        ("on Friday", "2021-06-11", "2021-06-11"), ("The day before", "2021-06-10", "2021-06-10")]
    assert _dates("They met last Tuesday. The next day they signed the deal.") == [
        ("last Tuesday", "2021-06-08", "2021-06-08"), ("The next day", "2021-06-09", "2021-06-09")]
    assert _dates("Yesterday the board met. The day before, shares fell.") == [
        ("Yesterday", "2021-06-14", "2021-06-14"), ("The day before", "2021-06-13", "2021-06-13")]


def test_no_day_counted_from_a_day_in_words_after_a_date_in_digits_or_past_the_publication():
    # after "On 3 May 2019 …" a weekday's week is unsaid: no day counted from it (nor from the date before it)
    assert [d[0] for d in _dates("On 3 May 2019 the fair opened. On Friday they left. The next day it rained.")] == [
        "3 May 2019", "On Friday"]
    # without a publication date the weekday is undated and stops the count
    assert [d[0] for d in _dates("On 3 May 2019 the fair opened. On Friday they left. The next day it rained.", None)] == [
        "3 May 2019", "On Friday"]
    # a day of the story ("That Tuesday"): its week is the narrative's, no count from it
    assert _dates("That Tuesday, I felt worse. I booked a test for the next day.") == [
        ("Tuesday", "2021-06-15", "2021-06-15")]
    # "on Tuesday" is the publication day: the day after it is no past day
    assert _dates("They met on Tuesday. The next day they signed the deal.") == [("on Tuesday", "2021-06-15", "2021-06-15")]


def test_a_yearless_end_after_a_year_is_read_by_the_clause_tense():
    # past: the latest such month by the publication (a writer meaning March 2020 would name its year)
    assert _dates("Prices rose from 2019 until March.") == [("from 2019 until March", "2019-01-01", "2021-03-31")]
    assert _dates("Prices have risen from 2019 until September.") == [
        ("from 2019 until September", "2019-01-01", "2020-09-30")]
    # the latest March is in the start's own year: which March is unsaid, two dates
    assert _dates("Prices rose from 2021 until March.") == [("2021", "2021", "2021"), ("March", "2021-03", "2021-03")]
    # future: the first such month after the year, as before
    assert _dates("The plant will be closed from 2022 until March.") == [
        ("from 2022 until March", "2022-01-01", "2023-03-31")]
    # a start with its month: the end follows the start's year, as before
    assert _dates("Prices rose from December 2019 until March.") == [
        ("from December 2019 until March", "2019-12", "2020-03")]


def test_turkish_ablative_to_dative_until_is_a_range():
    assert _dates("2010'dan 2015'e kadar orada çalıştı.") == [("2010'dan 2015'e", "2010", "2015")]
    assert _dates("2010 yılından 2015 yılına kadar orada çalıştı.") == [("2010 yılından 2015 yılına", "2010", "2015")]
    assert _dates("Sergi 1 Mart'tan 15 Mayıs'a kadar açık.") == [("1 Mart'tan 15 Mayıs'a", "2021-03-01", "2021-05-15")]
    assert _dates("Mart ayından Mayıs ayına kadar satışlar düştü.") == [("Mart ayından Mayıs ayına", "2021-03", "2021-05")]
    assert _dates("Sergi Mart'tan Mayıs 2020'ye kadar açıktı.") == [("Mart'tan Mayıs 2020'ye", "2020-03", "2020-05")]
    # a month in the dative before "kadar" is a date alone too, open at its start
    [(text, start, end, open_side)] = [(t[s:e], a["start"], a["end"], a.get("open"))
                                       for t in ["Satışlar Mart'a kadar düştü."] for s, e, a in find_dates(t, REFERENCE)]
    assert (text, start, end, open_side) == ("Mart'a", "2021-03", "2021-03", "start")
    # not without "kadar", nor a name in the ablative
    assert _dates("2010'dan 2015'e geçişte fiyatlar arttı.") != [("2010'dan 2015'e", "2010", "2015")]
    assert _dates("Ahmet'ten Mart'a kadar") == [("Mart'a", "2021-03", "2021-03")]


@settings(max_examples=40, deadline=None)
@given(st.integers(1950, 2030), st.integers(1, 20), st.sampled_from(("'dan", "'den", "'tan", "'ten")),
       st.sampled_from(("'e", "'a", "'ye", "'ya")), st.sampled_from(("kadar", "dek")))
def test_any_turkish_year_range_of_ablative_and_dative(first, length, abl, dat, until):
    text = f"Fabrika {first}{abl} {first + length}{dat} {until} çalıştı."
    assert _dates(text) == [(f"{first}{abl} {first + length}{dat}", str(first), str(first + length))]


@settings(max_examples=30, deadline=None)
@given(st.integers(0, 11), st.integers(0, 11), st.integers(2000, 2030))
def test_any_turkish_month_range_with_the_end_s_year(m1, m2, year):
    if m2 <= m1:
        m1, m2 = m2, m1
    if m1 == m2:
        return
    text = f"Kampanya {_TR_MONTHS[m1]}'dan {_TR_MONTHS[m2]} {year}'e kadar sürdü."
    found = _dates(text)
    assert len(found) == 1 and found[0][1:] == (f"{year}-{m1 + 1:02d}", f"{year}-{m2 + 1:02d}")


def test_decade_words_of_a_list():
    assert _dates("In the sixties and seventies music changed.") == [
        ("the sixties", "1960", "1969"), ("seventies", "1970", "1979")]
    assert _dates("He loved the forties, fifties and sixties.") == [
        ("the forties", "1940", "1949"), ("fifties", "1950", "1959"), ("sixties", "1960", "1969")]
    assert _dates("Seventies music is back.") == []  # not a decade word alone


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(("thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")),
       st.sampled_from(("thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")),
       st.sampled_from(("and", "or")))
def test_any_two_decade_words_listed(first, second, conj):
    text = f"Fashion of the {first} {conj} {second} is back."
    found = _dates(text)
    assert [f[0] for f in found][-1] == second and found[-1][1][2] == str(
        ["thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"].index(second) + 3)


@settings(max_examples=30, deadline=None)
@given(st.dates(_dt.date(1990, 1, 1), _dt.date(2030, 12, 31)),
       st.sampled_from(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")), st.sampled_from(("or", "and")))
def test_any_listed_weekdays_before_next_week(published, first, conj):
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    second = days[days.index(first) + 1]
    text = f"The council will vote on {first} {conj} {second} next week."
    monday = published - _dt.timedelta(days=published.weekday()) + _dt.timedelta(days=7)
    want = [monday + _dt.timedelta(days=days.index(d)) for d in (first, second)]
    found = _dates(text, published.isoformat())
    assert [f[1] for f in found] == [d.isoformat() for d in want]
