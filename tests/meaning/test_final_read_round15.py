"""The fifteenth round's final read: a crowns range grouped with dots has both ends in thousands, a year list stops at a
count of people after a comma, "class of '25" may be a class still at school, a Turkish or Russian season keeps a year
alone on its line, "knots per hour" is knots, "at year-end" is the year's last day, "from -3 to 5 points" keeps its
minus, and "Janet" is no month before a range.  Texts written for these tests and the review's own."""

from __future__ import annotations

import datetime

import pytest

from desktop.meaning.dates import find_dates
from desktop.meaning.figures import find_figures
from desktop.suggest.detect import detect
from tests.meaning.test_meaning_dates_twelfth import Found, dates  # the same reference date (10 June 2025)

PUBLISHED_2024 = datetime.date(2024, 3, 10)


def _figures(text: str) -> list[tuple[str, object, object, str]]:
    return [(text[a:b], x["value"], x.get("upper"), x["unit"]) for a, b, x in find_figures(text)]


def _detected(text: str, reference: datetime.date | None = PUBLISHED_2024) -> list[tuple[str, str]]:
    return [(s.kind, s.exact) for s in detect(text, reference=reference, kinds=("date", "figure"))]


# ---------------------------------------------------------------- 1. a crowns range with dots grouping thousands
@pytest.mark.parametrize("text, expected", [
    ("Tickets cost 1.200-1.500 kr.", [("1.200-1.500 kr", 1200, 1500, "kr")]),
    ("Tickets cost between 1.200 and 1.500 kr.", [("1.200 and 1.500 kr", 1200, 1500, "kr")]),
    ("Tickets cost from 1.200 to 1.500 kr.", [("1.200 to 1.500 kr", 1200, 1500, "kr")]),
    ("Tickets cost 1.200 to 1.500 kr in Oslo.", [("1.200 to 1.500 kr", 1200, 1500, "kr")]),
    ("A week's rent is 12.500-15.000 kr in Bergen.", [("12.500-15.000 kr", 12500, 15000, "kr")]),
    # decimals stay decimals: no thousands group, or half a crown
    ("Stamps cost 1.2-1.5 kr.", [("1.2-1.5 kr", 1.2, 1.5, "kr")]),
    ("A sweet cost 0.500 kr.", [("0.500 kr", 0.5, None, "kr")]),
    ("from 1.200 kr to 1.500 kr", [("1.200 kr to 1.500 kr", 1200, 1500, "kr")]),
])
def test_a_crowns_range_groups_both_ends(text: str, expected: list) -> None:
    assert _figures(text) == expected


# ---------------------------------------------------------------- 2. a list of years stops at people counted
@pytest.mark.parametrize("text, expected", [
    ("In 2019, 1500 or 2000 people died.", [("date", "2019"), ("figure", "1500 or 2000 people")]),  # (one range: 21st round)
    ("In 2019, 2000 people died.", [("date", "2019"), ("figure", "2000 people")]),
    ("In 2019 or 2020, 1800 or 1900 workers left.",
     [("date", "2019"), ("date", "2020"), ("figure", "1800 or 1900 workers")]),
    ("In 1812, 1800 or 1900 men marched.", [("date", "1812"), ("figure", "1800 or 1900 men")]),
    ("In 2016, 1200 or 1300 pupils sat the exam.", [("date", "2016"), ("figure", "1200 or 1300 pupils")]),
])
def test_a_year_list_takes_no_count_of_people(text: str, expected: list) -> None:
    assert _detected(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The house dates from 1699 or 1700.", [("1699", "1699", "1699"), ("1700", "1700", "1700")]),
    ("Работы велись в 1998 или 1999 годах.", [("1998", "1998", "1998"), ("1999 годах", "1999", "1999")]),
    ("In 2008 or 2012 elections were held.", [("2008", "2008", "2008"), ("2012", "2012", "2012")]),
    ("In 2019 or 2020 workers left.", [("2019", "2019", "2019"), ("2020", "2020", "2020")]),  # no comma: a list of years
    ("In 2010, 2011 and 2012 students protested.",
     [("2010", "2010", "2010"), ("2011", "2011", "2011"), ("2012", "2012", "2012")]),
])
def test_a_list_of_years_stays(text: str, expected: Found) -> None:
    assert dates(text) == expected


def test_the_2008_or_2012_elections_stay_unread() -> None:
    assert dates("He ran in the 2008 or 2012 elections.") == []


