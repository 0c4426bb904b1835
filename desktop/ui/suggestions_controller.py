"""Suggestions of the open document: detection in the background, accept and dismiss by undo.

Detection runs as a :class:`desktop.ui.tasks.Task` in the ``"document"`` scope
(stopped when another document or store opens) and in the worker process, so
the window keeps the interpreter lock.  What detection needs is read through
:mod:`desktop.service.suggestions`; its result is shown only if the document
still has the version it was computed on (a re-import meanwhile makes it stale).
"""

from __future__ import annotations

from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from desktop.model import Annotation
from desktop.service import suggestions as suggestion_service
from desktop.settings import UNDERLINE_SUGGESTIONS, put
from desktop.suggest.detect import Suggestion
from desktop.ui.suggestions_panel import AcceptSuggestionsCommand, DismissSuggestionsCommand
from desktop.ui.tasks import Task, TaskContext, TaskError, run_in_worker, shutdown_pool

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

translate = QCoreApplication.translate
SCOPE = "document"


def detect_in_background(request: suggestion_service.DetectionRequest, ctx: TaskContext) -> list[Suggestion]:
    """Detection for ``request`` in the worker process, reporting to ``ctx`` and stopping
    at its next step when ``ctx`` is cancelled; here when there is no working worker."""
    try:
        return run_in_worker(ctx, suggestion_service.detect, request)
    except (BrokenProcessPool, OSError):
        shutdown_pool()  # the worker died (or never started): a new one next time

    def report(done: int, total: int, stage: str) -> None:
        ctx.check()
        ctx.progress(done, total, stage)

    return suggestion_service.detect(request, progress=report)


class SuggestionsController(QObject):
    """Runs detection for the window's open document and turns the panel's intents into undo steps."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.panel = window.suggestions
        self.task: Task | None = None
        # Detection starts once the document is on screen.
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(300)
        self.timer.timeout.connect(self.run)
        self.panel.accept_requested.connect(self.accept)
        self.panel.dismiss_requested.connect(self.dismiss)
        self.panel.current_changed.connect(self._show_suggestion)
        self.panel.detect_requested.connect(lambda: self.run(show=True))
        self.panel.stop_requested.connect(self.cancel)

    def run(self, show: bool = False) -> Task | None:
        """Detect suggestions for the open document in the background."""
        self.timer.stop()
        window = self.window
        if window.current_doc is None or window.closed:
            return None
        self.stop()
        request = suggestion_service.detection_request(window.service, window.current_doc)
        task = Task(
            window, translate("MainWindow", "Suggestions"), lambda ctx: detect_in_background(request, ctx),
            success=lambda found: self._found(request, found), failure=self._failed,
            progress=self.panel.show_progress, registry=window.tasks, scope=SCOPE,
        )
        self.panel.show_detecting()
        self.task = task
        if show:
            window.side.setCurrentWidget(self.panel)
        return task.start()

    def stop(self) -> None:
        """Forget the running detection: its result would be for a document no longer shown."""
        self.timer.stop()
        self.window.tasks.stop(SCOPE, wait=False)
        self.task = None

    def cancel(self) -> None:
        """The analyst stopped detection: its result, if it comes, is dropped."""
        self.stop()
        self.panel.show_stopped()

    def _failed(self, error: TaskError) -> None:
        self.panel.show_failed(error.message)
        self.window.statusBar().showMessage(
            translate("MainWindow", "Suggestions failed: {0}").format(error.message), 8000)

    def _found(self, request: suggestion_service.DetectionRequest, found: list[Suggestion]) -> None:
        window = self.window
        if request.doc_id != window.current_doc or window.closed:
            return  # the user moved on, or the window closed while detection ran
        # Tags made while detection ran are no longer open; a new version makes all of it stale.
        still_open = suggestion_service.still_open(window.service, request, found)
        if still_open is None:
            self.run()
            return
        self.panel.set_suggestions(still_open)
        self.draw()

    def clear(self) -> None:
        self.panel.set_suggestions([])
        self.draw()

    # -- underlines --------------------------------------------------------------

    def draw(self) -> None:
        items = self.panel.suggestions() if self.window.underline_action.isChecked() else []
        self.window.reader.set_suggestions([(s.start, s.end, s.kind) for s in items])

    def set_underlines(self, on: bool) -> None:
        put(self.window.settings, UNDERLINE_SUGGESTIONS, on)
        self.draw()

    # -- accept and dismiss ---------------------------------------------------------

    def _back(self, items: list[Suggestion]) -> None:
        self.panel.add_suggestions(items)
        self.draw()

    def _gone(self, items: list[Suggestion]) -> None:
        self.panel.remove_suggestions(items)
        self.draw()

    def withdraw_under(self, tag: Annotation | None) -> None:
        """A tag was made by hand: its kind's suggestions under it are no longer open."""
        if tag is None:
            return
        gone = [s for s in self.panel.suggestions() if s.kind == tag.kind and s.start < tag.end and tag.start < s.end]
        if gone:
            self._gone(gone)

    def accept(self, items: list[Suggestion]) -> None:
        window = self.window
        if window.current_doc is None or not items:
            return
        window.undo_stack.push(AcceptSuggestionsCommand(
            window.service, window.show_tag_state, window.current_doc, items, self._back, self._gone))
        self._gone(items)

    def dismiss(self, items: list[Suggestion]) -> None:
        window = self.window
        if window.current_doc is None or not items:
            return
        window.undo_stack.push(DismissSuggestionsCommand(window.service, window.current_doc, items, self._back, self._gone))
        self._gone(items)

    def _show_suggestion(self, suggestion: Suggestion | None) -> None:
        window = self.window
        if suggestion is None or window.active_view() is not window.reader or window.side.currentWidget() is not self.panel:
            return  # only while the analyst walks the list
        window.reader.select_span(suggestion.start, suggestion.end)
        window.reader.ensureCursorVisible()
