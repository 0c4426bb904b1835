"""Every command of the command line, including its error paths."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys

import pytest

from desktop.cli import main
from tests.conftest import REPO, SEED


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def store_arg(tmp_path):
    return ["--store", str(tmp_path / "cli.claimline")]


def imported(capsys, store_arg):
    code, out, _ = run(capsys, "import", str(SEED), *store_arg, "--json")
    assert code == 0
    return json.loads(out)[0]["id"]


def test_import_prints_id_and_title_and_is_idempotent(capsys, store_arg):
    code, out, err = run(capsys, "import", str(SEED), *store_arg)
    assert code == 0 and err == ""
    doc_id, title = out.strip().split("\t")
    assert len(doc_id) == 36 and "Rising Axis of Trade" in title
    code, out, _ = run(capsys, "import", str(SEED), *store_arg, "--json")
    data = json.loads(out)
    assert data[0]["id"] == doc_id and data[0]["created"] is False


def test_import_bad_file_prints_one_line_and_exits_1_but_imports_others(capsys, store_arg, tmp_path):
    bad = tmp_path / "garbage.txt"
    bad.write_bytes(bytes(range(256)) * 40)
    code, out, err = run(capsys, "import", str(bad), str(SEED), *store_arg)
    assert code == 1
    assert len(err.strip().splitlines()) == 1 and "garbage.txt" in err
    assert "Traceback" not in err
    code, out, _ = run(capsys, "docs", *store_arg, "--json")
    assert [d["format"] for d in json.loads(out)] == ["txt"]


def test_docs_lists_documents(capsys, store_arg):
    doc_id = imported(capsys, store_arg)
    code, out, _ = run(capsys, "docs", *store_arg)
    assert code == 0 and out.startswith(doc_id)
    code, out, _ = run(capsys, "docs", *store_arg, "--json")
    doc = json.loads(out)[0]
    assert doc["id"] == doc_id and doc["tags"] == 0 and doc["sha256"]


def test_tag_then_tags_json_has_the_contract_fields(capsys, store_arg):
    doc_id = imported(capsys, store_arg)
    code, out, _ = run(capsys, "tag", doc_id[:8], "--kind", "actor", "--quote", "Hasan Asadullozoda",
                       "--note", "Orienbank", *store_arg, "--json")
    assert code == 0
    tag = json.loads(out)
    assert tag["exact"] == "Hasan Asadullozoda" and tag["note"] == "Orienbank"
    code, out, _ = run(capsys, "tags", "rising axis", "--kind", "actor", *store_arg, "--json")
    tags = json.loads(out)
    assert len(tags) == 1
    for key in ("id", "document_id", "kind", "start", "end", "exact", "prefix", "suffix", "note",
                "author", "created_at", "updated_at", "attributes"):
        assert key in tags[0]
    code, out, _ = run(capsys, "tags", *store_arg)
    assert "Hasan Asadullozoda" in out and "actor" in out


def test_tag_occurrence(capsys, store_arg):
    doc_id = imported(capsys, store_arg)
    _, out1, _ = run(capsys, "tag", doc_id, "--kind", "actor", "--quote", "Tajikistan", *store_arg, "--json")
    _, out2, _ = run(capsys, "tag", doc_id, "--kind", "actor", "--quote", "Tajikistan", "--occurrence", "3",
                     *store_arg, "--json")
    assert json.loads(out2)["start"] > json.loads(out1)["start"]


def test_tag_missing_quote_exits_2_with_one_line(capsys, store_arg):
    doc_id = imported(capsys, store_arg)
    code, out, err = run(capsys, "tag", doc_id, "--kind", "claim", "--quote", "not in the article", *store_arg)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "quote not found" in err


@pytest.mark.parametrize(
    "argv, message",
    [
        (["tags", "no-such-doc"], "no document matches"),
        (["tag", "rising", "--kind", "mood", "--quote", "Astana"], "unknown kind"),
        (["tag", "rising", "--quote", "Astana"], "required"),
    ],
)
def test_user_errors_are_one_line_without_traceback(capsys, store_arg, argv, message):
    imported(capsys, store_arg)
    code, _, err = run(capsys, *argv, *store_arg)
    assert code != 0
    assert len(err.strip().splitlines()) == 1 and message in err and "Traceback" not in err


def test_check_sound_and_broken_store(capsys, store_arg, tmp_path):
    doc_id = imported(capsys, store_arg)
    run(capsys, "tag", doc_id, "--kind", "date", "--quote", "May 22, 2025", *store_arg)
    code, out, _ = run(capsys, "check", *store_arg)
    assert code == 0 and out.startswith("ok:") and "1 tags" in out
    import sqlite3

    conn = sqlite3.connect(store_arg[1])
    conn.execute("UPDATE annotations SET start = start + 1")
    conn.commit()
    conn.close()
    code, out, _ = run(capsys, "check", *store_arg)
    assert code == 1 and "does not match" in out


def test_not_a_store_is_refused_and_untouched(capsys, tmp_path):
    path = tmp_path / "notes.claimline"
    path.write_text("just some notes\n")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    for argv in (["docs"], ["check"], ["import", str(SEED)], ["tags"]):
        code, _, err = run(capsys, *argv, "--store", str(path))
        assert code == 1 and "not a Claimline store" in err and len(err.strip().splitlines()) == 1
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_store_from_environment(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMLINE_STORE", str(tmp_path / "env.claimline"))
    code, _, _ = run(capsys, "import", str(SEED))
    assert code == 0 and (tmp_path / "env.claimline").exists()


def test_python_m_desktop_runs_commands_without_qtwidgets(tmp_path):
    env = dict(os.environ, CLAIMLINE_STORE=str(tmp_path / "s.claimline"))
    probe = (
        "import sys, runpy; sys.argv=['claimline','import',%r];"
        "from desktop.cli import main; code=main(sys.argv[1:]);"
        "assert 'PySide6.QtWidgets' not in sys.modules, 'QtWidgets imported';"
        "sys.exit(code)" % str(SEED)
    )
    done = subprocess.run([sys.executable, "-c", probe], cwd=REPO, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    done = subprocess.run([sys.executable, "-m", "desktop", "docs", "--json"], cwd=REPO, env=env,
                          capture_output=True, text=True)
    assert done.returncode == 0 and json.loads(done.stdout)[0]["format"] == "txt"
    done = subprocess.run([sys.executable, "-m", "desktop", "tags", "--bogus"], cwd=REPO, env=env,
                          capture_output=True, text=True)
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1


# -- the command word --------------------------------------------------------------


@pytest.fixture
def no_window(monkeypatch):
    """Record the window's start instead of opening it."""
    import desktop.app

    started = []
    monkeypatch.setattr(desktop.app, "run_gui", lambda **kw: started.append(kw) or 0)
    return started


