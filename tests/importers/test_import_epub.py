"""Tests for desktop.importers on EPUB."""

from __future__ import annotations

import pytest

from desktop.importers import load, load_bytes
from tests.importers.importer_helpers import EPUB_CHAPTERS, check_document, load_error, make_epub, write

pymupdf = pytest.importorskip("pymupdf")


def test_epub_text_pages_and_metadata(tmp_path):
    doc = load(write(tmp_path, "silk-road.epub", make_epub()))
    check_document(doc)
    assert doc.format == "epub"
    assert doc.title == "Trade on the Silk Road"
    assert doc.metadata["author"] == "Eurasia Desk"
    assert doc.metadata["language"] == "en-GB"
    assert doc.metadata["published"] == "2024-11-05"
    # Each chapter starts a page of the layout; these two fit on one page each.
    assert doc.metadata["page_count"] == 2 and len(doc.pages) == 2
    expected = "\n\n".join(
        "\n\n".join([head, *paragraphs]) for head, paragraphs in EPUB_CHAPTERS
    )
    assert doc.text == expected  # MuPDF's layout line breaks are joined back
    assert doc.pages == (0, doc.text.index("Customs and Tariffs"))
    blocks = [doc.text[b.start:b.end] for b in doc.blocks]
    assert blocks == [part for head, paragraphs in EPUB_CHAPTERS for part in (head, *paragraphs)]
    assert "pages_without_text" not in doc.metadata


def test_epub_long_chapter_spans_pages(tmp_path):
    words = [f"word{n}" for n in range(1500)]
    chapters = [("Long", [" ".join(words[i:i + 100]) for i in range(0, 1500, 100)]), ("Short", ["The end."])]
    doc = load_bytes(make_epub(chapters), "long.epub")
    check_document(doc)
    assert doc.metadata["page_count"] == len(doc.pages) > 3
    assert doc.text.split() == ["Long", *words, "Short", "The", "end."]
    assert doc.text[doc.pages[-1]:] == "Short\n\nThe end."
    # A paragraph a page break cuts is two blocks, like a PDF's; no word is cut.
    assert all(doc.text[start - 2:start] == "\n\n" for start in doc.pages[1:])


def test_epub_line_joins():
    from desktop.importers.epub import join_lines

    assert join_lines("extra\u00ad\nordinary growth") == "extraordinary growth"
    assert join_lines("the well-\nknown corridor") == "the well-known corridor"
    assert join_lines("Tajikistan\n\u2014according to") == "Tajikistan\u2014according to"
    assert join_lines("trade \u2014\nthen growth") == "trade \u2014 then growth"
    assert join_lines("first line\nsecond line") == "first line second line"


def test_epub_named_otherwise_is_read_as_epub(tmp_path):
    doc = load(write(tmp_path, "book.txt", make_epub()))
    assert doc.format == "epub" and doc.title == "Trade on the Silk Road"


def test_epub_refusals(tmp_path):
    data = make_epub()
    assert "damaged EPUB" in load_error(write(tmp_path, "half.epub", data[: len(data) // 2])).reason
    drm = make_epub(
        extra={
            "META-INF/encryption.xml": (
                '<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" '
                'xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData>'
                '<enc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/>'
                '<enc:CipherData><enc:CipherReference URI="OEBPS/ch0.xhtml"/></enc:CipherData>'
                "</enc:EncryptedData></encryption>"
            )
        }
    )
    assert "DRM" in load_error(write(tmp_path, "drm.epub", drm)).reason
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    error = load_error(write(tmp_path, "letter.epub", buffer.getvalue()))
    assert error.reason == "not an EPUB (it looks like a Word document)"
    png = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 4, 4), 0).tobytes("png")
    assert load_error(write(tmp_path, "cover.epub", png)).reason == "not an EPUB (it looks like a PNG image)"


def test_epub_without_text_is_refused(tmp_path):
    data = make_epub(
        [("x", [])],
        extra={
            "OEBPS/ch0.xhtml": (
                '<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml">'
                "<head><title>Cover</title></head><body><div></div></body></html>"
            )
        },
    )
    assert "no readable text" in load_error(write(tmp_path, "cover.epub", data)).reason
