"""Where the actor suggestions lose names on the study sets (never a test split).

Run: ``.venv/bin/python bench/study_actors.py [--only NAME] [--misses]``. For each study set
of ``bench_suggest.py --study`` (GUM dev, the training sources' dev slices, EWT train's reviews,
e-mails and answers ``en uner-ewt-train web``, NEREL dev, Turkish Wiki NER dev) and for the weblog and newsgroup documents of UNER English-EWT's *train* file
(``uner-ewt-train-news`` of ``scripts/train_ner.py``: the shipped English model never saw that
file) and the first 1,000 or so sentences of Re-DocRED's dev file (``en redocred-dev``: English
Wikipedia introductions, whole documents; only the candidate model v2.4.0, never shipped, was
trained on it), it prints overlapping and exact precision and recall, how many gold mentions the raw
recognisers found (``desktop.suggest.ner.entities``) and how many of those the final suggestions
lost (a rule of ours dropped or cut away a correct guess), and the misses sorted by kind.
``--misses`` lists each lost mention, each miss and each false alarm with its context.
Nothing is timed (see ``bench_suggest.py`` for speed).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))

import bench_suggest  # noqa: E402
import train_ner  # noqa: E402

from desktop.suggest import ner  # noqa: E402
from desktop.suggest.detect import detect  # noqa: E402
from desktop.suggest.gazetteer import is_demonym  # noqa: E402
from desktop.suggest.steps import capitalised_lines  # noqa: E402

Span = tuple[int, int]


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _kind(text: str, gold: Span, raw: list[Span]) -> str:
    words = text[gold[0] : gold[1]]
    if "@" in words or text[max(0, gold[0] - 2) : gold[0]] == "@ ":
        return "Twitter handle"
    if any(_overlaps(gold, r) for r in raw):
        return "model found, rules lost"
    if is_demonym(words) or words.lower() in ("god", "satan", "devil") or words.islower():
        return "nationality, God, lower case"
    if words.isupper() and len(words) > 1:
        return "capitals"
    return "one word" if " " not in words.strip() else "several words"


def _context(text: str, start: int, end: int) -> str:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return text[max(line_start, start - 50) : start] + "[[" + text[start:end] + "]]" + text[end : min(line_end, end + 50)]


def study(name: str, text: str, gold: set[Span], misses: bool) -> None:
    found = [(s.start, s.end) for s in detect(text, kinds=("actor",))]
    raw = [(a, b) for a, b, _k, _l in ner.entities(capitalised_lines(text))]
    scores = []
    for match in (_overlaps, lambda g, f: g == f):
        hit_found = sum(1 for f in found if any(match(g, f) for g in gold))
        hit_gold = sum(1 for g in gold if any(match(g, f) for f in found))
        scores.append(f"P {hit_found / len(found) if found else 1:.4f} R {hit_gold / len(gold) if gold else 1:.4f}")
    missed = [g for g in sorted(gold) if not any(_overlaps(g, f) for f in found)]
    raw_hits = sum(1 for g in gold if any(_overlaps(g, r) for r in raw))
    kinds: dict[str, int] = {}
    for g in missed:
        kind = _kind(text, g, raw)
        kinds[kind] = kinds.get(kind, 0) + 1
    print(f"  {name:<30} overlap {scores[0]}  exact {scores[1]}  ({len(gold)} gold, {len(found)} found)")
    print(f"    raw recognisers found {raw_hits} gold mentions, {kinds.get('model found, rules lost', 0)} of them lost; "
          f"{len(missed)} misses: " + "; ".join(f"{k} {v}" for k, v in sorted(kinds.items(), key=lambda kv: -kv[1])))
    if misses:
        for g in missed:
            print(f"      {_kind(text, g, raw)}: {_context(text, *g)!r}")
        for f in sorted(found):
            if not any(_overlaps(g, f) for g in gold):
                print(f"      false alarm: {_context(text, *f)!r}")


def _redocred_slice(size: int) -> list[list[tuple[str, str]]]:
    """Re-DocRED's dev documents from the first, whole, until they hold ``size`` sentences or
    more, as ``train_ner.docred_sentences`` reads them (gold PER, ORG, LOC names)."""
    source = next(s for s in train_ner.SOURCES["en"] if s.name == "redocred")
    docs, count = [], 0
    for doc in json.loads(train_ner.read_file(source.repo, source.paths[0], source.commit)):
        if count >= size:
            break
        docs.append(doc)
        count += len(doc["sents"])
    return train_ner._app_labels(train_ner.docred_sentences(json.dumps(docs)), source.labels)  # noqa: SLF001 - load_source's labels


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", help="the sets whose name holds this")
    parser.add_argument("--misses", action="store_true", help="list the lost mentions, misses and false alarms")
    args = parser.parse_args()
    sets: dict[str, tuple[str, set[Span]]] = {}

    def keep(name: str, text: str, gold: set[Span], _size: str, _misses: bool = False) -> None:
        sets[name] = (text, gold)

    bench_suggest.score_actor_text = keep  # the study sets as the bench reads them, scored here
    bench_suggest.study_actor_sets(only=args.only)
    name = "en uner-ewt-train-news"
    if not args.only or args.only in name:
        source = next(s for s in train_ner.SOURCES["en"] if s.name == "uner-ewt-train-news")
        try:
            bench_suggest.score_actor_sentences(name, train_ner.load_source(source))
        except Exception as exc:  # noqa: BLE001 - a missing mirror: say so
            print(f"  {name}: not available ({type(exc).__name__})")
    name = "en redocred-dev"
    if not args.only or args.only in name:
        try:
            bench_suggest.score_actor_sentences(name, _redocred_slice(1000))
        except Exception as exc:  # noqa: BLE001 - a missing mirror: say so
            print(f"  {name}: not available ({type(exc).__name__})")
    print("where actors are lost (study sets only):")
    for set_name, (text, gold) in sets.items():
        study(set_name, text, gold, args.misses)


if __name__ == "__main__":
    main()
