"""The full-text index (SQLite FTS5) and the SQL of searching it.

Three contentless FTS5 tables hold *folded* text (:mod:`desktop.search.fold`):
``search_text`` (a document's text, rowid = documents.rowid), ``search_tags``
(a live tag's quote and note, rowid = annotations.rowid) and ``search_entities``
(a live entity's name and aliases, rowid = entities.rowid).  Triggers keep them
current inside the very statement that changes the row, so every write path —
import, re-import, tag edits, undo, merge, entity edits — updates the index in
its own transaction without knowing about it.  The triggers call the SQL
function ``cl_fold``: every connection that writes to a store must have it
(:func:`register_functions`, which :class:`desktop.store.Store` calls).

Contentless tables keep only the index, not a second copy of 300 MB of text;
the price is that removing a row needs its old values folded the same way, so
:func:`desktop.search.fold.fold` may only change together with a migration
that calls :func:`rebuild_index`.  ``VACUUM`` may renumber the rowids of
tables without an INTEGER PRIMARY KEY: run :func:`rebuild_index` after one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop.search.fold import fold

if TYPE_CHECKING:
    from desktop.store.db import Store

# unicode61 with no diacritic removal: the text is folded already (see fold.py).
TOKENIZER = "unicode61 remove_diacritics 0"
INDEX_TABLES = ("search_text", "search_tags", "search_entities")
# An entity's aliases as words; a value that is not a JSON array (a damaged or hostile
# row) is indexed as it is rather than making the write fail.
_ALIASES = (
    "(CASE WHEN json_valid({row}.aliases) AND json_type({row}.aliases) = 'array' "
    "THEN (SELECT group_concat(value, ' ') FROM json_each({row}.aliases)) ELSE {row}.aliases END)"
)

SCHEMA = (
    f"CREATE VIRTUAL TABLE search_text USING fts5(body, content='', tokenize='{TOKENIZER}')",
    f"CREATE VIRTUAL TABLE search_tags USING fts5(quote, note, content='', tokenize='{TOKENIZER}')",
    f"CREATE VIRTUAL TABLE search_entities USING fts5(name, aliases, content='', tokenize='{TOKENIZER}')",
    # documents: the text
    """CREATE TRIGGER search_documents_insert AFTER INSERT ON documents BEGIN
        INSERT INTO search_text (rowid, body) VALUES (new.rowid, cl_fold(new.text));
    END""",
    """CREATE TRIGGER search_documents_delete AFTER DELETE ON documents BEGIN
        INSERT INTO search_text (search_text, rowid, body) VALUES ('delete', old.rowid, cl_fold(old.text));
    END""",
    """CREATE TRIGGER search_documents_update AFTER UPDATE OF text ON documents
    WHEN old.text IS NOT new.text BEGIN
        INSERT INTO search_text (search_text, rowid, body) VALUES ('delete', old.rowid, cl_fold(old.text));
        INSERT INTO search_text (rowid, body) VALUES (new.rowid, cl_fold(new.text));
    END""",
    # annotations: live tags only (undo of a delete clears deleted_at: back in)
    """CREATE TRIGGER search_tags_insert AFTER INSERT ON annotations WHEN new.deleted_at IS NULL BEGIN
        INSERT INTO search_tags (rowid, quote, note) VALUES (new.rowid, cl_fold(new.exact), cl_fold(new.note));
    END""",
    """CREATE TRIGGER search_tags_delete AFTER DELETE ON annotations WHEN old.deleted_at IS NULL BEGIN
        INSERT INTO search_tags (search_tags, rowid, quote, note)
        VALUES ('delete', old.rowid, cl_fold(old.exact), cl_fold(old.note));
    END""",
    """CREATE TRIGGER search_tags_update AFTER UPDATE OF exact, note, deleted_at ON annotations
    WHEN old.exact IS NOT new.exact OR old.note IS NOT new.note
        OR (old.deleted_at IS NULL) <> (new.deleted_at IS NULL) BEGIN
        INSERT INTO search_tags (search_tags, rowid, quote, note)
        SELECT 'delete', old.rowid, cl_fold(old.exact), cl_fold(old.note) WHERE old.deleted_at IS NULL;
        INSERT INTO search_tags (rowid, quote, note)
        SELECT new.rowid, cl_fold(new.exact), cl_fold(new.note) WHERE new.deleted_at IS NULL;
    END""",
    # entities: live ones, name and aliases
    f"""CREATE TRIGGER search_entities_insert AFTER INSERT ON entities WHEN new.deleted_at IS NULL BEGIN
        INSERT INTO search_entities (rowid, name, aliases)
        VALUES (new.rowid, cl_fold(new.name), cl_fold({_ALIASES.format(row='new')}));
    END""",
    f"""CREATE TRIGGER search_entities_delete AFTER DELETE ON entities WHEN old.deleted_at IS NULL BEGIN
        INSERT INTO search_entities (search_entities, rowid, name, aliases)
        VALUES ('delete', old.rowid, cl_fold(old.name), cl_fold({_ALIASES.format(row='old')}));
    END""",
    f"""CREATE TRIGGER search_entities_update AFTER UPDATE OF name, aliases, deleted_at ON entities
    WHEN old.name IS NOT new.name OR old.aliases IS NOT new.aliases
        OR (old.deleted_at IS NULL) <> (new.deleted_at IS NULL) BEGIN
        INSERT INTO search_entities (search_entities, rowid, name, aliases)
        SELECT 'delete', old.rowid, cl_fold(old.name), cl_fold({_ALIASES.format(row='old')})
        WHERE old.deleted_at IS NULL;
        INSERT INTO search_entities (rowid, name, aliases)
        SELECT new.rowid, cl_fold(new.name), cl_fold({_ALIASES.format(row='new')}) WHERE new.deleted_at IS NULL;
    END""",
)

Progress = Callable[[int, int], None]


def register_functions(conn: sqlite3.Connection) -> None:
    """Give ``conn`` the SQL functions the index triggers call."""
    conn.create_function("cl_fold", 1, _sql_fold, deterministic=True)


def _as_text(value: object) -> str:
    if value is None or isinstance(value, str):
        return value or ""
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def _sql_fold(value: object) -> str:
    # A damaged row may hold a number or bytes where text belongs: index what it
    # says rather than fail the write.
    return fold(_as_text(value))


def create_index(conn: sqlite3.Connection) -> None:
    for statement in SCHEMA:
        conn.execute(statement)


def rebuild_index(conn: sqlite3.Connection, progress: Progress | None = None) -> None:
    """Empty the three index tables and fill them from the store's rows.

    Runs in the caller's transaction.  ``progress(done, total)`` is called after
    each batch of documents (the bulk of the work) and once at the end.
    """
    register_functions(conn)
    for table in INDEX_TABLES:
        conn.execute(f"INSERT INTO {table} ({table}) VALUES ('delete-all')")
    total = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    done = 0
    last = 0
    while True:
        rows = conn.execute(
            "SELECT rowid, text FROM documents WHERE rowid > ? ORDER BY rowid LIMIT 200", (last,)
        ).fetchall()
        if not rows:
            break
        conn.executemany("INSERT INTO search_text (rowid, body) VALUES (?, ?)", ((r, fold(t)) for r, t in rows))
        last = rows[-1][0]
        done += len(rows)
        if progress is not None:
            progress(done, total)
    conn.execute(
        "INSERT INTO search_tags (rowid, quote, note) "
        "SELECT rowid, cl_fold(exact), cl_fold(note) FROM annotations WHERE deleted_at IS NULL"
    )
    conn.execute(
        "INSERT INTO search_entities (rowid, name, aliases) "
        f"SELECT rowid, cl_fold(name), cl_fold({_ALIASES.format(row='entities')}) "
        "FROM entities WHERE deleted_at IS NULL"
    )
    if progress is not None:
        progress(total, total)


# -- searching ---------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentFilter:
    """Which documents a search may return (all criteria must hold)."""

    authors: tuple[str, ...] = ()  # folded substrings of the author
    titles: tuple[str, ...] = ()  # folded substrings of the title, or id prefixes
    after: str | None = None  # publication date >= (ISO prefix)
    before: str | None = None  # publication date < (ISO prefix)
    document_ids: tuple[str, ...] | None = None  # None: any

    def sql(self, alias: str = "d") -> tuple[str, list[Any]]:
        clauses = [f"{alias}.deleted_at IS NULL"]
        params: list[Any] = []
        if self.authors:
            clauses.append(
                "(" + " OR ".join(
                    f"instr(cl_fold(json_extract({alias}.metadata, '$.author')), ?) > 0" for _ in self.authors
                ) + ")"
            )
            params.extend(self.authors)
        if self.titles:
            clauses.append(
                "(" + " OR ".join(
                    f"(instr(cl_fold({alias}.title), ?) > 0 OR {alias}.id LIKE ? || '%')" for _ in self.titles
                ) + ")"
            )
            for t in self.titles:
                params.extend((t, t))
        published = f"json_extract({alias}.metadata, '$.published')"
        if self.after:
            clauses.append(f"{published} >= ?")
            params.append(self.after)
        if self.before:
            clauses.append(f"{published} < ?")
            params.append(self.before)
        if self.document_ids is not None:
            clauses.append(f"{alias}.id IN (SELECT value FROM json_each(?))")
            params.append(_json_list(self.document_ids))
        return (" AND ".join(clauses) or "1"), params


def _json_list(values: Sequence[object]) -> str:
    import json

    return json.dumps(list(values))


def _deleted_rowids(conn: sqlite3.Connection) -> set[int]:
    return {r[0] for r in conn.execute("SELECT rowid FROM documents WHERE deleted_at IS NOT NULL")}


def _titles_by_rowid(conn: sqlite3.Connection, rowids: Sequence[int]) -> dict[int, tuple[str, str]]:
    # id and title come before the text in the row: no overflow pages to walk.
    rows = conn.execute(
        "SELECT d.rowid, d.id, d.title FROM documents d WHERE d.rowid IN (SELECT value FROM json_each(?))",
        (_json_list(list(rowids)),),
    )
    return {rowid: (doc_id, title) for rowid, doc_id, title in rows}


def text_matches(
    store: "Store", fts: str, where: DocumentFilter, limit: int
) -> list[tuple[str, str, float]]:
    """(document id, title, bm25) of documents whose text matches, best first."""
    conn = store.conn
    if where == DocumentFilter():
        # No filter but "not deleted": rank the index alone, fetch as many more as
        # there are deleted documents, and drop those.
        deleted = _deleted_rowids(conn)
        ranked = conn.execute(
            "SELECT rowid, bm25(search_text) AS score FROM search_text WHERE search_text MATCH ? "
            "ORDER BY score LIMIT ?",
            (fts, limit + len(deleted)),
        ).fetchall()
        ranked = [(r, s) for r, s in ranked if r not in deleted][:limit]
    else:
        clause, params = where.sql()
        # The documents that pass the filter come from the covering index documents_listing
        # (a join on the row would walk each matching text's overflow pages to reach
        # deleted_at); "+rowid" makes it a test on each match, not a rowid constraint
        # (FTS5 would run the whole query once per listed rowid).
        ranked = conn.execute(
            "SELECT rowid, bm25(search_text) AS score FROM search_text WHERE search_text MATCH ? "
            f"AND +rowid IN (SELECT d.rowid FROM documents d INDEXED BY documents_listing WHERE {clause}) "
            "ORDER BY score LIMIT ?",
            (fts, *params, limit),
        ).fetchall()
    titles = _titles_by_rowid(conn, [r for r, _s in ranked])
    return [(*titles[rowid], score) for rowid, score in ranked if rowid in titles]


def tag_matches(
    store: "Store",
    fts: str | None,
    where: DocumentFilter,
    kinds: Sequence[str],
    limit: int,
) -> list[tuple[Any, ...]]:
    """Live tags whose quote or note matches (all tags of ``kinds`` when ``fts`` is None).

    Rows: tag id, document id, title, kind, start, end, exact, note, bm25 (0 without words).
    """
    conn = store.conn
    clause, params = where.sql()
    kind_clause = ""
    if kinds:
        kind_clause = " AND a.kind IN (" + ", ".join("?" for _ in kinds) + ")"
        params = [*params, *kinds]
    columns = 'a.id, a.document_id, d.title, a.kind, a.start, a."end", a.exact, a.note'
    if fts is None:
        return conn.execute(
            f"SELECT {columns}, 0 FROM annotations a JOIN documents d ON d.id = a.document_id "
            f"WHERE a.deleted_at IS NULL AND {clause}{kind_clause} "
            'ORDER BY d.rowid, a.start LIMIT ?',
            (*params, limit),
        ).fetchall()
    if not kinds and where == DocumentFilter():
        # The index holds live tags only, and deleting a document tombstones its tags:
        # rank the index alone, then read the few rows shown.
        ranked = conn.execute(
            "SELECT rowid, bm25(search_tags) AS score FROM search_tags WHERE search_tags MATCH ? "
            "ORDER BY score LIMIT ?",
            (fts, limit),
        ).fetchall()
        scores = dict(ranked)
        rows = conn.execute(
            f"SELECT a.rowid, {columns} FROM annotations a JOIN documents d ON d.id = a.document_id "
            "WHERE a.rowid IN (SELECT value FROM json_each(?)) AND d.deleted_at IS NULL",
            (_json_list(list(scores)),),
        ).fetchall()
        found = sorted(((*r[1:], scores[r[0]]) for r in rows), key=lambda r: r[-1])
        if len(found) == len(ranked):
            return found
    return conn.execute(
        f"SELECT {columns}, bm25(search_tags) AS score FROM search_tags "
        "JOIN annotations a ON a.rowid = search_tags.rowid JOIN documents d ON d.id = a.document_id "
        f"WHERE search_tags MATCH ? AND {clause}{kind_clause} ORDER BY score LIMIT ?",
        (fts, *params, limit),
    ).fetchall()


def entity_matches(store: "Store", fts: str, limit: int) -> list[tuple[str, str, float]]:
    """(entity id, name, bm25) of live entities whose name or an alias matches."""
    conn = store.conn
    return conn.execute(
        "SELECT e.id, e.name, bm25(search_entities) AS score FROM search_entities "
        "JOIN entities e ON e.rowid = search_entities.rowid "
        "WHERE search_entities MATCH ? ORDER BY score LIMIT ?",
        (fts, limit),
    ).fetchall()


def entity_mentions(
    store: "Store", entity_ids: Sequence[str], where: DocumentFilter, limit: int
) -> list[tuple[Any, ...]]:
    """Live actor tags referring to any of ``entity_ids``: tag id, document id, title, entity id, start, end."""
    conn = store.conn
    clause, params = where.sql()
    return conn.execute(
        'SELECT a.id, a.document_id, d.title, json_extract(a.attributes, \'$.entity_id\') AS eid, a.start, a."end" '
        "FROM annotations a JOIN documents d ON d.id = a.document_id "
        "WHERE a.deleted_at IS NULL AND a.kind = 'actor' AND eid IN (SELECT value FROM json_each(?)) "
        f"AND {clause} ORDER BY d.rowid, a.start LIMIT ?",
        (_json_list(entity_ids), *params, limit),
    ).fetchall()


def documents_mentioning(store: "Store", entity_ids: Sequence[str]) -> list[str]:
    conn = store.conn
    rows = conn.execute(
        "SELECT DISTINCT document_id FROM annotations WHERE deleted_at IS NULL AND kind = 'actor' "
        "AND json_extract(attributes, '$.entity_id') IN (SELECT value FROM json_each(?))",
        (_json_list(entity_ids),),
    )
    return [r[0] for r in rows]


def texts(store: "Store", document_ids: Sequence[str]) -> dict[str, str]:
    conn = store.conn
    rows = conn.execute(
        "SELECT id, text FROM documents WHERE id IN (SELECT value FROM json_each(?))", (_json_list(document_ids),)
    )
    # Text as the index saw it (_sql_fold), even in a damaged row.
    return {doc_id: text if isinstance(text, str) else _as_text(text) for doc_id, text in rows}


def index_size(store: "Store") -> int:
    """Bytes the index takes in the file (its shadow tables), from the dbstat table when available."""
    conn = store.conn
    try:
        row = conn.execute(
            "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'search\\_%' ESCAPE '\\'"
        ).fetchone()
    except sqlite3.OperationalError:
        return 0
    return int(row[0] or 0)
