"""Speed figures of the foundation, printed (never asserted).

    make bench            # or: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/run.py

Prints medians of several runs:
  * process start → main window shown with the seed article (goal ≤ 1.0 s)
  * one tag end to end: key press → committed row → repainted highlight (goal ≤ 16 ms)
  * opening a 1 MB document carrying 10,000 tags until painted (goal ≤ 0.5 s),
    beside the bare Qt cost of highlighting the same ranges in one edit block.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HOME = Path(tempfile.mkdtemp(prefix="claimline-bench-"))
os.environ["CLAIMLINE_DATA_DIR"] = str(HOME / "data")
os.environ["CLAIMLINE_CONFIG_DIR"] = str(HOME / "config")
os.environ["CLAIMLINE_AUTHOR"] = "Bench"

STARTUP_PROBE = r"""
import os, sys, time
t0 = float(sys.argv[1])
from desktop.app import create_window, make_application
app = make_application()
window = create_window()
window.show()
while not window.isVisible() or window.current_doc is None:
    app.processEvents()
app.processEvents()
window.reader.viewport().repaint()
print(f"{time.time() - t0:.4f}", flush=True)
window.close()
window.store.close()
from desktop.ui.tasks import shutdown_pool
shutdown_pool()  # a worker process would keep this probe's output pipe open
os._exit(0)
"""


def median_ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:8.1f} ms"


def bench_startup(runs: int = 5) -> list[float]:
    times = []
    for i in range(runs):
        env = dict(os.environ, CLAIMLINE_DATA_DIR=str(HOME / f"start{i % 2}"))
        t0 = time.time()
        out = subprocess.run(
            [sys.executable, "-c", STARTUP_PROBE, str(t0)], cwd=ROOT, env=env, capture_output=True, text=True
        )
        if out.returncode != 0:
            raise SystemExit(out.stderr)
        times.append(float(out.stdout.strip().splitlines()[-1]))
    return times


def synthetic_text(size: int = 1_000_000) -> str:
    rng = random.Random(7)
    words = ("trade corridor grain customs Kazakhstan Tajikistan export tons percent minister "
             "agreement protocol logistics investment border railway bank volume growth").split()
    paragraphs, total = [], 0
    while total < size:
        sentence_count = rng.randint(3, 7)
        para = " ".join(
            " ".join(rng.choice(words) for _ in range(rng.randint(8, 18))).capitalize() + "."
            for _ in range(sentence_count)
        )
        paragraphs.append(para)
        total += len(para) + 2
    return "\n\n".join(paragraphs)[:size]


def main() -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QTextEdit

    from desktop.app import create_window, make_application
    from desktop.model import Annotation, Document
    from desktop.store import new_id, now_iso

    print(f"Claimline foundation benchmarks (python {sys.version.split()[0]}, {os.cpu_count()} cores)")
    startup = bench_startup()
    print(f"start → window with seed shown     {median_ms(startup)}   (goal ≤ 1000 ms; runs: "
          + ", ".join(f"{t * 1000:.0f}" for t in startup) + ")")

    app = make_application()
    window = create_window()
    window.resize(1280, 820)
    window.show()
    app.processEvents()
    reader, service, doc = window.reader, window.service, window.current_doc
    text = service.text(doc)
    spans = []
    for word in ("Kazakhstan", "Tajikistan", "Astana", "Almaty", "Orienbank", "China", "USSR"):
        start = text.index(word)
        spans.append((start, start + len(word)))
    tag_times = []
    for i in range(40):
        start, end = spans[i % len(spans)]
        reader.select_span(start, end)
        reader.ensureCursorVisible()
        app.processEvents()
        t0 = time.perf_counter()
        QTest.keyClick(reader, Qt.Key.Key_A)
        reader.viewport().repaint()
        tag_times.append(time.perf_counter() - t0)
        window.undo_stack.undo()
        app.processEvents()
    print(f"one tag, key press → row + repaint {median_ms(tag_times)}   (goal ≤ 16 ms)")

    # A 1 MB document with 10,000 tags.
    big = synthetic_text()
    info, _ = service.import_document(Document(title="Synthetic 1 MB", text=big, format="txt"))
    rng = random.Random(3)
    stamp = now_iso()
    kinds = ["claim", "actor", "figure", "date"]
    anns, ranges = [], []
    for _ in range(10_000):
        start = rng.randrange(0, len(big) - 60)
        end = start + rng.randint(5, 60)
        ranges.append((start, end))
        anns.append(Annotation(new_id(), info.id, rng.choice(kinds), start, end, big[start:end],
                               big[max(0, start - 32):start], big[end:end + 32], "", {}, "Bench", stamp, stamp))
    service.store.insert_annotations(anns)
    open_times = []
    for _ in range(5):
        window.open_document(doc)
        app.processEvents()
        t0 = time.perf_counter()
        window.open_document(info.id)
        reader.viewport().repaint()
        open_times.append(time.perf_counter() - t0)
    bare_times = []
    for _ in range(5):
        edit = QTextEdit()
        edit.resize(900, 700)
        edit.show()
        t0 = time.perf_counter()
        edit.document().setUndoRedoEnabled(False)
        edit.setPlainText(big)
        cursor = QTextCursor(edit.document())
        cursor.beginEditBlock()
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(91, 155, 240, 90))
        for start, end in ranges:
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(fmt)
        cursor.endEditBlock()
        edit.viewport().repaint()
        bare_times.append(time.perf_counter() - t0)
        edit.close()
        edit.deleteLater()
    ratio = statistics.median(open_times) / statistics.median(bare_times)
    print(f"open 1 MB doc with 10,000 tags     {median_ms(open_times)}   (goal ≤ 500 ms)")
    print(f"  bare Qt: setPlainText + 10,000 merges {median_ms(bare_times)}   → app / bare = {ratio:.2f}")
    window.close()
    window.store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
