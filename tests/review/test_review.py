"""Review of a colleague's store: read-only opening, compare, merge, agreement, CLI."""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import tempfile
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop import cli
from desktop.model import Document
from desktop.review.agreement import agreement, cohen_kappa, krippendorff_alpha
from desktop.review.compare import AGREED, CONFLICT, DELETED, ONLY_MINE, ONLY_THEIRS, compare
from desktop.review.merge import plan_merge, select
from desktop.service.review import ReviewSession
from desktop.service import Service
from desktop.service.meaning import Meaning
from desktop.store import StoreError, new_id, now_iso, open_store
from desktop.store.migrations import migrations
from desktop.store.review import apply_merge, open_colleague_store, read_snapshot, undo_merge
from tests.conftest import SEED

SEED_TEXT = SEED.read_text(encoding="utf-8")
WORDS = [(m.start(), m.end()) for m in re.finditer(r"\S+", SEED_TEXT)][:400]


def sha(path: Path) -> str | None:
    p = Path(path)
    return hashlib.sha256(p.read_bytes()).hexdigest() if p.exists() else None


def fingerprint(path: Path) -> tuple:
    return tuple(sha(Path(str(path) + suffix)) for suffix in ("", "-wal", "-shm"))


def make_pair(folder: Path, *, mine_author="Ann", their_author="Bob"):
    """My store with the seed article, and a colleague's store copied from it (shared ancestor)."""
    a = open_store(folder / "mine.claimline")
    sa = Service(a, mine_author)
    doc = sa.import_files([SEED])[0].document.id
    return a, sa, doc


def copy_as_colleague(a, folder: Path, author="Bob"):
    path = folder / "theirs.claimline"
    a.copy_file_to(path)
    b = open_store(path)
    b.set_meta("store_id", new_id())
    return b, Service(b, author)


def close_clean(store) -> None:
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()


def rows(store, table="annotations"):
    return sorted(store.conn.execute(f"SELECT * FROM {table}").fetchall(), key=repr)


def run(capsys, *argv):
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


# ---------------------------------------------------------------------------
# opening the colleague's store


def test_colleague_file_unchanged_after_open_diff_merge_agreement(tmp_path, capsys):
    a, sa, doc = make_pair(tmp_path)
    sa.tag_quote(doc, "actor", "Kazakhstan")
    b, sb = copy_as_colleague(a, tmp_path)
    sb.tag_quote(doc, "claim", "trade")
    close_clean(b)
    theirs = tmp_path / "theirs.claimline"
    before = fingerprint(theirs)
    assert before[1] is None  # no WAL: opened immutable
    open_colleague_store(theirs).close()
    mine = ["--store", tmp_path / "mine.claimline"]
    assert run(capsys, "diff", theirs, *mine, "--json")[0] == 0
    assert run(capsys, "merge", theirs, *mine, "--json")[0] == 0
    assert run(capsys, "agreement", theirs, tmp_path / "mine.claimline", "--json")[0] == 0
    assert fingerprint(theirs) == before
    assert {t.exact for t in sa.tags(doc)} == {"Kazakhstan", "trade"}


def test_colleague_file_with_wal_unchanged(tmp_path, capsys):
    a, sa, doc = make_pair(tmp_path)
    b, sb = copy_as_colleague(a, tmp_path)
    b.conn.execute("PRAGMA wal_autocheckpoint = 0")
    sb.tag_quote(doc, "figure", "2024")  # stays in the -wal while b is open
    open_here = tmp_path / "theirs.claimline"
    # Open in this process, it is read through SQLite (never copied with open(), which would
    # drop b's locks): its -shm gets this process's read marks, its -wal stays.
    store = open_colleague_store(open_here)
    assert [t.exact for t in store.annotations()] == ["2024"]
    store.close()
    assert Path(str(open_here) + "-wal").exists()
    # The colleague's store as sent: copied with its -wal while open, not open here.
    theirs = tmp_path / "sent.claimline"
    for suffix in ("", "-wal"):
        Path(str(theirs) + suffix).write_bytes(Path(str(open_here) + suffix).read_bytes())
    b.close()
    before = fingerprint(theirs)
    assert before[1] is not None
    store = open_colleague_store(theirs)
    assert [t.exact for t in store.annotations()] == ["2024"]
    store.close()
    mine = ["--store", tmp_path / "mine.claimline"]
    code, out, _ = run(capsys, "diff", theirs, *mine, "--json")
    assert json.loads(out)["counts"]["only_theirs"] == 1
    assert run(capsys, "merge", theirs, *mine)[0] == 0
    assert run(capsys, "agreement", theirs, tmp_path / "mine.claimline")[0] == 0
    assert fingerprint(theirs) == before


