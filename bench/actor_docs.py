"""The actor sets of ``bench_suggest.py`` read as documents, the way the app reads them.

Until the tenth round the bench joined every sentence of a set into one text, its tokens
separated by spaces ("Obama 's", "U.S. -based"), one sentence a line.  The app never sees
such a text: it reads one document at a time, as written.  Rules that look at the whole
document (a surname linked to its full name, a list of persons, an acronym defined once)
then linked unrelated sentences of different articles, and rules written for ordinary
punctuation saw tokenised text.  This module reads each set the truer way:

* sets whose files keep each sentence's original text and its document (UNER's English-EWT,
  English-PUD and Russian-PUD: ``# newdoc id``, ``# text``) give one text per document, its
  sentences as written, one a line (UNER keeps no paragraphs);
* GUM's documents (``gum-named:``) are read from their CoNLL-U sources with their spacing
  (``SpaceAfter=No``) and paragraphs (``# newpar``): one text per document;
* files that mark no documents and keep no original text (re3d's CoNLL files, WNUT17,
  Turkish Wiki NER, KazNERD, the training sources' dev slices) are read as before: their
  sentences in order, one text, one a line, tokens joined by spaces (consecutive sentences
  there often come from one document, so a sentence alone would lose its document's names).

Gold spans are the same tokens' spans as before (PER/ORG/LOC via ``train_ner.spans``), found
in the original text token by token; a sentence whose tokens cannot all be found in its text
in order is read from its tokens.  ``bench_suggest.py --joined`` still prints the old reading,
so the two can be compared (they differ only on the sets that mark documents).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

Sentence = list[tuple[str, str]]  # (token, IOB tag)


@dataclass
class Doc:
    """One text the detector reads, and the gold actor spans (start, end) in it."""

    text: str
    gold: set[tuple[int, int]] = field(default_factory=set)


def _gold_end(token: str, start: int) -> int:
    """Where a gold name ends in a token: "İngiltere'de" ends at its apostrophe."""
    cut = max(token.find("'"), token.find("’"))
    return start + (cut if cut > 0 else len(token))


def _placed(tokens: list[str], text: str) -> list[int] | None:
    """The start of each token in ``text``, found in order with only spaces skipped
    between them; None when a token is not where it should be."""
    starts, pos = [], 0
    for tok in tokens:
        at = text.find(tok, pos)
        if at < 0 or text[pos:at].strip():
            return None
        starts.append(at)
        pos = at + len(tok)
    return starts


def sentence_line(sent: Sentence, spans: Callable[[Sentence], list[tuple[int, int, str]]],
                  original: str | None = None) -> tuple[str, set[tuple[int, int]]]:
    """A sentence's text and its gold spans: ``original`` when its tokens can be placed in
    it, else the tokens joined by spaces."""
    tokens = [t for t, _ in sent]
    starts = _placed(tokens, original) if original else None
    if starts is None:
        line = " ".join(tokens)
        starts, pos = [], 0
        for tok in tokens:
            starts.append(pos)
            pos += len(tok) + 1
    else:
        line = original or ""
    gold = {(starts[a], _gold_end(tokens[b - 1], starts[b - 1])) for a, b, _label in spans(sent)}
    return line, gold


def _blocks(raw: str) -> Iterator[tuple[dict[str, str], str]]:
    """(comments as key → value, the block's token lines) per sentence of a CoNLL-like text."""
    comments: dict[str, str] = {}
    lines: list[str] = []
    for line in [*raw.splitlines(), ""]:
        if not line.strip():
            if lines:
                yield comments, "\n".join(lines)
            comments, lines = {}, []
        elif line.startswith("#"):
            key, _, value = line[1:].partition("=")
            comments[key.strip()] = value.strip()
        else:
            lines.append(line)


def uner_documents(raw: str, train_ner: Any, limit: int) -> list[Doc]:
    """The first ``limit`` sentences of a UNER file, one :class:`Doc` per ``# newdoc id``
    (a sentence without one stays in the document before it), each sentence its original
    ``# text`` on a line of its own."""
    docs: list[Doc] = []
    count = 0
    for comments, block in _blocks(raw):
        if count >= limit:
            break
        sent = next(iter(train_ner.sentences(block)), None)
        if sent is None:
            continue
        count += 1
        if "newdoc id" in comments or not docs:
            docs.append(Doc(""))
        _append_line(docs[-1], *sentence_line(sent, train_ner.spans, comments.get("text")), "\n")
    return docs


def joined_document(sents: Iterable[Sentence], train_ner: Any) -> list[Doc]:
    """Sentences of a file that marks no documents, in their order, as one text, one a line (their tokens
    joined by spaces): consecutive sentences there often come from one document (re3d's reports, Turkish
    Wiki NER's articles, KazNERD's news), which a sentence alone would cut off from its names."""
    doc = Doc("")
    for sent in sents:
        _append_line(doc, *sentence_line(sent, train_ner.spans), "\n")
    return [doc]


def _append_line(doc: Doc, line: str, gold: set[tuple[int, int]], joiner: str) -> None:
    offset = len(doc.text) + (len(joiner) if doc.text else 0)
    doc.text = doc.text + joiner + line if doc.text else line
    doc.gold |= {(offset + a, offset + b) for a, b in gold}


def gum_documents(read: Callable[[str], str], paths: list[str], gum_names: Any, train_ner: Any,
                  limit: int = 10**9) -> list[Doc]:
    """GUM's documents (their first ``limit`` sentences in all) as written: words spaced as
    ``SpaceAfter`` says, sentences of a paragraph joined by a space, paragraphs (``# newpar``)
    by a line break; the gold spans are those :func:`gum_names.iob2` tags (named persons,
    organisations and places)."""
    from desktop.suggest.evaluate import conllu_sentence  # noqa: PLC0415 - bench-time import

    docs: list[Doc] = []
    count = 0
    for path in paths:
        if count >= limit:
            break
        raw = read(path)
        doc = Doc("")
        docs.append(doc)
        for (comments, block), tagged in zip(_blocks(raw), gum_names.iob2(raw), strict=True):
            if count >= limit:
                break
            count += 1
            words, _mentions, surface = conllu_sentence(block.splitlines())
            gold = {(words[a].start, _word_end(surface, words[b - 1])) for a, b, _label in train_ner.spans(tagged)}
            joiner = "\n" if any(k.startswith("newpar") for k in comments) else " "
            _append_line(doc, surface, gold, joiner)
    return docs


def _word_end(surface: str, word: Any) -> int:
    """Where a word ends: a word of a multiword token ("Dalton" of "Dalton’s") ends with its
    own form, not with the token's."""
    own = word.start + len(word.form)
    return own if surface.startswith(word.form, word.start) and own < word.end else word.end
