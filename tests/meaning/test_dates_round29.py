"""Dates and intervals, written for the twenty-ninth round (publication Tuesday 15 June 2021 unless said): counted
units ago in Kazakh and counted centuries ago in Russian and Turkish."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.meaning.dates import find_dates
from tests.meaning.meaning_helpers import PROP

REFERENCE = "2021-06-15"  # a Tuesday


def _dates(text: str, reference: str | None = REFERENCE) -> list[tuple]:
    return [(text[s:e], a["start"], a["end"], a.get("open")) for s, e, a in find_dates(text, reference)]


# ---------------------------------------------------------------- counted units ago (Kazakh), centuries ago
def test_kazakh_counted_units_ago_are_dates():
    # no date before
    assert _dates("Зауыт 7 жыл бұрын жабылды.") == [("7 жыл бұрын", "2014", "2014", None)]
    assert _dates("Үш жыл бұрын ауылда мектеп ашылды.") == [("Үш жыл бұрын", "2018", "2018", None)]
    assert _dates("Осыдан төрт ай бұрын көпір салынды.") == [("төрт ай бұрын", "2021-02", "2021-02", None)]
    assert _dates("Екі апта бұрын су тасқыны болды.") == [("Екі апта бұрын", "2021-06-01", "2021-06-01", None)]
    assert _dates("Он екі күн бұрын сайлау өтті.") == [("Он екі күн бұрын", "2021-06-03", "2021-06-03", None)]
    assert _dates("Отыз жыл бұрын ел тәуелсіздік алды.") == [("Отыз жыл бұрын", "1991", "1991", None)]
    assert _dates("Үш ғасыр бұрын бұл жерде қала тұрған.") == [("Үш ғасыр бұрын", "1721", "1721", None)]


def test_kazakh_units_before_another_event_are_no_date():
    assert _dates("Тойдан екі апта бұрын ол ауырып қалды.") == []  # two weeks before the wedding
    assert [d[0] for d in _dates("1995 жылдан үш жыл бұрын ол көшіп кетті.")] == ["1995 жылдан"]
    # without a publication date: found, undated
    assert [(s, e, a["undated"]) for s, e, a in find_dates("Үш жыл бұрын ол көшті.", None)] == [(0, 12, True)]


def test_counted_centuries_ago_are_that_many_hundred_years_back():
    # "4 века" was the 4th century (300–399); the words after it were not read
    assert _dates("Крепость построили 4 века назад.") == [("4 века назад", "1621", "1621", None)]
    assert _dates("Монастырь возник три века тому назад.") == [("три века тому назад", "1721", "1721", None)]
    assert _dates("Шесть веков назад здесь построили мост.") == [("Шесть веков назад", "1421", "1421", None)]
    assert _dates("Два столетия назад здесь был лес.") == [("Два столетия назад", "1821", "1821", None)]
    assert _dates("Köprü dört yüzyıl önce yapıldı.") == [("dört yüzyıl önce", "1621", "1621", None)]
    assert _dates("Kale 2 asır evvel yıkıldı.") == [("2 asır evvel", "1821", "1821", None)]


def test_centuries_not_ago_stay_centuries_and_far_counts_give_no_date():
    assert _dates("Крепость построили в 4 веке.") == [("4 веке", "0300", "0399", None)]
    assert _dates("Город появился 12 веков назад.") == []  # 821: before the years a date holds
    assert _dates("Savaştan üç yüzyıl önce kale yıkıldı.") == []  # three centuries before the war


@PROP
@given(st.integers(min_value=1, max_value=60), st.sampled_from(["жыл", "ай", "апта", "күн"]))
def test_any_kazakh_count_of_units_ago_ends_before_the_publication(n, unit):
    found = find_dates(f"Бұл оқиға {n} {unit} бұрын болды.", REFERENCE)
    assert len(found) == 1
    assert found[0][2]["end"] < REFERENCE


# ---------------------------------------------------------------- days listed before the month (Russian, Turkish, Kazakh)
def test_russian_turkish_kazakh_days_listed_before_the_month_are_each_a_date():
    # the last day alone before ("7 апреля"); with a year the first day was lost
    assert _dates("Забастовки прошли 7, 8 и 9 апреля.") == [
        ("7", "2021-04-07", "2021-04-07", None), ("8", "2021-04-08", "2021-04-08", None),
        ("9 апреля", "2021-04-09", "2021-04-09", None)]
    assert _dates("Забастовки прошли 7, 8 и 9 апреля 2019 года.") == [
        ("7", "2019-04-07", "2019-04-07", None), ("8", "2019-04-08", "2019-04-08", None),
        ("9 апреля 2019 года", "2019-04-09", "2019-04-09", None)]
    assert _dates("Матчи сыграют 11 и 14 мая.") == [
        ("11", "2021-05-11", "2021-05-11", None), ("14 мая", "2021-05-14", "2021-05-14", None)]
    assert _dates("Заседания назначены на 2, 3, 4 февраля.") == [
        ("2", "2021-02-02", "2021-02-02", None), ("3", "2021-02-03", "2021-02-03", None),
        ("4 февраля", "2021-02-04", "2021-02-04", None)]
    assert _dates("Grevler 7, 8 ve 9 Nisan'da yapıldı.") == [
        ("7", "2021-04-07", "2021-04-07", None), ("8", "2021-04-08", "2021-04-08", None),
        ("9 Nisan'da", "2021-04-09", "2021-04-09", None)]
    assert _dates("Жиналыс 7 және 9 сәуірде өтті.") == [
        ("7", "2021-04-07", "2021-04-07", None), ("9 сәуірде", "2021-04-09", "2021-04-09", None)]


def test_two_days_between_words_of_a_range_are_a_range():
    # the last day alone before
    assert _dates("Фестиваль пройдёт между 12 и 15 июля.") == [("12 и 15 июля", "2021-07-12", "2021-07-15", None)]
    assert _dates("Festival 12 ve 15 Temmuz arasında yapılacak.") == [
        ("12 ve 15 Temmuz", "2021-07-12", "2021-07-15", None)]


def test_no_days_listed_from_numbers_that_are_none():
    assert _dates("В 7, 8 и 9 классах учатся 90 детей.") == []  # no month: no date, as before
    assert [d[0] for d in _dates("Статья 2, 3 марта вступила в силу.")] == ["3 марта"]  # one comma: no list
    assert [d[0] for d in _dates("Счёт 3:1, 2 марта команда улетела.")] == ["2 марта"]  # a score
    assert [d[0] for d in _dates("Итоги 9 и 4 марта.")] == ["4 марта"]  # days going down: none
    assert [d[0] for d in _dates("Between 1 and 3 March the office was shut.")] == ["1 and 3 March"]  # English, as before


# ---------------------------------------------------------------- weekday ranges: a dash, Russian "с … по …"
def test_a_dash_between_two_weekdays_makes_a_stretch_of_days():
    # the second weekday was lost (a letter or a dash before a weekday was read as a word's inside)
    assert _dates("The festival ran Wednesday-Friday.") == [("Wednesday-Friday", "2021-06-09", "2021-06-11", None)]
    assert _dates("The festival will run Wednesday–Friday.") == [
        ("Wednesday–Friday", "2021-06-16", "2021-06-18", None)]
    assert _dates("Markets were shut Monday-Thursday last week.") == [
        ("Monday-Thursday last week", "2021-06-07", "2021-06-10", None)]


def test_russian_weekday_ranges_in_a_past_or_future_clause():
    # two dates before, the end read before the start ("с понедельника" 14 June, "пятницу" 11 June)
    assert _dates("Школы были закрыты с понедельника по четверг.") == [
        ("с понедельника по четверг", "2021-06-07", "2021-06-10", None)]
    assert _dates("Школы будут закрыты с четверга по субботу.") == [
        ("с четверга по субботу", "2021-06-17", "2021-06-19", None)]


def test_no_weekday_inside_a_word_and_no_stretch_of_a_habit():
    assert _dates("The pre-Monday meeting was cancelled.") == []
    # a habit: no stretch, and its end is no day of its own (the final read: "Shops open Monday-Friday" gave a Friday
    # past, which the base did not); the start stays as the base read it
    assert [d[0] for d in _dates("The library is open Monday-Friday.")] == ["Monday"]
    assert [d[0] for d in _dates("Школы закрыты с понедельника по пятницу.")] == ["с понедельника", "пятницу"]  # as before


# ---------------------------------------------------------------- bounds ahead: "until Friday" in the present, "valid through"
def test_a_weekday_after_until_or_by_in_the_present_is_the_coming_one():
    # the latest Friday before (11 June) was read
    assert _dates("Applications are accepted until Friday.") == [("Friday", "2021-06-18", "2021-06-18", "start")]
    assert _dates("Comments are due by Monday.") == [("Monday", "2021-06-21", "2021-06-21", "start")]
    assert _dates("The gallery is open until Sunday, the owner said.") == [
        ("Sunday", "2021-06-20", "2021-06-20", "start")]
    assert _dates("Приём заявок открыт до пятницы.") == [("до пятницы", "2021-06-18", "2021-06-18", None)]


def test_a_weekday_bound_in_the_past_stays_past():
    assert _dates("Applications were accepted until Friday.") == [("Friday", "2021-06-11", "2021-06-11", "start")]
    assert _dates("The talks dragged on until Monday.") == [("Monday", "2021-06-14", "2021-06-14", "start")]
    assert _dates("It is clear that schools were shut until Friday.") == [("Friday", "2021-06-11", "2021-06-11", "start")]
    assert _dates("Applications are accepted until last Friday.") == [
        ("last Friday", "2021-06-11", "2021-06-11", "start")]


def test_through_after_a_word_of_lasting_is_until():
    # no open side before
    assert _dates("The discount is valid through July 31.") == [("July 31", "2021-07-31", "2021-07-31", "start")]
    assert _dates("The subsidy runs through 2024.") == [("2024", "2024", "2024", "start")]
    assert _dates("The curfew will remain in effect through August.") == [("August", "2021-08", "2021-08", "start")]


def test_through_elsewhere_opens_nothing():
    assert _dates("Exports grew through 2019.") == [("2019", "2019", "2019", None)]
    assert _dates("The tickets are valid from July 1 through July 31.") == [
        ("from July 1 through July 31", "2021-07-01", "2021-07-31", None)]


# ---------------------------------------------------------------- "March the 3rd"
def test_a_month_the_ordinal_day_is_that_day():
    # no date before
    assert _dates("The vote was held on April the 9th.") == [("April the 9th", "2021-04-09", "2021-04-09", None)]
    assert _dates("The vote was held on April the 9th, 2019.") == [
        ("April the 9th, 2019", "2019-04-09", "2019-04-09", None)]
    assert _dates("On October the 2nd we met again.") == [("October the 2nd", "2020-10-02", "2020-10-02", None)]


def test_a_month_before_an_ordinal_of_a_noun_is_no_day():
    assert _dates("In April the 9th regiment withdrew.") == [("April", "2021-04", "2021-04", None)]
    assert _dates("May the 4th be with you.") == []


# ---------------------------------------------------------------- ranges of ordinal days with "the" before the end
def test_ordinal_day_ranges_with_the_before_the_end():
    # the first day alone before ("July 4th"), or the last ("12th of July")
    assert _dates("The fair runs from July 4th to the 8th.") == [("July 4th to the 8th", "2021-07-04", "2021-07-08", None)]
    assert _dates("Between July 4th and the 8th the roads are shut.") == [
        ("July 4th and the 8th", "2021-07-04", "2021-07-08", None)]
    assert _dates("Between the 9th and the 12th of July the roads are shut.") == [
        ("the 9th and the 12th of July", "2021-07-09", "2021-07-12", None)]


def test_no_ordinal_day_range_before_a_noun_or_without_between():
    assert [d[0] for d in _dates("From July 4th to the 8th floor he climbed.")] == ["July 4th"]
    assert [d[0] for d in _dates("It rained on the 9th and the 12th of July.")] == ["9th", "12th of July"]  # a list, as before


# ---------------------------------------------------------------- the review's near misses
def test_through_before_a_possessive_is_no_bound():
    # "through Monday's results": over them, not until Monday (the Monday before, as before; was the coming one)
    assert _dates("Let us walk through Monday's results.") == [("Monday", "2021-06-14", "2021-06-14", None)]
    assert _dates("Staff are working through Friday's backlog.") == [("Friday", "2021-06-11", "2021-06-11", None)]
    assert _dates("The analyst ran through May's figures.") == [("May's", "2021-05", "2021-05", None)]  # not open
    assert _dates("The offer is valid through Friday.") == [("Friday", "2021-06-18", "2021-06-18", "start")]


def test_a_chain_of_three_weekdays_is_a_schedule_not_a_stretch():
    assert [d[0] for d in _dates("The Monday-Wednesday-Friday classes resume.")] == ["Monday"]  # as before


def test_no_day_list_after_a_numbering_word_or_before_a_lower_case_turkish_word():
    assert [d[0] for d in _dates("Пункты 2, 3 и 4 мая утратили силу.")] == ["4 мая"]  # items 2, 3, 4
    assert [d[0] for d in _dates("№ 4, 5 и 6 марта не вышли.")] == ["6 марта"]
    assert [d[0] for d in _dates("Madde 4, 5 ve 6 Mart'ta yürürlüğe girdi.")] == ["6 Mart'ta"]
    # stoves: no list of days ("3 ocak" alone is still read as a date, as the base read it)
    assert [d[0] for d in _dates("Evde 2 ve 3 ocak var.")] == ["3 ocak"]
    assert [d[0] for d in _dates("Toplantı 2 ve 3 Ekim'de yapıldı.")] == ["2", "3 Ekim'de"]  # capital: days
    assert [d[0] for d in _dates("Рейсы 4, 5 и 6 марта отменены.")] == ["4", "5", "6 марта"]  # after a noun: days
