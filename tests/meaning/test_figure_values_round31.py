"""Figure values, written for the thirty-first round: hours with their minutes written are whole minutes unless the
minutes are a quarter of an hour."""

from __future__ import annotations

import pytest

from desktop.meaning.figures import find_figures


def _figures(text: str) -> list[tuple]:
    return [(text[s:e], a["value"], a.get("upper"), a["unit"], a.get("qualifier")) for s, e, a in find_figures(text)]


# ---------------------------------------------------------------- hours and minutes written: whole minutes
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The night shift lasted 5 hours and 3 minutes.", [("5 hours and 3 minutes", 303, None, "min", None)]),
        ("Her flight home took 2 hours 6 minutes.", [("2 hours 6 minutes", 126, None, "min", None)]),
        ("The crews rest 1 hr 12 min a day.", [("1 hr 12 min a day", 72, None, "min/d", None)]),
        ("Oturum 2 saat 6 dakika sürdü.", [("2 saat 6 dakika", 126, None, "min", None)]),
        ("Допрос длился 4 часа 24 минуты.", [("4 часа 24 минуты", 264, None, "min", None)]),
        ("The ascent takes between 1 hour 30 minutes and 2 hours 6 minutes.",
         [("1 hour 30 minutes and 2 hours 6 minutes", 90, 126, "min", None)]),
    ],
)
def test_hours_with_written_minutes_that_are_no_quarter_are_minutes(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a quarter of an hour stays in hours, as before
        ("The final went on for 2 hours and 30 minutes.", [("2 hours and 30 minutes", 2.5, None, "h", None)]),
        ("The drive north took 3 hours 45 minutes.", [("3 hours 45 minutes", 3.75, None, "h", None)]),
        ("The hearing ran 1 hour 15 minutes.", [("1 hour 15 minutes", 1.25, None, "h", None)]),
        # hours written as a decimal have no minutes written: the hours stay as written
        ("The repair took 2.1 hours in all.", [("2.1 hours", 2.1, None, "h", None)]),
        ("The vote lasted 1.05 hours.", [("1.05 hours", 1.05, None, "h", None)]),
        # minutes no hundredth of an hour were minutes already
        ("The talks lasted 3 hours and 20 minutes.", [("3 hours and 20 minutes", 200, None, "min", None)]),
    ],
)
def test_quarters_and_decimal_hours_stay_in_hours(text, expected):
    assert _figures(text) == expected


# ---------------------------------------------------------------- a number glued after "digits:" counts nothing
@pytest.mark.parametrize(
    "text",
    [
        "Врачи констатировали смерть около 22:00 мск в пятницу.",
        "В 09:45 мск самолёт вылетел из Сочи.",
        "Митинг начался в 18:00 (19:00 мск) у мэрии.",
        "The ratio stood at 3:2 recruits per officer.",
        "The home side won 4:2 games in the series.",
        "Pastors cite Romans 8:28 people say.",
    ],
)
def test_the_number_after_a_clock_colon_is_no_count(text):
    assert _figures(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("At 10:00 some 300 people gathered.", [("300 people", 300, None, "people", "≈")]),
        ("Saat 14:30'da 20 kişi toplandı.", [("20 kişi", 20, None, "people", None)]),
        ("In 2023: 45 people died.", [("45 people", 45, None, "people", None)]),
        ("Счёт 2:1, на трибунах 30 тысяч зрителей.", [("30 тысяч зрителей", 30000, None, "зрителей", None)]),
    ],
)
def test_counts_near_a_clock_time_stay(text, expected):
    assert _figures(text) == expected


# ---------------------------------------------------------------- hours or minutes written with a colon
@pytest.mark.parametrize(
    "text, expected",
    [
        ("She finished the 1500 m final in 3:58 minutes.", [("1500 m", 1500, None, "m", None), ("3:58 minutes", 238, None, "s", None)]),
        ("The crossing lasted 2:30 hours.", [("2:30 hours", 2.5, None, "h", None)]),
        ("The march took 1:45 hours.", [("1:45 hours", 1.75, None, "h", None)]),
        ("Yarış 2:05 saat sürdü.", [("2:05 saat", 125, None, "min", None)]),
        ("Забег занял 1:30 минуты.", [("1:30 минуты", 1.5, None, "min", None)]),
        ("The full recording runs 1:02:30 hours.", [("1:02:30 hours", 3750, None, "s", None)]),
        ("He lost the stage by 1:30 minutes.", [("1:30 minutes", 1.5, None, "min", None)]),
    ],
)
def test_hours_or_minutes_with_a_colon_are_one_length(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The convoy arrived at 10:30 hours.", []),  # a time of day
        ("Toplantı saat 14:30 dakikada başladı.", []),
        ("The talks lasted 30 minutes.", [("30 minutes", 30, None, "min", None)]),  # no colon: as before
        ("The score was 2:1 after 90 minutes.", [("90 minutes", 90, None, "min", None)]),
    ],
)
def test_a_time_of_day_or_a_plain_length_is_left(text, expected):
    assert _figures(text) == expected


# ---------------------------------------------------------------- review: rates, a part of the day, "at about"
@pytest.mark.parametrize(
    "text, expected",
    [
        # a rate's hours or minutes with a colon are one length too (was 30 h/d, 20 h/d)
        ("Staff worked 1:30 hours a day.", [("1:30 hours a day", 1.5, None, "h/d", None)]),
        ("Staff worked 1:20 hours a day.", [("1:20 hours a day", 80, None, "min/d", None)]),
        # a part of the day after the unit, or "at about" before, makes it a time of day (was 10.5 h)
        ("Около 10:30 часов утра начался штурм.", []),
        ("В 7:45 часов вечера поезд ушёл.", []),
        ("Troops arrived at about 10:30 hours.", []),
        # a length with a colon and no time of day is left
        ("Забег длился около 1:30 часа.", [("1:30 часа", 1.5, None, "h", "≈")]),  # ("около": ≈ since the thirty-second round)
    ],
)
def test_colon_lengths_in_rates_and_times_of_day(text, expected):
    assert _figures(text) == expected
