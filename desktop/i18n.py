"""Translations: which language the UI speaks and the QTranslators that make it so.

The choice is ``$CLAIMLINE_LANGUAGE`` (tests, one-off runs), else the ``language``
setting (desktop.settings); empty means "follow the system locale".  Languages without a translation fall back to English (the source
strings).  QtCore only: no widgets here.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from desktop.paths import resource_root

# Code → name in that language (shown as is in every UI language).
LANGUAGES: dict[str, str] = {"en": "English", "tr": "Türkçe", "ru": "Русский"}
SOURCE_LANGUAGE = "en"

_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return resource_root() / "resources" / "translations"


def supported(code: str) -> bool:
    return code in LANGUAGES


def system_language(locale: QLocale | None = None) -> str:
    """The system locale's language when Claimline speaks it, else English."""
    loc = locale or QLocale.system()
    for name in [loc.name(), *loc.uiLanguages()]:
        code = name.replace("-", "_").split("_")[0].lower()
        if supported(code):
            return code
    return SOURCE_LANGUAGE


def chosen_language(settings: QSettings | None = None) -> str:
    """$CLAIMLINE_LANGUAGE, else the language setting, else the system's language.

    A code Claimline does not speak counts as unset.
    """
    from desktop.settings import language

    for code in (os.environ.get("CLAIMLINE_LANGUAGE", "").strip().lower(), language(settings)):
        if supported(code):
            return code
    return system_language()


def qm_path(code: str) -> Path:
    return translations_dir() / f"claimline_{code}.qm"


def load_translator(code: str) -> QTranslator | None:
    """Claimline's own translator for ``code`` (None for English or a missing file)."""
    if code == SOURCE_LANGUAGE or not supported(code):
        return None
    translator = QTranslator()
    if not translator.load(str(qm_path(code))):
        return None
    return translator


def install(code: str, app: QCoreApplication | None = None) -> list[QTranslator]:
    """Replace the installed translators by those for ``code``; returns them.

    Loads Claimline's catalogue and Qt's own (standard buttons and dialogs).  An
    unknown code, or a catalogue that is missing, leaves the UI in English.
    """
    app = app or QCoreApplication.instance()
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    if app is None:
        return []
    own = load_translator(code)
    if own is None:
        return []
    qt = QTranslator()
    found = [own]
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{code}", qt_dir):
        found.append(qt)
    for translator in found:
        QCoreApplication.installTranslator(translator)
    _installed.extend(found)
    return list(found)


def installed_language() -> str:
    """The language the installed translators speak (English when none)."""
    for translator in _installed:
        code = translator.language().replace("-", "_").split("_")[0].lower()
        if supported(code):
            return code
    return SOURCE_LANGUAGE


def QT_TRANSLATE_NOOP(context: str, message: str) -> str:  # noqa: N802 (lupdate finds the marks by this name)
    """Marks ``message`` for lupdate in ``context`` and returns it untranslated, as Qt's
    own does; typed (PySide6's stub says it returns ``object``), so that the marked
    strings of a table can go straight to ``tr()``/``translate()`` later."""
    return message
