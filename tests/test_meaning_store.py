"""Entities, attributes, links, references and codebook: store and service (issue 4)."""

from __future__ import annotations

import json
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.anchoring import find_quote
from desktop.service import ServiceError
from desktop.service.meaning import (
    Meaning,
    attributes_for,
    kind_guid,
    normalise_attributes,
    sentence_around,
    validate_qdc,
)
from desktop.store import meaning as sm
from desktop.store import open_store
from tests.conftest import SHARED

PUB = "2025-07-03"


def tag_quote(service, doc_id, kind, quote, occurrence=1):
    """Tag a quote with the attributes the GUI and CLI give a new tag."""
    start, end = find_quote(service.text(doc_id), quote, occurrence)
    attrs = Meaning(service).attributes_for_tag(doc_id, kind, start, end)
    return service.tag(doc_id, kind, start, end, attributes=attrs)


# -- attributes_for: the examples, table-driven -------------------------------

FIGURES = [
    ("1.3 million tons", 1300000, "t", "million"),
    ("20%", 20, "%", ""),
    ("$4.5 bn", 4500000000, "USD", "bn"),
    ("1,2 млн тонн", 1200000, "t", "млн"),
    ("%20", 20, "%", ""),
    ("3 thousand", 3000, "", "thousand"),
]


@pytest.mark.parametrize("quote,value,unit,scale", FIGURES)
def test_figure_attributes_follow_the_data_contract(quote, value, unit, scale):
    attrs = attributes_for("figure", quote)
    assert attrs == {"value": value, "unit": unit, "scale": scale, "measures": "", "period": ""}


DATES = [
    ("May 22, 2025", "2025-05-22", "2025-05-22", "day"),
    ("22 May 2025", "2025-05-22", "2025-05-22", "day"),
    ("2025-05-22", "2025-05-22", "2025-05-22", "day"),
    ("03.07.2025", "2025-07-03", "2025-07-03", "day"),
    ("June 2025", "2025-06", "2025-06", "month"),
    ("between 2024 and 2025", "2024", "2025", "year"),
    ("in 2024 and 2025", "2024", "2025", "year"),
    ("the past decade", "2015", "2025", "decade"),
    ("last year", "2024", "2024", "year"),
    ("22 мая 2025", "2025-05-22", "2025-05-22", "day"),
    ("22 Mayıs 2025", "2025-05-22", "2025-05-22", "day"),
]


@pytest.mark.parametrize("quote,start,end,precision", DATES)
def test_date_attributes_follow_the_data_contract(quote, start, end, precision):
    attrs = attributes_for("date", quote, published=PUB)
    assert (attrs["start"], attrs["end"], attrs["precision"]) == (start, end, precision)
    assert attrs["participants"] == [] and attrs["place"] == "" and attrs["title"] == quote
    assert "undated" not in attrs


def test_unparseable_date_keeps_its_text_and_is_undated():
    attrs = attributes_for("date", "during this period", published=PUB)
    assert attrs["undated"] is True and attrs["start"] is None and attrs["title"] == "during this period"


def test_relative_date_without_publication_date_is_undated():
    assert attributes_for("date", "last year")["undated"] is True


def test_date_title_defaults_to_the_sentence_around_the_tag():
    text = "Intro line.\nThe first talks. Later, on May 22, 2025, both signed it. Then more."
    start = text.index("May 22")
    attrs = attributes_for("date", "May 22, 2025", text=text, start=start)
    assert attrs["title"] == "Later, on May 22, 2025, both signed it."
    assert sentence_around(text, 0) == "Intro line."
    cited = "It was held in Almaty.[2] The agreement aims to cut times."
    assert sentence_around(cited, cited.index("Almaty")) == "It was held in Almaty.[2]"
    assert sentence_around(cited, cited.index("agreement")) == "The agreement aims to cut times."


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(kind=st.sampled_from(["figure", "date", "actor", "claim", "other"]), quote=st.text(max_size=60),
       text=st.text(max_size=200), start=st.integers(-5, 250))
def test_attributes_for_never_raises(kind, quote, text, start):
    attrs = attributes_for(kind, quote, published="2025-07-03", text=text, start=start)
    assert isinstance(attrs, dict)
    json.dumps(attrs)


# -- validation -----------------------------------------------------------------------


