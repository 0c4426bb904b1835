"""The library in the real window: search and open a hit, find in document, collections by drag, delete with undo."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from desktop.model import Document
from desktop.service import library as lib
from desktop.ui.library_panel import COLLECTION_ROLE
from desktop.ui.search_panel import HTML_ROLE
from tests.ui.test_ui import close_window, home, open_window  # noqa: F401 (fixture)

OTHER = "Ankara'daki toplantıda İSTANBUL limanı ve tahıl koridoru konuşuldu. Istanbul yine gündemde."


def _import_other(window) -> str:
    info, _ = window.service.import_document(
        Document(title="Liman raporu", text=OTHER, format="txt", metadata={"author": "Ayşe", "language": "tr"})
    )
    window.refresh_library()
    return info.id


def test_search_field_enter_opens_the_hit_and_flashes_it(qtbot, home):
    window = open_window(qtbot)
    try:
        seed = window.current_doc
        other = _import_other(window)
        assert window.current_doc == seed
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        field = window.library.search.field
        assert field.hasFocus()
        qtbot.keyClicks(field, "istanbul")
        qtbot.keyClick(field, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.current_doc == other, timeout=3000)
        start, end = window.reader.selected_span()
        assert OTHER[start:end] == "İSTANBUL"
        assert window.reader.flashing()
        results = window.library.search.model
        assert results.rowCount() == 1 and results.item(0).rowCount() == 2  # one document, two hits
        assert window.library.search.status.text() == "Hits: 2 · documents: 1"
        window.grab().save("/tmp/library_search.png")

        # Down into the hits, Enter on the second: the reader moves there
        qtbot.keyClick(field, Qt.Key.Key_Down)
        tree = window.library.search.results
        qtbot.keyClick(tree, Qt.Key.Key_Down)
        qtbot.keyClick(tree, Qt.Key.Key_Return)
        start, end = window.reader.selected_span()
        assert (OTHER[start:end], start) == ("Istanbul", OTHER.index("Istanbul"))

        # a bad query says why, and opens nothing
        field.clear()
        qtbot.keyClicks(field, "NOT limani")
        qtbot.keyClick(field, Qt.Key.Key_Return)
        assert "NOT needs words" in window.library.search.status.text()
    finally:
        close_window(window)


def test_ctrl_f_finds_in_the_document_with_next_and_previous(qtbot, home):
    window = open_window(qtbot)
    try:
        other = _import_other(window)
        window.open_document(other)
        window.reader.setFocus()
        qtbot.keyClick(window.reader, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        bar = window.library_controller.find_bar
        assert bar.isVisible() and bar.field.hasFocus()
        qtbot.keyClicks(bar.field, "istanbul")
        first, second = OTHER.index("İSTANBUL"), OTHER.index("Istanbul")
        assert bar.hits() == [(first, first + 8), (second, second + 8)]
        assert window.reader.selected_span() == (first, first + 8)
        assert bar.count.text() == "1 of 2"
        qtbot.keyClick(bar.field, Qt.Key.Key_Return)
        assert window.reader.selected_span() == (second, second + 8)
        qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
        assert window.reader.selected_span() == (first, first + 8)
        qtbot.keyClick(bar.field, Qt.Key.Key_F3)
        assert bar.count.text() == "2 of 2"
        qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
        assert not bar.isVisible()
    finally:
        close_window(window)


def _drop_on(tree, item, mime) -> None:
    pos = tree.visualItemRect(item).center()
    actions = Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    viewport = tree.viewport()
    enter = QDragEnterEvent(pos, actions, mime, buttons, mods)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(pos, actions, mime, buttons, mods)
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted()
    QApplication.sendEvent(viewport, QDropEvent(pos.toPointF(), actions, mime, buttons, mods))


def test_drag_documents_into_a_collection_then_filter_and_delete_with_undo(qtbot, home):
    window = open_window(qtbot)
    try:
        seed = window.current_doc
        other = _import_other(window)
        service = window.service
        coll = lib.create_collection(service, "Ports")
        window.refresh_library()
        panel = window.library
        table = panel.table
        # select the Turkish report with a click, then drag it on "Ports"
        row = panel.model.row_of(other)
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(panel.model.index(row, 0)).center())
        assert panel.selected_document_ids() == [other]
        mime = panel.model.mimeData(table.selectionModel().selectedRows())
        target = next(i for i in panel._all_items() if getattr(i.data(0, COLLECTION_ROLE), "id", None) == coll.id)
        _drop_on(panel.collections, target, mime)
        assert lib.collection_document_ids(service, coll.id) == {other}
        window.undo_stack.undo()
        assert lib.collection_document_ids(service, coll.id) == set()
        window.undo_stack.redo()
        assert lib.collection_document_ids(service, coll.id) == {other}

        # choosing the collection shows only its documents; the filter narrows the whole library
        panel.collections.setCurrentItem(next(i for i in panel._all_items() if i.text(0) == "Ports"))
        assert [r.id for r in panel.model.shown_rows()] == [other]
        panel.choose_collection(None)
        assert panel.model.rowCount() == 2
        qtbot.keyClicks(panel.filter, "liman")
        assert [r.id for r in panel.model.shown_rows()] == [other]
        panel.filter.clear()
        window.service.tag_quote(seed, "claim", "Kazakhstan")
        window.refresh_library()
        qtbot.keyClicks(panel.filter, "claims>0")
        assert [r.id for r in panel.model.shown_rows()] == [seed]
        panel.filter.clear()
        qtbot.keyClicks(panel.filter, "liman claims=0")
        assert [r.id for r in panel.model.shown_rows()] == [other]
        panel.filter.clear()
        qtbot.keyClicks(panel.filter, "liman claims>0")
        assert panel.model.shown_rows() == []
        panel.filter.clear()

        # sort by title with a header click
        header = table.horizontalHeader()
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(header.sectionViewportPosition(0) + 20, 5))
        titles = [r.title for r in panel.model.shown_rows()]
        assert titles in (sorted(titles, key=str.casefold), sorted(titles, key=str.casefold, reverse=True))

        # select both, Delete: both go (the open one closes); Ctrl+Z brings them back
        table.setFocus()
        table.selectAll()
        qtbot.keyClick(table, Qt.Key.Key_Delete)
        assert service.documents() == [] and panel.model.rowCount() == 0
        assert window.current_doc is None
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert {d.id for d in service.documents()} == {seed, other}
        assert panel.model.rowCount() == 2
        window.grab().save("/tmp/library_panel.png")
    finally:
        close_window(window)


def test_a_large_timeline_is_built_on_a_worker_and_keeps_edits_made_meanwhile(qtbot, home, monkeypatch):
    from desktop.ui import library_controller

    monkeypatch.setattr(library_controller, "ASYNC_TIMELINE_EVENTS", 0)  # every timeline counts as large
    window = open_window(qtbot)
    try:
        doc = window.current_doc
        first = window.service.tag_quote(doc, "date", "2025")
        window.timeline_dock.show()
        window._refresh_library_views()  # what showing the dock starts (after its timer)
        assert window.library_controller.timeline_loading()  # a worker is building
        second = window.service.tag_quote(doc, "date", "2024")
        window.show_tag_state(second)  # tagged while the worker runs
        qtbot.waitUntil(lambda: not window.library_controller.timeline_loading(), timeout=10000)
        ids = {e.tag_id for e in window.timeline.timeline().events}
        assert {first.id, second.id} <= ids
    finally:
        close_window(window)


def test_opening_an_older_store_shows_the_index_being_built(qtbot, tmp_path):
    import sqlite3

    from sqlite_utils import Database

    from desktop.store import open_store
    from desktop.store.db import APPLICATION_ID
    from desktop.store.migrations import migrations
    from desktop.ui.migration_progress import MigrationProgress

    path = tmp_path / "old.claimline"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    migrations.apply(Database(conn), stop_before="m004_library")
    conn.execute("INSERT INTO meta VALUES ('store_id', 'old')")
    for i in range(300):
        conn.execute(
            "INSERT INTO documents (id, title, format, text, sha256, imported_at) VALUES (?, ?, 'txt', ?, ?, 'x')",
            (f"d{i}", f"Doc {i}", f"text {i}", f"sha{i}"),
        )
    conn.commit()
    conn.close()
    seen = []

    class Watching(MigrationProgress):
        def __call__(self, step, done, total):
            super().__call__(step, done, total)
            seen.append((self.dialog.labelText(), self.dialog.value(), self.dialog.maximum(), self.dialog.isVisible()))

    progress = Watching()
    store = open_store(path, progress=progress)
    progress.close()
    try:
        assert seen[-1] == ("Updating the store: Building the search index…", 300, 300, True)
        assert progress.dialog is None
        assert store.document_titles()["d7"] == "Doc 7"
    finally:
        store.close()


def test_review_selected_documents_against_a_colleague_store(qtbot, home, monkeypatch):
    from desktop.service import Service
    from desktop.store import new_id, open_store
    from desktop.ui import main_window
    from desktop.ui.review_view import ReviewWindow

    window = open_window(qtbot)
    try:
        seed = window.current_doc
        other = _import_other(window)
        third, _ = window.service.import_document(
            Document(title="Aktau notes", text="The harbour of Aktau grew in 2023.", format="txt", metadata={})
        )
        window.refresh_library()
        theirs_path = home / "theirs.claimline"
        window.store.copy_file_to(theirs_path)
        b = open_store(theirs_path)
        b.set_meta("store_id", new_id())
        bob = Service(b, "Bob")
        theirs = {seed: bob.tag_quote(seed, "figure", "2024").id, other: bob.tag_quote(other, "actor", "Ankara").id,
                  third.id: bob.tag_quote(third.id, "actor", "Aktau").id}
        b.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        b.close()

        # select the seed and the Turkish report (click, Ctrl+click), then review them only
        panel, table = window.library, window.library.table
        for doc, mods in ((seed, Qt.KeyboardModifier.NoModifier), (other, Qt.KeyboardModifier.ControlModifier)):
            pos = table.visualRect(panel.model.index(panel.model.row_of(doc), 0)).center()
            qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, mods, pos)
        assert set(panel.selected_document_ids()) == {seed, other}
        asked = []
        monkeypatch.setattr(main_window.QFileDialog, "getOpenFileName",
                            lambda *a, **k: (asked.append(a[1]) or str(theirs_path), ""))
        panel.review_action.trigger()
        assert asked == ["Review a colleague's store"]
        qtbot.waitUntil(lambda: bool(window.findChildren(ReviewWindow)), timeout=20000)
        review = window.findChildren(ReviewWindow)[0]
        qtbot.addWidget(review)
        items = review.session.comparison.items
        assert {i.document_id for i in items} == {seed, other}
        assert {i.theirs.id for i in items if i.status == "only_theirs"} == {theirs[seed], theirs[other]}
        assert review.doc_combo.count() == 2
        assert "2 selected documents" in review.windowTitle()
        dialog = review.show_agreement()
        assert sorted(dialog.report.documents) == sorted([seed, other])
        dialog.close()

        # accepting everything merges the two documents' tags, not the third's
        review.accept_all_nonconflicting()
        merged = {t.id for d in (seed, other, third.id) for t in window.service.tags(d)}
        assert theirs[seed] in merged and theirs[other] in merged and theirs[third.id] not in merged
        window.undo_stack.undo()
        assert theirs[seed] not in {t.id for t in window.service.tags(seed)}
        review.close()
    finally:
        close_window(window)


def test_library_table_fits_the_panel_and_remembers_the_chosen_columns(qtbot, home):
    window = open_window(qtbot)
    try:
        panel = window.library
        table = panel.table
        header = table.horizontalHeader()
        # Title and Published by default; the title takes the rest, so no sideways scrolling
        assert panel.visible_columns() == [0, 3]
        assert not table.horizontalScrollBar().isVisible()
        assert header.sectionSize(0) > 100
        # the collections tree is as tall as its rows, not a third of the panel
        assert panel.collections.height() < 4 * (panel.collections.fontMetrics().height() + 8)
        menu = panel.column_menu()
        author = next(a for a in menu.actions() if a.text() == "Author")
        assert not author.isChecked()
        author.trigger()
        assert not header.isSectionHidden(2)
        assert panel.visible_columns() == [0, 2, 3]
        menu.deleteLater()
    finally:
        close_window(window)
    window = open_window(qtbot)  # the next window shows the columns chosen
    try:
        assert window.library.visible_columns() == [0, 2, 3]
    finally:
        close_window(window)


def test_search_hits_name_the_kind_by_its_label(qtbot, home):
    window = open_window(qtbot)
    try:
        text = window.service.text(window.current_doc)
        start = text.index("product-based trade diplomacy")
        window.service.tag(window.current_doc, "claim", start, start + len("product-based trade diplomacy"))
        field = window.library.search.field
        qtbot.keyClicks(field, "diplomacy kind:claim")
        qtbot.keyClick(field, Qt.Key.Key_Return)
        model = window.library.search.model
        qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=3000)
        shown = model.item(0).child(0).data(HTML_ROLE)
        assert "tag (Claim)" in shown and "(claim)" not in shown
    finally:
        close_window(window)
