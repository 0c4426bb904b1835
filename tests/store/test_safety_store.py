"""Issue 13, items 3, 5 and 10: damaged, shared, read-only and newer stores."""

from __future__ import annotations

import gc
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.store import StoreDamaged, StoreError, open_store
from desktop.store import db as store_db
from tests.conftest import REPO, SEED
from tests.export.test_safety_outputs import digest, run

PAGE = 4096


@pytest.fixture(autouse=True)
def forget_damaged():
    store_db._DAMAGED.clear()
    yield
    store_db._DAMAGED.clear()


def small_store(folder: Path, capsys) -> Path:
    store = folder / "small.claimline"
    assert run(capsys, "import", str(SEED), "--store", str(store))[0] == 0
    for quote in ("Kazakhstan", "China", "2023"):
        run(capsys, "tag", "rising", "--kind", "claim", "--quote", quote, "--store", str(store))
    gc.collect()  # the commands' connections
    conn = sqlite3.connect(store)
    assert conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 0  # all pages in the one file
    conn.close()
    return store


def integrity_fails(path: Path) -> bool:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            return conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return True


@pytest.mark.parametrize("fill", [b"\xff", b"\x00"])
def test_corruption_sweep_every_page(tmp_path, capsys, fill):
    """0xFF (or zeros) over each page in turn: no traceback, and a corrupt store is never written."""
    pristine = small_store(tmp_path, capsys)
    pages = pristine.stat().st_size // PAGE
    assert pages > 5
    written_while_corrupt, refusals = [], 0
    for page in range(pages):
        store_db._DAMAGED.clear()
        bad = tmp_path / f"p{page}.claimline"
        data = bytearray(pristine.read_bytes())
        data[page * PAGE:(page + 1) * PAGE] = fill * PAGE
        bad.write_bytes(bytes(data))
        corrupt = integrity_fails(bad)
        before = digest(bad)
        s = ["--store", str(bad)]
        code, out, err = run(capsys, "check", *s)
        assert "Traceback" not in out + err
        if corrupt:
            assert code == 1, (page, out, err)
            refusals += 1
        for argv in (
            ["tag", "rising", "--kind", "claim", "--quote", "Russia"],
            ["import", str(REPO / "README.md")],
            ["export", "--format", "md", "-o", str(tmp_path / f"p{page}.md")],
            ["tags", "--json"],
        ):
            code, out, err = run(capsys, *argv, *s)  # an exception here fails the test
            if code != 0:
                assert len(err.strip().splitlines()) == 1, (page, argv, err)
        gc.collect()
        wal = Path(str(bad) + "-wal")
        if corrupt and wal.exists() and wal.stat().st_size:
            written_while_corrupt.append((page, "wal"))
        if corrupt and digest(bad) != before:
            written_while_corrupt.append(page)
    assert written_while_corrupt == []
    assert refusals > pages // 3


def test_random_bytes_and_truncated_header_are_refused(tmp_path, capsys):
    junk = tmp_path / "junk.claimline"
    junk.write_bytes(b"SQLite format 3\x00" + os.urandom(20000))
    for argv in (["check"], ["tags"], ["docs"]):
        code, out, err = run(capsys, *argv, "--store", str(junk))
        assert code != 0 and len(err.strip().splitlines()) == 1, err
    with pytest.raises(StoreError):
        open_store(junk, create=False)


def test_damaged_store_is_never_written_again_in_the_process(tmp_path, capsys):
    path = small_store(tmp_path, capsys)
    store = open_store(path)
    store.conn.execute("PRAGMA query_only = OFF")
    store.note_error(sqlite3.DatabaseError("database disk image is malformed"))
    with pytest.raises(StoreDamaged):
        store.set_meta("x", "y")
    with pytest.raises(StoreDamaged):
        open_store(path)
    store.close()
    code, out, err = run(capsys, "tag", "rising", "--kind", "claim", "--quote", "Russia", "--store", str(path))
    assert code == 1 and "damaged" in err


def test_check_reports_integrity_problems_with_exit_1(tmp_path, capsys):
    path = small_store(tmp_path, capsys)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA writable_schema = ON")
    # Break the index of tags: its entries no longer match the table.
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE type='index' AND tbl_name='annotations'").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    offset = (root - 1) * PAGE
    data[offset + 100 if root == 1 else offset + 8: offset + PAGE] = b"\x00" * (PAGE - (108 if root == 1 else 8))
    path.write_bytes(bytes(data))
    code, out, err = run(capsys, "check", "--store", str(path))
    assert code == 1
    assert "Traceback" not in out + err
    assert out.strip()  # the report


