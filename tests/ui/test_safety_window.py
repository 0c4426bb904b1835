"""Issue 13, items 3 and 10 in the window: damaged and read-only stores."""

from __future__ import annotations

import shutil
import sqlite3

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from desktop.store import db as store_db
from desktop.store import open_store
from desktop.ui.store_errors import install_exception_hook
from tests.conftest import SEED
from tests.export.test_safety_outputs import digest
from tests.ui.test_ui import close_window, home, open_window, select_by_keyboard  # noqa: F401 (fixture)


def seeded_store(path):
    from desktop.service import Service

    with open_store(path) as store:
        Service(store, "Tester").import_files([SEED])
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def test_read_only_store_says_edits_are_disabled_and_is_not_written(qtbot, home):
    path = seeded_store(home / "ro.claimline")
    path.chmod(0o444)
    before = digest(path)
    try:
        window = open_window(qtbot, str(path))
        label = window.findChild(QLabel, "storeReadOnly")
        assert label is not None and label.isVisible() and "edits are disabled" in label.text()
        assert "ro.claimline (read-only)" in window.windowTitle()
        install_exception_hook(lambda: window)
        text = window.service.text(window.current_doc)
        start = text.index("Astana")
        select_by_keyboard(qtbot, window.reader, start, start + 6)
        qtbot.keyClick(window.reader, Qt.Key.Key_C)
        assert window.store.annotations() == []
        assert "edits are disabled" in window.statusBar().currentMessage()
        # an edit that is not a tag (the Document tab) is refused the same way
        window.statusBar().clearMessage()
        window.side.setCurrentWidget(window.document_pane)
        meta = window.document_pane.metadata
        meta.edits["author"].setText("Somebody Else")
        meta.save()
        assert "edits are disabled" in window.statusBar().currentMessage()
        assert "author" not in window.service.document(window.current_doc).info.metadata
        assert not window.undo_stack.canUndo()
        window.grab().save("/tmp/h13-readonly.png")
        close_window(window)
    finally:
        path.chmod(0o644)
    assert digest(path) == before


def test_damaged_store_offers_its_backup(qtbot, home):
    good = seeded_store(home / "good.claimline")
    bad = home / "lib.claimline"
    shutil.copyfile(good, bad)
    shutil.copyfile(good, home / "lib.claimline.before-merge-20260101T000000.bak")
    data = bytearray(bad.read_bytes())
    data[4096 * 3: 4096 * 4] = b"\xff" * 4096  # a page in the middle
    bad.write_bytes(bytes(data))
    before = digest(bad)
    store_db._DAMAGED.clear()
    window = open_window(qtbot, str(good))

    def click_backup():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and box.objectName() == "storeDamaged", box
        assert "damaged" in box.text()
        box.grab().save("/tmp/h13-damaged.png")
        [button] = [b for b in box.buttons() if "Open backup" in b.text()]
        button.click()

    QTimer.singleShot(200, click_backup)
    assert window.stores.switch_store(bad, create=False)
    assert window.store.path.name.endswith(".bak")
    assert window.service.documents()
    assert digest(bad) == before
    close_window(window)
    store_db._DAMAGED.clear()


def test_corruption_error_in_a_slot_opens_the_dialog(qtbot, home):
    path = seeded_store(home / "w.claimline")
    window = open_window(qtbot, str(path))
    install_exception_hook(lambda: window)
    seen = []

    def close_box():
        box = QApplication.activeModalWidget()
        seen.append(box.objectName())
        box.close()

    QTimer.singleShot(200, close_box)
    import sys

    try:
        raise sqlite3.DatabaseError("database disk image is malformed")
    except sqlite3.DatabaseError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert seen == ["storeDamaged"]
    assert window.store.damaged
    close_window(window)
    store_db._DAMAGED.clear()
