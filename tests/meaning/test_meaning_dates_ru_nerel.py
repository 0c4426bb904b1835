"""Russian dates found while studying NEREL's dev documents (bench_suggest --study): a month of
the year before, this or the next ("в сентябре прошлого года"), "этого года", "сегодняшний день",
"тому назад", "несколько дней назад", and numbers that are no years ("в 24 года" is an age,
"1535 кроватей" a count).  Sentences are written for these tests (none is from a corpus)."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.meaning.dates import find_dates

REF = datetime.date(2020, 5, 1)


def dates(text: str, reference: datetime.date | None = REF) -> list[tuple[str, object, object, object]]:
    return [(text[s:e], a["start"], a["end"], a["precision"]) for s, e, a in find_dates(text, reference=reference)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Соглашение подписали в сентябре прошлого года.", [("сентябре прошлого года", "2019-09", "2019-09", "month")]),
        ("В феврале этого года цены выросли.", [("феврале этого года", "2020-02", "2020-02", "month")]),
        ("Завод откроют в мае следующего года.", [("мае следующего года", "2021-05", "2021-05", "month")]),
        ("Он лауреат премии этого года.", [("этого года", "2020", "2020", "year")]),
        ("Военные в начале этого года вытеснили боевиков.", [("начале этого года", "2020-01", "2020-04", "month")]),  # its first third
        ("Итоги прошлого года подвели.", [("прошлого года", "2019", "2019", "year")]),
        ("На сегодняшний день выявлено 29 случаев.", [("сегодняшний день", "2020-05-01", "2020-05-01", "day")]),
        ("С сегодняшнего дня все службы работают.", [("сегодняшнего дня", "2020-05-01", "2020-05-01", "day")]),
        ("Три года тому назад компания открыла парк.", [("Три года тому назад", "2017", "2017", "year")]),
        ("Несколько дней назад он сдал тест.", [("Несколько дней назад", "2020-04-22", "2020-04-28", "day")]),
        ("Это подтвердили несколько лет назад.", [("несколько лет назад", "2011", "2017", "year")]),
        ("Сайт перестал обновляться несколько недель назад.",
         [("несколько недель назад", "2020-02-28", "2020-04-10", "day")]),
        ("Об этом писали несколько месяцев назад.", [("несколько месяцев назад", "2019-08", "2020-02", "month")]),
        ("За последние 24 часа у меня поднялась температура.", [("последние 24 часа", "2020-04-30", "2020-05-01", "day")]),
        ("Цены росли за последние пять дней.", [("последние пять дней", "2020-04-27", "2020-05-01", "day")]),
        ("За последний месяц ставки выросли.", [("За последний месяц", "2020-04-02", "2020-05-01", "day")]),
        ("Это был последний месяц беременности.", []),
    ],
)
def test_russian_relative_dates_with_their_intervals(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Он умер от рака в 24 года.", []),  # an age
        ("Умер в 1993 году на 85 году жизни.", [("1993 году", "1993", "1993", "year")]),
        ("По разным данным, власти убили от 200 до 1000 человек.", []),
        ("Больница основана в 1592 году, 1535 кроватей.", [("1592 году", "1592", "1592", "year")]),
        ("Турниры прошли в 2002, 2004, 2008 и 2012 годах.",
         [("2002", "2002", "2002", "year"), ("2004", "2004", "2004", "year"), ("2008", "2008", "2008", "year"),
          ("2012 годах", "2012", "2012", "year")]),
        ("Город основан в 862 году.", [("862 году", "0862", "0862", "year")]),
        ("Крепость стоит с 862 года.", [("862 года", "0862", "2020", "year")]),  # stands since 862: up to now
        # a period whose end is written is no "since": it ends there
        ("Рюрик правил с 862 года по 879 год.", [("с 862 года по 879 год", "0862", "0879", "year")]),
        ("Он жил там с 2010 года до 2015 года.", [("с 2010 года до 2015 года", "2010", "2015", "year")]),
        ("Ему 5 год.", []),
    ],
)
def test_numbers_that_are_ages_or_counts_are_no_russian_years(text, expected):
    assert dates(text) == expected


_MONTHS_PREPOSITIONAL = ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре",
                         "октябре", "ноябре", "декабре"]
_OFFSETS = {"прошлого": -1, "минувшего": -1, "этого": 0, "текущего": 0, "следующего": 1, "будущего": 1}


@given(st.integers(0, 11), st.sampled_from(sorted(_OFFSETS)), st.dates(datetime.date(1990, 1, 1), datetime.date(2090, 1, 1)))
def test_a_month_of_a_relative_year_is_that_month(month, word, reference):
    text = f"Это случилось в {_MONTHS_PREPOSITIONAL[month]} {word} года."
    iso = f"{reference.year + _OFFSETS[word]:04d}-{month + 1:02d}"
    assert dates(text, reference) == [(f"{_MONTHS_PREPOSITIONAL[month]} {word} года", iso, iso, "month")]
    undated = find_dates(text)
    assert len(undated) == 1 and undated[0][2]["undated"] and "publication" in undated[0][2]["reason"]


@given(st.sampled_from(["лет", "месяцев", "недель", "дней"]), st.booleans(),
       st.dates(datetime.date(1990, 1, 1), datetime.date(2090, 1, 1)))
def test_a_few_units_ago_is_three_to_nine_of_them_before_publication(unit, tomu, reference):
    text = f"Это было несколько {unit} {'тому ' if tomu else ''}назад."
    [(_span, start, end, precision)] = dates(text, reference)
    if unit == "лет":
        assert (start, end, precision) == (f"{reference.year - 9:04d}", f"{reference.year - 3:04d}", "year")
    elif unit == "месяцев":
        assert precision == "month" and start < end <= reference.isoformat()[:7]
    else:
        days = 7 if unit == "недель" else 1
        first, last = reference - datetime.timedelta(days=9 * days), reference - datetime.timedelta(days=3 * days)
        assert (start, end, precision) == (first.isoformat(), last.isoformat(), "day")
