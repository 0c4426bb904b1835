"""Timeline events from date tags: building, lanes, stacking, filters and the CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import desktop.cli
from desktop.meaning.dates import parse_date
from desktop.store import new_id, now_iso
from desktop.timeline.events import (
    NO_ACTOR,
    Event,
    Filters,
    UndatedTag,
    apply_filters,
    build_timeline,
    day_span,
    lanes,
    stack,
    timeline_item,
)
from tests.conftest import REPO

# (quote in the seed, event title, participants by entity name)
SEED_EVENTS = (
    ("June 25, 2025", "Nurtleu meets Asadullozoda in Astana", ("Kazakhstan", "Murat Nurtleu")),
    ("May 22, 2025", "Customs protocol signed in Almaty", ("Kazakhstan", "Tajikistan")),
    ("between 2024 and 2025", "Grain shipments reach 1.3 million tons", ("Kazakhstan", "Tajikistan")),
    ("June 26, 2025", "Saparov and Ibodzoda negotiate grain exports", ("Kazakhstan", "Tajikistan")),
    ("As of 2025", "Successive engagements", ()),
    ("the month of June", "Engagements throughout June", ()),  # no reference date: undated
)


def add_entities(store, *names: str) -> dict[str, str]:
    """Entities straight into the store (the entity editor belongs to another issue)."""
    ids = {}
    stamp = now_iso()
    with store.db.atomic():
        for name in names:
            ids[name] = new_id()
            store.conn.execute(
                "INSERT INTO entities (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)",
                (ids[name], name, stamp, stamp),
            )
    return ids


def add_link(store, source: str, target: str, relation: str, deleted: bool = False) -> None:
    stamp = now_iso()
    with store.db.atomic():
        store.conn.execute(
            "INSERT INTO links (id, source_id, target_id, relation, author, created_at, updated_at, deleted_at) "
            "VALUES (?, ?, ?, ?, 'Tester', ?, ?, ?)",
            (new_id(), source, target, relation, stamp, stamp, stamp if deleted else None),
        )


def tag_date(service, doc_id, quote, title, participants=(), occurrence=1):
    """A date tag made as the reader does, with issue 4's attributes from parse_date."""
    tag = service.tag_quote(doc_id, "date", quote, occurrence=occurrence)
    attrs = dict(parse_date(quote))
    attrs.update(title=title, participants=list(participants), place="")
    return service.edit_tag(tag.id, attributes=attrs)


def seed_events(service, doc_id) -> dict[str, str]:
    """Tag SEED_EVENTS; returns {quote: tag id}."""
    names = sorted({n for _q, _t, people in SEED_EVENTS for n in people})
    ids = add_entities(service.store, *names)
    return {q: tag_date(service, doc_id, q, t, [ids[n] for n in people]).id for q, t, people in SEED_EVENTS}


@pytest.fixture
def events_store(seeded):
    service, doc_id = seeded
    return service, doc_id, seed_events(service, doc_id)


def test_events_are_sorted_by_start_and_undated_are_kept(events_store):
    service, doc_id, tags = events_store
    timeline = build_timeline(service.store)
    assert [e.quote for e in timeline.events] == [
        "between 2024 and 2025", "As of 2025", "May 22, 2025", "June 25, 2025", "June 26, 2025"]
    grain = timeline.events[0]
    assert (grain.start, grain.end, grain.precision, grain.shape) == ("2024", "2025", "year", "fuzzy")
    assert grain.last_day - grain.first_day == 731  # 2024 (leap) and 2025, whole
    assert grain.participant_names == ("Kazakhstan", "Tajikistan")
    meeting = timeline.events[3]
    assert (meeting.start, meeting.precision, meeting.shape) == ("2025-06-25", "day", "point")
    assert meeting.last_day - meeting.first_day == 1
    assert meeting.document_title.startswith("The Rising Axis of Trade")
    assert [u.quote for u in timeline.undated] == ["the month of June"]
    assert timeline.undated[0].tag_id == tags["the month of June"]


