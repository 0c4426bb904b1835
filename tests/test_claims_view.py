"""The Claims dock in the real window: every claim with asserter, reference, grading; filter, sort, click, copy."""

from __future__ import annotations

import csv
import io

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.model import Document
from desktop.service import library as lib
from desktop.service.meaning import Meaning
from tests.test_ui import close_window, home, open_window  # noqa: F401 (fixture)
from tests.test_window_features import tag_by_keys


def _show_claims(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.claims_dock.isVisible(), timeout=3000)
    qtbot.waitUntil(lambda: window.claims_view.model.total > 0, timeout=3000)
    return window.claims_view


def test_claims_view_lists_filters_sorts_opens_and_copies(qtbot, home):
    window = open_window(qtbot)
    try:
        seed = window.current_doc
        first = tag_by_keys(qtbot, window, "grain shipments to Tajikistan", Qt.Key.Key_C)
        second = tag_by_keys(qtbot, window, "Kazakhstan", Qt.Key.Key_C, occurrence=3)
        meaning = Meaning(window.service)
        meaning.set_attributes(second.id, {"reliability": "B", "credibility": 2, "topics": ["trade", "rail"]})
        other, _ = window.service.import_document(
            Document(title="Other paper", text="Ministers said exports doubled.", format="txt",
                     metadata={"author": "Ann Lee", "published": "2025-05-22"})
        )
        third = window.service.tag_quote(other.id, "claim", "exports doubled")

        view = _show_claims(qtbot, window)
        model = view.model
        assert {c.tag_id for c in model.shown_rows()} == {first.id, second.id, third.id}
        by_id = {c.tag_id: c for c in model.shown_rows()}
        assert by_id[second.id].grading == "B2" and by_id[second.id].topics == "trade, rail"
        assert by_id[third.id].asserted_by == "Ann Lee" and by_id[third.id].date == "2025-05-22"

        # filter in one column
        view.column_box.setCurrentIndex(view.column_box.findData(6))  # Topics
        view.column_box.activated.emit(view.column_box.currentIndex())
        qtbot.keyClicks(view.filter, "rail")
        assert [c.tag_id for c in model.shown_rows()] == [second.id]
        view.filter.clear()
        view.column_box.setCurrentIndex(0)
        view.column_box.activated.emit(0)
        assert model.rowCount() == 3

        # sort by the Claim column with a header click, both ways
        header = view.table.horizontalHeader()
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=header.rect().topLeft() + _x(header, 2))
        quotes = [c.quote for c in model.shown_rows()]
        assert quotes in (sorted(quotes, key=str.casefold), sorted(quotes, key=str.casefold, reverse=True))

        # Ctrl+C copies the shown rows as CSV
        view.table.setFocus()
        qtbot.keyClick(view.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
        rows = list(csv.DictReader(io.StringIO(QApplication.clipboard().text())))
        assert [r["tag_id"] for r in rows] == [c.tag_id for c in model.shown_rows()]

        # a click opens the passage of the other document and selects the claim
        row = model.row_of(third.id)
        rect = view.table.visualRect(model.index(row, 2))
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.waitUntil(lambda: window.current_doc == other.id, timeout=3000)
        assert window.panel.current_tag_id() == third.id

        # deleting the other document takes its claim out of the view (after the views catch up)
        lib.delete_documents(window.service, [other.id])
        window._refresh_library_views()
        assert {c.tag_id for c in model.shown_rows()} == {first.id, second.id}
        assert seed in {c.document_id for c in model.shown_rows()}
        view.grab().save("/tmp/claims_view.png")
    finally:
        close_window(window)


def _x(header, section: int):
    from PySide6.QtCore import QPoint

    return QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2, header.height() // 2)


def test_a_large_library_shows_the_first_claims_at_once_and_the_rest_from_a_worker(qtbot, service):
    from desktop.model import Annotation
    from desktop.store import new_id, now_iso
    from desktop.ui.claims_view import ClaimsView
    from desktop.ui.row_table import FIRST_PAGE

    text = "claim " * 700
    info, _ = service.import_document(Document(title="Many claims", text=text, format="txt"))
    stamp = now_iso()
    service.store.insert_annotations(
        Annotation(new_id(), info.id, "claim", i * 6, i * 6 + 5, "claim", "", "", "", {}, "T", stamp, stamp)
        for i in range(FIRST_PAGE + 100)
    )
    view = ClaimsView(service)
    qtbot.add_widget(view)
    view.refresh()
    assert view.model.rowCount() == FIRST_PAGE and not view.model.complete
    assert "loading" in view.count_label.text()
    qtbot.waitUntil(lambda: view.model.complete, timeout=10000)
    assert view.model.rowCount() == FIRST_PAGE + 100
    assert "loading" not in view.count_label.text()
