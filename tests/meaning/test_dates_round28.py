"""Dates and intervals, written for the twenty-eighth round (publication Tuesday 15 June 2021 unless said): days
listed with commas after their month, ranges of days after the month ("between May 3 and 5", "from May 3 to 5 the
…")."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.meaning.dates import find_dates
from tests.meaning.meaning_helpers import PROP

REFERENCE = "2021-06-15"  # a Tuesday


def _dates(text: str, reference: str | None = REFERENCE) -> list[tuple]:
    return [(text[s:e], a["start"], a["end"], a.get("open")) for s, e, a in find_dates(text, reference)]


# ---------------------------------------------------------------- days listed with commas after the month
def test_days_listed_with_commas_after_the_month_are_each_a_date():
    # no date at all before: "March 4" before ", 5" was refused as a day before a count or a year
    assert _dates("The fair was held on March 4, 5 and 6.") == [
        ("March 4", "2021-03-04", "2021-03-04", None), ("5", "2021-03-05", "2021-03-05", None),
        ("6", "2021-03-06", "2021-03-06", None)]
    assert _dates("Hearings took place on May 3, 10, and 17 in the capital.") == [
        ("May 3", "2021-05-03", "2021-05-03", None), ("10", "2021-05-10", "2021-05-10", None),
        ("17", "2021-05-17", "2021-05-17", None)]


def test_a_year_after_the_listed_days_is_the_year_of_each():
    expected = [("Sept. 8", "2019-09-08", "2019-09-08", None), ("9", "2019-09-09", "2019-09-09", None),
                ("12, 2019", "2019-09-12", "2019-09-12", None)]
    assert _dates("Strikes were called for Sept. 8, 9, and 12, 2019.") == expected
    assert _dates("Strikes were called for Sept. 8, 9, and 12, 2019.", None) == expected  # the year is written


def test_no_listed_days_before_a_counted_noun_or_in_a_single_date():
    assert _dates("On March 4, 5 and 6 people were hurt.") == []  # as before: which is unsaid
    assert [d[0] for d in _dates("By April 2, 3 and 4 percent rises were seen.")] == ["April"]  # the month alone
    assert _dates("She was born on March 4, 1990 and 6 friends came.") == [
        ("March 4, 1990", "1990-03-04", "1990-03-04", None)]
    # no such day: no list, the day written with the month alone
    assert _dates("The fair was held on Feb. 27, 28 and 30.") == [("Feb. 27", "2021-02-27", "2021-02-27", None)]


def test_a_listed_ordinal_day_after_an_earlier_year_is_dated():
    # "the 1st" was undated: a year other than the publication's stood before it, with no month
    assert _dates("Rain fell in 2020. It stopped on the 1st and 3rd of March.") == [
        ("2020", "2020", "2020", None), ("1st", "2020-03-01", "2020-03-01", None),
        ("3rd of March", "2020-03-03", "2020-03-03", None)]
    # without the month it stays undated
    assert [a["undated"] for _, _, a in find_dates("Rain fell in 2020. It stopped on the 1st and 3rd.", REFERENCE)] == [
        False, True]


@PROP
@given(st.integers(min_value=1, max_value=26), st.sampled_from(["January", "March", "Apr.", "May"]),
       st.sampled_from([", ", ", and ", " and "]), st.sampled_from(["", ", 2018"]))
def test_any_list_of_three_days_after_a_month_gives_three_days_of_it(first, month, last_join, year):
    text = f"Votes were held on {month} {first}, {first + 1}{last_join}{first + 3}{year}."
    if last_join == ", ":
        assert _dates(text) == [] or len(_dates(text)) == 1, text  # no "and": no list
        return
    found = _dates(text)
    assert [d[1][-2:] for d in found] == [f"{first:02d}", f"{first + 1:02d}", f"{first + 3:02d}"], text
    assert {d[1][:4] for d in found} == {"2018" if year else "2021"}, text


# ---------------------------------------------------------------- ranges of days after the month
def test_between_a_month_day_and_a_day_is_a_range():
    # was "May 3" alone
    assert _dates("Between May 3 and 5 the office was closed.") == [("May 3 and 5", "2021-05-03", "2021-05-05", None)]
    assert _dates("The road will be closed between July 10th and 12th.") == [
        ("July 10th and 12th", "2021-07-10", "2021-07-12", None)]
    assert _dates("The road was closed between July 10 and 12, when it reopened.") == [
        ("July 10 and 12", "2020-07-10", "2020-07-12", None)]  # a past clause: last July


def test_a_range_of_days_before_a_determiner_or_a_pronoun_is_read():
    # "From May 3 to 5 the office …" was "May 3" alone: only a clause's end or a conjunction ended the range
    assert _dates("From May 3 to 5 the office was closed.") == [("May 3 to 5", "2021-05-03", "2021-05-05", None)]
    assert _dates("From April 6 through 9 they marched.") == [("April 6 through 9", "2021-04-06", "2021-04-09", None)]


def test_no_range_of_days_before_a_counted_noun():
    assert _dates("The temperature was between May 3 and 5 degrees.") == [("May 3", "2021-05-03", "2021-05-03", None)]
    assert _dates("In March 3 to 5 percent of staff left.") == [("March 3", "2021-03-03", "2021-03-03", None)]  # as before
    assert _dates("On May 3 and 5 people died.") == [("May 3", "2021-05-03", "2021-05-03", None)]
    assert _dates("Between May 5 and 3 the office was closed.")[0][:3] == ("May 5", "2021-05-05", "2021-05-05")


@PROP
@given(st.integers(min_value=1, max_value=20), st.integers(min_value=1, max_value=8),
       st.sampled_from(["January", "February", "April", "May"]),
       st.sampled_from(["between {m} {a} and {b}", "from {m} {a} to {b}", "from {m} {a} through {b}"]),
       st.sampled_from([" the", " they", " we", ",", "."]))
def test_any_range_of_days_after_the_month_spans_its_days(first, length, month, form, after):
    words = form.format(m=month, a=first, b=first + length)
    text = f"The office was closed {words}{after} staff said."
    (found,) = _dates(text)
    assert found[1][-2:] == f"{first:02d}" and found[2][-2:] == f"{first + length:02d}", text


# ---------------------------------------------------------------- "between X and now"
def test_between_a_date_and_now_or_the_present_runs_to_the_publication():
    # each was the start alone
    assert _dates("Between 1990 and now the town doubled.") == [("1990 and now", "1990", "2021", None)]
    assert _dates("Between 2010 and the present day, rents rose.") == [
        ("2010 and the present day", "2010", "2021", None)]
    assert _dates("Between March 2020 and now, sales fell.") == [("March 2020 and now", "2020-03", "2021-06", None)]
    assert _dates("Between 1 March 2020 and the present sales fell.") == [
        ("1 March 2020 and the present", "2020-03-01", "2021-06-15", None)]
    assert _dates("Between the 1990s and now the town grew.") == [("the 1990s and now", "1990", "2021", None)]


def test_between_a_year_and_now_without_a_publication_is_open_at_its_end():
    assert _dates("Between 1990 and now the town doubled.", None) == [("1990 and now", "1990", "1990", "end")]


def test_no_range_to_now_without_between_or_before_a_compound():
    assert _dates("In 2010 and now in 2020 the town grew.") == [
        ("2010", "2010", "2010", None), ("2020", "2020", "2020", None)]
    assert _dates("In 2010 and the present day the town grew.") == [("2010", "2010", "2010", None)]
    assert _dates("The gap between 2010 and now-defunct rules.") == [("2010", "2010", "2010", None)]
    # "to now-retired staff" was "2010 to now", 2010 to the publication
    assert _dates("He wrote in 2010 to now-retired staff.") == [("2010", "2010", "2010", None)]
    assert _dates("Between March 2020 and today, sales fell.") == [  # as before: the merge joins "today"
        ("Between March 2020 and today", "2020-03-01", "2021-06-15", None)]


# ---------------------------------------------------------------- units ago without a count: Russian, Kazakh, Turkish
def test_russian_kazakh_and_turkish_units_ago_without_a_count_are_open_at_their_start():
    # each was no date; read as the English "years ago" is (at least two units back)
    assert _dates("Много лет назад здесь была мельница.") == [("Много лет назад", "2019", "2019", "start")]
    assert _dates("Годы назад здесь была мельница.") == [("Годы назад", "2019", "2019", "start")]
    assert _dates("Мельница сгорела много лет тому назад.") == [("много лет тому назад", "2019", "2019", "start")]
    assert _dates("Десятилетия назад здесь был лес.") == [("Десятилетия назад", "2001", "2001", "start")]
    assert _dates("Крепость построили много веков назад.") == [("много веков назад", "1821", "1821", "start")]
    assert _dates("Жылдар бұрын мұнда диірмен болды.") == [("Жылдар бұрын", "2019", "2019", "start")]
    assert _dates("Көп жыл бұрын мұнда диірмен болды.") == [("Көп жыл бұрын", "2019", "2019", "start")]
    assert _dates("Ғасырлар бұрын мұнда қала болды.") == [("Ғасырлар бұрын", "1821", "1821", "start")]
    assert _dates("Yıllar önce burada bir değirmen vardı.") == [("Yıllar önce", "2019", "2019", "start")]
    assert _dates("Değirmen uzun yıllar önce kapandı.") == [("uzun yıllar önce", "2019", "2019", "start")]
    assert _dates("Haftalar önce açıklandı.") == [("Haftalar önce", "2021-06-01", "2021-06-01", "start")]


def test_no_open_units_ago_after_a_count_before_an_event_or_in_a_title():
    assert _dates("Две недели назад здесь был лес.") == [("Две недели назад", "2021-06-01", "2021-06-01", None)]
    assert _dates("Пять лет назад здесь был лес.") == [("Пять лет назад", "2016", "2016", None)]
    assert _dates("Лет назад было много.") == []  # a genitive plural alone follows a count
    assert _dates("Savaştan yıllar önce burada bir köy vardı.") == []  # years before the war
    assert _dates("Соғыстан жылдар бұрын мұнда қала болды.") == []
    assert _dates("Grubun albümü Günler Önce çıktı.") == []  # a title
    assert _dates("Uzun yıllar boyunca çalıştı.") == []  # for years: a duration


def test_foreign_units_ago_without_a_publication_are_undated():
    (found,) = find_dates("Много лет назад здесь была мельница.")
    assert found[2]["undated"] is True


# ---------------------------------------------------------------- "until at least", "as early as", "not until"
def test_at_least_after_an_open_cue_keeps_the_date_and_its_bound():
    # each year or month was no date: "at least" stood between the cue and it
    assert _dates("The plant will remain open until at least 2025.") == [("2025", "2025", "2025", "start")]
    assert _dates("The mine has been open since at least 2010.") == [("2010", "2010", "2021", None)]
    assert _dates("The mine was open by at least 1890.") == [("1890", "1890", "1890", "start")]
    assert _dates("The road stays shut until at least the end of 2022.") == [
        ("the end of 2022", "2022-09", "2022-12", "start")]  # the part was read, without its bound
    assert _dates("Since at least March prices have risen.") == [("March", "2021-03", "2021-06", None)]


def test_as_early_as_and_as_late_as_name_a_time():
    assert _dates("The talks could start as early as 2022.") == [("2022", "2022", "2022", None)]
    assert _dates("As late as 1990 the mine was open.") == [("1990", "1990", "1990", None)]


def test_at_least_before_a_count_is_no_date():
    assert _dates("At least 2010 people came.") == []
    assert _dates("He has lived there since at least 2010 people moved in.") == []
    assert _dates("As many as 2000 people came.") == []
    # a plural after the number: a count (the first version read these as years)
    assert _dates("The plan runs until at least 2030 homes are built.") == []
    assert _dates("Until at least 1900 children worked there.") == []


def test_not_until_and_not_before_are_no_bound_before_the_date():
    # "not until 2019" was open at its start (before 2019), "not before 2019" too
    assert _dates("It was not until 2019 that the mine closed.") == [("2019", "2019", "2019", None)]
    assert _dates("It wasn't until 2019 that the mine closed.") == [("2019", "2019", "2019", None)]
    assert _dates("The mine will open not before 2023.") == [("2023", "2023", "2023", "end")]
    # as before
    assert _dates("The mine closed not after 2019.") == [("2019", "2019", "2019", "start")]
    assert _dates("The mine was open until 2019.") == [("2019", "2019", "2019", "start")]
    assert _dates("The mine closed no earlier than 2019.") == [("2019", "2019", "2019", "end")]


# ---------------------------------------------------------------- "half a century ago", "the autumn of last year"
def test_half_a_unit_ago_is_half_as_far_back():
    # "a century ago" inside it was read: 1921
    assert _dates("The mill opened half a century ago.") == [("half a century ago", "1971", "1971", None)]
    assert _dates("The mill opened a half-century ago.") == [("a half-century ago", "1971", "1971", None)]
    assert _dates("The mill opened half a decade ago.") == [("half a decade ago", "2016", "2016", None)]
    assert _dates("The mill opened half a year ago.") == [("half a year ago", "2020-12", "2020-12", None)]
    assert _dates("The mill opened more than half a century ago.") == [("half a century ago", "1971", "1971", "start")]
    # as before
    assert _dates("The mill opened a century ago.") == [("a century ago", "1921", "1921", None)]
    assert _dates("The work took half a century.") == []


def test_a_season_of_a_relative_year_is_that_season():
    # was "last year" alone
    assert _dates("The mill opened in the autumn of last year.") == [
        ("the autumn of last year", "2020-09", "2020-12", None)]  # as "the autumn of 2020" is read
    assert _dates("The mill will open in the spring of next year.") == [
        ("the spring of next year", "2022-03", "2022-06", None)]
    assert _dates("The summer of this year was dry.") == [("The summer of this year", "2021-06", "2021-09", None)]
    assert _dates("The mill opened in the autumn of 2020.") == [("the autumn of 2020", "2020-09", "2020-12", None)]
    assert find_dates("The mill opened in the autumn of last year.")[0][2]["undated"] is True


def test_no_season_of_a_relative_year_without_the():
    assert _dates("A spring of last year's water fed the mill.") == [("last year", "2020", "2020", None)]


# ---------------------------------------------------------------- "the first three months of the year"
def test_the_first_months_of_the_year_are_the_publication_year_s():
    # was no date ("of this year", "of 2020" were read)
    assert _dates("Sales rose in the first three months of the year.") == [
        ("the first three months of the year", "2021-01", "2021-03", None)]  # as "the first quarter of the year"
    assert _dates("Sales fell in the last four months of the year.") == [
        ("the last four months of the year", "2021-09", "2021-12", None)]
    assert find_dates("Sales rose in the first three months of the year.")[0][2]["undated"] is True


def test_no_months_of_the_year_of_another_noun():
    assert _dates("Sales rose in the first three months of the war.") == []
    assert _dates("Sales rose in the first three months of the yearly plan.") == []


# ---------------------------------------------------------------- found in review (twenty-eighth round)
def test_a_day_before_a_listed_year_is_in_that_year_without_a_list():
    # "Feb. 27" is read alone when the days after it are no list (no 29 February 2019): in the year written after
    # them (was the publication's, 2021)
    assert _dates("Trials were held on Feb. 27, 28 and 29, 2019.") == [("Feb. 27", "2019-02-27", "2019-02-27", None)]
    assert _dates("Talks resumed March 6, 5 and 4, 2019.") == [("March 6", "2019-03-06", "2019-03-06", None)]
    assert _dates("Talks resumed March 6, 5 and 4.") == [("March 6", "2021-03-06", "2021-03-06", None)]
    assert _dates("Talks ran between March 4, 5 and 6, 2019.") == [("March 4", "2019-03-04", "2019-03-04", None)]


def test_at_least_before_a_word_ending_in_s_that_is_no_plural_keeps_the_year():
    for text in ("The plant will stay open until at least 2030 unless prices fall.",
                 "The ban runs until at least 2030 as planned.", "The mine will run until at least 2030 this report says."):
        assert _dates(text) == [("2030", "2030", "2030", "start")], text
    assert _dates("The plan runs until at least 2030 homes are built.") == []  # still a count


def test_no_units_ago_after_a_year_s_ablative():
    # "years before 1990", not years before the publication
    assert [d[0] for d in _dates("1990'dan yıllar önce burada bir köy vardı.")] == ["1990'dan"]
    assert [d[0] for d in _dates("1990 жылдан жылдар бұрын ауыл бос еді.")] == ["1990 жылдан"]
    assert [d[0] for d in _dates("Yıllar önce burada bir okul vardı.")] == ["Yıllar önce"]
