"""Composition root of the GUI: settings → store → service → main window."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from types import TracebackType
from typing import cast

from PySide6.QtCore import QCoreApplication, QSize, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import APP_ID, APP_NAME, __version__, i18n
from desktop.logs import setup_logging
from desktop.paths import default_store_path, resource_root, seed_path
from desktop.service import Service
from desktop import settings as settings_mod
from desktop.settings import add_recent_store, author, open_settings, theme_choice
from desktop.store import StoreDamaged, StoreError, open_store
from desktop.ui import theme
from desktop.ui.theme import apply_theme, stylesheet  # noqa: F401 (the names scripts and tests use)
from desktop.ui.bug_dialog import excepthook, show_exception
from desktop.ui.main_window import MainWindow
from desktop.ui.migration_progress import MigrationProgress
from desktop.ui.store_errors import ask_after_damage, install_exception_hook

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
_follows_scheme = False  # the application follows the desktop's colour scheme changes


def app_icon() -> QIcon:
    """The Claimline icon: the SVG plus its pre-rendered PNG sizes."""
    folder = resource_root() / "resources" / "icons"
    icon = QIcon()
    for size in ICON_SIZES:
        png = folder / f"claimline-{size}.png"
        if png.exists():
            icon.addFile(str(png), QSize(size, size))
    svg = folder / "claimline.svg"
    if svg.exists():
        icon.addFile(str(svg))
    return icon


def make_application(argv: list[str] | None = None) -> QApplication:
    app = cast(QApplication, QApplication.instance()) or QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_ID)
    app.setStyle("Fusion")
    theme.apply_choice(app, theme_choice(open_settings()))
    global _follows_scheme
    if not _follows_scheme:  # one connection, however many windows
        _follows_scheme = True
        QGuiApplication.styleHints().colorSchemeChanged.connect(
            lambda _=None: theme.apply_choice(app, theme_choice(open_settings())))
    i18n.install(i18n.chosen_language(open_settings()), app)
    icon = app_icon()
    if not icon.isNull():
        app.setWindowIcon(icon)
    return app


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
        last = settings_mod.get(settings, settings_mod.LAST_STORE)
        path = Path(last) if isinstance(last, str) and last and Path(last).exists() else default_store_path()
    progress = MigrationProgress()
    try:
        store = open_store(path, create=True, progress=progress)
    finally:
        progress.close()
    name = author(settings)
    service = Service(store, name)
    if path == default_store_path() and seed_path().exists() and not store.document_titles():
        # A ready store on the first start: the article this project was born from.
        service.import_files([str(seed_path())])
    add_recent_store(settings, store.path)
    settings_mod.put(settings, settings_mod.LAST_STORE, str(store.path.resolve()))
    window = MainWindow(service, settings)
    if files:
        window.import_files(list(files))
    return window


def install_excepthook() -> None:
    """An uncaught exception on the UI thread is a bug: log it with its traceback, show it
    with "Copy details" (instead of Python printing it and Qt carrying on silently).

    After :func:`desktop.logs.setup_logging` its hook writes the log and ours adds the
    dialog; without it, ours logs too.
    """
    logged = sys.excepthook
    if not getattr(logged, "_claimline", False):
        sys.excepthook = excepthook
        return

    def log_then_show(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        logged(kind, exc, tb)
        show_exception(kind, exc, tb)

    sys.excepthook = log_then_show


def run_gui(store: str | None = None, files: list[str] | None = None) -> int:
    setup_logging()
    app = make_application()
    install_excepthook()  # bugs: logged, then shown; store_errors' hook below takes store errors first
    while True:
        try:
            window = create_window(store, files)
            break
        except StoreDamaged as exc:  # offer a backup or another store
            chosen = ask_after_damage(None, exc.path, exc.reason)
            if chosen is None:
                return 1
            store = str(chosen)
        except StoreError as exc:
            QMessageBox.critical(None, APP_NAME, str(exc))
            return 1
    install_exception_hook(lambda: window)
    window.show()
    quit_on_signals(app, window)
    if os.environ.get("CLAIMLINE_SMOKE_TEST"):
        # Packaging checks (pip install, PyInstaller bundle): report and quit.
        return smoke_report(app, window)
    if not os.environ.get("CLAIMLINE_AUTHOR"):
        window.ensure_author()
    try:
        return app.exec()
    finally:
        from desktop.ui.tasks import shutdown_pool

        shutdown_pool()
        window.store.close()


def quit_on_signals(app: QApplication, window: MainWindow) -> None:
    """SIGTERM (a session logout) and SIGINT (Ctrl+C) quit like File → Quit.

    Python runs signal handlers only when it gets control, so a timer hands it
    control a few times a second while Qt's event loop runs.  The handler closes
    the window (its closeEvent saves the note being typed and the layout, and
    stops tasks); ``run_gui`` then shuts the worker pool down and closes the store.
    """
    def handle(signum, frame) -> None:
        QTimer.singleShot(0, lambda: (window.close(), app.quit()))

    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, handle)
    timer = QTimer(app)
    timer.setObjectName("signalPoll")
    timer.timeout.connect(lambda: None)
    timer.start(200)


def smoke_report(app: QApplication, window: MainWindow) -> int:
    """Print what the started app found as one JSON line; 0 when all of it is there.

    Used with ``CLAIMLINE_SMOKE_TEST=1`` by the packaging tests and packaging/build.sh
    to prove an installed copy or a bundle starts, opens a document and finds its
    resources (icon, stylesheet, translations, seed).
    """
    import json

    app.processEvents()
    doc = window.store.document(window.current_doc) if window.current_doc else None
    language = i18n.installed_language()
    translations = sorted(p.name for p in i18n.translations_dir().glob("*.qm"))
    report = {
        "resource_root": str(resource_root()),
        "module": str(Path(__file__).resolve().parent),
        "window_shown": window.isVisible(),
        "document": doc.title if doc else None,
        "icon": not app.windowIcon().isNull(),
        "stylesheet": bool(app.styleSheet().strip()),
        "seed": seed_path().exists(),
        "translations": translations,
        "language": language,
        "qt_cancel": QCoreApplication.translate("QPlatformTheme", "Cancel"),
        "menus": [a.text() for a in window.menuBar().actions()],
    }
    ok = bool(report["window_shown"] and report["document"] and report["icon"] and report["stylesheet"]
              and report["seed"] and len(translations) >= 2)
    report["ok"] = ok
    print(json.dumps(report, ensure_ascii=False), flush=True)
    from desktop.ui.tasks import shutdown_pool

    shutdown_pool()
    window.store.close()
    return 0 if ok else 1
