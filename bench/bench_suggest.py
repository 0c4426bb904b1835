"""Suggestions: precision/recall/F1 per kind and language on the labelled set, model load, memory and speed.

Prints (never asserts):
  * the Russian recogniser's load time and the worker's peak memory (goal ≤ 600 MB);
  * precision, recall and F1 per kind and per language (the files' "language");
  * precision and recall per kind on tests/data/suggest/ — overlap matching
    (goal: figures and dates R ≥ 0.9, P ≥ 0.8; actors R ≥ 0.8) and exact-span matching;
  * detection time on the seed article (goal ≤ 100 ms) and on a 1 MB text
    (goal ≤ 2 s, in the background), per kind and all together (medians).

Run: ``.venv/bin/python bench/bench_suggest.py [--runs N] [--misses]``
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.suggest import detect  # noqa: E402
from desktop.suggest import ner  # noqa: E402
from desktop.suggest.evaluate import score_dir, score_file  # noqa: E402

DATA = ROOT / "tests" / "data" / "suggest"
SEED = ROOT / "seeds" / "rising-axis-of-trade.txt"


def timed(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--misses", action="store_true", help="list every miss and false alarm")
    args = parser.parse_args()

    t0 = time.perf_counter()
    import desktop.meaning.dates, desktop.meaning.figures  # noqa: E401,F401,PLC0415 - already imported: cheap

    print(f"import of the parsers (already loaded here): {(time.perf_counter() - t0) * 1000:.1f} ms")
    t0 = time.perf_counter()
    detect("Президент России Владимир Путин прибыл в Казань.", kinds=("actor",))
    print(f"Russian recogniser: {ner.status()}, load {ner.load_seconds():.2f} s "
          f"(first Russian text {time.perf_counter() - t0:.2f} s)")

    print(f"labelled set: {len(list(DATA.glob('*.json')))} texts in {DATA.relative_to(ROOT)}")
    by_lang: dict[str, dict] = {}
    for path in sorted(DATA.glob("*.json")):
        lang = json.loads(path.read_text(encoding="utf-8")).get("language", "?")
        scores, _notes = score_file(path, strict=False)
        for kind, sc in scores.items():
            agg = by_lang.setdefault(lang, {}).setdefault(kind, [0, 0, 0])
            agg[0] += sc.tp
            agg[1] += sc.fp
            agg[2] += sc.fn
    print("  per language (overlapping spans):")
    for lang, kinds in sorted(by_lang.items()):
        for kind, (tp, fp, fn) in kinds.items():
            p = tp / (tp + fp) if tp + fp else 1.0
            r = tp / (tp + fn) if tp + fn else 1.0
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            print(f"    {lang:<5} {kind:<7} P {p:.2f}  R {r:.2f}  F1 {f1:.2f}  (tp {tp}, fp {fp}, fn {fn})")
    for strict in (False, True):
        total, notes = score_dir(DATA, strict=strict)
        label = "exact spans" if strict else "overlapping spans"
        print(f"  {label}:")
        for kind, s in total.items():
            print(f"    {kind:<7} precision {s.precision:.2f}  recall {s.recall:.2f}  (tp {s.tp}, fp {s.fp}, fn {s.fn})")
        if args.misses:
            for line in notes:
                print(f"      {line}")

    seed = SEED.read_text(encoding="utf-8")
    detect("warm up: Kazakhstan, 20%, May 2025", reference="2025-07-01")
    t = timed(lambda: detect(seed, reference="2025-07-01"), max(args.runs, 5))
    print(f"seed article ({len(seed):,} chars, {len(detect(seed, reference='2025-07-01'))} suggestions): "
          f"{t * 1000:.0f} ms (goal ≤ 0.5 s)")

    extra = "\n\n".join(json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(DATA.glob("*.json")))
    unit = seed + "\n\n" + extra + "\n\n"
    big = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
    print(f"1 MB text ({len(big):,} chars, the seed and the labelled texts repeated):")
    for kinds in (("figure",), ("date",), ("actor",), ("figure", "date", "actor")):
        count = len(detect(big, reference="2025-07-01", kinds=kinds))
        t = timed(lambda: detect(big, reference="2025-07-01", kinds=kinds), args.runs)
        print(f"  {','.join(kinds):<19} {t:5.2f} s  ({count} suggestions)")
    print("  goal ≤ 15 s for all kinds once the model is loaded (runs in the worker process)")
    import resource  # noqa: PLC0415

    print(f"peak memory of this process (as the worker): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB "
          "(goal ≤ 600 MB)")


if __name__ == "__main__":
    main()
