"""The recognisers in a process of their own (issue 15, ``desktop.suggest.names_child``): the child's life.

Real child processes ("spawn"): started once where names are first needed and reused, the same
suggestions as in-process, an error in it reaches the caller, a cancel during the names stage is
prompt and leaves the child serving, its death or a failed start falls back to this process, and it
ends with its parent.  Only the first test loads the language models in a child; the others give
the child a cheap ``find`` of this module (sent by name)."""

from __future__ import annotations

import multiprocessing.spawn
import os
import re
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from desktop.suggest import detect, names_child
from desktop.suggest.steps import Ahead, Steps

ROOT = Path(__file__).resolve().parents[2]
TEXT = ("President Aliya Murat met Tomas Berg of the Orvale Trading Company in Astana on Monday.\n\n"
        "Министр Иван Соколов прибыл в Казань во вторник вместе с делегацией «Северной компании».\n\n"
        "Bakan Mehmet Yıldız dün Ankara'da Kervan Holding yöneticileriyle görüştü.\n\n")


def capitals(piece: str) -> list[tuple[int, int, str, str]]:
    """A cheap stand-in for the recognisers: every capitalised word, with the pid that read it."""
    return [(m.start(), m.end(), "person", str(os.getpid())) for m in re.finditer(r"[A-Z]\w+", piece)]


def slow_capitals(piece: str) -> list[tuple[int, int, str, str]]:
    time.sleep(0.3)
    return capitals(piece)


def fails_on_the_third(piece: str) -> list[tuple[int, int, str, str]]:
    if piece.startswith("Piece 3 "):
        raise ValueError("the recogniser broke on piece 3")
    return capitals(piece)


def numbered(count: int) -> str:
    return "".join(f"Piece {i} names Anna Lind and Oskar Vik.\n\n" for i in range(count))


@pytest.fixture(scope="module")
def one_child():
    """One child for the module's tests (each spawn imports the detector again)."""
    yield
    names_child.allow(False)
    names_child.stop()


@pytest.fixture
def child(one_child):
    names_child.allow()
    yield
    if not names_child.allowed():  # a test broke it: a fresh one for the next
        names_child.stop()


def read_names(text: str, find, size: int = 40, progress=None) -> list[tuple]:
    s = Steps(text, ["names"], progress)
    try:
        return s.run("names", find, size, ahead=s.ahead(find, size))
    finally:
        s.close()


def test_no_child_unless_allowed():
    names_child.allow(False)
    names_child.stop()
    assert isinstance(Steps(TEXT, ["names"]).ahead(capitals, 40), Ahead)  # a thread: the CLI and the suite detect in-process
    assert names_child.child_pid() is None


@pytest.mark.slow
def test_the_child_gives_the_same_suggestions_and_is_reused(child):
    names_child.allow(False)
    here = detect(TEXT * 3, reference="2025-07-01")
    names_child.allow()
    first = detect(TEXT * 3, reference="2025-07-01")
    pid = names_child.child_pid()
    assert pid is not None and pid != os.getpid()
    again = detect(TEXT, reference="2025-07-01")
    assert names_child.child_pid() == pid  # started once, reused
    assert first == here and first
    assert again == detect(TEXT, reference="2025-07-01") == [s for s in here if s.end <= len(TEXT)]


def test_pieces_are_read_in_the_child_in_order(child):
    text = numbered(6)
    found = read_names(text, capitals)
    assert [text[b:e] for b, e, _k, _p in found] == [w for i in range(6) for w in (f"Piece", "Anna", "Lind", "Oskar", "Vik")]
    assert {p for _b, _e, _k, p in found} == {str(names_child.child_pid())}


def test_an_error_in_the_child_reaches_the_caller_and_the_child_serves_on(child):
    with pytest.raises(ValueError, match="piece 3"):
        read_names(numbered(6), fails_on_the_third)
    pid = names_child.child_pid()
    assert pid is not None
    text = numbered(2)
    assert [text[b:e] for b, e, *_ in read_names(text, capitals)][:2] == ["Piece", "Anna"]
    assert names_child.child_pid() == pid


def test_an_error_in_the_child_says_where_it_was_raised(child):
    """The thread's error kept its traceback (the frames in ``find``); the child's must too: in a note."""
    with pytest.raises(ValueError) as raised:
        read_names(numbered(6), fails_on_the_third)
    notes = "\n".join(getattr(raised.value, "__notes__", []))
    assert "recognisers' process" in notes and "in fails_on_the_third" in notes  # the frame of the child that raised
    assert 'raise ValueError("the recogniser broke on piece 3")' in notes


