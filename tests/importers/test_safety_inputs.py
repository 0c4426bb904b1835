"""Issue 13, items 9 and 10: trafilatura's dependency, bidi notes, CSV cells, guessed encodings."""

from __future__ import annotations

import logging
import sys
import tomllib

import pytest

from desktop.export import csv as csv_export
from desktop.export import html as html_export
from desktop.export import markdown as md_export
from tests.conftest import REPO
from tests.export.test_safety_outputs import run

BIDI = "".join(map(chr, [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]))


def test_lxml_html_clean_is_declared_directly():
    deps = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["dependencies"]
    assert any(d.replace("-", "_").startswith("lxml_html_clean") for d in deps)


def test_trafilatura_missing_is_said_once_in_one_line(monkeypatch, caplog, tmp_path):
    from desktop.importers import html as html_importer
    from desktop.importers import load

    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import raises ImportError
    monkeypatch.setattr(html_importer, "_TRAFILATURA", [])
    page = "<html><head><title>T</title></head><body><article><p>{}</p></article></body></html>"
    for i in range(3):
        f = tmp_path / f"p{i}.html"
        f.write_text(page.format(f"Paragraph number {i} of a page read without trafilatura. " * 5))
        with caplog.at_level(logging.WARNING):
            doc = load(str(f))
        assert f"Paragraph number {i}" in doc.text
    records = [r for r in caplog.records if "trafilatura" in r.getMessage()]
    assert len(records) == 1
    assert "\n" not in records[0].getMessage() and records[0].exc_info is None


@pytest.mark.parametrize("cell", [" =1+1", "\t=1+1", "  +SUM(A1)", " -2", "\u00a0@cmd", "=1", "@x"])
def test_csv_neutralises_formulas_after_leading_whitespace(cell):
    assert csv_export.neutralise(cell).startswith("'")


@pytest.mark.parametrize("cell", ["plain", "1+1", "a = b", ""])
def test_csv_leaves_plain_cells(cell):
    assert csv_export.neutralise(cell) == cell


def test_bidi_controls_isolated_in_html_and_dropped_in_markdown():
    note = f"evil{BIDI}note"
    html = html_export.isolated(note)
    assert html.startswith('<bdi dir="auto">') and html.endswith("</bdi>")
    md = md_export.esc(note)
    assert not any(c in md for c in BIDI) and md == "evilnote"


def test_reports_isolate_bidi_notes(tmp_path, capsys):
    store = ["--store", str(tmp_path / "s.claimline")]
    assert run(capsys, "import", str(REPO / "seeds" / "rising-axis-of-trade.txt"), *store)[0] == 0
    assert run(capsys, "tag", "rising", "--kind", "claim", "--quote", "Kazakhstan",
               "--note", "\u202egnp.exe", *store)[0] == 0
    out = tmp_path / "r.html"
    assert run(capsys, "export", "--format", "html", "-o", str(out), *store)[0] == 0
    assert '<bdi dir="auto">\u202egnp.exe</bdi>' in out.read_text()
    md = tmp_path / "r.md"
    assert run(capsys, "export", "--format", "md", "-o", str(md), *store)[0] == 0
    text = md.read_text()
    assert "gnp.exe" in text and "\u202e" not in text


def test_invalid_utf8_txt_imports_with_a_warning_naming_the_encoding(tmp_path, capsys):
    f = tmp_path / "legacy.txt"
    f.write_bytes("Министр сельского хозяйства Казахстана заявил, что урожай вырос.\n".encode("cp1251") * 5)
    code, out, err = run(capsys, "import", str(f), "--store", str(tmp_path / "s.claimline"))
    assert code == 0
    assert "warning: not UTF-8; read as" in err and "1251" in err
    assert len(err.strip().splitlines()) == 1
    ok = tmp_path / "utf8.txt"
    ok.write_text("Plain UTF-8 text, nothing to warn about.\n" * 3, encoding="utf-8")
    code, out, err = run(capsys, "import", str(ok), "--store", str(tmp_path / "s.claimline"))
    assert code == 0 and err == ""


def test_window_import_summary_names_the_guessed_encoding(qtbot, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from desktop.service import Service
    from desktop.settings import open_settings
    from desktop.store import open_store
    from desktop.ui.main_window import MainWindow

    f = tmp_path / "legacy.txt"
    f.write_bytes("Министр сельского хозяйства Казахстана заявил, что урожай вырос.\n".encode("cp1251") * 5)
    store = open_store(tmp_path / "w.claimline")
    window = MainWindow(Service(store, "Tester"), open_settings())
    qtbot.addWidget(window)
    window.import_files([str(f)])
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "importSummary") is not None, timeout=20000)
    box = window.findChild(QMessageBox, "importSummary")
    assert "encoding was guessed" in box.text() and "1251" in box.text()
    box.close()
    window.close()
    store.close()
