"""Figure values, twenty-second round (issue 15): euros dotted in thousands alone, three-decimal prices per litre and
exchange rates, crowns with cents at a range's low end, a choice of two amounts far apart, prices per night and per
person, the Kazakh "мың".  Sentences written for the round."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.meaning.figures import find_figures


def _figures(text):
    return [(text[a:b], x["value"], x.get("upper"), x["unit"]) for a, b, x in find_figures(text)]


@pytest.mark.parametrize(
    "text, figures",
    [
        # a lone euro amount dotted in groups of three is thousands, as a pair or a list already was
        ("He paid €1.000 for it.", [("€1.000", 1000, None, "EUR")]),
        ("She was fined €3.000 for speeding.", [("€3.000", 3000, None, "EUR")]),
        ("The flat sold for € 250.000 in May.", [("€ 250.000", 250000, None, "EUR")]),
        # ... but a price per litre or kWh and an exchange rate keep their three decimals
        ("Petrol costs €1.599 per litre in Milan.", [("€1.599 per litre", 1.599, None, "EUR/l")]),
        ("Unleaded was €1.649/litre at the motorway pump.", [("€1.649/litre", 1.649, None, "EUR/l")]),
        ("Power cost €0.250 per kWh.", [("€0.250 per kWh", 0.25, None, "EUR/kWh")]),
        ("Brent cost €85.000 per barrel.", [("€85.000 per barrel", 85, None, "EUR/bbl")]),
        ("The euro rose from €1.085 to €1.120 per dollar.", [("€1.085", 1.085, None, "EUR/USD"), ("€1.120 per dollar", 1.12, None, "EUR/USD")]),  # (25th round: a rate)
        ("Diesel was €1.459-1.529 per litre.", [("€1.459-1.529 per litre", 1.459, 1.529, "EUR/l")]),
        # an exchange rate's range written with the lira's sign: decimals at both ends
        ("The lira fell to ₺8.250-8.500 per dollar.", [("₺8.250-8.500 per dollar", 8.25, 8.5, "TRY/USD")]),
        ("Rent is ₺8.250-8.500 a month.", [("₺8.250-8.500 a month", 8250, 8500, "TRY/mo")]),
        # crowns dotted in thousands with cents at both ends: the low end was lost
        ("A room costs 1.200,50-1.500,50 kr.", [("1.200,50-1.500,50 kr", 1200.5, 1500.5, "kr")]),
        ("A room costs 1.200,50 - 1.500,50 kr.", [("1.200,50 - 1.500,50 kr", 1200.5, 1500.5, "kr")]),
    ],
)
def test_dotted_money(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        # a choice of two amounts too far apart for a range is two amounts (the bare low end was lost)
        ("Tickets cost 2 or 21 dollars.", [("2", 2, None, "USD"), ("21 dollars", 21, None, "USD")]),
        ("Билет стоит 2 или 21 доллар.", [("2", 2, None, "USD"), ("21 доллар", 21, None, "USD")]),
        ("Bilet 2 ya da 21 dolar.", [("2", 2, None, "USD"), ("21 dolar", 21, None, "USD")]),
        ("Bilet 3 veya 40 lira.", [("3", 3, None, "TRY"), ("40 lira", 40, None, "TRY")]),
        # unchanged: near each other a range, three amounts no pair, a Turkish pair's high end with its hundreds alone
        ("Tickets cost 300 or 400 dollars.", [("300 or 400 dollars", 300, 400, "USD")]),
        ("Fiyat 300 ya da 400 lira.", [("300 ya da 400 lira", 300, 400, "TRY")]),
        ("It cost 1, 2 or 3 dollars.", [("3 dollars", 3, None, "USD")]),
        ("2 ya da 3 bin 300 kişi geldi.", [("3 bin 300 kişi", 3300, None, "people")]),
    ],
)
def test_choice_far_apart(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        # a price per night, as per person and per barrel are
        ("Hotels charge €80 a night in August.", [("€80 a night", 80, None, "EUR/night")]),
        ("A double room costs $120 per night.", [("$120 per night", 120, None, "USD/night")]),
        ("Номер стоит 200 рублей за ночь.", [("200 рублей за ночь", 200, None, "RUB/night")]),
        ("Otelde gecelik 500 lira ödedik.", [("500 lira", 500, None, "TRY/night")]),
        ("Yemek kişi başı 300 lira.", [("300 lira", 300, None, "TRY/person")]),
        ("Menü kişi başına 450 TL.", [("450 TL", 450, None, "TRY/person")]),
        ("Dinner is $50 per person.", [("$50 per person", 50, None, "USD/person")]),
        # not a rate: a rise overnight, a night's hours
        ("Вода поднялась на 20 см за ночь.", [("20 см", 20, None, "cm")]),
    ],
)
def test_price_per_night(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        ("Наурызда 15 мың теңге төледі.", [("15 мың теңге", 15000, None, "KZT")]),
        ("Жалақы 250 мың теңге болды.", [("250 мың теңге", 250000, None, "KZT")]),
        ("Бағасы 1,5 мың теңгеге дейін өсті.", [("1,5 мың теңге", 1500, None, "KZT")]),
        ("Бюджет 3 млрд теңге.", [("3 млрд теңге", 3000000000, None, "KZT")]),
    ],
)
def test_kazakh_thousands(text, figures):
    assert _figures(text) == figures


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=999),
       st.sampled_from(["He paid €{} for it.", "The fine was €{}.", "It rose to €{} last year."]))
def test_euro_dotted_is_thousands(thousands, rest, template):
    written = f"{thousands}.{rest:03d}"
    found = _figures(template.format(written))
    assert [(f[1], f[3]) for f in found] == [(thousands * 1000 + rest, "EUR")]


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=9), st.integers(min_value=0, max_value=999),
       st.sampled_from(["€{} per litre", "€{} a litre", "€{}/litre", "€{} per kWh"]))
def test_euro_per_litre_keeps_decimals(units, rest, template):
    written = f"{units}.{rest:03d}"
    found = _figures("Fuel cost " + template.format(written) + " on Monday.")
    assert len(found) == 1 and found[0][1] == float(written) and found[0][3] in ("EUR/l", "EUR/kWh")


@pytest.mark.parametrize(
    "text, figures",
    [
        # Kazakh "пайыз" is percent, in its cases
        ("Инфляция 8,5 пайызға жетті.", [("8,5 пайыз", 8.5, None, "%")]),
        ("Табыс 5 пайыз.", [("5 пайыз", 5, None, "%")]),
    ],
)
def test_kazakh_percent(text, figures):
    assert _figures(text) == figures


def _qualifiers(text):
    return [(text[a:b], x.get("qualifier", "")) for a, b, x in find_figures(text)]


@pytest.mark.parametrize(
    "text, qualifiers",
    [
        # Russian "до" after a verb of change is the new level, no bound, with the thing changed or the size of the change
        # between them
        ("Инфляция замедлилась до 7,4%.", [("7,4%", "")]),
        ("Банк России снизил ключевую ставку до 7,5%.", [("7,5%", "")]),
        ("Ставка повышена на 200 базисных пунктов, до 16%.", [("200 базисных пунктов", ""), ("16%", "")]),
        # still bounds: no verb of change, or one past a conjunction or a relative word
        ("Скидки до 50%.", [("50%", "≤")]),
        ("Компания сократила штат и наняла до 100 человек.", [("100 человек", "≤")]),
        ("Он вырос в семье, где до 10 детей.", [("10 детей", "≤")]),
    ],
)
def test_russian_new_level_after_a_verb(text, qualifiers):
    assert _qualifiers(text) == qualifiers
