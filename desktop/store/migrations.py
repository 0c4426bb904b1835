"""Numbered, append-only schema migrations of a Claimline store.

Never edit a migration once it has shipped: add ``m00N_…`` below instead.  A store
that has applied a migration this build does not know is newer than the code and
is refused (see :func:`desktop.store.db.open_store`).
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATION_SET = "claimline"
migrations = Migrations(MIGRATION_SET)

# The four kinds every store starts with: name, label, colour, shortcut key.
BUILTIN_KINDS = (
    ("claim", "Claim", "#f2b63c", "C"),
    ("actor", "Actor", "#5b9bf0", "A"),
    ("figure", "Figure", "#4cc38a", "F"),
    ("date", "Date / event", "#d77be0", "D"),
)


@migrations()
def m001_foundation(db: Database) -> None:
    """Meta, documents, kinds and annotations."""
    db.execute(
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"
    )
    db.execute(
        """CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            source TEXT,
            format TEXT NOT NULL,
            text TEXT NOT NULL,
            sha256 TEXT NOT NULL UNIQUE,
            metadata TEXT NOT NULL DEFAULT '{}',
            pages TEXT NOT NULL DEFAULT '[]',
            blocks TEXT NOT NULL DEFAULT '[]',
            imported_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE kinds (
            name TEXT PRIMARY KEY,
            label TEXT NOT NULL,
            colour TEXT NOT NULL,
            shortcut TEXT,
            position INTEGER NOT NULL DEFAULT 0
        )"""
    )
    db.execute(
        """CREATE TABLE annotations (
            id TEXT PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            kind TEXT NOT NULL REFERENCES kinds(name) ON UPDATE CASCADE,
            start INTEGER NOT NULL CHECK (start >= 0),
            "end" INTEGER NOT NULL CHECK ("end" > start),
            exact TEXT NOT NULL,
            prefix TEXT NOT NULL DEFAULT '',
            suffix TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            attributes TEXT NOT NULL DEFAULT '{}',
            author TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT
        )"""
    )
    db.execute("CREATE INDEX annotations_document_start ON annotations(document_id, start)")
    db.execute("CREATE INDEX annotations_kind ON annotations(kind)")
    db.conn.executemany(
        "INSERT INTO kinds (name, label, colour, shortcut, position) VALUES (?, ?, ?, ?, ?)",
        [(n, label, c, s, i) for i, (n, label, c, s) in enumerate(BUILTIN_KINDS)],
    )


@migrations()
def m002_meaning_and_provenance(db: Database) -> None:
    """Entities, links, references, codebook details, and where a merged tag came from."""
    # The store id a merged tag came from (NULL: made in this store).
    db.execute("ALTER TABLE annotations ADD COLUMN origin_store TEXT")
    db.execute("ALTER TABLE kinds ADD COLUMN description TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE kinds ADD COLUMN parent TEXT REFERENCES kinds(name) ON UPDATE CASCADE")
    db.execute(
        """CREATE TABLE entities (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            type TEXT NOT NULL DEFAULT 'other'
                CHECK (type IN ('person', 'organisation', 'state', 'place', 'other')),
            aliases TEXT NOT NULL DEFAULT '[]',
            roles TEXT NOT NULL DEFAULT '[]',
            country TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT
        )"""
    )
    db.execute("CREATE INDEX entities_name ON entities(name COLLATE NOCASE)")
    db.execute(
        """CREATE TABLE links (
            id TEXT PRIMARY KEY,
            source_id TEXT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
            target_id TEXT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
            relation TEXT NOT NULL,
            author TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT,
            origin_store TEXT,
            CHECK (source_id <> target_id)
        )"""
    )
    db.execute("CREATE INDEX links_source ON links(source_id)")
    db.execute("CREATE INDEX links_target ON links(target_id)")
    db.execute(
        """CREATE TABLE doc_references (
            id TEXT PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            label TEXT NOT NULL,
            text TEXT NOT NULL,
            url TEXT,
            accessed TEXT,
            start INTEGER,
            "end" INTEGER
        )"""
    )
    db.execute("CREATE INDEX doc_references_document ON doc_references(document_id)")


@migrations()
def m003_versions_orphans_suggestions(db: Database) -> None:
    """Document versions (re-import), orphaned tags, dismissed suggestions."""
    db.execute("ALTER TABLE documents ADD COLUMN version INTEGER NOT NULL DEFAULT 1")
    # A tag whose quote could not be placed in a new version keeps its last
    # span and quote and is listed as an orphan, never deleted.
    db.execute("ALTER TABLE annotations ADD COLUMN orphaned INTEGER NOT NULL DEFAULT 0")
    db.execute(
        """CREATE TABLE document_versions (
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            version INTEGER NOT NULL,
            text TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            source TEXT,
            PRIMARY KEY (document_id, version)
        )"""
    )
    db.execute(
        """CREATE TABLE dismissed_suggestions (
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            exact TEXT NOT NULL,
            dismissed_at TEXT NOT NULL,
            PRIMARY KEY (document_id, kind, start, "end")
        )"""
    )


# Whoever opens (and so migrates) a store may watch a long migration: see
# :func:`desktop.store.db.open_store`'s ``progress``.  A ContextVar, because
# sqlite-utils calls a migration with the database alone.
migration_progress: ContextVar[Callable[[str, int, int], None] | None] = ContextVar(
    "migration_progress", default=None
)


def _report(step: str) -> Callable[[int, int], None] | None:
    callback = migration_progress.get()
    if callback is None:
        return None
    return lambda done, total: callback(step, done, total)


@migrations()
def m004_library(db: Database) -> None:
    """Full-text index, collections and saved searches, document tombstones."""
    from desktop.store import search

    search.register_functions(db.conn)
    # A deleted document keeps its row (undo brings it back); lists and search skip it.
    db.execute("ALTER TABLE documents ADD COLUMN deleted_at TEXT")
    # Entity counts, mentions and filters read live actor tags by entity from this index alone.
    db.execute(
        "CREATE INDEX annotations_entity ON annotations(json_extract(attributes, '$.entity_id'), document_id) "
        "WHERE kind = 'actor' AND deleted_at IS NULL"
    )
    # Library-wide views ask for one kind in document order (figures, dates, claims): with
    # only (kind) and (document_id, start), SQLite walked all tags in document order.
    db.execute("CREATE INDEX annotations_kind_document ON annotations(kind, document_id, start)")
    db.execute("DROP INDEX annotations_kind")
    # Every column after `text` in a row sits behind its overflow pages (30 KB of text:
    # about 8 pages to walk), so lists and joins that need a document's title, state
    # or metadata read them from this covering index instead of the row.
    db.execute(
        "CREATE INDEX documents_listing ON documents(id, deleted_at, title, imported_at, format, source, metadata)"
    )
    # The few deleted documents, for searches that rank first and drop those after.
    db.execute("CREATE INDEX documents_deleted ON documents(deleted_at) WHERE deleted_at IS NOT NULL")
    # The library counts each document's live tags per kind from this index alone.
    db.execute("CREATE INDEX annotations_document_kind ON annotations(document_id, kind) WHERE deleted_at IS NULL")
    db.execute(
        """CREATE TABLE collections (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            parent_id TEXT REFERENCES collections(id) ON DELETE CASCADE,
            query TEXT,
            position INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT
        )"""
    )
    db.execute(
        """CREATE TABLE collection_documents (
            collection_id TEXT NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            added_at TEXT NOT NULL,
            PRIMARY KEY (collection_id, document_id)
        )"""
    )
    db.execute("CREATE INDEX collection_documents_document ON collection_documents(document_id)")
    search.create_index(db.conn)
    search.rebuild_index(db.conn, _report("Building the search index"))
