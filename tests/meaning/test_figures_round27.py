"""Figures found, twenty-seventh round (issue 15, figure recall): Turkish number words before money or a unit of measure
("beş dolar", "Beş kilometre yürüdü", "iki bin metre"), and "Korean won a month". Sentences written for the round."""

from __future__ import annotations

import pytest

from desktop.meaning.figures import find_figures


def _read(text: str) -> list[tuple[str, object, str]]:
    return [(text[a:b], x["value"], x.get("unit", "")) for a, b, x in find_figures(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # money after number words without a scale word
        ("Adam markete gidip beş dolar ödedi.", ("beş dolar", 5, "USD")),
        ("Çocuk bakkala elli lira borçlandı.", ("elli lira", 50, "TRY")),
        ("Müzeye giriş için on beş avro verdik.", ("on beş avro", 15, "EUR")),
        ("Elli dolara satılan kitap tükendi.", ("Elli dolar", 50, "USD")),
        ("Yüz dolarlık banknotların sahte olduğu anlaşıldı.", ("Yüz dolar", 100, "USD")),
        ("Kira yetmiş beş sterlin arttı.", ("yetmiş beş sterlin", 75, "GBP")),
        # a unit of measure after a capitalised number word opening a sentence
        ("Sabah erkenden evden çıktı. Beş kilometre yürüdü ve köye vardı.", ("Beş kilometre", 5, "km")),
        ("Diyete başladı. Dört kilo verdi ve mutlu oldu.", ("Dört kilo", 4, "kg")),
        ("Üç litre su içmesi gerekiyor.", ("Üç litre", 3, "l")),
        # "bin" alone or among the words before a measure, and "on" before a measure
        ("Koşucu iki bin metre koştu.", ("iki bin metre", 2000, "m")),
        ("Göçmenler bin kilometre yürüdü.", ("bin kilometre", 1000, "km")),
        ("Adam on kilometre yürüdü.", ("on kilometre", 10, "km")),
        ("Tarla iki bin beş yüz metrekare büyüklüğünde.", ("iki bin beş yüz metrekare", 2500, "m²")),
    ],
)
def test_turkish_number_words_before_a_unit(text, expected):
    assert expected in _read(text)


@pytest.mark.parametrize(
    "text",
    [
        "Çocuğa bir kilo elma aldı.",  # "bir": a, one
        "Beş Dolar Ver filmi vizyona girdi.",  # a title in running text
        "The tax on euro deposits rose.",  # English "on"
        "They sat on lira reserves for years.",
        "He stepped on metre-long boards.",
        "The bin liners were thrown on ton after ton of waste.",
        "Yolun on kilometresi bozuk.",  # no Turkish letter: "on" stays unread
    ],
)
def test_turkish_number_words_not_read(text):
    assert not any(unit in ("USD", "EUR", "TRY", "kg", "km", "m", "t") and isinstance(value, int) and value in (1, 10, 1000)
                   for _s, value, unit in _read(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Adam birkaç yüz lira kazandı.", ("birkaç yüz lira", 200, "TRY")),  # vague, as before
        ("Adam beş bin lira ödedi.", ("beş bin lira", 5000, "TRY")),  # the scale word's reading, as before
        ("Tankta yetmiş litreyi aşkın yakıt vardı.", ("yetmiş litreyi", 70, "l")),  # the span as before
    ],
)
def test_turkish_word_amounts_read_as_before(text, expected):
    assert expected in _read(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("She paid 5,000 Korean won a month for the room.", ("5,000 Korean won a month", 5000, "KRW/mo")),
        ("Rent is 300,000 South Korean won a month.", ("300,000 South Korean won a month", 300000, "KRW/mo")),
    ],
)
def test_korean_won_a_month(text, expected):
    assert expected in _read(text)


@pytest.mark.parametrize("text", ["One South Korean won a medal in Paris.", "Two Korean won a gold medal."])
def test_korean_won_the_verb(text):
    assert not any("KRW" in str(unit) for _s, _v, unit in _read(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        # "pounds" after number words, money or weight where nothing tells which: read as "12 pounds" is
        ("He lost twelve pounds over the summer.", ("twelve pounds", 12, "pounds")),
        ("The ticket cost ten pounds.", ("ten pounds", 10, "pounds")),
        ("He paid twenty-five pounds for the coat.", ("twenty-five pounds", 25, "pounds")),
        # a weight where the sentence speaks of one, money after a scale word: as before
        ("The baby weighed seven pounds.", ("seven pounds", 7, "lb")),
        ("She sold the house for two hundred thousand pounds.", ("two hundred thousand pounds", 200000, "GBP")),
    ],
)
def test_pounds_after_number_words(text, expected):
    assert expected in _read(text)


