"""Dates, tenth round, the review's cases (issue 15): years counted from the year before ("a year earlier", "the
next year", "Two years later") and "Friday the 14th" where ordinary news means no such date, and two-digit years
after slashes.  Sentences written for these tests after the reviewer's."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.meaning.dates import find_dates
from desktop.suggest.detect import detect

REF = datetime.date(2024, 11, 20)


def dates(text: str, reference: datetime.date | None = REF) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(text[s:e], a["start"], a["end"], a["precision"]) for s, e, a in find_dates(text, reference)]


# ---------------------------------------------------------------- a comparison's base after an amount
@pytest.mark.parametrize("text", [
    "Siemens, founded in 1847, said on Thursday that net profit was 2.1 billion euros in the quarter, "
    "compared with 1.8 billion euros a year earlier.",
    "The bank, created in 2008, said on Monday that net income rose to $4.2 billion, up from $3.9 billion a year earlier.",
    "The carmaker, which listed in 1999, said quarterly sales fell to 1.1 million vehicles from 1.3 million a year earlier.",
    "Unemployment, which peaked in 2009, stood at 4% in October, against 3.5% the previous year.",
    "Retail sales, which the agency has tracked since 1992, rose 3% last month compared with the same month a year earlier.",
    "Unemployment in March 2023 stood at 4%, up from 3.5% a year earlier.",
    "Inflation eased to 3% in October 2024 from 4% the same month a year earlier.",
    "Revenue was $5 billion in 2023, versus $4 billion in the previous year.",
])
def test_comparison_after_an_amount_is_no_date(text: str) -> None:
    assert not [d for d in dates(text) if "year" in d[0].lower()]


# ---------------------------------------------------------------- a later date without digits clears the year
@pytest.mark.parametrize("text", [
    "The company was founded in 1998. Last year it lost money; a year earlier it made a profit.",
    "He was born in 1950. In the 1990s he moved to Paris. Ten years later he died.",
])
def test_a_later_date_of_another_year_clears_the_anchor(text: str) -> None:
    assert not [d for d in dates(text) if "earlier" in d[0] or "later" in d[0]]


def test_a_later_date_of_the_same_year_keeps_the_anchor() -> None:
    assert dates("In 2019 he moved to Rome. In June he married. A year later he left.")[-1] == (
        "A year later", "2020", "2020", "year")


def test_a_year_in_apposition_is_not_counted_twice() -> None:
    assert dates("The war began in 1939. In 1941, two years later, the US joined.") == [
        ("1939", "1939", "1939", "year"), ("1941", "1941", "1941", "year")]


# ---------------------------------------------------------------- "the next year" said of the future
@pytest.mark.parametrize("text", [
    "The deficit hit a record in 2020. Officials said on Tuesday that the next year would bring cuts.",
    "Unemployment rose in 2023. The minister said on Tuesday he would step down within the next year.",
    "Officials said the next year would bring cuts.",
    "The company said on Monday that the next year would be difficult. Sales fell in 2023.",
])
def test_the_next_year_said_of_the_future(text: str) -> None:
    assert [d[1:] for d in dates(text) if "next year" in d[0]] == [("2025", "2025", "year")]


# ---------------------------------------------------------------- a count that is not the whole number, or a duration
@pytest.mark.parametrize("text", [
    "He was charged in 2019 and convicted 2.5 years later.",
    "He was charged in 2019 and convicted 1.5 years later.",
    "He was jailed in 2010 and freed 2 1/2 years later.",
    "The bridge opened in 1990. Twenty five years later, it was closed.",
    "The firm was founded in 1850. A hundred and fifty years later, it closed.",
    "The firm was founded in 1750. One hundred and twenty years later, it closed.",
    "He was jailed in 2010 and freed nearly two years later.",
    "A study published in 2020 found that heavy smokers die ten years earlier on average.",
    "The reform passed in 2023 lets miners retire five years earlier.",
    "She was appointed chief executive in 2019, having served as finance chief for three years before.",
])
def test_no_year_counted(text: str) -> None:
    assert not [d for d in dates(text) if "years" in d[0]]


@pytest.mark.parametrize("text, value, qualifier", [
    ("He was charged in 2019 and convicted 2.5 years later.", 2.5, None),
    ("He was jailed in 2010 and freed nearly two years later.", 2, "approx"),
    ("A study published in 2020 found that heavy smokers die ten years earlier on average.", 10, None),
])
def test_the_duration_figure_stays(text: str, value: float, qualifier: str | None) -> None:
    figures = [s for s in detect(text, reference=REF, kinds=("figure",)) if "years" in s.exact]
    assert len(figures) == 1
    assert figures[0].attributes.get("value") == value


@pytest.mark.parametrize("text, expected", [
    ("He had joined the firm in 2015. He had left it two years earlier.", "2013"),
    ("Exports rose 5% in 2019. Two years later, they fell.", "2021"),
    ("He moved to Lyon in 1990 and had lived in Paris ten years before.", "1980"),
])
def test_years_counted_in_narrative(text: str, expected: str) -> None:
    assert dates(text)[-1][1:] == (expected, expected, "year")


# ---------------------------------------------------------------- "that year" before a school or plan year
@pytest.mark.parametrize("text", [
    "The report, published in 2019, found that Year 6 pupils read less.",
    "The plan was adopted in 2018. He said that year two of the programme would be harder.",
])
def test_that_year_before_a_number(text: str) -> None:
    assert not [d for d in dates(text) if "year" in d[0].lower()]


@pytest.mark.parametrize("text, day", [
    ("He was arrested in 2019. He was freed on March 3 the following year.", "March 3"),
    ("He was arrested in 2019. He was freed on 3 March the following year.", "3 March"),
])
def test_a_day_before_the_following_year(text: str, day: str) -> None:
    assert dates(text) == [("2019", "2019", "2019", "year"), (day, "2020-03-03", "2020-03-03", "day")]


@given(st.integers(1900, 2023), st.integers(1, 9), st.integers(1, 9), st.sampled_from(["later", "earlier"]))
def test_a_decimal_count_is_no_year(year: int, whole: int, tenth: int, direction: str) -> None:
    text = f"He was charged in {year} and convicted {whole}.{tenth} years {direction}."
    assert dates(text) == [(str(year), str(year), str(year), "year")]


@given(st.integers(1900, 2023), st.sampled_from(["$3.9 billion", "1.3 million", "3.5%", "4 per cent", "12,000 tonnes"]),
       st.sampled_from(["from", "against", "compared with", "versus"]),
       st.sampled_from(["a year earlier", "the previous year", "the year before", "two years earlier"]))
def test_a_comparison_after_an_amount_is_no_year(year: int, amount: str, word: str, phrase: str) -> None:
    text = f"The firm, founded in {year}, said sales rose to 5 units, {word} {amount} {phrase}."
    assert [d[0] for d in dates(text)] == [str(year)]
# ---------------------------------------------------------------- "Friday the 14th" that is no day
@pytest.mark.parametrize("text", [
    "On Friday, the 14th anniversary of the attack, families gathered.",
    "Families gathered on Friday, the 14th anniversary of the attack.",
    "On Sunday, the 5th seed lost in straight sets.",
    "On Tuesday, the 2nd round of talks began in Geneva.",
    "Police said that on Friday, the 3rd suspect was arrested.",
    "On Monday, the 22nd day of the strike, unions met.",
    "On Monday the 10th-ranked team won.",
    "Superstitious travellers avoid flying on Friday the 13th.",
    "Is Friday the 13th really unlucky?",
])
def test_weekday_before_an_ordinal_that_is_no_day(text: str) -> None:
    assert not [d for d in dates(text) if "the " in d[0] and d[1] and len(d[1]) == 10]


def test_weekday_before_a_century() -> None:
    found = dates("On Thursday, the 19th-century church reopened after repairs.")
    assert [d for d in found if "19th" in d[0]] == [("the 19th-century", "1800", "1899", "year")]


# ---------------------------------------------------------------- two-digit years after slashes in the near future


@given(st.sampled_from(["Monday", "Tuesday", "Friday", "Sunday"]), st.integers(1, 31), st.booleans(),
       st.sampled_from(["anniversary of the attack", "seed lost", "round of talks began", "-ranked team won", "-century church reopened"]))
def test_weekday_before_an_ordinal_noun_is_no_day(weekday: str, day: int, comma: bool, rest: str) -> None:
    suffix = {1: "st", 21: "st", 31: "st", 2: "nd", 22: "nd", 3: "rd", 23: "rd"}.get(day, "th")
    text = f"On {weekday}{',' if comma else ''} the {day}{suffix}{'' if rest.startswith('-') else ' '}{rest}."
    assert not [d for d in dates(text) if d[0].startswith(weekday) and "the" in d[0]]


@pytest.mark.parametrize("text, expected", [
    ("The market crashed on Friday the 13th, traders said.", [("Friday the 13th", "2024-09-13", "2024-09-13", "day")]),
    ("He resigned on Sunday the 13th and left.", [("Sunday the 13th", "2024-10-13", "2024-10-13", "day")]),
    ("He died on Friday the 14th, his family said.", []),  # 14 June 2024: five months back, too far to guess
])
def test_weekday_and_day_in_news(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert dates(text) == expected


# ---------------------------------------------------------------- two-digit years after slashes in the near future
@pytest.mark.parametrize("text, expected", [
    ("The contract expires 6/30/27, the team said.", [("6/30/27", "2027-06-30", "2027-06-30", "day")]),
    ("The lease runs to 12/31/26.", [("12/31/26", "2026-12-31", "2026-12-31", "day")]),
])
def test_slashes_short_year_near_future(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert dates(text) == expected


# ---------------------------------------------------------------- a month to come in the sentence of an earlier year
@pytest.mark.parametrize("text, expected", [
    ("In 2019 the company said it will open a store in June.", [("2019", "2019", "2019", "year"), ("June", "2019-06", "2019-06", "month")]),
    ("Sales fell in 2019. The firm will report in June.", [("2019", "2019", "2019", "year"), ("June", "2025-06", "2025-06", "month")]),
    ("The law was passed in 2021 and will take effect in January.",
     [("2021", "2021", "2021", "year"), ("January", "2025-01", "2025-01", "month")]),
])
def test_a_month_to_come_after_a_year_gone_by(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The bridge opened in 1900. Sixty years later, it was closed.", "1960"),
    ("The bridge opened in 1900. Ninety-nine years later, it was closed.", "1999"),
])
def test_years_counted_in_tens_past_fifty(text: str, expected: str) -> None:
    assert dates(text)[-1][1:] == (expected, expected, "year")


# ---------------------------------------------------------------- older: a clock after a day; "FY" and a number
@pytest.mark.parametrize("text, expected", [
    ("The explosion happened on 3 May 10:38 local time.", [("3 May", "2024-05-03", "2024-05-03", "day")]),
    ("Взрыв произошел 3 мая 10:38 по местному времени.", [("3 мая", "2024-05-03", "2024-05-03", "day")]),
    ("Patlama 3 Mayıs 10:38'de oldu.", [("3 Mayıs", "2024-05-03", "2024-05-03", "day")]),
    ("Sales in FY 10 markets grew.", []),
    ("The FY 12 months ended in June.", [("June", "2024-06", "2024-06", "month")]),
    ("Revenue rose in FY '24, it said.", [("FY '24", "2024", "2024", "year")]),
])
def test_day_before_a_clock_and_fiscal_number(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert dates(text) == expected


@given(st.integers(1, 28), st.sampled_from(["May", "June", "March"]), st.integers(0, 23), st.integers(0, 59))
def test_day_month_before_a_clock_family(day: int, month: str, hour: int, minute: int) -> None:
    text = f"It happened on {day} {month} {hour}:{minute:02d} local time."
    assert [d[0] for d in dates(text)] == [f"{day} {month}"]


@pytest.mark.parametrize("text, expected", [
    ("The bank was set up in 1990. In fiscal 2009 it lost money, and two years later it was sold.",
     [("1990", "1990", "1990", "year"), ("fiscal 2009", "2009", "2009", "year"), ("two years later", "2011", "2011", "year")]),
    ("The firm listed in 2010. Sixty years later is a long time.", [("2010", "2010", "2010", "year")]),
])
def test_years_counted_after_and_not_as_subject(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert dates(text) == expected


def test_a_counted_year_is_the_next_ones_anchor() -> None:
    assert dates("In 2005 he joined the board. Ten years later, he was named chairman, and a year later he retired.") == [
        ("2005", "2005", "2005", "year"), ("Ten years later", "2015", "2015", "year"), ("a year later", "2016", "2016", "year")]
