"""scripts/train_ner.py reading Turkish Wiki NER: its OntoNotes types become the app's
PER/ORG/LOC (PERSON → PER, GPE and LOC → LOC, ORG → ORG; the other types are no actor).
Made-up sentences in the corpus' own format (token, tab, IOB2 tag)."""

from __future__ import annotations

import sys

from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import REPO

sys.path.insert(0, str(REPO / "scripts"))
import train_ner  # noqa: E402

SOURCE = next(s for s in train_ner.SOURCES["tr"] if s.name == "turkish-wiki-ner")


def read(conll: str) -> list[list[tuple[str, str]]]:
    return train_ner._app_labels(list(train_ner.sentences(conll)), SOURCE.labels)  # noqa: SLF001 - load_source's reading


def test_persons_states_places_and_organisations_are_kept():
    conll = "\n".join([
        "Mustafa\tB-PERSON", "Kemal\tI-PERSON", "1919'da\tB-DATE", "Samsun'a\tB-GPE", "çıktı\tO", ".\tO", "",
        "Türkiye\tB-GPE", "Büyük\tB-ORG", "Millet\tI-ORG", "Meclisi\tI-ORG", "Ege\tB-LOC", "Denizi\tI-LOC", "kıyısında\tO",
    ])
    assert read(conll) == [
        [("Mustafa", "B-PER"), ("Kemal", "I-PER"), ("1919'da", "O"), ("Samsun'a", "B-LOC"), ("çıktı", "O"), (".", "O")],
        [("Türkiye", "B-LOC"), ("Büyük", "B-ORG"), ("Millet", "I-ORG"), ("Meclisi", "I-ORG"), ("Ege", "B-LOC"),
         ("Denizi", "I-LOC"), ("kıyısında", "O")],
    ]


OTHER = ["DATE", "WORK_OF_ART", "EVENT", "NORP", "CARDINAL", "TITLE", "FAC", "PRODUCT", "ORDINAL", "QUANTITY",
         "LANGUAGE", "MONEY", "TIME", "PERCENT", "LAW"]
ACTOR = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}


@given(st.lists(st.tuples(st.sampled_from(sorted(ACTOR) + OTHER), st.integers(1, 3)), min_size=1, max_size=6))
def test_each_span_keeps_its_length_and_maps_or_drops_its_type(spans):
    lines, want = [], []
    for i, (label, length) in enumerate(spans):
        for j in range(length):
            lines.append(f"w{i}_{j}\t{'B' if j == 0 else 'I'}-{label}")
            mapped = ACTOR.get(label)
            want.append(f"{'B' if j == 0 else 'I'}-{mapped}" if mapped else "O")
    (sent,) = read("\n".join(lines))
    assert [tag for _word, tag in sent] == want


TYPED = next(s for s in train_ner.SOURCES["tr"] if s.name == "turkish-wiki-ner-typed")


def test_the_typed_reading_keeps_names_that_are_no_actor_as_their_own_type():
    conll = "\n".join(["Reşat\tB-PERSON", "Nuri'nin\tI-PERSON", "Çalıkuşu\tB-WORK_OF_ART", "romanı\tO", "1922'de\tB-DATE",
                       "Türk\tB-NORP", "okurlarına\tO", "İstanbul'da\tB-GPE", "ulaştı\tO"])
    (sent,) = train_ner._app_labels(list(train_ner.sentences(conll)), TYPED.labels)  # noqa: SLF001
    assert [tag for _w, tag in sent] == ["B-PER", "I-PER", "B-WORK_OF_ART", "O", "O", "B-NORP", "O", "B-LOC", "O"]
    # the model is trained on them; the dev slices are scored on the app's three types only
    assert [(a, b, label) for a, b, label in train_ner.spans(sent, train_ner._TRAIN_LABELS)] == [  # noqa: SLF001
        (0, 2, "PER"), (2, 3, "WORK_OF_ART"), (5, 6, "NORP"), (7, 8, "LOC")]
    assert train_ner.spans(sent) == [(0, 2, "PER"), (7, 8, "LOC")]


def test_the_dev_score_drops_a_models_other_types_as_the_app_does():
    import spacy

    nlp = spacy.blank("tr")
    nlp.add_pipe("entity_ruler").add_patterns([
        {"label": "PER", "pattern": [{"TEXT": "Orhan"}, {"TEXT": "Pamuk"}]},
        {"label": "WORK_OF_ART", "pattern": "Kar"},
        {"label": "ORG", "pattern": "Nobel"},
    ])
    sents = [[("Orhan", "B-PER"), ("Pamuk", "I-PER"), ("Kar", "O"), ("romanını", "O"), ("yazdı", "O")],
             [("Nobel", "B-LOC"), ("ödülü", "O")]]
    # Orhan Pamuk right, Nobel of the wrong type; Kar, a novel, is not counted
    assert train_ner._score(nlp, sents) == {"ents_p": 0.5, "ents_r": 0.5, "ents_f": 0.5}  # noqa: SLF001
