"""The main window: library, reader and annotation panel, wired to the service.

The window builds widgets, menus and wiring; store work goes through the
service, every tag change through an undo command, long work through tasks.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, Signal
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
    QStandardItem,
    QStandardItemModel,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QInputDialog,
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME, __version__
from desktop.importers import SUPPORTED_SUFFIXES
from desktop.model import Annotation, DocumentInfo, Kind
from desktop.service import ImportOutcome, Service, ServiceError
from desktop.settings import add_recent_store, has_author, recent_stores
from desktop.store import Store, StoreError, open_store
from desktop.ui import theme
from desktop.ui.commands import CreateTagCommand, DeleteTagsCommand, EditTagCommand
from desktop.ui.panel import AnnotationPanel
from desktop.ui.reader import Reader
from desktop.ui.tasks import ImportTask

DOC_ID_ROLE = Qt.ItemDataRole.UserRole + 1


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


class LibraryView(QWidget):
    """The store's documents; picking one opens it."""

    document_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("library")
        self.model = QStandardItemModel(self)
        self.list = QListView(self)
        self.list.setObjectName("libraryList")
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.activated.connect(self._chosen)
        self.list.clicked.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Library"), self)
        title.setObjectName("panelTitle")
        layout.addWidget(title)
        layout.addWidget(self.list)

    def set_documents(self, docs: list[DocumentInfo], current: str | None) -> None:
        self.model.clear()
        for d in docs:
            item = QStandardItem(f"{d.title}\n{d.format.upper()} · {d.tag_count} tags")
            item.setData(d.id, DOC_ID_ROLE)
            item.setToolTip(d.source or d.title)
            self.model.appendRow(item)
        self.mark_current(current)

    def set_tag_count(self, doc_id: str, count: int) -> None:
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item.data(DOC_ID_ROLE) == doc_id:
                title, _, info = item.text().partition("\n")
                fmt = info.split(" · ")[0]
                item.setText(f"{title}\n{fmt} · {count} tags")
                return

    def mark_current(self, doc_id: str | None) -> None:
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item.data(DOC_ID_ROLE) == doc_id:
                self.list.setCurrentIndex(item.index())
                return

    def _chosen(self, index) -> None:
        doc_id = index.data(DOC_ID_ROLE)
        if doc_id:
            self.document_chosen.emit(doc_id)


