"""Twentieth round of the figures (issue 15): a Turkish pair of counts before one counted noun ("300 ile 400 kişi", "üç yüz
ya da dört yüz kişi" gave only the high end), thousands of hundreds in words ("yüz bin iki yüz kişi" gave nothing), page
numbers read as counts of pages ("Sayfa 12 sayfa 13"), and the "N or M" pairs found in one pass.  Sentences written for the
round."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.meaning.count_ranges import count_pairs
from desktop.meaning.figures import find_figures
from desktop.suggest.detect import detect
from tests.meaning.meaning_helpers import PROP


def _figures(text):
    return [(s.exact, s.attributes["value"], s.attributes.get("upper"), s.attributes["unit"])
            for s in detect(text, reference="2025-07-01") if s.kind == "figure"]


@pytest.mark.parametrize(
    "text, found",
    [
        ("Meydanda 300 ile 400 kişi bekliyordu.", [("300 ile 400 kişi", 300, 400, "people")]),
        ("Törene 300 ya da 400 kişi geldi.", [("300 ya da 400 kişi", 300, 400, "people")]),
        ("Salona 40 veya 50 kişi sığıyor.", [("40 veya 50 kişi", 40, 50, "people")]),
        ("Üç yüz ya da dört yüz kişi meydanda toplandı.", [("Üç yüz ya da dört yüz kişi", 300, 400, "people")]),
        ("İki ya da üç kişi kapıda bekledi.", [("İki ya da üç kişi", 2, 3, "people")]),
        ("Köye 1.500 ile 2.000 kişi taşındı.", [("1.500 ile 2.000 kişi", 1500, 2000, "people")]),
        ("Mitinge üç ya da dört bin kişi katıldı.", [("üç ya da dört bin kişi", 3000, 4000, "people")]),
        ("Mitinge 3 ya da 4 milyon kişi katıldı.", [("3 ya da 4 milyon kişi", 3_000_000, 4_000_000, "people")]),
        ("Proje 2 ya da 3 yıl sürer.", [("2 ya da 3 yıl", 2, 3, "y")]),
        # negatives: "ile" after a name is "with"; the low end larger, or a tenth of the high end; English "or" is
        # the English rules'; a figure of its own on the low end
        ("Ahmet ile 400 kişi yürüdü.", [("400 kişi", 400, None, "people")]),
        ("Takım 5 ile 400 kişi topladı.", [("400 kişi", 400, None, "people")]),
        ("Bunu 500 ya da 400 kişi söyledi.", [("400 kişi", 400, None, "people")]),
        ("Yarışı 3 kişi ile 40 kişi izledi.", [("3 kişi", 3, None, "people"), ("40 kişi", 40, None, "people")]),
        ("Mitinge beş ya da dört bin kişi katıldı.", [("dört bin kişi", 4000, None, "people")]),
        ("Maç 1 ile 0 bitti.", []),
    ],
)
def test_turkish_pairs_before_one_counted_noun(text, found):
    assert _figures(text) == found


@pytest.mark.parametrize(
    "text, found",
    [
        ("Yüz bin iki yüz kişi oy kullandı.", [("Yüz bin iki yüz kişi", 100_200, None, "people")]),
        ("İki yüz bin üç yüz kişi geldi.", [("İki yüz bin üç yüz kişi", 200_300, None, "people")]),
        ("On iki bin üç yüz kişi yürüdü.", [("On iki bin üç yüz kişi", 12_300, None, "people")]),
        # negatives: the earlier readings stay ("bin iki yüz" 1 200, "yüz bin" alone), a comma parts the numbers
        ("Bin iki yüz kişi geldi.", [("Bin iki yüz kişi", 1200, None, "people")]),
        ("Yüz bin kişi geldi.", [("Yüz bin kişi", 100_000, None, "people")]),
        ("Yüz bin, iki yüz kişi geldi.", [("Yüz bin", 100_000, None, ""), ("iki yüz kişi", 200, None, "people")]),
    ],
)
def test_turkish_thousands_of_hundreds_in_words(text, found):
    assert _figures(text) == found


@pytest.mark.parametrize(
    "text, found",
    [
        ("Sayfa 12 sayfa 13 ile çelişiyor.", []),
        ("See page 12 pages later for the table.", []),
        # negatives: pages counted keep their figure, and a count of something else after "sayfa"/"page"
        ("Ana sayfa 3 kez güncellendi.", [("3 kez", 3, None, "times")]),
        ("It stayed on the front page 2 days in a row.", [("2 days", 2, None, "d")]),
        ("Kitap 300 sayfa tutuyor.", [("300 sayfa", 300, None, "pages")]),
        ("The report runs to 120 pages.", [("120 pages", 120, None, "pages")]),
    ],
)
def test_a_page_number_is_no_count(text, found):
    assert _figures(text) == found


@pytest.mark.parametrize(
    "text, found",
    [
        # a count after "after" stays a count where the date rules give the number up (nineteenth round), a year otherwise
        ("After 2008 copies were sold, the press stopped.", [("figure", "2008 copies")]),
        ("After 2008 the company grew fast.", [("date", "2008")]),
    ],
)
def test_a_count_after_after(text, found):
    assert [(s.kind, s.exact) for s in detect(text, reference="2025-07-01") if s.kind in ("figure", "date")] == found


@PROP
@given(st.sampled_from(["By", "Some", "The", "Between"]), st.sampled_from(["1800", "1850", "1900"]), st.sampled_from(["or", "and"]),
       st.sampled_from(["votes", "people", "copies"]))
def test_pairs_read_once(before, low, word, noun):
    """A pair gives at most one figure over its span, and reading the pairs again adds nothing (one pass finds them)."""
    text = f"{before} {low} {word} 2000 {noun} came."
    start = text.index(low)
    assert sum(1 for f in find_figures(text) if f[0] < text.index(noun) + len(noun) and start < f[1]) <= 1
    once = count_pairs(text, [], [])
    assert count_pairs(text, *once) == once


@pytest.mark.parametrize(
    "text, found",
    [
        # review: a number with a scale word after "sayfa"/"page" is no page's number
        ("Ana sayfa 1,5 milyon kez açıldı.", [("1,5 milyon kez", 1_500_000, None, "times")]),  # (times: thirtieth round)
        ("Sayfa 120 bin kez okundu.", [("120 bin kez", 120_000, None, "times")]),
        ("The front page 3 million readers saw the story.", [("3 million", 3_000_000, None, "")]),
        # review: only the scale word multiplies the low end ("3 bin 300" is no 3 × 1 100: the high end alone)
        ("Mitinge 2 ya da 3 bin 300 kişi katıldı.", [("3 bin 300 kişi", 3300, None, "people")]),
        ("Mitinge 4 veya 5 bin 500 kişi katıldı.", [("5 bin 500 kişi", 5500, None, "people")]),
        ("Mitinge 3 yahut 4 milyon 400 bin kişi katıldı.", [("4 milyon 400 bin kişi", 4_400_000, None, "people")]),
        ("Mitinge 2 yahut 3 bin kişi katıldı.", [("2 yahut 3 bin kişi", 2000, 3000, "people")]),
        # review: two ones words before "bin" are "two or three", no sum ("iki üç bin üç yüz" is no 5 300)
        ("İki üç bin üç yüz kişi geldi.", []),
        ("İki yüz elli beş bin üç yüz kişi geldi.", [("İki yüz elli beş bin üç yüz kişi", 255_300, None, "people")]),
        # review: "ya da" with a no-break space
        ("Törene 300 ya\u00a0da 400 kişi geldi.", [("300 ya\u00a0da 400 kişi", 300, 400, "people")]),
    ],
)
def test_review_fixes(text, found):
    assert _figures(text) == found


@pytest.mark.parametrize(
    "text, found",
    [
        # final read of the twentieth round: "ya da" is Turkish by itself in a short sentence with no other Turkish word
        ("Bilet 300 ya da 400 lira.", [("300 ya da 400 lira", 300, 400, "TRY")]),
        ("Bilet 1999 ya da 2000 lira.", [("1999 ya da 2000 lira", 1999, 2000, "TRY")]),
        ("Bilet 300 yahut 400 lira.", [("300 yahut 400 lira", 300, 400, "TRY")]),
        # the lead: lira have no thousandths, so a dot before three digits groups thousands before "lira" as before "TL"
        ("Fiyat 3.000-4.000 lira.", [("3.000-4.000 lira", 3000, 4000, "TRY")]),
        ("Bilet 4.000 liraya çıktı.", [("4.000 lira", 4000, None, "TRY")]),
        # an exchange rate after the dollar's Turkish name stays a rate
        ("Dolar 8.250 lira oldu.", [("8.250 lira", 8.25, None, "TRY")]),
        # the lead: a European dotted range after the euro sign is thousands; dollars, cents and a price per litre stay decimal
        ("Prices were €1.000-1.500 in Spain.", [("€1.000-1.500", 1000, 1500, "EUR")]),
        ("Prices were $1.20-1.50 in Spain.", [("$1.20-1.50", 1.2, 1.5, "USD")]),
        # (twenty-second round: both ends decimals and the price per litre, was the low end alone)
        ("Diesel cost €1.459-1.529 per litre.", [("€1.459-1.529 per litre", 1.459, 1.529, "EUR/l")]),
    ],
)
def test_final_read_fixes(text, found):
    assert _figures(text) == found
