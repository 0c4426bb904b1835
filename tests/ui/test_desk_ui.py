"""The analyst's desk (issue 17): what a user hits in the first ten minutes, driven in the real window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QTextFormat
from PySide6.QtWidgets import QInputDialog

from desktop.ui.reader import Reader
from desktop.store import open_store
from desktop.ui.roles import DOC_ID_ROLE, ITEM_ROLE, TAG_ID_ROLE
from desktop.ui.timeline_view import tooltip_html
from tests.ui.test_ui import close_window, home, open_window  # noqa: F401 (fixture)
from tests.ui.test_window_features import tag_by_keys


def _props(fmt: QTextFormat) -> dict[int, str]:
    def value(v) -> str:
        if isinstance(v, QBrush):
            return f"{v.color().name(QColor.NameFormat.HexArgb)} {v.style()}"
        return repr(v)

    return {k: value(v) for k, v in fmt.properties().items()}


def block_formats(reader) -> list[tuple[str, dict, list[tuple[str, dict]]]]:
    """Every block's text, block format and character-format runs."""
    out = []
    block = reader.document().begin()
    while block.isValid():
        runs = []
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            runs.append((frag.text(), _props(frag.charFormat())))
            it += 1
        out.append((block.text(), _props(block.blockFormat()), runs))
        block = block.next()
    return out


def fresh_formats(window, doc_id: str):
    """What a brand-new reader shows for ``doc_id``."""
    reader = Reader()
    reader.set_kinds(window.service.kinds())
    doc = window.service.document(doc_id)
    reader.show_document(doc.text, doc.blocks, window.service.tags(doc_id))
    formats = block_formats(reader)
    reader.deleteLater()
    return formats


def click_document(qtbot, window, doc_id: str) -> None:
    lib = window.library
    row = lib.model.row_of(doc_id)
    if row < 0:
        raise AssertionError(f"{doc_id} not in the library")
    rect = lib.table.visualRect(lib.model.index(row, 0))
    qtbot.mouseClick(lib.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.current_doc == doc_id, timeout=3000)


def test_switching_documents_keeps_each_documents_formatting(qtbot, home, tmp_path):
    window = open_window(qtbot)
    seed = window.current_doc
    md = tmp_path / "notes.md"
    md.write_text("# A heading\n\nPlain paragraph one.\n\n> A quoted line.\n\n## Second heading\n\nLast words.\n", encoding="utf-8")
    other = window.service.import_files([md])[0].document.id
    window.refresh_library()

    click_document(qtbot, window, other)
    assert block_formats(window.reader) == fresh_formats(window, other)
    click_document(qtbot, window, seed)
    assert block_formats(window.reader) == fresh_formats(window, seed)
    click_document(qtbot, window, other)
    assert block_formats(window.reader) == fresh_formats(window, other)
    close_window(window)


def test_a_date_tagged_by_keys_fills_the_actor_lanes_with_a_short_title(qtbot, home, monkeypatch):
    window = open_window(qtbot)
    try:
        qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        window.reader.setFocus()
        nurtleu = tag_by_keys(qtbot, window, "Murat Nurtleu", Qt.Key.Key_A)
        orienbank = tag_by_keys(qtbot, window, "Hasan Asadullozoda", Qt.Key.Key_A)
        date = tag_by_keys(qtbot, window, "June 25, 2025", Qt.Key.Key_D)
        stored = window.service.get_tag(date.id).attributes
        assert stored["participants"] == [nurtleu.attributes["entity_id"], orienbank.attributes["entity_id"]]
        lanes = {box.label for box in window.timeline.current_layout().lanes}
        assert {"Murat Nurtleu", "Hasan Asadullozoda"} <= lanes and "(no actor)" not in lanes
        (event,) = [e for e in window.timeline.timeline().events if e.tag_id == date.id]
        assert event.label == "The meeting held on June 25, 2025, in Kazakhstan’s capital…"
        assert len(event.label) <= 60
        assert event.title in tooltip_html(event)  # the whole sentence on hover
        # The participants are edited in the date form; the tag with them is one undo step.
        window.undo_stack.undo()
        assert window.service.get_tag(date.id).deleted
        assert all(e.tag_id != date.id for e in window.timeline.timeline().events)
    finally:
        close_window(window)


