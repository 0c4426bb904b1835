"""A Qt GUI application for drawing without a window (the command line's exports).

QtGui paints (timeline PNG/SVG, the report's timeline figure) only inside a
QGuiApplication.  The window has its QApplication already; the command line
calls :func:`ensure_gui_application` before it draws.  Drawing modules such as
:mod:`desktop.timeline.render` never make one themselves.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

_app: QCoreApplication | None = None


def ensure_gui_application() -> QCoreApplication:
    """The process's Qt application; a QGuiApplication (offscreen without a display) when none."""
    global _app
    existing = QGuiApplication.instance()
    if existing is not None:
        return existing
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication([])
    return _app


__all__ = ["ensure_gui_application"]
