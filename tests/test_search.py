"""Full-text search: folding, the query language, the FTS5 index and its upkeep, the CLI."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.model import Document
from desktop.search.fold import fold
from desktop.search.query import SearchQueryError, find_hits, parse
from desktop.service import library as lib
from desktop.service.meaning import Meaning
from desktop.service.reimport import reimport
from desktop.service.search import search
from desktop.store import open_store
from tests.conftest import REPO, SEED

TR = "Türkiye Cumhuriyeti İSTANBUL'da ıslak bir günde Çağrı Bey ŞEHİR hakkında konuştu. Işık yandı."
RU = "Ёлка стояла в Москве. Министр сельского хозяйства ЙОШКАР-ОЛЫ заявил о зерне."
KK = "Қазақстан Республикасы астық экспорты туралы ӘЛЕМ банкі хабарлады. Ұлттық банк."
EN = "Grain exports from Kazakhstan rose. The Minister said exports of wheat doubled in 2024."


def _doc(title: str, text: str, **meta) -> Document:
    return Document(title=title, text=text, format="txt", metadata=meta)


@pytest.fixture
def library(service):
    ids = {}
    for key, text, meta in (
        ("tr", TR, {"author": "Ayşe Yılmaz", "published": "2025-03-07", "language": "tr"}),
        ("ru", RU, {"author": "Иван Петров", "published": "2024-11", "language": "ru"}),
        ("kk", KK, {"author": "Aigerim", "published": "2023", "language": "kk"}),
        ("en", EN, {"author": "Ann Lee", "published": "2025-05-22", "language": "en"}),
    ):
        info, _ = service.import_document(_doc(f"Doc {key}", text, **meta))
        ids[key] = info.id
    return service, ids


def _docs(service, query: str) -> set[str]:
    return {g.document_id for g in search(service.store, query).groups}


# -- folding ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "a, b",
    [
        ("İstanbul", "istanbul"),
        ("ISTANBUL", "ıstanbul"),
        ("Işık", "isik"),
        ("Çağrı", "CAGRI"),
        ("ŞEHİR", "şehir"),
        ("Ёлка", "елка"),
        ("ЙОД", "йод"),
        ("ҚАЗАҚСТАН", "қазақстан"),
        ("ӘЛЕМ", "әлем"),
        ("Café", "cafe"),
    ],
)
def test_fold_meets(a, b):
    assert fold(a) == fold(b)


def test_fold_keeps_letters_apart_that_languages_keep_apart():
    assert fold("й") != fold("и")  # Russian short i is its own letter
    assert fold("қ") != fold("к") and fold("ү") != fold("у") and fold("і") != fold("и")  # Kazakh


@given(st.text())
def test_fold_is_one_character_per_character(text):
    folded = fold(text)
    assert len(folded) == len(text)
    assert fold(folded) == folded


# -- query language -----------------------------------------------------------------


def test_query_translation():
    q = parse('(wheat OR "grain exports") AND kaz* NOT rice kind:claim,figure author:"Ann Lee" after:2024 before:2025-06')
    assert q.fts == '(("wheat" OR "grain exports") AND ("kaz"* NOT "rice"))'  # NOT binds first, as in FTS5
    assert [t.tokens for t in q.terms] == [("wheat",), ("grain", "exports"), ("kaz",)]
    assert q.kinds == ("claim", "figure") and q.authors == ("Ann Lee",)
    assert (q.after, q.before) == ("2024", "2025-06")


@pytest.mark.parametrize("bad", ["NOT rice", "wheat OR", "(wheat", "wheat )", "after:yesterday", "kind:"])
def test_bad_queries_say_why(bad):
    with pytest.raises(SearchQueryError):
        parse(bad)


_fts_conn = sqlite3.connect(":memory:")
_fts_conn.execute("CREATE VIRTUAL TABLE t USING fts5(body, tokenize='unicode61 remove_diacritics 0')")


_PIECES = st.sampled_from(list('ab İı"()*:- \tkind') + [" AND ", " OR ", " NOT ", "doc:", "entity:x", "after:2024"])


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, max_size=20).map("".join))
def test_any_query_parses_to_valid_fts5_or_a_readable_error(text):
    try:
        q = parse(text)
    except SearchQueryError as exc:
        assert str(exc)
        return
    if q.fts is not None:
        _fts_conn.execute("SELECT rowid FROM t WHERE t MATCH ?", (q.fts,)).fetchall()


def test_hits_are_found_in_unfolded_text():
    q = parse('istanbul "cagri bey" işi*')
    spans = find_hits(q, "İSTANBUL'da Çağrı  Bey IŞIKLAR", 10)
    assert spans == [(0, 8), (12, 22), (23, 30)]


# -- the index through the service ----------------------------------------------------


def test_case_and_diacritics_across_languages(library):
    service, ids = library
    assert _docs(service, "istanbul") == {ids["tr"]}
    assert _docs(service, "ISTANBUL") == {ids["tr"]}
    assert _docs(service, "ıslak") == _docs(service, "Islak") == {ids["tr"]}
    assert _docs(service, "cagri") == {ids["tr"]}
    assert _docs(service, "елка") == _docs(service, "ЁЛКА") == {ids["ru"]}
    assert _docs(service, "йошкар") == {ids["ru"]}
    assert _docs(service, "қазақстан") == _docs(service, "ҚАЗАҚСТАН") == {ids["kk"]}
    assert _docs(service, "казакстан") == set()  # қ is not к


def test_hit_span_snippet_and_highlight(library):
    service, ids = library
    results = search(service.store, "istanbul")
    (hit,) = results.hits
    assert hit.field == "text" and hit.document_id == ids["tr"]
    assert TR[hit.start : hit.end] == "İSTANBUL"
    a, b = hit.highlight
    assert hit.snippet[a:b] == "İSTANBUL"


def test_words_phrases_prefix_and_operators(library):
    service, ids = library
    assert _docs(service, "grain exports") == {ids["en"]}
    assert _docs(service, '"exports of wheat"') == {ids["en"]}
    assert _docs(service, '"wheat exports"') == set()
    assert _docs(service, "expor*") == {ids["en"]}
    assert _docs(service, "istanbul OR москве") == {ids["tr"], ids["ru"]}
    assert _docs(service, "exports NOT wheat") == set()
    assert _docs(service, "(istanbul OR exports) NOT wheat") == {ids["tr"]}


def test_document_filters(library):
    service, ids = library
    everything = "istanbul OR москве OR банк OR grain"
    assert _docs(service, everything) == set(ids.values())
    assert _docs(service, everything + " author:yilmaz") == {ids["tr"]}
    assert _docs(service, everything + " author:петров") == {ids["ru"]}
    assert _docs(service, everything + " after:2025") == {ids["tr"], ids["en"]}
    assert _docs(service, everything + " after:2024-06 before:2025-04") == {ids["tr"], ids["ru"]}
    assert _docs(service, everything + ' doc:"doc kk"') == {ids["kk"]}


def test_tag_quotes_notes_kinds_and_entities(library):
    service, ids = library
    claim = service.tag_quote(ids["en"], "claim", "exports of wheat doubled", note="Check against FAO series")
    actor = service.tag_quote(ids["en"], "actor", "Kazakhstan")
    meaning = Meaning(service)
    entity = meaning.entity(actor.attributes["entity_id"])
    meaning.update_entity(entity.id, aliases=["Qazaqstan Respublikasy"])

    hits = search(service.store, "fao").hits
    assert [(h.field, h.tag_id, h.kind) for h in hits] == [("note", claim.id, "claim")]
    assert hits[0].start == claim.start and hits[0].snippet[slice(*hits[0].highlight)] == "FAO"

    quotes = [h for h in search(service.store, "doubled").hits if h.field == "quote"]
    assert [h.tag_id for h in quotes] == [claim.id]
    assert {h.field for h in search(service.store, "doubled kind:claim").hits} == {"quote"}
    assert search(service.store, "doubled kind:figure").hits == []

    by_alias = [h for h in search(service.store, "qazaqstan").hits if h.field == "entity"]
    assert [(h.tag_id, h.start, h.end) for h in by_alias] == [(actor.id, actor.start, actor.end)]
    assert _docs(service, "entity:qazaqstan") == {ids["en"]}
    assert _docs(service, "grain OR istanbul entity:kazakhstan") == {ids["en"]}


def test_deleted_and_restored_tags_leave_and_reenter_the_index(library):
    service, ids = library
    tag = service.tag_quote(ids["en"], "claim", "Grain exports", note="zebra note")
    assert [h.tag_id for h in search(service.store, "zebra").hits] == [tag.id]
    service.delete_tag(tag.id)
    assert search(service.store, "zebra").hits == []
    service.restore_tag(tag.id)
    assert [h.tag_id for h in search(service.store, "zebra").hits] == [tag.id]
    service.edit_tag(tag.id, note="giraffe")
    assert search(service.store, "zebra").hits == []
    assert [h.tag_id for h in search(service.store, "giraffe").hits] == [tag.id]


def test_reimport_replaces_the_indexed_text(library, tmp_path):
    service, ids = library
    new = tmp_path / "en2.txt"
    new.write_text(EN.replace("wheat", "barley"), encoding="utf-8")
    reimport(service, ids["en"], new)
    assert _docs(service, "wheat") == set()
    assert _docs(service, "barley") == {ids["en"]}


def test_migration_builds_the_index_of_an_older_store_with_progress(tmp_path):
    from sqlite_utils import Database

    from desktop.store.db import APPLICATION_ID
    from desktop.store.migrations import migrations

    path = tmp_path / "old.claimline"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db = Database(conn)
    migrations.apply(db, stop_before="m004_library")  # a store of the release before
    conn.execute("INSERT INTO meta VALUES ('store_id', 'old-store')")
    for i in range(450):
        conn.execute(
            "INSERT INTO documents (id, title, format, text, sha256, imported_at) VALUES (?, ?, 'txt', ?, ?, 'x')",
            (f"d{i}", f"Doc {i}", f"word{i} İzmir common", f"sha{i}"),
        )
    conn.commit()
    assert [m.name for m in migrations.pending(db)] == ["m004_library"]
    conn.close()

    seen = []
    store = open_store(path, progress=lambda step, done, total: seen.append((step, done, total)))
    try:
        assert seen[-1] == ("Building the search index", 450, 450) and len(seen) >= 3
        assert [g.document_id for g in search(store, "word17").groups] == ["d17"]
        assert len(search(store, "izmir", limit=1000).groups) == 450
    finally:
        store.close()


def test_cli_search_json(tmp_path):
    store = str(tmp_path / "cli.claimline")
    run = [sys.executable, "-m", "desktop"]
    env_store = ["--store", store]
    subprocess.run([*run, "import", str(SEED), *env_store], check=True, capture_output=True, cwd=REPO)
    out = subprocess.run(
        [*run, "search", '"grain exports" OR wheat', "--limit", "2", "--json", *env_store],
        check=True, capture_output=True, text=True, cwd=REPO,
    )
    items = json.loads(out.stdout)
    assert len(items) == 2
    text = SEED.read_text(encoding="utf-8")
    for item in items:
        assert set(item) >= {"document_id", "title", "start", "end", "snippet", "field"}
        assert item["field"] == "text"
        assert re.fullmatch(r"(?i)grain exports|wheat", text[item["start"] : item["end"]])
    bad = subprocess.run([*run, "search", "NOT x", *env_store], capture_output=True, text=True, cwd=REPO)
    assert bad.returncode == 2 and "NOT needs words" in bad.stderr


# -- the index always agrees with the rows ---------------------------------------------

VOCAB = ["İstanbul", "ISTANBUL", "ıslak", "Grain", "grain", "ЁЛКА", "елка", "қазақ", "wheat", "Çağrı"]
PROBES = sorted({fold(w) for w in VOCAB})
_words = st.lists(st.sampled_from(VOCAB), min_size=1, max_size=12).map(" ".join)
_ops = st.lists(
    st.one_of(
        st.tuples(st.just("import"), _words),
        st.tuples(st.just("tag"), st.integers(0, 50), st.integers(0, 50), _words),
        st.tuples(st.just("note"), st.integers(0, 50), _words),
        st.tuples(st.just("delete"), st.integers(0, 50)),
        st.tuples(st.just("undo"), st.integers(0, 50)),
        st.tuples(st.just("reimport"), st.integers(0, 50), _words),
        st.tuples(st.just("delete_doc"), st.integers(0, 50)),
        st.tuples(st.just("restore_docs"),),
    ),
    min_size=4,
    max_size=16,
)
# Every run starts with two documents and two tags, so that edits have something to act on.
_START = [("import", "Grain wheat İstanbul"), ("import", "ЁЛКА қазақ Çağrı"), ("tag", 0, 0, "ıslak"), ("tag", 1, 1, "")]


def _oracle(service) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """For each probe word: the live documents and their live tags that contain it, by brute force.

    (A tag's tombstone can be lifted while its document is deleted — undo out of
    order — and search leaves it out with its document.)
    """
    docs = {p: set() for p in PROBES}
    tags = {p: set() for p in PROBES}
    live = {d.id for d in service.documents()}
    for d in service.documents():
        words = set(re.findall(r"[^\W_]+", fold(service.store.document_text(d.id))))
        for p in PROBES:
            if p in words:
                docs[p].add(d.id)
    for t in service.tags():
        if t.document_id not in live:
            continue
        words = set(re.findall(r"[^\W_]+", fold(t.exact + " " + t.note)))
        for p in PROBES:
            if p in words:
                tags[p].add(t.id)
    return docs, tags


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=_ops.map(lambda more: _START + more))
def test_index_agrees_with_text_quotes_and_notes_after_random_edits(tmp_path_factory, ops):
    from desktop.store import search as search_store
    from desktop.store.search import DocumentFilter

    store = open_store(tmp_path_factory.mktemp("prop") / "p.claimline")
    service = __import__("desktop.service", fromlist=["Service"]).Service(store, "Tester")
    try:
        doc_ids: list[str] = []
        tag_ids: list[str] = []
        deletions: list[tuple[str, str]] = []  # (document id, stamp) for undo
        for n, op in enumerate(ops):
            if op[0] == "import":
                info, _ = service.import_document(_doc(f"d{n}", f"{op[1]} {n}"))
                doc_ids.append(info.id)
            elif op[0] == "reimport" and doc_ids:
                doc = doc_ids[op[1] % len(doc_ids)]
                if doc not in {d.id for d in service.documents()}:
                    continue
                reimport(service, doc, _doc("r", f"{op[2]} r{n}"))
            elif op[0] == "tag" and doc_ids:
                doc = doc_ids[op[1] % len(doc_ids)]
                if doc not in {d.id for d in service.documents()}:
                    continue
                text = service.text(doc)
                spans = [m.span() for m in re.finditer(r"\S+", text)]
                s = spans[op[2] % len(spans)]
                tag_ids.append(service.tag(doc, "claim", s[0], s[1], note=op[3], attributes={}).id)
            elif op[0] == "note" and tag_ids:
                service.edit_tag(tag_ids[op[1] % len(tag_ids)], note=op[2])
            elif op[0] == "delete" and tag_ids:
                service.delete_tag(tag_ids[op[1] % len(tag_ids)])
            elif op[0] == "undo" and tag_ids:
                service.restore_tag(tag_ids[op[1] % len(tag_ids)])
            elif op[0] == "delete_doc" and doc_ids:
                doc = doc_ids[op[1] % len(doc_ids)]
                if doc in {d.id for d in service.documents()}:
                    deletions.append((doc, lib.delete_documents(service, [doc])))
            elif op[0] == "restore_docs" and deletions:
                doc, stamp = deletions.pop()
                lib.restore_documents(service, [doc], stamp)
        docs, tags = _oracle(service)
        everywhere = DocumentFilter()
        for p in PROBES:
            fts = parse(p).fts
            found_docs = {r[0] for r in search_store.text_matches(store, fts, everywhere, 10_000)}
            found_tags = {r[0] for r in search_store.tag_matches(store, fts, everywhere, (), 10_000)}
            assert found_docs == docs[p], p
            assert found_tags == tags[p], p
        store.conn.execute("INSERT INTO search_text (search_text) VALUES ('integrity-check')")
        store.conn.execute("INSERT INTO search_tags (search_tags) VALUES ('integrity-check')")
    finally:
        store.close()


def test_damaged_values_are_indexed_not_refused(service):
    """A row holding a number or bytes where text belongs, or aliases that are not JSON, still writes."""
    from desktop.store.meaning import insert_entity

    info, _ = service.import_document(_doc("d", "Astana grain"))
    conn = service.store.conn
    with service.store.transaction():
        conn.execute("UPDATE documents SET text = ? WHERE id = ?", (b"Astana grain bytes", info.id))
        ent = insert_entity(service.store, "Qazaq", aliases=["Kz"])
        conn.execute("UPDATE entities SET aliases = 'not json' WHERE id = ?", (ent.id,))
    assert _docs(service, "bytes") == {info.id}
    assert [r[0] for r in search_store_entities(service, "json")] == [ent.id]


def search_store_entities(service, word):
    from desktop.store import search as search_store

    return search_store.entity_matches(service.store, parse(word).fts, 10)
