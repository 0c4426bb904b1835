"""Composition root of the GUI: settings → store → service → main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import APP_ID, APP_NAME, __version__
from desktop.paths import default_store_path, resource_root, seed_path
from desktop.service import Service
from desktop.settings import add_recent_store, author, open_settings
from desktop.store import StoreError, open_store
from desktop.ui import theme
from desktop.ui.main_window import MainWindow

STYLE = """
QLabel#panelTitle { font-weight: 600; padding: 8px 8px 4px 8px; }
QLabel#panelHint { padding: 16px; color: palette(placeholder-text); }
QTextEdit#reader { border: none; }
QSplitter::handle { background: palette(mid); }
QSplitter::handle:horizontal { width: 1px; }
"""


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_ID)
    app.setStyle("Fusion")
    apply_theme(app)
    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _=None: apply_theme(app))
    icon = resource_root() / "resources" / "icons" / "claimline.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def apply_theme(app: QApplication, dark: bool | None = None) -> None:
    """Follow the system's light or dark scheme (Fusion + palette); ``dark`` forces one."""
    if dark is None:
        dark = QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
    if dark:
        app.setPalette(theme.dark_palette())
    else:
        app.setPalette(app.style().standardPalette())
    app.setStyleSheet(STYLE)


def create_window(store_arg: str | None = None, files: list[str] | None = None) -> MainWindow:
    """Open the store (importing the seed into a new default store) and build the window.

    Raises StoreError when the store cannot be opened.
    """
    settings = open_settings()
    if store_arg:
        path = Path(store_arg).expanduser()
    elif os.environ.get("CLAIMLINE_STORE"):
        path = Path(os.environ["CLAIMLINE_STORE"]).expanduser()
    else:
        last = settings.value("last_store", "")
        path = Path(last) if isinstance(last, str) and last and Path(last).exists() else default_store_path()
    store = open_store(path, create=True)
    name = os.environ.get("CLAIMLINE_AUTHOR") or author(settings)
    service = Service(store, name)
    if not service.documents() and path == default_store_path() and seed_path().exists():
        # A ready store on the first start: the article this project was born from.
        service.import_files([str(seed_path())])
    add_recent_store(settings, store.path)
    settings.setValue("last_store", str(store.path.resolve()))
    window = MainWindow(service, settings)
    if files:
        window.import_files(list(files))
    return window


def run_gui(store: str | None = None, files: list[str] | None = None) -> int:
    app = make_application()
    try:
        window = create_window(store, files)
    except StoreError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    window.show()
    if not os.environ.get("CLAIMLINE_AUTHOR"):
        window.ensure_author()
    try:
        return app.exec()
    finally:
        from desktop.ui.tasks import shutdown_pool

        shutdown_pool()
        window.store.close()
