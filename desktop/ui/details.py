"""A document's details for the main window: the Document tab's edits and the
publication date the timeline asks for.

A new publication date also dates the relative date tags that were undated for
lack of it (:func:`desktop.service.metadata.change_metadata`), so the tags
panel and the timeline are shown again.  Each edit is one undo step.  Texts are in the "MainWindow"
translation context.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMessageBox

from desktop import APP_NAME
from desktop.service import Service, ServiceError
from desktop.service.metadata import MetadataState, change_metadata, restore_metadata

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

translate = QCoreApplication.translate


class MetadataCommand(QUndoCommand):
    """A metadata edit, written before it is pushed; undo and redo write the states back."""

    def __init__(self, service: Service, changed: Callable[[str], None], doc_id: str,
                 before: MetadataState, after: MetadataState, label: str):
        super().__init__(label)
        self.service, self.changed, self.doc_id = service, changed, doc_id
        self.before, self.after = before, after
        self.written = True  # push() calls redo() once: the edit is already in the store

    def redo(self) -> None:
        if self.written:
            self.written = False
            return
        restore_metadata(self.service, self.doc_id, self.after)
        self.changed(self.doc_id)

    def undo(self) -> None:
        restore_metadata(self.service, self.doc_id, self.before)
        self.changed(self.doc_id)


class DetailsController(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window

    def edit(self, doc_id: str, changes: dict[str, Any]) -> None:
        """The Document tab's edits (errors are shown in the tab); one undo step."""
        try:
            self._change(doc_id, changes, translate("MainWindow", "edit document details"))
        except ServiceError as exc:
            self.window.document_pane.metadata.show_error(str(exc))
            return
        self.window.statusBar().showMessage(translate("MainWindow", "Document details saved."), 4000)

    def set_published(self, doc_id: str, value: str) -> None:
        """The publication date the timeline asked for: its relative dates get placed; one undo step."""
        try:
            self._change(doc_id, {"published": value}, translate("MainWindow", "set publication date"))
        except ServiceError as exc:
            QMessageBox.warning(self.window, APP_NAME, str(exc))

    def _change(self, doc_id: str, changes: dict[str, Any], label: str) -> None:
        before, after = change_metadata(self.window.service, doc_id, **changes)
        self.window.undo_stack.push(MetadataCommand(self.window.service, self._changed, doc_id, before, after, label))
        self._changed(doc_id)

    def _changed(self, doc_id: str) -> None:
        w = self.window
        w.refresh_library()
        if doc_id == w.current_doc:
            doc = w.service.document(doc_id)
            w.show_document_details(doc)
            w.panel.set_tags(w.service.tags(doc_id))
        w.refresh_timeline()
