"""The actor rules read the whole text: their stage reports at twelve points, so that no step
of 1 MB takes over half a second (issue 15 item 4), and each report is a cancel point."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.suggest import steps
from desktop.suggest.detect import detect

# written for this test: persons, places, organisations, titles and acronyms in English
TEXT = ("Senator Maria Holloway met the mayor of Leeds, Tom Farrant, at the offices of Northwind Logistics "
        "in Manchester on Tuesday.\n\nThe European Union and the World Health Organization (WHO) sent "
        "observers; Holloway said Farrant had asked Dr. Ravi Menon of Kenya to chair the panel.\n\n")


class Stop(Exception):
    pass


@given(st.lists(st.integers(), max_size=30))
def test_halves_yields_every_item_in_order_and_ticks_once_before_the_second_half(items):
    seen: list[object] = []
    out = list(steps.halves(items, lambda: seen.append("tick")))
    assert out == items
    if items:
        trace: list[object] = []
        for item in steps.halves(items, lambda: trace.append("tick")):
            trace.append(item)
        assert trace.count("tick") == 1 and trace.index("tick") == len(items) // 2
    else:
        assert seen == []


def actor_reports(text: str) -> list[tuple[int, int, str]]:
    reports: list[tuple[int, int, str]] = []
    detect(text, kinds=("actor",), progress=lambda *r: reports.append(r))
    return reports


def test_the_actor_rules_report_twelve_times_with_progress_that_grows():
    reports = actor_reports(TEXT * 20)
    actors = [(done, total) for done, total, stage in reports if stage == "actors"]
    assert len(actors) == 12
    dones = [done for done, _total in actors]
    assert dones == sorted(dones) and len(set(dones)) == 12  # each step moves the bar
    assert dones[-1] < reports[-1][0] == reports[-1][1]  # "done" comes last, at the total


@pytest.mark.parametrize("nth", [1, 3, 6, 9, 12])
def test_each_report_of_the_actor_rules_is_a_cancel_point(nth):
    count = 0

    def progress(done: int, total: int, stage: str) -> None:
        nonlocal count
        if stage == "actors":
            count += 1
            if count == nth:
                raise Stop

    with pytest.raises(Stop):
        detect(TEXT * 5, kinds=("actor",), progress=progress)
    assert count == nth  # nothing reported after the cancel point
