"""The real main window, driven where the user touches it, checked in the store."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.app import create_window, make_application
from desktop.paths import default_store_path
from desktop.store import open_store
from desktop.ui.models import KIND_ROLE


@pytest.fixture
def home(tmp_path, monkeypatch):
    """A fresh user: empty data and config folders."""
    monkeypatch.setenv("CLAIMLINE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("CLAIMLINE_CONFIG_DIR", str(tmp_path / "config"))
    return tmp_path


def show_active(qtbot, window):
    """Show a top-level window and wait until it is the active one (keys go to it)."""
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    return window


def open_window(qtbot, store: str | None = None):
    make_application()
    window = show_active(qtbot, create_window(store))
    window.reader.setFocus()
    return window


def close_window(window) -> None:
    window.close()
    window.store.close()


def select_by_keyboard(qtbot, reader, start: int, end: int) -> None:
    """Click before the first character, then extend with Shift+Right like a user."""
    reader.ensureCursorVisible()
    cursor = reader.textCursor()
    cursor.setPosition(start)
    reader.setTextCursor(cursor)
    reader.ensureCursorVisible()
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=reader.point_of(start) - QPoint(2, 0))
    assert reader.textCursor().position() in (start, start + 1)
    cursor = reader.textCursor()
    cursor.setPosition(start)
    reader.setTextCursor(cursor)
    for _ in range(end - start):
        qtbot.keyClick(reader, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert reader.selected_span() == (start, end)


def live_tags(window):
    return window.service.tags(window.current_doc)


def test_first_start_opens_seed_in_default_store(qtbot, home):
    window = open_window(qtbot)
    assert window.store.path == default_store_path()
    assert window.current_doc is not None
    assert "The Rising Axis of Trade" in window.reader.toPlainText()
    assert window.library.model.rowCount() == 1
    assert "Rising Axis" in window.windowTitle()
    close_window(window)


def test_select_press_a_undo_redo_and_reopen(qtbot, home):
    window = open_window(qtbot)
    reader = window.reader
    text = window.service.text(window.current_doc)
    start = text.index("Murat Nurtleu")
    end = start + len("Murat Nurtleu")
    select_by_keyboard(qtbot, reader, start, end)
    assert window.kind_actions["actor"].isEnabled()

    qtbot.keyClick(reader, Qt.Key.Key_A)
    tags = live_tags(window)
    assert [(t.kind, t.exact, t.author) for t in tags] == [("actor", "Murat Nurtleu", "Tester")]
    tag_id = tags[0].id
    # The highlight is painted in the actor colour, and the panel lists the tag.
    cursor = QTextCursor(reader.document())
    cursor.setPosition(start + 3)
    colour = cursor.charFormat().background().color()
    assert colour.alpha() > 0 and colour.blue() > colour.red()
    assert window.panel.has_tag(tag_id)

    qtbot.keyClick(reader, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert live_tags(window) == []
    assert window.service.get_tag(tag_id).deleted
    assert not window.panel.has_tag(tag_id)
    cursor.setPosition(start + 3)
    assert cursor.charFormat().background().color().alpha() == 0

    qtbot.keyClick(reader, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [t.id for t in live_tags(window)] == [tag_id]
    path = window.store.path
    close_window(window)

    # A second start: same store, same document, the tag highlighted and listed.
    with open_store(path) as store:
        assert [a.exact for a in store.annotations()] == ["Murat Nurtleu"]
    window = open_window(qtbot)
    assert window.store.path == path
    assert window.panel.has_tag(tag_id)
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(start + 3)
    assert cursor.charFormat().background().color().alpha() > 0
    close_window(window)


def test_each_kind_key_and_overlap(qtbot, home):
    window = open_window(qtbot)
    reader = window.reader
    text = window.service.text(window.current_doc)
    phrase = "May 22, 2025"
    start = text.index(phrase)
    for key, kind, (a, b) in [
        (Qt.Key.Key_D, "date", (start, start + len(phrase))),
        (Qt.Key.Key_F, "figure", (start + 4, start + 6)),
    ]:
        select_by_keyboard(qtbot, reader, a, b)
        qtbot.keyClick(reader, key)
    claim = text.index("product-based trade diplomacy")
    select_by_keyboard(qtbot, reader, claim, claim + 13)
    qtbot.keyClick(reader, Qt.Key.Key_C)
    kinds = sorted(t.kind for t in live_tags(window))
    assert kinds == ["claim", "date", "figure"]
    # Overlap: inner figure fill plus an underline in the date colour.
    cursor = QTextCursor(reader.document())
    cursor.setPosition(start + 5)
    fmt = cursor.charFormat()
    assert fmt.background().color().alpha() > 0 and fmt.fontUnderline()
    cursor.setPosition(start + 1)
    assert not cursor.charFormat().fontUnderline()
    close_window(window)


def test_selection_is_trimmed_and_blank_selection_does_nothing(qtbot, home):
    window = open_window(qtbot)
    text = window.service.text(window.current_doc)
    start = text.index("Astana")
    select_by_keyboard(qtbot, window.reader, start - 1, start + len("Astana") + 1)
    qtbot.keyClick(window.reader, Qt.Key.Key_A)
    assert [t.exact for t in live_tags(window)] == ["Astana"]
    blank = text.index("\n\n")
    select_by_keyboard(qtbot, window.reader, blank, blank + 2)
    qtbot.keyClick(window.reader, Qt.Key.Key_C)
    assert len(live_tags(window)) == 1
    close_window(window)


def test_panel_and_reader_follow_each_other(qtbot, home):
    window = open_window(qtbot)
    service, doc = window.service, window.current_doc
    late = service.text(doc).index("Hasan Asadullozoda")
    t1 = window.undo_stack  # keep the stack alive for the commands below
    select_by_keyboard(qtbot, window.reader, late, late + len("Hasan Asadullozoda"))
    qtbot.keyClick(window.reader, Qt.Key.Key_A)
    tag = live_tags(window)[0]
    window.reader.moveCursor(QTextCursor.MoveOperation.Start)

    # Click the tag in the panel: the reader scrolls to it and flashes it.
    index = window.panel.index_of(tag.id)
    window.panel.tree.clearSelection()
    window.panel._current = None
    rect = window.panel.tree.visualRect(index)
    qtbot.mouseClick(window.panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.reader.flashing()
    assert window.reader.textCursor().position() == tag.start

    # Click inside the highlight in the reader: the panel selects the tag.
    window.panel.tree.clearSelection()
    window.panel._current = None
    point = window.reader.point_of(tag.start + 4)
    qtbot.mouseClick(window.reader.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.panel.current_tag_id() == tag.id
    assert t1.count() == 1
    close_window(window)


def test_note_kind_and_delete_from_panel_are_undoable(qtbot, home):
    window = open_window(qtbot)
    text = window.service.text(window.current_doc)
    start = text.index("Orienbank")
    select_by_keyboard(qtbot, window.reader, start, start + len("Orienbank"))
    qtbot.keyClick(window.reader, Qt.Key.Key_A)
    tag = live_tags(window)[0]
    window.panel.select_tag(tag.id)

    window.panel.note_edit.setFocus()
    qtbot.keyClicks(window.panel.note_edit, "Tajik bank")
    qtbot.waitUntil(lambda: window.service.get_tag(tag.id).note == "Tajik bank", timeout=3000)
    assert window.undo_stack.count() == 2  # tag + one merged note edit

    box = window.panel.kind_box
    assert box.currentData() == "actor"
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Up)  # actor → claim, as a keyboard user would
    assert window.service.get_tag(tag.id).kind == "claim"
    assert window.panel.index_of(tag.id).parent().data(KIND_ROLE) == "claim"

    window.panel.tree.setFocus()
    window.panel.tree.setCurrentIndex(window.panel.index_of(tag.id))
    qtbot.keyClick(window.panel.tree, Qt.Key.Key_Delete)
    assert live_tags(window) == []

    window.undo_stack.undo()
    assert window.service.get_tag(tag.id).kind == "claim" and not window.service.get_tag(tag.id).deleted
    window.undo_stack.undo()
    assert window.service.get_tag(tag.id).kind == "actor"
    window.undo_stack.undo()
    assert window.service.get_tag(tag.id).note == ""
    close_window(window)


def test_import_good_and_bad_files_with_one_summary(qtbot, home, tmp_path):
    window = open_window(qtbot)
    good = tmp_path / "note.md"
    good.write_text("# Grain exports\n\nKazakhstan exported 1.3 million tons of grain to Tajikistan.\n", encoding="utf-8")
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.7\n1 0 obj <<")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    before = {d.id for d in window.service.documents()}
    task = window.import_files([str(good), str(bad), str(empty)])
    # Not waitSignal: a quick import can finish before the wait connects to the signal.
    qtbot.waitUntil(task.is_finished, timeout=30000)
    qtbot.waitUntil(lambda: window.imports.last_outcomes != [], timeout=5000)
    docs = window.service.documents()
    assert len(docs) == len(before) + 1
    assert "Grain exports" in window.reader.toPlainText()
    errors = [o for o in window.imports.last_outcomes if o.error]
    assert {Path(o.path).name for o in errors} == {"broken.pdf", "empty.txt"}
    summary = window.findChild(QMessageBox, "importSummary")
    assert summary is not None and "broken.pdf" in summary.text() and "empty.txt" in summary.text()
    summary.close()
    close_window(window)


def test_drop_files_imports_them(qtbot, home, tmp_path):
    window = open_window(qtbot)
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Corridor news</title><script>var x=1;</script></head>"
        "<body><nav>Home | About</nav><h1>Corridor news</h1><p>Trade grew by 20% in 2025.</p></body></html>",
        encoding="utf-8",
    )
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(page))])
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                      Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.document_opened, timeout=30000):
        QApplication.sendEvent(window, drop)
    text = window.reader.toPlainText()
    assert "Trade grew by 20% in 2025." in text and "var x" not in text
    close_window(window)


def test_layout_and_last_document_are_restored(qtbot, home, tmp_path):
    window = open_window(qtbot)
    other = tmp_path / "second.txt"
    other.write_text("Second document\n\nA short text about customs reform.\n", encoding="utf-8")
    task = window.import_files([str(other)])
    qtbot.waitUntil(task.is_finished, timeout=30000)
    qtbot.waitUntil(lambda: window.imports.last_outcomes != [], timeout=5000)
    assert [o.error for o in window.imports.last_outcomes] == [None]
    qtbot.waitUntil(lambda: "customs reform" in window.reader.toPlainText(), timeout=5000)
    second = window.current_doc
    window.resize(760, 540)  # the offscreen screen is 800 x 600
    window.splitter.setSizes([150, 400, 200])
    sizes = window.splitter.sizes()
    close_window(window)
    window = open_window(qtbot)
    assert window.current_doc == second
    assert window.splitter.sizes() == sizes
    assert (window.width(), window.height()) == (760, 540)
    close_window(window)


def test_open_store_refuses_a_foreign_file(qtbot, home, tmp_path, monkeypatch):
    window = open_window(qtbot)
    foreign = tmp_path / "x.claimline"
    foreign.write_text("not a database")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    assert window.stores.switch_store(foreign, create=False) is False
    assert shown and "not a Claimline store" in shown[0]
    assert window.current_doc is not None  # still on the old store
    new = tmp_path / "fresh.claimline"
    assert window.stores.switch_store(new, create=True)
    assert window.current_doc is None and window.library.model.rowCount() == 0
    close_window(window)


def test_author_is_asked_once_and_used_on_new_tags(qtbot, home, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from desktop.settings import has_author, open_settings

    window = open_window(qtbot)
    asked = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (asked.append(1), ("Ayşe Demir", True))[1])
    assert not has_author(window.settings)
    window.ensure_author()
    qtbot.waitUntil(lambda: asked == [1], timeout=3000)
    assert open_settings().value("author") == "Ayşe Demir"
    text = window.service.text(window.current_doc)
    start = text.index("Almaty")
    select_by_keyboard(qtbot, window.reader, start, start + len("Almaty"))
    qtbot.keyClick(window.reader, Qt.Key.Key_A)
    assert live_tags(window)[0].author == "Ayşe Demir"
    window.ensure_author()  # known now: not asked again
    qtbot.wait(50)
    assert asked == [1]
    close_window(window)


def test_files_given_on_the_command_line_are_imported(qtbot, home, tmp_path):
    note = tmp_path / "brief.txt"
    note.write_text("Brief\n\nThe corridor carried 2 million tons in 2024.\n", encoding="utf-8")
    make_application()
    window = create_window(str(tmp_path / "cli.claimline"), [str(note)])
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: "2 million tons" in window.reader.toPlainText(), timeout=30000)
    assert [d.format for d in window.service.documents()] == ["txt"]
    close_window(window)


def test_recent_stores_menu_lists_the_previous_store(qtbot, home, tmp_path):
    window = open_window(qtbot)
    first = window.store.path
    assert window.stores.switch_store(tmp_path / "second.claimline", create=True)
    entries = [a.text() for a in window.recent_menu.actions()]
    assert str(first.resolve()) in entries
    recent = next(a for a in window.recent_menu.actions() if a.text() == str(first.resolve()))
    recent.trigger()
    assert window.store.path.resolve() == first.resolve()
    assert window.current_doc is not None
    close_window(window)