def test_normalise_figure_and_claim_and_date():
    assert normalise_attributes("figure", {"value": "1 300 000", "unit": " t "})["value"] == 1300000
    assert normalise_attributes("figure", {"value": "2.5"})["value"] == 2.5
    claim = normalise_attributes("claim", {"reliability": "b", "credibility": "2", "topics": "trade, grain, trade"})
    assert (claim["reliability"], claim["credibility"], claim["topics"]) == ("B", 2, ["trade", "grain"])
    d = normalise_attributes("date", {"start": "2024-05", "end": None})
    assert (d["start"], d["end"], d["precision"]) == ("2024-05", "2024-05", "month")


@pytest.mark.parametrize(
    "kind,attrs",
    [
        ("figure", {"value": "many"}),
        ("figure", {"value": float("nan")}),
        ("claim", {"reliability": "G"}),
        ("claim", {"credibility": 7}),
        ("claim", {"credibility": "x"}),
        ("date", {"start": "2025-13-01"}),
        ("date", {"start": "22.05.2025"}),
        ("date", {"start": "2025", "end": "2024"}),
        ("date", {"start": "2025", "precision": "century"}),
    ],
)
def test_bad_attributes_are_refused(kind, attrs):
    with pytest.raises(ServiceError):
        normalise_attributes(kind, attrs)


# -- entities -------------------------------------------------------------------------


def test_actor_tags_become_entities_and_same_name_reuses_one(seeded):
    service, doc = seeded
    meaning = Meaning(service)
    a1 = tag_quote(service, doc, "actor", "Kazakhstan", 1)
    a2 = tag_quote(service, doc, "actor", "Kazakhstan", 2)
    assert a1.attributes["entity_id"] and a1.attributes["entity_id"] == a2.attributes["entity_id"]
    ent = meaning.entity(a1.attributes["entity_id"])
    assert ent.name == "Kazakhstan"
    counts = meaning.entity_counts()
    assert counts[ent.id].mentions == 2 and counts[ent.id].documents == 1
    # a deleted mention stops counting
    service.delete_tag(a2.id)
    assert meaning.entity_counts()[ent.id].mentions == 1
    assert [m.id for m in meaning.mentions(ent.id)] == [a1.id]


def test_fuzzy_suggestions_cover_names_and_aliases(seeded):
    service, _ = seeded
    meaning = Meaning(service)
    murat = meaning.create_entity("Murat Nurtleu", type="person", roles=["Deputy Prime Minister"])
    ussr = meaning.create_entity("Union of Soviet Socialist Republics", type="state", aliases=["USSR"])
    meaning.create_entity("Tajikistan", type="state")
    assert meaning.suggest_entities("Murat Nurtleu")[0][0].id == murat.id
    assert meaning.suggest_entities("Nurtleu")[0][0].id == murat.id
    assert meaning.suggest_entities("Murat Nurtlеu")[0][0].id == murat.id  # Cyrillic е typo
    assert meaning.suggest_entities("USSR")[0][0].id == ussr.id
    assert meaning.suggest_entities("zzzz qqqq") == []


def test_merge_moves_mentions_unions_aliases_and_undoes(seeded):
    service, doc = seeded
    meaning = Meaning(service)
    long = tag_quote(service, doc, "actor", "Union of Soviet Socialist Republics")
    short = tag_quote(service, doc, "actor", "USSR")
    kept_id, gone_id = long.attributes["entity_id"], short.attributes["entity_id"]
    assert kept_id != gone_id
    date = tag_quote(service, doc, "date", "May 22, 2025")
    meaning.set_attributes(date.id, {"participants": [gone_id, kept_id]})
    claim = tag_quote(service, doc, "claim", "the Central Asian states faced significant economic challenges")
    meaning.set_attributes(claim.id, {"asserted_by": gone_id})

    result = meaning.merge_entities(kept_id, "USSR")
    kept = meaning.entity(kept_id)
    assert kept.aliases == ("USSR",)
    assert sm.entity(service.store, gone_id).deleted_at is not None
    assert [e.id for e in meaning.entities()].count(gone_id) == 0
    assert service.get_tag(short.id).attributes["entity_id"] == kept_id
    assert service.get_tag(date.id).attributes["participants"] == [kept_id]
    assert service.get_tag(claim.id).attributes["asserted_by"] == kept_id
    assert meaning.entity_counts()[kept_id].mentions == 2
    assert len(result.tags_before) == 3

    meaning.undo_merge(result)
    assert service.get_tag(short.id).attributes["entity_id"] == gone_id
    assert service.get_tag(date.id).attributes["participants"] == [gone_id, kept_id]
    assert meaning.entity(kept_id).aliases == ()
    assert sm.entity(service.store, gone_id).deleted_at is None


