"""What the window does when its store is damaged or read-only (issue 13).

- :func:`ask_after_damage` shows one dialog for a damaged store (it failed
  ``quick_check`` or raised a corruption error) offering to open its newest
  backup (the ``.bak`` files Claimline writes beside a store before a
  migration or a merge) or another store; the damaged file is never written
  again in this process (see :mod:`desktop.store.db`).
- :func:`show_store_state` says in the status bar that a store
  opened read-only (file or folder permissions) cannot be edited.
- :func:`install_exception_hook` turns an ``sqlite3.DatabaseError`` or a
  refused write that escapes a slot into that dialog or a status message
  instead of a traceback.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QWidget

from desktop import APP_NAME
from desktop.store import StoreDamaged, StoreError, is_corruption
from desktop.store.db import mark_damaged

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


# lupdate reads the context from each literal call: translate("StoreErrors", "…").
translate = QCoreApplication.translate


def backups_of(path: Path) -> list[Path]:
    """The backups Claimline wrote beside ``path``, newest first."""
    found = [p for p in path.parent.glob(f"{path.name}.*.bak") if p.is_file()]
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def ask_after_damage(parent: QWidget | None, path: Path, reason: str) -> Path | None:
    """The dialog for a damaged store: the store to open instead, or None (none chosen)."""
    text = translate("StoreErrors", "The store {0} is damaged; nothing more is written to it.")
    text = text.format(path.name)
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, text, parent=parent)
    box.setObjectName("storeDamaged")
    more = translate("StoreErrors", "SQLite says: {0}\nOpen a backup or another store.")
    box.setInformativeText(more.format(reason))
    box.setDetailedText(str(path))
    backups = backups_of(path)
    backup_button = None
    if backups:
        label = translate("StoreErrors", "Open backup {0}").format(backups[0].name)
        backup_button = box.addButton(label, QMessageBox.ButtonRole.AcceptRole)
    other_button = box.addButton(translate("StoreErrors", "Open another store…"),
                                 QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    clicked = box.clickedButton()
    if backup_button is not None and clicked is backup_button:
        return backups[0]
    if clicked is other_button:
        chosen, _ = QFileDialog.getOpenFileName(
            parent, translate("StoreErrors", "Open store"), str(path.parent),
            translate("StoreErrors", "Claimline stores (*.claimline *.sqlite *.db *.bak);;All files (*)"),
        )
        return Path(chosen) if chosen else None
    return None


def store_label(window: MainWindow) -> str:
    """The store's file name for the window title, marked when the store is read-only."""
    name = window.store.path.name
    if window.store.readonly_reason is None:
        return name
    return translate("StoreErrors", "{name} (read-only)").format(name=name)


def show_store_state(window: MainWindow) -> None:
    """The status bar says (permanently) when the window's store is read-only."""
    label = window.findChild(QLabel, "storeReadOnly")
    reason = window.store.readonly_reason
    if reason is None:
        if label is not None:
            label.hide()
        return
    if label is None:
        label = QLabel(window)
        label.setObjectName("storeReadOnly")
        window.statusBar().addPermanentWidget(label)
    label.setText(translate("StoreErrors", "Read-only: edits are disabled"))
    label.setToolTip(reason)
    label.show()
    window.statusBar().showMessage(reason, 10000)


def install_exception_hook(window_of: Callable[[], MainWindow | None]) -> None:
    """Store errors escaping a slot: a dialog (damage) or a status message (refused write)."""
    previous = sys.excepthook

    def hook(kind, exc, tb) -> None:
        window = window_of()
        if window is None or not isinstance(exc, (sqlite3.DatabaseError, StoreError)):
            previous(kind, exc, tb)
            return
        path = window.store.path
        if isinstance(exc, StoreDamaged) or is_corruption(exc):
            reason = exc.reason if isinstance(exc, StoreDamaged) else " ".join(str(exc).split())
            mark_damaged(path, reason)
            chosen = ask_after_damage(window, path, reason)
            if chosen is not None:
                window.stores.switch_store(chosen, create=False)
        else:
            window.statusBar().showMessage(str(exc), 10000)

    sys.excepthook = hook


__all__ = ["ask_after_damage", "backups_of", "install_exception_hook", "show_store_state"]
