"""Issue 13, item 7: SIGTERM quits the window normally; no worker outlives its parent."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import REPO, SEED, SHARED


def descendants(pid: int) -> set[int]:
    """Every process whose chain of parents reaches ``pid`` (from /proc)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found, frontier = set(), {pid}
    while frontier:
        frontier = {p for p, pp in parents.items() if pp in frontier} - found
        found |= frontier
    return found


def alive(pids: set[int]) -> set[int]:
    out = set()
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            out.add(pid)
    return out


def wait_until(predicate, timeout: float) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.1)
    return predicate()


def start_window(tmp_path: Path, *files: str) -> subprocess.Popen:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CLAIMLINE_AUTHOR="Tester")
    env["CLAIMLINE_DATA_DIR"] = str(tmp_path / "data")
    env["CLAIMLINE_CONFIG_DIR"] = str(tmp_path / "config")
    return subprocess.Popen(
        [sys.executable, "-m", "desktop", "--store", str(tmp_path / "w.claimline"), str(SEED), *files],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def workers_started(proc: subprocess.Popen) -> set[int]:
    found: set[int] = set()

    def seen() -> bool:
        found.update(descendants(proc.pid))
        return len(found) >= 2  # the worker and the resource tracker

    assert wait_until(seen, 60), f"no worker process started: {proc.poll()} {found}"
    return found


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_signal_quits_the_window_and_leaves_no_process(tmp_path, sig):
    proc = start_window(tmp_path)
    children = workers_started(proc)
    proc.send_signal(sig)
    try:
        code = proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert code == 0, proc.stderr.read()
    assert wait_until(lambda: not alive(children), 10), alive(children)
    assert "Traceback" not in proc.stderr.read()
    # A normal quit: the window saved its layout as File > Quit does.
    assert "geometry" in (tmp_path / "config" / "claimline.ini").read_text()


def test_kill_9_of_the_window_leaves_no_process(tmp_path):
    pdf = next((SHARED / "corpus").rglob("*.pdf"), None) if (SHARED / "corpus").exists() else None
    proc = start_window(tmp_path, *([str(pdf)] if pdf else []))
    children = workers_started(proc)
    proc.kill()
    proc.wait(timeout=10)
    assert wait_until(lambda: not alive(children), 10), alive(children)
    from desktop.store import open_store

    with open_store(tmp_path / "w.claimline", create=False) as store:  # still sound after kill -9
        assert store.integrity_problems() == []


def _cli(*argv: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "desktop", *argv], cwd=REPO,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def _tag_ids(path: Path) -> set[str]:
    from desktop.store import open_store

    with open_store(path, create=False) as store:
        assert store.integrity_problems() == []
        return {t.id for t in store.annotations()}


@pytest.mark.parametrize("delay", [0.3, 0.8])
def test_kill_9_during_import_and_merge_loses_nothing(tmp_path, delay):
    from desktop.cli import main

    mine, theirs = tmp_path / "mine.claimline", tmp_path / "theirs.claimline"
    for store, quote in ((mine, "Kazakhstan"), (theirs, "China")):
        assert main(["import", str(SEED), "--store", str(store)]) == 0
        assert main(["tag", "rising", "--kind", "claim", "--quote", quote, "--store", str(store)]) == 0
    before = original = _tag_ids(mine)
    pdf = SHARED / "corpus" / "pdfs" / "long--freeculture.pdf"
    runs = [["merge", str(theirs), "--store", str(mine)]]
    if pdf.exists():
        runs.append(["import", str(pdf), "--store", str(mine)])
    for argv in runs:
        proc = _cli(*argv)
        time.sleep(delay)
        proc.kill()
        proc.wait(timeout=10)
        after = _tag_ids(mine)  # sound, and nothing of mine lost
        assert before <= after
        before = after
        for backup in tmp_path.glob("*.bak"):  # a backup is whole or absent
            assert _tag_ids(backup) >= original
