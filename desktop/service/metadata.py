"""Edit a document's metadata: title, author, publication date, source, language."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from desktop.model import Annotation
from desktop.service.core import ServiceCore, ServiceError
from desktop.store import versions as vstore

# The fields the metadata panel edits, in its order: key → label.
EDITABLE = {
    "title": "Title",
    "author": "Author",
    "published": "Published",
    "site": "Source",
    "language": "Language",
}
_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$")


def document_metadata(service: ServiceCore, doc_id: str) -> dict[str, Any]:
    """Title plus the stored metadata dict of a document (page_count included when known)."""
    info = service.document(doc_id).info
    return {"title": info.title, **info.metadata}


@dataclass(frozen=True)
class MetadataState:
    """A document's title and metadata, with the states of the date tags an edit re-dated:
    what :func:`change_metadata` returns before and after, and :func:`restore_metadata` writes back."""

    title: str
    metadata: dict[str, Any]
    tags: tuple[Annotation, ...] = ()


def update_metadata(service: ServiceCore, doc_id: str, **changes: str | None) -> dict[str, Any]:
    """Change some of title/author/published/site/language (see :func:`change_metadata`);
    returns the new metadata (as :func:`document_metadata`)."""
    _before, after = change_metadata(service, doc_id, **changes)
    return {"title": after.title, **after.metadata}


def restore_metadata(service: ServiceCore, doc_id: str, state: MetadataState) -> None:
    """Write ``state`` back (undo and redo of an edit): title, metadata and its tags' states, one transaction."""
    with service.store.transaction():
        vstore.update_metadata(service.store, doc_id, title=state.title, metadata=dict(state.metadata))
        for tag in state.tags:
            service.write_state(tag)


def change_metadata(service: ServiceCore, doc_id: str, **changes: str | None) -> tuple[MetadataState, MetadataState]:
    """Change some of title/author/published/site/language; '' or None clears a field.

    ``published`` must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) or is
    parsed from words ("3 July 2025"); ``language`` a BCP 47 tag.  A new
    publication date also dates the relative date tags that were undated for
    lack of it (:func:`redate_relative`).  One transaction.  Returns the states
    before and after, for undo.
    """
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ServiceError(f"cannot edit {', '.join(sorted(unknown))} (editable: {', '.join(EDITABLE)})")
    info = service.document(doc_id).info
    title = info.title
    metadata = dict(info.metadata)
    for key, raw in changes.items():
        value = " ".join((raw or "").split())
        if key == "title":
            if not value:
                raise ServiceError("a document needs a title")
            title = value
            continue
        if not value:
            metadata.pop(key, None)
            continue
        if key == "published":
            value = _iso_date(value)
        elif key == "language":
            if not _LANGUAGE.match(value):
                raise ServiceError(f"{value!r} is not a language tag (for example en, tr, de-AT)")
            value = value.replace("_", "-")
        metadata[key] = value
    old_tags: list[Annotation] = []
    new_tags: list[Annotation] = []
    with service.store.transaction():
        vstore.update_metadata(service.store, doc_id, title=title, metadata=metadata)
        if metadata.get("published") and metadata.get("published") != info.metadata.get("published"):
            for old, new in redate_relative(service, doc_id, metadata["published"]):
                old_tags.append(old)
                new_tags.append(new)
    return (MetadataState(info.title, dict(info.metadata), tuple(old_tags)),
            MetadataState(title, metadata, tuple(new_tags)))


def redate_relative(service: ServiceCore, doc_id: str, published: Any) -> list[tuple[Annotation, Annotation]]:
    """Date the document's undated date tags that read as relative to ``published``
    (an ISO date, as parse_date takes it: "last year", "the past decade"); returns
    their states before and after."""
    from desktop.meaning.dates import parse_date
    from desktop.store.timeline import kinds_under

    changed: list[tuple[Annotation, Annotation]] = []
    for kind in kinds_under(service.store, "date"):
        for tag in service.tags(doc_id, kind=kind):
            attrs = tag.attributes if isinstance(tag.attributes, dict) else {}
            if attrs.get("start") and not attrs.get("undated"):
                continue
            parsed = parse_date(tag.exact, published)
            if parsed.get("undated") or not parsed.get("start"):
                continue
            new = {k: v for k, v in attrs.items() if k not in ("undated", "reason")}
            new.update(start=parsed["start"], end=parsed.get("end") or parsed["start"],
                       precision=parsed.get("precision"))
            changed.append((tag, service.write_state(replace(tag, attributes=new))))
    return changed


def _iso_date(value: str) -> str:
    if _ISO_DATE.match(value):
        return value
    from desktop.meaning.dates import parse_date

    parsed = parse_date(value)
    if parsed and not parsed.get("undated") and parsed.get("start"):
        precision = parsed.get("precision")
        start = str(parsed["start"])
        return start[:4] if precision == "year" else start[:7] if precision == "month" else start
    raise ServiceError(f"{value!r} is not a date (use YYYY-MM-DD)")


__all__ = ["EDITABLE", "MetadataState", "change_metadata", "document_metadata", "redate_relative", "restore_metadata",
           "update_metadata"]
