"""Undoable library operations: delete documents, collections and their documents.

Each redo and undo is one service call (one transaction), then ``changed()``
lets the window refresh the library and the views over it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QUndoCommand

from desktop.service import Service
from desktop.service import library as lib
from desktop.store.library import Collection

Changed = Callable[[], None]


class DeleteDocumentsCommand(QUndoCommand):
    def __init__(self, service: Service, changed: Changed, doc_ids: Sequence[str], label: str):
        super().__init__(label)
        self.service, self.changed, self.ids = service, changed, list(doc_ids)
        self.stamp: str | None = None

    def redo(self) -> None:
        self.stamp = lib.delete_documents(self.service, self.ids)
        self.changed()

    def undo(self) -> None:
        assert self.stamp is not None
        lib.restore_documents(self.service, self.ids, self.stamp)
        self.changed()


class CollectionMembersCommand(QUndoCommand):
    """Put documents in a collection (``add``) or take them out; undo reverses only what changed."""

    def __init__(
        self, service: Service, changed: Changed, collection_id: str, doc_ids: Sequence[str], add: bool, label: str
    ):
        super().__init__(label)
        self.service, self.changed = service, changed
        self.collection_id, self.ids, self.add = collection_id, list(doc_ids), add
        self.done: list[str] = []

    def _move(self, add: bool, ids: Sequence[str]) -> list[str]:
        move = lib.add_to_collection if add else lib.remove_from_collection
        return move(self.service, self.collection_id, ids)

    def redo(self) -> None:
        self.done = self._move(self.add, self.ids)
        self.changed()

    def undo(self) -> None:
        self._move(not self.add, self.done)
        self.changed()


class CreateCollectionCommand(QUndoCommand):
    """A new collection or saved search; undo tombstones it, redo lifts the tombstone."""

    def __init__(self, service: Service, changed: Changed, name: str, parent_id: str | None, query: str | None, label: str):
        super().__init__(label)
        self.service, self.changed = service, changed
        self.args = (name, parent_id, query)
        self.created: Collection | None = None

    def redo(self) -> None:
        if self.created is None:
            name, parent_id, query = self.args
            self.created = lib.create_collection(self.service, name, parent_id=parent_id, query=query)
        else:
            lib.write_collection(self.service, self.created)
        self.changed()

    def undo(self) -> None:
        assert self.created is not None
        lib.delete_collection(self.service, self.created.id)
        self.changed()


class DeleteCollectionCommand(QUndoCommand):
    """Delete a collection (its documents stay in the library); undo restores it and its children's places."""

    def __init__(self, service: Service, changed: Changed, collection_id: str, label: str):
        super().__init__(label)
        self.service, self.changed, self.collection_id = service, changed, collection_id
        self.before: list[Collection] = []

    def redo(self) -> None:
        self.before = lib.delete_collection(self.service, self.collection_id)
        self.changed()

    def undo(self) -> None:
        with self.service.store.transaction():
            for state in self.before:
                lib.write_collection(self.service, state)
        self.changed()


class WriteCollectionCommand(QUndoCommand):
    """Rename or move a collection: redo writes ``after``, undo writes ``before``."""

    def __init__(self, service: Service, changed: Changed, before: Collection, after: Collection, label: str):
        super().__init__(label)
        self.service, self.changed = service, changed
        self.before, self.after = before, after

    def redo(self) -> None:
        lib.write_collection(self.service, self.after)
        self.changed()

    def undo(self) -> None:
        lib.write_collection(self.service, self.before)
        self.changed()
