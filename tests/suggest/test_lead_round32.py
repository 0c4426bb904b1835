"""The lead's fixes after the thirty-second round's merges and final read: each case failed on the merged stage
before."""
from __future__ import annotations

import pytest

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


def test_a_russian_day_range_before_a_count_keeps_both_days():
    # the range row refused every counted noun after the four digits, but the rows of one day and of a month refuse
    # only the units they know ("человек"): "7-8 апреля 1500 солдат" lost its first day (8 April 1500 alone)
    dates = _dates("7-8 апреля 1500 солдат прибыли в Белгород.")
    assert [(d[1][-5:], d[2][-5:]) for d in dates] == [("04-07", "04-08")]
    dates = _dates("5-6 марта 1200 погибших.")
    assert [(d[1][-5:], d[2][-5:]) for d in dates] == [("03-05", "03-06")]
    # "человек" after them: the days of the publication year and a count, as the round made them
    assert _dates("5-6 марта 1200 человек погибли.") == [("5-6 марта", "2025-03-05", "2025-03-06")]
    assert ("1200 человек", 1200, "people") in _figures("5-6 марта 1200 человек погибли.")


def _persons(text: str) -> list[str]:
    return [s.exact for s in detect(text, reference=REF, kinds=("actor",)) if s.attributes.get("type") == "person"]


@pytest.mark.parametrize("text, body", [
    # a body's statement and then its spokesman's "He said": the pronoun is not the body's (the final read's cases)
    ("Aeroflot said the plane landed safely. He said the passengers were calm.", "Aeroflot"),
    ("Rosatom said the reactor was safe. He said more checks would follow.", "Rosatom"),
    # ", and he" after a player or a fugitive the list of single persons lacks
    ("Chelsea said the midfielder had a knee injury, and he will be out for a month.", "Chelsea"),
    ("Interpol said the fugitive was arrested in Spain, and he will be extradited.", "Interpol"),
    # "went top/ahead/down" is no journey; "his goal" is a player's
    ("Arsenal went top of the league after his late goal.", "Arsenal"),
    ("Besiktas went ahead thanks to his two goals.", "Besiktas"),
])
def test_a_bodys_statement_and_a_later_he_make_no_person(text: str, body: str) -> None:
    assert body not in _persons(text)


def test_a_participles_pronoun_still_makes_a_person() -> None:
    assert "Mirziyoyev" in _persons("Mirziyoyev denied it, saying he had never met the man.")
    assert "Brannigan" in _persons("Brannigan flew to Lisbon on Tuesday, where he met union leaders.")
