"""Review of the fourteenth round's figure values: sentences each of which was read wrongly on the branch before the
review — a negation after a Turkish duration bound that says how long a state lasted ("10 yıldan fazla kullanılmayan":
more than 10 years), nouns ending like a negative verb ("komedi", "Yılmaz"), verbs beginning like "in-"/"düş-" after
"kadar" ("incelendi", "düşünüldü": up to), "from … to" with the ablative after the low end ("%10'dan %20'ye
kadar": one range, was ≤ on 20 %), "degrees" of a university, "nothing more than", "more or less"."""

import pytest

from desktop.meaning.figures import find_figures


def _figures(text):
    return [(text[a:b], x["value"], x.get("upper"), x["unit"], x.get("qualifier")) for a, b, x in find_figures(text)]


@pytest.mark.parametrize(
    "text, figures",
    [
        # a negative participle after a duration: how long the state lasted, the bound stays ">"
        ("Bina 10 yıldan fazla kullanılmayan bir okul.", [("10 yıldan", 10, None, "y", ">")]),
        ("Ülkede 6 aydan fazla görülmeyen hastalık.", [("6 aydan", 6, None, "mo", ">")]),
        ("2 yıldan fazla ödenmeyen borçlar silindi.", [("2 yıldan", 2, None, "y", ">")]),
        ("10 yıldan fazla değişmeyen kurallar.", [("10 yıldan", 10, None, "y", ">")]),
        # ... but "değil" and the verbs whose object is the time still turn it round
        ("Tamirat 5 yıldan fazla değildir.", [("5 yıldan", 5, None, "y", "≤")]),
        ("Hasta 3 günden fazla bekleyemez.", [("3 günden", 3, None, "d", "≤")]),
        ("Hiçbir şehirde 4 günden fazla kalmayan gezgin.", [("4 günden", 4, None, "d", "≤")]),
        ("Bekleme 20 dakikadan az sürmez.", [("20 dakikadan", 20, None, "min", "≥")]),
        # a noun that ends like a negative verb
        ("Kanalda 10 saatten fazla komedi yayınlandı.", [("10 saatten", 10, None, "h", ">")]),
        ("Salonda 50 kişiden fazla Yılmaz vardı.", [("50 kişi", 50, None, "people", ">")]),
        ("Törene 80 kişiden fazla gelmedi.", [("80 kişi", 80, None, "people", "≤")]),
        # "incelendi" (examined), "düşünüldü" (thought of) are no change to a level: "up to" stays
        ("Yol 5 kilometreye kadar incelendi.", [("5 kilometreye", 5, None, "km", "≤")]),
        ("Salon 500 kişiye kadar düşünüldü.", [("500 kişi", 500, None, "people", "≤")]),
        # ... while "indi", "inmişti", "indirildi", "düşürülmüştür" are the level reached
        ("Sular 2 metreye kadar inmişti.", [("2 metreye", 2, None, "m", None)]),
        ("Ceza 10 yıla kadar indirildi.", [("10 yıla", 10, None, "y", None)]),
        ("Fiyat 5 liraya kadar düşürüldü.", [("5 lira", 5, None, "TRY", None)]),
        ("Sıcaklık -30 dereceye kadar düşmüştü.", [("-30 derece", -30, None, "°C", None)]),
    ],
)
def test_turkish_bounds_turned_or_reached(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        # "from … to" whose ablative follows the low end's span: one range, and the high end is no "up to"
        ("Faiz %10'dan %20'ye kadar çıkabilir.", [("%10'dan %20", 10, 20, "%", None)]),
        ("Salona 100 kişiden 200 kişiye kadar alınır.", [("100 kişiden 200 kişi", 100, 200, "people", None)]),
        ("Nüfus 5 binden 10 bine kadar arttı.", [("5 binden 10 bin", 5000, 10000, "", None)]),
        ("Fiyat 50 liradan 80 liraya kadar değişiyor.", [("50 liradan 80 lira", 50, 80, "TRY", None)]),
        # the larger first, or two units, stay two figures
        ("Faiz %30'dan %20'ye kadar inebilir.", [("%30", 30, None, "%", None), ("%20", 20, None, "%", None)]),
        ("Yıllık 5 kişiden 10 bin liraya kadar bağış.",
         [("5 kişi", 5, None, "people", None), ("10 bin lira", 10000, None, "TRY", None)]),
    ],
)
def test_turkish_from_to_with_the_ablative_after_the_span(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        ("He holds 2 degrees in Economics.", [("2 degrees", 2, None, "degrees", None)]),
        ("The university awarded 300 degrees this year.", [("300 degrees", 300, None, "degrees", None)]),
        ("She was held at minus 5 degrees.", [("5 degrees", -5, None, "°", None)]),
        ("It was nothing more than 5 minutes of fame.", [("5 minutes", 5, None, "min", None)]),
        ("The team has more or less 50 people.", [("50 people", 50, None, "people", "≈")]),
    ],
)
def test_english_degrees_of_a_school_and_bounds(text, figures):
    assert _figures(text) == figures
