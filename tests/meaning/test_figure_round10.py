"""Figures, tenth round (issue 15): the known items of the ninth round's note and the recurring
news forms found among the study sets' misses (GUM train and dev, Turkish Wiki NER train and
dev), with sentences where each rule must not fire."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.meaning.units import WORD_VALUES
from tests.meaning.meaning_helpers import PROP, attrs_of


@pytest.mark.parametrize(
    "text, expected",
    [
        # one of every N in capitals, as a Turkish headline writes it (was nothing: the number's lookup
        # and the case ending were case-sensitive)
        ("Her ALTI kişiden biri işsiz.", [("Her ALTI kişiden biri", {"value": 0.1667, "scale": "her altı kişiden biri"})]),
        ("HER ÜÇ KİŞİDEN BİRİ oy vermedi.", [("HER ÜÇ KİŞİDEN BİRİ", {"value": 0.3333, "scale": "her üç kişiden biri"})]),
        ("HER İKİ ÇOCUKTAN BİRİ aç.", [("HER İKİ ÇOCUKTAN BİRİ", {"value": 0.5, "scale": "her iki çocuktan biri"})]),
        ("Her iki kişiden biri obez.", [("Her iki kişiden biri", {"value": 0.5, "scale": "her iki kişiden biri"})]),
        # not a share: "her" without "… -den biri"
        ("HER ALTI AYDA BİR toplanır.", []),
        ("Her iki ülke de imzaladı.", []),
        ("Her iki ülkeden biri imzaladı.", []),  # "her iki" is "both": one of the two countries (review of round 10)
        ("HER GÜN ÜÇ KİŞİ öldü.", []),
    ],
)
def test_turkish_one_of_every_in_capitals(text, expected):
    assert attrs_of(text) == expected


@PROP
@given(word=st.sampled_from([("İKİ", 2), ("ÜÇ", 3), ("DÖRT", 4), ("BEŞ", 5), ("ALTI", 6), ("YEDİ", 7), ("SEKİZ", 8),
                             ("DOKUZ", 9), ("ON", 10)]),
       noun=st.sampled_from(["KİŞİDEN", "ÇOCUKTAN", "GENÇTEN", "KADINDAN"]))
def test_turkish_one_of_every_in_capitals_property(word, noun):
    text = f"HER {word[0]} {noun} BİRİ işsiz."
    [(span, attrs)] = attrs_of(text)
    assert span == f"HER {word[0]} {noun} BİRİ"
    assert attrs["value"] == round(1 / word[1], 4)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a case ending written on the digits before a metric unit (was nothing)
        ("В 2-х километрах от города нашли лодку.", [("2-х километрах", {"value": 2, "unit": "km"})]),
        ("В 5-ти км от берега.", [("5-ти км", {"value": 5, "unit": "km"})]),
        ("На 10-ти тоннах груза.", [("10-ти тоннах", {"value": 10, "unit": "t"})]),
        ("В 7-ми миллиметрах от края.", [("7-ми миллиметрах", {"value": 7, "unit": "mm"})]),
        # not: "-х" on a decade, a noun that is no unit
        ("В 90-х метрах не было.", []),
        ("В 2-х местах прорвало трубу.", []),
        ("Во 2-м микрорайоне отключили свет.", []),
    ],
)
def test_russian_case_ending_on_digits_before_a_metric_unit(text, expected):
    assert [f for f in attrs_of(text) if "90-х" not in f[0]] == expected


@PROP
@given(n=st.integers(2, 999), word=st.sampled_from([("километрах", "km"), ("километров", "km"), ("метрах", "m"), ("км", "km"),
                                                    ("тонн", "t"), ("килограммов", "kg"), ("сантиметрах", "cm")]))
def test_russian_case_ending_on_digits_before_a_metric_unit_property(n, word):
    ending = "х" if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else "ти"
    text = f"В {n}-{ending} {word[0]} от города."
    assert attrs_of(text) == [(f"{n}-{ending} {word[0]}", {"value": n, "unit": word[1]})]


@pytest.mark.parametrize(
    "text, expected",
    [
        # an acceleration (was metres: "100 м"; "9.8 m" read the m as a scale, then metres)
        ("Ускорение достигло 100 м/с2 за секунду.", [("100 м/с2", {"value": 100, "unit": "m/s²"})]),
        ("Gravity is 9.81 m/s² at sea level.", [("9.81 m/s²", {"value": 9.81, "unit": "m/s²"})]),
        ("The car accelerates at 9.8 m/s2.", [("9.8 m/s2", {"value": 9.8, "unit": "m/s²"})]),
        # a flow in cubic metres a second (was m³ alone), and metres a second after a river's flow
        ("Nehrin ortalama debisi 450 m³/sn.", [("450 m³/sn", {"value": 450, "unit": "m³/s"})]),
        ("The flow peaked at 3,000 m3/s on Monday.", [("3,000 m3/s", {"value": 3000, "unit": "m³/s"})]),
        ("Nehrin debisi 10 300 m/sn olarak ölçüldü.", [("10 300 m/sn", {"value": 10300, "unit": "m³/s"})]),
        ("Расход воды составил 300 м/с.", [("300 м/с", {"value": 300, "unit": "m³/s"})]),
        # not: a speed stays a speed, a volume a volume, millions of a currency stay money
        ("Rüzgarın hızı 20 m/sn.", [("20 m/sn", {"value": 20, "unit": "m/s"})]),
        ("Ветер до 20 м/с.", [("20 м/с", {"value": 20, "unit": "m/s", "qualifier": "≤"})]),
        ("Debisi yüksek olan nehirde rüzgar 20 m/sn esti.", [("20 m/sn", {"value": 20, "unit": "m/s"})]),
        ("Расход составил 20 млн рублей.", [("20 млн рублей", {"value": 20000000, "unit": "RUB", "scale": "млн"})]),
        ("The tank holds 30 m3 of water.", [("30 m3", {"value": 30, "unit": "m³"})]),
        ("The club paid €3m for him.", [("€3m", {"value": 3000000, "unit": "EUR", "scale": "m"})]),
    ],
)
def test_acceleration_and_flow(text, expected):
    assert attrs_of(text) == expected


@PROP
@given(n=st.integers(1, 999), unit=st.sampled_from([("m/s2", "m/s²"), ("m/s²", "m/s²"), ("м/с2", "m/s²"), ("м/с²", "m/s²"),
                                                   ("m³/s", "m³/s"), ("m3/s", "m³/s"), ("м3/с", "m³/s"), ("m³/sn", "m³/s")]))
def test_acceleration_and_flow_property(n, unit):
    text = f"The value was {n} {unit[0]} today."
    assert attrs_of(text) == [(f"{n} {unit[0]}", {"value": n, "unit": unit[1]})]


@pytest.mark.parametrize(
    "text, expected",
    [
        # ISO codes of more currencies, after or before the number (were nothing)
        ("The map costs 225 DKK at the office.", [("225 DKK", {"value": 225, "unit": "DKK"})]),
        ("A departure tax of CUC 25 is paid in cash.", [("CUC 25", {"value": 25, "unit": "CUC"})]),
        ("The fee is 300 SEK or 40 NOK.", [("300 SEK", {"value": 300, "unit": "SEK"}), ("40 NOK", {"value": 40, "unit": "NOK"})]),
        ("Departing Cancun costs 250 MXN.", [("250 MXN", {"value": 250, "unit": "MXN"})]),
        ("The loan was INR 5 billion.", [("INR 5 billion", {"value": 5000000000, "unit": "INR", "scale": "billion"})]),
        ("Kayaks cost 125 DKK per hour.", [("125 DKK per hour", {"value": 125, "unit": "DKK/h"})]),
        # not: codes that are other things in capitals
        ("The site runs on PHP 7 now.", []),
        ("Leaders met at COP 26 in Glasgow.", []),
        ("Petrol of RON 95 is sold there.", []),
        ("Five SAR teams and 10 CAD drawings arrived.", [("Five SAR teams", {"value": 5, "unit": "teams"}),
                                                         ("10 CAD drawings", {"value": 10, "unit": "drawings"})]),
        ("dkk 25 was typed in lower case.", []),
    ],
)
def test_more_currency_codes(text, expected):
    assert attrs_of(text) == expected


@PROP
@given(n=st.integers(1, 99_999), code=st.sampled_from(["DKK", "SEK", "NOK", "PLN", "CZK", "HUF", "INR", "AUD", "NZD", "HKD",
                                                        "SGD", "MXN", "BRL", "ZAR", "NGN", "KES", "EGP", "UAH"]),
       before=st.booleans())
def test_more_currency_codes_property(n, code, before):
    written = f"{code} {n}" if before else f"{n} {code}"
    assert attrs_of(f"The ticket cost {written} in May.") == [(written, {"value": n, "unit": code})]


@pytest.mark.parametrize(
    "text, expected",
    [
        # feet and inches, pounds and ounces written as words: one measure (were two figures)
        ("He stood 5 feet 4 inches tall.", [("5 feet 4 inches", {"value": 5.3333, "unit": "ft"})]),
        ("He stood five feet four inches tall.", [("five feet four inches", {"value": 5.3333, "unit": "ft"})]),
        ("She weighed 7 pounds 3 ounces at birth.", [("7 pounds 3 ounces", {"value": 7.1875, "unit": "lb"})]),
        ("A 6ft 2in man was seen.", [("6ft 2in", {"value": 6.1667, "unit": "ft"})]),
        # not: two measures of two things, inches past a foot
        ("The wall is 6 feet high and 4 inches thick.", [("6 feet", {"value": 6, "unit": "ft"}), ("4 inches", {"value": 4, "unit": "in"})]),
        ("The fence was 10 feet, 4 inches of snow fell.", [("10 feet", {"value": 10, "unit": "ft"}), ("4 inches", {"value": 4, "unit": "in"})]),
        ("He is 6 feet 13 inches.", [("6 feet", {"value": 6, "unit": "ft"}), ("13 inches", {"value": 13, "unit": "in"})]),
    ],
)
def test_feet_and_inches_in_words(text, expected):
    assert attrs_of(text) == expected


@PROP
@given(feet=st.integers(2, 9), inches=st.integers(2, 11), words=st.booleans())  # ("one" alone is no number)
def test_feet_and_inches_in_words_property(feet, inches, words):
    names = {v: w for w, v in WORD_VALUES.items()}
    f, i = (names[feet], names[inches]) if words else (str(feet), str(inches))
    text = f"The suspect is {f} feet {i} inches tall."
    assert attrs_of(text) == [(f"{f} feet {i} inches", {"value": round(feet + inches / 12, 4), "unit": "ft"})]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a small number word or digits joined to a singular noun: a count of that noun (GUM train: "a 28-city
        # orchestral tour", "a three-bedroom apartment", "the six-member Afghan team", "a two-run homer")
        ("The six-member panel met on Friday.", [("six-member", {"value": 6, "unit": "members"})]),
        ("They went on a 28-city tour.", [("28-city", {"value": 28, "unit": "cities"})]),
        ("She rented a three-bedroom apartment.", [("three-bedroom", {"value": 3, "unit": "bedrooms"})]),
        ("A three-judge panel ruled.", [("three-judge", {"value": 3, "unit": "judges"})]),
        ("He hit a two-run homer.", [("two-run", {"value": 2, "unit": "runs"})]),
        ("The 27-country bloc agreed.", [("27-country", {"value": 27, "unit": "countries"})]),
        ("A 12-count indictment was filed.", [("12-count", {"value": 12, "unit": "counts"})]),
        ("Trump unveiled a ten-point plan.", [("ten-point", {"value": 10, "unit": "items"})]),
        ("A six-foot wall surrounds it.", [("six-foot", {"value": 6, "unit": "ft"})]),
        # not: one, a kind of shot, no noun of the list, a number inside a name or a year
        ("A one-party state ruled.", []),
        ("He made a three-point shot.", []),
        ("They back a two-state solution.", []),
        ("The COVID-19-hit economy shrank.", []),
        ("It was the 2008-run of the race.", []),
        ("A two-way street and a five-star hotel.", []),
    ],
)
def test_number_joined_to_a_noun(text, expected):
    assert attrs_of(text) == expected


@PROP
@given(n=st.sampled_from(sorted((w, v) for w, v in WORD_VALUES.items() if v >= 2)),
       noun=st.sampled_from([("member", "members"), ("city", "cities"), ("judge", "judges"), ("bedroom", "bedrooms"),
                             ("nation", "nations"), ("game", "games"), ("match", "matches"), ("goal", "goals")]),
       digits=st.booleans())
def test_number_joined_to_a_noun_property(n, noun, digits):
    number = str(n[1]) if digits else n[0]
    text = f"It was a {number}-{noun[0]} affair."
    assert attrs_of(text) == [(f"{number}-{noun[0]}", {"value": n[1], "unit": noun[1]})]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "hr", "hrs" are hours (GUM train: "the longer 2 hr return walk"); an age with en dashes
        ("Take the longer 2 hr return walk.", [("2 hr", {"value": 2, "unit": "h"})]),
        ("The drive takes 3 hrs.", [("3 hrs", {"value": 3, "unit": "h"})]),
        ("The amazing 22–year-old poet spoke.", [("22–year-old", {"value": 22, "unit": "y"})]),
        # not: "HR" in capitals (human resources)
        ("The 2 HR managers left.", []),
        ("Room 2 hr-3 is closed.", []),
        ("He scored in the 2019–20 season.", []),
    ],
)
def test_hours_abbreviated_and_ages_with_en_dashes(text, expected):
    assert attrs_of(text) == expected


@PROP
@given(n=st.integers(2, 99), unit=st.sampled_from(["hr", "hrs"]))
def test_hours_abbreviated_property(n, unit):
    assert attrs_of(f"The walk takes {n} {unit} each way.") == [(f"{n} {unit}", {"value": n, "unit": "h"})]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "N plus", "N+" before a unit or a counted noun: more than N, as "60-plus" was (GUM train: "hiking 10 plus
        # miles a day", "20 + versions")
        ("They hiked 10 plus miles a day.", [("10 plus miles a day", {"value": 10, "unit": "mi/d", "qualifier": ">"})]),
        ("There were 100 plus people.", [("100 plus people", {"value": 100, "unit": "people", "qualifier": ">"})]),
        ("He has 20+ years of experience.", [("20+ years", {"value": 20, "unit": "y", "qualifier": "≥"})]),  # (N or more)
        ("The 60-plus nation coalition met.", [("60-plus", {"value": 60, "qualifier": ">"})]),
        # not: arithmetic, a price and its tax, a magnitude's class
        ("It costs $5 plus tax.", [("$5", {"value": 5, "unit": "USD"})]),
        ("A 5+ earthquake hit.", []),
        ("Scores of 100 plus were seen.", [("Scores", {"value": 40, "upper": 200, "qualifier": "≈"})]),
    ],
)
def test_plus_before_a_unit_or_a_noun(text, expected):
    assert attrs_of(text) == expected


@PROP
@given(n=st.integers(2, 99_999), plus=st.sampled_from(["+", " plus", "-plus"]),
       noun=st.sampled_from([("people", "people"), ("years", "y"), ("miles", "mi"), ("officers", "officers")]))
def test_plus_before_a_unit_or_a_noun_property(n, plus, noun):
    if plus == " plus" and noun[0] == "officers":
        noun = ("people", "people")  # (a spaced "plus" before any other noun adds: "4 plus leftovers", review of round 10)
    text = f"Reports said {n}{plus} {noun[0]} were there."
    sign = "≥" if plus == "+" else ">"  # ("N+" is N or more, review of round 10)
    assert attrs_of(text) == [(f"{n}{plus} {noun[0]}", {"value": n, "unit": noun[1], "qualifier": sign})]


@pytest.mark.parametrize(
    "text, expected",
    [
        # more Turkish nouns of news counted (written for the round; were bare numbers or nothing)
        ("Yaklaşık 200 aile tahliye edildi.", [("200 aile", {"value": 200, "unit": "aile", "qualifier": "≈"})]),
        ("Son 24 saatte 12 deprem oldu.", [("24 saatte", {"value": 24, "unit": "h"}), ("12 deprem", {"value": 12, "unit": "deprem"})]),
        ("Maça 500 taraftar geldi.", [("500 taraftar", {"value": 500, "unit": "taraftar"})]),
        ("12 öğretmen ve 30 hemşire atandı.", [("12 öğretmen", {"value": 12, "unit": "öğretmen"}), ("30 hemşire", {"value": 30, "unit": "hemşire"})]),
        ("Üç aile evsiz kaldı.", [("Üç aile", {"value": 3, "unit": "aile"})]),
        # not: a year before the noun, "between the two", the head of a compound
        ("2023 deprem bölgesi ziyaret edildi.", []),
        ("İki aile arasında kavga çıktı.", []),
        ("5 aile hekimi atandı.", []),
        ("Üniversitede 728 doktora öğrencisi var.", []),
    ],
)
def test_more_turkish_counted_nouns(text, expected):
    assert attrs_of(text) == expected


@PROP
@given(n=st.integers(2, 999), noun=st.sampled_from(["aile", "deprem", "taraftar", "seyirci", "turist", "hemşire", "öğretmen",
                                                    "avukat", "gözaltı"]))
def test_more_turkish_counted_nouns_property(n, noun):
    assert attrs_of(f"Bölgede {n} {noun} var.") == [(f"{n} {noun}", {"value": n, "unit": noun})]
