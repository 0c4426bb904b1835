"""Operations on a store that the GUI and the command line share.

The service turns user intents (import these files, tag this span, change this
note, delete that tag) into store writes, one transaction each.  It knows
nothing of Qt; the GUI wraps its calls in undo commands and background tasks.

It is a composition, bottom up:

* :mod:`desktop.service.core` — :class:`ServiceCore`: documents, kinds, tag states;
* :mod:`desktop.service.meaning` — entities, attributes, links, codebook (on a core);
* :mod:`desktop.service.reimport` — new text versions and reference lists (on a core);
* this module — :class:`Service`: the core plus importing files and tagging, which
  use the two parts above (a new tag's meaning, a new document's references).

:mod:`desktop.service.metadata` and :mod:`desktop.service.review` build on it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import Any

from desktop.anchoring import find_quote, make_anchor
from desktop.model import Annotation, Document, DocumentError, DocumentInfo, new_id, now_iso
from desktop.service.core import (
    ImportOutcome,
    Loader,
    ServiceCore,
    ServiceError,
    default_loader,
    text_sha256,
)
from desktop.service.meaning import Meaning
from desktop.service.reimport import store_references
from desktop.store import StoreError


class Service(ServiceCore):
    """The operations of one store, on behalf of one author."""

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
                from desktop.importers._common import PasswordRequired  # loaded with the importers

                outcomes.append(ImportOutcome(path, error=exc.reason, locked=isinstance(exc, PasswordRequired)))
            except (ServiceError, StoreError) as exc:
                outcomes.append(ImportOutcome(path, error=str(exc)))
            else:
                outcomes.append(ImportOutcome(path, info, created))
        if progress is not None:
            progress(len(outcomes), total, "")
        return outcomes

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
        :meth:`desktop.service.meaning.Meaning.attributes_for_tag`.  A date tag
        also gets its sentence as title and the actors tagged in that sentence as
        participants, unless ``attributes`` name them
        (:meth:`~desktop.service.meaning.Meaning.complete_event`).
        """
        text = self.text(doc_id)
        if not (0 <= start < end <= len(text)):
            raise ServiceError(f"span {start}-{end} is outside the document (length {len(text)})")
        kind = self.kind(kind).name
        with self.store.transaction():  # a new entity and the tag that names it, or neither
            meaning = Meaning(self)
            if attributes is None:
                attributes = meaning.attributes_for_tag(doc_id, kind, start, end)
            # A date: its sentence as title, the actors tagged in it as participants.
            attributes = meaning.complete_event(doc_id, kind, start, end, attributes)
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



__all__ = ["ImportOutcome", "Loader", "Service", "ServiceCore", "ServiceError", "default_loader", "text_sha256"]
