"""Qt item models over plain data (no SQL here: rows come from the service)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from desktop.model import Annotation, Kind
from desktop.store.migrations import BUILTIN_KINDS
from desktop.ui import theme
from desktop.ui.kind_menu import FLAT_LIMIT  # a larger codebook: only the kinds in use are listed
from desktop.ui.roles import KIND_ROLE, SUBTITLE_ROLE, TAG_ID_ROLE


AnyIndex = QModelIndex | QPersistentModelIndex
# Enum arithmetic is slow in PySide6: compute the two flag sets once.
GROUP_FLAGS = Qt.ItemFlag.ItemIsEnabled
TAG_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
BUILTIN = tuple(k[0] for k in BUILTIN_KINDS)  # always listed in the Tags panel


def one_line(text: str, limit: int = 140) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _key(tag: Annotation) -> tuple[int, int, str]:
    return (tag.start, tag.end, tag.id)


class TagTreeModel(QAbstractItemModel):
    """Tags grouped by kind, kinds nested under their parent kind, tags (by position) below.

    A kind row holds its child kinds' rows first, then its tags.  A codebook of
    more than :data:`FLAT_LIMIT` kinds (an NVivo project brings hundreds) lists
    only the built-in kinds, the kinds with tags in this document, and their
    parents; a kind that gets its first tag appears then (a kind whose last tag
    goes stays until the next document or codebook change, so rows do not jump).

    Rows are computed on demand from the Annotation list, so a document with
    10,000 tags costs a sort, not 10,000 item objects.  Internal ids: a kind row
    shown at position ``g`` of :attr:`_groups` has ``2g + 1``; a tag row under
    it has ``2g + 2``.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._kinds: list[Kind] = []
        self._by_name: dict[str, Kind] = {}
        self._parents: dict[str, str | None] = {}
        self._rows: dict[str, list[Annotation]] = {}
        self._keys: dict[str, list[tuple[int, int, str]]] = {}
        # tag id -> (kind of the group holding it, its sort key there)
        self._where: dict[str, tuple[str, tuple[int, int, str]]] = {}
        # The kind rows shown, parents before children: name, parent position (-1: top),
        # row under that parent, child positions; and the top-level positions.
        self._groups: list[str] = []
        self._pos: dict[str, int] = {}
        self._gparent: list[int] = []
        self._grow: list[int] = []
        self._gchildren: list[list[int]] = []
        self._top: list[int] = []
        self._dark = False
        self._bold = QFont()
        self._bold.setBold(True)

    # -- content ---------------------------------------------------------------

    def set_kinds(self, kinds: Iterable[Kind], parents: Mapping[str, str | None] | None = None) -> None:
        """The codebook, in its order; ``parents`` maps a kind to its parent kind."""
        self.beginResetModel()
        self._kinds = list(kinds)
        self._by_name = {k.name: k for k in self._kinds}
        self._parents = {}
        for k in self._kinds:  # a parent outside the codebook, or a cycle: the kind is at the top
            up, seen = (parents or {}).get(k.name), {k.name}
            while up is not None and up in self._by_name and up not in seen:
                seen.add(up)
                up = (parents or {}).get(up)
            parent = (parents or {}).get(k.name)
            self._parents[k.name] = parent if up is None and parent in self._by_name else None
        self._rows = {k.name: [] for k in self._kinds}
        self._keys = {k.name: [] for k in self._kinds}
        self._where.clear()
        self._layout()
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
        self._layout()
        self.endResetModel()

    def _layout(self) -> None:
        """Which kind rows show, and where (call between begin/endResetModel)."""
        shown = set(self._by_name)
        if len(self._kinds) > FLAT_LIMIT:
            shown = {n for n in BUILTIN if n in self._by_name} | {n for n, rows in self._rows.items() if rows}
            for name in list(shown):
                up = self._parents.get(name)
                while up is not None and up not in shown:
                    shown.add(up)
                    up = self._parents.get(up)
        children: dict[str | None, list[str]] = {}
        for k in self._kinds:
            if k.name in shown:
                children.setdefault(self._parents[k.name], []).append(k.name)
        self._groups, self._gparent, self._grow, self._gchildren, self._top = [], [], [], [], []
        self._pos = {}

        def add(name: str, parent: int, row: int) -> int:
            g = len(self._groups)
            self._groups.append(name)
            self._pos[name] = g
            self._gparent.append(parent)
            self._grow.append(row)
            self._gchildren.append([])
            for i, child in enumerate(children.get(name, [])):
                self._gchildren[g].append(add(child, g, i))
            return g

        for i, name in enumerate(children.get(None, [])):
            self._top.append(add(name, -1, i))

    def tags_by_kind(self) -> dict[str, list[Annotation]]:
        """The live tags listed, per kind in codebook order, each list in text order."""
        return {k: list(rows) for k, rows in self._rows.items()}

    def upsert(self, tag: Annotation) -> bool:
        """Insert, move or remove one tag row to match the tag's new state.

        Returns True when the kind rows were laid out anew (a hidden kind got a tag).
        """
        old = self._where.pop(tag.id, None)
        if old is not None:
            old_kind = old[0]
            pos = bisect_left(self._keys[old_kind], old[1])
            group = self._group_index(old_kind)
            row = self._tag_offset(old_kind) + pos
            self.beginRemoveRows(group, row, row)
            del self._rows[old_kind][pos]
            del self._keys[old_kind][pos]
            self.endRemoveRows()
            self._counts_changed(old_kind)
        if tag.deleted or tag.orphaned or tag.kind not in self._rows:
            return False
        keys = self._keys[tag.kind]
        pos = bisect_left(keys, _key(tag))
        if tag.kind not in self._pos:
            self.beginResetModel()
            keys.insert(pos, _key(tag))
            self._rows[tag.kind].insert(pos, tag)
            self._where[tag.id] = (tag.kind, _key(tag))
            self._layout()
            self.endResetModel()
            return True
        row = self._tag_offset(tag.kind) + pos
        self.beginInsertRows(self._group_index(tag.kind), row, row)
        keys.insert(pos, _key(tag))
        self._rows[tag.kind].insert(pos, tag)
        self._where[tag.id] = (tag.kind, _key(tag))
        self.endInsertRows()
        self._counts_changed(tag.kind)
        return False

    def _counts_changed(self, kind: str) -> None:
        """The counts of a kind row and of the rows above it (they count their children's tags)."""
        g = self._pos.get(kind, -1)
        while g >= 0:
            index = self.createIndex(self._grow[g], 0, 2 * g + 1)
            self.dataChanged.emit(index, index)
            g = self._gparent[g]

    def tag(self, tag_id: str) -> Annotation | None:
        where = self._where.get(tag_id)
        if where is None:
            return None
        return self._rows[where[0]][bisect_left(self._keys[where[0]], where[1])]

    def tag_index(self, tag_id: str) -> QModelIndex:
        where = self._where.get(tag_id)
        if where is None or where[0] not in self._pos:
            return QModelIndex()
        row = self._tag_offset(where[0]) + bisect_left(self._keys[where[0]], where[1])
        return self.index(row, 0, self._group_index(where[0]))

    def tag_count(self) -> int:
        return len(self._where)

    def kind_index(self, kind: str) -> QModelIndex:
        """The row of a kind (invalid when it is not shown)."""
        return self._group_index(kind)

    def _group_index(self, kind: str) -> QModelIndex:
        g = self._pos.get(kind)
        return QModelIndex() if g is None else self.createIndex(self._grow[g], 0, 2 * g + 1)

    def _tag_offset(self, kind: str) -> int:
        """The row of a kind's first tag: its child kinds come first."""
        return len(self._gchildren[self._pos[kind]])

    def _total(self, g: int) -> int:
        """Tags of kind row ``g`` and of the kind rows below it."""
        return len(self._rows[self._groups[g]]) + sum(self._total(c) for c in self._gchildren[g])

    # -- QAbstractItemModel ----------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 2 * self._top[row] + 1) if row < len(self._top) else QModelIndex()
        pid = parent.internalId()
        if pid % 2 == 0:  # a tag has no children
            return QModelIndex()
        g = (pid - 1) // 2
        below = self._gchildren[g]
        if row < len(below):
            return self.createIndex(row, 0, 2 * below[row] + 1)
        if row - len(below) >= len(self._rows[self._groups[g]]):
            return QModelIndex()
        return self.createIndex(row, 0, 2 * g + 2)

    def parent(self, child: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not child.isValid():
            return QModelIndex()
        cid = child.internalId()
        g = (cid - 2) // 2 if cid % 2 == 0 else self._gparent[(cid - 1) // 2]
        return QModelIndex() if g < 0 else self.createIndex(self._grow[g], 0, 2 * g + 1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._top)
        pid = parent.internalId()
        if pid % 2 == 1 and (pid - 1) // 2 < len(self._groups):
            g = (pid - 1) // 2
            return len(self._gchildren[g]) + len(self._rows[self._groups[g]])
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 1

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return GROUP_FLAGS if index.internalId() % 2 == 1 else TAG_FLAGS

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        iid = index.internalId()
        if iid % 2 == 1:
            g = (iid - 1) // 2
            kind = self._by_name[self._groups[g]]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{kind.label}  ·  {self._total(g)}"
            if role == KIND_ROLE:
                return kind.name
            if role == Qt.ItemDataRole.ForegroundRole:
                return theme.strong_colour(kind.colour, self._dark)
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            return None
        kind = self._by_name[self._groups[(iid - 2) // 2]]
        rows = self._rows[kind.name]
        row = index.row() - self._tag_offset(kind.name)
        if not 0 <= row < len(rows):
            return None
        tag = rows[row]
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
