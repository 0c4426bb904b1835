"""Speed of REFI-QDA exchange (prints figures, asserts nothing).

* importing the NVivo 12 sample project (2 sources, 152 codes, 303 selections in
  UTF-16 units) into an empty store (goal <= 1 s), when the shared corpus is here;
* exporting a generated store of 100,000 tags over 100 documents as .qdpx
  (goal <= 10 s), then importing that file into an empty store (goal <= 10 s)
  and importing it again (nothing changes).

Run: ``.venv/bin/python bench/bench_exchange.py [--tags N] [--docs N]``
"""

from __future__ import annotations

import argparse
import hashlib
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_review import make_text, tag_row  # noqa: E402

from desktop.exchange.project import export_project, import_project  # noqa: E402
from desktop.service import Service  # noqa: E402
from desktop.store import open_store  # noqa: E402

NVIVO = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "refi" / "samples" / "nvivo12-win_oltas0517_hungarian.qdpx"


CPU: list[float] = []  # process time of the last timed call (the machine may be shared)


def timed(fn):
    t0, c0 = time.perf_counter(), time.process_time()
    out = fn()
    CPU[:] = [time.process_time() - c0]
    return out, time.perf_counter() - t0


def build(path: Path, n_tags: int, n_docs: int) -> None:
    rng = random.Random(11)
    store = open_store(path)
    stamp = "2026-01-01T00:00:00.000Z"
    rows = []
    with store.db.atomic():
        for i in range(n_docs):
            text = make_text(rng, max(2000, n_tags // n_docs * 3))
            doc_id = str(uuid.uuid4())
            store.conn.execute(
                "INSERT INTO documents (id, title, source, format, text, sha256, imported_at) VALUES (?,?,?,?,?,?,?)",
                (doc_id, f"Document {i}", None, "txt", text, hashlib.sha256(text.encode()).hexdigest(), stamp),
            )
            rows.extend(tag_row(rng, doc_id, text, rng.choice(("Ann", "Bob")), stamp) for _ in range(n_tags // n_docs))
        store.conn.executemany(f"INSERT INTO annotations VALUES ({','.join('?' * 16)})", rows)
    store.close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tags", type=int, default=100_000)
    ap.add_argument("--docs", type=int, default=100)
    args = ap.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="claimline-bench-exchange-"))

    if NVIVO.is_file():
        times = []
        for i in range(3):
            with open_store(folder / f"nvivo{i}.claimline") as store:
                summary, dt = timed(lambda: import_project(Service(store, "bench"), NVIVO))
            times.append(dt)
        print(
            f"import NVivo 12 project ({summary.documents} sources, {summary.kinds} codes, {summary.tags} selections, "
            f"unit {summary.unit}): median {statistics.median(times):.2f} s of 3 (goal <= 1 s)"
        )
    else:
        print(f"import NVivo 12 project: skipped ({NVIVO.name} not in the shared corpus)")

    source = folder / "big.claimline"
    build(source, args.tags, args.docs)
    qdpx = folder / "big.qdpx"
    with open_store(source, create=False) as store:
        summary, dt = timed(lambda: export_project(Service(store, "bench"), qdpx))
    print(
        f"export {summary.tags} tags over {summary.documents} documents as .qdpx: {dt:.2f} s (CPU {CPU[0]:.2f} s) "
        f"({qdpx.stat().st_size / 2**20:.1f} MB; goal <= 10 s)"
    )
    with open_store(folder / "empty.claimline") as store:
        service = Service(store, "bench")
        summary, dt = timed(lambda: import_project(service, qdpx))
        print(f"import it into an empty store: {summary.tags} tags in {dt:.2f} s (CPU {CPU[0]:.2f} s; goal <= 10 s)")
        again, dt = timed(lambda: import_project(service, qdpx))
        print(f"import it again: {dt:.2f} s (CPU {CPU[0]:.2f} s), added {again.added}")


if __name__ == "__main__":
    main()
