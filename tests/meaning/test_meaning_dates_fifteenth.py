"""Dates, fifteenth round: a century's early and late parts are its first and last quarter, and an English season
written with its year is the four months the astronomical season touches.  Texts written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.meaning.test_meaning_dates_twelfth import Found, dates  # the same reference date (10 June 2025)


# ---------------------------------------------------------------- a century's early and late parts are quarters
@pytest.mark.parametrize("text, expected", [
    ("Tram lines spread in the late 19th century.", [("the late 19th century", "1875", "1899")]),
    ("The chapel dates from the early 1500s.", [("the early 1500s", "1500", "1525")]),
    ("В начале XVIII века город вырос.", [("начале XVIII века", "1700", "1725")]),
    ("Kasaba 17. yüzyılın sonlarında büyüdü.", [("17. yüzyılın sonlarında", "1675", "1699")]),
    # the middle stays the middle third; a decade's parts stay halves
    ("The mill burned in the mid-18th century.", [("the mid-18th century", "1733", "1766")]),
    ("Rents doubled in the late 1980s.", [("the late 1980s", "1985", "1989")]),
])
def test_a_centurys_ends_are_quarters(text: str, expected: Found) -> None:
    assert dates(text) == expected


@given(st.integers(11, 21), st.sampled_from(["early", "late"]))
def test_a_century_part_is_its_quarter_inside_the_century(n: int, part: str) -> None:
    [(_x, first, last)] = dates(f"The road was paved in the {part} {n}th century.")
    start = (n - 1) * 100
    assert (int(first), int(last)) == ((start, start + 25) if part == "early" else (start + 75, start + 99))


# ---------------------------------------------------------------- an English season with its year: four months
@pytest.mark.parametrize("text, expected", [
    ("The dam was finished in the summer of 2011.", [("the summer of 2011", "2011-06", "2011-09")]),
    ("She enrolled in fall 2006.", [("in fall 2006", "2006-09", "2006-12")]),
    ("The troops froze in the winter of 1812.", [("the winter of 1812", "1812-12", "1813-03")]),
    ("Spring 2019 was wet.", [("Spring 2019", "2019-03", "2019-06")]),
])
def test_an_english_season_with_its_year_is_four_months(text: str, expected: Found) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize("text, expected", [
    # told from the publication date: three months, as GUM's "this summer" / "last summer"
    ("Last summer the lake dried up.", [("Last summer", "2024-06", "2024-08")]),
    # Russian and Turkish: the meteorological seasons of their calendars
    ("Летом 2011 года стояла жара.", [("Летом 2011 года", "2011-06", "2011-08")]),
    ("2011 yazında kuraklık oldu.", [("2011 yazında", "2011-06", "2011-08")]),
    # a games' name, no season
    ("He swam at the 2012 Summer Olympics.", [("2012", "2012", "2012")]),
])
def test_seasons_told_otherwise_keep_three_months(text: str, expected: Found) -> None:
    assert dates(text) == expected
