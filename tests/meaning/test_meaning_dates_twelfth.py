"""Dates, twelfth round: a yearless month after a later month of a written year, the programme of an event held
in a year gone by, and the forms added from the study portions' misses.  Texts written for these tests."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.meaning.dates import find_dates

REF = datetime.date(2025, 6, 10)

Found = list[tuple[str, str | None, str | None]]

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def dates(text: str, reference: datetime.date | None = REF) -> Found:
    return [(text[s:e], a["start"], a["end"]) for s, e, a in find_dates(text, reference)]


# ---------------------------------------------------------------- a narrative that moves on into the next year
@pytest.mark.parametrize("text, expected", [
    ("In November 2020 the mill shut its gates. Hundreds of workers marched for weeks. In January it reopened.",
     [("November 2020", "2020-11", "2020-11"), ("January", "2021-01", "2021-01")]),
    ("The council approved the budget in October 2018. In February the first schools were rebuilt.",
     [("October 2018", "2018-10", "2018-10"), ("February", "2019-02", "2019-02")]),
    ("She was appointed ambassador on 12 September 2015. On 3 March she presented her credentials.",
     [("12 September 2015", "2015-09-12", "2015-09-12"), ("3 March", "2016-03-03", "2016-03-03")]),
    ("В ноябре 2020 года фабрику закрыли. В январе её снова открыли.",
     [("ноябре 2020 года", "2020-11", "2020-11"), ("январе", "2021-01", "2021-01")]),
    ("Fabrika Kasım 2020'de kapandı. Ocak ayında yeniden açıldı.",
     [("Kasım 2020'de", "2020-11", "2020-11"), ("Ocak ayında", "2021-01", "2021-01")]),
    # a plan told in order: the same
    ("The line will close in November 2030. In January the new trains will run.",
     [("November 2030", "2030-11", "2030-11"), ("January", "2031-01", "2031-01")]),
])
def test_a_month_after_a_later_dated_month_is_of_the_next_year(text: str, expected: Found) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the clause looks back: a pluperfect, a comparison, "since", a year said of the month
    ("In November 2020 the mill shut its gates. It had opened in January.",
     [("November 2020", "2020-11", "2020-11"), ("January", "2020-01", "2020-01")]),
    ("In November 2020 exports rose 4%. Output was higher than in January.",
     [("November 2020", "2020-11", "2020-11"), ("January", "2020-01", "2020-01")]),
    ("In November 2020 the mill shut its gates. Since January, orders had fallen.",
     [("November 2020", "2020-11", "2020-11"), ("January", "2020-01", "2020-01")]),
    ("Sales rose in November 2020. Sales in February of that year were flat.",
     [("November 2020", "2020-11", "2020-11"), ("February", "2020-02", "2020-02")]),
    ("В ноябре 2020 года фабрику закрыли. С января заказы падали.",
     [("ноябре 2020 года", "2020-11", "2020-11"), ("января", "2020-01", "2020-01")]),
    # in the dated month's own sentence: a report of that time
    ("In November 2020 the firm said sales fell in January.",
     [("November 2020", "2020-11", "2020-11"), ("January", "2020-01", "2020-01")]),
    # a year alone is no month to wrap round
    ("In 2020 the mill shut its gates. In January it reopened.",
     [("2020", "2020", "2020"), ("January", "2020-01", "2020-01")]),
    # moved into the next year, it would lie after the publication date: a past clause keeps the year
    ("The mill shut its gates in November 2024. In July it reopened.",
     [("November 2024", "2024-11", "2024-11"), ("July", "2024-07", "2024-07")]),
    # a later month of the same year: no wrap
    ("In March 2020 the mill shut its gates. In June it reopened.",
     [("March 2020", "2020-03", "2020-03"), ("June", "2020-06", "2020-06")]),
])
def test_a_month_looked_back_to_keeps_the_dated_year(text: str, expected: Found) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "since" a month later in the calendar than the dated one before it: the one before that
    ("In January 2024 the chief executive told investors that orders had grown since March.",
     [("January 2024", "2024-01", "2024-01"), ("March", "2023-03", "2023-03")]),
    ("The airline reported in November 2023. In January, its chief said bookings had grown since March.",
     [("November 2023", "2023-11", "2023-11"), ("January", "2024-01", "2024-01"), ("March", "2023-03", "2023-03")]),
    ("В январе 2024 года продажи выросли с марта.",
     [("январе 2024 года", "2024-01", "2024-01"), ("марта", "2023-03", "2023-03")]),
    # earlier in the calendar: that year's
    ("In March 2020 the mill said orders had grown since February.",
     [("March 2020", "2020-03", "2020-03"), ("February", "2020-02", "2020-02")]),
])
def test_since_a_month_after_the_dated_one_is_the_year_before(text: str, expected: Found) -> None:
    assert dates(text) == expected


def test_a_month_before_any_dated_one_keeps_the_publication_year() -> None:
    assert dates("In January the mill reopened. It had shut its gates in November 2020.") == [
        ("January", "2025-01", "2025-01"), ("November 2020", "2020-11", "2020-11")]


@given(st.integers(1990, 2020), st.integers(2, 12), st.data())
def test_a_yearless_month_told_after_a_later_one_follows_it(year: int, later: int, data: st.DataObject) -> None:
    earlier = data.draw(st.integers(1, later - 1))
    text = f"In {MONTHS[later - 1]} {year} the mill shut its gates. In {MONTHS[earlier - 1]} it reopened."
    found = dates(text)
    assert found[-1] == (MONTHS[earlier - 1], f"{year + 1}-{earlier:02d}", f"{year + 1}-{earlier:02d}")
    assert found[-1][1] > found[0][1]  # told in order: after the dated month


# ---------------------------------------------------------------- the programme of an event held in a year gone by
@pytest.mark.parametrize("text, expected", [
    ("The event took place in 2016. Athletes will compete from 5 to 21 August.",
     [("2016", "2016", "2016"), ("5 to 21 August", "2016-08-05", "2016-08-21")]),
    ("The regatta was held in 2019. Crews will race on 14 July.",
     [("2019", "2019", "2019"), ("14 July", "2019-07-14", "2019-07-14")]),
])
def test_a_date_to_come_after_an_event_held_that_year_is_of_its_programme(text: str, expected: Found) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The summit took place in 2016. Leaders will meet again on 5 August.",
     [("2016", "2016", "2016"), ("5 August", "2025-08-05", "2025-08-05")]),
    ("The regatta was held in 2019. The next regatta will start on 14 July.",
     [("2019", "2019", "2019"), ("14 July", "2025-07-14", "2025-07-14")]),
    ("She held the post in 2019. She will step down in July.",
     [("2019", "2019", "2019"), ("July", "2025-07", "2025-07")]),
    ("Profits fell in 2019. The bank will report in July.",
     [("2019", "2019", "2019"), ("July", "2025-07", "2025-07")]),
    ("The regatta was held in 2019. Costs rose. The club will report in July.",
     [("2019", "2019", "2019"), ("July", "2025-07", "2025-07")]),
])
def test_a_date_to_come_after_another_year_is_still_to_come(text: str, expected: Found) -> None:
    assert dates(text) == expected


# ---------------------------------------------------------------- years found from the study portions' misses
@pytest.mark.parametrize("text, exact", [
    # an event's name before the year, also with a place between
    ("Cosplayers filled the halls of Comic-Con 2015, the organisers said.", "2015"),
    ("The trailer premiered at Fan Expo Canada 2016 in Toronto.", "2016"),
    ("The clip was part of YouTube Rewind 2013.", "2013"),
    ("Delegates gathered at the Climate Forum 2019 in Bonn.", "2019"),
    # a year's level as the base of a comparison
    ("Emissions must fall 40% below 1990 levels.", "1990"),
    ("Harvests shrank to 60% of 2000 levels.", "2000"),
    ("House prices are back to pre-2008 levels.", "2008"),
    ("Output is at 50 per cent of 2019 levels.", "2019"),
    # a plan or a forecast for a year
    ("A second expedition is planned hopefully for 2027, with new drills.", "2027"),
    ("The budget for 2026 was cut twice.", "2026"),
    ("Analysts raised their forecasts for 2025 on Monday.", "2025"),
    # a wine's vintage
    ("The merlot is 2019 vintage, soft and round.", "2019"),
    ("Next we taste the 2016 vintage.", "2016"),
    # a year alone on its line between lines of words: a heading, with a heading's evidence (thirteenth round: its
    # section names the year after it, or another heading of a year near it stands in the text)
    ("She finished the season injured.\n2019\nShe returned to the squad in spring and signed until 2020.", "2019"),
    ("She finished the season injured.\n\n2019\n\nShe returned to the squad in spring.\n\n2020\n\nShe retired in 2020.",
     "2019"),
])
def test_a_year_named_by_its_event_level_or_plan(text: str, exact: str) -> None:
    assert [d[0] for d in dates(text)].count(exact) == 1


@pytest.mark.parametrize("text", [
    "The new game has 2000 levels of difficulty.",
    "A maze of 2000 levels awaits the players.",
    "At the Fair 2000 people queued for tickets.",
    "The Con 2000 fans attended was sold out.",
    "The hall has room for 2000 guests.",
    "The paintings sold for 1900 each.",
    "He paid for 2000 tickets in advance.",
    "The dealer sold 2000 vintage cars.",
    "Items sold in the period:\n1950\nItems returned:\n120",
    "Scores by round\n1950\n2010\n1875",
])
def test_a_count_near_those_words_is_no_year(text: str) -> None:
    assert dates(text) == []


# ---------------------------------------------------------------- the review's fixes: where the new rules must not fire
@pytest.mark.parametrize("text, expected", [
    # "since" told from now (a present perfect, or a sentence of its own without a pluperfect): the anchor's year
    ("The bakery opened in January 2024. Since March, its sales have doubled.",
     [("January 2024", "2024-01", "2024-01"), ("March", "2024-03", "2025-06")]),
    ("The bakery opened in January 2024 and since March has doubled its sales.",
     [("January 2024", "2024-01", "2024-01"), ("March", "2024-03", "2025-06")]),
    ("В январе 2024 года пекарню открыли. С марта она продала тысячу тортов.",
     [("январе 2024 года", "2024-01", "2024-01"), ("марта", "2024-03", "2024-03")]),
    ("Fırın Ocak 2024'te açıldı. Mart'tan beri satışlar iki katına çıktı.",
     [("Ocak 2024'te", "2024-01", "2024-01"), ("Mart'tan", "2024-03", "2025-06")]),
])
def test_since_told_from_now_keeps_the_anchor_year(text: str, expected: Found) -> None:
    assert dates(text) == expected


def test_a_month_inside_a_period_ending_with_the_anchor_keeps_its_year() -> None:
    assert dates("The bank posted results for the quarter to December 2020. Lending in October rose 3%.") == [
        ("December 2020", "2020-12", "2020-12"), ("October", "2020-10", "2020-10")]


@pytest.mark.parametrize("text, expected", [
    # an event that recurs, or another edition than the one held in that year: a date to come is still to come
    ("The fair has taken place every year since 2016. Traders will set up from 5 to 21 August.",
     [("2016", "2016", "2025"), ("5 to 21 August", "2025-08-05", "2025-08-21")]),
    ("The marathon has been held annually since 2016. Runners will start on 5 August.",
     [("2016", "2016", "2025"), ("5 August", "2025-08-05", "2025-08-05")]),
    ("The first synod was held in 1991. Bishops will meet on 5 August.",
     [("1991", "1991", "1991"), ("5 August", "2025-08-05", "2025-08-05")]),
    ("The festival was held in 2016. The ninth edition will run from 5 to 21 August.",
     [("2016", "2016", "2016"), ("5 to 21 August", "2025-08-05", "2025-08-21")]),
])
def test_a_date_to_come_after_a_recurring_or_other_edition_is_still_to_come(text: str, expected: Found) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize("text", [
    # a plan's word before "for" and a count after the number
    "Plans for 2000 homes were approved by the council.",
    "Results for 2000 patients were analysed in the study.",
    "Data for 1900 households were collected in the survey.",
    "The arena has seats set for 2000 spectators.",
    "Funding was earmarked for 2000 new classrooms.",
    # a table read a cell a line: no heading between lines of running text
    "Revenue\n2000\nCosts\n1200",
    "Population\n1950\nUrban share",
])
def test_a_count_after_a_plan_or_in_a_table_is_no_year(text: str) -> None:
    assert dates(text) == []


@pytest.mark.parametrize("text, expected", [
    # a pluperfect after the month, an opening that looks back, a Turkish pluperfect or comparison: the dated year
    ("In October 2019 the ferry stopped running. Back in February, the crew had asked for repairs.",
     [("October 2019", "2019-10", "2019-10"), ("February", "2019-02", "2019-02")]),
    ("In October 2019 the ferry stopped running. Already in February the crew asked for repairs.",
     [("October 2019", "2019-10", "2019-10"), ("February", "2019-02", "2019-02")]),
    ("В октябре 2019 года паром перестал ходить. Ещё в феврале экипаж просил о ремонте.",
     [("октябре 2019 года", "2019-10", "2019-10"), ("феврале", "2019-02", "2019-02")]),
    ("Feribot Ekim 2019'da seferlerini durdurdu. Şubat ayında mürettebat onarım istemişti.",
     [("Ekim 2019'da", "2019-10", "2019-10"), ("Şubat ayında", "2019-02", "2019-02")]),
    ("Feribot Ekim 2019'da seferlerini durdurdu. Şubat ayına göre yolcu sayısı yüzde 8 düştü.",
     [("Ekim 2019'da", "2019-10", "2019-10"), ("Şubat ayına", "2019-02", "2019-02")]),
])
def test_a_month_looked_back_to_after_its_sentence_keeps_the_dated_year(text: str, expected: Found) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "held" or "hosted" of no event: a date to come is still to come
    ("The two sailors were held in 2019. They will testify in July.",
     [("2019", "2019", "2019"), ("July", "2025-07", "2025-07")]),
    ("The archive was hosted in 2019 by a small firm. The move will finish in July.",
     [("2019", "2019", "2019"), ("July", "2025-07", "2025-07")]),
])
def test_held_of_no_event_gives_no_programme(text: str, expected: Found) -> None:
    assert dates(text) == expected


def test_since_in_a_saying_of_the_dated_month_is_the_year_before_even_in_a_present_perfect() -> None:
    found = dates("In February 2023 the minister said exports have risen since May.")
    assert found[1][:2] == ("May", "2022-05")
