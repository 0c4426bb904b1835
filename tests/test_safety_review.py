"""Issue 13, item 4: a hostile colleague store never crashes review nor enters my store."""

from __future__ import annotations

import json
import shutil
import sqlite3
import uuid

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from desktop.review.validate import MAX_JSON_DEPTH, RowError, check_annotation, load_json
from desktop.store.search import register_functions
from tests.conftest import SEED
from tests.test_safety_outputs import digest, run

BROKEN = {  # column overrides of a copied tag → the reason it must be skipped for
    "attributes not JSON": {"attributes": "{not json"},
    "attributes 100k deep": {"attributes": '{"a":' * 100_000 + "1" + "}" * 100_000},
    "attributes 5k deep": {"attributes": '{"a":' * 5_000 + "1" + "}" * 5_000},
    "attributes a list": {"attributes": "[1, 2]"},
    "offsets past the end": {"start": 10_000_000, "end": 10_000_010},
    "offset as text": {"start": "abc"},
    "offset as real": {"start": 1.5},
    "negative offsets": {"start": -5, "end": 3},
    "inverted offsets": {"start": 30, "end": 20},
    "quote not the text": {"exact": "XXXX"},
    "no such document": {"document_id": "nope"},
    "kind as blob": {"kind": b"\x00\x01"},
}


@pytest.fixture
def stores(tmp_path, capsys):
    mine = tmp_path / "mine.claimline"
    assert run(capsys, "import", str(SEED), "--store", str(mine))[0] == 0
    assert run(capsys, "tag", "rising", "--kind", "claim", "--quote", "Kazakhstan", "--store", str(mine))[0] == 0
    theirs = tmp_path / "theirs.claimline"
    conn = sqlite3.connect(mine)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    shutil.copyfile(mine, theirs)
    # One sound tag of theirs only, then one broken copy per case.
    conn = sqlite3.connect(theirs)
    register_functions(conn)  # the search index triggers fold text with it
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute("PRAGMA foreign_keys = OFF")
    cols = [r[1] for r in conn.execute("PRAGMA table_info(annotations)")]
    base = dict(zip(cols, conn.execute("SELECT * FROM annotations").fetchone()))
    text = conn.execute("SELECT text FROM documents").fetchone()[0]
    start = text.index("China")
    good = dict(base, id=str(uuid.uuid4()), start=start, end=start + 5, exact="China", author="Colleague")
    for row in [good] + [dict(base, id=str(uuid.uuid4()), **o) for o in BROKEN.values()]:
        conn.execute(f"INSERT INTO annotations ({', '.join(map(repr, cols))}) VALUES ({', '.join('?' * len(cols))})",
                     [row[c] for c in cols])
    conn.execute("UPDATE entities SET aliases = 'oops'")
    conn.execute("INSERT INTO entities (id, name, type, aliases, roles, created_at, updated_at) "
                 "VALUES ('e-bad', 'Bad', 'other', '[', '[]', 'x', 'x')")
    conn.commit()
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    return mine, theirs


def test_diff_merge_agreement_skip_and_count_invalid_rows(stores, capsys):
    mine, theirs = stores
    their_digest = digest(theirs)
    s = ["--store", str(mine)]
    code, out, err = run(capsys, "diff", str(theirs), *s, "--json")
    assert code == 0, err
    invalid = json.loads(out)["invalid"]
    tag_rows = sum(r["count"] for r in invalid["by_reason"] if r["table"] == "tags")
    assert tag_rows == len(BROKEN)
    assert any(r["table"] == "entities" for r in invalid["by_reason"])
    code, out, err = run(capsys, "diff", str(theirs), *s)
    assert code == 0 and "tags skipped: quote is not the document text at its offsets" in out

    code, out, err = run(capsys, "merge", str(theirs), *s, "--dry-run", "--json")
    assert code == 0, err
    assert json.loads(out)["tags_added"] == 1
    code, out, err = run(capsys, "merge", str(theirs), *s, "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["tags_added"] == 1 and result["invalid"]["total"] >= len(BROKEN)
    code, out, err = run(capsys, "check", *s)
    assert code == 0, out + err
    code, out, err = run(capsys, "tags", *s, "--json")
    assert sorted(t["exact"] for t in json.loads(out)) == ["China", "Kazakhstan"]

    code, out, err = run(capsys, "agreement", str(mine), str(theirs), "--json")
    assert code == 0, err
    assert json.loads(out)["invalid"][str(theirs)]["total"] >= len(BROKEN)
    code, out, err = run(capsys, "agreement", str(mine), str(theirs))
    assert code == 0 and "skipped" in out
    assert digest(theirs) == their_digest


def test_failed_merge_removes_its_backup(stores, monkeypatch):
    from desktop.service.review import ReviewSession
    from desktop.store import open_store
    from desktop.store import review as store_review

    mine, theirs = stores

    def boom(*args, **kwargs):
        raise sqlite3.IntegrityError("CHECK constraint failed")

    monkeypatch.setattr(store_review, "_write_merge", boom)
    with open_store(mine) as store:
        session = ReviewSession(store, theirs)
        plan = session.plan_bulk()
        assert not plan.empty
        with pytest.raises(sqlite3.IntegrityError):
            session.apply(plan, backup=True)
    assert not list(mine.parent.glob("*.bak"))


def test_review_window_shows_skipped_rows(stores, qtbot):
    from desktop.service.review import ReviewSession
    from desktop.store import open_store
    from desktop.ui.review_view import ReviewWindow

    mine, theirs = stores
    store = open_store(mine)
    window = ReviewWindow(ReviewSession(store, theirs))
    qtbot.addWidget(window)
    label = window.invalid_label
    assert not label.isHidden()
    assert f"Skipped {len(BROKEN) + 1} invalid rows" in label.text()  # the tags and the entity
    assert "offsets past the end of the text" in label.toolTip()
    store.close()


ROW = ["id", "doc", "claim", 0, 5, "Hello", "", "", "", "{}", "me", "t", "t", None, None, 0]
JSONISH = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=5),
                       lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=3), c, max_size=3))
ANY = st.none() | st.integers() | st.floats() | st.text(max_size=8) | st.binary(max_size=4) | st.booleans()


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.integers(0, 15), ANY, max_size=4), st.text(max_size=20))
def test_check_annotation_accepts_only_rows_that_fit_their_text(changes, text):
    row = list(ROW)
    for i, v in changes.items():
        row[i] = v
    try:
        attributes = check_annotation(row, text)
    except RowError:
        return
    # What passes is safe to merge: exact offsets into the text, and a JSON object.
    assert isinstance(row[3], int) and isinstance(row[4], int) and 0 <= row[3] < row[4]
    if not row[15]:
        assert text[row[3]:row[4]] == row[5]
    assert isinstance(attributes, dict)


@given(JSONISH)
def test_load_json_round_trips_sound_values(value):
    raw = json.dumps({"v": value})
    assert load_json(raw, dict, "attributes") == {"v": value}


def test_load_json_depth_limit():
    deep = '{"a":' * (MAX_JSON_DEPTH + 1) + "1" + "}" * (MAX_JSON_DEPTH + 1)
    with pytest.raises(RowError, match="deeper"):
        load_json(deep, dict, "attributes")
