"""Queries the timeline needs: date kinds and the figures linked to events."""

from __future__ import annotations

import json
from typing import Any, NamedTuple

from desktop.store.db import Store

# Link relations that attach a figure to an event (issue 4's data contract).
FIGURE_RELATIONS = ("supports", "related")


def kinds_under(store: Store, root: str) -> list[str]:
    """``root`` and every codebook kind whose parent is ``root`` (one level)."""
    rows = store.conn.execute(
        "SELECT name FROM kinds WHERE name = ? OR parent = ? ORDER BY position, name", (root, root)
    )
    return [r[0] for r in rows]


class DateTag(NamedTuple):
    """The fields of a date tag the timeline reads (a light stand-in for Annotation)."""

    id: str
    document_id: str
    kind: str
    author: str
    exact: str
    attributes: dict[str, Any]


def parse_attributes(text: str | None) -> dict[str, Any]:
    """A tag's stored attributes as a dict ({} when empty, unreadable or not an object)."""
    try:
        parsed = json.loads(text) if text and text != "{}" else {}
    except ValueError:
        return {}
    return parsed if isinstance(parsed, dict) else {}


def date_tag_rows(store: Store, kinds: list[str]) -> list[tuple[str, str, str, str, str, str]]:
    """``(id, document_id, kind, author, exact, attributes JSON)`` of live tags of ``kinds``,
    by document and position.

    100,000 date tags are the timeline of a large library: this reads six columns
    instead of sixteen, and leaves the attributes as text so that the caller parses
    each distinct value once.
    """
    marks = ", ".join("?" for _ in kinds)
    return store.conn.execute(
        f"SELECT id, document_id, kind, author, exact, attributes FROM annotations "
        f"WHERE kind IN ({marks}) AND deleted_at IS NULL ORDER BY document_id, start",
        kinds,
    ).fetchall()


def date_tags(store: Store, kinds: list[str]) -> list[DateTag]:
    """Live tags of ``kinds`` with parsed attributes, without building whole Annotations."""
    return [
        DateTag(tag_id, doc_id, kind, author, exact, parse_attributes(attrs))
        for tag_id, doc_id, kind, author, exact, attrs in date_tag_rows(store, kinds)
    ]


def count_tags(store: Store, kinds: list[str]) -> int:
    """How many live tags of ``kinds`` there are (from the (kind, document) index)."""
    marks = ", ".join("?" for _ in kinds)
    row = store.conn.execute(
        f"SELECT count(*) FROM annotations WHERE kind IN ({marks}) AND deleted_at IS NULL", kinds
    ).fetchone()
    return int(row[0])


def linked_figures(store: Store) -> dict[str, list[tuple[str, str, dict[str, Any]]]]:
    """Figures linked to any tag by a live 'supports' or 'related' link, in either direction.

    Returns ``{tag_id: [(figure_tag_id, exact, attributes), …]}`` for every tag that has
    at least one; deleted links and deleted figure tags are left out.
    """
    marks = ", ".join("?" for _ in FIGURE_RELATIONS)
    figure_kinds = "SELECT name FROM kinds WHERE name = 'figure' OR parent = 'figure'"
    sql = (
        f"SELECT l.target_id, f.id, f.exact, f.attributes FROM links l JOIN annotations f ON f.id = l.source_id "
        f"WHERE l.deleted_at IS NULL AND l.relation IN ({marks}) AND f.deleted_at IS NULL "
        f"AND f.kind IN ({figure_kinds}) "
        "UNION ALL "
        f"SELECT l.source_id, f.id, f.exact, f.attributes FROM links l JOIN annotations f ON f.id = l.target_id "
        f"WHERE l.deleted_at IS NULL AND l.relation IN ({marks}) AND f.deleted_at IS NULL "
        f"AND f.kind IN ({figure_kinds}) "
        "ORDER BY 1, 2"
    )
    out: dict[str, list[tuple[str, str, dict[str, Any]]]] = {}
    seen: set[tuple[str, str]] = set()
    for tag_id, fig_id, exact, attrs in store.conn.execute(sql, FIGURE_RELATIONS * 2):
        if (tag_id, fig_id) in seen:
            continue
        seen.add((tag_id, fig_id))
        out.setdefault(tag_id, []).append((fig_id, exact, parse_attributes(attrs)))
    return out


__all__ = [
    "FIGURE_RELATIONS", "DateTag", "count_tags", "date_tag_rows", "date_tags", "kinds_under", "linked_figures",
    "parse_attributes",
]
