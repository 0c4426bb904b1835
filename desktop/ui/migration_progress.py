"""A progress dialog while opening a store runs a long migration (building the search index).

Migrating is a one-off when a store made by an older Claimline is first opened:
it runs on the UI thread (the store cannot be used before it is done), and this
dialog shows how far it is, redrawing as the migration reports.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget


# The steps desktop.store.migrations reports, marked for lupdate.
STEPS = (QT_TRANSLATE_NOOP("MigrationProgress", "Building the search index"),)


class MigrationProgress:
    """Pass as ``progress`` to :func:`desktop.store.open_store`; the dialog appears on the first report."""

    def __init__(self, parent: QWidget | None = None):
        self.parent = parent
        self.dialog: QProgressDialog | None = None

    def __call__(self, step: str, done: int, total: int) -> None:
        if self.dialog is None:
            label = QCoreApplication.translate("MigrationProgress", "Updating the store: {0}…").format(
                QCoreApplication.translate("MigrationProgress", step)
            )
            self.dialog = QProgressDialog(label, "", 0, max(total, 1), self.parent)
            self.dialog.setObjectName("migrationProgress")
            self.dialog.setCancelButton(None)  # a half-done migration is rolled back: nothing to cancel to
            self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
            self.dialog.setMinimumDuration(0)
            self.dialog.setAutoReset(False)  # stays at 100 % until the store is open
            self.dialog.setAutoClose(False)
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))
        QApplication.processEvents()

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
