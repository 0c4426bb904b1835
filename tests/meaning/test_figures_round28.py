"""Figures found, twenty-eighth round (issue 15, figure recall): "once a day" and its kin, a share of one unit of time
("half a century", "a quarter of a century"), "in a day" and "a fortnight" as lengths; Turkish "bin" alone before money,
people and years, number words before "kuruş", "derece", "yüzyıl" and "asır". Sentences written for the round."""

from __future__ import annotations

import pytest

from desktop.meaning.figures import find_figures
from desktop.suggest import detect


def _read(text: str) -> list[tuple[str, object, str]]:
    return [(text[a:b], x["value"], x.get("unit", "")) for a, b, x in find_figures(text)]


def _suggested(text: str) -> list[tuple[str, object, str]]:
    return [(s.exact, s.attributes.get("value"), s.attributes.get("unit", "")) for s in detect(text, kinds=("figure",))]


# --- "once" before a unit of time it is counted against ---

@pytest.mark.parametrize(
    "text, expected",
    [
        ("The committee meets once a month to review the budget.", ("once a month", 1, "times/mo")),
        ("Patients take the pill once a day with food.", ("once a day", 1, "times/d")),
        ("Once a week, volunteers deliver food to the village.", ("Once a week", 1, "times/wk")),
        ("The festival is held once a year in the old town.", ("once a year", 1, "times/y")),
        ("Inspectors visit the plant once per month.", ("once per month", 1, "times/mo")),
        ("Trains stop here once an hour at most.", ("once an hour", 1, "times/h")),
    ],
)
def test_once_before_a_unit_of_time(text, expected):
    assert expected in _read(text)


@pytest.mark.parametrize(
    "text",
    [
        "Once upon a time there was a king.",
        "Once he left, the talks collapsed.",
        "Once a month has passed, the permit lapses.",  # the month opens a clause
        "Once a week is over, the shop reopens.",
        "He was once a day labourer on the farms.",  # a compound noun
        "Once a year later the rule changed, nobody noticed.",  # "a year later": no rate
    ],
)
def test_once_without_a_rate(text):
    assert not any(unit.startswith("times") and value == 1 for _s, value, unit in _read(text))


def test_once_alone_is_no_figure():
    assert _read("He once said the plan would work.") == []


# --- a share of one unit of time ---

@pytest.mark.parametrize(
    "text, expected",
    [
        ("The party ruled the country for half a century.", ("half a century", 50, "y")),
        ("The border stayed closed for a quarter of a century.", ("a quarter of a century", 25, "y")),
        ("After a quarter century of military rule, elections were held.", ("a quarter century", 25, "y")),
        ("The meeting lasted half an hour.", ("half an hour", 0.5, "h")),
        ("We waited three quarters of an hour for the bus.", ("three quarters of an hour", 0.75, "h")),
        ("The talks took half a day.", ("half a day", 0.5, "d")),
        ("Prices have doubled in half a decade.", ("half a decade", 5, "y")),
        ("The ferry left after a half hour delay.", ("a half hour", 0.5, "h")),
    ],
)
def test_share_of_a_unit_of_time(text, expected):
    found = _read(text)
    assert expected in found
    assert len(found) == 1  # (not "half" and "a century" apart)


def test_share_of_time_keeps_its_bound():
    ((_a, _b, attrs),) = find_figures("The dynasty ruled for nearly half a century.")
    assert attrs["value"] == 50 and attrs["unit"] == "y" and attrs.get("qualifier") == "≈"


@pytest.mark.parametrize(
    "text",
    [
        "The batsman scored a half century before lunch.",  # cricket's fifty runs, not fifty years
        "He moved to the eastern half of the city.",
        "Half a second team was sent home.",  # "second" is no unit of a share here
    ],
)
def test_no_share_of_time(text):
    assert not any(unit == "y" and value == 50 or unit == "s" and value == 0.5 for _s, value, unit in _read(text))


# --- "in a day", "a fortnight" ---

@pytest.mark.parametrize(
    "text, expected",
    [
        ("Workers can assemble the car in a day.", ("a day", 1, "d")),
        ("The tablets dissolve in an hour.", ("an hour", 1, "h")),
        ("It was the first rate cut in a decade.", ("a decade", 10, "y")),
        ("The index posted its largest fall in a year.", ("a year", 1, "y")),
        ("The minister stayed in Brussels for a fortnight.", ("a fortnight", 2, "wk")),
        ("The strike lasted a fortnight.", ("a fortnight", 2, "wk")),
        ("Results are expected in a fortnight.", ("a fortnight", 2, "wk")),
    ],
)
def test_lengths_of_one_unit(text, expected):
    assert expected in _read(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pour the milk in a second bowl.",  # an ordinal
        "The vote came in a year when inflation soared.",  # a time named
        "It happened in a week that shook the markets.",
        "She bought a fortnightly magazine.",
        "The Fortnight festival opened in Belfast.",
        "The factory can assemble 300 cars in a day.",  # the period of another figure (as "Prices rose 20% in a month")
    ],
)
def test_no_length_of_one_unit(text):
    assert not any(unit in ("s", "y", "wk", "d") and value in (1, 2) for _s, value, unit in _read(text))


