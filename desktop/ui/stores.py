"""The File menu's store and author actions: new, open and recent stores, author name, about.

Switching stores stops the window's tasks (their results belong to the old
store) and points every view at the new store's service.  Texts are in the
"MainWindow" translation context.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from desktop import APP_NAME, __version__
from desktop.paths import seed_path
from desktop.service import Service
from desktop.settings import AUTHOR, LAST_STORE, add_recent_store, put, recent_stores
from desktop.store import StoreDamaged, StoreError, open_store
from desktop.ui.migration_progress import MigrationProgress
from desktop.ui.store_errors import ask_after_damage

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

translate = QCoreApplication.translate


class StoreController(QObject):
    """Opens other stores in the window, keeps the recent-stores menu, asks the author's name."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        start = window.views.start_page
        start.import_requested.connect(window.imports.choose_import)
        start.sample_requested.connect(lambda: window.imports.import_files([str(seed_path())]))
        start.store_chosen.connect(lambda path: self.switch_store(Path(path), create=False))

    def show_start_if_empty(self) -> None:
        """An empty store shows the start page, with the other recent stores."""
        w = self.window
        if w.service.documents():
            return
        current = str(w.store.path.resolve())
        recent = [p for p in recent_stores(w.settings) if p != current and Path(p).exists()]
        w.views.show_start(recent, sample_available=seed_path().exists())

    def switch_store(self, path: Path, create: bool) -> bool:
        """Open another store (the current one stays open if that fails)."""
        w = self.window
        progress = MigrationProgress(w)
        try:
            store = open_store(path, create=create, progress=progress)
        except StoreDamaged as exc:
            chosen = ask_after_damage(w, exc.path, exc.reason)
            return chosen is not None and self.switch_store(chosen, create=False)
        except StoreError as exc:
            QMessageBox.warning(w, translate("MainWindow", "Cannot open store"), str(exc))
            return False
        finally:
            progress.close()
        w.panel.commit_note()
        w.suggest.stop()
        w.tasks.stop()  # their results belong to the old store
        old = w.service.store
        w.service = Service(store, w.service.author)
        # The views keep their Meaning and Service objects: point them at the new store.
        w.meaning.service, w.meaning.store = w.service, store
        w.figures_view.service = w.service
        w.claims_view.service = w.service
        old.close()
        w.undo_stack.clear()
        add_recent_store(w.settings, store.path)
        put(w.settings, LAST_STORE, str(store.path.resolve()))
        w.current_doc = None
        w.load_store_view()
        return True

    def choose_new_store(self) -> None:
        w = self.window
        path, _ = QFileDialog.getSaveFileName(
            w, translate("MainWindow", "New store"), str(w.store.path.parent / "new.claimline"),
            translate("MainWindow", "Claimline stores (*.claimline *.sqlite)"),
        )
        if path and Path(path).exists():
            QMessageBox.warning(w, translate("MainWindow", "New store"), translate("MainWindow", "{0} already exists; use Open store.").format(path))
        elif path:
            self.switch_store(Path(path), create=True)

    def choose_open_store(self) -> None:
        w = self.window
        path, _ = QFileDialog.getOpenFileName(
            w, translate("MainWindow", "Open store"), str(w.store.path.parent),
            translate("MainWindow", "Claimline stores (*.claimline *.sqlite *.db);;All files (*)"),
        )
        if path:
            self.switch_store(Path(path), create=False)

    def refresh_recent_menu(self) -> None:
        w = self.window
        w.recent_menu.clear()
        current = str(w.store.path.resolve())
        items = [p for p in recent_stores(w.settings) if p != current]
        for p in items:
            action = w.recent_menu.addAction(p)
            action.triggered.connect(lambda _=False, path=p: self.switch_store(Path(path), create=False))
        w.recent_menu.setEnabled(bool(items))

    def ask_author(self) -> None:
        w = self.window
        name, ok = QInputDialog.getText(
            w, translate("MainWindow", "Your name"),
            translate("MainWindow", "The name Claimline puts on your tags (you can change it in the File menu):"),
            text=w.service.author,
        )
        if ok and name.strip():
            put(w.settings, AUTHOR, name.strip())
            w.service.author = name.strip()

    def show_about(self) -> None:
        w = self.window
        QMessageBox.about(
            w, translate("MainWindow", "About Claimline"),
            f"{APP_NAME} {__version__}\n\n"
            + translate("MainWindow", "Tag claims, actors, figures and dates in what you read; offline.")
            + "\n\n"
            + translate("MainWindow", "Store: {0}").format(w.store.path),
        )
