"""Figure values, twenty-fourth round (issue 15): a past change with its own scale word then a level ("fell 1.5 million
to 144 million", "fell by 1.5 million to 14 million"), a Russian size of the change "на X" right before "до", Kazakh
"адам" (people) and "есе" (times), a Turkish count of people grouped with a comma and a Turkish share's price.
Sentences written for the round."""

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
        # a past change with its own scale word, then a level four times larger or more: a change and a level
        ("The population fell 1.5 million to 144 million last year.",
         [("1.5 million", 1500000, None, "", ""), ("144 million", 144000000, None, "", "")]),
        ("The population fell by 1.5 million to 14 million.",
         [("1.5 million", 1500000, None, "", ""), ("14 million", 14000000, None, "", "")]),
        ("Exports rose 2 billion to 30 billion dollars in 2023.",
         [("2 billion", 2000000000, None, "USD", ""), ("30 billion dollars", 30000000000, None, "USD", "")]),
        ("Output dropped 3 million to 40 million tonnes.",
         [("3 million", 3000000, None, "t", ""), ("40 million tonnes", 40000000, None, "t", "")]),
        ("Revenue grew by 3 billion to 18 billion euros.",
         [("3 billion", 3000000000, None, "EUR", ""), ("18 billion euros", 18000000000, None, "EUR", "")]),
        ("The workforce shrank by 1.2 million to 8 million.",
         [("1.2 million", 1200000, None, "", ""), ("8 million", 8000000, None, "", "")]),
        # (right after the verb, no "by": two figures whatever the ratio)
        ("Profits rose 20 million to 45 million euros.",
         [("20 million", 20000000, None, "EUR", ""), ("45 million euros", 45000000, None, "EUR", "")]),
        # (a verb that takes an object, no "by": a range of what was raised, moved or gained, as before)
        ("The charity raised 2 million to 3 million dollars.",
         [("2 million to 3 million dollars", 2000000, 3000000, "USD", "")]),
        ("They moved 2 million to 3 million people to safety.",
         [("2 million to 3 million people", 2000000, 3000000, "people", "")]),
        ("The network gained 2 million to 3 million viewers.",
         [("2 million to 3 million viewers", 2000000, 3000000, "viewers", "")]),
        # (after "by", ends near each other, a verb not past, or no verb of change: a range as before)
        ("The toll fell by 1.5 million to 1.6 million.", [("1.5 million to 1.6 million", 1500000, 1600000, "", "")]),
        ("Sales rose by 2 million to 5 million units.", [("2 million to 5 million units", 2000000, 5000000, "units", "")]),
        ("Sales could rise by 2 million to 9 million units.",
         [("2 million to 9 million units", 2000000, 9000000, "units", "")]),
        ("Estimates varied by 2 million to 30 million people.",
         [("2 million to 30 million people", 2000000, 30000000, "people", "")]),
        ("Output rose 2 to 3 million tonnes.", [("2 to 3 million tonnes", 2000000, 3000000, "t", "")]),
        ("Between 2 million and 30 million people fled.",
         [("2 million and 30 million people", 2000000, 30000000, "people", "")]),
    ],
)
def test_change_then_level(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        # a size of the change "на X" right before "до", after a verb of change earlier in the clause: a level
        ("Банк России повысил ключевую ставку на 1 п.п. до 16%.", [("1 п.п.", 1, None, "pp", ""), ("16%", 16, None, "%", "")]),
        ("ЦБ в пятницу неожиданно повысил ключевую ставку на 2 п.п. до 18%.",
         [("2 п.п.", 2, None, "pp", ""), ("18%", 18, None, "%", "")]),
        ("Правительство снизило в этом году налог на прибыль на 5% до 15%.",
         [("5%", 5, None, "%", ""), ("15%", 15, None, "%", "")]),
        # (whom the bound measures right before "до": under 3, as before)
        ("Власти увеличили выплаты на 5 тысяч детям до 3 лет.", [("5 тысяч", 5000, None, "", ""), ("3 лет", 3, None, "y", "<")]),
        ("Власти увеличили число мест на 5 тысяч для детей до 3 лет.",
         [("5 тысяч", 5000, None, "", ""), ("3 лет", 3, None, "y", "<")]),
        # (no verb of change, or a conjunction between: a bound as before)
        ("Скидки до 50% действуют до конца месяца.", [("50%", 50, None, "%", "≤")]),
        ("Компания повысила цены и предложила клиентам скидки на 10 товаров до 30%.",
         [("10 товаров", 10, None, "товаров", ""), ("30%", 30, None, "%", "≤")]),
    ],
)
def test_russian_size_before_to(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        # Kazakh "адам" (person, people) after a number or a scale word, the span ending at the stem
        ("Митингке 15 мың адам қатысты.", [("15 мың адам", 15000, None, "people", "")]),
        ("Ауылда 1,2 млн адам тұрады.", [("1,2 млн адам", 1200000, None, "people", "")]),
        ("Шеруге 30-40 мың адам жиналды.", [("30-40 мың адам", 30000, 40000, "people", "")]),
        ("Апаттан 12 адамға көмек көрсетілді.", [("12 адам", 12, None, "people", "")]),
        # Kazakh "есе" (times)
        ("Бағасы 2 есе өсті.", [("2 есе", 2, None, "times", "")]),
        ("Жалақы 3 есеге артты.", [("3 есеге", 3, None, "times", "")]),
        ("Экспорт 1,5 есе қысқарды.", [("1,5 есе", 1.5, None, "times", "")]),
    ],
)
def test_kazakh_people_and_times(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        # a count of people is whole: a comma before three digits groups thousands, in Turkish text too
        ("Stadyuma 23,150 kişi geldi.", [("23,150 kişi", 23150, None, "people", "")]),
        ("Tatilde 2,500 kişi ilçeyi ziyaret etti.", [("2,500 kişi", 2500, None, "people", "")]),
        ("Maçı 1,5 milyon kişi izledi.", [("1,5 milyon kişi", 1500000, None, "people", "")]),
        # a share's price in lira: the Turkish decimal comma, three decimals
        ("Hisse 23,150 liradan kapandı.", [("23,150 lira", 23.15, None, "TRY", "")]),
        ("Şirketin hissesi 12,450 liradan işlem gördü.", [("12,450 lira", 12.45, None, "TRY", "")]),
        ("Hisseler 8,75 liradan kapandı.", [("8,75 lira", 8.75, None, "TRY", "")]),
        ("Hisseler yüzde 3 düşerek 2,150 liraya geriledi.", [("yüzde 3", 3, None, "%", ""), ("2,150 lira", 2.15, None, "TRY", "")]),
        # (money paid, shares sold for a sum, stay as before)
        ("Şirket 23,150 lira ödedi.", [("23,150 lira", 23150, None, "TRY", "")]),
        ("Şirket hisselerini 1,250 liraya sattı.", [("1,250 lira", 1250, None, "TRY", "")]),
        ("Hisse almak için 23,150 lira ödedi.", [("23,150 lira", 23150, None, "TRY", "")]),
    ],
)
def test_turkish_comma(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        # cents: of the dollar, of the euro where the sentence names euros
        ("Shares fell 5 cents to 95 cents.", [("5 cents", 0.05, None, "USD", ""), ("95 cents", 0.95, None, "USD", "")]),
        ("The stamp now costs 73¢.", [("73¢", 0.73, None, "USD", "")]),
        ("Gas rose 10 cents a gallon.", [("10 cents a gallon", 0.1, None, "USD/gal", "")]),
        ("A coffee in Rome costs 90 cents, about one euro.", [("90 cents", 0.9, None, "EUR", ""), ("one euro", 1, None, "EUR", "≈")]),
        ("He paid 3 dollars 50 cents.", [("3 dollars 50 cents", 3.5, None, "USD", "")]),
        # (a rapper, a per cent: no cents)
        ("50 Cent sang at the gala.", []),
        ("Only 10 per cent agreed.", [("10 per cent", 10, None, "%", "")]),
    ],
)
def test_cents(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        # "over" after an amount with a scale word or money in words names the period, no bound
        ("The government will spend $1.2 trillion over ten years.",
         [("$1.2 trillion", 1.2e12, None, "USD", ""), ("ten years", 10, None, "y", "")]),
        ("They pledged 5 billion dollars over five years.",
         [("5 billion dollars", 5e9, None, "USD", ""), ("five years", 5, None, "y", "")]),
        # (a bound elsewhere, as before)
        ("He served over ten years in prison.", [("ten years", 10, None, "y", ">")]),
        ("It took over three hours.", [("three hours", 3, None, "h", ">")]),
    ],
)
def test_over_a_period(text, figures):
    assert _figures(text) == figures


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["fell", "rose", "grew", "dropped", "increased", "declined"]),
    st.sampled_from(["", "by "]),
    st.integers(min_value=1, max_value=9),
    st.integers(min_value=4, max_value=30),
    st.sampled_from(["million", "billion"]),
)
def test_past_change_then_level_property(verb, by, change, times, scale):
    """"X {verb} [by] a scale to b scale", b at least four times a: a change and a level, never one range."""
    level = change * times
    text = f"The total {verb} {by}{change} {scale} to {level} {scale} last year."
    found = _figures(text)
    factor = 10**6 if scale == "million" else 10**9
    assert [(v, u) for _, v, u, _, _ in found] == [(change * factor, None), (level * factor, None)]


