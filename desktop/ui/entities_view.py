"""The Entities view: every actor entity with its mention counts across documents.

Reads through :class:`desktop.service.meaning.Meaning`; writes only by intents:
``rename_requested`` (F2 or double-click on a name), ``merge_requested`` (two
rows selected, Merge: the second is folded into the current one),
``split_requested`` (a mention selected, Split off) and ``mention_activated``
(Enter or double-click on a mention: jump to its passage).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.service.meaning import Meaning
from desktop.ui.roles import DOC_ID_ROLE, ENTITY_ID_ROLE, SORT_ROLE, TAG_ID_ROLE

# Header labels, marked for lupdate; shown through self.tr() in EntitiesView.
COLUMNS = (
    QT_TRANSLATE_NOOP("EntitiesView", "Name"),
    QT_TRANSLATE_NOOP("EntitiesView", "Type"),
    QT_TRANSLATE_NOOP("EntitiesView", "Aliases"),
    QT_TRANSLATE_NOOP("EntitiesView", "Mentions"),
    QT_TRANSLATE_NOOP("EntitiesView", "Documents"),
)


class EntitiesView(QWidget):
    """Entities with counts; rename, merge two, split a mention off, jump to a mention.

    Signals:
        rename_requested(entity_id, name)
        merge_requested(kept_id, gone_id)
        split_requested(tag_id)
        mention_activated(document_id, tag_id)
    """

    rename_requested = Signal(str, str)
    merge_requested = Signal(str, str)
    split_requested = Signal(str)
    mention_activated = Signal(str, str)

    def __init__(self, meaning: Meaning, parent: QWidget | None = None, load: bool = True):
        super().__init__(parent)
        self.setObjectName("entitiesView")
        self.meaning = meaning
        self._quiet = False

        self.filter = QLineEdit(self)
        self.filter.setObjectName("entityFilter")
        self.filter.setPlaceholderText(self.tr("Filter entities…"))
        self.filter.setClearButtonEnabled(True)
        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.model.itemChanged.connect(self._on_item_changed)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(self)
        self.table.setObjectName("entityTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for col in (1, 3, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)

        self.mentions = QListWidget(self)
        self.mentions.setObjectName("mentionList")
        self.mentions.itemActivated.connect(self._on_mention)
        self.mentions.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.mentions_title = QLabel(self.tr("Mentions"), self)
        self.merge_button = QPushButton(self.tr("&Merge"), self)
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setToolTip(self.tr("Fold the other selected entity into the current one"))
        self.merge_button.clicked.connect(self.request_merge)
        self.split_button = QPushButton(self.tr("&Split off"), self)
        self.split_button.setObjectName("splitButton")
        self.split_button.setToolTip(self.tr("Give the selected mention an entity of its own"))
        self.split_button.clicked.connect(self.request_split)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.filter)
        top_layout.addWidget(self.table, 1)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.mentions_title)
        bottom_layout.addWidget(self.mentions, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.split_button)
        buttons.addStretch(1)
        bottom_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        if load:  # the window fills a hidden view when it is first shown
            self.refresh()

    # -- content -------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload entities and counts from the store, keeping the current entity."""
        current = self.current_entity_id()
        counts = self.meaning.entity_counts()
        self._quiet = True
        self.table.setSortingEnabled(False)
        self.model.removeRows(0, self.model.rowCount())
        for ent in self.meaning.entities():
            c = counts.get(ent.id)
            mentions, docs = (c.mentions, c.documents) if c else (0, 0)
            cells = [
                (ent.name, ent.name.casefold()),
                (QCoreApplication.translate("EntityEditor", ent.type), ent.type),
                (", ".join(ent.aliases), ", ".join(ent.aliases).casefold()),
                (str(mentions), mentions),
                (str(docs), docs),
            ]
            row = []
            for col, (text, key) in enumerate(cells):
                item = QStandardItem(text)
                item.setData(ent.id, ENTITY_ID_ROLE)
                item.setData(key, SORT_ROLE)
                item.setEditable(col == 0)
                if col >= 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                row.append(item)
            self.model.appendRow(row)
        self.table.setSortingEnabled(True)
        self._quiet = False
        if current:
            self.select_entity(current)
        self._update_buttons()
        self._show_mentions()

    def row_of(self, entity_id: str) -> int:
        """The view row showing an entity, or -1."""
        for r in range(self.proxy.rowCount()):
            if self.proxy.index(r, 0).data(ENTITY_ID_ROLE) == entity_id:
                return r
        return -1

    def select_entity(self, entity_id: str) -> None:
        row = self.row_of(entity_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.proxy.index(row, 0))

    def current_entity_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ENTITY_ID_ROLE) if index.isValid() else None

    def selected_entity_ids(self) -> list[str]:
        rows = self.table.selectionModel().selectedRows(0)
        return [i.data(ENTITY_ID_ROLE) for i in sorted(rows, key=lambda i: i.row())]

    def _show_mentions(self) -> None:
        self.mentions.clear()
        entity_id = self.current_entity_id()
        if entity_id is None:
            self.mentions_title.setText(self.tr("Mentions"))
            return
        titles = self.meaning.service.store.document_titles()
        found = self.meaning.mentions(entity_id)
        name = self.proxy.index(self.table.currentIndex().row(), 0).data()
        self.mentions_title.setText(self.tr("Mentions of {0}: {1}").format(name, len(found)))
        for tag in found:
            text = self.meaning.service.text(tag.document_id)
            before = " ".join(text[max(0, tag.start - 40) : tag.start].split())
            after = " ".join(text[tag.end : tag.end + 40].split())
            title = titles.get(tag.document_id, "")
            title = title if len(title) <= 40 else title[:39] + "…"
            label = f"…{before} [{tag.exact}] {after}…  — {title}"
            item = QListWidgetItem(label, self.mentions)
            item.setData(TAG_ID_ROLE, tag.id)
            item.setData(DOC_ID_ROLE, tag.document_id)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.merge_button.setEnabled(len(self.selected_entity_ids()) == 2)
        self.split_button.setEnabled(self.mentions.currentItem() is not None)

    # -- intents -------------------------------------------------------------------

    def _on_selection(self, *_: object) -> None:
        if not self._quiet:
            self._show_mentions()
        self._update_buttons()

    def _on_item_changed(self, item: QStandardItem) -> None:
        if self._quiet or item.column() != 0:
            return
        name = " ".join(item.text().split())
        entity_id = item.data(ENTITY_ID_ROLE)
        # Leave the view's commit of the editor before the rename reloads the rows.
        if name:
            QTimer.singleShot(0, lambda: self.rename_requested.emit(entity_id, name))
        else:
            QTimer.singleShot(0, self.refresh)

    def request_merge(self) -> None:
        ids = self.selected_entity_ids()
        if len(ids) != 2:
            return
        kept = self.current_entity_id() if self.current_entity_id() in ids else ids[0]
        gone = ids[1] if ids[0] == kept else ids[0]
        self.merge_requested.emit(kept, gone)

    def request_split(self) -> None:
        item = self.mentions.currentItem()
        if item is not None:
            self.split_requested.emit(item.data(TAG_ID_ROLE))

    def _on_mention(self, item: QListWidgetItem) -> None:
        self.mention_activated.emit(item.data(DOC_ID_ROLE), item.data(TAG_ID_ROLE))