def test_older_schema_is_read_through_migrations_in_memory(tmp_path):
    path = tmp_path / "old.claimline"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {0x434C4D4C}")
    from sqlite_utils import Database

    db = Database(conn)
    migrations.apply(db, stop_before="m002_meaning_and_provenance")
    stamp = now_iso()
    with db.atomic():
        conn.execute("INSERT INTO meta VALUES ('store_id', 'old-store')")
        conn.execute(
            "INSERT INTO documents (id, title, source, format, text, sha256, imported_at) VALUES (?,?,?,?,?,?,?)",
            ("d1", "Rising", str(SEED), "txt", SEED_TEXT, hashlib.sha256(SEED_TEXT.encode()).hexdigest(), stamp),
        )
        s, e = WORDS[3]
        conn.execute(
            'INSERT INTO annotations (id, document_id, kind, start, "end", exact, author, created_at, updated_at) '
            "VALUES (?,?,?,?,?,?,?,?,?)",
            ("t1", "d1", "claim", s, e, SEED_TEXT[s:e], "Old", stamp, stamp),
        )
    conn.close()
    before = fingerprint(path)
    store = open_colleague_store(path)
    snap = read_snapshot(store)
    store.close()
    assert fingerprint(path) == before
    (tag,) = snap.tags["d1"]
    assert tag.origin_store is None and tag.orphaned is False and tag.author == "Old"
    a = open_store(tmp_path / "mine.claimline")
    Service(a, "Ann").import_files([SEED])
    session = ReviewSession(a, path)
    assert session.comparison.counts()[ONLY_THEIRS] == 1
    session.accept(select(session.comparison.items, "nonconflicting"))
    (merged,) = a.annotations()
    assert merged.id == "t1" and merged.author == "Old" and merged.origin_store == "old-store"
    assert fingerprint(path) == before


@pytest.mark.parametrize(
    "content, message",
    [
        (b"hello, not a database" * 10, "not a Claimline store"),
        (b"SQLite format 3\x00" + b"\x00" * 200, "damaged"),
    ],
)
def test_bad_colleague_files_get_a_clear_message(tmp_path, capsys, content, message):
    bad = tmp_path / "bad.claimline"
    bad.write_bytes(content)
    with pytest.raises(StoreError, match=message):
        open_colleague_store(bad)
    a = open_store(tmp_path / "mine.claimline")
    a.close()
    code, out, err = run(capsys, "diff", bad, "--store", tmp_path / "mine.claimline")
    assert code == 1 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert bad.read_bytes() == content


def test_newer_colleague_store_is_refused(tmp_path):
    a = open_store(tmp_path / "newer.claimline")
    with a.db.atomic():
        a.conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('claimline', 'm999_future', 'x')"
        )
    close_clean(a)
    with pytest.raises(StoreError, match="newer version"):
        open_colleague_store(tmp_path / "newer.claimline")


# ---------------------------------------------------------------------------
# compare


