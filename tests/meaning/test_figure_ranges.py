"""Ranges with both ends ("between 5,000 and 7,000 people"), bounds with their true sign
("at least 35" is ≥ 35) and temperatures ("40C"), in English, Russian and Turkish."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.meaning.figures import find_figures, format_figure


def figures(text: str) -> list[tuple[str, str]]:
    return [(text[a:b], format_figure(attrs)) for a, b, attrs in find_figures(text)]


@pytest.mark.parametrize(
    "text, exact, shown",
    [
        ("Between 5,000 and 7,000 people fled.", "5,000 and 7,000 people", "5 000–7 000 people"),
        ("between $5m and $7m", "$5m and $7m", "5 000 000–7 000 000 USD"),
        ("between 10 and 20 per cent of voters", "10 and 20 per cent", "10–20 %"),
        ("It hired 2,000 to 3,000 people.", "2,000 to 3,000 people", "2 000–3 000 people"),
        ("a fee of $5 to $7 million", "$5 to $7 million", "5 000 000–7 000 000 USD"),
        ("5 to 7 million people voted", "5 to 7 million people", "5 000 000–7 000 000 people"),
        ("5,000-7,000 people", "5,000-7,000 people", "5 000–7 000 people"),
        ("prices ranging from 5% to 7%", "5% to 7%", "5–7 %"),
        ("пострадали от 5 до 7 человек", "5 до 7 человек", "5–7 people"),
        ("5 ile 7 milyon kişi arasında", "5 ile 7 milyon kişi", "5 000 000–7 000 000 people"),
        ("мощность 10 -- 40 МВт", "10 -- 40 МВт", "10–40 MW"),
    ],
)
def test_a_range_is_one_figure_with_both_ends(text, exact, shown):
    assert figures(text) == [(exact, shown)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Inflation rose from 5% to 7%.", [("5%", "5 %"), ("7%", "7 %")]),  # a change, not a range
        # a change: two levels, the old one a bare number in the new one's unit (eighteenth round; was the new level alone)
        ("выросла с 5 до 7 процентов", [("5", "5 %"), ("7 процентов", "7 %")]),
        ("Sales rose 5% and 7% this year.", [("5%", "5 %"), ("7%", "7 %")]),  # "and" without "between"
        ("The team lost 2-3 on Sunday.", []),  # a score
        ("between 7,000 and 5,000 people", [("7,000", "7 000"), ("5,000 people", "5 000 people")]),  # not low to high
    ],
)
def test_what_is_not_a_range(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text, shown",
    [
        ("at least 35 people died", "≥ 35 people"),
        ("no fewer than 35 people", "≥ 35 people"),
        ("погибли не менее 35 человек", "≥ 35 people"),
        ("en az 35 kişi öldü", "≥ 35 people"),
        ("en fazla 35 kişi", "≤ 35 people"),
        ("не более 10 человек", "≤ 10 people"),
        ("less than 100 people", "< 100 people"),
        ("more than 1,000 people", "> 1 000 people"),
        ("Менее 100 человек", "< 100 people"),
    ],
)
def test_bounds_keep_their_sign(text, shown):
    assert [s for _e, s in figures(text)] == [shown]


_UNITS = [("people", "people"), ("per cent", "%"), ("million people", "people"), ("km", "km")]


@given(lo=st.integers(min_value=1, max_value=9_000), gap=st.integers(min_value=1, max_value=9_000),
       unit=st.sampled_from(_UNITS), form=st.sampled_from(["between {lo} and {hi} {u}", "{lo} to {hi} {u}", "{lo}–{hi} {u}"]))
def test_ranges_of_any_two_numbers(lo, gap, unit, form):
    hi = lo + gap
    words, symbol = unit
    text = "It said " + form.format(lo=f"{lo:,}", hi=f"{hi:,}", u=words) + " were counted."
    ((_a, _b, attrs),) = find_figures(text)
    factor = 1_000_000 if words.startswith("million") else 1
    assert (attrs["value"], attrs["upper"], attrs["unit"]) == (lo * factor, hi * factor, symbol)


@pytest.mark.parametrize(
    "text, shown",
    [
        ("Temperatures hit 40C on Monday.", ["40 °C"]),
        ("a pledge to limit global warming to 1.5C", ["1.5 °C"]),
        ("It was 104F in Phoenix, a record heat.", ["104 °F"]),
        ("40 degrees Celsius", ["40 °C"]),
        ("104 degrees Fahrenheit", ["104 °F"]),
        ("Room 12C is on the left.", []),  # no temperature in the sentence
        ("He was in seat 3F with his photo.", []),
        ("Section 10 C applies.", []),
        ("между 10 и 20 процентами", ["10–20 %"]),
    ],
)
def test_temperatures_as_british_news_writes_them(text, shown):
    assert [s for _e, s in figures(text)] == shown
