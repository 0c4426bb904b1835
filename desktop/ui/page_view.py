"""The page view: a PDF's (or an EPUB's) real pages, rendered lazily, with tag highlights over the words.

PyMuPDF is not thread-safe, so everything here that touches it (opening, word
boxes, rendering) runs on the UI thread, and only for the pages in view: one
page at 150 dpi costs 2–8 ms (see PITFALLS).  Rendered pages are kept in a
least-recently-used cache bounded in bytes.

Offsets.  The PDF importer (``desktop.importers.pdf``) builds a document's text
page by page from MuPDF's text blocks, in its reading order, joined by blank
lines, with line-end hyphens joined; ``pages[i]`` is where page ``i`` starts.
:func:`map_words` replays that order (same flags, same block order) and
finds each MuPDF word in the page's slice of the stored text with a forward
cursor, so every word box gets the ``[start, end)`` of its characters in the
document's text.  Tags and selections are drawn and made in those offsets:
a tag made here is an ordinary tag and shows in the text view too.

EPUB.  The EPUB importer (``desktop.importers.epub``) reads the pages MuPDF
lays the book out on (:data:`desktop.importers.epub.LAYOUT`) the same way, so
the view lays it out with that same layout and maps word boxes exactly as for
a PDF.  (The importer joins MuPDF's layout line breaks inside a block; the
forward search of :func:`map_words` does not care about the whitespace.)
"""

from __future__ import annotations

import os
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop import storefiles
from desktop.model import Annotation, Kind
from desktop.ui.page_words import DEFAULT_CACHE_BYTES, PageCache, Word, filetype_of, page_words, text_flags

PAGE_GAP = 12  # pixels between pages and around them
MIN_ZOOM, MAX_ZOOM = 0.25, 5.0
ZOOM_STEP = 1.2
POINTS_TO_PIXELS = 96 / 72  # zoom 1.0 shows a page at its printed size on a 96-dpi screen


