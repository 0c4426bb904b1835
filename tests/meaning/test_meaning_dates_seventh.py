"""Dates, seventh round (issue 15): a decade of two digits without "the" or an apostrophe ("90s music",
"the 1980s and 90s", "the fucking 90s") where its context makes it one, and none where it is degrees,
an age or a level; "the following March report" (the report follows, not the month); a day of the month
before, this or after the publication date's ("10-го числа прошлого месяца", "the 10th of last month",
"geçen ayın 10'unda").  Texts written for these tests."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.meaning.dates import find_dates

REF = datetime.date(2025, 10, 15)


def dates(text: str, reference: datetime.date | None = REF) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(text[s:e], a["start"], a["end"], a["precision"]) for s, e, a in find_dates(text, reference)]


# ---------------------------------------------------------------- decades of two digits
@pytest.mark.parametrize(
    "text, expected",
    [
        ("She grew up on 90s music.", [("90s", "1990", "1999", "decade")]),
        ("The shop sells 80s-style jackets.", [("80s", "1980", "1989", "decade")]),
        ("You and your fucking 90s nostalgia.", [("90s", "1990", "1999", "decade")]),
        ("Stop wanting the fucking 90s back.", [("the fucking 90s", "1990", "1999", "decade")]),
        ("Sales rose in the 1980s and 90s.", [("the 1980s", "1980", "1989", "decade"), ("90s", "1990", "1999", "decade")]),
        ("Films of the 1920s and 30s are restored.", [("the 1920s", "1920", "1929", "decade"), ("30s", "1930", "1939", "decade")]),
        ("Prices of the 2010s and 20s differ.", [("the 2010s", "2010", "2019", "decade"), ("20s", "2020", "2029", "decade")]),
        # no decade: an age, degrees, a level, a count
        ("He is in his 90s and still works.", []),
        ("The victims were in their 70s.", []),
        ("Highs will be in the 90s on Friday.", [("on Friday", "2025-10-17", "2025-10-17", "day")]),
        ("Temperatures in the 90s are expected.", []),
        ("Highs in the low 90s are likely.", []),
        ("Temperatures stayed in the upper 80s.", []),
        ("Mortgage rates in the high 70s are rare.", []),
        ("He bowled three 90s in a row.", []),
        ("The 747-400s were retired.", []),
        ("She paid $40s for it.", []),
        # the forms that were already dates stay so
        ("The 90s were good.", [("The 90s", "1990", "1999", "decade")]),
        ("He came back in the '90s.", [("the '90s", "1990", "1999", "decade")]),
    ],
)
def test_two_digit_decades_by_their_context(text: str, expected: list) -> None:
    assert dates(text) == expected


@given(st.integers(3, 9), st.sampled_from(["music", "fashion", "nostalgia", "sitcoms", "kids", "era", "hits"]))
def test_a_two_digit_decade_before_a_noun_of_its_culture(d: int, noun: str) -> None:
    text = f"They loved {d}0s {noun} then."
    assert dates(text) == [(f"{d}0s", f"19{d}0", f"19{d}9", "decade")]


@given(st.integers(1, 8), st.sampled_from([" and ", ", ", " to ", " or ", "–"]), st.sampled_from(["18", "19"]))
def test_a_two_digit_decade_in_a_list_takes_the_century_before_it(d: int, joiner: str, century: str) -> None:
    text = f"Styles of the {century}{d}0s{joiner}{d + 1}0s returned."
    found = dates(text)
    assert (f"{d + 1}0s", f"{century}{d + 1}0", f"{century}{d + 1}9", "decade") in found


@given(st.integers(3, 9), st.sampled_from(["his", "her", "their", "my", "your", "our"]),
       st.sampled_from(["is in", "was in", "died in", "lived into"]))
def test_an_age_in_the_90s_is_no_decade(d: int, possessive: str, verb: str) -> None:
    assert dates(f"The man {verb} {possessive} {d}0s.") == []


@given(st.integers(1, 9), st.sampled_from(["low", "mid", "high", "upper", "lower"]),
       st.sampled_from(["Highs", "Temperatures", "The forecast says", "Lows"]))
def test_degrees_in_the_90s_are_no_decade(d: int, level: str, lead: str) -> None:
    assert dates(f"{lead} will be in the {level} {d}0s.") == []
    assert dates(f"{lead} will be in the {d}0s.") == []


# ---------------------------------------------------------------- "the following March report"
@pytest.mark.parametrize(
    "text, expected",
    [
        # the report follows: March keeps its anchor's year
        ("In March 2019 the plan began. The following March report showed sales fell.",
         [("March 2019", "2019-03", "2019-03", "month"), ("March", "2019-03", "2019-03", "month")]),
        ("The board met in June 2018; the following June meeting was cancelled.",
         [("June 2018", "2018-06", "2018-06", "month"), ("June", "2018-06", "2018-06", "month")]),
        # the month follows: the next one
        ("In March 2019 the plan began. The following March he resigned.",
         [("March 2019", "2019-03", "2019-03", "month"), ("March", "2020-03", "2020-03", "month")]),
        ("In March 2019 the plan began. The following March, the board met.",
         [("March 2019", "2019-03", "2019-03", "month"), ("March", "2020-03", "2020-03", "month")]),
        ("The plant closed in October 2019 and reopened the following February.",
         [("October 2019", "2019-10", "2019-10", "month"), ("February", "2020-02", "2020-02", "month")]),
    ],
)
def test_following_is_said_of_the_month_not_of_its_noun(text: str, expected: list) -> None:
    assert dates(text) == expected


# ---------------------------------------------------------------- a day of a relative month
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Он получил деньги 10-го числа прошлого месяца.", [("10-го числа прошлого месяца", "2025-09-10", "2025-09-10", "day")]),
        ("Он получил деньги 10 числа прошлого месяца.", [("10 числа прошлого месяца", "2025-09-10", "2025-09-10", "day")]),
        ("Собрание пройдёт 3-го числа следующего месяца.", [("3-го числа следующего месяца", "2025-11-03", "2025-11-03", "day")]),
        ("Выплата пришла 1-го числа этого месяца.", [("1-го числа этого месяца", "2025-10-01", "2025-10-01", "day")]),
        ("He was paid on the 10th of last month.", [("the 10th of last month", "2025-09-10", "2025-09-10", "day")]),
        ("The vote is on the 3rd of next month.", [("the 3rd of next month", "2025-11-03", "2025-11-03", "day")]),
        ("Geçen ayın 10'unda ödeme yapıldı.", [("Geçen ayın 10'unda", "2025-09-10", "2025-09-10", "day")]),
        ("Gelecek ayın 20'sinde seçim var.", [("Gelecek ayın 20'sinde", "2025-11-20", "2025-11-20", "day")]),
        # no 31 November: the month alone
        ("He will be paid on the 31st of next month.", [("next month", "2025-11", "2025-11", "month")]),
        # "числа" of other things: no day
        ("Из числа прошлого месяца участников ушли трое.", [("прошлого месяца", "2025-09", "2025-09", "month")]),
    ],
)
def test_a_day_of_a_relative_month(text: str, expected: list) -> None:
    assert dates(text) == expected


def test_a_day_of_a_relative_month_needs_the_publication_date() -> None:
    (found,) = find_dates("He was paid on the 10th of last month.", None)
    assert found[2]["undated"] is True


@given(st.dates(datetime.date(1990, 1, 1), datetime.date(2040, 12, 31)), st.integers(1, 28),
       st.sampled_from([("прошлого", -1), ("этого", 0), ("следующего", 1), ("минувшего", -1), ("будущего", 1)]),
       st.sampled_from(["-го", "", "-е"]))
def test_russian_day_of_a_relative_month_property(ref: datetime.date, day: int, rel: tuple[str, int], ending: str) -> None:
    total = ref.year * 12 + ref.month - 1 + rel[1]
    expected = datetime.date(total // 12, total % 12 + 1, day).isoformat()
    text = f"Это случилось {day}{ending} числа {rel[0]} месяца."
    assert dates(text, ref) == [(f"{day}{ending} числа {rel[0]} месяца", expected, expected, "day")]


@given(st.dates(datetime.date(1990, 1, 1), datetime.date(2040, 12, 31)), st.integers(1, 28),
       st.sampled_from([("last", -1), ("this", 0), ("next", 1)]))
def test_english_day_of_a_relative_month_property(ref: datetime.date, day: int, rel: tuple[str, int]) -> None:
    total = ref.year * 12 + ref.month - 1 + rel[1]
    expected = datetime.date(total // 12, total % 12 + 1, day).isoformat()
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(day, "th")
    phrase = f"the {day}{suffix} of {rel[0]} month"
    assert dates(f"It happened on {phrase}.", ref) == [(phrase, expected, expected, "day")]


# ---------------------------------------------------------------- "this past year", "last year's Christmas"
@pytest.mark.parametrize(
    "text, expected",
    [
        # "this past / this last year (month)": as "the past year (month)", the days up to publication
        ("Sales rose this past year.", [("this past year", "2024-10-16", "2025-10-15", "day")]),
        ("The novel was released this last year.", [("this last year", "2024-10-16", "2025-10-15", "day")]),
        ("This past month was hard.", [("This past month", "2025-09-16", "2025-10-15", "day")]),
        # the latest season, month or holiday gone
        ("We met this past summer.", [("this past summer", "2025-06", "2025-08", "month")]),
        ("It snowed this past January.", [("this past January", "2025-01", "2025-01", "month")]),
        ("We met this past November.", [("this past November", "2024-11", "2024-11", "month")]),
        ("This past Christmas was quiet.", [("This past Christmas", "2024-12-25", "2024-12-25", "day")]),
        # a holiday of a year relative to publication
        ("Sales beat last year's Christmas.", [("last year's Christmas", "2024-12-25", "2024-12-25", "day")]),
        ("I bought it last year Halloween.", [("last year Halloween", "2024-10-31", "2024-10-31", "day")]),
        ("Next year's Easter falls early.", [("Next year's Easter", "2026-04-05", "2026-04-05", "day")]),
        ("This year's New Year's Eve party was loud.", [("This year's New Year's Eve", "2025-12-31", "2025-12-31", "day")]),
        # no holiday: "last year's Christmas tree" is a tree
        ("Last year's Christmas tree was tall.", [("Last year", "2024", "2024", "year")]),
        # "this past week" stays the calendar week before
        ("This past week was hard.", [("This past week", "2025-10-06", "2025-10-12", "day")]),
    ],
)
def test_this_past_and_a_holiday_of_a_relative_year(text: str, expected: list) -> None:
    assert dates(text) == expected


@given(st.dates(datetime.date(1990, 1, 1), datetime.date(2040, 12, 31)),
       st.sampled_from([("Christmas", 12, 25), ("Halloween", 10, 31), ("New Year's Day", 1, 1), ("Valentine's Day", 2, 14)]),
       st.sampled_from([("last", -1), ("this", 0), ("next", 1)]), st.sampled_from(["'s", "’s", ""]))
def test_a_holiday_of_a_relative_year_property(ref: datetime.date, holiday: tuple[str, int, int], rel: tuple[str, int],
                                               s: str) -> None:
    phrase = f"{rel[0]} year{s} {holiday[0]}"
    day = datetime.date(ref.year + rel[1], holiday[1], holiday[2]).isoformat()
    assert dates(f"They met on {phrase}.", ref) == [(phrase, day, day, "day")]


@given(st.dates(datetime.date(1990, 1, 1), datetime.date(2040, 12, 31)), st.sampled_from(range(1, 13)))
def test_this_past_month_name_is_last_month_name(ref: datetime.date, month: int) -> None:
    name = datetime.date(2000, month, 1).strftime("%B")
    assert [d[1:] for d in dates(f"It rained this past {name}.", ref)] == [d[1:] for d in dates(f"It rained last {name}.", ref)]


# ---------------------------------------------------------------- a quotation between two paragraphs of a narrative
def test_a_quoted_paragraph_does_not_end_the_narrative() -> None:
    text = ("He died on 31 May 1832. His last words to his brother were:\n"
            "“Do not cry, Alfred!”\n(Ne pleure pas, Alfred!)\nOn 2 June, he was buried in a common grave.")
    assert dates(text)[-1] == ("2 June", "1832-06-02", "1832-06-02", "day")
    # a paragraph of the narrator's own between them ends it: the publication year
    plain = ("He died on 31 May 1832. His last words to his brother were short.\n"
             "Nobody wrote them down.\nOn 2 June, he was buried in a common grave.")
    assert dates(plain)[-1] == ("2 June", "2025-06-02", "2025-06-02", "day")


# ---------------------------------------------------------------- a month of a year before 1000
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jerome arrived in Rome in December of 384.", [("December of 384", "0384-12", "0384-12", "month")]),
        ("Rome fell in August of 410, when Alaric entered.", [("August of 410", "0410-08", "0410-08", "month")]),
        # counts, not years
        ("The Long March of 300 soldiers began.", []),
        ("In May of 300 people, only ten voted.", [("May", "2025-05", "2025-05", "month")]),
        ("He paid in March of 200 dollars.", [("March", "2025-03", "2025-03", "month")]),
    ],
)
def test_a_month_of_a_year_before_1000(text: str, expected: list) -> None:
    assert dates(text) == expected


@given(st.integers(100, 999), st.sampled_from(range(1, 13)))
def test_a_month_of_a_year_before_1000_property(year: int, month: int) -> None:
    name = datetime.date(2000, month, 1).strftime("%B")
    iso = f"{year:04d}-{month:02d}"
    assert dates(f"It happened in {name} of {year}.") == [(f"{name} of {year}", iso, iso, "month")]


# ---------------------------------------------------------------- Russian: days in words, nights, genitive months, the past century
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Пятого сентября ему исполнилось 80 лет.", [("Пятого сентября", "2025-09-05", "2025-09-05", "day")]),
        ("Он остаётся главой правительства до четвертого октября.", [("четвертого октября", "2025-10-04", "2025-10-04", "day")]),
        ("Двадцать пятого декабря 2010 года он умер.",
         [("Двадцать пятого декабря 2010 года", "2010-12-25", "2010-12-25", "day")]),
        ("Тридцать первого декабря 2019 года был праздник.",
         [("Тридцать первого декабря 2019 года", "2019-12-31", "2019-12-31", "day")]),
        # no such day: the month and year alone; no ordinal of a month: none
        ("Тридцать первого ноября 2019 года не было.", [("ноября 2019 года", "2019-11", "2019-11", "month")]),
        ("Пятого числа он ушёл.", []),
        # a night: both days
        ("В ночь с 14 на 15 января 2019 года шёл снег.",
         [("В ночь с 14 на 15 января 2019 года", "2019-01-14", "2019-01-15", "day")]),
        ("В ночь со 2-го на 3-е ноября 2020 года начался шторм.",
         [("В ночь со 2-го на 3-е ноября 2020 года", "2020-11-02", "2020-11-03", "day")]),
        # moved from one day to another: two dates, no night
        ("Заседание перенесли с 2 на 5 ноября.", [("5 ноября", "2025-11-05", "2025-11-05", "day")]),
        # a month in the genitive in lower case, or after "на": the month
        ("Это одно из событий мая в Северодвинске.", [("мая", "2025-05", "2025-05", "month")]),
        ("Итоги марта оказались хорошими.", [("марта", "2025-03", "2025-03", "month")]),
        ("Съёмки запланированы на август.", [("август", "2025-08", "2025-08", "month")]),
        # a name
        ("Мая Плисецкая танцевала.", []),
        ("Он поставил на Марта.", []),
        # the hundred years up to publication
        ("Это рекорд за последнее столетие.", [("последнее столетие", "1925", "2025", "year")]),
        ("Это рекорд за последний век.", [("последний век", "1925", "2025", "year")]),
        ("Prices rose over the past century.", [("the past century", "1925", "2025", "year")]),
        # "в последний век" of an empire is not the hundred years up to now
        ("В последний век империи всё изменилось.", []),
        ("Свыше 28 последних лет вождь правил.", [("28 последних лет", "1997-10-16", "2025-10-15", "day")]),
    ],
)
def test_russian_days_in_words_nights_and_months(text: str, expected: list) -> None:
    assert dates(text) == expected


_RU_ORDINALS = ["первого", "второго", "третьего", "четвёртого", "пятого", "шестого", "седьмого", "восьмого", "девятого",
                "десятого", "одиннадцатого", "двенадцатого", "тринадцатого", "четырнадцатого", "пятнадцатого",
                "шестнадцатого", "семнадцатого", "восемнадцатого", "девятнадцатого", "двадцатого"]
_RU_GENITIVE_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
                       "ноября", "декабря"]


@given(st.integers(1, 28), st.integers(1, 12), st.integers(1000, 2100))
def test_russian_day_in_words_property(day: int, month: int, year: int) -> None:
    word = _RU_ORDINALS[day - 1] if day <= 20 else f"двадцать {_RU_ORDINALS[day - 21]}"
    phrase = f"{word} {_RU_GENITIVE_MONTHS[month - 1]} {year} года"
    iso = datetime.date(year, month, day).isoformat()
    assert dates(f"Это было {phrase}.") == [(phrase, iso, iso, "day")]


@given(st.integers(1, 27), st.integers(1, 12), st.integers(1990, 2030), st.sampled_from(["с", "со"]),
       st.sampled_from([("", ""), ("-го", "-е")]))
def test_russian_night_property(day: int, month: int, year: int, prep: str, endings: tuple[str, str]) -> None:
    phrase = f"в ночь {prep} {day}{endings[0]} на {day + 1}{endings[1]} {_RU_GENITIVE_MONTHS[month - 1]} {year} года"
    first, second = datetime.date(year, month, day).isoformat(), datetime.date(year, month, day + 1).isoformat()
    assert dates(f"Шторм начался {phrase}.") == [(phrase, first, second, "day")]


# ---------------------------------------------------------------- a hostile reading: news sentences where the new forms must not fire
@pytest.mark.parametrize(
    "text, expected",
    [
        # a decade of two digits alone: an age, degrees, banknotes, scores
        ("Players in their 20s hit the market hard.", []),
        ("A man in his 30s shows signs of stress.", []),
        ("Police seized the remaining 20s from the till.", []),
        ("He shot 70s in all four rounds.", []),
        ("The city baked in the humid 90s all week.", []),
        ("Highs in the 90s rock the region this week.", [("this week", "2025-10-13", "2025-10-19", "day")]),
        ("It felt like the Roaring 20s again.", [("the Roaring 20s", "1920", "1929", "decade")]),
        # "the following March": the month keeps its anchor's year before a noun of its own
        ("In March 2019 the plan began. The following March figures were revised.",
         [("March 2019", "2019-03", "2019-03", "month"), ("March", "2019-03", "2019-03", "month")]),
        # a day of a relative month: no digits, no month, no locative
        ("Из числа прошлого месяца участников ушли трое.", [("прошлого месяца", "2025-09", "2025-09", "month")]),
        ("He finished 10th of 40 last month.", [("last month", "2025-09", "2025-09", "month")]),
        ("Geçen ayın 10'u kadar satış yapıldı.", [("Geçen ayın", "2025-09", "2025-09", "month")]),
        # "this past": no unit, a title
        ("This past is not forgotten.", []),
        ("Next year's Easter eggs are already in the shops.", [("Next year", "2026", "2026", "year")]),
        ("Last year's Christmas tree was tall.", [("Last year", "2024", "2024", "year")]),
        # a month of a year before 1000: a march, a count, before the era
        ("A March of 500 in Cairo was dispersed.", []),
        ("The March of 300 veterans ended in Rome.", []),
        ("The May of 200 BC was dry.", [("200 BC", None, None, None)]),
        # Russian: a day in words needs a month in the genitive; a night needs "в ночь" and two days in a row
        ("Ученики пятого класса вышли на улицу.", []),
        ("Второго шанса не будет.", []),
        ("В ночь с 2 на 4 ноября шёл дождь.", [("4 ноября", "2024-11-04", "2024-11-04", "day")]),
        # the past century / N last years of something else
        ("За последнее столетие существования империи всё изменилось.", []),
        ("Он правил 28 последних лет своей жизни.", []),
        ("Rome lost most of it over the past century of its rule.", []),
    ],
)
def test_news_sentences_where_the_new_forms_do_not_fire(text: str, expected: list) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Известны его фильмы «Музыка для декабря» и «Женская роль».", "Он снимал «Дядя Ваня», «31 июня», «Десять негритят»."],
)
def test_a_genitive_month_in_a_title_is_none(text: str) -> None:
    assert dates(text) == []


# ---------------------------------------------------------------- "the past century": the hundred years "over" it, else the calendar century before
@pytest.mark.parametrize(
    "text, expected",
    [
        ("It was built in the last century.", [("the last century", "1900", "1999", "year")]),
        ("Germany destroyed Russia twice in the history of the past century.", [("the past century", "1900", "1999", "year")]),
        ("Prices rose over the last century.", [("the last century", "1925", "2025", "year")]),
        ("The last century of the empire was calm.", []),
    ],
)
def test_the_past_century(text: str, expected: list) -> None:
    assert dates(text) == expected


@given(st.dates(datetime.date(1100, 1, 1), datetime.date(2150, 12, 31)), st.sampled_from(["past", "last"]))
def test_the_past_century_property(ref: datetime.date, word: str) -> None:
    before = (ref.year // 100 - 1) * 100
    assert dates(f"It was built in the {word} century.", ref) == [
        (f"the {word} century", f"{before:04d}", f"{before + 99:04d}", "year")]
    assert dates(f"Prices rose over the {word} century.", ref) == [
        (f"the {word} century", f"{ref.year - 100:04d}", f"{ref.year:04d}", "year")]


# ---------------------------------------------------------------- Turkish two-digit decades and their parts
@pytest.mark.parametrize(
    "text, expected",
    [
        ("90'larda rock grubu kurdu.", [("90'larda", "1990", "1999", "decade")]),
        ("90larda rock grubu kurdu.", [("90larda", "1990", "1999", "decade")]),
        ("70'lerdeki müzik güzeldi.", [("70'lerdeki", "1970", "1979", "decade")]),
        ("90'ların ortasında büyüdü.", [("90'ların ortasında", "1993", "1997", "year")]),
        ("80'lerin sonunda göç etti.", [("80'lerin sonunda", "1985", "1989", "year")]),
        ("1990'ların başında büyüdü.", [("1990'ların başında", "1990", "1994", "year")]),
        # an age (a possessive), degrees: none
        ("60'larında bir adam geldi.", []),
        ("Hava sıcaklığı 30'larda seyredecek.", []),
    ],
)
def test_turkish_two_digit_decades(text: str, expected: list) -> None:
    assert dates(text) == expected


_TR_PARTS = {"early": ["başında", "başından", "başına", "başlarında", "başlarından", "başlarına"],
             "mid": ["ortasında", "ortasından", "ortasına", "ortalarında", "ortalarından", "ortalarına"],
             "late": ["sonunda", "sonundan", "sonuna", "sonlarında", "sonlarından", "sonlarına"]}


@given(st.integers(3, 9), st.sampled_from(["early", "mid", "late"]), st.integers(0, 5), st.sampled_from(["'", "’", ""]))
def test_turkish_decade_parts_property(d: int, part: str, case: int, apostrophe: str) -> None:
    # otuz, kırk, altmış, doksan take back vowels ("90'ların"); elli, yetmiş, seksen front ones ("80'lerin")
    suffix = "ların" if d in (3, 4, 6, 9) else "lerin"
    phrase = f"{d}0{apostrophe}{suffix} {_TR_PARTS[part][case]}"
    first = 1900 + d * 10 + {"early": 0, "mid": 3, "late": 5}[part]
    assert dates(f"Kent {phrase} büyüdü.") == [(phrase, f"{first}", f"{first + 4}", "year")]


# ---------------------------------------------------------------- Russian centuries in words
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Это было в двадцатом веке.", [("двадцатом веке", "1900", "1999", "year")]),
        ("В конце девятнадцатого столетия всё изменилось.", [("конце девятнадцатого столетия", "1875", "1899", "year")]),
        ("Двадцать первый век начался.", [("Двадцать первый век", "2000", "2099", "year")]),
        ("Он одна из фигур Азии в двадцатом и двадцать первом столетиях.",
         [("двадцатом и двадцать первом столетиях", "1900", "2099", "year")]),
        ("Это памятник третьего века.", [("третьего века", "0200", "0299", "year")]),
        # before the era: undated, with the reason; a count of centuries: none
        ("В четвёртом веке до н. э. всё было иначе.", [("четвёртом веке", None, None, None)]),
        ("Династия правит пятый век подряд.", []),
    ],
)
def test_russian_centuries_in_words(text: str, expected: list) -> None:
    assert dates(text) == expected


_RU_CENTURY_ORDINALS = ["первом", "втором", "третьем", "четвёртом", "пятом", "шестом", "седьмом", "восьмом", "девятом",
                        "десятом", "одиннадцатом", "двенадцатом", "тринадцатом", "четырнадцатом", "пятнадцатом",
                        "шестнадцатом", "семнадцатом", "восемнадцатом", "девятнадцатом", "двадцатом", "двадцать первом"]


@given(st.integers(11, 21), st.sampled_from(["веке", "столетии"]))
def test_russian_century_in_words_property(n: int, noun: str) -> None:
    phrase = f"{_RU_CENTURY_ORDINALS[n - 1]} {noun}"
    assert dates(f"Это случилось в {phrase}.") == [(phrase, f"{(n - 1) * 100}", f"{(n - 1) * 100 + 99}", "year")]


# ---------------------------------------------------------------- "N years back" and abbreviated weekdays (GUM train's uncovered dates)
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ten years back, the town was poor.", [("Ten years back", "2015", "2015", "year")]),
        ("I moved here a couple of years back.", [("a couple of years back", "2023", "2023", "year")]),
        ("A few years back we met.", [("A few years back", "2020", "2023", "year")]),
        ("He left three months back.", [("three months back", "2025-07", "2025-07", "month")]),
        # moved back, a direction: no date
        ("The fire set the project two years back.", []),
        ("The plan put us a decade back.", []),
        ("It took us ten years back in time.", []),
        ("Two years back to the day, he left.", []),
        # "on Tues.", "last Fri.": the weekday; not "The Sun.", "he sat."
        ("The vote was held on Tues. in the capital.", [("on Tues.", "2025-10-14", "2025-10-14", "day")]),
        ("The count will end on Thurs. evening.", [("on Thurs.", "2025-10-16", "2025-10-16", "day")]),
        ("He resigned last Fri. after the vote.", [("last Fri.", "2025-10-10", "2025-10-10", "day")]),
        ("He read The Sun. Then he sat.", []),
        ("Mon. Tues. and Wed. are listed.", []),
    ],
)
def test_years_back_and_abbreviated_weekdays(text: str, expected: list) -> None:
    assert dates(text) == expected


@given(st.integers(2, 40), st.sampled_from([("years", "year"), ("months", "month")]))
def test_n_units_back_is_n_units_ago_property(n: int, unit: tuple[str, str]) -> None:
    back = dates(f"{n} {unit[0]} back, the plant closed.")
    ago = dates(f"{n} {unit[0]} ago, the plant closed.")
    assert [d[1:] for d in back] == [d[1:] for d in ago] and back[0][0] == f"{n} {unit[0]} back"


@pytest.mark.parametrize(
    "text, expected",
    [
        # "this Saturday" (English): that day of the publication's week, unless the clause's tense says it is the
        # one before or after (15 October 2025 is a Wednesday; a review showed "happened this Sunday" on a Monday)
        ("We meet this Sat. at noon.", [("this Sat.", "2025-10-18", "2025-10-18", "day")]),
        ("This Saturday the vote was cancelled.", [("This Saturday", "2025-10-11", "2025-10-11", "day")]),
        ("The strike began this Monday.", [("this Monday", "2025-10-13", "2025-10-13", "day")]),
    ],
)
def test_this_weekday_is_the_day_of_the_publication_week(text: str, expected: list) -> None:
    assert dates(text) == expected


@given(st.dates(datetime.date(1990, 1, 1), datetime.date(2040, 12, 31)), st.integers(0, 6))
def test_this_weekday_property(ref: datetime.date, wd: int) -> None:
    name = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][wd]
    week = wd - ref.weekday()
    day = (ref + datetime.timedelta(days=week)).isoformat()
    assert dates(f"We meet this {name} at noon.", ref) == [(f"this {name}", day, day, "day")]
    past = (ref + datetime.timedelta(days=week - 7 if week > 0 else week)).isoformat()
    assert dates(f"They said this {name} was hard.", ref) == [(f"this {name}", past, past, "day")]
    future = (ref + datetime.timedelta(days=week + 7 if week < 0 else week)).isoformat()
    assert dates(f"They will vote this {name}.", ref) == [(f"this {name}", future, future, "day")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Вечером субботы прошёл митинг.", [("Вечером субботы", "2025-10-11", "2025-10-11", "day")]),
        ("Утром пятницы он ушёл.", [("Утром пятницы", "2025-10-10", "2025-10-10", "day")]),
        # every week: none
        ("Он приходил каждый вечер пятницы.", []),
        ("Каждое утро понедельника начинается с планёрки.", []),
    ],
)
def test_russian_part_of_a_day_and_a_weekday(text: str, expected: list) -> None:
    assert dates(text) == expected


# ---------------------------------------------------------------- news forms written for the tests
@pytest.mark.parametrize(
    "text, expected",
    [
        # 15 October 2025 is a Wednesday
        ("It happened the week before last.", [("the week before last", "2025-09-29", "2025-10-05", "day")]),
        ("They meet the week after next.", [("the week after next", "2025-10-27", "2025-11-02", "day")]),
        ("They met the weekend before last.", [("the weekend before last", "2025-10-04", "2025-10-05", "day")]),
        ("The talks resume two weeks from now.", [("two weeks from now", "2025-10-29", "2025-10-29", "day")]),
        ("The talks resume in two weeks' time.", [("two weeks' time", "2025-10-29", "2025-10-29", "day")]),
        ("Ten years from now it will be different.", [("Ten years from now", "2035", "2035", "year")]),
        ("The plant opened a century ago.", [("a century ago", "1925", "1925", "year")]),
        ("A few centuries ago the town was founded.", [("A few centuries ago", "1525", "1825", "year")]),
        ("By the end of the decade, coal will be gone.", [("the end of the decade", "2029-12-31", "2029-12-31", "day")]),
        ("Profits will rise by year-end.", [("year-end", "2025-12-31", "2025-12-31", "day")]),
        # not so: another decade written before it, a year-end of something, time in another sense
        ("In 1995 he said by the end of the decade coal would go.", [("1995", "1995", "1995", "year")]),
        ("The year-end results were good.", []),
        ("Bonuses are paid at year-end bonus time.", []),
        ("He served two years' time in prison.", []),
    ],
)
def test_news_forms_of_weeks_centuries_and_ends(text: str, expected: list) -> None:
    assert dates(text) == expected


@given(st.dates(datetime.date(1990, 1, 1), datetime.date(2040, 12, 31)), st.integers(1, 30),
       st.sampled_from(["days", "weeks", "months", "years"]))
def test_from_now_mirrors_ago_property(ref: datetime.date, n: int, unit: str) -> None:
    ahead = dates(f"It ends {n} {unit} from now.", ref)[0]
    back = dates(f"It began {n} {unit} ago.", ref)[0]
    assert ahead[3] == back[3]
    if unit == "years":
        assert int(ahead[1]) - ref.year == ref.year - int(back[1]) == n
    elif unit == "months":
        assert (int(ahead[1][:4]) * 12 + int(ahead[1][5:7])) - (ref.year * 12 + ref.month) == n
    else:
        days = n * (7 if unit == "weeks" else 1)
        assert datetime.date.fromisoformat(ahead[1]) - ref == datetime.timedelta(days=days)


# ---------------------------------------------------------------- a second hostile reading
@pytest.mark.parametrize(
    "text, expected",
    [
        # a weekday before a name's word
        ("He wrote in this Sunday Times article that prices rose.", []),
        ("It aired on Friday Night Lights.", []),
        ("The festival was off to a bright start on Saturday Night as crowds came.",
         [("on Saturday", "2025-10-11", "2025-10-11", "day")]),
        ("On Monday President Biden spoke.", [("On Monday", "2025-10-13", "2025-10-13", "day")]),
        # "the week before last year's election": an event of last year
        ("It was the week before last year's election.", [("last year", "2024", "2024", "year")]),
        # levels after a price, not decades
        ("Fiyatlar 30'lardan 40'lara çıktı.", []),
        ("Faiz oranı 40'larda seyrediyor.", []),
        # the last years of something else
        ("За 5 последних лет войны погибли тысячи.", []),
        ("За 28 последних лет жизни он написал три книги.", []),
        ("За 28 последних лет цены выросли.", [("28 последних лет", "1997-10-16", "2025-10-15", "day")]),
        # a night needs "в ночь" and two days in a row
        ("Матч перенесли со 2 на 3 ноября.", [("3 ноября", "2025-11-03", "2025-11-03", "day")]),
        ("В ночь на 3 ноября шёл дождь.", [("3 ноября", "2024-11-03", "2024-11-03", "day")]),
        # a weekday abbreviated without "on", "this", "last" or "next"
        ("Open Mon.–Fri. from nine.", []),
    ],
)
def test_a_second_hostile_reading(text: str, expected: list) -> None:
    assert dates(text) == expected
