"""The rendered-page cache of the page view, and the word boxes of :mod:`desktop.pdfwords`."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtGui import QPixmap

from desktop.pdfwords import Word, filetype_of, map_words, page_words, text_flags

DEFAULT_CACHE_BYTES = 96 * 2**20


__all__ = ["DEFAULT_CACHE_BYTES", "PageCache", "Word", "filetype_of", "map_words", "page_words", "text_flags"]


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
