"""Tabs tall enough for accents and descenders on every tab, selected or not.

Fusion draws an unselected tab two pixels lower than the selected one inside a
tab sized to the font's height, so the dots of "Ö" ("Öneriler") and the tail
of "g" ("Belge") were clipped.  :class:`RoomyTabs` gives each tab four more
pixels of height; everything else is the application's style.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QTabWidget, QWidget

EXTRA_HEIGHT = 4
_shared: RoomyTabs | None = None


class RoomyTabs(QProxyStyle):
    def sizeFromContents(self, kind: QStyle.ContentsType, option: QStyleOption, size: QSize,
                         widget: QWidget | None = None) -> QSize:
        out = super().sizeFromContents(kind, option, size, widget)
        if kind == QStyle.ContentsType.CT_TabBarTab:
            out.setHeight(out.height() + EXTRA_HEIGHT)
        return out


def roomy_tabs(tabs: QTabWidget) -> None:
    """Give ``tabs`` room for accents above and descenders below on unselected tabs."""
    global _shared
    if _shared is None:
        _shared = RoomyTabs()  # follows the application's style, also after it changes
        _shared.setParent(QApplication.instance())  # outlives every tab bar, dies with the application
    tabs.tabBar().setStyle(_shared)


def roomy_tab_widget(parent: QWidget | None = None) -> QTabWidget:
    """A QTabWidget with :func:`roomy_tabs`."""
    tabs = QTabWidget(parent)
    roomy_tabs(tabs)
    return tabs
