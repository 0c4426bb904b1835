"""The window and the report in Turkish and Russian: built-in kind names, dates, section titles.

A user's own kind names are never translated; every .ts entry is translated.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt

from desktop import i18n
from desktop.export.model import ReportOptions, gather
from desktop.export.run import render
from desktop.export.texts import CATALOGUE, Texts
from desktop.store import open_store
from desktop.timeline.render import axis_ticks
from tests.conftest import REPO
from tests.test_packaging import english_after  # noqa: F401 (fixture)
from tests.ui.test_review_ui import review  # noqa: F401 (fixture)
from tests.ui.test_window_features import wait_for_suggestions

TRANSLATIONS = REPO / "resources" / "translations"
KIND_NAMES = {
    "tr": {"claim": "İddia", "actor": "Aktör", "figure": "Rakam", "date": "Tarih / olay"},
    "ru": {"claim": "Утверждение", "actor": "Актор", "figure": "Показатель", "date": "Дата / событие"},
}
JUNE = {"tr": "Haziran", "ru": "июня"}  # "25 June 2025" in the seed article, as a day date


def _window_in(lang, qtbot, monkeypatch, tmp_path):
    from desktop.app import create_window, make_application

    monkeypatch.setenv("CLAIMLINE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("CLAIMLINE_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("CLAIMLINE_LANGUAGE", lang)
    make_application()
    assert i18n.installed_language() == lang
    window = create_window()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("lang", ["tr", "ru"])
def test_window_says_built_in_kinds_and_dates_in_its_language(lang, qtbot, monkeypatch, tmp_path, english_after):
    window = _window_in(lang, qtbot, monkeypatch, tmp_path)
    try:
        names = KIND_NAMES[lang]
        tag_as = QCoreApplication.translate("MainWindow", "Tag as {0}")
        assert tag_as != "Tag as {0}"
        menu = [a.text() for a in window.tag_menu.actions()]
        toolbar = [a.iconText() for a in window.tag_toolbar.actions()]
        for name, label in names.items():
            assert tag_as.format(label) in menu  # "İddia olarak etiketle"
            assert label in toolbar
        assert not {"Claim", "Actor", "Figure", "Date / event"} & set(toolbar)
        # The Tags panel's kind rows and the status bar's counts.
        model = window.panel.model
        rows = [model.data(model.index(r, 0, QModelIndex()), Qt.ItemDataRole.DisplayRole)
                for r in range(model.rowCount(QModelIndex()))]
        assert [r.split("  ·  ")[0] for r in rows] == list(names.values())
        assert window.status_label.text().startswith(f"{names['claim']}: 0")
        # Suggestions: dates in the language's month names, entity types translated.
        wait_for_suggestions(qtbot, window)
        values = [window.suggestions.list.topLevelItem(i).text(2)
                  for i in range(window.suggestions.list.topLevelItemCount())]
        assert any(JUNE[lang] in v for v in values), values
        assert {"tr": "1 300 000 ton", "ru": "1 300 000 т"}[lang] in values  # "1.3 million tons", unit in the language
        state = QCoreApplication.translate("EntityEditor", "state")
        assert state != "state" and any(v.endswith(f"({state})") for v in values)

        # The timeline: the lane without participants and the month axis.
        dates = [s for s in window.suggestions.suggestions() if s.kind == "date" and s.attributes.get("start")]
        window.suggest.accept(dates)
        assert JUNE[lang] in window.panel._summary_html()  # the Tags tab's summary: "2024 – 26 Haziran 2025"
        layout = window.timeline.canvas.layout_  # what the Timeline dock draws
        no_actor = {"tr": "(aktör yok)", "ru": "(без актора)"}[lang]
        assert [box.label for box in layout.lanes] == [no_actor]
        _unit, ticks = axis_ticks(0, 400, 3.0, layout.words)  # a month axis over 1 Jan year 1 + 400 days
        assert {"tr": "Şub", "ru": "Февр"}[lang] in " ".join(label for _day, label in ticks)

        # A kind the user made keeps its name, even when it reads like a built-in one;
        # a renamed built-in kind shows the user's label.
        window.meaning.add_kind("Claim", "#123456", name="own")
        window.meaning.edit_kind("figure", label="Numbers")
        window._kinds_changed()
        labels = [a.iconText() for a in window.tag_toolbar.actions()]
        assert "Claim" in labels and "Numbers" in labels and names["claim"] in labels
        assert names["figure"] not in labels
    finally:
        window.close()
        window.store.close()


def _report(store_path, fmt: str, lang: str) -> str:
    store = open_store(store_path)
    try:
        model = gather(store, ReportOptions(language=lang), timeline=False)
    finally:
        store.close()
    data = render(model, fmt)
    if fmt == "pdf":
        import pymupdf

        with pymupdf.open(stream=data, filetype="pdf") as doc:
            return "\n".join(page.get_text() for page in doc) + "\n" + "\n".join(t[1] for t in doc.get_toc())
    if fmt == "docx":
        import io
        import zipfile

        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return re.sub(r"<[^>]+>", " ", z.read("word/document.xml").decode("utf-8"))
    return data.decode("utf-8")


@pytest.mark.parametrize("fmt", ["html", "md", "docx", "pdf"])
def test_report_section_titles_in_each_language(seeded, fmt):
    service, _doc_id = seeded
    path = service.store.path
    english = _report(path, fmt, "en")
    for title in ("Summary", "Actors index", "Figures", "Claims", "Source quote", "Asserted by"):
        assert title in english
    for lang in ("tr", "ru"):
        text = _report(path, fmt, lang)
        texts = Texts(lang)
        for title in ("Summary", "Actors index", "Figures", "Claims", "Entity", "Source quote", "Asserted by"):
            assert texts.get(title) in text, (lang, fmt, title)
        assert texts.get("Date / event") in text  # the built-in kind's label in the summary
        for title in ("Summary", "Actors index", "Source quote", "Asserted by"):
            assert title not in text, (lang, fmt, title)
    if fmt == "html":
        assert '<html lang="ru">' in _report(path, fmt, "ru")
    if fmt == "pdf":
        assert "Страница 1 из" in _report(path, fmt, "ru")


def test_the_report_catalogue_has_every_string_the_formats_ask_for():
    root = REPO / "desktop" / "export"
    asked: set[str] = set()
    for name in ("html.py", "markdown.py", "docx.py", "pdf.py", "model.py"):
        source = (root / name).read_text(encoding="utf-8")
        asked |= set(re.findall(r"""\b(?:t|say|texts\.get)\(\s*["']([^"']+)["']\s*\)""", source))
        asked |= set(re.findall(r"""\.get\(\s*["']([^"']+)["']\s*\)""", source)) & set(CATALOGUE)
    assert {"Summary", "Actors index", "Claims", "Page {0} of {1}"} <= asked
    assert not asked - set(CATALOGUE), sorted(asked - set(CATALOGUE))
    for source, (tr, ru) in CATALOGUE.items():
        for text in (tr, ru):
            assert text and sorted(re.findall(r"\{\d\}", text)) == sorted(re.findall(r"\{\d\}", source))


def test_cli_export_takes_a_language(seeded, tmp_path, capsys):
    from desktop.cli import main

    service, _doc_id = seeded
    out = tmp_path / "r.md"
    assert main(["--store", str(service.store.path), "export", "--format", "md", "-o", str(out),
                 "--sections", "summary,claims", "--lang", "tr"]) == 0
    text = out.read_text(encoding="utf-8")
    assert "## Özet" in text and "## İddialar" in text and "Summary" not in text


@pytest.mark.parametrize("lang", ["tr", "ru"])
def test_no_ts_entry_is_left_unfinished(lang):
    root = ET.parse(TRANSLATIONS / f"claimline_{lang}.ts").getroot()
    left = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source")
            if translation.get("type") in ("unfinished", "vanished", "obsolete") or not translation.text:
                left.append((context.findtext("name"), source))
            elif sorted(re.findall(r"\{\d\}", translation.text)) != sorted(re.findall(r"\{\d\}", source)):
                left.append((context.findtext("name"), source, translation.text))
    assert not left, f"{lang}: translate these in claimline_{lang}.ts, then `make translations`: {left}"


def test_review_kind_and_why_columns_in_turkish(review, english_after):
    from tests.ui.test_review_ui import row_of

    window, _sa, figure, conflict = review
    i18n.install("tr")
    window.refresh()
    why = window.table.columnCount() - 1  # Status, Kind, the two quotes, Why
    cells = {(window.table.item(r, 1).text(), window.table.item(r, why).text()) for r in range(window.table.rowCount())}
    assert ("Rakam", "yalnızca onlar etiketledi") in cells  # their figure
    row = next(r for r, item in enumerate(window.visible) if item.mine is not None and item.mine.id == conflict.id)
    assert window.table.item(row, 1).text() == "İddia"
    assert window.table.item(row, why).text() == "iki tarafta da düzenlendi: not"
    assert window.visible[row_of(window, figure.id)].reason == "tagged by them only"  # the data stays English
    kinds = [window.kind_combo.itemText(i) for i in range(window.kind_combo.count())]
    assert "Aktör" in kinds and "actor" not in kinds


def _ink_rows(image, x0: int, x1: int, y0: int, y1: int) -> int:
    """Height in pixels of the dark (text) ink inside the box."""
    from PySide6.QtGui import QColor

    rows = [y for y in range(y0, y1) if any(QColor(image.pixel(x, y)).lightness() < 110 for x in range(x0, x1))]
    return max(rows) - min(rows) + 1 if rows else 0


def test_unselected_turkish_tab_keeps_the_dots_of_its_capital(qtbot, monkeypatch, tmp_path, english_after):
    from PySide6.QtGui import QColor, QImage, QPainter

    window = _window_in("tr", qtbot, monkeypatch, tmp_path)
    try:
        bar = window.side.tabBar()
        window.side.setCurrentWidget(window.tags_pane)
        index = window.side.indexOf(window.suggestions)
        assert bar.tabText(index) == "Öneriler" and bar.currentIndex() != index
        image = bar.grab().toImage()
        scale = image.devicePixelRatio()
        rect = bar.tabRect(index)
        shown = _ink_rows(image, int((rect.left() + 3) * scale), int((rect.right() - 3) * scale),
                          int(rect.top() * scale), int((rect.bottom() + 1) * scale))
        # The same word drawn freely with the same font: dots of Ö above, nothing clipped.
        free = QImage(int(rect.width() * 2 * scale), int(rect.height() * 3 * scale), QImage.Format.Format_RGB32)
        free.setDevicePixelRatio(scale)
        free.fill(QColor("white"))
        painter = QPainter(free)
        painter.setFont(bar.font())
        painter.setPen(QColor("black"))
        painter.drawText(10, int(rect.height() * 2), "Öneriler")
        painter.end()
        whole = _ink_rows(free, 0, free.width(), 0, free.height())
        assert shown == whole, f"the tab shows {shown} px of the word's {whole} px: clipped"
    finally:
        window.close()
        window.store.close()


def test_report_notes_name_the_kind_in_russian(seeded):
    service, doc_id = seeded
    claim = service.tag_quote(doc_id, "claim", "trade")
    service.edit_tag(claim.id, note="проверить")
    text = _report(service.store.path, "md", "ru")
    assert "**Утверждение** — проверить" in text
    assert "**claim**" not in text
    html = _report(service.store.path, "html", "ru")
    assert "<b>Утверждение</b> — " in html


def test_export_dialog_writes_the_report_in_the_ui_language(qtbot, seeded, english_after):
    from desktop.ui.export_dialog import ExportDialog

    service, doc_id = seeded
    i18n.install("tr")
    dialog = ExportDialog(service, doc_id, [doc_id])
    qtbot.addWidget(dialog)
    assert dialog.options().language == "tr"
    dialog.show()
    qtbot.waitUntil(lambda: "Aktör dizini" in dialog.preview.toPlainText(), timeout=10000)
    kinds = [dialog.kinds_list.item(i).text() for i in range(dialog.kinds_list.count())]
    assert "İddia" in kinds and "Claim" not in kinds


def test_review_reasons_unknown_and_boundary(english_after):
    from desktop.ui.review_reasons import reason_text

    i18n.install("ru")
    assert reason_text("same kind, different extent: “a; b” / “c”") == "тот же вид, другие границы: “a; b” / “c”"
    assert reason_text("deleted by them; edited by me") == "удалено ими; изменено мной"
    assert reason_text("a reason nobody wrote yet") == "a reason nobody wrote yet"


def test_every_unit_the_parsers_give_has_a_symbol_per_language(english_after):
    """A unit symbol the figure parser can produce and no language catalogue has would be shown in English."""
    from desktop.meaning import counts, units
    from desktop.ui.localised import UNIT_SOURCES, figure_text

    produced = {row[1] for row in units.UNITS} | {row[1] for row in units.DURATIONS}
    produced |= {row[1] for row in units.METRIC} | {row[1] for row in units.TIMES}
    produced |= {symbol for symbol, _n in counts._DURATIONS.values()}  # a counted noun's symbol ("pcs" → pieces)
    as_stored = {"", "%", "°", "°C", "°F"} | {u for u in produced if re.fullmatch(r"[A-Z]{3}", u)}  # currency codes
    assert produced - as_stored - set(UNIT_SOURCES) == set()
    i18n.install("ru")
    assert figure_text({"value": 18, "unit": "y"}) == "18 г."
    assert figure_text({"value": 30, "unit": "min"}) == "30 мин"
    assert figure_text({"value": 40, "unit": "pieces"}) == "40 шт."
    i18n.install("tr")
    assert figure_text({"value": 6, "unit": "times"}) == "6 kez"
    assert figure_text({"value": 40, "unit": "pieces"}) == "40 adet"


def test_a_rate_shows_each_unit_in_the_language(english_after):
    from desktop.ui.localised import figure_text

    assert figure_text({"value": 85, "unit": "USD/bbl"}) == "85 USD/bbl"
    i18n.install("ru")
    assert figure_text({"value": 8, "unit": "h/d"}) == "8 ч/дн."
    assert figure_text({"value": 5.9, "unit": "magnitude"}) == "5,9 магнитуда"  # the decimal comma
    i18n.install("tr")
    assert figure_text({"value": 500, "unit": "USD/person"}) == "500 USD/kişi"


@pytest.mark.parametrize("lang", ["en", "ru", "tr"])
def test_the_window_and_the_reports_write_every_unit_alike_and_the_form_reads_it_back(lang, english_after):
    """One rule writes a unit, a rate's parts each, for the window and the reports; the tag form's Unit field reads each
    symbol it shows back to the code it stores ("чел." alone is people, after "/" a person)."""
    from desktop.export.texts import Texts
    from desktop.ui.localised import UNIT_SOURCES, unit_code, unit_label

    i18n.install(lang)
    units = [*UNIT_SOURCES, "USD/bbl", "USD/person", "h/d", "km/h/d", "t/h", "EUR", "%", "widgets/h"]
    assert [unit_label(u) for u in units] == [Texts(lang).unit(u) for u in units]
    for unit in units:
        expected = "people" if unit == "person" and lang != "en" else unit  # (one symbol for both when alone)
        assert unit_code(unit_label(unit)) == expected, unit


@pytest.mark.parametrize("lang", ["tr", "ru", "en"])
def test_a_group_row_keeps_its_count_in_a_narrow_panel(lang, qtbot, monkeypatch, tmp_path, english_after):
    """The name is shortened, never the count: the Turkish "{0} — {1} kez geçiyor" lost its
    count to the view's middle elision ("Kazakhstan …kez geçiyor")."""
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QStyleOptionViewItem

    window = _window_in(lang, qtbot, monkeypatch, tmp_path)
    try:
        window.resize(1024, 700)  # the smallest screen the window is laid out for
        wait_for_suggestions(qtbot, window)
        window.side.setCurrentWidget(window.suggestions)
        view = window.suggestions.list
        qtbot.waitUntil(lambda: view.isVisible())
        groups = [view.topLevelItem(i) for i in range(view.topLevelItemCount())]
        groups = [g for g in groups if g is not None and g.childCount() > 1]
        assert groups
        delegate = view.itemDelegateForColumn(1)
        shortened = 0
        for group in groups:
            index = view.indexFromItem(group, 1)
            option = QStyleOptionViewItem()
            view.initViewItemOption(option)
            option.rect = view.visualRect(index)
            delegate.initStyleOption(option, index)
            count = str(group.childCount())
            assert count in option.text.split() or f"×{count}" in option.text.split(), (group.text(1), option.text)
            assert QFontMetrics(option.font).horizontalAdvance(option.text) <= option.rect.width()
            shortened += option.text != group.text(1)
        assert shortened  # the panel is narrow enough that some names are shortened
    finally:
        window.close()