def test_statuses(tmp_path):
    a, sa, doc = make_pair(tmp_path)
    shared_edit = sa.tag_quote(doc, "claim", "trade")
    shared_both = sa.tag_quote(doc, "actor", "Kazakhstan")
    shared_del = sa.tag_quote(doc, "figure", "2024")
    b, sb = copy_as_colleague(a, tmp_path)
    sb.edit_tag(shared_edit.id, note="theirs only")  # three-way: taken without asking
    sb.edit_tag(shared_both.id, note="their note")
    sa.edit_tag(shared_both.id, note="my note")  # true edit conflict
    sb.delete_tag(shared_del.id)  # tombstone on a tag I never changed
    text = sa.text(doc)
    s, e = WORDS[10]
    sa.tag(doc, "claim", s, e)
    assert text[s - 1].isspace() and not text[e].isalnum()
    sb.tag(doc, "claim", s - 1, e + 1)  # a space and a space or punctuation more: still agreed
    s2, e2 = WORDS[20][0], WORDS[22][1]
    sa.tag(doc, "claim", s2, e2)
    sb.tag(doc, "actor", WORDS[21][0], WORDS[23][1])  # overlap, other kind
    sa.tag(doc, "date", *WORDS[30])
    sb.tag(doc, "date", *WORDS[40])
    close_clean(b)
    cmp = compare(read_snapshot(a), read_snapshot(open_colleague_store(tmp_path / "theirs.claimline")))
    by = {(i.status, i.kind, i.reason.split(":")[0]) for i in cmp.items}
    assert (ONLY_THEIRS, "claim", "edited by them only") in by
    assert (CONFLICT, "actor", "edited on both sides") in by
    assert (CONFLICT, "claim", "overlapping spans") in by
    deleted = [i for i in cmp.items if i.status == DELETED]
    assert len(deleted) == 1 and deleted[0].auto == "theirs"
    counts = cmp.counts()
    assert counts == {AGREED: 1, ONLY_MINE: 1, ONLY_THEIRS: 2, "boundary": 0, CONFLICT: 2, DELETED: 1}
    # a bulk non-conflicting merge takes the one-sided edit, the tombstone and the new tag only
    plan = plan_merge(cmp, select(cmp.items, "nonconflicting"))
    receipt = apply_merge(a, plan, backup=True)
    assert sa.get_tag(shared_edit.id).note == "theirs only"
    assert sa.get_tag(shared_both.id).note == "my note"
    assert sa.get_tag(shared_del.id).deleted
    assert receipt.backup is not None and receipt.backup.exists()
    with open_store(receipt.backup) as old:
        assert len(old.annotations()) == 6
    undo_merge(a, receipt)
    assert sa.get_tag(shared_edit.id).note == "" and not sa.get_tag(shared_del.id).deleted
    assert len(a.annotations()) == 6


def test_trimmed_spans_agree(tmp_path):
    a, sa, doc = make_pair(tmp_path)
    text = sa.text(doc)
    m = re.search(r"\w+[,.]", text)
    sa.tag(doc, "claim", m.start(), m.end() - 1)
    b = open_store(tmp_path / "theirs.claimline")
    sb = Service(b, "Bob")
    sb.import_files([SEED])
    sb.tag(doc_id := sb.documents()[0].id, "claim", m.start(), m.end())
    cmp = compare(read_snapshot(a), read_snapshot(b))
    assert doc_id != doc and cmp.pairs[0].matched_by == "sha256"
    assert cmp.counts()[AGREED] == 1 and len(cmp.items) == 1


def test_changed_text_matched_by_source_and_title_and_reanchored(tmp_path):
    a, sa, doc = make_pair(tmp_path)
    mine_doc = sa.document(doc)
    theirs_text = "A new opening paragraph inserted by the colleague's edition.\n\n" + SEED_TEXT.replace(
        "\n\n", "\n\n ", 1
    )
    b = open_store(tmp_path / "theirs.claimline")
    sb = Service(b, "Bob")
    info, _ = sb.import_document(Document(mine_doc.title, theirs_text, "txt", source=mine_doc.info.source))
    m = re.search(r"Kazakhstan", SEED_TEXT)
    mine_tag = sa.tag(doc, "actor", m.start(), m.end())
    t = sb.tag_quote(info.id, "actor", "Kazakhstan")
    assert t.start != mine_tag.start
    only = sb.tag_quote(info.id, "claim", "trade")
    close_clean(b)
    cmp = compare(read_snapshot(a), read_snapshot(open_colleague_store(tmp_path / "theirs.claimline")))
    assert cmp.pairs[0].matched_by == "source+title" and not cmp.pairs[0].same_text
    assert cmp.counts()[AGREED] == 1
    (item,) = [i for i in cmp.items if i.status == ONLY_THEIRS]
    assert item.theirs.id == only.id and SEED_TEXT[item.theirs.start : item.theirs.end] == "trade"
    plan = plan_merge(cmp, [item])
    apply_merge(a, plan)
    merged = sa.get_tag(only.id)
    assert merged.document_id == doc and merged.exact == "trade" and merged.author == "Bob"
    assert a.integrity_problems() == []


