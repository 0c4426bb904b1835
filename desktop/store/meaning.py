"""SQL for what tags mean: entities, links between tags, document references, codebook kinds.

Functions take a :class:`desktop.store.Store` and run SQL on ``store.conn``; every
write runs in ``store.db.atomic()``.  Entities and links are never removed: a
tombstone (``deleted_at``) hides them, so that undo and merge can see them.  Live
listings leave tombstoned rows out, and a link is live only while both of its tags are.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from desktop.model import (
    Annotation,
    CodebookKind,
    Entity,
    EntityCount,
    Link,
    MergeResult,
    Reference,
)
from desktop.store.db import (
    ANNOTATION_COLUMNS,
    Store,
    StoreError,
    annotation_from_row,
    like_escape,
    new_id,
    now_iso,
)

ENTITY_COLUMNS = "id, name, type, aliases, roles, country, created_at, updated_at, deleted_at"
LINK_COLUMNS = "id, source_id, target_id, relation, author, created_at, updated_at, deleted_at, origin_store"
KIND_COLUMNS = "name, label, colour, shortcut, position, description, parent"


# -- entities -------------------------------------------------------------------


def _entity_from_row(row: Sequence[Any]) -> Entity:
    return Entity(
        id=row[0],
        name=row[1],
        type=row[2],
        aliases=tuple(json.loads(row[3])),
        roles=tuple(json.loads(row[4])),
        country=row[5],
        created_at=row[6],
        updated_at=row[7],
        deleted_at=row[8],
    )


def insert_entity(
    store: Store,
    name: str,
    *,
    type: str = "other",
    aliases: Iterable[str] = (),
    roles: Iterable[str] = (),
    country: str | None = None,
    entity_id: str | None = None,
) -> Entity:
    stamp = now_iso()
    ent = Entity(
        id=entity_id or new_id(),
        name=name,
        type=type,
        aliases=tuple(aliases),
        roles=tuple(roles),
        country=country,
        created_at=stamp,
        updated_at=stamp,
    )
    with store.db.atomic():
        store.conn.execute(
            f"INSERT INTO entities ({ENTITY_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            _entity_row(ent),
        )
    return ent


def _entity_row(ent: Entity) -> tuple[Any, ...]:
    return (
        ent.id,
        ent.name,
        ent.type,
        json.dumps(list(ent.aliases), ensure_ascii=False),
        json.dumps(list(ent.roles), ensure_ascii=False),
        ent.country,
        ent.created_at,
        ent.updated_at,
        ent.deleted_at,
    )


def write_entity(store: Store, ent: Entity) -> Entity:
    """Write every mutable field of ``ent`` (matched by id); returns it with a new ``updated_at``."""
    from dataclasses import replace

    new = replace(ent, updated_at=now_iso())
    with store.db.atomic():
        row = _entity_row(new)  # id, name, type, aliases, roles, country, created, updated, deleted
        cur = store.conn.execute(
            "UPDATE entities SET name = ?, type = ?, aliases = ?, roles = ?, country = ?, "
            "updated_at = ?, deleted_at = ? WHERE id = ?",
            (*row[1:6], row[7], row[8], row[0]),
        )
        if cur.rowcount != 1:
            raise StoreError(f"no entity with id {ent.id}")
    return new


def entity(store: Store, entity_id: str) -> Entity | None:
    row = store.conn.execute(f"SELECT {ENTITY_COLUMNS} FROM entities WHERE id = ?", (entity_id,)).fetchone()
    return _entity_from_row(row) if row else None


def entities(store: Store, *, include_deleted: bool = False) -> list[Entity]:
    where = "" if include_deleted else "WHERE deleted_at IS NULL"
    rows = store.conn.execute(f"SELECT {ENTITY_COLUMNS} FROM entities {where} ORDER BY name COLLATE NOCASE, id")
    return [_entity_from_row(r) for r in rows]


def find_entities(store: Store, ref: str) -> list[Entity]:
    """Live entities whose id is ``ref``, whose id starts with it, or whose name or alias is it (any case)."""
    live = entities(store)
    exact = [e for e in live if e.id == ref]
    if exact:
        return exact
    by_prefix = [e for e in live if ref and e.id.startswith(ref)]
    if by_prefix:
        return by_prefix
    folded = ref.strip().casefold()
    by_name = [e for e in live if e.name.casefold() == folded]
    if by_name:
        return by_name
    return [e for e in live if any(a.casefold() == folded for a in e.aliases)]


def entity_counts(store: Store) -> dict[str, EntityCount]:
    """Mentions (live actor tags) of each entity across all documents."""
    rows = store.conn.execute(
        "SELECT json_extract(attributes, '$.entity_id') AS eid, count(*), count(DISTINCT document_id) "
        "FROM annotations WHERE deleted_at IS NULL AND kind = 'actor' AND eid IS NOT NULL GROUP BY eid"
    )
    return {r[0]: EntityCount(r[1], r[2]) for r in rows}


def mentions(store: Store, entity_id: str) -> list[Annotation]:
    """Live actor tags that refer to the entity, by document and position."""
    rows = store.conn.execute(
        f"SELECT {ANNOTATION_COLUMNS} FROM annotations WHERE deleted_at IS NULL AND kind = 'actor' "
        "AND json_extract(attributes, '$.entity_id') = ? ORDER BY document_id, start",
        (entity_id,),
    )
    return [annotation_from_row(r) for r in rows]


def tags_referring_to(store: Store, entity_id: str) -> list[Annotation]:
    """Every tag (live or not) whose attributes hold the entity id anywhere."""
    rows = store.conn.execute(
        f"SELECT {ANNOTATION_COLUMNS} FROM annotations WHERE instr(attributes, ?) > 0",
        (json.dumps(entity_id),),
    )
    return [annotation_from_row(r) for r in rows]


def _replace_entity(attrs: dict[str, Any], gone: str, kept: str) -> dict[str, Any]:
    out = dict(attrs)
    for key in ("entity_id", "asserted_by"):
        if out.get(key) == gone:
            out[key] = kept
    parts = out.get("participants")
    if isinstance(parts, list) and gone in parts:
        new_parts: list[Any] = []
        for p in parts:
            p = kept if p == gone else p
            if p not in new_parts:
                new_parts.append(p)
        out["participants"] = new_parts
    return out


def merge_entities(store: Store, kept_id: str, gone_id: str) -> MergeResult:
    """Fold entity ``gone_id`` into ``kept_id`` in one transaction.

    Every tag that refers to the gone entity (actor ``entity_id``, claim
    ``asserted_by``, event ``participants``) then refers to the kept one; the kept
    entity gains the gone one's name and aliases as aliases, and its roles; the
    gone entity is tombstoned.  Returns the states before, for undo.
    """
    if kept_id == gone_id:
        raise StoreError("cannot merge an entity with itself")
    kept, gone = entity(store, kept_id), entity(store, gone_id)
    if kept is None or kept.deleted_at:
        raise StoreError(f"no entity with id {kept_id}")
    if gone is None or gone.deleted_at:
        raise StoreError(f"no entity with id {gone_id}")
    from dataclasses import replace

    result = MergeResult(kept_before=kept, gone_before=gone)
    aliases = list(kept.aliases)
    for a in (gone.name, *gone.aliases):
        if a.casefold() != kept.name.casefold() and a.casefold() not in {x.casefold() for x in aliases}:
            aliases.append(a)
    roles = list(kept.roles) + [r for r in gone.roles if r not in kept.roles]
    stamp = now_iso()
    with store.db.atomic():
        for ann in tags_referring_to(store, gone_id):
            new_attrs = _replace_entity(ann.attributes, gone_id, kept_id)
            if new_attrs != ann.attributes:
                result.tags_before.append(ann)
                store.conn.execute(
                    "UPDATE annotations SET attributes = ?, updated_at = ? WHERE id = ?",
                    (json.dumps(new_attrs, ensure_ascii=False), stamp, ann.id),
                )
        write_entity(
            store, replace(kept, aliases=tuple(aliases), roles=tuple(roles), country=kept.country or gone.country)
        )
        write_entity(store, replace(gone, deleted_at=stamp))
    return result


def set_tag_attributes(store: Store, states: Iterable[Annotation]) -> None:
    """Write the attributes of each tag as given (undo of a merge or split)."""
    with store.db.atomic():
        store.conn.executemany(
            "UPDATE annotations SET attributes = ?, updated_at = ? WHERE id = ?",
            [(json.dumps(a.attributes, ensure_ascii=False), now_iso(), a.id) for a in states],
        )


# -- links ----------------------------------------------------------------------


def _link_from_row(row: Sequence[Any]) -> Link:
    return Link(*row)


def insert_link(store: Store, source_id: str, target_id: str, relation: str, author: str) -> Link:
    stamp = now_iso()
    ln = Link(new_id(), source_id, target_id, relation, author, stamp, stamp)
    with store.db.atomic():
        store.conn.execute(
            f"INSERT INTO links ({LINK_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (ln.id, ln.source_id, ln.target_id, ln.relation, ln.author, ln.created_at, ln.updated_at, None, None),
        )
    return ln


def set_link_deleted(store: Store, link_id: str, deleted: bool) -> Link:
    """Tombstone a link, or lift its tombstone (undo)."""
    stamp = now_iso()
    with store.db.atomic():
        cur = store.conn.execute(
            "UPDATE links SET deleted_at = ?, updated_at = ? WHERE id = ?",
            (stamp if deleted else None, stamp, link_id),
        )
        if cur.rowcount != 1:
            raise StoreError(f"no link with id {link_id}")
    found = link(store, link_id)
    assert found is not None
    return found


def link(store: Store, link_id: str) -> Link | None:
    row = store.conn.execute(f"SELECT {LINK_COLUMNS} FROM links WHERE id = ?", (link_id,)).fetchone()
    return _link_from_row(row) if row else None


def links(store: Store, tag_id: str | None = None, *, document_id: str | None = None) -> list[Link]:
    """Live links (link and both tags live), optionally touching a tag or a document."""
    cols = ", ".join(f"l.{c.strip()}" for c in LINK_COLUMNS.split(","))
    clauses = ["l.deleted_at IS NULL", "s.deleted_at IS NULL", "t.deleted_at IS NULL"]
    params: list[Any] = []
    if tag_id is not None:
        clauses.append("(l.source_id = ? OR l.target_id = ?)")
        params += [tag_id, tag_id]
    if document_id is not None:
        clauses.append("(s.document_id = ? OR t.document_id = ?)")
        params += [document_id, document_id]
    rows = store.conn.execute(
        f"SELECT {cols} FROM links l JOIN annotations s ON s.id = l.source_id "
        f"JOIN annotations t ON t.id = l.target_id WHERE {' AND '.join(clauses)} ORDER BY l.created_at, l.id",
        params,
    )
    return [_link_from_row(r) for r in rows]


def find_link(store: Store, source_id: str, target_id: str, relation: str) -> Link | None:
    """A live link with exactly these ends and relation."""
    row = store.conn.execute(
        f"SELECT {LINK_COLUMNS} FROM links WHERE source_id = ? AND target_id = ? AND relation = ? "
        "AND deleted_at IS NULL",
        (source_id, target_id, relation),
    ).fetchone()
    return _link_from_row(row) if row else None


def find_tags(store: Store, ref: str) -> list[Annotation]:
    """Live tags whose id is ``ref`` or starts with it."""
    rows = store.conn.execute(
        f"SELECT {ANNOTATION_COLUMNS} FROM annotations WHERE deleted_at IS NULL AND "
        "(id = ? OR id LIKE ? ESCAPE '\\') ORDER BY id",
        (ref, like_escape(ref) + "%"),
    ).fetchall()
    exact = [r for r in rows if r[0] == ref]
    return [annotation_from_row(r) for r in (exact or rows)]


# -- references -----------------------------------------------------------------


def insert_references(store: Store, refs: Iterable[Reference]) -> None:
    with store.db.atomic():
        store.conn.executemany(
            'INSERT INTO doc_references (id, document_id, label, text, url, accessed, start, "end") '
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(r.id, r.document_id, r.label, r.text, r.url, r.accessed, r.start, r.end) for r in refs],
        )


def references(store: Store, document_id: str) -> list[Reference]:
    rows = store.conn.execute(
        'SELECT id, document_id, label, text, url, accessed, start, "end" FROM doc_references '
        "WHERE document_id = ? ORDER BY coalesce(start, 1e18), rowid",
        (document_id,),
    )
    return [reference_from_row(r) for r in rows]


def reference(store: Store, ref_id: str) -> Reference | None:
    row = store.conn.execute(
        'SELECT id, document_id, label, text, url, accessed, start, "end" FROM doc_references WHERE id = ?',
        (ref_id,),
    ).fetchone()
    return reference_from_row(row) if row else None


def reference_from_row(row: Sequence[Any]) -> Reference:
    """A Reference from a ``doc_references`` row read as ``REFERENCE_COLUMNS``."""
    return Reference(
        id=row[0], document_id=row[1], label=row[2], text=row[3], url=row[4], accessed=row[5], start=row[6], end=row[7]
    )


# -- codebook kinds -------------------------------------------------------------


def codebook(store: Store) -> list[CodebookKind]:
    rows = store.conn.execute(f"SELECT {KIND_COLUMNS} FROM kinds ORDER BY position, name")
    return [CodebookKind(*r) for r in rows]


def kind_usage(store: Store) -> dict[str, int]:
    """Live tags of each kind."""
    rows = store.conn.execute("SELECT kind, count(*) FROM annotations WHERE deleted_at IS NULL GROUP BY kind")
    return {r[0]: r[1] for r in rows}


def insert_kind(store: Store, kind: CodebookKind) -> None:
    with store.db.atomic():
        try:
            store.conn.execute(
                f"INSERT INTO kinds ({KIND_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (kind.name, kind.label, kind.colour, kind.shortcut, kind.position, kind.description, kind.parent),
            )
        except sqlite3.IntegrityError as exc:  # the name is taken
            raise StoreError(f"cannot add kind {kind.name!r}: {exc}") from None


def update_kind(store: Store, kind: CodebookKind) -> None:
    """Write label, colour, shortcut, position, description and parent of a kind (by name)."""
    with store.db.atomic():
        cur = store.conn.execute(
            "UPDATE kinds SET label = ?, colour = ?, shortcut = ?, position = ?, description = ?, parent = ? "
            "WHERE name = ?",
            (kind.label, kind.colour, kind.shortcut, kind.position, kind.description, kind.parent, kind.name),
        )
        if cur.rowcount != 1:
            raise StoreError(f"no kind named {kind.name!r}")


def delete_kind(store: Store, name: str) -> None:
    """Remove an unused kind (undo of an add); refuses a kind that tags use."""
    with store.db.atomic():
        used = store.conn.execute("SELECT count(*) FROM annotations WHERE kind = ?", (name,)).fetchone()[0]
        if used:
            raise StoreError(f"kind {name!r} is used by {used} tag(s)")
        store.conn.execute("UPDATE kinds SET parent = NULL WHERE parent = ?", (name,))
        store.conn.execute("DELETE FROM kinds WHERE name = ?", (name,))


__all__ = [
    "codebook",
    "delete_kind",
    "entities",
    "entity",
    "entity_counts",
    "find_entities",
    "find_link",
    "find_tags",
    "insert_entity",
    "insert_kind",
    "insert_link",
    "insert_references",
    "kind_usage",
    "link",
    "links",
    "merge_entities",
    "mentions",
    "reference",
    "reference_from_row",
    "references",
    "set_link_deleted",
    "set_tag_attributes",
    "tags_referring_to",
    "update_kind",
    "write_entity",
]
