"""Dates, tenth round (issue 15): fiscal years ("FY2023", "fiscal 2024", "FY2023-24") as the calendar
years they are named by, and the paragraph start shared by the date modules.  Texts written for these tests."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.meaning.date_base import Ctx, paragraph_start
from desktop.meaning.date_patterns import collect, collect_full_scan
from desktop.meaning.dates import find_dates

REF = datetime.date(2024, 11, 20)


def dates(text: str, reference: datetime.date | None = REF) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(text[s:e], a["start"], a["end"], a["precision"]) for s, e, a in find_dates(text, reference)]


# ---------------------------------------------------------------- fiscal years
@pytest.mark.parametrize("text, expected", [
    ("Revenue rose 4% in fiscal 2024, the company said.", [("fiscal 2024", "2024", "2024", "year")]),
    ("In FY2023 the firm lost money.", [("FY2023", "2023", "2023", "year")]),
    ("Sales fell in FY2023 and FY 2024.", [("FY2023", "2023", "2023", "year"), ("FY 2024", "2024", "2024", "year")]),
    ("The FY23 budget replaces the FY'22 plan.", [("FY23", "2023", "2023", "year"), ("FY'22", "2022", "2022", "year")]),
    ("The FY98 accounts were restated.", [("FY98", "1998", "1998", "year")]),
    ("Profit in FY2023-24 beat the fiscal 2022/23 figure.",
     [("FY2023-24", "2023", "2024", "year"), ("fiscal 2022/23", "2022", "2023", "year")]),
    ("Spending in fiscal year 2023 and fiscal-year 2025 plans.",
     [("fiscal year 2023", "2023", "2023", "year"), ("fiscal-year 2025", "2025", "2025", "year")]),
    ("The FY 2019/2020 report is late.", [("FY 2019/2020", "2019", "2020", "year")]),
])
def test_fiscal_years(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize("text", [
    "The board approved a fiscal 20 percent cut in spending.",  # a share, not a year
    "FY 25% growth is the target.",
    "Analysts expect FY2023-25 targets to slip.",  # years that do not follow each other: no fiscal year
    "A fiscal 2,000-page bill reached the floor.",
    "The fiscal hawks won the vote on Tuesday's budget.",
    "His fy2023 notes were lost.",  # "FY" in capitals only
])
def test_not_fiscal_years(text: str) -> None:
    assert not [d for d in dates(text) if "fiscal" in d[0].lower() or "fy" in d[0].lower()]


def test_fiscal_year_without_publication_date() -> None:
    assert dates("Sales fell in FY2023.", None) == [("FY2023", "2023", "2023", "year")]


@given(st.integers(1950, 2049), st.sampled_from(["FY{y}", "FY {y}", "fiscal {y}", "fiscal year {y}", "FY{yy}", "FY'{yy}"]),
       st.booleans())
def test_fiscal_year_family(year: int, form: str, pair: bool) -> None:
    written = form.format(y=year, yy=f"{year % 100:02d}")
    if pair:
        written += f"-{(year + 1) % 100:02d}"
    text = f"The company reported results for {written} on Monday."
    assert dates(text)[0] == (written, str(year), str(year + pair), "year")
    ctx = Ctx(REF, True)
    assert sorted((c.start, c.end) for c in collect(text, ctx)) == sorted((c.start, c.end) for c in collect_full_scan(text, ctx))


# ---------------------------------------------------------------- the paragraph start
@given(st.text(alphabet="ab\n", max_size=60), st.integers(0, 60), st.integers(0, 70))
def test_paragraph_start(text: str, pos: int, reach: int) -> None:
    pos = min(pos, len(text))
    start = paragraph_start(text, pos, reach)
    assert max(0, pos - reach) <= start <= pos
    assert "\n" not in text[start:pos]
    assert start == max(0, pos - reach) or text[start - 1] == "\n"


# ---------------------------------------------------------------- a month and day before a clock time
@pytest.mark.parametrize("text, expected", [
    ("Good morning, it is Monday May 3rd 10:38 a.m. and I have a meeting.", [("Monday May 3rd", "2021-05-03", "2021-05-03", "day")]),
    ("Posted May 3, 10:38 BST", [("May 3", "2021-05-03", "2021-05-03", "day")]),
    ("Logged on May 3 10:38:12 UTC.", [("May 3", "2021-05-03", "2021-05-03", "day")]),
    ("Updated May 3, 2021 10:38 a.m.", [("May 3, 2021", "2021-05-03", "2021-05-03", "day")]),
])
def test_month_day_before_clock(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert dates(text, datetime.date(2021, 5, 30)) == expected


@pytest.mark.parametrize("text", ["On May 3 12 people died.", "The May 3 10-point plan was signed."])
def test_month_day_before_a_number_is_not_a_clock(text: str) -> None:
    assert not [d for d in dates(text, datetime.date(2021, 5, 30)) if d[3] == "day"]


@given(st.sampled_from(["January", "March", "May", "August", "December"]), st.integers(1, 28), st.integers(0, 23),
       st.integers(0, 59), st.sampled_from(["", "st"]))
def test_month_day_clock_family(month: str, day: int, hour: int, minute: int, suffix: str) -> None:
    suffix = {1: "st", 21: "st", 2: "nd", 22: "nd", 3: "rd", 23: "rd"}.get(day, "th") if suffix else ""
    text = f"The alert went out on {month} {day}{suffix} {hour}:{minute:02d} local time."
    month_no = datetime.datetime.strptime(month, "%B").month
    iso = f"2020-{month_no:02d}-{day:02d}"
    assert dates(text, datetime.date(2020, 12, 31)) == [(f"{month} {day}{suffix}", iso, iso, "day")]


# ---------------------------------------------------------------- years counted from the year written before
@pytest.mark.parametrize("text, expected", [
    ("In 1724 he published it. Two years later he left for Basel.",
     [("1724", "1724", "1724", "year"), ("Two years later", "1726", "1726", "year")]),
    ("In 1724 he published it.\nTwenty-three years later, it was reprinted.",
     [("1724", "1724", "1724", "year"), ("Twenty-three years later", "1747", "1747", "year")]),
    ("He moved to Paris in 1920. That same year he married. The next year he left. The year before, he studied.",
     [("1920", "1920", "1920", "year"), ("That same year", "1920", "1920", "year"), ("The next year", "1921", "1921", "year"),
      ("The year before", "1920", "1920", "year")]),  # the year before the one just named (1921), as a reader counts
    ("Exports rose 5% in 2019; a year earlier they had fallen.",
     [("2019", "2019", "2019", "year"), ("a year earlier", "2018", "2018", "year")]),
    ("In 2010 prices rose; that year's budget fell. The following year was calm.",
     [("2010", "2010", "2010", "year"), ("that year", "2010", "2010", "year"), ("The following year", "2011", "2011", "year")]),
    ("The plant will open in 2027 and close two years later.",
     [("2027", "2027", "2027", "year"), ("two years later", "2029", "2029", "year")]),
    ("The treaty was signed on 3 May 1990. Three years on, it was dead.",
     [("3 May 1990", "1990-05-03", "1990-05-03", "day"), ("Three years on", "1993", "1993", "year")]),
])
def test_years_counted_from_the_year_before(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Exports rose 5% from a year earlier.", []),  # no year written: nothing to count from
    ("Trade reached $1.2 billion in 2024, up 18% on the previous year.", [("2024", "2024", "2024", "year")]),  # a comparison
    ("Exports rose 5% in 2019 from a year earlier.", [("2019", "2019", "2019", "year")]),
    ("Sales in 2019 were 3% higher compared with the same period of the year before.", [("2019", "2019", "2019", "year")]),
    ("He was released two years later than planned.", []),
    ("In 2001 she married. He died two years after the war.", [("2001", "2001", "2001", "year")]),
    ("The next year will be hard for farmers.", [("next year", "2025", "2025", "year")]),  # the year after the publication
    ("In 2015 he left.\nThe storm hit.\nTwo years later the town was rebuilt.", [("2015", "2015", "2015", "year")]),  # two breaks
    ("Shipments grew between 2024 and 2025, 20% more than the previous year.",
     [("between 2024 and 2025", "2024", "2025", "year")]),  # after a range: which end?
    ("In 2010 he said that year after year prices rose.", [("2010", "2010", "2010", "year")]),
    ("In 2010 sales showed the same year-on-year growth; that year-end was calm.", [("2010", "2010", "2010", "year")]),
    ("In 2010 sales showed the same year on year growth.", [("2010", "2010", "2010", "year")]),
    ("In March 2019 the plant closed; it reopened in June of the following year.",
     [("March 2019", "2019-03", "2019-03", "month"), ("June", "2020-06", "2020-06", "month")]),
])
def test_years_counted_not_read(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert dates(text) == expected


_WORDS = {1: "one", 2: "two", 3: "three", 5: "five", 10: "ten", 12: "twelve", 20: "twenty", 23: "twenty-three", 45: "forty-five"}


@given(st.integers(1700, 2020), st.sampled_from(sorted(_WORDS)), st.booleans(), st.sampled_from(["later", "earlier", "on"]))
def test_years_counted_family(year: int, n: int, digits: bool, direction: str) -> None:
    number = str(n) if digits else _WORDS[n]
    phrase = f"{number} year{'s' if n > 1 else ''} {direction}"
    text = f"The bridge opened in {year}. {phrase.capitalize()}, it was repainted."
    offset = -n if direction == "earlier" else n
    assert dates(text)[-1] == (phrase.capitalize(), str(year + offset), str(year + offset), "year")
    ctx = Ctx(REF, True)
    assert sorted((c.start, c.end) for c in collect(text, ctx)) == sorted((c.start, c.end) for c in collect_full_scan(text, ctx))


def test_a_month_before_that_year_is_the_date() -> None:
    assert dates("He visited China in 1981 after his wife died in March the same year. In June of that year he left.") == [
        ("1981", "1981", "1981", "year"), ("March", "1981-03", "1981-03", "month"), ("June", "1981-06", "1981-06", "month")]


# ---------------------------------------------------------------- "Friday the 14th", "the 3rd or the 4th"
@pytest.mark.parametrize("text, expected", [
    ("The vote is on the 3rd or the 4th.", [("the 3rd or the 4th", "2024-11-03", "2024-11-04", "day")]),
    ("It happened on Sunday the 13th.", [("Sunday the 13th", "2024-10-13", "2024-10-13", "day")]),  # past: October
    ("It happened on Friday the 14th.", []),  # 14 June 2024, five months back: too far to guess the month (review of c656409)
    ("The vote will be held on Friday the 14th.", [("Friday the 14th", "2025-02-14", "2025-02-14", "day")]),
    ("It happened Thursday the 14th, police said.", [("Thursday the 14th", "2024-11-14", "2024-11-14", "day")]),
    ("The strike began on March 3 and ended on Friday the 14th.",  # a month named: its day
     [("March 3", "2024-03-03", "2024-03-03", "day"), ("Friday the 14th", "2024-03-14", "2024-03-14", "day")]),
    ("Police said he died on Friday the 13th.", [("Friday the 13th", "2024-09-13", "2024-09-13", "day")]),
])
def test_weekday_and_day(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize("text", ["Friday the 13th Part VII opened in cinemas.", "The Friday the 13th films ran for decades.",
                                  "He had the lead in the 2009 version of Friday the 13th as Clay Miller.",
                                  "She finished on Friday the 3rd hole of the course."])
def test_weekday_and_day_not_read(text: str) -> None:
    assert not [d for d in dates(text) if "the 1" in d[0] or "the 3" in d[0]]


@given(st.dates(datetime.date(2000, 1, 1), datetime.date(2040, 12, 31)), st.sampled_from(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]), st.integers(1, 28),
    st.sampled_from(["It happened on", "The vote will be held on"]))
def test_weekday_and_day_family(ref: datetime.date, weekday: str, day: int, opening: str) -> None:
    suffix = {1: "st", 21: "st", 2: "nd", 22: "nd", 3: "rd", 23: "rd"}.get(day, "th")
    text = f"{opening} {weekday.capitalize()} the {day}{suffix}."
    past = opening.startswith("It happened")
    window = [ref.year * 12 + ref.month - 1 + k for k in range(-3, 4)]
    meet = [d for d in (datetime.date(t // 12, t % 12 + 1, day) for t in window)
            if d.strftime("%A").lower() == weekday and (d <= ref if past else d >= ref)]
    if not meet:  # the weekday and the day do not meet within three months: no suggestion
        assert dates(text, ref) == []
        return
    [(phrase, start, end, precision)] = dates(text, ref)
    assert phrase == f"{weekday.capitalize()} the {day}{suffix}"
    assert start == min(meet, key=lambda d: abs((d - ref).days)).isoformat()
    found = datetime.date.fromisoformat(start)
    assert (start, precision) == (end, "day")
    assert found.day == day and found.strftime("%A").lower() == weekday
    months = (found.year - ref.year) * 12 + found.month - ref.month
    assert (-3 <= months <= 0 and found <= ref) if past else (0 <= months <= 3 and found >= ref)


# ---------------------------------------------------------------- a month to come after an earlier year
@pytest.mark.parametrize("text, expected", [
    ("Sales fell in 2019. The firm will report in June.", [("2019", "2019", "2019", "year"), ("June", "2025-06", "2025-06", "month")]),
    ("Sales fell in 2019. The firm reported in June.", [("2019", "2019", "2019", "year"), ("June", "2019-06", "2019-06", "month")]),
    ("In 1830 the king said he would abdicate in June.", [("1830", "1830", "1830", "year"), ("June", "1830-06", "1830-06", "month")]),
    ("In 2030 the plant opens; it will close in June.", [("2030", "2030", "2030", "year"), ("June", "2030-06", "2030-06", "month")]),
])
def test_future_month_after_an_earlier_year(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert dates(text, datetime.date(2025, 1, 15)) == expected


# ---------------------------------------------------------------- slashes and a year of two digits
@pytest.mark.parametrize("text, expected", [
    ("The letter dated 6/25/90 was found.", [("6/25/90", "1990-06-25", "1990-06-25", "day")]),
    ("The letter dated 25/6/90 was found.", [("25/6/90", "1990-06-25", "1990-06-25", "day")]),
    ("Filed 12/31/24.", [("12/31/24", "2024-12-31", "2024-12-31", "day")]),
    ("Due 1/15/25, a week later.", [("1/15/25", "2025-01-15", "2025-01-15", "day")]),
    # twenty years after publication at most: a contract's or a lease's end (review of c656409: '1926' had been read)
    ("Filed 1/15/26.", [("1/15/26", "2026-01-15", "2026-01-15", "day")]),
    ("The lease, signed 3/15/44, ends 3/14/45.", [("3/15/44", "2044-03-15", "2044-03-15", "day"), ("3/14/45", "1945-03-14", "1945-03-14", "day")]),
])
def test_slashes_short_year(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize("text", ["On 9/11/01 the towers fell.", "A 24/7/365 service.", "Sizes 14/16/18 in stock.",
                                  "Call 5/12/34 for the desk.", "Bets at 7/2/10.5 odds."])
def test_slashes_short_year_not_read(text: str) -> None:
    assert not [d for d in dates(text) if d[0].count("/") == 2]


@given(st.dates(datetime.date(1945, 1, 1), datetime.date(2044, 12, 31)), st.booleans())
def test_slashes_short_year_family(day: datetime.date, us: bool) -> None:
    first, second = (day.month, day.day) if us else (day.day, day.month)
    written = f"{first}/{second}/{day.year % 100:02d}"
    text = f"The memo dated {written} was signed."
    found = dates(text)
    if (first > 12) == (second > 12):  # either could be the month: not read
        assert found == []
        return
    assert found == [(written, day.isoformat(), day.isoformat(), "day")]
