"""The codebook dialog: the store's tag kinds (name, colour, shortcut, description, parent).

It reads kinds through :class:`desktop.service.meaning.Meaning` and writes only by
intents: ``kind_add_requested(fields)``, ``kind_edit_requested(name, fields)``,
``export_requested(path)`` and ``import_requested(path)``; the controller turns
the first two into undo commands.  Text fields save on Enter or focus out.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.service.meaning import Meaning
from desktop.model import CodebookKind
from desktop.ui.roles import KIND_ROLE



def swatch(colour: str, size: int = 14) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(QColor(colour))
    return QIcon(pix)


class CodebookDialog(QDialog):
    """Edit the codebook; export and import it as REFI-QDA (.qdc).

    Signals:
        kind_add_requested(fields): label, colour, shortcut, description, parent.
        kind_edit_requested(name, fields): changed fields of a kind.
        export_requested(path), import_requested(path)
    """

    kind_add_requested = Signal(dict)
    kind_edit_requested = Signal(str, dict)
    export_requested = Signal(str)
    import_requested = Signal(str)

    def __init__(self, meaning: Meaning, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Codebook"))
        self.setObjectName("codebookDialog")
        self.meaning = meaning
        self._kinds: dict[str, CodebookKind] = {}
        self._quiet = False

        self.list = QListWidget(self)
        self.list.setObjectName("kindList")
        self.list.currentItemChanged.connect(lambda *_: self._show_current())

        editor = QWidget(self)
        form = QFormLayout(editor)
        self.label_edit = QLineEdit(editor)
        self.label_edit.setObjectName("kindLabel")
        colour_row = QWidget(editor)
        row = QHBoxLayout(colour_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.colour_edit = QLineEdit(colour_row)
        self.colour_edit.setObjectName("kindColour")
        self.colour_edit.setPlaceholderText("#rrggbb")
        self.colour_button = QPushButton(self.tr("C&hoose…"), colour_row)
        self.colour_button.clicked.connect(self._choose_colour)
        row.addWidget(self.colour_edit, 1)
        row.addWidget(self.colour_button)
        self.shortcut_edit = QLineEdit(editor)
        self.shortcut_edit.setObjectName("kindShortcut")
        self.shortcut_edit.setMaxLength(1)
        self.parent_box = QComboBox(editor)
        self.parent_box.setObjectName("kindParent")
        self.description_edit = QLineEdit(editor)
        self.description_edit.setObjectName("kindDescription")
        self.usage = QLabel(editor)
        form.addRow(self.tr("&Label"), self.label_edit)
        form.addRow(self.tr("&Colour"), colour_row)
        form.addRow(self.tr("&Shortcut"), self.shortcut_edit)
        form.addRow(self.tr("&Parent"), self.parent_box)
        form.addRow(self.tr("&Description"), self.description_edit)
        form.addRow("", self.usage)
        for edit, key in (
            (self.label_edit, "label"),
            (self.colour_edit, "colour"),
            (self.shortcut_edit, "shortcut"),
            (self.description_edit, "description"),
        ):
            edit.editingFinished.connect(lambda e=edit, k=key: self._field_done(k, e.text()))
        self.parent_box.activated.connect(lambda _i: self._field_done("parent", self.parent_box.currentData()))

        self.add_button = QPushButton(self.tr("&Add kind"), self)
        self.add_button.setObjectName("addKind")
        self.add_button.clicked.connect(self._add)
        self.export_button = QPushButton(self.tr("&Export .qdc…"), self)
        self.export_button.clicked.connect(self._export)
        self.import_button = QPushButton(self.tr("&Import .qdc…"), self)
        self.import_button.clicked.connect(self._import)
        self.error = QLabel(self)
        self.error.setObjectName("codebookError")
        self.error.setStyleSheet("color: #c62828")
        self.error.setWordWrap(True)
        self.error.hide()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.list, 1)
        top.addWidget(editor, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addWidget(close)
        # Enter in a field saves it; it must not press a button (e.g. open the colour chooser).
        for button in (self.colour_button, self.add_button, self.export_button, self.import_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        for button in close.buttons():
            button.setAutoDefault(False)
        self.resize(620, 360)
        self.refresh()

    # -- content -------------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        """Reload kinds from the store, keeping (or moving to) a kind."""
        current = select or self.current_name()
        self.error.hide()
        kinds = self.meaning.codebook()
        self._kinds = {k.name: k for k in kinds}
        depth: dict[str, int] = {}

        def level(k: CodebookKind) -> int:
            if k.name not in depth:
                depth[k.name] = 0 if k.parent not in self._kinds else min(level(self._kinds[k.parent]) + 1, 6)
            return depth[k.name]

        self._quiet = True
        self.list.clear()
        for k in kinds:
            shortcut = f"  [{k.shortcut}]" if k.shortcut else ""
            item = QListWidgetItem(swatch(k.colour), "    " * level(k) + k.label + shortcut, self.list)
            item.setData(KIND_ROLE, k.name)
        self._quiet = False
        names = [self.list.item(i).data(KIND_ROLE) for i in range(self.list.count())]
        self.list.setCurrentRow(names.index(current) if current in names else 0)
        self._show_current()

    def current_name(self) -> str | None:
        item = self.list.currentItem()
        return item.data(KIND_ROLE) if item else None

    def _show_current(self) -> None:
        if self._quiet:
            return
        kind = self._kinds.get(self.current_name() or "")
        if kind is None:
            return
        self._quiet = True
        self.label_edit.setText(kind.label)
        self.colour_edit.setText(kind.colour)
        self.shortcut_edit.setText(kind.shortcut or "")
        self.description_edit.setText(kind.description)
        self.parent_box.clear()
        self.parent_box.addItem(self.tr("— none"), None)
        for k in self._kinds.values():
            if k.name != kind.name:
                self.parent_box.addItem(k.label, k.name)
        self.parent_box.setCurrentIndex(max(self.parent_box.findData(kind.parent), 0))
        usage = self.meaning.kind_usage().get(kind.name, 0)
        self.usage.setText(self.tr("{0} tags · key {1}").format(usage, kind.name))
        self._quiet = False

    def show_error(self, message: str) -> None:
        self.refresh()
        self.error.setText(message)
        self.error.show()

    # -- intents -------------------------------------------------------------------

    def _field_done(self, key: str, value: Any) -> None:
        if self._quiet:
            return
        kind = self._kinds.get(self.current_name() or "")
        if kind is None:
            return
        if isinstance(value, str) and key != "parent":
            value = value.strip()
            if key == "shortcut":
                value = value.upper() or None
        if getattr(kind, key) == value:
            return
        self.error.hide()
        self.kind_edit_requested.emit(kind.name, {key: value})

    def _choose_colour(self) -> None:
        kind = self._kinds.get(self.current_name() or "")
        colour = QColorDialog.getColor(QColor(kind.colour if kind else "#888888"), self, self.tr("Kind colour"))
        if colour.isValid():
            self.colour_edit.setText(colour.name())
            self._field_done("colour", colour.name())

    def _add(self) -> None:
        taken = {k.label.casefold() for k in self._kinds.values()}
        base = self.tr("New kind")
        label, n = base, 2
        while label.casefold() in taken:
            label, n = f"{base} {n}", n + 1
        self.error.hide()
        self.kind_add_requested.emit({"label": label, "colour": "#9e9e9e"})
        self.label_edit.setFocus()
        self.label_edit.selectAll()

    def _export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export codebook"), "codebook.qdc",
                                              self.tr("REFI-QDA codebook (*.qdc)"))
        if path:
            self.export_requested.emit(path)

    def _import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import codebook"), "",
                                              self.tr("REFI-QDA codebook (*.qdc)"))
        if path:
            self.import_requested.emit(path)
