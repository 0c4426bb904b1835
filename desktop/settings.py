"""Persistent settings (author name, recent stores, window layout, language) in one INI file.

Uses QtCore's QSettings only (never QtWidgets), so the command line can read the
author name the GUI asked for.  The file lives in :func:`desktop.paths.config_dir`.
"""

from __future__ import annotations

import getpass
import os
from pathlib import Path

from PySide6.QtCore import QSettings

from desktop.paths import config_dir

MAX_RECENT = 8


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
    value = s.value("author", "")
    if isinstance(value, str) and value.strip():
        return value.strip()
    try:
        return getpass.getuser()
    except (KeyError, OSError, ImportError):  # no login name (no passwd entry, no $USER) on some containers
        return "analyst"


def has_author(settings: QSettings) -> bool:
    value = settings.value("author", "")
    return isinstance(value, str) and bool(value.strip())


def recent_stores(settings: QSettings) -> list[str]:
    value = settings.value("recent_stores", [])
    if isinstance(value, str):
        value = [value]
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def add_recent_store(settings: QSettings, path: Path) -> list[str]:
    key = str(Path(path).resolve())
    items = [key] + [p for p in recent_stores(settings) if p != key]
    settings.setValue("recent_stores", items[:MAX_RECENT])
    return items[:MAX_RECENT]


def language(settings: QSettings | None = None) -> str:
    """The chosen UI language code ("en", "tr", "ru"); "" means follow the system."""
    s = settings or open_settings()
    value = s.value("language", "")
    return value.strip().lower() if isinstance(value, str) else ""


def set_language(settings: QSettings, code: str) -> None:
    """Remember the UI language ("" to follow the system); applied on the next start."""
    settings.setValue("language", code)
    settings.sync()
