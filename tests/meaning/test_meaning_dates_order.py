"""Date values (issue 15, sixth round): a month or day without a year that the text places after
the dated one before it ("elected in November 2020 … took office in January" → January 2021);
"since" in Russian ("с 2010 года") and Turkish ("2010 yılından bu yana") up to the publication
date, with the tense rules of each language; "from 2010 to the present" and its Russian and
Turkish forms.  Texts written for these tests."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.meaning.date_base import MONTH_NAMES_EN
from desktop.meaning.dates import find_dates

REF = datetime.date(2025, 6, 27)


def dates(text: str, reference=REF) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(text[s:e], a["start"], a["end"], a["precision"]) for s, e, a in find_dates(text, reference)]


# ---------------------------------------------------------------- a yearless month after its anchor
@pytest.mark.parametrize(
    "text, expected",
    [
        # the case: taking office after the election, in the next year
        ("He was elected in November 2020 and took office in January.",
         [("November 2020", "2020-11", "2020-11", "month"), ("January", "2021-01", "2021-01", "month")]),
        ("He was elected in November 2020. He was sworn in on 20 January.",
         [("November 2020", "2020-11", "2020-11", "month"), ("20 January", "2021-01-20", "2021-01-20", "day")]),
        ("Он был избран в ноябре 2020 года и вступил в должность в январе.",
         [("ноябре 2020 года", "2020-11", "2020-11", "month"), ("январе", "2021-01", "2021-01", "month")]),
        # "the following March": the next March, the anchor's own month too
        ("In March 2019 the plant closed; the following March it reopened.",
         [("March 2019", "2019-03", "2019-03", "month"), ("March", "2020-03", "2020-03", "month")]),
        ("The plant closed in October 2019 and reopened the following February.",
         [("October 2019", "2019-10", "2019-10", "month"), ("February", "2020-02", "2020-02", "month")]),
        # "in January after the vote", "later, in February"
        ("The vote was held in November 2020, and in January after the vote the count was final.",
         [("November 2020", "2020-11", "2020-11", "month"), ("January", "2021-01", "2021-01", "month")]),
        ("The strike began in December 2018; later, in February, it ended.",
         [("December 2018", "2018-12", "2018-12", "month"), ("February", "2019-02", "2019-02", "month")]),
        # "in June of the following year": the next year whatever the month
        ("In March 2019 the plant closed; it reopened in June of the following year.",
         [("March 2019", "2019-03", "2019-03", "month"), ("June", "2020-06", "2020-06", "month")]),
        # a month after its anchor in the same year stays there
        ("In June 2020 he was elected and took office in September.",
         [("June 2020", "2020-06", "2020-06", "month"), ("September", "2020-09", "2020-09", "month")]),
        ("In March 2019 it closed and reopened the following June.",
         [("March 2019", "2019-03", "2019-03", "month"), ("June", "2019-06", "2019-06", "month")]),
        # no cue of order: the anchor's year, as before (the text may go back in time)
        ("In November 2020 he was ill; in January he had been well.",
         [("November 2020", "2020-11", "2020-11", "month"), ("January", "2020-01", "2020-01", "month")]),
        # an anchor of a year alone gives no month to order by
        ("He was elected in 2020 and took office in January.",
         [("2020", "2020", "2020", "year"), ("January", "2020-01", "2020-01", "month")]),
        # a new paragraph drops the anchor
        ("He was elected in November 2020.\nHe took office in January.",
         [("November 2020", "2020-11", "2020-11", "month"), ("January", "2025-01", "2025-01", "month")]),
    ],
)
def test_a_month_the_text_puts_after_its_anchor(text: str, expected: list) -> None:
    assert dates(text) == expected


@given(anchor=st.integers(2, 12), month=st.integers(1, 12), year=st.integers(1950, 2040))
def test_taking_office_never_goes_before_the_election(anchor: int, month: int, year: int) -> None:
    """Property: "elected in <month> <year> and took office in <month'>" puts the second month after
    the first, within the twelve months that follow it."""
    text = f"She was elected in {MONTH_NAMES_EN[anchor - 1]} {year} and took office in {MONTH_NAMES_EN[month - 1]}."
    found = dates(text)
    assert [f[0] for f in found] == [f"{MONTH_NAMES_EN[anchor - 1]} {year}", MONTH_NAMES_EN[month - 1]]
    start = found[1][1]
    assert start is not None
    taken = int(start[:4]) * 12 + int(start[5:7])
    assert year * 12 + anchor <= taken < year * 12 + anchor + 12


# ---------------------------------------------------------------- since: Russian and Turkish
@pytest.mark.parametrize(
    "text, expected",
    [
        # Russian "с" + a date: up to the publication date unless the clause is in the past
        ("С 2010 года он живёт в Москве.", [("2010 года", "2010", "2025", "year")]),
        ("Начиная с 2014 года санкции действуют.", [("2014 года", "2014", "2025", "year")]),
        ("С января цены растут.", [("января", "2025-01", "2025-06", "month")]),
        # a past verb of change in amount is the Russian perfect: "have risen since 2010"
        ("С 2010 года цены выросли вдвое.", [("2010 года", "2010", "2025", "year")]),
        ("С марта число безработных увеличилось на 5%.", [("марта", "2025-03", "2025-06", "month")]),
        # any other past closes it: the year alone
        ("С 2010 года он работал в Москве, а в 2015 году уехал.",
         [("2010 года", "2010", "2010", "year"), ("2015 году", "2015", "2015", "year")]),
        ("С 1 января вступил в силу закон.", [("1 января", "2025-01-01", "2025-01-01", "day")]),
        # a range stays a range
        ("с 22 по 25 мая 2025 года", [("с 22 по 25 мая 2025 года", "2025-05-22", "2025-05-25", "day")]),
        # Turkish "beri" / "bu yana": the past in "-dı" is the perfect; the past of a past closes it
        ("2010 yılından bu yana fiyatlar arttı.", [("2010 yılından", "2010", "2025", "year")]),
        ("2010'dan beri üç kez seçildi.", [("2010'dan", "2010", "2025", "year")]),
        ("2010'dan beri burada yaşıyor.", [("2010'dan", "2010", "2025", "year")]),
        ("1990'dan beri orada yaşıyordu.", [("1990'dan", "1990", "1990", "year")]),
        ("1990 yılından bu yana orada çalışmıştı.", [("1990 yılından", "1990", "1990", "year")]),
        # up to now whatever the tense: "to the present", "по настоящее время", "günümüze kadar"
        ("He worked there from 2010 to the present.", [("2010 to the present", "2010", "2025", "year")]),
        ("С 2010 года по настоящее время работал в банке.",
         [("2010 года по настоящее время", "2010", "2025", "year")]),
        ("Он жил там с 1990 года до сих пор.", [("1990 года до сих пор", "1990", "2025", "year")]),
        ("2010'dan günümüze kadar sürdü.", [("2010'dan günümüze kadar", "2010", "2025", "year")]),
        # English as before
        ("He has lived here since 2010.", [("2010", "2010", "2025", "year")]),
        ("He had lived there since 1990.", [("1990", "1990", "1990", "year")]),
    ],
)
def test_since_in_russian_and_turkish(text: str, expected: list) -> None:
    assert dates(text) == expected


@given(year=st.integers(1000, 2024), verb=st.sampled_from(["живёт", "работает", "выросли", "находится", "снизились"]))
def test_russian_since_reaches_the_publication_year(year: int, verb: str) -> None:
    """Property: "С <year> года <subject> <present or verb of change>" runs from that year to 2025."""
    text = f"С {year} года цены {verb} в Москве."
    assert dates(text) == [(f"{year} года", f"{year:04d}", "2025", "year")]


@given(year=st.integers(1000, 2024), ending=st.sampled_from(["'den beri", " yılından bu yana", "'dan beri"]),
       verb=st.sampled_from(["arttı", "yaşıyor", "seçildi", "değişmedi"]))
def test_turkish_since_reaches_the_publication_year(year: int, ending: str, verb: str) -> None:
    """Property: "<year>'dan beri … <present or past>" runs from that year to 2025."""
    text = f"{year}{ending} fiyatlar {verb}."
    found = dates(text)
    assert len(found) == 1 and found[0][1:] == (f"{year:04d}", "2025", "year")
