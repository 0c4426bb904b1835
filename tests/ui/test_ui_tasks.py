"""The task runner: outcomes on the UI thread, user errors vs bugs, cancel, the registry; and
the two defects it fixes (quitting during an export, suggestions of an old text)."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
import time

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.model import DocumentError
from desktop.service import ServiceError
from desktop.ui.tasks import Cancelled, Task, TaskRegistry
from tests.conftest import REPO



@pytest.fixture
def owner(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def run(qtbot, task: Task) -> Task:
    task.start()
    qtbot.waitUntil(task.is_finished, timeout=10000)
    return task


def test_success_and_progress_arrive_on_the_ui_thread(qtbot, owner):
    seen = []
    ui_thread = QThread.currentThread()

    def op(ctx):
        for i in range(3):
            ctx.progress(i, 3, f"step {i}")
        return threading.current_thread().name

    def on_progress(done, total, label):
        seen.append((done, total, label, QThread.currentThread() is ui_thread))

    result = []
    task = run(qtbot, Task(owner, "t", op, success=result.append, progress=on_progress))
    assert result and result[0].startswith("task: ") and result[0] != threading.current_thread().name
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=5000)
    assert [s[:3] for s in seen] == [(0, 3, "step 0"), (1, 3, "step 1"), (2, 3, "step 2")]
    assert all(s[3] for s in seen)
    assert task.error is None and not task.was_cancelled


@pytest.mark.parametrize("error", [ServiceError("no document with id x"), DocumentError("a.pdf", "it is encrypted")])
def test_a_user_error_is_one_clear_message(qtbot, owner, error, monkeypatch, caplog):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append((parent, title, text)))

    def op(ctx):
        raise error

    with caplog.at_level(logging.ERROR):
        task = run(qtbot, Task(owner, "Import", op, success=lambda r: pytest.fail("no success")))
    assert shown == [(owner, "Import", str(error) if isinstance(error, ServiceError) else "a.pdf: it is encrypted")]
    assert not task.error.bug and not caplog.records  # not logged as a bug
    assert owner.findChild(QMessageBox, "bugDialog") is None


def test_a_bug_is_logged_with_its_traceback_and_shown_with_copy_details(qtbot, owner, caplog):
    failures = []

    def op(ctx):
        return {}["missing"]  # a KeyError: a bug, not a user error

    with caplog.at_level(logging.ERROR, logger="desktop.ui.tasks"):
        task = run(qtbot, Task(owner, "Export", op, failure=failures.append))
    assert task.error.bug and failures == [task.error]
    record = next(r for r in caplog.records if r.name == "desktop.ui.tasks")
    assert record.exc_info and record.exc_info[0] is KeyError
    box = owner.findChild(QMessageBox, "bugDialog")
    assert box is not None and "KeyError" in box.informativeText()
    assert "Traceback" in box.detailedText() and "op" in box.detailedText()
    copy = next(b for b in box.buttons() if b.text() == "Copy details")
    copy.click()
    assert "KeyError" in QApplication.clipboard().text()
    assert box.isVisible()  # copying does not close it
    box.close()


def test_cancel_reaches_the_op_and_calls_cancelled(qtbot, owner):
    started, outcomes = threading.Event(), []

    def op(ctx):
        started.set()
        while True:
            ctx.check()
            time.sleep(0.01)

    task = Task(owner, "t", op, success=outcomes.append, cancelled=lambda: outcomes.append("cancelled")).start()
    assert started.wait(5)
    task.cancel()
    qtbot.waitUntil(task.is_finished, timeout=5000)
    assert outcomes == ["cancelled"] and task.was_cancelled


def test_no_callback_after_the_owner_is_gone(qtbot):
    gate, called = threading.Event(), []
    owner = QWidget()
    task = Task(owner, "t", lambda ctx: gate.wait(5), success=called.append).start()
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner), timeout=5000)
    gate.set()
    assert task.wait(5000)
    assert called == [] and task.is_finished()


def _alive(widget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)


def test_registry_stops_and_waits_per_scope(qtbot, owner):
    registry = TaskRegistry()
    gate, delivered = threading.Event(), []

    def slow(ctx):
        while not ctx.cancelled() and not gate.is_set():
            time.sleep(0.01)
        ctx.check()
        return "done"

    doc = Task(owner, "doc", slow, success=delivered.append, registry=registry, scope="document").start()
    other = Task(owner, "other", slow, success=delivered.append, registry=registry, scope="export").start()
    assert registry.busy("document") and registry.busy("export")
    registry.stop("document", wait=True)
    assert doc.is_finished() and not registry.busy("document") and registry.busy("export")
    gate.set()
    qtbot.waitUntil(other.is_finished, timeout=5000)
    assert delivered == ["done"]  # the stopped task's outcome was dropped
    assert registry.running() == []


def test_wait_future_turns_a_cancel_into_cancelled(qtbot, owner):
    from concurrent.futures import Future

    future: Future = Future()
    task = Task(owner, "t", lambda ctx: ctx.wait_future(future)).start()
    time.sleep(0.05)
    task.cancel()
    assert task.wait(5000) and task.was_cancelled and future.cancelled()


def test_cancelled_is_the_exports_cancel_exception():
    from desktop.export import model

    assert Cancelled is model.Cancelled  # write_atomic's cancel ends a task as cancelled


QUIT_DURING_EXPORT = r"""
import os, sys, threading, time
from pathlib import Path
import desktop.export.run as run
from desktop.app import create_window, make_application
from desktop.ui.export_dialog import open_export_dialog