def test_merge_refuses_self_and_unknown(seeded):
    service, _ = seeded
    meaning = Meaning(service)
    e = meaning.create_entity("Astana", type="place")
    with pytest.raises(ServiceError):
        meaning.merge_entities(e.id, e.id)
    with pytest.raises(ServiceError):
        meaning.merge_entities(e.id, "nobody")


def test_split_a_mention_off_and_rename(seeded):
    service, doc = seeded
    meaning = Meaning(service)
    a1 = tag_quote(service, doc, "actor", "Kazakhstan", 1)
    a2 = tag_quote(service, doc, "actor", "Kazakhstan", 2)
    tag, ent = meaning.split_mention(a2.id, "Republic of Kazakhstan")
    assert tag.attributes["entity_id"] == ent.id != a1.attributes["entity_id"]
    assert service.get_tag(a2.id).attributes["entity_id"] == ent.id
    renamed = meaning.rename_entity(ent.id, "Kazakh Republic")
    assert renamed.name == "Kazakh Republic" and renamed.aliases == ("Republic of Kazakhstan",)
    assert meaning.resolve_entity("republic of kazakhstan").id == ent.id  # by alias
    with pytest.raises(ServiceError):
        meaning.split_mention(tag_quote(service, doc, "figure", "1.3 million tons").id)


# -- claims, references, attribute validation against the store -----------------------


def test_references_come_from_footnotes_and_claims_cite_them(seeded):
    service, doc = seeded
    meaning = Meaning(service)
    refs = meaning.references(doc)
    assert [r.label for r in refs] == ["1", "2", "3"]
    assert refs[0].url.startswith("https://qazinform.com/") and refs[0].accessed == "2025-07-03"
    assert refs[2].text == "Ibid." and refs[0].start == service.text(doc).index("[1] “Kazakhstan")
    assert meaning.references(doc) == refs  # stored once, not twice
    text = service.text(doc)
    claim_text = "both governments signed the technical terms of a pre-arrival information-based customs protocol"
    end = text.index("[2]", text.index(claim_text))
    start = text.index(claim_text)
    attrs = meaning.attributes_for_tag(doc, "claim", start, end)
    assert attrs["cites"] == refs[1].id
    claim = service.tag(doc, "claim", start, end, attributes=attrs)
    ent = meaning.create_entity("Kazinform", type="organisation")
    after = meaning.set_attributes(claim.id, {"asserted_by": ent.id, "reliability": "b", "credibility": 2,
                                              "topics": ["customs"]})
    assert after.attributes == {"asserted_by": ent.id, "cites": refs[1].id, "reliability": "B",
                                "credibility": 2, "topics": ["customs"]}
    assert service.get_tag(claim.id).attributes == after.attributes
    with pytest.raises(ServiceError):
        meaning.set_attributes(claim.id, {"asserted_by": "not-an-entity"})
    with pytest.raises(ServiceError):
        meaning.set_attributes(claim.id, {"cites": "not-a-reference"})
    assert service.get_tag(claim.id).attributes == after.attributes


def test_claim_asserter_defaults_to_document_author(service):
    from desktop.model import Document

    info, _ = service.import_document(Document("T", "Ann Smith says the rate rose.", "txt",
                                                metadata={"author": "Ann Smith"}))
    attrs = Meaning(service).attributes_for_tag(info.id, "claim", 15, 28)
    assert Meaning(service).entity(attrs["asserted_by"]).name == "Ann Smith"


