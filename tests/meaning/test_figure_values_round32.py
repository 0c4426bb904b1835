"""Figure values, written for the thirty-second round: "within" bounds a range as it bounds one value; a clock time
before "hours" at a range's end or after "from" / "by" is a time of day, no length; a bound before hours or minutes
written with a colon is kept."""

from __future__ import annotations

import pytest

from desktop.meaning.figures import find_figures


def _figures(text: str) -> list[tuple]:
    return [(text[s:e], a["value"], a.get("upper"), a["unit"], a.get("qualifier")) for s, e, a in find_figures(text)]


# ---------------------------------------------------------------- "within" before a range: ≤, as before one value
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Keep the drone within 5 to 10 meters of the hive.", [("5 to 10 meters", 5, 10, "m", "≤")]),
        ("The mortars struck within 2-4 km of the base.", [("2-4 km", 2, 4, "km", "≤")]),
        ("The new bridge will open within 2 to 3 years.", [("2 to 3 years", 2, 3, "y", "≤")]),
        ("Repairs should cost within $5-10 million.", [("$5-10 million", 5_000_000, 10_000_000, "USD", "≤")]),
        # one value, as before
        ("Keep the drone within 5 meters of the hive.", [("5 meters", 5, None, "m", "≤")]),
    ],
)
def test_within_bounds_a_range_as_one_value(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a count of things is what "within" holds, no bound, range or not
        ("The answer lay within 2 to 3 names on the list.", [("2 to 3 names", 2, 3, "names", None)]),
        # a word between: no bound from "within"
        ("Villages within the 5 to 10 km belt were emptied.", [("5 to 10 km", 5, 10, "km", None)]),
        # no "within": a plain range
        ("The drone flew 5 to 10 meters above the hive.", [("5 to 10 meters", 5, 10, "m", None)]),
    ],
)
def test_within_leaves_counts_and_other_ranges_alone(text, expected):
    assert _figures(text) == expected


# ---------------------------------------------------------------- clock times before "hours": no length
@pytest.mark.parametrize(
    "text",
    [
        "The ticket office is open from 9:00 to 17:00 hours.",
        "The ticket office is open 9:00-17:00 hours on weekdays.",
        "Trucks may not enter between 8:00 and 18:00 hours.",
        "The curfew runs from 22:00 hours every night.",
        "All forms must be filed by 17:00 hours on Friday.",
        "The museum stays open until 19:30 hours.",
    ],
)
def test_a_clock_time_at_a_range_end_or_after_from_or_by_is_no_length(text):
    assert _figures(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a change or a delay before "from" / "by": a length
        ("The drive was cut from 2:30 hours to 1:45 hours.", [("2:30 hours", 2.5, None, "h", None),
                                                              ("1:45 hours", 1.75, None, "h", None)]),
        ("The ferry was delayed by 1:30 hours.", [("1:30 hours", 1.5, None, "h", None)]),
        ("She won the stage by 2:05 minutes.", [("2:05 minutes", 125, None, "s", None)]),
        # a length with no such word before it, as before
        ("The march lasted 2:30 hours.", [("2:30 hours", 2.5, None, "h", None)]),
    ],
)
def test_colon_lengths_after_a_change_or_alone_stay_lengths(text, expected):
    assert _figures(text) == expected


# ---------------------------------------------------------------- a bound before a colon length
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The climb took about 2:30 hours.", [("2:30 hours", 2.5, None, "h", "≈")]),
        ("The interview ran roughly 1:30 minutes.", [("1:30 minutes", 1.5, None, "min", "≈")]),
        ("Rescuers arrived within 1:30 hours.", [("1:30 hours", 1.5, None, "h", "≤")]),
        ("The hearing went on for more than 1:20 hours.", [("1:20 hours", 80, None, "min", ">")]),
        ("The last leg took at least 2:45 hours.", [("2:45 hours", 2.75, None, "h", "≥")]),
    ],
)
def test_a_bound_before_a_colon_length_is_kept(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The talks began at about 10:30 hours.",  # a time of day after "at about", as before
        "The convoy left at 06:00 hours.",
    ],
)
def test_a_bound_does_not_make_a_time_of_day_a_length(text):
    assert _figures(text) == []


# ---------------------------------------------------------------- "a day" naming a kind of thing: no length
@pytest.mark.parametrize(
    "text",
    [
        "The old port is ideal for a day trip from the capital.",
        "Nurses were hired for a day shift at the clinic.",
        "Commuters waited for a day pass that never came.",
        "She took a day job after the strike.",
    ],
)
def test_a_day_before_the_noun_it_classifies_is_no_length(text):
    assert [f for f in _figures(text) if f[3] == "d"] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The talks lasted a day and a night.", ("a day", 1, None, "d", None)),
        ("They stayed for a day. Patients were moved later.", ("a day", 1, None, "d", None)),
        ("He took a day off after the vote.", ("a day", 1, None, "d", None)),
        ("The crews waited for a day before they left.", ("a day", 1, None, "d", None)),
    ],
)
def test_a_day_as_a_length_stays(text, expected):
    assert expected in _figures(text)


# ---------------------------------------------------------------- review: what the time-of-day rules must leave
@pytest.mark.parametrize(
    "text, expected",
    [
        # "from" a length with its unit "to" another: a range of lengths, whatever the verb ("lasted", "went", "ran")
        ("The session lasted from 1:30 hours to 2:15 hours.", [("1:30 hours", 1.5, None, "h", None),
                                                               ("2:15 hours", 2.25, None, "h", None)]),
        ("Duration went from 1:20 hours to 1:40 hours.", [("1:20 hours", 80, None, "min", None),
                                                          ("1:40 hours", 100, None, "min", None)]),
        ("The trial ran from 1:30 hours to 2 hours each day.", [("1:30 hours", 1.5, None, "h", None),
                                                                ("2 hours each day", 2, None, "h/d", None)]),
        # "up from" / "down from" is a change
        ("Her time was 2:15 hours, down from 2:20 hours.", [("2:15 hours", 2.25, None, "h", None),
                                                            ("2:20 hours", 140, None, "min", None)]),
        ("Her time was 2:15 hours, up from 2:05 hours.", [("2:15 hours", 2.25, None, "h", None),
                                                          ("2:05 hours", 125, None, "min", None)]),
        # minutes are no time of day: a margin after "by", a range's end
        ("The team finished by 1:05 minutes ahead of the rest.", [("1:05 minutes", 65, None, "s", None)]),
        ("Each interval lasted 1:30-2:00 minutes.", [("2:00 minutes", 2, None, "min", None)]),
    ],
)
def test_lengths_the_time_of_day_rules_must_leave(text, expected):
    assert _figures(text) == expected


def test_from_a_clock_time_until_another_stays_a_time_of_day():
    # ("until" ends a span of clock times, not of lengths: the review's "from … hours to … hours" exception leaves it)
    assert _figures("Visits are allowed from 10:00 hours until 12:00 hours.") == []
