"""A table model over a Python list of rows: sorting and filtering without items.

``QStandardItemModel`` builds one object per cell (a million for 100,000 claims)
and ``QSortFilterProxyModel`` calls back into Python for every comparison; this
model keeps the rows as they come from the service and a list of shown row
numbers, so a view pays only for the cells it paints.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QThread, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QTableView

from desktop.search.fold import fold
from desktop.ui.roles import ITEM_ROLE

log = logging.getLogger(__name__)
Row = TypeVar("Row")
ROW_ID_ROLE = ITEM_ROLE  # the id of the row's record (a document or a tag)
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[Row]):
    header: str
    value: Callable[[Row], Any]  # shown with str(); sorted by itself (strings folded)
    numeric: bool = False


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """Rows shown through ``columns``; filter by words in one column or any, sort by any.

    ``row_id(row)`` names a row (DOC/TAG id) for ``ROW_ID_ROLE`` and ``set_scope``.
    """

    def __init__(self, columns: Sequence[Column[Row]], row_id: Callable[[Row], str], parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self._row_id = row_id
        self._rows: list[Row] = []
        self._shown: list[int] = []
        self._filter: tuple[str, int] = ("", -1)
        self._scope: set[str] | None = None
        self._predicate: Callable[[Row], bool] | None = None
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._folded: dict[int, list[str]] = {}  # column (-1: all) → folded text per row
        self.generation = 0  # see load_rows
        self.complete = True  # False while load_rows is still bringing rows

    # -- content -------------------------------------------------------------------

    def set_rows(self, rows: Iterable[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._folded = {}
        self._recompute()
        self.endResetModel()

    def set_filter(self, text: str, column: int = -1) -> None:
        """Show rows holding every word of ``text`` in ``column`` (-1: any column)."""
        if (text, column) == self._filter:
            return
        self.beginResetModel()
        self._filter = (text, column)
        self._recompute()
        self.endResetModel()

    def set_scope(self, ids: Iterable[str] | None) -> None:
        """Show only the rows with these ids (a collection's documents), or all with None."""
        self.beginResetModel()
        self._scope = None if ids is None else set(ids)
        self._recompute()
        self.endResetModel()

    def set_predicate(self, predicate: Callable[[Row], bool] | None) -> None:
        """A further test every shown row must pass (a unit box, a kind box…), or None."""
        self.beginResetModel()
        self._predicate = predicate
        self._recompute()
        self.endResetModel()

    def _haystack(self, column: int) -> list[str]:
        folded = self._folded.get(column)
        if folded is None:
            if column < 0:
                texts = [self.filter_text(r) for r in self._rows]
            else:
                texts = [self.display(r, column) for r in self._rows]
            # One fold over all rows (fold keeps every character in place, \x1f included)
            # costs a fraction of one call per row.
            folded = fold("\x1f".join(t.replace("\x1f", " ") for t in texts)).split("\x1f") if texts else []
            self._folded[column] = folded
        return folded

    def _recompute(self) -> None:
        text, column = self._filter
        words = fold(text).split()
        if words:
            hay = self._haystack(column)
            shown = [i for i, h in enumerate(hay) if all(w in h for w in words)]
        else:
            shown = list(range(len(self._rows)))
        if self._scope is not None:
            scope, row_id, rows = self._scope, self._row_id, self._rows
            shown = [i for i in shown if row_id(rows[i]) in scope]
        if self._predicate is not None:
            test, rows = self._predicate, self._rows
            shown = [i for i in shown if test(rows[i])]
        if self._sort is not None:
            col, order = self._sort
            getter, rows = self.columns[col].value, self._rows

            def key(i: int) -> tuple[int, Any]:
                v = getter(rows[i])
                if isinstance(v, str):
                    return (0, v.casefold())
                return (0, v) if v is not None else (1, 0)

            shown.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self._shown = shown

    def update_row(self, row_id: str, change: Callable[[Row], Row]) -> None:
        """Replace one row by ``change(row)`` in place (its filter text is recomputed when needed)."""
        for i, row in enumerate(self._rows):
            if self._row_id(row) == row_id:
                self._rows[i] = change(row)
                for column, folded in self._folded.items():
                    new = self._rows[i]
                    folded[i] = fold(self.filter_text(new) if column < 0 else self.display(new, column))
                if i in self._shown:
                    pos = self._shown.index(i)
                    self.dataChanged.emit(self.index(pos, 0), self.index(pos, len(self.columns) - 1))
                return

    def row_at(self, row: int) -> Row:
        return self._rows[self._shown[row]]

    def row_of(self, row_id: str) -> int:
        for pos, i in enumerate(self._shown):
            if self._row_id(self._rows[i]) == row_id:
                return pos
        return -1

    def all_rows(self) -> list[Row]:
        """Every row, shown or filtered out."""
        return list(self._rows)

    def shown_rows(self) -> list[Row]:
        return [self._rows[i] for i in self._shown]

    @property
    def total(self) -> int:
        return len(self._rows)

    # -- Qt model --------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[self._shown[index.row()]]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, index.column())
        if role == ROW_ID_ROLE:
            return self._row_id(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return self.extra_data(row, index.column(), role)

    def filter_text(self, row: Row) -> str:
        """What a filter over any column looks in (subclasses may list the fields directly)."""
        return "\n".join(self.display(row, c) for c in range(len(self.columns)))

    def display(self, row: Row, column: int) -> str:
        """The text of a cell (the column's value; subclasses format numbers)."""
        value = self.columns[column].value(row)
        return "" if value is None else str(value)

    def extra_data(self, row: Row, column: int, role: int) -> Any:
        """Other roles (tooltips…) for subclasses."""
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._recompute()
        self.layoutChanged.emit()


FIRST_PAGE = 500  # rows a library-wide view shows at once, before the rest arrive


class RowsLoader(QThread):
    """Runs ``load(service)`` on a worker thread over its own read-only connection.

    Signals:
        loaded(object): the rows, delivered on the UI thread.

    Loaders keep themselves alive until they finish (a view may be closed first),
    and the application waits for them when it quits.
    """

    loaded = Signal(object)

    def __init__(self, store_path, load: Callable[[Any], list]):
        super().__init__()
        self.store_path, self.load = store_path, load
        _RUNNING.add(self)
        self.finished.connect(self._done)
        app = QCoreApplication.instance()
        if app is not None and not _QUIT_HOOK:
            _QUIT_HOOK.append(app)
            app.aboutToQuit.connect(wait_for_loaders)

    def run(self) -> None:
        from desktop.service import Service, ServiceError
        from desktop.store import StoreError, open_store

        try:
            store = open_store(self.store_path, readonly=True)
        except StoreError as exc:
            log.warning("rows not loaded from %s: %s", self.store_path, exc)
            return
        try:
            rows = self.load(Service(store, ""))
        except (StoreError, ServiceError, sqlite3.Error) as exc:
            # The store changed under us (replaced, damaged): the first page stays.
            log.warning("rows not loaded from %s: %s", self.store_path, exc)
            return
        finally:
            store.close()
        self.loaded.emit(rows)

    def _done(self) -> None:
        _RUNNING.discard(self)
        self.deleteLater()


_RUNNING: set[RowsLoader] = set()  # loaders keep themselves alive here until they finish
_QUIT_HOOK: list[QCoreApplication] = []  # the application whose quit waits for them


def wait_for_loaders() -> None:
    for loader in list(_RUNNING):
        loader.wait()


def load_rows(model: "RowTableModel", service, load: Callable[[Any, int], list], on_done: Callable[[], None]) -> None:
    """Show the first rows of ``load(service, limit)`` at once; load all in the background.

    ``on_done`` runs when ``model`` holds every row.  A newer call wins over an
    older load still running.
    """
    model.generation += 1
    generation = model.generation
    first = load(service, FIRST_PAGE)
    model.set_rows(first)
    model.complete = len(first) < FIRST_PAGE
    if model.complete:
        on_done()
        return
    loader = RowsLoader(service.store.path, lambda worker_service: load(worker_service, -1))

    def arrived(rows: list) -> None:
        if generation != model.generation:
            return
        try:
            model.set_rows(rows)
        except RuntimeError:  # the view was closed while its rows were loading
            return
        model.complete = True
        on_done()

    loader.loaded.connect(arrived, Qt.ConnectionType.QueuedConnection)
    loader.start()


class CopyTable(QTableView):
    """A table whose Copy key (Ctrl+C) asks for the shown rows as CSV, not the current cell."""

    copy_requested = Signal()

    def __init__(self, parent, name: str, model):
        """A read-only, sortable table of whole rows over ``model``, named ``name``."""
        super().__init__(parent)
        self.setObjectName(name)
        self.setModel(model)
        # Rows come in the service's order (by document); a header click sorts.
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.setWordWrap(False)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)
