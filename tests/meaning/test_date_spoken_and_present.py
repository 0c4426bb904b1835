"""Left-alone date defects of the nineteenth round: ranges to the present without "from", hyphenated Kazakh
years, spoken years after a month, fillers inside a date, and the yearless end of a range."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.meaning.dates import find_dates


def _dates(text: str, reference: str | None = "2020-05-01") -> list[tuple[str, str | None, str | None, str | None]]:
    return [(text[a:b], x.get("start"), x.get("end"), x.get("open")) for a, b, x in find_dates(text, reference)]


def test_a_bare_year_to_the_present_day_is_the_range_to_the_present():
    assert _dates("The mill has worked 1990 to the present day.") == [("1990 to the present day", "1990", "2020", None)]
    assert _dates("The mill has worked 1990 to the present day.", None) == [
        ("1990 to the present day", "1990", "1990", "end")]


def test_the_present_before_a_noun_or_after_an_amount_is_no_range():
    assert _dates("It cost 1990 to the present owner.") == []
    assert _dates("Fees rose by $1990 to the present.") == []


def test_a_hyphenated_kazakh_year_is_a_year():
    assert _dates("Зауыт 1990-жылы ашылды.") == [("1990-жылы", "1990", "1990", None)]
    assert _dates("Зауыт 1990-жылдан бері жұмыс істейді.") == [("1990-жылдан бері", "1990", "2020", None)]


def test_a_month_with_a_spoken_year_is_that_month():
    assert _dates("It was April of fifteen eighteen when the scholar came.") == [
        ("April of fifteen eighteen", "1518-04", "1518-04", None)]
    assert _dates("born in March nineteen ninety-two") == [("March nineteen ninety-two", "1992-03", "1992-03", None)]
    assert _dates("June nineteen oh five") == [("June nineteen oh five", "1905-06", "1905-06", None)]


def test_numbers_after_a_month_that_make_no_year_are_left():
    assert _dates("In May fifteen people came.") == [("May", "2020-05", "2020-05", None)]
    assert _dates("They may twenty times ask.") == []


def test_a_filler_inside_a_relative_date_is_read_through():
    assert _dates("We went there last uh August, I think.") == [("last uh August", "2019-08", "2019-08", None)]
    assert _dates("Um, so we, uh, moved last year.") == [("last year", "2019", "2019", None)]


def test_a_yearless_end_of_a_range_takes_the_year_of_its_start():
    assert _dates("We went there last August to September.") == [("last August to September", "2019-08", "2019-09",
                                                                  None)]
    assert _dates("They waited from December 2008 to March.") == [("from December 2008 to March", "2008-12",
                                                                    "2009-03", None)]
    assert _dates("between 3 May 2001 and 5 June") == [("between 3 May 2001 and 5 June", "2001-05-03", "2001-06-05",
                                                         None)]


@settings(max_examples=40, deadline=None)
@given(st.integers(10, 20), st.integers(10, 99), st.integers(1, 12))
def test_spoken_years_read_as_their_number(high, low, month):
    words = {10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen", 16: "sixteen",
             17: "seventeen", 18: "eighteen", 19: "nineteen", 20: "twenty"}
    tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    units = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    spoken_low = words[low] if low < 20 else tens[low // 10 - 2] + (f"-{units[low % 10]}" if low % 10 else "")
    name = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December"][month - 1]
    text = f"It happened in {name} of {words[high]} {spoken_low}, they say."
    found = _dates(text)
    assert found and found[0][1] == f"{high * 100 + low:04d}-{month:02d}"


def test_a_month_and_a_day_before_a_counted_noun_is_no_spoken_year():
    # review: "June nineteen twenty people" is June 19 and twenty people, not June 1920
    assert not any(start == "1920-06" for _w, start, _e, _o in _dates("On June nineteen twenty people were hired."))
    assert not any(start == "2021-03" for _w, start, _e, _o in _dates("In March twenty twenty-one people died."))
    assert _dates("June nineteen twenty was hot.") == [("June nineteen twenty", "1920-06", "1920-06", None)]
