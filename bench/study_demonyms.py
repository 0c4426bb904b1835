"""How the study golds tag nationality, people and faith words, and God (never a test split).

Run: ``.venv/bin/python bench/study_demonyms.py``. For each capitalised word that ``gazetteer.is_demonym``
knows, a faith word of :data:`FAITHS` or a name of God, it counts the gold's label by the word's form in its
sentence (:func:`form_of`: a noun, "the Russians"; an adjective before a noun of people or bodies, "Russian
officials"; before another noun, "Russian oil"; inside a longer name; a language after "in"; a faith's name;
God) in UNER English-EWT's *train* file (all genres, the commit ``scripts/train_ner.py`` pins), Re-DocRED's dev
documents up to 1,000 sentences (DocRED's own types, before ``train_ner.docred_sentences`` drops nationalities)
and GUM's UD dev file (the type of a one-word mention). docs/suggestions-history.md, "Nineteenth round: nationality,
people and faith words", has the table and what was decided from it.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import train_ner  # noqa: E402 - the mirrors' reader and its IOB2 sentences, as study_actors uses them

from desktop.suggest.gazetteer import is_demonym  # noqa: E402

FAITHS = frozenset("""Muslim Muslims Christian Christians Jew Jews Jewish Islamic Catholic Catholics Protestant
    Protestants Sunni Sunnis Shiite Shiites Shia Hindu Hindus Buddhist Buddhists Sikh Sikhs Mormon Mormons Orthodox
    Evangelical Evangelicals Christianity Islam Judaism Hinduism Buddhism Catholicism""".split())
GOD = frozenset({"God", "GOD", "Allah", "Lord", "Jesus", "Christ", "Satan"})
# Nouns of people or bodies that act after a nationality adjective ("Russian officials", "Iraqi army")
ACTING = frozenset("""officials official troops soldiers forces force government authorities army military navy police
    leaders leader president minister ministers diplomats diplomat negotiators envoy ambassador delegation regime
    spokesman spokeswoman commanders commander people citizens militants fighters rebels men women""".split())
_LANGUAGE_BEFORE = frozenset({"in", "into", "speak", "speaks", "spoke", "speaking", "learn", "learning"})
_FAITH_NAME = re.compile(r"(?:ity|ism)$|^Islam$")


def form_of(words: list[str], i: int) -> str:
    """The form of the nationality, faith or God word ``words[i]`` in its sentence, as the table groups it."""
    word = words[i]
    after = words[i + 1] if i + 1 < len(words) else ""
    before = words[i - 1].lower() if i > 0 else ""
    if word in GOD:
        return "God"
    kind = "faith" if word in FAITHS else "nationality"
    if kind == "faith" and _FAITH_NAME.search(word):
        return "faith's name"
    if kind == "nationality" and before in _LANGUAGE_BEFORE and not after[:1].isalpha():
        return "language"
    if after[:1].isupper():
        return f"{kind} inside a longer name"
    if after.lower() in ACTING:
        return f"{kind} adjective + people or body"
    if after[:1].islower() and after.isalpha() and not word.endswith("s"):
        return f"{kind} adjective + other noun"
    return f"{kind} noun"


def counted(word: str) -> bool:
    return word in GOD or word in FAITHS or (word[:1].isupper() and is_demonym(word))


Table = dict[str, Counter[str]]


def uner_table(text: str) -> Table:
    """UNER's IOB2 labels (PER, ORG, LOC, OTH, O) of the counted words of ``text``."""
    table: Table = defaultdict(Counter)
    for sentence in train_ner.sentences(text):
        words = [w for w, _t in sentence]
        for i, (word, tag) in enumerate(sentence):
            if counted(word):
                table[form_of(words, i)][tag.split("-", 1)[-1] if "-" in tag else "O"] += 1
    return table


def docred_table(docs: list[dict]) -> Table:
    """DocRED's types of the counted words; "(part)" where the mention holds more words."""
    table: Table = defaultdict(Counter)
    for doc in docs:
        labels = {(m["sent_id"], k): m["type"] + ("" if m["pos"][1] - m["pos"][0] == 1 else " (part)")
                  for entity in doc["vertexSet"] for m in entity for k in range(*m["pos"])}
        for sid, words in enumerate(doc["sents"]):
            for i, word in enumerate(words):
                if counted(word):
                    table[form_of(words, i)][labels.get((sid, i), "O")] += 1
    return table


_ONE_WORD_MENTION = re.compile(r"\(\d+-([a-z]+)-[^()|]*\)")


def gum_table(conllu: str) -> Table:
    """GUM's entity type of a one-word mention on each counted word ("none or longer" otherwise)."""
    table: Table = defaultdict(Counter)
    words: list[str] = []
    misc: list[str] = []
    for line in conllu.splitlines() + [""]:
        cells = line.split("\t")
        if len(cells) == 10 and cells[0].isdigit():
            words.append(cells[1])
            misc.append(cells[9])
        elif not line.strip() and words:
            for i, word in enumerate(words):
                if counted(word):
                    one = _ONE_WORD_MENTION.search(misc[i])
                    table[form_of(words, i)][one.group(1) if one else "none or longer"] += 1
            words, misc = [], []
    return table


def main() -> None:
    ewt = next(s for s in train_ner.SOURCES["en"] if s.name == "uner-ewt-train-news")
    redocred = next(s for s in train_ner.SOURCES["en"] if s.name == "redocred")
    docs, count = [], 0
    for doc in json.loads(train_ner.read_file(redocred.repo, redocred.paths[0], redocred.commit)):
        if count >= 1000:
            break
        docs.append(doc)
        count += len(doc["sents"])
    tables = {
        "UNER English-EWT train": lambda: uner_table(train_ner.read_file(ewt.repo, ewt.paths[0], ewt.commit)),
        "Re-DocRED dev (1,000 sentences)": lambda: docred_table(docs),
        "GUM dev (UD)": lambda: gum_table(train_ner.read_file("UniversalDependencies+UD_English-GUM", "en_gum-ud-dev.conllu")),
    }
    for name, make in tables.items():
        print(name)
        for form, labels in sorted(make().items()):
            print(f"  {form:<42} " + ", ".join(f"{label} {n}" for label, n in labels.most_common()))


if __name__ == "__main__":
    main()
