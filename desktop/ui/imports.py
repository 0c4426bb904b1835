"""Import and re-import for the main window: file choosers, background tasks, the summary.

Both run as :class:`desktop.ui.tasks.Task` in the ``"import"`` scope: the worker
opens its own store connection, PDFs and EPUBs are read in the worker process,
and the window stays responsive (no nested event loop).  A re-import's worker
writes a new text, so the window's service is told to forget the old one.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QProgressDialog

from desktop import APP_NAME
from desktop.importers import SUPPORTED_SUFFIXES
from desktop.service import ImportOutcome, Service
from desktop.service.reimport import ReimportReport, reimport
from desktop.store import open_store
from desktop.ui.tasks import Task, TaskContext, TaskError, isolated_loader

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

translate = QCoreApplication.translate
SCOPE = "import"


def page_list(pages: object) -> str:
    """1-based page numbers, "3, 4, 7" (at most 12 shown)."""
    numbers = [int(p) for p in pages] if isinstance(pages, (list, tuple)) else []
    shown = ", ".join(str(n) for n in numbers[:12])
    return shown + (" …" if len(numbers) > 12 else "")


def _documents_filter() -> str:
    patterns = " ".join(f"*{s}" for s in SUPPORTED_SUFFIXES)
    return translate("MainWindow", "Documents ({0});;All files (*)").format(patterns)


class ImportController(QObject):
    """Imports files into the window's store and re-imports the open document.

    Attributes:
        last_outcomes: the ImportOutcome of each file of the last finished import.
        last_report: the ReimportReport of the last finished re-import.
    """

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.last_outcomes: list[ImportOutcome] = []
        self.last_report: ReimportReport | None = None
        self._locked: list[ImportOutcome] = []  # encrypted PDFs still to ask a password for

    def _busy(self) -> bool:
        if self.window.tasks.busy(SCOPE):
            QMessageBox.information(self.window, APP_NAME, translate("MainWindow", "An import is already running."))
            return True
        return False

    def _progress_dialog(self, label: str, title: str, maximum: int) -> QProgressDialog:
        progress = QProgressDialog(label, translate("MainWindow", "Cancel"), 0, maximum, self.window)
        progress.setWindowTitle(title)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        progress.setValue(0)
        return progress

    @staticmethod
    def _start_with(task: Task, progress: QProgressDialog) -> Task:
        """Start ``task``; the dialog's Cancel cancels it, and it closes when the task ends."""
        progress.canceled.connect(task.cancel)
        task.finished.connect(progress.reset)
        task.finished.connect(progress.deleteLater)
        return task.start()

    # -- import ----------------------------------------------------------------

    def choose_import(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self.window, translate("MainWindow", "Import documents"), str(Path.home()), _documents_filter()
        )
        if paths:
            self.import_files(paths)

    def import_files(self, paths: list[str], password: str | None = None) -> Task | None:
        """Import in the background with a progress dialog; one summary at the end.

        An encrypted PDF is asked for its password afterwards, again while it is wrong.
        """
        if self._busy():
            return None
        store_path, author = self.window.store.path, self.window.service.author
        paths = list(paths)

        def op(ctx: TaskContext) -> list[ImportOutcome]:
            with open_store(store_path, create=False) as store:
                return Service(store, author).import_files(
                    paths, password=password, loader=isolated_loader, progress=ctx.progress, cancelled=ctx.cancelled
                )

        title = translate("MainWindow", "Import")
        progress = self._progress_dialog(translate("MainWindow", "Importing…"), title, len(paths))

        def on_progress(done: int, total: int, path: str) -> None:
            progress.setMaximum(total)
            progress.setValue(done)
            if path:
                progress.setLabelText(translate("MainWindow", "Reading {0}…").format(Path(path).name))

        task = Task(self.window, title, op, success=self._imported, failure=self._import_failed,
                    progress=on_progress, registry=self.window.tasks, scope=SCOPE)
        return self._start_with(task, progress)

    def _imported(self, outcomes: list[ImportOutcome]) -> None:
        window = self.window
        self.last_outcomes = outcomes
        window.refresh_library()
        opened = [o for o in outcomes if o.document is not None]
        if opened:
            window.open_document(opened[-1].document.id)  # type: ignore[union-attr]
        locked = [o for o in outcomes if o.locked] + self._locked
        self._locked = []
        failures = [o for o in outcomes if o.error and not o.locked]
        skipped = [o for o in opened if not o.created]
        lines = []
        if failures:
            lines.append(translate("MainWindow", "These files could not be imported (nothing of them was stored):"))
            lines += [f"• {Path(o.path).name}: {o.error}" for o in failures]
        if skipped:
            lines.append(translate("MainWindow", "Already in the store (not duplicated):"))
            lines += [f"• {Path(o.path).name}" for o in skipped]
        created = sum(1 for o in opened if o.created)
        scans = [
            o for o in opened if o.created and o.document is not None and o.document.metadata.get("pages_without_text")
        ]
        window.statusBar().showMessage(
            translate("MainWindow", "Imported {0} of {1} file(s)").format(created, len(outcomes)), 6000)
        if scans:
            lines.append(translate("MainWindow", "Some pages have no text layer (scans?); they are empty in the text view:"))
            lines += [
                "• " + translate("MainWindow", "{0}: pages {1}").format(
                    o.document.title, page_list(o.document.metadata["pages_without_text"])  # type: ignore[union-attr]
                )
                for o in scans
            ]
        guessed = [o for o in opened if o.created and o.document.metadata.get("encoding_guessed")]  # type: ignore[union-attr]
        if guessed:
            lines.append(translate("MainWindow", "Not UTF-8: the encoding was guessed; check the text:"))
            lines += [f"• {Path(o.path).name}: {o.document.metadata.get('encoding')}" for o in guessed]  # type: ignore[union-attr]
        if failures or scans or guessed:
            self._summary(QMessageBox.Icon.Warning, translate("MainWindow", "Import"), "\n".join(lines))
        elif skipped:
            window.statusBar().showMessage("\n".join(lines).replace("\n", " "), 8000)
        window.refresh_library_views()
        if locked:  # once this import's task is over, so that the retry can start
            QTimer.singleShot(0, lambda: self._ask_password(locked))

    def _ask_password(self, locked: list[ImportOutcome]) -> None:
        """Ask the first locked PDF's password and import it again; the others wait their turn."""
        first, rest = locked[0], locked[1:]
        name = Path(first.path).name
        prompt = translate("MainWindow", "“{0}” is locked with a password. Password:").format(name)
        if first.error == "wrong password":
            prompt = translate("MainWindow", "That password does not open “{0}”. Try again:").format(name)
        password, ok = QInputDialog.getText(self.window, translate("MainWindow", "Password"), prompt,
                                            QLineEdit.EchoMode.Password)
        if ok and password:
            self._locked = rest
            if self.import_files([first.path], password=password) is None:
                self._locked = []
            return
        self.window.statusBar().showMessage(translate("MainWindow", "Not imported: {0}").format(name), 6000)
        if rest:
            self._ask_password(rest)

    def _import_failed(self, error: TaskError) -> None:
        if not error.bug:  # a bug already has its own dialog
            self._summary(QMessageBox.Icon.Critical, translate("MainWindow", "Import failed"), error.message)

    def _summary(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        box = QMessageBox(icon, title, text, parent=self.window)
        box.setObjectName("importSummary")
        box.open()

    # -- re-import ---------------------------------------------------------------

    def choose_reimport(self) -> None:
        window = self.window
        if window.current_doc is None:
            window.statusBar().showMessage(translate("MainWindow", "Open the document to re-import first."), 4000)
            return
        info = window.service.document(window.current_doc).info
        start = str(Path(info.source).parent) if info.source and not info.source.startswith("http") else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            window, translate("MainWindow", "Re-import a newer version of “{0}”").format(info.title), start,
            _documents_filter(),
        )
        if path:
            self.reimport_file(path)

    def reimport_file(self, path: str, password: str | None = None) -> Task | None:
        """Make ``path`` the open document's new version; every tag is re-anchored.

        The file is read and the tags re-anchored by a background task (its own
        store connection, one transaction); a cancel before the re-anchoring
        leaves everything as it was.  Returns the running task (None when refused);
        its result is the :class:`ReimportReport`.
        """
        window = self.window
        if window.current_doc is None or self._busy():
            return None
        window.panel.commit_note()
        doc_id = window.current_doc
        store_path, author = window.store.path, window.service.author

        def op(ctx: TaskContext) -> ReimportReport:
            document = isolated_loader(path, password)
            ctx.check()
            with open_store(store_path, create=False) as store:
                return reimport(Service(store, author), doc_id, document)

        title = translate("MainWindow", "Re-import")
        progress = self._progress_dialog(translate("MainWindow", "Reading {0}…").format(Path(path).name), title, 0)
        task = Task(window, title, op, success=lambda report: self._reimported(doc_id, report),
                    cancelled=self._reimport_cancelled, registry=window.tasks, scope=SCOPE)
        return self._start_with(task, progress)

    def _reimport_cancelled(self) -> None:
        self.window.statusBar().showMessage(translate("MainWindow", "Re-import cancelled; nothing changed."), 6000)

    def _reimported(self, doc_id: str, report: ReimportReport) -> None:
        window = self.window
        self.last_report = report
        window.service.forget_text(doc_id)  # the worker wrote a new text
        if not report.unchanged:
            # Undo steps hold the old positions: after a new version they would misplace tags.
            window.undo_stack.clear()
        message = translate("MainWindow", "Version {0}: {1} tags found exactly, {2} fuzzily, {3} orphaned.").format(
            report.version, report.exact, report.fuzzy, report.orphaned
        )
        if report.unchanged:
            message = translate("MainWindow", "The file's text is the stored text; nothing changed.")
        window.reload_document(doc_id)
        window.refresh_library()
        window.refresh_timeline()
        window.statusBar().showMessage(message, 10000)
        if report.orphaned:
            window.side.setCurrentWidget(window.document_pane)