def test_date_spans_follow_precision():
    assert day_span({"start": "2025-06", "end": "2025-06", "precision": "month"})[1] - \
        day_span({"start": "2025-06", "end": "2025-06", "precision": "month"})[0] == 30
    assert day_span({"start": "2024-12", "end": "2025-01", "precision": "month"}) is not None
    lo, hi = day_span({"start": "1990", "end": "1999", "precision": "decade"})
    assert hi - lo == 3652
    for bad in ({"start": None, "undated": True}, {"start": "June"}, {"start": "2025-13-01"}, {}, {"start": 2025}):
        assert day_span(bad) is None
    # an end before the start falls back to the start alone
    lo, hi = day_span({"start": "2025-05-22", "end": "2024-01-01", "precision": "day"})
    assert hi - lo == 1


def test_deleted_and_non_date_tags_are_left_out(events_store):
    service, doc_id, tags = events_store
    service.delete_tag(tags["May 22, 2025"])
    claim = service.tag_quote(doc_id, "claim", "Tajikistan is positioned")
    timeline = build_timeline(service.store)
    assert "May 22, 2025" not in [e.quote for e in timeline.events]
    assert timeline_item(service.store, service.get_tag(tags["May 22, 2025"])) is None
    assert timeline_item(service.store, claim) is None
    again = service.restore_tag(tags["May 22, 2025"])
    assert timeline_item(service.store, again).title == "Customs protocol signed in Almaty"


def test_only_the_named_documents(events_store, tmp_path):
    service, doc_id, _tags = events_store
    other = tmp_path / "other.txt"
    other.write_text("Other\n\nOn 3 March 2020 the treaty was signed.\n", encoding="utf-8")
    other_id = service.import_files([other])[0].document.id
    tag_date(service, other_id, "3 March 2020", "Treaty signed")
    assert len(build_timeline(service.store).events) == 6
    only = build_timeline(service.store, [other_id])
    assert [e.title for e in only.events] == ["Treaty signed"] and only.undated == []


def test_lanes_by_actor_document_and_kind(events_store):
    service, doc_id, _tags = events_store
    events = build_timeline(service.store).events
    by_actor = {lane.label: [e.quote for e in lane.events] for lane in lanes(events, "actor")}
    assert list(by_actor) == ["Kazakhstan", "Murat Nurtleu", "Tajikistan", NO_ACTOR]
    assert by_actor["Kazakhstan"] == ["between 2024 and 2025", "May 22, 2025", "June 25, 2025", "June 26, 2025"]
    assert by_actor["Murat Nurtleu"] == ["June 25, 2025"]
    assert by_actor[NO_ACTOR] == ["As of 2025"]
    by_doc = lanes(events, "document")
    assert len(by_doc) == 1 and by_doc[0].key == doc_id and len(by_doc[0].events) == 5
    by_kind = lanes(events, "kind", kind_labels={"date": "Date / event"})
    assert [(lane.key, lane.label) for lane in by_kind] == [("date", "Date / event")]
    with pytest.raises(ValueError):
        lanes(events, "colour")


def test_figures_linked_by_supports_or_related(events_store):
    service, doc_id, tags = events_store
    fig = service.tag_quote(doc_id, "figure", "1.3 million tons")
    pct = service.tag_quote(doc_id, "figure", "20%")
    other = service.tag_quote(doc_id, "figure", "Second Meeting")  # not a real figure, any text will do
    add_link(service.store, fig.id, tags["between 2024 and 2025"], "supports")
    add_link(service.store, tags["between 2024 and 2025"], pct.id, "related")
    add_link(service.store, other.id, tags["between 2024 and 2025"], "contradicts")
    add_link(service.store, other.id, tags["May 22, 2025"], "supports", deleted=True)
    by_quote = {e.quote: e for e in build_timeline(service.store).events}
    figures = by_quote["between 2024 and 2025"].figures
    assert len(figures) == 2
    assert any("1.3 million tons" in f for f in figures) and any("20%" in f for f in figures)
    assert by_quote["May 22, 2025"].figures == ()
    service.delete_tag(fig.id)
    assert len({e.quote: e for e in build_timeline(service.store).events}["between 2024 and 2025"].figures) == 1