class PageCanvas(QAbstractScrollArea):
    """The scrolling surface of :class:`PageView` (all pages stacked vertically)."""

    def __init__(self, view: "PageView"):
        super().__init__(view)
        self._view = view
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(False)
        self.viewport().setCursor(Qt.CursorShape.IBeamCursor)
        self.setObjectName("pageCanvas")

    def paintEvent(self, event: QPaintEvent) -> None:
        self._view._paint(self.viewport(), event.rect())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._view._relayout(keep=True)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()
        self._view._scrolled()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self._view.set_zoom(self._view.zoom * ZOOM_STEP**steps)
            event.accept()
            return
        super().wheelEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._view._press(event.position())
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._view._drag(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._view._release(event.position())

    def event(self, event: QEvent) -> bool:
        # Take our zoom / go-to keys before window-wide shortcuts do (the text
        # view's Ctrl +/- actions would otherwise zoom the hidden reader).
        if event.type() == QEvent.Type.ShortcutOverride and self._view._handles_key(event):  # type: ignore[arg-type]
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._view._key(event):
            super().keyPressEvent(event)


class PageView(QWidget):
    """Real pages of a PDF or EPUB with continuous scroll, zoom, go-to-page and tag highlights.

    Offsets crossing this widget's API are Python ``str`` indices into the
    document's stored text (the one the PDF or EPUB importer produced).

    Signals:
        tag_activated(str): the user clicked on a highlight.
        selection_changed(bool): whether a taggable selection exists.
        tag_requested(str): a kind's key (C/A/F/D…) was pressed with a selection.
        page_changed(int): the page in view changed (1-based).
        zoom_changed(float): the zoom factor changed.
    """

    tag_activated = Signal(str)
    selection_changed = Signal(bool)
    tag_requested = Signal(str)
    page_changed = Signal(int)
    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None, *, cache_bytes: int = DEFAULT_CACHE_BYTES):
        super().__init__(parent)
        self.setObjectName("pageView")
        self._doc: Any = None  # pymupdf.Document, UI thread only
        self._pymupdf: Any = None
        self._flags = 0
        self._text = ""
        self._pages: tuple[int, ...] = ()
        self._sizes: list[tuple[float, float]] = []  # page sizes in points
        self._tops: list[int] = []  # page top in content pixels at the current zoom
        self._words: dict[int, list[Word]] = {}
        self._word_starts: dict[int, list[int]] = {}
        self._cache = PageCache(cache_bytes)
        self._tags: dict[str, Annotation] = {}
        self._tags_by_page: dict[int, list[Annotation]] | None = None
        self._kinds: dict[str, Kind] = {}
        self._selection: tuple[int, int] | None = None
        self._anchor_word: Word | None = None
        self._moved = False
        self._current_page = 0
        self._fit: str | None = "width"
        self.zoom = 1.0
        self.render_count = 0  # pages rendered (not served from the cache): for tests and bench
        self.message = ""

        bar = QWidget(self)
        bar.setObjectName("pageBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(6, 3, 6, 3)
        row.setSpacing(4)
        self.page_box = QSpinBox(bar)
        self.page_box.setMinimum(1)
        self.page_box.setKeyboardTracking(False)
        self.page_box.setToolTip(self.tr("Page (Ctrl+G)"))
        self.page_box.setAccessibleName(self.tr("Page number"))
        self.page_total = QLabel(bar)
        self.zoom_label = QLabel(bar)
        self.zoom_label.setMinimumWidth(44)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(QLabel(self.tr("Page"), bar))
        row.addWidget(self.page_box)
        row.addWidget(self.page_total)
        row.addStretch(1)
        self.notice = QLabel(bar)
        self.notice.setObjectName("pageNotice")
        self.notice.setStyleSheet("color: #b3261e;")
        row.addWidget(self.notice)
        row.addStretch(1)
        for text, tip, slot in (
            ("−", self.tr("Zoom out (Ctrl+-)"), self.zoom_out),
            ("+", self.tr("Zoom in (Ctrl++)"), self.zoom_in),
            (self.tr("Fit width"), self.tr("Fit the page width"), self.fit_width),
            (self.tr("Fit page"), self.tr("Fit the whole page"), self.fit_page),
        ):
            button = QToolButton(bar)
            button.setText(text)
            button.setToolTip(tip)
            button.setAutoRaise(True)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addWidget(self.zoom_label)
        self.page_box.valueChanged.connect(lambda v: self.go_to_page(v))
        self.canvas = PageCanvas(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addWidget(self.canvas, 1)
        self.setFocusProxy(self.canvas)
        self._update_bar()

    # -- document --------------------------------------------------------------

    def set_kinds(self, kinds: Iterable[Kind]) -> None:
        self._kinds = {k.name: k for k in kinds}
        self.canvas.viewport().update()

    def open_document(
        self,
        path: str | os.PathLike[str] | None,
        text: str,
        pages: Sequence[int],
        tags: Iterable[Annotation] = (),
        *,
        password: str | None = None,
        data: bytes | None = None,
    ) -> bool:
        """Show the PDF or EPUB at ``path`` (or in ``data``) whose stored text is ``text``.

        Returns False, and shows why in :attr:`message`, when the file is
        missing, damaged or locked; the view is then empty.
        """
        import pymupdf

        self.clear_document()
        self._pymupdf = pymupdf
        pymupdf.TOOLS.mupdf_display_errors(False)
        from desktop.importers.epub import LAYOUT

        if data is None and path and storefiles.open_here(path):  # MuPDF's close would drop our store's locks
            return self._fail(self.tr("The original file cannot be shown (it is a Claimline store)."))
        filetype = filetype_of(path, data)
        try:
            if data is not None:
                doc = pymupdf.open(stream=data, filetype=filetype)
            else:
                doc = pymupdf.open(os.fspath(path or ""), filetype=filetype)
            if doc.is_reflowable:
                doc.layout(**LAYOUT)  # the pages the importer read
        except Exception as exc:  # missing, damaged, or not a PDF: PyMuPDF raises several kinds
            return self._fail(self.tr("The original file cannot be shown ({0}).").format(type(exc).__name__))
        if doc.needs_pass and not (password and doc.authenticate(password)):
            doc.close()
            return self._fail(self.tr("The original file is locked with a password."))
        self._doc = doc
        self._flags = text_flags(pymupdf)
        self._text = text
        self._pages = tuple(pages)
        self._sizes = []
        if doc.is_reflowable:  # every page has the layout's size
            self._sizes = [(LAYOUT["width"], LAYOUT["height"])] * doc.page_count
        for i in range(doc.page_count if not doc.is_reflowable else 0):
            box = doc.page_cropbox(i) if doc.is_pdf and hasattr(doc, "page_cropbox") else doc.load_page(i).rect
            self._sizes.append((box.width, box.height))
        self.set_tags(tags)
        self.page_box.setMaximum(max(1, doc.page_count))
        self._relayout(keep=False)
        self.canvas.verticalScrollBar().setValue(0)
        self._scrolled()
        return True

    def _fail(self, message: str) -> bool:
        self.message = message
        self.notice.setText(message)
        self.canvas.viewport().update()
        return False

    def clear_document(self) -> None:
        if self._doc is not None:
            self._doc.close()
        self._doc = None
        self._text = ""
        self._pages = ()
        self._sizes = []
        self._tops = []
        self._words.clear()
        self._word_starts.clear()
        self._cache.clear()
        self._tags.clear()
        self._tags_by_page = None
        self._selection = None
        self.message = ""
        self.notice.setText("")
        self._relayout(keep=False)

    @property
    def page_count(self) -> int:
        return len(self._sizes)

    # -- tags ------------------------------------------------------------------

    def set_tags(self, tags: Iterable[Annotation]) -> None:
        self._tags = {t.id: t for t in tags if not t.deleted and not t.orphaned}
        self._tags_by_page = None
        self.canvas.viewport().update()

    def upsert_tag(self, tag: Annotation) -> None:
        if tag.deleted or tag.orphaned:
            self._tags.pop(tag.id, None)
        else:
            self._tags[tag.id] = tag
        self._tags_by_page = None
        self.canvas.viewport().update()

    def _page_of_offset(self, offset: int) -> int:
        return max(0, bisect_right(self._pages, offset) - 1) if self._pages else 0

    def _page_tags(self, page: int) -> list[Annotation]:
        if self._tags_by_page is None:
            index: dict[int, list[Annotation]] = defaultdict(list)
            for tag in self._tags.values():
                for p in range(self._page_of_offset(tag.start), self._page_of_offset(max(tag.start, tag.end - 1)) + 1):
                    index[p].append(tag)
            for lst in index.values():
                lst.sort(key=lambda t: (t.start, -t.end))
            self._tags_by_page = index
        return self._tags_by_page.get(page, [])

    # -- words -----------------------------------------------------------------

    def words(self, page: int) -> list[Word]:
        """The word boxes of a page (0-based) with their text offsets (computed once)."""
        found = self._words.get(page)
        if found is None:
            found = []
            if self._doc is not None and 0 <= page < self.page_count:
                found = page_words(self._doc, page, self._flags, self._text, self._pages)
            self._words[page] = found
            self._word_starts[page] = [w.start for w in found]
        return found

    def has_text_layer(self, page: int) -> bool:
        return bool(self.words(page))

    def _words_between(self, page: int, start: int, end: int) -> list[Word]:
        words = self.words(page)
        starts = self._word_starts[page]
        lo = max(0, bisect_left(starts, start) - 1)
        hi = bisect_left(starts, end)
        return [w for w in words[lo:hi] if w.start < end and w.end > start]

    def word_rects(self, start: int, end: int) -> list[tuple[int, QRectF]]:
        """(page, rectangle in viewport pixels) of each piece of ``[start, end)`` on the pages."""
        out: list[tuple[int, QRectF]] = []
        if not self._pages or end <= start:
            return out
        for page in range(self._page_of_offset(start), self._page_of_offset(end - 1) + 1):
            for w in self._words_between(page, start, end):
                out.append((page, self._word_rect(page, w, start, end)))
        return out

    def _word_rect(self, page: int, w: Word, start: int, end: int) -> QRectF:
        """Viewport rectangle of the part of word ``w`` inside ``[start, end)``."""
        n = max(1, w.end - w.start)
        a = (max(start, w.start) - w.start) / n
        b = (min(end, w.end) - w.start) / n
        x0 = w.x0 + (w.x1 - w.x0) * a
        x1 = w.x0 + (w.x1 - w.x0) * b
        origin = self._page_origin(page)
        s = self._scale()
        return QRectF(origin.x() + x0 * s, origin.y() + w.y0 * s, (x1 - x0) * s, (w.y1 - w.y0) * s)

    def _line_rects(self, page: int, start: int, end: int) -> list[QRectF]:
        """One rectangle per line piece of ``[start, end)``: word boxes of a line joined."""
        out: list[QRectF] = []
        last_line: tuple[int, int] | None = None
        for w in self._words_between(page, start, end):
            r = self._word_rect(page, w, start, end)
            if out and w.line == last_line and r.left() >= out[-1].left():
                out[-1] = out[-1].united(r)
            else:
                out.append(r)
            last_line = w.line
        return out

    # -- layout and zoom ---------------------------------------------------------

    def _scale(self) -> float:
        return self.zoom * POINTS_TO_PIXELS

    def _page_pixels(self, page: int) -> QSize:
        w, h = self._sizes[page]
        s = self._scale()
        return QSize(max(1, round(w * s)), max(1, round(h * s)))

    def _page_origin(self, page: int) -> QPointF:
        """Top-left of a page in viewport pixels."""
        size = self._page_pixels(page)
        width = self.canvas.viewport().width()
        content_width = self._content_width()
        x = (max(width, content_width) - size.width()) / 2 - self.canvas.horizontalScrollBar().value()
        y = self._tops[page] - self.canvas.verticalScrollBar().value()
        return QPointF(x, y)

    def _content_width(self) -> int:
        if not self._sizes:
            return 0
        s = self._scale()
        return round(max(w for w, _ in self._sizes) * s) + 2 * PAGE_GAP

    def _relayout(self, keep: bool) -> None:
        """Recompute page positions (after a zoom or resize), keeping the page in view."""
        if not hasattr(self, "canvas"):
            return
        anchor = self._view_anchor() if keep and self._tops else None
        if self._fit and self._sizes:
            self.zoom = self._fit_zoom(self._fit)
        self._tops = []
        y = PAGE_GAP
        for i in range(len(self._sizes)):
            self._tops.append(y)
            y += self._page_pixels(i).height() + PAGE_GAP
        vp = self.canvas.viewport()
        vbar, hbar = self.canvas.verticalScrollBar(), self.canvas.horizontalScrollBar()
        vbar.setRange(0, max(0, y - vp.height()))
        vbar.setPageStep(vp.height())
        vbar.setSingleStep(40)
        hbar.setRange(0, max(0, self._content_width() - vp.width()))
        hbar.setPageStep(vp.width())
        if anchor is not None:
            page, frac = anchor
            vbar.setValue(round(self._tops[page] + frac * self._page_pixels(page).height() - PAGE_GAP))
        self._update_bar()
        vp.update()

    def _view_anchor(self) -> tuple[int, float] | None:
        """(page, fraction of its height) at the top of the viewport."""
        if not self._tops:
            return None
        top = self.canvas.verticalScrollBar().value() + PAGE_GAP
        page = max(0, bisect_right(self._tops, top) - 1)
        return page, (top - self._tops[page]) / max(1, self._page_pixels(page).height())

    def _fit_zoom(self, mode: str) -> float:
        vp = self.canvas.viewport()
        page = min(self._current_page, len(self._sizes) - 1)
        w, h = self._sizes[page]
        by_width = (vp.width() - 2 * PAGE_GAP) / (w * POINTS_TO_PIXELS)
        if mode == "page":
            by_height = (vp.height() - 2 * PAGE_GAP) / (h * POINTS_TO_PIXELS)
            return _clamp(min(by_width, by_height))
        return _clamp(by_width)

    def set_zoom(self, zoom: float) -> None:
        self._fit = None
        self._apply_zoom(_clamp(zoom))

    def _apply_zoom(self, zoom: float) -> None:
        changed = abs(zoom - self.zoom) > 1e-6
        anchor = self._view_anchor()
        self.zoom = zoom
        self._relayout(keep=False)
        if anchor is not None and self._tops:
            page, frac = anchor
            self.canvas.verticalScrollBar().setValue(
                round(self._tops[page] + frac * self._page_pixels(page).height() - PAGE_GAP)
            )
        if changed:
            self.zoom_changed.emit(self.zoom)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom / ZOOM_STEP)

    def fit_width(self) -> None:
        self._fit = "width"
        if self._sizes:
            self._apply_zoom(self._fit_zoom("width"))

    def fit_page(self) -> None:
        self._fit = "page"
        if self._sizes:
            self._apply_zoom(self._fit_zoom("page"))

    # -- navigation --------------------------------------------------------------

    def current_page(self) -> int:
        """The page in view, 1-based (0 when no document is shown)."""
        return self._current_page + 1 if self._sizes else 0

    def go_to_page(self, number: int) -> None:
        """Scroll so that page ``number`` (1-based) starts at the top."""
        if not self._tops:
            return
        page = min(max(1, number), len(self._tops)) - 1
        self.canvas.verticalScrollBar().setValue(self._tops[page] - PAGE_GAP)
        self._scrolled()

    def ask_page(self) -> None:
        """Ctrl+G: put the cursor in the page box (type a number, press Enter)."""
        self.page_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.page_box.selectAll()

    def top_offset(self) -> int:
        """Text offset of the first word in view (to keep the place when switching views)."""
        if not self._tops:
            return 0
        page = self._current_page_at_top()
        origin = self._page_origin(page)
        s = self._scale()
        for w in self.words(page):
            if origin.y() + w.y1 * s >= 0:
                return w.start
        return self._pages[page] if page < len(self._pages) else 0

    def scroll_to_offset(self, offset: int) -> None:
        """Bring the word at text ``offset`` to the top of the view."""
        if not self._tops or not self._pages:
            return
        page = self._page_of_offset(offset)
        words = self._words_between(page, offset, offset + 1) or [
            w for w in self.words(page) if w.start >= offset
        ][:1]
        y = self._tops[page] - PAGE_GAP
        if words:
            y = self._tops[page] + round(words[0].y0 * self._scale()) - PAGE_GAP
        self.canvas.verticalScrollBar().setValue(y)
        self._scrolled()

    def reveal_tag(self, tag_id: str) -> None:
        tag = self._tags.get(tag_id)
        if tag is None:
            return
        rects = self.word_rects(tag.start, tag.end)
        if rects and not self.canvas.viewport().rect().contains(rects[0][1].toRect()):
            self.scroll_to_offset(tag.start)
            vbar = self.canvas.verticalScrollBar()
            vbar.setValue(vbar.value() - self.canvas.viewport().height() // 3)
        elif not rects:
            self.scroll_to_offset(tag.start)
        self.canvas.viewport().update()

    def _current_page_at_top(self) -> int:
        top = self.canvas.verticalScrollBar().value() + PAGE_GAP
        return max(0, bisect_right(self._tops, top) - 1)

    def _scrolled(self) -> None:
        if not self._tops:
            return
        probe = self.canvas.verticalScrollBar().value() + self.canvas.viewport().height() // 3
        page = max(0, min(len(self._tops) - 1, bisect_right(self._tops, probe) - 1))
        if page != self._current_page:
            self._current_page = page
            self._update_bar()
            self.page_changed.emit(page + 1)
        else:
            self._update_bar()

    def _update_bar(self) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(self._current_page + 1)
        self.page_box.blockSignals(False)
        self.page_box.setEnabled(bool(self._sizes))
        self.page_total.setText(self.tr("of {0}").format(len(self._sizes)) if self._sizes else "")
        self.zoom_label.setText(f"{round(self.zoom * 100)}%")
        if not self.message:
            page = self._current_page
            if self._sizes and page < len(self._sizes) and not self.has_text_layer(page):
                self.notice.setText(self.tr("No text layer on this page (scanned?): it cannot be tagged"))
            else:
                self.notice.setText("")

    # -- painting ----------------------------------------------------------------

    def visible_pages(self) -> list[int]:
        if not self._tops:
            return []
        top = self.canvas.verticalScrollBar().value()
        bottom = top + self.canvas.viewport().height()
        first = max(0, bisect_right(self._tops, top) - 1)
        out = []
        for page in range(first, len(self._tops)):
            if self._tops[page] > bottom:
                break
            if self._tops[page] + self._page_pixels(page).height() >= top:
                out.append(page)
        return out

    def _pixmap(self, page: int) -> QPixmap:
        dpr = self.canvas.viewport().devicePixelRatioF()
        scale = self._scale() * dpr
        key = (page, round(scale * 1000))
        pix = self._cache.get(key)
        if pix is None:
            try:
                rendered = self._doc.load_page(page).get_pixmap(
                    matrix=self._pymupdf.Matrix(scale, scale), alpha=False
                )
                image = QImage(
                    rendered.samples, rendered.width, rendered.height, rendered.stride, QImage.Format.Format_RGB888
                ).copy()
            except Exception:  # a damaged page renders blank instead of breaking the view
                size = self._page_pixels(page) * dpr
                image = QImage(size, QImage.Format.Format_RGB888)
                image.fill(QColor("#ffffff"))
            pix = QPixmap.fromImage(image)
            pix.setDevicePixelRatio(dpr)
            self.render_count += 1
            self._cache.put(key, pix)
        return pix

    def _paint(self, viewport: QWidget, clip: Any) -> None:
        painter = QPainter(viewport)
        painter.fillRect(clip, QColor("#5f6368"))
        if self.message:
            painter.setPen(QColor("#ffffff"))
            painter.drawText(viewport.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.message)
        for page in self.visible_pages():
            origin = self._page_origin(page)
            size = self._page_pixels(page)
            rect = QRectF(origin, QSizeF(size))
            painter.fillRect(rect.adjusted(2, 2, 2, 2), QColor(0, 0, 0, 60))
            painter.drawPixmap(origin, self._pixmap(page))
            self._paint_tags(painter, page)
            if self._selection is not None:
                for r in self._line_rects(page, *self._selection):
                    painter.fillRect(r, QColor(51, 136, 255, 90))
            if not self.has_text_layer(page):
                band = QRectF(rect.x(), rect.y(), rect.width(), 28)
                painter.fillRect(band, QColor(179, 38, 30, 220))
                painter.setPen(QColor("#ffffff"))
                painter.drawText(
                    band, Qt.AlignmentFlag.AlignCenter, self.tr("No text layer on this page (scanned?)")
                )
        painter.end()

    def _paint_tags(self, painter: QPainter, page: int) -> None:
        for tag in self._page_tags(page):
            kind = self._kinds.get(tag.kind)
            colour = QColor(kind.colour if kind else "#f2b63c")
            colour.setAlpha(95)
            line = QColor(kind.colour if kind else "#f2b63c")
            for r in self._line_rects(page, tag.start, tag.end):
                painter.fillRect(r, colour)
                painter.setPen(QPen(line, 1.5))
                painter.drawLine(r.bottomLeft(), r.bottomRight())

    # -- selection ---------------------------------------------------------------

    def page_at(self, point: QPointF) -> int | None:
        for page in self.visible_pages():
            origin = self._page_origin(page)
            size = self._page_pixels(page)
            if origin.y() <= point.y() <= origin.y() + size.height() + PAGE_GAP:
                return page
        return None

    def word_at(self, point: QPointF, *, nearest: bool = True) -> Word | None:
        """The word under a viewport point (or the nearest one on that page)."""
        page = self.page_at(point)
        if page is None:
            return None
        origin = self._page_origin(page)
        s = self._scale()
        x, y = (point.x() - origin.x()) / s, (point.y() - origin.y()) / s
        best, best_d = None, None
        for w in self.words(page):
            if w.x0 <= x <= w.x1 and w.y0 <= y <= w.y1:
                return w
            if nearest:
                dx = max(w.x0 - x, 0.0, x - w.x1)
                dy = max(w.y0 - y, 0.0, y - w.y1)
                d = dy * 4 + dx  # stay on the line the pointer is on
                if best_d is None or d < best_d:
                    best, best_d = w, d
        return best

    def point_of(self, offset: int) -> QPoint:
        """Viewport point in the middle of the word holding text ``offset`` (for tests)."""
        rects = self.word_rects(offset, offset + 1)
        if not rects:
            raise ValueError(f"no word box at offset {offset}")
        return rects[0][1].center().toPoint()

    def tags_at(self, offset: int) -> list[Annotation]:
        page = self._page_of_offset(offset)
        hits = [t for t in self._page_tags(page) if t.start <= offset < t.end]
        return sorted(hits, key=lambda t: t.end - t.start)

    def _press(self, point: QPointF) -> None:
        self._anchor_word = self.word_at(point, nearest=False) or self.word_at(point)
        self._moved = False
        had = self._selection is not None
        self._selection = None
        if had:
            self.selection_changed.emit(False)
        self.canvas.viewport().update()

    def _drag(self, point: QPointF) -> None:
        if self._anchor_word is None:
            return
        word = self.word_at(point)
        if word is None:
            return
        self._moved = True
        a, b = self._anchor_word, word
        span = (min(a.start, b.start), max(a.end, b.end))
        if span != self._selection:
            had = self._selection is not None
            self._selection = span
            if not had:
                self.selection_changed.emit(True)
            self.canvas.viewport().update()

    def _release(self, point: QPointF) -> None:
        if not self._moved:
            word = self.word_at(point, nearest=False)
            if word is not None:
                tags = self.tags_at(word.start)
                if tags:
                    self.tag_activated.emit(tags[0].id)
        self._anchor_word = None

    def selected_span(self) -> tuple[int, int] | None:
        """The selection as ``[start, end)`` text offsets (whole words), or None."""
        return self._selection

    def select_span(self, start: int, end: int) -> None:
        self._selection = (start, end) if end > start else None
        self.selection_changed.emit(self._selection is not None)
        self.canvas.viewport().update()

    def clear_selection(self) -> None:
        if self._selection is not None:
            self._selection = None
            self.selection_changed.emit(False)
            self.canvas.viewport().update()

    # -- keys ----------------------------------------------------------------------

    def _handles_key(self, event: QKeyEvent) -> bool:
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus, Qt.Key.Key_G, Qt.Key.Key_0):
            return True
        return False

    def _key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
                self.zoom_in()
            elif key == Qt.Key.Key_Minus:
                self.zoom_out()
            elif key == Qt.Key.Key_0:
                self.fit_width()
            elif key == Qt.Key.Key_G:
                self.ask_page()
            else:
                return False
            return True
        if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp, Qt.Key.Key_Home, Qt.Key.Key_End):
            if key == Qt.Key.Key_Home:
                self.go_to_page(1)
            elif key == Qt.Key.Key_End:
                self.go_to_page(self.page_count)
            else:
                bar = self.canvas.verticalScrollBar()
                step = bar.pageStep() if key == Qt.Key.Key_PageDown else -bar.pageStep()
                bar.setValue(bar.value() + step)
            return True
        if key == Qt.Key.Key_Escape:
            self.clear_selection()
            return True
        text = event.text().upper()
        if text and self._selection is not None:
            for kind in self._kinds.values():
                if kind.shortcut and kind.shortcut.upper() == text:
                    self.tag_requested.emit(kind.name)
                    return True
        return False


def _clamp(zoom: float) -> float:
    return min(MAX_ZOOM, max(MIN_ZOOM, zoom))
