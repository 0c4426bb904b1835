"""The Suggestions panel driven by keys and clicks, and background detection."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu

from desktop.suggest import detect
from desktop.service.suggestions import DetectionRequest
from desktop.ui.suggestions_controller import detect_in_background
from desktop.ui.suggestions_panel import SuggestionsPanel
from desktop.ui.tasks import Task
from tests.ui.test_ui import home  # noqa: F401 (fixture)

TEXT = (
    "On May 22, 2025, Minister of Agriculture Aidarbek Saparov said Kazakhstan "
    "exported 1.3 million tons of wheat, 20% more than in 2024."
)


@pytest.fixture
def panel(qtbot):
    widget = SuggestionsPanel()
    qtbot.addWidget(widget)
    widget.resize(520, 360)
    widget.show()
    widget.set_suggestions(detect(TEXT))
    widget.list.setFocus()
    return widget


def test_list_shows_normalized_values(panel):
    rows = [
        tuple(panel.list.topLevelItem(i).text(c) for c in range(3)) for i in range(panel.list.topLevelItemCount())
    ]
    assert ("Date", "May 22, 2025", "22 May 2025") in rows
    assert ("Figure", "1.3 million tons", "1 300 000 t") in rows
    assert any(r[0] == "Actor" and r[1] == "Minister of Agriculture Aidarbek Saparov" for r in rows)
    assert panel.summary.text().startswith(f"{len(rows)} suggestions")


def test_enter_accepts_backspace_dismisses_tab_moves(panel, qtbot):
    first, second, third = panel.suggestions()[:3]
    assert panel.current() == first
    accepted, dismissed, current = [], [], []
    panel.accept_requested.connect(accepted.append)
    panel.dismiss_requested.connect(dismissed.append)
    panel.current_changed.connect(current.append)

    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert accepted == [[first]]
    assert panel.current() == second and current[-1] == second
    assert first not in panel.suggestions()

    qtbot.keyClick(panel.list, Qt.Key.Key_Tab)
    assert panel.current() == third
    qtbot.keyClick(panel.list, Qt.Key.Key_Backtab)
    assert panel.current() == second

    qtbot.keyClick(panel.list, Qt.Key.Key_Backspace)
    assert dismissed == [[second]]
    assert panel.current() == third
    assert panel.list.hasFocus()  # Tab did not move the focus away


def test_tab_wraps_around(panel, qtbot):
    count = len(panel.suggestions())
    for _ in range(count):
        qtbot.keyClick(panel.list, Qt.Key.Key_Tab)
    assert panel.current() == panel.suggestions()[0]


def choose_from_menu(qtbot, button, label: str) -> None:
    """Open ``button``'s menu with Space and choose the entry starting with ``label`` by
    arrow keys and Enter, as a keyboard user does (the menu runs its own event loop)."""
    chosen: list[str] = []

    def choose() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu), menu
        for _ in menu.actions():
            qtbot.keyClick(menu, Qt.Key.Key_Down)
            if menu.activeAction() is not None and menu.activeAction().text().startswith(label):
                chosen.append(menu.activeAction().text())
                qtbot.keyClick(menu, Qt.Key.Key_Return)
                return
        menu.close()

    QTimer.singleShot(0, choose)
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None, timeout=3000)
    assert chosen, f"no enabled entry {label!r} in the menu"
    # the offscreen platform does not give the activation back when a popup closes
    button.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is button.window(), timeout=3000)


def test_accept_all_per_kind_from_the_menu_by_keyboard(panel, qtbot):
    accepted = []
    panel.accept_requested.connect(accepted.append)
    figures = [s for s in panel.suggestions() if s.kind == "figure"]
    assert len(figures) == 2
    assert panel.accept_all["figure"].text() == "Figures (2)"
    choose_from_menu(qtbot, panel.accept_all_button, "Figures")
    assert accepted == [figures]
    assert not any(s.kind == "figure" for s in panel.suggestions())
    assert not panel.accept_all["figure"].isEnabled() and panel.accept_all["figure"].text() == "Figures (0)"
    assert panel.accept_all["date"].isEnabled()
    dates = [s for s in panel.suggestions() if s.kind == "date"]
    choose_from_menu(qtbot, panel.accept_all_button, "Dates")  # the disabled Figures entry is skipped
    assert accepted[1:] == [dates]


def test_accept_all_per_kind_from_the_menu_by_mouse(panel, qtbot):
    accepted = []
    panel.accept_requested.connect(accepted.append)
    actors = [s for s in panel.suggestions() if s.kind == "actor"]

    def click() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(panel.accept_all["actor"]).center())

    QTimer.singleShot(0, click)
    qtbot.mouseClick(panel.accept_all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None, timeout=3000)
    assert accepted == [actors]
    panel.set_suggestions([])
    assert not panel.accept_all_button.isEnabled()  # nothing to accept


def test_underline_toggle_and_empty_list(panel, qtbot):
    toggles = []
    panel.underlines_toggled.connect(toggles.append)
    qtbot.mouseClick(panel.underlines, Qt.MouseButton.LeftButton)
    assert toggles == [False]
    seen = []
    panel.current_changed.connect(seen.append)
    panel.set_suggestions([])
    assert seen == [None] and panel.summary.text() == "No suggestions"
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)  # nothing to accept: no error, no signal


def test_keys_to_store_flow(seeded, qtbot):
    """The wiring the main window does: Enter makes a tag, Backspace a dismissal."""
    from desktop.suggest import operations

    service, doc_id = seeded
    panel = SuggestionsPanel()
    qtbot.addWidget(panel)
    panel.accept_requested.connect(lambda items: operations.accept(service, doc_id, items))
    panel.dismiss_requested.connect(lambda items: operations.dismiss(service, doc_id, items))
    panel.set_suggestions(operations.suggestions_for(service, doc_id, ("figure",)))
    panel.list.setFocus()
    first, second = panel.suggestions()
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    qtbot.keyClick(panel.list, Qt.Key.Key_Backspace)
    tags = service.tags(doc_id, kind="figure")
    assert [(t.exact, t.attributes["value"]) for t in tags] == [(first.exact, first.attributes["value"])]
    assert operations.suggestions_for(service, doc_id, ("figure",)) == []  # one tagged, one dismissed
    assert panel.suggestions() == []


def test_suggest_task_runs_in_the_background(qtbot):
    text = TEXT * 3
    at = text.index("1.3 million tons")
    gone = ("figure", at, at + len("1.3 million tons"))
    request = DetectionRequest("doc-1", 1, text, reference="2025-07-01", dismissed={gone},
                               known_entities=[("e1", ["Aidarbek Saparov"])])
    results = []
    task = Task(None, "detect", lambda ctx: detect_in_background(request, ctx), success=results.append).start()
    qtbot.waitUntil(task.is_finished, timeout=20000)
    assert task.error is None, task.error
    [found] = results
    assert found and all(text[s.start : s.end] == s.exact for s in found)
    keys = {s.key for s in found}
    assert gone not in keys
    assert ("figure", at + len(TEXT), gone[2] + len(TEXT)) in keys  # the other copies stay
    people = [s for s in found if s.attributes.get("type") == "person"]
    assert len(people) == 3 and all(p.attributes["entity_id"] == "e1" for p in people)


def test_screenshot(panel):
    panel.grab().save("/tmp/suggestions_panel.png")


def test_undoable_accept_and_dismiss(seeded, qtbot):
    """Enter/Backspace through undo commands: undo brings suggestions back, redo removes them."""
    from PySide6.QtGui import QUndoStack

    from desktop.suggest import operations
    from desktop.ui.suggestions_panel import AcceptSuggestionsCommand, DismissSuggestionsCommand

    service, doc_id = seeded
    panel = SuggestionsPanel()
    qtbot.addWidget(panel)
    stack = QUndoStack()
    states = []
    panel.accept_requested.connect(lambda items: stack.push(AcceptSuggestionsCommand(
        service, states.append, doc_id, items, panel.add_suggestions, panel.remove_suggestions)))
    panel.dismiss_requested.connect(lambda items: stack.push(DismissSuggestionsCommand(
        service, doc_id, items, panel.add_suggestions, panel.remove_suggestions)))
    panel.set_suggestions(operations.suggestions_for(service, doc_id, ("figure", "date")))
    before = panel.suggestions()
    panel.list.setFocus()
    first, second = before[0], before[1]

    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    qtbot.keyClick(panel.list, Qt.Key.Key_Backspace)
    assert [t.exact for t in service.tags(doc_id)] == [first.exact]
    assert first not in panel.suggestions() and second not in panel.suggestions()

    stack.undo()  # the dismissal
    assert second in panel.suggestions() and panel.current() == second
    assert second.key in {s.key for s in operations.suggestions_for(service, doc_id)}
    stack.undo()  # the accept
    assert service.tags(doc_id) == [] and states[-1].deleted
    assert panel.suggestions() == before
    stack.redo()
    assert [t.exact for t in service.tags(doc_id)] == [first.exact]
    assert first not in panel.suggestions()
    stack.redo()
    assert second not in panel.suggestions()
    assert second.key not in {s.key for s in operations.suggestions_for(service, doc_id)}


def test_accepting_actor_suggestions_links_entities_with_their_type(qtbot, home):
    """Issue 17 item 2: an accepted actor is linked to (or creates) its entity with
    the recogniser's type, as tagging by hand does; one undo step takes it back."""
    from tests.ui.test_ui import close_window, open_window
    from tests.ui.test_window_features import wait_for_suggestions

    window = open_window(qtbot)
    try:
        wait_for_suggestions(qtbot, window)
        service, doc = window.service, window.current_doc
        window.side.setCurrentWidget(window.suggestions)
        listing = window.suggestions.list
        states = [s for s in window.suggestions.suggestions() if s.kind == "actor" and s.exact == "Kazakhstan"]
        person = next(s for s in window.suggestions.suggestions() if s.attributes.get("name") == "Aidarbek Saparov")
        listing.setFocus()
        for s in (states[0], states[1], person):
            assert window.suggestions.select_suggestion(s.key)
            qtbot.keyClick(listing, Qt.Key.Key_Return)
        tags = {(t.start, t.end): t for t in service.tags(doc, kind="actor")}
        first, second, saparov = (tags[(s.start, s.end)] for s in (states[0], states[1], person))
        assert first.attributes["entity_id"] == second.attributes["entity_id"]  # one entity, two mentions
        from desktop.service.meaning import Meaning

        meaning = Meaning(service)
        kz = meaning.entity(first.attributes["entity_id"])
        assert (kz.name, kz.type) == ("Kazakhstan", "state")
        ent = meaning.entity(saparov.attributes["entity_id"])
        assert (ent.name, ent.type) == ("Aidarbek Saparov", "person")
        assert "Minister of Agriculture" in ent.roles
        assert sorted(e.name for e in meaning.entities()) == ["Aidarbek Saparov", "Kazakhstan"]
        window.undo_stack.undo()  # the person's accept, as one step
        assert (person.start, person.end) not in {(t.start, t.end) for t in service.tags(doc, kind="actor")}
        assert len(service.tags(doc, kind="actor")) == 2
        # a hand-tagged person gets type person, not "other"
        from tests.ui.test_window_features import tag_by_keys

        tag = tag_by_keys(qtbot, window, "Murat Nurtleu", Qt.Key.Key_A)
        assert meaning.entity(tag.attributes["entity_id"]).type == "person"
        tag = tag_by_keys(qtbot, window, "Almaty", Qt.Key.Key_A)
        assert meaning.entity(tag.attributes["entity_id"]).type == "place"
    finally:
        close_window(window)


