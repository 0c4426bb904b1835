"""The feature views as the user reaches them in the main window: menus, keys, docks, tabs.

Each test drives the real window and checks the store afterwards.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from desktop.store import open_store
from desktop.store.db import new_id
from tests.ui.test_timeline_ui import scene_events, viewport_point
from tests.ui.test_ui import close_window, home, open_window, select_by_keyboard  # noqa: F401 (fixture)


def menu_actions(window, title: str) -> dict[str, object]:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == title)
    return {a.text(): a for a in menu.actions() if a.text()}


def tag_by_keys(qtbot, window, quote: str, key: Qt.Key, occurrence: int = 1):
    text = window.service.text(window.current_doc)
    start = -1
    for _ in range(occurrence):
        start = text.index(quote, start + 1)
    select_by_keyboard(qtbot, window.reader, start, start + len(quote))
    qtbot.keyClick(window.reader, key)
    return next(t for t in window.service.tags(window.current_doc) if t.start == start)


def wait_for_suggestions(qtbot, window):
    # Detection starts 300 ms after the document shows: wait for it to start, then to end
    # (the worker loads the recognisers first: seconds on a busy machine).
    qtbot.waitUntil(lambda: not window.suggest.timer.isActive(), timeout=5000)
    qtbot.waitUntil(lambda: window.suggest.task is None or window.suggest.task.is_finished(), timeout=30000)
    qtbot.waitUntil(lambda: window.suggestions.suggestions() != [], timeout=5000)


def test_menus_reach_every_feature(qtbot, home):
    window = open_window(qtbot)
    try:
        file_menu = menu_actions(window, "&File")
        for label in ("&Import…", "&Re-import new version…", "&Export report…", "Re&view colleague's store…"):
            assert label in file_menu, label
        assert window.export_action.shortcut().toString() == "Ctrl+E"
        view_menu = menu_actions(window, "&View")
        for label in ("Timeline", "Entities", "Figures", "&Page view", "Underline s&uggestions", "&Language"):
            assert label in view_menu, label
        tag_menu = menu_actions(window, "&Tag")
        for label in ("&Link two tags…", "&Codebook…", "Detect &suggestions"):
            assert label in tag_menu, label
        assert [window.side.tabText(i) for i in range(window.side.count())] == ["Tags", "Suggestions", "Document"]
    finally:
        close_window(window)


def test_tagging_an_actor_shows_its_entity_in_the_form_and_the_entities_dock(qtbot, home):
    window = open_window(qtbot)
    try:
        tag = tag_by_keys(qtbot, window, "Murat Nurtleu", Qt.Key.Key_A)
        entity_id = tag.attributes["entity_id"]
        assert window.meaning.entity(entity_id).name == "Murat Nurtleu"
        qtbot.waitUntil(lambda: window.meaning_form.actor_entity.currentData() == entity_id, timeout=3000)
        qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        assert window.entities_dock.isVisible()
        qtbot.waitUntil(lambda: "Murat Nurtleu" in [
            window.entities_view.proxy.index(r, 0).data() for r in range(window.entities_view.proxy.rowCount())
        ], timeout=3000)
        # A figure typed with a scale is normalised on tagging, as from the command line.
        window.reader.setFocus()
        figure = tag_by_keys(qtbot, window, "2025", Qt.Key.Key_F)
        assert figure.attributes["value"] == 2025
    finally:
        close_window(window)


def test_link_two_selected_tags_with_ctrl_k_and_undo(qtbot, home, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    window = open_window(qtbot)
    try:
        actor = tag_by_keys(qtbot, window, "Murat Nurtleu", Qt.Key.Key_A)
        window.reader.setFocus()
        claim = tag_by_keys(qtbot, window, "a broad-based partnership has been built", Qt.Key.Key_C)
        tree = window.panel.tree
        tree.expandAll()
        for tag_id, modifier in ((claim.id, Qt.KeyboardModifier.NoModifier), (actor.id, Qt.KeyboardModifier.ControlModifier)):
            index = window.panel.model.tag_index(tag_id)
            tree.scrollTo(index)
            qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, modifier, tree.visualRect(index).center())
        assert sorted(window.panel.selected_tag_ids()) == sorted([claim.id, actor.id])
        monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("asserted_by", True))
        tree.setFocus()
        qtbot.keyClick(tree, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        links = window.meaning.links(claim.id)
        assert [(ln.source_id, ln.target_id, ln.relation) for ln in links] == [(claim.id, actor.id, "asserted_by")]
        window.undo_stack.undo()
        assert window.meaning.links(claim.id) == []
    finally:
        close_window(window)


def test_timeline_dock_follows_tagging_and_opens_the_passage(qtbot, home):
    window = open_window(qtbot)
    try:
        qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        assert window.timeline_dock.isVisible()
        window.reader.setFocus()
        date = tag_by_keys(qtbot, window, "May 22, 2025", Qt.Key.Key_D)
        # Live: the event is drawn without a reload.
        events = [e for e in window.timeline.timeline().events if e.tag_id == date.id]
        assert len(events) == 1 and events[0].start == "2025-05-22"
        # Clicking the event selects the tag and shows its passage.
        window.panel.tree.selectionModel().clearSelection()
        window.panel._set_current(None)
        bar = next(b for _lane, tag_id, _x, b in scene_events(window.timeline) if tag_id == date.id)
        qtbot.mouseClick(window.timeline.canvas.viewport(), Qt.MouseButton.LeftButton,
                         pos=viewport_point(window.timeline, bar))
        assert window.panel.current_tag_id() == date.id
        # Deleting the tag takes it off the timeline at once; undo brings it back.
        window.tagging.delete_tags([date.id])
        assert all(e.tag_id != date.id for e in window.timeline.timeline().events)
        window.undo_stack.undo()
        assert any(e.tag_id == date.id for e in window.timeline.timeline().events)
    finally:
        close_window(window)


def test_suggestions_tab_accept_with_enter_dismiss_with_backspace_and_undo(qtbot, home):
    window = open_window(qtbot)
    try:
        wait_for_suggestions(qtbot, window)
        assert window.reader.suggestion_count() == len(window.suggestions.suggestions())
        window.side.setCurrentWidget(window.suggestions)
        listing = window.suggestions.list
        listing.setFocus()
        first = window.suggestions.current_items()  # one row: a mention, or a group of them
        qtbot.keyClick(listing, Qt.Key.Key_Return)
        tags = window.service.tags(window.current_doc)
        assert sorted((t.kind, t.start, t.end) for t in tags) == sorted(s.key for s in first)
        assert not set(first) & set(window.suggestions.suggestions())
        second = window.suggestions.current_items()
        qtbot.keyClick(listing, Qt.Key.Key_Backspace)
        assert not set(second) & set(window.suggestions.suggestions())
        # Undo both: the dismissal is forgotten and the tag tombstoned; both come back to the list.
        window.undo_stack.undo()
        window.undo_stack.undo()
        assert window.service.tags(window.current_doc) == []
        assert set(first + second) <= set(window.suggestions.suggestions())
        # The underline toggle in the View menu hides the dotted underlines.
        window.underline_action.setChecked(False)
        assert window.reader.suggestion_count() == 0
        window.underline_action.setChecked(True)
        assert window.reader.suggestion_count() > 0
    finally:
        close_window(window)


def test_a_tag_made_while_detection_runs_is_not_suggested_again(qtbot, home):
    window = open_window(qtbot)
    try:
        wait_for_suggestions(qtbot, window)
        target = next(s for s in window.suggestions.suggestions() if s.kind == "date")
        window.reader.select_span(target.start, target.end)
        window.tagging.tag_selection("date")
        assert all(s.key != target.key for s in window.suggestions.suggestions())
        task = window.suggest.run()
        assert window.suggestions.summary.text() == "Looking for suggestions…"  # until the result arrives
        task.wait()
        qtbot.waitUntil(lambda: window.suggestions.suggestions() != [], timeout=5000)
        assert all(s.key != target.key for s in window.suggestions.suggestions())
    finally:
        close_window(window)


def test_document_tab_metadata_and_footnote_tooltip(qtbot, home):
    window = open_window(qtbot)
    try:
        window.side.setCurrentWidget(window.document_pane)
        meta = window.document_pane.metadata
        meta.edits["author"].setText("Aidarbek Saparov")
        meta.save()
        assert window.service.document(window.current_doc).info.metadata["author"] == "Aidarbek Saparov"
        assert window.undo_stack.undoText() == "edit document details"
        window.undo_stack.undo()
        assert "author" not in window.service.document(window.current_doc).info.metadata
        assert meta.edits["author"].text() == ""
        window.undo_stack.redo()
        assert window.service.document(window.current_doc).info.metadata["author"] == "Aidarbek Saparov"
        # Hovering a footnote marker shows its reference.
        text = window.service.text(window.current_doc)
        marker = text.index("[1]")
        reader = window.reader
        reader.scroll_to_offset(marker)
        point = reader.point_of(marker + 1)
        assert reader.footnote_tip(marker + 1).startswith("[1] ")
        event = QHelpEvent(QEvent.Type.ToolTip, point, reader.viewport().mapToGlobal(point))
        QApplication.sendEvent(reader, event)
        assert QToolTip.isVisible() and QToolTip.text().startswith("[1] ")
        assert reader.footnote_tip(text.index("Kazakhstan")) is None
    finally:
        QToolTip.hideText()
        close_window(window)


def test_export_and_review_open_from_the_file_menu(qtbot, home, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from desktop.service import Service
    from desktop.ui.export_dialog import ExportDialog
    from desktop.ui.review_view import ReviewWindow

    window = open_window(qtbot)
    try:
        qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        dialog = window.findChild(ExportDialog)
        assert dialog is not None and dialog.isVisible()
        dialog.close()
        # A colleague's copy of my store with one more tag.
        window.store.copy_file_to(tmp_path / "theirs.claimline")
        theirs = open_store(tmp_path / "theirs.claimline")
        theirs.set_meta("store_id", new_id())
        Service(theirs, "Bob").tag_quote(window.current_doc, "actor", "Astana")
        theirs.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        theirs.close()
        before = (tmp_path / "theirs.claimline").read_bytes()
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "theirs.claimline"), ""))
        menu_actions(window, "&File")["Re&view colleague's store…"].trigger()
        qtbot.waitUntil(lambda: window.findChild(ReviewWindow) is not None, timeout=20000)  # compared in the background
        review = window.findChild(ReviewWindow)
        assert review is not None and review.isVisible()
        review.accept_all_nonconflicting()
        assert [t.exact for t in window.service.tags(window.current_doc)] == ["Astana"]
        assert [t.exact for t in window.reader._tags.values()] == ["Astana"]  # the open document reloaded
        review.close()
        assert (tmp_path / "theirs.claimline").read_bytes() == before
        assert not (tmp_path / "theirs.claimline-wal").exists() and not (tmp_path / "theirs.claimline-shm").exists()
    finally:
        close_window(window)


def test_inspecting_a_store_writes_nothing_next_to_it(tmp_path):
    from desktop.store.db import inspect_store

    store = open_store(tmp_path / "a.claimline")
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    for suffix in ("-wal", "-shm"):
        (tmp_path / f"a.claimline{suffix}").unlink(missing_ok=True)
    before = (tmp_path / "a.claimline").read_bytes()
    assert inspect_store(tmp_path / "a.claimline") == "ok"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.claimline"]
    assert (tmp_path / "a.claimline").read_bytes() == before


@pytest.mark.parametrize("dark", [False, True])
def test_screenshot_of_the_window_with_its_docks(qtbot, home, dark, tmp_path):
    from desktop.app import apply_theme

    window = open_window(qtbot)
    try:
        apply_theme(QApplication.instance(), dark=dark)
        window.reader.setFocus()
        tag_by_keys(qtbot, window, "May 22, 2025", Qt.Key.Key_D)
        window.timeline_dock.show()
        wait_for_suggestions(qtbot, window)
        image = window.grab()
        assert image.width() >= 720 and image.height() >= 480
        image.save(str(tmp_path / f"window-{'dark' if dark else 'light'}.png"))
    finally:
        apply_theme(QApplication.instance(), dark=False)
        close_window(window)


def test_entity_details_edited_in_the_entities_dock_and_undone(qtbot, home):
    window = open_window(qtbot)
    try:
        tag = tag_by_keys(qtbot, window, "Murat Nurtleu", Qt.Key.Key_A)
        entity_id = tag.attributes["entity_id"]
        window.entities_action.trigger()
        view = window.entities_view
        qtbot.waitUntil(lambda: view.row_of(entity_id) >= 0, timeout=3000)
        view.select_entity(entity_id)
        editor = window.entity_editor
        assert editor.entity_id() == entity_id and editor.name.text() == "Murat Nurtleu"
        assert window.meaning.entity(entity_id).type == "person"  # a titled name: the rules know (issue 17 item 2)
        editor.type.setCurrentIndex(editor.type.findData("organisation"))
        editor.roles.setText("Deputy Prime Minister, Minister of Foreign Affairs")
        editor.country.setFocus()
        qtbot.keyClicks(editor.country, "Kazakhstan")
        editor.name.setText("Murat Nurtleu (MFA)")
        qtbot.keyClick(editor.country, Qt.Key.Key_Return)
        ent = window.meaning.entity(entity_id)
        assert (ent.name, ent.type, ent.country) == ("Murat Nurtleu (MFA)", "organisation", "Kazakhstan")
        assert ent.roles == ("Deputy Prime Minister", "Minister of Foreign Affairs")
        assert "Murat Nurtleu" in ent.aliases  # the old name still finds it
        window.undo_stack.undo()
        ent = window.meaning.entity(entity_id)
        assert (ent.name, ent.type, ent.country, ent.roles) == ("Murat Nurtleu", "person", None, ())
        assert editor.name.text() == "Murat Nurtleu"
    finally:
        close_window(window)


def test_reimport_from_the_file_menu_orphan_reattached_and_undone(qtbot, home, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    old = tmp_path / "brief.txt"
    old.write_text("Brief\n\nExports rose by 12% in 2024, the ministry said.\n\nImports fell sharply.\n", encoding="utf-8")
    window = open_window(qtbot)
    try:
        outcome = window.service.import_files([old])[0]
        window.refresh_library()
        window.open_document(outcome.document.id)
        doc_id = outcome.document.id
        kept = tag_by_keys(qtbot, window, "12%", Qt.Key.Key_F)
        window.reader.setFocus()
        lost = tag_by_keys(qtbot, window, "Imports fell sharply", Qt.Key.Key_C)
        new = tmp_path / "brief-v2.txt"
        new.write_text("Brief (revised)\n\nExports rose by 12% in 2024, the ministry said.\n\nPurchases abroad dropped.\n",
                       encoding="utf-8")
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(new), ""))
        menu_actions(window, "&File")["&Re-import new version…"].trigger()
        qtbot.waitUntil(lambda: "Version 2" in window.statusBar().currentMessage(), timeout=20000)
        text = window.service.text(doc_id)
        moved = window.service.get_tag(kept.id)
        assert text[moved.start:moved.end] == "12%" and not moved.orphaned
        assert window.service.get_tag(lost.id).orphaned
        # The orphan is listed in the Document tab; select the new passage and re-attach it.
        assert window.side.currentWidget() is window.document_pane
        orphans = window.document_pane.orphans
        assert orphans.list.count() == 1
        orphans.list.setCurrentRow(0)
        start = text.index("Purchases abroad dropped")
        window.reader.select_span(start, start + len("Purchases abroad dropped"))
        assert orphans.reattach_button.isEnabled()
        qtbot.mouseClick(orphans.reattach_button, Qt.MouseButton.LeftButton)
        back = window.service.get_tag(lost.id)
        assert not back.orphaned and back.exact == "Purchases abroad dropped" and orphans.list.count() == 0
        assert lost.id in window.reader._tags
        window.undo_stack.undo()
        assert window.service.get_tag(lost.id).orphaned and orphans.list.count() == 1
    finally:
        close_window(window)
