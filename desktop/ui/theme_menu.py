"""The "Theme" submenu: the system's colour scheme, light or dark.

The choice is saved in the ``theme`` setting and applies at once; "System"
follows the desktop, also when it switches while Claimline runs.

Signals:
    themeChosen(str): "system", "light" or "dark".
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from desktop.settings import set_theme_choice, theme_choice
from desktop.ui import theme
from desktop.ui.language_menu import add_choices


class ThemeMenu(QMenu):
    themeChosen = Signal(str)

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("&Theme"), parent)
        self.settings = settings
        entries = [("system", self.tr("&System")), ("light", self.tr("&Light")), ("dark", self.tr("&Dark"))]
        self.group, self.actions_by_choice = add_choices(self, entries, theme_choice(settings), self.choose)

    def choose(self, choice: str) -> None:
        """Save ``choice`` and apply it now."""
        set_theme_choice(self.settings, choice)
        self.actions_by_choice[choice].setChecked(True)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply_choice(app, choice)
        self.themeChosen.emit(choice)
