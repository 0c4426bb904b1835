"""Stop while the worker loads the language models (a step with no cancel point): the
worker is ended at once, no late result shows, no process is left, nothing queued is
lost, and the next detection starts a fresh worker (issue 15)."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.ui import suggestions_controller, tasks
from desktop.ui.tasks import run_in_worker
from tests.ui import slow_jobs
from tests.ui.test_ui import close_window, home, open_window  # noqa: F401 (fixture)


def slow_detection(monkeypatch) -> None:
    """The window's detection runs :func:`slow_jobs.detect_after_a_slow_model_load` in the worker."""
    monkeypatch.setattr(suggestions_controller, "detect_in_background",
                        lambda request, ctx: run_in_worker(ctx, slow_jobs.detect_after_a_slow_model_load, request))


def gone(pid: int) -> bool:
    """No such process, not even a zombie waiting to be reaped (a zombie keeps its /proc entry)."""
    return not Path(f"/proc/{pid}").exists()


def loading(qtbot, window) -> int:
    """Wait until the panel says the models load; the worker's pid."""
    panel = window.suggestions
    qtbot.waitUntil(lambda: panel.summary.text().startswith("Loading the language models"), timeout=60000)
    pool = tasks._pool
    assert pool is not None and pool._processes
    (pid,) = pool._processes
    return pid


def test_stop_during_the_model_load_ends_the_worker_and_the_next_detection_starts_a_fresh_one(
        qtbot, home, monkeypatch):
    tasks.shutdown_pool()  # a worker of its own, with no job of an earlier test
    slow_detection(monkeypatch)
    window = open_window(qtbot)
    panel = window.suggestions
    try:
        window.side.setCurrentWidget(panel)
        pid = loading(qtbot, window)
        task = window.suggest.task
        assert task is not None and task.is_running()
        # work queued behind the stuck job (a PDF being read, say) must not be lost
        queued: list[int] = []
        behind = threading.Thread(target=lambda: queued.append(tasks.in_worker(slow_jobs.pid_of_the_worker)))
        behind.start()

        qtbot.mouseClick(panel.stop, Qt.MouseButton.LeftButton)
        assert panel.summary.text() == "Detection stopped" and panel.redetect.isVisible()
        qtbot.waitUntil(lambda: gone(pid), timeout=10000)  # the load would take minutes
        qtbot.waitUntil(lambda: not window.tasks.busy("document"), timeout=5000)
        assert task.context.cancelled() and task.was_cancelled and task.error is None
        behind.join(30)
        assert queued and queued[0] != pid  # ran on a fresh worker
        qtbot.wait(300)
        QApplication.processEvents()
        assert panel.suggestions() == [] and panel.summary.text() == "Detection stopped"  # no late result

        # Detect again (the real detection now) starts a fresh worker and shows what it finds
        monkeypatch.undo()
        qtbot.mouseClick(panel.redetect, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.suggestions() != [], timeout=120000)
        pool = tasks._pool
        assert pool is not None and pid not in (pool._processes or {})
        text = window.service.text(window.current_doc)
        assert all(text[s.start:s.end] == s.exact for s in panel.suggestions())
    finally:
        close_window(window)


def test_closing_the_window_during_the_model_load_leaves_no_process(qtbot, home, monkeypatch):
    tasks.shutdown_pool()
    slow_detection(monkeypatch)
    window = open_window(qtbot)
    try:
        pid = loading(qtbot, window)
    finally:
        close_window(window)  # stops its tasks, as on quit
    tasks.shutdown_pool()  # what run_gui does after the event loop: must not wait for the load
    assert gone(pid)
    assert tasks._pool is None
