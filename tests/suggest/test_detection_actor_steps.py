"""The actor rules read the whole text: their stage reports at thirty-three points (``ACTOR_STEPS``), so that no step
of 1 MB takes over half a second (issue 15 item 4), and each report is a cancel point."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.suggest import steps
from desktop.suggest.detect import ACTOR_STEPS, detect

# written for this test: persons, places, organisations, titles and acronyms in English
TEXT = ("Senator Maria Holloway met the mayor of Leeds, Tom Farrant, at the offices of Northwind Logistics "
        "in Manchester on Tuesday.\n\nThe European Union and the World Health Organization (WHO) sent "
        "observers; Holloway said Farrant had asked Dr. Ravi Menon of Kenya to chair the panel.\n\n")


class Stop(Exception):
    pass


@given(st.lists(st.integers(), max_size=30))
def test_two_parts_yield_every_item_in_order_and_tick_once_before_the_second_half(items):
    trace: list[object] = []
    for item in steps.in_parts(items, lambda: trace.append("tick"), 2):
        trace.append(item)
    assert [t for t in trace if t != "tick"] == items
    # once for no items too: the stage's report count is the ticker's, whatever the text holds
    assert trace.count("tick") == 1 and trace.index("tick") == len(items) // 2


@given(st.lists(st.integers(), max_size=30), st.integers(min_value=2, max_value=5))
def test_in_parts_yields_every_item_in_order_and_ticks_before_each_later_part(items, parts):
    trace: list[object] = []
    for item in steps.in_parts(items, lambda: trace.append("tick"), parts):
        trace.append(item)
    assert [t for t in trace if t != "tick"] == items
    assert trace.count("tick") == parts - 1  # for no items too
    if items:  # each tick stands before the item that opens its part
        before = [sum(1 for t in trace[:i] if t != "tick") for i, t in enumerate(trace) if t == "tick"]
        assert before == [len(items) * k // parts for k in range(1, parts)]


def actor_reports(text: str) -> list[tuple[int, int, str]]:
    reports: list[tuple[int, int, str]] = []
    detect(text, kinds=("actor",), progress=lambda *r: reports.append(r))
    return reports


def test_the_actor_rules_report_thirty_three_times_with_progress_that_grows():
    reports = actor_reports(TEXT * 20)
    actors = [(done, total) for done, total, stage in reports if stage == "actors"]
    assert len(actors) == ACTOR_STEPS == 33
    dones = [done for done, _total in actors]
    assert dones == sorted(dones) and len(set(dones)) == ACTOR_STEPS  # each step moves the bar
    assert dones[-1] < reports[-1][0] == reports[-1][1]  # "done" comes last, at the total


# written for this test: no organisation, no recogniser's guess, or no candidate at all (a loop in parts is empty)
@pytest.mark.parametrize("text", [
    "Maria Holloway walked home.",
    "The weather was fine on the hill.",
    "nothing here at all, only lowercase words.",
    "12345 67890",
    "Президент России Владимир Путин прибыл в Астану.",
    "Dün akşam yağmur yağdı ve sokaklar ıslandı.",
    "Қазақстан Республикасы Үкіметі отырыс өткізді.",
])
def test_the_actor_rules_report_thirty_three_times_on_any_text(text):
    reports = actor_reports(text)
    dones = [done for done, _total, stage in reports if stage == "actors"]
    assert len(dones) == ACTOR_STEPS and dones == sorted(dones) and len(set(dones)) == ACTOR_STEPS
    assert [stage for _d, _t, stage in reports].count("done") == 1 and reports[-1][0] == reports[-1][1]


@pytest.mark.parametrize("nth", [1, 3, 4, 6, 7, 9, 10, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28])
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
