"""Detection of a long document in the window: progress from the worker process, Stop,
and a new document that stops the old detection (issue 15 item 4)."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop import worker
from desktop.service import suggestions as suggestion_service
from desktop.service.suggestions import DetectionRequest
from desktop.ui import tasks
from desktop.ui.tasks import Cancelled, Task, run_in_worker
from tests.suggest.test_detection_steps import labelled_text
from tests.ui.slow_jobs import reports_then_returns
from tests.ui.test_ui import close_window, home, open_window  # noqa: F401 (fixture)

LONG = 600_000  # characters: detection takes seconds, reporting many steps


def import_long(window, tmp_path, size: int = LONG) -> str:
    path = tmp_path / "long.txt"
    path.write_text("A long report\n\n" + labelled_text(size), encoding="utf-8")
    doc_id = window.service.import_files([path])[0].document.id
    window.refresh_library()
    return doc_id


def test_the_worker_reports_progress_and_stops_at_its_next_step():
    """The pool's worker sends reports to the window's process and raises Cancelled
    at the report after a cancel, leaving the worker free for the next job."""
    pool = tasks.process_pool()
    channel = tasks._channel
    assert channel is not None
    seen: list[tuple[int, int, str]] = []
    first = threading.Event()

    def listen(done: int, total: int, stage: str) -> None:
        seen.append((done, total, stage))
        first.set()

    job = next(channel.jobs)
    channel.listeners[job] = listen
    request = DetectionRequest("long", 1, labelled_text(LONG), reference="2025-07-01")
    try:
        future = pool.submit(worker.run_job, job, suggestion_service.detect, request)
        assert first.wait(60), "no progress from the worker"
        channel.cancel.put(job)
        error = future.exception(timeout=120)
        assert isinstance(error, Cancelled), error  # stopped at a step, not run to its end
        assert seen and all(stage != "done" for *_n, stage in seen)
    finally:
        channel.listeners.pop(job, None)
    # the worker takes the next job
    short = DetectionRequest("short", 1, "Exports rose by 12% in 2024.", reference="2025-07-01")
    later = next(channel.jobs)
    found = pool.submit(worker.run_job, later, suggestion_service.detect, short).result(timeout=60)
    assert any(s.exact == "12%" for s in found)


def test_run_in_worker_forwards_progress_to_the_task(qtbot):
    request = DetectionRequest("doc", 1, labelled_text(60_000), reference="2025-07-01")
    reports: list[tuple[int, int, str]] = []
    results: list[list] = []
    task = Task(None, "detect", lambda ctx: run_in_worker(ctx, suggestion_service.detect, request),
                success=results.append, progress=lambda *r: reports.append(r)).start()
    qtbot.waitUntil(task.is_finished, timeout=60000)
    assert task.error is None, task.error
    assert results and results[0]
    dones = [done for done, _total, _stage in reports]
    assert len(reports) > 5 and dones == sorted(dones)
    assert reports[-1][2] == "done" and reports[-1][0] == reports[-1][1]


def test_a_jobs_last_reports_reach_the_task_before_its_result(qtbot):
    """The result comes back on the pool's pipe and the reports on the progress queue:
    the task still sees every report of a job that reports right before it returns."""
    for _ in range(15):
        reports: list[tuple[int, int, str]] = []
        results: list[int] = []
        task = Task(None, "quick", lambda ctx: run_in_worker(ctx, reports_then_returns, 40),
                    success=results.append, progress=lambda *r: reports.append(r)).start()
        qtbot.waitUntil(task.is_finished, timeout=60000)
        assert task.error is None, task.error
        assert results == [40]
        assert [done for done, _total, _label in reports] == list(range(1, 41))


def watch_stages(monkeypatch, panel) -> list[str]:
    """Every text the panel's summary takes on a report, in order (none missed, however
    the reports queue up while the window is busy)."""
    shown: list[str] = []
    real = panel.show_progress

    def show(done: int, total: int, stage: str) -> None:
        real(done, total, stage)
        shown.append(panel.summary.text())

    monkeypatch.setattr(panel, "show_progress", show)  # detection binds it when it starts
    return shown


def wait_detecting(qtbot, window, shown: list[str] | None = None, stage: str | None = None) -> None:
    """Until the panel shows detection under way (and has shown ``stage``, when given)."""
    panel = window.suggestions
    qtbot.waitUntil(lambda: window.suggest.task is not None and panel.is_detecting(), timeout=10000)
    if shown is not None and stage is not None:
        label = panel._stage_labels()[stage].split("…")[0]
        qtbot.waitUntil(lambda: any(text.startswith(label) for text in shown), timeout=60000)


def test_a_long_document_shows_progress_and_stop_stops_it(qtbot, home, tmp_path, monkeypatch):
    window = open_window(qtbot)
    panel = window.suggestions
    try:
        doc_id = import_long(window, tmp_path)
        values: list[int] = []
        panel.progress.valueChanged.connect(values.append)
        shown = watch_stages(monkeypatch, panel)
        window.open_document(doc_id)
        window.side.setCurrentWidget(panel)
        wait_detecting(qtbot, window)
        qtbot.waitUntil(panel.progress.isVisible, timeout=5000)  # after a moment: no flash on short texts
        assert panel.stop.isVisible() and not panel.redetect.isVisible()
        # the bar moves through the stages while the worker reads the text
        wait_detecting(qtbot, window, shown, "names")
        qtbot.waitUntil(lambda: len(set(values)) > 3, timeout=60000)
        assert values == sorted(values) and 0 < values[-1] < panel.progress.maximum()
        stages = [text.split("…")[0] for text in shown]
        order = [s for i, s in enumerate(stages) if i == 0 or stages[i - 1] != s]
        # the actor rules that need no names run while the recognisers read them (the twenty-fourth round)
        assert order[:4] == ["Finding dates", "Finding figures", "Finding actors", "Loading the language models"] or \
            order[:4] == ["Finding dates", "Finding figures", "Finding actors", "Finding names"], order
        assert all(text.endswith("%") for text in shown if not text.startswith("Loading"))
        task = window.suggest.task
        assert task is not None and task.is_running()

        qtbot.mouseClick(panel.stop, Qt.MouseButton.LeftButton)
        assert panel.summary.text() == "Detection stopped"
        assert not panel.progress.isVisible() and not panel.stop.isVisible() and panel.redetect.isVisible()
        assert not task.is_running() or task.context.cancelled()
        qtbot.waitUntil(lambda: not window.tasks.busy("document"), timeout=10000)
        QApplication.processEvents()
        assert panel.suggestions() == []  # the stopped detection's result never shows
        assert panel.summary.text() == "Detection stopped"

        # Detect again runs to the end and shows what it found
        qtbot.mouseClick(panel.redetect, Qt.MouseButton.LeftButton)
        wait_detecting(qtbot, window)
        qtbot.waitUntil(lambda: panel.suggestions() != [], timeout=120000)
        assert not panel.is_detecting() and not panel.progress.isVisible()
        text = window.service.text(doc_id)
        assert all(text[s.start:s.end] == s.exact for s in panel.suggestions())
        assert "suggestions left" in panel.summary.text()
    finally:
        close_window(window)


def test_opening_another_document_stops_the_old_detection(qtbot, home, tmp_path, monkeypatch):
    window = open_window(qtbot)
    panel = window.suggestions
    try:
        seed_id = window.current_doc
        assert seed_id is not None
        long_id = import_long(window, tmp_path)
        shown = watch_stages(monkeypatch, panel)
        window.open_document(long_id)
        wait_detecting(qtbot, window, shown, "figures")
        old = window.suggest.task
        assert old is not None and old.is_running()
        window.open_document(seed_id)
        assert old.context.cancelled()  # the old detection was told to stop
        qtbot.waitUntil(old.is_finished, timeout=10000)
        assert old.was_cancelled
        qtbot.waitUntil(lambda: panel.suggestions() != [] and not panel.is_detecting(), timeout=120000)
        seed_text = window.service.text(seed_id)
        shown = panel.suggestions()
        assert all(seed_text[s.start:s.end] == s.exact for s in shown)
        assert max(s.end for s in shown) <= len(seed_text)
    finally:
        close_window(window)


def test_closing_the_window_mid_detection_stops_it(qtbot, home, tmp_path, monkeypatch):
    window = open_window(qtbot)
    try:
        shown = watch_stages(monkeypatch, window.suggestions)
        window.open_document(import_long(window, tmp_path))
        wait_detecting(qtbot, window, shown, "figures")
        task = window.suggest.task
        assert task is not None and task.is_running()
    finally:
        close_window(window)  # waits for the window's tasks
    assert task.is_finished() and task.context.cancelled() and task.was_cancelled
    assert tasks._channel is None or not tasks._channel.listeners  # nobody listens for the stopped job


def test_the_panel_says_the_stage_and_how_far(qtbot):
    from desktop.ui.suggestions_panel import SuggestionsPanel

    panel = SuggestionsPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.show_progress(5, 10, "dates")  # a report from a detection that already ended
    assert panel.summary.text() == "No suggestions" and not panel.progress.isVisible()
    stopped: list[bool] = []
    panel.stop_requested.connect(lambda: stopped.append(True))
    panel.show_detecting()
    qtbot.waitUntil(panel.progress.isVisible, timeout=5000)
    panel.show_progress(0, 120, "models")
    assert panel.summary.text() == "Loading the language models…"
    panel.show_progress(48, 120, "actors")
    assert panel.summary.text() == "Finding actors… 40 %"
    assert panel.progress.value() == 400
    qtbot.mouseClick(panel.stop, Qt.MouseButton.LeftButton)
    assert stopped == [True]
    panel.show_failed("no memory")
    assert panel.summary.text() == "Detection failed: no memory" and not panel.progress.isVisible()
    panel.show_detecting()
    panel.set_suggestions([])  # the result came before the bar showed: it never does
    qtbot.wait(600)
    assert not panel.progress.isVisible() and not panel.stop.isVisible() and panel.redetect.isVisible()


def test_without_a_worker_detection_runs_here_with_progress_and_stop(qtbot, monkeypatch):
    from concurrent.futures.process import BrokenProcessPool

    from desktop.ui import suggestions_controller

    def broken(*_args):
        raise BrokenProcessPool("the worker died")

    resets: list[bool] = []
    monkeypatch.setattr(suggestions_controller, "run_in_worker", broken)
    monkeypatch.setattr(suggestions_controller, "shutdown_pool", lambda: resets.append(True))
    request = DetectionRequest("doc", 1, labelled_text(60_000), reference="2025-07-01")
    reports: list[tuple[int, int, str]] = []
    results: list[list] = []
    task = Task(None, "detect", lambda ctx: suggestions_controller.detect_in_background(request, ctx),
                success=results.append, progress=lambda *r: reports.append(r)).start()
    qtbot.waitUntil(task.is_finished, timeout=60000)
    assert resets == [True]  # a new worker next time
    assert results and results[0] and reports[-1][2] == "done"

    stopped = Task(None, "detect", lambda ctx: suggestions_controller.detect_in_background(request, ctx),
                   success=results.append, progress=lambda *r: stopped.cancel())
    stopped.start()
    qtbot.waitUntil(stopped.is_finished, timeout=60000)
    assert stopped.was_cancelled and len(results) == 1


def test_the_worker_uses_one_blas_thread():
    """Spinning BLAS threads cost the busy 2-core machine CPU for nothing (bench_suggest)."""
    import os

    expected = os.environ.get("OPENBLAS_NUM_THREADS", "1")  # a user's own setting is kept
    assert tasks.process_pool().submit(os.getenv, "OPENBLAS_NUM_THREADS").result(timeout=60) == expected
