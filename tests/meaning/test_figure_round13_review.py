"""Review of the thirteenth round of the figures: sentences the branch read wrongly — a temperature in °С taken for the
"с. ш." of a latitude, a degree range read with a negative high end, Kazakh coordinates, a Russian duration of hours
taken for a time of day, the noun "занятия" taken for a verb of taking time, and "the one percent"."""

import pytest

from desktop.meaning.figures import find_figures


def _figures(text):
    return [(text[a:b], x["value"], x.get("upper"), x["unit"], x.get("qualifier")) for a, b, x in find_figures(text)]


@pytest.mark.parametrize(
    "text, figures",
    [
        # a capital "С" or a word after it: a temperature, not "с. ш."
        ("Было +5°С. Школы закрыты.", [("+5°С", 5, None, "°C", None)]),
        ("Ожидается +3°С шторм.", [("+3°С", 3, None, "°C", None)]),
        ("Днём +25°С, шквалистый ветер.", [("+25°С", 25, None, "°C", None)]),
        # a spaced small "с" that is a preposition: no Celsius
        ("Поверните ручку на 45° с шагом 5°.", [("45°", 45, None, "°", None), ("5°", 5, None, "°", None)]),
        # latitudes and longitudes, Russian and Kazakh: no figure
        ("Город расположен на 43° с.ш.", []),
        ("Остров лежит на 55° с. ш. и 37° в. д.", []),
        ("Алматы 43° с.е. 76° ш.б. орналасқан.", []),
        ("Астана 51° с. е. жатыр.", []),
    ],
)
def test_celsius_and_coordinates_after_the_degree_sign(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        ("Tilt the panel 15°-20°.", [("15°-20°", 15, 20, "°", None)]),
        ("A slope of 5°-10°.", [("5°-10°", 5, 10, "°", None)]),
        ("Rotate the arm 10°–15°.", [("10°–15°", 10, 15, "°", None)]),
        # a minus after a space stays a minus
        ("Ночью температура -7°.", [("-7°", -7, None, "°C", None)]),
    ],
)
def test_a_dash_after_a_degree_is_a_range_not_a_minus(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        ("Подготовка требует до 18 часов работы.", [("18 часов", 18, None, "h", "≤")]),
        ("Врачи дежурят до 16 часов подряд.", [("16 часов", 16, None, "h", "≤")]),
        ("Это до 15 часов езды от столицы.", [("15 часов", 15, None, "h", "≤")]),
        ("Аккумулятор обеспечивает до 22 часов автономной работы.", [("22 часов", 22, None, "h", "≤")]),
        ("Перерыв составит до 14 часов.", [("14 часов", 14, None, "h", "≤")]),
        # the noun "занятия" and "занят" are no verbs of taking time: times of day
        ("Курс длится 36 часов, занятия с 18 часов.", [("36 часов", 36, None, "h", None)]),
        ("Он занят до 18 часов.", []),
        # still times of day
        ("Аптека на углу открыта до 22 часов.", []),
        ("Работы проводятся с 10 часов по московскому времени.", []),
    ],
)
def test_a_russian_duration_of_hours_with_what_is_timed(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        ("We are the one percent.", []),
        ("He is the one percent.", []),
        ("The top one percent own most of it.", [("one percent", 1, None, "%", None)]),
        ("Only one percent of voters came.", [("one percent", 1, None, "%", None)]),
    ],
)
def test_the_one_percent_is_a_class_of_people(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        # an ordinal sign before a name or "de" is no degree
        ("They marched down Avenida 9º de Julio.", []),
        ("The 1º Batallón de Infantería attacked.", []),
        ("The 4° Stormo flew out of Gioia del Colle.", []),
        ("The rally was held on 1° de Mayo square.", []),
        # an angle before a small word stays
        ("Turn the handle 90° to lock it.", [("90°", 90, None, "°", None)]),
        ("It was 45° in the shade.", [("45°", 45, None, "°", None)]),
    ],
)
def test_an_ordinal_sign_before_a_name_is_no_degree(text, figures):
    assert _figures(text) == figures
