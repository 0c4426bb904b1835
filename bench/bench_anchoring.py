"""Benchmark for desktop.anchoring.resolve_many (prints figures, asserts nothing).

Builds a ~1 MB synthetic text of sentences, anchors 10,000 spans on it,
changes about 5 % of the text by random edits spread across it (word
substitutions, insertions and deletions of a few words, a few whole sentences
inserted or deleted), then re-anchors everything with ``resolve_many`` and
prints the elapsed time, the count per method and how the results compare
with the truth known from the edits.

Run: ``.venv/bin/python bench/bench_anchoring.py [--seed N] [--size CHARS]
[--anchors N] [--change FRACTION] [--check N]``
"""

from __future__ import annotations

import argparse
import bisect
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.anchoring import (  # noqa: E402
    Anchor,
    make_anchor,
    resolve,
    resolve_many,
    trim_span,
)

SYLLABLES = (
    "ba be bi bo bu ca co cu da de di do ed el en er es fa fe fi fo ga ge go "
    "ha he hi ho in is it ka ke ko la le li lo lu ma me mi mo mu na ne ni no "
    "nu on or pa pe pi po ra re ri ro ru sa se si so su ta te ti to tu un ur "
    "va ve vi vo za ze"
).split()
FUNCTION_WORDS = (
    "the of and to in a is that for on with as by at from was were it this "
    "which be are or an not have has had said"
).split()


def make_words(rng: random.Random, count: int) -> list[str]:
    words = set()
    while len(words) < count:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 4))))
    return sorted(words)


def make_sentence(rng: random.Random, vocab: list[str], names: list[str]) -> str:
    out = []
    for _ in range(rng.randint(8, 25)):
        r = rng.random()
        if r < 0.35:
            out.append(rng.choice(FUNCTION_WORDS))
        elif r < 0.42:
            out.append(rng.choice(names))
        elif r < 0.46:
            out.append(str(rng.randint(1, 2030)))
        else:
            out.append(rng.choice(vocab))
    out[0] = out[0].capitalize()
    s = " ".join(out)
    if rng.random() < 0.3:
        cut = rng.randint(3, len(out) - 2)
        s = " ".join(out[:cut]) + ", " + " ".join(out[cut:])
    return s + rng.choice("...!?")


def make_text(rng: random.Random, size: int, vocab: list[str], names: list[str]) -> str:
    paras: list[str] = []
    total = 0
    while total < size:
        para = " ".join(
            make_sentence(rng, vocab, names) for _ in range(rng.randint(3, 8))
        )
        paras.append(para)
        total += len(para) + 2
    return "\n\n".join(paras)


def make_anchors(rng: random.Random, text: str, count: int) -> list[Anchor]:
    starts = [
        i for i in range(1, len(text)) if text[i - 1].isspace() and not text[i].isspace()
    ]
    starts.insert(0, 0)
    anchors = []
    while len(anchors) < count:
        i = rng.randrange(len(starts) - 20)
        r = rng.random()
        if r < 0.3:
            words = rng.randint(1, 3)
        elif r < 0.8:
            words = rng.randint(4, 12)
        else:
            words = rng.randint(13, 30)
        s, e = trim_span(text, starts[i], starts[i + words])
        if s < e:
            anchors.append(make_anchor(text, s, e))
    return anchors


