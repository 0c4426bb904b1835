"""Dates: the final differential review of the eighth round (main before the round against main after
it, on study material) found two Russian dates made worse; these are its sentences."""
from __future__ import annotations

import datetime as _dt

import pytest

from desktop.meaning.dates import find_dates

REF = _dt.date(2025, 7, 1)


def _dates(text: str, reference: _dt.date | None = REF) -> dict[str, tuple[str, str]]:
    return {text[a:b]: (d["start"], d["end"]) for a, b, d in find_dates(text, reference)}


@pytest.mark.parametrize("text, exact, start", [
    ("Начиная с апреля 2017 года, в ходе антиправительственных протестов погибли по меньшей мене 75 человек.",
     "апреля 2017 года", "2017-04"),
    ("С 2014 года в Донбассе погибли 13 тысяч человек.", "2014 года", "2014"),
    ("С 2014 года в Донбассе погибло 13 тысяч человек.", "2014 года", "2014"),
    ("С января в регионе погибли 12 человек.", "января", "2025-01"),
    ("С апреля 2017 года погиб 1 человек.", "апреля 2017 года", "2017-04"),
    ("С марта умерли 300 человек.", "марта", "2025-03"),
])
def test_a_russian_tally_of_people_since_a_date_runs_up_to_the_publication(text, exact, start):
    # "погибли" became a past cue this round, which cut "since April 2017" to April 2017 alone
    assert _dates(text)[exact] == (start, REF.isoformat()[: len(start)])


@pytest.mark.parametrize("text, exact, year", [
    ("С 1990 года он жил там.", "1990 года", "1990"),  # a past of another kind still closes the period
    ("В 2015 году с 2012 года погибли 5 человек.", "2012 года", "2012"),  # bounded by another year
])
def test_a_closed_period_stays_closed(text, exact, year):
    assert _dates(text)[exact] == (year, year)


def test_a_range_from_the_anchor_s_own_day_in_the_next_paragraph_keeps_its_year():
    text = ("Торжественное открытие Игр состоится 5 августа 2016 года.\n"
            "С 5 по 21 августа около 10 тысяч спортсменов поборются за медали.")
    assert _dates(text)["С 5 по 21 августа"] == ("2016-08-05", "2016-08-21")
    same_line = text.replace("\n", " ")
    assert _dates(same_line)["С 5 по 21 августа"] == ("2016-08-05", "2016-08-21")
