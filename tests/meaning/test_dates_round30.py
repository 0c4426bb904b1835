"""Dates and intervals, written for the thirtieth round (publication Tuesday 15 June 2021 unless said): a day before
its month wins over "Month Day" when a count follows; ordinal ends of day ranges; "last Monday-Thursday"; "earlier in
the year"; "since as early as 2010"."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.suggest import detect
from tests.meaning.meaning_helpers import PROP
from tests.meaning.test_dates_round29 import REFERENCE, _dates  # a Tuesday; (text, start, end, open) of each date


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(s.kind, s.exact) for s in detect(text, reference=REFERENCE, kinds=("date", "figure"))]


# ---------------------------------------------------------------- a day before its month, then a count
def test_day_before_month_wins_over_month_day_when_a_count_follows():
    # "марта 12", "March 12", "Mart 12" (a day after the month) were read before
    assert _dates("Погибли 6 марта 12 человек.") == [("6 марта", "2021-03-06", "2021-03-06", None)]
    assert _dates("On 4 May 30 workers were laid off.") == [("4 May", "2021-05-04", "2021-05-04", None)]
    assert _dates("9 Nisan 15 kişi yaralandı.") == [("9 Nisan", "2021-04-09", "2021-04-09", None)]
    assert _dates("К 2 февраля 17 домов остались без света.") == [("2 февраля", "2021-02-02", "2021-02-02", None)]


def test_the_count_after_the_day_and_month_is_a_figure():
    assert _kinds("Погибли 6 марта 12 человек.") == [("date", "6 марта"), ("figure", "12 человек")]
    assert _kinds("On 4 May 30 workers were laid off.") == [("date", "4 May"), ("figure", "30 workers")]


def test_month_day_without_a_day_before_is_read_as_before():
    assert _dates("Выборы прошли в марте, а 12 человек ушли.")[0][0] == "марте"
    assert _dates("The vote was on March 12.") == [("March 12", "2021-03-12", "2021-03-12", None)]
    assert _dates("Issue 46 March 12, 2020 was late.")[-1][:3] == ("March 12, 2020", "2020-03-12", "2020-03-12")
    assert _dates("By 2019 March 12 was a holiday.")[-1][0] == "March 12"
    # a number that is no day before the month: a part of a longer number or a decimal
    assert _dates("Prices rose 2.5 March 12 was calm.")[-1][0] == "March 12"
    # a schedule of "Month Day"s: the number before the month is another's day, and one before a month is no count
    assert [d[0] for d in _dates("Classes: Mar 3 Mar 10 Mar 17 for the course.")] == ["Mar 3", "Mar 10", "Mar 17"]
    # two days before their months with the dash lost: each day its month's (was "Şubat 17")
    assert [d[0] for d in _dates("Kurs 8 Şubat 17 Şubat tarihleri arasında yapıldı.")] == ["8 Şubat", "17 Şubat"]


@PROP
@given(st.integers(1, 28), st.sampled_from(["March", "April", "марта", "апреля", "Mart", "Nisan"]), st.integers(2, 99),
       st.sampled_from(["people", "человек", "kişi", "houses"]))
def test_any_day_month_count_keeps_the_day_before(day, month, count, noun):
    text = f"Then {day} {month} {count} {noun} left."
    assert [d[0] for d in _dates(text)] == [f"{day} {month}"]


# ---------------------------------------------------------------- ordinal ends of day ranges
def test_between_ordinal_days_of_a_month_take_the_year_after():
    # the 5th alone before
    assert _dates("Between the 3rd and the 5th of May 2019 the office was closed.") == [
        ("the 3rd and the 5th of May 2019", "2019-05-03", "2019-05-05", None)]
    assert _dates("Between the 10th and 12th of March, 2018, the port was shut.") == [
        ("the 10th and 12th of March, 2018", "2018-03-10", "2018-03-12", None)]
    assert _dates("The show runs from the 2nd to 6th of August 2019.") == [
        ("the 2nd to 6th of August 2019", "2019-08-02", "2019-08-06", None)]


def test_day_month_to_an_ordinal_day_is_a_range():
    # the first day alone before
    assert _dates("The fair ran from 4 July to the 8th.") == [("4 July to the 8th", "2020-07-04", "2020-07-08", None)]
    assert _dates("Between 11 March and the 14th the road was shut.") == [
        ("11 March and the 14th", "2021-03-11", "2021-03-14", None)]
    assert _dates("Voting will run from 2nd August until the 5th, officials said.") == [
        ("2nd August until the 5th", "2021-08-02", "2021-08-05", None)]


def test_ordinal_ends_that_are_no_days_stay_apart():
    assert _dates("She moved from 4 July to the 8th floor.") == [("4 July", "2020-07-04", "2020-07-04", None)]
    assert _dates("On the 3rd and the 5th of May 2019 we met.") == [
        ("3rd", "2019-05-03", "2019-05-03", None), ("5th of May 2019", "2019-05-05", "2019-05-05", None)]
    assert [d[0] for d in _dates("From 4 July to the 8th round nothing changed.")] == ["4 July"]
    assert [d[0] for d in _dates("From 9 July to the 5th the office was shut.")] == ["9 July"]  # falling: no range


# ---------------------------------------------------------------- "last Monday-Thursday"
def test_last_before_a_weekday_stretch_is_the_latest_such_stretch_gone():
    # "last Monday" and a separate Thursday before (on a Tuesday "last Monday" is the day before, and the Thursday
    # after it is still to come)
    assert _dates("Talks ran last Monday-Thursday.") == [("last Monday-Thursday", "2021-06-07", "2021-06-10", None)]
    assert _dates("Last Monday to Wednesday the schools were shut.") == [
        ("Last Monday to Wednesday", "2021-06-07", "2021-06-09", None)]
    # on a Friday the stretch of this week is gone already
    assert _dates("Talks ran last Monday-Thursday.", "2021-06-18") == [
        ("last Monday-Thursday", "2021-06-14", "2021-06-17", None)]


def test_next_and_habits_keep_their_weekday_reading():
    assert _dates("Talks will run next Monday-Thursday.") == [("next Monday-Thursday", "2021-06-21", "2021-06-24", None)]
    assert [d[0] for d in _dates("The museum is open Monday to Friday.")] == ["Monday", "Friday"]


# ---------------------------------------------------------------- "earlier in the year", "later in the month"
def test_earlier_and_later_in_the_unit_are_read_as_with_this():
    # no date before
    assert _dates("Earlier in the year, prices rose sharply.") == [("Earlier in the year", "2021-01-01", "2021-06-15", None)]
    assert _dates("Later in the year the plant will reopen.") == [("Later in the year", "2021-06-15", "2021-12-31", None)]
    assert _dates("Talks resume later in the month.") == [("later in the month", "2021-06-15", "2021-06-30", None)]
    assert _dates("Earlier in the week, the minister resigned.") == [
        ("Earlier in the week", "2021-06-14", "2021-06-15", None)]
    # a year written before that is the publication's own keeps it
    assert _dates("In 2021 the firm grew. Earlier in the year it cut jobs.")[-1] == (
        "Earlier in the year", "2021-01-01", "2021-06-15", None)


def test_earlier_in_the_unit_of_a_story_or_another_year_is_no_date():
    assert [d[0] for d in _dates("In 2019 the firm grew. Earlier in the year it cut jobs.")] == ["2019"]
    assert [d[0] for d in _dates("The vote was held in March. Later in the month, talks resumed.")] == ["March"]
    assert _dates("Earlier in the year he had toured Europe.") == []
    assert _dates("He joined the club. Later in the year he moved to Paris.") == []
    assert _dates("The rate is set later in the game.") == []


# ---------------------------------------------------------------- "since as early as 2010"
def test_since_as_early_as_runs_to_the_publication():
    # the year alone before
    assert _dates("Prices have risen since as early as 2010.") == [("2010", "2010", "2021", None)]
    assert _dates("Prices have risen since as long ago as March 2015.") == [("March 2015", "2015-03", "2021-06", None)]


def test_as_early_as_without_since_or_in_a_past_perfect_stays_alone():
    assert _dates("Prices rose as early as 2010.") == [("2010", "2010", "2010", None)]
    assert _dates("He had lived there since as early as 1990.") == [("1990", "1990", "1990", None)]


# ---------------------------------------------------------------- the review's fixes
def test_a_number_inside_a_name_is_no_day_before_the_month():
    # "G7", "Формула-1", a score: the number is part of a name or of another number, not a day (nothing, "1 июня",
    # "1 March" with the first version of the rule)
    assert [d[0] for d in _dates("The G7 June 12 summit ended without a deal.")] == ["June 12"]
    assert [d[0] for d in _dates("Формула-1 июня 12 гонка.")] == ["июня 12"]
    assert [d[0] for d in _dates("Score 2-1 March 12 people saw it.")] == ["March 12"]


def test_in_the_unit_named_after_it_is_no_publication_date():
    # "later in the month of May" is May, not the rest of the publication's month; "later in the year 2026" that year
    assert [d[0] for d in _dates("Later in the month of May the vote will be held.")] == ["the month of May"]
    assert [d[0] for d in _dates("Earlier in the month of March, protests began.")] == ["the month of March"]
    assert [d[0] for d in _dates("Later in the year 2026 the plant will reopen.")] == ["2026"]
    assert _dates("The plant will reopen later in the year of the election.") == []