def apply_edits(
    rng: random.Random, text: str, fraction: float, vocab: list[str], names: list[str]
) -> tuple[str, list[tuple[int, int, int]]]:
    """Random edits touching about ``fraction`` of the text.

    Returns the new text and the edits as ``(old_start, old_end, new_len)``,
    sorted and non-overlapping.
    """
    target = int(len(text) * fraction)
    word_starts = [i for i in range(1, len(text)) if text[i - 1] == " " and text[i] != " "]
    sentence_ends = [
        i + 1 for i, c in enumerate(text) if c in ".!?" and text[i + 1 : i + 2] == " "
    ]
    edits: dict[int, tuple[int, int, str]] = {}
    taken: list[tuple[int, int]] = []  # sorted occupied [start, end + 1)
    changed = 0

    def free(s: int, e: int) -> bool:
        k = bisect.bisect_left(taken, (s, -1))
        if k > 0 and taken[k - 1][1] > s - 1:
            return False
        if k < len(taken) and taken[k][0] < e + 1:
            return False
        return True

    while changed < target:
        r = rng.random()
        if r < 0.45:  # substitute one word
            k = rng.randrange(len(word_starts) - 1)
            s = word_starts[k]
            e = word_starts[k + 1] - 1
            new = rng.choice(vocab + names)
        elif r < 0.70:  # insert a few words
            s = e = rng.choice(word_starts)
            new = " ".join(rng.choice(vocab) for _ in range(rng.randint(1, 6))) + " "
        elif r < 0.93:  # delete a few words
            k = rng.randrange(len(word_starts) - 7)
            s = word_starts[k]
            e = word_starts[k + rng.randint(1, 6)]
            new = ""
        elif r < 0.97:  # delete a sentence
            k = rng.randrange(len(sentence_ends) - 1)
            s = sentence_ends[k] + 1
            e = sentence_ends[k + 1] + 1
            new = ""
        else:  # insert a sentence
            s = e = rng.choice(sentence_ends) + 1
            new = make_sentence(rng, vocab, names) + " "
        if not free(s, e):
            continue
        bisect.insort(taken, (s, e))
        edits[s] = (s, e, new)
        changed += max(e - s, len(new))
    out = []
    last = 0
    result = []
    for s in sorted(edits):
        s, e, new = edits[s]
        out.append(text[last:s])
        out.append(new)
        last = e
        result.append((s, e, len(new)))
    out.append(text[last:])
    return "".join(out), result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--size", type=int, default=1_000_000)
    ap.add_argument("--anchors", type=int, default=10_000)
    ap.add_argument("--change", type=float, default=0.05)
    ap.add_argument("--check", type=int, default=200,
                    help="anchors also resolved one by one with resolve()")
    args = ap.parse_args()

    rng = random.Random(args.seed)
    vocab = make_words(rng, 6000)
    names = [w.capitalize() for w in make_words(rng, 300)]
    text = make_text(rng, args.size, vocab, names)
    anchors = make_anchors(rng, text, args.anchors)
    new_text, edits = apply_edits(rng, text, args.change, vocab, names)
    changed = sum(max(e - s, n) for s, e, n in edits)
    print(f"text: {len(text):,} chars -> {len(new_text):,} chars; "
          f"{len(edits):,} edits touching {changed:,} chars "
          f"({changed / len(text):.1%})")
    lengths = sorted(len(a.exact) for a in anchors)
    print(f"anchors: {len(anchors):,}; quote length median {lengths[len(lengths) // 2]}, "
          f"max {lengths[-1]}; under 10 chars: {sum(1 for x in lengths if x < 10):,}")

    t0 = time.perf_counter()
    results = resolve_many(new_text, anchors)
    elapsed = time.perf_counter() - t0
    print(f"resolve_many: {elapsed:.2f} s")
    methods = Counter(r.method for r in results)
    print("methods: " + ", ".join(f"{m} {methods.get(m, 0):,}"
                                  for m in ("position", "exact", "fuzzy", "orphan")))

    # Truth from the edits.
    ed_starts = [s for s, _, _ in edits]
    ed_ends = [e for _, e, _ in edits]
    deltas = [0]
    for s, e, n in edits:
        deltas.append(deltas[-1] + n - (e - s))

    def shift(pos: int) -> int:
        """Shift for an old offset not inside an edit (edits ending <= pos)."""
        k = bisect.bisect_right(ed_ends, pos)
        return deltas[k]

    def new_offset(pos: int) -> int:
        """Where an old offset went (inside an edit: where the edit went)."""
        k = bisect.bisect_right(ed_starts, pos) - 1
        if k >= 0 and edits[k][0] < pos < edits[k][1]:
            return edits[k][0] + deltas[k]
        return pos + shift(pos)

    intact = Counter()
    edited = Counter()
    for a, r in zip(anchors, results):
        k = bisect.bisect_left(ed_starts, a.end + 1)
        inside = [
            ed for ed in edits[max(0, k - 60) : k] if ed[0] <= a.end and ed[1] >= a.start
        ]
        if not inside:
            want = a.start + shift(a.start)
            ok = (r.start, r.end) == (want, want + len(a.exact))
            intact[f"{r.method}, {'at the true span' if ok else 'NOT at the true span'}"] += 1
            continue
        if r.method == "orphan":
            deleted = sum(
                max(0, min(e, a.end) - max(s, a.start)) for s, e, n in inside if n == 0
            )
            half = "half or more" if deleted * 2 >= len(a.exact) else "less than half"
            edited[f"orphan ({half} of the quote deleted)"] += 1
            continue
        lo = new_offset(a.start) - 64
        hi = new_offset(a.end) + 64
        where = "near the true place" if r.start < hi and r.end > lo else "ELSEWHERE"
        edited[f"{r.method}, {where}"] += 1
    print(f"anchors no edit touches: {sum(intact.values()):,}")
    for key in sorted(intact):
        print(f"  {key}: {intact[key]:,}")
    print(f"anchors an edit touches (inside or adjacent): {sum(edited.values()):,}")
    for key in sorted(edited):
        print(f"  {key}: {edited[key]:,}")

    if args.check:
        sample = random.Random(args.seed + 1).sample(range(len(anchors)), args.check)
        t0 = time.perf_counter()
        same = sum(resolve(new_text, anchors[i]) == results[i] for i in sample)
        print(f"resolve() one by one on {args.check} random anchors: "
              f"{same}/{args.check} equal to resolve_many "
              f"({time.perf_counter() - t0:.2f} s)")


if __name__ == "__main__":
    main()
