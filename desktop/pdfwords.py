"""Word boxes of a PDF page mapped to offsets in the stored text (Qt-free).

:func:`map_words` replays the PDF importer's reading order and finds each MuPDF
word in the page's slice of the stored text with a forward cursor, so every
word box gets the ``[start, end)`` of its characters in the document's text.
The page view draws highlights with it, and the REFI-QDA export writes the
PDF areas of tags with it (in a process of its own: PyMuPDF is not thread-safe).
"""

from __future__ import annotations

import logging
import os
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from desktop import storefiles

log = logging.getLogger(__name__)

_SEARCH_WINDOW = 80  # how far ahead of the cursor a word may be found


@dataclass(frozen=True)
class Word:
    """A word box on a page (PDF points) and its span in the document's text."""

    x0: float
    y0: float
    x1: float
    y1: float
    start: int
    end: int
    line: tuple[int, int]  # (block, line) of MuPDF: words of one line share it


def text_flags(pymupdf: Any) -> int:
    """The extraction flags of the PDF and EPUB importers (ligatures expanded, segmented)."""
    from desktop.importers.pdf import text_flags as importer_flags

    return importer_flags(pymupdf)


def filetype_of(path: str | os.PathLike[str] | None, data: bytes | None) -> str | None:
    """"pdf" or "epub" from the file's first bytes (a file may be misnamed), else None."""
    from desktop.importers.epub import is_epub_bytes

    head = data[:1024] if data is not None else b""
    if data is None and path and storefiles.open_here(path):
        return None  # a store of ours is never opened as a document (desktop/storefiles.py)
    if data is None and path:
        try:
            with open(path, "rb") as handle:
                head = handle.read(1024)
        except OSError:
            return None  # pymupdf.open reports it
    if b"%PDF-" in head:
        return "pdf"
    if is_epub_bytes(head):
        return "epub"
    return "pdf" if data is not None else None


def map_words(
    blocks: Sequence[tuple], words: Sequence[tuple], x0: float, width: float, page_text: str, base: int
) -> list[Word]:
    """Word boxes with their offsets in the document text, in text order.

    ``blocks`` and ``words`` are ``page.get_text("blocks"/"words")`` with
    :func:`text_flags`; ``page_text`` is the document text of this page and
    ``base`` its offset.  A word that cannot be found near the cursor (text the
    importer dropped) gets no box rather than a wrong one.
    """
    from desktop.importers.pdf import reading_order  # the importer's own block order

    text_blocks = [b for b in blocks if b[6] == 0 and b[4].strip()]
    by_block: dict[int, list[tuple]] = defaultdict(list)
    for w in words:
        by_block[w[5]].append(w)
    out: list[Word] = []
    cursor = 0
    n = len(page_text)
    for block in reading_order(text_blocks, x0, width):
        for w in sorted(by_block.get(block[5], ()), key=lambda w: (w[6], w[7])):
            token = w[4]
            hit = -1
            for candidate in (token, token[:-1] if token.endswith(("-", "\u00ad")) else None):
                if candidate:
                    hit = page_text.find(candidate, cursor, min(n, cursor + len(candidate) + _SEARCH_WINDOW))
                    if hit >= 0:
                        token = candidate
                        break
            if hit < 0:
                continue
            out.append(Word(w[0], w[1], w[2], w[3], base + hit, base + hit + len(token), (w[5], w[6])))
            cursor = hit + len(token)
    out.sort(key=lambda w: w.start)
    return out


def page_words(doc: Any, page: int, flags: int, text: str, pages: Sequence[int]) -> list[Word]:
    """The word boxes of page ``page`` (0-based) of the open MuPDF ``doc`` whose stored text is ``text``.

    ``pages[i]`` is where page ``i`` starts in ``text``.  A damaged page has no boxes.
    """
    if not 0 <= page < min(doc.page_count, len(pages)):
        return []
    try:
        from desktop.importers.pdf import page_flags

        p = doc.load_page(page)
        flags, textpage = page_flags(p, flags)  # the importer's choice for this page
        if textpage is None:
            textpage = p.get_textpage(flags=flags)
        blocks = textpage.extractBLOCKS()
        words = textpage.extractWORDS()
        rect = p.rect
    except Exception:  # a damaged page (PyMuPDF raises several kinds): no boxes, the page still shows
        log.info("no word boxes on page %d", page, exc_info=True)
        return []
    if not words:
        return []
    start = pages[page]
    end = pages[page + 1] if page + 1 < len(pages) else len(text)
    return map_words(blocks, words, rect.x0, rect.width, text[start:end], start)


Area = tuple[int, int, int, int, int]  # (page 0-based, firstX, firstY, secondX, secondY) in PDF points


def span_areas(
    pdf: bytes, text: str, pages: Sequence[int], spans: Sequence[tuple[int, int]], password: str | None = None
) -> list[list[Area]]:
    """For each ``[start, end)`` of ``text``, one rectangle per page its words are on.

    Rectangles follow REFI-QDA 1.5 §10.3: PDF points from the bottom-left of the
    page, ``first`` the lower-left and ``second`` the upper-right corner, rounded
    outwards so they contain the words.  A span whose words are not found on a
    page (no text layer, text the importer dropped) gets no rectangle there.
    Opens the PDF with PyMuPDF: call it in a worker process, never on a thread.
    """
    import math
    from bisect import bisect_right

    import pymupdf

    pymupdf.TOOLS.mupdf_display_errors(False)
    out: list[list[Area]] = [[] for _ in spans]
    if not pages:
        return out
    try:
        doc = pymupdf.open(stream=pdf, filetype="pdf")
    except Exception:  # damaged (PyMuPDF raises several kinds): the text selections are still written
        log.warning("the PDF cannot be read for its page areas", exc_info=True)
        return out
    if doc.needs_pass and not (password and doc.authenticate(password)):
        return out
    flags = text_flags(pymupdf)
    cache: dict[int, tuple[list[Word], Any]] = {}
    for i, (start, end) in enumerate(spans):
        if end <= start:
            continue
        first = max(0, bisect_right(pages, start) - 1)
        last = max(0, bisect_right(pages, end - 1) - 1)
        for page in range(first, min(last, doc.page_count - 1) + 1):
            if page not in cache:
                words = page_words(doc, page, flags, text, pages)
                loaded = doc.load_page(page)
                # MuPDF's top-left page space to PDF points from the media box's bottom-left corner
                to_pdf = ~loaded.transformation_matrix * pymupdf.Matrix(1, 0, 0, 1, -loaded.mediabox.x0, -loaded.mediabox.y0)
                cache[page] = (words, to_pdf if words else None)
            words, to_pdf = cache[page]
            box: pymupdf.Rect | None = None
            for w in words:
                if w.start >= end or w.end <= start:
                    continue
                n = max(1, w.end - w.start)
                a = (max(start, w.start) - w.start) / n
                b = (min(end, w.end) - w.start) / n
                piece = pymupdf.Rect(w.x0 + (w.x1 - w.x0) * a, w.y0, w.x0 + (w.x1 - w.x0) * b, w.y1)
                box = piece if box is None else box | piece
            if box is None:
                continue
            r = (box * to_pdf).normalize()
            out[i].append((page, math.floor(r.x0), math.floor(r.y0), math.ceil(r.x1), math.ceil(r.y1)))
    doc.close()
    return out
