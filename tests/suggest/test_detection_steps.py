"""Detection in steps: progress that grows to its total, a cancel point at every step,
and pieces that find what the whole text finds (issue 15 item 4)."""

from __future__ import annotations

import importlib
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.service import suggestions as suggestion_service
from desktop.service.suggestions import STAGES, DetectionRequest
from desktop.suggest import steps
from desktop.suggest.detect import detect
from tests.conftest import REPO

detect_module = importlib.import_module("desktop.suggest.detect")  # the package exports the function

DATA = REPO / "tests" / "data" / "suggest"


def labelled_text(size: int) -> str:
    """The labelled texts (English, Russian, Turkish), repeated to ``size`` characters."""
    unit = "\n\n".join(json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(DATA.glob("*.json")))
    unit += "\n\n"
    return (unit * (size // len(unit) + 1))[:size]


class Stop(Exception):
    pass


def test_pieces_cover_the_text_and_end_at_paragraph_breaks():
    text = labelled_text(30_000)
    cuts = steps.pieces(text, 4_000)
    assert cuts[0][0] == 0 and cuts[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(cuts, cuts[1:]))  # no gap, no overlap
    assert len(cuts) > 5
    assert all(text[end - 1] == "\n" for _start, end in cuts[:-1])
    assert all(end - start <= 4_000 for start, end in cuts[:-1])
    assert steps.pieces("no line break " * 100, 50) == [(0, 1400)]  # nowhere to cut: one piece
    assert steps.pieces("", 50) == [(0, 0)]


@given(st.text(alphabet="ab \n.", max_size=400), st.integers(min_value=1, max_value=60))
def test_pieces_are_contiguous_and_cut_after_line_breaks(text, size):
    cuts = steps.pieces(text, size)
    assert cuts[0][0] == 0 and cuts[-1][1] == len(text)
    assert all(a[1] == b[0] and a[0] < a[1] for a, b in zip(cuts, cuts[1:]))
    assert all(text[end - 1] == "\n" for _start, end in cuts[:-1])


def test_lines_without_capitals_are_blanked_in_place():
    text = "The Minister spoke.\nall in lower case, 12 tons\n\nщи да каша\nİstanbul'da\nσ Ω"
    blanked = steps.capitalised_lines(text)
    assert len(blanked) == len(text)
    assert blanked.split("\n") == ["The Minister spoke.", " " * 26, "", " " * 10, "İstanbul'da", "σ Ω"]


def test_skipping_lines_without_capitals_changes_nothing(monkeypatch):
    lower = "\n".join(line.lower() for line in labelled_text(12_000).split("\n")[::2])
    text = labelled_text(12_000) + "\n" + lower
    skipped = detect(text, reference="2025-07-01")
    monkeypatch.setattr(detect_module, "capitalised_lines", lambda piece: piece)
    assert [(s.key, s.attributes) for s in skipped] == [(s.key, s.attributes) for s in detect(text, reference="2025-07-01")]


def test_detection_in_pieces_finds_what_the_whole_text_finds(monkeypatch):
    text = labelled_text(40_000)
    monkeypatch.setattr(detect_module, "PARSER_PIECE", 10**9)
    monkeypatch.setattr(detect_module, "NAMES_PIECE", 10**9)
    whole = detect(text, reference="2025-07-01")
    monkeypatch.setattr(detect_module, "PARSER_PIECE", 3_000)
    monkeypatch.setattr(detect_module, "NAMES_PIECE", 2_000)
    in_pieces = detect(text, reference="2025-07-01")
    assert len(in_pieces) > 100
    assert [(s.key, s.attributes) for s in in_pieces] == [(s.key, s.attributes) for s in whole]


def test_progress_grows_to_its_total_with_known_stages():
    text = labelled_text(120_000)
    reports: list[tuple[int, int, str]] = []
    request = DetectionRequest("doc", 1, text, reference="2025-07-01")
    found = suggestion_service.detect(request, progress=lambda *r: reports.append(r))
    assert found
    assert len(reports) > 10  # several steps per stage, not one report at the end
    dones = [done for done, _total, _stage in reports]
    assert dones == sorted(dones) and dones[0] == 0
    assert {total for _done, total, _stage in reports} == {reports[0][1]}
    assert reports[-1][0] == reports[-1][1] and reports[-1][2] == "done"
    stages = [stage for _done, _total, stage in reports]
    assert set(stages) <= set(STAGES)
    assert {"dates", "figures", "actors"} <= set(stages) and {"names", "models"} & set(stages)
    # stages come in order, each once
    order = [s for i, s in enumerate(stages) if i == 0 or stages[i - 1] != s]
    assert order[:2] == ["dates", "figures"] and order[-2:] == ["actors", "done"]


def test_progress_of_one_kind_reaches_its_total():
    reports: list[tuple[int, int, str]] = []
    detect(labelled_text(20_000), kinds=("figure",), progress=lambda *r: reports.append(r))
    assert {stage for *_n, stage in reports} == {"dates", "figures", "done"}  # dates hide figures inside them
    assert reports[-1][0] == reports[-1][1] > 0


@pytest.mark.parametrize("stop_at", ["dates", "figures", "names", "actors"])
def test_what_progress_raises_stops_detection_at_that_step(stop_at):
    reports: list[str] = []

    def progress(done: int, total: int, stage: str) -> None:
        reports.append(stage)
        if stage == stop_at or (stop_at == "names" and stage == "models"):
            raise Stop

    request = DetectionRequest("doc", 1, labelled_text(60_000), reference="2025-07-01")
    with pytest.raises(Stop):
        suggestion_service.detect(request, progress=progress)
    assert reports[-1] in (stop_at, "models")  # nothing ran after the cancel point
    assert "done" not in reports
