"""The main window: composition of the library, document views and side panel, and their wiring.

The window builds widgets and connects signals.  Menus and shortcuts are in
:mod:`desktop.ui.actions`; import and re-import in :mod:`desktop.ui.imports`;
suggestions in :mod:`desktop.ui.suggestions_controller`; meaning (entities,
links, codebook) in :mod:`desktop.ui.meaning_commands`.  Store work goes through
the service, every tag change through an undo command, long work through
:class:`desktop.ui.tasks.Task`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QWidget,
)

from desktop import APP_NAME
from desktop.model import Annotation, Kind, StoredDocument
from desktop.service import Service, ServiceError
from desktop.service import reimport as documents
from desktop.service.meaning import Meaning
from desktop.settings import LAST_DOCUMENT, PAGE_MODE, get, has_author, put
from desktop.store import Store
from desktop.timeline.events import timeline_item
from desktop.ui import actions, window_layout
from desktop.ui.claims_view import ClaimsView
from desktop.ui.details import DetailsController
from desktop.ui.document_views import DocumentViews
from desktop.ui.entities_view import EntitiesView
from desktop.ui.entity_editor import EntityEditor
from desktop.ui.figures_view import FiguresView
from desktop.ui.exchange import ExchangeController
from desktop.ui.imports import ImportController
from desktop.ui.library_controller import LibraryController
from desktop.ui.localised import display_kinds, figure_text
from desktop.ui.meaning_commands import MeaningController
from desktop.ui.meaning_form import MeaningForm
from desktop.ui.metadata_panel import DocumentPane
from desktop.ui.page_view import PageView
from desktop.ui.panel import AnnotationPanel
from desktop.ui.reader import Reader
from desktop.ui.suggestions_controller import SuggestionsController
from desktop.ui.store_errors import show_store_state, store_label
from desktop.ui.stores import StoreController
from desktop.ui.suggestions_panel import SuggestionsPanel
from desktop.ui.tab_style import roomy_tab_widget
from desktop.ui.tagging import TagController
from desktop.ui.tasks import Task, TaskRegistry
from desktop.ui.timeline_view import TimelineView


class MainWindow(QMainWindow, actions.WindowActions):
    """Claimline's window on one store at a time.

    Centre: the library, the document (text view or page view) and the side
    panel (Tags with the meaning form, Suggestions, Document).  Docks: the
    Timeline, Entities and Figures views.

    Signals:
        document_opened(str): a document is shown (its id).
    """

    document_opened = Signal(str)

    def __init__(self, service: Service, settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.service = service
        self.meaning = Meaning(service)
        self.undo_stack = QUndoStack(self)
        self.tasks = TaskRegistry(self)
        self.current_doc: str | None = None
        self.kind_actions = {}
        self.closed = False
        self._orphan_ids: set[str] = set()

        self.setAcceptDrops(True)
        self.setMinimumSize(720, 480)
        self.setDockNestingEnabled(True)
        self.views = DocumentViews(self)
        self.reader: Reader = self.views.reader
        self.page_view: PageView = self.views.page_view

        self.panel = AnnotationPanel(self)
        self.meaning_form = MeaningForm(suggest=lambda quote, *a, **k: self.meaning.suggest_entities(quote, *a, **k))
        form_scroll = QScrollArea(self)
        form_scroll.setObjectName("meaningScroll")
        form_scroll.setWidgetResizable(True)
        form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        form_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        form_scroll.setWidget(self.meaning_form)
        self.tags_pane = self._splitter(Qt.Orientation.Vertical, "tagsPane", [self.panel, form_scroll], [3, 2])
        self.tags_pane.setSizes([480, 260])
        self.tags_pane.setChildrenCollapsible(False)
        self.suggestions = SuggestionsPanel(self)
        self.document_pane = DocumentPane(self)
        self.side = roomy_tab_widget(self)
        self.side.setObjectName("sidePanel")
        self.side.setDocumentMode(True)
        self.side.addTab(self.tags_pane, self.tr("Tags"))
        self.side.addTab(self.suggestions, self.tr("Suggestions"))
        self.side.addTab(self.document_pane, self.tr("Document"))

        self.meaning_controller = MeaningController(self.meaning, self.undo_stack, self.meaning_form, self.show_tag_state, self)
        self.imports = ImportController(self)
        self.exchange = ExchangeController(self)
        self.suggest = SuggestionsController(self)
        self.tagging = TagController(self)
        self.stores = StoreController(self)
        self.details = DetailsController(self)
        self.library_controller = LibraryController(self)
        self.library = self.library_controller.panel
        reading = self.library_controller.reading_area(self.views)
        self.splitter = self._splitter(Qt.Orientation.Horizontal, "mainSplitter", [self.library, reading, self.side], [1, 5, 2])
        window_layout.set_minimum_widths(self.library, reading)
        self.splitter.setCollapsible(1, False)
        self.setCentralWidget(self.splitter)

        self.timeline = TimelineView(lambda ann: timeline_item(self.store, ann, figure_text), self)
        self.entities_view = EntitiesView(self.meaning, self, load=False)
        self.figures_view = FiguresView(self.service, self, load=False)
        self.claims_view = ClaimsView(self.service, self)
        self.meaning_controller.connect_entities_view(self.entities_view)
        self.entity_editor = EntityEditor(self)
        entities_box = self._splitter(Qt.Orientation.Horizontal, "entitiesBox", [self.entities_view, self.entity_editor], [3, 1])
        bottom = Qt.DockWidgetArea.BottomDockWidgetArea
        self.timeline_dock = self._dock(self.timeline, "timelineDock", self.tr("Timeline"), bottom)
        self.entities_dock = self._dock(entities_box, "entitiesDock", self.tr("Entities"), bottom)
        self.figures_dock = self._dock(self.figures_view, "figuresDock", self.tr("Figures"), bottom)
        self.claims_dock = self._dock(self.claims_view, "claimsDock", self.tr("Claims"), bottom)
        self.tabifyDockWidget(self.timeline_dock, self.entities_dock)
        self.tabifyDockWidget(self.entities_dock, self.figures_dock)
        self.tabifyDockWidget(self.figures_dock, self.claims_dock)
        self.timeline_dock.raise_()
        for dock in (self.timeline_dock, self.entities_dock, self.figures_dock, self.claims_dock):
            dock.hide()  # opened from the View menu; the reader gets the room
        # Views over the whole library catch up after a burst of edits, not per keystroke.
        self._library_views_timer = self._timer(250, self._refresh_library_views)
        # The meaning form offers entities and link targets: refreshed after tag changes.
        self._context_timer = self._timer(120, self.meaning_controller.refresh_context)
        self.status_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.status_label)

        actions.build_actions(self)
        actions.build_menus(self)
        self._connect()
        self.load_store_view()
        self._restore_layout()

    def _splitter(self, orientation: Qt.Orientation, name: str, widgets: list[QWidget], stretch: list[int]) -> QSplitter:
        splitter = QSplitter(orientation, self)
        splitter.setObjectName(name)
        for i, (widget, factor) in enumerate(zip(widgets, stretch)):
            splitter.addWidget(widget)
            splitter.setStretchFactor(i, factor)
        return splitter

    def _timer(self, interval: int, slot) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval)
        timer.timeout.connect(lambda: self.closed or slot())
        return timer

    def _dock(self, widget: QWidget, name: str, title: str, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setAllowedAreas(Qt.DockWidgetArea.AllDockWidgetAreas)
        self.addDockWidget(area, dock)
        dock.visibilityChanged.connect(lambda visible: visible and self._library_views_timer.start())
        return dock

    def _connect(self) -> None:
        self.library.document_chosen.connect(self.open_document)
        for view in (self.reader, self.page_view):
            view.selection_changed.connect(self.tagging.update_tag_actions)
            view.selection_changed.connect(lambda _: self.tagging.update_orphan_actions())
            view.tag_activated.connect(self.panel.select_tag)
            view.tag_requested.connect(self.tagging.tag_selection)
        self.panel.tag_selected.connect(lambda tag_id: self.active_view().reveal_tag(tag_id))
        self.panel.current_changed.connect(self._current_tag_changed)
        self.panel.note_edit_requested.connect(lambda tag_id, note: self.tagging.edit_tag(tag_id, self.tr("edit note"), note=note))
        self.panel.kind_change_requested.connect(lambda tag_id, kind: self.tagging.edit_tag(tag_id, self.tr("change kind"), kind=kind))
        self.panel.delete_requested.connect(self.tagging.delete_tags)
        self.undo_stack.indexChanged.connect(lambda _: self._update_status())
        # meaning
        self.meaning_form.tag_jump_requested.connect(self.reveal_tag)
        self.meaning_controller.kinds_changed.connect(self._kinds_changed)
        self.meaning_controller.entities_changed.connect(self._library_views_timer.start)
        self.meaning_controller.links_changed.connect(self._library_views_timer.start)
        self.entities_view.mention_activated.connect(self.reveal_tag_in)
        self.meaning_controller.connect_entity_editor(
            self.entities_view, self.entity_editor, lambda message: self.statusBar().showMessage(message, 6000))
        for library_view in (self.figures_view, self.claims_view, self.timeline):
            library_view.tag_activated.connect(self.reveal_tag_in)
        self.timeline.published_entered.connect(self.details.set_published)
        self.suggestions.underlines_toggled.connect(self.underline_action.setChecked)
        # document tab
        self.document_pane.metadata.metadata_edit_requested.connect(self.details.edit)
        self.document_pane.orphans.orphan_selected.connect(self.meaning_controller.show_tag)
        self.document_pane.orphans.reattach_requested.connect(self.tagging.reattach_orphan)

    # -- store -----------------------------------------------------------------

    @property
    def store(self) -> Store:
        return self.service.store

    def load_store_view(self) -> None:
        self._apply_kinds(self.service.kinds())
        self.stores.refresh_recent_menu()
        self.setWindowTitle(f"{store_label(self)} — {APP_NAME}")
        show_store_state(self)  # read-only: said in the status bar
        target = self.library_controller.load(get(self.settings, LAST_DOCUMENT, self.store.store_id))
        self.refresh_timeline()
        self._library_views_timer.start()
        if target:
            self.open_document(target)
        else:
            self._show_no_document()

    def _apply_kinds(self, kinds: list[Kind]) -> None:
        kinds = display_kinds(kinds)  # built-in labels in the UI's language
        self.views.set_kinds(kinds)
        self.panel.set_kinds(kinds, {k.name: k.parent for k in self.meaning.codebook()})
        self.suggestions.set_kind_colours({k.name: k.colour for k in kinds})
        actions.build_kind_actions(self, kinds)

    def _kinds_changed(self) -> None:
        """The codebook changed: new kinds get actions, colours are redrawn."""
        self._apply_kinds(self.service.kinds())
        if self.current_doc is not None:
            tags = self.service.tags(self.current_doc)
            self.views.set_tags(self.current_doc, tags)
            self.panel.set_tags(tags)
        self.refresh_timeline()

    def _show_no_document(self) -> None:
        self.current_doc = None
        self.views.clear_document()
        self.panel.set_tags([])
        self.meaning_controller.set_document(None)
        self.suggest.clear()
        self.document_pane.metadata.show_document(None, {})
        self._orphan_ids = set()
        self.document_pane.orphans.set_orphans([])
        self._set_paged(False)
        self._update_status()
        self.stores.show_start_if_empty()

    # -- documents -------------------------------------------------------------

    def open_document(self, doc_id: str) -> None:
        if doc_id == self.current_doc:
            return
        self.panel.commit_note()
        try:
            doc = self.service.document(doc_id)
        except ServiceError as exc:
            QMessageBox.warning(self, APP_NAME, str(exc))
            return
        self.suggest.stop()  # a running detection is for the document shown before
        tags = self.service.tags(doc_id)
        self.current_doc = doc_id
        self.views.show_document(doc, tags)
        self.panel.set_tags(tags)
        self.library.mark_current(doc_id)
        put(self.settings, LAST_DOCUMENT, doc_id, self.store.store_id)
        self._show_title(doc)
        self.meaning_controller.set_document(doc_id, tags)
        self._show_document_tab(doc, [t for t in tags if t.orphaned])
        self._set_paged(self.views.paged)
        self.set_page_mode(self.views.paged and get(self.settings, PAGE_MODE))
        self.suggest.clear()
        self.tagging.update_tag_actions()
        self._update_status()
        self.suggest.timer.start()  # detection starts once the document is on screen
        self.document_opened.emit(doc_id)

    def reload_document(self, doc_id: str) -> None:
        """Show ``doc_id`` afresh (its text or tags changed behind the views)."""
        self.current_doc = None
        self.open_document(doc_id)

    def refresh_library(self) -> None:
        self.library_controller.refresh()

    def close_document(self) -> None:
        self._show_no_document()  # the open document was deleted

    def refresh_timeline(self) -> None:
        self.library_controller.timeline_changed()

    def _show_title(self, doc: StoredDocument) -> None:
        self.setWindowTitle(f"{doc.title} — {store_label(self)} — {APP_NAME}")

    def _show_document_tab(self, doc: StoredDocument, orphans: list[Annotation] | None = None) -> None:
        self.document_pane.metadata.show_document(doc.id, dict(doc.info.metadata, title=doc.title), doc.info.source)
        self._show_orphans(doc.id, orphans)

    def _show_orphans(self, doc_id: str, orphans: list[Annotation] | None = None) -> None:
        if orphans is None:
            orphans = documents.orphans(self.service, doc_id)
        self._orphan_ids = {t.id for t in orphans}
        self.document_pane.orphans.set_orphans(orphans)
        self.tagging.update_orphan_actions()

    def show_document_details(self, doc: StoredDocument) -> None:
        """The Document tab and the window title, after the document's details changed."""
        self._show_document_tab(doc)
        self._show_title(doc)

    # -- text view and page view -----------------------------------------------

    def active_view(self) -> Reader | PageView:
        return self.views.active_view()

    def _set_paged(self, paged: bool) -> None:
        self.page_view_action.setEnabled(paged)
        if not paged:
            self._check_page_action(False)

    def _check_page_action(self, on: bool) -> None:
        self.page_view_action.blockSignals(True)
        self.page_view_action.setChecked(on)
        self.page_view_action.blockSignals(False)

    def set_page_mode(self, on: bool) -> None:
        """Show the real pages (on) or the reflowed text, keeping the reading position."""
        on = bool(on) and self.views.paged and self.current_doc is not None
        if on and self.views.page_doc != self.current_doc:
            doc = self.service.document(self.current_doc)  # type: ignore[arg-type]
            problem = self.views.load_pages(doc, self.service.tags(doc.id))
            if problem:
                self.statusBar().showMessage(problem, 8000)
                on = False
        self.views.show_pages(on)
        if self.page_view_action.isChecked() != on:
            self._check_page_action(on)
        if self.views.paged:
            put(self.settings, PAGE_MODE, on)
        for action in (self.go_to_page_action, self.fit_width_action, self.fit_page_action):
            action.setEnabled(on)
        self.tagging.update_tag_actions()

    # -- import, export and review -------------------------------------------------

    def import_files(self, paths: list[str]) -> Task | None:
        """Import files in the background (see :class:`ImportController`)."""
        return self.imports.import_files(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)

    def open_export(self):
        from desktop.ui.export_dialog import open_export_dialog

        self.panel.commit_note()
        return open_export_dialog(self)

    def choose_review_store(self, doc_ids: list[str] | None = None) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Review a colleague's store"), str(self.store.path.parent),
            self.tr("Claimline stores (*.claimline *.sqlite *.db);;All files (*)"),
        )
        if path:
            self.open_review(path, doc_ids)

    def open_review(self, path: str, doc_ids: list[str] | None = None) -> Task | None:
        """Compare with a colleague's store (only ``doc_ids`` of mine when given) in the background; then show it."""
        from desktop.ui.review_view import open_review

        if Path(path).resolve() == self.store.path.resolve():
            QMessageBox.information(self, APP_NAME, self.tr("That is the store open in this window."))
            return None
        self.panel.commit_note()
        return open_review(self, path, lambda window: window.store_changed.connect(lambda _doc: self._after_merge()),
                           doc_ids=doc_ids)

    def _after_merge(self) -> None:
        self.refresh_timeline()
        self.meaning_controller.refresh_context()
        self._library_views_timer.start()

    # -- tagging ---------------------------------------------------------------

    def show_tag_state(self, tag: Annotation) -> None:
        """Show a tag's new state (after a command ran or was undone)."""
        self.timeline.refresh_tag(tag)
        self.library_controller.tag_changed(tag.id)
        self._library_views_timer.start()
        self._context_timer.start()
        if tag.document_id != self.current_doc:
            self.open_document(tag.document_id)
            return
        self.views.upsert_tag(tag)
        self.panel.upsert_tag(tag)
        self.library_controller.update_counts(tag.document_id)
        if tag.orphaned or tag.id in self._orphan_ids:
            self._show_orphans(tag.document_id)
        self._update_status()

    def refresh_library_views(self) -> None:
        """Timeline, entities, figures and claims span the library: refreshed soon (when shown)."""
        self._library_views_timer.start()

    def _refresh_library_views(self) -> None:
        self.library_controller.refresh_views()

    def _current_tag_changed(self, tag_id: str) -> None:
        """The panel's current tag changed (from the panel, the reader or a command)."""
        self.meaning_controller.show_tag(tag_id or None)
        self.timeline.highlight_tag(tag_id or None)

    def reveal_tag(self, tag_id: str) -> None:
        """Show a tag wherever it is: open its document, select it in the panel."""
        try:
            tag = self.service.get_tag(tag_id)
        except ServiceError:
            return
        self.reveal_tag_in(tag.document_id, tag_id)

    def reveal_tag_in(self, doc_id: str, tag_id: str) -> None:
        """From the timeline, entities or figures: open the passage and select its tag."""
        if doc_id != self.current_doc:
            self.open_document(doc_id)
        self.side.setCurrentWidget(self.tags_pane)
        self.panel.select_tag(tag_id)
        self.active_view().reveal_tag(tag_id)

    # -- author, status, about -------------------------------------------------

    def ensure_author(self) -> None:
        if not has_author(self.settings):
            QTimer.singleShot(0, self.stores.ask_author)

    def _update_status(self) -> None:
        if self.current_doc is None:
            self.status_label.setText(self.tr("No document — import one with Ctrl+O or drop files here"))
            return
        counts = self.reader.tag_counts()
        self.status_label.setText("  ·  ".join(f"{k.label}: {counts.get(k.name, 0)}" for k in display_kinds(self.service.kinds())))

    # -- layout persistence and closing -------------------------------------------

    def _restore_layout(self) -> None:
        window_layout.restore_geometry(self, self.settings)
        self._splitter_restored = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._splitter_restored:
            self._splitter_restored = True
            window_layout.restore_columns(self, self.splitter, self.settings)
            self.toggle_library_action.setChecked(self.library.isVisibleTo(self))
            self.toggle_panel_action.setChecked(self.side.isVisibleTo(self))

    def save_layout(self) -> None:
        window_layout.save_layout(self, self.splitter, self.settings)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed = True
        self.panel.commit_note()
        for timer in (self._context_timer, self._library_views_timer, self.suggest.timer):
            timer.stop()
        self.tasks.stop(wait=True)  # cancel imports, exports, detection; no thread outlives the window
        self.save_layout()
        super().closeEvent(event)
