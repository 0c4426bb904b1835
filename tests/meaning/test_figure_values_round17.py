"""Seventeenth round of the figure values (issue 15), each from sentences written for the round: money written sign first
with one currency for a range ("$300-400" was $300 alone, "$1,200-1,500" 1 200 USD and a bare 1 500, "£7-9m" £7 and 9
metres), a change by a range of money ("grew by $10 to 12 million": 10–12 million USD, was $10 and a bare 12 million)
and the two levels of a change from money to a scaled figure ("climbed from $6 to 8 million": 6 and 8 million USD, was
6 USD and a bare 8 million); the table of qualifiers and shared scale words the brief named, checked right."""

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from desktop.meaning.figures import find_figures
from desktop.suggest.detect import detect
from tests.meaning.meaning_helpers import PROP


def _figures(text):
    return [(text[a:b], x["value"], x.get("upper"), x["unit"], x.get("qualifier")) for a, b, x in find_figures(text)]


@pytest.mark.parametrize(
    "text, figures",
    [
        # the sign once, a bare high end after a dash: both ends are money
        ("Seats at the gala cost $150-250 each.", [("$150-250", 150, 250, "USD", None)]),
        ("A bunk in the hut runs €25–40.", [("€25–40", 25, 40, "EUR", None)]),
        ("The vet's bill came to £1,800-2,400 in the end.", [("£1,800-2,400", 1800, 2400, "GBP", None)]),
        ("Diesel sits at $4.50-5.25 a gallon.", [("$4.50-5.25 a gallon", 4.5, 5.25, "USD/gal", None)]),
        ("Notaries charge $200 - 350 an hour.", [("$200 - 350 an hour", 200, 350, "USD/h", None)]),
        ("Flights to Lima cost US$600-900 return.", [("US$600-900", 600, 900, "USD", None)]),
        # (twenty-second round: "за ночь" is a price's rate, was USD alone)
        ("Номер в хостеле стоит $30-45 за ночь.", [("$30-45 за ночь", 30, 45, "USD/night", None)]),
        ("Bir gece $80-120 tutuyor.", [("$80-120", 80, 120, "USD", None)]),
        # an "m" glued after the high end is a million, not metres
        ("The studio spent £12-15m on the sequel.", [("£12-15m", 12_000_000, 15_000_000, "GBP", None)]),
        ("The club paid €30m-35m for the keeper.", [("€30m-35m", 30_000_000, 35_000_000, "EUR", None)]),
        # unchanged: two numbers grouped unlike are no range ("$2-3,000" may be 2 000–3 000), a dot before three digits
        # may group thousands, a score and a vote are no money
        ("The lamp sold for $2-3,000.", [("$2", 2, None, "USD", None), ("3,000", 3000, None, "", None)]),
        # (twentieth round: both ends dotted alike, the low one read as thousands by the lira's sign, so the high one too)
        ("Kira ₺5.000-6.000 arasında.", [("₺5.000-6.000", 5000, 6000, "TRY", None)]),
        ("She won 6-4 in the final set.", []),
        # the high end with its own unit stays its own figure
        ("Bids of $300 to 400 people came in.", [("$300", 300, None, "USD", None), ("400 people", 400, None, "people", None)]),
    ],
)
def test_money_written_sign_first_is_money_at_both_ends_of_a_range(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        # decided: "by" gives the size of the change, here a range with the currency and the scale written once
        ("Turnover grew by $3 to 5 million in the quarter.", [("$3 to 5 million", 3_000_000, 5_000_000, "USD", None)]),
        ("Costs fell by €1 to 2 billion after the reform.", [("€1 to 2 billion", 10**9, 2 * 10**9, "EUR", None)]),
        # "from … to" after a verb of change: two levels, each in millions of the currency
        ("The price climbed from $4 to 6 million in a year.",
         [("$4", 4_000_000, None, "USD", None), ("6 million", 6_000_000, None, "USD", None)]),
        ("Sales rose from £2 to 3 billion.", [("£2", 2 * 10**9, None, "GBP", None), ("3 billion", 3 * 10**9, None, "GBP", None)]),
        ("Orders fell from $9 to 7 million.", [("$9", 9_000_000, None, "USD", None), ("7 million", 7_000_000, None, "USD", None)]),
        # not where the shared scale would put the two levels more than ten times apart: the low end as written
        ("Orders grew from $400 to 3 million.", [("$400", 400, None, "USD", None), ("3 million", 3_000_000, None, "", None)]),
        ("Costs went from $5 to $7 million.", [("$5", 5_000_000, None, "USD", None), ("$7 million", 7_000_000, None, "USD", None)]),
        ("Fees rose from 5 dollars to 7 million dollars.",
         [("5 dollars", 5, None, "USD", None), ("7 million dollars", 7_000_000, None, "USD", None)]),
        # unchanged: the currency written twice after "by" is a change and a level (as "rose by 2% to 5%")
        ("Income rose by $5 to $7 million last year.",
         [("$5", 5, None, "USD", None), ("$7 million", 7_000_000, None, "USD", None)]),
        # a range after "ranging from" as before
        ("Ranging from $6 to 8 million, the bids were high.", [("$6 to 8 million", 6_000_000, 8_000_000, "USD", None)]),
    ],
)
def test_a_change_by_a_money_range_and_a_change_from_money_to_a_scaled_level(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Some 2–3 million tickets were printed.", ("2–3 million tickets", 2_000_000, 3_000_000, "tickets", "≈")),
        ("Мост обошёлся в 2-3 млн рублей.", ("2-3 млн рублей", 2_000_000, 3_000_000, "RUB", None)),
        ("Köprüye 2-3 milyon lira harcandı.", ("2-3 milyon lira", 2_000_000, 3_000_000, "TRY", None)),
        ("The fair drew roughly 40,000 visitors.", ("40,000 visitors", 40_000, None, "visitors", "≈")),
        ("The tunnel is just under 300 metres long.", ("300 metres", 300, None, "m", "<")),
        ("Ремонт моста займёт порядка 20 дней.", ("20 дней", 20, None, "d", "≈")),
        ("На выставку пришли около 500 человек.", ("500 человек", 500, None, "people", "≈")),
        ("Otobüse en fazla 50 kişi binebilir.", ("50 kişi", 50, None, "people", "≤")),
        ("Suyun sıcaklığı 60 dereceye kadar çıkabilir.", ("60 derece", 60, None, "°C", "≤")),
        ("Konsere yaklaşık 4 bin kişi geldi.", ("4 bin kişi", 4000, None, "people", "≈")),
        ("The ferry can take up to 9 trucks.", ("9 trucks", 9, None, "trucks", "≤")),
        # an average is a value, no bound nor estimate (decided in the fifteenth round)
        ("В среднем пенсия составила 20 тысяч рублей.", ("20 тысяч рублей", 20_000, None, "RUB", None)),
        # a minus glued before the Turkish percent sign belongs to the low end only ("-%4 ile -%9" is both below zero)
        ("Getiri -%4-9 aralığında kaldı.", ("-%4-9", -4, 9, "%", None)),
    ],
)
def test_the_briefs_table_of_qualifiers_and_shared_scale_words(text, figure):
    assert figure in _figures(text)


