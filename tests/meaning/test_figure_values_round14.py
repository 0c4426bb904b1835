"""Fourteenth round of the figure values (issue 15): bounds and ranges whose value, unit or qualifier was wrong, each
from sentences written for the round — "no more than" (was more than), "не больше" (was больше), "upwards of",
"in excess of", "close to"; Turkish bounds carried by the figure's case ending ("5 yıldan fazla", "10 yıla kadar",
"20 kişiye yakın") and "from … to" with those endings ("5 yıldan 10 yıla kadar"); "5 ile 10 bin kişi" whose bare
low end shares the scale word; "89 degrees" in digits as °; adjectives joined by "and" before a counted noun."""

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
        ("The hall seats no more than 80 guests.", [("80 guests", 80, None, "guests", "≤")]),
        ("Rules allow not more than 6 people per table.", [("6 people", 6, None, "people", "≤")]),
        ("The team needs no less than 12 volunteers.", [("12 volunteers", 12, None, "volunteers", "≥")]),
        ("It will take not fewer than 3 weeks.", [("3 weeks", 3, None, "wk", "≥")]),
        ("Upwards of 400 fans waited outside.", [("400 fans", 400, None, "fans", ">")]),
        ("Damage ran in excess of $7 million.", [("$7 million", 7_000_000, None, "USD", ">")]),
        ("The march drew close to 900 people.", [("900 people", 900, None, "people", "≈")]),
        ("В зале поместится не больше 40 человек.", [("40 человек", 40, None, "people", "≤")]),
        ("На встречу пришло не меньше 25 человек.", [("25 человек", 25, None, "people", "≥")]),
        ("На встречу пришло больше 25 человек.", [("25 человек", 25, None, "people", ">")]),
    ],
)
def test_english_and_russian_bounds(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        ("Tamirat 4 yıldan fazla sürdü.", [("4 yıldan", 4, None, "y", ">")]),
        ("Otobüs 15 dakikadan az bekledi.", [("15 dakikadan", 15, None, "min", "<")]),
        ("Koşucular 42 kilometreden fazla koştu.", [("42 kilometreden", 42, None, "km", ">")]),
        ("Dava 6 yıldan uzun sürdü.", [("6 yıldan", 6, None, "y", ">")]),
        ("Sanığa 8 yıla kadar hapis istendi.", [("8 yıla", 8, None, "y", "≤")]),
        ("Toplantı 3 saate kadar uzayabilir.", [("3 saate", 3, None, "h", "≤")]),
        ("Salona 250 kişiye kadar alınıyor.", [("250 kişi", 250, None, "people", "≤")]),
        ("Kampanyada %40'a kadar indirim var.", [("%40", 40, None, "%", "≤")]),
        ("Sıcaklıklar 38 dereceye kadar yükselecek.", [("38 derece", 38, None, "°C", "≤")]),
        ("Kazada 30 kişiye yakın yaralandı.", [("30 kişi", 30, None, "people", "≈")]),
        # "değil" or a verb in the negative after the bound turns it round
        ("Havuzun derinliği 2 metreden fazla değildir.", [("2 metreden", 2, None, "m", "≤")]),
        ("Hiçbir şehirde 4 günden fazla kalmayan gezgin.", [("4 günden", 4, None, "d", "≤")]),
        ("Törene 80 kişiden fazla gelmedi.", [("80 kişi", 80, None, "people", "≤")]),
        ("Bekleme 20 dakikadan az sürmez.", [("20 dakikadan", 20, None, "min", "≥")]),
        ("Törene 80 kişiden fazla geldi.", [("80 kişi", 80, None, "people", ">")]),
        # a change verb in the past after "kadar": the level reached, no bound
        ("Enflasyon %4'e kadar geriledi.", [("%4", 4, None, "%", None)]),
        ("Sis görüşü 150 metreye kadar düşürmüştür.", [("150 metreye", 150, None, "m", None)]),
        # the bare form before "kadar" is still "about"
        ("Törene 60 kişi kadar geldi.", [("60 kişi", 60, None, "people", "≈")]),
        ("Gece sıcaklık 12 derece kadar oldu.", [("12 derece", 12, None, "°C", "≈")]),
        ("Konsere 70 bin kadar seyirci geldi.", [("70 bin", 70000, None, "", "≈")]),
        # "from … to" with the case endings: a range, no bound
        ("Sanığa 2 yıldan 7 yıla kadar hapis istendi.", [("2 yıldan 7 yıla", 2, 7, "y", None)]),
        ("Yol 12 kilometreden 20 kilometreye kadar uzanıyor.", [("12 kilometreden 20 kilometreye", 12, 20, "km", None)]),
        # the larger first is no range
        ("Süre 9 yıldan 3 yıla kadar indi.", [("9 yıldan", 9, None, "y", None), ("3 yıla", 3, None, "y", None)]),
        # a bare low end with "ile" shares the high end's scale word; without one, "arasında" is still needed
        ("Mitinge 5 ile 10 bin kişi katıldı.", [("5 ile 10 bin kişi", 5000, 10000, "people", None)]),
        ("Proje 2 ile 3 milyon lira tutuyor.", [("2 ile 3 milyon lira", 2_000_000, 3_000_000, "TRY", None)]),
        # (twentieth round: a bare low end with "ile" before a figure with its unit makes a pair: test_figure_round20.py)
        ("Sınıfa 4 ile 6 kişi geldi.", [("4 ile 6 kişi", 4, 6, "people", None)]),
        ("Sahaya 4 ve 6 bin kişi geldi.", [("6 bin kişi", 6000, None, "people", None)]),
    ],
)
def test_turkish_bounds_and_ranges_in_case_endings(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        ("The ramp sits at 12 degrees to the floor.", [("12 degrees", 12, None, "°", None)]),
        ("The robot arm turned 270 degrees.", [("270 degrees", 270, None, "°", None)]),
        ("It was minus 8 degrees at dawn.", [("8 degrees", -8, None, "°", None)]),
        # a field, a school or a kind after it: diplomas or a term, counted as written
        ("She earned 3 degrees in physics.", [("3 degrees", 3, None, "degrees", None)]),
        ("The arm has 6 degrees of freedom.", [("6 degrees", 6, None, "degrees", None)]),
        ("She earned two degrees.", [("two degrees", 2, None, "degrees", None)]),
    ],
)
def test_degrees_in_digits_are_a_degree(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        ("About 45 local and foreign firms signed.", [("45 local and foreign firms", 45, None, "firms", "≈")]),
        ("The town built 9 small or medium schools.", [("9 small or medium schools", 9, None, "schools", None)]),
        # a plural or a verb form before "and" ends the count
        ("Nearly 40 injured and hundreds more fled.", [("40", 40, None, "people", "≈"), ("hundreds", 200, 1000, "", "≈")]),
        ("They kept 3 hens and ducks.", [("3 hens", 3, None, "hens", None)]),
    ],
)
def test_adjectives_joined_by_and_before_a_counted_noun(text, figures):
    assert _figures(text) == figures


