"""The reader: a document's text with readable typography and coloured tag highlights.

Highlights are character formats merged into the QTextDocument (one edit block,
document undo off), which costs nothing at paint time; overlapping tags keep
the innermost tag's fill and get an underline in the outer tag's colour, so
both stay visible.  All offsets crossing this widget's API are Python ``str``
indices; :class:`~desktop.textmap.OffsetMap` converts to Qt positions.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QHelpEvent,
    QMouseEvent,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QFrame, QMenu, QTextEdit, QToolTip, QWidget

from desktop.model import Annotation, Block, Kind
from desktop.references import Footnotes, analyse
from desktop.textmap import OffsetMap
from desktop.ui import theme

READING_WIDTH_EM = 42  # comfortable line length (~75 characters)
SERIF = ["Noto Serif", "DejaVu Serif", "Georgia", "Times New Roman", "serif"]


class Reader(QTextEdit):
    """Read-only view of one document that shows and reports tag spans.

    Signals:
        tag_activated(str): the user clicked (or moved the cursor) into a tag.
        selection_changed(bool): whether a taggable selection exists.
        tag_requested(str): the context menu asked to tag the selection as a kind.
    """

    tag_activated = Signal(str)
    selection_changed = Signal(bool)
    tag_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setAcceptDrops(False)  # files dropped here go to the window's import
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setObjectName("reader")
        self.document().setUndoRedoEnabled(False)
        self.document().setDocumentMargin(24)
        font = QFont()
        font.setFamilies(SERIF)
        font.setPointSizeF(12.5)
        self.document().setDefaultFont(font)
        self._text = ""
        self._map = OffsetMap("")
        self._blocks: list[Block] = []
        self._painted_dark = False
        self._kinds: dict[str, Kind] = {}
        self._tags: dict[str, Annotation] = {}
        self._by_start: list[tuple[int, int, str]] = []  # (start, end, id), sorted
        self._max_len = 0
        self._active_tag: str | None = None
        self._flash: QTimer | None = None
        self._suggestion_sels: list[QTextEdit.ExtraSelection] = []
        self._flash_sels: list[QTextEdit.ExtraSelection] = []
        self._footnotes: Footnotes | None = None
        self.cursorPositionChanged.connect(self._on_cursor_moved)
        self.copyAvailable.connect(self.selection_changed)

    # -- content ---------------------------------------------------------------

    def set_kinds(self, kinds: Iterable[Kind]) -> None:
        self._kinds = {k.name: k for k in kinds}

    def clear_document(self) -> None:
        self._text = ""
        self._map = OffsetMap("")
        self._tags.clear()
        self._by_start.clear()
        self._forget_extras()
        self._set_plain_text("").endEditBlock()

    def _set_plain_text(self, text: str) -> QTextCursor:
        """Replace the text with no format carried over from the previous document.

        ``QTextEdit.setPlainText`` gives the whole new text the character format of
        the cursor (position 0 of the old text: a styled title or meta line), so
        reset that format first, and give every block a plain block format.  The
        reset is made in an edit block that is left open on the returned cursor: the
        caller adds its own formatting and ends it, so the text is laid out once.
        """
        self.setCurrentCharFormat(QTextCharFormat())
        self.setPlainText(text)
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.setBlockFormat(QTextBlockFormat())
        cursor.setCharFormat(QTextCharFormat())
        return cursor

    def _forget_extras(self) -> None:
        """Underlines, flashes and footnotes belong to the text being replaced."""
        if self._flash is not None:
            self._flash.stop()
        self._suggestion_sels, self._flash_sels, self._footnotes = [], [], None
        self.setExtraSelections([])

    def show_document(self, text: str, blocks: Iterable[Block], tags: Iterable[Annotation]) -> None:
        """Show ``text`` styled by its structural blocks, with ``tags`` highlighted."""
        self._forget_extras()
        self._text = text
        self._map = OffsetMap(text)
        self._blocks = list(blocks)
        self._painted_dark = theme.is_dark()
        # One edit block around the format reset, the block styles and the highlights:
        # the 1 MB text is laid out once instead of once per whole-document step.
        edit = self._set_plain_text(text)
        self._style_blocks(self._blocks)
        self.set_tags(tags, fresh=True)
        edit.endEditBlock()
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def _style_blocks(self, blocks: list[Block]) -> None:
        doc = self.document()
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        base = QTextBlockFormat()
        base.setLineHeight(145, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        base.setBottomMargin(6)
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.mergeBlockFormat(base)
        # Blank lines between paragraphs: a small gap, not a whole empty line.
        gap = QTextBlockFormat()
        gap.setLineHeight(6, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
        gap.setBottomMargin(0)
        start = 0
        text = self._text
        while True:
            i = text.find("\n\n", start)
            if i < 0:
                break
            j = i + 1
            while j < len(text) and text[j] == "\n":
                cursor.setPosition(self._map.to_qt(j))
                cursor.mergeBlockFormat(gap)
                j += 1
            start = j
        for block in blocks:
            bf, cf = _block_formats(block, self.palette().color(self.foregroundRole()))
            if bf is None:
                continue
            cursor.setPosition(self._map.to_qt(block.start))
            cursor.setPosition(self._map.to_qt(block.end), QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeBlockFormat(bf)
            cursor.mergeCharFormat(cf)
        cursor.endEditBlock()

    # -- tags ------------------------------------------------------------------

    def set_tags(self, tags: Iterable[Annotation], fresh: bool = False) -> None:
        """Show exactly ``tags``; ``fresh``: the text was just set, nothing to clear."""
        self._tags = {t.id: t for t in tags if not t.deleted and not t.orphaned}
        self._reindex()
        self._paint_range(0, len(self._text), clear=bool(self._text) and not fresh)

    def upsert_tag(self, tag: Annotation) -> None:
        """Add, change or (when tombstoned) remove one tag and repaint its span."""
        old = self._tags.pop(tag.id, None)
        if not tag.deleted and not tag.orphaned:
            self._tags[tag.id] = tag
        self._reindex()
        lo, hi = tag.start, tag.end
        if old is not None:
            lo, hi = min(lo, old.start), max(hi, old.end)
        self._paint_range(lo, hi, clear=True)

    def tag_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for t in self._tags.values():
            counts[t.kind] = counts.get(t.kind, 0) + 1
        return counts

    def _reindex(self) -> None:
        self._by_start = sorted((t.start, t.end, t.id) for t in self._tags.values())
        self._max_len = max((e - s for s, e, _ in self._by_start), default=0)

    def tags_at(self, index: int) -> list[Annotation]:
        """Live tags covering code-point ``index``, innermost (shortest) first."""
        lo = bisect_left(self._by_start, (index - self._max_len, -1, ""))
        hi = bisect_left(self._by_start, (index + 1, -1, ""))
        found = [self._tags[i] for s, e, i in self._by_start[lo:hi] if s <= index < e]
        return sorted(found, key=lambda t: (t.end - t.start, t.start))

    def _overlapping(self, lo: int, hi: int) -> list[Annotation]:
        first = bisect_left(self._by_start, (lo - self._max_len, -1, ""))
        last = bisect_left(self._by_start, (hi, -1, ""))
        return [self._tags[i] for s, e, i in self._by_start[first:last] if e > lo and s < hi]

    def _paint_range(self, lo: int, hi: int, clear: bool) -> None:
        """Recompute the highlight of every elementary segment in ``[lo, hi)``."""
        if hi <= lo:
            return
        tags = self._overlapping(lo, hi)
        if tags:
            lo = min(lo, min(t.start for t in tags))
            hi = max(hi, max(t.end for t in tags))
            tags = self._overlapping(lo, hi)
        dark = theme.is_dark()
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        if clear:
            plain = QTextCharFormat()
            plain.setBackground(QColor(0, 0, 0, 0))
            plain.setUnderlineStyle(QTextCharFormat.UnderlineStyle.NoUnderline)
            plain.setProperty(QTextFormat.Property.FontUnderline, False)
            self._merge(cursor, lo, hi, plain)
        # Sweep the segment boundaries once, keeping the set of covering tags.
        bounds = sorted({b for t in tags for b in (t.start, t.end) if lo <= b <= hi})
        by_start = sorted(tags, key=lambda t: t.start)
        formats: dict[tuple[str, str | None], QTextCharFormat] = {}
        covering: list[Annotation] = []
        nxt = 0
        for a, b in zip(bounds, bounds[1:]):
            while nxt < len(by_start) and by_start[nxt].start <= a:
                covering.append(by_start[nxt])
                nxt += 1
            covering = [t for t in covering if t.end > a]
            if not covering:
                continue
            ordered = sorted(covering, key=lambda t: t.end - t.start) if len(covering) > 1 else covering
            key = (ordered[0].kind, ordered[-1].kind if len(ordered) > 1 else None)
            fmt = formats.get(key)
            if fmt is None:
                fmt = formats[key] = self._segment_format(*key, dark)
            self._merge(cursor, a, b, fmt)
        cursor.endEditBlock()

    def _segment_format(self, inner_kind: str, outer_kind: str | None, dark: bool) -> QTextCharFormat:
        """Innermost tag's fill; with an overlap, an underline in the outer tag's colour."""
        fmt = QTextCharFormat()
        inner = self._kinds.get(inner_kind)
        fmt.setBackground(theme.highlight_colour(inner.colour if inner else "#999999", dark))
        if outer_kind is not None:
            outer = self._kinds.get(outer_kind)
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(theme.strong_colour(outer.colour if outer else "#999999", dark))
        return fmt

    def _merge(self, cursor: QTextCursor, start: int, end: int, fmt: QTextCharFormat) -> None:
        cursor.setPosition(self._map.to_qt(start))
        cursor.setPosition(self._map.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)

    # -- selection and navigation ---------------------------------------------

    def selected_span(self) -> tuple[int, int] | None:
        """The selection as code-point offsets, or None when nothing is selected."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start = self._map.from_qt(cursor.selectionStart())
        end = self._map.from_qt(cursor.selectionEnd())
        return (start, end) if end > start else None

    def clear_selection(self) -> None:
        """Collapse the selection to its end (after tagging it, so the new highlight shows).

        Quietly: the cursor lands where a tag may start, and that is not a click on it.
        """
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return
        cursor.setPosition(cursor.selectionEnd())
        blocked = self.blockSignals(True)
        try:
            self.setTextCursor(cursor)
        finally:
            self.blockSignals(blocked)
        self.selection_changed.emit(False)

    def select_span(self, start: int, end: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(self._map.to_qt(start))
        cursor.setPosition(self._map.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def reveal_tag(self, tag_id: str) -> None:
        """Scroll to a tag and flash it briefly."""
        tag = self._tags.get(tag_id)
        if tag is None:
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._map.to_qt(tag.end))
        self.setTextCursor(cursor)
        cursor.setPosition(self._map.to_qt(tag.start))
        self.setTextCursor(cursor)  # leaves the view showing the tag's start
        self.ensureCursorVisible()
        self._active_tag = tag_id
        kind = self._kinds.get(tag.kind)
        self._start_flash(tag.start, tag.end, kind.colour if kind else "#999999")

    def reveal_span(self, start: int, end: int) -> None:
        """Scroll to ``text[start:end]`` (a search hit), select it and flash it."""
        start = max(0, min(start, len(self._text)))
        end = max(start, min(end, len(self._text)))
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._map.to_qt(end))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self.select_span(start, end)
        self.ensureCursorVisible()
        if end > start:
            self._start_flash(start, end, "#ffd54a")

    def _start_flash(self, start: int, end: int, colour_name: str) -> None:
        if self._flash is not None:
            self._flash.stop()
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._map.to_qt(start))
        cursor.setPosition(self._map.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cursor
        colour = QColor(colour_name)
        colour.setAlpha(200)
        sel.format.setBackground(colour)
        steps = [True, False, True, False]
        timer = QTimer(self)
        timer.setInterval(160)

        def step() -> None:
            if not steps:
                timer.stop()
                self._flash_sels = []
            else:
                self._flash_sels = [sel] if steps.pop(0) else []
            self._show_extra()

        timer.timeout.connect(step)
        step()
        timer.start()
        self._flash = timer

    def _show_extra(self) -> None:
        self.setExtraSelections(self._suggestion_sels + self._flash_sels)

    def set_suggestions(self, spans: Iterable[tuple[int, int, str]]) -> None:
        """Dotted underlines under suggested ``(start, end, kind)`` spans (empty: none)."""
        dark = theme.is_dark()
        sels = []
        for start, end, kind_name in spans:
            if not (0 <= start < end <= len(self._text)):
                continue
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._map.to_qt(start))
            cursor.setPosition(self._map.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            kind = self._kinds.get(kind_name)
            sel.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            sel.format.setUnderlineColor(theme.strong_colour(kind.colour if kind else "#999999", dark))
            sels.append(sel)
        self._suggestion_sels = sels
        self._show_extra()

    def suggestion_count(self) -> int:
        return len(self._suggestion_sels)

    def footnote_tip(self, index: int) -> str | None:
        """The reference a footnote marker at ``index`` points at, as tooltip text.

        The text's markers and reference list are found on the first hover, not on
        opening (a long text would pay for it every time).
        """
        if self._footnotes is None:
            self._footnotes = analyse(self._text)
        marker = self._footnotes.marker_at(index)
        ref = self._footnotes.reference(marker.label) if marker else None
        if ref is None:
            return None
        return f"[{ref.label}] {ref.text}"

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent) and self._text:
            pos = self.viewport().mapFromGlobal(event.globalPos())
            tip = self.footnote_tip(self.position_at(pos))
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def top_offset(self) -> int:
        """The offset of the first character shown at the top of the view."""
        if self.verticalScrollBar().value() == 0:
            return 0  # also right before the first layout, when hit tests see no lines yet
        return self.position_at(QPoint(self.viewport().width() // 2, 2))

    def scroll_to_offset(self, offset: int) -> None:
        """Scroll so that the line holding ``offset`` is at the top of the view."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._map.to_qt(max(0, min(offset, len(self._text)))))
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + self.cursorRect(cursor).top())

    def flashing(self) -> bool:
        return self._flash is not None and self._flash.isActive()

    def _on_cursor_moved(self) -> None:
        cursor = self.textCursor()
        if cursor.hasSelection() or not self._tags:
            return
        index = self._map.from_qt(cursor.position())
        tags = self.tags_at(index)
        if tags and tags[0].id != self._active_tag:
            self._active_tag = tags[0].id
            self.tag_activated.emit(tags[0].id)
        elif not tags:
            self._active_tag = None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            index = self._map.from_qt(self.cursorForPosition(event.position().toPoint()).position())
            tags = self.tags_at(index)
            if tags:
                self._active_tag = tags[0].id
                self.tag_activated.emit(tags[0].id)

    def position_at(self, point: QPoint) -> int:
        """Code-point offset under a viewport point (for tests and tooltips)."""
        return self._map.from_qt(self.cursorForPosition(point).position())

    def point_of(self, index: int) -> QPoint:
        """Viewport point in the middle of the character at ``index``."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._map.to_qt(index))
        rect = self.cursorRect(cursor)
        return QPoint(rect.x() + 3, rect.center().y())

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu: QMenu = self.createStandardContextMenu(event.pos())
        if self.selected_span() is not None and self._kinds:
            menu.addSeparator()
            tag_menu = menu.addMenu(self.tr("Tag as"))
            for kind in self._kinds.values():
                action = tag_menu.addAction(kind.label)
                if kind.shortcut:
                    action.setShortcut(kind.shortcut)
                action.triggered.connect(lambda _=False, k=kind.name: self.tag_requested.emit(k))
        menu.exec(event.globalPos())

    # -- layout: keep a comfortable line length --------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._update_margins()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self._update_margins()
        if event.type() == QEvent.Type.PaletteChange and self._text and self._painted_dark != theme.is_dark():
            # Light ↔ dark while running: muted text and highlight fills follow the palette.
            top = self.top_offset()
            self.show_document(self._text, self._blocks, list(self._tags.values()))
            self.scroll_to_offset(top)

    def _update_margins(self) -> None:
        em = self.fontMetrics().horizontalAdvance("M") * (self.document().defaultFont().pointSizeF() / max(self.font().pointSizeF(), 1))
        target = int(READING_WIDTH_EM * em)
        spare = self.width() - target - self.verticalScrollBar().sizeHint().width()
        side = max(0, spare // 2)
        self.setViewportMargins(side, 0, side, 0)


def _block_formats(block: Block, text_colour: QColor) -> tuple[QTextBlockFormat | None, QTextCharFormat]:
    bf = QTextBlockFormat()
    cf = QTextCharFormat()
    if block.kind == "title":
        bf.setTopMargin(6)
        bf.setBottomMargin(16)
        bf.setLineHeight(120, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cf.setFontPointSize(21)
        cf.setFontWeight(QFont.Weight.Bold)
    elif block.kind == "heading":
        bf.setTopMargin(14)
        bf.setBottomMargin(6)
        cf.setFontPointSize(max(13.0, 17.0 - block.level))
        cf.setFontWeight(QFont.Weight.DemiBold)
    elif block.kind == "footnote":
        bf.setBottomMargin(4)
        bf.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cf.setFontPointSize(10)
        muted = QColor(text_colour)
        muted.setAlphaF(0.75)
        cf.setForeground(muted)
    elif block.kind == "meta":
        cf.setFontPointSize(10)
        cf.setFontCapitalization(QFont.Capitalization.AllUppercase)
        cf.setFontLetterSpacing(108)
        muted = QColor(text_colour)
        muted.setAlphaF(0.65)
        cf.setForeground(muted)
    elif block.kind == "quote":
        bf.setLeftMargin(24)
        cf.setFontItalic(True)
    elif block.kind == "list":
        bf.setLeftMargin(18)
    else:
        return None, cf
    return bf, cf
