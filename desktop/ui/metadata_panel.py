"""The document panel: editable metadata (title, author, date, source, language) and orphaned tags.

Both widgets speak in intents, like the tags panel: the window runs the
service call (``desktop.service.metadata.update_metadata``,
``desktop.service.reimport.reattach``) and shows the result again.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
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

from desktop.model import Annotation
from desktop.ui.roles import TAG_ID_ROLE

# key → (label, placeholder); the service validates (desktop.service.metadata.EDITABLE).
# Marked for lupdate; shown through self.tr() in MetadataPanel.
FIELDS = {
    "title": (QT_TRANSLATE_NOOP("MetadataPanel", "Title"), ""),
    "author": (QT_TRANSLATE_NOOP("MetadataPanel", "Author"), QT_TRANSLATE_NOOP("MetadataPanel", "Who wrote it")),
    "published": (QT_TRANSLATE_NOOP("MetadataPanel", "Published"), QT_TRANSLATE_NOOP("MetadataPanel", "YYYY-MM-DD")),
    "site": (QT_TRANSLATE_NOOP("MetadataPanel", "Source"), QT_TRANSLATE_NOOP("MetadataPanel", "Publication or site")),
    "language": (QT_TRANSLATE_NOOP("MetadataPanel", "Language"), QT_TRANSLATE_NOOP("MetadataPanel", "e.g. en, tr, ru")),
}


class MetadataPanel(QWidget):
    """Title, author, publication date, source and language of a document, editable.

    Signals:
        metadata_edit_requested(str, dict): document id and the changed fields
            (key → new text; "" clears a field).  Emitted by Save or Enter.
    """

    metadata_edit_requested = Signal(str, dict)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("metadataPanel")
        self._doc_id: str | None = None
        self._shown: dict[str, str] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.edits: dict[str, QLineEdit] = {}
        for key, (label, placeholder) in FIELDS.items():
            edit = QLineEdit(self)
            edit.setObjectName(f"meta_{key}")
            edit.setPlaceholderText(self.tr(placeholder) if placeholder else "")
            edit.returnPressed.connect(self.save)
            edit.textEdited.connect(self._update_buttons)
            form.addRow(self.tr(label), edit)
            self.edits[key] = edit
        self.pages = QLabel(self)
        self.file = QLabel(self)
        self.file.setWordWrap(True)
        self.file.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Pages"), self.pages)
        form.addRow(self.tr("File"), self.file)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.revert_button = QPushButton(self.tr("Revert"), self)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.show_document(None, {})

    def show_document(self, doc_id: str | None, metadata: dict[str, Any], source: str | None = None) -> None:
        """Show a document's metadata (``title`` included), as stored."""
        self._doc_id = doc_id
        self._shown = {key: str(metadata.get(key) or "") for key in FIELDS}
        for key, edit in self.edits.items():
            edit.setText(self._shown[key])
            edit.setCursorPosition(0)
            edit.setEnabled(doc_id is not None)
        count = metadata.get("page_count")
        blank = metadata.get("pages_without_text") or []
        pages = str(count) if count else "—"
        if blank:
            pages += self.tr(" ({0} without text: {1})").format(len(blank), ", ".join(map(str, blank[:10])))
        self.pages.setText(pages)
        self.file.setText(source or "—")
        self.error.setText("")
        self._update_buttons()

    def changes(self) -> dict[str, str]:
        """The fields whose text differs from what is stored."""
        return {
            key: " ".join(edit.text().split())
            for key, edit in self.edits.items()
            if " ".join(edit.text().split()) != self._shown.get(key, "")
        }

    def save(self) -> None:
        changes = self.changes()
        if self._doc_id is not None and changes:
            self.metadata_edit_requested.emit(self._doc_id, changes)

    def revert(self) -> None:
        for key, edit in self.edits.items():
            edit.setText(self._shown.get(key, ""))
        self.error.setText("")
        self._update_buttons()

    def show_error(self, message: str) -> None:
        """The service refused the edit (e.g. not a date): say why, keep the typing."""
        self.error.setText(message)

    def _update_buttons(self, *_: object) -> None:
        dirty = self._doc_id is not None and bool(self.changes())
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)


class OrphanList(QWidget):
    """Tags whose quote was not found in a newer version of the document.

    They keep their old quote and are never deleted; selecting new text and
    pressing "Re-attach to selection" puts one back.

    Signals:
        orphan_selected(str): the user picked an orphan (tag id).
        reattach_requested(str): re-attach this tag to the current text selection.
    """

    orphan_selected = Signal(str)
    reattach_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("orphanList")
        self._selection_available = False
        self.heading = QLabel(self)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.currentItemChanged.connect(self._on_current)
        self.reattach_button = QPushButton(self.tr("Re-attach to selection"), self)
        self.reattach_button.setToolTip(self.tr("Select the new text in the reader first"))
        self.reattach_button.clicked.connect(self._request)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.reattach_button)
        self.set_orphans([])

    def set_orphans(self, tags: Iterable[Annotation]) -> None:
        self.list.clear()
        for tag in tags:
            quote = " ".join(tag.exact.split())
            quote = quote if len(quote) <= 120 else quote[:117] + "…"
            item = QListWidgetItem(f"{tag.kind}: “{quote}”")
            item.setData(TAG_ID_ROLE, tag.id)
            context = f"…{tag.prefix[-32:]}[{tag.exact}]{tag.suffix[:32]}…"
            item.setToolTip(" ".join(context.split()) + (f"\n{tag.note}" if tag.note else ""))
            self.list.addItem(item)
        n = self.list.count()
        self.heading.setText(
            self.tr("{0} orphaned tag(s): their text is not in this version").format(n) if n else self.tr("No orphaned tags")
        )
        self.setVisible(True)
        self._update_button()

    def set_selection_available(self, available: bool) -> None:
        self._selection_available = available
        self._update_button()

    def current_tag(self) -> str | None:
        item = self.list.currentItem()
        return item.data(TAG_ID_ROLE) if item is not None else None

    def _on_current(self, *_: object) -> None:
        tag_id = self.current_tag()
        if tag_id:
            self.orphan_selected.emit(tag_id)
        self._update_button()

    def _request(self) -> None:
        tag_id = self.current_tag()
        if tag_id and self._selection_available:
            self.reattach_requested.emit(tag_id)

    def _update_button(self) -> None:
        self.reattach_button.setEnabled(self._selection_available and self.current_tag() is not None)


class DocumentPane(QWidget):
    """The "Document" tab of the side panel: :class:`MetadataPanel` above :class:`OrphanList`."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("documentPane")
        self.metadata = MetadataPanel(self)
        self.orphans = OrphanList(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.metadata, 0)
        layout.addWidget(self.orphans, 1)


__all__ = ["FIELDS", "DocumentPane", "MetadataPanel", "OrphanList"]
