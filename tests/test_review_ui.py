"""The Compare window, driven with keys and clicks: accept theirs, then the store has it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.service import Service
from desktop.store import new_id, open_store
from desktop.service.review import ReviewSession
from desktop.ui.review_view import ReviewWindow
from tests.conftest import SEED
from tests.test_ui import show_active


def show_review(qtbot, session: ReviewSession) -> ReviewWindow:
    """The Compare window on ``session``, shown and active."""
    return show_active(qtbot, ReviewWindow(session))


@pytest.fixture
def review(tmp_path: Path, qtbot):
    a = open_store(tmp_path / "mine.claimline")
    sa = Service(a, "Ann")
    doc = sa.import_files([SEED])[0].document.id
    sa.tag_quote(doc, "actor", "Kazakhstan")
    conflict = sa.tag_quote(doc, "claim", "trade")
    a.copy_file_to(tmp_path / "theirs.claimline")
    b = open_store(tmp_path / "theirs.claimline")
    b.set_meta("store_id", new_id())
    sb = Service(b, "Bob")
    figure = sb.tag_quote(doc, "figure", "2024")
    sb.edit_tag(conflict.id, note="their note")
    sa.edit_tag(conflict.id, note="my note")
    b.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    b.close()
    session = ReviewSession(a, tmp_path / "theirs.claimline")
    window = show_review(qtbot, session)
    yield window, sa, figure, conflict
    a.close()


def row_of(window: ReviewWindow, tag_id: str) -> int:
    for row, item in enumerate(window.visible):
        if item.theirs is not None and item.theirs.id == tag_id:
            return row
    raise AssertionError(f"{tag_id} not listed")


def test_accept_theirs_with_the_key_then_undo(review, qtbot):
    window, sa, figure, conflict = review
    assert window.counts_label.text().count("only theirs: <b>1</b>") == 1
    assert window.table.rowCount() == 3
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_N)  # first item that needs a look
    assert window.current_item() is not None and window.current_item().status != "agreed"
    window.select_row(row_of(window, figure.id))
    qtbot.keyClick(window.table, Qt.Key.Key_T)
    merged = sa.get_tag(figure.id)
    assert merged.author == "Bob" and merged.origin_store == window.session.theirs.store_id
    assert not merged.deleted
    assert "only theirs: <b>0</b>" in window.counts_label.text()
    window.grab().save("/tmp/review_window.png")
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert sa.store.annotation(figure.id) is None
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert sa.get_tag(figure.id).author == "Bob"


def test_conflict_keep_mine_and_accept_theirs_by_click(review, qtbot):
    window, sa, figure, conflict = review
    window.status_combo.setCurrentIndex(window.status_combo.findData("conflict"))
    assert window.table.rowCount() == 1
    window.select_row(0)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_M)
    assert "kept" in window.table.item(0, 0).text()
    assert sa.get_tag(conflict.id).note == "my note"
    window.select_row(0)
    qtbot.mouseClick(window.accept_button, Qt.MouseButton.LeftButton)
    assert sa.get_tag(conflict.id).note == "their note"
    window.status_combo.setCurrentIndex(0)
    window.kind_combo.setCurrentIndex(window.kind_combo.findData("figure"))
    assert [i.kind for i in window.visible] == ["figure"]


def test_agreement_table(review, qtbot):
    window, sa, figure, conflict = review
    qtbot.mouseClick(window.agreement_button, Qt.MouseButton.LeftButton)
    dialogs = [w for w in window.children() if w.__class__.__name__ == "AgreementDialog"]
    assert len(dialogs) == 1
    table = dialogs[0].table
    qtbot.addWidget(dialogs[0])
    kinds = [table.verticalHeaderItem(r).text() for r in range(table.rowCount())]
    assert kinds == ["actor", "claim", "figure", "overall"]
    figure_row = kinds.index("figure")
    assert table.item(figure_row, 0).text() == "0 / 1" and table.item(figure_row, 1).text() == "0.000"
    assert table.item(kinds.index("actor"), 1).text() == "1.000"
    dialogs[0].grab().save("/tmp/review_agreement.png")


def test_accept_all_nonconflicting_writes_a_backup(review, qtbot, tmp_path):
    window, sa, figure, conflict = review
    qtbot.mouseClick(window.bulk_button, Qt.MouseButton.LeftButton)
    assert sa.get_tag(figure.id).author == "Bob"
    assert sa.get_tag(conflict.id).note == "my note"  # a conflict is never taken in bulk
    assert list(tmp_path.glob("mine.claimline.before-merge-*.bak"))
    window.undo_stack.undo()
    assert sa.store.annotation(figure.id) is None


def test_open_review_from_the_main_window_shares_its_undo_stack(qtbot, tmp_path, monkeypatch):
    from desktop.app import create_window, make_application
    from desktop.ui.review_view import open_review

    monkeypatch.setenv("CLAIMLINE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("CLAIMLINE_CONFIG_DIR", str(tmp_path / "config"))
    make_application()
    window = create_window(str(tmp_path / "mine.claimline"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    doc = window.service.import_files([SEED])[0].document.id
    window.open_document(doc)
    assert window.current_doc == doc
    window.store.copy_file_to(tmp_path / "theirs.claimline")
    b = open_store(tmp_path / "theirs.claimline")
    b.set_meta("store_id", new_id())
    figure = Service(b, "Bob").tag_quote(doc, "figure", "2024")
    b.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    b.close()
    opened = []
    task = open_review(window, tmp_path / "theirs.claimline", opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=20000)
    assert task.is_finished() and task.error is None
    review = opened[0]
    qtbot.addWidget(review)
    qtbot.waitExposed(review)
    review.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is review, timeout=3000)
    review.select_row(row_of(review, figure.id))
    review.table.setFocus()
    qtbot.keyClick(review.table, Qt.Key.Key_T)
    assert figure.id in {t.id for t in window.service.tags(doc)}
    assert window.current_doc == doc
    window.undo_stack.undo()
    assert figure.id not in {t.id for t in window.service.tags(doc)}
    review.close()
    window.close()
    window.store.close()


def test_accepting_a_tag_with_an_ambiguous_entity_asks_which_one(tmp_path, qtbot, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from desktop.service.meaning import Meaning

    a = open_store(tmp_path / "mine.claimline")
    sa = Service(a, "Ann")
    doc = sa.import_files([SEED])[0].document.id
    state = Meaning(sa).create_entity("Kazakhstan", type="state")
    team = Meaning(sa).create_entity("Qazaqstan national team", type="organisation", aliases=["Qazaqstan"])
    a.copy_file_to(tmp_path / "theirs.claimline")
    b = open_store(tmp_path / "theirs.claimline")
    b.set_meta("store_id", new_id())
    sb = Service(b, "Bob")
    theirs = Meaning(sb).create_entity("Republic of Kazakhstan", type="state", aliases=["Kazakhstan", "Qazaqstan"])
    start = sb.text(doc).index("Kazakhstan")
    tag = sb.tag(doc, "actor", start, start + len("Kazakhstan"), attributes={"entity_id": theirs.id})
    b.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    b.close()
    window = show_review(qtbot, ReviewSession(a, tmp_path / "theirs.claimline"))
    asked = []

    def answer(_parent, _title, label, options, *_args):
        asked.append((label, options))
        return next(o for o in options if o == "Kazakhstan (state)"), True

    monkeypatch.setattr(QInputDialog, "getItem", answer)
    window.select_row(row_of(window, tag.id))
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_T)
    assert len(asked) == 1 and "Republic of Kazakhstan" in asked[0][0]
    assert asked[0][1][-1].startswith("A different entity")
    assert sa.get_tag(tag.id).attributes["entity_id"] == state.id
    window.close()
    a.close()
