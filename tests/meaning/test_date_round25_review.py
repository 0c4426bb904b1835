"""Review of the twenty-fifth round's date fixes: sentences written for the review (publication Tue 15 June 2021)."""

from __future__ import annotations

from desktop.meaning.dates import find_dates

REFERENCE = "2021-06-15"  # a Tuesday


def _dates(text: str, reference: str | None = REFERENCE) -> list[tuple]:
    return [(text[s:e], a["start"], a["end"]) for s, e, a in find_dates(text, reference)]


def test_decade_words_of_ages_are_no_dates():
    assert _dates("Women in her sixties and seventies were vaccinated first.") == []
    assert _dates("Those in their fifties or sixties wait.") == []
    assert _dates("Men in their forties, fifties and sixties.") == []
    assert _dates("Highs in the upper sixties and seventies.") == []
    assert _dates("Sixty and seventy people attended.") == []
    # the list after "the" stays two decades
    assert _dates("Music of the sixties and seventies.") == [("the sixties", "1960", "1969"), ("seventies", "1970", "1979")]
    assert [d[0] for d in _dates("the forties, fifties and sixties")] == ["the forties", "fifties", "sixties"]


def test_a_weekday_before_a_comma_and_a_new_clause_stays_in_its_week():
    assert _dates("He spoke on Monday, and on Tuesday next week he flies to Paris.") == [
        ("on Monday", "2021-06-14", "2021-06-14"), ("on Tuesday next week", "2021-06-22", "2021-06-22")]
    assert _dates("The vote will be held on Monday or Tuesday next week.") == [
        ("on Monday", "2021-06-21", "2021-06-21"), ("Tuesday next week", "2021-06-22", "2021-06-22")]


def test_no_day_counted_from_a_habit():
    assert _dates("Every Friday the market opens. The next day it closes.") == [("Friday", "2021-06-11", "2021-06-11")]
    assert _dates("Each Monday the club meets. The day after, it cleans up.") == [("Monday", "2021-06-14", "2021-06-14")]


def test_a_future_clause_after_a_past_year_ends_in_the_next_such_month():
    # was March 2020 (before the publication, in a clause of the future)
    assert _dates("Tesis 2019'dan Mart'a kadar kapalı kalacak.") == [("2019'dan Mart'a", "2019-01-01", "2022-03-31")]
    assert _dates("Завод будет закрыт с 2019 до марта.") == [("с 2019 до марта", "2019-01-01", "2022-03-31")]
    # a future start keeps the end after it
    assert _dates("The plant will be closed from 2022 until March.") == [("from 2022 until March", "2022-01-01", "2023-03-31")]
    # a past clause: the latest March by the publication
    assert _dates("Prices rose from 2019 until March, when the bank stepped in.") == [
        ("from 2019 until March", "2019-01-01", "2021-03-31")]


def test_a_past_clause_end_after_the_publication_is_two_dates():
    # the latest September by the publication (2020) is before the start year: which September is unsaid
    assert [d[0] for d in _dates("The survey ran from 2021 until September.")] == ["2021", "September"]  # was 2021 – Sep 2022
    assert _dates("The survey ran from 2021 until March.") == [("2021", "2021", "2021"), ("March", "2021-03", "2021-03")]