def test_entities_merge_by_name_and_alias_and_links_come_along(tmp_path):
    a, sa, doc = make_pair(tmp_path)
    stamp = now_iso()
    with a.db.atomic():
        a.conn.execute(
            "INSERT INTO entities (id, name, type, aliases, created_at, updated_at) VALUES (?,?,?,?,?,?)",
            ("e-mine", "Kazakhstan", "state", json.dumps(["Republic of Kazakhstan"]), stamp, stamp),
        )
    b = open_store(tmp_path / "theirs.claimline")
    sb = Service(b, "Bob")
    their_doc = sb.import_files([SEED])[0].document.id
    with b.db.atomic():
        b.conn.executemany(
            "INSERT INTO entities (id, name, type, aliases, created_at, updated_at) VALUES (?,?,?,?,?,?)",
            [
                ("e-kz", "Republic of Kazakhstan", "state", json.dumps(["KZ"]), stamp, stamp),
                ("e-new", "Astana Group", "organisation", "[]", stamp, stamp),
            ],
        )
    t1 = sb.tag(their_doc, "actor", *find(SEED_TEXT, "Kazakhstan"), attributes={"entity_id": "e-kz"})
    t2 = sb.tag(their_doc, "claim", *find(SEED_TEXT, "trade"),
                attributes={"asserted_by": "e-new", "participants": ["e-kz", "e-new"]})
    with b.db.atomic():
        b.conn.execute(
            "INSERT INTO links (id, source_id, target_id, relation, author, created_at, updated_at) "
            "VALUES ('l1', ?, ?, 'asserted_by', 'Bob', ?, ?)",
            (t2.id, t1.id, stamp, stamp),
        )
    close_clean(b)
    session = ReviewSession(a, tmp_path / "theirs.claimline")
    assert session.comparison.entity_map["e-kz"] == "e-mine"
    session.accept(select(session.comparison.items, "nonconflicting"))
    assert sa.get_tag(t1.id).attributes == {"entity_id": "e-mine"}
    assert sa.get_tag(t2.id).attributes == {"asserted_by": "e-new", "participants": ["e-mine", "e-new"]}
    names = a.entity_names()
    assert names == {"e-mine": "Kazakhstan", "e-new": "Astana Group"}
    aliases = json.loads(a.conn.execute("SELECT aliases FROM entities WHERE id='e-mine'").fetchone()[0])
    assert aliases == ["Republic of Kazakhstan", "KZ"]
    link = a.conn.execute("SELECT source_id, target_id, origin_store FROM links WHERE id = 'l1'").fetchone()
    assert link == (t2.id, t1.id, session.theirs.store_id)
    before = (rows(a), rows(a, "entities"), rows(a, "links"))
    session.refresh()
    assert session.plan_bulk("theirs").empty
    assert session.comparison.counts()[AGREED] == 2
    assert (rows(a), rows(a, "entities"), rows(a, "links")) == before


def find(text: str, quote: str) -> tuple[int, int]:
    i = text.index(quote)
    return i, i + len(quote)


# ---------------------------------------------------------------------------
# property tests

KINDS = ("claim", "actor", "figure", "date")
span_st = st.tuples(st.integers(0, len(WORDS) - 4), st.integers(0, 3)).map(
    lambda p: (WORDS[p[0]][0], WORDS[p[0] + p[1]][1])
)
op_st = st.one_of(
    st.tuples(st.just("add"), st.sampled_from(KINDS), span_st),
    st.tuples(st.just("kind"), st.integers(0, 30), st.sampled_from(KINDS)),
    st.tuples(st.just("note"), st.integers(0, 30), st.text("abc ", max_size=5)),
    st.tuples(st.just("delete"), st.integers(0, 30), st.none()),
)


def apply_ops(service, doc, ops, base_ids):
    ids = list(base_ids)
    for op, x, y in ops:
        if op == "add":
            ids.append(service.tag(doc, x, *y).id)
        elif ids:
            tag_id = ids[x % len(ids)]
            if op == "kind":
                service.edit_tag(tag_id, kind=y)
            elif op == "note":
                service.edit_tag(tag_id, note=y)
            else:
                service.delete_tag(tag_id)


