"""The main window's layout: the three columns' minimum widths and first sizes, and
the remembered geometry, docks and column widths.

The library, the document and the side panel share one horizontal splitter.  Each
has a minimum width measured in characters of the window's font (so Russian and
Turkish labels fit as English ones do), and when no layout was saved the columns
start at a share of the window's width: the document gets what the library and the
side panel leave, which is most of it, and every later change of the window's width.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from desktop.settings import WINDOW_GEOMETRY, WINDOW_SPLITTER, WINDOW_STATE, get, put

# Minimum widths, in average characters of the font.
LIBRARY_MIN_CHARS = 26
READING_MIN_CHARS = 40
# The first widths, as shares of the window's width (each at least its minimum).
LIBRARY_SHARE, LIBRARY_MAX = 0.2, 300
SIDE_SHARE, SIDE_MAX = 0.33, 520
DEFAULT_SIZE = (1280, 820)


def set_minimum_widths(library: QWidget, reading: QWidget) -> None:
    """Room for the library's titles and for a readable line of the document."""
    chars = library.fontMetrics().averageCharWidth()
    library.setMinimumWidth(LIBRARY_MIN_CHARS * chars)
    reading.setMinimumWidth(READING_MIN_CHARS * chars)


def first_sizes(splitter: QSplitter, width: int) -> list[int]:
    """The library's, the document's and the side panel's widths for a window ``width`` wide."""
    widgets = [w for i in range(splitter.count()) if (w := splitter.widget(i)) is not None]
    assert len(widgets) == 3, "the library, the document and the side panel"
    library, reading, side = widgets
    usable = width - 2 * splitter.handleWidth()

    def least(widget: QWidget) -> int:
        return max(widget.minimumWidth(), widget.minimumSizeHint().width())

    left = max(least(library), min(LIBRARY_MAX, round(usable * LIBRARY_SHARE)))
    right = max(least(side), min(SIDE_MAX, round(usable * SIDE_SHARE)))
    return [left, max(least(reading), usable - left - right), right]


def restore_geometry(window: QMainWindow, settings: QSettings) -> None:
    """The window's remembered size and docks (a default size the first time)."""
    geometry = get(settings, WINDOW_GEOMETRY)
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        window.restoreGeometry(geometry)
    else:
        window.resize(*DEFAULT_SIZE)
    state = get(settings, WINDOW_STATE)
    if isinstance(state, QByteArray):
        window.restoreState(state)


def restore_columns(window: QMainWindow, splitter: QSplitter, settings: QSettings) -> None:
    """The remembered column widths, else the first sizes for the window's width; call once
    the window has its size (when it is first shown), or the columns would be rescaled."""
    saved = get(settings, WINDOW_SPLITTER)
    if not (isinstance(saved, QByteArray) and splitter.restoreState(saved)):
        splitter.setSizes(first_sizes(splitter, window.width()))


def save_layout(window: QMainWindow, splitter: QSplitter, settings: QSettings) -> None:
    put(settings, WINDOW_GEOMETRY, window.saveGeometry())
    put(settings, WINDOW_STATE, window.saveState())
    put(settings, WINDOW_SPLITTER, splitter.saveState())
    settings.sync()
