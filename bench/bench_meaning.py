"""Speed of the meaning layer on a large store: entity counts, fuzzy suggestions, merge, links.

Run: .venv/bin/python bench/bench_meaning.py  (prints figures; asserts nothing)
"""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.model import Annotation, Document  # noqa: E402
from desktop.service import Service  # noqa: E402
from desktop.service.meaning import Meaning, attributes_for  # noqa: E402
from desktop.store import new_id, now_iso, open_store  # noqa: E402
from desktop.store import meaning as sm  # noqa: E402


def timed(label: str, fn, repeat: int = 5):
    best = float("inf")
    result = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    print(f"{label:<58} {best * 1000:8.1f} ms")
    return result


def parser_import_time() -> None:
    """Import time of the figure and date parsers in a fresh interpreter (goal < 50 ms)."""
    code = (
        "import time; t = time.perf_counter(); import desktop.meaning.figures, desktop.meaning.dates; "
        "print(time.perf_counter() - t)"
    )
    root = Path(__file__).resolve().parent.parent
    best = min(
        float(subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True).stdout)
        for _ in range(5)
    )
    print(f"{'import desktop.meaning.figures + dates (fresh process, best of 5)':<58} {best * 1000:8.1f} ms (goal < 50)")


def main(entities: int = 2000, tags: int = 20000) -> None:
    parser_import_time()
    rng = random.Random(4)
    folder = Path(tempfile.mkdtemp(prefix="bench-meaning-"))
    store = open_store(folder / "b.claimline")
    service = Service(store, "Bench")
    text = "Word " * (tags + 10)
    info, _ = service.import_document(Document("Bench", text, "txt"))
    meaning = Meaning(service)
    syllables = ["ka", "za", "kh", "stan", "ta", "ji", "mu", "rat", "nur", "tle", "u", "or", "ien", "bank"]
    ents = []
    with store.transaction():
        for i in range(entities):
            name = "".join(rng.choice(syllables) for _ in range(3)).title() + f" {i}"
            ents.append(sm.insert_entity(store, name, aliases=[name.upper()[:6]]))
    stamp = now_iso()
    anns = [
        Annotation(new_id(), info.id, "actor", i * 5, i * 5 + 4, "Word", "", "", "", {"entity_id": rng.choice(ents).id},
                   "Bench", stamp, stamp)
        for i in range(tags)
    ]
    store.insert_annotations(anns)
    print(f"{entities} entities, {tags} actor tags")
    timed("entity_counts (all entities, one GROUP BY)", meaning.entity_counts)
    timed("suggest_entities('Kazastan Murat') over names+aliases", lambda: meaning.suggest_entities("Kazastan Murat"))
    timed("mentions of one entity", lambda: meaning.mentions(ents[0].id))
    timed("attributes_for figure '1,2 млн тонн'", lambda: attributes_for("figure", "1,2 млн тонн"), repeat=50)
    timed("attributes_for date 'the past decade' (+sentence)",
          lambda: attributes_for("date", "the past decade", published="2025-07-03", text=text, start=500), repeat=50)
    pairs = iter(range(0, entities - 1, 2))

    def merge_next():
        i = next(pairs)
        return meaning.merge_entities(ents[i].id, ents[i + 1].id)

    timed("merge two entities (moves their mentions)", merge_next)
    ids = [a.id for a in anns[:1000]]
    timed("1000 links created", lambda: [meaning.link(ids[i], ids[i + 1], "related") for i in range(0, 999)], repeat=1)
    timed("live links of the document", lambda: meaning.links(document_id=info.id))
    store.close()


if __name__ == "__main__":
    main()
