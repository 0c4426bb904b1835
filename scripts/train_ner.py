"""Train the compact spaCy entity recognisers shipped in resources/models/ (build time only).

    python scripts/train_ner.py en|tr|kk [--out resources/models] [--minutes 8]

Each model is a spaCy 3.8 pipeline with one component, ``ner`` (a small hash-embedding
CNN, no word vectors), predicting PER, ORG and LOC; it is trained on a TRAIN split only.
The test splits are never read here: ``bench/bench_suggest.py`` scores them.

Corpora (openly licensed; read from the mirrors, never copied into the repository):

| lang | trained on | licence | test split (bench only) |
|---|---|---|---|
| en | UNER English-EWT v1, ``en_ewt-ud-dev.iob2`` (the train file is not in the mirror) | CC BY-SA 4.0 | ``en_ewt-ud-test.iob2``; UNER English-PUD ``en_pud-ud-test.iob2`` |
| tr | Turkish Wiki NER (turkish-nlp-suite), ``train.conll`` | CC BY-SA 4.0 | ``test.conll`` |
| kk | KazNERD, ``IOB2_valid.txt`` (the train file is not in the mirror) | CC BY 4.0 | ``IOB2_test.txt`` |

The mirrors are git snapshots (``/work/.mirror/OWNER+NAME/repo``); ``CLAIMLINE_NER_DATA``
may name another folder holding the same repositories as work trees.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MIRROR = Path(os.environ.get("CLAIMLINE_NER_DATA", "/work/.mirror"))

# (repository, path) of the training split per language.
TRAIN = {
    "en": [("UniversalNER+UNER_English-EWT", "en_ewt-ud-dev.iob2")],
    "tr": [("turkish-nlp-suite+Turkish-Wiki-NER-Dataset", "Turkish-Wiki-NER-Dataset/train.conll")],
    "kk": [("IS2AI+KazNERD", "KazNERD/IOB2_valid.txt")],
}
# Test splits, for bench/bench_suggest.py (never trained or tuned on).
TEST = {
    "en": [("UniversalNER+UNER_English-EWT", "en_ewt-ud-test.iob2"), ("UniversalNER+UNER_English-PUD", "en_pud-ud-test.iob2")],
    "ru": [("UniversalNER+UNER_Russian-PUD", "ru_pud-ud-test.iob2")],
    "tr": [("turkish-nlp-suite+Turkish-Wiki-NER-Dataset", "Turkish-Wiki-NER-Dataset/test.conll")],
    "kk": [("IS2AI+KazNERD", "KazNERD/IOB2_test.txt")],
}
# Corpus labels → the three the app uses (others are dropped).
LABELS = {
    "PER": "PER", "PERSON": "PER",
    "ORG": "ORG", "ORGANISATION": "ORG", "ORGANIZATION": "ORG",
    "LOC": "LOC", "GPE": "LOC", "LOCATION": "LOC",
}


def read_file(repo: str, path: str) -> str:
    """A corpus file from a work tree under CLAIMLINE_NER_DATA or a mirror's git snapshot."""
    tree = MIRROR / repo / path
    if tree.is_file():
        return tree.read_text(encoding="utf-8")
    git_dir = MIRROR / repo / "repo"
    out = subprocess.run(["git", "-C", str(git_dir), "show", f"HEAD:{path}"], capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def sentences(text: str) -> Iterator[list[tuple[str, str]]]:
    """(token, IOB2 tag) sentences from CoNLL-like text: the last column is not
    always the tag (UNER has extra columns), so the first B-/I-/O column is."""
    sent: list[tuple[str, str]] = []
    for line in text.splitlines():
        if not line.strip():
            if sent:
                yield sent
            sent = []
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t") if "\t" in line else line.split()
        if len(cols) < 2:
            continue
        if len(cols) >= 3 and cols[0].isdigit():  # UNER: id, token, tag, ...
            token, tag = cols[1], cols[2]
        else:
            token, tag = cols[0], cols[1]
        sent.append((token, tag))
    if sent:
        yield sent


def spans(sent: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """Token spans (start, end, label) with the app's labels."""
    out: list[tuple[int, int, str]] = []
    start, label = None, None
    for i, (_tok, tag) in enumerate([*sent, ("", "O")]):
        kind = tag[2:] if tag[:2] in ("B-", "I-") else None
        if start is not None and (tag.startswith("B-") or kind != label or tag == "O"):
            mapped = LABELS.get(label or "")
            if mapped:
                out.append((start, i, mapped))
            start, label = None, None
        if tag.startswith("B-") or (tag.startswith("I-") and start is None):
            start, label = i, kind
    return out


def load(lang: str, which: dict[str, list[tuple[str, str]]]) -> list[list[tuple[str, str]]]:
    out = []
    for repo, path in which.get(lang, []):
        out += list(sentences(read_file(repo, path)))
    return out


def to_docbin(nlp, sents: Iterable[list[tuple[str, str]]], path: Path) -> int:
    from spacy.tokens import Doc, DocBin, Span  # noqa: PLC0415

    db = DocBin()
    n = 0
    for sent in sents:
        words = [t for t, _ in sent]
        doc = Doc(nlp.vocab, words=words)
        doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in spans(sent)]
        db.add(doc)
        n += 1
    db.to_disk(path)
    return n


CONFIG = """
[paths]
train = null
dev = null

[system]
seed = 0
gpu_allocator = null

[nlp]
lang = "{lang}"
pipeline = ["tok2vec","ner"]
batch_size = 256

[components]

[components.tok2vec]
factory = "tok2vec"

[components.tok2vec.model]
@architectures = "spacy.Tok2Vec.v2"

[components.tok2vec.model.embed]
@architectures = "spacy.MultiHashEmbed.v2"
width = 96
attrs = ["NORM","PREFIX","SUFFIX","SHAPE"]
rows = [5000,1000,2500,1000]
include_static_vectors = false

[components.tok2vec.model.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = 96
depth = 4
window_size = 1
maxout_pieces = 3

[components.ner]
factory = "ner"

[components.ner.model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "ner"
extra_state_tokens = false
hidden_width = 64
maxout_pieces = 2
use_upper = true
nO = null

[components.ner.model.tok2vec]
@architectures = "spacy.Tok2VecListener.v1"
width = 96
upstream = "*"

[corpora]

[corpora.train]
@readers = "spacy.Corpus.v1"
path = ${{paths.train}}

[corpora.dev]
@readers = "spacy.Corpus.v1"
path = ${{paths.dev}}

[training]
dev_corpus = "corpora.dev"
train_corpus = "corpora.train"
seed = ${{system.seed}}
dropout = 0.1
patience = 1600
max_epochs = 0
max_steps = {steps}
eval_frequency = 400
accumulate_gradient = 1

[training.batcher]
@batchers = "spacy.batch_by_words.v1"
discard_oversize = false
tolerance = 0.2

[training.batcher.size]
@schedules = "compounding.v1"
start = 100
stop = 1000
compound = 1.001

[training.optimizer]
@optimizers = "Adam.v1"

[training.score_weights]
ents_f = 1.0

[initialize]
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lang", choices=sorted(TRAIN))
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "models")
    parser.add_argument("--steps", type=int, default=3000)
    args = parser.parse_args()

    import spacy  # noqa: PLC0415 - build time
    from spacy.cli.train import train  # noqa: PLC0415

    data = load(args.lang, TRAIN)
    random.Random(0).shuffle(data)
    cut = max(200, len(data) // 10)  # a dev slice OF THE TRAIN SPLIT for early stopping
    dev, train_part = data[:cut], data[cut:]
    spacy_lang = "xx" if args.lang == "kk" else args.lang  # spaCy has no Kazakh tokenizer: the multi-language one
    nlp = spacy.blank(spacy_lang)
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        n_train = to_docbin(nlp, train_part, tmpdir / "train.spacy")
        n_dev = to_docbin(nlp, dev, tmpdir / "dev.spacy")
        print(f"{args.lang}: {n_train} training sentences, {n_dev} held back from the train split", file=sys.stderr)
        from spacy.cli.init_config import fill_config  # noqa: PLC0415

        base = tmpdir / "base.cfg"
        base.write_text(CONFIG.format(lang=spacy_lang, steps=args.steps), encoding="utf-8")
        cfg = tmpdir / "config.cfg"
        fill_config(cfg, base, silent=True)
        out = tmpdir / "out"
        train(cfg, out, overrides={"paths.train": str(tmpdir / "train.spacy"), "paths.dev": str(tmpdir / "dev.spacy")})
        best = spacy.load(out / "model-best")
        best.meta["name"] = f"claimline_ner_{args.lang}"
        best.meta["version"] = "1.0.0"
        best.meta["license"] = {"en": "CC BY-SA 4.0", "tr": "CC BY-SA 4.0", "kk": "CC BY 4.0"}[args.lang]
        best.meta["sources"] = [{"name": f"{repo}:{path}"} for repo, path in TRAIN[args.lang]]
        target = args.out / f"ner-{args.lang}"
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists():
            import shutil  # noqa: PLC0415

            shutil.rmtree(target)
        best.to_disk(target)
        print(f"saved {target}", file=sys.stderr)


if __name__ == "__main__":
    main()
