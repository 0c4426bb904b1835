"""The name matcher's pattern opens with the names' first characters (a speed change, sixteenth round):
it finds exactly what the pattern with its look-behind first found, and detection reports the
figure stage in pieces of :data:`steps.PARSER_PIECE`."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.suggest import steps
from desktop.suggest.detect import detect
from desktop.suggest.matcher import NameMatcher, _trie_pattern, gazetteer_matcher

NAMES = ["Kazakhstan", "Kazan", "United States", "UN", "Россия", "Южная Корея", "Нью-Йорк", "Ara"]
ENTRIES = [([name], {"name": name}) for name in NAMES]


def _look_behind_first(entries: list[tuple[list[str], dict[str, str]]]) -> re.Pattern[str]:
    """The pattern as it was before: the look-behind tried at every place."""
    forms = [(name, i) for i, (names, _payload) in enumerate(entries) for name in names]
    return re.compile(r"(?<![\w.])" + _trie_pattern(forms)[0] + r"(?![\w])")


pieces = st.sampled_from(NAMES + ["России", "Россией", "Южной Кореи", " ", ".", "-", "x", "5", "\n", "о", "Ka", "the "])


@settings(max_examples=300, deadline=None)
@given(st.lists(pieces, max_size=12))
def test_the_matcher_finds_what_the_look_behind_first_found(parts):
    text = "".join(parts)
    matcher = NameMatcher(ENTRIES)
    old = _look_behind_first(ENTRIES)
    assert [(m.start(), m.end(), m.lastgroup) for m in matcher.regex.finditer(text)] == \
           [(m.start(), m.end(), m.lastgroup) for m in old.finditer(text)]


def test_a_name_after_a_word_character_or_a_dot_is_none():
    matcher = NameMatcher(ENTRIES)
    assert [(a, b) for a, b, _p in matcher.finditer("Kazan, xKazan, .Kazan, (Kazan) Kazan")] == [(0, 5), (24, 29), (31, 36)]
    assert not matcher.regex.pattern.startswith("(?<!")  # the engine may skip to the first characters


def test_the_gazetteer_finds_what_its_look_behind_first_pattern_found():
    text = ("President Tokayev visited Kazakhstan and the United States.\nВ России и Южной Корее; U.S.A. "
            "Astana'da, Нью-Йорке, the x.Kazakhstan\n") * 3
    new = gazetteer_matcher().regex
    old = re.compile(r"(?<![\w.])" + new.pattern.replace(r"(?<![\w.]", "(?<!(?!)") + "")
    # the same pattern with every first-character guard made empty, and the look-behind first
    assert [(m.start(), m.end(), m.lastgroup) for m in new.finditer(text)] == \
           [(m.start(), m.end(), m.lastgroup) for m in old.finditer(text)]
    assert len(list(new.finditer(text))) >= 18


def test_the_figure_stage_reports_once_a_piece():
    text = ("In 2024 the plant made 1,200 tonnes of steel, up 5% from 2023.\n\n" * 3000)[:150_000]
    reports: list[str] = []
    detect(text, kinds=("figure",), reference="2025-07-01", progress=lambda _d, _t, label: reports.append(label))
    assert reports.count("figures") == len(steps.pieces(text, steps.PARSER_PIECE)) >= 3
