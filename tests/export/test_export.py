"""Reports and data exports: every format, escaping, W3C round trip, atomic writes."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import REPO, SHARED
from desktop.export import FORMATS
from desktop.export.model import Cancelled, ReportOptions, gather, safe_filename, segments
from desktop.export.run import export, render

EVIL = (
    '<script>alert("x")</script><img src=x onerror=alert(1)> '
    '<a href="javascript:alert(2)">click</a> [link](javascript:alert(3)) =HYPERLINK("http://evil")'
)
KIND_RGB = {"claim": (0xF2, 0xB6, 0x3C), "actor": (0x5B, 0x9B, 0xF0), "figure": (0x4C, 0xC3, 0x8A)}


def _sql(store, sql, params):
    # Test set-up only: entities and references have no service API yet.
    with store.db.atomic():
        store.conn.execute(sql, params)


@pytest.fixture
def report(seeded, tmp_path):
    """The seed article with overlapping tags, a hostile note, an entity and a reference."""
    service, doc_id = seeded
    store = service.store
    _sql(
        store,
        "INSERT INTO entities (id, name, type, aliases, roles, created_at, updated_at) VALUES (?,?,?,?,?,?,?)",
        ("ent-1", "Republic of <b>Kazakhstan</b>", "state", '["KZ"]', '["trade partner"]', "2025-01-01", "2025-01-01"),
    )
    _sql(
        store,
        "INSERT INTO doc_references (id, document_id, label, text, url) VALUES (?,?,?,?,?)",
        ("ref-1", doc_id, "1", "Kazinform <script>x</script>", "javascript:alert(9)"),
    )
    tags = [
        service.tag_quote(doc_id, "actor", "Kazakhstan", note=EVIL),
        service.tag_quote(doc_id, "claim", "Kazakhstan and Tajikistan", note="overlaps the actor"),
        service.tag_quote(doc_id, "actor", "Tajikistan", occurrence=2),
        service.tag_quote(doc_id, "figure", "Customs digitalization", note="-2+3"),
    ]
    service.edit_tag(tags[0].id, attributes={"entity_id": "ent-1"})
    service.edit_tag(
        tags[1].id, attributes={"asserted_by": "ent-1", "cites": "ref-1", "reliability": "B", "credibility": "2"}
    )
    service.edit_tag(tags[3].id, attributes={"value": 20, "unit": "%", "measures": "=cmd|' /C calc'!A0", "period": "2025"})
    tags = service.tags(doc_id)
    return service, doc_id, tags, tmp_path


def _model(service, **kw):
    return gather(service.store, ReportOptions(**kw))


# -- HTML ---------------------------------------------------------------------------


def test_html_has_one_mark_per_tag_with_its_kind_and_nothing_live(report):
    from lxml import html as lxml_html

    service, _doc, tags, _ = report
    page = render(_model(service), "html")
    tree = lxml_html.fromstring(page)
    marks = tree.xpath("//mark[@data-tag-id]")
    assert sorted(m.get("data-tag-id") for m in marks) == sorted(t.id for t in tags)
    for m in marks:
        tag = next(t for t in tags if t.id == m.get("data-tag-id"))
        assert m.get("data-kind") == tag.kind
        assert "tag" in m.get("class")
    # The claim overlaps the actor mark: the actor's mark nests inside a claim mark.
    claim = next(t for t in tags if t.kind == "claim")
    nested = tree.xpath(f'//mark[@data-tag-id="{claim.id}"]//mark[@data-kind="actor"]')
    assert len(nested) == 1
    assert "".join(m.text_content() for m in tree.xpath(f'//mark[@data-tag-id="{claim.id}"] | //mark[@data-cont="{claim.id}"]')) == claim.exact
    # Safety: no script element, no event handler, no javascript: link, no remote resource.
    assert not tree.xpath("//script")
    assert not tree.xpath("//@*[starts-with(name(), 'on')]")
    assert not [h for h in tree.xpath("//@href") if not h.startswith("#")]
    assert not [s for s in tree.xpath("//@src") if not s.startswith("data:")]
    assert "Content-Security-Policy" in page.decode()
    assert EVIL.split(">")[0].replace("<", "&lt;") in page.decode()  # shown as text
    # Numbered notes link both ways.
    assert tree.xpath('//li[@id="note-1"]') and tree.xpath('//a[@href="#note-1"]')


def test_html_filters_by_kind_and_author(report):
    from lxml import html as lxml_html

    service, _doc, tags, _ = report
    tree = lxml_html.fromstring(render(_model(service, kinds=("actor",)), "html"))
    assert {m.get("data-kind") for m in tree.xpath("//mark[@data-tag-id]")} == {"actor"}
    assert len(tree.xpath("//mark[@data-tag-id]")) == sum(t.kind == "actor" for t in tags)
    assert not lxml_html.fromstring(render(_model(service, authors=("Nobody",)), "html")).xpath("//mark")


# -- PDF ----------------------------------------------------------------------------


def test_pdf_has_quotes_page_numbers_highlights_and_a_clickable_toc(report):
    import pymupdf

    service, _doc, tags, _ = report
    data = render(_model(service, title="Report <script>"), "pdf")
    doc = pymupdf.open(stream=data, filetype="pdf")
    assert doc.page_count >= 2
    text = "\n".join(p.get_text() for p in doc)
    for t in tags:
        assert " ".join(t.exact.split()) in " ".join(text.split())
    for i, page in enumerate(doc, 1):
        assert f"Page {i} of {doc.page_count}" in page.get_text()
        assert "Report <script>" in page.get_text()  # the header, as text
    # Each tag's quote sits on a fill of its kind's colour (the highlight).
    fills = [
        (p.number, tuple(round(c * 255) for c in d["fill"]), d["rect"])
        for p in doc for d in p.get_drawings() if d.get("fill")
    ]
    for t in tags:
        rgb = KIND_RGB[t.kind]
        hits = [(p.number, r) for p in doc for r in p.search_for(t.exact.split()[-1])]  # inner tags cover the first word
        assert any(
            pno == hp and all(abs(a - b) <= 2 for a, b in zip(rgb, colour)) and rect.intersects(hr)
            for pno, colour, rect in fills
            for hp, hr in hits
        ), t.kind
    toc_links = [lk for lk in doc[0].get_links() if lk["kind"] == pymupdf.LINK_GOTO]
    assert len(toc_links) >= 4
    assert [e[1] for e in doc.get_toc()][:1] == ["Summary"]
    assert "javascript" not in " ".join(str(lk) for p in doc for lk in p.get_links())
    assert b"/JavaScript" not in data and b"/JS " not in data
    assert EVIL[:30] in " ".join(text.split())  # the hostile note is plain text


def test_pdf_letter_paper(report):
    import pymupdf

    service = report[0]
    doc = pymupdf.open(stream=render(_model(service, paper="letter"), "pdf"), filetype="pdf")
    assert round(doc[0].rect.width) == 612 and round(doc[0].rect.height) == 792


# -- DOCX ---------------------------------------------------------------------------


def test_docx_highlights_runs_and_comments_notes(report):
    import docx

    service, _doc, tags, tmp = report
    path = tmp / "r.docx"
    path.write_bytes(render(_model(service), "docx"))
    document = docx.Document(str(path))
    highlighted = "".join(r.text for p in document.paragraphs for r in p.runs if r.font.highlight_color is not None)
    for t in tags:
        assert t.exact in highlighted or all(w in highlighted for w in t.exact.split())
    colours = {r.font.highlight_color for p in document.paragraphs for r in p.runs if r.font.highlight_color}
    assert len(colours) >= 2  # kinds keep distinct colours
    comments = [c.text for c in document.comments]
    assert any(EVIL in c for c in comments)
    assert any("overlaps the actor" in c for c in comments)


# -- CSV, JSON, Markdown ------------------------------------------------------------


def test_csv_one_row_per_tag_and_no_formula(report):
    service, _doc, tags, _ = report
    data = render(_model(service), "csv").decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(data)))
    assert sorted(r["tag_id"] for r in rows) == sorted(t.id for t in tags)
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@")), value
    fig = next(r for r in rows if r["kind"] == "figure")
    assert fig["note"] == "'-2+3"
    assert fig["attr.measures"].startswith("'=cmd")
    assert fig["attr.value"] == "20"


def test_json_has_tags_entities_links_references(report):
    service, _doc, tags, _ = report
    data = json.loads(render(_model(service), "json"))
    assert data["format"] == "claimline-export" and data["version"] == 1
    assert {t["id"] for t in data["tags"]} == {t.id for t in tags}
    # Tagging an actor also made an entity of its own ("Tajikistan"); ours is kept verbatim.
    entities = {e["id"]: e for e in data["entities"]}
    assert entities["ent-1"]["name"] == "Republic of <b>Kazakhstan</b>"
    assert "ref-1" in {r["id"] for r in data["references"]}
    assert "links" in data
    assert "</script>" not in render(_model(service), "json").decode()


def test_markdown_escapes_markup_and_numbers_notes(report):
    service, *_ = report
    md = render(_model(service), "md").decode()
    assert "<script" not in md and "<img" not in md and "<a " not in md and "<b>" not in md
    assert not re.search(r"(?<!\\)\]\(", md)  # no link can form: every "](" is escaped
    assert "[^1]:" in md and "[^2]:" in md
    assert "**Kazakhstan**" in md
    try:
        from markdown_it import MarkdownIt
    except ImportError:
        return
    rendered = MarkdownIt("commonmark").render(md)
    assert "<script" not in rendered and "javascript:" not in rendered.replace("javascript:alert", "")


def test_claims_figures_and_actors_sections(report):
    service, *_ = report
    model = _model(service)
    claim = model.claims[0]
    assert claim.asserted_by == "Republic of <b>Kazakhstan</b>"
    assert claim.reference.startswith("[1] Kazinform") and claim.grading == "B2"
    assert model.figures[0].value == "20 %" and model.figures[0].period == "2025"
    names = [a.name for a in model.actors]
    assert "Republic of <b>Kazakhstan</b>" in names and "Tajikistan" in names
    page = render(model, "html").decode()
    assert "Republic of &lt;b&gt;Kazakhstan&lt;/b&gt;" in page and "<b>Kazakhstan</b>" not in page
    assert "B2" in page and "trade partner" in page


@pytest.mark.parametrize("fmt", FORMATS)
def test_hostile_note_never_becomes_markup_in_any_format(report, fmt):
    """Markup formats show the note as text; data formats carry it as exact, quoted data."""
    service, *_ = report
    data = render(_model(service), fmt)
    if fmt in ("pdf", "docx"):
        return _hostile_binary(fmt, data)
    text = data.decode("utf-8-sig")
    if fmt == "html":
        assert "<script" not in text and "<img" not in text and 'href="javascript' not in text
        assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;" in text
    elif fmt == "md":
        assert "<script" not in text and "<img" not in text and "<a " not in text
        assert not re.search(r"(?<!\\)\]\(", text)
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(text)))
        assert EVIL in [r["note"] for r in rows]  # one quoted cell, exactly the note
        assert all(not v.startswith(("=", "+", "-", "@")) for r in rows for v in r.values())
    else:  # json, w3c: JSON-escaped; "</" never appears, so embedding in a page is safe too
        assert "</" not in text
        assert EVIL in text.replace("<\\/", "</").replace('\\"', '"')
        json.loads(text)


def _hostile_binary(fmt: str, data: bytes) -> None:
    if fmt == "pdf":
        assert b"/JavaScript" not in data and b"/URI" not in data
    else:
        import zipfile

        with zipfile.ZipFile(io.BytesIO(data)) as z:
            xml = z.read("word/comments.xml").decode()
        assert "<script>" not in xml and "&lt;script&gt;" in xml


# -- W3C ----------------------------------------------------------------------------

CHECK_W3C = SHARED / "corpus" / "check_w3c.py"


def test_w3c_validates_against_the_w3c_schemas(report):
    if not CHECK_W3C.exists():
        pytest.skip(f"{CHECK_W3C} is absent (shared corpus not present)")
    pytest.importorskip("jsonschema", reason="check_w3c.py needs jsonschema (pip install jsonschema rfc3339-validator rfc3987)")
    service, doc_id, tags, tmp = report
    out = tmp / "tags.jsonld"
    out.write_bytes(render(_model(service), "w3c"))
    source = tmp / "source.txt"
    source.write_text(service.text(doc_id), encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, str(CHECK_W3C), "--text", f"urn:claimline:document:{doc_id}={source}", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]
    data = json.loads(out.read_text())
    assert data["type"] == "AnnotationCollection" and data["total"] == len(tags)
    item = data["first"]["items"][0]
    assert {s["type"] for s in item["target"]["selector"]} == {"TextQuoteSelector", "TextPositionSelector"}
    assert item["creator"]["name"] == "Tester"


def _cli(argv, monkeypatch):
    import desktop.cli

    return desktop.cli.main(argv)


def test_w3c_round_trip_restores_tags_on_the_same_document(seeded, tmp_path, monkeypatch, capsys):
    service, doc_id = seeded
    clean = tmp_path / "clean.claimline"
    service.store.copy_file_to(clean)
    service.tag_quote(doc_id, "actor", "Kazakhstan", note=EVIL)
    service.tag_quote(doc_id, "claim", "Kazakhstan and Tajikistan")
    t = service.tag_quote(doc_id, "figure", "Customs digitalization")
    service.edit_tag(t.id, attributes={"value": 1.5, "unit": "t"})
    before = sorted((a.id, a.kind, a.start, a.end, a.exact, a.note, a.author, a.attributes) for a in service.tags(doc_id))
    out = tmp_path / "tags.jsonld"
    assert _cli(["export", "--store", str(service.store.path), "--format", "w3c", "-o", str(out)], monkeypatch) == 0
    # Into a copy of the store made before tagging: the tags come back whole.
    assert _cli(["import-annotations", str(out), "--store", str(clean), "--json"], monkeypatch) == 0
    printed = json.loads(capsys.readouterr().out.split("\n", 1)[1])  # after the export's path line
    assert (printed["inserted"], printed["problems"]) == (3, [])
    from desktop.service import Service
    from desktop.store import open_store

    with open_store(clean, create=False) as other:
        after = sorted(
            (a.id, a.kind, a.start, a.end, a.exact, a.note, a.author, a.attributes)
            for a in Service(other, "X").tags(doc_id)
        )
    assert after == before
    # Into the same store after deleting them: they are restored, not duplicated.
    for a in service.tags(doc_id):
        service.delete_tag(a.id)
    from desktop.export.w3c import import_annotations

    rep = import_annotations(service, out)
    assert (rep.restored, rep.inserted, rep.problems) == (3, 0, [])
    assert len(service.tags(doc_id)) == 3
    rep = import_annotations(service, out)
    assert (rep.unchanged, rep.inserted) == (3, 0)


def test_import_annotations_rejects_a_file_without_annotations(service, tmp_path, monkeypatch, capsys):
    bad = tmp_path / "x.json"
    bad.write_text('{"hello": 1}')
    assert _cli(["import-annotations", str(bad), "--store", str(service.store.path)], monkeypatch) == 1
    assert "holds no W3C Web Annotation" in capsys.readouterr().err


# -- atomic writes, CLI -------------------------------------------------------------


def test_cancelled_export_leaves_the_old_file_intact(report):
    service, _doc, _tags, tmp = report
    target = tmp / "report.html"
    target.write_text("OLD GOOD REPORT")
    with pytest.raises(Cancelled):
        export(service.store, ReportOptions(), "html", target, cancelled=lambda: True)
    calls = iter([False, False, False, False, True])  # cancel while writing
    with pytest.raises(Cancelled):
        export(service.store, ReportOptions(), "pdf", target, cancelled=lambda: next(calls, True))
    assert target.read_text() == "OLD GOOD REPORT"
    assert [p.name for p in tmp.iterdir() if p.name.startswith(".report")] == []


def test_failed_export_leaves_the_old_file_intact(report, monkeypatch):
    from desktop.export import atomic

    service, _doc, _tags, tmp = report
    target = tmp / "report.csv"
    target.write_text("OLD")

    def broken(chunks):
        yield b"half a file"
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        atomic.write_atomic(target, broken(None))
    assert target.read_text() == "OLD"
    assert sorted(p.name for p in tmp.iterdir() if ".part" in p.name) == []
    path = export(service.store, ReportOptions(), "csv", target)
    assert path == target and target.read_text(encoding="utf-8-sig").startswith("tag_id,")


def test_cli_export_every_format(report, monkeypatch, capsys):
    service, doc_id, tags, tmp = report
    store = str(service.store.path)
    for fmt in FORMATS:
        out = tmp / f"r.{fmt}"
        code = _cli(["export", doc_id[:8], "--store", store, "--format", fmt, "-o", str(out), "--kinds", "actor,claim"], monkeypatch)
        assert code == 0, capsys.readouterr().err
        assert out.stat().st_size > 0
    rows = list(csv.DictReader(io.StringIO((tmp / "r.csv").read_text(encoding="utf-8-sig"))))
    assert {r["kind"] for r in rows} == {"actor", "claim"}
    assert _cli(["export", "--store", store, "--format", "html", "-o", str(tmp / "s.html"), "--sections", "claims"], monkeypatch) == 0
    assert "Actors index" not in (tmp / "s.html").read_text() and "Claims" in (tmp / "s.html").read_text()
    assert _cli(["export", "--store", store, "--format", "html", "-o", str(tmp / "x.html"), "--sections", "nope"], monkeypatch) == 1
    assert "unknown section" in capsys.readouterr().err
    assert _cli(["export", "--store", store, "--format", "rtf", "-o", str(tmp / "x")], monkeypatch) == 2
    assert _cli(["export", "--store", store, "--format", "md", "-o", str(tmp / "missing" / "x.md")], monkeypatch) == 1


def test_cli_module_does_not_import_qt_widgets():
    code = "import sys, desktop.cli.export, desktop.export.run, desktop.export.html, desktop.export.pdf, desktop.export.docx, desktop.export.w3c; print('PySide6.QtWidgets' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# -- properties ---------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_safe_filename_is_always_a_plain_name(title):
    name = safe_filename(title, ".pdf")
    stem = name[: -len(".pdf")]
    assert stem and not stem.startswith(".") and not stem.endswith((".", " "))
    assert not any(c in name for c in '/\\:*?"<>|') and ".." not in stem
    assert all(ord(c) >= 32 for c in name) and len(name) <= 84


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 40), st.integers(1, 20)), max_size=12))
def test_segments_cover_each_offset_with_exactly_its_spans(raw):
    spans = [(s, min(s + n, 50)) for s, n in raw]
    segs = segments(50, spans)
    assert segs[0].start == 0 and segs[-1].end == 50
    assert all(a.end == b.start for a, b in zip(segs, segs[1:]))
    for seg in segs:
        for pos in (seg.start, seg.end - 1):
            assert set(seg.active) == {i for i, (s, e) in enumerate(spans) if s <= pos < e}
        starts = [spans[i][0] for i in seg.active]
        assert starts == sorted(starts)  # outer (earlier) spans open first


def test_timeline_figure_is_embedded_when_there_are_dated_events(qapp, report):
    # qapp first: the renderer would otherwise make a bare QGuiApplication, and a
    # later QApplication (pytest-qt) in the same process aborts.
    pytest.importorskip("desktop.timeline.render", reason="the timeline renderer is not in this build")
    import pymupdf
    from lxml import html as lxml_html

    service, doc_id, _tags, _ = report
    d = service.tag_quote(doc_id, "date", "Customs")  # any span: the attributes carry the date
    service.edit_tag(d.id, attributes={"start": "2025-05-22", "end": "2025-05-22", "precision": "day", "what": "<b>talks</b>"})
    model = _model(service)
    assert model.timeline_png and model.timeline_png.startswith(b"\x89PNG")
    tree = lxml_html.fromstring(render(model, "html"))
    assert tree.xpath('//h2[@id="sec-timeline"]') and tree.xpath('//img[starts-with(@src, "data:image/png;base64,")]')
    pdf = pymupdf.open(stream=render(model, "pdf"), filetype="pdf")
    assert sum(len(p.get_images()) for p in pdf) >= 1
    assert _model(service, sections=("cover",)).timeline_png is None


@pytest.mark.parametrize("name", ["kk_akorda_news.txt", "tr_boun_news.txt", "ru_gsd_numbers.txt"])
def test_unicode_documents_export_their_quotes(service, name):
    import pymupdf
    import docx

    sample = SHARED / "corpus" / "unicode" / name
    if not sample.exists():
        pytest.skip(f"{sample} is absent (shared corpus not present)")
    doc_id = service.import_files([sample])[0].document.id
    text = service.text(doc_id)
    words = [w for w in text.split() if len(w) > 6 and w.isalpha()][:3]
    tags = [service.tag_quote(doc_id, "actor", w, note=f"заметка {w}") for w in words]
    model = _model(service)
    pdf_text = " ".join(p.get_text() for p in pymupdf.open(stream=render(model, "pdf"), filetype="pdf"))
    docx_doc = docx.Document(io.BytesIO(render(model, "docx")))
    highlighted = "".join(r.text for p in docx_doc.paragraphs for r in p.runs if r.font.highlight_color)
    html_text = render(model, "html").decode()
    for t in tags:
        assert t.exact in pdf_text and t.exact in highlighted and t.exact in html_text
        assert f"заметка {t.exact}" in pdf_text


def test_date_window_and_document_choice(report):
    import datetime as dt

    from desktop.store import StoreError

    service, doc_id, tags, _ = report
    today = dt.datetime.now(dt.timezone.utc).date()
    day = dt.timedelta(days=1)
    assert len(_model(service, since=str(today), until=str(today)).all_tags()) == len(tags)
    assert _model(service, since=str(today + day)).all_tags() == []
    assert _model(service, until=str(today - day)).all_tags() == []
    assert [d.id for d in _model(service, document_ids=(doc_id,)).documents] == [doc_id]
    with pytest.raises(StoreError):
        _model(service, document_ids=("no-such-document",))


def test_pdf_timeline_heading_is_on_the_page_of_its_figure(qapp, report):
    """The Timeline heading was left alone at a page's foot, its figure on the next page."""
    pytest.importorskip("desktop.timeline.render", reason="the timeline renderer is not in this build")
    import pymupdf

    service, doc_id, _tags, _ = report
    d = service.tag_quote(doc_id, "date", "Customs")
    service.edit_tag(d.id, attributes={"start": "2025-05-22", "end": "2025-05-22", "precision": "day", "what": "talks"})
    figure = service.tag_quote(doc_id, "figure", "orientation")
    for words in (0, 10, 200):  # a few layouts: the heading lands at different heights (0 and 10 orphaned it)
        service.edit_tag(figure.id, note="word " * words)
        pdf = pymupdf.open(stream=render(_model(service), "pdf"), filetype="pdf")
        [page] = [page - 1 for _level, title, page in pdf.get_toc() if title == "Timeline"]
        assert pdf[page].get_images(), f"the Timeline heading on page {page + 1} has no figure below it"
