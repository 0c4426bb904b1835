"""File → Export → REFI-QDA project and File → Import → REFI-QDA project.

Both run :mod:`desktop.exchange.project` as a :class:`desktop.ui.tasks.Task` in
the ``"exchange"`` scope (the worker opens its own store connection), behind a
progress dialog with Cancel, and end with one summary: counts, warnings, and what
was skipped and why.  An import is one transaction, so Cancel leaves the store as
it was; a cancelled export leaves an existing file as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from desktop.service import Service
from desktop.store import open_store
from desktop.ui.tasks import Task, TaskContext, TaskError, in_worker, shutdown_pool

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

translate = QCoreApplication.translate
SCOPE = "exchange"
MAX_LISTED = 25  # summary lines; the rest are counted


class ExchangeController(QObject):
    """The two menu actions and their background runs, for one main window.

    Attributes:
        task: the last task started; ``summary_box`` the last summary shown.
    """

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.task: Task | None = None
        self.summary_box: QMessageBox | None = None
        self.export_action = QAction(translate("MainWindow", "REFI-QDA project (.qdpx)…"), window)
        self.export_action.setObjectName("exportRefiAction")
        self.export_action.setStatusTip(
            translate("MainWindow", "Export documents, kinds and tags for NVivo, ATLAS.ti, MAXQDA, QualCoder")
        )
        self.export_action.triggered.connect(self.choose_export)
        self.import_action = QAction(translate("MainWindow", "REFI-QDA project (.qdpx)…"), window)
        self.import_action.setObjectName("importRefiAction")
        self.import_action.setStatusTip(translate("MainWindow", "Import a project from NVivo, ATLAS.ti, MAXQDA, QualCoder"))
        self.import_action.triggered.connect(self.choose_import)

    # -- the two actions ------------------------------------------------------------

    def choose_export(self) -> None:
        suggested = str(Path.home() / f"{Path(self.window.store.path).stem}.qdpx")
        path, _ = QFileDialog.getSaveFileName(
            self.window, translate("MainWindow", "Export REFI-QDA project"), suggested,
            translate("MainWindow", "REFI-QDA project (*.qdpx)"),
        )
        if path:
            self.export_to(path if path.lower().endswith(".qdpx") else path + ".qdpx")

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, translate("MainWindow", "Import REFI-QDA project"), str(Path.home()),
            translate("MainWindow", "REFI-QDA project (*.qdpx)"),
        )
        if path:
            self.import_from(path)

    def export_to(self, path: str) -> Task | None:
        from desktop.exchange.project import export_project

        title = translate("MainWindow", "Export REFI-QDA project")
        label = translate("MainWindow", "Writing {0}…").format(Path(path).name)
        heading = translate("MainWindow", "Wrote {0}:").format(Path(path).name)
        return self._run(
            title, label, lambda service, **kw: export_project(service, path, pdf_areas=_areas_in_reader, **kw), heading, False
        )

    def import_from(self, path: str) -> Task | None:
        from desktop.exchange.project import import_project

        title = translate("MainWindow", "Import REFI-QDA project")
        label = translate("MainWindow", "Reading {0}…").format(Path(path).name)
        return self._run(title, label, lambda service, **kw: import_project(service, path, **kw), "", True)

    # -- running -------------------------------------------------------------------

    def _run(self, title: str, label: str, operation: Callable[..., Any], heading: str, imports: bool) -> Task | None:
        if self.window.tasks.busy(SCOPE):
            QMessageBox.information(self.window, title, translate("MainWindow", "An exchange is already running."))
            return None
        store_path, author = self.window.store.path, self.window.service.author

        def op(ctx: TaskContext) -> Any:
            with open_store(store_path, create=False) as store:
                return operation(Service(store, author), progress=ctx.progress, cancelled=ctx.cancelled)

        progress = QProgressDialog(label, translate("MainWindow", "Cancel"), 0, 0, self.window)
        progress.setObjectName("exchangeProgress")
        progress.setWindowTitle(title)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def on_progress(done: int, total: int, what: str) -> None:
            progress.setMaximum(max(total, 1))
            progress.setValue(min(done, max(total, 1)))
            if what:
                progress.setLabelText(what)

        def success(summary: Any) -> None:
            if imports:
                self.window.load_store_view()
            lines = ([heading] if heading else []) + summary.lines()
            shown = lines[: MAX_LISTED + 1]
            if len(lines) > len(shown):
                shown.append(translate("MainWindow", "… and {0} more").format(len(lines) - len(shown)))
            icon = QMessageBox.Icon.Warning if summary.skipped else QMessageBox.Icon.Information
            self._show(icon, title, "\n".join(shown))

        def failure(error: TaskError) -> None:
            self._show(QMessageBox.Icon.Warning, title, error.message)

        task = Task(self.window, title, op, success=success, failure=failure, progress=on_progress,
                    registry=self.window.tasks, scope=SCOPE)
        progress.canceled.connect(task.cancel)
        task.finished.connect(progress.reset)
        task.finished.connect(progress.deleteLater)
        self.task = task
        return task.start()

    def _show(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        box = QMessageBox(icon, title, text, parent=self.window)
        box.setObjectName("exchangeSummary")
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_box = box
        box.open()


__all__ = ["ExchangeController"]


def _areas_in_reader(*args: Any) -> Any:
    """:func:`desktop.pdfwords.span_areas` in the reader process (PyMuPDF is not thread-safe)."""
    from concurrent.futures.process import BrokenProcessPool

    from desktop.pdfwords import span_areas

    try:
        return in_worker(span_areas, *args)
    except BrokenProcessPool:  # MuPDF crashed on the file: the tags keep their text selections
        shutdown_pool()
        return [[] for _ in args[3]]
