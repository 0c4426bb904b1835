"""Dates, ninth round's review (issue 15): the defects a reviewer found in the round's date rules, each
from the reviewer's sentences.  Texts written for these tests."""

from __future__ import annotations

import datetime

import pytest

from desktop.meaning.date_tense import PAST, clause_tense
from desktop.meaning.dates import find_dates

REF = datetime.date(2025, 10, 15)  # a Wednesday


def dates(text: str, reference: datetime.date | None = REF) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(text[s:e], a["start"], a["end"], a["precision"]) for s, e, a in find_dates(text, reference)]


def _tense(text: str, date: str) -> int:
    i = text.index(date)
    return clause_tense(text, i, i + len(date))


# ---------------------------------------------------------------- an old date's day in the next paragraph
@pytest.mark.parametrize("text, date, value", [
    ("The dam burst on 3 March 2011.\nOn 3 March a memorial will open.", "3 March", "2026-03-03"),
    ("The dam burst on 3 March 2011.\nOn 3 March next year a memorial will open.", "3 March", "2026-03-03"),
    ("The treaty was signed on 12 May 1990.\nOn 12 May the minister will visit Paris.", "12 May", "2026-05-12"),
    ("The dam burst on 3 March 2011.\nEvery year on 3 March, villagers hold a vigil.", "3 March", "2025-03-03"),
])
def test_the_anchors_day_alone_outside_the_past_takes_no_old_year(text: str, date: str, value: str) -> None:
    assert (date, value, value, "day") in dates(text)


def test_a_range_from_the_anchors_day_keeps_its_year() -> None:
    text = "The games take place on 5 August 2016.\nFrom 5 to 21 August athletes will compete."
    assert ("5 to 21 August", "2016-08-05", "2016-08-21", "day") in dates(text)
