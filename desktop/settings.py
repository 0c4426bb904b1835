"""Persistent settings (author name, recent stores, window layout, language) in one INI file.

Uses QtCore's QSettings only (never QtWidgets), so the command line can read the
author name the GUI asked for.  The file lives in :func:`desktop.paths.config_dir`.

Every key is declared once below as a :class:`Setting` with its default and what
it is for; code reads and writes through :func:`get` and :func:`put`, never with
a literal key string.
"""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from desktop.paths import config_dir

MAX_RECENT = 8
THEMES = ("system", "light", "dark")  # View → Theme; "system" follows the desktop's colour scheme


@dataclass(frozen=True)
class Setting:
    """One declared setting: its INI key (may hold ``{}`` fields), default and purpose."""

    key: str
    default: Any
    description: str

    def name(self, *fields: str) -> str:
        """The concrete key, with ``fields`` put into the key's ``{}`` slots."""
        return self.key.format(*fields) if fields else self.key


AUTHOR = Setting("author", "", "The name put on new tags (empty: ask, and use the login name meanwhile).")
RECENT_STORES = Setting("recent_stores", [], f"The last {MAX_RECENT} stores opened, newest first.")
LANGUAGE = Setting("language", "", 'The UI language code ("en", "tr", "ru"); empty follows the system.')
THEME = Setting("theme", "system", 'The colour scheme: "system" (follow the desktop), "light" or "dark" (View → Theme).')
LAST_STORE = Setting("last_store", "", "The store the window opens on the next start.")
LAST_DOCUMENT = Setting("last_document/{}", "", "Per store id: the document to reopen in that store.")
PAGE_MODE = Setting("page_mode", False, "Show PDFs and EPUBs as their real pages rather than reflowed text.")
UNDERLINE_SUGGESTIONS = Setting("suggestions/underline", True, "Draw suggestions as dotted underlines in the text.")
WINDOW_GEOMETRY = Setting("window/geometry", None, "The main window's size and place (QWidget.saveGeometry).")
WINDOW_STATE = Setting("window/state", None, "Toolbars and docks of the main window (QMainWindow.saveState).")
WINDOW_SPLITTER = Setting("window/splitter", None, "The widths of library, document and side panel.")
LIBRARY_COLUMNS = Setting("library/columns", [0, 3], "The library table's visible columns (Title, Published by default).")
SETTINGS = (
    LIBRARY_COLUMNS, AUTHOR, RECENT_STORES, LANGUAGE, THEME, LAST_STORE, LAST_DOCUMENT, PAGE_MODE, UNDERLINE_SUGGESTIONS,
    WINDOW_GEOMETRY, WINDOW_STATE, WINDOW_SPLITTER,
)


def get(settings: QSettings, setting: Setting, *fields: str) -> Any:
    """The stored value (its default when unset); booleans come back as bool."""
    if isinstance(setting.default, bool):
        return settings.value(setting.name(*fields), setting.default, type=bool)
    return settings.value(setting.name(*fields), setting.default)


def put(settings: QSettings, setting: Setting, value: Any, *fields: str) -> None:
    settings.setValue(setting.name(*fields), value)


def open_settings() -> QSettings:
    path = config_dir() / "claimline.ini"
    return QSettings(str(path), QSettings.Format.IniFormat)


def author(settings: QSettings | None = None, *, explicit: str | None = None) -> str:
    """The name put on new tags, the one source for the window and the command line:
    ``explicit`` (``--author``), else ``$CLAIMLINE_AUTHOR``, else the name the user
    gave in the window, else the login name, else "analyst"."""
    for given in (explicit, os.environ.get("CLAIMLINE_AUTHOR")):
        if given and given.strip():
            return given.strip()
    s = settings or open_settings()
    value = get(s, AUTHOR)
    if isinstance(value, str) and value.strip():
        return value.strip()
    try:
        return getpass.getuser()
    except (KeyError, OSError, ImportError):  # no login name (no passwd entry, no $USER) on some containers
        return "analyst"


def has_author(settings: QSettings) -> bool:
    value = get(settings, AUTHOR)
    return isinstance(value, str) and bool(value.strip())


def recent_stores(settings: QSettings) -> list[str]:
    value = get(settings, RECENT_STORES)
    if isinstance(value, str):
        value = [value]
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def add_recent_store(settings: QSettings, path: Path) -> list[str]:
    key = str(Path(path).resolve())
    items = [key] + [p for p in recent_stores(settings) if p != key]
    put(settings, RECENT_STORES, items[:MAX_RECENT])
    return items[:MAX_RECENT]


def language(settings: QSettings | None = None) -> str:
    """The chosen UI language code ("en", "tr", "ru"); "" means follow the system."""
    s = settings or open_settings()
    value = get(s, LANGUAGE)
    return value.strip().lower() if isinstance(value, str) else ""


def set_language(settings: QSettings, code: str) -> None:
    """Remember the UI language ("" to follow the system); applied on the next start."""
    put(settings, LANGUAGE, code)
    settings.sync()


def theme_choice(settings: QSettings | None = None) -> str:
    """The chosen colour scheme: "system" (the default), "light" or "dark"."""
    s = settings or open_settings()
    value = get(s, THEME)
    return value if value in THEMES else "system"


def set_theme_choice(settings: QSettings, value: str) -> None:
    if value not in THEMES:
        raise ValueError(f"theme must be one of {', '.join(THEMES)}")
    put(settings, THEME, value)
    settings.sync()
