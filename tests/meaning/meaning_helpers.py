"""What the parser tests share (tests/test_meaning_*.py): the seed text and its
reference date, expected-attribute builders, and the text strategies of the properties."""

from __future__ import annotations

import datetime

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from desktop.meaning.figures import find_figures
from tests.conftest import REPO

SEED = (REPO / "seeds" / "rising-axis-of-trade.txt").read_text(encoding="utf-8")
REF = datetime.date(2025, 7, 10)  # the seed's publication date is unknown; July 2025 fits


def attrs_of(text: str) -> list[tuple[str, dict]]:
    """The figures of ``text``: each span's text and its attributes without the empty ones."""
    return [(text[a:b], {k: v for k, v in attrs.items() if v not in ("", None)}) for a, b, attrs in find_figures(text)]


def fig(value, unit="", scale=""):
    return {"value": value, "unit": unit, "scale": scale}


def span(start, end=None, precision="year"):
    return {"start": start, "end": end or start, "precision": precision, "undated": False}


# Random text for the properties: any characters, or runs of tokens the parsers react to.
TOKENS = [
    "1.3", "million", "tons", "20%", "%20", "$", "€3m", "1,2", "млн", "тонн", "2024", "2025", "and",
    "between", "May", "мая", "Mayıs", "22", "–", "-", "/", ".", ",", "in", "the", "past", "decade",
    "last", "year", "1990s", "году", "yılında", "[1]", "03.07.2025", "bin", "ton", "İ", "ı", "'", "’",
    "\u00a0", "\u202f", "of", "June", "Q1", "thousand", "a", "dozen",
]
mixed_text = st.lists(st.sampled_from(TOKENS), max_size=12).map(" ".join)
any_text = st.one_of(st.text(max_size=200), mixed_text)
PROP = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
