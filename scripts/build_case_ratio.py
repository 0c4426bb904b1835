"""Build resources/gazetteer/lower_case_en.txt, English words written in lower case in running text (build time only).

Source: GUM's *train* documents of its openly licensed genres (UD_English-GUM ``not-to-release/sources``, the mirror
``UniversalDependencies+UD_English-GUM``; Wikinews news, interviews and biographies CC BY 2.5, Wikivoyage CC BY-SA 3.0,
OpenStax textbooks and CC vlogs CC BY 4.0, speeches public domain; the English model's own training source, chosen by
``scripts/gum_names.documents``; GUM's dev and test lists are never read), and the training parts of wikigold (English
Wikipedia, CC BY 4.0), re3d (its openly licensed sources), WNUT17 and the Broad Twitter Corpus (tweets, CC BY 4.0) as
``scripts/train_ner.split`` cuts them (their dev tenths, the study sets, are never read). The tweets' own capitals keep
words out that GUM alone would let in ("gosh", "apple"). A word is kept when, past the sentence's first
word and outside headings (sentences mostly in capitals), it is written in lower case at least ``--min`` times
(five: three let in names that tweets write in lower case, "conor", "nicky", and surnames such as "price" and "hunt")
and in at least ``--share`` of its occurrences, and no source tags it as a one-word person, organisation or place
("curry", "subway", "mobile"): "equipment", "office", "search", not "Obama" nor "Internet" if GUM writes it in
capitals. Output: one word a line, lower case, sorted, after a comment naming the source.

Run: ``.venv/bin/python scripts/build_case_ratio.py [--min 5] [--share 0.95]``.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import gum_names  # noqa: E402
import train_ner  # noqa: E402

OUT = ROOT / "resources" / "gazetteer" / "lower_case_en.txt"
# The training sources read through train_ner's split (their dev tenths, the study sets, left out)
_SPLIT_SOURCES = ("wikigold", "re3d", "wnut17", "btc")


_NAME_TYPES = frozenset({"person", "organization", "place"})


def _sentences() -> Iterator[tuple[list[str], set[str]]]:
    """The tokens of each sentence of the sources, and the words it tags as a name on their own (a one-word person,
    organisation or place: "Curry", "Subway", "conor" in a tweet). A handle or a hashtag after "@" or "#" is no word of
    running text and is left out ("@ justinbieber")."""
    repo = gum_names.REPO
    for doc in gum_names.documents(lambda p: train_ner.read_file(repo, p), train_ner.list_files(repo, gum_names.SOURCES),
                                   "train"):
        for sent, mentions in gum_names._mentions(train_ner.read_file(repo, doc)):
            named = {sent[a][0].casefold() for a, b, etype in mentions
                     if b - a == 1 and etype in _NAME_TYPES and sent[a][1] == "PROPN"}
            yield [form for form, _pos in sent], named
    for source in train_ner.SOURCES["en"]:
        if source.name in _SPLIT_SOURCES:
            for sent in train_ner.split(train_ner.load_source(source))[0]:
                tags = [tag for _token, tag in sent] + ["O"]
                named = {token.casefold() for i, (token, tag) in enumerate(sent)
                         if tag.startswith("B-") and not tags[i + 1].startswith("I-")}
                yield [token for i, (token, _tag) in enumerate(sent) if i == 0 or sent[i - 1][0] not in ("@", "#")], named


def counts() -> tuple[Counter[str], Counter[str], int, set[str]]:
    """(lower-case occurrences, capitalised occurrences, tokens read) of each word, casefolded, past each sentence's
    first word, headings left out, and the words the sources tag as a one-word name somewhere."""
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    names: set[str] = set()
    tokens = 0
    for sent, named in _sentences():
        tokens += len(sent)
        names |= named
        words = [form for form in sent if form.isalpha()]
        if not words or sum(w[0].isupper() for w in words) * 2 > len(words):
            continue  # a heading or a title in capitals says nothing of a word's case
        for form in words[1:]:
            (lower if form.islower() else upper)[form.casefold()] += 1
    return lower, upper, tokens, names


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min", type=int, default=5, help="lower-case occurrences a word needs")
    parser.add_argument("--share", type=float, default=0.95, help="share of its occurrences in lower case")
    args = parser.parse_args()
    lower, upper, tokens, names = counts()
    kept = sorted(w for w, n in lower.items()
                  if n >= args.min and n >= args.share * (n + upper[w]) and len(w) > 1 and w not in names)
    head = (f"# English words written in lower case in running text: {len(kept)} words of {tokens} tokens of GUM's train "
            f"documents of its openly licensed genres (CC BY 2.5 / CC BY-SA 3.0 / CC BY 4.0 / public domain) and the "
            f"training parts of wikigold, WNUT17 and BTC (CC BY 4.0) and re3d (OGL v3.0 / US public domain / CC BY 3.0 AU / "
            f"EU reuse / CC BY-SA 3.0), at least {args.min} times "
            f"and {args.share:.0%} of their occurrences past a sentence's first word, never tagged as a one-word name, "
            f"handles and hashtags left out; scripts/build_case_ratio.py\n")
    OUT.write_text(head + "\n".join(kept) + "\n", encoding="utf-8")
    print(f"{len(kept)} words, {OUT.stat().st_size} bytes → {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
