"""The library pane: the store's documents."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QVBoxLayout, QWidget

from desktop.model import DocumentInfo
from desktop.ui.roles import DOC_ID_ROLE


class LibraryView(QWidget):
    """The store's documents; picking one opens it."""

    document_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("library")
        self.model = QStandardItemModel(self)
        self.list = QListView(self)
        self.list.setObjectName("libraryList")
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.activated.connect(self._chosen)
        self.list.clicked.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Library"), self)
        title.setObjectName("panelTitle")
        layout.addWidget(title)
        layout.addWidget(self.list)

    def set_documents(self, docs: list[DocumentInfo], current: str | None) -> None:
        self.model.clear()
        for d in docs:
            item = QStandardItem(f"{d.title}\n{d.format.upper()} · " + self.tr("{0} tags").format(d.tag_count))
            item.setData(d.id, DOC_ID_ROLE)
            item.setToolTip(d.source or d.title)
            self.model.appendRow(item)
        self.mark_current(current)

    def set_tag_count(self, doc_id: str, count: int) -> None:
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item.data(DOC_ID_ROLE) == doc_id:
                title, _, info = item.text().partition("\n")
                fmt = info.split(" · ")[0]
                item.setText(f"{title}\n{fmt} · " + self.tr("{0} tags").format(count))
                return

    def mark_current(self, doc_id: str | None) -> None:
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item.data(DOC_ID_ROLE) == doc_id:
                self.list.setCurrentIndex(item.index())
                return

    def _chosen(self, index: QModelIndex) -> None:
        doc_id = index.data(DOC_ID_ROLE)
        if doc_id:
            self.document_chosen.emit(doc_id)

    def selected_document_ids(self) -> list[str]:
        """The documents selected in the list (for exports of a selection)."""
        selection = self.list.selectionModel()
        if selection is None:
            return []
        return [i.data(DOC_ID_ROLE) for i in selection.selectedIndexes() if i.data(DOC_ID_ROLE)]
