"""Figure values, twenty-sixth round (issue 15): currencies named with their country ("Canadian dollars", "канадских
долларов", "Kanada doları"), a dollar sign with its country's letters ("A$", "HK$", "C$"), the monies named alone
("zlotys", "гривен"). Sentences written for the round."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.meaning.figures import find_figures
from desktop.suggest.detect import detect


def _figures(text):
    return [(text[a:b], x["value"], x.get("upper"), x["unit"], x.get("qualifier", "")) for a, b, x in find_figures(text)]


@pytest.mark.parametrize(
    "text, figures",
    [
        # English: the country's adjective before the money
        ("The pension fund paid 5 million Canadian dollars for the stake.", [("5 million Canadian dollars", 5_000_000, None, "CAD", "")]),
        ("The deal is worth 12 billion Hong Kong dollars.", [("12 billion Hong Kong dollars", 12_000_000_000, None, "HKD", "")]),
        ("Aramco set aside 40 billion Saudi riyals.", [("40 billion Saudi riyals", 40_000_000_000, None, "SAR", "")]),
        ("The fine was 300 million Indian rupees.", [("300 million Indian rupees", 300_000_000, None, "INR", "")]),
        ("Toyota booked 5 billion Japanese yen in charges.", [("5 billion Japanese yen", 5_000_000_000, None, "JPY", "")]),
        ("Oslo will spend 2 billion Norwegian kroner.", [("2 billion Norwegian kroner", 2_000_000_000, None, "NOK", "")]),
        ("Bread now costs 20 Egyptian pounds.", [("20 Egyptian pounds", 20, None, "EGP", "")]),
        ("Petrobras raised 3 billion Brazilian reais.", [("3 billion Brazilian reais", 3_000_000_000, None, "BRL", "")]),
        ("The club paid 3 million Swiss francs.", [("3 million Swiss francs", 3_000_000, None, "CHF", "")]),
        # monies named alone
        ("Warsaw approved 50 million zlotys in aid.", [("50 million zlotys", 50_000_000, None, "PLN", "")]),
        ("The rent is 15,000 baht a month.", [("15,000 baht a month", 15_000, None, "THB/mo", "")]),
        # a dollar sign with its country's letters
        ("The miner raised A$2.3 billion.", [("A$2.3 billion", 2_300_000_000, None, "AUD", "")]),
        ("HK$5 billion was wiped off the index.", [("HK$5 billion", 5_000_000_000, None, "HKD", "")]),
        ("The pipeline will cost C$500 million.", [("C$500 million", 500_000_000, None, "CAD", "")]),
        ("Sales reached NZ$50 million and S$1 billion.", [("NZ$50 million", 50_000_000, None, "NZD", ""),
                                                          ("S$1 billion", 1_000_000_000, None, "SGD", "")]),
        ("Vale lost R$ 5 billion.", [("R$ 5 billion", 5_000_000_000, None, "BRL", "")]),
        # Russian: the adjective in its case
        ("Компания заплатила 5 млн канадских долларов.", [("5 млн канадских долларов", 5_000_000, None, "CAD", "")]),
        ("Фонд вложил 2 млрд гонконгских долларов.", [("2 млрд гонконгских долларов", 2_000_000_000, None, "HKD", "")]),
        ("Контракт стоит 40 млн саудовских риалов.", [("40 млн саудовских риалов", 40_000_000, None, "SAR", "")]),
        ("Штраф составил 3 млн шведских крон.", [("3 млн шведских крон", 3_000_000, None, "SEK", "")]),
        ("Киев выделил 200 млн гривен.", [("200 млн гривен", 200_000_000, None, "UAH", "")]),
        ("Компания заплатила 5 млн швейцарских франков.", [("5 млн швейцарских франков", 5_000_000, None, "CHF", "")]),
        # Turkish: the country's name before the possessed money, the span ending at the stem
        ("Şirket 3 milyon Kanada doları yatırım yaptı.", [("3 milyon Kanada dolar", 3_000_000, None, "CAD", "")]),
        ("Fon 200 milyon Suudi riyali topladı.", [("200 milyon Suudi riyal", 200_000_000, None, "SAR", "")]),
        ("Ödeme 10 bin Norveç kronu oldu.", [("10 bin Norveç kron", 10_000, None, "NOK", "")]),
        ("Kontrat 2 milyar Hindistan rupisi değerinde.", [("2 milyar Hindistan rupi", 2_000_000_000, None, "INR", "")]),
        ("Firma 5 milyon Avustralya dolarına sattı.", [("5 milyon Avustralya dolar", 5_000_000, None, "AUD", "")]),
        ("Şirket 5 milyon Kanada dolarlık yatırım yaptı.", [("5 milyon Kanada dolar", 5_000_000, None, "CAD", "")]),
        ("Anlaşma 5 milyar Çin yuanı değerinde.", [("5 milyar Çin yuan", 5_000_000_000, None, "CNY", "")]),
        ("Şirket 2 milyon İngiliz sterlini ödedi.", [("2 milyon İngiliz sterlin", 2_000_000, None, "GBP", "")]),
        ("Şirket 5 milyon İsviçre frangı ödedi.", [("5 milyon İsviçre frangı", 5_000_000, None, "CHF", "")]),
        # the monies the euro replaced, as history gives them
        ("1 Belçika frangı 100 santime bölünür.", [("1 Belçika frangı", 1, None, "BEF", "")]),
        ("The house cost 2 million French francs in 1990.", [("2 million French francs", 2_000_000, None, "FRF", "")]),
        ("He was paid 500,000 Deutsche Marks.", [("500,000 Deutsche Marks", 500_000, None, "DEM", "")]),
        ("The painting sold for 3 billion Italian lire.", [("3 billion Italian lire", 3_000_000_000, None, "ITL", "")]),
        ("The flat cost 20 million pesetas.", [("20 million pesetas", 20_000_000, None, "ESP", "")]),
        # (as before: bare names of several countries' money keep no code; the dollar, the yen, the rouble keep theirs)
        ("The firm paid 5 million riyals.", [("5 million riyals", 5_000_000, None, "riyal", "")]),
        ("It cost US$5 million.", [("US$5 million", 5_000_000, None, "USD", "")]),
        ("Компания заплатила 5 млн юаней.", [("5 млн юаней", 5_000_000, None, "CNY", "")]),
    ],
)
def test_currencies_named_with_their_country(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text",
    [
        # a people counted, not money ("three Japanese were hurt")
        "Three Japanese were hurt and 5 Canadian soldiers died.",
        "The 3 Chinese engineers left.",
        # a country's adjective before a noun that is no money
        "He bought 5 Brazilian real estate firms.",
        "She won 3 Korean titles.",
        "Kazananlar 3 Kanada takımı oldu.",
        "В турнире играли 5 канадских команд.",
        # a year before a currency that names a crisis (the Turkish compound's first word has no possessive)
        "Özellikle 1994 Meksika peso krizi yüzünden güven kayboldu.",
        "Investors fled after the 1994 Mexican peso crisis.",
        "The 1997 Thai baht crisis spread.",
        # marks that are grades or signs, a brand ("markası"), not the Deutsche Mark
        "The 5 German marks on the map.",
        "Şirket 3 Alman markasını satın aldı.",
        # a letter before the dollar sign that names no country stays out ("X$5" is no money we know)
        "The variable X$5 was set.",
    ],
)
def test_no_currency_without_its_money(text):
    units = [s.attributes.get("unit") for s in detect(text, kinds=("figure",))]
    assert not any(u and u.isupper() and len(u) == 3 for u in units), units


_NAMED = [("Canadian dollars", "CAD"), ("Australian dollars", "AUD"), ("Saudi riyals", "SAR"), ("Mexican pesos", "MXN"),
          ("Swedish kronor", "SEK"), ("Indian rupees", "INR"), ("Kuwaiti dinars", "KWD"), ("South African rand", "ZAR"),
          ("Polish zlotys", "PLN"), ("Hungarian forints", "HUF"), ("Israeli shekels", "ILS")]


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=2, max_value=999), st.sampled_from(["million", "billion"]), st.sampled_from(_NAMED))
def test_named_currency_property(n, scale, named):
    money, code = named
    text = f"The government paid {n} {scale} {money} last year."
    (got,) = find_figures(text)
    assert text[got[0]:got[1]] == f"{n} {scale} {money}"
    assert got[2]["unit"] == code and got[2]["value"] == n * (10**6 if scale == "million" else 10**9)


@pytest.mark.parametrize(
    "text, figures",
    [
        # Russian "к" and the currency in the dative: a rate, as "за доллар" (the last round's leftover)
        ("Рубль подешевел до 92 рублей к доллару.", [("92 рублей к доллару", 92, None, "RUB/USD", "")]),
        ("Курс опустился до 12,8 рубля к юаню.", [("12,8 рубля к юаню", 12.8, None, "RUB/CNY", "")]),
        # (not "к" before a date or a holiday: "by the New Year")
        ("Цены на хлеб выросли до 50 рублей к Новому году.", [("50 рублей", 50, None, "RUB", "")]),
        ("Зарплаты выросли до 50 тысяч рублей к 2025 году.", [("50 тысяч рублей", 50_000, None, "RUB", "")]),
        # Kazakh "мыңнан астам" before a unit of time: more than a thousand years; before "бұрын" (ago) too, as English "more
        # than 1,000 years ago" (no date reads it; review)
        ("Бұл қала мыңнан астам жыл бойы тұр.", [("мың", 1000, None, "y", ">")]),
        ("Мыңнан астам жыл бұрын.", [("Мың", 1000, None, "y", ">")]),
        ("5 мыңнан астам жыл бұрын салынған.", [("5 мың", 5000, None, "y", ">")]),
        # (as before: people)
        ("Мыңнан астам адам жиналды.", [("Мың", 1000, None, "people", ">")]),
        ("5 мыңнан астам адам келді.", [("5 мың", 5000, None, "people", ">")]),
    ],
)
def test_rate_against_the_dollar_and_kazakh_time(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        # "-plus" after a number grouped in thousands is more than it, as after "500-plus" (the bare number had no bound)
        ("The plant employs 1,200-plus people.", [("1,200-plus people", 1200, None, "people", ">")]),
        ("Over 20,000-plus fans came.", [("20,000-plus fans", 20_000, None, "fans", ">")]),
        ("The 1,000-plus nation summit.", [("1,000-plus", 1000, None, "", ">")]),
        # (as before: "+" before what is not read as a count, " plus" that adds, a compound's "-plus-")
        ("The house has 10,000+ square feet.", [("10,000", 10_000, None, "", "")]),
        ("He was fined 1,500 plus costs.", [("1,500", 1500, None, "", "")]),
        ("The 500-plus staff.", [("500-plus staff", 500, None, "staff", ">")]),
    ],
)
def test_plus_after_thousands(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        # a Turkish verb of exceeding after the accusative is more than the figure, as English "exceeded 100" before it
        ("Kazançlar 2,5 milyar TL'yi aştı.", [("2,5 milyar TL", 2_500_000_000, None, "TRY", ">")]),
        ("Ülkenin nüfusu 85 milyonu aşmıştı.", [("85 milyon", 85_000_000, None, "", ">")]),
        ("İhracat 250 milyar doları geçti.", [("250 milyar dolar", 250_000_000_000, None, "USD", ">")]),
        ("Enflasyon yüzde 80'i aştı.", [("yüzde 80", 80, None, "%", ">")]),
        ("Katılımcı sayısı 500 kişiyi aştı.", [("500 kişi", 500, None, "people", ">")]),
        # not a level reached, nor time that passed, nor people overtaken
        ("İhracat 250 milyar dolara ulaştı.", [("250 milyar dolar", 250_000_000_000, None, "USD", "")]),
        ("Aradan 10 yıl geçti.", [("10 yıl", 10, None, "y", "")]),
        ("Koşucu 5 kişiyi geçti.", [("5 kişi", 5, None, "people", "")]),
    ],
)
def test_turkish_verb_of_exceeding(text, figures):
    assert _figures(text) == figures


# Review of the round: sentences written by the reviewer.
@pytest.mark.parametrize(
    "text, figures",
    [
        # a spreadsheet's cells are no dollars ("A$1:A$9": a range)
        ("The formula =SUM(A$1:A$9) adds the column.", []),
        ("Copy C$2:C$5 into the sheet.", []),
        ("Qantas reported A$2.47 billion (C$2.2 billion).", [("A$2.47 billion", 2_470_000_000, None, "AUD", ""),
                                                            ("C$2.2 billion", 2_200_000_000, None, "CAD", "")]),
        # "won" as a verb before its object is no Korean money
        ("One South Korean won the bronze medal.", []),
        ("He paid 5,000 Korean won for lunch.", [("5,000 Korean won", 5000, None, "KRW", "")]),
        # Turkish "yeni yıl" (new year) after "Japon" is no yen
        ("2025 Japon yeni yılı kutlandı.", []),
        ("Yen 150 milyar Japon yeni değerinde.", [("150 milyar Japon yen", 150_000_000_000, None, "JPY", "")]),
        # Russian "немецких марок" are German brands or stamps as often as marks
        ("В рейтинг вошли 5 немецких марок автомобилей.", [("5 немецких марок", 5, None, "марок", "")]),
        # a Turkish genitive before the figure: a part of a whole that passed, no bound
        ("Sınava girenlerin yüzde 40'ı geçti.", [("yüzde 40", 40, None, "%", "")]),
        ("Öğrencilerin yüzde 40'ı aştı.", [("yüzde 40", 40, None, "%", "")]),
        ("Dolar bugün 40 lirayı aştı.", [("40 lira", 40, None, "TRY", ">")]),
        # "-plus" after a number grouped by spaces is left to the number, as before (not "200-plus" > 200)
        ("The 1 200-plus people came.", [("1 200", 1200, None, "", "")]),
        # "geçmiş" before a period is "past", no verb of exceeding
        ("Ödenen 3 milyon doları geçmiş yıllarda topladı.", [("3 milyon dolar", 3_000_000, None, "USD", "")]),
        ("Sayı 100 bini geçmiş durumda.", [("100 bin", 100_000, None, "", ">")]),
    ],
)
def test_review_of_the_round(text, figures):
    assert [f for f in _figures(text) if f[3] != "date"] == figures
