"""EPUB importer (PyMuPDF): text in reading order page by page, page offsets, metadata.

An EPUB has no pages of its own: MuPDF lays its chapters out on pages of
:data:`LAYOUT` (each chapter starts a page).  The text is read from those
pages exactly as the PDF importer reads a PDF (same extraction flags, same
block order, blocks joined by blank lines), so ``pages[i]`` is where page
``i`` of that layout starts, and the page view (``desktop.ui.page_view``),
which lays the book out with the same :data:`LAYOUT`, maps its word boxes to
the text the same way as for a PDF.  Changing :data:`LAYOUT` (or a PyMuPDF
upgrade that lays text out differently) needs the book re-imported for its
page view.

Unlike a PDF's, the line breaks inside a block are MuPDF's own, made for that
layout: they are joined (a space where the break took one, nothing after a
soft hyphen or between a word and a dash it was broken at).

Title and author come from ``doc.metadata``; language and date, which MuPDF
does not report for EPUB, from the package document (``content.opf``).
PyMuPDF is not thread-safe: call this from one thread (a worker process).
"""

from __future__ import annotations

import re
from pathlib import PurePath
from typing import Any
from xml.etree import ElementTree

from desktop.importers._common import short_title, sniff_binary_kind, tidy_text
from desktop.importers.pdf import collect_pages, partial_iso, prepare_pymupdf, text_flags, title_and_blocks
from desktop.model import Document, DocumentError
from desktop.safezip import SafeZip, ZipRefused

LAYOUT: dict[str, float] = {"width": 420.0, "height": 595.0, "fontsize": 11.0}
"""Page size (points, A5) and font size the book is laid out with, on import and in the page view."""

EPUB_MIMETYPE = b"application/epub+zip"
_MAX_OPF_BYTES = 4 * 2**20
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015/"
# Font obfuscation (IDPF, Adobe) is not DRM: MuPDF reads such books.
_FONT_OBFUSCATION = {"http://www.idpf.org/2008/embedding", "http://ns.adobe.com/pdf/enc#RC"}
_ISO_DATE = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
_LANGUAGE = re.compile(r"^[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8})*$")


def is_epub_bytes(data: bytes) -> bool:
    """True for a ZIP whose first entry is the EPUB ``mimetype`` file."""
    return data.startswith(b"PK\x03\x04") and data[30:38] == b"mimetype" and EPUB_MIMETYPE in data[38:100]


def join_lines(block: str) -> str:
    """One block's lines joined back into running text (see the module docstring)."""
    lines = block.split("\n")
    out = lines[0]
    for line in lines[1:]:
        if not line:
            continue
        if out.endswith("\u00ad"):  # broken at a soft hyphen: one word
            out = out[:-1] + line
        elif len(out) > 1 and out[-1] in _DASHES and not out[-2].isspace():
            out += line  # "well-" + "known", "trade—" + "growth"
        elif line[0] in _DASHES and len(line) > 1 and not line[1].isspace() and out and not out[-1].isspace():
            out += line  # "Tajikistan" + "—according"
        else:
            out += " " + line
    return out.replace("\u00ad", "")


def _clean_block(text: str) -> str:
    return join_lines(tidy_text(text)).strip()


def _describe_non_epub(raw: bytes) -> str:
    kind = sniff_binary_kind(raw)
    if kind and not raw.startswith(b"PK\x03\x04"):
        return f"not an EPUB (it looks like {kind})"
    if raw.lstrip()[:5] == b"%PDF-" or b"%PDF-" in raw[:1024]:
        return "not an EPUB (it looks like a PDF)"
    return "not an EPUB file"


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _package_metadata(archive: SafeZip) -> dict[str, str]:
    """dc:title, dc:creator, dc:language and dc:date of the package document ({} if unreadable)."""
    try:
        container = ElementTree.fromstring(archive.read("META-INF/container.xml"))
        rootfile = next((e for e in container.iter() if _local(e.tag) == "rootfile"), None)
        path = rootfile.get("full-path") if rootfile is not None else None
        if not path or archive.size(path) > _MAX_OPF_BYTES:
            return {}
        package = ElementTree.fromstring(archive.read(path))
    except (KeyError, ElementTree.ParseError, ValueError):
        return {}
    found: dict[str, str] = {}
    for element in package.iter():
        name = _local(element.tag)
        if name in ("title", "creator", "language", "date") and name not in found:
            value = " ".join("".join(element.itertext()).split())
            if value:
                found[name] = value
    return found