def test_a_cancel_during_the_names_stage_is_prompt_and_the_next_job_is_right(child):
    read_names("Warm Up.", capitals)  # the child is up
    calls = []

    def progress(done: int, total: int, label: str) -> None:
        calls.append(label)
        if len(calls) == 3:
            raise KeyboardInterrupt  # the worker's Cancelled, or any other raise
    text = numbered(20)  # 20 pieces of 0.3 s: 6 s in all
    t0 = time.perf_counter()
    with pytest.raises(KeyboardInterrupt):
        read_names(text, slow_capitals, progress=progress)
    assert time.perf_counter() - t0 < 2.5  # two pieces and a half at most, not six seconds
    t1 = time.perf_counter()
    short = "Next Job here."
    assert [short[b:e] for b, e, *_ in read_names(short, capitals)] == ["Next", "Job"]  # no late piece of the cancelled job
    assert time.perf_counter() - t1 < 2.0  # the cancelled job's pieces left are skipped, not read


def slow_first(piece: str) -> list[tuple[int, int, str, str]]:
    """A first piece that takes as long as loading the models."""
    time.sleep(3 if piece.startswith("Piece 0 ") else 0)
    return capitals(piece)


def test_a_cancel_while_the_child_loads_the_models_is_prompt(child):
    read_names("Warm Up.", capitals)  # the child is up
    pid = names_child.child_pid()
    calls = []

    def progress(done: int, total: int, label: str) -> None:
        calls.append(time.perf_counter())
        if len(calls) == 3:
            raise KeyboardInterrupt
    t0 = time.perf_counter()
    with pytest.raises(KeyboardInterrupt):
        read_names(numbered(4), slow_first, progress=progress)
    assert time.perf_counter() - t0 < 1.5  # reports while waiting for the first piece: not 3 s
    text = numbered(2)
    assert [text[b:e] for b, e, *_ in read_names(text, capitals)] == [text[b:e] for b, e, *_ in capitals(text)]
    assert names_child.child_pid() == pid  # the same child: no model loaded twice


def test_the_childs_death_falls_back_to_this_process(child):
    text = numbered(8)
    seen = []

    def progress(done: int, total: int, label: str) -> None:
        seen.append(label)
        if len(seen) == 2:
            os.kill(names_child.child_pid() or 0, signal.SIGKILL)
    found = read_names(text, slow_capitals, progress=progress)
    assert [text[b:e] for b, e, *_ in found] == [text[b:e] for b, e, *_ in capitals(text)]  # nothing is lost
    assert str(os.getpid()) in {p for *_r, p in found}  # the pieces left were read here
    assert not names_child.allowed()  # and the next detections read them here at once
    assert isinstance(Steps(text, ["names"]).ahead(capitals, 40), Ahead)


def test_a_child_that_cannot_start_falls_back_to_the_thread(child, monkeypatch):
    names_child.stop()
    monkeypatch.setattr(multiprocessing.spawn, "_python_exe", "/nonexistent/python")
    text = numbered(3)
    s = Steps(text, ["names"])
    started = s.ahead(capitals, 40)
    assert isinstance(started, Ahead)
    assert [text[b:e] for b, e, *_ in s.run("names", capitals, 40, ahead=started)] == [text[b:e] for b, e, *_ in capitals(text)]
    assert names_child.child_pid() is None


def test_a_lambda_is_read_in_a_thread(child):
    assert isinstance(Steps("A B", ["names"]).ahead(lambda piece: [], 40), Ahead)  # the child imports by name


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            return "\tZ" not in status.read().split("State:", 1)[1].split("\n", 1)[0]
    except (FileNotFoundError, IndexError):
        return False


@pytest.mark.parametrize("ending", ["exit", "kill"])
def test_the_child_ends_with_its_parent(ending):
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from desktop.suggest import names_child
        from test_names_child import capitals, read_names
        if __name__ == "__main__":
            names_child.allow()
            read_names("Anna Lind", capitals)
            print(names_child.child_pid(), flush=True)
            sys.stdin.readline()  # a line: a normal exit
    """)
    parent = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        pid = int((parent.stdout.readline() if parent.stdout else "").strip())
        assert _alive(pid)
        if ending == "kill":
            parent.kill()  # SIGKILL: no exit handler runs, the child watches its parent
        elif parent.stdin is not None:
            parent.stdin.write("\n")
            parent.stdin.flush()
        parent.wait(30)
        deadline = time.monotonic() + 10
        while _alive(pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _alive(pid)
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()
