"""The analyst's desk (issue 17): what a user hits in the first ten minutes, driven in the real window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QTextFormat

from desktop.ui.reader import Reader
from tests.test_ui import close_window, home, open_window  # noqa: F401 (fixture)


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
    for row in range(lib.model.rowCount()):
        item = lib.model.item(row)
        if item.data(Qt.ItemDataRole.UserRole + 1) == doc_id:
            rect = lib.list.visualRect(item.index())
            qtbot.mouseClick(lib.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            qtbot.waitUntil(lambda: window.current_doc == doc_id, timeout=3000)
            return
    raise AssertionError(f"{doc_id} not in the library")


def test_switching_documents_keeps_each_documents_formatting(qtbot, home, tmp_path):
    window = open_window(qtbot)
    seed = window.current_doc
    md = tmp_path / "notes.md"
    md.write_text("# A heading\n\nPlain paragraph one.\n\n> A quoted line.\n\n## Second heading\n\nLast words.\n", encoding="utf-8")
    other = window.service.import_files([md])[0].document.id
    window.library.set_documents(window.service.documents(), seed)

    click_document(qtbot, window, other)
    assert block_formats(window.reader) == fresh_formats(window, other)
    click_document(qtbot, window, seed)
    assert block_formats(window.reader) == fresh_formats(window, seed)
    click_document(qtbot, window, other)
    assert block_formats(window.reader) == fresh_formats(window, other)
    close_window(window)
