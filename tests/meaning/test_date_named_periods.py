"""Named periods with well-known dates ("World War II", "the Cold War", "the Great Depression") and Thanksgiving
computed for its year (the twenty-fourth round).  Sentences written for the tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.meaning.date_holidays import moving_day
from desktop.meaning.dates import find_dates

REFERENCE = "2021-06-15"


def _dates(text: str, reference: str | None = REFERENCE) -> list[tuple]:
    return [(text[s:e], a["start"], a["end"]) for s, e, a in find_dates(text, reference)]


def test_the_world_wars_and_other_named_periods():
    assert _dates("He served in World War II and later in the Korean War.") == [
        ("World War II", "1939-09-01", "1945-09-02"), ("Korean War", "1950-06-25", "1953-07-27")]
    assert _dates("After the Second World War, Europe was rebuilt.") == [("Second World War", "1939-09-01", "1945-09-02")]
    assert _dates("WWII veterans marched past the hall.") == [("WWII", "1939-09-01", "1945-09-02")]
    assert _dates("The Great War changed the map.") == [("Great War", "1914-07-28", "1918-11-11")]
    assert _dates("Banks failed during the Great Depression.") == [("Great Depression", "1929", "1939")]
    assert _dates("The Cold War shaped the city.") == [("Cold War", "1947", "1991")]
    assert _dates("Her family fought in the American Revolution.") == [("American Revolution", "1775", "1783")]
    # without a publication date too: the period does not depend on it
    assert _dates("He wrote about the American Civil War.", None) == [("American Civil War", "1861", "1865")]


def test_no_named_period_in_lower_case_or_for_a_period_like_it():
    assert _dates("Analysts fear a new Cold War between the two powers.") == []
    assert _dates("The brothers fought a cold war over the farm.") == []
    assert _dates("He fell into a great depression after the loss.") == []
    assert _dates("Nobody would survive World War III.") == []
    # a name of which the period is a part
    assert _dates("The team met in the Daughters of the American Revolution Constitution Hall.") == []
    assert _dates("She visited the Museum of the Great War.") == []
    assert _dates("It was the end of the Cold War.") == [("Cold War", "1947", "1991")]


@settings(max_examples=30, deadline=None)
@given(st.integers(1863, 2100))
def test_thanksgiving_is_the_fourth_thursday_of_november(year):
    day = moving_day("thanksgiving", year)
    assert day is not None and day.month == 11 and day.weekday() == 3 and 22 <= day.day <= 28
    assert _dates(f"They met at Thanksgiving {year}.") == [(f"Thanksgiving {year}", day.isoformat(), day.isoformat())]


def test_thanksgiving_in_running_text():
    assert _dates("Last Thanksgiving we stayed home.") == [("Last Thanksgiving", "2020-11-26", "2020-11-26")]
    assert _dates("In 2016, we met at Thanksgiving.") == [("2016", "2016", "2016"), ("Thanksgiving", "2016-11-24", "2016-11-24")]
    assert _dates("In 2018 we met at Easter.") == [("2018", "2018", "2018"), ("Easter", "2018-04-01", "2018-04-01")]
    assert _dates("We ate Thanksgiving turkey.") == []
    assert _dates("Thanksgiving is a holiday.") == []  # the name alone, no preposition of time


def test_no_period_inside_the_name_of_a_place_or_after_post():
    # review: a museum or memorial named after the war is a place, not the war's dates; "post-Cold War" is after it
    assert _dates("He visited the World War II Museum in New Orleans.") == []
    assert _dates("We walked to the Korean War Veterans Memorial.") == []
    assert _dates("The National WWII Museum opened in 2000.") == [("2000", "2000", "2000")]
    assert _dates("The Great War Memorial stands in the square.") == []
    assert _dates("He toured the American Civil War Museum.") == []
    assert _dates("In post-Cold War Europe, borders moved.") == []
    assert _dates("Pre-World War II housing was cheap.") == []
    # the period itself, next to a capitalised word that names no place, stays
    assert _dates("In World War II Britain lost many ships.") == [("World War II", "1939-09-01", "1945-09-02")]
    assert _dates("The Imperial War Museum holds World War I posters.") == [("World War I", "1914-07-28", "1918-11-11")]
