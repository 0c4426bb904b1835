"""SQL of review: open a colleague's store read-only, read a whole store, apply and undo a merge.

The colleague's file is never written: it is opened with ``mode=ro`` (plus
``immutable=1`` when it has no WAL file, see https://sqlite.org/uri.html), and a
store of an older schema is copied into memory with the backup API and migrated
there.  A merge writes a backup of *my* store first (when asked) and then runs as
one transaction; its receipt undoes it, also in one transaction.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from sqlite_utils import Database

from desktop import storefiles
from desktop.model import Annotation, Link
from desktop.review.snapshot import (
    DocRecord,
    EntityRecord,
    KindRecord,
    Snapshot,
    no_gc,
)
from desktop.store.db import (
    ANNOTATION_COLUMNS,
    BUSY_TIMEOUT,
    SQLITE_HEADER,
    Store,
    StoreError,
    annotation_from_row,
    annotation_row,
    inspect_store,
    readonly_uri,
)
from desktop.review.validate import (
    RowError,
    check_annotation,
    check_document,
    check_entity,
    check_kind,
    check_link,
    check_reference,
)
from desktop.store.meaning import reference_from_row
from desktop.store.migrations import migrations

if TYPE_CHECKING:
    from desktop.review.merge import MergePlan


def open_colleague_store(path: str | Path) -> Store:
    """Open a colleague's store strictly read-only (never changes its bytes or -wal/-shm).

    Without a -wal file the file is opened ``mode=ro&immutable=1``: SQLite then
    takes no locks and touches no other file.  With a -wal file (a store copied
    while open) even a read-only reader would write read marks into the -shm, so
    the file and its -wal are copied into a temporary folder, checkpointed there
    and read into memory.  A store this process has open itself (my own store under
    review) is read through SQLite, never copied with ``open()``.  An older schema is read through the migrations applied
    to an in-memory copy.  Raises StoreError for a file that is not a store, is
    damaged, or is newer than this code.
    """
    path = Path(path).expanduser()
    if not path.is_file():
        raise StoreError(f"no Claimline store at {path}")
    if storefiles.open_here(path):
        return _open_in_use_here(path)
    if Path(str(path) + "-wal").exists():
        return _open_wal_copy(path)
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    _inspect(path, uri)
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open {path}: {exc}") from None
    return _migrated_in_memory(Store(path, conn, readonly=True), path)


def _inspect(path: Path, uri: str) -> None:
    """:func:`desktop.store.db.inspect_store` through ``uri`` (never writing next to ``path``)."""
    inspect_store(path, uri)


def _migrated_in_memory(store: Store, path: Path) -> Store:
    try:
        pending = migrations.pending(store.db)
    except sqlite3.DatabaseError as exc:
        store.close()
        raise StoreError(f"{path} is damaged or not a Claimline store ({exc})") from None
    if not pending:
        return store
    memory = sqlite3.connect(":memory:")
    try:
        store.conn.backup(memory)
        migrations.apply(Database(memory))
    except sqlite3.Error as exc:
        memory.close()
        raise StoreError(f"cannot read the older store {path}: {exc}") from None
    finally:
        store.close()
    return Store(path, memory, readonly=True)


def _open_in_use_here(path: Path) -> Store:
    """A store this process has open (my own store, or one a window has open) read into memory
    through SQLite: copying it with ``open()`` would drop this process's locks on it, and another
    process would then delete its -wal under the open connection (see desktop/storefiles.py).
    Its -wal and -shm are this process's already: the reader adds only its read marks to the -shm."""
    uri = readonly_uri(path)
    _inspect(path, uri)
    return _migrated_in_memory(_read_into_memory(uri, path), path)


def _read_into_memory(uri: str, path: Path) -> Store:
    """The database at ``uri`` copied into memory with the backup API, as a read-only Store of ``path``."""
    try:
        on_disk = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open {path}: {exc}") from None
    memory = sqlite3.connect(":memory:")
    try:
        on_disk.backup(memory)
    except sqlite3.Error as exc:
        memory.close()
        raise StoreError(f"cannot read {path}: {exc}") from None
    finally:
        on_disk.close()
    return Store(path, memory, readonly=True)


def _open_wal_copy(path: Path) -> Store:
    """A colleague's store with a -wal (copied while open), copied with its -wal into a temporary
    folder and read from there.  Never a store this process has open (:func:`_open_in_use_here`)."""
    with tempfile.TemporaryDirectory(prefix="claimline-review-") as tmp:
        copy = Path(tmp) / "colleague.claimline"
        shutil.copyfile(path, copy)
        shutil.copyfile(str(path) + "-wal", str(copy) + "-wal")
        with open(copy, "rb") as fh:
            if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                raise StoreError(f"{path} is not a Claimline store (not an SQLite database)")
        try:
            conn = sqlite3.connect(str(copy))
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("PRAGMA journal_mode=DELETE")
            conn.close()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path} is damaged or not a Claimline store ({exc})") from None
        uri = f"{copy.resolve().as_uri()}?mode=ro&immutable=1"
        try:
            _inspect(copy, uri)
        except StoreError as exc:
            raise StoreError(str(exc).replace(str(copy), str(path))) from None
        store = _read_into_memory(uri, path)
    return _migrated_in_memory(store, path)


