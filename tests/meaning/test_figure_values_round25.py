"""Figure values, twenty-fifth round (issue 15): subunits of money in one rule (ranges of cents, pence, kopecks and kuruş,
cents in words), a bare level after a bound, points after a change, exchange rates, "a quarter point", Turkish rates per
person, Kazakh bounds, Turkish "adet" after a scale word. Sentences written for the round."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.meaning.figures import find_figures


def _figures(text):
    return [(text[a:b], x["value"], x.get("upper"), x["unit"], x.get("qualifier", "")) for a, b, x in find_figures(text)]


@pytest.mark.parametrize(
    "text, figures",
    [
        # a range of a subunit keeps its low end in the subunit, whatever the subunit
        ("Shares traded at 5-10 cents on Monday.", [("5-10 cents", 0.05, 0.1, "USD", "")]),
        ("Bus fares will rise by 5-10 pence next year.", [("5-10 pence", 0.05, 0.1, "GBP", "")]),
        ("Fares rose 5 to 10 pence.", [("5 to 10 pence", 0.05, 0.1, "GBP", "")]),
        ("Хлеб подорожал на 5-10 копеек.", [("5-10 копеек", 0.05, 0.1, "RUB", "")]),
        ("Проезд подорожает на 50–70 копеек.", [("50–70 копеек", 0.5, 0.7, "RUB", "")]),
        ("Ekmeğin fiyatı 50-75 kuruş arttı.", [("50-75 kuruş", 0.5, 0.75, "TRY", "")]),
        ("Simidin fiyatı 50 ile 75 kuruş arasında değişiyor.", [("50 ile 75 kuruş", 0.5, 0.75, "TRY", "")]),
        ("Gas in the eurozone rose 3-4 cents a litre.", [("3-4 cents a litre", 0.03, 0.04, "EUR/l", "")]),
        # cents in words, alone and after the whole amount
        ("The stock closed up fifty-one cents.", [("fifty-one cents", 0.51, None, "USD", "")]),
        ("Coffee costs ninety cents here.", [("ninety cents", 0.9, None, "USD", "")]),
        ("The bill came to three dollars and fifty cents.", [("three dollars and fifty cents", 3.5, None, "USD", "")]),
        ("The ticket was 3 dollars and 50 cents.", [("3 dollars and 50 cents", 3.5, None, "USD", "")]),
        ("Nan 50 тиын қымбаттады.", [("50 тиын", 0.5, None, "KZT", "")]),
        # (as before)
        ("Shares fell 5 cents to 95 cents.", [("5 cents", 0.05, None, "USD", ""), ("95 cents", 0.95, None, "USD", "")]),
        ("The stream was in 1080p video.", []),
        ("Rapper 50 Cent performed.", []),
    ],
)
def test_subunits(text, figures):
    assert _figures(text) == figures


@settings(max_examples=40, deadline=None)
@given(low=st.integers(1, 49), width=st.integers(1, 49), unit=st.sampled_from(
    [("cents", "USD", "-"), ("pence", "GBP", " to "), ("копеек", "RUB", "-"), ("kuruş", "TRY", " ile ")]))
def test_subunit_range_property(low, width, unit):
    """Any range of a subunit, low end below the high end, reads both ends in hundredths of the currency."""
    word, currency, sep = unit
    high = low + width
    text = f"The price changed by {low}{sep}{high} {word}."
    found = _figures(text)
    assert found == [(f"{low}{sep}{high} {word}", pytest.approx(low / 100), pytest.approx(high / 100), currency, "")]


@pytest.mark.parametrize(
    "text, figures",
    [
        # "a quarter point" written apart, where rates are near
        ("The Fed raised rates by a quarter point.", [("quarter point", 0.25, None, "pp", "")]),
        ("The quarter point of the season was dull.", []),
        # Turkish rates per student, worker, passenger
        ("Öğrenci başına 200 lira ödendi.", [("200 lira", 200, None, "TRY/person", "")]),
        ("Yolcu başına 3 dolar vergi alınıyor.", [("3 dolar", 3, None, "USD/person", "")]),
        # Kazakh bounds after the case ending
        ("Дүкендер 20 пайызға дейін жеңілдік ұсынады.", [("20 пайыз", 20, None, "%", "≤")]),
        ("Инфляция 20 пайызға дейін өседі.", [("20 пайыз", 20, None, "%", "")]),
        ("Митингке 5 мыңнан астам адам қатысты.", [("5 мың", 5000, None, "people", ">")]),
        ("Митингке мыңнан астам адам қатысты.", [("мың", 1000, None, "people", ">")]),
        ("Онда 300-ден астам адам жұмыс істейді.", [("300", 300, None, "people", ">")]),
        ("Апатта 50-ге жуық адам қаза тапты.", [("50", 50, None, "people", "≈")]),
        ("Жұмыссыздық 5 пайыздан төмен.", [("5 пайыз", 5, None, "%", "<")]),
        ("Ол 2019-ға дейін жұмыс істеді.", []),
        # Turkish "adet" after a scale word
        ("Şirket geçen yıl 1,2 milyon adet araç sattı.", [("1,2 milyon adet araç", 1200000, None, "araç", "")]),
        ("Geçen yıl 2 bin adetten fazla satıldı.", [("2 bin adet", 2000, None, "adet", ">")]),
        # a bare "the toll" where deaths are near
        ("The quake killed dozens of villagers. The toll rose to at least 45 on Sunday.",
         [("dozens of villagers", 24, 120, "villagers", "≈"), ("45", 45, None, "people", "≥")]),
        ("The bridge toll rose to 45 last year.", []),
        # an index's level after its change in points
        ("Prices were up 0.4 points at 101.2.", [("0.4 points", 0.4, None, "points", ""), ("101.2", 101.2, None, "points", "")]),
        ("The index rose 12 points to 3,450.", [("12 points", 12, None, "points", ""), ("3,450", 3450, None, "points", "")]),
        ("The team won by 3 points at home.", [("3 points", 3, None, "points", "")]),
        # exchange rates
        ("The rouble fell 2% to 92 per dollar.", [("2%", 2, None, "%", ""), ("92 per dollar", 92, None, "RUB/USD", "")]),
        ("Курс упал до 90 рублей за доллар.", [("90 рублей за доллар", 90, None, "RUB/USD", "")]),
        ("The lira weakened to 35 against the dollar.", [("35 against the dollar", 35, None, "TRY/USD", "")]),
        ("The dollar rose 1% to 150 yen.", [("1%", 1, None, "%", ""), ("150 yen", 150, None, "JPY", "")]),
        ("Курс вырос с 88 до 90 рублей за доллар.", [("88", 88, None, "RUB/USD", ""), ("90 рублей за доллар", 90, None, "RUB/USD", "")]),
    ],
)
def test_levels_bounds_and_rates(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        # a scale word after "+" or "-plus" multiplies (it was dropped: 20 passengers)
        ("The airline carried 20+ million passengers.", [("20+ million passengers", 20000000, None, "passengers", "≥")]),
        ("It raised 50-plus million dollars.", [("50-plus million dollars", 50000000, None, "USD", ">")]),
        ("He has 20+ years of experience.", [("20+ years", 20, None, "y", "≥")]),
    ],
)
def test_plus_with_scale(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        # review: a bare number before "a pound" / "per pound" is a price by weight, not a rate against sterling
        ("The lira fell; beef costs 500 a pound.", []),
        ("The rouble fell to 100 per dollar, and sugar cost 90 per pound.", [("100 per dollar", 100, None, "RUB/USD", "")]),
        ("The yen was weak; bananas sold at 2 a pound.", []),
        ("The rouble weakened to 120 to the pound.", [("120 to the pound", 120, None, "RUB/GBP", "")]),
        # review: "won" and "real" are English words first; the currencies where named as such
        ("They won 3 to the dollar.", []),
        ("The real test: 5 per dollar spent.", []),
        ("The South Korean won weakened to 1400 per dollar.", [("1400 per dollar", 1400, None, "KRW/USD", "")]),
        ("The Brazilian real fell to 5.2 per dollar.", [("5.2 per dollar", 5.2, None, "BRL/USD", "")]),
        # review: a capitalised "Dollar" after "the" is a name
        ("The rouble fell and the Fed sold 3 to the Dollar Kings.", []),
        # review: two numbers joined by "and" before a subunit are a range only after "between" ("между", or "arasında");
        # else a list, each number in the subunit ("5 ve 10 kuruş" read 5 TRY)
        ("Prices rose 3 and 10 cents.", [("3", 0.03, None, "USD", ""), ("10 cents", 0.1, None, "USD", "")]),
        ("They sold 5 and 10 cents coins.", [("5", 0.05, None, "USD", ""), ("10 cents", 0.1, None, "USD", "")]),
        ("Монеты 5 и 10 копеек.", [("5", 0.05, None, "RUB", ""), ("10 копеек", 0.1, None, "RUB", "")]),
        ("Fiyat 5 ve 10 kuruş arttı.", [("5", 0.05, None, "TRY", ""), ("10 kuruş", 0.1, None, "TRY", "")]),
        ("Fiyat 5 ve 10 kuruş arasında.", [("5 ve 10 kuruş", 0.05, 0.1, "TRY", "")]),
        ("Цена между 5 и 10 копейками.", [("5 и 10 копейками", 0.05, 0.1, "RUB", "")]),
        ("Prices were between 5 and 10 pence.", [("5 and 10 pence", 0.05, 0.1, "GBP", "")]),
    ],
)
def test_review_rates_and_ranges(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        # review: a bare "the toll" near a road's words is a fee, whatever storm or fire is near
        ("After the storm, the toll rose to 5 on the bridge.", []),
        ("The storm damaged the bridge, and drivers grumbled: the toll rose to 12 in June.", []),
        ("Fire crews were called to the tunnel. From Monday the toll is 8 for cars and 20 for lorries.", []),
        # (the dead's toll stays)
        ("The blast killed 12. The toll rose to 40 by evening.", [("40", 40, None, "people", "")]),
        ("The earthquake struck at dawn. The toll rose to 45.", [("45", 45, None, "people", "")]),
        ("The crash on the motorway killed six. The toll rose to 9 overnight.", [("9", 9, None, "people", "")]),
    ],
)
def test_review_bare_toll(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        # the final read: a rate after the euro or sterling named later in the sentence is theirs, not the rouble's
        ("The rouble weakened to 92 per dollar while the euro rose to 1.09 per dollar.",
         [("92 per dollar", 92, None, "RUB/USD", ""), ("1.09 per dollar", 1.09, None, "EUR/USD", "")]),
        ("The lira slid to 32 per dollar, and sterling traded at 1.27 per dollar.",
         [("32 per dollar", 32, None, "TRY/USD", ""), ("1.27 per dollar", 1.27, None, "GBP/USD", "")]),
        # the final read: a common verb of change after "дейін" reads the level, no bound
        ("Ұлттық банк базалық мөлшерлемені 16,75 пайызға дейін көтерді.", [("16,75 пайыз", 16.75, None, "%", "")]),
        ("Инфляция 8 пайызға дейін баяулады.", [("8 пайыз", 8, None, "%", "")]),
        ("Теңге бағамы 10 пайызға дейін құлады.", [("10 пайыз", 10, None, "%", "")]),
    ],
)
def test_final_read_rates_and_kazakh_levels(text, figures):
    assert _figures(text) == figures
