"""Twenty-second round (speed of actors): the cheap tests that now come before a rule's scan give what the scan gave.
Every sentence is written for these tests."""

from __future__ import annotations

import importlib

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.suggest import english_things, matcher, names, spans
from desktop.suggest.detect import detect

detect_module = importlib.import_module("desktop.suggest.detect")  # the package's name ``detect`` is the function


def test_a_word_inside_an_address_is_found_and_a_word_outside_is_not() -> None:
    for text, word in [("Write to Dana.Whitlock@harbourgas.com today.", "Whitlock"),
                       ("See HTTP://WWW.NORTHWIND.CO.UK/news for more.", "NORTHWIND"),
                       ("Visit WWW.Northwind.org before noon.", "Northwind"),
                       ("The file is at ftp://Castlegate/files now.", "Castlegate")]:
        start = text.index(word)
        assert spans.in_address(text, start, start + len(word))
    text = "Dana Whitlock of Northwind wrote to us at noon."
    for word in ("Dana", "Whitlock", "Northwind"):
        start = text.index(word)
        assert not spans.in_address(text, start, start + len(word))


_RUN = st.lists(st.sampled_from(["a", "B", "w", "W", ".", "-", "_", ":", "/", "@", "1", " ", "www.", "WWW.", "Www.",
                                 "http://", "FTP://", "ECT", "com"]), min_size=1, max_size=10).map("".join)


@settings(max_examples=300, deadline=None)
@given(_RUN, _RUN, _RUN)
def test_an_address_is_found_as_the_address_pattern_finds_it_in_the_run(before: str, word: str, after: str) -> None:
    # the expectation from the pattern alone (no cheap test before it): the span lies in one run of non-spaces, and an
    # address the pattern finds in that run covers it
    text = before + word + after
    start, end = len(before), len(before) + len(word)
    expected = False
    if " " not in word:
        left = text.rfind(" ", 0, start) + 1
        right = text.find(" ", end)
        run = text[left : len(text) if right < 0 else right]
        expected = any(left + m.start() <= start and end <= left + m.end() for m in spans._ADDRESS.finditer(run))  # noqa: SLF001
    assert spans.in_address(text, start, end) == expected


def test_a_state_code_after_a_town_of_a_settlement_word_is_the_towns() -> None:
    text = "Officers in Orange Grove CA said the road was closed."
    start = text.index("CA")
    assert english_things.code_after_a_town(text, start, start + 2)
    text = "Officers of the CA unit in Orange Grove said the road was closed."
    start = text.index("CA")
    assert not english_things.code_after_a_town(text, start, start + 2)
    text = "Lake City police said the Palm Springs CIA office was closed."
    start = text.index("CIA")
    assert not english_things.code_after_a_town(text, start, start + 3)


def test_a_seat_of_government_is_named_in_any_of_its_forms_and_other_names_are_none() -> None:
    assert names.seat_of_government("Кремле") == "Кремль"
    assert names.seat_of_government("Белого  дома") == "Белый дом"
    assert names.seat_of_government("Beyaz Saray") == "Beyaz Saray"
    assert names.seat_of_government("White House") == "White House"
    for other in ("Moscow", "Kremlin Palace Hotel", "Белый", "Saray", ""):
        assert names.seat_of_government(other) is None


def test_actors_alone_and_with_dates_give_the_same_actors() -> None:
    text = ("From 2000 to 2500 dollars was paid to Northwind Logistics in Leeds in May 2020, "
            "Maria Holloway said on Tuesday.")
    alone = detect(text, kinds=("actor",))
    together = [s for s in detect(text, kinds=("date", "actor")) if s.kind == "actor"]
    assert alone == together and {s.exact for s in alone} >= {"Leeds", "Maria Holloway"}


def test_a_place_in_a_headline_in_capitals_is_found_on_any_line() -> None:
    text = ("Markets were calm on Monday.\nLONDON AND PARIS TALKS RESUME\nOfficials in KAZAKHSTAN said so.\n"
            "The mood was quiet.\nMOSCOW")
    found = {s.exact for s in detect(text, kinds=("actor",))}
    assert {"LONDON", "PARIS", "KAZAKHSTAN", "MOSCOW"} <= found


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["LONDON", "Paris", "the talks", "KAZAKHSTAN", "NEW YORK", "\n", " ", ", ", "said",
                                 "Astana", "MOSCOW.", "x"]), max_size=25))
def test_the_gazetteer_read_line_by_line_finds_what_it_finds_in_the_whole_text(parts: list[str]) -> None:
    text = " ".join(parts)
    whole = list(matcher.gazetteer_matcher().finditer(text))
    lines, start = [], 0
    for line in text.split("\n"):
        lines += list(matcher.gazetteer_matcher().finditer(text, start, start + len(line)))
        start += len(line) + 1
    assert lines == whole


def _headline_hits(text: str, by_line: bool) -> list[tuple[int, int, str]]:
    # the gazetteer's names that the title case of capitals shows, as detect reads them: by line, or in the whole text
    titled = detect_module._caps_to_title(text)  # noqa: SLF001
    ranges = detect_module._lines_in_capitals(text) if by_line else [(0, len(text))]  # noqa: SLF001
    return [(b, e, p["name"]) for lo, hi in ranges for b, e, p in matcher.gazetteer_matcher().finditer(titled, lo, hi)
            if text[b:e] != titled[b:e]]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(["LONDON", "PARIS", "the talks", "KAZAKHSTAN", "NEW YORK", "МОСКВА", "АСТАНА,",
                                 "\n", "\r\n", "\r", "\u2028", "\u2029", "\u0085", "\x0b", "\x0c", " ", ", ", "—",
                                 "said", "(Reuters) -", "x"]), max_size=25))
def test_headlines_read_by_line_give_the_whole_texts_names_with_any_line_end(parts: list[str]) -> None:
    text = " ".join(parts)
    assert _headline_hits(text, by_line=True) == _headline_hits(text, by_line=False)


def test_datelines_with_carriage_returns_and_unicode_line_separators_are_found() -> None:
    # (a headline line "NEW YORK TALKS RESUME" is read as one only between "\n": as at the round's start)
    for sep in ("\n", "\r\n", "\r", "\u2028", "\u0085"):
        text = sep.join(["Markets were calm.", "LONDON, May 3 (Reuters) - Talks resumed.", "NEW YORK TALKS RESUME",
                         "МОСКВА, 3 мая — переговоры продолжатся."])
        found = {s.exact for s in detect(text, kinds=("actor",))}
        assert {"LONDON", "МОСКВА"} | ({"NEW YORK"} if "\n" in sep else set()) <= found, (repr(sep), found)
