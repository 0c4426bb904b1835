"""Dates, fifteenth round: a century's early and late parts are its first and last quarter, an English season written
with its year is the four months the astronomical season touches, "By year-end the …" and Russian and Turkish
deadlines are the period's last day, "ca. 1911" before a verb of place is a year, and the page numbers of a text laid
out in pages are no chronology.  Texts written for these tests."""

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


# ---------------------------------------------------------------- deadlines: "By year-end the …", Russian, Turkish
@pytest.mark.parametrize("text, expected", [
    ("By year-end the lender will have shut 40 branches.", [("year-end", "2025-12-31", "2025-12-31")]),
    ("By year-end, we expect the port to reopen.", [("year-end", "2025-12-31", "2025-12-31")]),
    ("Мост откроют к концу 2027 года.", [("концу 2027 года", "2027-12-31", "2027-12-31")]),
    ("Ремонт продлится до конца апреля 2026 года.", [("конца апреля 2026 года", "2026-04-30", "2026-04-30")]),
    ("Köprü 2027 yılı sonuna kadar açılacak.", [("2027 yılı sonuna kadar", "2027-12-31", "2027-12-31")]),
    ("Yol Nisan 2026 sonuna dek kapalı kalacak.", [("Nisan 2026 sonuna dek", "2026-04-30", "2026-04-30")]),
])
def test_deadlines_in_three_languages_are_the_periods_last_day(text: str, expected: Found) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "year-end" before a noun it qualifies: no date, as before
    ("By year-end results the bank ranked third.", []),
    ("The year-end bonuses were paid in cash.", []),
    # the end of a period without "к"/"до" or "sonuna kadar": its last part, as before
    ("Мост открыли в конце 2024 года.", [("конце 2024 года", "2024-09", "2024-12")]),
    ("Köprü 2024 yılı sonunda açıldı.", [("2024 yılı", "2024", "2024")]),
])
def test_the_end_of_a_period_that_is_no_deadline_keeps_its_reading(text: str, expected: Found) -> None:
    assert dates(text) == expected


# ---------------------------------------------------------------- "ca. 1911" before a verb of place
@pytest.mark.parametrize("text, expected", [
    ("A clock made ca. 1890 stands in the porch.", [("1890", "1890", "1890")]),
    ("The altar cloth woven ca 1850 survives in the vestry.", [("1850", "1850", "1850")]),
    # a count after "ca.": no year
    ("The parish had ca. 1900 houses in the valley.", []),
    ("The choir has ca. 1850 members.", []),
])
def test_a_year_after_circa_before_a_verb_of_place(text: str, expected: Found) -> None:
    assert dates(text) == expected


# ---------------------------------------------------------------- page numbers of a text laid out in pages
_PAGED = ("The council of the town met again in the\n1845\nspring. The members voted.\n1846\nThe members voted for a "
          "new hall.\n1847\nThe chair resigned after a long debate.\n1848\nA new chair was chosen by the members.")


def test_page_numbers_of_a_paged_text_are_no_chronology() -> None:
    assert dates(_PAGED) == []


def test_a_chronology_without_a_page_break_keeps_its_years() -> None:
    text = "1914\nWar breaks out.\n1915\nThe offensive stalls.\n1916\nThe battle of the Somme begins."
    assert dates(text) == [("1915", "1915", "1915"), ("1916", "1916", "1916")]


@pytest.mark.parametrize("text, expected", [
    ("The roof leaked and the\n1848\nautumn rains came in.", []),  # a page number before "autumn"
    ("Work began in the autumn\n1848 and went on for years.", [("the autumn\n1848", "1848-09", "1848-12")]),
])
def test_a_number_alone_on_its_line_joins_no_season(text: str, expected: Found) -> None:
    assert dates(text) == expected


# ---------------------------------------------------------------- study misses: a choice of years, "class of '71", "mart ayı"
@pytest.mark.parametrize("text, expected", [
    ("The deed was signed in 1702 or 1703 at Leith.", [("1702", "1702", "1702"), ("1703", "1703", "1703")]),
    ("Завод открыли в 1961 или 1962 году.", [("1961", "1961", "1961"), ("1962 году", "1962", "1962")]),
    ("Köprü 1961 veya 1962'de açıldı.", [("1961", "1961", "1961"), ("1962'de", "1962", "1962")]),
    ("Love to the girls of the class of '64!", [("'64", "1964", "1964")]),
    ("The class of ’12 planted a tree.", [("’12", "2012", "2012")]),  # not after 2025: the 2000s
    ("Okulda dersler eylül ayı ile başlar.", [("eylül ayı", "2025-09", "2025-09")]),
])
def test_a_choice_of_years_a_class_year_and_a_lower_case_turkish_month(text: str, expected: Found) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize("text", [
    "The stadium holds 1999 or 2000 people.",  # no year before "or" to begin a list
    "He moved back in '71 after the war.",  # an apostrophe year alone stays unread
    "The firm sells a class of '71 models.",
    "Kutup ayı buzda yürüdü.",  # a bear, no month
])
def test_no_year_from_a_count_an_apostrophe_alone_or_a_bear(text: str) -> None:
    assert dates(text) == []


# ---------------------------------------------------------------- review of the fifteenth round
@pytest.mark.parametrize("text", [
    # a footnote mark or a list's number inside a sentence: no page number of the chronology's run
    "The members of the society, who met every year,\n1\nvoted.\n1914\nWar breaks out.\n1915\nThe offensive stalls."
    "\n1916\nThe battle of the Somme begins.",
    "The causes are many. The list of the\n2\nmain causes follows.\n1914\nWar breaks out.\n1915\nThe offensive stalls."
    "\n1916\nThe battle of the Somme begins.",
])
def test_one_stray_number_inside_a_sentence_keeps_the_chronology(text: str) -> None:
    assert [x for x, _s, _e in dates(text)] == ["1914", "1915", "1916"]


@pytest.mark.parametrize("text, expected", [
    # the year after the season on a line of its own: a wrapped season with its year, not a page number
    ("The work began in the autumn\n1848\nand went on for years.", [("the autumn\n1848", "1848-09", "1848-12")]),
    ("Work began in the spring of\n1848\nand ended later.", [("the spring of\n1848", "1848-03", "1848-06")]),
])
def test_a_season_before_a_year_alone_on_its_line_keeps_its_year(text: str, expected: Found) -> None:
    assert dates(text) == expected
