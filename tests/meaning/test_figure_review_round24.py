"""Figure values, review of the twenty-fourth round (issue 15): a past change without "by" whose ends are near each other is
a span of the change, not a change and a level; a range of cents keeps its low end in cents; a Turkish index's "puan" is no
percentage point though a percentage is in the clause. Sentences written for the review."""

from __future__ import annotations

import pytest

from desktop.meaning.figures import find_figures


def _figures(text):
    return [(text[a:b], x["value"], x.get("upper"), x["unit"], x.get("qualifier", "")) for a, b, x in find_figures(text)]


@pytest.mark.parametrize(
    "text, figures",
    [
        # ends near each other without "by": a span of the change (the round read a change and a level)
        ("Employment grew 1.2 million to 1.5 million jobs.", [("1.2 million to 1.5 million jobs", 1200000, 1500000, "jobs", "")]),
        ("Output rose 10 million to 12 million barrels.", [("10 million to 12 million barrels", 10000000, 12000000, "bbl", "")]),
        ("Ridership declined 3 million to 5 million trips a year.",
         [("3 million to 5 million trips a year", 3000000, 5000000, "trips/y", "")]),
        ("The company dropped 1 billion to 2 billion dollars of debt.",
         [("1 billion to 2 billion dollars", 1e9, 2e9, "USD", "")]),
        ("Production increased 2 million to 3 million barrels a day.",
         [("2 million to 3 million barrels a day", 2000000, 3000000, "bbl/d", "")]),
        # a level more than twice the change stays a change and a level
        ("Profits rose 20 million to 45 million euros.", [("20 million", 20000000, None, "EUR", ""),
                                                         ("45 million euros", 45000000, None, "EUR", "")]),
        ("The population fell 1.5 million to 144 million.", [("1.5 million", 1500000, None, "", ""),
                                                             ("144 million", 144000000, None, "", "")]),
    ],
)
def test_a_past_change_without_by_near_its_level_is_a_span(text, figures):
    assert [(s, float(v), None if u is None else float(u), unit, q) for s, v, u, unit, q in _figures(text)] == [
        (s, float(v), None if u is None else float(u), unit, q) for s, v, u, unit, q in figures]


@pytest.mark.parametrize(
    "text, figures",
    [
        ("Prices range from 5 to 10 cents.", [("5 to 10 cents", 0.05, 0.1, "USD", "")]),
        ("Shares traded between 5 and 10 cents.", [("5 and 10 cents", 0.05, 0.1, "USD", "")]),
        ("Shares fell 5 cents to 95 cents.", [("5 cents", 0.05, None, "USD", ""), ("95 cents", 0.95, None, "USD", "")]),
        ("The dividend went up 10 to 5 cents.", [("5 cents", 0.05, None, "USD", "")]),
    ],
)
def test_a_range_of_cents_keeps_its_low_end_in_cents(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        ("BIST 100 endeksi yüzde 2 artışla 150 puan yükseldi.", [("yüzde 2", 2, None, "%", "")]),
        ("Nasdaq endeksi yüzde 2, yani 300 puan düştü.", [("yüzde 2", 2, None, "%", "")]),
        ("Faiz 2,5 puan artırıldı.", [("2,5 puan", 2.5, None, "pp", "")]),
    ],
)
def test_an_index_points_are_no_percentage_points(text, figures):
    assert _figures(text) == figures
