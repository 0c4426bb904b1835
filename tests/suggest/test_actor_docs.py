"""bench/actor_docs.py: the actor sets read as documents with their original text.  Every
sentence here is written for the test (none comes from a corpus)."""

from __future__ import annotations

import sys

from hypothesis import given
from hypothesis import strategies as st

from conftest import REPO

sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO / "scripts"))
import actor_docs  # noqa: E402
import gum_names  # noqa: E402
import train_ner  # noqa: E402

UNER = """# newdoc id = d1
# sent_id = d1-0001
# text = Mr. Smith's firm, Acme Corp., left Paris.
1\tMr.\tO\t-\t-
2\tSmith\tB-PER\t-\t-
3\t's\tO\t-\t-
4\tfirm\tO\t-\t-
5\t,\tO\t-\t-
6\tAcme\tB-ORG\t-\t-
7\tCorp.\tI-ORG\t-\t-
8\t,\tO\t-\t-
9\tleft\tO\t-\t-
10\tParis\tB-LOC\t-\t-
11\t.\tO\t-\t-

# sent_id = d1-0002
# text = He   stayed in Rome.
1\tHe\tO\t-\t-
2\tstayed\tO\t-\t-
3\tin\tO\t-\t-
4\tRome\tB-LOC\t-\t-
5\t.\tO\t-\t-

# newdoc id = d2
# sent_id = d2-0001
# text = Mismatched text here.
1\tOslo\tB-LOC\t-\t-
2\twins\tO\t-\t-
"""


def _named(doc: actor_docs.Doc) -> list[str]:
    return sorted(doc.text[a:b] for a, b in doc.gold)


def test_uner_documents_keep_the_original_text_and_documents() -> None:
    docs = actor_docs.uner_documents(UNER, train_ner, limit=10)
    assert [d.text for d in docs] == [
        "Mr. Smith's firm, Acme Corp., left Paris.\nHe   stayed in Rome.",
        "Oslo wins",  # the tokens could not be placed in its text: read from the tokens
    ]
    assert _named(docs[0]) == ["Acme Corp.", "Paris", "Rome", "Smith"]
    assert _named(docs[1]) == ["Oslo"]


def test_uner_documents_stop_at_the_limit_of_sentences() -> None:
    docs = actor_docs.uner_documents(UNER, train_ner, limit=1)
    assert [d.text for d in docs] == ["Mr. Smith's firm, Acme Corp., left Paris."]


def test_a_file_without_documents_is_one_text_of_its_sentences_and_the_apostrophe_cut() -> None:
    sents = [[("Ali", "B-PER"), ("İstanbul'a", "B-LOC"), ("gitti", "O")], [("Veli", "B-PER")]]
    docs = actor_docs.joined_document(sents, train_ner)
    assert [d.text for d in docs] == ["Ali İstanbul'a gitti\nVeli"]
    assert _named(docs[0]) == ["Ali", "Veli", "İstanbul"]


GUM = """# newdoc id = GUM_news_test
# newpar
# sent_id = GUM_news_test-1
# text = Dalton’s team met NASA.
1-2\tDalton’s\t_\t_\t_\t_\t_\t_\t_\t_
1\tDalton\tDalton\tPROPN\tNNP\t_\t3\tnmod:poss\t_\tEntity=(1-person-1)
2\t’s\t’s\tPART\tPOS\t_\t1\tcase\t_\t_
3\tteam\tteam\tNOUN\tNN\t_\t4\tnsubj\t_\t_
4\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_
5\tNASA\tNASA\tPROPN\tNNP\t_\t4\tobj\t_\tEntity=(2-organization-1)|SpaceAfter=No
6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

# sent_id = GUM_news_test-2
# text = It won.
1\tIt\tit\tPRON\tPRP\t_\t2\tnsubj\t_\t_
2\twon\twin\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No
3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

# newpar
# sent_id = GUM_news_test-3
# text = Ohio cheered.
1\tOhio\tOhio\tPROPN\tNNP\t_\t2\tnsubj\t_\tEntity=(3-place-1)
2\tcheered\tcheer\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No
3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_
"""


def test_gum_documents_as_written_with_paragraphs_and_word_ends() -> None:
    docs = actor_docs.gum_documents(lambda _p: GUM, ["doc.conllu"], gum_names, train_ner)
    assert [d.text for d in docs] == ["Dalton’s team met NASA. It won.\nOhio cheered."]
    assert _named(docs[0]) == ["Dalton", "NASA", "Ohio"]  # "Dalton" of the multiword token "Dalton’s"
    assert [d.text for d in actor_docs.gum_documents(lambda _p: GUM, ["doc.conllu"], gum_names, train_ner, limit=2)] == [
        "Dalton’s team met NASA. It won."
    ]


_WORD = st.text(alphabet="abcXYZ.,'’", min_size=1, max_size=6)


@given(st.lists(st.tuples(_WORD, st.sampled_from(["", " ", "  "])), min_size=1, max_size=12))
def test_tokens_are_placed_where_they_are_written(pieces: list[tuple[str, str]]) -> None:
    """Tokens written with any spacing are found at their own places, in order."""
    text, starts = "", []
    for token, space in pieces:
        starts.append(len(text))
        text += token + space
    placed = actor_docs._placed([t for t, _ in pieces], text)
    assert placed == starts


def test_a_token_missing_from_the_text_is_no_placement() -> None:
    assert actor_docs._placed(["Oslo", "wins"], "Bergen wins") is None
    assert actor_docs._placed(["a", "b"], "a x b") is None  # a word of the text was skipped
