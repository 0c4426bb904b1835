"""Turn article files (.txt, .md, .html, .pdf, .epub) into ``Document`` objects.

``load(path)`` is the entry point: it reads the file, picks the importer from
the content and the suffix, and either returns a Document or raises
``DocumentError`` whose ``reason`` can be shown to the user as it is.  No Qt
here; PyMuPDF and lxml are imported only when a PDF, EPUB or HTML file is
read.  PDF and EPUB extraction is not thread-safe: run ``load`` in a worker
process.
"""

from __future__ import annotations

import logging
import os
from pathlib import PurePath

from desktop import storefiles
from desktop.importers._common import PasswordRequired
from desktop.model import Document, DocumentError

__all__ = [
    "SUPPORTED_SUFFIXES",
    "MAX_BYTES",
    "PasswordRequired",
    "load",
    "load_bytes",
]

SUPPORTED_SUFFIXES: tuple[str, ...] = (".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".epub")
MAX_BYTES = 512 * 1024 * 1024  # read into memory whole; refuse anything larger

_FORMAT_OF_SUFFIX = {
    ".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".pdf": "pdf",
    ".epub": "epub",
}
_LABEL = {"txt": "text", "md": "Markdown", "html": "HTML", "pdf": "PDF", "epub": "EPUB"}

logger = logging.getLogger(__name__)


def _unsupported(suffix: str) -> str:
    readable = ", ".join(SUPPORTED_SUFFIXES[:-1]) + " and " + SUPPORTED_SUFFIXES[-1]
    return f"unsupported file type {suffix}; Claimline reads {readable} files"


def _sniff_format(data: bytes, suffix: str) -> str:
    """The importer for data: a real PDF or EPUB is read as such whatever its name."""
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    if suffix == ".pdf" or head.startswith(b"%PDF-"):
        return "pdf"
    from desktop.importers.epub import is_epub_bytes

    if suffix == ".epub" or is_epub_bytes(data):
        return "epub"
    if suffix:
        return _FORMAT_OF_SUFFIX[suffix]
    lowered = head[:512].lower()
    if lowered.startswith((b"<!doctype html", b"<html")) or b"<body" in lowered:
        return "html"
    return "txt"


def load_bytes(data: bytes, name: str, password: str | None = None) -> Document:
    """A Document from a file's bytes; ``name`` gives the suffix and is the source.

    Raises DocumentError (PasswordRequired for encrypted PDFs) for anything
    that cannot be read; any other exception from a parser is logged and
    turned into a DocumentError too.
    """
    suffix = PurePath(name).suffix.lower()
    if suffix and suffix not in SUPPORTED_SUFFIXES:
        raise DocumentError(name, _unsupported(suffix))
    if not data:
        raise DocumentError(name, "empty file (0 bytes)")
    fmt = _sniff_format(data, suffix)
    try:
        if fmt == "pdf":
            from desktop.importers import pdf

            return pdf.extract(data, name, password)
        if fmt == "epub":
            from desktop.importers import epub

            return epub.extract(data, name)
        if fmt == "html":
            from desktop.importers import html

            return html.extract(data, name)
        from desktop.importers import text

        return text.extract_md(data, name) if fmt == "md" else text.extract_txt(data, name)
    except DocumentError:
        raise
    except Exception as exc:  # a parser choked on bad input: never let it escape
        logger.exception("unexpected error while importing %s", name)
        reason = f"could not read this {_LABEL[fmt]} file ({type(exc).__name__})"
        raise DocumentError(name, reason) from exc


def load(path: str | os.PathLike[str], password: str | None = None) -> Document:
    """Read the file at path into a Document.

    ``password`` opens an encrypted PDF; without it (or with a wrong one)
    PasswordRequired is raised.  ``Document.source`` is the absolute path.
    """
    source = os.path.abspath(os.fsdecode(path))
    suffix = PurePath(source).suffix.lower()
    try:
        if os.path.isdir(source):
            raise DocumentError(source, "this is a folder, not a file")
        if storefiles.open_here(source):  # reading it would drop this process's locks on it
            raise DocumentError(source, "this is a Claimline store open in Claimline, not a document")
        if suffix and suffix not in SUPPORTED_SUFFIXES:
            raise DocumentError(source, _unsupported(suffix))
        size = os.path.getsize(source)
        if size > MAX_BYTES:
            raise DocumentError(
                source, f"file too large ({size // 2**20} MB; Claimline reads up to {MAX_BYTES // 2**20} MB)"
            )
        with open(source, "rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        raise DocumentError(source, "file not found") from None
    except PermissionError:
        raise DocumentError(source, "cannot read the file (permission denied)") from None
    except OSError as exc:
        raise DocumentError(source, f"cannot read the file ({exc.strerror or exc})") from None
    return load_bytes(data, source, password)

