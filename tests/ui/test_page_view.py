"""The PDF page view on a PDF generated here: lazy pages, zoom, go-to-page, highlights, tagging."""

from __future__ import annotations

import pymupdf
import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QColor, QMouseEvent

from desktop.ui.page_view import PageView, text_flags

from pathlib import Path

SHOT_DIR = Path("/tmp/claimline-shots")  # screenshots for a look, when the folder exists
PAGES = 9
SCANNED = PAGES  # the last page (1-based) is blank: no text layer


def _prose(page: int) -> str:
    return (
        f"Section {page}. The grain trade between Kazakhstan and Tajikistan grew by twenty percent "
        f"in one year, officials of page {page} said in Astana. "
    ) * 6


def build_pdf(path) -> None:
    doc = pymupdf.open()
    for n in range(1, PAGES + 1):
        page = doc.new_page()
        if n == 2:
            # A hyphenated line end and a sentence that runs on to page 3.
            page.insert_text((72, 90), "The minister spoke of an exam-\nple of customs reform.", fontsize=12)
            page.insert_textbox(pymupdf.Rect(72, 140, 523, 700), _prose(n), fontsize=11)
            page.insert_text((72, 760), "Closing words of page two", fontsize=11)
        elif n == 4:
            # Two columns: the left one must come first in the text.
            left = "LEFTSTART " + "Customs officers in the left column checked grain wagons. " * 10 + "LEFTEND"
            right = "RIGHTSTART " + "Railway staff in the right column counted the trains. " * 10 + "RIGHTEND"
            page.insert_textbox(pymupdf.Rect(50, 72, 290, 770), left, fontsize=10)
            page.insert_textbox(pymupdf.Rect(310, 72, 550, 770), right, fontsize=10)
        elif n != SCANNED:
            page.insert_textbox(pymupdf.Rect(72, 72, 523, 770), _prose(n), fontsize=11)
    doc.save(str(path))
    doc.close()


@pytest.fixture
def pdf_doc(service, tmp_path):
    path = tmp_path / "report.pdf"
    build_pdf(path)
    outcome = service.import_files([path])[0]
    assert outcome.error is None, outcome.error
    doc = service.document(outcome.document.id)
    assert doc.info.metadata["pages_without_text"] == [SCANNED]
    return service, doc, path


@pytest.fixture
def view(qtbot, pdf_doc):
    service, doc, path = pdf_doc
    widget = PageView()
    qtbot.add_widget(widget)
    widget.set_kinds(service.kinds())
    widget.resize(700, 800)
    widget.show()
    qtbot.wait_exposed(widget)
    assert widget.open_document(path, doc.text, doc.pages, service.tags(doc.id))
    return widget


