"""The "Language" submenu: English, Türkçe, Русский, or the system's language.

The choice is saved in the ``language`` setting and applies on the next start (the
window builds its strings once); a note says so, in the language just chosen.

Signals:
    languageChosen(str): the saved code; "" means "follow the system".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from desktop import APP_NAME
from desktop.i18n import LANGUAGES, installed_language, load_translator, system_language
from desktop.settings import language, set_language

SOURCE_NOTE = "The language will change when you restart {0}."


def add_choices(
    menu: QMenu, entries: list[tuple[str, str]], current: str, choose: Callable[[str], None]
) -> tuple[QActionGroup, dict[str, QAction]]:
    """One checkable action per ``(value, label)``, exclusive, ``current`` checked; the
    first entry (the system's own setting) is set apart by a separator."""
    group = QActionGroup(menu)
    group.setExclusive(True)
    actions: dict[str, QAction] = {}
    for i, (value, label) in enumerate(entries):
        action = QAction(label, menu)
        action.setCheckable(True)
        action.setData(value)
        action.setChecked(value == current)
        action.triggered.connect(lambda _checked=False, v=value: choose(v))
        group.addAction(action)
        menu.addAction(action)
        actions[value] = action
        if i == 0:
            menu.addSeparator()
    return group, actions


class LanguageMenu(QMenu):
    languageChosen = Signal(str)

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("&Language"), parent)
        self.settings = settings
        self.notice: QMessageBox | None = None
        current = language(settings)
        system_name = LANGUAGES[system_language()]
        entries = [("", self.tr("System default ({0})").format(system_name))]
        entries += list(LANGUAGES.items())
        self.group, self.actions_by_code = add_choices(self, entries, current if current in LANGUAGES else "", self.choose)

    def choose(self, code: str) -> None:
        """Save ``code`` ("" for the system's language) and tell when it applies."""
        previous = language(self.settings)
        set_language(self.settings, code)
        self.actions_by_code[code].setChecked(True)
        self.languageChosen.emit(code)
        target = code or system_language()
        if code == previous or target == installed_language():
            return
        self.notice = QMessageBox(
            QMessageBox.Icon.Information, APP_NAME, self.restart_note(target), parent=self.parentWidget()
        )
        self.notice.open()  # not modal-blocking: the user goes on working

    def restart_note(self, target: str) -> str:
        """The restart note in the current language, and in the new one when it differs."""
        here = self.tr("The language will change when you restart {0}.").format(APP_NAME)
        translator = load_translator(target)
        there = translator.translate("LanguageMenu", SOURCE_NOTE) if translator else SOURCE_NOTE
        there = (there or SOURCE_NOTE).format(APP_NAME)
        return here if there == here else f"{here}\n\n{there}"