def test_detect_shows_the_money_range():
    [figure] = [s for s in detect("Seats at the gala cost $150-250 each.", kinds=("figure",))]
    assert (figure.exact, figure.attributes["value"], figure.attributes["upper"], figure.attributes["unit"]) == (
        "$150-250", 150, 250, "USD")


@PROP
@given(st.integers(1, 5000), st.integers(1, 5000), st.sampled_from([("$", "USD"), ("£", "GBP"), ("€", "EUR"), ("US$", "USD")]),
       st.sampled_from([("", 1), ("m", 10**6), ("bn", 10**9), (" million", 10**6)]), st.sampled_from(["-", "–", " - "]))
def test_a_money_range_with_the_currency_once_has_money_at_both_ends(lo, gap, money, scale, dash):
    sign, code = money
    word, factor = scale
    hi = lo + gap
    assume(word or not (lo < 1000 and 1800 <= hi < 2100))  # ("$40 - 2019 figures": a year after the dash, the review)
    [(_span, value, upper, unit, qualifier)] = _figures(f"The bill is {sign}{lo}{dash}{hi}{word} for the whole job.")
    assert (value, upper, unit, qualifier) == (lo * factor, hi * factor, code, None)


@pytest.mark.parametrize(
    "text, figure",
    [
        # "yaklaşık olarak" is "approximately" as "yaklaşık" is
        ("Yaklaşık olarak 150 kişi tahliye edildi.", ("150 kişi", 150, None, "people", "≈")),
        ("Yaklaşık olarak %35'i oy kullanmadı.", ("%35", 35, None, "%", "≈")),
        # higher, lower, bigger, smaller than after the figure's ablative, as "fazla", "az"
        ("Direk 40 metreden yüksek.", ("40 metreden", 40, None, "m", ">")),
        ("İşsizlik %7'den düşük kaldı.", ("%7", 7, None, "%", "<")),
        ("Geliri 20 bin liradan yüksek olanlar vergi öder.", ("20 bin lira", 20_000, None, "TRY", ">")),
        ("Fiyatı 50 liradan düşük kitaplar satıldı.", ("50 lira", 50, None, "TRY", "<")),
        ("Ada 8 kilometreden küçük.", ("8 kilometreden", 8, None, "km", "<")),
        # a negation after the bound turns it round, as after "fazla"
        ("Faiz %12'den yüksek olamaz.", ("%12", 12, None, "%", "≤")),
        ("Bina 60 metreden yüksek değildir.", ("60 metreden", 60, None, "m", "≤")),
    ],
)
def test_turkish_yaklasik_olarak_and_higher_or_lower_than_after_the_ablative(text, figure):
    assert _figures(text) == [figure]