_FIELDS = tuple(Annotation.__dataclass_fields__)
assert _FIELDS[:2] == ("id", "document_id") and _FIELDS[9] == "attributes" and _FIELDS[15] == "orphaned"


def _position(a: Annotation) -> tuple[int, int]:
    return (a.start, a.end)


def read_snapshot(store: Store) -> Snapshot:
    """The whole store: documents with texts, every tag (tombstones too), entities, links."""
    with no_gc():
        return _read_snapshot(store)


def _read_snapshot(store: Store) -> Snapshot:
    """Every row is validated (desktop/review/validate.py): an invalid one is skipped
    and counted in ``snap.invalid`` with its reason, never returned."""
    conn = store.conn
    snap = Snapshot(store_id=store.store_id, path=str(store.path), owner=store.meta("owner") or "")
    invalid = snap.invalid
    for row in conn.execute(
        "SELECT id, title, source, format, text, sha256, metadata, pages, blocks, imported_at, version "
        "FROM documents ORDER BY imported_at, rowid"
    ):
        try:
            check_document(row)
        except RowError as exc:
            invalid.add("documents", row[0], str(exc))
            continue
        snap.documents[row[0]] = DocRecord(*row)
    for row in conn.execute(
        "SELECT name, label, colour, shortcut, position, description, parent FROM kinds ORDER BY position"
    ):
        try:
            check_kind(row)
        except RowError as exc:
            invalid.add("kinds", row[0], str(exc))
            continue
        snap.kinds[row[0]] = KindRecord(*row)
    tags = snap.tags
    texts = {doc_id: d.text for doc_id, d in snap.documents.items()}
    new = object.__new__
    # Built without __init__ (a frozen dataclass sets each field through
    # object.__setattr__): a third faster on 100,000 tags; the fields are the same.
    for r in conn.execute(f"SELECT {ANNOTATION_COLUMNS} FROM annotations"):
        try:
            attributes = check_annotation(r, texts.get(r[1]))
        except RowError as exc:
            invalid.add("tags", r[0], str(exc))
            continue
        ann = new(Annotation)
        d = ann.__dict__
        d.update(zip(_FIELDS, r))
        d["attributes"] = attributes
        d["orphaned"] = bool(r[15])
        lst = tags.get(r[1])
        if lst is None:
            lst = tags[r[1]] = []
        lst.append(ann)
    for lst in tags.values():
        lst.sort(key=_position)
    for r in conn.execute(
        "SELECT id, name, type, aliases, roles, country, created_at, updated_at, deleted_at FROM entities"
    ):
        try:
            aliases = check_entity(r)
        except RowError as exc:
            invalid.add("entities", r[0], str(exc))
            continue
        snap.entities[r[0]] = EntityRecord(r[0], r[1], r[2], aliases, r[4], r[5], r[6], r[7], r[8])
    for r in conn.execute(
        "SELECT id, source_id, target_id, relation, author, created_at, updated_at, deleted_at, origin_store FROM links"
    ):
        try:
            check_link(r)
        except RowError as exc:
            invalid.add("links", r[0], str(exc))
            continue
        snap.links.append(Link(*r))
    for r in conn.execute('SELECT id, document_id, label, text, url, accessed, start, "end" FROM doc_references'):
        try:
            check_reference(r, texts.get(r[1]))
        except RowError as exc:
            invalid.add("references", r[0], str(exc))
            continue
        snap.references.append(reference_from_row(r))
    return snap


@dataclass
class MergeReceipt:
    """What a merge wrote, so that it can be undone (see :func:`undo_merge`)."""

    documents: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)
    entity_aliases: list[tuple[str, str]] = field(default_factory=list)  # (id, previous aliases JSON)
    tags: list[str] = field(default_factory=list)
    previous: list[Annotation] = field(default_factory=list)  # states before update
    links: list[str] = field(default_factory=list)
    references: list[str] = field(default_factory=list)
    backup: Path | None = None

    @property
    def changed(self) -> int:
        return len(self.tags) + len(self.previous) + len(self.links) + len(self.entities) + len(self.documents)


def backup_path_for(store: Store) -> Path:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%f")
    return store.path.with_name(f"{store.path.name}.before-merge-{stamp}.bak")


def apply_merge(store: Store, plan: "MergePlan", *, backup: bool = False) -> MergeReceipt:
    """Apply ``plan`` to ``store`` in ONE transaction, after a backup when ``backup``."""
    if store.readonly:
        raise StoreError(f"{store.path} is open read-only")
    receipt = MergeReceipt()
    if plan.empty:
        return receipt
    if backup:
        receipt.backup = backup_path_for(store)
        try:
            store.backup_to(receipt.backup)
            _write_merge(store, plan, receipt)
        except BaseException:  # a failed merge leaves no backup behind
            receipt.backup.unlink(missing_ok=True)
            raise
    else:
        _write_merge(store, plan, receipt)
    return receipt