def test_seed_dates_are_normalised_against_publication_date(service):
    from desktop.model import Document

    text = "However, the past decade has witnessed a revival. As of 2025, talks went on."
    info, _ = service.import_document(Document("T", text, "txt", metadata={"published": "2025-07-03"}))
    meaning = Meaning(service)
    start = text.index("the past decade")
    attrs = meaning.attributes_for_tag(info.id, "date", start, start + len("the past decade"))
    assert (attrs["start"], attrs["end"], attrs["precision"]) == ("2015", "2025", "decade")
    assert attrs["title"] == "However, the past decade has witnessed a revival."


# -- links ----------------------------------------------------------------------------


def test_links_create_list_remove_restore_and_follow_tag_tombstones(seeded):
    service, doc = seeded
    meaning = Meaning(service)
    claim = tag_quote(service, doc, "claim", "the past decade has witnessed a notable revival in regional trade")
    actor = tag_quote(service, doc, "actor", "Kazakhstan")
    figure = tag_quote(service, doc, "figure", "1.3 million tons")
    ln = meaning.link(claim.id, actor.id, "about")
    assert meaning.link(claim.id, actor.id, "about").id == ln.id  # no duplicate
    meaning.link(figure.id, claim.id, "supports")
    assert {x.relation for x in meaning.links(claim.id)} == {"about", "supports"}
    assert meaning.links_json(doc)[actor.id] == [ln.to_json()]
    meaning.unlink(ln.id)
    assert [x.relation for x in meaning.links(claim.id)] == ["supports"]
    meaning.restore_link(ln.id)
    assert len(meaning.links(claim.id)) == 2
    service.delete_tag(figure.id)  # a link to a deleted tag is not live
    assert [x.relation for x in meaning.links(claim.id)] == ["about"]
    with pytest.raises(ServiceError):
        meaning.link(claim.id, actor.id, "hates")
    with pytest.raises(ServiceError):
        meaning.link(claim.id, claim.id, "related")
    with pytest.raises(ServiceError):
        meaning.link(claim.id, figure.id, "related")


# -- codebook -------------------------------------------------------------------------


def test_codebook_kinds_add_edit_and_refuse_bad_values(service):
    meaning = Meaning(service)
    k = meaning.add_kind("Sanction", "#AA3311", shortcut="s", description="A sanction", parent="claim")
    assert (k.name, k.colour, k.shortcut, k.parent) == ("sanction", "#aa3311", "S", "claim")
    assert service.kind("sanction").label == "Sanction"  # the service sees it at once
    meaning.edit_kind("sanction", label="Sanctions", description="Measures")
    assert [c for c in meaning.codebook() if c.name == "sanction"][0].label == "Sanctions"
    for bad in (dict(colour="red"), dict(shortcut="C"), dict(parent="nope"), dict(shortcut="xy")):
        with pytest.raises(ServiceError):
            meaning.edit_kind("sanction", **bad)
    with pytest.raises(ServiceError):
        meaning.edit_kind("claim", parent="sanction")  # a cycle
    with pytest.raises(ServiceError):
        meaning.add_kind("Sanction", "#000000")
    meaning.remove_kind("sanction")
    assert "sanction" not in {c.name for c in meaning.codebook()}
    with pytest.raises(ServiceError):
        meaning.remove_kind("claim")


def test_codebook_round_trips_through_refi_qda(service, tmp_path):
    meaning = Meaning(service)
    meaning.add_kind("Sanction", "#aa3311", shortcut="S", description="Measures & <limits>", parent="claim")
    meaning.add_kind("Asset freeze", "#113355", parent="sanction")
    path = meaning.export_codebook(tmp_path / "book.qdc")
    from lxml import etree

    tree = etree.parse(str(path))
    assert validate_qdc(tree) == []
    ns = {"q": "urn:QDA-XML:codebook:1.0"}
    nested = tree.find("q:Codes/q:Code[@name='Claim']/q:Code[@name='Sanction']/q:Code[@name='Asset freeze']", ns)
    assert nested is not None and nested.get("guid") == kind_guid("asset-freeze")
    assert meaning.export_codebook(tmp_path / "again.qdc").read_bytes() == path.read_bytes()  # stable GUIDs

    other = open_store(tmp_path / "other.claimline")
    from desktop.service import Service

    m2 = Meaning(Service(other, "Other"))
    assert m2.import_codebook(path) == {"added": 2, "updated": 4, "warnings": []}
    got = {c.name: c for c in m2.codebook()}
    assert got["sanction"].parent == "claim" and got["asset-freeze"].parent == "sanction"
    assert got["sanction"].description == "Measures & <limits>" and got["sanction"].colour == "#aa3311"
    assert m2.import_codebook(path) == {"added": 0, "updated": 6, "warnings": []}  # idempotent
    other.close()


