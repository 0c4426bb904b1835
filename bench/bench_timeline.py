"""Timeline speed: 10,000 events over 200 lanes (prints figures, asserts nothing).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_timeline.py [--events N] [--lanes N]

Prints medians of several runs:
  * events from a store holding N date tags (build_timeline: SQL + attribute parsing)
  * build (layout + scene) and first full render at "fit all" (goal: build ≤ 300 ms),
    beside a bare QGraphicsScene with the same number of rect + simple-text items
    rendered the same way (goal: ≤ 2× that)
  * one zoom step: transform change and full viewport repaint (goal ≤ 16 ms),
    at "fit all" (every item visible: the worst case) and zoomed to about a month
  * hit-test of a click (goal ≤ 1 ms)
"""

from __future__ import annotations

import argparse
import datetime as _dt
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

from PySide6.QtCore import QPoint, QRectF  # noqa: E402
from PySide6.QtGui import QBrush, QColor, QPen  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
)

from desktop.model import Annotation  # noqa: E402
from desktop.store import new_id, now_iso, open_store  # noqa: E402
from desktop.timeline.events import Event, build_timeline  # noqa: E402
from desktop.timeline.render import layout_timeline  # noqa: E402
from desktop.ui.timeline_scene import build_scene  # noqa: E402
from desktop.ui.timeline_view import TimelineView  # noqa: E402

WIDTH, HEIGHT = 1280, 800


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def synthetic_attrs(rng: random.Random, actors: list[str]) -> dict:
    day = _dt.date(2000, 1, 1) + _dt.timedelta(days=rng.randrange(365 * 25))
    kind = rng.random()
    if kind < 0.6:
        start = end = day.isoformat()
        precision = "day"
    elif kind < 0.8:
        start = end = f"{day.year:04d}-{day.month:02d}"
        precision = "month"
    elif kind < 0.9:
        start, end, precision = str(day.year), str(day.year + rng.randrange(3)), "year"
    else:
        end_day = day + _dt.timedelta(days=rng.randrange(2, 90))
        start, end, precision = day.isoformat(), end_day.isoformat(), "day"
    return {"start": start, "end": end, "precision": precision,
            "title": f"Event {rng.randrange(10**6)} of {rng.choice(['talks', 'treaty', 'shipment', 'visit'])}",
            "participants": [rng.choice(actors)], "place": ""}


def make_store(n: int, lanes: int, rng: random.Random):
    path = Path(tempfile.mkdtemp(prefix="claimline-bench-")) / "bench.claimline"
    store = open_store(path)
    text = "Bench document. " * 200
    doc_id = store.insert_document(title="Bench", text=text, format="txt", source=None, sha256="x" * 64,
                                   metadata={}, pages=[], blocks=[])
    stamp = now_iso()
    actors = [new_id() for _ in range(lanes)]
    with store.db.atomic():
        store.conn.executemany(
            "INSERT INTO entities (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)",
            [(a, f"Actor {i:03d}", stamp, stamp) for i, a in enumerate(actors)])
    anns = []
    for i in range(n):
        s = (i * 16) % (len(text) - 20)
        anns.append(Annotation(new_id(), doc_id, "date", s, s + 5, text[s:s + 5], "", "", "",
                               synthetic_attrs(rng, actors), "Bench", stamp, stamp))
    store.insert_annotations(anns)
    return store


