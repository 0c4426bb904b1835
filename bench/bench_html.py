"""Score the HTML importer on the shared corpus of saved web pages (prints, asserts nothing).

Uses ``../shared/corpus/check_html.py`` by path (the corpus is never copied here):
Readability pages get a bag-of-words F1 against ``expected.html``; trafilatura
pages pass when every 'with' snippet is in the text and no 'without' one is.
Prints one line per page, the metadata mismatches, the mean F1 and the passes.

Run: ``.venv/bin/python bench/bench_html.py [--corpus DIR] [--json]``
Also usable as the extractor of check_html.py itself:
``check_html.py --cmd '.venv/bin/python bench/bench_html.py --extract {html}'``
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"


def load_checker(corpus: Path) -> ModuleType:
    """check_html.py of the corpus, imported from its path."""
    spec = importlib.util.spec_from_file_location("claimline_check_html", corpus / "check_html.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    before, sys.dont_write_bytecode = sys.dont_write_bytecode, True  # no __pycache__ in the corpus
    try:
        spec.loader.exec_module(module)
    finally:
        sys.dont_write_bytecode = before
    return module


def importer_output(page: Path) -> dict[str, Any]:
    """What check_html.py expects from an extractor, made with desktop.importers.load."""
    from desktop.importers import load

    doc = load(page)
    meta = doc.metadata
    return {
        "text": doc.text,
        "title": doc.title,
        "author": meta.get("author"),
        "date": meta.get("published"),
        "lang": meta.get("language"),
        "dir": meta.get("direction"),
    }


def score_corpus(corpus: Path = DEFAULT_CORPUS, min_f1: float = 0.80) -> list[dict[str, Any]]:
    """One report per corpus page (check_html.py's scoring of our importer)."""
    checker = load_checker(corpus)
    manifest = json.loads((corpus / "html" / "MANIFEST.json").read_text(encoding="utf-8"))
    reports = []
    for entry in manifest:
        folder = corpus / "html" / entry["dir"]
        report: dict[str, Any] = {"page": entry["dir"]}
        t0 = time.perf_counter()
        out = importer_output(folder / "source.html")
        report["seconds"] = round(time.perf_counter() - t0, 3)
        if (folder / "expected.html").exists():
            checks = checker.score_readability(folder, out, report, min_f1)
        else:
            checks = checker.score_trafilatura(folder, out, report)
        report["metadata_problems"] = checker.compare_meta(checks, out)
        reports.append(report)
    return reports


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--extract", type=Path, help="print check_html.py's JSON for one page and exit")
    args = ap.parse_args(argv)
    if args.extract:
        print(json.dumps(importer_output(args.extract), ensure_ascii=False))
        return 0
    if not (args.corpus / "html" / "MANIFEST.json").is_file():
        print(f"no HTML corpus at {args.corpus}")
        return 2
    reports = score_corpus(args.corpus)
    if args.json:
        print(json.dumps(reports, indent=1, ensure_ascii=False))
        return 0
    for r in reports:
        if "f1" in r:
            detail = f"F1={r['f1']:.2f} (recall {r['recall']:.2f}, precision {r['precision']:.2f})"
        else:
            detail = f"with {r['with_found']}, without {r['without_avoided']}"
            if r["missing"]:
                detail += f"; missing {r['missing'][0][:40]!r}"
            if r["unwanted"]:
                detail += f"; unwanted {r['unwanted'][0][:40]!r}"
        print(f"{'PASS' if r['ok'] else 'FAIL'} {r['page'][:46]:46} {detail}  [{r['seconds']:.2f} s]")
        for problem in r["metadata_problems"]:
            print(f"     meta {problem}")
    f1s = [r["f1"] for r in reports if "f1" in r]
    snippets = [r for r in reports if "with_found" in r]
    print(
        f"\n{sum(r['ok'] for r in reports)}/{len(reports)} pages pass; "
        f"readability mean F1 {statistics.mean(f1s):.3f} (min {min(f1s):.3f}); "
        f"trafilatura snippet pages {sum(r['ok'] for r in snippets)}/{len(snippets)}; "
        f"metadata mismatches {sum(len(r['metadata_problems']) for r in reports)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