def test_a_date_before_the_common_era_is_undated_and_says_why(qtbot, home, tmp_path):
    window = open_window(qtbot)
    try:
        note = tmp_path / "athens.txt"
        note.write_text("Cleisthenes reformed the constitution of Athens in 508 BC, the sources say.\n", encoding="utf-8")
        doc = window.service.import_files([note])[0].document.id
        window.refresh_library()
        click_document(qtbot, window, doc)
        tag = tag_by_keys(qtbot, window, "508 BC", Qt.Key.Key_D)
        assert tag.attributes.get("undated") is True
        view = window.timeline
        (entry,) = [view.undated_list.item(i) for i in range(view.undated_list.count())
                    if view.undated_list.item(i).data(TAG_ID_ROLE) == tag.id]
        assert "before the Common Era" in entry.text() and "could not be read" not in entry.text()
    finally:
        close_window(window)


def test_events_that_do_not_overlap_in_time_share_a_row(qtbot, home):
    window = open_window(qtbot)
    try:
        for quote in ("May 22, 2025", "June 25, 2025", "June 26, 2025", "between 2024 and 2025"):
            tag_by_keys(qtbot, window, quote, Qt.Key.Key_D)
        layout = window.timeline.current_layout()
        rows = {b.event.quote: b.row for b in layout.bars}
        # The two-year range covers the days, so it has a row of its own; May 22 and
        # June 25 share one; June 26, whose marker would touch June 25's, takes the next.
        assert rows["May 22, 2025"] == rows["June 25, 2025"] != rows["June 26, 2025"]
        assert rows["between 2024 and 2025"] not in (rows["May 22, 2025"], rows["June 26, 2025"])
        assert max(rows.values()) == 2
    finally:
        close_window(window)


