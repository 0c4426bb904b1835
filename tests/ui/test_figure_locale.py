"""A figure's number in the window's language: "9,8 м/с²" in Russian, "9,8 m/sn²" and "%20" in
Turkish, in the Suggestions list, the tag's form, the Figures table and the timeline; a value typed
"9,8" is stored as 9.8; the store and the data exports keep 9.8."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from desktop import i18n
from tests.test_packaging import english_after  # noqa: F401 (fixture)
from tests.ui.test_desk_ui import click_document
from tests.ui.test_ui import close_window, home, open_window  # noqa: F401 (fixture)
from tests.ui.test_window_features import wait_for_suggestions

TEXTS = {
    "ru": ("Ускорение составило 9,8 м/с2, сообщили в лаборатории.\n", "9,8 м/с2", "9,8 м/с²"),
    "tr": ("Ölçülen ivme 9,8 m/s2 oldu ve enflasyon %20 arttı.\n", "9,8 m/s2", "9,8 m/sn²"),
}
TYPED = {"ru": ("10,5", "10,5 м/с²"), "tr": ("1.500,25", "1 500,25 m/sn²")}  # Turkish dots group thousands


def _restart_in(qtbot, lang: str, monkeypatch):
    """Choose the language in View → Language, then start the app again (it applies on restart)."""
    monkeypatch.delenv("CLAIMLINE_LANGUAGE", raising=False)
    window = open_window(qtbot)
    try:
        window.language_menu.actions_by_code[lang].trigger()
        if window.language_menu.notice is not None:
            window.language_menu.notice.close()
    finally:
        close_window(window)
    window = open_window(qtbot)
    assert i18n.installed_language() == lang
    return window


@pytest.mark.parametrize("lang", ["ru", "tr"])
def test_a_decimal_figure_is_shown_in_the_language_and_stored_as_a_number(lang, qtbot, home, monkeypatch, tmp_path,
                                                                         english_after):
    text, quote, shown = TEXTS[lang]
    window = _restart_in(qtbot, lang, monkeypatch)
    try:
        path = tmp_path / "acceleration.txt"
        path.write_text(text, encoding="utf-8")
        doc = window.service.import_files([path])[0].document.id
        window.refresh_library()
        click_document(qtbot, window, doc)
        wait_for_suggestions(qtbot, window)
        panel = window.suggestions
        qtbot.waitUntil(lambda: any(s.exact == quote for s in panel.suggestions()), timeout=30000)
        window.side.setCurrentWidget(panel)
        values = [panel.list.topLevelItem(i).text(2) for i in range(panel.list.topLevelItemCount())]
        assert shown in values, values
        if lang == "tr":
            assert "%20" in values, values  # the Turkish per cent sign comes first
        # Accept it with Enter.
        suggestion = next(s for s in panel.suggestions() if s.exact == quote)
        panel.list.setFocus()
        assert panel.select_suggestion(suggestion.key)
        qtbot.keyClick(panel.list, Qt.Key.Key_Return)
        tag = next(t for t in window.service.tags(doc, kind="figure") if t.start == suggestion.start)
        assert tag.attributes["value"] == 9.8 and isinstance(tag.attributes["value"], float)
        # Click it in the text: the form shows the number as the language writes it.
        qtbot.mouseClick(window.reader.viewport(), Qt.MouseButton.LeftButton, pos=window.reader.point_of(tag.start + 2))
        form = window.meaning_form
        qtbot.waitUntil(lambda: form._tag is not None and form._tag.id == tag.id, timeout=3000)
        assert form.figure_value.text() == "9,8"
        assert form.figure_shown.text() == f"= {shown}"
        # Type a value the language's way: it is stored as the number.
        typed, typed_shown = TYPED[lang]
        form.figure_value.setFocus()
        form.figure_value.selectAll()
        qtbot.keyClicks(form.figure_value, typed)
        qtbot.keyClick(form.figure_value, Qt.Key.Key_Return)
        expected = 10.5 if lang == "ru" else 1500.25
        qtbot.waitUntil(lambda: window.service.get_tag(tag.id).attributes["value"] == expected, timeout=3000)
        assert not form.error.isVisible()
        assert form.figure_shown.text() == f"= {typed_shown}"
        # The Figures table: the value in the language, the unit in its symbols; its CSV keeps the number.
        view = window.figures_view
        view.refresh()
        qtbot.waitUntil(lambda: view.model.rowCount(QModelIndex()) > 0, timeout=5000)
        row = view.model.row_of(tag.id)
        assert view.model.data(view.model.index(row, 2)) == typed_shown.rsplit(" ", 1)[0]
        assert view.model.data(view.model.index(row, 3)) == typed_shown.rsplit(" ", 1)[1]
        assert f",{expected}," in view.to_csv()
        # A range shows both ends, a bound its qualifier (the number in the language).
        window.meaning.set_attributes(tag.id, {"value": 9.8, "upper": 10.5, "qualifier": "≤"})
        view.refresh()
        qtbot.waitUntil(lambda: view.model.data(view.model.index(view.model.row_of(tag.id), 2)) == "≤ 9,8–10,5",
                        timeout=5000)
        assert ",9.8," in view.to_csv()
    finally:
        close_window(window)


def _stored(typed: str):
    """What the service keeps for a value typed in the form (ServiceError when it refuses it)."""
    from desktop.service.meaning import normalise_attributes
    from desktop.ui.localised import typed_number

    return normalise_attributes("figure", {"value": typed_number(typed)})["value"]


def test_a_value_typed_in_english_keeps_the_point(qtbot, home, english_after):
    """In English "1,500" groups thousands and "9.8" is a decimal, as before; words are refused."""
    from desktop.ui.localised import typed_number

    assert _stored("9.8") == 9.8 and _stored("1,500") == 1500 and _stored("1 300 000") == 1300000
    assert _stored("-2.5") == -2.5 and typed_number("") is None and typed_number("many") == "many"
    assert typed_number("Infinity") == "Infinity"  # the service refuses it, as it refuses words
    i18n.install("ru")
    assert _stored("9,8") == 9.8 and _stored("9.8") == 9.8 and _stored("1 500,5") == 1500.5
    assert _stored("-40,5") == -40.5 and _stored("\u22125") == -5  # the typographic minus


@pytest.mark.parametrize("lang", ["en", "ru", "tr"])
def test_a_mark_groups_thousands_only_before_thousands_groups(lang, english_after):
    """"0.125" typed in Russian or Turkish is 0.125, not 125 (a leading 0 groups nothing); "0,125" in
    English is 0.125, not 125; malformed groups and numbers too large to be finite are refused."""
    from desktop.service import ServiceError

    i18n.install(lang)
    for typed in ("0.125", "0,125", "0.500"):
        assert _stored(typed) == float(typed.replace(",", ".")), typed
    assert _stored("1234.567" if lang == "en" else "1234,567") == 1234.567
    assert _stored("1.500,25") == 1500.25 and _stored("1,000,000") == 1000000
    for typed in ("12,5,000", "1.2.3", "1,000.5,5", "1e400", "-1e400"):
        with pytest.raises(ServiceError):
            _stored(typed)
    assert _stored("1e3") == 1000  # an exponent is the service's to read, as before


@pytest.mark.parametrize("lang", ["en", "ru", "tr"])
def test_the_value_field_reads_back_what_it_shows(lang, english_after):
    """Whatever the value, the field's text in the language, typed back, is the value."""
    from hypothesis import given
    from hypothesis import strategies as st

    from desktop.service.meaning import normalise_attributes
    from desktop.ui.localised import editable_number, typed_number

    i18n.install(lang)

    @given(st.one_of(st.integers(min_value=-10**15, max_value=10**15),
                     st.floats(min_value=-1e15, max_value=1e15, allow_nan=False, allow_infinity=False)))
    def round_trip(value):
        shown = editable_number(value)
        assert ("." if lang == "en" else ",") in shown or float(value).is_integer()
        assert normalise_attributes("figure", {"value": typed_number(shown)})["value"] == value

    round_trip()


