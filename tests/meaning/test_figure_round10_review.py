"""The tenth round's figure review: sentences the reviewer found misread, and what they say."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.meaning.meaning_helpers import PROP, attrs_of


@pytest.mark.parametrize(
    "text, expected",
    [
        # "hrs" after a time of day is no duration
        ("The attack began at 0600 hrs on Tuesday.", []),
        ("Police arrived at around 22:30 hrs near the station.", []),
        ("The talks start at 10.30 hrs.", []),
        ("The curfew runs from 2200 hrs to 0600 hrs.", []),
        # hours stay hours
        ("The drive takes 2.5 hrs.", [("2.5 hrs", {"value": 2.5, "unit": "h"})]),
        ("The shift lasted 12 hrs.", [("12 hrs", {"value": 12, "unit": "h"})]),
    ],
)
def test_hrs_after_a_time_of_day(text, expected):
    assert attrs_of(text) == expected


@PROP
@given(hh=st.integers(0, 23), mm=st.integers(0, 59), form=st.sampled_from(["{h:02d}{m:02d}", "{h}:{m:02d}", "{h}.{m:02d}"]))
def test_hrs_after_a_time_of_day_property(hh, mm, form):
    assert attrs_of(f"The raid began at {form.format(h=hh, m=mm)} hrs on Monday.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # AED is a defibrillator as often as dirhams: no currency code
        ("The council installed 12 AED units in schools.", [("12 AED units", {"value": 12, "unit": "units"})]),
        ("Staff were trained to use an AED 3 times a year.", []),
    ],
)
def test_aed_is_no_currency(text, expected):
    assert attrs_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "N+" after a label is the label's number; a spaced "plus" before a noun adds
        ("Schools in Level 3+ areas will close.", []),
        ("Only Grade 8+ pupils can apply.", []),
        ("Stage 4+ patients were excluded from the trial.", []),
        ("The season saw three Category 4+ hurricanes.", []),
        ("Stage 4 patients were excluded.", []),
        ("The recipe serves 4 plus leftovers.", []),
        ("He was fined 500 plus costs.", []),
        ("Children under 12 plus pensioners travel free.", []),
        # more than N stays before a unit, people, or after "N+" before a counted noun ("N+": N or more)
        ("There were 100 plus people.", [("100 plus people", {"value": 100, "unit": "people", "qualifier": ">"})]),
        ("They hiked 10 plus miles a day.", [("10 plus miles a day", {"value": 10, "unit": "mi/d", "qualifier": ">"})]),
        ("The house has 3+ bedrooms.", [("3+ bedrooms", {"value": 3, "unit": "bedrooms", "qualifier": "≥"})]),
        ("He has 20+ years of experience.", [("20+ years", {"value": 20, "unit": "y", "qualifier": "≥"})]),
        ("The 60-plus nation coalition met.", [("60-plus", {"value": 60, "qualifier": ">"})]),
    ],
)
def test_plus_after_a_label_or_adding(text, expected):
    assert attrs_of(text) == expected


@PROP
@given(label=st.sampled_from(["Level", "Grade", "Stage", "Category", "Tier", "Phase"]), n=st.integers(1, 9),
       noun=st.sampled_from(["areas", "pupils", "patients", "hurricanes", "schools"]))
def test_plus_after_a_label_property(label, n, noun):
    assert attrs_of(f"Officials said {label} {n}+ {noun} were affected.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # points joined to a number are a score only before a lead, a win or a change
        ("She shot 42 percent from three-point range.", [("42 percent", {"value": 42, "unit": "%"})]),
        ("He stood behind the three-point line.", []),
        ("He stood behind the 3-point line.", []),
        ("The pilot made a three-point landing.", []),
        ("The seat has a five-point harness.", []),
        ("She did a three-point turn.", []),
        ("Labour has a ten-point lead.", [("ten-point", {"value": 10, "unit": "points"})]),
        ("He won by a 20-point margin.", [("20-point", {"value": 20, "unit": "points"})]),
        ("It was a 15-point Republican advantage.", [("15-point", {"value": 15, "unit": "points"})]),
        # the tens after "hundred and" are no count of their own
        ("A hundred and twenty-member delegation arrived.", []),
        ("The hall has one hundred and fifty-seat capacity.", []),
    ],
)
def test_points_joined_only_a_score_and_tens_after_hundred(text, expected):
    assert attrs_of(text) == expected


@PROP
@given(n=st.sampled_from(["two", "three", "four", "five", "3", "4"]),
       noun=st.sampled_from(["line", "range", "landing", "harness", "turn", "stance", "shooter", "shot"]))
def test_points_joined_before_other_nouns_property(n, noun):
    assert attrs_of(f"It was a {n}-point {noun} today.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a speed named after "расход" or "debisi" stays a speed
        ("Расход топлива при скорости 25 м/с составил 5 литров.",
         [("25 м/с", {"value": 25, "unit": "m/s"}), ("5 литров", {"value": 5, "unit": "l"})]),
        ("Barajın debisi düşerken rüzgar 15 m/sn hızla esti.", [("15 m/sn", {"value": 15, "unit": "m/s"})]),
        ("Расход газа составил 30 м/с.", [("30 м/с", {"value": 30, "unit": "m/s"})]),
        # a river's flow stays a flow
        ("Расход воды составил 300 м/с.", [("300 м/с", {"value": 300, "unit": "m³/s"})]),
        ("Nehrin debisi 10 300 m/sn olarak ölçüldü.", [("10 300 m/sn", {"value": 10300, "unit": "m³/s"})]),
    ],
)
def test_a_speed_after_a_flow_word(text, expected):
    assert attrs_of(text) == expected


@PROP
@given(n=st.integers(1, 99), speed=st.sampled_from(["при скорости", "при ветре", "скорость ветра", "rüzgar", "rüzgarın hızı"]),
       flow=st.sampled_from(["Расход топлива", "Расход воды", "Barajın debisi düşerken", "Nehrin debisi"]))
def test_a_speed_after_a_flow_word_property(n, speed, flow):
    [(_span, attrs)] = attrs_of(f"{flow} {speed} {n} m/s.")
    assert attrs["unit"] == "m/s"


@pytest.mark.parametrize(
    "text, expected",
    [
        # a case ending on the digits before a speed: the whole speed, not its length
        ("Скорость снизили до 60-ти км/ч.", [("60-ти км/ч", {"value": 60, "unit": "km/h"})]),
        ("Ветер усилится до 15-ти м/с.", [("15-ти м/с", {"value": 15, "unit": "m/s", "qualifier": "≤"})]),
        ("Ветер 15-ти м/ч.", []),
        # … and on the low end of a range: both ends
        ("От 3-х до 5-ти километров.", [("3-х до 5-ти километров", {"value": 3, "unit": "km", "upper": 5})]),
        ("От 2-х до 3-х километров.", [("2-х до 3-х километров", {"value": 2, "unit": "km", "upper": 3})]),
        ("Приговор от 3-х до 5-ти лет лишения свободы.", [("3-х до 5-ти лет", {"value": 3, "unit": "y", "upper": 5})]),
        # not a decade's "-х" as a low end
        ("От 90-х до 100 километров.", [("100 километров", {"value": 100, "unit": "km"})]),
    ],
)
def test_russian_case_endings_before_a_speed_and_on_a_range(text, expected):
    assert attrs_of(text) == expected


@PROP
@given(lo=st.integers(2, 40), gap=st.integers(1, 40), word=st.sampled_from([("километров", "km"), ("лет", "y"), ("тонн", "t")]))
def test_russian_case_ending_on_a_range_property(lo, gap, word):
    def ending(n: int) -> str:
        return "х" if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else "ти"

    hi = lo + gap
    text = f"Отмечено от {lo}-{ending(lo)} до {hi}-{ending(hi)} {word[0]}."
    assert attrs_of(text) == [(f"{lo}-{ending(lo)} до {hi}-{ending(hi)} {word[0]}", {"value": lo, "unit": word[1], "upper": hi})]


@pytest.mark.parametrize(
    "text, expected",
    [
        # feet and inches with a rate: one figure (the inches' own rate was kept beside it)
        ("The river rose 2 feet 4 inches a day during the flood.", [("2 feet 4 inches a day", {"value": 2.3333, "unit": "ft/d"})]),
        ("The glacier moved 3 feet 6 inches per year.", [("3 feet 6 inches per year", {"value": 3.5, "unit": "ft/y"})]),
        # one inch, and ounces after a comma
        ("He is six feet one inch tall.", [("six feet one inch", {"value": 6.0833, "unit": "ft"})]),
        ("He is 6 feet 1 inch tall.", [("6 feet 1 inch", {"value": 6.0833, "unit": "ft"})]),
        ("She weighed 7 pounds, 3 ounces at birth.", [("7 pounds, 3 ounces", {"value": 7.1875, "unit": "lb"})]),
        # not: inches of another thing after a comma
        ("The fence was 10 feet, 4 inches of snow fell.", [("10 feet", {"value": 10, "unit": "ft"}), ("4 inches", {"value": 4, "unit": "in"})]),
    ],
)
def test_feet_and_inches_with_a_rate_and_singular(text, expected):
    assert attrs_of(text) == expected


@PROP
@given(feet=st.integers(1, 9), inches=st.integers(1, 11), per=st.sampled_from([("a day", "d"), ("per year", "y"), ("a week", "wk")]))
def test_feet_and_inches_with_a_rate_property(feet, inches, per):
    inch = "inch" if inches == 1 else "inches"
    value = round(feet + inches / 12, 4)
    text = f"The water rose {feet} feet {inches} {inch} {per[0]} there."
    assert attrs_of(text) == [(f"{feet} feet {inches} {inch} {per[0]}", {"value": value, "unit": f"ft/{per[1]}"})]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a clock time's minutes count nothing
        ("Saat 03:02 deprem oldu, ardından 5 artçı deprem yaşandı.", []),
        ("Saat 14:30 polis geldi.", []),
        ("Saat 10:15 adet toplantısı.", []),
        ("Son 24 saatte 12 deprem oldu.", [("24 saatte", {"value": 24, "unit": "h"}), ("12 deprem", {"value": 12, "unit": "deprem"})]),
        # a share written without Turkish letters keeps its "i"s; "her iki" of no population is "both"
        ("HER IKI KISIDEN BIRI ac.", [("HER IKI KISIDEN BIRI", {"value": 0.5, "scale": "her iki kisiden biri"})]),
        ("Her Iki kisiden biri.", [("Her Iki kisiden biri", {"value": 0.5, "scale": "her iki kisiden biri"})]),
        ("HER ALTI KİŞİDEN BİRİ işsiz.", [("HER ALTI KİŞİDEN BİRİ", {"value": 0.1667, "scale": "her altı kişiden biri"})]),
        ("Her iki adaydan biri seçimi kazanacak.", []),
        ("HER İKİ ÜLKEDEN BİRİ imzaladı.", []),
        ("Her 2 ülkeden biri imzaladı.", [("Her 2 ülkeden biri", {"value": 0.5, "scale": "her 2 ülkeden biri"})]),
        ("Her üç adaydan biri kazandı.", [("Her üç adaydan biri", {"value": 0.3333, "scale": "her üç adaydan biri"})]),
    ],
)
def test_turkish_clock_times_and_shares(text, expected):
    assert attrs_of(text) == expected


@PROP
@given(hh=st.integers(0, 23), mm=st.integers(0, 59), noun=st.sampled_from(["deprem", "polis", "asker", "aile", "turist"]))
def test_turkish_clock_time_counts_nothing_property(hh, mm, noun):
    assert attrs_of(f"Saat {hh:02d}:{mm:02d} {noun} geldi.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # metres a "sec", kilometres an "hr": speeds (were metres, kilometres)
        ("Winds reached 30 m/sec.", [("30 m/sec", {"value": 30, "unit": "m/s"})]),
        ("The train ran at 120 km/hr on the line.", [("120 km/hr", {"value": 120, "unit": "km/h"})]),
        ("It accelerated at 9.8 m/sec2.", [("9.8 m/sec2", {"value": 9.8, "unit": "m/s²"})]),
        # a name's capitals joined to a number: no count ("the Six-Party Talks"); a headline in capitals counts
        ("The Six-Party Talks resumed.", []),
        ("The six-member panel met.", [("six-member", {"value": 6, "unit": "members"})]),
        ("Six-member panel met on Friday.", [("Six-member", {"value": 6, "unit": "members"})]),
        ("THE SIX-MEMBER PANEL MET.", [("SIX-MEMBER", {"value": 6, "unit": "members"})]),
    ],
)
def test_speeds_abbreviated_and_joined_names(text, expected):
    assert attrs_of(text) == expected


@PROP
@given(n=st.integers(1, 999), unit=st.sampled_from([("m/sec", "m/s"), ("km/hr", "km/h"), ("m/s", "m/s"), ("km/h", "km/h")]))
def test_speeds_abbreviated_property(n, unit):
    assert attrs_of(f"Winds of {n} {unit[0]} were seen.") == [(f"{n} {unit[0]}", {"value": n, "unit": unit[1]})]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a case ending on the digits before a percent, a mile
        ("Рост до 5-ти процентов.", [("5-ти процентов", {"value": 5, "unit": "%"})]),
        ("В 2-х милях от берега.", [("2-х милях", {"value": 2, "unit": "mi"})]),
        ("В 7-ми миллиметрах от края.", [("7-ми миллиметрах", {"value": 7, "unit": "mm"})]),
        # an age with non-breaking hyphens; a dynasty is no household
        ("The 22\u2011year\u2011old poet spoke.", [("22\u2011year\u2011old", {"value": 22, "unit": "y"})]),
        ("Ülkeyi 3 hanedan yönetti.", []),
        ("Bölgede 30 hane boşaltıldı.", [("30 hane", {"value": 30, "unit": "hane"})]),
    ],
)
def test_review_nits_case_endings_ages_dynasties(text, expected):
    assert attrs_of(text) == expected


@PROP
@given(n=st.integers(2, 99), word=st.sampled_from([("процентов", "%"), ("милях", "mi"), ("миль", "mi")]))
def test_russian_case_ending_before_a_percent_or_a_mile_property(n, word):
    ending = "х" if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else "ти"
    text = f"Отмечено {n}-{ending} {word[0]} за год."
    assert attrs_of(text) == [(f"{n}-{ending} {word[0]}", {"value": n, "unit": word[1]})]
