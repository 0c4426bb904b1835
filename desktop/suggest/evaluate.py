"""Precision and recall of :func:`desktop.suggest.detect` on a labelled set.

A labelled file is JSON: ``{"text", "reference", "tags": [{"kind", "exact",
"occurrence"?}]}``; each expected tag is located as the ``occurrence``-th
(default 1st) place its ``exact`` stands in the text.  A suggestion matches an
expected tag of the same kind when the spans are equal (``strict``) or
overlap (``lenient``); each expected tag is matched at most once.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.suggest.detect import KINDS, detect


@dataclass(frozen=True)
class Expected:
    kind: str
    start: int
    end: int
    exact: str


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def locate(text: str, exact: str, occurrence: int = 1) -> tuple[int, int]:
    pos = -1
    for _ in range(occurrence):
        pos = text.find(exact, pos + 1)
        if pos < 0:
            raise ValueError(f"{exact!r} (occurrence {occurrence}) is not in the text")
    return pos, pos + len(exact)


def load(path: Path) -> tuple[dict[str, Any], list[Expected]]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    expected = []
    for tag in data["tags"]:
        start, end = locate(data["text"], tag["exact"], tag.get("occurrence", 1))
        expected.append(Expected(tag["kind"], start, end, tag["exact"]))
    return data, expected


def score_file(path: Path, *, strict: bool = False) -> tuple[dict[str, Score], list[str]]:
    """Scores per kind for one file, and a line for each miss or false alarm."""
    data, expected = load(path)
    found = detect(data["text"], reference=data.get("reference"))
    scores = {k: Score() for k in KINDS}
    notes: list[str] = []
    unmatched = list(expected)
    for s in found:
        hit = next(
            (
                e for e in unmatched
                if e.kind == s.kind and ((e.start, e.end) == (s.start, s.end) if strict else (s.start < e.end and e.start < s.end))
            ),
            None,
        )
        if hit is None:
            scores[s.kind].fp += 1
            notes.append(f"{Path(path).name}: false {s.kind} {s.exact!r}")
        else:
            unmatched.remove(hit)
            scores[s.kind].tp += 1
    for e in unmatched:
        scores[e.kind].fn += 1
        notes.append(f"{Path(path).name}: missed {e.kind} {e.exact!r}")
    return scores, notes


def score_dir(folder: Path, *, strict: bool = False) -> tuple[dict[str, Score], list[str]]:
    total = {k: Score() for k in KINDS}
    notes: list[str] = []
    for path in sorted(Path(folder).glob("*.json")):
        scores, file_notes = score_file(path, strict=strict)
        notes += file_notes
        for k, s in scores.items():
            total[k].tp += s.tp
            total[k].fp += s.fp
            total[k].fn += s.fn
    return total, notes
