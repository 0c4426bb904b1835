"""Named persons, organisations and places from GUM (build and bench time only).

GUM, the Georgetown University Multilayer corpus, in its UD release
(``UniversalDependencies/UD_English-GUM``, ``not-to-release/sources/*.conllu``), marks
every mention of an entity with its type (``Entity=(12-person-…``), named or not ("my
nickname" is a person too).  The app suggests named actors, so a mention counts when,
after a leading determiner, its first and last tokens are proper nouns (PROPN) and the
tokens between are proper nouns or joiners (of, and, the, punctuation, numbers): "Barack
Obama", "University of Chicago", "the United States" → "United States".  A capitalised
adjective or verb not opening the sentence counts as a proper noun: GUM tags "United" (States)
a verb and "Saudi" (Arabia), "White" (House) adjectives.  Nested named
mentions give the outermost.  person → PER, organization → ORG, place → LOC.

Only genres whose texts GUM's licence file names as openly licensed are read: Wikinews
news, interviews and biographies (CC BY 2.5), Wikivoyage (CC BY-SA 3.0), OpenStax
textbooks and YouTube Creative Commons vlogs (CC BY 4.0) and political speeches (public
domain); GUM's annotations are CC BY 4.0.  wikiHow and fiction (CC BY-NC-SA) and the other
genres are left out.  GUM's own split decides: ``files.dev`` and ``files.test`` are never
trained on; the bench scores ``files.test``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from desktop.suggest.evaluate import conllu_sentence

REPO = "UniversalDependencies+UD_English-GUM"
SOURCES = "not-to-release/sources/"
GENRES = ("news", "interview", "bio", "voyage", "textbook", "speech", "vlog")
TYPES = {"person": "PER", "organization": "ORG", "place": "LOC"}
_JOINERS = {"ADP", "CCONJ", "DET", "PUNCT", "PART", "NUM"}

Reader = Callable[[str], str]  # path in the repository → its text


def _mentions(text: str) -> Iterator[tuple[list[tuple[str, str]], list[tuple[int, int, str]]]]:
    """(tokens as (form, UPOS), mentions as (start, end, etype)) per sentence of a CoNLL-U
    text, read by the bench's own reader (:func:`desktop.suggest.evaluate.conllu_sentence`)."""
    block: list[str] = []
    for line in [*text.splitlines(), ""]:
        if line.strip():
            if not line.startswith("#"):
                block.append(line)
            continue
        if block:
            words, mentions, _surface = conllu_sentence(block)
            yield [(w.form, w.upos) for w in words], [(first, last + 1, etype) for first, last, etype in mentions]
        block = []


def _named(sent: list[tuple[str, str]], a: int, b: int) -> tuple[int, int] | None:
    while a < b and sent[a][1] == "DET":
        a += 1
    while b > a and sent[b - 1][1] in ("PUNCT", "PART"):
        b -= 1
    if a >= b or not _name_word(sent, a) or sent[b - 1][1] != "PROPN":
        return None
    if any(not _name_word(sent, i) and sent[i][1] not in _JOINERS for i in range(a, b)):
        return None
    return a, b


def _name_word(sent: list[tuple[str, str]], i: int) -> bool:
    """A proper noun, or a capitalised adjective or verb inside a name: GUM tags "United"
    in "United States" a verb and "Saudi", "White" (House), "Communist" (Party) adjectives.
    Not the sentence's first word, whose capital says nothing."""
    form, pos = sent[i]
    return pos == "PROPN" or (pos in ("ADJ", "VERB") and i > 0 and form[:1].isupper())


def iob2(text: str) -> list[list[tuple[str, str]]]:
    """(token, IOB2 tag) sentences of one GUM document, named PER/ORG/LOC only."""
    out = []
    for sent, mentions in _mentions(text):
        spans = []
        for a, b, etype in mentions:
            if etype in TYPES and (named := _named(sent, a, b)):
                spans.append((named[0], named[1], TYPES[etype]))
        spans.sort(key=lambda s: (s[0], s[0] - s[1]))  # outermost first
        tags, taken = ["O"] * len(sent), set()
        for a, b, label in spans:
            if taken.isdisjoint(range(a, b)):
                taken.update(range(a, b))
                tags[a] = f"B-{label}"
                for i in range(a + 1, b):
                    tags[i] = f"I-{label}"
        out.append([(form, tag) for (form, _pos), tag in zip(sent, tags)])
    return out


def documents(read: Reader, names: list[str], split: str) -> list[str]:
    """Paths of the documents of ``split`` ("train", "test"): GUM's file lists, openly licensed genres."""
    held = {s: set(read(f"not-to-release/file-lists/files.{s}").split()) for s in ("dev", "test")}
    out = []
    for path in names:
        doc = path.rsplit("/", 1)[-1].removesuffix(".conllu")
        parts = doc.split("_")
        if not path.endswith(".conllu") or len(parts) < 3 or parts[1] not in GENRES:
            continue
        in_split = doc in held[split] if split in held else not any(doc in h for h in held.values())
        if in_split:
            out.append(path)
    return out


def conll(sents: list[list[tuple[str, str]]]) -> str:
    """Sentences as tab-separated token/tag lines (what train_ner.sentences reads)."""
    return "\n\n".join("\n".join(f"{tok}\t{tag}" for tok, tag in sent) for sent in sents) + "\n"
