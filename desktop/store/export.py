"""Read-only queries that gather what an export report needs (documents, tags, entities…).

Only reads: exports never write to a store, so they are safe on a colleague's
read-only store.  The one writer here, :func:`insert_imported_annotations`,
is used by the W3C re-import and runs in one transaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from desktop.model import Annotation
from desktop.store.db import ANNOTATION_COLUMNS, Store, annotation_from_row


def _placeholders(values: Sequence[Any]) -> str:
    return ", ".join("?" for _ in values)


def filtered_annotations(
    store: Store,
    document_ids: Sequence[str],
    *,
    kinds: Sequence[str] | None = None,
    authors: Sequence[str] | None = None,
    since: str | None = None,
    until: str | None = None,
) -> list[Annotation]:
    """Live tags of the documents, filtered; ordered by document and position.

    ``since``/``until`` are ISO dates (``YYYY-MM-DD``) bounding the day the tag
    was created, both inclusive.
    """
    if not document_ids:
        return []
    clauses = [f"document_id IN ({_placeholders(document_ids)})", "deleted_at IS NULL"]
    params: list[Any] = list(document_ids)
    if kinds:
        clauses.append(f"kind IN ({_placeholders(kinds)})")
        params.extend(kinds)
    if authors:
        clauses.append(f"author IN ({_placeholders(authors)})")
        params.extend(authors)
    if since:
        clauses.append("substr(created_at, 1, 10) >= ?")
        params.append(since[:10])
    if until:
        clauses.append("substr(created_at, 1, 10) <= ?")
        params.append(until[:10])
    rows = store.conn.execute(
        f"SELECT {ANNOTATION_COLUMNS} FROM annotations WHERE {' AND '.join(clauses)} "
        'ORDER BY document_id, start, "end", created_at',
        params,
    )
    return [annotation_from_row(r) for r in rows]


def tag_authors(store: Store) -> list[str]:
    """Every author with a live tag, sorted."""
    rows = store.conn.execute(
        "SELECT DISTINCT author FROM annotations WHERE deleted_at IS NULL ORDER BY author COLLATE NOCASE"
    )
    return [r[0] for r in rows]


def entities(store: Store) -> list[dict[str, Any]]:
    """Live entities with aliases and roles decoded."""
    rows = store.conn.execute(
        "SELECT id, name, type, aliases, roles, country FROM entities "
        "WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE"
    )
    out = []
    for ent_id, name, etype, aliases, roles, country in rows:
        out.append(
            {
                "id": ent_id,
                "name": name,
                "type": etype,
                "aliases": _json_list(aliases),
                "roles": _json_list(roles),
                "country": country,
            }
        )
    return out


def references(store: Store, document_ids: Sequence[str]) -> list[dict[str, Any]]:
    """Reference entries (footnotes, bibliography) of the documents."""
    if not document_ids:
        return []
    rows = store.conn.execute(
        'SELECT id, document_id, label, text, url, accessed, start, "end" FROM doc_references '
        f"WHERE document_id IN ({_placeholders(document_ids)}) ORDER BY document_id, start, label",
        list(document_ids),
    )
    keys = ("id", "document_id", "label", "text", "url", "accessed", "start", "end")
    return [dict(zip(keys, r)) for r in rows]


def links(store: Store, tag_ids: Iterable[str]) -> list[dict[str, Any]]:
    """Live links whose both ends are among ``tag_ids``."""
    wanted = set(tag_ids)
    if not wanted:
        return []
    rows = store.conn.execute(
        "SELECT id, source_id, target_id, relation, author, created_at, updated_at, origin_store "
        "FROM links WHERE deleted_at IS NULL ORDER BY created_at"
    )
    keys = ("id", "source_id", "target_id", "relation", "author", "created_at", "updated_at", "origin_store")
    return [dict(zip(keys, r)) for r in rows if r[1] in wanted and r[2] in wanted]


def existing_annotation_ids(store: Store, ids: Sequence[str]) -> set[str]:
    """Which of ``ids`` already exist (live or tombstoned)."""
    found: set[str] = set()
    for i in range(0, len(ids), 500):
        chunk = list(ids[i : i + 500])
        rows = store.conn.execute(
            f"SELECT id FROM annotations WHERE id IN ({_placeholders(chunk)})", chunk
        )
        found.update(r[0] for r in rows)
    return found


def insert_imported_annotations(store: Store, anns: Sequence[Annotation]) -> None:
    """Insert re-imported tags in one transaction."""
    store.insert_annotations(anns)


def _json_list(raw: str | None) -> list[Any]:
    try:
        value = json.loads(raw or "[]")
    except ValueError:
        return []
    return value if isinstance(value, list) else [value]
