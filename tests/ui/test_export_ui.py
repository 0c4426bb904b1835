"""The report builder dialog, driven like a user: choices, preview, export, cancel."""

from __future__ import annotations

import threading

import pytest
from lxml import html as lxml_html
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop.ui.export_dialog import ExportDialog, open_export_dialog

EVIL = '<script>alert(1)</script><img src="file:///etc/passwd" onerror=alert(2)>'


@pytest.fixture
def tagged(seeded):
    service, doc_id = seeded
    service.tag_quote(doc_id, "actor", "Kazakhstan", note=EVIL)
    service.tag_quote(doc_id, "claim", "Kazakhstan and Tajikistan", note="overlap")
    service.tag_quote(doc_id, "figure", "Customs digitalization")
    return service, doc_id


@pytest.fixture
def dialog(qtbot, tagged):
    service, doc_id = tagged
    dlg = ExportDialog(service, doc_id, [doc_id])
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    yield dlg
    if dlg.task is not None:
        dlg.task.cancel()
        dlg.task.wait(10000)


def _toggle_item(qtbot, widget, row: int) -> None:
    """Check or uncheck a list entry with the keyboard (Space), as a user can."""
    widget.setFocus()
    widget.setCurrentRow(row)
    qtbot.keyClick(widget, Qt.Key.Key_Space)


def _choose_format(qtbot, dlg, fmt: str) -> None:
    combo = dlg.format_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):  # at most one press per entry: a key that does not move fails here, never loops
        if combo.currentData() == fmt:
            break
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == fmt, (fmt, combo.currentData())


def test_preview_shows_highlights_and_the_hostile_note_as_text(qtbot, dialog):
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    text = dialog.preview.toPlainText()
    assert "Kazakhstan and Tajikistan" in text
    assert "<script>alert(1)</script>" in text  # shown literally, never run
    assert dialog.preview.blocked == []  # the report asked for no resource at all
    # An external image in a report would be refused, never read from disk.
    dialog.preview.setHtml('<p>x</p><img src="file:///etc/passwd"><img src="https://example.com/a.png">')
    QApplication.processEvents()
    assert any("etc/passwd" in u for u in dialog.preview.blocked)
    assert any("example.com" in u for u in dialog.preview.blocked)


def test_export_html_with_a_kind_unchecked(qtbot, dialog, tmp_path, monkeypatch):
    target = tmp_path / "report.html"
    kinds = [dialog.kinds_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.kinds_list.count())]
    _toggle_item(qtbot, dialog.kinds_list, kinds.index("figure"))
    qtbot.mouseClick(dialog.section_checks["actors"], Qt.MouseButton.LeftButton)
    _choose_format(qtbot, dialog, "html")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert not dialog.progress.isVisible()  # idle: no empty bar
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=5000)
    assert dialog.progress.isVisible()
    tree = lxml_html.fromstring(target.read_bytes())
    assert sorted(m.get("data-kind") for m in tree.xpath("//mark[@data-tag-id]")) == ["actor", "claim"]
    assert not tree.xpath('//h2[@id="sec-actors"]') and tree.xpath('//h2[@id="sec-claims"]')
    assert dialog.progress.value() == dialog.progress.maximum()
    assert "Saved" in dialog.status.text()


def test_suggested_file_name_is_sanitised(qtbot, dialog):
    qtbot.keyClicks(dialog.title_edit, "../../etc/passwd: <evil>")
    _choose_format(qtbot, dialog, "pdf")
    name = dialog.suggested_name()
    assert "/" not in name and ".." not in name and name.endswith(".pdf")


def test_cancel_leaves_the_old_file_intact(qtbot, dialog, tmp_path, monkeypatch):
    import desktop.export.run as run

    target = tmp_path / "report.md"
    target.write_text("OLD GOOD REPORT")
    started = threading.Event()
    real_render = run.render

    def slow_render(model, fmt, **kw):  # holds the worker until the user cancels
        started.set()
        task = dialog.task
        for _ in range(200):
            if task.context.cancelled():
                break
            threading.Event().wait(0.05)
        return real_render(model, fmt, **kw)

    monkeypatch.setattr(run, "render", slow_render)
    _choose_format(qtbot, dialog, "md")
    task = dialog.export_to(target)
    assert task is not None
    qtbot.waitUntil(started.is_set, timeout=10000)
    assert dialog.cancel_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(task.is_finished, timeout=20000)
    assert task.was_cancelled
    assert target.read_text() == "OLD GOOD REPORT"
    assert [p.name for p in tmp_path.iterdir() if ".part" in p.name] == []
    assert "cancelled" in dialog.status.text()


def test_export_pdf_runs_in_the_worker_process(qtbot, dialog, tmp_path):
    import pymupdf

    target = tmp_path / "report.pdf"
    _choose_format(qtbot, dialog, "pdf")
    assert dialog.paper_combo.isEnabled()
    from desktop.ui import tasks

    task = dialog.export_to(target)
    try:
        with qtbot.waitSignal(task.finished, timeout=60000):
            pass
        assert dialog.last_error is None, dialog.last_error
        doc = pymupdf.open(str(target))
        assert "Page 1 of" in doc[0].get_text()
        assert tasks._pool is not None  # laid out in the worker process, not on a thread
    finally:  # also when the wait timed out: a worker left running would hold the end of the test run
        tasks.shutdown_pool()


def test_open_export_dialog_from_the_main_window(qtbot, tagged):
    from desktop.app import create_window, make_application

    service, doc_id = tagged
    path = service.store.path
    make_application()
    window = create_window(str(path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    dlg = open_export_dialog(window)
    qtbot.waitExposed(dlg)
    assert dlg.doc_current.isChecked() == (window.current_doc is not None)
    assert dlg.document_ids() in ((window.current_doc,), ())
    dlg.grab().save("/tmp/export_dialog.png")
    dlg.close()
    window.close()
    window.store.close()
