"""One-sided dates of the nineteenth round (issue 15): "more than N units ago" has no known first day, a range to
the present without a usable publication date no known last day, Kazakh years take their postpositions' open side,
and counts after an open cue ("By 1800 or 1900 visitors", "До 1500 солдат") are no dates; vague periods bounded by
their own words ("in recent years", "the past few days") and counted ones ending at the publication date stay
closed."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.meaning.dates import find_dates, parse_date


def dates(text: str, reference: str | None = None) -> list[tuple[str, str, str, str | None]]:
    return [(text[a:b], d["start"], d["end"], d.get("open")) for a, b, d in find_dates(text, reference)]


# ---------------------------------------------------------------- more than N units ago
@pytest.mark.parametrize("text, quote, iso", [
    ("The cache was last written more than 48 hours ago, the logs show.", "48 hours ago", "2024-03-08"),
    ("Our family left the island over three years ago.", "three years ago", "2021"),
    ("The well was dug at least two months ago.", "two months ago", "2024-01"),
])
def test_more_than_n_units_ago_has_no_known_first_day(text, quote, iso):
    assert dates(text, "2024-03-10") == [(quote, iso, iso, "start")]


@pytest.mark.parametrize("text", [
    "The cache was last written just over 48 hours ago.",  # about 48 hours: both sides near
    "Our family left the island about three years ago.",
    "Our family left the island three years ago.",
    "Our family left the island a little over three years ago.",
])
def test_approximate_or_plain_ago_stays_closed(text):
    assert all(side is None for *_, side in dates(text, "2024-03-10"))
    assert dates(text, "2024-03-10")


@pytest.mark.parametrize("text", [
    "In recent years, the harbour silted up.",
    "In the past few days, the river rose.",
    "Over the past decade, the harbour silted up.",
    "So far this year, the river rose twice.",
    "Through the months ahead the council will meet weekly.",
    "The mill closed several years ago.",
])
def test_vague_or_counted_periods_to_the_publication_date_stay_closed(text):
    found = dates(text, "2024-03-10")
    assert found and all(side is None for *_, side in found)


# ---------------------------------------------------------------- ranges to the present
@pytest.mark.parametrize("text, quote", [
    ("The choir has sung there (2009 – present).", "2009 – present"),
    ("She has coached the club from 2009 to the present.", "2009 to the present"),
    ("Он руководит хором с 2009 года по настоящее время.", "2009 года по настоящее время"),
    ("Koro 2009'dan günümüze kadar söyledi.", "2009'dan günümüze kadar"),
])
def test_a_range_to_the_present_is_open_at_its_end_without_a_publication_date(text, quote):
    assert dates(text) == [(quote, "2009", "2009", "end")]


def test_a_range_to_the_present_closes_at_the_publication_year():
    assert dates("She has coached the club from 2009 to the present.", "2024-03-10") == [
        ("2009 to the present", "2009", "2024", None)]
    assert dates("Он руководит хором с 2009 года по настоящее время.", "2024-03-10") == [
        ("2009 года по настоящее время", "2009", "2024", None)]


def test_a_publication_date_before_the_year_leaves_the_range_open():
    # the document's date is wrong (its text runs past it): the year is known, its end is not
    assert dates("Red Sox (2013 – present)", "2011-04-13") == [("2013 – present", "2013", "2013", "end")]


# ---------------------------------------------------------------- counts after an open cue
@pytest.mark.parametrize("text", [
    "By 1800 or 1900 visitors came.",
    "He won by 1800 or 1900 votes.",
    "До 1500 солдат погибли в том бою.",
    "Вплоть до 2000 человек ждали у ворот.",
])
def test_a_count_after_an_open_cue_is_no_date(text):
    assert dates(text, "2024-03-10") == []


@pytest.mark.parametrize("text, expected", [
    ("By 1800 or 1900, visitors came.", [("1800", "1800", "1800", "start"), ("1900", "1900", "1900", None)]),
    ("До 1990 года здесь был лес.", [("1990 года", "1990", "1990", "start")]),
    ("До 1990 многие жили в деревнях.", [("1990", "1990", "1990", "start")]),
    # "by" a year after a verb of change is read as a deadline, unless a unit or counted noun follows
    ("Shares rose by 2020.", [("2020", "2020", "2020", "start")]),
    ("Shares rose by 2020 points.", []),
])
def test_years_after_open_cues_stay_dates(text, expected):
    assert dates(text, "2024-03-10") == expected


# ---------------------------------------------------------------- Kazakh
@pytest.mark.parametrize("text, quote, side", [
    ("1990 жылға дейін ауыл шағын болды.", "1990 жылға дейін", "start"),
    ("1990 жылға шейін мектеп болмады.", "1990 жылға шейін", "start"),
    ("1990 жылдан кейін халық көбейді.", "1990 жылдан кейін", "end"),
    ("1990 жылдан бері ол осында тұрады.", "1990 жылдан бері", "end"),
])
def test_kazakh_postpositions_leave_a_side_open(text, quote, side):
    assert dates(text) == [(quote, "1990", "1990", side)]


def test_kazakh_since_closes_at_the_publication_year_and_plain_years_stay_closed():
    assert dates("1990 жылдан бері ол осында тұрады.", "2024-03-10") == [("1990 жылдан бері", "1990", "2024", None)]
    assert dates("Ол 1990 жылы келді.", "2024-03-10") == [("1990 жылы", "1990", "1990", None)]
    assert dates("1990 жылдары көп адам көшті.", "2024-03-10") == []  # a plural: not a year of ours


@given(st.integers(min_value=1100, max_value=2099), st.sampled_from(["дейін", "кейін"]))
def test_kazakh_years_keep_their_written_year(year, post):
    case = "ға" if post == "дейін" else "дан"
    found = dates(f"Ауыл {year} жыл{case} {post} өсті.")
    assert found == [(f"{year} жыл{case} {post}", str(year), str(year), "start" if post == "дейін" else "end")]


# ---------------------------------------------------------------- years from 100 to 999 after a day and month
@pytest.mark.parametrize("text, quote, start, end", [
    ("Ambrose (c. 339 – 4 April 397) was a bishop.", "339 – 4 April 397", "0339-01-01", "0397-04-04"),
    ("Ambrose (7 December 339 – 4 April 397) was a bishop.", "7 December 339 – 4 April 397", "0339-12-07", "0397-04-04"),
    ("The bishop died on 4 April 397, in Milan.", "4 April 397", "0397-04-04", "0397-04-04"),
    ("The empire ended on 4 September 476 AD in the west.", "4 September 476 AD", "0476-09-04", "0476-09-04"),
])
def test_a_three_digit_year_after_a_day_and_month_dates_the_day(text, quote, start, end):
    assert [(q, s, e) for q, s, e, _ in dates(text, "2001-08-28")] == [(quote, start, end)]
    assert [(q, s, e) for q, s, e, _ in dates(text)] == [(quote, start, end)]  # the text gives the year


@pytest.mark.parametrize("text", [
    "On 4 April 397 soldiers crossed the river.",  # a count
    "On 4 April, 397 soldiers crossed the river.",
    "See room 4 April 397-B for the file.",
    "On 4 April 397.5 tonnes were shipped.",
])
def test_a_three_digit_count_after_a_day_and_month_is_no_year(text):
    assert [(q, s) for q, s, _, _ in dates(text, "2001-08-28")] == [("4 April", "2001-04-04")]


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("2013 – present", ("2013", "2013", "end")),
        ("from 2013 to the present", ("2013", "2013", "end")),
        ("с 2013 года по настоящее время", ("2013", "2013", "end")),
        ("1990 жылдан кейін", ("1990", "1990", "end")),
        ("1990 жылға дейін", ("1990", "1990", "start")),
        ("1990 жылы", ("1990", "1990", None)),
    ],
)
def test_a_phrase_typed_or_tagged_by_hand_reads_as_in_running_text(phrase, expected):
    """parse_date (the date form, a tag made by hand) reads what find_dates reads after its scan: a range to the present
    in an undated text, and a Kazakh year the loose scan would cut to its bare number."""
    attrs = parse_date(phrase)
    assert (attrs["start"], attrs["end"], attrs.get("open")) == expected
    (_a, _b, found), = find_dates(phrase)
    assert (found["start"], found["end"], found.get("open")) == expected


def test_a_range_to_the_present_typed_in_a_dated_text_closes_at_its_year():
    assert parse_date("2013 – present", reference="2020-01-01") == find_dates("2013 – present", "2020-01-01")[0][2]
