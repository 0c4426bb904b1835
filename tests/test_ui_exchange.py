"""REFI-QDA export and import from the window run as Tasks: summary, store reload, errors."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from tests.test_ui import close_window, home, open_window  # noqa: F401 (fixture)


def test_export_then_import_a_project_in_the_background(qtbot, home, tmp_path):
    window = open_window(qtbot)
    try:
        exchange = window.exchange  # the controller behind File → Export/Import for other tools
        target = tmp_path / "project.qdpx"
        task = exchange.export_to(str(target))
        assert task is not None
        qtbot.waitUntil(task.is_finished, timeout=60000)
        assert task.error is None, task.error
        assert target.exists() and "Wrote project.qdpx" in exchange.summary_box.text()
        exchange.summary_box.close()
        assert window.stores.switch_store(tmp_path / "other.claimline", create=True)
        assert window.service.documents() == []
        task = exchange.import_from(str(target))
        qtbot.waitUntil(task.is_finished, timeout=60000)
        assert window.service.documents()
        exchange.summary_box.close()
        # A file that is not a project: one clear message, the store untouched, no bug dialog.
        bad = tmp_path / "bad.qdpx"
        bad.write_bytes(b"not a zip")
        task = exchange.import_from(str(bad))
        qtbot.waitUntil(task.is_finished, timeout=30000)
        assert task.error is not None and not task.error.bug
        assert exchange.summary_box.icon() == QMessageBox.Icon.Warning
        assert window.findChild(QMessageBox, "bugDialog") is None
        exchange.summary_box.close()
    finally:
        close_window(window)
