"""File → Export → REFI-QDA project and File → Import → REFI-QDA project.

Both run :mod:`desktop.exchange.project` on a worker thread with its own store
connection, behind a progress dialog with Cancel, and end with one summary:
counts, warnings, and what was skipped and why.  An import is one transaction, so
Cancel leaves the store as it was; a cancelled export leaves an existing file as it was.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from desktop.service import Service, ServiceError
from desktop.store import StoreError, open_store

MAX_LISTED = 25  # summary lines; the rest are counted


class ExchangeTask(QThread):
    """Runs ``operation(service, progress=…, cancelled=…)`` on a worker; ``summary`` or ``error`` after."""

    progress = Signal(int, int, str)

    def __init__(self, store_path: Path, author: str, operation: Callable[..., Any], parent: QObject | None = None):
        super().__init__(parent)
        self.store_path, self.author, self.operation = store_path, author, operation
        self._cancel = threading.Event()
        self.summary: Any = None
        self.error = ""

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            with open_store(self.store_path, create=False) as store:
                self.summary = self.operation(
                    Service(store, self.author),
                    progress=lambda done, total, what: self.progress.emit(done, total, what),
                    cancelled=self._cancel.is_set,
                )
        except (ServiceError, StoreError) as exc:
            self.error = str(exc)
        except Exception as exc:  # shown to the user; the import transaction rolled back
            self.error = f"{type(exc).__name__}: {exc}"


class ExchangeController(QObject):
    """The two menu actions and their background runs, for one main window.

    ``window`` must offer ``service`` (the open store) and ``store_changed()``,
    called after an import so that the library, kinds and views are reloaded.
    """

    def __init__(self, window: QWidget, store_changed: Callable[[], None]):
        super().__init__(window)
        self.window, self.store_changed = window, store_changed
        self.task: ExchangeTask | None = None
        self.progress: QProgressDialog | None = None
        self._title, self._after_import = "", False
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
        return self.task is not None and self.task.isRunning()

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

    def export_to(self, path: str) -> ExchangeTask | None:
        from desktop.exchange.project import export_project

        self.last_target = Path(path).name
        return self._run(
            self.tr("Export REFI-QDA project"),
            self.tr("Writing {0}…").format(Path(path).name),
            lambda service, **kw: export_project(service, path, **kw),
            after_import=False,
        )

    def import_from(self, path: str) -> ExchangeTask | None:
        from desktop.exchange.project import import_project

        return self._run(
            self.tr("Import REFI-QDA project"),
            self.tr("Reading {0}…").format(Path(path).name),
            lambda service, **kw: import_project(service, path, **kw),
            after_import=True,
        )

    # -- running -------------------------------------------------------------------

    def _run(self, title: str, label: str, operation: Callable[..., Any], *, after_import: bool) -> ExchangeTask | None:
        if self.busy():
            QMessageBox.information(self.window, title, self.tr("An exchange is already running."))
            return None
        task = ExchangeTask(Path(self.service.store.path), self.service.author, operation, self)
        progress = QProgressDialog(label, self.tr("Cancel"), 0, 0, self.window)
        progress.setObjectName("exchangeProgress")
        progress.setWindowTitle(title)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.canceled.connect(task.cancel)
        # bound methods of QObjects: the worker's signals are queued to this thread
        task.progress.connect(self._step)
        task.finished.connect(progress.reset)
        task.finished.connect(self._finished)
        self.task, self.progress, self._title, self._after_import = task, progress, title, after_import
        task.start()
        return task

    def _step(self, done: int, total: int, what: str) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))
        if what:
            self.progress.setLabelText(what)

    def _finished(self) -> None:
        assert self.task is not None
        self._done(self.task, self._title, self._after_import)

    def _done(self, task: ExchangeTask, title: str, after_import: bool) -> None:
        if after_import and task.summary is not None:
            self.store_changed()
        if task.error:
            icon, text = QMessageBox.Icon.Warning, task.error
        else:
            lines = task.summary.lines()
            if not after_import:
                lines.insert(0, self.tr("Wrote {0}:").format(self.last_target))
            icon = QMessageBox.Icon.Information if not task.summary.skipped else QMessageBox.Icon.Warning
            shown = lines[: MAX_LISTED + 1]
            if len(lines) > len(shown):
                shown.append(self.tr("… and {0} more").format(len(lines) - len(shown)))
            text = "\n".join(shown)
        box = QMessageBox(icon, title, text, parent=self.window)
        box.setObjectName("exchangeSummary")
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_box = box
        box.open()


__all__ = ["ExchangeController", "ExchangeTask"]
