"""Fifteenth round of the figure values (issue 15): qualifiers and values that were wrong, each from sentences written
for the round — "on binde 3" (per ten thousand, was read per mille), "not over 50" (was more than), "не больше чем в 2
раза" (had no bound), "yüzde ellinin altında" (had no "<"), a year after a word of time before "to" ("by the end of 2020
to 5,000 tonnes" was a range 2020–5 000 t), "just shy of", "upward of", "no longer than", "higher than", and the minus
before a Turkish percent sign ("-%3,5")."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.meaning.figures import find_figures
from tests.meaning.meaning_helpers import PROP


def _figures(text):
    return [(text[a:b], x["value"], x.get("upper"), x["unit"], x.get("qualifier")) for a, b, x in find_figures(text)]


@pytest.mark.parametrize(
    "text, figures",
    [
        # per mille is tenths of a percent; "on binde" is per ten thousand, "yüz binde" per hundred thousand
        ("Kusurlu ürün oranı binde 4 olarak açıklandı.", [("binde 4", 0.4, None, "%", None)]),
        ("Trafik kazalarının on binde 6'sı ölümlü.", [("on binde 6", 0.06, None, "%", None)]),
        ("Aşının yan etkisi yüz binde 2 oranında görüldü.", [("yüz binde 2", 0.002, None, "%", None)]),
        ("Fire oranı on binde 2,5 düzeyinde kaldı.", [("on binde 2,5", 0.025, None, "%", None)]),
    ],
)
def test_per_mille_and_per_ten_thousand(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        ("The hall was not over 70 people full.", [("70 people", 70, None, "people", "≤")]),
        ("Turnout was never above 35 percent.", [("35 percent", 35, None, "%", "≤")]),
        ("The night was not below 12 degrees.", [("12 degrees", 12, None, "°", "≥")]),
        ("The wait was no longer than 25 minutes.", [("25 minutes", 25, None, "min", "≤")]),
        ("The fence is no lower than 2 metres.", [("2 metres", 2, None, "m", "≥")]),
        ("The tower stands just shy of 240 metres.", [("240 metres", 240, None, "m", "<")]),
        ("The repairs cost upward of $4 million.", [("$4 million", 4_000_000, None, "USD", ">")]),
        ("Fares were higher than 6 dollars.", [("6 dollars", 6, None, "USD", ">")]),
        ("The dam is taller than 90 metres, and the flood was lower than 3 metres.",
         [("90 metres", 90, None, "m", ">"), ("3 metres", 3, None, "m", "<")]),
        # without the negation the bound is as before
        ("The hall held over 70 people.", [("70 people", 70, None, "people", ">")]),
    ],
)
def test_english_bounds(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        ("Тарифы выросли не больше чем в 3 раза.", [("3 раза", 3, None, "times", "≤")]),
        ("Долг сократился не менее чем в 4 раза.", [("4 раза", 4, None, "times", "≥")]),
        ("Продажи выросли более чем в 5 раз.", [("5 раз", 5, None, "times", ">")]),
        ("Школа находится менее чем в 2 км от дома.", [("2 км", 2, None, "km", "<")]),
        # "в N раз" without a bound stays bare
        ("Продажи выросли в 5 раз.", [("5 раз", 5, None, "times", None)]),
    ],
)
def test_russian_bounds_before_v_n_raz(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        ("Oy oranı yüzde otuzun altında kaldı.", [("yüzde otuz", 30, None, "%", "<")]),
        ("İşsizlik %9'un altında seyretti.", [("%9", 9, None, "%", "<")]),
        ("Kira 4 bin liranın altında değil.", [("4 bin lira", 4000, None, "TRY", "≥")]),
        # without the genitive "altında" is a place below: a depth, no bound
        ("Enkaz denizin 30 metre altında bulundu.", [("30 metre", 30, None, "m", None)]),
    ],
)
def test_turkish_under_after_the_genitive(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        ("Output fell by the end of 2021 to 7,500 tonnes.", [("7,500 tonnes", 7500, None, "t", None)]),
        ("Sales climbed in 2018 to 4000 units.", [("4000 units", 4000, None, "units", None)]),
        ("Imports rose since 2016 to 9,000 barrels.", [("9,000 barrels", 9000, None, "bbl", None)]),
        ("Staff numbers swelled in 2017 to 4000 workers.", [("4000 workers", 4000, None, "workers", None)]),
        # a number after "from", "between", or "in" with no verb of change before it is still a low end
        ("Harvests ranged from 2000 to 6,000 tonnes.", [("2000 to 6,000 tonnes", 2000, 6000, "t", None)]),
        ("Water returned in 1900 to 2500 homes.", [("1900 to 2500 homes", 1900, 2500, "homes", None)]),
        ("The plan cut 1800 to 2400 jobs.", [("1800 to 2400 jobs", 1800, 2400, "jobs", None)]),
    ],
)
def test_a_year_after_a_word_of_time_is_no_low_end(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        # (the minus is inside the span since the sixteenth round: test_figure_values_round16.py)
        ("Ekonomi geçen yıl -%2,4 küçüldü.", [("-%2,4", -2.4, None, "%", None)]),
        ("Büyüme %-1,5 oldu.", [("%-1,5", -1.5, None, "%", None)]),
        ("Oran %12-%18 arasında.", [("%12-%18", 12, 18, "%", None)]),
        ("Инфляция составила -1,2% в мае.", [("-1,2%", -1.2, None, "%", None)]),
    ],
)
def test_negative_percentages(text, figures):
    assert _figures(text) == figures


@PROP
@given(st.integers(1, 999), st.sampled_from([("binde", 10), ("on binde", 100), ("yüz binde", 1000)]))
def test_a_turkish_proportion_is_its_number_over_its_base_in_percent(n, per):
    word, divisor = per
    [(span, value, upper, unit, qualifier)] = _figures(f"Oran {word} {n} olarak hesaplandı.")
    assert (span, upper, unit, qualifier) == (f"{word} {n}", None, "%", None)
    assert value == pytest.approx(n / divisor)


@PROP
@given(st.integers(2, 900), st.sampled_from([("metres", "m"), ("minutes", "min"), ("percent", "%"), ("people", "people")]),
       st.sampled_from([("not over", "≤"), ("not above", "≤"), ("not under", "≥"), ("not below", "≥"), ("just shy of", "<"),
                        ("no longer than", "≤"), ("upward of", ">")]))
def test_a_negated_or_compared_bound_keeps_the_value_and_gives_its_sign(n, unit, bound):
    word, symbol = unit
    phrase, sign = bound
    assert _figures(f"It was {phrase} {n} {word} in all.") == [(f"{n} {word}", n, None, symbol, sign)]


@pytest.mark.parametrize(
    "text, figures",
    [
        # both ends below zero: one range (the high end had been read alone)
        ("Lows will be between -7 and -3 degrees.", [("-7 and -3 degrees", -7, -3, "°", None)]),
        ("Nights of -12 to -6 °C are forecast.", [("-12 to -6 °C", -12, -6, "°C", None)]),
        ("Ночью от -9 до -4 градусов.", [("-9 до -4 градусов", -9, -4, "°C", None)]),
        ("Sıcaklık -8 ile -1 derece arasında seyredecek.", [("-8 ile -1 derece", -8, -1, "°C", None)]),
        # a dash between two numbers is no minus
        ("Highs of 6-14 degrees.", [("6-14 degrees", 6, 14, "°", None)]),
    ],
)
def test_a_range_below_zero_keeps_both_ends(text, figures):
    assert _figures(text) == figures


@PROP
@given(st.integers(2, 60), st.integers(1, 30), st.sampled_from(["Lows between -{lo} and -{hi} degrees tonight.",
                                                                "Nights of -{lo} to -{hi} °C are forecast.",
                                                                "Ночью от -{lo} до -{hi} градусов."]))
def test_a_range_below_zero_has_its_ends_in_order_with_their_signs(lo, gap, form):
    hi = max(1, lo - gap)
    [(_span, value, upper, _unit, _qualifier)] = _figures(form.format(lo=lo, hi=hi))
    assert (value, upper) == (-lo, -hi)