def median_of(runs: int, fn) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def bare_scene(events: list[Event]) -> float:
    """Same count of rect + simple-text items in a bare scene, rendered the same way."""
    view = QGraphicsView()
    view.resize(WIDTH, HEIGHT)
    t0 = time.perf_counter()
    scene = QGraphicsScene()
    pen, brush = QPen(QColor("#333333")), QBrush(QColor("#5b9bf0"))
    for i, e in enumerate(events):
        item = QGraphicsRectItem(QRectF(e.first_day - 730000, (i % 2000) * 3, max(e.last_day - e.first_day, 1), 14))
        item.setPen(pen)
        item.setBrush(brush)
        label = QGraphicsSimpleTextItem(e.title)
        label.setParentItem(item)
        label.setPos(e.first_day - 730000, (i % 2000) * 3)
        scene.addItem(item)
    scene.setSceneRect(scene.itemsBoundingRect())
    view.setScene(scene)
    view.fitInView(scene.sceneRect())
    view.show()
    view.viewport().grab()
    elapsed = time.perf_counter() - t0
    view.close()
    return elapsed


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=10_000)
    ap.add_argument("--lanes", type=int, default=200)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    app = QApplication.instance() or QApplication([])
    rng = random.Random(5)
    store = make_store(args.events, args.lanes, rng)

    timeline = build_timeline(store)
    t_events = median_of(args.runs, lambda: build_timeline(store))
    events = timeline.events
    n_lanes = len({p for e in events for p in e.participants})
    print(f"{len(events)} events over {n_lanes} lanes; {args.runs} runs, medians")
    print(f"events from the store (build_timeline)        {ms(t_events)}")

    layout_times, scene_times, first_render = [], [], []
    for _ in range(args.runs):
        view = TimelineView()
        view.resize(WIDTH, HEIGHT)
        view.show()
        app.processEvents()
        t0 = time.perf_counter()
        layout = layout_timeline(events, "actor")
        t1 = time.perf_counter()
        scene = build_scene(layout, view)
        t2 = time.perf_counter()
        view.canvas.set_layout(layout, scene, keep_view=False)
        view.canvas.viewport().grab()
        t3 = time.perf_counter()
        layout_times.append(t1 - t0)
        scene_times.append(t2 - t1)
        first_render.append(t3 - t2)
        view.close()
        view.deleteLater()
        app.processEvents()
    build = statistics.median(layout_times) + statistics.median(scene_times)
    print(f"  layout (lanes + stacking)                   {ms(statistics.median(layout_times))}")
    print(f"  scene items                                 {ms(statistics.median(scene_times))}")
    print(f"build (layout + scene)                        {ms(build)}   goal ≤ 300 ms")
    print(f"first full render (fit all, {WIDTH}x{HEIGHT})       {ms(statistics.median(first_render))}")
    total = build + statistics.median(first_render)
    bare = statistics.median([bare_scene(events) for _ in range(args.runs)])
    print(f"build + first render                          {ms(total)}")
    print(f"bare QGraphicsScene, same items, rendered     {ms(bare)}   ratio {total / bare:4.2f}x (goal ≤ 2x)")

    view = TimelineView()
    view.resize(WIDTH, HEIGHT)
    view.show()
    view.set_timeline(timeline)
    app.processEvents()
    canvas = view.canvas

    def zoom_step(factor: float) -> None:
        canvas.zoom_by(factor)
        canvas.viewport().repaint()

    fit = []
    for i in range(args.runs * 2):
        t0 = time.perf_counter()
        zoom_step(1.25 if i % 2 == 0 else 0.8)
        fit.append(time.perf_counter() - t0)
        canvas.fit_all()
    print(f"zoom step at fit all (all items visible)      {ms(statistics.median(fit))}   goal ≤ 16 ms")
    first, _last = canvas.visible_days()
    canvas.show_days(first + 3000, first + 3030)
    close = []
    for i in range(args.runs * 4):
        t0 = time.perf_counter()
        zoom_step(1.25 if i % 2 == 0 else 0.8)
        close.append(time.perf_counter() - t0)
    print(f"zoom step at ~1 month visible                 {ms(statistics.median(close))}   goal ≤ 16 ms")

    canvas.fit_all()
    app.processEvents()
    vp = canvas.viewport()
    points = [QPoint(rng.randrange(200, vp.width()), rng.randrange(40, vp.height())) for _ in range(1000)]
    canvas.event_at(points[0])  # the BSP index is built on the first lookup
    t0 = time.perf_counter()
    hits = sum(1 for p in points if canvas.event_at(p) is not None)
    per_click = (time.perf_counter() - t0) / len(points)
    print(f"hit-test of a click (mean of 1000)            {per_click * 1000:7.3f} ms   goal ≤ 1 ms ({hits} hits)")
    store.close()


if __name__ == "__main__":
    main()