def build_history(folder: Path, base, mine_ops, their_ops):
    a, sa, doc = make_pair(folder)
    base_ids = [sa.tag(doc, k, *span).id for k, span in base]
    b, sb = copy_as_colleague(a, folder)
    apply_ops(sa, doc, mine_ops, base_ids)
    apply_ops(sb, doc, their_ops, base_ids)
    close_clean(b)
    return a, sa, doc, folder / "theirs.claimline"


history = dict(
    base=st.lists(st.tuples(st.sampled_from(KINDS), span_st), max_size=6),
    mine_ops=st.lists(op_st, max_size=6),
    their_ops=st.lists(op_st, max_size=8),
    only=st.sampled_from(("nonconflicting", "agreed", "theirs")),
)
prop_settings = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@prop_settings
@given(**history)
def test_merging_twice_equals_merging_once(base, mine_ops, their_ops, only):
    with tempfile.TemporaryDirectory() as tmp:
        a, sa, doc, theirs = build_history(Path(tmp), base, mine_ops, their_ops)
        before = fingerprint(theirs)
        session = ReviewSession(a, theirs)
        session.apply(session.plan_bulk(only), backup=True)
        once = (rows(a), rows(a, "entities"), rows(a, "links"), rows(a, "documents"))
        again = ReviewSession(a, theirs)
        plan = again.plan_bulk(only)
        assert plan.empty, plan.summary()
        again.apply(plan, backup=True)
        assert (rows(a), rows(a, "entities"), rows(a, "links"), rows(a, "documents")) == once
        report = agreement([read_snapshot(a), again.theirs])
        assert report.rows["overall"].kappa is None or -1.0 <= report.rows["overall"].kappa <= 1.0
        assert fingerprint(theirs) == before
        assert a.integrity_problems() == []
        a.close()


@prop_settings
@given(**{k: v for k, v in history.items() if k != "only"})
def test_after_merging_all_of_theirs_every_tag_of_theirs_is_in_mine(base, mine_ops, their_ops):
    with tempfile.TemporaryDirectory() as tmp:
        a, sa, doc, theirs = build_history(Path(tmp), base, mine_ops, their_ops)
        session = ReviewSession(a, theirs)
        their_store_id = session.theirs.store_id
        ancestor_ids = {t.id for t in read_snapshot(open_store(Path(tmp) / "mine.claimline")).tags.get(doc, [])}
        session.apply(session.plan_bulk("theirs"))
        mine = {t.id: t for t in a.annotations(include_deleted=True)}
        text = sa.text(doc)
        from desktop.review.compare import trimmed

        live_spans = {(t.kind, *trimmed(text, t.start, t.end)) for t in mine.values() if not t.deleted}
        for t in session.theirs.live_tags(doc):
            m = mine.get(t.id)
            they_changed = t.updated_at != t.created_at
            if m is not None and (not m.deleted or not they_changed):
                assert m.author == t.author
                assert m.origin_store == (their_store_id if t.id not in ancestor_ids else None)
                if they_changed:  # else: a one-sided change of mine (edit or delete) stays
                    assert (m.kind, m.start, m.end, m.note, m.deleted) == (t.kind, t.start, t.end, t.note, False)
            else:
                # not copied only because I have the same tag (same kind and trimmed span)
                assert (t.kind, *trimmed(text, t.start, t.end)) in live_spans
        a.close()


@prop_settings
@given(**history)
def test_merge_never_deletes_mine_without_an_ancestor_tombstone(base, mine_ops, their_ops, only):
    with tempfile.TemporaryDirectory() as tmp:
        a, sa, doc, theirs = build_history(Path(tmp), base, mine_ops, their_ops)
        before = {t.id: t for t in a.annotations()}
        session = ReviewSession(a, theirs)
        their_tags = {t.id: t for t in session.theirs.tags.get(doc, [])}
        session.apply(session.plan_bulk(only))
        for tag_id, mine_before in before.items():
            now = sa.get_tag(tag_id)
            if now.deleted:
                theirs_tag = their_tags.get(tag_id)
                shared_tombstone = theirs_tag is not None and theirs_tag.deleted
                replaced_in_conflict = only == "theirs"
                assert shared_tombstone or replaced_in_conflict
                if only != "theirs":
                    assert mine_before.updated_at == mine_before.created_at  # I never changed it
        a.close()


# ---------------------------------------------------------------------------
# agreement