def test_words_typed_in_russian_are_refused_as_typed(english_after):
    from desktop.ui.localised import typed_number

    i18n.install("ru")
    assert typed_number("много,очень") == "много,очень"  # the service's refusal quotes what was typed
    assert typed_number("0," + "0" * 40 + "1") == "0." + "0" * 40 + "1"  # too long for the reader: the service's


def test_a_long_unit_leaves_the_figures_filter_its_room(qtbot, service, english_after):
    """The unit box fits "Все единицы" whole, but a unit the analyst typed at length is elided in it
    rather than squeezing the filter field to a sliver."""
    from desktop.model import Document
    from desktop.ui.figures_view import FiguresView

    i18n.install("ru")
    long_unit = "tonnes of winter wheat exported to China and the Gulf states by rail and by sea, as estimated"
    info, _ = service.import_document(Document(title="Exports", text="Exports reached 5 t and 7 t.\n", format="txt"))
    service.tag(info.id, "figure", 16, 19, attributes={"value": 5, "unit": "t"})
    service.tag(info.id, "figure", 24, 27, attributes={"value": 7, "unit": long_unit})
    view = FiguresView(service, load=False)
    qtbot.add_widget(view)
    view.resize(1000, 300)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: view.unit_box.count() == 3, timeout=5000)
    qtbot.wait(50)
    assert view.unit_box.itemText(0) == "Все единицы"
    assert view.unit_box.width() >= view.unit_box.fontMetrics().horizontalAdvance("Все единицы")
    assert view.filter.width() > 2 * view.unit_box.width(), (view.filter.width(), view.unit_box.width())


