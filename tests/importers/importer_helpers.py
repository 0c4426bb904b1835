"""What the importer tests share: sample texts, files written for a test, and the
contract every imported Document keeps (tests/test_import_*.py)."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from desktop.importers import load
from desktop.model import BLOCK_KINDS, Document, DocumentError
from tests.conftest import REPO

CORPUS = REPO.parent / "shared" / "corpus"

RUSSIAN = "Министр сельского хозяйства Казахстана заявил, что экспорт зерна вырос на 20%."
TURKISH = (
    "Kazakistan ve Tacikistan arasındaki ticaret hacmi 2025 yılında arttı; "
    "Dışişleri Bakanı açıkladı."
)


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def check_document(doc: Document) -> None:
    """The contract of model.Document that every importer must keep."""
    assert isinstance(doc, Document)
    assert doc.text.strip()
    assert "\r" not in doc.text and "\x00" not in doc.text and "\ufeff" not in doc.text
    assert doc.title.strip()
    assert doc.format in ("txt", "md", "html", "pdf", "epub")
    for block in doc.blocks:
        assert 0 <= block.start < block.end <= len(doc.text), block
        assert block.kind in BLOCK_KINDS, block
    assert list(doc.pages) == sorted(doc.pages)
    assert all(0 <= offset <= len(doc.text) for offset in doc.pages)
    pickle.loads(pickle.dumps(doc))  # it travels back from a worker process


def load_error(path: Path | str, password: str | None = None) -> DocumentError:
    """The DocumentError load raises; it must be a deliberate one, not a wrapped bug."""
    with pytest.raises(DocumentError) as info:
        load(path, password=password)
    error = info.value
    assert error.__cause__ is None, f"unexpected error wrapped: {error.__cause__!r}"
    assert error.reason and len(error.reason) < 200
    return error


def block_texts(doc: Document, kind: str) -> list[str]:
    return [doc.text[b.start:b.end] for b in doc.blocks if b.kind == kind]


EPUB_CHAPTERS = [
    (
        "The Grain Corridor",
        [
            "Wheat exports from Kazakhstan rose by twenty percent in 2024, officials said in Astana.",
            "The new rail link cut waiting times at the border from three days to nine hours.",
        ],
    ),
    (
        "Customs and Tariffs",
        [
            "Ministers met in Dushanbe to discuss tariffs on flour and cotton.",
            "Aluminium shipments grew as well, according to the customs service.",
        ],
    ),
]


def make_epub(
    chapters=EPUB_CHAPTERS,
    *,
    title: str = "Trade on the Silk Road",
    author: str = "Eurasia Desk",
    language: str = "en-GB",
    extra: dict[str, str] | None = None,
) -> bytes:
    """A minimal EPUB 3 (with an EPUB 2 NCX too): mimetype, container, package, nav, chapters."""
    import io
    import zipfile
    from xml.sax.saxutils import escape

    uid = "urn:uuid:0b5e3c1e-7d1a-4d5e-9a51-2f1f3b7c9d10"
    items = "".join(
        f'<item id="ch{i}" href="ch{i}.xhtml" media-type="application/xhtml+xml"/>' for i in range(len(chapters))
    )
    spine = "".join(f'<itemref idref="ch{i}"/>' for i in range(len(chapters)))
    nav_items = "".join(
        f'<li><a href="ch{i}.xhtml">{escape(head)}</a></li>' for i, (head, _) in enumerate(chapters)
    )
    nav_points = "".join(
        f'<navPoint id="p{i}" playOrder="{i + 1}"><navLabel><text>{escape(head)}</text></navLabel>'
        f'<content src="ch{i}.xhtml"/></navPoint>'
        for i, (head, _) in enumerate(chapters)
    )
    files = {
        "META-INF/container.xml": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
            '<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
            "</rootfiles></container>"
        ),
        "OEBPS/content.opf": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid">'
            '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f'<dc:identifier id="uid">{uid}</dc:identifier><dc:title>{escape(title)}</dc:title>'
            f"<dc:creator>{escape(author)}</dc:creator><dc:language>{language}</dc:language>"
            '<dc:date>2024-11-05</dc:date><meta property="dcterms:modified">2024-11-05T10:00:00Z</meta>'
            "</metadata><manifest>"
            '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>'
            '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>'
            f'{items}</manifest><spine toc="ncx">{spine}</spine></package>'
        ),
        "OEBPS/nav.xhtml": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">'
            f'<head><title>Contents</title></head><body><nav epub:type="toc"><ol>{nav_items}</ol></nav>'
            "</body></html>"
        ),
        "OEBPS/toc.ncx": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">'
            f'<head><meta name="dtb:uid" content="{uid}"/></head>'
            f"<docTitle><text>{escape(title)}</text></docTitle><navMap>{nav_points}</navMap></ncx>"
        ),
    }
    for i, (head, paragraphs) in enumerate(chapters):
        body = f"<h1>{escape(head)}</h1>" + "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
        files[f"OEBPS/ch{i}.xhtml"] = (
            '<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml">'
            f"<head><title>{escape(head)}</title></head><body>{body}</body></html>"
        )
    files.update(extra or {})
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        # The mimetype entry comes first and is stored uncompressed (OCF).
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()
