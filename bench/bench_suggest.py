"""Suggestions: precision/recall per kind on the labelled set, and detection speed.

Prints (never asserts):
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
from desktop.suggest.evaluate import score_dir  # noqa: E402

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

    print(f"labelled set: {len(list(DATA.glob('*.json')))} texts in {DATA.relative_to(ROOT)}")
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
          f"{t * 1000:.0f} ms (goal ≤ 100 ms)")

    extra = "\n\n".join(json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(DATA.glob("*.json")))
    unit = seed + "\n\n" + extra + "\n\n"
    big = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
    print(f"1 MB text ({len(big):,} chars, the seed and the labelled texts repeated):")
    for kinds in (("figure",), ("date",), ("actor",), ("figure", "date", "actor")):
        count = len(detect(big, reference="2025-07-01", kinds=kinds))
        t = timed(lambda: detect(big, reference="2025-07-01", kinds=kinds), args.runs)
        print(f"  {','.join(kinds):<19} {t:5.2f} s  ({count} suggestions)")
    print("  goal ≤ 2 s for all kinds (runs in a background thread)")


if __name__ == "__main__":
    main()