class MainWindow(QMainWindow):
    """Claimline's window on one store at a time."""

    document_opened = Signal(str)

    def __init__(self, service: Service, settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.service = service
        self.undo_stack = QUndoStack(self)
        self.current_doc: str | None = None
        self._import_task: ImportTask | None = None
        self._progress: QProgressDialog | None = None
        self.kind_actions: dict[str, QAction] = {}
        self.last_outcomes: list[ImportOutcome] = []

        self.setAcceptDrops(True)
        self.setMinimumSize(720, 480)
        self.library = LibraryView(self)
        self.reader = Reader(self)
        self.panel = AnnotationPanel(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.library)
        self.splitter.addWidget(self.reader)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([220, 760, 320])
        self.splitter.setCollapsible(1, False)
        self.setCentralWidget(self.splitter)
        self.status_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.status_label)

        self._build_actions()
        self._build_menus()
        self._connect()
        self._load_store_view()
        self._restore_layout()

    # -- construction ----------------------------------------------------------

    def _build_actions(self) -> None:
        a = self.import_action = QAction(self.tr("&Import…"), self)
        a.setShortcut(QKeySequence.StandardKey.Open)
        a.setStatusTip(self.tr("Import documents (text, Markdown, HTML, PDF)"))
        a.triggered.connect(self.choose_import)
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

        a = self.toggle_library_action = QAction(self.tr("Show &library"), self)
        a.setCheckable(True)
        a.setChecked(True)
        a.setShortcut(QKeySequence("Ctrl+L"))
        a.toggled.connect(self.library.setVisible)
        a = self.toggle_panel_action = QAction(self.tr("Show &tags panel"), self)
        a.setCheckable(True)
        a.setChecked(True)
        a.setShortcut(QKeySequence("Ctrl+T"))
        a.toggled.connect(self.panel.setVisible)
        a = self.zoom_in_action = QAction(self.tr("Zoom &in"), self)
        a.setShortcut(QKeySequence.StandardKey.ZoomIn)
        a.triggered.connect(lambda: self.reader.zoomIn(1))
        a = self.zoom_out_action = QAction(self.tr("Zoom &out"), self)
        a.setShortcut(QKeySequence.StandardKey.ZoomOut)
        a.triggered.connect(lambda: self.reader.zoomOut(1))
        a = self.about_action = QAction(self.tr("&About Claimline"), self)
        a.triggered.connect(self.show_about)

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

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.import_action)
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
        self.tag_menu = bar.addMenu(self.tr("&Tag"))
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.toggle_library_action)
        view_menu.addAction(self.toggle_panel_action)
        view_menu.addSeparator()
        view_menu.addAction(self.zoom_in_action)
        view_menu.addAction(self.zoom_out_action)
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
        self.addToolBar(toolbar)
        self.tag_toolbar = QToolBar(self.tr("Tag"), self)
        self.tag_toolbar.setObjectName("tagToolbar")
        self.tag_toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.tag_toolbar.setIconSize(QSize(14, 14))
        self.addToolBar(self.tag_toolbar)

    def _connect(self) -> None:
        self.library.document_chosen.connect(self.open_document)
        self.reader.selection_changed.connect(self._update_tag_actions)
        self.reader.tag_activated.connect(self.panel.select_tag)
        self.reader.tag_requested.connect(self.tag_selection)
        self.panel.tag_selected.connect(self.reader.reveal_tag)
        self.panel.note_edit_requested.connect(self.edit_note)
        self.panel.kind_change_requested.connect(self.change_kind)
        self.panel.delete_requested.connect(self.delete_tags)
        self.undo_stack.indexChanged.connect(lambda _: self._update_status())

    # -- store -----------------------------------------------------------------

    @property
    def store(self) -> Store:
        return self.service.store

    def _load_store_view(self) -> None:
        kinds = self.service.kinds()
        self.reader.set_kinds(kinds)
        self.panel.set_kinds(kinds)
        self._build_kind_actions(kinds)
        self._refresh_recent_menu()
        self.setWindowTitle(f"{self.store.path.name} — {APP_NAME}")
        docs = self.service.documents()
        last = self.settings.value(f"last_document/{self.store.store_id}", "")
        ids = {d.id for d in docs}
        target = last if last in ids else (docs[-1].id if docs else None)
        self.library.set_documents(docs, target)
        if target:
            self.open_document(target)
        else:
            self.current_doc = None
            self.reader.clear_document()
            self.panel.set_tags([])
            self._update_status()

    def switch_store(self, path: Path, create: bool) -> bool:
        """Open another store (the current one stays open if that fails)."""
        try:
            store = open_store(path, create=create)
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Cannot open store"), str(exc))
            return False
        self.panel.commit_note()
        old = self.service.store
        self.service = Service(store, self.service.author)
        old.close()
        self.undo_stack.clear()
        add_recent_store(self.settings, store.path)
        self.settings.setValue("last_store", str(store.path.resolve()))
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
        self._update_tag_actions()
        self._update_status()
        self.document_opened.emit(doc_id)

    def _refresh_library(self) -> None:
        self.library.set_documents(self.service.documents(), self.current_doc)

    # -- import ----------------------------------------------------------------

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
        if self._import_task is not None and self._import_task.isRunning():
            QMessageBox.information(self, APP_NAME, self.tr("An import is already running."))
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
        self.statusBar().showMessage(self.tr("Imported {0} of {1} file(s)").format(created, len(outcomes)), 6000)
        if failures:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Import"), "\n".join(lines), parent=self)
            box.setObjectName("importSummary")
            box.open()
        elif skipped:
            self.statusBar().showMessage("\n".join(lines).replace("\n", " "), 8000)

    def _on_import_failed(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Import failed"), message, parent=self)
        box.setObjectName("importSummary")
        box.open()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)

    # -- tagging ---------------------------------------------------------------

    def show_tag_state(self, tag: Annotation) -> None:
        """Show a tag's new state (after a command ran or was undone)."""
        if tag.document_id != self.current_doc:
            self.open_document(tag.document_id)
            return
        self.reader.upsert_tag(tag)
        self.panel.upsert_tag(tag)
        self.library.set_tag_count(tag.document_id, sum(self.reader.tag_counts().values()))
        self._update_status()

    def _update_tag_actions(self, *_: object) -> None:
        enabled = self.current_doc is not None and self.reader.selected_span() is not None
        for action in self.kind_actions.values():
            action.setEnabled(enabled)

    def tag_selection(self, kind: str) -> Annotation | None:
        """Tag the reader's selection (trimmed of surrounding blanks) as ``kind``."""
        span = self.reader.selected_span()
        if span is None or self.current_doc is None:
            self.statusBar().showMessage(self.tr("Select some text to tag first."), 4000)
            return None
        from desktop.anchoring import trim_span

        text = self.service.text(self.current_doc)
        start, end = trim_span(text, *span)
        if end <= start:
            self.statusBar().showMessage(self.tr("The selection holds only blanks."), 4000)
            return None
        command = CreateTagCommand(self.service, self.show_tag_state, self.current_doc, kind, start, end)
        try:
            self.undo_stack.push(command)
        except (ServiceError, StoreError) as exc:
            QMessageBox.warning(self, APP_NAME, str(exc))
            return None
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
            + f"\n\n{self.tr('Store')}: {self.store.path}",
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
            self.toggle_panel_action.setChecked(self.panel.isVisibleTo(self))

    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.panel.commit_note()
        if self._import_task is not None and self._import_task.isRunning():
            self._import_task.cancel()
            self._import_task.wait(10000)
        self.save_layout()
        super().closeEvent(event)