@pytest.mark.parametrize("text", ["He spent a few pounds on it.", "Pounds of beef were sold.", "One pound coins are rare."])
def test_pounds_without_a_number_word(text):
    assert not any(unit == "pounds" for _s, _v, unit in _read(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        # grams with a Turkish case ending or "-lık"
        ("Altının gramı dün 2.500 liraya çıktı; kuyumcu 500 grama teklif verdi.", ("500 grama", 500, "g")),
        ("Fırından 250 gramlık ekmekler çıktı.", ("250 gramlık", 250, "g")),
        ("Paketin ağırlığı 500 gramdır.", ("500 gramdır", 500, "g")),
        ("Her tablette 200 miligram kafein var.", ("200 miligram", 200, "mg")),
        # data sizes before a Turkish word of size or storage
        ("Güncelleme dosyası 120 MB boyutunda.", ("120 MB", 120, "MB")),
        ("Telefon 128 GB depolama alanı sunuyor.", ("128 GB", 128, "GB")),
    ],
)
def test_turkish_grams_and_data(text, expected):
    assert expected in _read(text)


@pytest.mark.parametrize("text", ["1.5 million TB deaths were recorded.", "He gave 5 gr to the fund.", "Paket 250 gr'dır."])
def test_no_new_unit_read(text):
    assert not any(unit in ("TB", "g") for _s, _v, unit in _read(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        # a multiplier written with x or ×, as "3 times"
        ("Sales of the app grew 3x last year.", ("3x", 3, "times")),
        ("Rents in the capital are 1.5× the national average.", ("1.5×", 1.5, "times")),
        ("Costs rose 10x, the audit found.", ("10x", 10, "times")),
        ("The dose was 2 × the usual amount.", ("2 ×", 2, "times")),
        ("Traffic hit more than 4x its normal level.", ("4x", 4, "times")),
    ],
)
def test_multiplier_with_x(text, expected):
    assert expected in _read(text)


@pytest.mark.parametrize(
    "text",
    [
        "The army bought 40 new 4x4 trucks.",  # a drive's name
        "She won the 4x100 relay.",
        "The room measures 3x4 metres.",  # a dimension
        "The score was 5 × 2 at half time.",
        "Set the flag to 0x1F first.",  # hexadecimal
        "He ordered a 3XL jacket and 2xl socks.",  # sizes
        "Solve 2x + 3 = 7 for x.",  # algebra
        "The new Pixel 6X phone sold well.",  # a model
        "The plane has 2x General Electric engines.",  # a count of named things
        "The album went 10x Platinum.",
        "Playback at 1x speed is the default.",
    ],
)
def test_no_multiplier(text):
    assert not any(unit == "times" for _s, _v, unit in _read(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        # fractions "N-de M-i", with a case ending or not
        ("Salgında köyün üçte birini kaybettik.", ("üçte biri", 0.3333, "")),
        ("Nüfusun beşte ikisi kırsalda yaşıyor.", ("beşte ikisi", 0.4, "")),
        ("Pastanın altıda birini yedi.", ("altıda biri", 0.1667, "")),
        ("Nüfusun onda biri yaşlı.", ("onda biri", 0.1, "")),
        ("Dörtte üçü kadındı.", ("Dörtte üçü", 0.75, "")),  # as before
        # a percentage in words with the possessive and a case
        ("Aday oyların yüzde kırkını aldı.", ("yüzde kırk", 40, "%")),
        ("Oyların yüzde ellisinden fazlasını aldı.", ("yüzde elli", 50, "%")),
        # "misli" (times)
        ("Fiyatlar üç misli arttı.", ("üç misli", 3, "times")),
        ("Satışlar 5 misline çıktı.", ("5 misline", 5, "times")),
        # a percentage after a Turkish ablative ending: not the English "ten"
        ("Faiz %8,5'ten %9'a çıktı.", ("%9", 9, "%")),
    ],
)
def test_turkish_fractions_percentages_times(text, expected):
    assert expected in _read(text)