def test_accept_all_figures_in_the_window_makes_one_undoable_step_of_figure_tags(qtbot, home):
    """The real window: the Accept all menu by keyboard tags every figure suggestion;
    the same menu is in the Tag menu; Ctrl+Z takes the tags back and the suggestions return."""
    from tests.ui.test_ui import close_window, open_window
    from tests.ui.test_window_features import wait_for_suggestions

    window = open_window(qtbot)
    try:
        wait_for_suggestions(qtbot, window)
        panel, doc = window.suggestions, window.current_doc
        window.side.setCurrentWidget(panel)
        assert panel.accept_all_menu.menuAction() in window.tag_menu.actions()
        figures = sorted((s.start, s.end) for s in panel.suggestions() if s.kind == "figure")
        assert figures
        before = {t.id for t in window.service.tags(doc, kind="figure")}
        choose_from_menu(qtbot, panel.accept_all_button, panel.accept_all["figure"].text())
        made = [t for t in window.service.tags(doc, kind="figure") if t.id not in before]
        assert sorted((t.start, t.end) for t in made) == figures
        assert not any(s.kind == "figure" for s in panel.suggestions())
        window.reader.setFocus()
        qtbot.keyClick(window.reader, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert {t.id for t in window.service.tags(doc, kind="figure")} == before
        assert sorted((s.start, s.end) for s in panel.suggestions() if s.kind == "figure") == figures
    finally:
        close_window(window)
