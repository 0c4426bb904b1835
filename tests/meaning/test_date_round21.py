"""Twenty-first round's date recall (issue 15): a life or reign before the year 1000 in brackets after a name, and
moments, minutes or hours ago without a number; with the figures, durations and clock times that must stay no date."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.meaning.dates import find_dates
from desktop.suggest.detect import detect

REF = "2021-06-09"


def found(text: str, reference: str | None = REF) -> list[tuple[str, str | None, str | None]]:
    return [(text[s:e], a.get("start"), a.get("end")) for s, e, a in find_dates(text, reference)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Bishop Aldhelm of Sherborne (c. 639 – 709) wrote riddles.", [("639 – 709", "0639", "0709")]),
    ("The emperor Basil II (958–1025) is not one.", []),  # a four-digit end: the scanner's, not this rule's
    ("Under Heraclius (r. 610–641) the empire shrank.", [("610–641", "0610", "0641")]),
    ("The monk Ahmad (c. 520 – 580) copied it.", [("520 – 580", "0520", "0580")]),  # one word and "c."
    ("The poet Li Bai 李白 (701–762) travelled widely.", [("701–762", "0701", "0762")]),
])
def test_a_life_or_reign_before_1000_after_a_name(text, expected):
    spans = found(text)
    if expected:
        assert spans == expected
    else:
        assert all(start is None or start[:1] != "0" for _w, start, _e in spans)


@pytest.mark.parametrize("text", [
    "Read pages (120–135) before class.",  # a lower-case word before: pages
    "See Table (210–260) for the values.",  # a reference word
    "The children (5–12) played outside.",  # not three digits
    "The Song (960–1279) ruled long.",  # a four-digit end
    "Scores ranged from Group A (400–900) upward.",  # more than 110 apart: no life
    "The Tang (618–907) dynasty fell.",  # a dynasty of 289 years: no one's life
    # review: one capitalised word before bare numbers is a thing with a range as often as a person
    "Cars (150 - 190) were sold at the fair.",
    "Boeing (737–800) jets landed late.",
    "Chapter Two (214–230) is the longest.",  # a reference word and a number word
    "Route (101–150) was closed for repairs.",
    "The Apollo (200–250) seats were full.",  # an article and one word
    "The Model T (150–220) came in black.",  # a one-letter word
])
def test_no_early_span_where_there_is_none(text):
    assert all(start is None or start[:1] != "0" for _w, start, _e in found(text))


@pytest.mark.parametrize(("text", "words"), [
    ("Moments ago the jury came back.", "Moments ago"),
    ("Just minutes ago, the minister resigned.", "Just minutes ago"),
    ("A few moments ago the bridge reopened.", "A few moments ago"),
    ("The polls closed hours ago.", "hours ago"),
])
def test_moments_minutes_hours_ago_are_the_publication_day(text, words):
    assert found(text) == [(words, REF, REF)]


@pytest.mark.parametrize("text", [
    "The meeting ran for hours and nobody left.",  # a duration
    "It takes minutes to boil an egg.",  # a duration
    "We met at 10:30 and talked for two hours.",  # a clock time and a duration
    "He waited 45 minutes at the gate.",  # a figure
    "Take the 20 seconds to tie the bag.",  # a duration
])
def test_durations_and_clock_times_stay_no_date(text):
    assert found(text) == []


def test_moments_ago_in_a_past_perfect_is_a_storys_time_not_the_day():
    assert found("The square looked as it had looked a few moments ago, empty and wet.") == []
    assert found("She said she'd seen him minutes ago by the gate.") == []


def test_without_a_publication_date_moments_ago_is_undated():
    (_w, start, end), = found("Moments ago the jury came back.", None)
    assert start is None and end is None


def test_an_early_span_hides_the_figure_inside_it_and_keeps_its_value():
    text = "Saint Boniface (c. 675 – 754) preached in Frisia."
    dates = [s for s in detect(text, reference=REF, kinds=("date", "figure")) if s.kind in ("date", "figure")]
    assert [(s.kind, s.exact, s.attributes["start"]) for s in dates] == [("date", "675 – 754", "0675")]


@given(st.integers(min_value=100, max_value=889), st.integers(min_value=10, max_value=110))
def test_any_life_span_in_brackets_after_a_name_gives_its_years(born, length):
    died = born + length
    if died > 999:
        return
    text = f"The scholar Anselm of Laon ({born}–{died}) taught there."  # a name of two words: bare numbers suffice
    assert found(text) == [(f"{born}–{died}", f"{born:04d}", f"{died:04d}")]
