"""The library: document tombstones with undo, collections, saved searches, per-kind counts."""

from __future__ import annotations

import pytest

from desktop.model import Document
from desktop.service import ServiceError
from desktop.service import library as lib
from desktop.service.search import search
from desktop.store.meaning import entity_counts


def _import(service, title: str, text: str, **meta) -> str:
    info, created = service.import_document(Document(title=title, text=text, format="txt", metadata=meta))
    assert created
    return info.id


@pytest.fixture
def three(service):
    ids = [
        _import(service, "Grain report", "Kazakhstan grain exports rose sharply."),
        _import(service, "Oil report", "Tajikistan oil imports fell."),
        _import(service, "Rail report", "Railways carried grain to Tajikistan."),
    ]
    return service, ids


def test_deleting_documents_hides_them_everywhere_and_undo_brings_back_exactly_their_tags(three):
    service, (grain, oil, rail) = three
    earlier = service.tag_quote(grain, "claim", "grain exports rose")
    service.delete_tag(earlier.id)
    actor = service.tag_quote(grain, "actor", "Kazakhstan")
    claim = service.tag_quote(grain, "claim", "exports rose sharply")
    eid = actor.attributes["entity_id"]

    stamp = lib.delete_documents(service, [grain, rail])
    assert [d.id for d in service.documents()] == [oil]
    assert service.tags(grain) == []
    assert entity_counts(service.store).get(eid) is None
    assert search(service.store, "grain").groups == []
    with pytest.raises(ServiceError):
        service.resolve_document("Grain report")

    lib.restore_documents(service, [grain, rail], stamp)
    assert [d.id for d in service.documents()] == [grain, oil, rail]
    assert {t.id for t in service.tags(grain)} == {actor.id, claim.id}  # not the one deleted before
    assert entity_counts(service.store)[eid].mentions == 1
    assert {g.document_id for g in search(service.store, "grain").groups} == {grain, rail}
    assert service.check() == []


def test_a_tag_deleted_in_the_same_millisecond_as_its_document_stays_deleted(three, monkeypatch):
    """Undo of a document deletion restores the tags deleted with it, by its stamp: a tag
    deleted just before, with the same clock reading, must not come back."""
    import desktop.store.library as library_store

    service, (grain, _oil, _rail) = three
    kept = service.tag_quote(grain, "claim", "exports rose sharply")
    gone = service.tag_quote(grain, "claim", "grain exports")
    service.delete_tag(gone.id)
    (when,) = service.store.conn.execute("SELECT deleted_at FROM annotations WHERE id = ?", (gone.id,)).fetchone()
    monkeypatch.setattr(library_store, "now_iso", lambda: when)

    stamp = lib.delete_documents(service, [grain])
    assert stamp > when
    lib.restore_documents(service, [grain], stamp)
    assert [t.id for t in service.tags(grain)] == [kept.id]


def test_importing_a_deleted_text_again_brings_the_document_back(three):
    service, (grain, _oil, _rail) = three
    tag = service.tag_quote(grain, "claim", "grain exports")
    lib.delete_documents(service, [grain])
    info, created = service.import_document(
        Document(title="again", text="Kazakhstan grain exports rose sharply.", format="txt")
    )
    assert created and info.id == grain
    assert [t.id for t in service.tags(grain)] == [tag.id]