def test_codebook_export_validates_against_the_shared_xsd(service, tmp_path):
    xsd = SHARED / "standards" / "refi-qda" / "Codebook.xsd"
    if not xsd.is_file():
        pytest.skip(f"{xsd} is not here")
    from lxml import etree

    schema = etree.XMLSchema(etree.parse(str(xsd)))
    path = Meaning(service).export_codebook(tmp_path / "b.qdc")
    assert schema.validate(etree.parse(str(path))), schema.error_log


def test_the_codebook_schema_ships_with_the_app_and_is_the_standard_one():
    """Validation never depends on a folder beside the checkout (../shared)."""
    from desktop.paths import resource_root
    from desktop.service.meaning import codebook_schema_path

    shipped = codebook_schema_path()
    assert shipped.is_file() and shipped.is_relative_to(resource_root() / "resources")
    assert (shipped.parent / "LICENSE").read_text(encoding="utf-8").count("MIT license") == 1
    for name in ("Codebook.xsd", "Project.xsd"):
        standard = SHARED / "standards" / "refi-qda" / name
        if standard.is_file():
            assert (shipped.parent / name).read_bytes() == standard.read_bytes()


def test_import_refuses_a_file_that_is_not_a_codebook(service, tmp_path):
    bad = tmp_path / "bad.qdc"
    bad.write_text("<CodeBook xmlns='urn:QDA-XML:codebook:1.0'><Codes><Code name='x'/></Codes></CodeBook>")
    with pytest.raises(ServiceError):
        Meaning(service).import_codebook(bad)
    (tmp_path / "junk.qdc").write_text("not xml")
    with pytest.raises(ServiceError):
        Meaning(service).import_codebook(tmp_path / "junk.qdc")


# -- migration from the foundation schema -------------------------------------------


def test_store_of_the_foundation_schema_migrates_with_its_data(tmp_path):
    from sqlite_utils import Database

    from desktop.store.db import APPLICATION_ID
    from desktop.store.migrations import migrations

    path = tmp_path / "old.claimline"
    conn = sqlite3.connect(str(path))
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db = Database(conn)
    only_first = type(migrations)(migrations.name)
    only_first._migrations = migrations._migrations[:1]
    only_first.apply(db)
    conn.execute("INSERT INTO meta VALUES ('store_id', 'old')")
    conn.execute("INSERT INTO documents (id, title, format, text, sha256, imported_at) "
                 "VALUES ('d1', 'Old', 'txt', 'Murat Nurtleu met USSR envoys.', 'x', '2025-01-01')")
    conn.execute("INSERT INTO annotations (id, document_id, kind, start, \"end\", exact, note, attributes, author, "
                 "created_at, updated_at) VALUES ('t1', 'd1', 'actor', 0, 13, 'Murat Nurtleu', 'n', '{}', 'A', "
                 "'2025-01-01', '2025-01-01')")
    conn.commit()
    conn.close()

    store = open_store(path)
    from desktop.service import Service

    service = Service(store, "Tester")
    meaning = Meaning(service)
    assert service.get_tag("t1").note == "n"
    ent = meaning.create_entity("Murat Nurtleu", type="person")
    after = meaning.set_attributes("t1", {"entity_id": ent.id})
    assert after.attributes == {"entity_id": ent.id}
    assert meaning.entity_counts()[ent.id].mentions == 1
    assert {c.name for c in meaning.codebook()} == {"claim", "actor", "figure", "date"}
    assert all(c.description == "" and c.parent is None for c in meaning.codebook())
    store.close()


def test_a_dated_tag_forgets_why_it_was_undated():
    from desktop.service.meaning import normalise_attributes

    out = normalise_attributes("date", {"start": "2025-06-26", "end": "2025-06-26", "precision": "day",
                                        "undated": True, "reason": "relative to the publication date"})
    assert "reason" not in out and "undated" not in out
    kept = normalise_attributes("date", {"start": None, "end": None, "reason": "relative to the publication date"})
    assert kept["undated"] is True and kept["reason"]
