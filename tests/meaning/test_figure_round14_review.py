"""Review of the fourteenth round of the figures: a masculine genitive in "-а" after "после N часов" says what the hours
were spent on (a duration), a feminine subject in "-а"/"-я" with its feminine predicate makes the hour a time of day,
and "Kr" in a Turkish sentence is the kuruş, not a crown."""

import pytest

from desktop.meaning.figures import find_figures


def _figures(text):
    return [(text[a:b], x["value"], x.get("upper"), x["unit"], x.get("qualifier")) for a, b, x in find_figures(text)]


@pytest.mark.parametrize(
    "text, figures",
    [
        ("После 15 часов штурма город пал.", [("15 часов", 15, None, "h", None)]),
        ("После 16 часов допроса его отпустили.", [("16 часов", 16, None, "h", None)]),
        ("После 13 часов суда присяжные удалились.", [("13 часов", 13, None, "h", None)]),
        ("После 16 часов марафона бегуны устали.", [("16 часов", 16, None, "h", None)]),
        ("После 14 часов боя гарнизон сдался.", [("14 часов", 14, None, "h", None)]),
        ("После 16 часов допроса она призналась.", [("16 часов", 16, None, "h", None)]),  # (a pronoun's own predicate)
    ],
)
def test_a_masculine_genitive_after_the_hours_is_a_duration(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text",
    [
        "После 22 часов продажа алкоголя запрещена.",
        "После 23 часов тишина обязательна.",
        "После 19 часов торговля запрещена.",
        "После 22 часов музыка запрещена.",
    ],
)
def test_a_feminine_subject_with_its_predicate_after_the_hours_is_a_time_of_day(text):
    assert _figures(text) == []


@pytest.mark.parametrize("text", ["Bu kitap 3 Kr indirimli satılıyor.", "Ekmek 25 kr'dan satıldı."])
def test_kr_in_a_turkish_sentence_is_no_crown(text):
    assert all(f[3] != "kr" for f in _figures(text))


@pytest.mark.parametrize(
    "text, figures",
    [
        ("Prisen er 150 kr for voksne.", [("150 kr", 150, None, "kr", None)]),
        ("A guided walk costs 2500-4600 Kr per group.", [("2500-4600 Kr", 2500, 4600, "kr", None)]),
    ],
)
def test_kr_elsewhere_stays_a_crown(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        ("Fiyat 3 liraydı.", [("3 lira", 3, None, "TRY", None)]),
        ("Stat 50 bin kişiydi.", [("50 bin kişi", 50000, None, "people", None)]),
    ],
)
def test_a_copula_after_a_vowel_takes_its_y(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        ("About 2,000 cattle ranchers protested.", [("2,000 cattle ranchers", 2000, None, "ranchers", "≈")]),
        ("Hunters shot 40 deer hunters by mistake.", [("40 deer hunters", 40, None, "hunters", None)]),
        ("He counted 40 deer near the lake.", [("40 deer", 40, None, "deer", None)]),
    ],
)
def test_animals_without_an_s_are_not_the_people_who_keep_them(text, figures):
    assert _figures(text) == figures


def test_a_hexadecimal_number_is_no_dimension():
    assert _figures("The value 0x10 people cannot read.") == []


@pytest.mark.parametrize("text", ["Bu on binde bir ihtimal.", "İki milyonda bir görülen bir hastalık."])
def test_a_turkish_scale_word_in_the_locative_before_a_number_is_a_proportion(text):
    assert _figures(text) == []


@pytest.mark.parametrize(
    "text, figures",
    [
        ("The road climbs a long 30° slope.", [("30°", 30, None, "°", None)]),
        ("Position: long. 13° east.", []),
        ("Long: 13° E.", []),
    ],
)
def test_the_adjective_long_names_no_longitude(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        ("İki milyon 300 bin kişi oy kullandı.", [("İki milyon 300 bin kişi", 2300000, None, "people", None)]),
        ("İki milyar 500 milyon dolar harcandı.", [("İki milyar 500 milyon dolar", 2500000000, None, "USD", None)]),
        ("2 milyon 300 bin kişi oy kullandı.", [("2 milyon 300 bin kişi", 2300000, None, "people", None)]),  # (as before)
        ("Milyon 300 bin kişi.", [("300 bin kişi", 300000, None, "people", None)]),  # (no number word before "milyon")
    ],
)
def test_turkish_words_and_digits_make_one_amount(text, figures):
    assert _figures(text) == figures
