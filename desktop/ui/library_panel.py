"""The library panel: search, collections, and the documents table.

* The search field (:class:`desktop.ui.search_panel.SearchPanel`) searches the
  library, or the chosen collection.
* The collections tree: "All documents", collections (one level of nesting) and
  saved searches.  Dropping documents from the table on a collection puts them
  in it; its context menu creates, renames and deletes.
* The documents table (:class:`desktop.ui.library_model.LibraryModel`) sorts
  by any column and filters by words; several rows can be selected for
  deletion (with undo), export, or adding to a collection.

The panel emits intents; the window runs them as undoable commands.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QItemSelectionModel, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.service.library import LibraryRow
from desktop.store.library import Collection
from desktop.ui.library_model import LibraryModel, document_ids_from
from desktop.ui.roles import DOC_ID_ROLE, ITEM_ROLE
from desktop.ui.search_panel import Searcher, SearchPanel

COLLECTION_ROLE = ITEM_ROLE  # a tree item's Collection (None: "All documents")
# "claims>3", "figures=0", "tags<=10": a filter word on a document's tag counts.
_COUNT_WORD = re.compile(r"^(tags|claims|actors|figures|dates)(>=|<=|>|<|=)(\d+)$", re.IGNORECASE)
_KIND_OF = {"claims": "claim", "actors": "actor", "figures": "figure", "dates": "date"}
_COMPARE = {
    ">": lambda a, b: a > b, "<": lambda a, b: a < b, "=": lambda a, b: a == b,
    ">=": lambda a, b: a >= b, "<=": lambda a, b: a <= b,
}


def count_test(word: str) -> Callable[[LibraryRow], bool] | None:
    """A test on a row's tag counts for a filter word like "claims>3" (None: a plain word)."""
    m = _COUNT_WORD.match(word)
    if m is None:
        return None
    what, op, n = m.group(1).lower(), m.group(2), int(m.group(3))
    compare = _COMPARE[op]
    if what == "tags":
        return lambda row: compare(row.tags, n)
    kind = _KIND_OF[what]
    return lambda row: compare(row.counts.get(kind, 0), n)


