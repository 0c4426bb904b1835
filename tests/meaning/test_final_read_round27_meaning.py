"""The final read's fixes of the twenty-seventh round, on the figures' and dates' side (sentences of our own)."""

from __future__ import annotations

import pytest

from desktop.suggest import detect


def _found(text: str, kind: str) -> dict[str, dict]:
    return {s.exact: s.attributes for s in detect(text, reference="2025-06-18", kinds=(kind,))}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Under the Act 40 companies were fined last year.", "40 companies"),
        ("After the Game 20,000 fans stormed the pitch.", "20,000 fans"),
        ("Under the Amendment 300 firms lost their licences.", "300 firms"),
        ("Since the Match 5 players have been banned.", "5 players"),
    ],
)
def test_a_count_after_the_and_a_laws_or_a_games_word_stays(text: str, count: str) -> None:
    assert count in _found(text, "figure")


@pytest.mark.parametrize(
    "text",
    ["The Windows 11 users complained.", "The Group of 20 leaders met in Rome.", "Terminal 5 passengers waited.",
     "The Apollo 11 astronauts landed."],
)
def test_a_products_or_lines_number_after_the_is_still_no_count(text: str) -> None:
    assert _found(text, "figure") == {}


@pytest.mark.parametrize(
    ("text", "span", "end"),
    [
        ("He left in 2019. Years ago, he said, it was different.", "Years ago", "2023"),
        ("He was on Channel 4. Centuries ago, monks lived here.", "Centuries ago", "1825"),
    ],
)
def test_a_number_ending_the_sentence_before_is_no_count_of_the_units_ago(text: str, span: str, end: str) -> None:
    dates = _found(text, "date")
    assert span in dates and str(dates[span]["end"]).startswith(end)


def test_a_count_right_before_the_units_ago_is_still_a_count() -> None:
    assert _found("People came 5,000 years ago.", "date") == {}
    assert set(_found("Some 1,500 years ago a town stood here.", "date")) == {"1,500 years ago"}


def test_the_weekend_of_two_weekdays_is_no_weekend_range() -> None:
    dates = _found("Protests were held over the weekend of 2-3 June 2021.", "date")
    assert "the weekend of 2-3 June 2021" not in dates
    assert "the weekend of 5-6 June 2021" in _found("Protests were held over the weekend of 5-6 June 2021.", "date")
