"""Operations on a store that the GUI and the command line share.

The service turns user intents (import these files, tag this span, change this
note, delete that tag) into store writes, one transaction each.  It knows
nothing of Qt; the GUI wraps its calls in undo commands and background tasks.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from desktop.anchoring import find_quote, make_anchor
from desktop.model import Annotation, Document, DocumentError, DocumentInfo, Kind, StoredDocument
from desktop.store import Store, StoreError, new_id, now_iso

Loader = Callable[[str, "str | None"], Document]


class ServiceError(Exception):
    """A user error: a bad reference, an unknown kind, a span outside the text…"""


@dataclass(frozen=True)
class ImportOutcome:
    """What happened to one file of an import."""

    path: str
    document: DocumentInfo | None = None
    created: bool = False  # False when the same text was already in the store
    error: str | None = None  # the user-facing reason when the file failed


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def default_loader(path: str, password: str | None = None) -> Document:
    from desktop.importers import load

    return load(path, password=password)


class Service:
    """The operations of one store, on behalf of one author."""

    def __init__(self, store: Store, author: str):
        self.store = store
        self.author = author or "analyst"
        self._texts: dict[str, str] = {}
        self._kinds: dict[str, Kind] | None = None
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
        found = self.store.find_documents(ref)
        if not found:
            raise ServiceError(f"no document matches {ref!r}")
        if len(found) > 1:
            names = "; ".join(f"{d.id[:8]} {d.title[:40]}" for d in found[:5])
            raise ServiceError(f"{ref!r} matches {len(found)} documents ({names}); be more precise")
        return found[0]

    def import_document(self, doc: Document) -> tuple[DocumentInfo, bool]:
        """Store ``doc`` unless the same text is already there; returns (info, created)."""
        if not doc.text.strip():
            raise ServiceError(f"{doc.source or doc.title}: no readable text")
        sha = text_sha256(doc.text)
        existing = self.store.find_document_by_sha(sha)
        if existing is not None:
            from desktop.store import library as library_store

            if library_store.deleted_document_with_sha(self.store, sha) == existing.id:
                library_store.undelete_document(self.store, existing.id)  # imported again: back, with its tags
                return existing, True
            return existing, False
        metadata = dict(doc.metadata)
        if doc.pages:
            metadata.setdefault("page_count", len(doc.pages))
        from desktop.service.reimport import store_references  # it builds on this module

        with self.store.transaction():  # the document and its reference list, or nothing
            doc_id = self.store.insert_document(
                title=doc.title,
                text=doc.text,
                format=doc.format,
                source=doc.source,
                sha256=sha,
                metadata=metadata,
                pages=doc.pages,
                blocks=doc.blocks,
            )
            store_references(self, doc_id, doc.text)
        info = self.store.document_info(doc_id)
        assert info is not None
        return info, True

    def import_files(
        self,
        paths: Sequence[str | os.PathLike[str]],
        *,
        password: str | None = None,
        loader: Loader = default_loader,
        progress: Callable[[int, int, str], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[ImportOutcome]:
        """Import each file; a bad file is reported and the others go on.

        Each document is stored in its own transaction, so a failure or a
        cancel never leaves half a document behind.
        """
        outcomes: list[ImportOutcome] = []
        total = len(paths)
        for i, raw in enumerate(paths):
            path = os.fspath(raw)
            if cancelled is not None and cancelled():
                break
            if progress is not None:
                progress(i, total, path)
            try:
                doc = loader(path, password)
                if cancelled is not None and cancelled():
                    break
                info, created = self.import_document(doc)
            except DocumentError as exc:
                outcomes.append(ImportOutcome(path, error=exc.reason))
            except (ServiceError, StoreError) as exc:
                outcomes.append(ImportOutcome(path, error=str(exc)))
            else:
                outcomes.append(ImportOutcome(path, info, created))
        if progress is not None:
            progress(len(outcomes), total, "")
        return outcomes

    # -- kinds -----------------------------------------------------------------

    def kinds(self) -> list[Kind]:
        if self._kinds is None:
            self._kinds = {k.name: k for k in self.store.kinds()}
        return list(self._kinds.values())

    def kind(self, name: str) -> Kind:
        self.kinds()
        assert self._kinds is not None
        key = name.strip().lower()
        if key not in self._kinds:
            known = ", ".join(self._kinds)
            raise ServiceError(f"unknown kind {name!r} (known: {known})")
        return self._kinds[key]

    # -- tags ------------------------------------------------------------------

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

    def tag(
        self,
        doc_id: str,
        kind: str,
        start: int,
        end: int,
        *,
        note: str = "",
        attributes: dict[str, Any] | None = None,
    ) -> Annotation:
        """Tag ``text[start:end]`` of a document with ``kind``; one transaction.

        Without ``attributes`` the tag's meaning is worked out from its quote
        (a figure's value and unit, a date's ISO form, an actor's entity — created
        when new — a claim's asserter and cited reference); see
        :meth:`desktop.service.meaning.Meaning.attributes_for_tag`.
        """
        text = self.text(doc_id)
        if not (0 <= start < end <= len(text)):
            raise ServiceError(f"span {start}-{end} is outside the document (length {len(text)})")
        kind = self.kind(kind).name
        with self.store.transaction():  # a new entity and the tag that names it, or neither
            if attributes is None:
                from desktop.service.meaning import Meaning  # it builds on this module

                attributes = Meaning(self).attributes_for_tag(doc_id, kind, start, end)
            return self._insert_tag(doc_id, kind, start, end, note, attributes, text)

    def _insert_tag(
        self, doc_id: str, kind: str, start: int, end: int, note: str, attributes: dict[str, Any], text: str
    ) -> Annotation:
        anchor = make_anchor(text, start, end)
        stamp = now_iso()
        ann = Annotation(
            id=new_id(),
            document_id=doc_id,
            kind=kind,
            start=start,
            end=end,
            exact=anchor.exact,
            prefix=anchor.prefix,
            suffix=anchor.suffix,
            note=note,
            attributes=dict(attributes or {}),
            author=self.author,
            created_at=stamp,
            updated_at=stamp,
        )
        self.store.insert_annotation(ann)
        return ann

    def tag_quote(
        self, doc_id: str, kind: str, quote: str, *, occurrence: int = 1, note: str = ""
    ) -> Annotation:
        """Tag the ``occurrence``-th place where ``quote`` stands in the document."""
        if not quote.strip():
            raise ServiceError("the quote is empty")
        if occurrence < 1:
            raise ServiceError("--occurrence counts from 1")
        span = find_quote(self.text(doc_id), quote, occurrence)
        if span is None:
            raise ServiceError(
                f"quote not found{'' if occurrence == 1 else f' (occurrence {occurrence})'}: {quote[:60]!r}"
            )
        return self.tag(doc_id, kind, span[0], span[1], note=note)

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
