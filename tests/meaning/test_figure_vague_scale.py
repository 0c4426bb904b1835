"""Figures, eighth round's differential review: a vague amount before a scale word takes the scale,
and the money or thing after it ("нескольких сотен миллионов долларов" is 300–900 million USD, never
300–900 "миллионов"); a scale word is never the counted thing."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.meaning.meaning_helpers import PROP, attrs_of

_M = 10**6


@pytest.mark.parametrize(
    "text, expected",
    [
        # the reviewer's sentence (NEREL train 217): the low end of "от … до" shares the high end's scale and money
        ("Сборы могут составить от нескольких десятков до нескольких сотен миллионов долларов, предполагают эксперты.",
         [("нескольких десятков", {"value": 30 * _M, "upper": 90 * _M, "unit": "USD", "qualifier": "≈"}),
          ("нескольких сотен миллионов долларов",
           {"value": 300 * _M, "upper": 900 * _M, "unit": "USD", "qualifier": "≈"})]),
        ("Компания потратила несколько сотен миллионов рублей.",
         [("несколько сотен миллионов рублей", {"value": 300 * _M, "upper": 900 * _M, "unit": "RUB", "qualifier": "≈"})]),
        ("Он заработал несколько десятков миллионов рублей.",
         [("несколько десятков миллионов рублей", {"value": 30 * _M, "upper": 90 * _M, "unit": "RUB", "qualifier": "≈"})]),
        ("Пострадали несколько сотен тысяч человек.",
         [("несколько сотен тысяч человек", {"value": 300_000, "upper": 900_000, "unit": "people", "qualifier": "≈"})]),
        ("Ущерб оценивается в сотни миллионов евро.",
         [("сотни миллионов евро", {"value": 200 * _M, "upper": 1000 * _M, "unit": "EUR", "qualifier": "≈"})]),
        ("Şirket birkaç yüz milyon dolar yatırım yaptı.",
         [("birkaç yüz milyon dolar", {"value": 200 * _M, "upper": 500 * _M, "unit": "USD", "qualifier": "≈"})]),
        ("Yüzlerce milyon dolar harcandı.",
         [("Yüzlerce milyon dolar", {"value": 200 * _M, "upper": 1000 * _M, "unit": "USD", "qualifier": "≈"})]),
        ("Şirket birkaç milyon lira kaybetti.",
         [("birkaç milyon lira", {"value": 2 * _M, "upper": 5 * _M, "unit": "TRY", "qualifier": "≈"})]),
        ("Ждали от нескольких десятков до сотен тысяч зрителей.",
         [("нескольких десятков", {"value": 30_000, "upper": 90_000, "unit": "зрителей", "qualifier": "≈"}),
          ("сотен тысяч зрителей", {"value": 200_000, "upper": 1_000_000, "unit": "зрителей", "qualifier": "≈"})]),
        ("Пришли от нескольких десятков до нескольких сотен человек.",
         [("нескольких десятков", {"value": 30, "upper": 90, "unit": "people", "qualifier": "≈"}),
          ("нескольких сотен человек", {"value": 300, "upper": 900, "unit": "people", "qualifier": "≈"})]),
        # no "от … до" range: nothing shared
        ("Он ждал несколько десятков до суда сотни дней.",
         [("несколько десятков", {"value": 30, "upper": 90, "qualifier": "≈"}),
          ("сотни дней", {"value": 200, "upper": 1000, "unit": "d", "qualifier": "≈"})]),
        ("Десятки тысяч жителей вышли на улицы.",
         [("Десятки тысяч жителей", {"value": 20_000, "upper": 100_000, "unit": "жителей", "qualifier": "≈"})]),
        # no scale after: unchanged
        ("Колонна растянулась на несколько сотен метров.",
         [("несколько сотен метров", {"value": 300, "upper": 900, "unit": "m", "qualifier": "≈"})]),
        ("Birkaç bin kişi toplandı.", [("Birkaç bin kişi", {"value": 2000, "upper": 5000, "unit": "people", "qualifier": "≈"})]),
    ],
)
def test_a_vague_amount_takes_the_scale_after_it(text, expected):
    assert attrs_of(text) == expected


@given(st.sampled_from(["несколько", "нескольких"]), st.sampled_from([("десятков", 10), ("сотен", 100)]),
       st.sampled_from([("тысяч", 10**3), ("миллионов", 10**6), ("миллиардов", 10**9)]),
       st.sampled_from([("долларов", "USD"), ("рублей", "RUB"), ("евро", "EUR")]))
@PROP
def test_russian_vague_amount_scale_and_money_property(few, tens, scale, money):
    phrase = f"{few} {tens[0]} {scale[0]} {money[0]}"
    size = tens[1] * scale[1]
    assert attrs_of(f"Речь идёт о {phrase}, сообщили в министерстве.") == [
        (phrase, {"value": 3 * size, "upper": 9 * size, "unit": money[1], "qualifier": "≈"})]


@given(st.sampled_from([("birkaç", 2, 5), ("Birkaç", 2, 5)]), st.sampled_from([("yüz", 100)]),
       st.sampled_from([("milyon", 10**6), ("milyar", 10**9)]),
       st.sampled_from([("dolar", "USD"), ("lira", "TRY"), ("avro", "EUR")]))
@PROP
def test_turkish_vague_amount_scale_and_money_property(few, hundred, scale, money):
    phrase = f"{few[0]} {hundred[0]} {scale[0]} {money[0]}"
    size = hundred[1] * scale[1]
    assert attrs_of(f"{phrase} harcandı.") == [
        (phrase, {"value": few[1] * size, "upper": few[2] * size, "unit": money[1], "qualifier": "≈"})]


def test_a_scale_on_the_next_line_still_multiplies():
    assert attrs_of("Пострадали десятки\nтысяч жителей.") == [
        ("десятки\nтысяч жителей", {"value": 20_000, "upper": 100_000, "unit": "жителей", "qualifier": "≈"})]