@pytest.mark.parametrize("word", ["tagz", "kinds", "improt"])
def test_an_unknown_word_is_refused_with_the_commands_and_never_opens_the_window(capsys, tmp_path, no_window, word):
    code, out, err = run(capsys, word)
    assert code == 2 and out == "" and no_window == []
    assert err.startswith(f"claimline: unknown command: {word!r}")
    assert "import" in err and "tags" in err and "timeline" in err and len(err.splitlines()) == 1
    code, _, err = run(capsys, "--store", str(tmp_path / "s.claimline"), word)
    assert code == 2 and "unknown command" in err and no_window == []
    assert not (tmp_path / "s.claimline").exists()


def test_a_missing_file_is_refused_and_an_existing_one_opens_the_window(capsys, tmp_path, no_window):
    code, _, err = run(capsys, str(tmp_path / "missing.pdf"))
    assert code == 2 and "no such file or command" in err and no_window == []
    store = str(tmp_path / "s.claimline")
    assert run(capsys, "--store", store, str(SEED))[0] == 0
    assert no_window == [{"store": store, "files": [str(SEED)]}]


def test_the_store_option_may_come_before_the_command(capsys, tmp_path, no_window):
    store = tmp_path / "first.claimline"
    code, out, err = run(capsys, "--store", str(store), "import", str(SEED))
    assert code == 0 and err == "" and "Rising Axis of Trade" in out and no_window == []
    code, out, _ = run(capsys, f"--store={store}", "docs", "--json")
    assert code == 0 and len(json.loads(out)) == 1
    # given twice, the one after the command word wins
    other = tmp_path / "other.claimline"
    code, out, _ = run(capsys, "--store", str(other), "docs", "--store", str(store), "--json")
    assert code == 0 and len(json.loads(out)) == 1 and not other.exists()


# -- the author ------------------------------------------------------------------------


def test_one_author_source_for_window_and_command_line(capsys, store_arg, monkeypatch):
    from desktop import settings

    monkeypatch.setenv("CLAIMLINE_AUTHOR", "Env Name")
    assert settings.author(explicit="Given") == "Given"
    assert settings.author() == "Env Name"
    doc = imported(capsys, store_arg)
    code, out, _ = run(capsys, "tag", doc, "--kind", "claim", "--quote", "trade", *store_arg, "--json")
    assert code == 0 and json.loads(out)["author"] == "Env Name"
    code, out, _ = run(capsys, "tag", doc, "--kind", "actor", "--quote", "trade", "--author", "Ann", *store_arg, "--json")
    assert code == 0 and json.loads(out)["author"] == "Ann"


def test_a_reader_that_closes_the_pipe_is_not_an_error(tmp_path):
    """``claimline --help | head -1``: no traceback, no 'Exception ignored' line, exit 0."""
    env = {**os.environ, "CLAIMLINE_STORE": str(tmp_path / "s.claimline"), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, "-m", "desktop", "--help"], cwd=REPO, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None
    proc.stdout.read(10)  # the reader takes a little, then goes away
    proc.stdout.close()
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0
    assert b"Traceback" not in err and b"Exception ignored" not in err, err.decode()
