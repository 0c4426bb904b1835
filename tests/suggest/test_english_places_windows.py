"""The place-kind rule reads its pattern only in windows around the kinds' words (a speed step): it must find
exactly what a scan of the whole text finds."""

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.suggest import english_places

_WORDS = ["Adriatic", "Sea", "Western", "Avenue", "Crossgates", "Mall", "The", "Cue", "Lonely", "Island", "Red",
          "Bridge", "Street", "Main", "voters", "the", "and", "of", "-", "National\u00a0Park", "Square", "Enix", "x" * 40,
          "Y" + "y" * 120, "2020", "Lake", "Placid", "Club", ".", ",", "\n\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=80), st.sampled_from([" ", "\u00a0", "  "]))
def test_windows_find_what_a_whole_scan_finds(words: list[str], space: str) -> None:
    text = space.join(words)
    whole = [(m.start(), m.end()) for m in english_places._FEATURE.finditer(text)]
    assert [(m.start(), m.end()) for m in english_places._features(text)] == whole


def test_far_apart_kinds_each_found() -> None:
    text = "We sailed the Adriatic Sea. " + "filler words here. " * 40 + "He lived on Western Avenue."
    found = [m.group() for m in english_places._features(text)]
    assert found == ["Adriatic Sea", "Western Avenue"]