intervals = st.lists(
    st.tuples(st.integers(0, 300), st.integers(1, 40)).map(lambda t: (float(t[0]), float(t[0] + t[1]))),
    max_size=60,
)


@settings(max_examples=150, deadline=None)
@given(intervals)
def test_stacking_never_overlaps_and_uses_the_fewest_rows(spans):
    rows = stack(spans)
    assert len(rows) == len(spans)
    for i, (a0, a1) in enumerate(spans):
        for j in range(i + 1, len(spans)):
            b0, b1 = spans[j]
            if rows[i] == rows[j]:
                assert a1 <= b0 or b1 <= a0, (spans[i], spans[j])
    # as many rows as the most intervals covering one instant: no fewer is possible
    depth = max((sum(1 for a, b in spans if a <= x < b) for x, _ in spans), default=0)
    assert (max(rows) + 1 if rows else 0) == depth


def test_filters(events_store):
    service, doc_id, _tags = events_store
    timeline = build_timeline(service.store)
    names = {v: k for k, v in service.store.entity_names().items()}
    nurtleu = Filters(actors=frozenset([names["Murat Nurtleu"]]))
    assert [e.quote for e in apply_filters(timeline, nurtleu).events] == ["June 25, 2025"]
    assert [e.quote for e in apply_filters(timeline, Filters(actors=frozenset([""]))).events] == ["As of 2025"]
    june = Filters(since="2025-06", until="2025-06")
    assert [e.quote for e in apply_filters(timeline, june).events] == [
        "between 2024 and 2025", "As of 2025", "June 25, 2025", "June 26, 2025"]
    text = Filters(text="GRAIN")
    assert [e.quote for e in apply_filters(timeline, text).events] == ["between 2024 and 2025", "June 26, 2025"]
    assert apply_filters(timeline, Filters(authors=frozenset(["Someone else"]))).events == []
    assert len(apply_filters(timeline, Filters(documents=frozenset([doc_id]))).events) == 5
    assert apply_filters(timeline, text).undated == []
    assert Filters().is_empty() and Filters().describe() == ""
    assert june.describe() == "from 2025-06 · until 2025-06"


# -- command line ------------------------------------------------------------------------


@pytest.fixture
def cli():
    def run(capsys, *argv):
        code = desktop.cli.main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_cli_json_for_the_seed(events_store, cli, capsys):
    service, doc_id, tags = events_store
    store = str(service.store.path)
    code, out, err = cli(capsys, "timeline", "--store", store, "--json")
    assert code == 0, err
    data = json.loads(out)
    assert set(data) == {"events", "undated"}
    keys = {"start", "end", "precision", "title", "participants", "document_id", "tag_id", "quote"}
    assert all(set(e) == keys for e in data["events"])
    assert [e["start"] for e in data["events"]] == ["2024", "2025", "2025-05-22", "2025-06-25", "2025-06-26"]
    first = data["events"][0]
    assert first == {
        "start": "2024", "end": "2025", "precision": "year",
        "title": "Grain shipments reach 1.3 million tons", "participants": ["Kazakhstan", "Tajikistan"],
        "document_id": doc_id, "tag_id": tags["between 2024 and 2025"], "quote": "between 2024 and 2025",
    }
    assert [u["quote"] for u in data["undated"]] == ["the month of June"]
    assert data["undated"][0]["tag_id"] == tags["the month of June"]

    code, out, _ = cli(capsys, "timeline", "Rising Axis", "--store", store, "--lanes", "actor", "--json")
    lanes_json = json.loads(out)["lanes"]
    assert [lane["label"] for lane in lanes_json] == ["Kazakhstan", "Murat Nurtleu", "Tajikistan", NO_ACTOR]
    assert lanes_json[1]["tag_ids"] == [tags["June 25, 2025"]]

    code, out, _ = cli(capsys, "timeline", "--store", store)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("2024–2025\tGrain shipments") and lines[-1].startswith("undated\t")


