"""The library: deleting documents (with undo), collections and saved searches.

Functions take a :class:`desktop.service.Service`; each is one transaction and
returns what undo needs (a deletion stamp, the documents really added or
removed, the collection's previous state).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace

from desktop.search.query import SearchQueryError, parse
from desktop.service import Service, ServiceError
from desktop.store import library as library_store
from desktop.store.library import Collection

SMART_LIMIT = 100_000


def delete_documents(service: Service, doc_ids: Sequence[str]) -> str:
    """Move documents (and their tags) to the tombstones; returns the stamp that undoes it."""
    if not doc_ids:
        raise ServiceError("no documents to delete")
    return library_store.delete_documents(service.store, list(doc_ids))


def restore_documents(service: Service, doc_ids: Sequence[str], stamp: str) -> None:
    library_store.restore_documents(service.store, list(doc_ids), stamp)


def kind_counts(service: Service) -> dict[str, dict[str, int]]:
    return library_store.kind_counts(service.store)


def document_counts(service: Service, doc_id: str) -> dict[str, int]:
    return library_store.document_kind_counts(service.store, doc_id)


@dataclass(frozen=True, slots=True)
class LibraryRow:
    """One document as the library lists it: metadata columns and tag counts per kind."""

    id: str
    title: str
    site: str
    author: str
    published: str
    language: str
    format: str
    imported_at: str
    source: str
    counts: dict[str, int]

    @property
    def tags(self) -> int:
        return sum(self.counts.values())


def _text(value: object) -> str:
    return "" if value is None else str(value)


def library_rows(service: Service) -> list[LibraryRow]:
    """Every live document with what the library shows and filters on (no texts read)."""
    counts = library_store.kind_counts(service.store)
    rows = []
    for doc_id, title, source, fmt, metadata, imported_at in library_store.document_rows(service.store):
        meta = json.loads(metadata) if metadata and metadata != "{}" else {}
        site = _text(meta.get("site"))
        author = _text(meta.get("author"))
        published = _text(meta.get("published"))
        language = _text(meta.get("language"))
        rows.append(
            LibraryRow(
                doc_id, title, site, author, published, language, fmt, imported_at, source or "",
                counts.get(doc_id, {}),
            )
        )
    return rows


# -- collections -------------------------------------------------------------------


def collections(service: Service) -> list[Collection]:
    """Live collections in their order; a child names its parent in ``parent_id``."""
    return library_store.collections(service.store)


def collection(service: Service, collection_id: str) -> Collection:
    coll = library_store.collection(service.store, collection_id)
    if coll is None or coll.deleted_at is not None:
        raise ServiceError(f"no collection with id {collection_id}")
    return coll


def resolve_collection(service: Service, ref: str) -> Collection:
    """A collection by id, id prefix or (case-insensitive) name."""
    live = collections(service)
    for test in (
        lambda c: c.id == ref,
        lambda c: c.id.startswith(ref),
        lambda c: c.name.casefold() == ref.casefold(),
    ):
        found = [c for c in live if test(c)]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise ServiceError(f"{ref!r} matches {len(found)} collections; be more precise")
    raise ServiceError(f"no collection matches {ref!r}")


def _check_parent(service: Service, parent_id: str | None, child_id: str | None = None) -> None:
    if parent_id is None:
        return
    parent = collection(service, parent_id)
    if parent.parent_id is not None:
        raise ServiceError(f"{parent.name!r} is inside another collection: collections nest one level only")
    if parent.smart:
        raise ServiceError(f"{parent.name!r} is a saved search: it cannot hold collections")
    if child_id is not None:
        if child_id == parent_id:
            raise ServiceError("a collection cannot be inside itself")
        if any(c.parent_id == child_id for c in collections(service)):
            raise ServiceError("this collection holds collections: collections nest one level only")


def _clean_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise ServiceError("a collection needs a name")
    return name


def create_collection(
    service: Service, name: str, *, parent_id: str | None = None, query: str | None = None
) -> Collection:
    """A new collection, or a saved search when ``query`` is given (it must parse)."""
    _check_parent(service, parent_id)
    if query is not None:
        try:
            parse(query)
        except SearchQueryError as exc:
            raise ServiceError(f"the saved search cannot be run: {exc}") from None
    return library_store.insert_collection(service.store, _clean_name(name), parent_id, query)


def rename_collection(service: Service, collection_id: str, name: str) -> Collection:
    return library_store.update_collection(service.store, replace(collection(service, collection_id), name=_clean_name(name)))


def move_collection(service: Service, collection_id: str, parent_id: str | None) -> Collection:
    _check_parent(service, parent_id, collection_id)
    return library_store.update_collection(service.store, replace(collection(service, collection_id), parent_id=parent_id))


def write_collection(service: Service, coll: Collection) -> Collection:
    """Write a collection's whole state (undo of rename, move, delete)."""
    return library_store.update_collection(service.store, coll)


def delete_collection(service: Service, collection_id: str) -> list[Collection]:
    """Tombstone a collection; its sub-collections move to the top, its documents stay.

    Returns the states before (the collection first, then its children): writing
    them back with :func:`write_collection` undoes it.
    """
    before = collection(service, collection_id)
    children = [c for c in collections(service) if c.parent_id == collection_id]
    from desktop.store.db import now_iso

    with service.store.transaction():
        for child in children:
            library_store.update_collection(service.store, replace(child, parent_id=None))
        library_store.update_collection(service.store, replace(before, deleted_at=now_iso()))
    return [before, *children]


def add_to_collection(service: Service, collection_id: str, doc_ids: Sequence[str]) -> list[str]:
    """Put documents in a plain collection; returns the ones newly added (for undo)."""
    coll = collection(service, collection_id)
    if coll.smart:
        raise ServiceError(f"{coll.name!r} is a saved search: its documents are those the search finds")
    return library_store.add_documents(service.store, coll.id, list(doc_ids))


def remove_from_collection(service: Service, collection_id: str, doc_ids: Sequence[str]) -> list[str]:
    coll = collection(service, collection_id)
    return library_store.remove_documents(service.store, coll.id, list(doc_ids))


def collection_document_ids(service: Service, collection_id: str) -> set[str]:
    """Live documents of a collection: its own and its sub-collections'; a saved search's hits."""
    coll = collection(service, collection_id)
    if coll.smart:
        from desktop.service.search import search

        assert coll.query is not None
        return {g.document_id for g in search(service.store, coll.query, limit=SMART_LIMIT).groups}
    children = [c for c in collections(service) if c.parent_id == coll.id]
    ids = library_store.member_ids(service.store, [coll.id] + [c.id for c in children if not c.smart])
    for child in children:
        if child.smart:
            ids |= collection_document_ids(service, child.id)
    return ids


def memberships(service: Service) -> dict[str, set[str]]:
    return library_store.memberships(service.store)
