"""scripts/train_ner.py reading a DocRED-style file (Re-DocRED): named PER/ORG/LOC mentions
→ IOB2 sentences (made-up documents)."""

from __future__ import annotations

import json
import sys

from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import REPO

sys.path.insert(0, str(REPO / "scripts"))
import train_ner  # noqa: E402


def mention(name: str, sent_id: int, a: int, b: int, kind: str) -> dict[str, object]:
    return {"name": name, "sent_id": sent_id, "pos": [a, b], "type": kind}


def tags(doc: dict[str, object]) -> list[list[str]]:
    return [[tag for _word, tag in sent] for sent in train_ner.docred_sentences(json.dumps([doc]))]


def test_names_keep_their_type_without_the_article():
    doc = {"title": "x", "labels": [], "sents": [
        "The United States and Barack Obama met in Chicago .".split(),
        "Obama spoke to the Senate .".split(),
    ], "vertexSet": [
        [mention("The United States", 0, 0, 3, "LOC")],
        [mention("Barack Obama", 0, 4, 6, "PER"), mention("Obama", 1, 0, 1, "PER")],
        [mention("Chicago", 0, 8, 9, "LOC")],
        [mention("the Senate", 1, 3, 5, "ORG")],
    ]}
    assert tags(doc) == [
        ["O", "B-LOC", "I-LOC", "O", "B-PER", "I-PER", "O", "O", "B-LOC", "O"],
        ["B-PER", "O", "O", "O", "B-ORG", "O"],
    ]


def test_nationalities_dates_numbers_and_misc_are_no_actors():
    doc = {"title": "x", "labels": [], "sents": [
        "A German and a South Korean racer won two medals at the 2002 Winter Olympics in 1998 .".split(),
    ], "vertexSet": [
        [mention("German", 0, 1, 2, "LOC")],
        [mention("South Korean", 0, 4, 6, "LOC")],
        [mention("two", 0, 8, 9, "NUM")],
        [mention("2002 Winter Olympics", 0, 12, 15, "MISC")],
        [mention("1998", 0, 16, 17, "TIME")],
    ]}
    assert tags(doc) == [["O"] * 18]


def test_of_overlapping_mentions_the_longer_wins():
    doc = {"title": "x", "labels": [], "sents": ["He studied at the University of Vienna .".split()], "vertexSet": [
        [mention("Vienna", 0, 6, 7, "LOC")],
        [mention("University of Vienna", 0, 4, 7, "ORG")],
    ]}
    assert tags(doc) == [["O", "O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O"]]


WORDS = st.sampled_from(["the", "The", "Paris", "German", "Acme", "Corp", "of", "Anna", "Smith", ".", ","])


@st.composite
def documents(draw: st.DrawFn) -> dict[str, object]:
    sents = draw(st.lists(st.lists(WORDS, min_size=1, max_size=12), min_size=1, max_size=4))
    entities = []
    for _ in range(draw(st.integers(0, 8))):
        sid = draw(st.integers(0, len(sents) - 1))
        a = draw(st.integers(0, len(sents[sid]) - 1))
        b = draw(st.integers(a + 1, len(sents[sid])))
        kind = draw(st.sampled_from(["PER", "ORG", "LOC", "MISC", "TIME", "NUM"]))
        entities.append([mention(" ".join(sents[sid][a:b]), sid, a, b, kind)])
    return {"title": "x", "labels": [], "sents": sents, "vertexSet": entities}


@given(documents())
def test_every_sentence_comes_back_whole_with_well_formed_tags(doc):
    out = train_ner.docred_sentences(json.dumps([doc]))
    assert [[word for word, _tag in sent] for sent in out] == doc["sents"]
    for sent in out:
        previous = "O"
        for word, tag in sent:
            assert tag == "O" or tag[2:] in ("PER", "ORG", "LOC")
            if tag.startswith("I-"):
                assert previous[2:] == tag[2:]  # an inside tag continues a name of its type
            if tag.startswith("B-"):
                assert word.lower() != "the"  # the article is never part of a name
            previous = tag