@pytest.mark.parametrize("lang", ["en", "ru", "tr"])
def test_the_figures_filter_reads_every_column_as_shown(lang, qtbot, english_after):
    """The filter's text (read from the record's fields, for speed) is the columns as shown."""
    from desktop.service.tables import Figure
    from desktop.ui.figures_view import FiguresModel

    i18n.install(lang)
    model = FiguresModel()
    for row in (Figure("a", "d", "Доклад", "9,8 м/с2", 9.8, "m/s²", "", "ускорение", "2025", "A", 10.5, "≤"),
                Figure("b", "d", "Rapor", "%20", 20, "%", "million", "", "", "B"),
                Figure("c", "d", "T", "q", None, "", "", "", "", "C")):
        assert model.filter_text(row) == "\n".join(model.display(row, c) for c in range(len(model.columns)))


def test_the_unit_box_offers_each_shown_unit_once(qtbot, english_after):
    """A unit stored as its code ("t") and one the analyst typed in Russian ("т") are both shown "т": the
    box offers "т" once, and choosing it shows both rows, as the unit column does."""
    from desktop.service.tables import Figure
    from desktop.ui.figures_view import FiguresView

    i18n.install("ru")
    view = FiguresView(None, load=False)  # type: ignore[arg-type]  # rows are given, not loaded
    qtbot.add_widget(view)
    rows = [Figure("a", "d", "T", "1,5 млн т", 1500000, "t", "", "", "", "A"),
            Figure("b", "d", "T", "900 т", 900, "т", "", "", "", "B"),
            Figure("c", "d", "T", "5 человек", 5, "people", "", "", "", "A"),
            Figure("e", "d", "T", "без единицы", 7, "", "", "", "", "A")]
    view.model.set_rows(rows)
    view._fill_units()
    shown = [view.unit_box.itemText(i) for i in range(view.unit_box.count())]
    assert shown == ["Все единицы", "(без единицы)", "т", "чел."], shown  # once each, in the order shown
    index = shown.index("т")
    view.unit_box.setCurrentIndex(index)
    view.unit_box.activated.emit(index)
    assert sorted(r.quote for r in view.model.shown_rows()) == ["1,5 млн т", "900 т"]


def test_the_figures_csv_keeps_a_range_s_upper_end_and_a_qualifier(qtbot, home, monkeypatch, tmp_path, english_after):
    """The table shows "10–40 МВт" and "≤ 9,8 м/с²" in Russian; "Copy as CSV" (the shown rows) keeps both ends
    and the qualifier, as numbers (9.8, not 9,8), not just "10,MW" and "9.8,m/s²"."""
    import csv
    import io

    from PySide6.QtWidgets import QApplication

    window = _restart_in(qtbot, "ru", monkeypatch)
    try:
        path = tmp_path / "output.txt"
        path.write_text("Output was 10-40 MW and up to 9.8 m/s2.\n", encoding="utf-8")
        doc = window.service.import_files([path])[0].document.id
        window.service.tag(doc, "figure", 11, 19, attributes={"value": 10, "upper": 40, "unit": "MW"})
        window.service.tag(doc, "figure", 24, 38, attributes={"value": 9.8, "unit": "m/s²", "qualifier": "≤"})
        view = window.figures_view
        view.refresh()
        qtbot.waitUntil(lambda: view.model.rowCount(QModelIndex()) == 2, timeout=5000)
        shown = {view.model.data(view.model.index(r, 2)) + " " + view.model.data(view.model.index(r, 3))
                 for r in range(2)}
        assert shown == {"10–40 МВт", "≤ 9,8 м/с²"}, shown
        QApplication.clipboard().clear()
        qtbot.mouseClick(view.copy_button, Qt.MouseButton.LeftButton)
        records = list(csv.DictReader(io.StringIO(QApplication.clipboard().text())))
        got = {(r["value"], r["upper"], r["qualifier"], r["unit"]) for r in records}
        assert got == {("10", "40", "", "MW"), ("9.8", "", "≤", "m/s²")}, got
    finally:
        close_window(window)
