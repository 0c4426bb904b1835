"""The main window: library, reader and annotation panel, wired to the service.

The window builds widgets, menus and wiring; store work goes through the
service, every tag change through an undo command, long work through tasks.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QByteArray, QEventLoop, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QKeySequence,
    QPainter,
    QPixmap,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME, __version__
from desktop.importers import SUPPORTED_SUFFIXES
from desktop.model import Annotation, DocumentInfo, Kind
from desktop.service import ImportOutcome, Service, ServiceError
from desktop.settings import add_recent_store, has_author, recent_stores
from desktop.service import reimport as documents
from desktop.service.meaning import RELATIONS, Meaning
from desktop.service.metadata import update_metadata
from desktop.store import Store, StoreDamaged, StoreError, open_store
from desktop.store import suggestions as suggestion_store
from desktop.suggest import operations as suggest_ops
from desktop.store.timeline import count_tags, kinds_under
from desktop.timeline.events import build_timeline, timeline_item
from desktop.ui.commands import CreateTagCommand, DeleteTagsCommand, EditTagCommand
from desktop.ui.entities_view import EntitiesView
from desktop.ui.entity_editor import EntityEditor
from desktop.ui.claims_view import ClaimsView
from desktop.ui.figures_view import FiguresView
from desktop.ui.library_controller import LibraryController
from desktop.ui.row_table import RowsLoader
from desktop.ui.language_menu import LanguageMenu
from desktop.ui.meaning_commands import MeaningController
from desktop.ui.meaning_form import MeaningForm
from desktop.ui.metadata_panel import DocumentPane
from desktop.ui.page_view import PageView
from desktop.ui.panel import AnnotationPanel
from desktop.ui.reader import Reader
from desktop.ui.store_errors import ask_after_damage, show_store_state
from desktop.ui.suggestions_panel import (
    AcceptSuggestionsCommand,
    DismissSuggestionsCommand,
    SuggestionsPanel,
    SuggestTask,
)
from desktop.ui.tasks import ImportTask, ReimportTask
from desktop.ui.timeline_view import TimelineView

PAGED_FORMATS = {"pdf", "epub"}



def kind_icon(colour: str, size: int = 16) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(QColor(colour))
    p.setPen(QColor(colour).darker(130))
    p.drawRoundedRect(2, 2, size - 4, size - 4, 3, 3)
    p.end()
    return QIcon(pix)


# Beyond this many dated events the timeline is built on a worker thread.
ASYNC_TIMELINE_EVENTS = 5000

class MainWindow(QMainWindow):
    """Claimline's window on one store at a time.

    Centre: the library, the document (text view or page view) and the side
    panel (Tags with the meaning form, Suggestions, Document).  Docks: the
    Timeline, Entities and Figures views.
    """

    document_opened = Signal(str)

    def __init__(self, service: Service, settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.service = service
        self.meaning = Meaning(service)
        self.undo_stack = QUndoStack(self)
        self.current_doc: str | None = None
        self._import_task: ImportTask | None = None
        self._reimport_task: ReimportTask | None = None
        self._suggest_task: SuggestTask | None = None
        self._retired_tasks: list[SuggestTask] = []
        self._progress: QProgressDialog | None = None
        self._page_doc: str | None = None  # the document loaded in the page view
        self._paged = False  # the current document has real pages to show
        self.kind_actions: dict[str, QAction] = {}
        self.last_outcomes: list[ImportOutcome] = []
        self._closed = False
        self._orphan_ids: set[str] = set()

        self.setAcceptDrops(True)
        self.setMinimumSize(720, 480)
        self.setDockNestingEnabled(True)
        self.library_controller = LibraryController(self)
        self.library = self.library_controller.panel
        self.reader = Reader(self)
        self.page_view = PageView(self)
        self.views = QStackedWidget(self)
        self.views.setObjectName("documentViews")
        self.views.addWidget(self.reader)
        self.views.addWidget(self.page_view)

        self.panel = AnnotationPanel(self)
        self.meaning_form = MeaningForm(suggest=lambda quote, *a, **k: self.meaning.suggest_entities(quote, *a, **k))
        form_scroll = QScrollArea(self)
        form_scroll.setObjectName("meaningScroll")
        form_scroll.setWidgetResizable(True)
        form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        form_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        form_scroll.setWidget(self.meaning_form)
        self.tags_pane = QSplitter(Qt.Orientation.Vertical, self)
        self.tags_pane.setObjectName("tagsPane")
        self.tags_pane.addWidget(self.panel)
        self.tags_pane.addWidget(form_scroll)
        self.tags_pane.setStretchFactor(0, 3)
        self.tags_pane.setStretchFactor(1, 2)
        self.tags_pane.setSizes([480, 260])
        self.tags_pane.setChildrenCollapsible(False)
        self.suggestions = SuggestionsPanel(self)
        self.document_pane = DocumentPane(self)
        self.side = QTabWidget(self)
        self.side.setObjectName("sidePanel")
        self.side.setDocumentMode(True)
        self.side.addTab(self.tags_pane, self.tr("Tags"))
        self.side.addTab(self.suggestions, self.tr("Suggestions"))
        self.side.addTab(self.document_pane, self.tr("Document"))

        self.meaning_controller = MeaningController(self.meaning, self.undo_stack, self.meaning_form, self.show_tag_state, self)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.library)
        reading = QWidget(self)  # the find bar (Ctrl+F) over the document views
        reading.setObjectName("readingArea")
        reading_layout = QVBoxLayout(reading)
        reading_layout.setContentsMargins(0, 0, 0, 0)
        reading_layout.setSpacing(0)
        reading_layout.addWidget(self.library_controller.find_bar)
        reading_layout.addWidget(self.views, 1)
        self.splitter.addWidget(reading)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([300, 620, 400])
        self.splitter.setCollapsible(1, False)
        self.setCentralWidget(self.splitter)

        self.timeline = TimelineView(lambda ann: timeline_item(self.store, ann), self)
        self.entities_view = EntitiesView(self.meaning, self, load=False)  # filled when first shown
        self.figures_view = FiguresView(self.service, self, load=False)  # filled when first shown
        self._timeline_stale = True
        self._timeline_generation = 0
        self._timeline_touched: list[str] | None = None
        self.claims_view = ClaimsView(self.service, self)
        self.meaning_controller.connect_entities_view(self.entities_view)
        self.timeline_dock = self._dock(self.timeline, "timelineDock", self.tr("Timeline"), Qt.DockWidgetArea.BottomDockWidgetArea)
        self.entity_editor = EntityEditor(self)
        entities_box = QSplitter(Qt.Orientation.Horizontal, self)
        entities_box.setObjectName("entitiesBox")
        entities_box.addWidget(self.entities_view)
        entities_box.addWidget(self.entity_editor)
        entities_box.setStretchFactor(0, 3)
        entities_box.setStretchFactor(1, 1)
        self.entities_dock = self._dock(entities_box, "entitiesDock", self.tr("Entities"), Qt.DockWidgetArea.BottomDockWidgetArea)
        self.figures_dock = self._dock(self.figures_view, "figuresDock", self.tr("Figures"), Qt.DockWidgetArea.BottomDockWidgetArea)
        self.tabifyDockWidget(self.timeline_dock, self.entities_dock)
        self.claims_dock = self._dock(self.claims_view, "claimsDock", self.tr("Claims"), Qt.DockWidgetArea.BottomDockWidgetArea)
        self.tabifyDockWidget(self.entities_dock, self.figures_dock)
        self.tabifyDockWidget(self.figures_dock, self.claims_dock)
        self.timeline_dock.raise_()
        for dock in (self.timeline_dock, self.entities_dock, self.figures_dock, self.claims_dock):
            dock.hide()  # opened from the View menu; the reader gets the room
        # Views over the whole library catch up after a burst of edits, not per keystroke.
        self._library_views_timer = QTimer(self)
        self._library_views_timer.setSingleShot(True)
        self._library_views_timer.setInterval(250)
        self._library_views_timer.timeout.connect(self._refresh_library_views)
        # The meaning form offers entities and link targets: refreshed after tag changes.
        self._suggest_timer = QTimer(self)
        self._suggest_timer.setSingleShot(True)
        self._suggest_timer.setInterval(300)
        self._suggest_timer.timeout.connect(lambda: self._closed or self.run_suggest())
        self._context_timer = QTimer(self)
        self._context_timer.setSingleShot(True)
        self._context_timer.setInterval(120)
        self._context_timer.timeout.connect(lambda: self._closed or self.meaning_controller.refresh_context())
        self.status_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.status_label)

        self._build_actions()
        self._build_menus()
        self._connect()
        self._load_store_view()
        self._restore_layout()

    def _dock(self, widget: QWidget, name: str, title: str, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setAllowedAreas(Qt.DockWidgetArea.AllDockWidgetAreas)
        self.addDockWidget(area, dock)
        dock.visibilityChanged.connect(lambda visible: visible and self._library_views_timer.start())
        return dock

    # -- construction ----------------------------------------------------------

    def _build_actions(self) -> None:
        a = self.import_action = QAction(self.tr("&Import…"), self)
        a.setShortcut(QKeySequence.StandardKey.Open)
        a.setStatusTip(self.tr("Import documents (text, Markdown, HTML, PDF, EPUB)"))
        a.triggered.connect(self.choose_import)
        a = self.reimport_action = QAction(self.tr("&Re-import new version…"), self)
        a.setShortcut(QKeySequence("Ctrl+Shift+I"))
        a.setStatusTip(self.tr("Replace the open document by a newer file, keeping every tag"))
        a.triggered.connect(self.choose_reimport)
        a = self.export_action = QAction(self.tr("&Export report…"), self)
        a.setShortcut(QKeySequence("Ctrl+E"))
        a.setStatusTip(self.tr("Export an annotated report or the tags as data"))
        a.triggered.connect(self.open_export)
        a = self.review_action = QAction(self.tr("Re&view colleague's store…"), self)
        a.setShortcut(QKeySequence("Ctrl+Shift+R"))
        a.setStatusTip(self.tr("Compare a colleague's store with this one, merge, measure agreement"))
        a.triggered.connect(self.choose_review_store)
        a = self.new_store_action = QAction(self.tr("&New store…"), self)
        a.setShortcut(QKeySequence("Ctrl+Shift+N"))
        a.triggered.connect(self.choose_new_store)
        a = self.open_store_action = QAction(self.tr("&Open store…"), self)
        a.setShortcut(QKeySequence("Ctrl+Shift+O"))
        a.triggered.connect(self.choose_open_store)
        a = self.author_action = QAction(self.tr("Set &author name…"), self)
        a.triggered.connect(self.ask_author)
        a = self.quit_action = QAction(self.tr("&Quit"), self)
        a.setShortcut(QKeySequence.StandardKey.Quit)
        a.setMenuRole(QAction.MenuRole.QuitRole)
        a.triggered.connect(self.close)

        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        a = self.delete_action = QAction(self.tr("&Delete tag"), self)
        a.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        # The panel's list handles Delete itself; this action serves menus and the reader.
        a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.reader.addAction(a)
        a.triggered.connect(self.delete_current_tag)
        a = self.link_action = QAction(self.tr("&Link two tags…"), self)
        a.setShortcut(QKeySequence("Ctrl+K"))
        a.setStatusTip(self.tr("Link the two tags selected in the panel"))
        a.triggered.connect(self.link_selected_tags)
        a = self.codebook_action = QAction(self.tr("&Codebook…"), self)
        a.setShortcut(QKeySequence("Ctrl+Shift+B"))
        a.triggered.connect(self.open_codebook)
        a = self.suggest_action = QAction(self.tr("Detect &suggestions"), self)
        a.setShortcut(QKeySequence("Ctrl+Shift+S"))
        a.setStatusTip(self.tr("Find candidate figures, dates and actors in this document"))
        a.triggered.connect(lambda: self.run_suggest(show=True))

        a = self.toggle_library_action = QAction(self.tr("Show &library"), self)
        a.setCheckable(True)
        a.setChecked(True)
        a.setShortcut(QKeySequence("Ctrl+L"))
        a.toggled.connect(self.library.setVisible)
        a = self.toggle_panel_action = QAction(self.tr("Show &tags panel"), self)
        a.setCheckable(True)
        a.setChecked(True)
        a.setShortcut(QKeySequence("Ctrl+T"))
        a.toggled.connect(self.side.setVisible)
        a = self.page_view_action = QAction(self.tr("&Page view"), self)
        a.setCheckable(True)
        a.setShortcut(QKeySequence("Ctrl+Shift+P"))
        a.setStatusTip(self.tr("Show the real pages of a PDF or EPUB (off: the reflowed text)"))
        a.setEnabled(False)
        a.toggled.connect(self.set_page_mode)
        a = self.go_to_page_action = QAction(self.tr("&Go to page…"), self)
        a.setShortcut(QKeySequence("Ctrl+G"))
        a.setEnabled(False)
        a.triggered.connect(self.page_view.ask_page)
        a = self.fit_width_action = QAction(self.tr("Fit &width"), self)
        a.setEnabled(False)
        a.triggered.connect(self.page_view.fit_width)
        a = self.fit_page_action = QAction(self.tr("Fit &page"), self)
        a.setEnabled(False)
        a.triggered.connect(self.page_view.fit_page)
        a = self.zoom_in_action = QAction(self.tr("Zoom &in"), self)
        a.setShortcut(QKeySequence.StandardKey.ZoomIn)
        a.triggered.connect(self.zoom_in)
        a = self.zoom_out_action = QAction(self.tr("Zoom &out"), self)
        a.setShortcut(QKeySequence.StandardKey.ZoomOut)
        a.triggered.connect(self.zoom_out)
        a = self.underline_action = QAction(self.tr("Underline s&uggestions"), self)
        a.setCheckable(True)
        a.setChecked(self.settings.value("suggestions/underline", True, type=bool))
        a.toggled.connect(self._set_underlines)
        self.timeline_action = self._dock_action(self.timeline_dock, "Ctrl+Shift+T")
        self.entities_action = self._dock_action(self.entities_dock, "Ctrl+Shift+E")
        self.figures_action = self._dock_action(self.figures_dock, "Ctrl+Shift+F")
        self.claims_action = self._dock_action(self.claims_dock, "Ctrl+Shift+C")
        a = self.find_action = QAction(self.tr("&Find in document…"), self)
        a.setShortcut(QKeySequence.StandardKey.Find)
        a.triggered.connect(lambda: self.library_controller.open_find())
        a = self.search_action = QAction(self.tr("&Search the library…"), self)
        a.setShortcut(QKeySequence("Ctrl+Shift+L"))
        a.triggered.connect(self.focus_library_search)
        a = self.about_action = QAction(self.tr("&About Claimline"), self)
        a.triggered.connect(self.show_about)

    def _dock_action(self, dock: QDockWidget, shortcut: str) -> QAction:
        action = dock.toggleViewAction()
        action.setShortcut(QKeySequence(shortcut))
        return action

    def _build_kind_actions(self, kinds: list[Kind]) -> None:
        for action in self.kind_actions.values():
            self.removeAction(action)
            action.deleteLater()
        self.kind_actions = {}
        for kind in kinds:
            action = QAction(kind_icon(kind.colour), self.tr("Tag as {0}").format(kind.label), self)
            action.setIconText(kind.label)
            if kind.shortcut:
                action.setShortcut(QKeySequence(kind.shortcut))
                action.setToolTip(self.tr("Tag the selection as {0} ({1})").format(kind.label, kind.shortcut))
            action.setEnabled(False)
            action.triggered.connect(lambda _=False, k=kind.name: self.tag_selection(k))
            self.addAction(action)
            self.kind_actions[kind.name] = action
        self.tag_menu.clear()
        self.tag_toolbar.clear()
        for action in self.kind_actions.values():
            self.tag_menu.addAction(action)
            self.tag_toolbar.addAction(action)
        self.tag_menu.addSeparator()
        self.tag_menu.addAction(self.delete_action)
        self.tag_menu.addAction(self.link_action)
        self.tag_menu.addSeparator()
        self.tag_menu.addAction(self.suggest_action)
        self.tag_menu.addAction(self.codebook_action)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.reimport_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.review_action)
        file_menu.addSeparator()
        file_menu.addAction(self.new_store_action)
        file_menu.addAction(self.open_store_action)
        self.recent_menu = file_menu.addMenu(self.tr("Recent stores"))
        file_menu.addSeparator()
        file_menu.addAction(self.author_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.delete_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addAction(self.search_action)
        self.tag_menu = bar.addMenu(self.tr("&Tag"))
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.toggle_library_action)
        view_menu.addAction(self.toggle_panel_action)
        view_menu.addSeparator()
        view_menu.addAction(self.timeline_action)
        view_menu.addAction(self.entities_action)
        view_menu.addAction(self.figures_action)
        view_menu.addAction(self.claims_action)
        view_menu.addSeparator()
        view_menu.addAction(self.page_view_action)
        view_menu.addAction(self.go_to_page_action)
        view_menu.addAction(self.fit_width_action)
        view_menu.addAction(self.fit_page_action)
        view_menu.addAction(self.zoom_in_action)
        view_menu.addAction(self.zoom_out_action)
        view_menu.addSeparator()
        view_menu.addAction(self.underline_action)
        view_menu.addSeparator()
        self.language_menu = LanguageMenu(self.settings, self)
        view_menu.addMenu(self.language_menu)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

        toolbar = QToolBar(self.tr("Main"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setIconSize(QSize(14, 14))
        toolbar.addAction(self.import_action)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        toolbar.addSeparator()
        toolbar.addAction(self.page_view_action)
        toolbar.addAction(self.timeline_action)
        self.addToolBar(toolbar)
        self.tag_toolbar = QToolBar(self.tr("Tag"), self)
        self.tag_toolbar.setObjectName("tagToolbar")
        self.tag_toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.tag_toolbar.setIconSize(QSize(14, 14))
        self.addToolBar(self.tag_toolbar)

    def _connect(self) -> None:
        self.library.document_chosen.connect(self.open_document)
        for view in (self.reader, self.page_view):
            view.selection_changed.connect(self._update_tag_actions)
            view.tag_activated.connect(self.panel.select_tag)
            view.tag_requested.connect(self.tag_selection)
        self.reader.selection_changed.connect(lambda _: self._update_orphan_actions())
        self.page_view.selection_changed.connect(lambda _: self._update_orphan_actions())
        self.panel.tag_selected.connect(self._tag_selected)
        self.panel.current_changed.connect(self._current_tag_changed)
        self.panel.note_edit_requested.connect(self.edit_note)
        self.panel.kind_change_requested.connect(self.change_kind)
        self.panel.delete_requested.connect(self.delete_tags)
        self.undo_stack.indexChanged.connect(lambda _: self._update_status())
        # meaning
        self.meaning_form.tag_jump_requested.connect(self.reveal_tag)
        self.meaning_controller.kinds_changed.connect(self._kinds_changed)
        self.meaning_controller.entities_changed.connect(self._library_views_timer.start)
        self.meaning_controller.links_changed.connect(self._library_views_timer.start)
        self.entities_view.mention_activated.connect(self.reveal_tag_in)
        self.entities_view.table.selectionModel().selectionChanged.connect(lambda *_: self._show_entity_details())
        self.entity_editor.edit_requested.connect(self._edit_entity)
        self.meaning_controller.entities_changed.connect(self._show_entity_details)
        self.figures_view.tag_activated.connect(self.reveal_tag_in)
        self.claims_view.tag_activated.connect(self.reveal_tag_in)
        self.timeline.tag_activated.connect(self.reveal_tag_in)
        # suggestions
        self.suggestions.accept_requested.connect(self.accept_suggestions)
        self.suggestions.dismiss_requested.connect(self.dismiss_suggestions)
        self.suggestions.current_changed.connect(self._show_suggestion)
        self.suggestions.underlines_toggled.connect(self.underline_action.setChecked)
        self.suggestions.detect_requested.connect(lambda: self.run_suggest(show=True))
        # document tab
        self.document_pane.metadata.metadata_edit_requested.connect(self.edit_metadata)
        self.document_pane.orphans.orphan_selected.connect(self._orphan_selected)
        self.document_pane.orphans.reattach_requested.connect(self.reattach_orphan)

    # -- store -----------------------------------------------------------------

    @property
    def store(self) -> Store:
        return self.service.store

    def _load_store_view(self) -> None:
        kinds = self.service.kinds()
        self._apply_kinds(kinds)
        self._refresh_recent_menu()
        self.setWindowTitle(f"{self.store.path.name} — {APP_NAME}")
        show_store_state(self)  # read-only: said in the status bar
        self.library_controller.refresh()
        rows = self.library.model.shown_rows()
        last = self.settings.value(f"last_document/{self.store.store_id}", "")
        ids = {r.id for r in rows}
        target = last if last in ids else (rows[-1].id if rows else None)
        self.library.mark_current(target)
        self._rebuild_timeline()
        self._library_views_timer.start()
        if target:
            self.open_document(target)
        else:
            self._show_no_document()

    def _apply_kinds(self, kinds: list[Kind]) -> None:
        self.reader.set_kinds(kinds)
        self.page_view.set_kinds(kinds)
        self.panel.set_kinds(kinds)
        self.suggestions.set_kind_colours({k.name: k.colour for k in kinds})
        self._build_kind_actions(kinds)

    def _kinds_changed(self) -> None:
        """The codebook changed: new kinds get actions, colours are redrawn."""
        kinds = self.service.kinds()
        self._apply_kinds(kinds)
        if self.current_doc is not None:
            tags = self.service.tags(self.current_doc)
            self.reader.set_tags(tags)
            self.panel.set_tags(tags)
            if self._page_doc == self.current_doc:
                self.page_view.set_tags(tags)
        self._rebuild_timeline()

    def _show_no_document(self) -> None:
        self.current_doc = None
        self.reader.clear_document()
        self.page_view.clear_document()
        self._page_doc = None
        self.panel.set_tags([])
        self.meaning_controller.set_document(None)
        self.suggestions.set_suggestions([])
        self.document_pane.metadata.show_document(None, {})
        self._orphan_ids = set()
        self.document_pane.orphans.set_orphans([])
        self._set_paged(False)
        self._update_status()

    def switch_store(self, path: Path, create: bool) -> bool:
        """Open another store (the current one stays open if that fails)."""
        try:
            store = open_store(path, create=create)
        except StoreDamaged as exc:
            chosen = ask_after_damage(self, exc.path, exc.reason)
            return chosen is not None and self.switch_store(chosen, create=False)
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Cannot open store"), str(exc))
            return False
        self.panel.commit_note()
        self._stop_suggest()
        old = self.service.store
        self.service = Service(store, self.service.author)
        # The views keep their Meaning and Service objects: point them at the new store.
        self.meaning.service, self.meaning.store = self.service, store
        self.figures_view.service = self.service
        self.claims_view.service = self.service
        old.close()
        self.undo_stack.clear()
        add_recent_store(self.settings, store.path)
        self.settings.setValue("last_store", str(store.path.resolve()))
        self.current_doc = None
        self._load_store_view()
        return True

    def choose_new_store(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New store"), str(self.store.path.parent / "new.claimline"),
            self.tr("Claimline stores (*.claimline *.sqlite)"),
        )
        if not path:
            return
        if Path(path).exists():
            QMessageBox.warning(self, self.tr("New store"), self.tr("{0} already exists; use Open store.").format(path))
            return
        self.switch_store(Path(path), create=True)

    def choose_open_store(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open store"), str(self.store.path.parent),
            self.tr("Claimline stores (*.claimline *.sqlite *.db);;All files (*)"),
        )
        if path:
            self.switch_store(Path(path), create=False)

    def _refresh_recent_menu(self) -> None:
        self.recent_menu.clear()
        current = str(self.store.path.resolve())
        items = [p for p in recent_stores(self.settings) if p != current]
        for p in items:
            action = self.recent_menu.addAction(p)
            action.triggered.connect(lambda _=False, path=p: self.switch_store(Path(path), create=False))
        self.recent_menu.setEnabled(bool(items))

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
        tags = self.service.tags(doc_id)
        self.current_doc = doc_id
        self.reader.show_document(doc.text, doc.blocks, tags)
        self.panel.set_tags(tags)
        self.library.mark_current(doc_id)
        self.settings.setValue(f"last_document/{self.store.store_id}", doc_id)
        self.setWindowTitle(f"{doc.title} — {self.store.path.name} — {APP_NAME}")
        self.meaning_controller.set_document(doc_id, tags)
        self._show_document_tab(doc, [t for t in tags if t.orphaned])
        self._page_doc = None
        self.page_view.clear_document()
        self._set_paged(doc.info.format in PAGED_FORMATS and bool(doc.pages))
        if self._paged and self.settings.value("page_mode", False, type=bool):
            self.set_page_mode(True)
        else:
            self.set_page_mode(False)
        self.suggestions.set_suggestions([])
        self._update_tag_actions()
        self._update_status()
        # Detection starts once the document is on screen (it runs in the worker process).
        self._suggest_timer.start()
        self.document_opened.emit(doc_id)

    def focus_library_search(self) -> None:
        self.toggle_library_action.setChecked(True)
        self.library.search.focus_field()

    def _refresh_library(self) -> None:
        self.library_controller.refresh()

    def close_document(self) -> None:
        """Show no document (the open one was deleted)."""
        self._show_no_document()

    def _show_document_tab(self, doc, orphans: list[Annotation] | None = None) -> None:
        self.document_pane.metadata.show_document(doc.id, dict(doc.info.metadata, title=doc.title), doc.info.source)
        self._show_orphans(doc.id, orphans)

    def _show_orphans(self, doc_id: str, orphans: list[Annotation] | None = None) -> None:
        if orphans is None:
            orphans = documents.orphans(self.service, doc_id)
        self._orphan_ids = {t.id for t in orphans}
        self.document_pane.orphans.set_orphans(orphans)
        self._update_orphan_actions()

    def edit_metadata(self, doc_id: str, changes: dict) -> None:
        try:
            update_metadata(self.service, doc_id, **changes)
        except ServiceError as exc:
            self.document_pane.metadata.show_error(str(exc))
            return
        self._refresh_library()
        if doc_id == self.current_doc:
            self._show_document_tab(self.service.document(doc_id))
            self.setWindowTitle(f"{self.service.document(doc_id).title} — {self.store.path.name} — {APP_NAME}")
        self.statusBar().showMessage(self.tr("Document details saved."), 4000)

    # -- text view and page view -----------------------------------------------

    def active_view(self) -> Reader | PageView:
        return self.page_view if self.views.currentWidget() is self.page_view else self.reader

    def _set_paged(self, paged: bool) -> None:
        self._paged = paged
        self.page_view_action.setEnabled(paged)
        if not paged:
            self.page_view_action.blockSignals(True)
            self.page_view_action.setChecked(False)
            self.page_view_action.blockSignals(False)

    def set_page_mode(self, on: bool) -> None:
        """Show the real pages (on) or the reflowed text, keeping the reading position."""
        on = bool(on) and self._paged and self.current_doc is not None
        showing = self.views.currentWidget() is self.page_view
        if on and self._page_doc != self.current_doc and not self._load_pages():
            on = False
        if on != showing:
            offset = self.active_view().top_offset()
            self.views.setCurrentWidget(self.page_view if on else self.reader)
            self.active_view().scroll_to_offset(offset)
        if self.page_view_action.isChecked() != on:
            self.page_view_action.blockSignals(True)
            self.page_view_action.setChecked(on)
            self.page_view_action.blockSignals(False)
        if self._paged:
            self.settings.setValue("page_mode", on)
        for action in (self.go_to_page_action, self.fit_width_action, self.fit_page_action):
            action.setEnabled(on)
        self._update_tag_actions()

    def _load_pages(self) -> bool:
        doc = self.service.document(self.current_doc)  # type: ignore[arg-type]
        ok = self.page_view.open_document(doc.info.source, doc.text, doc.pages, self.service.tags(doc.id))
        if not ok:
            self.statusBar().showMessage(self.page_view.message, 8000)
            return False
        self._page_doc = doc.id
        return True

    def zoom_in(self) -> None:
        if self.active_view() is self.page_view:
            self.page_view.zoom_in()
        else:
            self.reader.zoomIn(1)

    def zoom_out(self) -> None:
        if self.active_view() is self.page_view:
            self.page_view.zoom_out()
        else:
            self.reader.zoomOut(1)

    # -- import and re-import ----------------------------------------------------

    def choose_import(self) -> None:
        patterns = " ".join(f"*{s}" for s in SUPPORTED_SUFFIXES)
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import documents"), str(Path.home()),
            self.tr("Documents ({0});;All files (*)").format(patterns),
        )
        if paths:
            self.import_files(paths)

    def import_files(self, paths: list[str]) -> ImportTask | None:
        """Import in the background with a progress dialog; one summary at the end."""
        if self._busy():
            return None
        task = ImportTask(self.store.path, self.service.author, paths, self)
        progress = QProgressDialog(self.tr("Importing…"), self.tr("Cancel"), 0, len(paths), self)
        progress.setWindowTitle(self.tr("Import"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        progress.setValue(0)
        progress.canceled.connect(task.cancel)
        task.progress.connect(self._on_import_progress)
        task.finished_import.connect(self._on_import_done)
        task.failed.connect(self._on_import_failed)
        task.finished.connect(progress.reset)
        self._import_task, self._progress = task, progress
        task.start()
        return task

    def _busy(self) -> bool:
        for task in (self._import_task, self._reimport_task):
            if task is not None and task.isRunning():
                QMessageBox.information(self, APP_NAME, self.tr("An import is already running."))
                return True
        return False

    def _on_import_progress(self, done: int, total: int, path: str) -> None:
        if self._progress is not None:
            self._progress.setMaximum(total)
            self._progress.setValue(done)
            if path:
                self._progress.setLabelText(self.tr("Reading {0}…").format(Path(path).name))

    def _on_import_done(self, outcomes: list[ImportOutcome]) -> None:
        self.last_outcomes = outcomes
        self._refresh_library()
        opened = [o for o in outcomes if o.document is not None]
        if opened:
            self.open_document(opened[-1].document.id)  # type: ignore[union-attr]
        failures = [o for o in outcomes if o.error]
        skipped = [o for o in opened if not o.created]
        lines = []
        if failures:
            lines.append(self.tr("These files could not be imported (nothing of them was stored):"))
            lines += [f"• {Path(o.path).name}: {o.error}" for o in failures]
        if skipped:
            lines.append(self.tr("Already in the store (not duplicated):"))
            lines += [f"• {Path(o.path).name}" for o in skipped]
        created = sum(1 for o in opened if o.created)
        scans = [
            o for o in opened if o.created and o.document is not None and o.document.metadata.get("pages_without_text")
        ]
        self.statusBar().showMessage(self.tr("Imported {0} of {1} file(s)").format(created, len(outcomes)), 6000)
        if scans:
            lines.append(self.tr("Some pages have no text layer (scans?); they are empty in the text view:"))
            lines += [
                "• " + self.tr("{0}: pages {1}").format(
                    o.document.title, _page_list(o.document.metadata["pages_without_text"])  # type: ignore[union-attr]
                )
                for o in scans
            ]
        guessed = [o for o in opened if o.created and o.document.metadata.get("encoding_guessed")]  # type: ignore[union-attr]
        if guessed:
            lines.append(self.tr("Not UTF-8: the encoding was guessed; check the text:"))
            lines += [f"• {Path(o.path).name}: {o.document.metadata.get('encoding')}" for o in guessed]  # type: ignore[union-attr]
        if failures or scans or guessed:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Import"), "\n".join(lines), parent=self)
            box.setObjectName("importSummary")
            box.open()
        elif skipped:
            self.statusBar().showMessage("\n".join(lines).replace("\n", " "), 8000)
        self._library_views_timer.start()

    def _on_import_failed(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Import failed"), message, parent=self)
        box.setObjectName("importSummary")
        box.open()

    def choose_reimport(self) -> None:
        if self.current_doc is None:
            self.statusBar().showMessage(self.tr("Open the document to re-import first."), 4000)
            return
        info = self.service.document(self.current_doc).info
        start = str(Path(info.source).parent) if info.source and not info.source.startswith("http") else str(Path.home())
        patterns = " ".join(f"*{s}" for s in SUPPORTED_SUFFIXES)
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Re-import a newer version of “{0}”").format(info.title), start,
            self.tr("Documents ({0});;All files (*)").format(patterns),
        )
        if path:
            self.reimport_file(path)

    def reimport_file(self, path: str, password: str | None = None) -> documents.ReimportReport | None:
        """Make ``path`` the open document's new version; every tag is re-anchored.

        The file is read and the tags re-anchored on a worker thread (its own store
        connection, one transaction); the window waits with a progress dialog that
        can cancel before anything is written.  Returns the report (None when
        cancelled or refused).
        """
        if self.current_doc is None or self._busy():
            return None
        self.panel.commit_note()
        doc_id = self.current_doc
        task = ReimportTask(self.store.path, self.service.author, doc_id, path, password, self)
        progress = QProgressDialog(self.tr("Reading {0}…").format(Path(path).name), self.tr("Cancel"), 0, 0, self)
        progress.setWindowTitle(self.tr("Re-import"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        progress.canceled.connect(task.cancel)
        loop = QEventLoop(self)
        task.finished.connect(loop.quit)
        self._reimport_task = task
        task.start()
        if not task.isFinished():
            loop.exec()
        task.wait()
        progress.reset()
        self._reimport_task = None
        if task.error:
            QMessageBox.warning(self, self.tr("Re-import"), task.error)
            return None
        report = task.report
        if report is None:
            self.statusBar().showMessage(self.tr("Re-import cancelled; nothing changed."), 6000)
            return None
        self.service.forget_text(doc_id)  # the worker wrote a new text
        if not report.unchanged:
            # Undo steps hold the old positions: after a new version they would misplace tags.
            self.undo_stack.clear()
        message = self.tr("Version {0}: {1} tags found exactly, {2} fuzzily, {3} orphaned.").format(
            report.version, report.exact, report.fuzzy, report.orphaned
        )
        if report.unchanged:
            message = self.tr("The file's text is the stored text; nothing changed.")
        self.current_doc = None
        self.open_document(doc_id)
        self._refresh_library()
        self._rebuild_timeline()
        self.statusBar().showMessage(message, 10000)
        if report.orphaned:
            self.side.setCurrentWidget(self.document_pane)
        return report

    def _orphan_selected(self, tag_id: str) -> None:
        self.meaning_controller.show_tag(tag_id)

    def _update_orphan_actions(self) -> None:
        self.document_pane.orphans.set_selection_available(
            self.current_doc is not None and self.active_view().selected_span() is not None
        )

    def reattach_orphan(self, tag_id: str) -> None:
        """Put an orphaned tag on the text selected now (its note and meaning stay)."""
        span = self.active_view().selected_span()
        if span is None or self.current_doc is None:
            self.statusBar().showMessage(self.tr("Select the passage the tag belongs to first."), 4000)
            return
        before = self.service.get_tag(tag_id)
        try:
            after = documents.reattach(self.service, tag_id, *span)
        except ServiceError as exc:
            QMessageBox.warning(self, APP_NAME, str(exc))
            return
        self.service.write_state(before)  # the command writes it again, undoably
        self.undo_stack.push(EditTagCommand(self.service, self.show_tag_state, before, after, self.tr("re-attach tag")))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)

    # -- export and review -------------------------------------------------------

    def open_export(self):
        from desktop.ui.export_dialog import open_export_dialog

        self.panel.commit_note()
        return open_export_dialog(self)

    def choose_review_store(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Review a colleague's store"), str(self.store.path.parent),
            self.tr("Claimline stores (*.claimline *.sqlite *.db);;All files (*)"),
        )
        if path:
            self.open_review(path)

    def open_review(self, path: str):
        from desktop.ui.review_view import open_review

        if Path(path).resolve() == self.store.path.resolve():
            QMessageBox.information(self, APP_NAME, self.tr("That is the store open in this window."))
            return None
        self.panel.commit_note()
        window = open_review(self, path)
        if window is not None:
            window.store_changed.connect(lambda _doc: self._after_merge())
        return window

    def _after_merge(self) -> None:
        self._rebuild_timeline()
        self.meaning_controller.refresh_context()
        self._library_views_timer.start()

    # -- tagging ---------------------------------------------------------------

    def show_tag_state(self, tag: Annotation) -> None:
        """Show a tag's new state (after a command ran or was undone)."""
        self.timeline.refresh_tag(tag)
        if self._timeline_touched is not None:  # a worker is building the timeline
            self._timeline_touched.append(tag.id)
        self._library_views_timer.start()
        self._context_timer.start()
        if tag.document_id != self.current_doc:
            self.open_document(tag.document_id)
            return
        self.reader.upsert_tag(tag)
        if self._page_doc == tag.document_id:
            self.page_view.upsert_tag(tag)
        self.panel.upsert_tag(tag)
        self.library_controller.update_counts(tag.document_id)
        if tag.orphaned or tag.id in self._orphan_ids:
            self._show_orphans(tag.document_id)
        self._update_status()

    def _rebuild_timeline(self) -> None:
        """Rebuild the timeline now if it is shown, else when it is next shown.

        A library of 10,000 documents has 100,000 events: building them for a hidden
        dock would hold up opening the store.
        """
        self._timeline_stale = True
        if self.timeline_dock.isVisible():
            self._refresh_library_views()

    def _load_timeline(self) -> None:
        """Build the timeline: here for a few thousand events, on a worker beyond.

        Tags changed while the worker builds are shown again on the new timeline.
        """
        labels = {k.name: k.label for k in self.service.kinds()}
        self._timeline_generation += 1
        if count_tags(self.store, kinds_under(self.store, "date")) < ASYNC_TIMELINE_EVENTS:
            self._timeline_touched = None
            self.timeline.set_timeline(build_timeline(self.store), labels)
            return
        generation = self._timeline_generation
        self._timeline_touched = []
        loader = RowsLoader(self.store.path, lambda service: build_timeline(service.store))

        def arrived(timeline) -> None:
            if generation != self._timeline_generation or self._closed:
                return
            touched, self._timeline_touched = self._timeline_touched or [], None
            self.timeline.set_timeline(timeline, labels)
            for tag_id in dict.fromkeys(touched):
                tag = self.store.annotation(tag_id)
                if tag is not None:
                    self.timeline.refresh_tag(tag)

        loader.loaded.connect(arrived, Qt.ConnectionType.QueuedConnection)
        loader.start()

    def _refresh_library_views(self) -> None:
        """Timeline, entities, figures and claims span the library: refreshed when shown and after edits."""
        if self._closed:
            return
        if self._timeline_stale and self.timeline_dock.isVisible():
            self._timeline_stale = False
            self._load_timeline()
        if self.entities_dock.isVisible():
            self.entities_view.refresh()
        if self.figures_dock.isVisible():
            self.figures_view.refresh()
        if self.claims_dock.isVisible():
            self.claims_view.refresh()

    def _show_entity_details(self) -> None:
        entity_id = self.entities_view.current_entity_id()
        try:
            entity = self.meaning.entity(entity_id) if entity_id else None
        except ServiceError:
            entity = None
        self.entity_editor.show_entity(entity)

    def _edit_entity(self, entity_id: str, changes: dict) -> None:
        if not self.meaning_controller.edit_entity(entity_id, changes):
            self.statusBar().showMessage(self.meaning_form.error.text(), 6000)

    def _tag_selected(self, tag_id: str) -> None:
        """The analyst picked a tag in the panel: show it in the document."""
        self.active_view().reveal_tag(tag_id)

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

    def _update_tag_actions(self, *_: object) -> None:
        enabled = self.current_doc is not None and self.active_view().selected_span() is not None
        for action in self.kind_actions.values():
            action.setEnabled(enabled)

    def tag_selection(self, kind: str) -> Annotation | None:
        """Tag the selection of the view in front (trimmed of surrounding blanks) as ``kind``."""
        span = self.active_view().selected_span()
        if span is None or self.current_doc is None:
            self.statusBar().showMessage(self.tr("Select some text to tag first."), 4000)
            return None
        from desktop.anchoring import trim_span

        text = self.service.text(self.current_doc)
        start, end = trim_span(text, *span)
        if end <= start:
            self.statusBar().showMessage(self.tr("The selection holds only blanks."), 4000)
            return None
        try:
            self.store.ensure_writable()  # read-only or damaged: say so, push nothing
        except StoreError as exc:
            self.statusBar().showMessage(str(exc), 10000)
            return None
        command = CreateTagCommand(self.service, self.show_tag_state, self.current_doc, kind, start, end)
        try:
            self.undo_stack.push(command)
        except (ServiceError, StoreError) as exc:
            QMessageBox.warning(self, APP_NAME, str(exc))
            return None
        self._withdraw_suggestions_under(command.tag)  # type: ignore[arg-type]
        self.side.setCurrentWidget(self.tags_pane)
        self.panel.select_tag(command.tag.id)  # type: ignore[union-attr]
        return command.tag

    def edit_note(self, tag_id: str, note: str) -> None:
        before = self.service.get_tag(tag_id)
        self.undo_stack.push(EditTagCommand(self.service, self.show_tag_state, before, replace(before, note=note), self.tr("edit note")))

    def change_kind(self, tag_id: str, kind: str) -> None:
        before = self.service.get_tag(tag_id)
        self.undo_stack.push(EditTagCommand(self.service, self.show_tag_state, before, replace(before, kind=kind), self.tr("change kind")))

    def delete_tags(self, tag_ids: list[str]) -> None:
        if tag_ids:
            self.undo_stack.push(DeleteTagsCommand(self.service, self.show_tag_state, tag_ids))

    def delete_current_tag(self) -> None:
        ids = self.panel.selected_tag_ids() or ([self.panel.current_tag_id()] if self.panel.current_tag_id() else [])
        self.delete_tags([i for i in ids if i])

    def link_selected_tags(self) -> None:
        """Link the two tags selected in the panel (the first is the source)."""
        ids = [i for i in self.panel.selected_tag_ids() if i]
        if len(ids) != 2:
            self.statusBar().showMessage(self.tr("Select exactly two tags in the panel (Ctrl+click) to link them."), 5000)
            return
        relation, ok = QInputDialog.getItem(
            self, self.tr("Link two tags"), self.tr("Relation of the first tag to the second:"), list(RELATIONS), 0, False
        )
        if ok and relation:
            self.meaning_controller.link(ids[0], ids[1], relation)

    def open_codebook(self):
        from desktop.ui.codebook_dialog import CodebookDialog

        dialog = CodebookDialog(self.meaning, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.meaning_controller.connect_codebook_dialog(dialog)
        dialog.show()
        return dialog

    # -- suggestions -------------------------------------------------------------

    def run_suggest(self, show: bool = False) -> SuggestTask | None:
        """Detect suggestions for the open document in the background."""
        self._suggest_timer.stop()
        if self.current_doc is None:
            return None
        self._stop_suggest()
        doc_id = self.current_doc
        task = SuggestTask(
            doc_id,
            self.service.text(doc_id),
            reference=suggest_ops.reference_date(self.service, doc_id),
            known_entities=suggestion_store.known_entities(self.store),
            dismissed=suggestion_store.dismissed_keys(self.store, doc_id),
            tagged=suggestion_store.tagged_spans(self.store, doc_id),
            parent=self,
        )
        self.suggestions.show_detecting()
        task.finished_suggestions.connect(self._suggestions_found)
        task.failed.connect(lambda _doc, message: self.statusBar().showMessage(
            self.tr("Suggestions failed: {0}").format(message), 8000))
        self._suggest_task = task
        if show:
            self.side.setCurrentWidget(self.suggestions)
        task.start()
        return task

    def _stop_suggest(self, wait: bool = False) -> None:
        """Forget the running detection (its result would be stale); ``wait`` for it when closing."""
        task, self._suggest_task = self._suggest_task, None
        if task is not None and task.isRunning():
            task.finished_suggestions.disconnect(self._suggestions_found)
            task.cancel()  # not started yet in the worker: never started
            # Detection has no cancel point (≈ 1 s for 1 MB): let it end in the background.
            self._retired_tasks.append(task)
            task.finished.connect(lambda t=task: t in self._retired_tasks and self._retired_tasks.remove(t))
        if wait:
            for old in list(self._retired_tasks):
                old.wait()
            self._retired_tasks.clear()

    def _suggestions_found(self, doc_id: str, found: list) -> None:
        if doc_id != self.current_doc or self._closed:
            return  # the user moved on, or the window closed while detection ran
        # Tags made while detection ran: their suggestions are no longer open.
        found = suggest_ops.filter_open(
            found, suggestion_store.dismissed_keys(self.store, doc_id), suggestion_store.tagged_spans(self.store, doc_id)
        )
        self.suggestions.set_suggestions(found)
        self._draw_suggestions()

    def _draw_suggestions(self) -> None:
        items = self.suggestions.suggestions() if self.underline_action.isChecked() else []
        self.reader.set_suggestions([(s.start, s.end, s.kind) for s in items])

    def _set_underlines(self, on: bool) -> None:
        self.settings.setValue("suggestions/underline", on)
        self._draw_suggestions()

    def _suggestions_back(self, items: list) -> None:
        self.suggestions.add_suggestions(items)
        self._draw_suggestions()

    def _suggestions_gone(self, items: list) -> None:
        self.suggestions.remove_suggestions(items)
        self._draw_suggestions()

    def _withdraw_suggestions_under(self, tag: Annotation | None) -> None:
        if tag is None:
            return
        gone = [s for s in self.suggestions.suggestions() if s.kind == tag.kind and s.start < tag.end and tag.start < s.end]
        if gone:
            self._suggestions_gone(gone)

    def accept_suggestions(self, items: list) -> None:
        if self.current_doc is None or not items:
            return
        self.undo_stack.push(AcceptSuggestionsCommand(
            self.service, self.show_tag_state, self.current_doc, items, self._suggestions_back, self._suggestions_gone))
        self._suggestions_gone(items)

    def dismiss_suggestions(self, items: list) -> None:
        if self.current_doc is None or not items:
            return
        self.undo_stack.push(DismissSuggestionsCommand(
            self.service, self.current_doc, items, self._suggestions_back, self._suggestions_gone))
        self._suggestions_gone(items)

    def _show_suggestion(self, suggestion) -> None:
        if suggestion is None or self.active_view() is not self.reader or self.side.currentWidget() is not self.suggestions:
            return  # only while the analyst walks the list
        self.reader.select_span(suggestion.start, suggestion.end)
        self.reader.ensureCursorVisible()

    # -- author, status, about -------------------------------------------------

    def ensure_author(self) -> None:
        if not has_author(self.settings):
            QTimer.singleShot(0, self.ask_author)

    def ask_author(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Your name"),
            self.tr("The name Claimline puts on your tags (you can change it in the File menu):"),
            text=self.service.author,
        )
        if ok and name.strip():
            self.settings.setValue("author", name.strip())
            self.service.author = name.strip()

    def _update_status(self) -> None:
        if self.current_doc is None:
            self.status_label.setText(self.tr("No document — import one with Ctrl+O or drop files here"))
            return
        counts = self.reader.tag_counts()
        parts = [f"{k.label}: {counts.get(k.name, 0)}" for k in self.service.kinds()]
        self.status_label.setText("  ·  ".join(parts))

    def show_about(self) -> None:
        QMessageBox.about(
            self, self.tr("About Claimline"),
            f"{APP_NAME} {__version__}\n\n"
            + self.tr("Tag claims, actors, figures and dates in what you read; offline.")
            + "\n\n"
            + self.tr("Store: {0}").format(self.store.path),
        )

    # -- layout persistence ----------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 820)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        self._splitter_restored = False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._splitter_restored:
            # After the window has its restored size, or the panes would be rescaled.
            self._splitter_restored = True
            splitter = self.settings.value("window/splitter")
            if isinstance(splitter, QByteArray):
                self.splitter.restoreState(splitter)
            self.toggle_library_action.setChecked(self.library.isVisibleTo(self))
            self.toggle_panel_action.setChecked(self.side.isVisibleTo(self))

    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closed = True
        self.panel.commit_note()
        self._context_timer.stop()
        self._library_views_timer.stop()
        self._suggest_timer.stop()
        if self._import_task is not None and self._import_task.isRunning():
            self._import_task.cancel()
            self._import_task.wait(10000)
        self._stop_suggest(wait=True)
        self.save_layout()
        super().closeEvent(event)


def _page_list(pages) -> str:
    """1-based page numbers, "3, 4, 7" (at most 12 shown)."""
    numbers = [int(p) for p in pages] if isinstance(pages, (list, tuple)) else []
    shown = ", ".join(str(n) for n in numbers[:12])
    return shown + (" …" if len(numbers) > 12 else "")