@PROP
@given(st.integers(2, 900), st.sampled_from([("yıl", "a", "y"), ("gün", "e", "d"), ("saat", "e", "h"),
                                             ("kilometre", "ye", "km"), ("dakika", "ya", "min")]))
def test_a_turkish_dative_before_kadar_is_at_most_and_an_ablative_range_has_both_ends(n, unit):
    stem, dative, symbol = unit
    assert _figures(f"Bu iş {n} {stem}{dative} kadar sürebilir.")[0][1:] == (n, None, symbol, "≤")
    ablative = {"a": "dan", "e": "den", "ye": "den", "ya": "dan"}[dative]
    ablative = ablative.replace("d", "t") if stem == "saat" else ablative
    assert _figures(f"Bu iş {n} {stem}{ablative} {n + 5} {stem}{dative} kadar sürebilir.")[0][1:] == (n, n + 5, symbol, None)


@PROP
@given(st.integers(1, 9), st.integers(1, 9), st.sampled_from([("bin", 1000, "kişi", "people"), ("milyon", 10**6, "lira", "TRY")]))
def test_a_bare_low_end_with_ile_shares_the_scale(lo, extra, scale):
    word, factor, noun, unit = scale
    hi = lo + extra
    assert _figures(f"Geçen yıl {lo} ile {hi} {word} {noun} sayıldı.") == [
        (f"{lo} ile {hi} {word} {noun}", lo * factor, hi * factor, unit, None)]


_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten", 12: "twelve",
          20: "twenty"}


@PROP
@given(st.sampled_from(sorted(_WORDS)), st.sampled_from([("no more than", "≤"), ("not less than", "≥"), ("upwards of", ">"),
                                                         ("close to", "≈")]))
def test_a_bound_gives_the_same_value_and_sign_for_a_number_in_words_and_in_digits(n, bound):
    words, sign = bound
    in_digits = _figures(f"They hired {words} {n} workers.")
    in_words = _figures(f"They hired {words} {_WORDS[n]} workers.")
    assert [f[1:] for f in in_digits] == [f[1:] for f in in_words] == [(n, None, "workers", sign)]