@pytest.mark.parametrize(
    "text",
    [
        "Onda biri var gibi geldi bana.",  # "onda": in him
        "İkide bir telefon çalıyor.",  # every so often
        "Misli görülmemiş bir kalabalık vardı.",  # unprecedented
        "Faiz %8,5'ten %9'a çıktı.",  # no "ten %"
    ],
)
def test_turkish_not_fractions(text):
    assert not any(value in (0.1, 0.5, 10) for _s, value, _u in _read(text))


def test_ten_in_quotes_still_counts():
    assert ("ten people", 10, "people") in _read("He said 'ten people died' in the blast.")


@pytest.mark.parametrize("text", ["Açısal saniye, derecenin üç bin altı yüzde birine denk gelir.", "Bu, derecenin altı yüzde biri."])
def test_hundreds_locative_is_no_percentage(text):
    assert not any(unit == "%" for _s, _v, unit in _read(text))


# Review of the round (sentences written for the review)

@pytest.mark.parametrize(
    "text",
    [
        # "on" before a measure in an English sentence whose only Turkish letters are a name's
        "The crash happened on kilometre 45 of the İzmir highway.",
        "Traffic stopped on kilometre 12 near Eskişehir.",
        "Exporters in Mersin sold hazelnuts on ton basis, Erdoğan said.",
        "Analysts in Ankara commented on gram gold prices, said Şimşek.",
        "The fee was on litre basis in Düzce.",
        # "TL" and "ruble" are English spellings too
        "Foreign investors turned bearish on TL assets.",
        "Sanctions weigh on ruble as oil falls.",
        "Pressure on ruble grew after the Şoygu remarks.",
    ],
)
def test_english_on_before_a_unit_is_no_ten(text):
    assert not any(value == 10 for _s, value, _u in _read(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kasiyer çocuğa on TL üstünü verdi.", ("on TL", 10, "TRY")),
        ("Bunu duyunca çok şaşırdı, on kilometre yürüdü.", ("on kilometre", 10, "km")),
        ("Rusya'da on ruble ödedi.", ("on ruble", 10, "RUB")),
    ],
)
def test_turkish_on_before_a_unit_still_read(text, expected):
    assert expected in _read(text)


@pytest.mark.parametrize(
    "text",
    [
        # the locative after a word of the clock is the hour: "at three, one of them called"
        "Saat üçte birini aradı.",
        "Saat dörtte biri geldi.",
        "Saat üçte ikisi gelmişti.",
        "Sabah beşte ikisi uyandı.",
        "Akşam altıda biri aradı.",
        "Saat tam üçte birini aradım.",
        "Gece üçte biri kapıyı çaldı.",
        "Saat sekizde ikisi geldi.",
    ],
)
def test_an_hour_is_no_fraction(text):
    assert not any(unit == "" and isinstance(value, float) and value < 1 for _s, value, unit in _read(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Saatin üçte biri boşa geçti.", ("üçte biri", 0.3333, "")),  # a third of the hour
        ("Katılımcıların üçte biri kadındı.", ("üçte biri", 0.3333, "")),
    ],
)
def test_fractions_beside_the_clock_still_read(text, expected):
    assert expected in _read(text)


@pytest.mark.parametrize(
    "text",
    [
        "One South Korean won a day off.",  # the verb: a day off, a head start, a piece of the prize
        "One South Korean won a head start in the race.",
        "One Korean won a piece of the prize.",
        "Two Korean won a year's supply of kimchi.",
    ],
)
def test_korean_won_a_period_as_the_verb(text):
    assert not any("KRW" in str(unit) for _s, _v, unit in _read(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Rent was 300,000 Korean won a month, or about $220.", ("300,000 Korean won a month", 300000, "KRW/mo")),
        ("It costs 9,000 Korean won a day in Seoul.", ("9,000 Korean won a day", 9000, "KRW/d")),
    ],
)
def test_korean_won_a_period_before_a_stop_or_a_linking_word(text, expected):
    assert expected in _read(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("There were 300 TB verified cases last year.", ("300 TB verified cases", 300, "cases")),  # tuberculosis
        ("Yedekte 40 GB veriler duruyor.", ("40 GB", 40, "GB")),
        ("Telefonda 64 GB kartta yer var.", ("64 GB", 64, "GB")),
    ],
)
def test_data_words_turkish_only(text, expected):
    assert expected in _read(text)


def test_the_karting_video_has_no_gigabytes():
    assert not any(unit == "GB" for _s, _v, unit in _read("The 5 GB karting video won a prize."))


def test_misli_without_a_number_is_no_multiple():
    assert not any(unit == "times" for _s, _v, unit in _read("Misli görülmemiş bir kalabalık vardı."))
