"""Vague amounts, single units of time, "one" counting a thing, ages after a name, bare
numbers after a bound, Turkish heights (desktop/meaning/amounts.py) and the units and
forms added with them (Turkish case endings on metric units, Turkish number words before a
unit of time, acronym plurals), all through find_figures.

Sentences are written for these tests in the style of news and military reports."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.meaning.figures import find_figures, format_figure
from tests.meaning.meaning_helpers import PROP


def found(text: str) -> list[tuple[str, dict]]:
    return [(text[s:e], a) for s, e, a in find_figures(text)]


def only(text: str) -> tuple[str, dict]:
    result = found(text)
    assert len(result) == 1, result
    return result[0]


def span_value_unit(text: str) -> tuple[str, object, object]:
    """The one figure of ``text``: its span, value and unit."""
    span, attrs = only(text)
    return span, attrs["value"], attrs["unit"]


@pytest.mark.parametrize(
    "text, exact, value, upper, unit",
    [
        ("Tens of thousands of people fled the city.", "Tens of thousands of people", 20000, 100000, "people"),
        ("The influx of hundreds of thousands to Europe grew.", "hundreds of thousands", 200000, 1000000, ""),
        ("The group earned millions of dollars from oil.", "millions of dollars", 2000000, 10000000, "USD"),
        ("Rebels hold dozens of villages.", "dozens of villages", 24, 120, "villages"),
        ("Thousands of displaced civilians returned.", "Thousands of displaced civilians", 2000, 10000,
         "civilians"),
        ("Only a few thousand were allowed to work.", "a few thousand", 2000, 5000, ""),
        ("It took a few years to finish.", "a few years", 2, 5, "y"),
        ("The ills came over several decades.", "several decades", 30, 90, "y"),
        ("Walk a few dozen steps to the car.", "a few dozen steps", 24, 60, "steps"),
        ("We waited several hours outside.", "several hours", 3, 9, "h"),
        ("LONDON — Tens of thousands of people marched.", "Tens of thousands of people", 20000, 100000, "people"),
        ("MOSCOW (Reuters) - Hundreds of people were held.", "Hundreds of people", 200, 1000, "people"),
    ],
)
def test_vague_amounts_are_approximate_ranges(text, exact, value, upper, unit):
    span, attrs = only(text)
    assert span == exact
    assert (attrs["value"], attrs["upper"], attrs["unit"], attrs["qualifier"]) == (value, upper, unit, "≈")


def test_a_couple_is_two_and_shown_approximate():
    span, attrs = only("One of us would be dead in a couple minutes.")
    assert (span, attrs["value"], attrs["unit"], attrs["qualifier"]) == ("a couple minutes", 2, "min", "≈")
    assert "upper" not in attrs
    assert format_figure(only("Tens of thousands of people fled.")[1]) == "≈ 20 000–100 000 people"


@pytest.mark.parametrize(
    "text, exact, value, unit",
    [
        ("A year later, the library opened.", "A year", 1, "y"),
        ("The exercise ran for a week.", "a week", 1, "wk"),
        ("We may wait up to an hour.", "an hour", 1, "h"),
        ("The minister marks one year since the attack.", "one year", 1, "y"),
        ("The talks lasted one day.", "one day", 1, "d"),
        ("Take a minute to explain it.", "a minute", 1, "min"),
        ("Bir yıl sonra ilk çalışmalar başlatılır.", "Bir yıl", 1, "y"),
        ("Festival bir hafta sürer.", "bir hafta", 1, "wk"),
        ("Odysseus on yıl daha denizlerde kaldı.", "on yıl", 10, "y"),
        ("Beş yıl birliktelik yaşadı.", "Beş yıl", 5, "y"),
        ("İki yıl bu ligde mücadele etti.", "İki yıl", 2, "y"),
        ("Dört haftalık şovda çaldılar.", "Dört haftalık", 4, "wk"),
        ("Albüm yedi aydan daha az bir süre sonra çıktı.", "yedi aydan", 7, "mo"),
        ("Onu altı aylığına gönderdi.", "altı aylığına", 6, "mo"),
        ("Oyuncu ile 3 senelik kontrat imzalandı.", "3 senelik", 3, "y"),
    ],
)
def test_one_unit_of_time_and_turkish_number_words(text, exact, value, unit):
    assert span_value_unit(text) == (exact, value, unit)


@pytest.mark.parametrize(
    "text",
    [
        "He walks eight hours a day.",  # a rate: only "eight hours"
        "Prices rose 20% in a month.",  # the period of another figure: only "20%"
        # ("They meet once a year." was here: "once a year" is one time a year since the twenty-eighth round, as "twice a
        # year" is two; test_figures_round28.py)
        "One day he came home.",
        "No one came, and one of them left.",
        "Bir gün geldi.",  # "one day", some day
        "He left a year ago.",  # a date, not a length
        "A day-to-day job.",
    ],
)
def test_single_units_that_are_rates_idioms_or_dates(text):
    assert [span for span, attrs in found(text) if attrs["value"] == 1] == []


def test_one_counts_a_thing_the_text_counts_in_the_plural():
    text = "Near Palmyra, one strike destroyed a tank. Near Raqqah, two strikes hit bridges."
    assert [(s, a["value"], a["unit"]) for s, a in found(text)] == [
        ("one strike", 1, "strikes"), ("two strikes", 2, "strikes")]
    assert found("Near Palmyra, one strike destroyed a tank.") == []  # nothing counts strikes
    assert [s for s, _a in found("The one strike that mattered; two strikes missed.")] == ["two strikes"]


@pytest.mark.parametrize(
    "text, age",
    [
        ("Chief Petty Officer Scott C. Dayton, 42, of Woodbridge, Virginia, died.", 42),
        ("Thomas Sam, 36, and his wife were charged.", 36),
        ("Maria Lopez, 7, who was found alive, is safe.", 7),
    ],
)
def test_ages_after_a_name(text, age):
    span, attrs = only(text)
    assert (span, attrs["value"], attrs["unit"]) == (str(age), age, "y")


@pytest.mark.parametrize("text", ["It closed on Friday, 12, and reopened.", "Rooms 12, 14, and 16 are free.",
                                  "Smith, 200, of Leeds"])
def test_numbers_after_a_comma_that_are_no_age(text):
    assert [a for _s, a in found(text) if a["unit"] == "y"] == []


@pytest.mark.parametrize(
    "text, exact, value, qualifier",
    [
        ("At least 10 died in the attack.", "10", 10, "≥"),  # ("10 U.S. Marines" counts marines now)
        ("About 60 regional and international nations joined.", "60 regional and international nations", 60, "≈"),
        ("Up to 300 were held.", "300", 300, "≤"),
        ("The 60-plus nation coalition met.", "60-plus", 60, ">"),
        ("I wrote only about 2000 words.", "2000 words", 2000, "≈"),
    ],
)
def test_bare_numbers_after_a_bound(text, exact, value, qualifier):
    span, attrs = only(text)
    assert (span, attrs["value"], attrs["qualifier"]) == (exact, value, qualifier)


def test_a_bound_before_two_numbers_is_a_range():
    span, attrs = only("To this day, about 10 or 12 of these ships remain.")
    assert (span, attrs["value"], attrs["upper"], attrs["qualifier"]) == ("10 or 12", 10, 12, "≈")


@pytest.mark.parametrize("text", ["We met at about 10 a.m. today.", "It will last until at least 2020.",
                                  "They arrived about 10 May.", "Nearly 3:30 it rang."])
def test_bounds_before_times_and_dates_are_not_figures(text):
    assert found(text) == []


@pytest.mark.parametrize(
    "text, exact, value, unit",
    [
        ("Dağın yüksekliği 4875 metreye ulaşır.", "4875 metreye", 4875, "m"),
        ("Ortalama derinlik 3890 metredir.", "3890 metredir", 3890, "m"),
        ("Nehir 520 kilometreden uzundur.", "520 kilometreden", 520, "km"),
        ("Şehrin 13 kilometrekarelik bir sahili var.", "13 kilometrekarelik", 13, "km²"),
        ("Arazi 5584 hektardır.", "5584 hektar", 5584, "ha"),  # (the stem since the copula is read on a unit: units.TR_BACK)
        ("Uribe 597 kiloya ulaştı.", "597 kiloya", 597, "kg"),
        ("Jefferson 40 mil ötededir.", "40 mil", 40, "mi"),
        ("Disketler 8 inç boyutundaydı.", "8 inç", 8, "in"),
        ("Bulutsu 8000 ışık yılı uzaklıktadır.", "8000 ışık yılı", 8000, "ly"),
        ("Kesede 600 ml idrar birikir.", "600 ml", 600, "ml"),
        ("Lambalar 30 watt tüketir.", "30 watt", 30, "W"),
        ("Film 650000 ABD doları ile çekildi.", "650000 ABD dolar", 650000, "USD"),
        ("1.92 boyundaki oyuncu sayı attı.", "1.92 boyundaki", 1.92, "m"),
        ("A 32 lb cannon fired.", "32 lb", 32, "lb"),
        ("Экран 15 дюймов, лампа 60 ватт.", "15 дюймов", 15, "in"),
        ("Штраф 100 фунтов стерлингов.", "100 фунтов стерлингов", 100, "GBP"),
        ("Forces fought off six VBIEDs.", "six VBIEDs", 6, "VBIEDs"),
        ("They took 256 more prisoners.", "256 more prisoners", 256, "prisoners"),
        ("DSP %85 oy aldı.", "%85", 85, "%"),
        ("ABD 2 milyar dolar verdi.", "2 milyar dolar", 2000000000, "USD"),
    ],
)
def test_units_in_every_script_and_counts(text, exact, value, unit):
    span, attrs = found(text)[0]
    assert (span, attrs["value"], attrs["unit"]) == (exact, value, unit)


@pytest.mark.parametrize("text", ["The city's eastern half fell.", "Half Life 2 was a game.",
                                  "2 K Games released it.", "Bu kontenjanın yarısı doldu."])
def test_half_alone_and_a_spaced_k_are_not_figures(text):
    assert found(text) == []


def test_half_of_something_stays_a_share():
    assert [(s, a["value"]) for s, a in found("Almost half of all children walk.")] == [("half", 0.5)]


@PROP
@given(st.sampled_from(["dozens", "hundreds", "thousands", "millions", "billions"]),
       st.sampled_from(["", " of thousands", " of millions"]),
       st.sampled_from(["people", "civilians", "dollars", "barrels of oil"]))
def test_any_plural_number_word_is_two_to_ten_of_it(plural, scale, thing):
    if plural in ("millions", "billions") and scale:
        scale = ""
    size = {"dozens": 12, "hundreds": 100, "thousands": 1000, "millions": 10**6, "billions": 10**9}[plural]
    size *= {"": 1, " of thousands": 1000, " of millions": 10**6}[scale]
    span, attrs = only(f"Officials said {plural}{scale} of {thing} were affected.")
    assert (attrs["value"], attrs["upper"], attrs["qualifier"]) == (2 * size, 10 * size, "≈")
    assert span.startswith(plural)


@PROP
@given(st.integers(2, 99_999), st.sampled_from([("metre", "m"), ("kilometre", "km"), ("hektar", "ha"),
                                                ("kilo", "kg"), ("metrekare", "m²"), ("mil", "mi")]),
       st.sampled_from(["", "ye", "ya", "dir", "dır", "den", "dan", "lik", "lık", "yi", "nin", "de", "da"]))
def test_turkish_metric_units_with_endings(n, unit, ending):
    stem, symbol = unit
    text = f"Toplam {n} {stem}{ending} ölçüldü."
    result = found(text)
    if result:  # an ending of the wrong vowel harmony may be left alone, never misread
        span, attrs = result[0]
        assert (attrs["value"], attrs["unit"]) == (n, symbol)
        assert span in (f"{n} {stem}{ending}", f"{n} {stem}")  # the main pattern's span ends at the stem


@PROP
@given(st.sampled_from(["at least", "more than", "fewer than", "up to", "nearly", "about"]),
       st.integers(1, 999_999).filter(lambda n: not 1500 <= n <= 2099))
def test_a_bound_before_a_bare_number(bound, n):
    sign = {"at least": "≥", "more than": ">", "fewer than": "<", "up to": "≤"}.get(bound, "≈")
    span, attrs = only(f"Officials said {bound} {n:,} were hurt.")
    assert (span, attrs["value"], attrs["qualifier"]) == (f"{n:,}", n, sign)


@pytest.mark.parametrize(
    "text, exact, value, upper, unit",
    [
        ("Пострадали десятки тысяч жителей.", "десятки тысяч жителей", 20000, 100000, "жителей"),
        ("Сотни людей эвакуированы.", "Сотни людей", 200, 1000, "people"),
        ("Эвакуированы тысячи семей.", "тысячи семей", 2000, 10000, "семей"),
        ("Прибыли несколько сотен военных.", "несколько сотен", 300, 900, ""),
        ("Это длилось несколько лет.", "несколько лет", 3, 9, "y"),
        ("Binlerce kişi sokağa çıktı.", "Binlerce kişi", 2000, 10000, "people"),
        ("Sınırda on binlerce mülteci bekliyor.", "on binlerce", 20000, 100000, ""),
        ("Birkaç yıl sonra döndü.", "Birkaç yıl", 2, 5, "y"),
    ],
)
def test_russian_and_turkish_vague_amounts(text, exact, value, upper, unit):
    span, attrs = only(text)
    assert (span, attrs["value"], attrs["upper"], attrs["unit"], attrs["qualifier"]) == (
        exact, value, upper, unit, "≈")


@pytest.mark.parametrize("text", ["Две тысячи человек пришли.", "Birkaç yıl önce döndü.",
                                  "He left a few years ago.", "Это было несколько лет назад."])
def test_vague_amounts_that_are_numbers_or_dates(text):
    assert [a for _s, a in found(text) if a.get("qualifier") == "≈"] == []


@pytest.mark.parametrize(
    "text, exact, value, unit",
    [
        ("Свыше 2 тыс. домов остались без света.", "2 тыс. домов", 2000, "домов"),
        ("Прибыли 1,5 млн новых жителей.", "1,5 млн новых жителей", 1500000, "жителей"),
        ("Построено 1 500 домов.", "1 500 домов", 1500, "домов"),
    ],
)
def test_a_russian_noun_after_a_scaled_number_is_its_unit(text, exact, value, unit):
    assert span_value_unit(text) == (exact, value, unit)


@PROP
@given(st.sampled_from([("десятки", 10), ("сотни", 100), ("тысячи", 1000), ("миллионы", 10**6),
                        ("onlarca", 10), ("yüzlerce", 100), ("binlerce", 1000), ("milyonlarca", 10**6)]),
       st.sampled_from(["", " людей", " жителей", " kişi"]))
def test_any_russian_or_turkish_plural_number_word_is_two_to_ten_of_it(word, thing):
    plural, size = word
    span, attrs = only(f"По данным властей, {plural}{thing} пострадали.")
    assert (attrs["value"], attrs["upper"], attrs["qualifier"]) == (2 * size, 10 * size, "≈")
    assert span == f"{plural}{thing}"


@pytest.mark.parametrize(
    "text, exact, value",
    [
        ("One in five adults is obese.", "One in five", 0.2),
        ("Polls say 3 in 10 children walk.", "3 in 10", 0.3),
        ("Seven out of 10 voters agreed.", "Seven out of 10", 0.7),
    ],
)
def test_ratios_are_shares_not_counts(text, exact, value):
    span, attrs = only(text)
    assert (span, attrs["value"], attrs["unit"]) == (exact, value, "")


def test_a_number_in_a_time_is_no_ratio():
    assert [(s, a["unit"]) for s, a in found("He scored 5 in 10 minutes.")] == [("10 minutes", "min")]


@pytest.mark.parametrize(
    "text, exact, value, unit",
    [
        ("Half a million voters stayed home.", "Half a million voters", 500000, "voters"),
        ("It reached a quarter of a million homes.", "a quarter of a million homes", 250000, "homes"),
        ("She bought two dozen eggs.", "two dozen eggs", 24, "eggs"),
        ("About a dozen officers came.", "a dozen officers", 12, "officers"),
        ("It was 30°C outside.", "30°C", 30, "°C"),
        ("The car hit 80 km/h.", "80 km/h", 80, "km/h"),
        ("Winds of 50 mph swept in.", "50 mph", 50, "mph"),
        ("Скорость 120 км/ч.", "120 км/ч", 120, "km/h"),
        ("The man, aged 42, was arrested.", "aged 42", 42, "y"),
        ("The woman, 37, was released.", "37", 37, "y"),
        ("Mr Johnson, 59, resigned.", "59", 59, "y"),
    ],
)
def test_fractions_of_a_scale_dozens_speeds_and_ages(text, exact, value, unit):
    assert span_value_unit(text) == (exact, value, unit)


def test_a_price_per_hour_is_a_rate_not_a_duration():
    assert found("He earns £9.50 an hour.") == [("£9.50 an hour", {"value": 9.5, "unit": "GBP/h", "scale": ""})]


_TENS = {"en": [("twenty", 20), ("forty", 40), ("ninety", 90)], "ru": [("двадцать", 20), ("сорок", 40)],
         "tr": [("on", 10), ("yirmi", 20), ("kırk", 40), ("doksan", 90)]}
_ONES = {"en": [("one", 1), ("two", 2), ("five", 5), ("nine", 9)], "ru": [("один", 1), ("два", 2), ("пять", 5)],
         "tr": [("bir", 1), ("iki", 2), ("beş", 5), ("dokuz", 9)]}
_YEARS = {"en": "years", "ru": "лет", "tr": "yıl"}


@PROP
@given(st.sampled_from(["en", "ru", "tr"]).flatmap(
    lambda lang: st.tuples(st.just(lang), st.sampled_from(_TENS[lang]), st.sampled_from(_ONES[lang]))),
    st.sampled_from([" ", "-"]))
def test_tens_and_units_in_words_add_up(parts, joint):
    lang, (tens, ten_value), (ones, one_value) = parts
    if lang != "en" and joint == "-":
        joint = " "
    phrase = f"{tens}{joint}{ones} {_YEARS[lang]}"
    span, attrs = only(f"It lasted {phrase} in all.")
    assert (span, attrs["value"], attrs["unit"]) == (phrase, ten_value + one_value, "y")


@pytest.mark.parametrize(
    "text, exact, value, unit",
    [
        ("3 milyon 200 bin kişi oy kullandı.", "3 milyon 200 bin kişi", 3200000, "people"),
        ("2 bin 500 asker geldi.", "2 bin 500 asker", 2500, "asker"),  # (a count since the seventh round)
        ("2 bin 500 otobüs geldi.", "2 bin 500", 2500, ""),
        ("2 bin 500 ton buğday alındı.", "2 bin 500 ton", 2500, "t"),
        ("Собрано 1 млн 200 тыс. рублей.", "1 млн 200 тыс. рублей", 1200000, "RUB"),
        ("Пришли 2 тыс. 300 человек.", "2 тыс. 300 человек", 2300, "people"),
    ],
)
def test_numbers_written_in_parts(text, exact, value, unit):
    assert span_value_unit(text) == (exact, value, unit)


def test_parts_of_two_figures_stay_apart():
    assert [s for s, _a in found("5 milyar dolar ve 2 bin kişi geldi.")] == ["5 milyar dolar", "2 bin kişi"]


@pytest.mark.parametrize(
    "text, exact, value, upper",
    [
        ("Hundreds were arrested.", "Hundreds", 200, 1000),
        ("Police said thousands fled.", "thousands", 2000, 10000),
        ("The blast killed dozens.", "dozens", 24, 120),
        ("Scores of others were hurt.", "Scores", 40, 200),
    ],
)
def test_plural_number_words_alone(text, exact, value, upper):
    span, attrs = only(text)
    assert (span, attrs["value"], attrs["upper"], attrs["qualifier"]) == (exact, value, upper, "≈")


@pytest.mark.parametrize("text", ["Test scores rose.", "Tickets sold in the thousands.", "Tens came."])
def test_plural_number_words_that_are_no_amount(text):
    assert found(text) == []


@pytest.mark.parametrize(
    "text, exact, value, unit, qualifier",
    [
        ("Depremde 120'den fazla kişi yaralandı.", "120'den fazla kişi", 120, "people", ">"),
        ("50'yi aşkın ülke katıldı.", "50'yi aşkın", 50, "", ">"),
        ("Salonda 10'dan az kişi vardı.", "10'dan az kişi", 10, "people", "<"),
        ("Более ста человек задержаны.", "ста человек", 100, "people", ">"),
    ],
)
def test_bounds_after_the_number_in_turkish_and_russian_number_words(text, exact, value, unit, qualifier):
    span, attrs = only(text)
    assert (span, attrs["value"], attrs["unit"], attrs["qualifier"]) == (exact, value, unit, qualifier)
