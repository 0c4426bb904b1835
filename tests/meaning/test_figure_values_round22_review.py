"""Figure values, twenty-second round, review fixes (issue 15): a euro amount dotted in groups of three with a scale
word after it keeps its decimals ("€1.500m" is 1.5 million, as UK reports write it), a price per cubic metre keeps three
decimals, and Russian "до" after a verb of change stays a bound when the noun right before it takes "до N" as its own
measure ("сотрудникам до 30 лет", "стоимостью до 10 млрд").  Sentences written for the review."""

from __future__ import annotations

import pytest

from desktop.meaning.figures import find_figures


def _figures(text):
    return [(text[a:b], x["value"], x.get("upper"), x["unit"]) for a, b, x in find_figures(text)]


def _qualifiers(text):
    return [(text[a:b], x.get("qualifier", "")) for a, b, x in find_figures(text)]


@pytest.mark.parametrize(
    "text, figures",
    [
        # a scale word after the number: the dot is a decimal point, as before the round
        ("The club paid €1.500m for the striker.", [("€1.500m", 1500000, None, "EUR")]),
        ("The budget grew by €2.250bn this year.", [("€2.250bn", 2250000000, None, "EUR")]),
        ("Ireland received €1.250 million in aid.", [("€1.250 million", 1250000, None, "EUR")]),
        # water and gas are priced per cubic metre with three decimals
        ("Water costs €3.495 per m³ in Dublin.", [("€3.495 per m³", 3.495, None, "EUR/m³")]),  # (per m³: thirtieth round)
        ("Gas cost €1.250 per cubic metre.", [("€1.250 per cubic metre", 1.25, None, "EUR/m³")]),
        # still thousands: no scale, no per-unit
        ("Tickets now cost €1.500 after the hike.", [("€1.500", 1500, None, "EUR")]),
        ("He earns €1.200 a week.", [("€1.200 a week", 1200, None, "EUR/wk")]),
    ],
)
def test_euro_dots_with_a_scale_or_per_cubic_metre(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text, qualifiers",
    [
        # the noun before "до" is whom or what the bound measures: still a bound
        ("Компания повысила зарплаты сотрудникам до 30 лет.", [("30 лет", "≤")]),
        ("Правительство сократило расходы на программы стоимостью до 10 млрд рублей.", [("10 млрд рублей", "≤")]),
        # the new level, as the round made it
        ("Банк России снизил ключевую ставку до 7,5%.", [("7,5%", "")]),
        ("Минфин увеличил лимит кредитов малому бизнесу до 5 млн рублей.", [("5 млн рублей", "")]),
        ("Цены выросли за неделю до 80 рублей.", [("80 рублей", "")]),
    ],
)
def test_russian_bound_of_the_noun_before_to(text, qualifiers):
    assert _qualifiers(text) == qualifiers
