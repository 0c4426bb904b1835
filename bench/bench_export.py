"""Export speed: a report with 1,000 tags over 5 documents, each format (prints, asserts nothing).

Goals (issue 6): HTML ≤ 1 s, PDF ≤ 3 s, the others ≤ 1 s.  Each figure is the
median of ``--runs`` runs of gather + render + atomic write; "gather" alone is
printed too.

Run: ``.venv/bin/python bench/bench_export.py [--tags 1000] [--docs 5] [--runs 3] [--repeat 1]``
(``--repeat 20`` makes each document about 137,000 characters.)
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.anchoring import make_anchor  # noqa: E402
from desktop.export import FORMATS, SUFFIXES  # noqa: E402
from desktop.export.model import ReportOptions, gather  # noqa: E402
from desktop.export.run import export  # noqa: E402
from desktop.model import Annotation, Document  # noqa: E402
from desktop.service import Service  # noqa: E402
from desktop.store import new_id, now_iso, open_store  # noqa: E402

SEED = ROOT / "seeds" / "rising-axis-of-trade.txt"
KINDS = ("claim", "actor", "figure", "date")


def build(folder: Path, n_docs: int, n_tags: int, rng: random.Random, repeat: int = 1) -> Path:
    path = folder / "bench.claimline"
    store = open_store(path)
    service = Service(store, "Bench")
    base = "\n\n".join([SEED.read_text(encoding="utf-8")] * repeat)
    tags: list[Annotation] = []
    per_doc = n_tags // n_docs
    for d in range(n_docs):
        text = f"Document {d + 1}\n\n" + base + f"\n\nEnd of document {d + 1}.\n"
        info, _ = service.import_document(Document(title=f"Bench document {d + 1}", text=text, format="txt"))
        words = [(m.start(), m.end()) for m in __import__("re").finditer(r"\S+(?: \S+){0,3}", text)]
        for i in range(per_doc):
            s, e = words[rng.randrange(len(words))]
            a = make_anchor(text, s, e)
            kind = KINDS[i % 4]
            attrs = {"value": i, "unit": "t", "measures": "exports", "period": "2025"} if kind == "figure" else {}
            if kind == "claim":
                attrs = {"reliability": "B", "credibility": "2"}
            if kind == "date":
                month = 1 + i % 12
                attrs = {"start": f"2025-{month:02d}-01", "end": f"2025-{month:02d}-28", "precision": "month"}
            stamp = now_iso()
            tags.append(
                Annotation(new_id(), info.id, kind, s, e, a.exact, a.prefix, a.suffix,
                           f"note {i} <b>x</b>" if i % 3 == 0 else "", attrs, "Bench", stamp, stamp)
            )
    store.insert_annotations(tags)
    store.close()
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tags", type=int, default=1000)
    ap.add_argument("--docs", type=int, default=5)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--repeat", type=int, default=1, help="make each document this many seed articles long")
    args = ap.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="claimline-bench-export-"))
    path = build(folder, args.docs, args.tags, random.Random(6), args.repeat)
    store = open_store(path, create=False)
    options = ReportOptions(sections=tuple(s for s in ReportOptions().sections if s != "timeline"))
    times = []
    for _ in range(args.runs):
        t = time.perf_counter()
        model = gather(store, options)
        times.append(time.perf_counter() - t)
    print(f"{len(model.all_tags())} tags over {len(model.documents)} documents "
          f"({sum(len(d.text) for d in model.documents):,} characters); medians of {args.runs} runs")
    print(f"  gather (store → report model)  {statistics.median(times) * 1000:7.0f} ms")
    goals = {"pdf": 3.0}
    for fmt in FORMATS:
        times = []
        for _ in range(args.runs):
            t = time.perf_counter()
            out = export(store, options, fmt, folder / f"report{SUFFIXES[fmt]}")
            times.append(time.perf_counter() - t)
        med = statistics.median(times)
        goal = goals.get(fmt, 1.0)
        print(f"  {fmt:5} {out.stat().st_size / 1024:8.0f} KB  {med * 1000:7.0f} ms  (goal ≤ {goal:.0f} s: "
              f"{'met' if med <= goal else 'MISSED'})")
    # The timeline figure (QtGui), when the timeline renderer is present:
    from desktop.qtgui import ensure_gui_application

    ensure_gui_application()  # drawing needs a QGuiApplication, as on the command line
    t = time.perf_counter()
    model = gather(store, ReportOptions())
    print(f"  gather with the timeline figure {(time.perf_counter() - t) * 1000:7.0f} ms "
          f"({'drawn' if model.timeline_png else 'no dated events / no renderer'})")
    store.close()


if __name__ == "__main__":
    main()
