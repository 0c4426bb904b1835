"""Re-import a newer version of a document without losing a tag; references; orphans.

``reimport`` replaces a document's text by the text of a newer file and puts
every tag back on it by its quote (:func:`desktop.anchoring.resolve_many`):
found at its old position or elsewhere verbatim → *exact*; found with edits
→ *fuzzy*; not found → *orphaned* (it keeps its old span and quote, is listed
as an orphan and can be re-attached; it is never deleted).  The old text is
kept in ``document_versions``.  Everything is one transaction.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from desktop.anchoring import Anchor, make_anchor, resolve_many
from desktop.model import Annotation, Document, DocumentError, Reference
from desktop.references import analyse
from desktop.service.core import Loader, ServiceCore, ServiceError, default_loader, text_sha256
from desktop.store import versions as vstore


_FILE_FACTS = ("page_count", "pages_without_text", "pages_with_errors")


@dataclass(frozen=True)
class ReimportReport:
    """What a re-import did.  Counts are over live (not deleted) tags."""

    document_id: str
    version: int
    exact: int = 0
    fuzzy: int = 0
    orphaned: int = 0
    unchanged: bool = False  # the file's text is the stored text: nothing was written
    orphan_ids: tuple[str, ...] = field(default=())

    @property
    def total(self) -> int:
        return self.exact + self.fuzzy + self.orphaned

    def to_json(self) -> dict[str, Any]:
        return {
            "document_id": self.document_id,
            "version": self.version,
            "exact": self.exact,
            "fuzzy": self.fuzzy,
            "orphaned": self.orphaned,
            "unchanged": self.unchanged,
            "orphan_ids": list(self.orphan_ids),
        }


def _load(path_or_document: str | os.PathLike[str] | Document, password: str | None, loader: Loader) -> Document:
    if isinstance(path_or_document, Document):
        return path_or_document
    path = os.fspath(path_or_document)
    try:
        return loader(path, password)
    except DocumentError as exc:
        raise ServiceError(f"{exc.path}: {exc.reason}") from None


def reimport(
    service: ServiceCore,
    doc_id: str,
    path_or_document: str | os.PathLike[str] | Document,
    *,
    password: str | None = None,
    loader: Loader = default_loader,
) -> ReimportReport:
    """Make the file's text the document's new version and re-anchor every tag.

    Raises ServiceError when the file cannot be read, has no text, or its text
    is already stored as another document.  Deleted tags are re-anchored too
    (so that undoing a delete puts them in the right place) but not counted.
    """
    current = service.document(doc_id)
    new = _load(path_or_document, password, loader)
    if not new.text.strip():
        raise ServiceError(f"{new.source or new.title}: no readable text")
    version = vstore.document_version(service.store, doc_id)
    sha = text_sha256(new.text)
    if sha == current.info.sha256:
        tags = service.tags(doc_id)
        lost = tuple(t.id for t in tags if t.orphaned)
        return ReimportReport(
            doc_id, version, exact=len(tags) - len(lost), orphaned=len(lost), unchanged=True, orphan_ids=lost
        )
    owner = vstore.sha_owner(service.store, sha)
    if owner is not None and owner != doc_id:
        raise ServiceError(f"this text is already stored as another document ({owner[:8]})")

    tags = service.tags(doc_id, include_deleted=True)
    anchors = [Anchor(t.start, t.end, t.exact, t.prefix, t.suffix) for t in tags]
    resolutions = resolve_many(new.text, anchors)
    moves: list[vstore.TagMove] = []
    exact = fuzzy = orphaned = 0
    orphan_ids: list[str] = []
    for tag, res in zip(tags, resolutions, strict=True):
        live = tag.deleted_at is None
        if res.start is None or res.end is None or res.method == "orphan":
            moves.append(vstore.TagMove(tag.id, tag.start, tag.end, tag.exact, tag.prefix, tag.suffix, True))
            if live:
                orphaned += 1
                orphan_ids.append(tag.id)
            continue
        a = make_anchor(new.text, res.start, res.end)
        moves.append(vstore.TagMove(tag.id, a.start, a.end, a.exact, a.prefix, a.suffix, False))
        if live:
            if res.method == "fuzzy":
                fuzzy += 1
            else:
                exact += 1

    # What the analyst stored (title, author, date… possibly edited) wins over
    # the new file's metadata; facts about the file itself come from the new one.
    kept = {k: v for k, v in current.info.metadata.items() if k not in _FILE_FACTS}
    metadata = {**new.metadata, **kept}
    if new.pages:
        metadata["page_count"] = len(new.pages)
    refs = list(analyse(new.text).references)
    new_version = vstore.replace_text(
        service.store,
        doc_id,
        text=new.text,
        sha256=sha,
        source=new.source,
        pages=new.pages,
        blocks=new.blocks,
        metadata=metadata,
        moves=moves,
        references=refs,
    )
    service.forget_text(doc_id)  # the cached text is the old version
    return ReimportReport(doc_id, new_version, exact, fuzzy, orphaned, False, tuple(orphan_ids))


def orphans(service: ServiceCore, doc_id: str) -> list[Annotation]:
    """A document's live tags whose quote is not in its current text."""
    return [t for t in service.tags(doc_id) if t.orphaned]


def reattached(service: ServiceCore, tag_id: str, start: int, end: int) -> Annotation:
    """The state of a tag put on ``text[start:end]`` of its document's current text, unwritten.

    The tag keeps its id, kind, note, attributes and author; its quote becomes
    the new text.  The window writes it through an undo command.
    """
    tag = service.get_tag(tag_id)
    text = service.text(tag.document_id)
    if not (0 <= start < end <= len(text)):
        raise ServiceError(f"span {start}-{end} is outside the document (length {len(text)})")
    a = make_anchor(text, start, end)
    return replace(tag, start=a.start, end=a.end, exact=a.exact, prefix=a.prefix, suffix=a.suffix, orphaned=False)


def reattach(service: ServiceCore, tag_id: str, start: int, end: int) -> Annotation:
    """Put an orphaned (or any) tag on ``text[start:end]`` of its document's current text.

    Returns the new state (the previous one is the caller's for undo).
    """
    return service.write_state(reattached(service, tag_id, start, end))


# -- references ------------------------------------------------------------------


def store_references(service: ServiceCore, doc_id: str, text: str | None = None) -> list[Reference]:
    """Find the reference list of a document's text and store it (replacing the old one).

    This is the hook ``Service.import_document`` calls for a newly stored document.
    """
    found = analyse(text if text is not None else service.text(doc_id))
    vstore.set_references(service.store, doc_id, found.references)
    return vstore.references(service.store, doc_id)


def references(service: ServiceCore, doc_id: str) -> list[Reference]:
    service.document(doc_id)  # raises ServiceError for an unknown id
    return vstore.references(service.store, doc_id)


def versions(service: ServiceCore, doc_id: str) -> Sequence[vstore.VersionInfo]:
    return vstore.versions(service.store, doc_id)


__all__ = ["ReimportReport", "orphans", "reattach", "references", "reimport", "store_references", "versions"]
