"""Find in the open document (Ctrl+F): a bar with next/previous and a hit count.

Matching folds case and diacritics as search does (:func:`desktop.search.fold.fold`,
one character for one, so offsets in the folded text are offsets in the real
one).  Enter or F3 goes to the next hit, Shift+Enter or Shift+F3 to the previous,
Escape closes; each move emits ``span_requested(start, end)``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from desktop.search.fold import fold


def find_all(folded_text: str, needle: str) -> list[tuple[int, int]]:
    """Every (start, end) where ``needle`` (folded here) occurs in ``folded_text``, left to right."""
    folded = fold(needle.strip())
    if not folded:
        return []
    out, i = [], folded_text.find(folded)
    while i != -1:
        out.append((i, i + len(folded)))
        i = folded_text.find(folded, i + 1)
    return out


class FindBar(QWidget):
    """Signals: span_requested(start, end) to show a hit; closed() when hidden by the user."""

    span_requested = Signal(int, int)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("findBar")
        self.field = QLineEdit(self)
        self.field.setObjectName("findField")
        self.field.setPlaceholderText(self.tr("Find in document"))
        self.field.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.count.setObjectName("findCount")
        self.prev_button = QToolButton(self)
        self.prev_button.setText("▲")
        self.prev_button.setToolTip(self.tr("Previous (Shift+F3)"))
        self.next_button = QToolButton(self)
        self.next_button.setText("▼")
        self.next_button.setToolTip(self.tr("Next (F3)"))
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.prev_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.close_button)
        self._folded = ""
        self._hits: list[tuple[int, int]] = []
        self._current = -1
        self._origin = 0  # search forward from here (the reader's cursor when the bar opened)
        self.field.textChanged.connect(self._update_hits)
        self.field.returnPressed.connect(self.next)
        self.next_button.clicked.connect(self.next)
        self.prev_button.clicked.connect(self.previous)
        self.close_button.clicked.connect(self.dismiss)
        for keys, slot in (("F3", self.next), ("Shift+F3", self.previous)):
            QShortcut(QKeySequence(keys), self, slot, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.field.installEventFilter(self)
        self.hide()

    def set_text(self, text: str) -> None:
        """The document to search (call when another document opens)."""
        self._folded = fold(text)
        self._current = -1
        self._update_hits()

    def open(self, origin: int = 0) -> None:
        self._origin = origin
        self.show()
        self.field.setFocus()
        self.field.selectAll()
        if self.field.text():
            self._update_hits()

    def dismiss(self) -> None:
        self.hide()
        self.closed.emit()

    def hits(self) -> list[tuple[int, int]]:
        return list(self._hits)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        # Shift+Enter in the field goes back (QLineEdit would report it as plain Enter).
        if obj is self.field and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if enter and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.previous()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.dismiss()
                return True
        return super().eventFilter(obj, event)

    def _update_hits(self, *_: object) -> None:
        self._hits = find_all(self._folded, self.field.text())
        self._current = -1
        if self._hits and self.isVisible():
            # The first hit at or after where the reader was.
            after = [i for i, (s, _e) in enumerate(self._hits) if s >= self._origin]
            self._go(after[0] if after else 0)
        else:
            self._show_count()

    def next(self) -> None:
        if self._hits:
            self._go((self._current + 1) % len(self._hits))

    def previous(self) -> None:
        if self._hits:
            self._go((self._current - 1) % len(self._hits))

    def _go(self, i: int) -> None:
        self._current = i
        self._show_count()
        start, end = self._hits[i]
        self.span_requested.emit(start, end)

    def _show_count(self) -> None:
        if not self.field.text().strip():
            self.count.setText("")
        elif not self._hits:
            self.count.setText(self.tr("No matches"))
        else:
            self.count.setText(self.tr("{0} of {1}").format(self._current + 1, len(self._hits)))
