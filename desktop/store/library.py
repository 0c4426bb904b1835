"""SQL of the library: document tombstones, collections and saved searches, per-kind counts.

A deleted document keeps its row with ``deleted_at`` set, and its live tags get
the very same ``deleted_at`` stamp in the same transaction: every library-wide
view (timeline, entities, figures, claims, search, export) already leaves
tombstoned tags out, and undo lifts exactly the tags that went with the
document — not those the analyst had deleted before.

A collection holds documents by id (a document may be in several); it may have
a parent, one level deep.  A collection with a ``query`` is a saved search (a
"smart" collection): its documents are whatever that query finds.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.store.db import Store, StoreError, new_id, now_iso

COLLECTION_COLUMNS = "id, name, parent_id, query, position, created_at, updated_at, deleted_at"


@dataclass(frozen=True)
class Collection:
    id: str
    name: str
    parent_id: str | None = None
    query: str | None = None  # a saved search when set
    position: int = 0
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None

    @property
    def smart(self) -> bool:
        return self.query is not None


# -- documents -----------------------------------------------------------------------


def delete_documents(store: Store, doc_ids: Sequence[str]) -> str:
    """Tombstone the documents and their live tags with one stamp; returns the stamp."""
    with store.db.atomic():
        # The stamp tells the tags deleted with the documents from the ones deleted before
        # (undo restores only the former): it must be later than any earlier deletion of
        # their tags, also one in the same millisecond.
        stamp = now_iso()
        placeholders = ",".join("?" * len(doc_ids))
        latest = store.conn.execute(
            f"SELECT max(deleted_at) FROM annotations WHERE document_id IN ({placeholders})", list(doc_ids)
        ).fetchone()[0]
        if latest is not None and latest >= stamp:
            stamp = _after(latest)
        for doc_id in doc_ids:
            cur = store.conn.execute(
                "UPDATE documents SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL", (stamp, doc_id)
            )
            if cur.rowcount != 1:
                raise StoreError(f"no document with id {doc_id}")
            store.conn.execute(
                "UPDATE annotations SET deleted_at = ?, updated_at = ? WHERE document_id = ? AND deleted_at IS NULL",
                (stamp, stamp, doc_id),
            )
    return stamp


def _after(stamp: str) -> str:
    """The ISO stamp one millisecond after ``stamp`` (as :func:`now_iso` writes them)."""
    moment = datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S.%fZ") + timedelta(milliseconds=1)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def restore_documents(store: Store, doc_ids: Sequence[str], stamp: str) -> None:
    """Undo :func:`delete_documents`: the documents and the tags deleted with them come back."""
    with store.db.atomic():
        for doc_id in doc_ids:
            store.conn.execute(
                "UPDATE documents SET deleted_at = NULL WHERE id = ? AND deleted_at = ?", (doc_id, stamp)
            )
            store.conn.execute(
                "UPDATE annotations SET deleted_at = NULL, updated_at = ? WHERE document_id = ? AND deleted_at = ?",
                (now_iso(), doc_id, stamp),
            )


def deleted_document_with_sha(store: Store, sha256: str) -> str | None:
    row = store.conn.execute(
        "SELECT id FROM documents WHERE sha256 = ? AND deleted_at IS NOT NULL", (sha256,)
    ).fetchone()
    return row[0] if row else None


def undelete_document(store: Store, doc_id: str) -> None:
    """Bring a deleted document back on its own (its text was imported again), with its tags."""
    with store.db.atomic():
        row = store.conn.execute("SELECT deleted_at FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None or row[0] is None:
            return
        restore_documents(store, [doc_id], row[0])


def document_kind_counts(store: Store, doc_id: str) -> dict[str, int]:
    """Live tags per kind of one document."""
    rows = store.conn.execute(
        "SELECT kind, count(*) FROM annotations WHERE document_id = ? AND deleted_at IS NULL GROUP BY kind", (doc_id,)
    )
    return dict(rows.fetchall())


def kind_counts(store: Store) -> dict[str, dict[str, int]]:
    """Live tags per kind of every document: {document id: {kind: count}}."""
    out: dict[str, dict[str, int]] = {}
    rows = store.conn.execute(
        "SELECT document_id, kind, count(*) FROM annotations WHERE deleted_at IS NULL GROUP BY document_id, kind"
    )
    for doc_id, kind, n in rows:
        out.setdefault(doc_id, {})[kind] = n
    return out


# -- collections -----------------------------------------------------------------------


def _collection(row: Sequence[object]) -> Collection:
    return Collection(*row)  # type: ignore[arg-type]


def collections(store: Store, *, include_deleted: bool = False) -> list[Collection]:
    where = "" if include_deleted else "WHERE deleted_at IS NULL"
    rows = store.conn.execute(
        f"SELECT {COLLECTION_COLUMNS} FROM collections {where} ORDER BY position, name COLLATE NOCASE, id"
    )
    return [_collection(r) for r in rows]


def collection(store: Store, collection_id: str) -> Collection | None:
    row = store.conn.execute(
        f"SELECT {COLLECTION_COLUMNS} FROM collections WHERE id = ?", (collection_id,)
    ).fetchone()
    return _collection(row) if row else None


def insert_collection(store: Store, name: str, parent_id: str | None, query: str | None) -> Collection:
    stamp = now_iso()
    with store.db.atomic():
        position = store.conn.execute("SELECT coalesce(max(position), -1) + 1 FROM collections").fetchone()[0]
        coll = Collection(new_id(), name, parent_id, query, position, stamp, stamp)
        store.conn.execute(
            f"INSERT INTO collections ({COLLECTION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (coll.id, coll.name, coll.parent_id, coll.query, coll.position, stamp, stamp, None),
        )
    return coll


def update_collection(store: Store, coll: Collection) -> Collection:
    """Write name, parent, query, position and tombstone of ``coll`` (matched by id)."""
    with store.db.atomic():
        cur = store.conn.execute(
            "UPDATE collections SET name = ?, parent_id = ?, query = ?, position = ?, updated_at = ?, "
            "deleted_at = ? WHERE id = ?",
            (coll.name, coll.parent_id, coll.query, coll.position, now_iso(), coll.deleted_at, coll.id),
        )
        if cur.rowcount != 1:
            raise StoreError(f"no collection with id {coll.id}")
    return collection(store, coll.id)  # type: ignore[return-value]


def add_documents(store: Store, collection_id: str, doc_ids: Sequence[str]) -> list[str]:
    """Put documents in a collection; returns those that were not in it already."""
    stamp = now_iso()
    added = []
    with store.db.atomic():
        for doc_id in doc_ids:
            cur = store.conn.execute(
                "INSERT OR IGNORE INTO collection_documents (collection_id, document_id, added_at) VALUES (?, ?, ?)",
                (collection_id, doc_id, stamp),
            )
            if cur.rowcount:
                added.append(doc_id)
    return added


def remove_documents(store: Store, collection_id: str, doc_ids: Sequence[str]) -> list[str]:
    """Take documents out of a collection; returns those that were in it."""
    removed = []
    with store.db.atomic():
        for doc_id in doc_ids:
            cur = store.conn.execute(
                "DELETE FROM collection_documents WHERE collection_id = ? AND document_id = ?",
                (collection_id, doc_id),
            )
            if cur.rowcount:
                removed.append(doc_id)
    return removed


def member_ids(store: Store, collection_ids: Sequence[str]) -> set[str]:
    """Live documents in any of the collections."""
    rows = store.conn.execute(
        "SELECT DISTINCT c.document_id FROM collection_documents c JOIN documents d ON d.id = c.document_id "
        "WHERE d.deleted_at IS NULL AND c.collection_id IN (SELECT value FROM json_each(?))",
        (json.dumps(list(collection_ids)),),
    )
    return {r[0] for r in rows}


def memberships(store: Store) -> dict[str, set[str]]:
    """{document id: ids of the (plain) collections it is in}."""
    out: dict[str, set[str]] = {}
    for coll_id, doc_id in store.conn.execute("SELECT collection_id, document_id FROM collection_documents"):
        out.setdefault(doc_id, set()).add(coll_id)
    return out


def document_rows(store: Store) -> list[tuple[str, str, str | None, str, str, str]]:
    """(id, title, source, format, metadata JSON, imported_at) of every live document.

    Leaves the text alone: ``length(text)`` would read every document's pages
    (300 MB for 10,000 articles) just to list them.
    """
    return store.conn.execute(
        "SELECT id, title, source, format, metadata, imported_at FROM documents "
        "WHERE deleted_at IS NULL ORDER BY imported_at, rowid"
    ).fetchall()
