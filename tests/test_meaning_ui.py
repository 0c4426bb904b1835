"""The meaning form, its undo commands, and the entities, figures and codebook views (issue 4)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from desktop.anchoring import find_quote
from desktop.service.meaning import Meaning
from desktop.ui.meaning_commands import MeaningController
from desktop.ui.meaning_form import MeaningForm


def tag_quote(service, doc_id, kind, quote, occurrence=1):
    start, end = find_quote(service.text(doc_id), quote, occurrence)
    attrs = Meaning(service).attributes_for_tag(doc_id, kind, start, end)
    return service.tag(doc_id, kind, start, end, attributes=attrs)


@pytest.fixture
def rig(qtbot, seeded):
    """A form wired to undo commands over the seeded store, as the main window wires it."""
    service, doc = seeded
    meaning = Meaning(service)
    form = MeaningForm(suggest=meaning.suggest_entities)
    qtbot.add_widget(form)
    stack = QUndoStack()
    applied = []
    controller = MeaningController(meaning, stack, form, applied.append)
    controller.set_document(doc)
    form.resize(420, 420)
    form.show()
    return service, doc, meaning, form, stack, controller, applied


def type_into(qtbot, widget, text):
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_figure_fields_edit_persist_and_undo(qtbot, rig):
    service, doc, meaning, form, stack, controller, applied = rig
    fig = tag_quote(service, doc, "figure", "1.3 million tons")
    controller.show_tag(fig.id)
    assert form.pages.currentWidget() is form.figure_page
    assert form.figure_value.text() == "1300000" and form.figure_unit.text() == "t"
    assert "1 300 000 t" in form.figure_shown.text() and "million" in form.figure_shown.text()
    type_into(qtbot, form.figure_measures, "grain exports to Tajikistan")
    type_into(qtbot, form.figure_period, "2025")
    attrs = service.get_tag(fig.id).attributes
    assert attrs["measures"] == "grain exports to Tajikistan" and attrs["period"] == "2025"
    type_into(qtbot, form.figure_value, "many")  # refused, shown, nothing written
    assert form.error.isVisible() and "not a number" in form.error.text()
    assert service.get_tag(fig.id).attributes["value"] == 1300000
    assert form.figure_value.text() == "1300000"
    stack.undo()
    assert service.get_tag(fig.id).attributes["period"] == ""
    assert form.figure_period.text() == ""
    stack.redo()
    assert service.get_tag(fig.id).attributes["period"] == "2025"


def test_date_typed_in_words_is_parsed_shown_and_stored(qtbot, rig):
    service, doc, meaning, form, stack, controller, applied = rig
    date = tag_quote(service, doc, "date", "the month of June")
    controller.show_tag(date.id)
    assert form.pages.currentWidget() is form.date_page
    assert "undated" in form.date_shown.text()  # the seed has no publication date
    assert "throughout the month of June" in form.date_title.text()
    type_into(qtbot, form.date_text, "June 2025")
    attrs = service.get_tag(date.id).attributes
    assert (attrs["start"], attrs["end"], attrs["precision"]) == ("2025-06", "2025-06", "month")
    assert "undated" not in attrs
    assert form.date_shown.text() == "= June 2025"
    type_into(qtbot, form.date_end, "2025-07")
    assert service.get_tag(date.id).attributes["end"] == "2025-07"
    type_into(qtbot, form.date_place, "Astana")
    type_into(qtbot, form.date_text, "someday")
    assert "Cannot read" in form.error.text()
    assert service.get_tag(date.id).attributes["place"] == "Astana"


def test_date_participants_are_checked_with_the_keyboard(qtbot, rig):
    service, doc, meaning, form, stack, controller, applied = rig
    murat = meaning.create_entity("Murat Nurtleu", type="person")
    meaning.create_entity("Astana", type="place")
    date = tag_quote(service, doc, "date", "June 25, 2025")
    controller.refresh_context()
    controller.show_tag(date.id)
    lst = form.date_participants
    row = [lst.item(i).text() for i in range(lst.count())].index("Murat Nurtleu")
    lst.setFocus()
    lst.setCurrentRow(row)
    qtbot.keyClick(lst, Qt.Key.Key_Space)
    assert service.get_tag(date.id).attributes["participants"] == [murat.id]
    stack.undo()
    assert service.get_tag(date.id).attributes["participants"] == []


def test_actor_entity_picker_offers_fuzzy_matches_and_new_entity(qtbot, rig):
    service, doc, meaning, form, stack, controller, applied = rig
    ussr = meaning.create_entity("Union of Soviet Socialist Republics", type="state", aliases=["USSR"])
    actor = tag_quote(service, doc, "actor", "USSR")
    assert actor.attributes["entity_id"] == ussr.id  # alias match on tagging
    actor2 = tag_quote(service, doc, "actor", "Union of Soviet Socialist Republics")
    assert actor2.attributes["entity_id"] == ussr.id
    meaning.create_entity("Tajikistan", type="state")
    controller.refresh_context()
    controller.show_tag(actor.id)
    assert form.pages.currentWidget() is form.actor_page
    box = form.actor_entity
    assert box.currentData() == ussr.id and "match" in box.currentText()
    assert "also: USSR" in form.actor_info.text()
    # a new entity of its own, by keyboard
    form.actor_new_name.setFocus()
    form.actor_new_name.selectAll()
    qtbot.keyClicks(form.actor_new_name, "Soviet Union")
    qtbot.keyClick(form.actor_new_name, Qt.Key.Key_Return)
    new_id = service.get_tag(actor.id).attributes["entity_id"]
    assert new_id != ussr.id and meaning.entity(new_id).name == "Soviet Union"
    assert box.currentData() == new_id
    stack.undo()
    assert service.get_tag(actor.id).attributes["entity_id"] == ussr.id
    assert new_id not in {e.id for e in meaning.entities()}
    stack.redo()
    assert service.get_tag(actor.id).attributes["entity_id"] == new_id
    # choose back the old one from the combo with the keyboard
    box.setFocus()
    index = box.findData(ussr.id)
    box.setCurrentIndex(index)
    box.activated.emit(index)
    assert service.get_tag(actor.id).attributes["entity_id"] == ussr.id


def test_claim_fields(qtbot, rig):
    service, doc, meaning, form, stack, controller, applied = rig
    kazinform = meaning.create_entity("Kazinform", type="organisation")
    claim = tag_quote(service, doc, "claim", "Kazakhstan’s orientation toward Tajikistan reflects a shift")
    controller.refresh_context()
    controller.show_tag(claim.id)
    assert form.pages.currentWidget() is form.claim_page
    assert form.claim_cites.count() == 4  # none + three footnotes
    for box, data in ((form.claim_by, kazinform.id), (form.claim_reliability, "B"), (form.claim_credibility, 2)):
        index = box.findData(data)
        box.setCurrentIndex(index)
        box.activated.emit(index)
    refs = meaning.references(doc)
    form.claim_cites.setCurrentIndex(form.claim_cites.findData(refs[0].id))
    form.claim_cites.activated.emit(form.claim_cites.currentIndex())
    type_into(qtbot, form.claim_topics, "trade, customs")
    assert service.get_tag(claim.id).attributes == {
        "asserted_by": kazinform.id, "cites": refs[0].id, "reliability": "B", "credibility": 2,
        "topics": ["trade", "customs"]}
    assert form.claim_reliability.currentText().startswith("B – usually")
    for _ in range(5):
        stack.undo()
    assert service.get_tag(claim.id).attributes["asserted_by"] is None


def test_links_made_and_removed_from_the_form_and_undone(qtbot, rig):
    service, doc, meaning, form, stack, controller, applied = rig
    claim = tag_quote(service, doc, "claim", "the past decade has witnessed a notable revival")
    fig = tag_quote(service, doc, "figure", "1.3 million tons")
    controller.refresh_context()
    controller.show_tag(fig.id)
    form.link_relation.setCurrentIndex(form.link_relation.findData("supports"))
    form.link_target.setCurrentIndex(form.link_target.findData(claim.id))
    form.link_add.setFocus()
    qtbot.keyClick(form.link_add, Qt.Key.Key_Space)
    [ln] = meaning.links(fig.id)
    assert (ln.source_id, ln.target_id, ln.relation) == (fig.id, claim.id, "supports")
    assert form.links_list.item(0).text().startswith("this supports claim:")
    form.links_list.setFocus()
    form.links_list.setCurrentRow(0)
    qtbot.keyClick(form.links_list, Qt.Key.Key_Delete)
    assert meaning.links(fig.id) == []
    stack.undo()
    assert len(meaning.links(fig.id)) == 1
    stack.undo()
    assert meaning.links(fig.id) == []
    assert stack.count() == 2
    # a refused link (to itself) pushes nothing and says why
    form.link_requested.emit(fig.id, fig.id, "related")
    assert stack.index() == 0 and "itself" in form.error.text()


def test_form_screenshot(qtbot, rig, tmp_path):
    service, doc, meaning, form, stack, controller, applied = rig
    meaning.create_entity("Murat Nurtleu", type="person")
    date = tag_quote(service, doc, "date", "June 25, 2025")
    controller.refresh_context()
    controller.show_tag(date.id)
    QApplication.processEvents()
    image = form.grab()
    assert image.width() > 200 and image.height() > 200
    image.save(str(tmp_path / "form.png"))


# -- entities view ---------------------------------------------------------------------


@pytest.fixture
def entities_rig(qtbot, rig):
    from desktop.ui.entities_view import EntitiesView

    service, doc, meaning, form, stack, controller, applied = rig
    kaz = [tag_quote(service, doc, "actor", "Kazakhstan", n) for n in (1, 2, 3)]
    ussr_long = tag_quote(service, doc, "actor", "Union of Soviet Socialist Republics")
    ussr_short = tag_quote(service, doc, "actor", "USSR")
    view = EntitiesView(meaning)
    qtbot.add_widget(view)
    controller.connect_entities_view(view)
    view.resize(560, 460)
    view.show()
    return service, doc, meaning, view, stack, kaz, ussr_long, ussr_short


def names_in_view(view):
    return [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())]


def test_entities_view_lists_counts_sorted_and_filters(qtbot, entities_rig):
    service, doc, meaning, view, stack, kaz, *_ = entities_rig
    assert names_in_view(view)[0] == "Kazakhstan"  # most mentions first
    row = view.row_of(kaz[0].attributes["entity_id"])
    assert view.proxy.index(row, 3).data() == "3" and view.proxy.index(row, 4).data() == "1"
    qtbot.keyClicks(view.filter, "ussr")
    assert names_in_view(view) == ["USSR"]
    view.filter.clear()
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert names_in_view(view) == sorted(names_in_view(view), key=str.casefold)


def test_entities_view_merge_two_rename_and_undo(qtbot, entities_rig):
    service, doc, meaning, view, stack, kaz, ussr_long, ussr_short = entities_rig
    long_id, short_id = ussr_long.attributes["entity_id"], ussr_short.attributes["entity_id"]
    view.select_entity(long_id)
    view.table.selectionModel().select(
        view.proxy.index(view.row_of(short_id), 0),
        view.table.selectionModel().SelectionFlag.Select | view.table.selectionModel().SelectionFlag.Rows,
    )
    assert view.merge_button.isEnabled()
    view.merge_button.setFocus()
    qtbot.keyClick(view.merge_button, Qt.Key.Key_Space)
    assert service.get_tag(ussr_short.id).attributes["entity_id"] == long_id
    assert "USSR" not in names_in_view(view)
    row = view.row_of(long_id)
    assert view.proxy.index(row, 2).data() == "USSR" and view.proxy.index(row, 3).data() == "2"
    stack.undo()
    assert "USSR" in names_in_view(view)
    assert service.get_tag(ussr_short.id).attributes["entity_id"] == short_id
    # rename with F2 on the name cell
    view.table.setFocus()
    view.select_entity(short_id)
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    from PySide6.QtWidgets import QLineEdit

    editor = view.table.viewport().findChild(QLineEdit)
    assert editor is not None, "F2 opened no editor"
    editor.selectAll()
    qtbot.keyClicks(editor, "Soviet Union")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits an edit through a queued call
    QApplication.processEvents()
    assert meaning.entity(short_id).name == "Soviet Union" and meaning.entity(short_id).aliases == ("USSR",)
    stack.undo()
    assert meaning.entity(short_id).name == "USSR"
    assert "USSR" in names_in_view(view)


def test_entities_view_mentions_split_and_jump(qtbot, entities_rig):
    service, doc, meaning, view, stack, kaz, *_ = entities_rig
    kaz_id = kaz[0].attributes["entity_id"]
    view.select_entity(kaz_id)
    assert view.mentions.count() == 3 and "[Kazakhstan]" in view.mentions.item(0).text()
    view.mentions.setFocus()
    view.mentions.setCurrentRow(1)
    with qtbot.wait_signal(view.mention_activated) as blocker:
        qtbot.keyClick(view.mentions, Qt.Key.Key_Return)
    assert blocker.args == [doc, kaz[1].id]
    qtbot.keyClick(view.split_button, Qt.Key.Key_Space)
    new_id = service.get_tag(kaz[1].id).attributes["entity_id"]
    assert new_id != kaz_id and meaning.entity_counts()[kaz_id].mentions == 2
    assert names_in_view(view).count("Kazakhstan") == 2
    stack.undo()
    assert service.get_tag(kaz[1].id).attributes["entity_id"] == kaz_id
    assert names_in_view(view).count("Kazakhstan") == 1
    view.grab().save("/tmp/entities_view.png")


# -- figures view ----------------------------------------------------------------------


def test_figures_view_sorts_numbers_filters_and_copies_csv(qtbot, seeded):
    import csv
    import io

    from desktop.model import Document
    from desktop.ui.figures_view import FiguresView

    service, doc = seeded
    meaning = Meaning(service)
    tons = tag_quote(service, doc, "figure", "1.3 million tons")
    meaning.set_attributes(tons.id, {"measures": "grain exports", "period": "2025"})
    other, _ = service.import_document(Document("Other report", "Trade rose 20% to $4.5 bn, and 900 t more.", "txt"))
    for q in ("20%", "$4.5 bn", "900 t"):
        tag_quote(service, other.id, "figure", q)
    view = FiguresView(service)
    qtbot.add_widget(view)
    view.resize(760, 300)
    view.show()
    assert view.model.rowCount() == 4
    view.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert [r["value"] for r in view.rows()] == [4500000000, 1300000, 900, 20]
    view.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert [r["value"] for r in view.rows()] == [20, 900, 1300000, 4500000000]
    qtbot.keyClicks(view.filter, "grain")
    assert [r["quote"] for r in view.rows()] == ["1.3 million tons"]
    view.filter.clear()
    view.unit_box.setCurrentIndex(view.unit_box.findData("t"))
    view.unit_box.activated.emit(view.unit_box.currentIndex())
    assert [r["value"] for r in view.rows()] == [900, 1300000]
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    records = list(csv.DictReader(io.StringIO(QApplication.clipboard().text())))
    assert [(r["quote"], r["value"], r["unit"], r["measures"]) for r in records] == [
        ("900 t", "900", "t", ""), ("1.3 million tons", "1300000", "t", "grain exports")]
    assert records[1]["tag_id"] == tons.id and records[1]["period"] == "2025"
    view.table.setCurrentIndex(view.model.index(1, 1))
    with qtbot.wait_signal(view.tag_activated) as blocker:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert blocker.args == [doc, tons.id]
    view.grab().save("/tmp/figures_view.png")


# -- codebook dialog -------------------------------------------------------------------


def test_codebook_dialog_adds_edits_refuses_and_undoes(qtbot, rig, tmp_path):
    from desktop.ui.codebook_dialog import CodebookDialog

    service, doc, meaning, form, stack, controller, applied = rig
    dialog = CodebookDialog(meaning)
    qtbot.add_widget(dialog)
    controller.connect_codebook_dialog(dialog)
    changed = []
    controller.kinds_changed.connect(lambda: changed.append(1))
    dialog.show()
    assert dialog.list.count() == 4 and dialog.list.item(0).text() == "Claim  [C]"
    qtbot.keyClick(dialog.add_button, Qt.Key.Key_Space)
    assert dialog.current_name() == "new-kind" and dialog.focusWidget() is dialog.label_edit
    qtbot.keyClicks(dialog.label_edit, "Sanction")
    qtbot.keyClick(dialog.label_edit, Qt.Key.Key_Return)
    type_into(qtbot, dialog.shortcut_edit, "s")
    type_into(qtbot, dialog.colour_edit, "#AA3311")
    type_into(qtbot, dialog.description_edit, "A measure against a state")
    dialog.parent_box.setCurrentIndex(dialog.parent_box.findData("claim"))
    dialog.parent_box.activated.emit(dialog.parent_box.currentIndex())
    kind = next(k for k in meaning.codebook() if k.name == "new-kind")
    assert (kind.label, kind.shortcut, kind.colour, kind.description, kind.parent) == (
        "Sanction", "S", "#aa3311", "A measure against a state", "claim")
    assert service.kind("new-kind").label == "Sanction" and changed
    assert dialog.list.currentItem().text() == "    Sanction  [S]"  # indented under Claim
    type_into(qtbot, dialog.shortcut_edit, "c")  # taken by Claim: refused, said, not stored
    assert "taken" in dialog.error.text() and dialog.shortcut_edit.text() == "S"
    depth = stack.index()
    while stack.index() > depth - 6:
        stack.undo()
    assert "new-kind" not in {k.name for k in meaning.codebook()}
    assert dialog.list.count() == 4
    # export/import through the dialog's intents
    path = tmp_path / "b.qdc"
    dialog.export_requested.emit(str(path))
    assert path.is_file() and "urn:QDA-XML:codebook:1.0" in path.read_text()
    dialog.grab().save("/tmp/codebook_dialog.png")


def test_undo_of_a_kind_added_in_a_closed_codebook_dialog(qtbot, rig):
    from desktop.ui.codebook_dialog import CodebookDialog

    service, doc, meaning, form, stack, controller, applied = rig
    dialog = CodebookDialog(meaning)
    controller.connect_codebook_dialog(dialog)
    dialog.kind_add_requested.emit({"label": "Threat", "colour": "#123456"})
    assert "threat" in {k.name for k in meaning.codebook()}
    dialog.close()
    dialog.deleteLater()
    QApplication.processEvents()
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    stack.undo()
    assert "threat" not in {k.name for k in meaning.codebook()}