def test_fortnight_ago_stays_a_date():
    found = detect("The deal was signed a fortnight ago.", reference="2025-07-01")
    assert [(s.kind, s.exact) for s in found] == [("date", "a fortnight ago")]


# --- Turkish ---

@pytest.mark.parametrize(
    "text, expected",
    [
        ("Adam piyangodan bin dolar kazandı.", ("bin dolar", 1000, "USD")),
        ("Bin lira borç aldı ve geri ödemedi.", ("Bin lira", 1000, "TRY")),
        ("Mitinge bin kişi katıldı.", ("bin kişi", 1000, "people")),
        ("Bin kişilik salon doldu.", ("Bin kişi", 1000, "people")),
        ("Kale bin yıl ayakta kaldı.", ("bin yıl", 1000, "y")),
        ("Ekmeğin fiyatı elli kuruş arttı.", ("elli kuruş", 0.5, "TRY")),
        ("Bilet yirmi beş kuruşa satılıyordu.", ("yirmi beş kuruş", 0.25, "TRY")),
        ("Hava sıcaklığı otuz beş dereceyi buldu.", ("otuz beş dereceyi", 35, "°C")),
        ("Eğim kırk beş derece.", ("kırk beş derece", 45, "°")),
        ("Osmanlı Devleti altı asır ayakta kaldı.", ("altı asır", 600, "y")),
        ("Köprü iki yüzyıldır kullanılıyor.", ("iki yüzyıldır", 200, "y")),
        ("Beş asırlık çınar kesildi.", ("Beş asırlık", 500, "y")),
    ],
)
def test_turkish_words_before_new_units(text, expected):
    assert expected in _read(text)


def test_turkish_cold_in_words_is_below_zero():
    assert ("beş dereceye", -5, "°C") in _read("Gece sıcaklık eksi beş dereceye düştü.")


@pytest.mark.parametrize(
    "text",
    [
        "Osama bin Laden yıllarca saklandı.",  # a name's "bin"
        "Mohammed bin Salman kişisel olarak katıldı.",
        "The bin liners cost more this year.",  # English "bin"
        "Put it in the bin, lira notes and all.",
        "Çocuğa bir kilo elma aldı.",  # "bir": a, one (as before)
        "Savaş bir asırdır sürüyor.",  # "bir asır", "bir yüzyıl": left to the other readers, which leave them
        "Yirmi birinci yüzyılda yaşıyoruz.",  # an ordinal century
        "Asır Bey toplantıya geldi.",  # a name
    ],
)
def test_turkish_new_units_not_read(text):
    assert not any(value in (1, 1000, 100) or unit == "y" and value in (2100, 2000) for _s, value, unit in _read(text))


def test_bin_alone_and_a_number_after():
    # (an older pin, "bin kişiye yardım: 500 kişiye", read only the 500 people)
    assert [(s, v, u) for s, v, u in _read("bin kişiye yardım: 500 kişiye")] == [("bin kişi", 1000, "people"),
                                                                              ("500 kişi", 500, "people")]


def test_bin_before_money_keeps_the_scale_reading():
    assert ("beş bin lira", 5000, "TRY") in _read("Adam beş bin lira ödedi.")  # (turkish_amounts.py, as before)


def test_detect_suggests_the_new_figures():
    assert ("once a day", 1, "times/d") in _suggested("Nurses check the wards once a day.")
    assert ("half a century", 50, "y") in _suggested("The plant ran for half a century.")
    assert ("bin dolar", 1000, "USD") in _suggested("Adam bin dolar kazandı.")


# --- review of the round (sentences written for the review) ---

@pytest.mark.parametrize(
    "text",
    [
        "He scored five goals in a week.",  # a number word's period, as a digit's is ("Prices rose 20% in a month")
        "They met three times in a month.",
        "They met twice in a month.",
        "Ten people died in a week.",
        "He lost his job in a week of chaos.",  # a time named by "of"
        "It was the hottest day in a year of records.",
        "He was in a day care centre.",  # a compound noun, as after "once"
        "She found work in a day shift.",
    ],
)
def test_in_a_unit_is_no_length_here(text):
    assert not any(unit in ("wk", "mo", "d", "y") and value == 1 for _s, value, unit in _read(text))


def test_in_a_unit_after_one_is_still_a_length():
    assert ("a year", 1, "y") in _read("No one changed so much in a year.")  # ("one" is no figure's number)


def test_kurus_in_whole_lira_is_an_integer():
    ((_s, value, unit),) = _read("Yüz kuruş bir liradır.")
    assert (value, unit) == (1, "TRY") and type(value) is int  # as "100 kuruş" is read


@pytest.mark.parametrize("text", ["Once a decade, the census is taken.", "It happens once a century."])
def test_once_before_a_unit_no_rate_reads(text):
    assert _read(text) == []  # (was "Once" alone, 1 times: the rate reader has no decade nor century)
