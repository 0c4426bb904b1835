"""The own time's second reading of its scope is a cancel point like the other long steps (issue 15):
a dateline's scope may be the whole text, read again in pieces with a report before each."""

from __future__ import annotations

import importlib

import pytest

from desktop.service import suggestions as suggestion_service
from desktop.service.suggestions import DetectionRequest
from desktop.suggest import steps

detect_module = importlib.import_module("desktop.suggest.detect")

PARAGRAPH = ("The council met again yesterday and put off the vote on the harbour until next week, "
             "its members said on Tuesday.\n\n")


def dated_text(size: int) -> str:
    """A dateline, then paragraphs whose relative dates the dateline's day re-reads."""
    head = "PORTSMOUTH, Thursday 14 March 2024\n\n"
    return head + PARAGRAPH * ((size - len(head)) // len(PARAGRAPH) + 1)


class Stop(Exception):
    pass


def test_the_own_time_scope_is_read_again_in_pieces_with_a_report_before_each(monkeypatch):
    monkeypatch.setattr(detect_module, "PARSER_PIECE", 20_000)
    text = dated_text(100_000)
    cuts = len(steps.pieces(text, 20_000))
    reports: list[tuple[int, int, str]] = []
    found = detect_module.detect(text, reference="2024-03-20", kinds=("date",), progress=lambda *r: reports.append(r))
    dates = [r for r in reports if r[2] == "dates"]
    assert len(dates) >= 2 * cuts  # the first reading and the scope's second one
    assert [d for _done, _total, d in reports[-1:]] == ["done"] and reports[-1][0] == reports[-1][1]
    assert [r[0] for r in reports] == sorted(r[0] for r in reports)  # the second reading leaves the progress alone
    # the re-read happened: "yesterday" is the day before the dateline, not before the publication date
    yesterday = next(s for s in found if s.exact == "yesterday")
    assert yesterday.attributes["start"] == "2024-03-13" and yesterday.attributes["reason"]["kind"] == "own_day"


def test_a_cancel_during_the_second_reading_stops_detection_there(monkeypatch):
    monkeypatch.setattr(detect_module, "PARSER_PIECE", 20_000)
    text = dated_text(100_000)
    cuts = len(steps.pieces(text, 20_000))
    read: list[str] = []
    find = detect_module.find_dates_in_piece
    monkeypatch.setattr(detect_module, "find_dates_in_piece", lambda piece, ref: read.append("first") or find(piece, ref))
    reports: list[str] = []

    def progress(done: int, total: int, stage: str) -> None:
        reports.append(stage)
        if stage == "dates" and len(reports) == cuts + 2:  # the second report of the second reading
            raise Stop

    request = DetectionRequest("doc", 1, text, reference="2024-03-20")
    with pytest.raises(Stop):
        suggestion_service.detect(request, progress=progress)
    assert len(read) == cuts  # the first reading was over
    assert reports[-1] == "dates" and "figures" not in reports and "done" not in reports
