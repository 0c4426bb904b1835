"""The dialog for a bug (not a user error): what happened, and "Copy details" for a report."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop import APP_NAME, __version__

log = logging.getLogger(__name__)


translate = QCoreApplication.translate


def show_bug(parent: QWidget | None, title: str, summary: str, details: str) -> QMessageBox:
    """Show a bug non-modally: a short summary, the traceback under "Show Details…", and a
    "Copy details" button that puts version, summary and traceback on the clipboard."""
    box = QMessageBox(QMessageBox.Icon.Critical, title or APP_NAME, "", parent=parent)
    box.setObjectName("bugDialog")
    box.setText(translate("BugDialog", "Something went wrong inside Claimline. Your tags are safe in the store."))
    box.setInformativeText(summary)
    report = f"{APP_NAME} {__version__}\n{summary}\n\n{details}".rstrip() + "\n"
    box.setDetailedText(report)
    copy = box.addButton(translate("BugDialog", "Copy details"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    # An action button would close the box: copy, and keep it open.
    copy.clicked.disconnect()
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(report))
    box.open()
    return box


def show_exception(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Show an uncaught exception on the UI thread as a bug (the dialog only)."""
    if issubclass(kind, KeyboardInterrupt) or QApplication.instance() is None:
        return
    details = "".join(traceback.format_exception(kind, exc, tb))
    show_bug(QApplication.activeWindow(), APP_NAME, f"{kind.__name__}: {exc}", details)


def excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """``sys.excepthook`` for the GUI: log the uncaught exception with its traceback, show it."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    log.error("uncaught exception", exc_info=(kind, exc, tb))
    show_exception(kind, exc, tb)
