"""Finer steps of the actor rules after the names (the longest steps of a detection in the worker on a 1 MB text in four
languages were 0.38–0.50 s): the passes that shared one step now report between them, so each is a cancel point, and
detection with reports finds exactly what it finds without them. No cache was added, so none can leak between
documents. Every sentence here was written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from desktop.suggest import english_bodies, english_capitals, english_frames, english_hyphens, english_lists
from desktop.suggest import english_people, english_things
from desktop.suggest.detect import ACTOR_STEPS, detect
from desktop.suggest.spans import Taken
from tests.suggest.test_detection_actor_steps import test_each_report_of_the_actor_rules_is_a_cancel_point as each_report_is_a_cancel_point

# written for these tests: speakers, a body and its first word, a list, a hyphenated name, people named again
ENGLISH = ("The Marlow Research Institute said on Monday that prices rose. Marlow found the rise was small.\n\n"
           '"We will appeal," Varnholt said, after the Leeds-based Quorwin Trust lost the case.\n\n'
           "Delegates came from Ostervia, Pellmark and Drunvale to meet Senator Aliya Murat in Glasgow.\n\n"
           "The anti-Ostervia protest was small; Murat's aide, Tomas Berg, said Berg would speak later.\n\n")
RUSSIAN = "Министр Иван Соколов прибыл в Казань во вторник, сообщил «Газпром».\n\n"
TURKISH = "Bakan Mehmet Yıldız dün Ankara'da Türk Tabipleri Birliği ile görüştü.\n\n"
KAZAKH = "Қазақстан Республикасының Білім министрлігі Астанада жиын өткізді.\n\n"
TEXTS = [ENGLISH * 3, ENGLISH + RUSSIAN + TURKISH + KAZAKH, RUSSIAN + TURKISH, "no names at all here.", KAZAKH * 2]


def rows(found) -> list[tuple]:
    return [(s.kind, s.start, s.end, s.exact, sorted(s.attributes.items()), s.confidence) for s in found]


@pytest.mark.parametrize("text", TEXTS)
def test_detection_in_the_finer_steps_finds_what_detection_without_reports_finds(text):
    reports: list[tuple[int, int, str]] = []
    stepped = detect(text, reference="2025-07-01", progress=lambda *r: reports.append(r))
    assert rows(stepped) == rows(detect(text, reference="2025-07-01"))
    actors = [done for done, _total, stage in reports if stage == "actors"]
    assert len(actors) == ACTOR_STEPS == 33 and actors == sorted(actors) and len(set(actors)) == ACTOR_STEPS
    assert reports[-1][2] == "done" and reports[-1][0] == reports[-1][1]


@pytest.mark.parametrize("nth", [24, 27, 29, 30, 31, 32, 33])
def test_the_new_reports_near_the_end_are_cancel_points(nth):
    each_report_is_a_cancel_point(nth)  # the former test, for the reports added after its twenty-eighth


def _reports_seen_by(monkeypatch, module, names: list[str]) -> dict[str, int]:
    """Detection of ENGLISH with each of ``module``'s functions ``names`` wrapped to note how many actor reports came
    before it ran."""
    count = 0
    seen: dict[str, int] = {}

    def progress(_done: int, _total: int, stage: str) -> None:
        nonlocal count
        count += stage == "actors"

    def noting(name: str, fn: Callable):
        def wrapped(*args, **kwargs):
            seen.setdefault(name, count)
            return fn(*args, **kwargs)
        return wrapped

    for name in names:
        monkeypatch.setattr(module, name, noting(name, getattr(module, name)))
    detect(ENGLISH, kinds=("actor",), progress=progress)
    return seen


@pytest.mark.parametrize("module, first, second", [
    (english_people, "first_word_mentions", None),  # the first words, then the lists (english_lists)
    (english_people, "given_name_mentions", None),  # the given names, then the capitals (english_capitals)
    (english_things, "drop", "retyped"),  # the things dropped, then the retyping
])
def test_passes_that_shared_a_step_now_run_in_steps_of_their_own(monkeypatch, module, first, second):
    seen = _reports_seen_by(monkeypatch, module, [first] + ([second] if second else []))
    if second is None:
        after = {"first_word_mentions": (english_lists, "list_members"),
                 "given_name_mentions": (english_capitals, "capitals_mentions")}[first]
        seen.update(_reports_seen_by(monkeypatch, after[0], [after[1]]))
        second = after[1]
    assert seen[second] == seen[first] + 1


def test_the_bodies_frames_and_the_passes_after_them_run_in_steps_of_their_own(monkeypatch):
    seen = _reports_seen_by(monkeypatch, english_bodies, ["framed_bodies"])
    seen.update(_reports_seen_by(monkeypatch, english_hyphens, ["hyphen_names"]))
    assert seen["hyphen_names"] == seen["framed_bodies"] + 1


def test_the_frames_tick_four_times_and_find_the_same_names():
    ticks: list[int] = []
    text = ENGLISH * 2
    with_ticks = english_frames.framed_names(text, [], Taken(), lambda _t, _p: True, lambda: ticks.append(1))
    assert len(ticks) == 4
    assert rows(with_ticks) == rows(english_frames.framed_names(text, [], Taken(), lambda _t, _p: True))