def test_kappa_and_alpha_by_hand():
    # 10 tokens: both "yes" 4, both "no" 3, A yes / B no 2, A no / B yes 1.
    pairs = Counter({("y", "y"): 4, ("n", "n"): 3, ("y", "n"): 2, ("n", "y"): 1})
    # p_o = 0.7, p_e = 0.6*0.5 + 0.4*0.5 = 0.5, kappa = 0.2 / 0.5
    assert cohen_kappa(pairs) == pytest.approx(0.4)
    # alpha: n = 20, n_y = 11, n_n = 9; 3 disagreeing units each (4 - 2) / (2 - 1) = 2
    # alpha = 1 - 19 * 6 / (400 - 121 - 81) = 1 - 114/198
    assert krippendorff_alpha(Counter(pairs)) == pytest.approx(1 - 114 / 198)
    # three coders: units (a,a,a) (a,a,b) (b,b,b) (a,b,b); n = 12, n_a = n_b = 6
    # disagreement = (0 + 4 + 0 + 4) / 2 = 4; expected = 144 - 72 = 72; alpha = 1 - 11 * 4 / 72
    units = Counter({("a", "a", "a"): 1, ("a", "a", "b"): 1, ("b", "b", "b"): 1, ("a", "b", "b"): 1})
    assert krippendorff_alpha(units) == pytest.approx(1 - 44 / 72)
    assert cohen_kappa(Counter({("n", "n"): 5})) is None  # p_e = 1: undefined
    assert krippendorff_alpha(Counter({("y", "y"): 3, ("n", "n"): 2})) == pytest.approx(1.0)


def test_agreement_on_stores_matches_the_hand_case(tmp_path, capsys):
    text = "w0 w1 w2 w3 w4 w5 w6 w7 w8 w9"
    tok = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    paths = []
    for name, spans in (("a", [(0, 5)]), ("b", [(2, 5), (7, 7)])):
        path = tmp_path / f"{name}.claimline"
        s = open_store(path)
        sv = Service(s, name)
        info, _ = sv.import_document(Document("Ten words", text, "txt", source="/ten.txt"))
        for i, j in spans:
            sv.tag(info.id, "claim", tok[i][0], tok[j][1])
        close_clean(s)
        paths.append(path)
    snaps = []
    for p in paths:
        s = open_colleague_store(p)
        snaps.append(read_snapshot(s))
        s.close()
    report = agreement(snaps)
    row = report.rows["claim"]
    assert report.tokens == 10
    assert row.kappa == pytest.approx(0.4) and row.alpha == pytest.approx(1 - 114 / 198)
    assert row.f1_exact == 0.0 and row.f1_overlap == pytest.approx(2 / 3)
    assert report.rows["overall"].kappa == pytest.approx(0.4)
    code, out, _ = run(capsys, "agreement", *paths, "--json")
    data = json.loads(out)
    assert code == 0 and data["overall"]["kappa"] == pytest.approx(0.4)
    assert set(data["kinds"]["claim"]) >= {"f1_exact", "f1_overlap", "kappa", "alpha"}
    code, out, _ = run(capsys, "agreement", *paths)
    assert "kappa" in out and "0.400" in out and "Krippendorff" in out
    code, _, err = run(capsys, "agreement", paths[0])
    assert code == 1 and "two or more" in err


def test_cli_diff_and_merge_json(tmp_path, capsys):
    a, sa, doc = make_pair(tmp_path)
    sa.tag_quote(doc, "actor", "Kazakhstan")
    b, sb = copy_as_colleague(a, tmp_path)
    t = sb.tag_quote(doc, "claim", "trade")
    close_clean(b)
    a.close()
    theirs = tmp_path / "theirs.claimline"
    mine = ["--store", tmp_path / "mine.claimline"]
    code, out, _ = run(capsys, "diff", theirs, *mine, "--json")
    data = json.loads(out)
    assert data["counts"] == {"agreed": 1, "only_mine": 0, "only_theirs": 1, "boundary": 0, "conflict": 0, "deleted": 0}
    item = [i for i in data["items"] if i["status"] == "only_theirs"][0]
    assert item["kind"] == "claim" and item["quote"] == "trade" and item["theirs"] == t.id
    assert item["mine"] is None and item["document_id"] == doc
    code, out, _ = run(capsys, "merge", theirs, *mine, "--dry-run", "--json")
    assert json.loads(out)["tags_added"] == 1 and json.loads(out)["backup"] is None
    code, out, _ = run(capsys, "diff", theirs, *mine, "--json", "--doc", doc[:8])
    assert json.loads(out)["counts"]["only_theirs"] == 1
    code, out, _ = run(capsys, "merge", theirs, *mine, "--json")
    result = json.loads(out)
    assert result["tags_added"] == 1 and Path(result["backup"]).exists()
    code, out, _ = run(capsys, "merge", theirs, *mine, "--json")
    assert json.loads(out)["tags_added"] == 0 and json.loads(out)["backup"] is None
    code, out, _ = run(capsys, "tags", *mine, "--json")
    merged = [x for x in json.loads(out) if x["id"] == t.id][0]
    assert merged["author"] == "Bob" and merged["origin_store"] is not None


