"""Russian news forms of figures added in issue 15's seventh round: "N с половиной" (three and a
half: "три с половиной часа" → 3.5 h, "два с половиной миллиона рублей" → 2 500 000 RUB; it was
1 000 000), "более половины" (> 0.5) and "половину" of a time ("вторую половину дня"), no share."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.meaning.meaning_helpers import PROP, attrs_of


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Совещание шло три с половиной часа.", [("три с половиной часа", {"value": 3.5, "unit": "h"})]),
        ("Он провёл в колонии 5 с половиной лет.", [("5 с половиной лет", {"value": 5.5, "unit": "y"})]),
        ("Ущерб составил два с половиной миллиона рублей.",
         [("два с половиной миллиона рублей", {"value": 2_500_000, "unit": "RUB", "scale": "миллиона"})]),
        ("Пришли около двух с половиной тысяч человек.",
         [("двух с половиной тысяч человек", {"value": 2500, "unit": "people", "scale": "тысяч", "qualifier": "≈"})]),
        ("Цены выросли в два с половиной раза.", [("два с половиной раза", {"value": 2.5, "unit": "times"})]),
        ("Более половины россиян против.", [("половины", {"value": 0.5, "scale": "половины", "qualifier": ">"})]),
        ("Половина жителей уехала.", [("Половина", {"value": 0.5, "scale": "половина"})]),
        # a half of a time or of a thing named, no share
        ("Во вторую половину дня пошёл дождь.", []),
        ("До конца первой половины года.", []),
        ("Эту половину дома продали.", []),
    ],
)
def test_russian_halves(text, expected):
    assert attrs_of(text) == expected


@PROP
@given(st.integers(1, 99), st.sampled_from([("часа", "h"), ("лет", "y"), ("месяца", "mo"), ("суток", "d"), ("минуты", "min")]))
def test_s_polovinoy_property(n, unit):
    word, symbol = unit
    text = f"Это заняло {n} с половиной {word}."
    assert attrs_of(text) == [(f"{n} с половиной {word}", {"value": n + 0.5, "unit": symbol})]
