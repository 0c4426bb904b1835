"""A figure's number as a reader of the UI's or the report's language writes it ("9,8" in Russian
and Turkish, "%20" in Turkish); parsing the shown number back with that language gives the value."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.meaning.numbers import decimal_mark, format_figure, format_number, parse_number

ACCELERATION = {"value": 9.8, "unit": "m/s²"}


@pytest.mark.parametrize(("language", "mark"), [("en", "."), ("tr", ","), ("ru", ","), ("kk", ","), ("ru_RU", ","),
                                                ("tr-TR", ","), ("de", "."), ("", ".")])
def test_decimal_mark_per_language(language, mark):
    assert decimal_mark(language) == mark


@pytest.mark.parametrize(("language", "shown"), [("en", "9.8 m/s²"), ("ru", "9,8 m/s²"), ("tr", "9,8 m/s²"),
                                                 ("kk", "9,8 m/s²")])
def test_a_decimal_figure_in_each_language(language, shown):
    assert format_figure(ACCELERATION, language) == shown


def test_english_is_the_default_and_unchanged():
    assert format_figure(ACCELERATION) == "9.8 m/s²"
    assert format_number(1.25) == "1.25"
    assert format_figure({"value": 1300000, "unit": "t"}) == "1 300 000 t"


@pytest.mark.parametrize(("attrs", "ru", "tr"), [
    ({"value": 9.8, "upper": 10.5, "unit": "m/s²"}, "9,8–10,5 m/s²", "9,8–10,5 m/s²"),
    ({"value": 15, "unit": "%", "qualifier": "≤"}, "≤ 15 %", "≤ %15"),
    ({"value": 20, "unit": "%"}, "20 %", "%20"),
    ({"value": 10, "upper": 15.5, "unit": "%"}, "10–15,5 %", "%10–15,5"),
    ({"value": -2.5, "unit": "%"}, "-2,5 %", "-%2,5"),
    ({"value": -40.5, "unit": "°C"}, "-40,5 °C", "-40,5 °C"),
    ({"value": 1300000.25, "unit": "t"}, "1 300 000,25 t", "1 300 000,25 t"),
    ({"value": 4.5e12, "unit": "USD"}, "4 500 000 000 000 USD", "4 500 000 000 000 USD"),
    ({"value": 1e-7, "unit": "m"}, "0,0000001 m", "0,0000001 m"),
    ({"value": 1300000}, "1 300 000", "1 300 000"),
    ({"value": None, "unit": "t"}, "t", "t"),
    ({"value": 3, "unit": "pp"}, "3 pp", "3 pp"),  # percentage points keep their symbol after the number
])
def test_ranges_qualifiers_signs_and_sizes(attrs, ru, tr):
    assert format_figure(attrs, "ru") == ru
    assert format_figure(attrs, "tr") == tr


def test_english_keeps_the_percent_after_the_number():
    assert format_figure({"value": 20, "unit": "%"}, "en") == "20 %"
    assert format_figure({"value": 10, "upper": 15.5, "unit": "%"}, "en") == "10–15.5 %"


def test_odd_attributes_never_raise():
    for attrs in (None, {}, {"value": "x"}, {"value": True}, {"value": float("nan")}, {"value": 1, "unit": 5}):
        assert isinstance(format_figure(attrs, "ru"), str)  # type: ignore[arg-type]


_VALUES = st.one_of(
    st.integers(min_value=-10**15, max_value=10**15),
    st.floats(min_value=-1e15, max_value=1e15, allow_nan=False, allow_infinity=False),
    st.decimals(min_value=-10**12, max_value=10**12, places=4, allow_nan=False, allow_infinity=False),
)


@given(_VALUES, st.sampled_from(["en", "tr", "ru", "kk"]))
def test_the_shown_number_reads_back_as_the_value(value, language):
    """Parsing the shown number with the language's decimal mark gives the value exactly."""
    mark = decimal_mark(language)
    shown = format_number(value, mark)
    exact = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    assert ("." if mark == "," else ",") not in shown  # one mark only: the language's
    assert Decimal(shown.replace(" ", "").replace(mark, ".")) == exact
    # The project's own reader of numbers, told the text's language, reads it back too.
    read = parse_number(shown, continental=mark == ",")
    assert read == exact or (read is None and sum(c.isdigit() for c in shown) > 30)  # it refuses > 30 digits