def _write_merge(store: Store, plan: "MergePlan", receipt: MergeReceipt) -> None:
    conn = store.conn
    with store.db.atomic():
        for d in plan.documents:
            conn.execute(
                "INSERT INTO documents (id, title, source, format, text, sha256, metadata, pages, blocks, "
                "imported_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (d.id, d.title, d.source, d.format, d.text, d.sha256, d.metadata, d.pages, d.blocks,
                 d.imported_at, d.version),
            )
            receipt.documents.append(d.id)
        for k in plan.kinds:
            conn.execute(
                "INSERT INTO kinds (name, label, colour, shortcut, position, description, parent) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (k.name, k.label, k.colour, None, k.position, k.description, None),
            )
            receipt.kinds.append(k.name)
        for e in plan.entities:
            conn.execute(
                "INSERT INTO entities (id, name, type, aliases, roles, country, created_at, updated_at, deleted_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (e.id, e.name, e.type, json.dumps(list(e.aliases), ensure_ascii=False), e.roles, e.country,
                 e.created_at, e.updated_at, e.deleted_at),
            )
            receipt.entities.append(e.id)
        for ent_id, aliases in plan.entity_aliases:
            (old,) = conn.execute("SELECT aliases FROM entities WHERE id = ?", (ent_id,)).fetchone()
            conn.execute(
                "UPDATE entities SET aliases = ? WHERE id = ?",
                (json.dumps(list(aliases), ensure_ascii=False), ent_id),
            )
            receipt.entity_aliases.append((ent_id, old))
        conn.executemany(
            f"INSERT INTO annotations ({ANNOTATION_COLUMNS}) VALUES ({', '.join('?' * 16)})",
            (annotation_row(a) for a in plan.inserts),
        )
        receipt.tags.extend(a.id for a in plan.inserts)
        if plan.updates:
            ids = [a.id for a in plan.updates]
            receipt.previous.extend(_annotations_by_id(store, ids))
            _write_states(conn, plan.updates)
        for ln in plan.links:
            conn.execute(
                "INSERT INTO links (id, source_id, target_id, relation, author, created_at, updated_at, "
                "deleted_at, origin_store) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (ln.id, ln.source_id, ln.target_id, ln.relation, ln.author, ln.created_at, ln.updated_at,
                 ln.deleted_at, ln.origin_store),
            )
            receipt.links.append(ln.id)
        for r in plan.references:
            conn.execute(
                'INSERT INTO doc_references (id, document_id, label, text, url, accessed, start, "end") '
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (r.id, r.document_id, r.label, r.text, r.url, r.accessed, r.start, r.end),
            )
            receipt.references.append(r.id)


def undo_merge(store: Store, receipt: MergeReceipt) -> None:
    """Take a merge back, in one transaction: remove what it added, restore what it changed."""
    conn = store.conn

    def delete(table: str, column: str, ids: list[str]) -> None:
        conn.executemany(f"DELETE FROM {table} WHERE {column} = ?", ((i,) for i in ids))

    with store.db.atomic():
        delete("doc_references", "id", receipt.references)
        delete("links", "id", receipt.links)
        _write_states(conn, receipt.previous)
        delete("annotations", "id", receipt.tags)
        for ent_id, old in receipt.entity_aliases:
            conn.execute("UPDATE entities SET aliases = ? WHERE id = ?", (old, ent_id))
        delete("entities", "id", receipt.entities)
        delete("kinds", "name", receipt.kinds)
        delete("documents", "id", receipt.documents)


def _annotations_by_id(store: Store, ids: list[str]) -> list[Annotation]:
    out: list[Annotation] = []
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        rows = store.conn.execute(
            f"SELECT {ANNOTATION_COLUMNS} FROM annotations WHERE id IN ({', '.join('?' * len(chunk))})", chunk
        )
        out.extend(annotation_from_row(r) for r in rows)
    return out


def _write_states(conn: sqlite3.Connection, anns: list[Annotation] | tuple[Annotation, ...]) -> None:
    conn.executemany(
        'UPDATE annotations SET kind = ?, start = ?, "end" = ?, exact = ?, prefix = ?, suffix = ?, note = ?, '
        "attributes = ?, author = ?, updated_at = ?, deleted_at = ?, orphaned = ? WHERE id = ?",
        (
            (a.kind, a.start, a.end, a.exact, a.prefix, a.suffix, a.note,
             json.dumps(a.attributes, ensure_ascii=False), a.author, a.updated_at, a.deleted_at,
             int(a.orphaned), a.id)
            for a in anns
        ),
    )


__all__ = ["open_colleague_store", "read_snapshot", "apply_merge", "undo_merge", "MergeReceipt"]
