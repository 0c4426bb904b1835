"""Search the library: a query field and its hits, grouped by document, with snippets.

Typing pauses run the search (:func:`desktop.service.search.search`, tens of
milliseconds on 10,000 documents, so on the UI thread); Enter in the field runs
it at once and opens the best hit; Up/Down move through the hits and Enter (or a
click) opens one.  Opening emits ``hit_activated(document_id, start, end,
tag_id)``: the window shows the passage and flashes it.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.service.search import SearchHit, SearchQueryError, SearchResults
from desktop.ui.roles import ITEM_ROLE, MARKUP_ROLE

HIT_ROLE = ITEM_ROLE  # a hit row's SearchHit
HTML_ROLE = MARKUP_ROLE
Searcher = Callable[[str, "Sequence[str] | None"], SearchResults]


def hit_html(hit: SearchHit, field_label: str) -> str:
    """The snippet with its match in bold, escaped (store text is never markup)."""
    a, b = hit.highlight
    s = hit.snippet
    body = f"{html.escape(s[:a])}<b>{html.escape(s[a:b])}</b>{html.escape(s[b:])}"
    return f"<span style='color:gray'>{html.escape(field_label)}</span> {body}"


class _SnippetDelegate(QStyledItemDelegate):
    """Draws a hit's HTML (snippet with the match in bold); plain text for documents."""

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        markup = index.data(HTML_ROLE)
        if markup is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(markup)
        doc.setTextWidth(option.rect.width())
        painter.save()
        painter.translate(option.rect.topLeft())
        doc.drawContents(painter, QRectF(0, 0, option.rect.width(), option.rect.height()))
        painter.restore()

    def sizeHint(  # noqa: N802 (Qt override)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        if index.data(HTML_ROLE) is not None:
            size.setHeight(size.height() * 2 + 2)  # snippets wrap onto a second line
        return size


class _Results(QTreeView):
    """Enter on a hit opens it (QTreeView would only expand a document row)."""

    open_requested = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class SearchPanel(QWidget):
    """The library's search field and its results.

    The widget itself holds the results list and hides while there is none;
    ``field`` and ``status`` are laid out by the owner (above its splitter, so
    that the field never gets squeezed).

    Signals:
        hit_activated(document_id, start, end, tag_id): show this passage ('' tag_id: a text hit).
        searched(count): a search ran and shows ``count`` hits.
    """

    hit_activated = Signal(str, int, int, str)
    searched = Signal(int)  # how many hits the last search shows

    def __init__(self, searcher: Searcher, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.searcher = searcher
        self.scope: list[str] | None = None  # the current collection's documents, or None
        self.kind_labels: Callable[[], dict[str, str]] = dict  # kind name → its label as shown, read once a search
        self.field = QLineEdit(self)
        self.field.setObjectName("librarySearch")
        self.field.setPlaceholderText(self.tr('Search the library: words, "phrases", prefix*, kind:claim…'))
        self.field.setClearButtonEnabled(True)
        self.status = QLabel(self)
        self.status.setObjectName("searchStatus")
        self.status.setWordWrap(True)
        self.model = QStandardItemModel(self)
        self.results = _Results(self)
        self.results.setObjectName("searchResults")
        self.results.setModel(self.model)
        self.results.setHeaderHidden(True)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setItemDelegate(_SnippetDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setUniformRowHeights(False)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.run)
        self._last: str | None = None
        self.field.textEdited.connect(lambda _t: self._timer.start())
        self.field.returnPressed.connect(self._enter)
        self.field.installEventFilter(self)
        self.results.open_requested.connect(self._open)
        self.results.clicked.connect(self._open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.results, 1)
        self.hide()
        self.status.hide()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        # Down from the field goes to the hits, as in a browser's completion list.
        if obj is self.field and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Down and self.model.rowCount():
                self.results.setFocus()
                self.results.setCurrentIndex(self._first_hit())
                return True
        return super().eventFilter(obj, event)

    def set_scope(self, document_ids: Iterable[str] | None) -> None:
        self.scope = None if document_ids is None else list(document_ids)
        self._last = None
        if self.field.text().strip():
            self.run()

    def run(self) -> None:
        """Search for the field's text now (no-op when it has not changed)."""
        self._timer.stop()
        text = self.field.text().strip()
        if text == self._last:
            return
        self._last = text
        self.model.clear()
        if not text:
            self.hide()
            self.status.hide()
            return
        try:
            results = self.searcher(text, self.scope)
        except SearchQueryError as exc:
            self.status.setText(str(exc))
            self.status.show()
            self.hide()
            return
        labels = {"text": self.tr("text"), "quote": self.tr("tag"), "note": self.tr("note"), "entity": self.tr("actor")}
        kinds = self.kind_labels()
        for group in results.groups:
            doc_item = QStandardItem(group.title)
            doc_item.setToolTip(group.title)
            font = doc_item.font()
            font.setBold(True)
            doc_item.setFont(font)
            for hit in group.hits:
                label = labels[hit.field]
                if hit.kind is not None and hit.field != "entity":
                    label = f"{label} ({kinds.get(hit.kind, hit.kind)})"
                item = QStandardItem(hit.snippet)
                item.setData(hit, HIT_ROLE)
                item.setData(hit_html(hit, label), HTML_ROLE)
                doc_item.appendRow(item)
            self.model.appendRow(doc_item)
        self.results.expandAll()
        count = len(results.hits)
        self.status.setText(
            self.tr("No hits") if not count else self.tr("Hits: {0} · documents: {1}").format(count, len(results.groups))
        )
        self.status.show()
        self.setVisible(bool(count))
        self.searched.emit(count)

    def _first_hit(self) -> QModelIndex:
        return self.model.index(0, 0, self.model.index(0, 0))

    def _enter(self) -> None:
        self.run()
        first = self._first_hit()
        if first.isValid():
            self.results.setCurrentIndex(first)
            self._open(first)

    def _open(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if hit is None:  # a document row: open its first hit
            child = self.model.index(0, 0, index)
            hit = child.data(HIT_ROLE)
            if hit is None:
                return
        self.hit_activated.emit(hit.document_id, hit.start, hit.end, hit.tag_id or "")

    def focus_field(self) -> None:
        self.field.setFocus()
        self.field.selectAll()
