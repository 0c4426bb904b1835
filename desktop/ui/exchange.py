"""File → Export → REFI-QDA project and File → Import → REFI-QDA project.

Both run :mod:`desktop.exchange.project` as a :class:`desktop.ui.tasks.Task` with its own store
connection, behind a progress dialog with Cancel, and end with one summary:
counts, warnings, and what was skipped and why.  An import is one transaction, so
Cancel leaves the store as it was; a cancelled export leaves an existing file as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from desktop.service import Service
from desktop.store import open_store
from desktop.ui.tasks import Task, TaskContext, TaskError, TaskRegistry

MAX_LISTED = 25  # summary lines; the rest are counted


def run_exchange(store_path: Path, author: str, operation: Callable[..., Any], ctx: TaskContext) -> Any:
    """``operation(service, progress=…, cancelled=…)`` on its own store connection (a Task op)."""
    with open_store(store_path, create=False) as store:
        return operation(Service(store, author), progress=ctx.progress, cancelled=ctx.cancelled)


class ExchangeController(QObject):
    """The two menu actions and their background runs, for one main window.

    ``window`` must offer ``service`` (the open store) and ``store_changed()``,
    called after an import so that the library, kinds and views are reloaded.
    """

    def __init__(self, window: QWidget, store_changed: Callable[[], None], tasks: TaskRegistry | None = None):
        super().__init__(window)
        self.window, self.store_changed, self.tasks = window, store_changed, tasks
        self.task: Task | None = None
        self.progress: QProgressDialog | None = None
        self.last_target = ""
        self.summary_box: QMessageBox | None = None
        self.export_action = QAction(self.tr("REFI-QDA project (.qdpx)…"), window)
        self.export_action.setObjectName("exportRefiAction")
        self.export_action.setStatusTip(self.tr("Export documents, kinds and tags for NVivo, ATLAS.ti, MAXQDA, QualCoder"))
        self.export_action.triggered.connect(self.choose_export)
        self.import_action = QAction(self.tr("REFI-QDA project (.qdpx)…"), window)
        self.import_action.setObjectName("importRefiAction")
        self.import_action.setStatusTip(self.tr("Import a project from NVivo, ATLAS.ti, MAXQDA, QualCoder"))
        self.import_action.triggered.connect(self.choose_import)

    @property
    def service(self) -> Service:
        return self.window.service  # type: ignore[attr-defined]

    def busy(self) -> bool:
        return self.task is not None and self.task.is_running()

    # -- the two actions ------------------------------------------------------------

    def choose_export(self) -> None:
        suggested = str(Path.home() / f"{Path(self.service.store.path).stem}.qdpx")
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export REFI-QDA project"), suggested, self.tr("REFI-QDA project (*.qdpx)")
        )
        if path:
            if not path.lower().endswith(".qdpx"):
                path += ".qdpx"
            self.export_to(path)

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import REFI-QDA project"), str(Path.home()), self.tr("REFI-QDA project (*.qdpx)")
        )
        if path:
            self.import_from(path)

    def export_to(self, path: str) -> Task | None:
        from desktop.exchange.project import export_project

        self.last_target = Path(path).name
        return self._run(
            self.tr("Export REFI-QDA project"),
            self.tr("Writing {0}…").format(Path(path).name),
            lambda service, **kw: export_project(service, path, **kw),
            after_import=False,
        )

    def import_from(self, path: str) -> Task | None:
        from desktop.exchange.project import import_project

        return self._run(
            self.tr("Import REFI-QDA project"),
            self.tr("Reading {0}…").format(Path(path).name),
            lambda service, **kw: import_project(service, path, **kw),
            after_import=True,
        )

    # -- running -------------------------------------------------------------------

    def _run(self, title: str, label: str, operation: Callable[..., Any], *, after_import: bool) -> Task | None:
        if self.busy():
            QMessageBox.information(self.window, title, self.tr("An exchange is already running."))
            return None
        store_path, author = Path(self.service.store.path), self.service.author
        progress = QProgressDialog(label, self.tr("Cancel"), 0, 0, self.window)
        progress.setObjectName("exchangeProgress")
        progress.setWindowTitle(title)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        self.progress = progress
        task = Task(
            self.window, title, lambda ctx: run_exchange(store_path, author, operation, ctx),
            success=lambda summary: self._done(title, summary, after_import),
            failure=lambda error: self._failed(title, error),
            progress=self._step, registry=self.tasks, scope="exchange",
        )
        progress.canceled.connect(task.cancel)
        task.finished.connect(progress.reset)
        self.task = task
        return task.start()

    def _step(self, done: int, total: int, what: str) -> None:
        if self.progress is None:
            return
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))
        if what:
            self.progress.setLabelText(what)

    def _failed(self, title: str, error: TaskError) -> None:
        if not error.bug:  # a bug has its own dialog already
            self._show(QMessageBox.Icon.Warning, title, error.message)

    def _done(self, title: str, summary: Any, after_import: bool) -> None:
        if after_import:
            self.store_changed()
        lines = summary.lines()
        if not after_import:
            lines.insert(0, self.tr("Wrote {0}:").format(self.last_target))
        icon = QMessageBox.Icon.Information if not summary.skipped else QMessageBox.Icon.Warning
        shown = lines[: MAX_LISTED + 1]
        if len(lines) > len(shown):
            shown.append(self.tr("… and {0} more").format(len(lines) - len(shown)))
        self._show(icon, title, "\n".join(shown))

    def _show(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        box = QMessageBox(icon, title, text, parent=self.window)
        box.setObjectName("exchangeSummary")
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_box = box
        box.open()


__all__ = ["ExchangeController", "run_exchange"]
