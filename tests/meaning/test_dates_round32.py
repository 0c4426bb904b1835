"""Dates and intervals, written for the thirty-second round (publication Tuesday 15 June 2021): Turkish and Russian
tens in words before "önce"/"назад" (and hours in those languages); a four-digit count after a range of days; minutes
as the last unit of a length ("3 hours and 20 minutes ago"); "earlier/later in the year" read against the last year
written in its paragraph or the one before."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.meaning.meaning_helpers import PROP
from tests.meaning.test_dates_round29 import _dates  # (text, start, end, open) of each date, published 15 June 2021
from tests.meaning.test_dates_round31 import _kinds  # (kind, text) of each date and figure


# ---------------------------------------------------------------- number words before "önce" / "назад"
def test_turkish_tens_in_words_before_once_are_a_date():
    # a figure of 20 years before, as the digits were a date
    assert _dates("Yirmi yıl önce bu fabrika kapandı.") == [("Yirmi yıl önce", "2001", "2001", None)]
    assert _dates("Köy otuz yıl önce boşaldı.") == [("otuz yıl önce", "1991", "1991", None)]
    assert _dates("Otuz beş yıl önce burada bir köy vardı.") == [("Otuz beş yıl önce", "1986", "1986", None)]
    assert _dates("Kanun on beş gün önce yürürlüğe girdi.") == [("on beş gün önce", "2021-05-31", "2021-05-31", None)]


def test_russian_tens_and_units_in_words_before_nazad_are_the_whole_number():
    # "пять лет назад" alone before (2016)
    assert _dates("Двадцать пять лет назад здесь была деревня.") == [
        ("Двадцать пять лет назад", "1996", "1996", None)]
    assert _dates("Шестьдесят лет назад город был меньше.") == [("Шестьдесят лет назад", "1961", "1961", None)]
    assert _dates("Семнадцать лет назад он уехал.") == [("Семнадцать лет назад", "2004", "2004", None)]
    # the genitive after "около", "более": "пяти лет назад" alone before (2016), "шестидесяти" no date
    assert _dates("Около двадцати пяти лет назад здесь была деревня.") == [
        ("двадцати пяти лет назад", "1996", "1996", None)]
    assert _dates("Более шестидесяти лет назад город был меньше.") == [("шестидесяти лет назад", "1961", "1961", None)]


def test_hours_in_russian_and_turkish_before_ago_are_the_day():
    assert _dates("Два часа назад завод закрылся.") == [("Два часа назад", "2021-06-15", "2021-06-15", None)]
    assert _dates("Fabrika iki saat önce kapandı.") == [("iki saat önce", "2021-06-15", "2021-06-15", None)]


def test_a_number_word_without_once_or_nazad_stays_a_length():
    assert _kinds("Yirmi yıl boyunca burada yaşadı.") == [("figure", "Yirmi yıl")]
    assert _kinds("Двадцать пять лет он работал на заводе.") == [("figure", "Двадцать пять лет")]
    assert _kinds("Около двадцати пяти лет он работал на заводе.") == [("figure", "двадцати пяти лет")]
    assert _kinds("Toplantı 3 saat sürdü.") == [("figure", "3 saat")]
    assert _kinds("Он работал 5 часов подряд.") == [("figure", "5 часов")]


# ---------------------------------------------------------------- a four-digit count after a range of days
def test_a_four_digit_count_after_a_russian_range_of_days_is_no_year():
    # the range in the year 1200 before
    assert _dates("5-6 марта 1200 человек погибли.") == [("5-6 марта", "2021-03-05", "2021-03-06", None)]
    assert _kinds("5-6 марта 1200 человек погибли.") == [("date", "5-6 марта"), ("figure", "1200 человек")]


def test_a_count_grouped_with_a_space_after_a_range_of_days():
    # 5 May alone before
    assert _kinds("3-5 мая 10 000 человек вышли на улицы.") == [("date", "3-5 мая"), ("figure", "10 000 человек")]
    assert _dates("Between 1 and 4 May 12 500 workers left.") == [("1 and 4 May", "2021-05-01", "2021-05-04", None)]


def test_a_year_after_a_range_of_days_stays_a_year():
    assert _dates("Between 1 and 4 May 2000 in Paris the talks went on.") == [
        ("Between 1 and 4 May 2000", "2000-05-01", "2000-05-04", None)]
    assert _dates("3-5 мая 2000 года прошли выборы.") == [("3-5 мая 2000 года", "2000-05-03", "2000-05-05", None)]
    assert _dates("From 3 to 5 June 1998 the river flooded.") == [
        ("From 3 to 5 June 1998", "1998-06-03", "1998-06-05", None)]
    # a single day keeps its year (no range: left as before)
    assert _dates("On 4 May 2000 workers left.") == [("4 May 2000", "2000-05-04", "2000-05-04", None)]
    # no word after the number: no count, as before
    assert [d[0] for d in _dates("Doors open 3-5 May 12:30 daily.")] == ["5 May"]


def test_a_year_after_an_english_range_of_days_before_a_noun_stays_the_range_in_that_year():
    # the branch's first version: "5 May 2019" alone (the range refused, a row of one day took its end) or the
    # range in the publication year; English writes a year bare before a noun, as "On 4 May 2000 workers left"
    assert _dates("3-5 May 2019 workers went on strike in Detroit.") == [
        ("3-5 May 2019", "2019-05-03", "2019-05-05", None)]
    assert _dates("3-5 May 2000 workers went on strike.") == [("3-5 May 2000", "2000-05-03", "2000-05-05", None)]
    assert _dates("From 3 to 5 June 1998 votes were counted.") == [
        ("From 3 to 5 June 1998", "1998-06-03", "1998-06-05", None)]
    assert _dates("Between 1 and 4 May 2019 workers left the plant.") == [
        ("Between 1 and 4 May 2019", "2019-05-01", "2019-05-04", None)]


@PROP
@given(d1=st.integers(1, 14), gap=st.integers(1, 10), count=st.integers(1000, 2100),
       noun=st.sampled_from(["человек"]))
def test_any_russian_range_of_days_before_a_four_digit_count_is_that_range(d1: int, gap: int, count: int, noun: str):
    text = f"С {d1} по {d1 + gap} мая {count} {noun} покинули город."
    assert [d[1:3] for d in _dates(text)] == [(f"2021-05-{d1:02d}", f"2021-05-{d1 + gap:02d}")]


# ---------------------------------------------------------------- minutes as the last unit of a length
def test_hours_and_minutes_ago_are_one_length():
    # "minutes ago" alone before
    assert _dates("The plant closed 3 hours and 20 minutes ago.") == [
        ("3 hours and 20 minutes ago", "2021-06-15", "2021-06-15", None)]
    assert _dates("Завод закрылся 2 часа и 15 минут назад.") == [
        ("2 часа и 15 минут назад", "2021-06-15", "2021-06-15", None)]
    assert _dates("Fabrika 3 saat 20 dakika önce kapandı.") == [
        ("3 saat 20 dakika önce", "2021-06-15", "2021-06-15", None)]
    # days and minutes: the day two days back
    assert _dates("The bridge fell 2 days and 30 minutes ago.") == [
        ("2 days and 30 minutes ago", "2021-06-13", "2021-06-13", None)]
    # the past hours and minutes: the publication day (undated before, its first day after its last)
    assert _dates("Talks have gone on for the past 2 hours and 10 minutes.") == [
        ("the past 2 hours and 10 minutes", "2021-06-15", "2021-06-15", None)]


def test_a_length_in_minutes_without_ago_is_no_date():
    assert _kinds("The race lasted 3 hours and 20 minutes.") == [("figure", "3 hours and 20 minutes")]
    # minutes before hours is no length read here: left to the rows of one unit
    assert _dates("The plant closed 20 minutes and 3 hours ago.") != [
        ("20 minutes and 3 hours ago", "2021-06-15", "2021-06-15", None)]


# ---------------------------------------------------------------- "earlier in the year" and the year before it
def _earlier(text: str) -> list[tuple[str, str, str, object]]:
    return [d for d in _dates(text) if "the year" in d[0]]


def test_earlier_in_the_year_after_a_year_two_paragraphs_back_is_the_publication_year():
    # undated before: any year in the 2,000 characters before blocked it
    middle = "The market is calm today, traders said, and prices held. " * 8
    assert _earlier(f"In 2019 the firm grew.\n\n{middle}\n\nEarlier in the year it cut jobs.") == [
        ("Earlier in the year", "2021-01-01", "2021-06-15", None)]
    # the latest year written is the publication's
    assert _earlier("In 2019 the firm grew. In 2021 it hired. Earlier in the year it cut jobs.") == [
        ("Earlier in the year", "2021-01-01", "2021-06-15", None)]


def test_earlier_in_the_year_after_another_year_nearby_stays_undated():
    assert _earlier("In 2019 the firm grew. Earlier in the year it cut jobs.") == []
    # the paragraph before still speaks of its year
    assert _earlier("In 2019 the firm grew.\n\nEarlier in the year it cut jobs.") == []
    # the latest year written is another
    assert _earlier("In 2021 it grew. In 2019 it shrank. Earlier in the year it cut jobs.") == []
    # no year at all: the publication year, as before
    assert _earlier("The firm said it cut jobs earlier in the year.") == [
        ("earlier in the year", "2021-01-01", "2021-06-15", None)]


def test_earlier_in_the_year_in_a_text_of_one_sentence_a_line_reads_the_year_lines_back():
    # the branch's first version: two short lines back was two paragraphs back (dated 2021)
    assert _earlier("In 2019 the firm grew.\nIt hired 200 people.\nEarlier in the year it cut jobs.") == []
    assert _earlier("In 2019 the firm grew.\n\nThe market is calm today.\n\nEarlier in the year it cut jobs.") == []


# ---------------------------------------------------------------- a tens word at the end of a bigger number
def test_a_tens_word_after_hundreds_or_thousands_is_no_date_of_its_tens():
    # the branch's first version: "yirmi yıl önce" (20 years: 2001) inside "yüz yirmi" (120)
    assert _dates("Ülke yüz yirmi yıl önce kuruldu.") == []
    assert _dates("Şehir bin yirmi yıl önce kurulmuştu.") == []
    assert _dates("Yüz elli yıl önce yapılan köprü yıkıldı.") == []
    assert _dates("ŞEHİR BİN YİRMİ YIL ÖNCE KURULDU.") == []
    # "двадцать лет назад" before (2001)
    assert _dates("Сто двадцать лет назад здесь была деревня.") == []
    assert _dates("Тысяча двадцать лет назад здесь была деревня.") == []
    assert _dates("Около ста двадцати лет назад здесь был лес.") == []
    # another word before the tens: still a date
    assert _dates("Местные власти двадцать лет назад закрыли завод.") == [
        ("двадцать лет назад", "2001", "2001", None)]
