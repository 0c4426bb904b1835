"""A library of 10,000 documents and 1,000,000 tags: every figure of issue 18 beside its goal.

    nice -n 10 .venv/bin/python bench/bench_library.py [--docs N] [--tags N] [--imports N] [--regenerate]

The store is generated once (documents of about 30 KB in English, Russian,
Turkish and Kazakh words; tags of every kind with meaning; entities, references)
by a child process, through the real schema and triggers (so the search index is
built the way imports build it), and cached under /tmp keyed by the store's
schema and this script's version.  The measuring process then opens it, so its
peak memory is that of using the library, not of generating it.  Prints each
figure beside its goal; asserts nothing.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BENCH_VERSION = 1
TAGS_PER_KIND = (("actor", 0.6), ("figure", 0.2), ("date", 0.1), ("claim", 0.1))
LANGUAGES = ("en", "ru", "tr", "kk")
# Words the typical queries look for, mixed into the generated text at known rates.
TOPIC_WORDS = {
    "en": "grain wheat export exports railway tariff minister ministry bank investment corridor customs "
    "agreement drought harvest pipeline uranium cotton aluminium hydropower border",
    "ru": "зерно пшеница экспорт железная дорога министр банк инвестиции таможня соглашение засуха "
    "урожай трубопровод уран хлопок граница ёлка",
    "tr": "tahıl buğday ihracat demiryolu bakan bakanlığı banka yatırım gümrük anlaşma kuraklık hasat "
    "İstanbul ışık çağrı şehir ılık",
    "kk": "астық бидай экспорт теміржол министр банк инвестиция кеден келісім құрғақшылық егін "
    "Қазақстан Ұлттық әлем",
}
QUERIES = [
    "grain",
    "grain exports",
    '"grain exports"',
    "export*",
    "wheat OR barley",
    "railway NOT tariff",
    "istanbul",
    "ISTANBUL",
    "ışık",
    "зерно",
    "ЁЛКА",
    "қазақстан",
    "минист*",
    "kind:claim drought",
    "drought author:author17",
    "harvest after:2020 before:2022",
    "uranium doc:report",
    "entity:Entity42",
    "corridor customs agreement",
    "zzqx",  # nothing
]


def schema_key() -> str:
    """What makes a generated store stale: the migrations, the index schema, the folding."""
    from desktop.store.search import SCHEMA

    digest = hashlib.sha256()
    digest.update((ROOT / "desktop/store/migrations.py").read_bytes())
    digest.update("\n".join(SCHEMA).encode())
    digest.update((ROOT / "desktop/search/fold.py").read_bytes())
    return digest.hexdigest()[:10]


def cache_path(docs: int, tags: int) -> Path:
    return Path(tempfile.gettempdir()) / f"claimline-bench-library-v{BENCH_VERSION}-{schema_key()}-{docs}-{tags}.claimline"


def fmt_ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def line(what: str, value: str, goal: str, ok: bool | None) -> None:
    mark = "" if ok is None else ("  ok" if ok else "  MISSES")
    print(f"  {what:<44} {value:>14}   {'goal ' if ok is not None else ''}{goal}{mark}")


# -- generating ------------------------------------------------------------------------


def _syllable_words(rng: random.Random, n: int) -> list[str]:
    syll = ["ka", "ra", "to", "mi", "sa", "ne", "lo", "bu", "zh", "an", "or", "el", "ti", "va", "de", "us"]
    return ["".join(rng.choice(syll) for _ in range(rng.randint(2, 4))) for _ in range(n)]


def _vocabulary(rng: random.Random, lang: str) -> tuple[list[str], list[float]]:
    filler = _syllable_words(rng, 3000)
    if lang == "ru":
        filler = [w.translate(str.maketrans("aekmotrsnlbuzdiv", "аекмотрснлбуздив")) for w in filler]
    elif lang == "kk":
        filler = [w.translate(str.maketrans("aekmotrsnlbuzdiv", "әеқмотрсңлбұздіу")) for w in filler]
    elif lang == "tr":
        filler = [w.translate(str.maketrans("aeous", "aeöüş")) for w in filler]
    topic = TOPIC_WORDS[lang].split() + TOPIC_WORDS["en"].split()[:6]
    words = filler + topic
    # Zipf-like weights for the filler; topic words are frequent but not everywhere.
    weights = [1.0 / (i + 10) for i in range(len(filler))] + [0.004] * len(topic)
    return words, weights


def generate(path: Path, n_docs: int, n_tags: int) -> None:
    from desktop.store import new_id, open_store

    rng = random.Random(18)
    tmp = path.with_suffix(".partial")
    for p in (tmp, Path(str(tmp) + "-wal"), Path(str(tmp) + "-shm")):
        p.unlink(missing_ok=True)
    store = open_store(tmp)
    conn = store.conn
    stamp = "2026-01-01T00:00:00.000Z"
    vocab = {lang: _vocabulary(random.Random(lang), lang) for lang in LANGUAGES}
    cum = {}
    for lang, (words, weights) in vocab.items():
        total, acc = 0.0, []
        for w in weights:
            total += w
            acc.append(total)
        cum[lang] = acc
    entity_ids = [new_id() for _ in range(2000)]
    t0 = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(
        "INSERT INTO entities (id, name, type, aliases, roles, country, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, '[]', NULL, ?, ?)",
        (
            (eid, f"Entity{i}", ("person", "organisation", "state", "place")[i % 4],
             json.dumps([f"E{i}", f"Alias {i}"]), stamp, stamp)
            for i, eid in enumerate(entity_ids)
        ),
    )
    tags_per_doc = max(1, n_tags // n_docs)
    kinds = [k for k, _ in TAGS_PER_KIND]
    kind_weights = [w for _, w in TAGS_PER_KIND]
    sites = [f"site{i}.example" for i in range(40)]
    for d in range(n_docs):
        lang = LANGUAGES[d % 4] if d % 10 < 4 else "en"
        words, _ = vocab[lang]
        body = rng.choices(words, cum_weights=cum[lang], k=4300)
        for i in range(60, len(body), 60):  # sentences and paragraphs
            body[i] = body[i] + (".\n\n" if i % 600 == 0 else ".")
        text = " ".join(body)
        doc_id = new_id()
        year = 2000 + rng.randrange(26)
        meta = {
            "author": f"Author{rng.randrange(300)}",
            "published": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "site": rng.choice(sites),
            "language": lang,
        }
        title = f"{'Report' if d % 3 == 0 else 'Article'} {d}: {' '.join(rng.choices(words, k=5))}"
        conn.execute(
            "INSERT INTO documents (id, title, source, format, text, sha256, metadata, imported_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (doc_id, title, f"/data/{d}.txt", ("txt", "html", "pdf")[d % 3], text,
             hashlib.sha256(text.encode()).hexdigest(), json.dumps(meta, ensure_ascii=False), stamp),
        )
        ref_ids = [new_id() for _ in range(5)]
        conn.executemany(
            'INSERT INTO doc_references (id, document_id, label, text, url, start, "end") VALUES (?, ?, ?, ?, ?, NULL, NULL)',
            ((r, doc_id, str(i + 1), f"Source {i + 1} of {d}", f"https://example.org/{d}/{i}") for i, r in enumerate(ref_ids)),
        )
        rows = []
        n = len(text)
        for kind in rng.choices(kinds, weights=kind_weights, k=tags_per_doc):
            s = text.find(" ", rng.randrange(n - 80)) + 1
            e = text.find(" ", s + rng.randint(4, 40))
            if kind == "actor":
                attrs = {"entity_id": rng.choice(entity_ids)}
            elif kind == "figure":
                attrs = {"value": rng.randint(1, 10**6), "unit": rng.choice(["t", "USD", "%", "km"]), "scale": "",
                         "measures": "exports", "period": str(year)}
            elif kind == "date":
                day = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                attrs = {"start": day, "end": day, "precision": "day", "title": "", "place": "", "participants": []}
            else:
                attrs = {"asserted_by": rng.choice(entity_ids), "cites": rng.choice(ref_ids + [None] * 5),
                         "reliability": rng.choice("ABCDEF"), "credibility": rng.randint(1, 6),
                         "topics": rng.sample(["trade", "energy", "food", "transport"], 2)}
            note = " ".join(rng.choices(words, k=6)) if rng.random() < 0.05 else ""
            rows.append((new_id(), doc_id, kind, s, e, text[s:e], text[max(0, s - 32):s], text[e:e + 32], note,
                         json.dumps(attrs, ensure_ascii=False), "Analyst", stamp, stamp))
        conn.executemany(
            'INSERT INTO annotations (id, document_id, kind, start, "end", exact, prefix, suffix, note, attributes, '
            "author, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        if d % 1000 == 999:
            print(f"    generated {d + 1} documents ({time.perf_counter() - t0:.0f} s)", flush=True)
    conn.execute("COMMIT")
    conn.execute("PRAGMA optimize")
    conn.execute("INSERT INTO search_text (search_text) VALUES ('optimize')")
    conn.execute("INSERT INTO search_tags (search_tags) VALUES ('optimize')")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    os.replace(tmp, path)
    print(f"    generated the store in {time.perf_counter() - t0:.0f} s", flush=True)


# -- measuring -------------------------------------------------------------------------


def timed(fn, repeat: int = 1):
    best, result = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    return best, result


def measure(path: Path, n_imports: int) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from desktop.service import Service
    from desktop.service.tables import claims, figures
    from desktop.service.meaning import Meaning
    from desktop.service.search import search
    from desktop.store import open_store
    from desktop.store.search import index_size
    from desktop.timeline.events import build_timeline

    app = QApplication.instance() or QApplication([])
    size = path.stat().st_size
    print(f"store: {path} ({size / 1e6:.0f} MB)")

    t0 = time.perf_counter()
    store = open_store(path)
    service = Service(store, "Analyst")
    rows = library_rows(service)
    view = library_widget(service, rows)
    app.processEvents()
    opened = time.perf_counter() - t0
    n_docs = len(rows)
    print(f"\n{n_docs} documents, {store.conn.execute('SELECT count(*) FROM annotations').fetchone()[0]} tags")
    line("open store + show library", fmt_ms(opened), "≤ 1000 ms", opened <= 1.0)

    filter_times = []
    for needle in ("report 12", "kaz", "author17", "site3", "ru", "zz"):
        view.set_filter("")
        t, _ = timed(lambda n=needle: filter_library(view, n))
        filter_times.append(t)
    line("filter library (worst of 6)", fmt_ms(max(filter_times)), "≤ 100 ms", max(filter_times) <= 0.1)

    per_query = []
    for q in QUERIES:
        search(store, q, limit=50)  # warm
        t, results = timed(lambda q=q: search(store, q, limit=50), 3)
        per_query.append((t, q, len(results.hits)))
    med = statistics.median(t for t, _q, _n in per_query)
    worst = max(per_query)
    line("search, median of 20 queries (warm)", fmt_ms(med), "≤ 100 ms", med <= 0.1)
    line(f"search, worst ({worst[1]!r})", fmt_ms(worst[0]), "≤ 300 ms", worst[0] <= 0.3)
    for t, q, n in sorted(per_query, reverse=True)[:5]:
        print(f"      {fmt_ms(t)}  {n:3d} hits  {q}")

    rng = random.Random(7)
    ids = [r.id for r in rng.sample(rows, 20)]
    opens = []
    for doc_id in ids:
        t, _ = timed(lambda d=doc_id: open_document(service, d))
        opens.append(t)
    line("open a document (worst of 20)", fmt_ms(max(opens)), "≤ 300 ms", max(opens) <= 0.3)

    t, tl = timed(lambda: build_timeline(store))
    line(f"timeline of the library ({len(tl.events)} events)", fmt_ms(t), "≤ 1000 ms", t <= 1.0)
    del tl

    meaning = Meaning(service)
    t, _ = timed(lambda: (meaning.entities(), meaning.entity_counts()))
    line("Entities view data", fmt_ms(t), "≤ 500 ms", t <= 0.5)
    t, n = timed(lambda: len(figures(service)))
    line(f"Figures view data, all {n} at once", fmt_ms(t), "(the view shows the first 500)", None)
    t, n = timed(lambda: len(claims(service)))
    line(f"Claims view data, all {n} at once", fmt_ms(t), "(the view shows the first 500)", None)
    for name, build in view_builders(service, meaning):
        t0 = time.perf_counter()
        view = build()
        app.processEvents()
        t = time.perf_counter() - t0
        line(f"{name} view shown", fmt_ms(t), "≤ 500 ms", t <= 0.5)
        model = getattr(view, "model", None)
        if model is not None and not getattr(model, "complete", True):
            while not model.complete:  # the rest arrive from a worker thread
                app.processEvents()
                time.sleep(0.005)
            total = time.perf_counter() - t0
            line(f"  … all {model.total} rows, from a worker", fmt_ms(total), "(UI stays live)", None)
        view.deleteLater()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()

    index = index_size(store)
    wal = Path(str(path) + "-wal")
    total = size + (wal.stat().st_size if wal.exists() else 0)
    text_bytes = store.conn.execute("SELECT sum(length(CAST(text AS BLOB))) FROM documents").fetchone()[0]
    line("store size on disk", f"{total / 1e6:8.0f} MB", f"(text {text_bytes / 1e6:.0f} MB)", None)
    line("search index share", f"{index / 1e6:8.0f} MB", f"({100 * index / total:.0f} % of the file)", None)
    store.close()

    t, window = timed(lambda: open_window(path))
    line("the window opened on the library", fmt_ms(t), "≤ 1000 ms", t <= 1.0)
    window.close()
    window.store.close()

    if n_imports:
        measure_import(path, n_imports)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    line("peak memory (this process)", f"{peak:8.0f} MB", "< 1024 MB", peak < 1024)


def open_window(path: Path):
    """The real main window on the store, shown (settings in a throw-away folder)."""
    from PySide6.QtWidgets import QApplication

    from desktop.app import create_window, make_application

    home = tempfile.mkdtemp(prefix="claimline-bench-home-")
    os.environ["CLAIMLINE_CONFIG_DIR"] = os.path.join(home, "config")
    os.environ["CLAIMLINE_DATA_DIR"] = os.path.join(home, "data")
    os.environ.setdefault("CLAIMLINE_AUTHOR", "Analyst")
    make_application()
    window = create_window(str(path))
    window.show()
    QApplication.processEvents()
    return window


def library_rows(service):
    from desktop.service import library as lib

    return lib.library_rows(service)


def library_widget(service, rows):
    """The window's library model over ``rows``, in a table view that paints it."""
    from PySide6.QtWidgets import QTableView

    from desktop.ui.library_model import LibraryModel

    model = LibraryModel()
    model.set_rows(rows)
    table = QTableView()
    table.setModel(model)
    table.setSortingEnabled(True)
    table.resize(900, 700)
    table.show()
    library_widget.keep = table  # type: ignore[attr-defined]
    return model