@pytest.mark.parametrize(
    "text, figures",
    [
        # a bound before a money range written with a dash bounds the range (as "Up to 20-30 people")
        ("More than $2-3 billion went missing.", [("$2-3 billion", 2 * 10**9, 3 * 10**9, "USD", ">")]),
        # (twenty-second round: "a night" is a price's rate, was GBP alone)
        ("Under £300-400 a night is cheap here.", [("£300-400 a night", 300, 400, "GBP/night", "<")]),
        # the high end of the low end's scale takes the currency
        ("Nurses earn $40k-60k there.", [("$40k-60k", 40_000, 60_000, "USD", None)]),
        # unchanged: two ends with their own bounds stay two figures (pinned in the twelfth round)
        ("Rooms went from about $90 to over $250.", [("$90", 90, None, "USD", "≈"), ("$250", 250, None, "USD", ">")]),
    ],
)
def test_a_bound_before_a_money_range_and_a_scaled_high_end(text, figures):
    assert _figures(text) == figures


@PROP
@given(st.integers(1, 900), st.integers(1, 8), st.sampled_from(["rose", "fell", "climbed", "jumped"]),
       st.sampled_from([(" million", 10**6), (" billion", 10**9), ("bn", 10**9)]))
def test_a_change_from_money_to_a_scaled_level_gives_both_levels_the_scale_and_currency(lo, times, verb, scale):
    word, factor = scale
    hi = lo * times + 1  # (within ten times the low end: the two levels share the scale word)
    found = _figures(f"Sales {verb} from ${lo} to {hi}{word} that year.")
    assert [(value, upper, unit) for _span, value, upper, unit, _q in found] == [(lo * factor, None, "USD"), (hi * factor, None, "USD")]


@pytest.mark.parametrize(
    "text, figures",
    [
        # the review: a year after a dash is no high end of the money before it
        ("They paid $40 - 2019 figures.", [("$40", 40, None, "USD", None)]),
        ("He paid $500-2019 was a bad year.", [("$500", 500, None, "USD", None)]),
        ("They paid $40-1999 prices.", [("$40", 40, None, "USD", None)]),
        ("Tickets went for $1800-2000 each.", [("$1800-2000", 1800, 2000, "USD", None)]),
        # a low end too large to be thousands is one range with a high end grouped by commas ("$2-3,000" stays two above)
        ("Rent is $900-1,000 a month.", [("$900-1,000 a month", 900, 1000, "USD/mo", None)]),
        ("Repairs cost $500-1,500.", [("$500-1,500", 500, 1500, "USD", None)]),
        ("The watch sold for $50-60,000.", [("$50", 50, None, "USD", None), ("60,000", 60000, None, "", None)]),
    ],
)
def test_review_a_year_is_no_high_end_and_a_low_end_too_large_to_be_thousands(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text, figure",
    [
        # the review: "büyük/küçük bölümü, kısmı, çoğunluğu" is most of, a small part of: the ablative is "of", no bound
        ("Fabrikadaki 300 işçiden büyük bölümü işten çıkarıldı.", ("300 işçiden", 300, None, "işçi", None)),
        ("Toplanan 5 milyon liradan büyük kısmı harcandı.", ("5 milyon lira", 5_000_000, None, "TRY", None)),
        ("500 evden küçük bir kısmı yıkıldı.", ("500 evden", 500, None, "ev", None)),
        ("Gelen 2 bin kişiden büyük çoğunluğu kadındı.", ("2 bin kişi", 2000, None, "people", None)),
        ("Şehrin 3 milyon kişiden büyük kesimi göç etti.", ("3 milyon kişi", 3_000_000, None, "people", None)),
        # "yüksek sesle", "yüksek hızla": loudly, at high speed, no comparison
        ("Ses 100 metreden yüksek sesle duyuldu.", ("100 metreden", 100, None, "m", None)),
        ("Araç 200 metreden yüksek hızla geldi.", ("200 metreden", 200, None, "m", None)),
        # still a comparison: "daha" between, as after "fazla" in the other path
        ("Bina 60 metreden daha yüksek.", ("60 metreden", 60, None, "m", ">")),
        ("Yol 5 kilometreden daha kısa.", ("5 kilometreden", 5, None, "km", "<")),
        ("10 metreden büyük bir kaya yola düştü.", ("10 metreden", 10, None, "m", ">")),
    ],
)
def test_review_turkish_most_of_and_manner_are_no_bound(text, figure):
    assert _figures(text) == [figure]