def test_cli_errors_are_one_line(events_store, cli, capsys, tmp_path):
    service, _doc, _tags = events_store
    store = str(service.store.path)
    code, out, err = cli(capsys, "timeline", "no such document", "--store", store)
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1
    code, _out, err = cli(capsys, "timeline", "--store", store, "--lanes", "colour")
    assert code == 2 and len(err.strip().splitlines()) == 1
    code, _out, err = cli(capsys, "timeline", "--store", store, "--png", str(tmp_path / "a.png"),
                          "--svg", str(tmp_path / "a.svg"))
    assert code == 2
    code, _out, err = cli(capsys, "timeline", "--store", store, "--png", str(tmp_path / "missing" / "a.png"))
    assert code == 1 and "cannot write" in err


def test_cli_svg_export_without_qtwidgets(events_store, tmp_path):
    service, _doc, _tags = events_store
    service.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    target = tmp_path / "t.svg"
    probe = (
        "import sys, desktop.cli as c;"
        f"code=c.main(['timeline','--store',{str(service.store.path)!r},'--lanes','document','--svg',{str(target)!r}]);"
        "assert 'PySide6.QtWidgets' not in sys.modules, 'QtWidgets imported';"
        "sys.exit(code)"
    )
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.pop("DISPLAY", None)
    done = subprocess.run([sys.executable, "-c", probe], cwd=REPO, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    svg = target.read_text(encoding="utf-8")
    for title in ("Customs protocol signed in Almaty", "Grain shipments reach 1.3 million tons"):
        assert title in svg
    assert "The Rising Axis" in svg  # the document lane's header (elided to fit)


def _day_span_before(attrs):
    """day_span as it was before it read (start, end) through one cache: the reference."""
    from desktop.timeline.events import after_last_day, first_day

    if not isinstance(attrs, dict) or attrs.get("undated"):
        return None
    lo = first_day(attrs.get("start"))
    if lo is None:
        return None
    hi = after_last_day(attrs.get("end") or attrs.get("start"))
    if hi is None or hi <= lo:
        hi = after_last_day(attrs.get("start"))
    return lo, hi


_iso = st.one_of(
    st.dates().map(lambda d: d.isoformat()),
    st.dates().map(lambda d: d.isoformat()[:7]),
    st.integers(1, 9999).map(str),
    st.sampled_from(["", "2025-13-01", "2025-02-30", "June", "0", "2025-", " 2025", "-1"]),
    st.none(),
    st.integers(),
)


@given(st.fixed_dictionaries({"start": _iso}, optional={"end": _iso, "undated": st.booleans()}))
def test_day_span_agrees_with_the_reference(attrs):
    assert day_span(attrs) == _day_span_before(attrs)


def test_library_timeline_equals_tag_by_tag(events_store):
    """The library-wide build (attributes parsed once per distinct text) gives what each
    tag gives on its own, odd attributes included."""
    service, doc_id, _tags = events_store
    odd = service.tag_quote(doc_id, "date", "2024")
    service.edit_tag(odd.id, attributes={"start": "2024", "end": 2025, "precision": ["year"],
                                         "participants": "not a list", "place": None})
    same = [service.tag_quote(doc_id, "date", "2025", occurrence=n) for n in (1, 2)]
    for tag in same:  # the same attributes text twice
        service.edit_tag(tag.id, attributes={"start": "2025", "end": "2025", "precision": "year", "title": ""})
    timeline = build_timeline(service.store)
    live = [t for t in service.tags(doc_id) if timeline_item(service.store, t) is not None]
    one_by_one = [timeline_item(service.store, t) for t in live]
    by_tag = lambda item: item.tag_id  # noqa: E731
    assert sorted(timeline.events, key=by_tag) == sorted(
        (i for i in one_by_one if isinstance(i, Event)), key=by_tag)
    assert sorted(timeline.undated, key=by_tag) == sorted(
        (i for i in one_by_one if isinstance(i, UndatedTag)), key=by_tag)
    assert len(timeline.events) + len(timeline.undated) == len(live) >= 8
    by_id = {e.tag_id: e for e in timeline.events}
    assert (by_id[odd.id].end, by_id[odd.id].precision, by_id[odd.id].participants) == ("2025", "day", ())
    assert by_id[same[0].id].first_day == by_id[same[1].id].first_day
