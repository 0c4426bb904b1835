"""A document's details for the main window: the Document tab's edits and the
publication date the timeline asks for.

A new publication date also dates the relative date tags that were undated for
lack of it (:func:`desktop.service.metadata.update_metadata`), so the tags
panel and the timeline are shown again.  Texts are in the "MainWindow"
translation context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox

from desktop import APP_NAME
from desktop.service import ServiceError
from desktop.service.metadata import update_metadata

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

translate = QCoreApplication.translate


class DetailsController(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window

    def edit(self, doc_id: str, changes: dict[str, Any]) -> None:
        """The Document tab's edits (errors are shown in the tab)."""
        try:
            update_metadata(self.window.service, doc_id, **changes)
        except ServiceError as exc:
            self.window.document_pane.metadata.show_error(str(exc))
            return
        self._changed(doc_id)
        self.window.statusBar().showMessage(translate("MainWindow", "Document details saved."), 4000)

    def set_published(self, doc_id: str, value: str) -> None:
        """The publication date the timeline asked for: its relative dates get placed."""
        try:
            update_metadata(self.window.service, doc_id, published=value)
        except ServiceError as exc:
            QMessageBox.warning(self.window, APP_NAME, str(exc))
            return
        self._changed(doc_id)

    def _changed(self, doc_id: str) -> None:
        w = self.window
        w.refresh_library()
        if doc_id == w.current_doc:
            doc = w.service.document(doc_id)
            w.show_document_details(doc)
            w.panel.set_tags(w.service.tags(doc_id))
        w.refresh_timeline()
