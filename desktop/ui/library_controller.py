"""Wires the library panel, the search field and find-in-document to the window.

The panel and the find bar emit intents; this controller turns them into
undoable commands (:mod:`desktop.ui.library_commands`) on the window's undo
stack, keeps the panel's rows and collections current, scopes the library, the
search and the Claims view to the chosen collection, and shows search and find
hits in the reader (or the page view) with a flash.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QVBoxLayout, QWidget

from desktop.search.query import SearchQueryError
from desktop.service import ServiceError
from desktop.service import library as lib
from desktop.service.search import search
from desktop.settings import LIBRARY_COLUMNS, get, put
from desktop.store.timeline import count_tags, kinds_under
from desktop.timeline.events import build_timeline
from desktop.ui.find_bar import FindBar
from desktop.ui.library_commands import (
    CollectionMembersCommand,
    CreateCollectionCommand,
    DeleteCollectionCommand,
    DeleteDocumentsCommand,
    WriteCollectionCommand,
)
from desktop.ui.library_panel import LibraryPanel
from desktop.ui.localised import display_kinds, figure_text
from desktop.ui.row_table import RowsLoader

# Beyond this many dated events the timeline is built on a worker thread.
ASYNC_TIMELINE_EVENTS = 5000

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


class LibraryController(QObject):
    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window
        self.panel = LibraryPanel(
            lambda text, scope: search(self.window.service.store, text, document_ids=scope), window
        )
        self.find_bar = FindBar(window)
        self.scope: list[str] | None = None
        self.timeline_stale = True  # the timeline is built when its dock is shown
        self._timeline_generation = 0
        self._timeline_touched: list[str] | None = None  # tags changed while a worker builds it
        p = self.panel
        p.scope_changed.connect(self._scope_changed)
        p.delete_requested.connect(self.delete_documents)
        p.export_requested.connect(lambda _ids: self.window.open_export())
        p.review_requested.connect(lambda ids: self.window.choose_review_store(ids))
        p.add_requested.connect(self.add_documents)
        p.remove_requested.connect(self.remove_documents)
        p.create_collection_requested.connect(self.create_collection)
        p.rename_collection_requested.connect(self.rename_collection)
        p.delete_collection_requested.connect(self.delete_collection)
        p.search.hit_activated.connect(self.show_hit)
        p.search.kind_labels = lambda: {k.name: k.label for k in display_kinds(self.service.kinds())}
        p.set_visible_columns(get(window.settings, LIBRARY_COLUMNS))
        p.columns_changed.connect(lambda columns: put(window.settings, LIBRARY_COLUMNS, columns))
        self.find_bar.span_requested.connect(self.show_span)
        self.find_bar.closed.connect(lambda: self.window.active_view().setFocus())
        window.document_opened.connect(lambda doc_id: self.find_bar.set_text(self.window.service.text(doc_id)))

    @property
    def service(self):
        return self.window.service

    def reading_area(self, views: QWidget) -> QWidget:
        """The document views with the find bar (Ctrl+F) above them."""
        area = QWidget(self.window)
        area.setObjectName("readingArea")
        layout = QVBoxLayout(area)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.find_bar)
        layout.addWidget(views, 1)
        return area

    def focus_search(self) -> None:
        """Show the library and put the cursor in its search field (Ctrl+Shift+L)."""
        self.window.toggle_library_action.setChecked(True)
        self.panel.search.focus_field()

    # -- the docks over the whole library ---------------------------------------------

    def refresh_views(self) -> None:
        """Refresh the shown library-wide docks; a hidden one loads when it is shown.

        (A large library has 100,000s of rows: hidden docks load nothing.)
        """
        w = self.window
        if w.closed:
            return
        if self.timeline_stale and w.timeline_dock.isVisible():
            self.load_timeline()
        for dock, view in ((w.entities_dock, w.entities_view), (w.figures_dock, w.figures_view),
                           (w.claims_dock, w.claims_view)):
            if dock.isVisible():
                view.refresh()

    def timeline_changed(self) -> None:
        """Rebuild the timeline now if it is shown, else when it is next shown."""
        self.timeline_stale = True
        if self.window.timeline_dock.isVisible():
            self.load_timeline()

    def load_timeline(self) -> None:
        """Build the window's timeline: at once for a few thousand events, on a worker beyond.

        A library of 10,000 documents has 100,000 events (seconds to build).  Tags
        changed while the worker builds are shown again on the new timeline.
        """
        window, store = self.window, self.service.store
        self.timeline_stale = False
        labels = {k.name: k.label for k in display_kinds(self.service.kinds())}
        self._timeline_generation += 1
        if count_tags(store, kinds_under(store, "date")) < ASYNC_TIMELINE_EVENTS:
            self._timeline_touched = None
            window.timeline.set_timeline(build_timeline(store, figure_text=figure_text), labels)
            return
        generation = self._timeline_generation
        self._timeline_touched = []
        loader = RowsLoader(store.path, lambda service: build_timeline(service.store, figure_text=figure_text))

        def arrived(timeline) -> None:
            if generation != self._timeline_generation or window.closed:
                return
            touched, self._timeline_touched = self._timeline_touched or [], None
            window.timeline.set_timeline(timeline, labels)
            for tag_id in dict.fromkeys(touched):
                tag = self.service.store.annotation(tag_id)
                if tag is not None:
                    window.timeline.refresh_tag(tag)

        loader.loaded.connect(arrived, Qt.ConnectionType.QueuedConnection)
        loader.start()

    def timeline_loading(self) -> bool:
        return self._timeline_touched is not None

    def tag_changed(self, tag_id: str) -> None:
        """A tag changed: remember it if a worker is building the timeline."""
        if self._timeline_touched is not None:
            self._timeline_touched.append(tag_id)

    # -- content ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Rows, counts and collections from the store (after a change of store or documents)."""
        self.panel.set_collections(lib.collections(self.service))
        self.panel.set_rows(lib.library_rows(self.service), self.window.current_doc)
        self._apply_scope(self.panel.current_collection_id())

    def load(self, last: str | None) -> str | None:
        """Fill the panel from a newly opened store; returns the document to open.

        That is ``last`` (the one open when this store was last closed) if it is still
        there, else the newest, else None.
        """
        self.refresh()
        ids = [r.id for r in self.panel.model.all_rows()]
        target = last if last in ids else (ids[-1] if ids else None)
        self.panel.mark_current(target)
        return target

    def update_counts(self, doc_id: str) -> None:
        """One document's tag counts changed (a tag was added, edited or deleted)."""
        self.panel.model.update_row(doc_id, lambda row: replace(row, counts=lib.document_counts(self.service, doc_id)))

    def _scope_changed(self, collection_id: str) -> None:
        self._apply_scope(collection_id or None)

    def _apply_scope(self, collection_id: str | None) -> None:
        try:
            ids = lib.collection_document_ids(self.service, collection_id) if collection_id else None
        except (ServiceError, SearchQueryError):
            ids = None
        self.scope = None if ids is None else sorted(ids)
        self.panel.set_scope(self.scope)
        self.window.claims_view.set_scope(self.scope, load=self.window.claims_dock.isVisible())

    def _changed(self) -> None:
        """After a library command ran or was undone."""
        current = self.window.current_doc
        self.refresh()
        if current is not None and current not in {r.id for r in self.panel.model.all_rows()}:
            self.window.close_document()  # it was deleted
        self.window.refresh_timeline()
        self.window.refresh_library_views()

    # -- documents -------------------------------------------------------------------

    def delete_documents(self, doc_ids: list[str]) -> None:
        label = self.tr("delete document") if len(doc_ids) == 1 else self.tr("delete {0} documents").format(len(doc_ids))
        self._push(DeleteDocumentsCommand(self.service, self._changed, doc_ids, label))

    def add_documents(self, collection_id: str, doc_ids: list[str]) -> None:
        name = lib.collection(self.service, collection_id).name
        self._push(CollectionMembersCommand(self.service, self._changed, collection_id, doc_ids, True,
                                            self.tr("add to “{0}”").format(name)))

    def remove_documents(self, collection_id: str, doc_ids: list[str]) -> None:
        name = lib.collection(self.service, collection_id).name
        self._push(CollectionMembersCommand(self.service, self._changed, collection_id, doc_ids, False,
                                            self.tr("remove from “{0}”").format(name)))

    # -- collections -----------------------------------------------------------------

    def create_collection(self, parent_id: str, query: str) -> None:
        title = self.tr("Save search as a collection") if query else self.tr("New collection")
        name, ok = QInputDialog.getText(self.window, title, self.tr("Name:"), text=query)
        if ok and name.strip():
            self._push(CreateCollectionCommand(self.service, self._changed, name, parent_id or None, query or None,
                                               self.tr("new collection")))

    def rename_collection(self, collection_id: str) -> None:
        before = lib.collection(self.service, collection_id)
        name, ok = QInputDialog.getText(self.window, self.tr("Rename collection"), self.tr("Name:"), text=before.name)
        name = " ".join(name.split())
        if ok and name and name != before.name:
            self._push(WriteCollectionCommand(self.service, self._changed, before, replace(before, name=name),
                                              self.tr("rename collection")))

    def delete_collection(self, collection_id: str) -> None:
        self._push(DeleteCollectionCommand(self.service, self._changed, collection_id, self.tr("delete collection")))

    def _push(self, command) -> None:
        try:
            self.window.undo_stack.push(command)
        except (ServiceError, SearchQueryError) as exc:
            QMessageBox.warning(self.window, self.window.windowTitle(), str(exc))

    # -- hits ------------------------------------------------------------------------

    def show_hit(self, doc_id: str, start: int, end: int, tag_id: str) -> None:
        """A search hit: open its document, show the passage and flash it."""
        if doc_id != self.window.current_doc:
            self.window.open_document(doc_id)
        if self.window.current_doc != doc_id:
            return
        self.show_span(start, end)

    def show_span(self, start: int, end: int) -> None:
        view = self.window.active_view()
        if view is self.window.reader:
            self.window.reader.reveal_span(start, end)
        else:
            view.select_span(start, end)
            view.scroll_to_offset(start)

    def open_find(self) -> None:
        if self.window.current_doc is None:
            return
        span = self.window.active_view().selected_span()
        self.find_bar.open(span[0] if span else self.window.reader.top_offset())
