"""Undo and redo for the main window: one stack, and the document each step belongs to.

The window keeps one undo stack for the whole store, so that steps spanning
documents (an entity merge, a colleague's items) stay in order.  A step made in
another document is never undone silently: the Edit menu and the toolbar's tip
name that document ("Undo tag as date — in “Report 2024”"), undoing it opens the
document, and the status bar says what was undone where.  The toolbar's buttons
keep a fixed label ("Undo", "Redo"), so the toolbar does not shift as the text
of the next step changes; the whole text is in their tooltip.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

translate = QCoreApplication.translate


def command_document(command: QUndoCommand | None) -> str | None:
    """The document a step was made in (None: it is not about one document)."""
    return getattr(command, "document_id", None) if command is not None else None


class UndoActions(QObject):
    """The Edit menu's Undo/Redo (their text names the step) and the toolbar's fixed-label twins."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        stack = window.undo_stack
        self.undo_action = QAction(translate("MainWindow", "&Undo"), window)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = QAction(translate("MainWindow", "&Redo"), window)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.undo_button = QAction(translate("MainWindow", "Undo"), window)
        self.redo_button = QAction(translate("MainWindow", "Redo"), window)
        for action in (self.undo_action, self.undo_button):
            action.triggered.connect(self.undo)
        for action in (self.redo_action, self.redo_button):
            action.triggered.connect(self.redo)
        stack.indexChanged.connect(self.update)
        stack.cleanChanged.connect(self.update)
        window.document_opened.connect(self.update)
        self.update()

    def _step_text(self, command: QUndoCommand | None, verb: str) -> str:
        """ "Undo tag as date", plus " — in “Title”" when the step is another document's."""
        text = f"{verb} {command.text()}" if command is not None and command.text() else verb
        doc_id = command_document(command)
        if doc_id and doc_id != self.window.current_doc:
            info = self.window.store.document_info(doc_id)  # None: deleted since
            title = info.title if info is not None else ""
            if title:
                short = title if len(title) <= 40 else title[:39] + "…"
                text = translate("MainWindow", "{0} — in “{1}”").format(text, short)
        return text

    def update(self, *_: object) -> None:
        if self.window.closed:  # the stack empties itself as the window goes
            return
        stack = self.window.undo_stack
        index = stack.index()
        undo_cmd = stack.command(index - 1) if stack.canUndo() else None
        redo_cmd = stack.command(index) if stack.canRedo() else None
        undo_text = self._step_text(undo_cmd, translate("MainWindow", "Undo"))
        redo_text = self._step_text(redo_cmd, translate("MainWindow", "Redo"))
        self.undo_action.setText("&" + undo_text)
        self.redo_action.setText("&" + redo_text)
        for action, text, able in ((self.undo_action, undo_text, stack.canUndo()),
                                   (self.undo_button, undo_text, stack.canUndo()),
                                   (self.redo_action, redo_text, stack.canRedo()),
                                   (self.redo_button, redo_text, stack.canRedo())):
            action.setEnabled(able)
            action.setToolTip(text)

    def undo(self) -> None:
        self._step(undo=True)

    def redo(self) -> None:
        self._step(undo=False)

    def _step(self, undo: bool) -> None:
        stack = self.window.undo_stack
        if not (stack.canUndo() if undo else stack.canRedo()):
            return
        command = stack.command(stack.index() - 1 if undo else stack.index())
        said = self._step_text(command, translate("MainWindow", "Undo") if undo else translate("MainWindow", "Redo"))
        elsewhere = command_document(command) not in (None, self.window.current_doc)
        if undo:
            stack.undo()
        else:
            stack.redo()
        if elsewhere:  # the step's views opened its document; say so
            self.window.statusBar().showMessage(
                translate("MainWindow", "Done: {0}").format(said.replace("&", "")), 6000)
