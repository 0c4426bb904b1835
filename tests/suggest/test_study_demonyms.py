"""bench/study_demonyms.py: the forms of nationality, faith and God words and the golds' labels it counts."""

from __future__ import annotations

import sys

from conftest import REPO

sys.path.insert(0, str(REPO / "bench"))

import study_demonyms  # noqa: E402


def test_forms_of_a_nationality_word() -> None:
    form = study_demonyms.form_of
    assert form("The Kazakhs voted .".split(), 1) == "nationality noun"
    assert form("Norwegian officials denied it".split(), 0) == "nationality adjective + people or body"
    assert form("He sold Norwegian salmon".split(), 2) == "nationality adjective + other noun"
    assert form("the Norwegian Refugee Council".split(), 1) == "nationality inside a longer name"
    assert form("She wrote it in Norwegian .".split(), 4) == "language"


def test_forms_of_faith_words_and_god() -> None:
    form = study_demonyms.form_of
    assert form("Buddhist monks marched".split(), 0) == "faith adjective + other noun"
    assert form("the Buddhists marched".split(), 1) == "faith noun"
    assert form("a history of Buddhism".split(), 3) == "faith's name"
    assert form("thank God".split(), 1) == "God"


def test_uner_labels_by_form() -> None:
    text = ("# id = 1\n1\tNorwegian\tB-OTH\n2\tofficials\tO\n3\tmet\tO\n4\tthe\tO\n5\tKazakhs\tB-OTH\n\n"
            "# id = 2\n1\tGod\tB-PER\n2\tknows\tO\n3\tthe\tO\n4\tKazakhs\tO\n")
    table = study_demonyms.uner_table(text)
    assert table["nationality adjective + people or body"] == {"OTH": 1}
    assert table["nationality noun"] == {"OTH": 1, "O": 1}
    assert table["God"] == {"PER": 1}


def test_docred_and_gum_labels() -> None:
    doc = {"sents": [["Norwegian", "troops", "met", "the", "Norwegian", "Refugee", "Council", "."]],
           "vertexSet": [[{"sent_id": 0, "pos": [0, 1], "type": "LOC"}],
                         [{"sent_id": 0, "pos": [4, 7], "type": "ORG"}]]}
    table = study_demonyms.docred_table([doc])
    assert table["nationality adjective + people or body"] == {"LOC": 1}
    assert table["nationality inside a longer name"] == {"ORG (part)": 1}
    conllu = ("1\tKazakhs\tKazakhs\tPROPN\tNNPS\t_\t2\tnsubj\t_\tEntity=(1-person-new-nnnnn-cf1-1-sgl)\n"
              "2\tvoted\tvote\tVERB\tVBD\t_\t0\troot\t_\t_\n"
              "3\twith\twith\tADP\tIN\t_\t5\tcase\t_\t_\n"
              "4\tNorwegian\tNorwegian\tADJ\tJJ\t_\t5\tamod\t_\tEntity=(2-person-new-nnnnn-cf2-2-sgl\n"
              "5\tofficials\tofficial\tNOUN\tNNS\t_\t2\tobl\t_\tEntity=2)\n\n")
    table = study_demonyms.gum_table(conllu)
    assert table["nationality noun"] == {"person": 1}
    assert table["nationality adjective + people or body"] == {"none or longer": 1}
