"""Date values (issue 15, fifth round): a weekday after a present progressive of preparation is
the next one; "since 2010" reaches the publication date; forms found missing on the study
portions (GUM dev and train, Turkish Wiki NER train). Texts written for these tests."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.meaning.date_tense import FUTURE, PAST, clause_tense
from desktop.meaning.dates import find_dates

REF = datetime.date(2025, 6, 27)  # a Friday
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def dates(text: str, reference=REF) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(text[s:e], a["start"], a["end"], a["precision"]) for s, e, a in find_dates(text, reference)]


# ---------------------------------------------------------------- preparation: the weekday to come
@pytest.mark.parametrize(
    "text, day",
    [
        ("The city is bracing for a storm on Tuesday.", "2025-07-01"),
        ("Lawmakers are preparing for a vote on Thursday.", "2025-07-03"),
        ("Lawmakers are now preparing for a vote on Thursday, officials said.", "2025-07-03"),
        ("Markets are gearing up for the rate decision on Wednesday.", "2025-07-02"),
        ("Fans are getting ready for the final on Sunday.", "2025-06-29"),
        ("The capital braces for protests on Monday.", "2025-06-30"),
        ("Депутаты готовятся к голосованию в четверг.", "2025-07-03"),
        ("Meclis Perşembe günü oylamaya hazırlanıyor.", "2025-07-03"),
        # in the past, the weekday just gone
        ("The city was bracing for a storm on Tuesday.", "2025-06-24"),
        ("Lawmakers were preparing for a vote on Thursday.", "2025-06-26"),
    ],
)
def test_a_weekday_after_a_present_of_preparation_is_the_next_one(text, day):
    [(_x, start, end, precision)] = dates(text)
    assert (start, end, precision) == (day, day, "day")


@given(st.integers(0, 6), st.dates(min_value=datetime.date(1950, 1, 1), max_value=datetime.date(2090, 12, 31)),
       st.sampled_from(["is bracing for", "are preparing for", "is gearing up for", "are getting ready for",
                        "'re preparing for", "braces for", "prepares for"]))
def test_preparation_in_the_present_points_to_the_coming_weekday(wd, published, verb):
    [(_x, start, _e, _p)] = dates(f"The union {verb} a strike on {WEEKDAYS_EN[wd]}.", published)
    day = datetime.date.fromisoformat(start)
    assert day.weekday() == wd and 0 <= (day - published).days < 7


@pytest.mark.parametrize(
    "text, tense",
    [
        ("The city is bracing for DATE.", FUTURE),
        ("The city was bracing for DATE.", PAST),
        ("They're preparing for DATE.", FUTURE),
    ],
)
def test_preparation_cues(text, tense):
    at = text.index("DATE")
    assert clause_tense(text, at, at + 4) == tense
