"""Light and dark palettes that follow the system (or View → Theme), and tag colours for each."""

from __future__ import annotations

from PySide6.QtCore import QDir, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from desktop.paths import resource_root


def stylesheet(dark: bool) -> str:
    """resources/styles/light.qss or dark.qss ("" when missing, e.g. a broken install)."""
    folder = resource_root() / "resources" / "styles"
    QDir.addSearchPath("styles", str(folder))  # url(styles:…) in the sheets: their images
    path = folder / ("dark.qss" if dark else "light.qss")
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply_theme(app: QApplication, dark: bool | None = None) -> None:
    """Follow the system's light or dark scheme (Fusion + palette); ``dark`` forces one."""
    if dark is None:
        dark = system_is_dark()
    if dark:
        app.setPalette(dark_palette())
    else:
        app.setPalette(app.style().standardPalette())
    app.setStyleSheet(stylesheet(dark))


def apply_choice(app: QApplication, choice: str) -> None:
    """Apply a View → Theme choice: "system", "light" or "dark"."""
    apply_theme(app, None if choice == "system" else choice == "dark")


def is_dark() -> bool:
    app = QGuiApplication.instance()
    if app is None:
        return False
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def dark_palette() -> QPalette:
    """The dark scheme: every role of every colour group is set (the Disabled group
    and the bevel roles included, or Qt's light defaults show through: white
    disabled fields, invisible check box outlines)."""
    p = QPalette()
    R = QPalette.ColorRole
    window, base, text = QColor("#202327"), QColor("#17191c"), QColor("#e6e6e6")
    common = {
        R.Window: window, R.WindowText: text, R.Base: base, R.AlternateBase: QColor("#24282d"),
        R.Text: text, R.Button: QColor("#2a2e33"), R.ButtonText: text, R.BrightText: QColor("#ffffff"),
        R.Highlight: QColor("#3d6ea8"), R.HighlightedText: QColor("#ffffff"),
        R.ToolTipBase: QColor("#2a2e33"), R.ToolTipText: text, R.PlaceholderText: QColor("#8a8f96"),
        R.Link: QColor("#7fb0ff"), R.LinkVisited: QColor("#b39ddb"),
        # Bevels and outlines (Fusion draws frames and check boxes with these).
        R.Light: QColor("#4a4f57"), R.Midlight: QColor("#3a3f46"), R.Mid: QColor("#30343a"),
        R.Dark: QColor("#101214"), R.Shadow: QColor("#000000"),
    }
    disabled = dict(common)
    muted = QColor("#6b7078")
    disabled.update({
        R.WindowText: muted, R.Text: muted, R.ButtonText: muted, R.PlaceholderText: QColor("#50555c"),
        R.Base: window, R.Button: QColor("#25282c"), R.Highlight: QColor("#2f3a48"),
        R.HighlightedText: QColor("#9aa0a8"), R.Link: muted,
    })
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
        for role, colour in (disabled if group == QPalette.ColorGroup.Disabled else common).items():
            p.setColor(group, role, colour)
    return p


def highlight_colour(hex_colour: str, dark: bool) -> QColor:
    """A translucent fill of a kind's colour that keeps the text legible."""
    c = QColor(hex_colour)
    c.setAlpha(120 if dark else 110)
    return c


def strong_colour(hex_colour: str, dark: bool) -> QColor:
    """The kind's colour for underlines and swatches."""
    c = QColor(hex_colour)
    return c.lighter(115) if dark else c.darker(115)


def kind_icon(colour: str, size: int = 16) -> QIcon:
    """A kind's colour swatch.  Disabled (nothing selected to tag), it stays a filled
    swatch, only faded: Qt's default greys it into an empty box that reads as a checkbox."""
    icon = QIcon()
    for mode, alpha in ((QIcon.Mode.Normal, 255), (QIcon.Mode.Disabled, 90)):
        pix = QPixmap(size, size)
        pix.fill(Qt.GlobalColor.transparent)
        p = QPainter(pix)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill, edge = QColor(colour), QColor(colour).darker(130)
        fill.setAlpha(alpha)
        edge.setAlpha(alpha)
        p.setBrush(fill)
        p.setPen(edge if mode == QIcon.Mode.Normal else Qt.PenStyle.NoPen)
        p.drawRoundedRect(2, 2, size - 4, size - 4, 3, 3)
        p.end()
        icon.addPixmap(pix, mode)
    return icon