started = threading.Event()
real = run.render
def slow_render(model, fmt, **kw):  # an export that takes a while (no cancel point)
    started.set()
    time.sleep(1.5)
    return real(model, fmt, **kw)
run.render = slow_render

app = make_application()
window = create_window(sys.argv[1])
window.show()
dialog = open_export_dialog(window)
dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("md"))
dialog.export_to(Path(sys.argv[2]))
while not started.is_set():
    app.processEvents()
window.close()          # quit while the export runs
window.store.close()
import shiboken6
shiboken6.delete(window)  # the window and its dialog are destroyed, as at interpreter exit
app.processEvents()
print("quit cleanly", flush=True)
"""


def test_quitting_during_an_export_waits_for_it_and_destroys_no_running_thread(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CLAIMLINE_DATA_DIR=str(tmp_path / "data"),
               CLAIMLINE_CONFIG_DIR=str(tmp_path / "config"), PYTHONPATH=str(REPO))
    target = tmp_path / "report.md"
    target.write_text("OLD REPORT", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-c", QUIT_DURING_EXPORT, str(tmp_path / "s.claimline"), str(target)],
        env=env, capture_output=True, text=True, timeout=120,
    )
    assert "Destroyed while thread" not in proc.stderr, proc.stderr
    assert proc.returncode == 0 and "quit cleanly" in proc.stdout, proc.stderr
    assert target.read_text(encoding="utf-8") == "OLD REPORT"  # quitting cancels; the old file stays


def test_uncaught_exceptions_are_logged_and_shown(qtbot, owner, monkeypatch, caplog):
    from desktop import app
    from desktop.ui import bug_dialog

    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    app.install_excepthook()
    assert sys.excepthook is bug_dialog.excepthook
    monkeypatch.setattr(QApplication, "activeWindow", staticmethod(lambda: owner))
    try:
        raise ZeroDivisionError("slot blew up")
    except ZeroDivisionError as exc:
        with caplog.at_level(logging.ERROR, logger="desktop.ui.bug_dialog"):
            sys.excepthook(type(exc), exc, exc.__traceback__)
    record = next(r for r in caplog.records if r.name == "desktop.ui.bug_dialog")
    assert record.exc_info[0] is ZeroDivisionError
    box = owner.findChild(QMessageBox, "bugDialog")
    assert box is not None and "ZeroDivisionError: slot blew up" in box.informativeText()
    assert "test_uncaught_exceptions_are_logged_and_shown" in box.detailedText()
    box.close()


def test_a_finished_task_and_its_relay_are_freed_on_the_ui_thread(qtbot):
    """A task's QObjects belong to the UI thread: freeing them on another thread (the task's
    own, or the thread relaying the worker process's progress, which held the last listener
    until the next message) crashed the window under load.  A second job's reports reach
    the relay thread after the first task is gone."""
    import gc
    import weakref

    from desktop.ui.tasks import run_in_worker
    from tests.ui.slow_jobs import reports_then_returns

    freed: list[tuple[str, str]] = []

    def watched(name: str) -> Task:
        task = Task(None, name, lambda ctx: run_in_worker(ctx, reports_then_returns, 5), progress=lambda *_: None)
        weakref.finalize(task, lambda: freed.append((name, threading.current_thread().name)))
        weakref.finalize(task._relay, lambda: freed.append((f"{name} relay", threading.current_thread().name)))
        return task

    first = run(qtbot, watched("first"))
    assert first.result == 5
    del first
    gc.collect()
    second = run(qtbot, watched("second"))  # its reports pass through the relay thread
    assert second.result == 5
    qtbot.waitUntil(lambda: len(freed) == 2, timeout=10000)
    assert sorted(freed) == [("first", "MainThread"), ("first relay", "MainThread")]
    del second
    gc.collect()
    assert sorted(freed[2:]) == [("second", "MainThread"), ("second relay", "MainThread")]