def _send(view: PageView, kind: QEvent.Type, point, buttons) -> None:
    from PySide6.QtWidgets import QApplication

    vp = view.canvas.viewport()
    p = QPointF(point)
    event = QMouseEvent(
        kind, p, vp.mapToGlobal(p), Qt.MouseButton.LeftButton, buttons, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(vp, event)


def drag(view: PageView, a, b) -> None:
    held = Qt.MouseButton.LeftButton
    _send(view, QEvent.Type.MouseButtonPress, a, held)
    _send(view, QEvent.Type.MouseMove, (a + b) / 2, held)
    _send(view, QEvent.Type.MouseMove, b, held)
    _send(view, QEvent.Type.MouseButtonRelease, b, Qt.MouseButton.NoButton)


def paint(view: PageView) -> None:
    view.canvas.viewport().grab()  # runs paintEvent now


def test_pages_render_lazily_within_the_memory_bound(qtbot, pdf_doc):
    service, doc, path = pdf_doc
    widget = PageView()
    qtbot.add_widget(widget)
    widget.resize(700, 800)
    widget.show()
    qtbot.wait_exposed(widget)
    assert widget.open_document(path, doc.text, doc.pages)
    paint(widget)
    first = set(widget.visible_pages())
    assert widget._cache.pages() == first and first <= {0, 1}
    widget.go_to_page(6)
    paint(widget)
    assert widget.current_page() == 6 and widget.page_box.value() == 6
    assert widget._cache.pages() - first == set(widget.visible_pages())
    assert 2 not in widget._cache.pages() and 3 not in widget._cache.pages()  # skipped, never rendered
    rendered = widget.render_count
    paint(widget)
    assert widget.render_count == rendered  # served from the cache
    one_page = widget._cache.used // len(widget._cache)
    # A budget of 2.5 pages: scrolling through every page keeps at most two.
    widget._cache.limit = int(one_page * 2.5)
    widget._cache.clear()
    for number in range(1, PAGES + 1):
        widget.go_to_page(number)
        paint(widget)
        assert widget._cache.used <= widget._cache.limit and len(widget._cache) <= 2
    assert widget.page_count == PAGES


def test_every_word_box_maps_to_its_text(view, pdf_doc):
    service, doc, path = pdf_doc
    text = doc.text
    pdf = pymupdf.open(str(path))
    for page in range(PAGES - 1):
        words = view.words(page)
        raw = pdf[page].get_text("words", flags=text_flags(pymupdf))
        assert len(words) == len(raw) > 20
        end = doc.pages[page + 1]
        for w in words:
            assert doc.pages[page] <= w.start < w.end <= end
            assert text[w.start:w.end].strip() == text[w.start:w.end]
    # The hyphenated "exam-" / "ple" are the two halves of "example" in the text.
    halves = [w for w in view.words(1) if text[w.start:w.end] in ("exam", "ple")]
    assert "".join(text[w.start:w.end] for w in halves) == "example"
    assert halves[0].end == halves[1].start and halves[0].line != halves[1].line
    # Column order: every left-column word comes before every right-column word.
    col = view.words(3)
    left_end = next(w for w in col if text[w.start:w.end] == "LEFTEND")
    right_start = next(w for w in col if text[w.start:w.end] == "RIGHTSTART")
    assert left_end.end < right_start.start and right_start.x0 > left_end.x1 - 100
    assert not view.has_text_layer(SCANNED - 1)


def test_zoom_keys_wheel_and_fit(qtbot, view):
    canvas = view.canvas
    canvas.setFocus()
    view.set_zoom(1.0)
    qtbot.keyClick(canvas, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == pytest.approx(1.2)
    qtbot.keyClick(canvas, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(canvas, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == pytest.approx(1 / 1.2)
    assert view.zoom_label.text() == f"{round(100 / 1.2)}%"
    view.fit_page()
    size = view._page_pixels(0)
    vp = canvas.viewport()
    assert size.height() <= vp.height() and size.width() <= vp.width()
    assert max(size.height() / vp.height(), size.width() / vp.width()) > 0.9
    view.fit_width()
    assert abs(view._page_pixels(0).width() - (vp.width() - 24)) <= 2
    view.set_zoom(100)
    assert view.zoom == 5.0  # clamped
    view.set_zoom(1.0)
    wheel(view, 120, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == pytest.approx(1.2)
    vbar = view.canvas.verticalScrollBar()
    before = vbar.value()
    wheel(view, -120, Qt.KeyboardModifier.NoModifier)  # a plain wheel scrolls
    assert view.zoom == pytest.approx(1.2) and vbar.value() > before


def wheel(view: PageView, delta: int, modifiers) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    pos = QPointF(100, 100)
    event = QWheelEvent(
        pos, view.canvas.viewport().mapToGlobal(pos), QPoint(0, 0), QPoint(0, delta),
        Qt.MouseButton.NoButton, modifiers, Qt.ScrollPhase.NoScrollPhase, False,
    )
    QApplication.sendEvent(view.canvas.viewport(), event)


def test_ctrl_g_goes_to_the_typed_page(qtbot, view):
    view.canvas.setFocus()
    qtbot.keyClick(view.canvas, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert view.page_box.hasFocus()
    qtbot.keyClicks(view.page_box, "7")
    qtbot.keyClick(view.page_box, Qt.Key.Key_Return)
    assert view.current_page() == 7
    vbar = view.canvas.verticalScrollBar()
    assert vbar.value() == view._tops[6] - 12


def test_scanned_page_is_flagged(view):
    view.go_to_page(SCANNED)
    assert view.current_page() == SCANNED
    assert "No text layer" in view.notice.text()
    view.go_to_page(1)
    assert view.notice.text() == ""


def _pixel(view, point) -> QColor:
    image = view.canvas.viewport().grab().toImage()
    point = point * image.devicePixelRatio()
    return image.pixelColor(point)


def test_tag_is_drawn_over_its_words_across_lines(qtbot, view, pdf_doc):
    service, doc, path = pdf_doc
    view.go_to_page(2)
    tag = service.tag_quote(doc.id, "figure", "example of customs")
    word_rects = view.word_rects(tag.start, tag.end)
    assert len(word_rects) == 4 and {p for p, _ in word_rects} == {1}
    lines = {round(r.y()) for _, r in word_rects}
    assert len(lines) == 2  # "exam-" on one line, "ple of customs" on the next
    probe = word_rects[1][1].center().toPoint()
    probe.setY(probe.y() - 3)  # above the glyph baseline, inside the box
    before = _pixel(view, probe)
    view.upsert_tag(tag)
    after = _pixel(view, probe)
    green = QColor("#4cc38a")
    assert after != before
    # Tinted toward the figure colour: more green than red and blue.
    assert after.green() > after.red() and after.green() > after.blue()
    assert abs(after.green() - green.green()) < abs(before.green() - green.green()) + 60
    # A tag running over a page break has boxes on both pages.
    start = doc.text.index("Closing words of page two")
    end = doc.text.index("Section 3.") + len("Section 3.")
    spanning = service.tag(doc.id, "claim", start, end)
    assert {p for p, _ in view.word_rects(spanning.start, spanning.end)} == {1, 2}


def test_drag_select_and_key_tags_the_right_offsets(qtbot, view, pdf_doc):
    service, doc, path = pdf_doc
    text = doc.text
    view.go_to_page(4)
    a = text.index("LEFTEND")
    b = text.index("RIGHTSTART") + len("RIGHTSTART")
    made = []
    view.tag_requested.connect(lambda kind: made.append(service.tag(doc.id, kind, *view.selected_span())))
    with qtbot.wait_signal(view.selection_changed):
        drag(view, QPointF(view.point_of(a)), QPointF(view.point_of(b - 1)))
    assert view.selected_span() == (a, b)
    view.canvas.setFocus()
    qtbot.keyClick(view.canvas, Qt.Key.Key_C)
    assert len(made) == 1
    stored = service.tags(doc.id)
    assert [(t.kind, t.start, t.end) for t in stored] == [("claim", a, b)]
    assert stored[0].exact.startswith("LEFTEND") and stored[0].exact.endswith("RIGHTSTART")
    # A click (no drag) on the new highlight reports the tag.
    view.set_tags(stored)
    with qtbot.wait_signal(view.tag_activated) as signal:
        point = QPointF(view.point_of(a + 1))
        _send(view, QEvent.Type.MouseButtonPress, point, Qt.MouseButton.LeftButton)
        _send(view, QEvent.Type.MouseButtonRelease, point, Qt.MouseButton.NoButton)
    assert signal.args == [stored[0].id]
    assert view.selected_span() is None


def test_view_position_round_trips_through_text_offsets(view, pdf_doc):
    service, doc, path = pdf_doc
    target = doc.text.index("officials of page 6 said")
    view.scroll_to_offset(target)
    assert view.current_page() == 6
    top = view.top_offset()
    assert doc.pages[5] <= top <= target
    view.set_zoom(2.0)
    assert view.current_page() == 6  # zoom keeps the page in view


def test_missing_or_locked_file_shows_a_message(qtbot, tmp_path):
    widget = PageView()
    qtbot.add_widget(widget)
    assert not widget.open_document(tmp_path / "gone.pdf", "x", (0,))
    assert "cannot be shown" in widget.message and widget.page_count == 0
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "secret")
    locked = tmp_path / "locked.pdf"
    doc.save(str(locked), encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="pw", owner_pw="pw")
    assert not widget.open_document(locked, "secret", (0,))
    assert "password" in widget.message
    assert widget.open_document(locked, "secret", (0,), password="pw")
    assert widget.page_count == 1 and widget.words(0)[0].start == 0


def test_epub_opens_with_the_importers_pages_and_word_boxes(qtbot, service, tmp_path):
    """An EPUB (issue 3): laid out as on import, every word box on its text, tags drawn."""
    from tests.importers.importer_helpers import make_epub

    words = " ".join(f"grain{n}" for n in range(900))
    chapters = [
        ("The Grain Corridor", ["Wheat exports from Kazakhstan rose by twenty percent in 2024.", words]),
        ("Customs and Tariffs", ["Ministers met in Dushanbe to discuss tariffs on flour and cotton."]),
    ]
    path = tmp_path / "corridor.epub"
    path.write_bytes(make_epub(chapters))
    outcome = service.import_files([path])[0]
    assert outcome.error is None, outcome.error
    doc = service.document(outcome.document.id)
    assert doc.info.format == "epub" and len(doc.pages) == doc.info.metadata["page_count"] > 2
    widget = PageView()
    qtbot.add_widget(widget)
    widget.set_kinds(service.kinds())
    widget.resize(700, 800)
    widget.show()
    qtbot.wait_exposed(widget)
    assert widget.open_document(path, doc.text, doc.pages, service.tags(doc.id)), widget.message
    assert widget.page_count == len(doc.pages)
    book = pymupdf.open(str(path))
    from desktop.importers.epub import LAYOUT

    book.layout(**LAYOUT)
    for page in range(widget.page_count):
        boxes = widget.words(page)
        raw = book[page].get_text("words", flags=text_flags(pymupdf))
        assert len(boxes) == len(raw) > 0
        end = doc.pages[page + 1] if page + 1 < len(doc.pages) else len(doc.text)
        for w, r in zip(boxes, sorted(raw, key=lambda r: (r[5], r[6], r[7])), strict=True):
            assert doc.pages[page] <= w.start < w.end <= end
            assert doc.text[w.start:w.end] == r[4]
    # A tag's span has boxes, on the page of the import's page map.
    tag = service.tag_quote(doc.id, "claim", "discuss tariffs on flour")
    rects = widget.word_rects(tag.start, tag.end)
    assert len(rects) == 4 and {p for p, _ in rects} == {len(doc.pages) - 1}
    widget.upsert_tag(tag)
    widget.reveal_tag(tag.id)
    assert widget.current_page() == len(doc.pages)
    paint(widget)
    # A tag running over a page break of the long chapter has boxes on both pages.
    start = doc.pages[1] - 30
    spanning = service.tag(doc.id, "figure", start, doc.pages[1] + 20)
    assert {p for p, _ in widget.word_rects(spanning.start, spanning.end)} == {0, 1}
    # The file's bytes open the same way (and a misnamed file is sniffed).
    assert widget.open_document(None, doc.text, doc.pages, data=path.read_bytes())
    assert widget.page_count == len(doc.pages) and widget.word_rects(tag.start, tag.end)
    misnamed = tmp_path / "corridor.bin"
    misnamed.write_bytes(path.read_bytes())
    assert widget.open_document(misnamed, doc.text, doc.pages)
    assert len(widget.word_rects(tag.start, tag.end)) == 4


@pytest.mark.parametrize(
    "name, pages",
    [("layout--tracemonkey.pdf", 14), ("long--freeculture.pdf", 25), ("cjk--XiaoBiaoSong.pdf", 1), ("rtl--issue11656.pdf", 1)],
)
def test_word_boxes_of_real_pdfs_map_to_the_imported_text(name, pages):
    """Real PDFs nobody here wrote (two columns, a book, CJK, RTL): boxes land on their words."""
    from desktop.importers import load
    from desktop.importers.pdf import page_flags
    from desktop.pdfwords import map_words
    from tests.conftest import SHARED

    path = SHARED / "corpus" / "pdfs" / name
    if not path.exists():
        pytest.skip(f"shared corpus not found at {path.parent}")
    doc = load(path)
    pdf = pymupdf.open(str(path))
    flags = text_flags(pymupdf)
    total = mapped = 0
    for i in range(min(pages, pdf.page_count)):
        page = pdf[i]
        page_flags_used, _ = page_flags(page, flags)  # as the importer and the page view decide
        raw = page.get_text("words", flags=page_flags_used)
        tokens = {tuple(w[:4]): w[4] for w in raw}
        end = doc.pages[i + 1] if i + 1 < len(doc.pages) else len(doc.text)
        words = map_words(page.get_text("blocks", flags=page_flags_used), raw, page.rect.x0, page.rect.width,
                          doc.text[doc.pages[i]:end], doc.pages[i])
        total += len(raw)
        mapped += len(words)
        for w in words:
            token = tokens[(w.x0, w.y0, w.x1, w.y1)]
            assert doc.text[w.start:w.end] in (token, token[:-1]), (i, token)
    assert total and mapped / total >= 0.99


# -- metadata panel and orphan list (the document panel) ---------------------------


def test_metadata_panel_edits_are_stored(qtbot, seeded):
    from desktop.service import ServiceError
    from desktop.service.metadata import document_metadata, update_metadata
    from desktop.ui.metadata_panel import MetadataPanel

    service, doc_id = seeded
    panel = MetadataPanel()
    qtbot.add_widget(panel)
    panel.show()

    def apply(doc: str, changes: dict) -> None:
        try:
            update_metadata(service, doc, **changes)
        except ServiceError as exc:
            panel.show_error(str(exc))
            return
        info = service.document(doc).info
        panel.show_document(doc, document_metadata(service, doc), info.source)

    panel.metadata_edit_requested.connect(apply)
    info = service.document(doc_id).info
    panel.show_document(doc_id, document_metadata(service, doc_id), info.source)
    assert panel.edits["title"].text() == info.title and not panel.save_button.isEnabled()
    author = panel.edits["author"]
    author.selectAll()
    qtbot.keyClicks(author, "Dilara Kecialan")
    assert panel.save_button.isEnabled()
    qtbot.keyClicks(panel.edits["published"], "3 July 2025")
    qtbot.keyClick(panel.edits["published"], Qt.Key.Key_Return)
    stored = document_metadata(service, doc_id)
    assert stored["author"] == "Dilara Kecialan" and stored["published"] == "2025-07-03"
    assert panel.edits["published"].text() == "2025-07-03" and not panel.save_button.isEnabled()
    # A bad language is refused with a message; the store keeps the old value.
    qtbot.keyClicks(panel.edits["language"], "not a language")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert "language" in panel.error.text() and "language" not in document_metadata(service, doc_id)
    qtbot.mouseClick(panel.revert_button, Qt.MouseButton.LeftButton)
    assert panel.edits["language"].text() == "" and panel.error.text() == ""
    panel.resize(420, 300)
    if SHOT_DIR.exists():
        panel.grab().save(str(SHOT_DIR / "metadata_panel.png"))


def test_orphan_list_reattaches_to_the_selection(qtbot, seeded, tmp_path):
    from desktop.service.reimport import orphans, reattach, reimport
    from desktop.ui.metadata_panel import OrphanList
    from tests.conftest import SEED

    service, doc_id = seeded
    gone = service.tag_quote(doc_id, "claim", "limited institutional capacity", note="check")
    text = SEED.read_text(encoding="utf-8").replace("and limited institutional capacity ", "")
    newer = tmp_path / "v2.txt"
    newer.write_text(text, encoding="utf-8")
    assert reimport(service, doc_id, newer).orphaned == 1
    widget = OrphanList()
    qtbot.add_widget(widget)
    widget.show()
    widget.set_orphans(orphans(service, doc_id))
    assert widget.list.count() == 1 and "limited institutional capacity" in widget.list.item(0).text()
    assert "1 orphaned" in widget.heading.text()
    new_text = service.text(doc_id)
    span = (new_text.index("inadequate infrastructure"), new_text.index("inadequate infrastructure") + 25)
    widget.reattach_requested.connect(lambda tag_id: reattach(service, tag_id, *span))
    widget.list.setCurrentRow(0)
    assert not widget.reattach_button.isEnabled()  # nothing selected in the reader yet
    widget.set_selection_available(True)
    with qtbot.wait_signal(widget.reattach_requested):
        qtbot.mouseClick(widget.reattach_button, Qt.MouseButton.LeftButton)
    tag = service.get_tag(gone.id)
    assert not tag.orphaned and tag.exact == "inadequate infrastructure" and tag.note == "check"
    widget.set_orphans(orphans(service, doc_id))
    assert widget.list.count() == 0 and service.check() == []


# -- in the main window (runs once the window has the page view wired in) -----------------


def _window_with_pdf(qtbot, tmp_path):
    from PySide6.QtWidgets import QApplication

    from desktop.app import create_window, make_application
    from desktop.ui.main_window import MainWindow

    if not hasattr(MainWindow, "set_page_mode"):
        pytest.skip("the main window has no page view yet (integration diff of issue 3 not applied)")
    path = tmp_path / "report.pdf"
    build_pdf(path)
    make_application()
    window = create_window(str(tmp_path / "w.claimline"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    outcome = window.service.import_files([path])[0]
    window.refresh_library()
    window.open_document(outcome.document.id)
    return window, outcome.document.id, path


def test_window_page_view_toggle_tag_and_reimport(qtbot, tmp_path):
    window, doc_id, path = _window_with_pdf(qtbot, tmp_path)
    try:
        service = window.service
        text = service.text(doc_id)
        assert window.page_view_action.isEnabled()
        view = window.page_view
        target = text.index("officials of page 5 said")
        window.reader.scroll_to_offset(target)
        window.page_view_action.setChecked(True)  # View → Page view keeps the place
        assert window.views.currentWidget() is view and view.current_page() == 5
        # Drag over words on the page, press C: the window's Tag action tags those offsets.
        a = text.index("LEFTEND")
        b = text.index("RIGHTSTART") + len("RIGHTSTART")
        view.go_to_page(4)
        drag(view, QPointF(view.point_of(a)), QPointF(view.point_of(b - 1)))
        assert window.kind_actions["claim"].isEnabled()
        view.canvas.setFocus()
        qtbot.keyClick(view.canvas, Qt.Key.Key_C)
        tags = service.tags(doc_id)
        assert [(t.kind, t.start, t.end) for t in tags] == [("claim", a, b)]
        assert tags[0].id in view._tags and tags[0].id in window.reader._tags  # shown in both views
        window.page_view_action.setChecked(False)
        assert window.views.currentWidget() is window.reader
        assert abs(window.reader.top_offset() - view.top_offset()) < 400
        # Re-import an edited PDF: the tag survives, the report is shown.
        doc = pymupdf.open(str(path))
        page = doc[0]
        page.insert_text((72, 60), "Revised edition", fontsize=9)
        newer = tmp_path / "report-v2.pdf"
        doc.save(str(newer))
        task = window.imports.reimport_file(str(newer))
        assert task is not None and task.wait(30000)
        report = window.imports.last_report
        assert report is not None and report.version == 2 and report.exact == 1
        assert "Version 2" in window.statusBar().currentMessage()
        # Metadata edited in the Document tab is stored.
        window.side.setCurrentWidget(window.document_pane)
        meta = window.document_pane.metadata
        meta.edits["author"].setText("Ministry of Agriculture")
        meta.save()
        assert service.document(doc_id).info.metadata["author"] == "Ministry of Agriculture"
    finally:
        window.close()
        window.store.close()


def test_a_document_whose_original_is_the_open_store_is_not_opened(qtbot, tmp_path):
    """A document's source path that is now the store open in this window: MuPDF's open and
    close of it dropped this process's SQLite locks, and another process deleted the -wal
    under the window's connection.  The view says why and leaves the file unopened."""
    from desktop.store import open_store
    from tests.store.test_safety_store import meta_keys_seen_by_another_process, set_meta_in_another_process

    path = tmp_path / "report.pdf"
    open_store(path).close()
    window = open_store(path)
    window.set_meta("k0", "v")
    widget = PageView()
    qtbot.add_widget(widget)
    assert not widget.open_document(path, "text", [0])
    assert "Claimline store" in widget.message
    set_meta_in_another_process(path, "k1")
    assert Path(str(path) + "-wal").exists()
    window.set_meta("k2", "v")
    window.close()
    assert meta_keys_seen_by_another_process(path) == ["k0", "k1", "k2"]
