"""The Claimline store: one SQLite file, the only code in the app that speaks SQL.

A store is opened through :func:`open_store`, which refuses (and never modifies)
a file that is not a Claimline store, is corrupt, or is newer than this code.
Every write method runs in one transaction (``db.atomic()``), so each user action
is committed whole or not at all; the database is in WAL mode so that a reader on
another thread keeps working while a worker writes.

Safety (issue 13): write transactions start with ``BEGIN IMMEDIATE`` and every
connection waits up to :data:`BUSY_TIMEOUT` for another writer, so two windows or
a window and the CLI queue instead of failing.  A store that fails ``PRAGMA
quick_check`` or raises a corruption error is marked damaged for the rest of the
process: its connection is switched to ``query_only`` and every later write is
refused (:class:`StoreDamaged`).  A store whose file or folder is read-only is
opened read-only and says so (:attr:`Store.readonly_reason`).

A ``Store`` and its connection belong to the thread that opened it: a worker
thread opens its own.
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import weakref
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from desktop import storefiles
from desktop.errors import UserError
from desktop.model import Annotation, Block, DocumentInfo, Kind, StoredDocument, new_id, now_iso
from desktop.store.migrations import MIGRATION_SET, migration_progress, migrations
from desktop.store.search import register_functions

SQLITE_HEADER = b"SQLite format 3\x00"
SQLITE_NOTADB = 26  # the primary result code of "file is not a database"
# PRAGMA application_id marks the file as ours (see https://sqlite.org/pragma.html).
APPLICATION_ID = 0x434C4D4C  # "CLML"
ANNOTATION_COLUMNS = (
    'id, document_id, kind, start, "end", exact, prefix, suffix, note, attributes, '
    "author, created_at, updated_at, deleted_at, origin_store, orphaned"
)
DOCUMENT_INFO_COLUMNS = "d.id, d.title, d.source, d.format, d.sha256, d.metadata, d.imported_at, length(d.text)"


# Seconds a connection waits for another writer before "database is locked".
BUSY_TIMEOUT = 10.0
# quick_check runs when a store is opened for writing if the file is at most this
# big.  bench/bench_faults.py: 0.12 s for a 100,000-tag store (37 MB; integrity_check
# 0.5-0.7 s), about 3 ms per MB, so up to ~0.4 s here.  Bigger stores are checked
# fully by `claimline check`, and any corruption error marks them damaged.
QUICK_CHECK_MAX_BYTES = 128 * 1024 * 1024
CORRUPTION_WORDS = ("malformed", "not a database", "corrupt", "database disk image")
# Stores found damaged in this process (resolved path -> reason): never written again.
_DAMAGED: dict[str, str] = {}


class StoreError(UserError):
    """A store problem the user can understand and act on (not a bug)."""


class StoreDamaged(StoreError):
    """The store is corrupt; ``problems`` lists what SQLite found (may be empty)."""

    def __init__(self, path: Path, reason: str, problems: Sequence[str] = ()):
        reason = " ".join(reason.replace("***", " ").split())[:160]  # one line
        super().__init__(
            f"{path} is damaged ({reason}); it will not be written to. "
            "Open a backup (a .bak file beside it) or another store"
        )
        self.path = path
        self.reason = reason
        self.problems = list(problems)


def is_corruption(exc: BaseException) -> bool:
    """Whether an sqlite3 error says the file itself is damaged (not locked, not misuse)."""
    if not isinstance(exc, sqlite3.DatabaseError):
        return False
    message = str(exc).lower()
    return any(w in message for w in CORRUPTION_WORDS)


def _key(path: Path) -> str:
    return str(Path(path).expanduser().resolve())


def damaged_reason(path: Path) -> str | None:
    """Why the store at ``path`` was found damaged in this process, or None."""
    return _DAMAGED.get(_key(path))


def mark_damaged(path: Path, reason: str) -> None:
    _DAMAGED.setdefault(_key(path), reason)


def quick_check(conn: sqlite3.Connection, *, full: bool = False) -> list[str]:
    """``PRAGMA quick_check`` (or ``integrity_check``) lines other than "ok".

    A corruption error becomes a line; any other error (locked, I/O) is raised:
    it says nothing about the file's soundness.
    """
    pragma = "integrity_check" if full else "quick_check"
    try:
        return [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}") if r[0] != "ok"]
    except sqlite3.DatabaseError as exc:
        if not is_corruption(exc):
            raise
        return [f"{pragma} failed: {exc}"]


def _registered_names() -> set[str]:
    """The names of every migration this build knows (all are pending on an empty database)."""
    return {m.name for m in migrations.pending(Database(memory=True))}


def readonly_uri(path: Path) -> str:
    """The URI that reads ``path`` without writing a byte next to it.

    ``mode=ro`` alone still creates -wal and -shm files beside a WAL-mode store;
    with no -wal file there, ``immutable=1`` makes SQLite take no locks and touch
    no other file (https://sqlite.org/uri.html).
    """
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if not Path(str(path) + "-wal").exists():
        uri += "&immutable=1"
    return uri


def inspect_store(path: Path, uri: str | None = None) -> str:
    """Check, read-only, that ``path`` is a Claimline store this code can open.

    Returns "ok".  Raises StoreError with a message naming the file otherwise.  Nothing is
    written: the file is opened through :func:`readonly_uri` (or ``uri``).

    The file is read through SQLite only, never with ``open()``: SQLite's locks
    are POSIX advisory locks, and closing *any* descriptor of the file drops
    every lock this process holds on it (https://sqlite.org/howtocorrupt.html,
    2.2).  A window's or a worker's open connection would then look absent to
    another process (a second window, the command line), whose closing
    connection checkpoints and deletes the -wal and -shm files under it: its
    later commits went to a deleted WAL, other processes' commits were
    overwritten when it closed, and reads failed with "disk I/O error".  Only an
    error that says the file is damaged marks it damaged; "locked" or an I/O
    error fails this one open.
    """
    name = str(path)
    try:
        st = os.stat(path)
    except OSError as exc:
        raise StoreError(f"cannot read {name}: {exc.strerror or exc}") from None
    if stat.S_ISDIR(st.st_mode):
        raise StoreError(f"{name} is a folder, not a Claimline store")
    if not os.access(path, os.R_OK):
        raise StoreError(f"cannot read {name}: Permission denied")
    if st.st_size == 0:  # SQLite would take it for an empty database
        raise StoreError(f"{name} is not a Claimline store (not an SQLite database)")
    try:
        conn = sqlite3.connect(uri or readonly_uri(path), uri=True, timeout=BUSY_TIMEOUT)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open {name}: {exc}") from None
    # Names in a damaged file may not be UTF-8: read them as bytes.
    conn.text_factory = lambda b: b.decode("utf-8", "replace")
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        if app_id != APPLICATION_ID or "_sqlite_migrations" not in tables or "meta" not in tables:
            raise StoreError(f"{name} is an SQLite database but not a Claimline store")
        applied = {
            r[0]
            for r in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", (MIGRATION_SET,)
            )
        }
        unknown = applied - _registered_names()
        if unknown:
            raise StoreError(
                f"{name} was written by a newer version of Claimline "
                f"(schema {max(unknown)}); update Claimline to open it"
            )
        row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        stored = str(row[0]).strip() if row else ""
        if row and (not stored.isdigit() or int(stored) > len(_registered_names())):
            raise StoreError(
                f"{name} was written by a newer version of Claimline "
                f"(schema version {stored[:20]}); update Claimline to open it"
            )
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF == SQLITE_NOTADB and not _has_sqlite_header(path):
            raise StoreError(f"{name} is not a Claimline store (not an SQLite database)") from None
        if not is_corruption(exc):  # locked, an I/O error: this open fails, the store is not damaged
            raise StoreError(f"cannot open {name}: {exc}") from None
        mark_damaged(path, str(exc))
        raise StoreDamaged(path, str(exc), [str(exc)]) from None
    except (ValueError, OverflowError, MemoryError) as exc:
        mark_damaged(path, str(exc))
        raise StoreDamaged(path, f"unreadable ({type(exc).__name__})") from None
    finally:
        conn.close()
    return "ok"


def _has_sqlite_header(path: Path) -> bool:
    """Whether the file starts like an SQLite database (a damaged store does, a text file does not).

    Plain file I/O, whose close drops every POSIX lock this process holds on the
    file (see :func:`inspect_store`): called only once SQLite has found no
    database in it, so no connection of ours can be using it.
    """
    if storefiles.open_here(path):  # a store of ours, whatever SQLite said of this read
        return True
    try:
        with open(path, "rb") as fh:
            return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def open_store(
    path: str | Path,
    *,
    create: bool = True,
    readonly: bool = False,
    progress: Callable[[str, int, int], None] | None = None,
) -> "Store":
    """Open (or, with ``create``, make) the store at ``path``.

    An existing file is first inspected read-only; only a sound Claimline store
    of this or an older schema is then opened for writing, migrated (after a
    backup copy next to it) and put in WAL mode.  A long migration (building the
    search index of a large library) calls ``progress(step, done, total)``.
    """
    path = Path(path).expanduser()
    exists = path.exists()
    if exists:
        inspect_store(path)
    elif not create or readonly:
        raise StoreError(f"no Claimline store at {path}")
    else:
        if not path.parent.exists():
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create folder {path.parent}: {exc.strerror}") from None
    if readonly:
        conn = sqlite3.connect(readonly_uri(path), uri=True, timeout=BUSY_TIMEOUT)
        return Store(path, conn, readonly=True)
    reason = damaged_reason(path) if exists else None
    if reason is not None:
        raise StoreDamaged(path, reason)
    if exists and not _writable(path):
        conn = sqlite3.connect(readonly_uri(path), uri=True, timeout=BUSY_TIMEOUT)
        store = Store(path, conn, readonly=True)
        store.readonly_reason = f"{path} is read-only (file or folder permissions); edits are disabled"
        return store
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT)
    except sqlite3.Error as exc:
        if not exists:
            _remove_quietly(path)
        raise StoreError(f"cannot open {path}: {exc}") from None
    made: Store | None = None  # the Store, once made: closing it lets the file out of storefiles' guard
    try:
        store = made = Store(path, conn)
        if exists and path.stat().st_size <= QUICK_CHECK_MAX_BYTES:
            problems = quick_check(conn)
            if problems:
                store.close()  # closes the connection and lets the file out of storefiles' guard
                mark_damaged(path, problems[0])
                raise StoreDamaged(path, problems[0], problems)
        token = migration_progress.set(progress)
        try:
            store._prepare(new=not exists)
        finally:
            migration_progress.reset(token)
        store.created = not exists
    except sqlite3.Error as exc:
        if made is not None:
            made.close()
        else:
            conn.close()
        if not exists:
            _remove_quietly(path)
        elif is_corruption(exc):
            mark_damaged(path, str(exc))
            raise StoreDamaged(path, str(exc), [str(exc)]) from None
        raise StoreError(f"cannot open {path}: {exc}") from None
    return store


def _writable(path: Path) -> bool:
    """Whether the store may be written: the file, and its folder for -wal/-shm.

    Write permission bits count too, so that a file made read-only (chmod 444)
    is treated as such even by a user (root) whom the system would let write.
    """
    def can_write(p: Path) -> bool:
        return os.access(p, os.W_OK) and bool(p.stat().st_mode & 0o222)

    if not can_write(path):
        return False
    side = [Path(str(path) + s) for s in ("-wal", "-shm")]
    if all(p.exists() and can_write(p) for p in side):
        return True
    return can_write(path.parent)


def _remove_quietly(path: Path) -> None:
    for p in (path, Path(str(path) + "-wal"), Path(str(path) + "-shm")):
        try:
            p.unlink()
        except OSError:
            pass


class Store:
    """Typed access to one store file.  Use :func:`open_store` to get one."""

    def __init__(self, path: Path, conn: sqlite3.Connection, readonly: bool = False):
        self.path = path
        self.readonly = readonly
        # Why the store is read-only when the user did not ask for it (shown to them).
        self.readonly_reason: str | None = None
        self.created = False  # made by this open (a read-only command must not write to an old store)
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT * 1000)}")
        self.db = StoreDatabase(conn, self)
        self.conn = conn
        # The codebook's kinds by name, and the write counters they were read at.
        self._kinds: dict[str, Kind] = {}
        self._kinds_read_at: tuple[int, int] | None = None
        self.closed = False
        register_functions(conn)  # the search index triggers call them
        # A file (not an in-memory copy) stays out of reach of open() while this is open.
        file = next((row[2] for row in conn.execute("PRAGMA database_list") if row[1] == "main"), "")
        if file:
            storefiles.note_open(self, file)

    # -- safety ----------------------------------------------------------------

    @property
    def damaged(self) -> str | None:
        """Why this store was found damaged in this process, or None."""
        return damaged_reason(self.path)

    def ensure_writable(self) -> None:
        """Raise StoreError unless a write may start (not read-only, not damaged)."""
        reason = self.damaged
        if reason is not None:
            raise StoreDamaged(self.path, reason)
        if self.readonly:
            raise StoreError(self.readonly_reason or f"{self.path} is open read-only; edits are disabled")

    def note_error(self, exc: BaseException) -> None:
        """After an sqlite3 error: a corruption error marks the store damaged for good."""
        if is_corruption(exc):
            mark_damaged(self.path, str(exc))
            try:
                self.conn.execute("PRAGMA query_only = ON")
            except sqlite3.Error:
                pass

    # -- lifecycle -------------------------------------------------------------

    def _prepare(self, new: bool) -> None:
        self.conn.execute("PRAGMA foreign_keys = ON")
        # WAL: readers on other threads go on while one writes; NORMAL sync is
        # durable across application crashes (https://sqlite.org/wal.html).
        self.db.enable_wal()
        self.conn.execute("PRAGMA synchronous = NORMAL")
        pending = migrations.pending(self.db)
        if pending and not new:
            self._backup_before_migration()
        if new:
            self.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        migrations.apply(self.db)
        if new:
            with self.db.atomic():
                self._set_meta("store_id", new_id())
                self._set_meta("created_at", now_iso())
                self._set_meta("app", "claimline")
        version = str(len(migrations.applied(self.db)))
        if self.meta("schema_version") != version:  # a read-only command changes nothing
            with self.db.atomic():
                self._set_meta("schema_version", version)

    def _backup_before_migration(self) -> None:
        target = self.path.with_name(self.path.name + f".before-v{len(_registered_names())}.bak")
        dest = sqlite3.connect(str(target))
        try:
            self.conn.backup(dest)
        finally:
            dest.close()

    def close(self) -> None:
        self.closed = True
        try:
            self.conn.close()
        except sqlite3.Error:
            pass
        storefiles.note_closed(self)

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic unit of work (nests as a savepoint)."""
        with self.db.atomic():
            yield

    # -- meta ------------------------------------------------------------------

    def _set_meta(self, key: str, value: str) -> None:
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def set_meta(self, key: str, value: str) -> None:
        with self.db.atomic():
            self._set_meta(key, value)

    def meta(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    @property
    def store_id(self) -> str:
        return self.meta("store_id") or ""

    @property
    def schema_version(self) -> int:
        return len(migrations.applied(self.db))

    # -- kinds -----------------------------------------------------------------

    def kinds(self) -> list[Kind]:
        """The codebook's kinds in their order (cached until the store is written)."""
        return list(self._kind_index().values())

    def kind(self, name: str) -> Kind | None:
        return self._kind_index().get(name)

    def _kind_index(self) -> dict[str, Kind]:
        # The store is the one owner of this cache.  It is read again after any
        # write: this connection's (total_changes: a kind added, edited, removed,
        # or brought by a merge) or another connection's (data_version).  A closed
        # store answers with the kinds as last read (a window shutting down).
        if self.closed:
            return self._kinds
        stamp = (self.conn.execute("PRAGMA data_version").fetchone()[0], self.conn.total_changes)
        if stamp != self._kinds_read_at:
            rows = self.conn.execute(
                "SELECT name, label, colour, shortcut, position FROM kinds ORDER BY position, name"
            )
            self._kinds = {row[0]: Kind(*row) for row in rows}
            self._kinds_read_at = stamp
        return self._kinds

    # -- documents -------------------------------------------------------------

    def find_document_by_sha(self, sha256: str) -> DocumentInfo | None:
        rows = self._document_infos("WHERE d.sha256 = ?", (sha256,))
        return rows[0] if rows else None

    def insert_document(
        self,
        *,
        title: str,
        text: str,
        format: str,
        source: str | None,
        sha256: str,
        metadata: dict[str, Any],
        pages: Sequence[int],
        blocks: Sequence[Block],
    ) -> str:
        doc_id = new_id()
        with self.db.atomic():
            self.conn.execute(
                "INSERT INTO documents (id, title, source, format, text, sha256, metadata, "
                "pages, blocks, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    doc_id,
                    title,
                    source,
                    format,
                    text,
                    sha256,
                    json.dumps(metadata, ensure_ascii=False),
                    json.dumps(list(pages)),
                    json.dumps([[b.start, b.end, b.kind, b.level] for b in blocks]),
                    now_iso(),
                ),
            )
        return doc_id

    def _document_infos(self, where: str = "", params: Sequence[Any] = ()) -> list[DocumentInfo]:
        sql = (
            f"SELECT {DOCUMENT_INFO_COLUMNS}, "
            "(SELECT count(*) FROM annotations a WHERE a.document_id = d.id AND a.deleted_at IS NULL) "
            f"FROM documents d {where} ORDER BY d.imported_at, d.rowid"
        )
        out = []
        for row in self.conn.execute(sql, params):
            out.append(
                DocumentInfo(
                    id=row[0],
                    title=row[1],
                    source=row[2],
                    format=row[3],
                    sha256=row[4],
                    metadata=_loads(row[5], f"metadata of document {row[0]}"),
                    imported_at=row[6],
                    length=row[7],
                    tag_count=row[8],
                )
            )
        return out

    def documents(self) -> list[DocumentInfo]:
        """Live documents (a deleted one is a tombstone: see desktop.store.library)."""
        return self._document_infos("WHERE d.deleted_at IS NULL")

    def document_titles(self) -> dict[str, str]:
        """Title of every live document by id (without reading texts or counting tags)."""
        return dict(self.conn.execute("SELECT id, title FROM documents WHERE deleted_at IS NULL").fetchall())

    def document_info(self, doc_id: str) -> DocumentInfo | None:
        rows = self._document_infos("WHERE d.id = ?", (doc_id,))
        return rows[0] if rows else None

    def document(self, doc_id: str) -> StoredDocument | None:
        info = self.document_info(doc_id)
        if info is None:
            return None
        text, pages, blocks = self.conn.execute(
            "SELECT text, pages, blocks FROM documents WHERE id = ?", (doc_id,)
        ).fetchone()
        return StoredDocument(
            info=info,
            text=text,
            pages=tuple(_loads(pages, f"pages of document {doc_id}")),
            blocks=tuple(Block(*b) for b in _loads(blocks, f"blocks of document {doc_id}")),
        )

    def document_text(self, doc_id: str) -> str | None:
        row = self.conn.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return row[0] if row else None

    def find_documents(self, ref: str) -> list[DocumentInfo]:
        """Documents whose id is ``ref``, starts with ``ref``, or whose title contains it."""
        exact = self._document_infos("WHERE d.id = ? AND d.deleted_at IS NULL", (ref,))
        if exact:
            return exact
        by_prefix = self._document_infos(
            "WHERE d.id LIKE ? ESCAPE '\\' AND d.deleted_at IS NULL", (like_escape(ref) + "%",)
        )
        if by_prefix:
            return by_prefix
        # SQLite's LIKE folds ASCII only; fold Unicode titles in Python instead.
        needle = ref.casefold()
        return [d for d in self.documents() if needle in d.title.casefold()]

    # -- annotations -----------------------------------------------------------

    def insert_annotation(self, ann: Annotation) -> None:
        with self.db.atomic():
            self._insert_annotations([ann])

    def insert_annotations(self, anns: Iterable[Annotation]) -> None:
        """Bulk insert in one transaction (uses executemany: see PITFALLS)."""
        with self.db.atomic():
            self._insert_annotations(anns)

    def _insert_annotations(self, anns: Iterable[Annotation]) -> None:
        self.conn.executemany(
            f"INSERT INTO annotations ({ANNOTATION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (annotation_row(a) for a in anns),
        )

    def update_annotation(self, ann: Annotation) -> None:
        """Write every mutable field of ``ann`` (matched by id) in one transaction."""
        with self.db.atomic():
            cur = self.conn.execute(
                'UPDATE annotations SET kind = ?, start = ?, "end" = ?, exact = ?, prefix = ?, '
                "suffix = ?, note = ?, attributes = ?, updated_at = ?, deleted_at = ?, orphaned = ? WHERE id = ?",
                (
                    ann.kind,
                    ann.start,
                    ann.end,
                    ann.exact,
                    ann.prefix,
                    ann.suffix,
                    ann.note,
                    json.dumps(ann.attributes, ensure_ascii=False),
                    ann.updated_at,
                    ann.deleted_at,
                    int(ann.orphaned),
                    ann.id,
                ),
            )
            if cur.rowcount != 1:
                raise StoreError(f"no tag with id {ann.id}")

    def entity_names(self) -> dict[str, str]:
        """Canonical name of every live entity, by id."""
        rows = self.conn.execute("SELECT id, name FROM entities WHERE deleted_at IS NULL")
        return {r[0]: r[1] for r in rows}

    def annotation(self, ann_id: str) -> Annotation | None:
        row = self.conn.execute(
            f"SELECT {ANNOTATION_COLUMNS} FROM annotations WHERE id = ?", (ann_id,)
        ).fetchone()
        return annotation_from_row(row) if row else None

    def annotations(
        self,
        document_id: str | None = None,
        *,
        kind: str | None = None,
        include_deleted: bool = False,
    ) -> list[Annotation]:
        """Tags ordered by document and position; live ones unless ``include_deleted``."""
        clauses, params = [], []
        if document_id is not None:
            clauses.append("document_id = ?")
            params.append(document_id)
        if kind is not None:
            clauses.append("kind = ?")
            params.append(kind)
        if not include_deleted:
            clauses.append("deleted_at IS NULL")
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        rows = self.conn.execute(
            f'SELECT {ANNOTATION_COLUMNS} FROM annotations {where} ORDER BY document_id, start, "end", created_at',
            params,
        )
        return [annotation_from_row(r) for r in rows]

    # -- checks ----------------------------------------------------------------

    def integrity_problems(self) -> list[str]:
        """SQLite's integrity and foreign-key checks, then every live tag's quote."""
        problems = [f"integrity: {line}" for line in quick_check(self.conn, full=True)]
        if problems:  # the rest reads the damaged tables: stop here
            mark_damaged(self.path, problems[0])
            return problems
        for row in self.conn.execute("PRAGMA foreign_key_check"):
            problems.append(f"foreign key: table {row[0]} row {row[1]} refers to missing {row[2]}")
        json_columns = (("documents", "id", ("metadata", "pages", "blocks")), ("annotations", "id", ("attributes",)))
        for table, key, columns in json_columns:
            for row in self.conn.execute(f"SELECT {key}, {', '.join(columns)} FROM {table}"):
                for column, raw in zip(columns, row[1:]):
                    try:
                        json.loads(raw)
                    except (ValueError, TypeError, RecursionError):
                        problems.append(f"{table} {row[0]}: {column} is not valid JSON")
        texts: dict[str, str] = {}
        rows = self.conn.execute(
            'SELECT a.id, a.document_id, a.start, a."end", a.exact FROM annotations a '
            "WHERE a.deleted_at IS NULL AND a.orphaned = 0 ORDER BY a.document_id"
        )
        for ann_id, doc_id, start, end, exact in rows:
            if doc_id not in texts:
                texts[doc_id] = self.document_text(doc_id) or ""
            if not (isinstance(start, int) and isinstance(end, int)) or texts[doc_id][start:end] != exact:
                problems.append(f"tag {ann_id}: quote does not match its document text at {start}-{end}")
        return problems

    def backup_to(self, target: Path) -> None:
        """A consistent copy of the whole store (SQLite backup API).

        Written under a hidden ``.part`` name and renamed when complete, so that a
        ``.bak`` file is never half a store, even after a kill -9.
        """
        part = target.with_name(f".{target.name}.part")
        dest = sqlite3.connect(str(part))
        try:
            self.conn.backup(dest)
        except BaseException:
            dest.close()
            part.unlink(missing_ok=True)
            raise
        dest.close()
        os.replace(part, target)

    def copy_file_to(self, target: Path) -> None:
        """The whole store as one file at ``target`` (for tests and 'Save a copy').

        Through SQLite's backup API, never a file copy: reading the store with
        ``open()`` would drop this process's locks on it (see :func:`inspect_store`).
        """
        self.backup_to(target)


class StoreDatabase(Database):
    """sqlite-utils' Database whose transactions are safe for a shared store.

    The outermost ``atomic()`` block starts with ``BEGIN IMMEDIATE``: a deferred
    BEGIN cannot upgrade its lock when another writer committed first, and fails
    at once whatever the busy timeout (PITFALLS).  Inner blocks are savepoints.
    A damaged or read-only store refuses to start a write; a corruption error
    inside a write marks the store damaged.
    """

    def __init__(self, conn: sqlite3.Connection, store: "Store"):
        super().__init__(conn)
        # A weak reference: the store owns this object, and a strong one back would make a
        # cycle, so a store nobody closed would wait for the garbage collector, which may
        # close its connection on any thread and keeps its file noted as open until then.
        self._store_ref = weakref.ref(store)

    @property
    def _store(self) -> "Store":
        store = self._store_ref()
        if store is None:
            raise StoreError("the store behind this database was released")
        return store

    @contextmanager
    def atomic(self) -> Iterator["Database"]:
        self._store.ensure_writable()
        if self.conn.in_transaction:
            with super().atomic():
                yield self
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.DatabaseError as exc:
            self._store.note_error(exc)
            raise
        try:
            yield self
            self.conn.execute("COMMIT")
        except BaseException as exc:
            self._store.note_error(exc)
            if self.conn.in_transaction:
                self.conn.rollback()
            raise


def _loads(raw: Any, what: str) -> Any:
    """A JSON column; damaged content (SQLite cannot see it) is a StoreError, not a traceback."""
    try:
        return json.loads(raw)
    except (ValueError, TypeError, RecursionError):
        raise StoreError(f"the store holds an unreadable value ({what}); run claimline check") from None


def like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def annotation_row(a: Annotation) -> tuple[Any, ...]:
    return (
        a.id,
        a.document_id,
        a.kind,
        a.start,
        a.end,
        a.exact,
        a.prefix,
        a.suffix,
        a.note,
        json.dumps(a.attributes, ensure_ascii=False),
        a.author,
        a.created_at,
        a.updated_at,
        a.deleted_at,
        a.origin_store,
        int(a.orphaned),
    )


def annotation_from_row(row: Sequence[Any]) -> Annotation:
    # Columns are in the dataclass's field order (ANNOTATION_COLUMNS).
    attributes = {} if row[9] == "{}" else _loads(row[9], f"attributes of tag {row[0]}")
    return Annotation(*row[:9], attributes, *row[10:15], bool(row[15]))  # type: ignore[call-arg]
