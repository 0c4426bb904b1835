"""Time of the actor rules alone on 1 MB of text (never asserted).

Run: ``.venv/bin/python bench/bench_actor_rules.py [--runs N] [--root DIR]``.  The seed article is
repeated to 1,000,000 characters; the recognisers' guesses (``desktop.suggest.ner.entities``) are
computed once and handed back on every run, so the figure is the rules' time, not the models'
(``bench_suggest.py`` times detection as a whole).  ``--root`` times another checkout of the
project (for example ``git archive main desktop resources seeds`` unpacked in a folder), to
compare two versions of the rules on the same machine, one after the other.
"""

from __future__ import annotations

import argparse
import importlib
import statistics
import sys
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[1])
    args = parser.parse_args()
    sys.path.insert(0, str(args.root))
    ner = importlib.import_module("desktop.suggest.ner")
    detect = importlib.import_module("desktop.suggest.detect").detect
    seed = (args.root / "seeds" / "rising-axis-of-trade.txt").read_text(encoding="utf-8")
    text = "\n\n".join([seed] * (1_000_000 // len(seed) + 1))[:1_000_000]
    guesses: dict[str, list[tuple[int, int, str, str]]] = {}
    recognise = ner.entities

    def once(piece: str) -> list[tuple[int, int, str, str]]:
        if piece not in guesses:
            guesses[piece] = recognise(piece)
        return guesses[piece]

    ner.entities = once
    t0 = time.perf_counter()
    found = len(detect(text, kinds=("actor",)))
    print(f"first run, with the recognisers: {time.perf_counter() - t0:.1f} s")
    times, cpu = [], []
    for _ in range(args.runs):
        t0, c0 = time.perf_counter(), time.process_time()
        detect(text, kinds=("actor",))
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    print(f"actor rules on {len(text):,} characters ({found} actors), the recognisers' guesses given: "
          f"median {statistics.median(times):.2f} s over {args.runs} runs ({', '.join(f'{t:.2f}' for t in times)}); "
          f"processor time median {statistics.median(cpu):.2f} s (less moved by other jobs on the machine)")


if __name__ == "__main__":
    main()
