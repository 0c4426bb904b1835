"""The open document, as reflowed text (:class:`Reader`) or as real pages (:class:`PageView`)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QStackedWidget, QWidget

from desktop.model import Annotation, Kind, StoredDocument
from desktop.ui.page_view import PageView
from desktop.ui.reader import Reader
from desktop.ui.start_page import StartPage

PAGED_FORMATS = {"pdf", "epub"}


class DocumentViews(QStackedWidget):
    """Both views of one document; switching keeps the reading position.

    The page view is loaded lazily, the first time a document is shown as pages.

    Attributes:
        paged: the document shown has real pages (a PDF or EPUB with page offsets).
        page_doc: the id of the document loaded in the page view (None: none).
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("documentViews")
        self.reader = Reader(self)
        self.page_view = PageView(self)
        self.start_page = StartPage(self)  # an empty store: import, drop, the sample, recent stores
        self.addWidget(self.reader)
        self.addWidget(self.page_view)
        self.addWidget(self.start_page)
        self.paged = False
        self.page_doc: str | None = None
        self.currentChanged.connect(lambda _: self.updateGeometry())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """The shown view's: the page bar or start page, hidden, must not widen the reader's column."""
        current = self.currentWidget()
        return current.minimumSizeHint() if current is not None else super().minimumSizeHint()

    def active_view(self) -> Reader | PageView:
        return self.page_view if self.currentWidget() is self.page_view else self.reader

    def showing_pages(self) -> bool:
        return self.currentWidget() is self.page_view

    def set_kinds(self, kinds: list[Kind]) -> None:
        self.reader.set_kinds(kinds)
        self.page_view.set_kinds(kinds)

    def show_start(self, recent: list[str], sample_available: bool) -> None:
        """The start page instead of a blank reader (the store has no documents)."""
        self.start_page.set_recent(recent, sample_available=sample_available)
        self.setCurrentWidget(self.start_page)

    def showing_start(self) -> bool:
        return self.currentWidget() is self.start_page

    def show_document(self, doc: StoredDocument, tags: list[Annotation]) -> None:
        """Show ``doc`` as text; its pages are loaded when first asked for."""
        if self.showing_start():
            self.setCurrentWidget(self.reader)
        self.reader.show_document(doc.text, doc.blocks, tags)
        self.page_doc = None
        self.page_view.clear_document()
        self.paged = doc.info.format in PAGED_FORMATS and bool(doc.pages)

    def clear_document(self) -> None:
        self.reader.clear_document()
        self.page_view.clear_document()
        self.page_doc = None
        self.paged = False

    def load_pages(self, doc: StoredDocument, tags: Iterable[Annotation]) -> str:
        """Load ``doc`` into the page view; "" when done, else why not (for the status bar)."""
        if not self.page_view.open_document(doc.info.source, doc.text, doc.pages, list(tags)):
            return self.page_view.message
        self.page_doc = doc.id
        return ""

    def show_pages(self, on: bool) -> None:
        """Show the page view (on) or the text, at the same place in the document."""
        if on != self.showing_pages():
            offset = self.active_view().top_offset()
            self.setCurrentWidget(self.page_view if on else self.reader)
            self.active_view().scroll_to_offset(offset)

    def set_tags(self, doc_id: str, tags: list[Annotation]) -> None:
        self.reader.set_tags(tags)
        if self.page_doc == doc_id:
            self.page_view.set_tags(tags)

    def upsert_tag(self, tag: Annotation) -> None:
        self.reader.upsert_tag(tag)
        if self.page_doc == tag.document_id:
            self.page_view.upsert_tag(tag)

    def zoom_in(self) -> None:
        if self.showing_pages():
            self.page_view.zoom_in()
        else:
            self.reader.zoomIn(1)

    def zoom_out(self) -> None:
        if self.showing_pages():
            self.page_view.zoom_out()
        else:
            self.reader.zoomOut(1)
