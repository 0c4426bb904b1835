"""Dates, seventeenth round: "post-2015" (from 2016) and a year after "pre-war"/"post-war", a range's second month in
lower case after "to" ("From March to may 2016"), the first or last months of a year counted out ("the first three
months of 2020"), the Russian "в конце года" before a plural subject in -ии, and "The 1999 or 2000 votes" kept a count.
Texts written for these tests."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.meaning.date_counted import COUNTED_PLURALS
from desktop.meaning.date_months_of_year import _COUNTS
from desktop.suggest.detect import detect
from tests.meaning.test_meaning_dates_twelfth import Found, dates  # the same reference date (10 June 2025)


# ---------------------------------------------------------------- "post-2015", "pre-war 1938"
@pytest.mark.parametrize("text, reference, expected", [
    ("Post-2015 harvests were thin.", datetime.date(2025, 6, 10), [("Post-2015", "2016", "2025")]),
    ("The post-2008 rules were stricter.", datetime.date(2012, 1, 5), [("post-2008", "2009", "2012")]),
    # a text not later than the year after: that year alone (the interval's written end)
    ("The post-2015 plan is not drafted yet.", datetime.date(2014, 3, 1), [("post-2015", "2016", "2016")]),
    ("The post-2015 plan is not drafted yet.", None, [("post-2015", "2016", "2016")]),
    ("Our pre-war 1938 ledger survived.", datetime.date(2025, 6, 10), [("1938", "1938", "1938")]),
    ("Life in post-war 1947 was hard.", datetime.date(2025, 6, 10), [("1947", "1947", "1947")]),
])
def test_post_year_and_a_year_after_pre_war(text: str, reference: datetime.date | None, expected: Found) -> None:
    assert dates(text, reference) == expected


@pytest.mark.parametrize("text", [
    "Reply to post 2015 in the thread.",  # a message's number, no hyphen
    "The post-2015/16 figures were revised.",  # a number with a slash
    "The fleet kept its pre-war 1400 trucks.",  # a count after "pre-war"
    "The air force had pre-war 1900 aircraft.",  # a count whose noun takes no -s
    "The army had pre-war 1200 horses and mules.",  # no modern year
    # "pre-1914" is a date now, open at its start: tests/meaning/test_date_open.py
])
def test_no_post_year_or_war_year_where_it_is_no_date(text: str) -> None:
    assert dates(text) == []


# ---------------------------------------------------------------- "From March to may 2016"
@pytest.mark.parametrize("text, expected", [
    ("From March to may 2016 the quarry was shut.", [("From March to may 2016", "2016-03", "2016-05")]),
    ("April through june 2019 was wet.", [("April through june 2019", "2019-04", "2019-06")]),
    # the first month in lower case, or a gap that is no range word: "may" stays a verb
    ("Crowds march to may 2016 rallies.", []),
    ("Data for January - june 2016 were lost.", []),
])
def test_a_ranges_second_month_in_lower_case_after_to(text: str, expected: Found) -> None:
    assert dates(text) == expected


# ---------------------------------------------------------------- "the first three months of 2020"
@pytest.mark.parametrize("text, reference, expected", [
    ("Exports fell in the first three months of 2020.", datetime.date(2025, 6, 10),
     [("the first three months of 2020", "2020-01", "2020-03")]),
    ("Exports fell in the last four months of 2019.", datetime.date(2025, 6, 10),
     [("the last four months of 2019", "2019-09", "2019-12")]),
    ("Exports fell in the final 2 months of 2018.", datetime.date(2025, 6, 10),
     [("the final 2 months of 2018", "2018-11", "2018-12")]),
    ("Exports fell in the first six months of last year.", datetime.date(2025, 6, 10),
     [("the first six months of last year", "2024-01", "2024-06")]),
    ("Exports fell in the first six months of last year.", None, [("the first six months of last year", None, None)]),
])
def test_the_first_or_last_months_of_a_year(text: str, reference: datetime.date | None, expected: Found) -> None:
    assert dates(text, reference) == expected


@pytest.mark.parametrize("text", [
    "The first three months of the strike were calm.",  # not a year's months
    "We archived three months of 2020 logs.",  # no "the first/last"
    "The first twelve months of 2020 were hard.",  # a whole year counted out: its year, as before
])
def test_months_of_something_else_are_no_months_of_a_year(text: str) -> None:
    assert all(not exact.startswith(("the first", "The first", "three")) for exact, _s, _e in dates(text))


@given(st.sampled_from(sorted(_COUNTS)), st.sampled_from(["first", "last"]), st.integers(1900, 2099))
def test_months_of_a_year_hold_that_many_months(word: str, edge: str, year: int) -> None:
    [(_exact, start, end)] = dates(f"Sales rose in the {edge} {word} months of {year}.")
    assert start is not None and end is not None
    first, last = int(start[5:7]), int(end[5:7])
    assert start[:4] == end[:4] == str(year) and last - first + 1 == _COUNTS[word]
    assert (first == 1) if edge == "first" else (last == 12)


def test_the_count_of_months_inside_the_date_is_no_figure() -> None:
    found = [(s.kind, s.exact) for s in detect("Exports fell in the first three months of 2020.", reference="2025-06-10",
                                               kinds=("date", "figure"))]
    assert found == [("date", "the first three months of 2020")]


# ---------------------------------------------------------------- "В конце года акции подорожали"
@pytest.mark.parametrize("text, reference, expected", [
    # a past clause before the year's end: last year's end, as "at the end of the year" reads
    ("В конце года акции подорожали.", datetime.date(2025, 6, 10), [("конце года", "2024-09", "2024-12")]),
    ("В конце года облигации дешевеют.", datetime.date(2025, 3, 1), [("конце года", "2025-09", "2025-12")]),
    ("В конце года акции подорожали.", None, [("конце года", None, None)]),  # found, undated (the reason below)
])
def test_the_end_of_the_year_before_a_plural_subject_in_ii(text: str, reference: datetime.date | None,
                                                            expected: Found) -> None:
    assert dates(text, reference) == expected


def test_the_end_of_the_year_without_a_publication_date_says_why() -> None:
    [s] = [s for s in detect("В конце года акции подорожали.", reference=None, kinds=("date",))]
    assert s.attributes["undated"] and "publication date" in s.attributes["reason"]


@pytest.mark.parametrize("text", [
    "В конце года эксплуатации здания трубы заменили.",  # a genitive noun after "года": a year of service
    "В конце года реализации проекта отчёт сдали.",
    "В конце года эксплуатации нашли трещины.",  # a plural verb with its object: "эксплуатации" a genitive
])
def test_a_genitive_in_ii_after_the_year_still_blocks_it(text: str) -> None:
    assert dates(text) == []


# ---------------------------------------------------------------- "The 1999 or 2000 votes were counted": a count
@pytest.mark.parametrize("text, expected", [
    ("The 1999 or 2000 votes were counted.", []),  # a tally after "the", as "The 1999 or 2000 copies sold"
    ("The 1999 or 2000 elections were close.", [("1999", "1999", "1999"), ("2000", "2000", "2000")]),
])
def test_votes_are_counted_elections_are_years(text: str, expected: Found) -> None:
    assert dates(text) == expected


# ---------------------------------------------------------------- "in the year 71": a year before 1000 named as one
@pytest.mark.parametrize("text, expected", [
    ("The fort was built in the year 74.", [("the year 74", "0074", "0074")]),
    ("The chapel burned in the year 912, and was rebuilt.", [("the year 912", "0912", "0912")]),
    ("The year 88 was a year of floods.", [("The year 88", "0088", "0088")]),
    ("Coins struck in the year 1066 survive.", [("1066", "1066", "1066")]),  # four digits: the year's own pattern
])
def test_the_year_before_1000(text: str, expected: Found) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize("text", [
    "Pupils in the year 9 group sat the test.",  # a school year before a noun
    "Tickets for the year 3 concert sold out.",
    "The year 12 pupils left early.",
    "The town fell in the year 71 BC.",  # before the era: its own pattern, undated
])
def test_the_year_before_a_noun_or_the_era_is_no_early_year(text: str) -> None:
    assert all(not (start or "").startswith("00") for _e, start, _end in dates(text))


# ---------------------------------------------------------------- one list of counted nouns for both date rules
@pytest.mark.parametrize("noun", sorted(COUNTED_PLURALS))
def test_a_counted_noun_reads_the_same_in_both_rules(noun: str) -> None:
    """A choice "N or N+1" after "the" and a range of round hundreds ("between 1900 and 2000") before a counted noun
    are counts in both rules, from the one list (the range rule knew only "people" before this round)."""
    assert dates(f"The 1999 or 2000 {noun} were counted.") == []
    assert dates(f"Between 1900 and 2000 {noun} were counted.") == []


@pytest.mark.parametrize("text, expected", [
    ("Between 1998 and 2004 people moved away.", [("Between 1998 and 2004", "1998", "2004")]),  # not round: years
    ("Between 1900 and 2000 the voters moved away.", [("Between 1900 and 2000", "1900", "2000")]),  # no counted noun
    ("The 2001 or 2002 seasons were wet.", [("2001", "2001", "2001"), ("2002", "2002", "2002")]),
])
def test_years_before_other_words_stay_years(text: str, expected: Found) -> None:
    assert dates(text) == expected
