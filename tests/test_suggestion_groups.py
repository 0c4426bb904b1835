"""The Suggestions list grouped by entity or value, driven in the real window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.suggest import operations
from desktop.ui.suggestions_panel import group_key
from tests.test_ui import close_window, home, open_window  # noqa: F401 (fixture)
from tests.test_window_features import wait_for_suggestions


@pytest.fixture
def window(qtbot, home):
    """The window on the seed article, its Suggestions tab shown and filled."""
    window = open_window(qtbot)
    wait_for_suggestions(qtbot, window)
    window.side.setCurrentWidget(window.suggestions)
    yield window
    close_window(window)


def _biggest_group(panel):
    rows = panel.rows()
    text, members = max(rows, key=lambda r: len(r[1]))
    return rows.index((text, members)), text, members


def test_a_group_row_is_accepted_with_enter_as_one_undo_step(qtbot, window):
    panel = window.suggestions
    total = len(panel.suggestions())
    row, text, members = _biggest_group(panel)
    assert len(members) > 2 and text.endswith(f"— {len(members)} mentions")
    assert len({group_key(s) for s in members}) == 1
    assert len(panel.rows()) < total  # the flood is folded
    assert panel.summary.text().startswith(f"{total} suggestions left in {len(panel.rows())} rows")
    panel.list.setFocus()
    for _ in range(row):
        qtbot.keyClick(panel.list, Qt.Key.Key_Tab)
    assert panel.current_items() == members
    steps = window.undo_stack.count()

    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    tags = window.service.tags(window.current_doc, kind=members[0].kind)
    assert sorted((t.start, t.end) for t in tags) == sorted((s.start, s.end) for s in members)
    assert window.undo_stack.count() == steps + 1
    assert not set(members) & set(panel.suggestions())
    assert panel.summary.text().startswith(f"{total - len(members)} suggestions left")

    window.undo_stack.undo()
    assert window.service.tags(window.current_doc, kind=members[0].kind) == []
    assert set(members) <= set(panel.suggestions())
    assert panel.current_items() == members


def test_backspace_on_a_group_dismisses_all_and_a_mention_alone(qtbot, window):
    panel = window.suggestions
    row, _text, members = _biggest_group(panel)
    group = panel.list.topLevelItem(row)
    panel.list.setFocus()
    panel.list.setCurrentItem(group)
    # Right arrow opens the group; Tab then walks its mentions one by one.
    qtbot.keyClick(panel.list, Qt.Key.Key_Right)
    assert group.isExpanded()
    qtbot.keyClick(panel.list, Qt.Key.Key_Tab)
    assert panel.current_items() == [members[0]]
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)  # one mention only
    assert [(t.start, t.end) for t in window.service.tags(window.current_doc)] == [
        (members[0].start, members[0].end)]
    rest = members[1:]
    assert panel.current_items() == [rest[0]]  # the next mention of the still open group
    # Back to the group row: Backspace dismisses every remaining mention at once.
    qtbot.keyClick(panel.list, Qt.Key.Key_Backtab)
    assert panel.current_items() == rest
    qtbot.keyClick(panel.list, Qt.Key.Key_Backspace)
    open_keys = {s.key for s in operations.suggestions_for(window.service, window.current_doc)}
    assert not {s.key for s in rest} & open_keys
    assert not set(rest) & set(panel.suggestions())
    window.undo_stack.undo()
    open_keys = {s.key for s in operations.suggestions_for(window.service, window.current_doc)}
    assert {s.key for s in rest} <= open_keys


def test_accept_and_dismiss_buttons_act_on_the_current_group_with_one_click(qtbot, window):
    panel = window.suggestions
    row, _text, members = _biggest_group(panel)
    panel.list.setCurrentItem(panel.list.topLevelItem(row))
    qtbot.mouseClick(panel.accept_row, Qt.MouseButton.LeftButton)
    tags = window.service.tags(window.current_doc, kind=members[0].kind)
    assert sorted((t.start, t.end) for t in tags) == sorted((s.start, s.end) for s in members)
    assert not set(members) & set(panel.suggestions())
    second = panel.current_items()
    qtbot.mouseClick(panel.dismiss_row, Qt.MouseButton.LeftButton)
    open_keys = {s.key for s in operations.suggestions_for(window.service, window.current_doc)}
    assert second and not {s.key for s in second} & open_keys
    panel.set_suggestions([])
    assert not panel.accept_row.isEnabled() and not panel.dismiss_row.isEnabled()
