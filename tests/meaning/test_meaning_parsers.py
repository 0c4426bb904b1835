"""Tests for both meaning parsers together: the seed article, any text, and what they import."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.meaning.dates import UNDATED, find_dates, parse_date
from desktop.meaning.figures import find_figures, parse_figure
from tests.conftest import REPO
from tests.meaning.meaning_helpers import PROP, REF, SEED, any_text, fig, span


# ============================================================ the seed article
# Every figure in the seed: phrase (exactly as found) → attributes.
SEED_FIGURES = [
    ("1.3 million tons", fig(1300000, "t", "million")),
    ("20%", fig(20, "%")),
]
# Every date expression in the seed: (phrase in context, span find_dates returns, attrs).
SEED_DATES = [
    ("the past decade", "the past decade", span("2015", "2025", "decade")),
    # "in 2024 and 2025" lists two years, each its own date (issue 15); "between …" is a range
    ("in 2024 and", "2024", span("2024")),
    ("and 2025 demonstrates", "2025", span("2025")),
    ("As of 2025", "2025", span("2025")),
    ("on June 25, 2025", "June 25, 2025", span("2025-06-25", precision="day")),
    ("on May 22, 2025", "May 22, 2025", span("2025-05-22", precision="day")),
    ("on June 26, 2025", "June 26, 2025", span("2025-06-26", precision="day")),
    ("between 2024 and 2025", "between 2024 and 2025", span("2024", "2025")),
    ("throughout the month of June", "the month of June", span("2025-06", precision="month")),
    # "Erişme Tarihi: 03.07.2025" (twice) is when a reference was read, not an event
]
# Time expressions in the seed that are deliberately not dates: they refer to
# another period in the text, not to the publication date, or are vague.
SEED_NOT_DATES = ["the previous year", "During this period", "in recent times"]


def _occurrences(text, phrase):
    out, i = [], text.find(phrase)
    while i >= 0:
        out.append((i, i + len(phrase)))
        i = text.find(phrase, i + 1)
    return out


@pytest.mark.parametrize(("phrase", "expected"), SEED_FIGURES)
def test_seed_figure_parses(phrase, expected):
    assert phrase in SEED
    assert parse_figure(phrase) == expected


@pytest.mark.parametrize(("context", "phrase", "expected"), SEED_DATES)
def test_seed_date_parses(context, phrase, expected):
    assert context in SEED
    assert parse_date(context, REF) == expected
    assert parse_date(phrase, REF) == expected


def test_seed_find_figures_recall_and_precision():
    found = {(s, e): a for s, e, a in find_figures(SEED)}
    expected = {}
    for phrase, attrs in SEED_FIGURES:
        for pos in _occurrences(SEED, phrase):
            expected[pos] = attrs
    missing = {pos: SEED[pos[0] : pos[1]] for pos in expected if found.get(pos) != expected[pos]}
    extra = {pos: SEED[pos[0] : pos[1]] for pos in found if pos not in expected}
    assert not missing, f"recall: not found {missing}"
    assert not extra, f"precision: extra candidates {extra}"


def test_seed_find_dates_recall_and_precision():
    found = {(s, e): a for s, e, a in find_dates(SEED, REF)}
    expected = {}
    for context, phrase, attrs in SEED_DATES:
        for c0, _ in _occurrences(SEED, context):
            start = c0 + context.index(phrase)
            expected[(start, start + len(phrase))] = attrs
    assert len(expected) == 9  # 9 phrases; the access date (twice) is not an event
    missing = {pos: SEED[pos[0] : pos[1]] for pos in expected if found.get(pos) != expected[pos]}
    extra = {pos: SEED[pos[0] : pos[1]] for pos in found if pos not in expected}
    assert not missing, f"recall: not found {missing}"
    assert not extra, f"precision: extra candidates {extra}"


def test_seed_non_dates_and_non_figures_are_not_found():
    date_spans = [SEED[s:e] for s, e, _ in find_dates(SEED, REF)]
    figure_spans = [SEED[s:e] for s, e, _ in find_figures(SEED)]
    for phrase in SEED_NOT_DATES:
        assert phrase in SEED and not any(phrase in d or d in phrase for d in date_spans)
    for marker in ("[1]", "[2]", "[3]", "Second", "2024", "2025", "03.07.2025"):
        assert marker not in figure_spans
    assert "1.3 million" not in " ".join(date_spans) and "20%" not in date_spans


# ============================================================ any text
@PROP
@given(any_text)
def test_parse_figure_never_raises(text):
    result = parse_figure(text)
    assert result is None or {"value", "unit", "scale"} <= set(result)


@PROP
@given(any_text, st.one_of(st.none(), st.dates()))
def test_parse_date_never_raises(text, ref):
    result = parse_date(text, ref)
    assert {"start", "end", "precision", "undated"} <= set(result) <= {"start", "end", "precision", "undated", "reason"}
    assert result["undated"] == (result["start"] is None)
    if "reason" in result:  # why a date could not be placed: only ever on an undated one
        assert result["undated"] and isinstance(result["reason"], str) and result["reason"]
    if not result["undated"]:
        assert result["start"] <= result["end"]


def _valid_offsets(text, found):
    last_end = 0
    for start, end, attrs in found:
        assert 0 <= start < end <= len(text)
        assert text[start:end].strip()
        assert start >= last_end  # sorted, not overlapping
        last_end = end
        assert isinstance(attrs, dict)


@PROP
@given(any_text)
def test_find_figures_offsets_valid(text):
    _valid_offsets(text, find_figures(text))


@PROP
@given(any_text, st.one_of(st.none(), st.dates()))
def test_find_dates_offsets_valid(text, ref):
    _valid_offsets(text, find_dates(text, ref))


@pytest.mark.parametrize("bad", [None, 42, b"2025", ["x"]])
def test_non_str_input_is_tolerated(bad):
    assert parse_figure(bad) is None
    assert find_figures(bad) == []
    assert parse_date(bad) == UNDATED
    assert find_dates(bad) == []


# ============================================================ import cost
def test_import_is_pure():
    """The parsers load no Qt, no SQLite, no dateparser (bench/bench_meaning.py prints the import time)."""
    code = (
        "import sys\n"
        "import desktop.meaning.figures, desktop.meaning.dates\n"
        "print(sorted(m for m in ('PySide6', 'sqlite3', 'dateparser') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
