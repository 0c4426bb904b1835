"""Dates, thirteenth round: a series of monthly figures (read back then, moving on since the fourteenth round), a verb of doing again after an event's year, a
"had been … since" told from a dated time, and a number alone on its line that has no heading's evidence (a page
number).  Texts written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.meaning.test_meaning_dates_twelfth import MONTHS, Found, dates  # the same reference date (10 June 2025)


# ---------------------------------------------------------------- a series of figures moves on (fourteenth round)
@pytest.mark.parametrize("text, expected", [
    ("In December 2020, the jobless rate was 7%. In August it was 9%.",
     [("December 2020", "2020-12", "2020-12"), ("August", "2021-08", "2021-08")]),
    ("Exports stood at $4.1 billion in November 2018. In June they stood at $3.8 billion.",
     [("November 2018", "2018-11", "2018-11"), ("June", "2019-06", "2019-06")]),
    ("In November 2019 a ticket was $7. In May it was $6.50.",
     [("November 2019", "2019-11", "2019-11"), ("May", "2020-05", "2020-05")]),
    # a look back written keeps the year
    ("In December 2021 the deficit was 3 billion. Back in July it was 2.5 per cent of output.",
     [("December 2021", "2021-12", "2021-12"), ("July", "2021-07", "2021-07")]),
    ("In October 2022 the average rent was 1,450 euros. In May of that year it averaged 1,390 euros.",
     [("October 2022", "2022-10", "2022-10"), ("May", "2022-05", "2022-05")]),
])
def test_a_level_after_a_dated_level_moves_on_unless_it_looks_back(text: str, expected: Found) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a change told forward still moves on
    ("In December 2020, the jobless rate was 7%. In March it fell to 6%.",
     [("December 2020", "2020-12", "2020-12"), ("March", "2021-03", "2021-03")]),
    # the dated sentence states no figure: a narrative
    ("The depot shut in November 2019. In February its staff was 40 people.",
     [("November 2019", "2019-11", "2019-11"), ("February", "2020-02", "2020-02")]),
    ("In October 2017 the club moved to a new ground. In April it was 3 points clear.",
     [("October 2017", "2017-10", "2017-10"), ("April", "2018-04", "2018-04")]),
    # a day's number is no level
    ("On 3 December 2020 the mill closed. In January its output was 200 tonnes.",
     [("3 December 2020", "2020-12-03", "2020-12-03"), ("January", "2021-01", "2021-01")]),
    # an age, a head count, a score: no rate or sum after "was"/"were" (review)
    ("On 4 December 2020 the firm was 12 years old. In January its workforce was 300.",
     [("4 December 2020", "2020-12-04", "2020-12-04"), ("January", "2021-01", "2021-01")]),
    ("In November 2021 there were 40 patients. In February there were 65 patients.",
     [("November 2021", "2021-11", "2021-11"), ("February", "2022-02", "2022-02")]),
    ("In October 2018 the club was 6 points clear. In April it was 3 points behind.",
     [("October 2018", "2018-10", "2018-10"), ("April", "2019-04", "2019-04")]),
])
def test_no_series_without_two_levels(text: str, expected: Found) -> None:
    assert dates(text) == expected


@given(st.integers(1, 11), st.integers(1, 30), st.integers(1, 30))
def test_a_series_moves_on_unless_it_looks_back(month: int, first: int, second: int) -> None:
    """Property: after "In December <year>, X was N%", "In <an earlier month> it was M%" is of the next year, and
    "Back in <that month>" keeps the year (fourteenth round)."""
    text = f"In December 2016, the index was {first}%. In {MONTHS[month - 1]} it was {second}%."
    assert dates(text)[1][1] == f"2017-{month:02d}"
    assert dates(text.replace(". In ", ". Back in "))[1][1] == f"2016-{month:02d}"


# ---------------------------------------------------------------- a verb of doing again after an event's year
@pytest.mark.parametrize("text, expected", [
    ("Elections were held in 2019. The assembly will reconvene in September.",
     [("2019", "2019", "2019"), ("September", "2025-09", "2025-09")]),
    ("The fair was held in 2017. The halls will reopen in October.",
     [("2017", "2017", "2017"), ("October", "2025-10", "2025-10")]),
    # the event's own programme keeps the year (twelfth round)
    ("The election was held in 2019. Polling stations will open on 4 July.",
     [("2019", "2019", "2019"), ("4 July", "2019-07-04", "2019-07-04")]),
    # "report", "renew" are no doing again
    ("The festival was held in 2018. The organisers will report in October.",
     [("2018", "2018", "2018"), ("October", "2018-10", "2018-10")]),
])
def test_a_verb_of_doing_again_is_another_occurrence(text: str, expected: Found) -> None:
    assert dates(text) == expected


# ---------------------------------------------------------------- "had been … since" told from a dated time
@pytest.mark.parametrize("text, expected", [
    ("In November 2021 the bureau said rents had been rising since May.",
     [("November 2021", "2021-11", "2021-11"), ("May", "2021-05", "2021-11")]),
    ("By August 2016, the river had been falling since March.",
     [("August 2016", "2016-08", "2016-08"), ("March", "2016-03", "2016-08")]),
    ("By 2012 the plant had been idle since 2009.", [("2012", "2012", "2012"), ("2009", "2009", "2012")]),
    # a coarser time told from ends a finer "since" at its own end (review: it ran up to the publication date)
    ("In 2021 the bureau said rents had been rising since 3 May.",
     [("2021", "2021", "2021"), ("3 May", "2021-05-03", "2021-12-31")]),
    ("In October 2021, officials said the road had been shut since 12 August.",
     [("October 2021", "2021-10", "2021-10"), ("12 August", "2021-08-12", "2021-10-31")]),
    ("In 2020 he told reporters the bridge had been closed since May 2019.",
     [("2020", "2020", "2020"), ("May 2019", "2019-05", "2020-12")]),
    # never after the publication date
    ("In 2025 the bureau said rents had been rising since 3 March.",
     [("2025", "2025", "2025"), ("3 March", "2025-03-03", "2025-06-10")]),
])
def test_had_been_since_ends_at_the_time_told(text: str, expected: Found) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize("text, expected", [
    # no dated time in its sentence: reported speech, up to the publication date
    ("Rents had been rising since May, the bureau said.", [("May", "2025-05", "2025-06")]),
    # the dated time in another sentence
    ("The bureau reported in November 2021. Rents had been rising since May.",
     [("November 2021", "2021-11", "2021-11"), ("May", "2021-05", "2025-06")]),
    # a simple pluperfect keeps the year alone; a present perfect runs up to now
    ("By 2012 prices had doubled since 2009.", [("2012", "2012", "2012"), ("2009", "2009", "2009")]),
    ("Rents have been rising since May.", [("May", "2025-05", "2025-06")]),
])
def test_had_been_since_otherwise_unchanged(text: str, expected: Found) -> None:
    assert dates(text) == expected


# ---------------------------------------------------------------- a number alone on its line: heading or page
@pytest.mark.parametrize("text, number", [
    ("The committee adjourned for the summer.\n1847\nThe members met again in the town hall after the harvest.", "1847"),
    ("The canal was finished.\n\n1912\n\nThe engineers then turned to the railway line.", "1912"),
    # another number alone on its line, far from it, is no chronology
    ("The canal was finished.\n1912\nThe engineers then turned to the railway line.\n1990\nThey met.", "1912"),
    # the next page number falls inside a sentence: page numbers, no chronology (review)
    ("The guild closed for the winter.\n1866\nIts masters met once more in the old hall and signed the\n1867\n"
     "new rules of the guild without a vote.", "1866"),
])
def test_a_page_number_between_sentences_is_no_year(text: str, number: str) -> None:
    assert number not in [d[0] for d in dates(text)]


@pytest.mark.parametrize("text, year", [
    ("The band toured Europe.\n2006\nIn 2006 they recorded their second album in Berlin.", "2006"),
    ("The band toured Europe.\n2006\nThey recorded their second album, released early in 2007.", "2006"),
    # a neighbour heading counts when its own section names it (fourteenth round: page numbers have none)
    ("The band toured Europe.\n2006\nThey recorded their second album in Berlin.\n2007\nThey split up in 2007.", "2006"),
])
def test_a_heading_with_evidence_is_a_year(text: str, year: str) -> None:
    found = [d for d in dates(text) if d[0] == year]
    assert found and found[0][1] == year


# ---------------------------------------------------------------- a biography box's marriages; a month said to be one
@pytest.mark.parametrize("text, expected", [
    ("Spouse(s) Ann Wells (m. 1952; div. 1960) Tom Hale (m. 1963)",
     [("1952", "1952", "1952"), ("1960", "1960", "1960"), ("1963", "1963", "1963")]),
    ("Spouse Leo Marsh (marr. 1920, div. 1931)", [("1920", "1920", "1920"), ("1931", "1931", "1931")]),
    # no marriage: a measure, a count after "div."
    ("The pole (2 m. 1800 kg) held.", []),
    ("The league (div. 2000 points) was close.", []),
    # a mean, a mass, a measure: no spouse's name before the bracket (review)
    ("The cohort (m. 1800, n = 40) was large.", []),
    ("The payload (m. 2000) was too heavy.", []),
    ("Table 2 (m. 1900; k. 20) lists the runs.", []),
    ("The winner (div. 1998) was named.", []),
])
def test_a_marriage_and_a_divorce_year(text: str, expected: Found) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("November is National Novel Month in many schools.", [("November", "2025-11", "2025-11")]),
    ("March was the driest month on record.", [("March", "2025-03", "2025-03")]),
    # a name, and a month counted or gone through
    ("April is moving house this month.", [("this month", "2025-06", "2025-06")]),
    ("Our cousin June was abroad all month.", []),
    ("June was paid per month.", []),
    ("Lena said April was in her eighth month of pregnancy.", []),  # a month lived in (review)
])
def test_a_month_said_to_be_a_month(text: str, expected: Found) -> None:
    assert dates(text) == expected


# ---------------------------------------------------------------- a season begun, ended or spent in a year
@pytest.mark.parametrize("text, expected", [
    ("The pitcher opened 2016 with the Tigers' farm club.", [("2016", "2016", "2016")]),
    ("She began 2021 in the reserve team, but was called up.", [("2021", "2021", "2021")]),
    ("He spent 2009 with the Orioles.", [("2009", "2009", "2009")]),
    # a count
    ("The lender opened 2000 accounts last spring.", [("last spring", "2025-03", "2025-05")]),
    ("Vandals started 1900 small fires in the county.", []),
    ("The chain opened 2000 new shops.", []),
    # a sum spent (review)
    ("The school spent 2000 on new books.", []),
    ("The parish spent 1900 for the roof.", []),
    ("He spent 2011 with the reserves.", [("2011", "2011", "2011")]),
])
def test_a_season_begun_or_spent_in_a_year(text: str, expected: Found) -> None:
    assert dates(text) == expected


def test_a_season_year_anchors_the_months_after_it() -> None:
    assert dates("The pitcher started 2016 in the minors. He was called up on June 3.") == [
        ("2016", "2016", "2016"), ("June 3", "2016-06-03", "2016-06-03")]
