"""scripts/gum_names.py: GUM's entity mentions → named PER/ORG/LOC in IOB2 (made-up documents)."""

from __future__ import annotations

import sys

from tests.conftest import REPO

sys.path.insert(0, str(REPO / "scripts"))
import gum_names  # noqa: E402

ROW = "{i}\t{form}\t_\t{pos}\t_\t_\t0\tdep\t_\t{misc}"


def conllu(rows: list[tuple[str, str, str]]) -> str:
    lines = ["# sent_id = x-1"]
    lines += [ROW.format(i=i, form=f, pos=p, misc=m or "_") for i, (f, p, m) in enumerate(rows, 1)]
    return "\n".join(lines) + "\n\n"


def tags(text: str) -> list[str]:
    [sent] = gum_names.iob2(text)
    return [tag for _form, tag in sent]


def test_named_mentions_keep_their_type_without_the_article():
    text = conllu([
        ("The", "DET", "Entity=(1-place-new-sssss-cf1-2-coref-United_States"),
        ("United", "PROPN", ""),
        ("States", "PROPN", "Entity=1)"),
        ("and", "CCONJ", ""),
        ("Barack", "PROPN", "Entity=(2-person-new-sssss-cf2-1-coref-Barack_Obama"),
        ("Obama", "PROPN", "Entity=2)"),
        ("visited", "VERB", ""),
        ("Chicago", "PROPN", "Entity=(3-place-new-sssss-cf3-1-coref-Chicago)"),
    ])
    assert tags(text) == ["O", "B-LOC", "I-LOC", "O", "B-PER", "I-PER", "O", "B-LOC"]


def test_capitalised_adjectives_and_verbs_inside_a_name_are_name_words():
    text = conllu([
        ("In", "ADP", ""),
        ("the", "DET", "Entity=(1-place-new-sssss-cf1-2-coref-United_States"),
        ("United", "VERB", ""),
        ("States", "PROPN", "Entity=1)"),
        ("and", "CCONJ", ""),
        ("Saudi", "ADJ", "Entity=(2-place-new-sssss-cf2-1-coref-Saudi_Arabia"),
        ("Arabia", "PROPN", "Entity=2)"),
        ("local", "ADJ", "Entity=(3-organization-new-sssss-cf3-1-coref"),
        ("Congress", "PROPN", "Entity=3)"),
    ])
    assert tags(text) == ["O", "O", "B-LOC", "I-LOC", "O", "B-LOC", "I-LOC", "O", "O"]
    opening = conllu([
        ("Several", "ADJ", "Entity=(1-person-new-sssss-cf1-1-coref"),
        ("Americans", "PROPN", "Entity=1)"),
        ("left", "VERB", ""),
    ])
    assert tags(opening) == ["O", "O", "O"]


def test_descriptions_are_not_names_and_the_outer_name_wins():
    text = conllu([
        ("my", "PRON", "Entity=(1-person-new-sssss-cf1-1-coref"),
        ("nickname", "NOUN", "Entity=1)"),
        ("the", "DET", "Entity=(2-organization-new-sssss-cf2-2-coref"),
        ("University", "PROPN", ""),
        ("of", "ADP", ""),
        ("Chicago", "PROPN", "Entity=(3-place-new-sssss-cf3-1-coref)2)"),
        ("team", "NOUN", "Entity=(4-object-new-sssss-cf4-1-coref)"),
    ])
    assert tags(text) == ["O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O"]


def test_documents_follow_gums_split_and_leave_out_genres_not_openly_licensed():
    lists = {
        "not-to-release/file-lists/files.dev": "GUM_news_b\n",
        "not-to-release/file-lists/files.test": "GUM_news_c\nGUM_whow_d\n",
    }
    names = [f"not-to-release/sources/GUM_{d}.conllu" for d in ("news_a", "news_b", "news_c", "whow_d", "fiction_e")]
    train = gum_names.documents(lists.__getitem__, names, "train")
    test = gum_names.documents(lists.__getitem__, names, "test")
    assert [p.rsplit("/", 1)[-1] for p in train] == ["GUM_news_a.conllu"]
    assert [p.rsplit("/", 1)[-1] for p in test] == ["GUM_news_c.conllu"]
