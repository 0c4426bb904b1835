"""Dates, sixteenth round: Russian parts of a year without its number ("к концу года", "в начале года"), a century's
end after "до конца", "к началу", "sonuna kadar" (its last quarter, as "в конце XXI века"; English keeps GUM's whole
century), Turkish years joined by a slash before "yılları", a month range whose second month lost its capital
("January-june 2016"), two years in a row offered as a choice, "class of '29" in an old text, and a duration inside a
date mention.  Texts written for these tests."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.suggest.detect import detect
from tests.meaning.test_meaning_dates_twelfth import Found, dates  # the same reference date (10 June 2025)


# ---------------------------------------------------------------- Russian parts of the year told from the publication
@pytest.mark.parametrize("text, reference, expected", [
    # a deadline: the year's last day, as "by the end of the year" and "к концу 2020 года"
    ("Склад перенесут к концу года.", datetime.date(2025, 6, 10), [("концу года", "2025-12-31", "2025-12-31")]),
    ("Кассы будут закрыты до конца года.", datetime.date(2019, 3, 1), [("конца года", "2019-12-31", "2019-12-31")]),
    ("Склад перенесут до конца 2021 года.", datetime.date(2019, 3, 1), [("конца 2021 года", "2021-12-31", "2021-12-31")]),
    # a part without "к"/"до": the year's third in months
    ("В начале года тарифы подняли.", datetime.date(2025, 6, 10), [("начале года", "2025-01", "2025-04")]),
    ("Новый корпус откроют в конце года.", datetime.date(2025, 6, 10), [("конце года", "2025-09", "2025-12")]),
    # the year written before it in its paragraph wins
    ("Цех запустили в 2018 году. В конце года его расширили.", datetime.date(2025, 6, 10),
     [("2018 году", "2018", "2018"), ("конце года", "2018-09", "2018-12")]),
])
def test_a_russian_part_of_the_year_without_its_number(text: str, reference: datetime.date, expected: Found) -> None:
    assert dates(text, reference) == expected


def test_the_english_and_russian_deadlines_agree() -> None:
    ref = datetime.date(2024, 2, 2)
    [(_e, en_start, en_end)] = dates("The depot will move by the end of the year.", ref)
    [(_r, ru_start, ru_end)] = dates("Склад перенесут к концу года.", ref)
    assert (en_start, en_end) == (ru_start, ru_end) == ("2024-12-31", "2024-12-31")


@pytest.mark.parametrize("text, reference, expected", [
    ("Склад перенесут к концу года.", None, [("концу года", None, None)]),  # no publication date: found, undated
    # not a calendar year: a year of service or study; "с начала года" stays the year to date
    ("В конце года службы он вернулся домой.", datetime.date(2025, 6, 10), []),
    ("К концу года обучения группа поредела.", datetime.date(2025, 6, 10), []),
    ("В 2022 году с начала года тарифы выросли на 7%.", datetime.date(2025, 6, 10), [("2022 году", "2022", "2022")]),
    ("С начала года тарифы выросли.", datetime.date(2025, 6, 10), [("С начала года", "2025-01-01", "2025-06-10")]),
])
def test_a_russian_year_part_is_not_read_elsewhere(text: str, reference: datetime.date | None, expected: Found) -> None:
    assert dates(text, reference) == expected


# ---------------------------------------------------------------- a century's end: its last quarter in three languages
@pytest.mark.parametrize("text, expected", [
    ("Плотина простоит до конца XXI века.", [("конца XXI века", "2075", "2099")]),
    ("Канал прорыли к началу XIX века.", [("началу XIX века", "1800", "1825")]),
    ("Baraj 21. yüzyılın sonuna kadar dayanacak.", [("21. yüzyılın sonuna kadar", "2075", "2099")]),
    ("Kanal 18. yüzyılın sonlarına kadar kullanıldı.", [("18. yüzyılın sonlarına kadar", "1775", "1799")]),
])
def test_a_centurys_end_is_its_last_quarter(text: str, expected: Found) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a year's and a decade's deadline keep their last day; a century alone stays whole
    ("The dam will be done by the end of 2031.", [("the end of 2031", "2031-12-31", "2031-12-31")]),
    ("The dam will be done by the end of the decade.", [("the end of the decade", "2029-12-31", "2029-12-31")]),
    ("Baraj 21. yüzyılda yapıldı.", [("21. yüzyılda", "2000", "2099")]),
    ("The end of the century was near.", []),
    # English: the century, as GUM gives "the beginning of the 19th century" and "until the beginning of the twentieth
    # century" (3 of 3: the part word outside the mention)
    ("The canal was dug at the beginning of the nineteenth century.", [("the nineteenth century", "1800", "1899")]),
    ("The dam will hold until the end of the 21st century.", [("the 21st century", "2000", "2099")]),
])
def test_other_ends_are_unchanged(text: str, expected: Found) -> None:
    assert dates(text) == expected


@given(st.integers(11, 21), st.sampled_from(["до конца {r} века", "к концу {r} века"]))
def test_every_russian_centurys_end_is_its_last_quarter(n: int, form: str) -> None:
    roman = ["XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI"][n - 11]
    [(_x, first, last)] = dates("Плотина простоит " + form.format(r=roman) + ".")
    assert (int(first), int(last)) == ((n - 1) * 100 + 75, (n - 1) * 100 + 99)


# ---------------------------------------------------------------- Turkish years joined by a slash
@pytest.mark.parametrize("text, expected", [
    ("Oyuncu 2004/2007 yılları arasında sahnede kaldı.", [("2004/2007 yılları", "2004", "2007")]),
    ("Oyuncu 2004/2007 arasında sahnede kaldı.", [("2004/2007", "2004", "2007")]),
    # no word of years or of a range: a number, a law's, as before
    ("1990/2005 sayılı karar yayımlandı.", []),
    ("Kira 1800/1900 arasında değişiyor.", []),
    ("In 2004/2007 the hall was rebuilt.", [("2004", "2004", "2004")]),
])
def test_turkish_years_joined_by_a_slash(text: str, expected: Found) -> None:
    assert dates(text) == expected


# ---------------------------------------------------------------- a range's second month without its capital
@pytest.mark.parametrize("text, expected", [
    ("Chart 2. February-july 2018 rainfall", [("February-july 2018", "2018-02", "2018-07")]),
    # only right after a capitalised month and a dash written close: "may" stays a verb elsewhere
    ("Data for January - june 2016 were lost.", []),
    ("Rainfall for february-July 2018 was low.", [("July 2018", "2018-07", "2018-07")]),
])
def test_a_ranges_second_month_in_lower_case(text: str, expected: Found) -> None:
    assert dates(text) == expected


# ---------------------------------------------------------------- two years in a row offered as a choice
@pytest.mark.parametrize("text, expected", [
    ("The 2003 or 2004 coupes were withdrawn.", [("2003", "2003", "2003"), ("2004", "2004", "2004")]),
    ("Buyers of 2003 or 2004 coupes got refunds.", [("2003", "2003", "2003"), ("2004", "2004", "2004")]),
    ("The hall opened in 2003 or 2004.", [("2003", "2003", "2003"), ("2004", "2004", "2004")]),
    ("2003 veya 2004 modelleri geri çağrıldı.", [("2003", "2003", "2003"), ("2004", "2004", "2004")]),
])
def test_two_years_in_a_row_as_a_choice(text: str, expected: Found) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize("text", [
    "The 2003 coupes were withdrawn.",  # one number before a plural noun may be a count: none, as before
    "About 1999 or 2000 votes were cast.",  # an estimate
    "The 1999 or 2000 people left.",  # people
    "The 2003 or 2006 coupes were withdrawn.",  # not one apart
    "It weighs 1998 or 1999 kg.",  # a quantity
])
def test_a_count_is_no_choice_of_years(text: str) -> None:
    assert dates(text) == []


# ---------------------------------------------------------------- "class of '29" in an old text: its publication year
@pytest.mark.parametrize("reference, year", [
    (datetime.date(1950, 5, 1), "1929"),  # a class that left before the text
    (datetime.date(1926, 5, 1), "1929"),  # one still at school
    (datetime.date(2024, 5, 1), "2029"),  # as the fifteenth round's final read
])
def test_class_of_in_a_text_of_its_time(reference: datetime.date, year: str) -> None:
    assert dates("The class of '29 planted an oak.", reference) == [("'29", year, year)]


# ---------------------------------------------------------------- a duration inside a date mention
def test_a_duration_inside_a_date_is_the_dates_extent() -> None:
    """"the past 35 years" is one date whose value holds the 35 years; the figure "35 years" inside it is left out
    (GUM leaves numerals inside a date out of its figures, NEREL counts the outer mention), while a duration beside
    a date stays a figure of its own."""
    inside = [(s.kind, s.exact) for s in detect("Over the past 35 years, output doubled.", reference="2025-06-10",
                                                kinds=("date", "figure"))]
    assert inside == [("date", "the past 35 years")]
    beside = [(s.kind, s.exact) for s in detect("The strike lasted six weeks in the spring of 2019.",
                                                reference="2025-06-10", kinds=("date", "figure"))]
    assert beside == [("figure", "six weeks"), ("date", "the spring of 2019")]


# ---------------------------------------------------------------- review fixes
@pytest.mark.parametrize("text", [
    # two numbers one apart are as often a count: no determiner before, no Turkish plural after
    "They sold 1998 or 1999 units.",
    "The print run was 1999 or 2000 copies.",
    "We counted 2019 or 2020 birds at the lake.",
    "He scored 1999 or 2000 points in his career.",
    "Tirajı 1999 veya 2000 adetti.",
    "Bu sene 2019 ya da 2020 öğrenci kayıt oldu.",
    "Room 2019 or 2020 is free.",
])
def test_a_count_of_two_numbers_one_apart_is_no_pair_of_years(text: str) -> None:
    assert [d for d in dates(text) if d[0] in {"1998", "1999", "2000", "2019", "2020"}] == []


@pytest.mark.parametrize("text, figure", [
    # (twenty-first round: "или", "or" join one range as the Turkish pair does; the 1999 is no date either way)
    ("Тираж составил 1999 или 2000 экземпляров.", "1999 или 2000 экземпляров"),
    ("Each ticket cost 1999 or 2000 rubles.", "1999 or 2000 rubles"),
    ("Bilet 1999 veya 2000 lira.", "1999 veya 2000 lira"),  # (twentieth round: the Turkish pair before one unit)
])
def test_a_count_of_two_numbers_one_apart_stays_a_figure(text: str, figure: str) -> None:
    found = [(s.kind, s.exact) for s in detect(text, reference="2025-06-10", kinds=("date", "figure"))]
    assert found == [("figure", figure)]


def test_a_turkish_plural_after_a_choice_names_two_years() -> None:
    assert dates("2018 ya da 2019 sezonlarında oynadı.") == [("2018", "2018", "2018"), ("2019", "2019", "2019")]


@pytest.mark.parametrize("text", [
    # the year of something else, a genitive after "года": no calendar year
    "В конце года контракта он уволился.",
    "В конце года сезона команда вылетела.",
    "В начале года эксплуатации выявили дефекты.",
    "В середине года испытаний сломался двигатель.",
    "В конце года президентства он ушёл.",
    "К концу года беременности она устала.",
    "В начале года наблюдения звезда погасла.",
    "В конце года нашего знакомства мы поженились.",
    "В конце года моей службы я вернулся.",
    "В конце года первого курса сдаём экзамены.",
    "В середине года переговоров стороны договорились.",
    "К концу года аренды долг вырос.",
])
def test_a_russian_year_of_something_is_no_date(text: str) -> None:
    assert dates(text) == []


@pytest.mark.parametrize("text, expected", [
    # a subject, a pronoun or an adverb after the part: still the publication year's part
    ("В конце года компания объявила о слиянии.", [("конце года", "2024-09", "2024-12")]),
    ("В конце года его уволили.", [("конце года", "2024-09", "2024-12")]),
    ("В начале года всего было продано 100 машин.", [("начале года", "2025-01", "2025-04")]),
    ("К концу года выпуск вырос вдвое.", [("концу года", "2024-12-31", "2024-12-31")]),
])
def test_a_russian_year_part_before_a_subject_is_a_date(text: str, expected: Found) -> None:
    assert dates(text) == expected


def test_a_turkish_centurys_middle_up_to() -> None:
    assert dates("Kanal 19. yüzyılın ortasına dek kullanıldı.") == [("19. yüzyılın ortasına dek", "1833", "1866")]