@pytest.mark.parametrize(
    "text, figures",
    [
        # the yen's sign, the yuan's where the sentence names the yuan; "RMB" and "CN¥" before the number
        ("Sales rose 4% to ¥2.3 trillion.", [("4%", 4, None, "%", ""), ("¥2.3 trillion", 2.3e12, None, "JPY", "")]),
        ("Prices ranged from ¥300 to ¥500.", [("¥300 to ¥500", 300, 500, "JPY", "")]),
        ("Revenue rose to ¥250 billion, or 250 billion yuan.",
         [("¥250 billion", 2.5e11, None, "CNY", ""), ("250 billion yuan", 2.5e11, None, "CNY", "")]),
        ("Revenue was RMB 5.2 billion.", [("RMB 5.2 billion", 5.2e9, None, "CNY", "")]),
        ("Revenue was CN¥ 5.2 billion.", [("CN¥ 5.2 billion", 5.2e9, None, "CNY", "")]),
    ],
)
def test_yen_and_yuan(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        # a fraction of "a point" is percentage points where the sentence speaks of a rate (the last round's leftover)
        ("The central bank cut its rate by half a point to 4.5%.",
         [("half a point", 0.5, None, "pp", ""), ("4.5%", 4.5, None, "%", "")]),
        ("The bank raised rates by three quarters of a point to 5.5%.",
         [("three quarters of a point", 0.75, None, "pp", ""), ("5.5%", 5.5, None, "%", "")]),
        ("Inflation fell half a point in May.", [("half a point", 0.5, None, "pp", "")]),
        # (no rate: a share as before)
        ("He won by half a point.", [("half", 0.5, None, "", "")]),
        ("The home side won the game by half a point.", [("half", 0.5, None, "", "")]),
        ("Unemployment fell half a point to 4.1%.", [("half a point", 0.5, None, "pp", ""), ("4.1%", 4.1, None, "%", "")]),
    ],
)
def test_fraction_of_a_point(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        # Kazakh tonnes in their cases; "кемінде" (at least) and "шамамен" (about) before the figure
        ("Мұнай өндірісі 90 млн тоннаға жетті.", [("90 млн тонна", 9e7, None, "t", "")]),
        ("Экспорт 3 млн тоннадан асты.", [("3 млн тонна", 3e6, None, "t", "")]),
        ("Кемінде 10 адам қаза тапты.", [("10 адам", 10, None, "people", "≥")]),
        ("Шамамен 2 млн адам қатысты.", [("2 млн адам", 2e6, None, "people", "≈")]),
    ],
)
def test_kazakh_tonnes_and_bounds(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        # Turkish "puan" near a word of rates in its clause: percentage points (the last rounds' leftover)
        ("Faiz 2,5 puan artırıldı.", [("2,5 puan", 2.5, None, "pp", "")]),
        ("İşsizlik oranı 0,3 puan azaldı.", [("0,3 puan", 0.3, None, "pp", "")]),
        ("Merkez Bankası politika faizini 2,5 puan artırarak yüzde 45'e çıkardı.",
         [("2,5 puan", 2.5, None, "pp", ""), ("yüzde 45", 45, None, "%", "")]),
        # (a score, basis points, a rate in another clause: as before)
        ("Takım 3 puan aldı.", []),
        ("Faiz 500 baz puan artırıldı.", [("500 baz puan", 500, None, "bp", "")]),
        ("Galatasaray 3 puan farkla lider, faiz haberleri ise gündemde.", []),
    ],
)
def test_turkish_points(text, figures):
    assert _figures(text) == figures
