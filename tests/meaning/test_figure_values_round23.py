"""Figure values, twenty-third round (issue 15): a share price in euros with three decimals, the rate of a choice's first
amount, the Turkish rate words written once, a change in percentage points before a Russian level, the old level of a
Turkish change with a scale word, Kazakh dollars and euros in their cases.  Sentences written for the round."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.meaning import measures
from desktop.meaning.figures import find_figures


def _figures(text):
    return [(text[a:b], x["value"], x.get("upper"), x["unit"], x.get("qualifier", "")) for a, b, x in find_figures(text)]


@pytest.mark.parametrize(
    "text, figures",
    [
        # a share price: three decimals after the euro sign where shares or a stock close, open, trade, rise or fall at
        # or to the price (the twenty-second round's leftover: "€23.150" read 23 150)
        ("Shares closed at €23.150 on Friday.", [("€23.150", 23.15, None, "EUR", "")]),
        ("The stock ended the day at €8.420, down 2 percent.", [("€8.420", 8.42, None, "EUR", ""), ("2 percent", 2, None, "%", "")]),
        ("Shares of the carmaker rose 1.5% to €12.345 in early trading.",
         [("1.5%", 1.5, None, "%", ""), ("€12.345", 12.345, None, "EUR", "")]),
        # ... while money paid, fined or raised stays thousands, shares named or not
        ("The company paid €23.150 for the land.", [("€23.150", 23150, None, "EUR", "")]),
        ("He bought shares for €3.000 last year.", [("€3.000", 3000, None, "EUR", "")]),
        ("Shares were sold. The firm paid €5.000 in fees.", [("€5.000", 5000, None, "EUR", "")]),
        ("She shares a flat at €1.200 a month.", [("€1.200 a month", 1200, None, "EUR/mo", "")]),
        ("Shares closed at €23.150 per share.", [("€23.150 per share", 23.15, None, "EUR/share", "")]),
    ],
)
def test_share_price(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        # a choice of two amounts too far apart for one range: the first takes the second's rate too
        ("Entry costs 1 or 25 lira per head.", [("1", 1, None, "TRY/person", ""), ("25 lira per head", 25, None, "TRY/person", "")]),
        ("Rooms were 2 or 30 dollars a night.", [("2", 2, None, "USD/night", ""), ("30 dollars a night", 30, None, "USD/night", "")]),
        ("Номер стоил 2 или 30 долларов за ночь.",
         [("2", 2, None, "USD/night", ""), ("30 долларов за ночь", 30, None, "USD/night", "")]),
        # (near ones are one range with the rate, as before)
        ("Tickets were 5 or 8 dollars a night.", [("5 or 8 dollars a night", 5, 8, "USD/night", "")]),
        # (no rate: each amount as it was)
        ("He paid 2 or 21 dollars.", [("2", 2, None, "USD", ""), ("21 dollars", 21, None, "USD", "")]),
    ],
)
def test_choice_rate(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        # Russian "до" after a verb of change and the size of the change in percentage points: a level, not a bound
        ("Безработица снизилась на 0,3 п.п. до 4,1%.", [("0,3 п.п.", 0.3, None, "pp", ""), ("4,1%", 4.1, None, "%", "")]),
        ("Инфляция ускорилась на 0,5 п.п., до 8,2%.", [("0,5 п.п.", 0.5, None, "pp", ""), ("8,2%", 8.2, None, "%", "")]),
        ("Ставку повысили на 1,5 процентного пункта до 16%.",
         [("1,5 процентного пункта", 1.5, None, "pp", ""), ("16%", 16, None, "%", "")]),
        # (a bound stays a bound: no verb of change)
        ("Скидки на 2,5 тыс. товаров до 50%.", [("2,5 тыс. товаров", 2500, None, "товаров", ""), ("50%", 50, None, "%", "≤")]),
        # ("cut prices on goods to 500 roubles" and "cut the prices of goods up to 500" are written alike: a level, as the
        # last round read it)
        ("Магазины снизили цены на товары до 500 рублей.", [("500 рублей", 500, None, "RUB", "")]),
    ],
)
def test_russian_level_after_points(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        # the old level of a Turkish change, a scale word in the ablative and no unit, takes the new level's unit
        ("Satışlar 1,2 milyardan 1,8 milyar liraya yükseldi.",
         [("1,2 milyar", 1200000000, None, "TRY", ""), ("1,8 milyar lira", 1800000000, None, "TRY", "")]),
        ("Borç 3 milyondan 2 milyon dolara indi.",
         [("3 milyon", 3000000, None, "USD", ""), ("2 milyon dolar", 2000000, None, "USD", "")]),
        # (as the Russian already did)
        ("Продажи выросли с 1,2 млрд до 1,8 млрд рублей.",
         [("1,2 млрд", 1200000000, None, "RUB", ""), ("1,8 млрд рублей", 1800000000, None, "RUB", "")]),
    ],
)
def test_turkish_scaled_old_level(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        # Kazakh dollars and euros in their cases, the span ending at the stem as "теңге" does
        ("Жоба 3-4 млрд долларға түседі.", [("3-4 млрд доллар", 3000000000, 4000000000, "USD", "")]),
        ("Экспорт 2 млрд доллардан асты.", [("2 млрд доллар", 2000000000, None, "USD", "")]),
        ("Ол 500 еуроға сатылды.", [("500 еуро", 500, None, "EUR", "")]),
        # (Russian as before)
        ("Проект обойдётся в 3-4 млрд долларов.", [("3-4 млрд долларов", 3000000000, 4000000000, "USD", "")]),
    ],
)
def test_kazakh_currency_cases(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        # a change by an amount with its own scale word, then a level ten times larger: two figures, no range
        ("The population fell by 1.5 million to 144 million.",
         [("1.5 million", 1500000, None, "", ""), ("144 million", 144000000, None, "", "")]),
        ("The deficit rose by 2 billion to 30 billion dollars.",
         [("2 billion", 2000000000, None, "USD", ""), ("30 billion dollars", 30000000000, None, "USD", "")]),
        ("Output grew by 1 million to 30 million tonnes.",
         [("1 million", 1000000, None, "t", ""), ("30 million tonnes", 30000000, None, "t", "")]),
        # (a range stays a range: no "by", ends near each other, or the money's sign before a bare low end)
        ("Between 1.5 million and 144 million people were counted.",
         [("1.5 million and 144 million people", 1500000, 144000000, "people", "")]),
        ("Sales grew by $10 to 12 million.", [("$10 to 12 million", 10000000, 12000000, "USD", "")]),
        # Kazakh "миллион", "миллиард" in their cases
        ("Халық саны 1,5 миллионға артып, 20 миллионға жетті.",
         [("1,5 миллион", 1500000, None, "", ""), ("20 миллион", 20000000, None, "", "")]),
        ("Экспорт 2 миллиардқа жетті.", [("2 миллиард", 2000000000, None, "", "")]),
        ("В городе 2 миллиона жителей.", [("2 миллиона жителей", 2000000, None, "жителей", "")]),
    ],
)
def test_change_by_then_level(text, figures):
    assert _figures(text) == figures


def test_turkish_rate_words_written_once():
    """The rate words before a Turkish amount are the keys of ``_PER_TR``, each matched by ``_RATE_TR_BEFORE``."""
    for word in measures._PER_TR:
        assert measures._RATE_TR_BEFORE.search(f"xx {word} ") is not None, word
        assert measures._RATE_TR_BEFORE.search(f"xx {word.upper()} ") is not None, word


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 99), st.integers(0, 999).filter(lambda t: t % 100), st.sampled_from(["closed at", "ended the day at", "opened at", "fell to"]))
def test_share_price_decimals(whole, thousandths, verb):
    """"Shares {verb} €a.bcd" is a.bcd EUR: a share price, not thousands."""
    text = f"Shares {verb} €{whole}.{thousandths:03d} on Monday."
    assert [(v, u) for _t, v, _up, u, _q in _figures(text)] == [(float(f"{whole}.{thousandths:03d}"), "EUR")]


@pytest.mark.parametrize(
    "text, figures",
    [
        # (review) the share, its verb and the price in one clause: another clause's price keeps its thousands
        ("Stock prices fell and the fine was lowered to €1.500.", [("€1.500", 1500, None, "EUR", "")]),
        ("Shares issued last year rose in value, and rents climbed to €1.500 a month.",
         [("€1.500 a month", 1500, None, "EUR/mo", "")]),
        ("Employees received shares worth €1.000 and stock that rose to €5.000 in total value.",
         [("€1.000", 1000, None, "EUR", ""), ("€5.000", 5000, None, "EUR", "")]),
        # (a stock of goods is no share)
        ("The stock of unsold cars fell to €3.000 in value.", [("€3.000", 3000, None, "EUR", "")]),
        ("Stocks of grain fell to €2.500 a tonne.", [("€2.500 a tonne", 2500, None, "EUR/t", "")]),
        # (three decimals ending in "00" are round thousands: a quote to the tenth is written "€10.50"; Lindt's
        # certificates trade near 10 000)
        ("Lindt shares closed at €10.500 on Friday.", [("€10.500", 10500, None, "EUR", "")]),
        ("Shares closed at €1.200.", [("€1.200", 1200, None, "EUR", "")]),
        # (still a quote)
        ("Nokia shares closed at €5.274.", [("€5.274", 5.274, None, "EUR", "")]),
        ("Shares in the bank traded at €4.125 at noon.", [("€4.125", 4.125, None, "EUR", "")]),
        ("Shares rose to €1.250 after the results.", [("€1.250", 1.25, None, "EUR", "")]),
        ("The company's shares were sold at €1.250 each.", [("€1.250", 1250, None, "EUR", "")]),
    ],
)
def test_share_price_review(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        # (review) the size of the change written with an abbreviated currency: "до" still a level
        ("Выручка выросла на 1,5 млрд руб. до 20 млрд руб.",
         [("1,5 млрд руб.", 1500000000, None, "RUB", ""), ("20 млрд руб.", 20000000000, None, "RUB", "")]),
        ("Акции подорожали на 3 руб. до 150 руб.", [("3 руб.", 3, None, "RUB", ""), ("150 руб.", 150, None, "RUB", "")]),
        # (a dot that ends the sentence is no abbreviation: the next sentence's bound stays)
        ("Рост составил 2 см. До 15 лет дети растут быстро.", [("2 см", 2, None, "cm", ""), ("15 лет", 15, None, "y", "≤")]),
        ("Магазины дают скидки до 30%.", [("30%", 30, None, "%", "≤")]),
    ],
)
def test_russian_level_after_abbreviation(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        # (review) "by X to Y" after a verb of change in "-ed" as after "rose", "fell", "grew"
        ("Exports jumped by 1 billion to 25 billion.",
         [("1 billion", 1000000000, None, "", ""), ("25 billion", 25000000000, None, "", "")]),
        ("Imports increased by 3 million to 45 million tonnes.",
         [("3 million", 3000000, None, "t", ""), ("45 million tonnes", 45000000, None, "t", "")]),
        ("The deficit was reduced by 2 billion to 30 billion dollars.",
         [("2 billion", 2000000000, None, "USD", ""), ("30 billion dollars", 30000000000, None, "USD", "")]),
        # (no verb of change: a range, as before)
        ("Estimates varied by 2 million to 30 million people.",
         [("2 million to 30 million people", 2000000, 30000000, "people", "")]),
    ],
)
def test_change_by_then_level_past(text, figures):
    assert _figures(text) == figures


def test_share_price_two_verbs():
    """(review) two verbs of the market joined by "and" keep the share's price: only the price's clause must hold no
    "and"."""
    assert _figures("Shares opened higher and closed at €4.125.") == [("€4.125", 4.125, None, "EUR", "")]
