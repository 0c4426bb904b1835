"""The twenty-eighth round's final read, figures and dates: a range of days after its month before a preposition
("between May 3 and 5 in Astana"), a Russian number word before a participle of harm and a verb ("Сто раненых
эвакуировали"). Sentences of our own."""

from __future__ import annotations

import pytest

from desktop.suggest import detect

REF = "2025-06-18"


def _found(text: str, kind: str) -> list[tuple[str, object, object]]:
    keys = ("start", "end") if kind == "date" else ("value", "unit")
    return [(text[s.start:s.end], *(s.attributes.get(k) for k in keys)) for s in detect(text, reference=REF)
            if s.kind == kind]


@pytest.mark.parametrize("text, exact, start, end", [
    ("The summit will be held between May 3 and 5 in Astana.", "May 3 and 5", "2026-05-03", "2026-05-05"),
    ("The fair ran from June 4 to 6 at the old venue.", "June 4 to 6", "2025-06-04", "2025-06-06"),
    ("Talks ran between May 3 and 5 during the crisis.", "May 3 and 5", "2025-05-03", "2025-05-05"),
])
def test_a_range_of_days_before_a_preposition(text, exact, start, end):
    assert (exact, start, end) in _found(text, "date")


def test_a_number_after_the_preposition_is_no_day():
    found = _found("Polls between May 3 and 5 in 10 voters agree.", "date")
    assert [f[0] for f in found] == ["May 3"]


@pytest.mark.parametrize("text, exact, value", [
    ("Сто раненых эвакуировали вертолётом.", "Сто раненых", 100),
    ("Пять погибших опознаны.", "Пять погибших", 5),
])
def test_a_number_word_before_the_harmed_and_a_verb_counts_people(text, exact, value):
    assert _found(text, "figure") == [(exact, value, "people")]


@pytest.mark.parametrize("text, exact, unit", [
    ("Двести раненых солдат эвакуировали.", "Двести раненых солдат", "солдат"),
    ("Две новые модели вышли.", "Две новые модели", "модели"),
])
def test_a_noun_after_them_is_still_what_is_counted(text, exact, unit):
    assert [(f[0], f[2]) for f in _found(text, "figure")] == [(exact, unit)]
