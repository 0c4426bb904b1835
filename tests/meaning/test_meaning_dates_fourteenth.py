"""Dates, fourteenth round: a deadline "by the end of …" is the period's last day, a past "since" ends at its "when"
clause's time, "ca 1907" and "AD842" are years, decade parts are halves, and page numbers that only neighbour each
other are no year headings.  Texts written for these tests."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.meaning.test_meaning_dates_twelfth import Found, dates  # the same reference date (10 June 2025)


# ---------------------------------------------------------------- a deadline is the period's last day
@pytest.mark.parametrize("text, expected", [
    ("The bridge should reopen by the end of the year.", [("the end of the year", "2025-12-31", "2025-12-31")]),
    ("The vendor will ship a fix by year end.", [("year end", "2025-12-31", "2025-12-31")]),
    ("Payments are due by the end of February 2028.", [("the end of February 2028", "2028-02-29", "2028-02-29")]),
    ("In 2017 the mine hired 90 people; by the end of the year it had 400.",
     [("2017", "2017", "2017"), ("the end of the year", "2017-12-31", "2017-12-31")]),
])
def test_a_deadline_by_the_end_of_a_period_is_its_last_day(text: str, expected: Found) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize("text, expected", [
    # not a deadline: the last part of the period, as before
    ("The bridge reopened at the end of the year.", [("the end of the year", "2024-09", "2024-12")]),
    ("Towards the end of 2026 the line will close.", [("the end of 2026", "2026-09", "2026-12")]),
    ("The pass was closed by snow. The end of the year brought floods.",
     [("The end of the year", "2024-09", "2024-12")]),
])
def test_the_end_of_a_period_without_by_stays_its_last_part(text: str, expected: Found) -> None:
    assert dates(text) == expected


# ---------------------------------------------------------------- a past "since" ends at its "when" clause
@pytest.mark.parametrize("text, expected", [
    ("The miller had worked there since 2008 when, in May 2014, the dam broke.",
     [("2008", "2008", "2014"), ("May 2014", "2014-05", "2014-05")]),
    ("She had been coaching since 2012, when in 2019 the club folded.",
     [("2012", "2012", "2019"), ("2019", "2019", "2019")]),
])
def test_a_past_since_ends_at_the_time_of_its_when_clause(text: str, expected: Found) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a present perfect runs on up to now
    ("The miller has worked there since 2008 when, in May 2014, he bought the dam.",
     [("2008", "2008", "2025"), ("May 2014", "2014-05", "2014-05")]),
    # a "when" time not after the since-date tells its start, no end
    ("The miller had worked there since 2008 when, in May 2008, he arrived.",
     [("2008", "2008", "2008"), ("May 2008", "2008-05", "2008-05")]),
    # the dated time in another sentence
    ("The miller had worked there since 2008 when the dam broke. In May 2014 he left.",
     [("2008", "2008", "2008"), ("May 2014", "2014-05", "2014-05")]),
])
def test_a_since_without_a_later_when_time_keeps_its_reading(text: str, expected: Found) -> None:
    assert dates(text) == expected


# ---------------------------------------------------------------- circa and a joined era
@pytest.mark.parametrize("text, expected", [
    ("The depot, built ca 1907, was torn down.", [("1907", "1907", "1907")]),
    ("A map of the town ca. 1911 is kept in the hall.", [("1911", "1911", "1911")]),
    ("The citadel was begun in AD842 by the caliph.", [("AD842", "0842", "0842")]),
    ("Coins from AD711 were found.", [("AD711", "0711", "0711")]),
])
def test_circa_and_a_joined_era_give_the_year(text: str, expected: Found) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize("text", [
    "The CA 1907 form is filed each spring.",  # a form's number, upper-case "CA"
    "The board uses an AD620 amplifier.",  # a part number without a preposition
    "Click on the banner in ad12 of the campaign.",  # lower case: no era
    "We ordered them in AD620 packs.",  # a part number counted
    "Its ca 1907 members voted.",  # "ca" before a count: no year (the plural noun after it)
])
def test_no_year_from_a_part_number_or_a_count(text: str) -> None:
    assert [d for d in dates(text) if d[0] in ("1907", "AD620")] == []


# ---------------------------------------------------------------- decade parts are halves
@pytest.mark.parametrize("text, expected", [
    ("The mill thrived in the early 1880s.", [("the early 1880s", "1880", "1884")]),
    ("Rents soared in the mid-1970s.", [("the mid-1970s", "1973", "1977")]),
    ("The studio closed in the late 1950s.", [("the late 1950s", "1955", "1959")]),
])
def test_a_decade_part_is_a_half(text: str, expected: Found) -> None:
    assert dates(text) == expected


@given(st.integers(180, 202).filter(lambda d: d % 10), st.sampled_from(["early", "mid-", "late"]))
def test_a_decade_part_is_five_years_within_its_decade(decade: int, part: str) -> None:
    """Property: "the early/mid-/late NNN0s" is five years inside the decade (not "the early 1800s": a century's)."""
    sep = "" if part.endswith("-") else " "
    found = dates(f"Trade grew in the {part}{sep}{decade}0s.")
    assert len(found) == 1
    start, end = int(found[0][1]), int(found[0][2])
    assert decade * 10 <= start and end <= decade * 10 + 9 and end - start == 4


# ---------------------------------------------------------------- page numbers are no year headings
@pytest.mark.parametrize("text, number", [
    ("The mayor's vote was close.\n1846\nThe council met again in the spring.\n1847\nIts members then left the hall.",
     "1846"),
    ("The mayor's vote was close.\n1846\nThe council met again in the spring.\n1847\nIts members then left the hall.",
     "1847"),
])
def test_page_numbers_that_only_neighbour_each_other_are_no_years(text: str, number: str) -> None:
    assert number not in [d[0] for d in dates(text)]


def test_a_heading_next_to_a_confirmed_one_is_a_year() -> None:
    text = ("The band toured Europe.\n2006\nThey recorded a second album in Berlin.\n2007\n"
            "In 2007 they played their last show in Oslo.")
    assert [d[0] for d in dates(text)] == ["2006", "2007", "2007"]


# ---------------------------------------------------------------- a series of levels moves on like a narrative
@pytest.mark.parametrize("text, expected", [
    ("In October 2019 the jobless rate stood at 3.5%. In February it stood at 3.8%.",
     [("October 2019", "2019-10", "2019-10"), ("February", "2020-02", "2020-02")]),
    # a look back written: the year of the dated month
    ("In October 2019 the jobless rate stood at 3.5%. In February of that year it had stood at 3.8%.",
     [("October 2019", "2019-10", "2019-10"), ("February", "2019-02", "2019-02")]),
    # the move would put a past level after the publication date (10 June 2025): the same year
    ("In October 2024 the jobless rate stood at 3.5%. In August it stood at 3.8%.",
     [("October 2024", "2024-10", "2024-10"), ("August", "2024-08", "2024-08")]),
])
def test_a_level_after_a_dated_level_moves_on(text: str, expected: Found) -> None:
    assert dates(text) == expected


# ---------------------------------------------------------------- review of the fourteenth round
_PAGE = ("The committee heard the petitions of the millers and the carters, one by one, and wrote down each complaint "
         "about the tolls on the old bridge, the state of the road to the market and the price of grain. ") * 3


@pytest.mark.parametrize("text, years", [
    # a chronology whose sections never name their own year (the page-number rule dropped it)
    ("1914\nWar breaks out.\n1915\nThe offensive stalls.\n1916\nThe armies dig in.", ["1915", "1916"]),
    ("The story begins.\n1914\nWar breaks out across Europe.\n1915\nThe offensive stalls in the mud.\n1916\n"
     "The armies dig in for winter.", ["1914", "1915", "1916"]),
    ("The war began that summer.\n\n1914\n\nWar breaks out across Europe.\n\n1915\n\nThe offensive stalls in the mud."
     "\n\n1916\n\nThe armies dig in for winter.", ["1914", "1915", "1916"]),
])
def test_a_chronology_of_three_headings_gives_its_years(text: str, years: list[str]) -> None:
    assert [d[0] for d in dates(text)] == years


def test_page_numbers_a_page_apart_are_no_chronology() -> None:
    text = f"{_PAGE.strip()}\n1846\n{_PAGE.strip()}\n1847\n{_PAGE.strip()}\n1848\n{_PAGE.strip()}"
    assert [d for d in dates(text) if d[0] in ("1846", "1847", "1848")] == []


@pytest.mark.parametrize("text", [
    "The sensor was replaced by AD590.",  # "by" a part
    "Gain is set by AD620 alone.",
    "The circuit is built around AD620.",  # built around a part
])
def test_no_joined_era_year_after_by_or_built_around(text: str) -> None:
    assert dates(text) == []


@pytest.mark.parametrize("text, expected", [
    ("The coins date from about AD711.", [("AD711", "0711", "0711")]),
    ("The city was sacked around AD410.", [("AD410", "0410", "0410")]),
])
def test_a_joined_era_year_after_about_or_around_stays(text: str, expected: Found) -> None:
    assert dates(text) == expected


# A series of levels: the publication date decides (the lead's decision in review).  A past level read forward that
# would fall after the publication date looks back; one that falls before it moves on; without a publication date a
# yearless month has no value at all, so there is no series to read.
_SERIES = "In December 2020, inflation was 2%. In September it was 1%."


@pytest.mark.parametrize("published, september", [
    (datetime.date(2021, 3, 1), "2020-09"),  # September 2021 is still to come: the September before
    (datetime.date(2021, 9, 30), "2021-09"),
    (datetime.date(2021, 10, 15), "2021-09"),  # written after both: read on
])
def test_a_series_of_levels_follows_the_publication_date(published: datetime.date, september: str) -> None:
    assert dates(_SERIES, published) == [("December 2020", "2020-12", "2020-12"), ("September", september, september)]


def test_a_series_of_levels_without_a_publication_date_dates_no_month() -> None:
    assert dates(_SERIES, None) == [("December 2020", "2020-12", "2020-12"), ("September", None, None)]


@pytest.mark.parametrize("text, expected", [
    # the "when" clause tells of the since-date itself and closes at a comma: a later date after it ends nothing
    ("She had taught there since 2008 when her first book came out, which won a prize in 2012.",
     [("2008", "2008", "2008"), ("2012", "2012", "2012")]),
    # the dated time inside the "when" clause still ends the span
    ("He had lived there since 2010 when he bought the farm in March 2015.",
     [("2010", "2010", "2015"), ("March 2015", "2015-03", "2015-03")]),
])
def test_a_past_since_ends_only_at_a_time_inside_its_when_clause(text: str, expected: Found) -> None:
    assert dates(text) == expected
