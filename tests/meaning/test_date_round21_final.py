"""Twenty-first round, the final read's fixes to dates: a month in a case form before a count is no "Month Day"
(Kazakh "Мамырда 20 адам", Russian "В мае 20 человек", Turkish "Mayısta 20 kişi"); Kazakh "N ж. бұрын" (N years ago)
is no year."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.meaning.date_kk_months import KK_MONTH_FORMS
from desktop.meaning.dates import find_dates

REF = "2020-05-01"


def found(text: str, reference: str | None = REF) -> list[tuple[str, str | None]]:
    return [(text[s:e], a.get("start")) for s, e, a in find_dates(text, reference)]


# ---------------------------------------------------------------- a month in a case form before a count
@pytest.mark.parametrize(("text", "expected"), [
    ("5 маусымда 20 адам қаза тапты.", [("5 маусымда", "2020-06-05")]),
    ("Мамырда 20 адам қаза тапты.", [("Мамырда", "2020-05")]),
    ("5 мамырда 20 адам жараланды.", [("5 мамырда", "2020-05-05")]),
    ("Наурызда 15 мың теңге төленді.", [("Наурызда", "2020-03")]),
    ("Қаңтарда 2 адам, ақпанда 5 адам қайтыс болды.", [("Қаңтарда", "2020-01"), ("ақпанда", "2020-02")]),
    ("В мае 20 человек погибли.", [("мае", "2020-05")]),
    ("В марте 15 тысяч рублей выплатили.", [("марте", "2020-03")]),
    ("Mayısta 20 kişi öldü.", [("Mayısta", "2020-05")]),
])
def test_a_month_in_a_case_form_before_a_count_is_no_month_day(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Сәуірдің 12-сі күні жиналыс өтті.", [("Сәуірдің 12", "2020-04-12")]),  # the genitive: the month before the day
    ("Желтоқсанның 16 жұлдызында тәуелсіздік жарияланды.", [("Желтоқсанның 16", "2020-12-16")]),
    ("On May 20 people gathered.", [("May 20", "2019-05-20")]),  # English: left as it was
    ("В мае 20 числа прошло собрание.", [("мае 20", "2019-05-20")]),
])
def test_the_genitive_and_english_keep_month_day(text, expected):
    assert found(text) == expected


@given(st.sampled_from(sorted(KK_MONTH_FORMS)), st.sampled_from([1, 2, 3, 5, 6, 7, 8, 10]), st.integers(2, 28))
def test_no_kazakh_case_form_but_the_genitive_takes_the_number_after_it(month, form, count):
    text = f"{KK_MONTH_FORMS[month][form].capitalize()} {count} адам келді."
    assert all(not value or value.count("-") < 2 for _, value in found(text)), text


# ---------------------------------------------------------------- "N ж. бұрын": N years ago, no year
@pytest.mark.parametrize("text", [
    "Бұл қала 1500 ж. бұрын салынған.",
    "Шамамен 2000 ж. бұрын адамдар осында өмір сүрген.",
    "Зауыт 1200 ж. ішінде салынды.",
    "Ол 15 ж. бойы жұмыс істеді.",
])
def test_years_ago_or_for_years_is_no_year(text):
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("2015 ж. 5 мамыр күні келді.", [("2015 ж.", "2015"), ("5 мамыр", "2015-05-05")]),
    ("Көпір 1998 ж. салынған.", [("1998 ж.", "1998")]),
])
def test_a_year_with_zh_stays_a_year(text, expected):
    assert found(text) == expected


# ---------------------------------------------------------------- early spans: a label or a place is no one's life
@pytest.mark.parametrize("text", [
    "Monthly Rent (450–550) is listed.",
    "Single Room (120–180) and Double Room (150–250) are free.",
    "Team Size (120 – 180) was agreed.",
    "Grand Hotel (320–380) per night.",
    "Cape Town (120–180) was next.",
    "Price (c. 300–400) was estimated.",
])
def test_a_label_or_a_place_before_a_bracket_is_no_life_span(text):
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Saint Boniface (c. 675 – 754) was a missionary.", [("675 – 754", "0675")]),
    ("Heraclius (r. 610–641) was emperor.", [("610–641", "0610")]),
    ("Li Bai 李白 (701–762) was a poet.", [("701–762", "0701")]),
    ("Constantine (c. 272 – 337) was emperor.", [("272 – 337", "0272")]),
])
def test_a_persons_life_or_reign_stays(text, expected):
    assert found(text) == expected
