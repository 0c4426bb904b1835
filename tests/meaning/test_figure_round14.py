"""Fourteenth round of the figures (issue 15): the defects the thirteenth round left and the largest Turkish misses of
the study sets, each from sentences written for it — a Russian hour after "после" as a time of day, "длится до" as a
duration's bound, a glued range of degrees, a list of places with their degrees, a latitude named before its degrees,
crowns written "kr", animals whose plural has no -s, acre-feet, fluid ounces and US gallons, the softened Turkish
"-lığı", and a dimension's last number glued to its "x"."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.meaning.figures import find_figures
from tests.meaning.meaning_helpers import PROP


def _figures(text):
    return [(text[a:b], x["value"], x.get("upper"), x["unit"], x.get("qualifier")) for a, b, x in find_figures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "После 22 часов продажа пива в киосках запрещена.",
        "После 19 часов.",
        "Офис закрыт после 20 часов в пятницу.",
        "Библиотека работает с 8 до 12 часов по субботам.",
        "Заседание продлится до 18 часов.",  # (until six in the evening: only "длится" is read as lasting)
        "The wreck was found at Lat. 40° in deep water.",
        "Their position: latitude 33.5°, longitude 12°.",
        "Krypton-85, or 85Kr, is an isotope of a noble gas.",
        "The monitor runs at 1920x1080 pixels.",
        "The pointer was 0x100 entries off.",
        "The 1º Batallón marched at dawn.",
    ],
)
def test_no_figure(text):
    assert _figures(text) == []


@pytest.mark.parametrize(
    "text, figures",
    [
        # "после" with the genitive of what the hours were spent on, or an hour up to 12: a duration
        ("После 16 часов переговоров делегации разъехались.", [("16 часов", 16, None, "h", None)]),
        ("После 15 часов непрерывного боя гарнизон сдался.", [("15 часов", 15, None, "h", None)]),
        ("После 20 часов поисков туристов нашли.", [("20 часов", 20, None, "h", None)]),
        ("После 3 часов ожидания пассажиров пересадили.", [("3 часов", 3, None, "h", None)]),
        # "длится до" bounds a duration whatever its hour
        ("Полёт длится до 16 часов без посадки.", [("16 часов", 16, None, "h", "≤")]),
        ("Обычно ремонт длится до 14 часов.", [("14 часов", 14, None, "h", "≤")]),
        ("Перелёт длится 11 часов.", [("11 часов", 11, None, "h", None)]),
    ],
)
def test_russian_hours(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        ("Tomorrow 15°C-20°C, cooler at night.", [("15°C-20°C", 15, 20, "°C", None)]),
        ("Forecast: 59°F-68°F with showers.", [("59°F-68°F", 59, 68, "°F", None)]),
        ("It fell from 5°C to -3°C overnight.", [("5°C", 5, None, "°C", None), ("-3°C", -3, None, "°C", None)]),
        ("At night 15°C -20°C in the valley.", [("15°C", 15, None, "°C", None), ("-20°C", -20, None, "°C", None)]),
        # a list of places and their degrees: one degree each (the sign alone stays open, as "hit 104°" does; a Turkish
        # or Russian word of heat makes it °C)
        ("Istanbul 35° Ankara 30° Izmir 33°", [("35°", 35, None, "°", None), ("30°", 30, None, "°", None), ("33°", 33, None, "°", None)]),
        ("Hava sıcaklığı: Antalya 36° Bursa 29°", [("36°", 36, None, "°C", None), ("29°", 29, None, "°C", None)]),
        ("The pipe was bent to a 45° angle.", [("45°", 45, None, "°", None)]),
    ],
)
def test_degrees(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        ("A guided walk costs 2500-4600 Kr per group.", [("2500-4600 Kr", 2500, 4600, "kr", None)]),
        ("The ferry ticket is 150 Kr each way.", [("150 Kr", 150, None, "kr", None)]),
        ("Coffee was 35 kr. at the kiosk.", [("35 kr", 35, None, "kr", None)]),
        ("Between two and 400 sheep were lost in the storm.", [("two and 400 sheep", 2, 400, "sheep", None)]),
        ("The farm keeps 300 sheep and 40 cattle.", [("300 sheep", 300, None, "sheep", None), ("40 cattle", 40, None, "cattle", None)]),
        ("The dam stores 300 acre-feet of water.", [("300 acre-feet", 300, None, "acre·ft", None)]),
        ("The district used 1,200 acre feet in May.", [("1,200 acre feet", 1200, None, "acre·ft", None)]),
        ("The field is 40 acres.", [("40 acres", 40, None, "acre", None)]),
        ("Pour 200 ml / 6.8 fl oz of juice.", [("200 ml", 200, None, "ml", None), ("6.8 fl oz", 6.8, None, "fl oz", None)]),
        ("Mix 1 liter (0.3 US gal) of water.", [("1 liter", 1, None, "l", None), ("0.3 US gal", 0.3, None, "gal", None)]),
        ("The tank holds 5 gallons.", [("5 gallons", 5, None, "gallons", None)]),  # (a count, as before)
    ],
)
def test_english_units_and_counts(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        ("Madeni paranın 10 liralığı 2000 yılında basıldı.", [("10 lira", 10, None, "TRY", None)]),
        ("Şirketin 5 milyon dolarlığı satıldı.", [("5 milyon dolar", 5000000, None, "USD", None)]),
        ("Duvarın 20 metreliği yıkıldı.", [("20 metreliği", 20, None, "m", None)]),
        ("Sporcu 4x100 metre bayrak yarışında koştu.", [("100 metre", 100, None, "m", None)]),
        ("Tabanca 9x18 mm'lik mermi kullanır.", [("18 mm", 18, None, "mm", None)]),
        ("She won the 4x400 m relay in Rome.", [("400 m", 400, None, "m", None)]),  # as "4 x 400 m" was read
        ("Bina kuzeyinde 5 liralık bilet satılır.", [("5 lira", 5, None, "TRY", None)]),
        # Turkish units of power and energy
        ("Santral 1.200 megavatlık güce sahiptir.", [("1.200 megavat", 1200, None, "MW", None)]),
        ("Evin tüketimi 5 kilovatsaat oldu.", [("5 kilovatsaat", 5, None, "kWh", None)]),
        ("Çatıdaki panel 3 kilovat üretir.", [("3 kilovat", 3, None, "kW", None)]),
        ("Kurulu güç 2 gigavata ulaştı.", [("2 gigavat", 2, None, "GW", None)]),
    ],
)
def test_turkish_forms(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        # Turkish number words with a scale word, the money or the people after it
        ("Film iki milyon dolar hasılat yaptı.", [("iki milyon dolar", 2000000, None, "USD", None)]),
        ("Proje için üç milyar lira harcandı.", [("üç milyar lira", 3000000000, None, "TRY", None)]),
        ("Kentte yaklaşık iki yüz bin kişiye iş sağlandı.", [("iki yüz bin kişi", 200000, None, "people", "≈")]),
        ("Şirket üç milyon beş yüz bin avro kazandı.", [("üç milyon beş yüz bin avro", 3500000, None, "EUR", None)]),
        ("Savaşta otuz bin asker öldü.", [("otuz bin", 30000, None, "", None)]),
        ("İki bin 500 kişi geldi.", [("İki bin 500 kişi", 2500, None, "people", None)]),  # (as before: numbers.py)
        # "yüzde" and number words, a case ending after the last one
        ("İşsizlik yüzde otuz beşe çıktı.", [("yüzde otuz beş", 35, None, "%", None)]),
        ("Katılım yüzde on oldu.", [("yüzde on", 10, None, "%", None)]),
        ("Kentin payı ülkenin yüzde on altısı kadardı.", [("yüzde on altı", 16, None, "%", None)]),  # (a possessive)
        ("Raporda on milyon dolar geçiyordu.", [("on milyon dolar", 10000000, None, "USD", None)]),
        # a copula after the money or the scale
        ("Ödül 10.000 dolardı.", [("10.000 dolar", 10000, None, "USD", None)]),
        ("Bütçe 5 milyardır.", [("5 milyar", 5000000000, None, "", None)]),
    ],
)
def test_turkish_amounts_in_words(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text",
    [
        "Okul iki bin yılında açıldı.",  # a year
        "Takım ikinci sırada yer aldı.",
        "Sezonda yüzde ikinci oldu.",
        "They sat on bin bags by the door.",
        "Kadın 3 kişiliğini birleştirir.",  # personalities, no people
        "Bu birim bir derecenin üç bin altı yüzde biridir.",  # a fraction whose number goes on
    ],
)
def test_no_turkish_amount(text):
    assert _figures(text) == []


_ONES = ["", "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz"]
_TENS = ["", "on", "yirmi", "otuz", "kırk", "elli", "altmış", "yetmiş", "seksen", "doksan"]


def _turkish(n):
    """Turkish number words for 1 ≤ n ≤ 999 ("yüz" alone for 100, never "bir yüz")."""
    hundreds, rest = divmod(n, 100)
    words = ([] if not hundreds else ["yüz"] if hundreds == 1 else [_ONES[hundreds], "yüz"])
    return " ".join(w for w in [*words, _TENS[rest // 10], _ONES[rest % 10]] if w)


@PROP
@given(st.integers(1, 999), st.sampled_from([("milyon", 10**6), ("milyar", 10**9)]),
       st.sampled_from([("dolar", "USD"), ("avro", "EUR"), ("lira", "TRY"), ("kişi", "people")]))
def test_turkish_words_with_a_scale_read_as_their_digits(n, scale, counted):
    text = f"Raporda {_turkish(n)} {scale[0]} {counted[0]} yazıyordu."
    words = f"{_turkish(n)} {scale[0]} {counted[0]}"
    assert _figures(text) == [(words, n * scale[1], None, counted[1], None)]