def test_collections_hold_documents_nest_one_level_and_undo(three):
    service, (grain, oil, rail) = three
    asia = lib.create_collection(service, "  Central   Asia ")
    assert asia.name == "Central Asia"
    trade = lib.create_collection(service, "Trade", parent_id=asia.id)
    with pytest.raises(ServiceError, match="one level"):
        lib.create_collection(service, "Deeper", parent_id=trade.id)
    with pytest.raises(ServiceError, match="one level"):
        lib.move_collection(service, asia.id, lib.create_collection(service, "Other").id)

    assert lib.add_to_collection(service, trade.id, [grain, rail]) == [grain, rail]
    assert lib.add_to_collection(service, trade.id, [grain]) == []  # already there
    assert lib.add_to_collection(service, asia.id, [oil, grain]) == [oil, grain]  # a document in several
    assert lib.collection_document_ids(service, trade.id) == {grain, rail}
    assert lib.collection_document_ids(service, asia.id) == {grain, oil, rail}  # with its child's
    assert lib.memberships(service)[grain] == {asia.id, trade.id}

    assert lib.remove_from_collection(service, trade.id, [rail, oil]) == [rail]
    assert lib.collection_document_ids(service, trade.id) == {grain}

    renamed = lib.rename_collection(service, trade.id, "Grain trade")
    assert lib.resolve_collection(service, "grain trade").id == trade.id
    before = lib.delete_collection(service, asia.id)
    assert [c.id for c in before] == [asia.id, trade.id]
    assert [c.name for c in lib.collections(service)] == ["Grain trade", "Other"]
    assert lib.collection(service, trade.id).parent_id is None  # the child stays, top level
    for state in before:  # undo
        lib.write_collection(service, state)
    assert renamed.name == lib.collection(service, trade.id).name
    assert lib.collection(service, trade.id).parent_id == asia.id
    assert lib.collection_document_ids(service, asia.id) == {grain, oil}

    lib.delete_documents(service, [grain])
    assert lib.collection_document_ids(service, asia.id) == {oil}


def test_saved_search_is_a_smart_collection(three):
    service, (grain, _oil, rail) = three
    smart = lib.create_collection(service, "About grain", query="grain")
    assert smart.smart
    assert lib.collection_document_ids(service, smart.id) == {grain, rail}
    with pytest.raises(ServiceError, match="saved search"):
        lib.add_to_collection(service, smart.id, [grain])
    with pytest.raises(ServiceError, match="NOT needs words"):
        lib.create_collection(service, "bad", query="NOT grain")
    _import(service, "More grain", "Grain prices in Astana.")
    assert len(lib.collection_document_ids(service, smart.id)) == 3


def test_kind_counts(three):
    service, (grain, oil, _rail) = three
    service.tag_quote(grain, "claim", "grain exports rose")
    service.tag_quote(grain, "claim", "sharply")
    gone = service.tag_quote(oil, "claim", "oil imports")
    service.delete_tag(gone.id)
    counts = lib.kind_counts(service)
    assert counts[grain]["claim"] == 2
    assert oil not in counts


def test_cli_collections(tmp_path):
    import json
    import subprocess
    import sys

    from tests.conftest import REPO, SEED

    store = ["--store", str(tmp_path / "c.claimline")]
    run = [sys.executable, "-m", "desktop"]

    def cli(*words, check=True):
        return subprocess.run([*run, *words, *store], capture_output=True, text=True, cwd=REPO, check=check)

    cli("import", str(SEED))
    asia = cli("collections", "create", "Central", "Asia").stdout.strip()
    cli("collections", "create", "Trade", "--parent", "central asia")
    assert "1 document(s) added to Trade" in cli("collections", "add", "trade", "rising").stdout
    cli("collections", "create", "Grain", "--query", "grain exports")
    listed = json.loads(cli("collections", "--json").stdout)
    by_name = {c["name"]: c for c in listed}
    assert by_name["Trade"]["parent_id"] == asia and len(by_name["Trade"]["documents"]) == 1
    assert by_name["Central Asia"]["documents"] == by_name["Trade"]["documents"]
    assert by_name["Grain"]["query"] == "grain exports" and len(by_name["Grain"]["documents"]) == 1
    bad = cli("collections", "create", "X", "--query", "NOT grain", check=False)
    assert bad.returncode != 0 and "NOT needs words" in bad.stderr and "Traceback" not in bad.stderr
    cli("collections", "rename", "trade", "Grain trade")
    cli("collections", "delete", "central asia")
    assert [c["name"] for c in json.loads(cli("collections", "--json").stdout)] == ["Grain trade", "Grain"]
