"""File → Import/Export → REFI-QDA project in the real window: background, cancel, summary."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox

from conftest import SHARED
from desktop.app import create_window, make_application

NVIVO = SHARED / "corpus" / "refi" / "samples" / "nvivo12-win_oltas0517_hungarian.qdpx"


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMLINE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("CLAIMLINE_CONFIG_DIR", str(tmp_path / "config"))
    return tmp_path


def open_window(qtbot):
    make_application()
    window = create_window(None)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def close_window(window) -> None:
    window.close()
    window.store.close()


def menu_action(window, object_name: str):
    """The action as the user reaches it: File → (submenu) → action."""
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.menu() and "File" in a.text())
    for action in file_menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            for inner in sub.actions():
                if inner.objectName() == object_name:
                    return inner
    raise AssertionError(f"{object_name} not in a File submenu")


def finish(qtbot, window):
    task = window.exchange.task
    qtbot.waitUntil(task.is_finished, timeout=60000)
    qtbot.waitUntil(lambda: window.exchange.summary_box is not None, timeout=5000)
    box = window.exchange.summary_box
    assert isinstance(box, QMessageBox) and box.objectName() == "exchangeSummary"
    text = box.text()
    box.close()
    window.exchange.summary_box = None
    return text


def test_import_a_nvivo_project_from_the_file_menu_then_export_it(qtbot, home, tmp_path, monkeypatch):
    if not NVIVO.is_file():
        pytest.skip("the NVivo sample is not in the shared corpus")
    window = open_window(qtbot)
    before = len(window.service.documents())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(NVIVO), ""))
    menu_action(window, "importRefiAction").trigger()
    text = finish(qtbot, window)
    assert "2 document(s), 152 kind(s), 303 tag(s)" in text and "UTF-16" in text
    assert len(window.service.documents()) == before + 2
    assert len(window.service.tags()) >= 303
    # 150+ kinds: the toolbar keeps the keyed ones, the Tag menu nests by parent
    assert len(window.tag_toolbar.actions()) <= 4 + 9
    assert any(a.menu() for a in window.tag_menu.actions())
    # the library shows the new documents
    assert any("videos_selection" in d.title for d in window.service.documents())

    out = tmp_path / "out.qdpx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    menu_action(window, "exportRefiAction").trigger()
    text = finish(qtbot, window)
    assert "303 tag(s)" in text or "tag(s)" in text
    with zipfile.ZipFile(out) as z:
        assert "project.qde" in z.namelist()
    close_window(window)


def test_cancelled_import_changes_nothing_and_says_so(qtbot, home, monkeypatch):
    if not NVIVO.is_file():
        pytest.skip("the NVivo sample is not in the shared corpus")
    window = open_window(qtbot)
    tags_before = len(window.service.tags())
    kinds_before = len(window.service.kinds())
    task = window.exchange.import_from(str(NVIVO))
    task.cancel()  # as the progress dialog's Cancel does
    text = finish(qtbot, window)
    assert "cancelled" in text
    assert len(window.service.tags()) == tags_before and len(window.service.kinds()) == kinds_before
    close_window(window)


def test_a_broken_project_gets_one_clear_reason(qtbot, home, tmp_path):
    window = open_window(qtbot)
    bad = tmp_path / "bad.qdpx"
    bad.write_bytes(b"PK\x03\x04 not really")
    window.exchange.import_from(str(bad))
    text = finish(qtbot, window)
    assert "not a complete ZIP archive" in text and str(tmp_path) not in text
    close_window(window)


def test_codebook_dialog_reads_taguettes_codebook_and_names_the_deviation(qtbot, home):
    qdc = SHARED / "corpus" / "refi" / "samples" / "taguette-1.5.2_codebook-expected-by-its-tests.qdc"
    if not qdc.is_file():
        pytest.skip("the Taguette codebook is not in the shared corpus")
    window = open_window(qtbot)
    window.codebook_action.trigger()
    from desktop.ui.codebook_dialog import CodebookDialog

    dialog = window.findChild(CodebookDialog)
    assert dialog is not None
    dialog.import_requested.emit(str(qdc))
    assert "empty <Sets/>" in dialog.error.text()
    labels = {k.label for k in window.service.kinds()}
    assert {"interesting", "people"} <= labels
    dialog.close()
    close_window(window)
