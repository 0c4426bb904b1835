"""Speed of review (prints figures, asserts nothing).

Two generated stores of 100,000 tags each over 100 documents; the colleague's is
a copy of mine in which 20 % of the tags differ (5 % deleted, 5 % re-kinded,
10 % replaced by new tags elsewhere).  Prints the time of

  * diff: open the colleague's store read-only, read both stores, compare (goal <= 2 s);
  * merge of all non-conflicting items: plan, backup, one transaction (goal <= 3 s);
  * agreement (F1, kappa, alpha) over the same (goal <= 3 s);

beside the bare SQL join of the same data (id join plus bounded overlap join).

Run: ``.venv/bin/python bench/bench_review.py [--tags N] [--docs N] [--seed N]``
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import shutil
import sqlite3
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.review.agreement import agreement  # noqa: E402
from desktop.review.compare import compare  # noqa: E402
from desktop.review.merge import plan_merge, select  # noqa: E402
from desktop.store import open_store  # noqa: E402
from desktop.store.review import apply_merge, open_colleague_store, read_snapshot  # noqa: E402

WORDS = ("the minister said that exports of grain rose by twenty percent in the first quarter while "
         "imports fell and the agency reported new figures for trade with the union").split()
KINDS = ("claim", "actor", "figure", "date")


def make_text(rng: random.Random, n_words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n_words))


def tag_row(rng, doc_id, text, author, stamp, tag_id=None):
    s = rng.randrange(0, len(text) - 40)
    e = s + rng.randrange(3, 40)
    return (tag_id or str(uuid.uuid4()), doc_id, rng.choice(KINDS), s, e, text[s:e], text[max(0, s - 32):s],
            text[e:e + 32], "", "{}", author, stamp, stamp, None, None, 0)


def build(folder: Path, n_tags: int, n_docs: int, seed: int) -> tuple[Path, Path]:
    rng = random.Random(seed)
    mine_path, their_path = folder / "mine.claimline", folder / "theirs.claimline"
    store = open_store(mine_path)
    per_doc = n_tags // n_docs
    texts = {}
    rows = []
    stamp = "2026-01-01T00:00:00.000Z"
    with store.db.atomic():
        for i in range(n_docs):
            text = make_text(rng, max(2000, per_doc * 3))
            doc_id = str(uuid.uuid4())
            texts[doc_id] = text
            store.conn.execute(
                "INSERT INTO documents (id, title, source, format, text, sha256, imported_at) VALUES (?,?,?,?,?,?,?)",
                (doc_id, f"Document {i}", f"/docs/{i}.txt", "txt", text,
                 hashlib.sha256(text.encode()).hexdigest(), stamp),
            )
            rows.extend(tag_row(rng, doc_id, text, "Ann", stamp) for _ in range(per_doc))
        store.conn.executemany(f"INSERT INTO annotations VALUES ({','.join('?' * 16)})",
                               [r[:14] + (r[14], r[15]) for r in rows])
    store.copy_file_to(their_path)
    store.close()
    theirs = open_store(their_path)
    later = "2026-02-01T00:00:00.000Z"
    picked = rng.sample(range(len(rows)), len(rows) // 5)
    q = len(picked) // 4
    with theirs.db.atomic():
        theirs.set_meta("store_id", str(uuid.uuid4()))
        c = theirs.conn
        c.executemany("UPDATE annotations SET deleted_at = ?, updated_at = ? WHERE id = ?",
                      [(later, later, rows[i][0]) for i in picked[:q]])
        c.executemany("UPDATE annotations SET kind = ?, updated_at = ? WHERE id = ?",
                      [(KINDS[(KINDS.index(rows[i][2]) + 1) % 4], later, rows[i][0]) for i in picked[q:2 * q]])
        c.executemany("DELETE FROM annotations WHERE id = ?", [(rows[i][0],) for i in picked[2 * q:]])
        c.executemany(f"INSERT INTO annotations VALUES ({','.join('?' * 16)})",
                      [tag_row(rng, rows[i][1], texts[rows[i][1]], "Bob", later) for i in picked[2 * q:]])
    theirs.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    theirs.close()
    return mine_path, their_path


def timed(fn):
    t0 = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tags", type=int, default=100_000)
    ap.add_argument("--docs", type=int, default=100)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="claimline-bench-review-"))
    mine_path, their_path = build(folder, args.tags, args.docs, args.seed)
    print(f"{args.tags} tags per store over {args.docs} documents, 20% differing ({folder})")

    # bare SQL: id join for changed/removed tags, plus bounded overlap join
    def bare():
        conn = sqlite3.connect(str(mine_path))
        conn.execute(f"ATTACH DATABASE '{their_path.resolve().as_uri()}?mode=ro' AS t")
        changed = conn.execute(
            'SELECT count(*) FROM annotations a JOIN t.annotations b ON a.id = b.id '
            'WHERE a.kind <> b.kind OR a.start <> b.start OR a."end" <> b."end" '
            "OR a.note <> b.note OR a.attributes <> b.attributes OR (a.deleted_at IS NULL) <> (b.deleted_at IS NULL)"
        ).fetchone()[0]
        overlap = conn.execute(
            "SELECT count(*) FROM t.annotations b JOIN annotations a ON a.document_id = b.document_id "
            'AND a.start > b.start - 40 AND a.start < b."end" '
            "WHERE b.id NOT IN (SELECT id FROM annotations)"
        ).fetchone()[0]
        conn.close()
        return changed, overlap

    (changed, overlap), t_bare = timed(bare)

    def diff():
        theirs = open_colleague_store(their_path)
        snap_t = read_snapshot(theirs)
        theirs.close()
        mine = open_store(mine_path, create=False, readonly=True)  # as the Review window's loader does
        snap_m = read_snapshot(mine)
        mine.close()
        return snap_m, snap_t, compare(snap_m, snap_t)

    (snap_m, snap_t, cmp), t_diff = timed(diff)
    merge_copy = folder / "merge.claimline"
    shutil.copyfile(mine_path, merge_copy)

    def merge():
        store = open_store(merge_copy)
        plan = plan_merge(cmp, select(cmp.items, "nonconflicting"))
        receipt = apply_merge(store, plan, backup=True)
        store.close()
        return plan, receipt

    (plan, receipt), t_merge = timed(merge)
    def agree():
        snaps = []
        for path in (mine_path, their_path):
            store = open_colleague_store(path)
            snaps.append(read_snapshot(store))
            store.close()
        return agreement(snaps)

    report, t_agree = timed(agree)
    overall = report.rows["overall"]
    print(f"bare SQL join (changed by id: {changed}, overlap pairs: {overlap}): {t_bare:.2f} s")
    print(f"diff  (open, read both, compare; {json.dumps(cmp.counts())}): {t_diff:.2f} s  (goal <= 2 s)")
    print(f"merge (plan from the diff above, non-conflicting: {plan.summary()['tags_added']} added, {plan.summary()['tags_changed']} changed,"
          f" backup + one transaction): {t_merge:.2f} s  (goal <= 3 s)")
    print(f"agreement (read both read-only + compute; {report.tokens} tokens; overall F1 exact {overall.f1_exact:.3f}, kappa {overall.kappa:.3f}, "
          f"alpha {overall.alpha:.3f}): {t_agree:.2f} s  (goal <= 3 s)")
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