def test_an_undated_relative_date_says_why_and_offers_the_publication_date(qtbot, home, monkeypatch):
    window = open_window(qtbot)
    try:
        doc = window.current_doc
        assert not window.service.document(doc).info.metadata.get("published")
        qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        window.reader.setFocus()
        tag = tag_by_keys(qtbot, window, "the past decade", Qt.Key.Key_D)
        other = tag_by_keys(qtbot, window, "Paylaş", Qt.Key.Key_D)  # no date at all
        view = window.timeline
        items = {view.undated_list.item(i).data(TAG_ID_ROLE): view.undated_list.item(i)
                 for i in range(view.undated_list.count())}
        assert set(items) == {tag.id, other.id}
        assert "no publication date" in items[tag.id].text()
        assert "could not be read" in items[other.id].text()
        # A click on an item opens its passage.
        window.panel.tree.selectionModel().clearSelection()
        rect = view.undated_list.visualItemRect(items[other.id])
        qtbot.mouseClick(view.undated_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.panel.current_tag_id() == other.id
        assert view.published_button.isVisible() and not view.published_button.isEnabled()
        rect = view.undated_list.visualItemRect(items[tag.id])
        qtbot.mouseClick(view.undated_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert view.published_button.isEnabled()
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("2025-07-03", True))
        qtbot.mouseClick(view.published_button, Qt.MouseButton.LeftButton)
        assert window.service.document(doc).info.metadata["published"] == "2025-07-03"
        dated = window.service.get_tag(tag.id).attributes
        assert (dated["start"], dated.get("undated"), dated.get("reason")) == ("2015", None, None)
        assert [u.tag_id for u in view.timeline().undated] == [other.id]
        assert any(e.tag_id == tag.id for e in view.timeline().events)
        assert not view.published_button.isVisible()
        # Undo takes the date back and the tag is undated again; redo dates it again.
        window.reader.setFocus()
        qtbot.keyClick(window.reader, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert not window.service.document(doc).info.metadata.get("published")
        assert window.service.get_tag(tag.id).attributes.get("undated")
        assert {u.tag_id for u in view.timeline().undated} == {tag.id, other.id}
        window.undo_stack.redo()
        assert window.service.document(doc).info.metadata["published"] == "2025-07-03"
        assert window.service.get_tag(tag.id).attributes["start"] == "2015"
    finally:
        close_window(window)


def test_review_window_names_the_colleague_and_accepts_a_boundary_with_t(qtbot, tmp_path):
    from desktop.service.review import ReviewSession
    from tests.service.test_desk import _boundary_pair
    from tests.ui.test_review_ui import show_review

    a, sa, doc, mine, theirs, _other = _boundary_pair(tmp_path)
    window = show_review(qtbot, ReviewSession(a, tmp_path / "theirs.claimline"))
    try:
        assert "Bob" in window.windowTitle()
        headers = [window.table.horizontalHeaderItem(c).text() for c in range(window.table.columnCount())]
        assert headers[2:4] == ["Ann", "Bob"]
        assert "boundary: <b>1</b>" in window.counts_label.text()
        row = next(r for r, i in enumerate(window.visible) if i.status == "boundary")
        assert window.table.item(row, 0).text() == "boundary"
        assert window.table.item(row, 3).text() == "reduce border crossing times"
        window.table.setFocus()
        window.select_row(row)
        qtbot.keyClick(window.table, Qt.Key.Key_T)
        now = sa.get_tag(mine.id)
        assert (now.start, now.end) == (theirs.start, theirs.end)
        window.grab().save("/tmp/h17/review.png")
    finally:
        a.close()


def _fits(widget, viewport) -> bool:
    """Every visible field of ``widget`` ends inside ``viewport`` (nothing runs off its right edge)."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit

    right = viewport.width()
    fields = [c for cls in (QComboBox, QLineEdit, QAbstractButton) for c in widget.findChildren(cls)]
    for child in fields:
        if child.isVisible():
            edge = child.mapTo(viewport, QPoint(child.width(), 0)).x()
            if edge > right + 1:
                print(f"{child.objectName() or type(child).__name__} ends at {edge}, the panel at {right}")
                return False
    return True


@pytest.mark.parametrize("size", [(1400, 900), (1024, 700)])
def test_layout_side_panel_keeps_its_width_forms_fit_and_the_tag_list_keeps_rows(qtbot, home, size):
    window = open_window(qtbot)
    try:
        window.resize(*size)
        qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        assert window.timeline_dock.isVisible()
        window.reader.setFocus()
        claim = tag_by_keys(qtbot, window, "a broad-based partnership has been built", Qt.Key.Key_C)
        tag_by_keys(qtbot, window, "Murat Nurtleu", Qt.Key.Key_A)
        date = tag_by_keys(qtbot, window, "June 25, 2025", Qt.Key.Key_D)
        # A claim whose asserter and cited reference have long names.
        window.meaning.set_attributes(claim.id, {"asserted_by": window.meaning.create_entity(
            "Ministry of Trade and Integration of the Republic of Kazakhstan", type="organisation").id})
        qtbot.wait(50)
        scroll = window.meaning_form.parentWidget()  # the scroll area's viewport
        for tag in (claim, date):
            window.panel.select_tag(tag.id)
            qtbot.waitUntil(lambda t=tag: window.meaning_form._tag is not None and window.meaning_form._tag.id == t.id)
            qtbot.wait(50)
            assert _fits(window.meaning_form, scroll), f"the {tag.kind} form runs off the panel"
        # The tag list shows several rows even with the dock open.
        tree = window.panel.tree
        row = tree.visualRect(window.panel.index_of(date.id)).height()
        assert tree.viewport().height() >= 3 * row
        # Clicking through the tabs does not change the panel's width (the reader would jump).
        widths = set()
        bar = window.side.tabBar()
        for i in (1, 2, 0, 1):
            qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(i).center())
            qtbot.wait(30)
            assert window.side.currentIndex() == i
            widths.add((window.side.width(), window.reader.width()))
        assert len(widths) == 1
    finally:
        close_window(window)


def test_an_actor_form_offers_the_closest_entity_before_a_new_one(qtbot, home):
    window = open_window(qtbot)
    try:
        murat = window.meaning.create_entity("Murat Nurtleu", type="person")
        window.meaning_controller.refresh_context()
        tag = tag_by_keys(qtbot, window, "Nurtleu", Qt.Key.Key_A, occurrence=1)
        form = window.meaning_form
        window.panel.select_tag(tag.id)
        qtbot.waitUntil(lambda: form._tag is not None and form._tag.id == tag.id)
        # Tagging made a new entity "Nurtleu"; the form offers the existing one first.
        own = window.service.get_tag(tag.id).attributes["entity_id"]
        assert own != murat.id
        assert form.actor_match.isVisible() and "Murat Nurtleu" in form.actor_match.text()
        # Linked already: "Or new" starts empty, so a new entity is a deliberate choice.
        assert form.actor_new_name.text() == "" and not form.actor_new.isEnabled()
        qtbot.mouseClick(form.actor_match, Qt.MouseButton.LeftButton)
        assert window.service.get_tag(tag.id).attributes["entity_id"] == murat.id
        qtbot.waitUntil(lambda: not form.actor_match.isVisible() or "Murat" not in form.actor_match.text())
        window.undo_stack.undo()
        assert window.service.get_tag(tag.id).attributes["entity_id"] == own
    finally:
        close_window(window)


def test_switching_to_dark_while_running_repaints_timeline_labels_and_the_reader(qtbot, home):
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication

    from desktop.app import apply_theme
    from desktop.timeline.render import DARK_INK, LIGHT_INK

    app = QApplication.instance()
    apply_theme(app, dark=False)
    window = open_window(qtbot)
    try:
        qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        window.reader.setFocus()
        tag = tag_by_keys(qtbot, window, "June 25, 2025", Qt.Key.Key_D)
        assert window.timeline.canvas.timeline_scene().ink is LIGHT_INK

        def fill_alpha() -> int:
            cursor = QTextCursor(window.reader.document())
            cursor.setPosition(tag.start + 2)
            return cursor.charFormat().background().color().alpha()

        light_alpha = fill_alpha()
        apply_theme(app, dark=True)  # what the system's colour scheme change does
        qtbot.waitUntil(lambda: window.timeline.canvas.timeline_scene().ink is DARK_INK, timeout=3000)
        assert QColor(DARK_INK.text).lightness() > 160  # light labels on the dark canvas
        assert fill_alpha() != light_alpha  # the highlight took the dark scheme's fill
        assert any(e.tag_id == tag.id for e in window.timeline.timeline().events)
        # Disabled fields stay dark (they were white): the palette sets the Disabled group.
        from PySide6.QtGui import QPalette

        base = app.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Base)
        button = app.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Button)
        assert base.lightness() < 80 and button.lightness() < 80
    finally:
        apply_theme(app, dark=False)
        close_window(window)


def test_the_export_preview_is_a_white_page_in_the_dark_scheme(qtbot, seeded):
    from PySide6.QtWidgets import QApplication

    from desktop.app import apply_theme
    from desktop.ui.export_dialog import ExportDialog

    service, doc = seeded
    service.tag_quote(doc, "claim", "a broad-based partnership has been built")
    app = QApplication.instance()
    apply_theme(app, dark=True)
    try:
        dialog = ExportDialog(service, doc, [doc])
        qtbot.addWidget(dialog)
        dialog.resize(1100, 700)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(lambda: "Rising Axis" in dialog.preview.toPlainText(), timeout=5000)
        image = dialog.preview.viewport().grab().toImage()
        corner = image.pixelColor(image.width() - 4, image.height() - 4)
        assert corner.lightness() > 240  # paper, under the report's dark text
        dialog.grab().save("/tmp/h17/export_dark.png")
        dialog.close()
    finally:
        apply_theme(app, dark=False)


def test_disabled_kind_buttons_are_faded_swatches_not_empty_boxes(qtbot, home):
    from PySide6.QtGui import QIcon

    window = open_window(qtbot)
    try:
        action = window.kind_actions["claim"]
        assert not action.isEnabled()  # nothing selected yet
        kind = next(k for k in window.service.kinds() if k.name == "claim")
        image = action.icon().pixmap(16, 16, QIcon.Mode.Disabled).toImage()
        centre = image.pixelColor(8, 8)
        assert centre.alpha() > 40 and abs(centre.hslHue() - QColor(kind.colour).hslHue()) < 12
        enabled = action.icon().pixmap(16, 16, QIcon.Mode.Normal).toImage().pixelColor(8, 8)
        assert enabled.alpha() == 255 and centre.alpha() < 255
    finally:
        close_window(window)


def test_with_no_tag_selected_the_panel_sums_up_the_documents_tags(qtbot, home):
    window = open_window(qtbot)
    try:
        panel = window.panel
        assert panel.empty.isVisible() and not panel.summary.isVisible()  # nothing tagged yet
        tag_by_keys(qtbot, window, "Murat Nurtleu", Qt.Key.Key_A)
        tag_by_keys(qtbot, window, "Kazakhstan", Qt.Key.Key_A, occurrence=2)
        tag_by_keys(qtbot, window, "Kazakhstan", Qt.Key.Key_A, occurrence=3)
        tag_by_keys(qtbot, window, "June 25, 2025", Qt.Key.Key_D)
        tag_by_keys(qtbot, window, "May 22, 2025", Qt.Key.Key_D)
        # Ctrl+click on the selected tag leaves none selected.
        current = panel.current_tag_id()
        assert current is not None and panel.form.isVisible()
        qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                         pos=panel.tree.visualRect(panel.index_of(current)).center())
        assert panel.current_tag_id() is None
        assert panel.summary.isVisible() and not panel.form.isVisible()
        text = panel.summary.text()
        assert "5 tags in this document" in text and "Actor <b>3</b>" in text
        assert "Kazakhstan (2)" in text and "Murat Nurtleu" in text
        assert "22 May 2025 – 25 June 2025" in text
        # Selecting a tag brings the form back (scrolled into view first, as a user would).
        first = panel.index_of(window.service.tags(window.current_doc)[0].id)
        panel.tree.scrollTo(first)
        qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=panel.tree.visualRect(first).center())
        assert panel.form.isVisible() and not panel.summary.isVisible()
    finally:
        close_window(window)


def test_theme_menu_saves_the_choice_and_applies_it_at_once(qtbot, home):
    from PySide6.QtWidgets import QApplication

    from desktop.settings import open_settings, theme_choice
    from desktop.ui import theme
    from desktop.ui.theme_menu import ThemeMenu

    app = QApplication.instance()
    settings = open_settings()
    menu = ThemeMenu(settings)
    try:
        assert [a.text() for a in menu.actions() if a.text()] == ["&System", "&Light", "&Dark"]
        menu.actions_by_choice["dark"].trigger()
        assert theme_choice(settings) == "dark" and theme.is_dark()
        assert "exportPreview" in app.styleSheet()
        menu.actions_by_choice["light"].trigger()
        assert theme_choice(settings) == "light" and not theme.is_dark()
        # A new menu (the next start) shows the saved choice.
        assert ThemeMenu(settings).actions_by_choice["light"].isChecked()
    finally:
        menu.choose("system")
        theme.apply_theme(app, dark=False)


def test_start_page_offers_import_the_sample_and_recent_stores(qtbot, tmp_path):
    from desktop.ui.start_page import StartPage

    page = StartPage()
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.set_recent([str(tmp_path / "colleague.claimline"), str(tmp_path / "old.claimline")])
    page.show()
    qtbot.waitExposed(page)
    with qtbot.waitSignal(page.import_requested):
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.sample_requested):
        qtbot.mouseClick(page.sample_button, Qt.MouseButton.LeftButton)
    item = page.recent.item(1)
    with qtbot.waitSignal(page.store_chosen) as chosen:
        qtbot.mouseClick(page.recent.viewport(), Qt.MouseButton.LeftButton, pos=page.recent.visualItemRect(item).center())
    assert chosen.args == [str(tmp_path / "old.claimline")]
    page.set_recent([], sample_available=False)
    assert not page.recent.isVisible() and not page.sample_button.isVisible()


def test_tagging_collapses_the_selection_so_the_new_highlight_shows(qtbot, home):
    window = open_window(qtbot)
    try:
        tag = tag_by_keys(qtbot, window, "Murat Nurtleu", Qt.Key.Key_A)
        assert window.reader.selected_span() is None
        assert window.reader.textCursor().position() == tag.end
        assert not window.kind_actions["claim"].isEnabled()  # nothing left to tag
        assert window.panel.current_tag_id() == tag.id
    finally:
        close_window(window)


def test_undo_names_another_documents_step_and_the_toolbar_keeps_its_width(qtbot, home, tmp_path):
    from PySide6.QtWidgets import QToolBar, QToolButton

    window = open_window(qtbot)
    try:
        seed = window.current_doc
        toolbar = next(t for t in window.findChildren(QToolBar) if t.objectName() == "mainToolbar")
        button = next(b for b in toolbar.findChildren(QToolButton) if b.defaultAction() is window.undo_button_action)
        width = button.sizeHint().width()
        tag = tag_by_keys(qtbot, window, "Murat Nurtleu", Qt.Key.Key_A)
        assert window.undo_action.text() == "&Undo tag as actor"
        assert button.text() == "Undo" and button.sizeHint().width() == width  # a fixed label
        assert "Undo tag as actor" in window.undo_button_action.toolTip()
        # Another document opened: the step is named with its document.
        md = tmp_path / "notes.md"
        md.write_text("# Other notes\n\nNothing tagged here.\n", encoding="utf-8")
        other = window.service.import_files([md])[0].document.id
        window.refresh_library()
        click_document(qtbot, window, other)
        title = window.service.document(seed).info.title
        assert window.undo_action.text().startswith("&Undo tag as actor — in “")
        assert title[:20] in window.undo_action.text()
        # Ctrl+Z undoes it there, opens that document and says so.
        qtbot.keyClick(window.reader, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert window.service.get_tag(tag.id).deleted
        assert window.current_doc == seed
        assert "Undo tag as actor" in window.statusBar().currentMessage()
        assert button.sizeHint().width() == width
    finally:
        close_window(window)


def test_view_theme_menu_switches_the_window_to_dark_and_back(qtbot, home):
    from PySide6.QtWidgets import QApplication

    from desktop.settings import theme_choice
    from desktop.ui import theme

    window = open_window(qtbot)
    try:
        view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
        theme_menu = next(a.menu() for a in view.actions() if a.menu() is window.theme_menu)
        theme_menu.actions_by_choice["dark"].trigger()
        assert theme.is_dark() and theme_choice(window.settings) == "dark"
        qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        from desktop.timeline.render import DARK_INK

        qtbot.waitUntil(lambda: window.timeline.canvas.timeline_scene().ink is DARK_INK, timeout=3000)
        theme_menu.actions_by_choice["light"].trigger()
        assert not theme.is_dark()
    finally:
        window.theme_menu.choose("system")
        theme.apply_theme(QApplication.instance(), dark=False)
        close_window(window)


def test_an_encrypted_pdf_asks_its_password_again_until_it_opens(qtbot, home, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QLineEdit

    from tests.service.test_desk import encrypted_pdf

    window = open_window(qtbot)
    try:
        pdf = encrypted_pdf(tmp_path / "locked report.pdf", "s3cret")
        answers = iter([("wrong", True), ("s3cret", True)])
        asked = []

        def answer(_parent, _title, label, echo, *_args):
            asked.append((label, echo))
            return next(answers)

        monkeypatch.setattr(QInputDialog, "getText", answer)
        window.imports.import_files([str(pdf)])
        qtbot.waitUntil(lambda: any("A locked report" in window.service.text(d.id) for d in window.service.documents()),
                        timeout=20000)
        # The import stores the text first; the window opens it when the task reports back.
        qtbot.waitUntil(lambda: "A locked report" in window.reader.toPlainText(), timeout=20000)
        assert [label for label, _ in asked] == [
            "“locked report.pdf” is locked with a password. Password:",
            "That password does not open “locked report.pdf”. Try again:",
        ]
        assert all(echo == QLineEdit.EchoMode.Password for _, echo in asked)
    finally:
        close_window(window)


def test_an_empty_store_shows_the_start_page_and_its_sample_opens(qtbot, home, tmp_path):
    from desktop.settings import add_recent_store, open_settings

    older = tmp_path / "older.claimline"
    open_store(older, create=True).close()
    add_recent_store(open_settings(), older)
    window = open_window(qtbot, str(tmp_path / "empty.claimline"))
    try:
        start = window.views.start_page
        assert window.views.showing_start() and start.isVisible()
        assert [start.recent.item(i).data(ITEM_ROLE) for i in range(start.recent.count())] == [str(older.resolve())]
        qtbot.mouseClick(start.sample_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.current_doc is not None, timeout=20000)
        assert not window.views.showing_start() and "Rising Axis of Trade" in window.reader.toPlainText()
        assert [d.title[:30] for d in window.service.documents()] == ["The Rising Axis of Trade in Ce"]
        # A recent store opens with a click; it is empty too, so the start page shows again.
        window.stores.switch_store(tmp_path / "empty.claimline", create=False)
        assert not window.views.showing_start()
        window.stores.switch_store(older, create=False)
        assert window.views.showing_start() and window.store.path == older
    finally:
        close_window(window)