# ---------------------------------------------------------------- 3. "class of '25" still at school
@pytest.mark.parametrize("text, year", [
    ("Members of the class of '25 will graduate next year.", "2025"),
    ("The class of '27 arrived on campus this fall.", "2027"),
    ("The class of '30 was admitted early.", "2030"),  # six years ahead: the window's last
    ("The class of '31 held its reunion.", "1931"),
    ("Love to the girls of the class of '64!", "1964"),
])
def test_a_class_year_up_to_six_years_ahead(text: str, year: str) -> None:
    found = [(s, e) for t, s, e in [(text[a:b], x["start"], x["end"]) for a, b, x in find_dates(text, PUBLISHED_2024)]
             if t.endswith(year[2:])]
    assert found == [(year, year)]


@pytest.mark.parametrize("text, year", [
    ("The class of '29 planted a tree.", "2029"),
    ("The class of '30 planted a tree.", "1930"),
    ("The class of ’12 planted a tree.", "2012"),
])
def test_a_class_year_without_a_publication_date(text: str, year: str) -> None:
    assert [(x["start"], x["end"]) for _a, _b, x in find_dates(text, None)] == [(year, year)]


# ---------------------------------------------------------------- 4. a Turkish or Russian season after a year alone
@pytest.mark.parametrize("text, expected", [
    ("Proje\n2010\nyazında başladı.", [("2010\nyazında", "2010-06", "2010-08")]),
    ("Работы начались\n1848\nлетом.", [("1848\nлетом", "1848-06", "1848-08")]),
    ("Köprü\n1998\nkışında yıkıldı.", [("1998\nkışında", "1998-12", "1999-02")]),
    ("The roof leaked and the\n1848\nautumn rains came in.", []),  # English: a page number before the season
])
def test_a_year_alone_on_its_line_before_a_turkish_or_russian_season(text: str, expected: Found) -> None:
    assert dates(text) == expected


# ---------------------------------------------------------------- 6. a rate unit takes no second unit of time
@pytest.mark.parametrize("text, expected", [
    ("The boat reached 30 knots per hour.", [("30 knots per hour", 30, None, "kn")]),
    ("Winds of 40 knots an hour lashed the coast.", [("40 knots an hour", 40, None, "kn")]),
    ("Rüzgar saatte 30 knot hızla esti.", [("30 knot", 30, None, "kn")]),
    ("The engine ran at 3000 rpm per minute.", [("3000 rpm per minute", 3000, None, "rpm")]),
    ("They earn 5 dollars per hour.", [("5 dollars per hour", 5, None, "USD/h")]),  # a rate of money stays
])
def test_a_rate_unit_takes_no_per_hour(text: str, expected: list) -> None:
    assert _figures(text) == expected


# ---------------------------------------------------------------- 8. "at year-end" is the year's last day
@pytest.mark.parametrize("text, expected", [
    ("At year-end the company had 40 staff.", [("year-end", "2024-12-31", "2024-12-31")]),
    ("At year-end we had 40 staff.", [("year-end", "2024-12-31", "2024-12-31")]),
    ("By year-end it will have 40 staff.", [("year-end", "2025-12-31", "2025-12-31")]),
    ("At the end of the year we had 40 staff.", [("the end of the year", "2024-09", "2024-12")]),  # its last part
    ("The year-end results were good.", []),
])
def test_at_year_end_is_the_years_last_day(text: str, expected: Found) -> None:
    assert dates(text) == expected


# ---------------------------------------------------------------- 10. a count's range below zero
@pytest.mark.parametrize("text, expected", [
    ("Scores ranged from -3 to 5 points.", [("-3 to 5 points", -3, 5, "points")]),
    ("Margins of -3 to 5 points were seen.", [("-3 to 5 points", -3, 5, "points")]),
    ("Between -3 and 5 points were given.", [("-3 and 5 points", -3, 5, "points")]),
    ("Scores ranged from 3 to 5 points.", [("3 to 5 points", 3, 5, "points")]),
    ("In 1990-3 to 5 people came.", [("3 to 5 people", 3, 5, "people")]),  # a dash after a word: no minus
])
def test_a_count_range_keeps_its_minus(text: str, expected: list) -> None:
    assert _figures(text) == expected


# ---------------------------------------------------------------- 11. month names before a range are whole words
@pytest.mark.parametrize("text, expected", [
    ("Janet 2000 to 3000 words long.", [("2000 to 3000 words", 2000, 3000, "words")]),
    ("Mayor 2000 to 3000 people came.", [("2000 to 3000 people", 2000, 3000, "people")]),
    ("Exports fell in January 2019 to 5,000 tonnes.", [("5,000 tonnes", 5000, None, "t")]),
    ("Exports fell in Sept. 2019 to 5,000 tonnes.", [("5,000 tonnes", 5000, None, "t")]),
])
def test_a_month_before_a_range_is_a_whole_word(text: str, expected: list) -> None:
    assert _figures(text) == expected
