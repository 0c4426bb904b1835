"""The ninth round's figure review: sentences the reviewer found misread, and what they say."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.meaning.meaning_helpers import PROP, attrs_of


@pytest.mark.parametrize(
    "text, expected",
    [
        # A toll's number gives way to a multiple, a ratio, a span of time read first.
        ("The death toll is 2 to 3 times higher than reported.", [("2 to 3 times", {"value": 2, "unit": "times", "upper": 3})]),
        ("The death toll has risen to 5 times that of 2020.", [("5 times", {"value": 5, "unit": "times"})]),
        ("Ölü sayısı 3 katına çıktı.", [("3 katına", {"value": 3, "unit": "times"})]),
        ("Can kaybı 10 yılda 500'ü aştı.", [("10 yılda", {"value": 10, "unit": "y"})]),
        ("Число погибших составило 5 из 100 заболевших.", [("5 из 100", {"value": 0.05, "scale": "5 из 100"})]),
        ("The death toll is 3 in 100 cases.", [("3 in 100", {"value": 0.03, "scale": "3 in 100"})]),
        ("One in 10 missing.", [("One in 10", {"value": 0.1, "scale": "one in 10"})]),
        ("Nearly 3 in 10 killed were children.", [("3 in 10", {"value": 0.3, "scale": "3 in 10", "qualifier": "≈"})]),
        ("Police say 5 in 10 arrested were teenagers.", [("5 in 10", {"value": 0.5, "scale": "5 in 10"})]),
        # … nor a clock time, a year, a date or a rate.
        ("The death toll at 10am stood at 52.", []),
        ("The death toll of 1886 was never confirmed.", []),
        ("The death toll of 9/11 was 2,977.", [("2,977", {"value": 2977})]),
        ("The number of deaths rose to 5 per 100,000 people.", [("100,000 people", {"value": 100000, "unit": "people"})]),
        ("Число умерших составило 12 на 1000 человек.", [("1000 человек", {"value": 1000, "unit": "people"})]),
        # The tolls the round meant stay.
        ("The death toll has risen to 1,200.", [("1,200", {"value": 1200, "unit": "people"})]),
        ("The death toll rose to 47 on Sunday.", [("47", {"value": 47, "unit": "people"})]),
    ],
)
def test_a_toll_gives_way_to_other_readings(text, expected):
    assert attrs_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A participle before a noun: animals and things are no people (animals whose plural has no -s are counted as
        # themselves since the fourteenth round).
        ("Farmers found 12 dead sheep in the field.", [("12 dead sheep", {"value": 12, "unit": "sheep"})]),
        ("Vets treated 40 injured cattle.", [("40 injured cattle", {"value": 40, "unit": "cattle"})]),
        ("Hunters left 5 dead deer by the road.", [("5 dead deer", {"value": 5, "unit": "deer"})]),
        ("More than 200 dead fish washed up on the beach.", [("200", {"value": 200, "qualifier": ">"})]),
        ("About 30 rescued livestock were moved.", [("30 rescued livestock", {"value": 30, "unit": "livestock", "qualifier": "≈"})]),
        # A label, a model or a year before the number.
        ("Heathrow Terminal 2 evacuated after security alert", []),
        ("Building 7 evacuated after fire.", []),
        ("Reactor 4 evacuated.", []),
        ("Two crashes of the Boeing 737 Max 8 killed 346 people.",
         [("Two crashes", {"value": 2, "unit": "crashes"}), ("346 people", {"value": 346, "unit": "people"})]),
        ("The famine of 1846 killed a million people.", [("a million people", {"value": 1000000, "unit": "people", "scale": "million"})]),
        ("On May 12 dead fish were found in the river.", []),
        # The people the round meant stay.
        ("Six people were killed and 12 injured in the blast.",
         [("Six people", {"value": 6, "unit": "people"}), ("12", {"value": 12, "unit": "people"})]),
        ("At least 30 dead after the storm.", [("30", {"value": 30, "unit": "people", "qualifier": "≥"})]),
        ("About 30 dead, officials said.", [("30", {"value": 30, "unit": "people", "qualifier": "≈"})]),
        ("Police said 5 missing.", [("5", {"value": 5, "unit": "people"})]),
    ],
)
def test_people_befallen_only_before_the_clause_goes_on(text, expected):
    assert attrs_of(text) == expected


def test_a_tally_second_number_with_its_own_noun():
    assert attrs_of("He got 10 votes to 3 abstentions.") == [
        ("10 votes", {"value": 10, "unit": "votes"}), ("3 abstentions", {"value": 3, "unit": "abstentions"})]
    assert attrs_of("The bill passed by 52 votes to 48.") == [
        ("52 votes", {"value": 52, "unit": "votes"}), ("48", {"value": 48, "unit": "votes"})]


@PROP
@given(st.integers(2, 999), st.sampled_from(["times", "in 100", "per 1,000", "years", "am", "/11"]))
def test_a_toll_number_before_a_multiple_rate_or_time_counts_no_people(n, after):
    found = attrs_of(f"The death toll rose to {n} {after}".replace(" /", "/").replace(" am", "am"))
    assert all(a.get("unit") != "people" for _t, a in found)


@PROP
@given(st.integers(2, 999), st.sampled_from(["dead", "injured", "killed", "rescued"]),
       st.sampled_from(["sheep", "cattle", "deer", "fish", "livestock"]))
def test_a_participle_before_a_noun_counts_no_people(n, participle, noun):
    assert all(a.get("unit") != "people" for _t, a in attrs_of(f"Farmers found {n} {participle} {noun} nearby."))


@pytest.mark.parametrize(
    "text, expected",
    [
        # A headline's capitals, a verb of moving or standing, "of" a substance, "up/down/back/onto": a length.
        ("Tourists Stranded As River Rises 2m", [("2m", {"value": 2, "unit": "m"})]),
        ("Residents Evacuated After Flood Waters Rise 3m", [("3m", {"value": 3, "unit": "m"})]),
        ("Crew members climbed 3m up the cliff to safety.", [("3m", {"value": 3, "unit": "m"})]),
        ("Migrants climbed 5m to cross the border fence.", [("5m", {"value": 5, "unit": "m"})]),
        ("Passengers dropped 2m onto the tracks.", [("2m", {"value": 2, "unit": "m"})]),
        ("Tourists stood 2m back from the edge.", [("2m", {"value": 2, "unit": "m"})]),
        ("Households had 1m of floodwater in their homes.", [("1m", {"value": 1, "unit": "m"})]),
        ("Passengers had 1m of legroom.", [("1m", {"value": 1, "unit": "m"})]),
        # A race's distance before "bid".
        ("Her 400m bid ended in the heats.", [("400m", {"value": 400, "unit": "m"})]),
        ("Bolt's 100m bid ended in disqualification.", [("100m", {"value": 100, "unit": "m"})]),
        # Millions the round meant stay.
        ("The population of Wales is 3.1m.", [("3.1m", {"value": 3100000, "scale": "m"})]),
        ("Viewers climbed to 3m last year.", [("3m", {"value": 3000000, "scale": "m"})]),
        ("Subscribers have now reached 2m.", [("2m", {"value": 2000000, "scale": "m"})]),
        ("The club made a 5m bid for the striker.", [("5m", {"value": 5000000, "scale": "m"})]),
    ],
)
def test_metres_stay_metres_where_the_clause_speaks_of_length(text, expected):
    assert attrs_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A name's number before "crew".
        ("The Apollo 11 crew landed on the Moon in 1969.", []),
        ("A Channel 4 crew filmed the raid.", []),
        ("Engine 5 crew arrived first.", []),
        ("About 40 crew were rescued.", [("40 crew", {"value": 40, "unit": "crew", "qualifier": "≈"})]),
        ("The ship's 25 crew were safe.", [("25 crew", {"value": 25, "unit": "crew"})]),
        # "insan hakları" (human rights) is a compound, no people.
        ("1 milyondan fazla insan hakları ihlali kaydedildi.", [("1 milyon", {"value": 1000000, "scale": "milyon", "qualifier": ">"})]),
        ("3 binden fazla insan hakları davası açıldı.", [("3 bin", {"value": 3000, "scale": "bin", "qualifier": ">"})]),
        ("50 binden fazla insan öldü.", [("50 binden fazla insan", {"value": 50000, "unit": "people", "scale": "bin", "qualifier": ">"})]),
        # A decade's "90-х" is no case ending of a number.
        ("К концу 90-х миллионов рублей на счетах не осталось.", []),
        ("В 90-х тысяч рабочих мест не осталось.", []),
        ("22-х тысяч человек эвакуировали.", [("22-х тысяч человек", {"value": 22000, "unit": "people", "scale": "тысяч"})]),
        ("5-ти тысяч человек эвакуировали.", [("5-ти тысяч человек", {"value": 5000, "unit": "people", "scale": "тысяч"})]),
        # "каждый N-й" before a unit of time or a weekday repeats, it is no share.
        ("Заседание проходит каждое второе воскресенье месяца.", []),
        ("Журнал выходит каждый третий месяц.", []),
        ("Выборы проходят каждый пятый год.", []),
        ("Каждый второй вторник рынок закрыт.", []),
        ("Каждый пятый россиянин не имеет накоплений.", [("Каждый пятый", {"value": 0.2, "scale": "каждый пятый"})]),
    ],
)
def test_names_compounds_decades_and_repetitions_are_no_counts(text, expected):
    assert attrs_of(text) == expected


@PROP
@given(st.integers(1, 99).filter(lambda n: n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) or n % 10 == 0),
       st.sampled_from(["тысяч", "миллионов"]))
def test_the_ending_x_only_after_two_three_four(n, scale):
    found = attrs_of(f"Не хватает {n}-х {scale} документов.")
    if n % 10 == 0:
        assert found == []
    else:
        assert found[0][1]["value"] == n * (1000 if scale == "тысяч" else 1000000)


def test_a_company_bid_stays_money():
    assert attrs_of("Their 100m bid for the club was rejected.") == [("100m", {"value": 100000000, "scale": "m"})]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Inches and ounces join before the bound and the range are read.
        ("The suspect is between 5ft 10in and 6ft 2in tall.",
         [("5ft 10in and 6ft 2in", {"value": 5.8333, "unit": "ft", "upper": 6.1667})]),
        ("Babies weighing 5lb 8oz or less.", [("5lb 8oz", {"value": 5.5, "unit": "lb", "qualifier": "≤"})]),
        ("A 6ft 2in man was arrested.", [("6ft 2in", {"value": 6.1667, "unit": "ft"})]),
        # "in" written apart is inches only where the measure ends.
        ("Snow lay 3ft 10 in the valley.", [("3ft", {"value": 3, "unit": "ft"})]),
        ("He is 6 ft 2 in tall.", [("6 ft 2 in", {"value": 6.1667, "unit": "ft"})]),
    ],
)
def test_feet_and_inches_before_bounds_and_ranges(text, expected):
    assert attrs_of(text) == expected


@PROP
@given(st.integers(1, 9), st.integers(1, 11), st.sampled_from(["or less", "or more"]))
def test_feet_and_inches_take_the_bound_after_them(ft, inches, bound):
    found = attrs_of(f"Anyone {ft}ft {inches}in {bound} may apply.")
    assert found == [(f"{ft}ft {inches}in", {"value": round(ft + inches / 12, 4), "unit": "ft",
                                             "qualifier": "≤" if bound == "or less" else "≥"})]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "of the <noun>" or "in the <noun>" may stand between what is counted and its millions.
        ("The population of the city is 3m.", [("3m", {"value": 3000000, "scale": "m"})]),
        ("Viewers of the clip reached 3m.", [("3m", {"value": 3000000, "scale": "m"})]),
        ("Residents of the town stood 2m back from the water.", [("2m", {"value": 2, "unit": "m"})]),
        ("The population of the valley lives 3m below sea level.", [("3m", {"value": 3, "unit": "m"})]),
    ],
)
def test_millions_of_what_the_clause_counts_after_of_the(text, expected):
    assert attrs_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "in", "на" after a toll's number start a place or a time, not a share, unless a number follows.
        ("The death toll rose to 47 in the city.", [("47", {"value": 47, "unit": "people"})]),
        ("Число погибших составило 47 на данный момент.", [("47", {"value": 47, "unit": "people"})]),
        # an adverb after the participle goes on with the clause
        ("At least 12 killed instantly on Sunday.", [("12", {"value": 12, "unit": "people", "qualifier": "≥"})]),
    ],
)
def test_a_toll_before_a_place_or_a_time_stays(text, expected):
    assert attrs_of(text) == expected


def test_every_nth_thing_counted_stays_a_share():
    assert attrs_of("Каждый пятый матч заканчивается вничью.") == [("Каждый пятый", {"value": 0.2, "scale": "каждый пятый"})]
