"""Review of the fifteenth round of the figure values: sentences the branch read wrong — a plain comparative gave a sign to
the comparison's base ("higher than 10 years ago", "lower than 2020 levels", "higher than 12 other countries"), "a quarter
of 1900 to 2100 voters" lost its low end to a "word of time", and "went down in 2000 to 3000 homes" lost its range of
places after a verb of change."""

import pytest

from desktop.meaning.figures import find_figures


def _figures(text):
    return [(text[a:b], x["value"], x.get("upper"), x["unit"], x.get("qualifier")) for a, b, x in find_figures(text)]


@pytest.mark.parametrize(
    "text, figures",
    [
        # the base of the comparison: a time ago, a value of another time, a year, the things compared
        ("Prices are higher than 10 years ago.", [("10 years", 10, None, "y", None)]),
        ("Costs are higher than $5m a year ago.", [("$5m", 5_000_000, None, "USD", None)]),
        ("Sales were higher than 3,000 units before.", [("3,000 units", 3000, None, "units", None)]),
        ("Emissions were lower than 2020 levels.", [("2020 levels", 2020, None, "levels", None)]),
        ("This is higher than 12 other countries.", [("12 other countries", 12, None, "countries", None)]),
        # a bound on the subject's own figure stays
        ("Fares were higher than 6 dollars on most routes.", [("6 dollars", 6, None, "USD", ">")]),
        ("The spire is taller than 120 metres.", [("120 metres", 120, None, "m", ">")]),
        ("The spire is no taller than 120 metres.", [("120 metres", 120, None, "m", "≤")]),
        ("Flights longer than 3 hours before the holidays cost more.", [("3 hours", 3, None, "h", ">")]),
        ("More than 12 other countries joined.", [("12 other countries", 12, None, "countries", ">")]),
    ],
)
def test_a_comparisons_base_gets_no_sign(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        ("A quarter of 1900 to 2100 voters abstained.",
         [("A quarter", 0.25, None, "", None), ("1900 to 2100 voters", 1900, 2100, "voters", None)]),
        ("Power went down in 2000 to 3000 homes.", [("2000 to 3000 homes", 2000, 3000, "homes", None)]),
        ("Prices were cut in 1900 to 2400 stores.", [("1900 to 2400 stores", 1900, 2400, "stores", None)]),
        # a year after a quarter or half of the year, or after "in" with a level that is no place, is still no low end
        ("Output fell in the first quarter of 2020 to 3,000 tonnes.", [("3,000 tonnes", 3000, None, "t", None)]),
        ("Staff rose in 2019 to 2100 workers.", [("2100 workers", 2100, None, "workers", None)]),
    ],
)
def test_a_range_of_counted_things_or_places_keeps_its_low_end(text, figures):
    assert _figures(text) == figures
