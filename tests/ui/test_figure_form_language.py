"""The figure form in the window's language: "1.500" typed is 1.5 in Russian (a Russian keyboard's numpad types "."
as the decimal mark; Russian groups thousands with a space) and 1 500 in Turkish (Turkish groups thousands with a dot);
the Unit field shows the language's symbol ("м/с²") beside "= 9,8 м/с²", and a symbol typed there is stored as the
unit's code ("m/s²"), so the Figures table, its filter and the exports keep one unit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.test_packaging import english_after  # noqa: F401 (fixture)
from tests.ui.test_figure_locale import _restart_in
from tests.ui.test_ui import close_window, home, open_window  # noqa: F401 (fixture)

CASES = {
    # language: (shown unit of m/s², "1.500" stored as, a symbol typed in the field, the code stored for it)
    "ru": ("м/с²", 1.5, "км/ч", "km/h"),
    "tr": ("m/sn²", 1500, "km/sa", "km/h"),
}


def _type(qtbot, field, text: str) -> None:
    """Type ``text`` over the field's text and press Enter (QTest types ASCII only: other letters are inserted as an
    input method would)."""
    field.setFocus()
    field.selectAll()
    if text.isascii():
        qtbot.keyClicks(field, text)
    else:
        field.insert(text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


@pytest.mark.parametrize("lang", ["ru", "tr"])
def test_the_figure_form_reads_and_shows_numbers_and_units_in_the_language(lang, qtbot, home, monkeypatch, tmp_path,
                                                                           english_after):
    shown_unit, dotted, typed_unit, stored_unit = CASES[lang]
    window = _restart_in(qtbot, lang, monkeypatch)
    try:
        path = tmp_path / "speeds.txt"
        path.write_text("Measured: 9.8 m/s2 and then a gust of 120 km/h at noon.\n", encoding="utf-8")
        doc = window.service.import_files([path])[0].document.id
        tag = window.service.tag(doc, "figure", 10, 18, attributes={"value": 9.8, "unit": "m/s²"})
        window.refresh_library()
        from tests.ui.test_desk_ui import click_document

        click_document(qtbot, window, doc)
        qtbot.mouseClick(window.reader.viewport(), Qt.MouseButton.LeftButton, pos=window.reader.point_of(tag.start + 2))
        form = window.meaning_form
        qtbot.waitUntil(lambda: form._tag is not None and form._tag.id == tag.id, timeout=3000)
        # The Unit field says the unit as the line beside it does, not the stored code.
        assert form.figure_unit.text() == shown_unit
        assert form.figure_shown.text().endswith(f" {shown_unit}"), form.figure_shown.text()
        # "1.500" typed in the Value field.
        _type(qtbot, form.figure_value, "1.500")
        qtbot.waitUntil(lambda: window.service.get_tag(tag.id).attributes["value"] == dotted, timeout=3000)
        assert not form.error.isVisible()
        # A symbol typed in the language is stored as the unit's code, and shown again as the symbol.
        _type(qtbot, form.figure_unit, typed_unit)
        qtbot.waitUntil(lambda: window.service.get_tag(tag.id).attributes.get("unit") == stored_unit, timeout=3000)
        qtbot.waitUntil(lambda: form.figure_unit.text() == typed_unit, timeout=3000)
        # The code typed as such is kept; a unit of the analyst's own too.
        _type(qtbot, form.figure_unit, "m/s²")
        qtbot.waitUntil(lambda: window.service.get_tag(tag.id).attributes.get("unit") == "m/s²", timeout=3000)
        _type(qtbot, form.figure_unit, "узлов" if lang == "ru" else "knot")
        qtbot.waitUntil(lambda: window.service.get_tag(tag.id).attributes.get("unit") in ("узлов", "knot"), timeout=3000)
    finally:
        close_window(window)