def tag_loop(store: Path, prefix: str, n: int) -> subprocess.Popen:
    script = (
        "import sys\nfrom desktop.cli import main\nfails = 0\n"
        f"for i in range({n}):\n"
        f"    fails += main(['tag', 'rising', '--kind', 'claim', '--quote', 'Kazakhstan', '--note', '{prefix}%d' % i,"
        f" '--store', {str(store)!r}]) != 0\n"
        "print(fails)\n"
    )
    return subprocess.Popen([sys.executable, "-c", script], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_two_concurrent_writers_lose_nothing(tmp_path, capsys):
    store = tmp_path / "shared.claimline"
    assert run(capsys, "import", str(SEED), "--store", str(store))[0] == 0
    n = 40
    procs = [tag_loop(store, "a", n), tag_loop(store, "b", n)]
    results = [p.communicate(timeout=300) for p in procs]
    for out, err in results:
        assert out.strip().splitlines()[-1] == "0", err
        assert "locked" not in err and "Traceback" not in err
    code, out, _ = run(capsys, "tags", "--store", str(store), "--json")
    notes = {t["note"] for t in json.loads(out)}
    assert notes == {f"{p}{i}" for p in "ab" for i in range(n)}


def test_readonly_store_opens_readonly_and_says_edits_are_disabled(tmp_path, capsys):
    path = small_store(tmp_path, capsys)
    before = digest(path)
    count = len(json.loads(run(capsys, "tags", "--store", str(path), "--json")[1]))
    path.chmod(0o444)
    try:
        code, out, err = run(capsys, "tags", "--store", str(path), "--json")
        assert code == 0 and len(json.loads(out)) == count > 0
        code, out, err = run(capsys, "tag", "rising", "--kind", "claim", "--quote", "Russia", "--store", str(path))
        assert code == 1 and "edits are disabled" in err
        store = open_store(path)
        assert store.readonly and "read-only" in store.readonly_reason
        store.close()
    finally:
        path.chmod(0o644)
    assert digest(path) == before


def test_readonly_folder(tmp_path, capsys):
    folder = tmp_path / "ro"
    folder.mkdir()
    path = small_store(folder, capsys)
    before = digest(path)
    folder.chmod(0o555)
    try:
        code, out, err = run(capsys, "docs", "--store", str(path))
        assert code == 0
        code, out, err = run(capsys, "tag", "rising", "--kind", "claim", "--quote", "Russia", "--store", str(path))
        assert code == 1 and "edits are disabled" in err
    finally:
        folder.chmod(0o755)
    assert digest(path) == before


def test_newer_schema_version_in_meta_is_refused_and_untouched(tmp_path, capsys):
    path = small_store(tmp_path, capsys)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    before = digest(path)
    code, out, err = run(capsys, "tags", "--store", str(path))
    assert code == 1 and "newer version" in err
    assert digest(path) == before


def test_read_only_commands_do_not_change_the_file(tmp_path, capsys):
    path = small_store(tmp_path, capsys)
    conn = sqlite3.connect(path)  # an older store, made before meta.owner existed
    with conn:
        conn.execute("DELETE FROM meta WHERE key = 'owner'")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = digest(path)
    for argv in (["docs"], ["tags", "--json"], ["check"], ["timeline", "--json"], ["entities"]):
        assert run(capsys, *argv, "--store", str(path))[0] == 0, argv
        assert digest(path) == before, argv


def set_meta_in_another_process(path: Path, key: str) -> None:
    """Another program (a second window, the command line) writes one row and closes."""
    script = f"from desktop.store import open_store\ns = open_store({str(path)!r})\ns.set_meta({key!r}, 'v')\ns.close()\n"
    subprocess.run([sys.executable, "-c", script], cwd=REPO, check=True, capture_output=True)


def meta_keys_seen_by_another_process(path: Path) -> list[str]:
    script = (
        f"import sqlite3\nc = sqlite3.connect({str(path)!r})\n"
        "print(' '.join(sorted(r[0] for r in c.execute(\"SELECT key FROM meta WHERE key LIKE 'k%'\"))))\n"
    )
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout.split()


def test_opening_checking_or_copying_the_open_store_keeps_its_locks(tmp_path):
    """SQLite's locks are POSIX locks: closing any descriptor of the file drops all of this
    process's.  A worker's open_store (its header check), an export's target check and a copy
    used to open() the store: another process then deleted the WAL under the window's
    connection, whose later commits went to a deleted file and overwrote others' on close."""
    from desktop.export.atomic import UnsafeOutput, check_output

    path = tmp_path / "window.claimline"
    open_store(path).close()
    window = open_store(path)
    window.set_meta("k0", "v")
    open_store(path, create=False).close()  # what an import task's worker does
    with pytest.raises(UnsafeOutput):
        check_output(path)  # an export aimed at the open store
    with pytest.raises(UnsafeOutput):
        check_output(str(path) + "-wal")
    window.copy_file_to(tmp_path / "copy.claimline")
    set_meta_in_another_process(path, "k1")
    assert Path(str(path) + "-wal").exists()  # our connection was still seen
    window.set_meta("k2", "v")
    assert meta_keys_seen_by_another_process(path) == ["k0", "k1", "k2"]
    set_meta_in_another_process(path, "k3")
    window.set_meta("k4", "v")
    window.close()
    assert meta_keys_seen_by_another_process(path) == ["k0", "k1", "k2", "k3", "k4"]
    copy = open_store(tmp_path / "copy.claimline", create=False)
    assert copy.meta("k0") == "v" and copy.meta("k1") is None
    copy.close()


def test_a_locked_store_fails_to_open_but_is_not_taken_for_damaged(tmp_path, monkeypatch):
    """"database is locked" (or an I/O error) says nothing about the file: the open fails, and
    the store is neither marked damaged nor refused once the lock is gone."""
    monkeypatch.setattr(store_db, "BUSY_TIMEOUT", 0.2)
    path = tmp_path / "busy.claimline"
    open_store(path).close()
    locker = sqlite3.connect(path)
    locker.execute("PRAGMA locking_mode = EXCLUSIVE")
    locker.execute("BEGIN EXCLUSIVE")
    locker.execute("INSERT INTO meta (key, value) VALUES ('k', 'v')")
    try:
        with pytest.raises(StoreError, match="locked") as refused:
            open_store(path)
        assert not isinstance(refused.value, StoreDamaged)
        assert store_db.damaged_reason(path) is None
    finally:
        locker.rollback()
        locker.close()
    with open_store(path) as store:
        store.set_meta("after", "ok")
        assert store.meta("after") == "ok"


def _open_own_store_for_review(path: Path) -> None:
    from desktop.store.review import open_colleague_store

    mine = open_colleague_store(path)  # reviewing my own open store (or the same file opened twice)
    try:
        assert mine.meta("k0") == "v"
    finally:
        mine.close()


def _import_as_document(path: Path) -> None:
    from desktop.importers import load
    from desktop.model import DocumentError

    with pytest.raises(DocumentError, match="store open in Claimline"):
        load(path)


def _import_as_codebook(path: Path) -> None:
    from desktop.exchange.codebook import read_codebook
    from desktop.service import ServiceError

    with pytest.raises(ServiceError, match="store open in Claimline"):
        read_codebook(path)


def _show_as_original_file(path: Path) -> None:
    from desktop.pdfwords import filetype_of

    assert filetype_of(path, None) is None


def _export_original_pdf(path: Path) -> None:
    from types import SimpleNamespace

    from desktop.exchange.project import ExchangeSummary, _original_pdf

    summary = ExchangeSummary()
    assert _original_pdf(SimpleNamespace(format="pdf", source=str(path), title="t"), summary) is None
    assert summary.skipped


def _export_to_a_link(kind: str) -> Callable[[Path], None]:
    def export(path: Path) -> None:
        from desktop.export.atomic import UnsafeOutput, check_output

        other_name = path.with_name(f"{kind}.txt")
        (os.symlink if kind == "symlink" else os.link)(path, other_name)
        with pytest.raises(UnsafeOutput, match="SQLite database"):
            check_output(other_name)

    return export


def _import_as_project(path: Path) -> None:
    from desktop.exchange.refi import read_project
    from desktop.safezip import ZipRefused

    with pytest.raises(ZipRefused, match="store open in Claimline"):
        read_project(path)


def _import_as_w3c_annotations(path: Path) -> None:
    from desktop.export.w3c import import_annotations
    from desktop.service import ServiceError

    with pytest.raises(ServiceError, match="store open in Claimline"):
        import_annotations(None, path)


def _export_to_its_shm(path: Path) -> None:
    from desktop.export.atomic import UnsafeOutput, check_output

    with pytest.raises(UnsafeOutput, match="belongs to the SQLite database"):
        check_output(str(path) + "-shm")


@pytest.mark.parametrize(
    "touch",
    [
        _open_own_store_for_review,
        _import_as_document,
        _import_as_codebook,
        _import_as_project,
        _import_as_w3c_annotations,
        _show_as_original_file,
        _export_original_pdf,
        _export_to_a_link("symlink"),
        _export_to_a_link("hardlink"),
        _export_to_its_shm,
    ],
    ids=["review", "import", "codebook", "project", "w3c", "page-view", "project-pdf", "export-symlink", "export-hardlink", "export-shm"],
)
def test_nothing_in_this_process_reads_the_open_store_with_open(tmp_path, touch):
    """Review's _open_wal_copy, the document, codebook, project and W3C imports, the page
    view, a project export's original PDF and an export aimed at another name of the store
    read it with open() (shutil, lxml, zipfile, MuPDF): the close dropped this process's locks, and another
    process deleted the -wal under the window's connection.  Each must leave it unopened."""
    path = tmp_path / "thesis"  # no suffix: nothing stops an import of it by its name
    open_store(path).close()
    window = open_store(path)
    window.set_meta("k0", "v")
    touch(path)
    set_meta_in_another_process(path, "k1")
    assert Path(str(path) + "-wal").exists()  # our connection was still seen
    window.set_meta("k2", "v")
    set_meta_in_another_process(path, "k3")
    window.set_meta("k4", "v")
    window.close()
    assert meta_keys_seen_by_another_process(path) == ["k0", "k1", "k2", "k3", "k4"]


def test_a_closed_store_is_no_longer_guarded(tmp_path):
    """The guard follows the open connections: once the window closes its store (or drops it),
    the file may be read again (an export refuses it by its header then)."""
    from desktop import storefiles

    path = tmp_path / "thesis"
    open_store(path).close()
    window = open_store(path)
    link = tmp_path / "link.txt"
    os.link(path, link)
    assert storefiles.open_here(path) and storefiles.open_here(link) and storefiles.open_here(str(path) + "-wal")
    assert not storefiles.open_here(tmp_path / "other")
    window.close()
    assert not storefiles.open_here(path)
    again = open_store(path)
    assert storefiles.open_here(link)
    del again
    gc.collect()
    assert not storefiles.open_here(link)


def test_a_file_system_without_inodes_guards_the_store_by_its_path(tmp_path, monkeypatch):
    """Where stat gives every file the inode 0 (FAT, some network drives on Windows), the open
    store is still recognised by its path, and another file on that drive is not refused."""
    from desktop import storefiles

    real_stat = os.stat

    class NoInode:
        def __init__(self, st: os.stat_result):
            self._st = st

        def __getattr__(self, name: str):
            return 0 if name == "st_ino" else getattr(self._st, name)

    monkeypatch.setattr(storefiles.os, "stat", lambda p, *a, **k: NoInode(real_stat(p, *a, **k)))
    path = tmp_path / "thesis.claimline"
    other = tmp_path / "article.txt"
    other.write_text("An article.", encoding="utf-8")
    store = open_store(path)
    try:
        assert storefiles.open_here(path) and storefiles.open_here(str(path) + "-wal")
        assert not storefiles.open_here(other)
    finally:
        store.close()
    assert not storefiles.open_here(path)


def test_a_store_that_fails_to_open_is_not_left_guarded(tmp_path, monkeypatch):
    """A store whose opening fails after its connection was made (here an I/O error while it is
    prepared) is closed at once: no stale entry keeps its file refused by the importers and
    exporters until the garbage collector runs."""
    from desktop import storefiles

    path = tmp_path / "thesis.claimline"
    open_store(path).close()

    def fails(self, new):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(store_db.Store, "_prepare", fails)
    gc.disable()  # only an explicit close may drop the entry
    try:
        with pytest.raises(StoreError):
            open_store(path)
        assert not storefiles.open_here(path)
    finally:
        gc.enable()
