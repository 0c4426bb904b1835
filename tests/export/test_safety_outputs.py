"""Issue 13, item 1: no output of the app ever overwrites a store, a folder or a device."""

from __future__ import annotations

import hashlib
import json
import os
import socket
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.export.atomic import UnsafeOutput, check_output, write_atomic
from tests.conftest import SEED


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def cli_store(tmp_path, capsys):
    store = tmp_path / "mine.claimline"
    assert run(capsys, "import", str(SEED), "--store", str(store))[0] == 0
    assert run(capsys, "tag", "rising", "--kind", "claim", "--quote", "Kazakhstan", "--store", str(store))[0] == 0
    return store


def dangerous_targets(store: Path) -> list[Path]:
    other = store.with_name("other.sqlite")
    import sqlite3

    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    fifo = store.with_name("pipe")
    os.mkfifo(fifo)
    return [
        store,
        Path(str(store) + "-wal"),
        Path(str(store) + "-shm"),
        other,
        store.parent,
        fifo,
        Path("/dev/null"),
    ]


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "--format", "md", "-o"],
        ["export", "--format", "html", "-o"],
        ["export", "--format", "csv", "-o"],
        ["export", "--format", "json", "-o"],
        ["export", "--format", "w3c", "-o"],
        ["export", "--format", "docx", "-o"],
        ["timeline", "--svg"],
        ["timeline", "--png"],
        ["codebook", "export"],
    ],
)
def test_every_cli_writer_refuses_dangerous_targets(capsys, cli_store, argv):
    targets = dangerous_targets(cli_store)
    before = {p: digest(p) for p in targets if p.is_file()}
    tags_before = run(capsys, "tags", "--store", str(cli_store), "--json")[1]
    for target in targets:
        code, out, err = run(capsys, *argv, str(target), "--store", str(cli_store))
        assert code != 0, (argv, target)
        assert len(err.strip().splitlines()) == 1, err
        assert "Traceback" not in err
    # The store's own files change only through SQLite (checkpoints); its tags are compared below.
    other = cli_store.with_name("other.sqlite")
    assert digest(other) == before[other]
    assert Path("/dev/null").is_char_device()
    assert not [p for p in cli_store.parent.iterdir() if p.name.endswith(".part")]
    assert run(capsys, "tags", "--store", str(cli_store), "--json")[1] == tags_before
    assert run(capsys, "check", "--store", str(cli_store))[0] == 0


def test_check_output_accepts_plain_files_and_new_names(tmp_path):
    plain = tmp_path / "report.md"
    plain.write_text("old")
    assert check_output(plain) == plain
    assert check_output(tmp_path / "new.md") == tmp_path / "new.md"
    write_atomic(plain, b"new")
    assert plain.read_bytes() == b"new"


def test_link_to_a_store_and_socket_are_refused(tmp_path, cli_store):
    link = tmp_path / "innocent.md"
    link.symlink_to(cli_store)
    with pytest.raises(UnsafeOutput):
        write_atomic(link, b"x")
    sock_path = tmp_path / "s.sock"
    s = socket.socket(socket.AF_UNIX)
    s.bind(str(sock_path))
    try:
        with pytest.raises(UnsafeOutput, match="not a regular file"):
            write_atomic(sock_path, b"x")
    finally:
        s.close()
    assert link.is_symlink()


def test_export_dialog_refuses_the_open_store(qtbot, tmp_path):
    from desktop.service import Service
    from desktop.store import open_store
    from desktop.ui.export_dialog import ExportDialog

    store = open_store(tmp_path / "s.claimline")
    service = Service(store, "Tester")
    service.import_files([SEED])
    before = digest(store.path)
    dialog = ExportDialog(service, None, [])
    qtbot.addWidget(dialog)
    assert dialog.export_to(store.path) is None
    assert "never overwritten" in dialog.last_error
    assert digest(store.path) == before
    assert len(store.documents()) == 1
    store.close()
