"""The lead's fixes after the thirty-second round's merges and final read: each case failed on the merged stage
before."""
from __future__ import annotations

from desktop.suggest import detect

REF = "2025-06-18"


def _dates(text: str) -> list[tuple[str, str, str]]:
    return [(s.exact, s.attributes.get("start", ""), s.attributes.get("end", ""))
            for s in detect(text, reference=REF, kinds=("date",))]


def _figures(text: str) -> list[tuple[str, object, str]]:
    return [(s.exact, s.attributes.get("value"), s.attributes.get("unit", ""))
            for s in detect(text, reference=REF, kinds=("figure",))]


def test_the_next_hours_and_minutes_stay_a_length():
    # less than a day ahead is no window of days: the length is a figure, as "the next 2 hours" is (it was an
    # undated date once minutes became a unit of the compound lengths)
    text = "The next 2 hours and 30 minutes will decide it."
    assert _dates(text) == []
    assert _figures(text) == [("2 hours and 30 minutes", 2.5, "h")]
    assert _dates("The next 2 hours will decide it.") == []
    # a length of whole days ahead is still a window from the publication date
    assert _dates("The next 2 days and 12 hours will decide it.") == [
        ("The next 2 days and 12 hours", "2025-06-18", "2025-06-20")]
    assert _dates("The next 2 years and 6 months will decide it.") == [
        ("The next 2 years and 6 months", "2025-06-18", "2027-12-17")]
    # the past hours and minutes: the publication day
    assert _dates("The past 2 hours and 30 minutes were hard.") == [
        ("The past 2 hours and 30 minutes", "2025-06-18", "2025-06-18")]
