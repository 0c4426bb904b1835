"""Final read of the fourteenth round: "degrees" on both ends of a range (one range, as "15-20 degrees"), "close to" a
count of places nearby (no ≈), a negated verb one word after a Turkish bound, an ablative that ends no figure before
"kadar" (≤ stays), a copula after a Turkish bound or a percentage in words, "kr" in a Russian sentence, "from AD711
onwards". Sentences written for these tests and the final read's."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.meaning.dates import find_dates
from desktop.meaning.figures import find_figures


def _figures(text):
    return [(text[a:b], x["value"], x.get("upper"), x["unit"], x.get("qualifier")) for a, b, x in find_figures(text)]


@pytest.mark.parametrize("text, figures", [
    # degrees on both ends: one range (°, °C near a word of heat)
    ("Temperatures will range from 15 degrees to 20 degrees.", [("15 degrees to 20 degrees", 15, 20, "°", None)]),
    ("Temperatures ranged between 15 degrees and 20 degrees.", [("15 degrees and 20 degrees", 15, 20, "°", None)]),
    ("Highs of 15 degrees to 20 degrees are expected.", [("15 degrees to 20 degrees", 15, 20, "°", None)]),
    ("The arm rotates from 30 degrees to 90 degrees.", [("30 degrees to 90 degrees", 30, 90, "°", None)]),
    ("The water was between 18 degrees and 22 degrees all week.", [("18 degrees and 22 degrees", 18, 22, "°", None)]),
    ("Sıcaklık 15 dereceden 20 dereceye kadar.", [("15 dereceden 20 derece", 15, 20, "°C", None)]),
    ("Hava sıcaklığı 25 dereceden 32 dereceye kadar yükselecek.", [("25 dereceden 32 derece", 25, 32, "°C", None)]),
    ("Sıcaklık 15 derece ile 20 derece arasında olacak.", [("15 derece ile 20 derece", 15, 20, "°C", None)]),
    ("Açı 15 dereceden 20 dereceye kadar değişir.", [("15 dereceden 20 derece", 15, 20, "°", None)]),
    ("Temperatures will be 15-20 degrees.", [("15-20 degrees", 15, 20, "°", None)]),
    ("Temperatures will range from 15 to 20 degrees.", [("15 to 20 degrees", 15, 20, "°", None)]),
    # "close to" a count of places after a verb of place: nearness, no amount
    ("The hotel is close to 2 metro stations.", [("2 metro stations", 2, None, "stations", None)]),
    ("The house lies close to 3 schools and 2 parks.", [("3 schools", 3, None, "schools", None),
                                                        ("2 parks", 2, None, "parks", None)]),
    ("The villa is located very close to 4 beaches.", [("4 beaches", 4, None, "beaches", None)]),
    ("Close to 500 people died in the floods.", [("500 people", 500, None, "people", "≈")]),
    ("The death toll is close to 500 people.", [("500 people", 500, None, "people", "≈")]),
    # a negated verb one word after the bound turns it round
    ("Sanık 3 yıldan fazla hapis yatmadı.", [("3 yıldan", 3, None, "y", "≤")]),
    ("Hükümlü 5 yıldan fazla cezaevinde kalmadı.", [("5 yıldan", 5, None, "y", "≤")]),
    ("10 yıldan fazla süredir kullanılmayan bina yıkıldı.", [("10 yıldan", 10, None, "y", ">")]),
    # an ablative that ends no figure before "… kadar": "up to" stays
    ("Girişimcilere devletten 500 bin liraya kadar hibe verilecek.", [("500 bin lira", 500000, None, "TRY", "≤")]),
    ("KOSGEB'den 1 milyon liraya kadar destek verilecek.", [("1 milyon lira", 1000000, None, "TRY", "≤")]),
    ("Yunanistan 500 milyon avroya kadar kredi alacak.", [("500 milyon avro", 500000000, None, "EUR", "≤")]),
    ("Bankadan 200 bin liraya kadar kredi çekilebilecek.", [("200 bin lira", 200000, None, "TRY", "≤")]),
    ("Sanık hakkında yeniden 5 yıla kadar hapis istendi.", [("5 yıla", 5, None, "y", "≤")]),
    ("Ödül 10 bin liradan 20 bin liraya kadar değişiyor.", [("10 bin liradan 20 bin lira", 10000, 20000, "TRY", None)]),
    ("Katılım yüzde otuzdan yüzde elliye kadar çıkabilir.", [("yüzde otuzdan yüzde elli", 30, 50, "%", None)]),
    # a copula after the bound's word
    ("Zarar 10.000 dolardan fazlaydı.", [("10.000 dolar", 10000, None, "USD", ">")]),
    ("Enflasyon yüzde 60'tan fazlaydı.", [("yüzde 60", 60, None, "%", ">")]),
    ("Maliyet 10 milyon dolardan fazladır.", [("10 milyon dolar", 10000000, None, "USD", ">")]),
    ("Kayıp iki milyon liradan azdı.", [("iki milyon lira", 2000000, None, "TRY", "<")]),
    ("Stat 50 bin kişiye yakındı.", [("50 bin kişi", 50000, None, "people", "≈")]),
    ("Borç 3 milyar dolardan fazlaymış.", [("3 milyar dolar", 3000000000, None, "USD", ">")]),
    ("Yolculuk 5 saatten fazlaydı.", [("5 saatten", 5, None, "h", ">")]),
    # a copula or the genitive after a percentage in words
    ("Oran yüzde ikiydi.", [("yüzde iki", 2, None, "%", None)]),
    ("Oran yüzde beşti.", [("yüzde beş", 5, None, "%", None)]),
    ("Oran yüzde kırktı.", [("yüzde kırk", 40, None, "%", None)]),
    ("İşsizlik yüzde dokuzdu.", [("yüzde dokuz", 9, None, "%", None)]),
    ("Katılım yüzde ellinin üzerinde.", [("yüzde elli", 50, None, "%", ">")]),
    # crowns written "kr" in a Russian sentence
    ("Билет стоит 150 kr в Стокгольме.", [("150 kr", 150, None, "kr", None)]),
    ("Обед в Осло стоит 300 kr.", [("300 kr", 300, None, "kr", None)]),
])
def test_final_read(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize("text, year", [
    ("Rome ruled the city from AD711 onwards.", "0711"),
    ("The castle stood from AD450 onwards.", "0450"),
])
def test_ad_joined_before_onwards(text, year):
    found = find_dates(text, dt.date(2025, 6, 10))
    assert [a["start"] for _s, _e, a in found] == [year]
