"""Date patterns of news and military reports: the past N days, weekends, "last December",
a year naming an event ("the 2003 war"), "8-May-2006", "the 90s". Written for these tests."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.meaning.dates import find_dates

REF = datetime.date(2017, 2, 10)  # a Friday


def dates(text: str, reference=REF) -> list[tuple[str, str | None, str | None]]:
    return [(text[s:e], a["start"], a["end"]) for s, e, a in find_dates(text, reference)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("In the past 24 hours, aircraft conducted 10 strikes.", [("the past 24 hours", "2017-02-09", "2017-02-10")]),
        ("Over the past three days the town was shelled.", [("the past three days", "2017-02-08", "2017-02-10")]),
        ("Talks went on for the last two weeks.", [("the last two weeks", "2017-01-28", "2017-02-10")]),
        ("There were attacks this weekend in the capital.", [("this weekend", "2017-02-11", "2017-02-12")]),
        ("Protests began last weekend.", [("last weekend", "2017-02-04", "2017-02-05")]),
        ("The unit led the task force last December.", [("last December", "2016-12", "2016-12")]),
        ("It returns next March.", [("next March", "2017-03", "2017-03")]),
        ("It ends next January.", [("next January", "2018-01", "2018-01")]),
        ("Elections are due this April.", [("this April", "2017-04", "2017-04")]),
        ("He came back after the 2003 war toppled the regime.", [("2003", "2003", "2003")]),
        ("He was killed in a 2008 raid.", [("2008", "2008", "2008")]),
        ("He served in the 1991 Gulf War.", [("1991", "1991", "1991")]),
        ("The Daily Herald, 10-February-2006", [("10-February-2006", "2006-02-10", "2006-02-10")]),
        ("Our 9-May-2006 meeting", [("9-May-2006", "2006-05-09", "2006-05-09")]),
        ("Nobody misses the 90s.", [("the 90s", "1990", "1999")]),
        ("After 9/11 the rules changed.", [("9/11", "2001-09-11", "2001-09-11")]),
        ("Город основан в 286 году.", [("286 году", "0286", "0286")]),
        ("Известен с 862 года.", [("862 года", "0862", "2017")]),  # since 862: up to the publication year
        ("Şehir 330 yılında kuruldu.", [("330 yılında", "0330", "0330")]),
        ("It was built in AD 286 by the emperor.", [("AD 286", "0286", "0286")]),
        ("He died in 476 CE.", [("476 CE", "0476", "0476")]),
        ("1989 tarihli albüm çıktı.", [("1989", "1989", "1989")]),
        ("1972 yapımı bir film.", [("1972", "1972", "1972")]),
        ("1962 doğumlu sanatçı.", [("1962", "1962", "1962")]),
        ("1218 başlarında ordu geldi.", [("1218 başlarında", "1218-01", "1218-04")]),
        ("Tarih 17. yy. da başlamıştır.", [("17. yy.", "1600", "1699")]),
        ("19. yy'da böcekler incelendi.", [("19. yy'da", "1800", "1899")]),
    ],
)
def test_news_dates(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The last two years of his life were quiet.",  # a period of a life, not before publication
        "They sent the 2000 troops home.",  # a count
        "A 2000 MW plant was built.",
        "The 1500 men marched.",
        "this may be the end",  # "may" the verb
        "She is in her 90s.",
        "Это заняло 2 года.",  # two years, a duration
        "Весит 5 г.",
    ],
)
def test_not_news_dates(text):
    assert dates(text) == []


def test_relative_periods_without_a_publication_date_are_undated():
    found = find_dates("In the past 24 hours and this weekend.", None)
    assert [a["undated"] for _s, _e, a in found] == [True, True]
    assert all("publication date" in a["reason"] for _s, _e, a in found)


@given(st.dates(min_value=datetime.date(1950, 1, 1), max_value=datetime.date(2090, 12, 31)),
       st.integers(1, 400), st.sampled_from(["hours", "days", "weeks"]))
def test_past_period_ends_at_the_reference(ref, n, unit):
    [(exact, start, end)] = dates(f"Over the past {n} {unit}, troops advanced.", ref)
    assert exact == f"the past {n} {unit}" and end == ref.isoformat()
    days = {"hours": -(-n // 24), "days": n - 1, "weeks": 7 * n - 1}[unit]  # hours: the calendar days they touch
    assert datetime.date.fromisoformat(start) == ref - datetime.timedelta(days=days)


@given(st.dates(min_value=datetime.date(1950, 1, 1), max_value=datetime.date(2090, 12, 31)),
       st.sampled_from(["last", "this", "next"]))
def test_weekend_is_a_saturday_and_sunday_near_the_reference(ref, rel):
    [(_exact, start, end)] = dates(f"Strikes {rel} weekend.", ref)
    saturday = datetime.date.fromisoformat(start)
    assert saturday.weekday() == 5 and datetime.date.fromisoformat(end) == saturday + datetime.timedelta(days=1)
    assert abs((saturday - ref).days) <= 13


@given(st.dates(min_value=datetime.date(1950, 1, 1), max_value=datetime.date(2090, 12, 31)),
       st.sampled_from(["January", "May", "June", "December"]))
def test_last_month_name_is_before_the_reference_month(ref, month):
    [(_exact, start, _end)] = dates(f"It happened last {month}.", ref)
    y, mo = map(int, start.split("-"))
    assert (y, mo) < (ref.year, ref.month) and (ref.year * 12 + ref.month) - (y * 12 + mo) <= 12


def test_a_bare_turkish_number_stays_a_number():
    assert dates("Toplantıya 1500 kişi geldi.") == []


@given(st.integers(1, 999), st.sampled_from(["Основан в {} году.", "Kent {} yılında kuruldu.", "Built in AD {}."]))
def test_years_before_1000_with_their_year_word(year, template):
    [(_exact, start, end)] = dates(template.format(year))
    assert start == end == f"{year:04d}"