def test_cli_diff_merge_and_agreement_with_repeated_doc(tmp_path, capsys):
    a, sa, seed = make_pair(tmp_path)
    docs = {seed}
    for title, text in (("Aktau notes", "The harbour of Aktau grew in 2023."),
                        ("Liman raporu", "Ankara'daki toplantıda İSTANBUL limanı konuşuldu.")):
        docs.add(sa.import_document(Document(title=title, text=text, format="txt", metadata={}))[0].id)
    aktau, liman = sorted(docs - {seed}, key=lambda d: sa.document(d).title)
    b, sb = copy_as_colleague(a, tmp_path)
    theirs_tags = {seed: sb.tag_quote(seed, "figure", "2024").id, aktau: sb.tag_quote(aktau, "actor", "Aktau").id,
                   liman: sb.tag_quote(liman, "actor", "Ankara").id}
    close_clean(b)
    a.close()
    theirs = tmp_path / "theirs.claimline"
    mine = ["--store", tmp_path / "mine.claimline"]
    code, out, _ = run(capsys, "diff", theirs, *mine, "--json", "--doc", seed[:8], "--doc", "Aktau notes")
    data = json.loads(out)
    assert code == 0 and {i["document_id"] for i in data["items"]} == {seed, aktau}
    assert {p["mine"] for p in data["documents"]} == {seed, aktau}
    assert data["counts"]["only_theirs"] == 2
    code, out, _ = run(capsys, "agreement", tmp_path / "mine.claimline", theirs, "--json", "--doc", seed, "--doc", liman)
    assert code == 0 and sorted(json.loads(out)["documents"]) == sorted([seed, liman])
    code, out, _ = run(capsys, "merge", theirs, *mine, "--json", "--doc", aktau, "--doc", liman)
    assert code == 0 and json.loads(out)["tags_added"] == 2
    code, out, _ = run(capsys, "tags", *mine, "--json")
    merged = {x["id"] for x in json.loads(out)}
    assert theirs_tags[aktau] in merged and theirs_tags[liman] in merged and theirs_tags[seed] not in merged
    code, _, err = run(capsys, "diff", theirs, *mine, "--doc", seed[:8], "--doc", "no such title words")
    assert code == 1 and err


def test_review_modules_do_not_import_qt():
    import subprocess
    import sys

    code = (
        "import sys; import desktop.cli.review, desktop.service.review, desktop.review.agreement, "
        "desktop.store.review; assert not any(m.startswith('PySide6') for m in sys.modules), sys.modules.keys()"
    )
    from tests.conftest import REPO

    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)