def filter_library(model, needle: str):
    model.set_filter(needle)
    return model.rowCount()


def open_document(service, doc_id: str):
    doc = service.document(doc_id)
    tags = service.tags(doc_id)
    return doc, tags


def view_builders(service, meaning):
    """The docks as the window fills them when shown."""
    from desktop.ui.claims_view import ClaimsView
    from desktop.ui.entities_view import EntitiesView
    from desktop.ui.figures_view import FiguresView

    def claims_view():
        view = ClaimsView(service)
        view.refresh()
        return view

    return [
        ("Entities", lambda: EntitiesView(meaning)),
        ("Figures", lambda: FiguresView(service)),
        ("Claims", claims_view),
    ]


def measure_import(path: Path, n: int) -> None:
    from desktop.service import Service
    from desktop.store import open_store

    with tempfile.TemporaryDirectory(prefix="claimline-bench-import-") as tmp:
        copy = Path(tmp) / "library.claimline"
        shutil.copyfile(path, copy)
        rng = random.Random(99)
        words = _syllable_words(rng, 5000) + TOPIC_WORDS["en"].split()
        files = []
        for i in range(n):
            f = Path(tmp) / f"new-{i}.txt"
            f.write_text(f"New article {i}\n\n" + " ".join(rng.choices(words, k=4300)), encoding="utf-8")
            files.append(f)
        store = open_store(copy)
        service = Service(store, "Analyst")
        calls = []
        t0 = time.perf_counter()
        outcomes = service.import_files(files, progress=lambda done, total, p: calls.append(done))
        t = time.perf_counter() - t0
        failed = sum(1 for o in outcomes if o.error)
        store.close()
    line(f"import {n} text files into it ({failed} failed)", f"{t:8.1f} s", "≤ 60 s", t <= 60)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--tags", type=int, default=1_000_000)
    ap.add_argument("--imports", type=int, default=1000, help="text files to import at the end (0: skip)")
    ap.add_argument("--regenerate", action="store_true")
    ap.add_argument("--generate-into", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.generate_into:
        generate(Path(args.generate_into), args.docs, args.tags)
        return
    path = cache_path(args.docs, args.tags)
    if args.regenerate or not path.exists():
        print(f"generating {args.docs} documents and {args.tags} tags into {path} (cached for the next runs)")
        subprocess.run(
            [sys.executable, __file__, "--docs", str(args.docs), "--tags", str(args.tags), "--generate-into", str(path)],
            check=True,
        )
    measure(path, args.imports)


if __name__ == "__main__":
    main()
