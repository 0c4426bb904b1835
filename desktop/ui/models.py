"""Qt item models over plain data (no SQL here: rows come from the service)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from desktop.model import Annotation, Kind
from desktop.ui import theme
from desktop.ui.roles import KIND_ROLE, SUBTITLE_ROLE, TAG_ID_ROLE


AnyIndex = QModelIndex | QPersistentModelIndex
# Enum arithmetic is slow in PySide6: compute the two flag sets once.
GROUP_FLAGS = Qt.ItemFlag.ItemIsEnabled
TAG_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def one_line(text: str, limit: int = 140) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _key(tag: Annotation) -> tuple[int, int, str]:
    return (tag.start, tag.end, tag.id)


class TagTreeModel(QAbstractItemModel):
    """Tags grouped by kind: one top-level row per kind, its tags (by position) below.

    Rows are computed on demand from the Annotation list, so a document with
    10,000 tags costs a sort, not 10,000 item objects.  A tag row's internal id
    is its group's row + 1; a group row's is 0.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._kinds: list[Kind] = []
        self._rows: dict[str, list[Annotation]] = {}
        self._keys: dict[str, list[tuple[int, int, str]]] = {}
        # tag id -> (kind of the group holding it, its sort key there)
        self._where: dict[str, tuple[str, tuple[int, int, str]]] = {}
        self._dark = False
        self._bold = QFont()
        self._bold.setBold(True)

    # -- content ---------------------------------------------------------------

    def set_kinds(self, kinds: Iterable[Kind]) -> None:
        self.beginResetModel()
        self._kinds = list(kinds)
        self._rows = {k.name: [] for k in self._kinds}
        self._keys = {k.name: [] for k in self._kinds}
        self._where.clear()
        self.endResetModel()

    def set_tags(self, tags: Iterable[Annotation]) -> None:
        self.beginResetModel()
        self._dark = theme.is_dark()
        self._rows = {k.name: [] for k in self._kinds}
        self._where.clear()
        for tag in tags:
            if tag.deleted or tag.orphaned or tag.kind not in self._rows:
                continue
            self._rows[tag.kind].append(tag)
            self._where[tag.id] = (tag.kind, _key(tag))
        for rows in self._rows.values():
            rows.sort(key=_key)
        self._keys = {k: [_key(t) for t in rows] for k, rows in self._rows.items()}
        self.endResetModel()

    def tags_by_kind(self) -> dict[str, list[Annotation]]:
        """The live tags listed, per kind in codebook order, each list in text order."""
        return {k: list(rows) for k, rows in self._rows.items()}

    def upsert(self, tag: Annotation) -> None:
        """Insert, move or remove one tag row to match the tag's new state."""
        old = self._where.pop(tag.id, None)
        if old is not None:
            old_kind = old[0]
            row = bisect_left(self._keys[old_kind], old[1])
            group = self._group_index(old_kind)
            self.beginRemoveRows(group, row, row)
            del self._rows[old_kind][row]
            del self._keys[old_kind][row]
            self.endRemoveRows()
            self.dataChanged.emit(group, group)
        if tag.deleted or tag.orphaned or tag.kind not in self._rows:
            return
        keys = self._keys[tag.kind]
        row = bisect_left(keys, _key(tag))
        group = self._group_index(tag.kind)
        self.beginInsertRows(group, row, row)
        keys.insert(row, _key(tag))
        self._rows[tag.kind].insert(row, tag)
        self._where[tag.id] = (tag.kind, _key(tag))
        self.endInsertRows()
        self.dataChanged.emit(group, group)

    def tag(self, tag_id: str) -> Annotation | None:
        where = self._where.get(tag_id)
        if where is None:
            return None
        return self._rows[where[0]][bisect_left(self._keys[where[0]], where[1])]

    def tag_index(self, tag_id: str) -> QModelIndex:
        where = self._where.get(tag_id)
        if where is None:
            return QModelIndex()
        row = bisect_left(self._keys[where[0]], where[1])
        return self.index(row, 0, self._group_index(where[0]))

    def tag_count(self) -> int:
        return len(self._where)

    def _group_index(self, kind: str) -> QModelIndex:
        for row, k in enumerate(self._kinds):
            if k.name == kind:
                return self.index(row, 0)
        return QModelIndex()

    # -- QAbstractItemModel ----------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self._kinds) else QModelIndex()
        if parent.internalId() != 0:
            return QModelIndex()
        kind = self._kinds[parent.row()].name
        if row >= len(self._rows[kind]):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, child: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._kinds)
        if parent.internalId() == 0 and parent.row() < len(self._kinds):
            return len(self._rows[self._kinds[parent.row()].name])
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 1

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return GROUP_FLAGS if index.internalId() == 0 else TAG_FLAGS

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            kind = self._kinds[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{kind.label}  ·  {len(self._rows[kind.name])}"
            if role == KIND_ROLE:
                return kind.name
            if role == Qt.ItemDataRole.ForegroundRole:
                return theme.strong_colour(kind.colour, self._dark)
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            return None
        kind = self._kinds[index.internalId() - 1]
        rows = self._rows[kind.name]
        if index.row() >= len(rows):
            return None
        tag = rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"“{one_line(tag.exact)}”"
        if role == TAG_ID_ROLE:
            return tag.id
        if role == KIND_ROLE:
            return tag.kind
        if role == SUBTITLE_ROLE:
            note = one_line(tag.note, 80)
            return f"{note} · {tag.author}" if note else tag.author
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(theme.strong_colour(kind.colour, self._dark))
        if role == Qt.ItemDataRole.ToolTipRole:
            when = tag.created_at[:16].replace("T", " ")
            return f"{tag.exact}\n\n{tag.note}\n— {tag.author}, {when} UTC".replace("\n\n\n", "\n\n")
        return None
