"""SQL for suggestions: dismissed suggestions per document, and the names detection knows.

A dismissed suggestion is keyed by (document, kind, start, end) and keeps its
quote; it does not come back for that document.  Functions take a
:class:`desktop.store.Store`; every write runs in ``store.db.atomic()``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.store.db import Store, now_iso


@dataclass(frozen=True)
class Dismissal:
    """One dismissed suggestion of a document."""

    document_id: str
    kind: str
    start: int
    end: int
    exact: str
    dismissed_at: str

    @property
    def key(self) -> tuple[str, int, int]:
        return (self.kind, self.start, self.end)


def dismiss(store: Store, document_id: str, items: Iterable[tuple[str, int, int, str]]) -> int:
    """Record ``(kind, start, end, exact)`` items as dismissed; returns how many are new."""
    stamp = now_iso()
    rows = [(document_id, kind, int(start), int(end), exact, stamp) for kind, start, end, exact in items]
    if not rows:
        return 0
    with store.db.atomic():
        before = store.conn.total_changes
        store.conn.executemany(
            'INSERT OR IGNORE INTO dismissed_suggestions (document_id, kind, start, "end", exact, dismissed_at) '
            "VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )
        return store.conn.total_changes - before


def undismiss(store: Store, document_id: str, items: Iterable[tuple[str, int, int]]) -> None:
    """Forget the given dismissals (the undo of a dismiss)."""
    rows = [(document_id, kind, int(start), int(end)) for kind, start, end in items]
    with store.db.atomic():
        store.conn.executemany(
            'DELETE FROM dismissed_suggestions WHERE document_id = ? AND kind = ? AND start = ? AND "end" = ?',
            rows,
        )


def dismissed(store: Store, document_id: str) -> list[Dismissal]:
    """The document's dismissed suggestions, by position."""
    rows = store.conn.execute(
        'SELECT document_id, kind, start, "end", exact, dismissed_at FROM dismissed_suggestions '
        'WHERE document_id = ? ORDER BY start, "end", kind',
        (document_id,),
    )
    return [Dismissal(*row) for row in rows]


def dismissed_keys(store: Store, document_id: str) -> set[tuple[str, int, int]]:
    return {d.key for d in dismissed(store, document_id)}


def clear_dismissed(store: Store, document_id: str | None = None) -> int:
    """Forget every dismissal of one document (or of all); returns how many."""
    with store.db.atomic():
        if document_id is None:
            cur = store.conn.execute("DELETE FROM dismissed_suggestions")
        else:
            cur = store.conn.execute("DELETE FROM dismissed_suggestions WHERE document_id = ?", (document_id,))
        return cur.rowcount


def known_entities(store: Store) -> list[tuple[str, list[str]]]:
    """Every live entity as ``(id, [name, alias…])`` for detection."""
    out = []
    for entity_id, name, aliases in store.conn.execute(
        "SELECT id, name, aliases FROM entities WHERE deleted_at IS NULL ORDER BY name"
    ):
        try:
            extra = [a for a in json.loads(aliases or "[]") if isinstance(a, str)]
        except (ValueError, TypeError):
            extra = []
        out.append((entity_id, [name, *extra]))
    return out


def tagged_spans(store: Store, document_id: str) -> set[tuple[str, int, int]]:
    """``(kind, start, end)`` of the document's live tags (already-tagged spans are not suggested)."""
    rows = store.conn.execute(
        'SELECT kind, start, "end" FROM annotations WHERE document_id = ? AND deleted_at IS NULL',
        (document_id,),
    )
    return {(k, s, e) for k, s, e in rows}
