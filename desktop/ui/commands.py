"""Undoable tag operations (QUndoStack); each redo and undo is persisted at once.

A command calls the service (one transaction) and hands the resulting tag state
to ``apply``, which updates the views.  Creating a tag and undoing it keep the
same UUID: undo writes a tombstone, redo lifts it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtGui import QUndoCommand

from desktop.model import Annotation
from desktop.service import Service, edits

Apply = Callable[[Annotation], None]
NOTE_EDIT_ID = 1001


class CreateTagCommand(QUndoCommand):
    def __init__(self, service: Service, apply: Apply, doc_id: str, kind: str, start: int, end: int):
        super().__init__()
        self.service, self.apply = service, apply
        self.args = (doc_id, kind, start, end)
        self.document_id = doc_id  # the undo actions name it when another document is open
        self.tag: Annotation | None = None
        self.setText(f"tag as {kind}")

    def redo(self) -> None:
        if self.tag is None:
            self.tag = self.service.tag(*self.args)
        else:
            self.tag = self.service.restore_tag(self.tag.id)
        self.apply(self.tag)

    def undo(self) -> None:
        assert self.tag is not None
        self.tag = self.service.delete_tag(self.tag.id)
        self.apply(self.tag)


class DeleteTagsCommand(QUndoCommand):
    def __init__(self, service: Service, apply: Apply, tag_ids: list[str]):
        super().__init__()
        self.service, self.apply, self.ids = service, apply, list(tag_ids)
        self.document_id = service.get_tag(self.ids[0]).document_id if self.ids else None
        self.setText("delete tag" if len(self.ids) == 1 else f"delete {len(self.ids)} tags")

    def redo(self) -> None:
        for tag in self.service.delete_tags(self.ids):
            self.apply(tag)

    def undo(self) -> None:
        for tag in edits.restore_tags(self.service, self.ids):
            self.apply(tag)


class EditTagCommand(QUndoCommand):
    """Set a tag's note, kind or attributes; consecutive note edits merge into one."""

    def __init__(self, service: Service, apply: Apply, before: Annotation, after: Annotation, text: str):
        super().__init__()
        self.service, self.apply = service, apply
        self.before, self.after = before, after
        self.document_id = before.document_id
        self.note_only = before.kind == after.kind and before.attributes == after.attributes
        self.setText(text)

    def id(self) -> int:
        return NOTE_EDIT_ID if self.note_only else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditTagCommand) or not other.note_only or other.after.id != self.after.id:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self.apply(self.service.write_state(replace(self.after, deleted_at=None)))

    def undo(self) -> None:
        self.apply(self.service.write_state(replace(self.before, deleted_at=None)))
