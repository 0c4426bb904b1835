"""Document versions, re-anchored tags, references and editable metadata (SQL).

Functions here take a :class:`desktop.store.Store` and run SQL on ``store.conn``;
every write is one ``store.db.atomic()`` block, so a re-import either replaces
the text *and* moves every tag, or changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from desktop.model import Block, Reference
from desktop.store import meaning as meaning_store
from desktop.store.db import Store, StoreError, new_id, now_iso


@dataclass(frozen=True)
class TagMove:
    """Where one tag goes in a new text version (or that it is orphaned).

    An orphan keeps its old ``start``/``end``/``exact``/``prefix``/``suffix``
    (the caller passes them unchanged) and gets ``orphaned=True``.
    """

    id: str
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str
    orphaned: bool


@dataclass(frozen=True)
class VersionInfo:
    """One earlier text of a document, kept when a newer version replaced it."""

    document_id: str
    version: int
    sha256: str
    imported_at: str
    source: str | None
    length: int


def document_version(store: Store, doc_id: str) -> int:
    row = store.conn.execute("SELECT version FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if row is None:
        raise StoreError(f"no document with id {doc_id}")
    return int(row[0])


def versions(store: Store, doc_id: str) -> list[VersionInfo]:
    """The kept earlier texts of a document, oldest first."""
    rows = store.conn.execute(
        "SELECT document_id, version, sha256, imported_at, source, length(text) "
        "FROM document_versions WHERE document_id = ? ORDER BY version",
        (doc_id,),
    )
    return [VersionInfo(*r) for r in rows]


def version_text(store: Store, doc_id: str, version: int) -> str | None:
    row = store.conn.execute(
        "SELECT text FROM document_versions WHERE document_id = ? AND version = ?", (doc_id, version)
    ).fetchone()
    return row[0] if row else None


def sha_owner(store: Store, sha256: str) -> str | None:
    """The id of the document whose current text has this hash, if any."""
    row = store.conn.execute("SELECT id FROM documents WHERE sha256 = ?", (sha256,)).fetchone()
    return row[0] if row else None


def replace_text(
    store: Store,
    doc_id: str,
    *,
    text: str,
    sha256: str,
    source: str | None,
    pages: Sequence[int],
    blocks: Sequence[Block],
    metadata: dict[str, Any],
    moves: Sequence[TagMove],
    references: Sequence[Reference] | None = None,
) -> int:
    """Make ``text`` the document's new version and move its tags; returns the new version.

    In one transaction: the current text goes to ``document_versions``, the
    document row gets the new text, hash, pages, blocks, metadata and
    ``version + 1``, each tag in ``moves`` is rewritten (never deleted), and
    the reference list is replaced when ``references`` is given.
    """
    stamp = now_iso()
    with store.db.atomic():
        row = store.conn.execute(
            "SELECT version, text, sha256, imported_at, source FROM documents WHERE id = ?", (doc_id,)
        ).fetchone()
        if row is None:
            raise StoreError(f"no document with id {doc_id}")
        version, old_text, old_sha, old_imported, old_source = row
        store.conn.execute(
            "INSERT OR REPLACE INTO document_versions "
            "(document_id, version, text, sha256, imported_at, source) VALUES (?, ?, ?, ?, ?, ?)",
            (doc_id, version, old_text, old_sha, old_imported, old_source),
        )
        store.conn.execute(
            "UPDATE documents SET text = ?, sha256 = ?, source = ?, pages = ?, blocks = ?, "
            "metadata = ?, imported_at = ?, version = ? WHERE id = ?",
            (
                text,
                sha256,
                source if source is not None else old_source,
                json.dumps(list(pages)),
                json.dumps([[b.start, b.end, b.kind, b.level] for b in blocks]),
                json.dumps(metadata, ensure_ascii=False),
                stamp,
                version + 1,
                doc_id,
            ),
        )
        store.conn.executemany(
            'UPDATE annotations SET start = ?, "end" = ?, exact = ?, prefix = ?, suffix = ?, '
            "orphaned = ?, updated_at = ? WHERE id = ? AND document_id = ?",
            (
                (m.start, m.end, m.exact, m.prefix, m.suffix, int(m.orphaned), stamp, m.id, doc_id)
                for m in moves
            ),
        )
        if references is not None:
            _replace_references(store, doc_id, references)
    return version + 1


# -- references ------------------------------------------------------------------


def references(store: Store, doc_id: str) -> list[Reference]:
    """A document's reference list in text order (entries no longer in the text last)."""
    return meaning_store.references(store, doc_id)


def set_references(store: Store, doc_id: str, entries: Sequence[Reference]) -> None:
    """Replace a document's reference list (one transaction).

    ``entries`` are found in the text (their ``id`` is not used).  A reference whose label is still there keeps its id
    (claims may cite it); one that disappeared is kept with no position.
    """
    with store.db.atomic():
        _replace_references(store, doc_id, entries)


def _replace_references(store: Store, doc_id: str, entries: Sequence[Reference]) -> None:
    existing = {
        label: ref_id
        for ref_id, label in store.conn.execute(
            "SELECT id, label FROM doc_references WHERE document_id = ? ORDER BY rowid DESC", (doc_id,)
        )
    }
    seen: set[str] = set()
    for e in entries:
        label = e.label
        values = (e.text, e.url, e.accessed, e.start, e.end)
        ref_id = existing.get(label)
        if ref_id is not None and label not in seen:
            store.conn.execute(
                'UPDATE doc_references SET text = ?, url = ?, accessed = ?, start = ?, "end" = ? WHERE id = ?',
                (*values, ref_id),
            )
        else:
            store.conn.execute(
                'INSERT INTO doc_references (id, document_id, label, text, url, accessed, start, "end") '
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (new_id(), doc_id, label, *values),
            )
        seen.add(label)
    gone = [ref_id for label, ref_id in existing.items() if label not in seen]
    store.conn.executemany(
        'UPDATE doc_references SET start = NULL, "end" = NULL WHERE id = ?', ((r,) for r in gone)
    )


# -- metadata --------------------------------------------------------------------


def update_metadata(store: Store, doc_id: str, *, title: str, metadata: dict[str, Any]) -> None:
    """Write a document's title and whole metadata dict (one transaction)."""
    with store.db.atomic():
        cur = store.conn.execute(
            "UPDATE documents SET title = ?, metadata = ? WHERE id = ?",
            (title, json.dumps(metadata, ensure_ascii=False), doc_id),
        )
        if cur.rowcount != 1:
            raise StoreError(f"no document with id {doc_id}")


__all__ = [
    "TagMove",
    "VersionInfo",
    "document_version",
    "references",
    "replace_text",
    "set_references",
    "sha_owner",
    "update_metadata",
    "version_text",
    "versions",
]