def test_an_ambiguous_entity_is_settled_by_the_analyst(tmp_path):
    """Their entity matches two of mine by alias: nothing is guessed until I choose."""
    from desktop.service.meaning import Meaning

    a, sa, doc = make_pair(tmp_path)
    mine = Meaning(sa)
    state = mine.create_entity("Kazakhstan", type="state")
    team = mine.create_entity("Qazaqstan national team", type="organisation", aliases=["Qazaqstan"])
    b, sb = copy_as_colleague(a, tmp_path)
    theirs = Meaning(sb)
    their_entity = theirs.create_entity("Republic of Kazakhstan", type="state", aliases=["Kazakhstan", "Qazaqstan"])
    tag = sb.tag(doc, "actor", *_span(sb, doc, "Kazakhstan"), attributes={"entity_id": their_entity.id})
    close_clean(b)
    session = ReviewSession(a, tmp_path / "theirs.claimline")
    [item] = [i for i in session.comparison.items if i.theirs is not None and i.theirs.id == tag.id]
    assert session.ambiguous_entities([item]) == {their_entity.id: sorted([state.id, team.id])}
    # I say it is my state: the merged tag refers to it, and my entity learns their name as an alias.
    session.choose_entities({their_entity.id: state.id})
    assert session.ambiguous_entities() == {}
    [item] = [i for i in session.comparison.items if i.theirs is not None and i.theirs.id == tag.id]
    session.accept([item])
    assert sa.get_tag(tag.id).attributes["entity_id"] == state.id
    assert "Republic of Kazakhstan" in mine.entity(state.id).aliases
    assert {e.id for e in mine.entities()} == {state.id, team.id}
    a.close()


def test_an_ambiguous_entity_can_come_along_as_a_new_one(tmp_path):
    from desktop.service.meaning import Meaning

    a, sa, doc = make_pair(tmp_path)
    mine = Meaning(sa)
    first = mine.create_entity("Kazakhstan", type="state")
    second = mine.create_entity("Kazakh team", type="organisation", aliases=["Qazaqstan"])
    b, sb = copy_as_colleague(a, tmp_path)
    their_entity = Meaning(sb).create_entity("KZ", type="state", aliases=["Kazakhstan", "Qazaqstan"])
    tag = sb.tag(doc, "actor", *_span(sb, doc, "Kazakhstan"), attributes={"entity_id": their_entity.id})
    close_clean(b)
    session = ReviewSession(a, tmp_path / "theirs.claimline")
    session.choose_entities({their_entity.id: None})
    [item] = [i for i in session.comparison.items if i.theirs is not None and i.theirs.id == tag.id]
    session.accept([item])
    assert sa.get_tag(tag.id).attributes["entity_id"] == their_entity.id
    assert {e.id for e in mine.entities()} == {first.id, second.id, their_entity.id}
    a.close()


def _span(service, doc, quote):
    start = service.text(doc).index(quote)
    return start, start + len(quote)


def test_a_merged_new_kind_is_known_at_once(tmp_path):
    """A merge that brings a colleague's new kind: my service knows the kind and its tags
    at once (the kinds were once cached by the service and stayed stale until reopen)."""
    a, sa, doc = make_pair(tmp_path)
    b, sb = copy_as_colleague(a, tmp_path)
    assert "rumour" not in {k.name for k in sa.kinds()}  # read (and cached) before the merge
    Meaning(sb).add_kind("Rumour", "#aa00aa", shortcut="R")
    tag = sb.tag(doc, "rumour", *find(SEED_TEXT, "trade"))
    close_clean(b)
    session = ReviewSession(a, tmp_path / "theirs.claimline")
    session.accept(select(session.comparison.items, "nonconflicting"))
    assert sa.kind("rumour").label == "Rumour"
    assert [t.id for t in sa.tags(doc, kind="rumour")] == [tag.id]


def test_a_kind_added_by_another_connection_is_known_at_once(tmp_path):
    a, sa, doc = make_pair(tmp_path)
    assert sa.kinds()
    other = open_store(tmp_path / "mine.claimline")
    Meaning(Service(other, "Ann")).add_kind("Rumour", "#aa00aa")
    other.close()
    assert sa.kind("rumour").label == "Rumour"


def test_a_merged_document_keeps_its_reference_list(tmp_path):
    from desktop.service.reimport import references

    b = open_store(tmp_path / "theirs.claimline")
    sb = Service(b, "Bob")
    doc = sb.import_files([SEED])[0].document.id
    sb.tag(doc, "claim", *find(SEED_TEXT, "trade"))
    theirs = [r.to_json() for r in references(sb, doc)]
    assert theirs and all(r["id"] and r["document_id"] == doc for r in theirs)
    close_clean(b)
    a = open_store(tmp_path / "mine.claimline")
    sa = Service(a, "Ann")
    session = ReviewSession(a, tmp_path / "theirs.claimline")
    session.accept(select(session.comparison.items, "nonconflicting"))
    assert [r.to_json() for r in references(sa, doc)] == theirs
