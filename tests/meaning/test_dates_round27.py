"""Dates and intervals, written for the twenty-seventh round (publication Tuesday 15 June 2021 unless said): units ago
without a count and far counts of years ago."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.meaning.dates import find_dates
from desktop.meaning.figures import find_figures
from tests.meaning.meaning_helpers import PROP

REFERENCE = "2021-06-15"  # a Tuesday


def _dates(text: str, reference: str | None = REFERENCE) -> list[tuple]:
    return [(text[s:e], a["start"], a["end"], a.get("open")) for s, e, a in find_dates(text, reference)]


# ---------------------------------------------------------------- units ago without a count
def test_units_ago_without_a_count_are_open_at_their_start_at_least_two_units_back():
    assert _dates("Years ago, she ran a bakery here.") == [("Years ago", "2019", "2019", "start")]
    assert _dates("The mayor, who decades ago founded the club, died.") == [("decades ago", "2001", "2001", "start")]
    assert _dates("The castle fell centuries ago.") == [("centuries ago", "1821", "1821", "start")]
    assert _dates("Officials warned of the flood months ago.") == [("months ago", "2021-04", "2021-04", "start")]
    assert _dates("Just weeks ago the talks stalled.") == [("weeks ago", "2021-06-01", "2021-06-01", "start")]
    assert _dates("The strike ended days ago.") == [("days ago", "2021-06-13", "2021-06-13", "start")]
    assert _dates("Many years ago the mill closed.") == [("Many years ago", "2019", "2019", "start")]
    assert _dates("Some decades ago the mill closed.") == [("Some decades ago", "2001", "2001", "start")]


def test_units_ago_without_a_publication_date_are_undated():
    (found,) = find_dates("Years ago, she ran a bakery here.")
    assert found[2]["undated"] is True and "publication" in found[2]["reason"]


def test_a_count_before_the_unit_keeps_its_own_reading():
    assert _dates("The mill closed two years ago.") == [("two years ago", "2019", "2019", None)]
    assert _dates("The mill closed 15 years ago.") == [("15 years ago", "2006", "2006", None)]
    assert _dates("The mill closed a few years ago.") == [("a few years ago", "2016", "2019", None)]
    assert _dates("The mill closed several months ago.") == [("several months ago", "2020-09", "2021-03", None)]
    assert _dates("More than three years ago he left.") == [("three years ago", "2018", "2018", "start")]


def test_no_date_in_a_question_or_without_ago():
    assert _dates("How many years ago did the mill close?") == []
    assert _dates("It took years and cost millions.") == []
    assert _dates("Those years ago were hard, he said.") == []
    assert _dates("\"[Ten] years ago, a browser was born.\"") == []  # an editor's count: not "years ago"
    assert _dates("The decades ahead look bleak.") == []


# ---------------------------------------------------------------- far counts of years ago
def test_far_counts_of_years_ago_before_the_era_are_no_date_the_figures_read_them():
    for text, words in (("Ten thousand years ago, people hunted deer here.", "Ten thousand years"),
                        ("The asteroid struck 66 million years ago.", "66 million years"),
                        ("Some 5,000 years ago the town was built.", "5,000 years"),
                        ("Tens of thousands of years ago the river moved.", "Tens of thousands of years")):
        assert _dates(text) == [] and _dates(text, None) == [], text
        assert [text[a:b] for a, b, _ in find_figures(text)] == [words], text


def test_far_counts_of_years_ago_within_the_era_are_that_year():
    assert _dates("The town was built 1,500 years ago.") == [("1,500 years ago", "0521", "0521", None)]
    assert _dates("The bridge stood two hundred years ago.") == [("two hundred years ago", "1821", "1821", None)]
    assert _dates("Hundreds of years ago the river moved.") == [("Hundreds of years ago", "1821", "1821", "start")]
    assert _dates("A few thousand years ago the river moved.") == [("A few thousand years ago", "0021", "0021", "start")]


@PROP
@given(st.sampled_from(["days", "weeks", "months", "years", "decades", "centuries"]),
       st.sampled_from(["", "many ", "some ", "just ", "only "]),
       st.dates(min_value=__import__("datetime").date(1990, 1, 1), max_value=__import__("datetime").date(2030, 12, 31)))
def test_any_unit_ago_ends_before_the_publication_and_is_open_at_its_start(unit, lead, day):
    text = f"The mill closed {lead}{unit} ago, the mayor said."
    (found,) = find_dates(text, day.isoformat())
    attrs = found[2]
    assert attrs["open"] == "start"
    assert attrs["end"] < day.isoformat()[:len(attrs["end"])]


# ---------------------------------------------------------------- the week or weekend of a day
def test_the_week_of_a_day_is_its_seven_days():
    assert _dates("The week of 7 June was wet.") == [("The week of 7 June", "2021-06-07", "2021-06-13", None)]
    assert _dates("In the week of May 3, sales rose.") == [("the week of May 3", "2021-05-03", "2021-05-09", None)]
    # a Wednesday: the Monday-to-Sunday week holding it; a Sunday names the week it begins
    assert _dates("In the week of 9 June 2021 sales rose.") == [
        ("the week of 9 June 2021", "2021-06-07", "2021-06-13", None)]
    assert _dates("The week of Sunday 6 June was wet.") == [
        ("The week of Sunday 6 June", "2021-06-06", "2021-06-12", None)]


def test_the_weekend_of_a_day_is_its_saturday_and_sunday_not_the_latest_weekend():
    assert _dates("The weekend of 12 June was wet.") == [("The weekend of 12 June", "2021-06-12", "2021-06-13", None)]
    assert _dates("The weekend of Friday 11 June was wet.") == [
        ("The weekend of Friday 11 June", "2021-06-12", "2021-06-13", None)]
    # "over the weekend" was read as the latest weekend (12-13 June) beside the range
    assert _dates("Over the weekend of 5-6 June, rain fell.") == [
        ("the weekend of 5-6 June", "2021-06-05", "2021-06-06", None)]
    assert _dates("Over the weekend of June 5-6, rain fell.") == [
        ("the weekend of June 5-6", "2021-06-05", "2021-06-06", None)]


def test_no_week_of_without_a_day_or_the():
    assert _dates("During the weekend rain fell.") == [("the weekend", "2021-06-12", "2021-06-13", None)]
    assert _dates("The weekend of the vote was calm.") == []
    # 10 June 2021 is a Thursday: the weekend before or after it is unsaid
    assert _dates("The weekend of 10 June was wet.") == [("10 June", "2021-06-10", "2021-06-10", None)]
    assert _dates("The weekend of 13 June was wet.") == [("The weekend of 13 June", "2021-06-12", "2021-06-13", None)]
    assert _dates("The first week of March was wet.") == [("The first week of March", "2021-03-01", "2021-03-07", None)]
    assert _dates("A week of 7 June protests followed.") == [("7 June", "2021-06-07", "2021-06-07", None)]
    assert _dates("The week of 7-20 June was wet.") == [("7-20 June", "2021-06-07", "2021-06-20", None)]
    assert _dates("The week of 7 June was wet.", None)[0][:2] == ("7 June", None)


@PROP
@given(st.dates(min_value=__import__("datetime").date(1990, 1, 1), max_value=__import__("datetime").date(2030, 12, 31)))
def test_the_week_of_any_day_holds_it_and_is_seven_days(day):
    import datetime as dt
    text = f"Talks are set for the week of {day.day} {day.strftime('%B')} {day.year}."
    (found,) = find_dates(text, REFERENCE)
    first, last = dt.date.fromisoformat(found[2]["start"]), dt.date.fromisoformat(found[2]["end"])
    assert text[found[0]:found[1]].startswith("the week of") and first <= day <= last and (last - first).days == 6


# ---------------------------------------------------------------- days listed with one month
def test_days_listed_with_one_month_are_each_a_date():
    assert _dates("Talks were held on 1 and 3 March.") == [
        ("1", "2021-03-01", "2021-03-01", None), ("3 March", "2021-03-03", "2021-03-03", None)]
    assert _dates("Talks were held on 1, 2, and 3 March 2020.") == [
        ("1", "2020-03-01", "2020-03-01", None), ("2", "2020-03-02", "2020-03-02", None),
        ("3 March 2020", "2020-03-03", "2020-03-03", None)]
    assert _dates("Talks were held on March 1 and 3.") == [
        ("March 1", "2021-03-01", "2021-03-01", None), ("3", "2021-03-03", "2021-03-03", None)]
    assert _dates("Talks were held on March 1st and 3rd.") == [
        ("March 1st", "2021-03-01", "2021-03-01", None), ("3rd", "2021-03-03", "2021-03-03", None)]
    assert _dates("Votes were held on 10 and 11 May and on 2 June.") == [
        ("10", "2021-05-10", "2021-05-10", None), ("11 May", "2021-05-11", "2021-05-11", None),
        ("2 June", "2021-06-02", "2021-06-02", None)]


def test_a_listed_ordinal_day_is_no_longer_read_in_the_publication_month():
    # "the 1st" was 1 June (the publication's month)
    assert _dates("Talks were held on the 1st and 3rd of March.") == [
        ("1st", "2021-03-01", "2021-03-01", None), ("3rd of March", "2021-03-03", "2021-03-03", None)]


def test_no_listed_day_in_a_range_a_count_or_a_number():
    assert _dates("Between 1 and 3 March, talks were held.") == [("1 and 3 March", "2021-03-01", "2021-03-03", None)]
    assert _dates("Talks were held between March 1 and 3, 2020.") == [
        ("between March 1 and 3, 2020", "2020-03-01", "2020-03-03", None)]
    assert _dates("On March 1 and 3 people died.") == [("March 1", "2021-03-01", "2021-03-01", None)]
    assert _dates("It cost $1 and 3 March tickets.") == [("3 March", "2021-03-03", "2021-03-03", None)]
    assert _dates("Rates of 1.5 and 3 March higher.") == [("3 March", "2021-03-03", "2021-03-03", None)]
    assert _dates("In 2019 and 3 March 2020 the plant was shut.")[-1] == ("3 March 2020", "2020-03-03", "2020-03-03", None)
    assert _dates("Talks were held on 3/7/2025 and 4.") == [("3/7/2025", "2025-07-03", "2025-07-03", None)]
    assert _dates("Talks on 30 and 31 February failed.") == []
    assert _dates("Talks were held on 1 or 2 March.") == [("1 or 2 March", "2021-03-01", "2021-03-02", None)]


# ---------------------------------------------------------------- a leap day of a relative year
def test_a_leap_day_before_last_or_next_year_is_that_day_of_a_leap_year():
    assert _dates("The rule applied on 29 February last year.") == [
        ("29 February", "2020-02-29", "2020-02-29", None), ("last year", "2020", "2020", None)]
    assert _dates("The rule applied on February 29 last year.")[0] == ("February 29", "2020-02-29", "2020-02-29", None)
    assert _dates("The vote is on 29 February next year.", "2023-06-15")[0] == (
        "29 February", "2024-02-29", "2024-02-29", None)


def test_no_leap_day_in_a_year_without_one():
    found = find_dates("The rule applied on 29 February last year.", "2022-06-15")  # 2021 has none
    assert found[0][2]["undated"] is True
    assert find_dates("The rule applied on 29 February.", REFERENCE)[0][2]["undated"] is True
    assert find_dates("The rule applied on 29 February last year.")[0][2]["undated"] is True


# ---------------------------------------------------------------- review: days listed only after a word that leads a date
def test_no_listed_day_after_a_noun_that_numbers_or_counts():
    # a number before "and 3 March" that follows a noun or a verb is a chapter, an article, an age, a score
    assert _dates("Chapters 1 and 3 March on.") == [("3 March", "2021-03-03", "2021-03-03", None)]
    assert _dates("Articles 1 and 3 March decrees were cited.") == [("3 March", "2021-03-03", "2021-03-03", None)]
    assert _dates("The team won 1 and 3 March games.") == [("3 March", "2021-03-03", "2021-03-03", None)]
    assert _dates("Bills 1 and 3 March through the Senate.") == [("3 March", "2021-03-03", "2021-03-03", None)]
    # the figures keep the age they read at the base
    text = "The children, aged 1 and 3 March with their parents."
    assert _dates(text) == [("3 March", "2021-03-03", "2021-03-03", None)]
    assert "aged 1" in [text[a:b] for a, b, _ in find_figures(text)]


def test_listed_days_still_read_after_a_preposition():
    assert _dates("The strikes of 1 and 3 March closed ports.") == [
        ("1", "2021-03-01", "2021-03-01", None), ("3 March", "2021-03-03", "2021-03-03", None)]
    assert _dates("Talks set for 4, 5 and 6 May were delayed.") == [
        ("4", "2021-05-04", "2021-05-04", None), ("5", "2021-05-05", "2021-05-05", None),
        ("6 May", "2021-05-06", "2021-05-06", None)]


def test_listed_days_go_up():
    # "31 and 1 March": the 31st is no day of March before the 1st (31 January? 28 February?): the day alone stays
    assert _dates("The event ran on 31 and 1 March.") == [("1 March", "2021-03-01", "2021-03-01", None)]
    assert _dates("Talks were held on March 3 and 1.") == [("March 3", "2021-03-03", "2021-03-03", None)]


# ---------------------------------------------------------------- review: a count before a line break
def test_a_count_before_a_line_break_still_keeps_units_ago_out():
    # wrapped text: "5,000" and "years ago" on two lines was read as "years ago", before 2019
    for text in ("People came here 5,000\nyears ago.", "Ten thousand\nyears ago, people hunted deer.",
                 "How many\nyears ago did it close?", "How\nmany years ago did it close?"):
        assert _dates(text) == [], text
    assert _dates("Hundreds of\nyears ago the river moved.") == [
        ("Hundreds of\nyears ago", "1821", "1821", "start")]
