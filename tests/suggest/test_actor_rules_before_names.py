"""The actor rules that need no names run while the recognisers read them (issue 15, the worker's speed).

``detect`` runs the part of the actor rules that does not read the recognisers' names (the store's names, the
gazetteer, the rule names, titled people: ``_actors_before_names``) after the figures and before it collects
the names, which the recognisers' process (or thread) reads meanwhile; the part that reads the names comes
after them.  The suggestions are the same as when all the actor rules run after the names."""

from __future__ import annotations

from itertools import groupby

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.suggest.detect import (ACTOR_STEPS, ACTOR_STEPS_BEFORE_NAMES, _actors, _actors_before_names, _known_key,
                                    _names, detect)

# written for this test: people, places, organisations, a known entity, a dateline in capitals, figures and dates
SENTENCES = [
    "ASTANA, 3 March 2025 — Senator Maria Holloway met Tom Farrant of Northwind Logistics on Tuesday.",
    "The World Health Organization (WHO) sent 40 observers to Leeds; Dr. Ravi Menon chaired the panel.",
    "Министр финансов Иван Соколов заявил в Казани, что бюджет вырастет на 12 процентов.",
    "Tarım Bakanı Mehmet Yıldız dün Ankara'da Kervan Holding yöneticileriyle görüştü.",
    "Holloway said the Orvale Trading Company had paid $4.5 million for the port near Aktau.",
]
KNOWN = [("e1", ["Northwind Logistics", "Northwind"]), ("e2", ["Maria Holloway"])]


def stages(text: str, kinds=("figure", "date", "actor")) -> list[tuple[str, int]]:
    """The stages as reported, in order, with the number of reports of each run of one label."""
    labels: list[str] = []
    detect(text, reference="2025-07-01", kinds=kinds, known_entities=KNOWN,
           progress=lambda _d, _t, label: labels.append("names" if label == "models" else label))
    return [(label, len(list(run))) for label, run in groupby(labels)]


def test_the_rules_that_need_no_names_report_before_the_names_are_collected():
    runs = stages("\n\n".join(SENTENCES))
    assert [label for label, _n in runs] == ["dates", "figures", "actors", "names", "actors", "done"]
    assert runs[2][1] == ACTOR_STEPS_BEFORE_NAMES and runs[4][1] == ACTOR_STEPS - ACTOR_STEPS_BEFORE_NAMES
    # actors alone: the rules that need no names come first, while the recognisers begin
    assert [label for label, _n in stages(SENTENCES[0], kinds=("actor",))] == ["actors", "names", "actors", "done"]


def test_the_progress_grows_through_the_stages():
    done: list[int] = []
    detect("\n\n".join(SENTENCES) * 3, reference="2025-07-01", progress=lambda d, t, _label: done.append(d))
    assert done == sorted(done)


@settings(max_examples=15, deadline=None)
@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6), st.sampled_from(["\n\n", "\n", " "]))
def test_the_actors_are_those_of_the_rules_run_after_the_names(picked, joint):
    text = joint.join(picked)
    known = _known_key(KNOWN)
    recognised = _names(text)
    ahead = _actors(text, known, _actors_before_names(text, known), recognised)
    assert [s for s in detect(text, known_entities=KNOWN) if s.kind == "actor"] == sorted(
        ahead, key=lambda s: (s.start, s.end))