def _drm(archive: SafeZip) -> bool:
    """True when content (not just fonts) is encrypted, or the book has an ADEPT rights file."""
    names = set(archive.names())
    if "META-INF/rights.xml" in names:
        return True
    if "META-INF/encryption.xml" not in names:
        return False
    try:
        root = ElementTree.fromstring(archive.read("META-INF/encryption.xml"))
    except (ElementTree.ParseError, ValueError):
        return True
    methods = [e.get("Algorithm", "") for e in root.iter() if _local(e.tag) == "EncryptionMethod"]
    return any(m not in _FONT_OBFUSCATION for m in methods)


def _iso_date(value: str | None) -> str | None:
    return partial_iso(_ISO_DATE, value)


def extract(raw: bytes, source: str) -> Document:
    """A Document from the bytes of an EPUB.

    ``pages`` holds each page's start offset in the text (see :data:`LAYOUT`);
    ``metadata`` gets ``page_count``, ``author``, ``language``, ``published``
    when the book names them, and ``pages_without_text`` (1-based) for pages
    holding only images (a cover, say).
    """
    if not raw.startswith(b"PK\x03\x04"):
        raise DocumentError(source, _describe_non_epub(raw))
    try:
        archive = SafeZip(raw, what="EPUB")
    except ZipRefused as exc:
        raise DocumentError(source, str(exc)) from None
    names = set(archive.names())
    with archive:
        try:
            archive.verify()  # MuPDF inflates the members itself: every one is streamed under the caps first
        except ZipRefused as exc:
            raise DocumentError(source, str(exc)) from None
        if "META-INF/container.xml" not in names:
            if "word/document.xml" in names:
                raise DocumentError(source, "not an EPUB (it looks like a Word document)")
            raise DocumentError(source, "not an EPUB (a ZIP archive without META-INF/container.xml)")
        try:
            if _drm(archive):
                raise DocumentError(source, "this EPUB is protected by DRM; Claimline cannot read it")
            package = _package_metadata(archive)
        except ZipRefused as exc:
            raise DocumentError(source, str(exc)) from None

    import pymupdf

    errors = prepare_pymupdf(pymupdf)
    try:
        try:
            doc = pymupdf.open(stream=raw, filetype="epub")
        except errors:
            raise DocumentError(source, "damaged EPUB: it cannot be opened") from None
        try:
            return _extract_open(pymupdf, doc, source, package, errors)
        finally:
            doc.close()
    finally:
        pymupdf.TOOLS.reset_mupdf_warnings()


def _extract_open(
    pymupdf: Any, doc: Any, source: str, package: dict[str, str], errors: tuple[type[BaseException], ...]
) -> Document:
    if doc.needs_pass:
        raise DocumentError(source, "this EPUB is protected by DRM; Claimline cannot read it")
    try:
        doc.layout(**LAYOUT)
        page_count = doc.page_count
    except errors:
        raise DocumentError(source, "damaged EPUB: its chapters cannot be laid out") from None
    if page_count == 0:
        raise DocumentError(source, "damaged EPUB: it has no chapters")
    read = collect_pages(doc, page_count, text_flags(pymupdf), source, "EPUB", _clean_block)
    if not read.text.strip():
        if len(read.failed) == page_count:
            raise DocumentError(source, "damaged EPUB: no page could be read")
        raise DocumentError(source, "no readable text in this EPUB (only images?)")

    info = doc.metadata or {}
    metadata: dict[str, Any] = {"page_count": page_count}
    title = " ".join((info.get("title") or package.get("title") or "").split())
    author = " ".join((info.get("author") or package.get("creator") or "").split())
    if author:
        metadata["author"] = author
    language = package.get("language", "").strip()
    if _LANGUAGE.match(language):
        metadata["language"] = language.replace("_", "-")
    published = _iso_date(package.get("date"))
    if published:
        metadata["published"] = published
    if read.without_text:
        metadata["pages_without_text"] = read.without_text
    if read.failed:
        metadata["pages_with_errors"] = read.failed

    title, blocks = title_and_blocks(read.text, read.spans, title)
    return Document(
        title=short_title(title) or PurePath(source).stem or source,
        text=read.text,
        format="epub",
        source=source,
        metadata=metadata,
        pages=tuple(read.pages),
        blocks=blocks,
    )
