"""The core of the service: documents, kinds and tag states of one store.

:class:`ServiceCore` is what the service's parts (:mod:`desktop.service.meaning`,
:mod:`desktop.service.reimport`, :mod:`desktop.service.metadata`) build on;
:class:`desktop.service.Service` composes them.  No Qt.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from desktop.errors import UserError
from desktop.model import Annotation, Document, DocumentInfo, Kind, StoredDocument, now_iso
from desktop.store import Store

T = TypeVar("T")
Loader = Callable[[str, "str | None"], Document]


class ServiceError(UserError):
    """A user error: a bad reference, an unknown kind, a span outside the text…"""


@dataclass(frozen=True)
class ImportOutcome:
    """What happened to one file of an import."""

    path: str
    document: DocumentInfo | None = None
    created: bool = False  # False when the same text was already in the store
    error: str | None = None  # the user-facing reason when the file failed
    locked: bool = False  # an encrypted PDF whose password was missing or wrong: ask and retry


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def default_loader(path: str, password: str | None = None) -> Document:
    from desktop.importers import load

    return load(path, password=password)


def only_match(found: Sequence[T], ref: str, what: tuple[str, str], name: Callable[[T], str]) -> T:
    """The one thing ``ref`` named; a ServiceError listing a few when none or several match."""
    if not found:
        raise ServiceError(f"no {what[0]} matches {ref!r}")
    if len(found) > 1:
        names = "; ".join(f"{getattr(x, 'id', '')[:8]} {name(x)}" for x in found[:5])
        raise ServiceError(f"{ref!r} matches {len(found)} {what[1]} ({names}); be more precise")
    return found[0]


class ServiceCore:
    """The basic operations of one store, on behalf of one author: documents, kinds,
    tags and their states.  :class:`desktop.service.Service` adds importing and tagging."""

    def __init__(self, store: Store, author: str):
        self.store = store
        self.author = author
        self._texts: dict[str, str] = {}
        # Who made the store (a report's default analyst); never written to an older
        # store by opening it (read-only commands leave the file as it was).
        if store.created and store.meta("owner") is None:
            store.set_meta("owner", self.author)

    # -- documents -------------------------------------------------------------

    def documents(self) -> list[DocumentInfo]:
        return self.store.documents()

    def document(self, doc_id: str) -> StoredDocument:
        doc = self.store.document(doc_id)
        if doc is None:
            raise ServiceError(f"no document with id {doc_id}")
        self._texts[doc_id] = doc.text
        return doc

    def resolve_document(self, ref: str) -> DocumentInfo:
        """A document by id, unique id prefix, or unique title substring."""
        return only_match(self.store.find_documents(ref), ref, ("document", "documents"), lambda d: d.title[:40])

    # -- kinds -----------------------------------------------------------------

    def kinds(self) -> list[Kind]:
        return self.store.kinds()

    def kind(self, name: str) -> Kind:
        found = self.store.kind(name.strip().lower())
        if found is None:
            known = ", ".join(k.name for k in self.store.kinds())
            raise ServiceError(f"unknown kind {name!r} (known: {known})")
        return found

    # -- tags ------------------------------------------------------------------

    def forget_text(self, doc_id: str) -> None:
        """Drop the cached text of a document whose text was replaced (a re-import)."""
        self._texts.pop(doc_id, None)

    def text(self, doc_id: str) -> str:
        """A document's text (cached: texts never change in place)."""
        text = self._texts.get(doc_id)
        if text is None:
            text = self.store.document_text(doc_id)
            if text is None:
                raise ServiceError(f"no document with id {doc_id}")
            self._texts[doc_id] = text
        return text

    def tags(
        self, doc_id: str | None = None, *, kind: str | None = None, include_deleted: bool = False
    ) -> list[Annotation]:
        if kind is not None:
            kind = self.kind(kind).name
        return self.store.annotations(doc_id, kind=kind, include_deleted=include_deleted)

    def get_tag(self, tag_id: str) -> Annotation:
        ann = self.store.annotation(tag_id)
        if ann is None:
            raise ServiceError(f"no tag with id {tag_id}")
        return ann

    def edit_tag(
        self,
        tag_id: str,
        *,
        note: str | None = None,
        kind: str | None = None,
        attributes: dict[str, Any] | None = None,
    ) -> Annotation:
        """Change a tag's note, kind or attributes; returns the new state."""
        ann = self.get_tag(tag_id)
        changes: dict[str, Any] = {}
        if note is not None:
            changes["note"] = note
        if kind is not None:
            changes["kind"] = self.kind(kind).name
        if attributes is not None:
            changes["attributes"] = dict(attributes)
        return self.write_state(replace(ann, **changes))

    def delete_tag(self, tag_id: str) -> Annotation:
        """Tombstone a tag (it stays in the store, invisible, for undo and merge)."""
        ann = self.get_tag(tag_id)
        if ann.deleted_at is not None:
            return ann
        return self.write_state(replace(ann, deleted_at=now_iso()))

    def restore_tag(self, tag_id: str) -> Annotation:
        """Lift a tag's tombstone (undo of a delete, redo of a create)."""
        return self.write_state(replace(self.get_tag(tag_id), deleted_at=None))

    def write_state(self, ann: Annotation) -> Annotation:
        """Persist ``ann`` as the tag's whole state (used by edits and undo)."""
        new = replace(ann, updated_at=now_iso())
        self.store.update_annotation(new)
        return new

    def delete_tags(self, tag_ids: Iterable[str]) -> list[Annotation]:
        with self.store.transaction():
            return [self.delete_tag(t) for t in tag_ids]

    # -- checks ----------------------------------------------------------------

    def check(self) -> list[str]:
        return self.store.integrity_problems()
