"""Tagging for the main window: tag the selection, edit, delete, link, re-attach, the codebook.

Every change is an undo command on the window's stack; texts are in the
"MainWindow" translation context.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from desktop import APP_NAME
from desktop.model import Annotation
from desktop.service import ServiceError
from desktop.service import reimport as documents
from desktop.service.meaning import RELATIONS
from desktop.store import StoreError
from desktop.ui.commands import CreateTagCommand, DeleteTagsCommand, EditTagCommand

if TYPE_CHECKING:
    from desktop.ui.codebook_dialog import CodebookDialog
    from desktop.ui.main_window import MainWindow

translate = QCoreApplication.translate


class TagController(QObject):
    """Turns the analyst's tagging intents (keys, menus, panel) into undo commands."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window

    def update_tag_actions(self, *_: object) -> None:
        w = self.window
        enabled = w.current_doc is not None and w.active_view().selected_span() is not None
        for action in w.kind_actions.values():
            action.setEnabled(enabled)

    def tag_selection(self, kind: str) -> Annotation | None:
        """Tag the selection of the view in front (trimmed of surrounding blanks) as ``kind``."""
        w = self.window
        span = w.active_view().selected_span()
        if span is None or w.current_doc is None:
            w.statusBar().showMessage(translate("MainWindow", "Select some text to tag first."), 4000)
            return None
        from desktop.anchoring import trim_span

        start, end = trim_span(w.service.text(w.current_doc), *span)
        if end <= start:
            w.statusBar().showMessage(translate("MainWindow", "The selection holds only blanks."), 4000)
            return None
        try:
            w.store.ensure_writable()  # read-only or damaged: say so, push nothing
        except StoreError as exc:
            w.statusBar().showMessage(str(exc), 10000)
            return None
        command = CreateTagCommand(w.service, w.show_tag_state, w.current_doc, kind, start, end)
        try:
            w.undo_stack.push(command)
        except (ServiceError, StoreError) as exc:
            QMessageBox.warning(w, APP_NAME, str(exc))
            return None
        w.suggest.withdraw_under(command.tag)
        # The selection would hide the new highlight: collapse it to its end.
        w.active_view().clear_selection()
        w.side.setCurrentWidget(w.tags_pane)
        w.panel.select_tag(command.tag.id)  # type: ignore[union-attr]
        return command.tag

    def edit_tag(self, tag_id: str, text: str, **changes: Any) -> None:
        w = self.window
        before = w.service.get_tag(tag_id)
        w.undo_stack.push(EditTagCommand(w.service, w.show_tag_state, before, replace(before, **changes), text))

    def delete_tags(self, tag_ids: list[str]) -> None:
        w = self.window
        if tag_ids:
            w.undo_stack.push(DeleteTagsCommand(w.service, w.show_tag_state, tag_ids))

    def delete_current_tag(self) -> None:
        w = self.window
        current = w.panel.current_tag_id()
        ids = w.panel.selected_tag_ids() or ([current] if current else [])
        self.delete_tags([i for i in ids if i])

    def link_selected_tags(self) -> None:
        """Link the two tags selected in the panel (the first is the source)."""
        w = self.window
        ids = [i for i in w.panel.selected_tag_ids() if i]
        if len(ids) != 2:
            w.statusBar().showMessage(translate("MainWindow", "Select exactly two tags in the panel (Ctrl+click) to link them."), 5000)
            return
        relation, ok = QInputDialog.getItem(
            w, translate("MainWindow", "Link two tags"), translate("MainWindow", "Relation of the first tag to the second:"), list(RELATIONS), 0, False
        )
        if ok and relation:
            w.meaning_controller.link(ids[0], ids[1], relation)

    def open_codebook(self) -> CodebookDialog:
        w = self.window
        from desktop.ui.codebook_dialog import CodebookDialog

        dialog = CodebookDialog(w.meaning, w)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        w.meaning_controller.connect_codebook_dialog(dialog)
        dialog.show()
        return dialog

    def update_orphan_actions(self) -> None:
        w = self.window
        w.document_pane.orphans.set_selection_available(
            w.current_doc is not None and w.active_view().selected_span() is not None
        )

    def reattach_orphan(self, tag_id: str) -> None:
        """Put an orphaned tag on the text selected now (its note and meaning stay), undoably."""
        w = self.window
        span = w.active_view().selected_span()
        if span is None or w.current_doc is None:
            w.statusBar().showMessage(translate("MainWindow", "Select the passage the tag belongs to first."), 4000)
            return
        before = w.service.get_tag(tag_id)
        try:
            after = documents.reattached(w.service, tag_id, *span)
        except ServiceError as exc:
            QMessageBox.warning(w, APP_NAME, str(exc))
            return
        w.undo_stack.push(EditTagCommand(w.service, w.show_tag_state, before, after, translate("MainWindow", "re-attach tag")))
