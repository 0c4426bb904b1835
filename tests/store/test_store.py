"""The store: creation, WAL, migrations, refusal of foreign or newer files."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from desktop.store import StoreError, open_store
from desktop.store.migrations import migrations


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_store_is_wal_with_builtin_kinds_and_meta(store_path):
    with open_store(store_path) as store:
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert [k.name for k in store.kinds()] == ["claim", "actor", "figure", "date"]
        assert [k.shortcut for k in store.kinds()] == ["C", "A", "F", "D"]
        assert len(store.store_id) == 36
        assert store.meta("schema_version") == str(len(migrations._migrations))
        store_id = store.store_id
    with open_store(store_path) as again:
        assert again.store_id == store_id


def test_missing_store_without_create_is_refused(tmp_path):
    with pytest.raises(StoreError, match="no Claimline store"):
        open_store(tmp_path / "nope.claimline", create=False)


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "not an SQLite database"),
        (b"hello, this is a text file\n" * 10, "not an SQLite database"),
        (b"SQLite format 3\x00" + b"\xff" * 200, "damaged"),
    ],
)
def test_foreign_or_corrupt_files_are_refused_untouched(tmp_path, content, message):
    path = tmp_path / "x.claimline"
    path.write_bytes(content)
    before = sha(path)
    with pytest.raises(StoreError, match=message):
        open_store(path)
    assert sha(path) == before
    assert not Path(str(path) + "-wal").exists()


def test_other_sqlite_database_is_refused_untouched(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.commit()
    conn.close()
    before = sha(path)
    with pytest.raises(StoreError, match="not a Claimline store"):
        open_store(path)
    assert sha(path) == before


def test_store_from_newer_version_is_refused_untouched(store_path):
    open_store(store_path).close()
    conn = sqlite3.connect(store_path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('claimline', 'm999_future', 'x')"
    )
    conn.commit()
    conn.close()
    before = sha(store_path)
    with pytest.raises(StoreError, match="newer version"):
        open_store(store_path)
    assert sha(store_path) == before


def test_readonly_store_cannot_be_written(seeded, store_path):
    service, _ = seeded
    service.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with open_store(store_path, readonly=True) as ro:
        assert len(ro.documents()) == 1
        with pytest.raises(sqlite3.OperationalError):
            ro.conn.execute("DELETE FROM annotations")


def test_integrity_check_finds_a_tag_whose_quote_drifted(seeded):
    service, doc_id = seeded
    tag = service.tag_quote(doc_id, "actor", "Murat Nurtleu")
    assert service.check() == []
    service.store.conn.execute("UPDATE annotations SET exact = 'Someone else' WHERE id = ?", (tag.id,))
    service.store.conn.commit()
    problems = service.check()
    assert len(problems) == 1 and tag.id in problems[0]


def test_a_failed_write_leaves_nothing_behind(seeded):
    """One transaction per action: an error mid-way rolls back every row of it."""
    from dataclasses import replace

    service, doc_id = seeded
    good = service.tag_quote(doc_id, "claim", "Tajikistan")
    clash = replace(good, id="dup-1")
    with pytest.raises(sqlite3.IntegrityError):
        service.store.insert_annotations([clash, replace(good)])  # 2nd row repeats good's id
    assert service.store.annotation("dup-1") is None


def test_migration_from_the_foundation_schema_keeps_data_and_backs_up(tmp_path):
    """A store made by the first release (m001 only) opens, migrates, keeps its tags."""
    from sqlite_utils import Database

    from desktop.store.db import APPLICATION_ID

    path = tmp_path / "old.claimline"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db = Database(conn)
    migrations.apply(db, stop_before="m002_meaning_and_provenance")
    conn.execute("INSERT INTO meta VALUES ('store_id', 'old-store')")
    conn.execute(
        "INSERT INTO documents (id, title, format, text, sha256, imported_at) "
        "VALUES ('d1', 'Old', 'txt', 'Astana is the capital.', 'x', '2025-01-01T00:00:00.000Z')"
    )
    conn.execute(
        "INSERT INTO annotations (id, document_id, kind, start, \"end\", exact, author, created_at, updated_at) "
        "VALUES ('t1', 'd1', 'actor', 0, 6, 'Astana', 'Old Hand', 'a', 'a')"
    )
    conn.commit()
    conn.close()
    with open_store(path) as store:
        assert store.schema_version == len(migrations._migrations)
        tag = store.annotation("t1")
        assert (tag.exact, tag.author, tag.origin_store) == ("Astana", "Old Hand", None)
        assert store.store_id == "old-store"
        assert store.integrity_problems() == []
    backups = list(tmp_path.glob("old.claimline.before-v*.bak"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as old:
        assert old.execute("SELECT count(*) FROM annotations").fetchone()[0] == 1


def test_a_store_nobody_closed_is_released_at_once_without_the_garbage_collector(store_path):
    """The store and its database object hold no cycle: dropping the last reference closes the
    connection there and then (on the thread that dropped it) and forgets the file as open,
    instead of waiting for a collection that may run on any thread."""
    import gc
    import weakref

    from desktop import storefiles

    was_enabled = gc.isenabled()
    gc.disable()
    try:
        store = open_store(store_path)
        released = weakref.ref(store)
        database = weakref.ref(store.db)
        assert storefiles.open_here(store_path)
        del store
        assert released() is None and database() is None
        assert not storefiles.open_here(store_path)
    finally:
        if was_enabled:
            gc.enable()
    with open_store(store_path) as again:  # the file is whole and opens again
        assert [k.name for k in again.kinds()][:4] == ["claim", "actor", "figure", "date"]


def test_a_released_store_refuses_writes_through_a_kept_database_object(store_path):
    store = open_store(store_path)
    database = store.db
    store.close()
    del store
    import gc

    gc.collect()
    with pytest.raises(StoreError, match="released"):
        with database.atomic():
            pass
