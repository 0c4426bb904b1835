"""Reports write a figure's number in the report's language ("9,8" with ``--lang ru``, "%20" with
``--lang tr``); data exports (CSV, JSON, W3C) keep the number as stored (9.8), whatever the language."""

from __future__ import annotations

import csv
import io
import json

import pytest

from desktop.cli import main
from desktop.model import Document
from desktop.service.meaning import Meaning
from desktop.timeline.events import build_timeline
from tests.test_packaging import english_after  # noqa: F401 (fixture)

TEXT = "Ускорение составило 9,8 м/с2 25 июня 2025 года, а инфляция выросла на 20%.\n"


@pytest.fixture
def figures(service):
    """A document with a decimal figure (9.8 m/s²), a per cent figure and a date the first one supports."""
    info, _ = service.import_document(Document(title="Опыт", text=TEXT, format="txt"))
    meaning = Meaning(service)
    tags = {}
    for quote, kind in (("9,8 м/с2", "figure"), ("20%", "figure"), ("25 июня 2025 года", "date")):
        start = TEXT.index(quote)
        attrs = meaning.attributes_for_tag(info.id, kind, start, start + len(quote))
        tags[quote] = service.tag(info.id, kind, start, start + len(quote), attributes=attrs)
    assert tags["9,8 м/с2"].attributes["value"] == 9.8
    meaning.link(tags["9,8 м/с2"].id, tags["25 июня 2025 года"].id, "supports")
    return service, tags


def _export(service, tmp_path, fmt: str, *extra: str) -> str:
    out = tmp_path / f"out.{fmt}"
    assert main(["--store", str(service.store.path), "export", "--format", fmt, "-o", str(out), *extra]) == 0
    return out.read_text(encoding="utf-8-sig")  # the CSV starts with a byte-order mark


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_the_figures_table_of_a_russian_report_writes_a_decimal_comma(figures, tmp_path, fmt):
    service, _tags = figures
    russian = _export(service, tmp_path, fmt, "--lang", "ru", "--sections", "figures")
    assert "9,8 м/с²" in russian and "9.8" not in russian and "m/s²" not in russian  # the unit in Russian too
    assert "20 %" in russian
    english = _export(service, tmp_path, fmt, "--sections", "figures")
    assert "9.8 m/s²" in english and "9,8 m/s²" not in english


def test_a_turkish_report_writes_the_per_cent_sign_first(figures, tmp_path):
    service, _tags = figures
    turkish = _export(service, tmp_path, "md", "--lang", "tr", "--sections", "figures")
    assert "%20" in turkish and "20 %" not in turkish and "9,8 m/sn²" in turkish


def test_report_unit_symbols_come_from_the_window_catalogue():
    from desktop.export.texts import Texts, unit_symbols

    assert Texts("ru").unit("m/s²") == "м/с²" and Texts("tr").unit("t") == "ton"
    assert Texts("ru").unit("USD/bbl") == "USD/барр." and Texts("en").unit("m/s²") == "m/s²"
    assert Texts("ru").unit("%") == "%" and Texts("ru").unit("EUR") == "EUR"
    assert unit_symbols("en") == {} and len(unit_symbols("ru")) > 50


# What a Russian or Turkish report writes and a data export must not: the display's unit symbols (the
# quotes say "м/с2" with a plain 2) and the Turkish per cent sign first (the quote is "20%").
SHOWN = ("м/с²", "m/sn²", "%20")


@pytest.mark.parametrize("lang", ["en", "ru", "tr"])
def test_data_exports_keep_the_number(figures, tmp_path, lang):
    import zipfile

    service, tags = figures
    fig = tags["9,8 м/с2"]
    text = _export(service, tmp_path, "csv", "--lang", lang)
    rows = list(csv.DictReader(io.StringIO(text)))
    (row,) = [r for r in rows if r["tag_id"] == fig.id]
    assert row["attr.value"] == "9.8" and '"value": 9.8' in row["attributes"]
    data = json.loads(_export(service, tmp_path, "json", "--lang", lang))
    found = json.dumps(data, ensure_ascii=False)
    assert '"value": 9.8' in found
    w3c = _export(service, tmp_path, "w3c", "--lang", lang)
    qdpx = tmp_path / "out.qdpx"
    assert main(["--store", str(service.store.path), "export", "--format", "qdpx", "-o", str(qdpx), "--lang", lang]) == 0
    with zipfile.ZipFile(qdpx) as project:
        qde = project.read("project.qde").decode("utf-8")
    for export in (text, found, w3c, qde):
        assert not any(shown in export for shown in SHOWN), export[:300]


def test_the_timeline_writes_linked_figures_with_the_formatter_it_is_given(figures):
    """The window passes its language's formatter; the command line and reports keep English."""
    service, tags = figures
    date = tags["25 июня 2025 года"]
    (event,) = [e for e in build_timeline(service.store).events if e.tag_id == date.id]
    assert event.figures == ("9.8 m/s² (9,8 м/с2)",)
    russian = build_timeline(service.store, figure_text=lambda a: f"<{a['value']}>")
    (event,) = [e for e in russian.events if e.tag_id == date.id]
    assert event.figures == ("<9.8> (9,8 м/с2)",)


def test_the_timeline_tooltip_in_russian(figures, english_after):
    from desktop import i18n
    from desktop.timeline.events import timeline_item
    from desktop.ui.localised import figure_text
    from desktop.ui.timeline_view import tooltip_html

    service, tags = figures
    i18n.install("ru")
    date = service.get_tag(tags["25 июня 2025 года"].id)
    event = timeline_item(service.store, date, figure_text)
    shown = tooltip_html(event)
    assert "9,8 м/с² (9,8 м/с2)" in shown
    assert "25 июня 2025" in shown and "June" not in shown  # its date in the language too


