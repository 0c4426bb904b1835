"""The service layer: import, tag, edit, delete and restore, each persisted."""

from __future__ import annotations

import pytest

from desktop.model import Document
from desktop.service import Service, ServiceError
from desktop.store import open_store
from tests.conftest import SEED


def test_import_seed_then_again_does_not_duplicate(service):
    first = service.import_files([SEED])[0]
    again = service.import_files([SEED])[0]
    assert first.created and not again.created
    assert again.document.id == first.document.id
    assert len(service.documents()) == 1


def test_import_reports_bad_files_and_keeps_the_good_ones(service, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    odd = tmp_path / "table.xyz"
    odd.write_text("hello")
    outcomes = service.import_files([empty, SEED, odd, tmp_path / "missing.txt"])
    assert [o.error is None for o in outcomes] == [False, True, False, False]
    assert all(o.error for o in outcomes if o.document is None)
    assert len(service.documents()) == 1


def test_tag_anchors_quote_and_context(seeded):
    service, doc_id = seeded
    text = service.text(doc_id)
    start = text.index("Murat Nurtleu")
    tag = service.tag(doc_id, "actor", start, start + len("Murat Nurtleu"), note="Deputy PM")
    assert tag.exact == "Murat Nurtleu"
    assert text[:start].endswith(tag.prefix) and len(tag.prefix) == 32
    assert text[start + 13 :].startswith(tag.suffix)
    stored = service.get_tag(tag.id)
    assert stored == tag
    assert stored.author == "Tester"


def test_tag_quote_occurrence_and_missing_quote(seeded):
    service, doc_id = seeded
    text = service.text(doc_id)
    second = service.tag_quote(doc_id, "actor", "Kazakhstan", occurrence=2)
    first_pos = text.index("Kazakhstan")
    assert second.start == text.index("Kazakhstan", first_pos + 1)
    with pytest.raises(ServiceError, match="quote not found"):
        service.tag_quote(doc_id, "claim", "words that are not there")
    with pytest.raises(ServiceError, match="unknown kind"):
        service.tag_quote(doc_id, "opinion", "Kazakhstan")


def test_span_outside_text_is_refused(seeded):
    service, doc_id = seeded
    with pytest.raises(ServiceError, match="outside"):
        service.tag(doc_id, "claim", 10, 10**7)
    with pytest.raises(ServiceError, match="outside"):
        service.tag(doc_id, "claim", 5, 5)


def test_edit_delete_restore_round_trip_persists(seeded, store_path):
    service, doc_id = seeded
    tag = service.tag_quote(doc_id, "claim", "product-based trade diplomacy")
    edited = service.edit_tag(tag.id, note="key framing", kind="Claim")
    assert (edited.note, edited.kind) == ("key framing", "claim")
    assert edited.updated_at >= tag.updated_at
    service.delete_tag(tag.id)
    assert service.tags(doc_id) == []
    assert service.tags(doc_id, include_deleted=True)[0].deleted
    service.restore_tag(tag.id)
    with open_store(store_path) as other:
        again = Service(other, "Someone").tags(doc_id)
    assert [(t.id, t.note, t.deleted) for t in again] == [(tag.id, "key framing", False)]


def test_resolve_document_by_id_prefix_and_title(seeded):
    service, doc_id = seeded
    assert service.resolve_document(doc_id).id == doc_id
    assert service.resolve_document(doc_id[:6]).id == doc_id
    assert service.resolve_document("rising AXIS").id == doc_id
    with pytest.raises(ServiceError, match="no document"):
        service.resolve_document("zzzz-nothing")
    service.import_document(Document(title="The Rising Axis, part 2", text="Other text.", format="txt"))
    with pytest.raises(ServiceError, match="matches 2 documents"):
        service.resolve_document("rising axis")


def test_unicode_offsets_are_code_points(service):
    text = "Türkiye 🚀 and Казахстан signed on 22 мая 2025."
    info, _ = service.import_document(Document(title="u", text=text, format="txt"))
    tag = service.tag_quote(info.id, "actor", "Казахстан")
    assert text[tag.start : tag.end] == "Казахстан"
    assert service.check() == []
