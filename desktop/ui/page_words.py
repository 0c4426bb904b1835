"""Word boxes of a page mapped to offsets in the stored text, and the rendered-page cache.

:func:`map_words` replays the PDF importer's reading order (see
:mod:`desktop.ui.page_view`) and finds each MuPDF word in the page's slice of
the stored text with a forward cursor, so every word box gets the
``[start, end)`` of its characters in the document's text.
"""

from __future__ import annotations

import os
from collections import OrderedDict, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QPixmap

DEFAULT_CACHE_BYTES = 96 * 2**20
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


class PageCache:
    """Rendered pages, least recently used first out, within a byte budget."""

    def __init__(self, limit: int):
        self.limit = limit
        self.used = 0
        self._items: OrderedDict[tuple[int, int], QPixmap] = OrderedDict()

    def get(self, key: tuple[int, int]) -> QPixmap | None:
        pix = self._items.get(key)
        if pix is not None:
            self._items.move_to_end(key)
        return pix

    def put(self, key: tuple[int, int], pix: QPixmap) -> None:
        self._items[key] = pix
        self.used += pix.width() * pix.height() * 4
        while self.used > self.limit and len(self._items) > 1:
            _, old = self._items.popitem(last=False)
            self.used -= old.width() * old.height() * 4

    def clear(self) -> None:
        self._items.clear()
        self.used = 0

    def __len__(self) -> int:
        return len(self._items)

    def pages(self) -> set[int]:
        return {k[0] for k in self._items}