class CollectionsTree(QTreeWidget):
    """Collections as a two-level tree; documents dropped on a plain collection join it.

    Signals:
        documents_dropped(collection_id, document_ids)
    """

    documents_dropped = Signal(str, list)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("collectionsTree")
        self.setHeaderHidden(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """As tall as its rows (two to ten), so "All documents" alone takes no room from the table."""
        return self._rows_high(10)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """Never fewer than four rows in view (when it has them): a search's hits do not squeeze it to one."""
        return self._rows_high(4)

    def _rows_high(self, most: int) -> QSize:
        rows = min(max(self._row_count(), 2), most)
        row_h = max(self.sizeHintForRow(0), self.fontMetrics().height() + 4)
        return QSize(super().minimumSizeHint().width(), rows * row_h + 2 * self.frameWidth() + 2)

    def _row_count(self) -> int:
        count, stack = 0, [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        while stack:
            item = stack.pop()
            if item is None:
                continue
            count += 1
            if item.isExpanded():
                stack += [item.child(i) for i in range(item.childCount())]
        return count

    def _target(self, pos: QPoint) -> QTreeWidgetItem | None:
        item = self.itemAt(pos)
        coll = item.data(0, COLLECTION_ROLE) if item is not None else None
        return item if isinstance(coll, Collection) and not coll.smart else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt override)
        if document_ids_from(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 (Qt override)
        if document_ids_from(event.mimeData()) and self._target(event.position().toPoint()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt override)
        ids = document_ids_from(event.mimeData())
        target = self._target(event.position().toPoint())
        if not ids or target is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.documents_dropped.emit(target.data(0, COLLECTION_ROLE).id, ids)


class LibraryPanel(QWidget):
    """Signals (intents for the window):
        document_chosen(doc_id)
        scope_changed(collection_id or '')          a collection was chosen ('' = all)
        delete_requested(doc_ids)
        export_requested(doc_ids)
        review_requested(doc_ids)                   review these documents against a colleague's store
        add_requested(collection_id, doc_ids)       documents into a collection
        remove_requested(collection_id, doc_ids)    documents out of the chosen collection
        create_collection_requested(parent_id or '', query or '')
        rename_collection_requested(collection_id)
        delete_collection_requested(collection_id)
        columns_changed(column numbers)             the user chose the table's columns
    """

    document_chosen = Signal(str)
    scope_changed = Signal(str)
    delete_requested = Signal(list)
    export_requested = Signal(list)
    review_requested = Signal(list)
    add_requested = Signal(str, list)
    remove_requested = Signal(str, list)
    create_collection_requested = Signal(str, str)
    rename_collection_requested = Signal(str)
    delete_collection_requested = Signal(str)
    columns_changed = Signal(list)

    def __init__(self, searcher: Searcher, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("library")
        self.search = SearchPanel(searcher, self)
        self.collections = CollectionsTree(self)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("libraryFilter")
        self.filter.setPlaceholderText(self.tr("Filter documents… (words, claims>3, figures=0)"))
        self.filter.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.count.setObjectName("libraryCount")
        self.model = LibraryModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("libraryTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # import order until a header is clicked
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setDragEnabled(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.setWordWrap(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for col in range(1, self.model.columnCount()):  # at least as wide as its name ("Опубликовано")
            header.resizeSection(col, max(90 if col < 6 else 60, header.sectionSizeFromContents(col).width()))
        # The title takes what the other columns leave, so the narrow panel shows no
        # horizontal scroll bar; right-clicking the header chooses the columns.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self.set_visible_columns([0, 3])
        self.collections.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        title = QLabel(self.tr("Library"), self)
        title.setObjectName("panelTitle")
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.filter)
        lower_layout.addWidget(self.table, 1)
        lower_layout.addWidget(self.count)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("librarySplitter")
        self.splitter.addWidget(self.search)
        self.splitter.addWidget(self.collections)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setStretchFactor(2, 4)
        self._splitter_moved = False  # until the user drags it, the tree keeps its rows' height
        self.splitter.splitterMoved.connect(lambda *_: setattr(self, "_splitter_moved", True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.search.field)
        layout.addWidget(self.search.status)
        layout.addWidget(self.splitter, 1)

        self.delete_action = QAction(self.tr("&Delete documents"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(lambda: self._emit_selected(self.delete_requested))
        self.table.addAction(self.delete_action)
        self.review_action = QAction(self.tr("&Review selected documents against a colleague's store…"), self)
        self.review_action.triggered.connect(lambda: self._emit_selected(self.review_requested))

        self.filter.textChanged.connect(self._filter)
        self.table.activated.connect(self._chosen)
        self.table.clicked.connect(self._clicked)
        self.table.customContextMenuRequested.connect(self._table_menu)
        self.collections.currentItemChanged.connect(self._collection_changed)
        self.collections.customContextMenuRequested.connect(self._collections_menu)
        self.collections.documents_dropped.connect(self.add_requested)
        self.search.searched.connect(self._make_room_for_hits)
        self._collections: list[Collection] = []
        self.set_collections([])

    # -- content ---------------------------------------------------------------------

    def set_rows(self, rows: Sequence[LibraryRow], current: str | None = None) -> None:
        selected = set(self.selected_document_ids())
        self.model.set_rows(rows)
        self._update_count()
        self._select(selected or ({current} if current else set()))

    def set_scope(self, document_ids: Iterable[str] | None) -> None:
        """Show only a collection's documents (None: all), and search within them."""
        ids = None if document_ids is None else list(document_ids)
        self.model.set_scope(ids)
        self.search.set_scope(ids)
        self._update_count()

    def set_collections(self, collections: Sequence[Collection]) -> None:
        current = self.current_collection_id()
        self._collections = list(collections)
        self.collections.blockSignals(True)
        self.collections.clear()
        everything = QTreeWidgetItem([self.tr("All documents")])
        everything.setData(0, COLLECTION_ROLE, None)
        self.collections.addTopLevelItem(everything)
        items: dict[str, QTreeWidgetItem] = {}
        for coll in sorted(collections, key=lambda c: c.parent_id is not None):
            label = ("⌕ " + coll.name) if coll.smart else coll.name
            item = QTreeWidgetItem([label])
            item.setData(0, COLLECTION_ROLE, coll)
            item.setToolTip(0, coll.query or coll.name)
            parent = items.get(coll.parent_id or "")
            if parent is not None:
                parent.addChild(item)
            else:
                self.collections.addTopLevelItem(item)
            items[coll.id] = item
        self.collections.expandAll()
        self._fit_collections()
        target = items.get(current or "", everything)
        self.collections.setCurrentItem(target)
        self.collections.blockSignals(False)
        if current and current not in items:  # the chosen collection is gone: back to all
            self.scope_changed.emit("")

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self._fit_collections()

    def _fit_collections(self) -> None:
        """Give the collections tree the height of its rows and the table the rest."""
        sizes = self.splitter.sizes()
        if self._splitter_moved or sum(sizes) == 0:
            return
        extra = sizes[1] - self.collections.sizeHint().height()
        sizes[1] -= extra
        sizes[2] += extra
        self.splitter.setSizes(sizes)

    def visible_columns(self) -> list[int]:
        header = self.table.horizontalHeader()
        return [c for c in range(self.model.columnCount()) if not header.isSectionHidden(c)]

    def set_visible_columns(self, columns: Sequence[int | str] | str) -> None:
        """Show these columns of the table (the title always), hide the others."""
        if isinstance(columns, str):  # QSettings gives a one-item list back as its item
            columns = [columns]
        shown = {0} | {int(c) for c in columns if str(c).isdigit()}
        header = self.table.horizontalHeader()
        for col in range(self.model.columnCount()):
            header.setSectionHidden(col, col not in shown)

    def column_menu(self) -> QMenu:
        """The header's context menu: one checkable entry per column but the title."""
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for col in range(1, self.model.columnCount()):
            action = menu.addAction(str(self.model.headerData(col, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(col))
            action.toggled.connect(lambda on, col=col: self._show_column(col, on))
        return menu

    def _show_column(self, col: int, on: bool) -> None:
        self.table.horizontalHeader().setSectionHidden(col, not on)
        self.columns_changed.emit(self.visible_columns())

    def _column_menu(self, pos: QPoint) -> None:
        menu = self.column_menu()
        menu.exec(self.table.horizontalHeader().mapToGlobal(pos))
        menu.deleteLater()

    def current_collection(self) -> Collection | None:
        item = self.collections.currentItem()
        coll = item.data(0, COLLECTION_ROLE) if item is not None else None
        return coll if isinstance(coll, Collection) else None

    def current_collection_id(self) -> str | None:
        coll = self.current_collection()
        return coll.id if coll else None

    def choose_collection(self, collection_id: str | None) -> None:
        for item in self._all_items():
            coll = item.data(0, COLLECTION_ROLE)
            if (coll.id if isinstance(coll, Collection) else None) == collection_id:
                self.collections.setCurrentItem(item)
                return

    def _all_items(self) -> list[QTreeWidgetItem]:
        out: list[QTreeWidgetItem] = []
        for i in range(self.collections.topLevelItemCount()):
            top = self.collections.topLevelItem(i)
            if top is None:
                continue
            out.append(top)
            out.extend(child for j in range(top.childCount()) if (child := top.child(j)) is not None)
        return out

    def mark_current(self, doc_id: str | None) -> None:
        if doc_id is None:
            return
        row = self.model.row_of(doc_id)
        if row >= 0 and doc_id not in self.selected_document_ids():
            self.table.setCurrentIndex(self.model.index(row, 0))

    def selected_document_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r).id for r in rows]

    def _select(self, ids: set[str]) -> None:
        sel = self.table.selectionModel()
        sel.clearSelection()
        first = True
        for doc_id in ids:
            row = self.model.row_of(doc_id)
            if row < 0:
                continue
            flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            if first:
                sel.setCurrentIndex(self.model.index(row, 0), flags)
                first = False
            else:
                sel.select(self.model.index(row, 0), flags)

    # -- slots -----------------------------------------------------------------------

    def _make_room_for_hits(self, count: int) -> None:
        # A splitter gives a child that was hidden at the first layout no height.
        sizes = self.splitter.sizes()
        if count and sizes[0] < 120:
            total = sum(sizes)
            tree = max(total * 15 // 100, min(self.collections.sizeHint().height(), total * 30 // 100))
            self.splitter.setSizes([total * 45 // 100, tree, total - total * 45 // 100 - tree])

    def _filter(self, text: str) -> None:
        words, tests = [], []
        for word in text.split():
            test = count_test(word)
            if test is None:
                words.append(word)
            else:
                tests.append(test)
        self.model.set_predicate((lambda row: all(t(row) for t in tests)) if tests else None)
        self.model.set_filter(" ".join(words))
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        self.count.setText(
            self.tr("Documents: {0}").format(total) if shown == total else self.tr("Documents: {0} of {1}").format(shown, total)
        )

    def _chosen(self, index) -> None:
        doc_id = index.data(DOC_ID_ROLE)
        if doc_id:
            self.document_chosen.emit(doc_id)

    def _clicked(self, index) -> None:
        # A plain click opens the document, as the list did; Ctrl/Shift+click only selects.
        modifiers = QApplication.keyboardModifiers()
        if not modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier):
            self._chosen(index)

    def _emit_selected(self, signal) -> None:
        ids = self.selected_document_ids()
        if ids:
            signal.emit(ids)

    def _collection_changed(self, *_: object) -> None:
        self.scope_changed.emit(self.current_collection_id() or "")

    def _add_to(self, collection_id: str, doc_ids: list[str]) -> Callable[[], None]:
        """The menu action's slot: these documents into that collection."""
        return lambda: self.add_requested.emit(collection_id, doc_ids)

    def _table_menu(self, pos: QPoint) -> None:
        ids = self.selected_document_ids()
        if not ids:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self.document_chosen.emit(ids[0]))
        menu.addAction(self.tr("Export…"), lambda: self.export_requested.emit(ids))
        menu.addAction(self.review_action)
        into = menu.addMenu(self.tr("Add to collection"))
        plain = [c for c in self._collections if not c.smart]
        into.setEnabled(bool(plain))
        for coll in plain:
            into.addAction(coll.name, self._add_to(coll.id, ids))
        current = self.current_collection()
        if current is not None and not current.smart:
            menu.addAction(
                self.tr("Remove from “{0}”").format(current.name), lambda: self.remove_requested.emit(current.id, ids)
            )
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def _collections_menu(self, pos: QPoint) -> None:
        item = self.collections.itemAt(pos)
        coll = item.data(0, COLLECTION_ROLE) if item is not None else None
        menu = QMenu(self)
        menu.addAction(self.tr("New collection…"), lambda: self.create_collection_requested.emit("", ""))
        if isinstance(coll, Collection) and coll.parent_id is None and not coll.smart:
            menu.addAction(
                self.tr("New collection inside “{0}”…").format(coll.name),
                lambda: self.create_collection_requested.emit(coll.id, ""),
            )
        query = self.search.field.text().strip()
        if query:
            menu.addAction(
                self.tr("Save the search as a collection…"), lambda: self.create_collection_requested.emit("", query)
            )
        if isinstance(coll, Collection):
            menu.addSeparator()
            menu.addAction(self.tr("Rename…"), lambda: self.rename_collection_requested.emit(coll.id))
            menu.addAction(self.tr("Delete collection"), lambda: self.delete_collection_requested.emit(coll.id))
        menu.exec(self.collections.viewport().mapToGlobal(pos))
