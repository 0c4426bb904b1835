"""The Timeline view: every dated event of the library on a zoomable time axis.

The view draws what :mod:`desktop.timeline` builds from the store; it never
writes and never speaks SQL.  The window hands it a :class:`Timeline` and, for
live updates, a function that turns one changed tag into its timeline item.
"""

from __future__ import annotations

import datetime as _dt
import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAction, QHelpEvent, QKeyEvent, QMouseEvent, QNativeGestureEvent, QPainter, QTransform, QWheelEvent,
)
from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QGraphicsView, QGestureEvent, QInputDialog, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QMenu, QPinchGesture, QPushButton, QSizePolicy, QSplitter, QToolButton, QToolTip, QVBoxLayout,
    QWidget,
)

from desktop.i18n import QT_TRANSLATE_NOOP, installed_language
from desktop.ui.flow_layout import FlowLayout
from desktop.model import Annotation
from desktop.timeline.events import (
    LANE_MODES,
    NO_ACTOR,
    Event,
    Filters,
    Timeline,
    UndatedTag,
    apply_filters,
    short_title,
)
from desktop.timeline.render import (
    AXIS_H,
    DARK_INK,
    HEADER_W,
    LIGHT_INK,
    Bar,
    LaneBox,
    TimelineLayout,
    TimelineWords,
    export_png,
    export_svg,
    label_reserve,
    layout_timeline,
    open_margin,
    paint_axis,
    paint_lane_headers,
)
from desktop.ui.localised import date_text, date_words
from desktop.ui.timeline_scene import TimelineScene, build_scene
from desktop.ui.roles import DOC_ID_ROLE, ITEM_ROLE, TAG_ID_ROLE

MAX_PX_PER_DAY = 400.0  # a day at most this wide: the deepest zoom
MIN_SPAN_DAYS = 7  # fit-all never zooms closer than a week
ZOOM_STEP = 1.25
ItemFor = Callable[[Annotation], "Event | UndatedTag | None"]
# desktop.timeline.events.NO_ACTOR, marked for lupdate (shown through self.tr()).
NO_ACTOR_TEXT = QT_TRANSLATE_NOOP("TimelineView", "(no actor)")


def ink_for(widget: QWidget):
    """Dark ink on a dark palette (the window follows the system's colour scheme)."""
    return DARK_INK if widget.palette().color(widget.backgroundRole()).lightness() < 128 else LIGHT_INK


def tooltip_html(e: Event) -> str:
    """Title, date as written (and normalised), document, quote, actors, place, figures."""
    esc = html.escape
    date = date_text({"start": e.start, "end": e.end, "precision": e.precision, "open": e.open})  # "before 1492", in the UI's language
    written = QCoreApplication.translate("TimelineView", "{0} — written “{1}”").format(esc(date), esc(e.written))
    rows = [f"<b>{esc(e.label)}</b>"]
    if e.title != e.label:
        rows.append(esc(e.title))
    rows += [written, f"<i>{esc(e.document_title)}</i>"]
    if e.participant_names:
        actors = esc(", ".join(e.participant_names))
        rows.append(QCoreApplication.translate("TimelineView", "Actors: {0}").format(actors))
    if e.place:
        rows.append(QCoreApplication.translate("TimelineView", "Place: {0}").format(esc(e.place)))
    if e.figures:
        rows.append(QCoreApplication.translate("TimelineView", "Figures: {0}").format(esc("; ".join(e.figures))))
    return "<br>".join(rows)


class TimelineCanvas(QGraphicsView):
    """The time axis itself: zoom, pan, click, hover; sticky axis and lane headers.

    Signals:
        event_clicked(str, str): document id and tag id of the clicked event.
        header_menu_requested(str, QPoint): lane key and global position.
    """

    event_clicked = Signal(str, str)
    header_menu_requested = Signal(str, QPoint)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timelineCanvas")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        # The axis and lane headers are painted over the viewport: scrolling must
        # repaint it whole rather than shift pixels.
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setMouseTracking(True)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self.layout_: TimelineLayout | None = None
        self.ppd = 1.0  # pixels per day
        self._press: QPointF | None = None
        self._fitted = False

    # -- content ---------------------------------------------------------------

    def set_layout(self, layout: TimelineLayout, scene: TimelineScene, keep_view: bool) -> None:
        centre = self.visible_days() if keep_view and self.layout_ is not None else None
        # A view showing everything keeps showing everything when events come or go.
        showing_all = self.layout_ is None or self.ppd <= self.min_ppd() * 1.001 + 1e-9
        old = self.scene()
        self.layout_ = layout
        self.setScene(scene)
        if old is not None:
            old.deleteLater()
        if centre is None or not self._fitted or showing_all:
            self.fit_all()
        else:
            self.show_days(*centre)

    def timeline_scene(self) -> TimelineScene | None:
        scene = self.scene()
        return scene if isinstance(scene, TimelineScene) else None

    # -- geometry ----------------------------------------------------------------

    def axis_width(self) -> float:
        return max(self.viewport().width() - HEADER_W, 40)

    def min_ppd(self) -> float:
        if self.layout_ is None:
            return 0.001
        span = max(self.layout_.day1 - self.layout_.day0, MIN_SPAN_DAYS)
        room = max(self.axis_width() - label_reserve(self.axis_width()) - self.open_margin(), 1.0)
        return min(room / span, MAX_PX_PER_DAY)

    def open_margin(self) -> float:
        """Room left of the first day for the tail of an event open at its start (:func:`render.open_margin`)."""
        return 0.0 if self.layout_ is None else open_margin(self.layout_)

    def _apply(self, ppd: float, left_day: float, top: float | None = None) -> None:
        """Zoom to ``ppd`` with ``left_day`` at the left edge of the time axis."""
        assert self.layout_ is not None
        self.ppd = max(self.min_ppd() * 0.999, min(ppd, MAX_PX_PER_DAY))
        span = self.layout_.day1 - self.layout_.day0
        pad = (HEADER_W + self.open_margin()) / self.ppd
        scene = self.scene()
        if scene is not None:  # with room at the right for the last events' labels
            scene.setSceneRect(QRectF(-pad, 0, span + pad + label_reserve(self.axis_width()) / self.ppd,
                                      max(self.layout_.height, 1)))
        self.setTransform(QTransform.fromScale(self.ppd, 1.0))
        # The scroll value is the device x of the viewport's left edge.
        x = (left_day - self.layout_.day0) * self.ppd - HEADER_W
        self.horizontalScrollBar().setValue(round(x))
        if top is not None:
            self.verticalScrollBar().setValue(round(top))
        self.viewport().update()

    def visible_days(self) -> tuple[float, float]:
        """Ordinal days at the left and right edges of the time axis."""
        if self.layout_ is None:
            return (0.0, 1.0)
        left = self.mapToScene(QPoint(HEADER_W, 0)).x() + self.layout_.day0
        right = self.mapToScene(QPoint(self.viewport().width(), 0)).x() + self.layout_.day0
        return left, right

    def show_days(self, first: float, last: float) -> None:
        self._apply(self.axis_width() / max(last - first, 1e-3), first, self.verticalScrollBar().value())

    def fit_all(self) -> None:
        if self.layout_ is None:
            return
        self._fitted = True
        self._apply(self.min_ppd(), self.layout_.day0 - self.open_margin() / self.min_ppd(), 0)

    def zoom_by(self, factor: float, anchor_x: float | None = None) -> None:
        """Zoom by ``factor`` keeping the day under viewport x ``anchor_x`` in place."""
        if self.layout_ is None:
            return
        if anchor_x is None or anchor_x < HEADER_W:
            anchor_x = HEADER_W + self.axis_width() / 2
        day = self.mapToScene(QPoint(int(anchor_x), 0)).x() + self.layout_.day0
        new = max(self.min_ppd(), min(self.ppd * factor, MAX_PX_PER_DAY))
        left = day - (anchor_x - HEADER_W) / new
        self._apply(new, left, self.verticalScrollBar().value())

    def zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP)

    def lane_at(self, viewport_y: float) -> LaneBox | None:
        if self.layout_ is None or viewport_y < AXIS_H:
            return None
        y = self.mapToScene(QPoint(0, int(viewport_y))).y()
        for box in self.layout_.lanes:
            if box.y <= y < box.y + box.height:
                return box
        return None

    def bar_at(self, pos: QPoint) -> Bar | None:
        """The event drawn under a viewport point (its shape or its label), if any."""
        scene = self.timeline_scene()
        if scene is None or pos.x() < HEADER_W or pos.y() < AXIS_H:
            return None
        p = self.mapToScene(pos)
        return scene.hit(p.x(), p.y(), self.ppd)

    def event_at(self, pos: QPoint) -> tuple[str, str] | None:
        """(document id, tag id) of the event under a viewport point, if any."""
        bar = self.bar_at(pos)
        return (bar.event.document_id, bar.event.tag_id) if bar is not None else None

    def bar_rect(self, bar: Bar) -> QRectF:
        """Where a bar is drawn in the viewport (a one-day marker: its diamond)."""
        assert self.layout_ is not None
        x0 = self.mapFromScene(QPointF(bar.x0 - self.layout_.day0, bar.y)).x()
        x1 = self.mapFromScene(QPointF(bar.x1 - self.layout_.day0, bar.y)).x()
        y = self.mapFromScene(QPointF(0, bar.y)).y()
        if bar.event.shape == "point":
            cx = (x0 + x1) / 2
            return QRectF(cx - 6, y + 1, 12, 12)
        return QRectF(x0, y, max(x1 - x0, 3), 14)

    # -- painting ------------------------------------------------------------------

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        if self.layout_ is None:
            return
        layout = self.layout_
        painter.save()
        painter.resetTransform()
        width, height = self.viewport().width(), self.viewport().height()
        day0, day1 = self.visible_days()

        def x_of(day: float) -> float:
            return self.mapFromScene(QPointF(day - layout.day0, 0)).x()

        def y_of(y: float) -> float:
            return self.mapFromScene(QPointF(0, y)).y()

        ink = ink_for(self)
        paint_axis(painter, x_of, day0, day1, self.ppd, HEADER_W, width - HEADER_W, AXIS_H, ink, layout.words)
        paint_lane_headers(painter, layout.lanes, y_of, AXIS_H, height, ink)
        painter.fillRect(QRectF(0, 0, HEADER_W, AXIS_H), self.palette().window())
        painter.drawText(QRectF(8, 0, HEADER_W - 8, AXIS_H), int(Qt.AlignmentFlag.AlignVCenter),
                         {"actor": self.tr("Actors"), "document": self.tr("Documents"),
                          "kind": self.tr("Kinds")}.get(layout.lane_mode, ""))
        painter.restore()

    # -- input ---------------------------------------------------------------------

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta().y() or event.angleDelta().x()
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            super().wheelEvent(event)  # Shift+wheel scrolls the lanes
            return
        if delta:
            self.zoom_by(ZOOM_STEP ** (delta / 120), event.position().x())
        event.accept()

    def viewportEvent(self, event: QEvent) -> bool:
        kind = event.type()
        if isinstance(event, QNativeGestureEvent) and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
            self.zoom_by(1 + event.value(), self.mapFromGlobal(event.globalPosition().toPoint()).x())
            return True
        if kind == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture) if isinstance(event, QGestureEvent) else None
            if isinstance(pinch, QPinchGesture):
                centre = self.viewport().mapFromGlobal(pinch.centerPoint().toPoint())
                self.zoom_by(pinch.scaleFactor(), centre.x())
                event.accept()
                return True
        if kind == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            bar = self.bar_at(event.pos())
            box = self.lane_at(event.pos().y()) if event.pos().x() < HEADER_W else None
            if bar is not None:
                QToolTip.showText(event.globalPos(), tooltip_html(bar.event), self.viewport())
            elif box is not None:  # the header cuts long names: hovering shows the whole one
                QToolTip.showText(event.globalPos(), self.tr("{0} — events: {1}").format(box.label, box.count),
                                  self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_out()
        elif key in (Qt.Key.Key_0, Qt.Key.Key_F, Qt.Key.Key_Home):
            self.fit_all()
        elif key == Qt.Key.Key_Left:
            h.setValue(h.value() - max(int(self.axis_width() / 10), 1))
        elif key == Qt.Key.Key_Right:
            h.setValue(h.value() + max(int(self.axis_width() / 10), 1))
        elif key == Qt.Key.Key_Up:
            v.setValue(v.value() - 40)
        elif key == Qt.Key.Key_Down:
            v.setValue(v.value() + 40)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position()
        if event.button() == Qt.MouseButton.RightButton and event.position().x() < HEADER_W:
            box = self.lane_at(event.position().y())
            if box is not None:
                self.header_menu_requested.emit(box.key, event.globalPosition().toPoint())
                event.accept()
                return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            return
        if (event.position() - press).manhattanLength() > 4:
            return  # a drag: it panned
        hit = self.event_at(event.position().toPoint())
        if hit is not None:
            self.event_clicked.emit(hit[0], hit[1])

    def resizeEvent(self, event) -> None:
        days = self.visible_days() if self.layout_ is not None else None
        super().resizeEvent(event)
        if self.layout_ is None:
            return
        if self._fitted and days is not None and self.ppd <= self.min_ppd() * 1.001 + 1e-9:
            self.fit_all()


class TimelineView(QWidget):
    """Timeline tab: filter bar, zoomable lanes of events, and the Undated list.

    Signals:
        tag_activated(str, str): document id and tag id the user chose (click on an
            event or an undated entry); the window opens the passage.
    """

    tag_activated = Signal(str, str)
    published_entered = Signal(str, str)

    def __init__(self, item_for: ItemFor | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timelineView")
        self._item_for = item_for
        self._timeline = Timeline()
        self._filters = Filters()
        self._lane_mode = "actor"
        self._lane_order: dict[str, list[str]] = {m: [] for m in LANE_MODES}
        self._hidden: dict[str, set[str]] = {m: set() for m in LANE_MODES}
        self._kind_labels: dict[str, str] = {}
        self._highlighted: str | None = None
        self._filling = False

        self.canvas = TimelineCanvas(self)
        self.lanes_combo = QComboBox(self)
        for mode, label in (("actor", QT_TRANSLATE_NOOP("TimelineView", "Lanes: actor")),
                            ("document", QT_TRANSLATE_NOOP("TimelineView", "Lanes: document")),
                            ("kind", QT_TRANSLATE_NOOP("TimelineView", "Lanes: kind"))):
            self.lanes_combo.addItem(self.tr(label), mode)
        # A push button draws its menu arrow beside the text (a tool button's covers it).
        self.lanes_button = QPushButton(self.tr("Lanes"), self)
        self.lanes_button.setAutoDefault(False)
        self.lanes_menu = QMenu(self)
        self.lanes_button.setMenu(self.lanes_menu)
        self.lanes_menu.aboutToShow.connect(self._fill_lanes_menu)
        buttons = []
        for text, tip, slot in (
            ("−", QT_TRANSLATE_NOOP("TimelineView", "Zoom out (-)"), self.canvas.zoom_out),
            ("+", QT_TRANSLATE_NOOP("TimelineView", "Zoom in (+)"), self.canvas.zoom_in),
            (QT_TRANSLATE_NOOP("TimelineView", "Fit all"),
             QT_TRANSLATE_NOOP("TimelineView", "Show the whole timeline (0)"), self.canvas.fit_all),
            ("PNG…", QT_TRANSLATE_NOOP("TimelineView", "Export the visible timeline as PNG"), self.choose_export_png),
            ("SVG…", QT_TRANSLATE_NOOP("TimelineView", "Export the visible timeline as SVG"), self.choose_export_svg),
        ):
            b = QToolButton(self)
            b.setText(self.tr(text))
            b.setToolTip(self.tr(tip))
            b.clicked.connect(slot)
            buttons.append(b)
        self.zoom_out_button, self.zoom_in_button, self.fit_button, self.png_button, self.svg_button = buttons

        self.actor_filter = QComboBox(self)
        self.kind_filter = QComboBox(self)
        self.document_filter = QComboBox(self)
        self.author_filter = QComboBox(self)
        for combo, tip in ((self.actor_filter, QT_TRANSLATE_NOOP("TimelineView", "Only this actor")),
                           (self.kind_filter, QT_TRANSLATE_NOOP("TimelineView", "Only this kind")),
                           (self.document_filter, QT_TRANSLATE_NOOP("TimelineView", "Only this document")),
                           (self.author_filter, QT_TRANSLATE_NOOP("TimelineView", "Only this author"))):
            combo.setToolTip(self.tr(tip))
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMaximumWidth(200)
            combo.currentIndexChanged.connect(self._filters_edited)
        self.since_edit = QLineEdit(self)
        self.since_edit.setPlaceholderText(self.tr("from YYYY-MM-DD"))
        self.until_edit = QLineEdit(self)
        self.until_edit.setPlaceholderText(self.tr("until YYYY-MM-DD"))
        self.text_filter = QLineEdit(self)
        self.text_filter.setPlaceholderText(self.tr("Search events…"))
        self.text_filter.setClearButtonEnabled(True)
        for edit in (self.since_edit, self.until_edit, self.text_filter):
            # wide enough for its hint in every language ("по ГГГГ-ММ-ДД")
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 24)
        for edit in (self.since_edit, self.until_edit):
            edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        for edit in (self.since_edit, self.until_edit, self.text_filter):
            edit.textChanged.connect(self._filters_edited)
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear_filters)
        self.filter_label = QLabel(self)
        self.filter_label.setObjectName("timelineFilterState")

        self.undated_label = QLabel(self)
        self.undated_list = QListWidget(self)
        self.undated_list.setObjectName("timelineUndated")
        self.undated_list.setWordWrap(True)
        self.undated_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.undated_list.setSpacing(3)
        self.undated_list.itemActivated.connect(self._undated_chosen)
        self.undated_list.itemClicked.connect(self._undated_chosen)
        self.undated_list.currentItemChanged.connect(lambda *_: self._update_published_button())
        self.published_button = QPushButton(self.tr("Set publication date…"), self)
        self.published_button.setToolTip(self.tr(
            "Relative dates such as “last year” are placed from the document's publication date"))
        self.published_button.clicked.connect(self.ask_published)
        side = QWidget(self)
        side_box = QVBoxLayout(side)
        side_box.setContentsMargins(4, 0, 0, 0)
        side_box.addWidget(self.undated_label)
        side_box.addWidget(self.undated_list)
        side_box.addWidget(self.published_button)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.canvas)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([800, 220])

        # The bars wrap onto a second row when the dock is narrow (Russian, 1024 px).
        top = FlowLayout()
        for w in (self.lanes_combo, self.lanes_button, *buttons):
            top.addWidget(w)
        filters = FlowLayout()
        for w in (self.actor_filter, self.kind_filter, self.document_filter, self.author_filter,
                  self.since_edit, self.until_edit, self.text_filter, self.clear_button):
            filters.addWidget(w)
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 6)
        box.addLayout(top)
        box.addLayout(filters)
        box.addWidget(self.filter_label)
        box.addWidget(self.splitter, 1)

        self.lanes_combo.currentIndexChanged.connect(
            lambda _: self.set_lane_mode(self.lanes_combo.currentData()))
        self.canvas.event_clicked.connect(self._event_clicked)
        self.canvas.header_menu_requested.connect(self._header_menu)
        self._rebuild(keep_view=False)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # The scene's ink (label and axis colours) is chosen when it is built: a
        # system switch between light and dark while running needs a new one.
        if event.type() == QEvent.Type.PaletteChange and (scene := self.canvas.timeline_scene()) is not None:
            if scene.ink is not ink_for(self):
                self._rebuild(keep_view=True)

    # -- content -------------------------------------------------------------------

    def set_timeline(self, timeline: Timeline, kind_labels: dict[str, str] | None = None) -> None:
        """Show ``timeline`` (e.g. from ``build_timeline(store)``), keeping filters that still apply."""
        self._timeline = timeline
        if kind_labels is not None:
            self._kind_labels = dict(kind_labels)
        self._fill_filter_choices()
        self._rebuild(keep_view=False)

    def timeline(self) -> Timeline:
        return self._timeline

    def refresh_tag(self, annotation: Annotation) -> None:
        """Show a tag's new state at once (tagged, edited, deleted or restored)."""
        item = self._item_for(annotation) if self._item_for is not None else None
        known = any(e.tag_id == annotation.id for e in self._timeline.events) or any(
            u.tag_id == annotation.id for u in self._timeline.undated)
        if item is None and not known:
            return
        self._timeline.replace(annotation.id, item)
        self._fill_filter_choices()
        self._rebuild(keep_view=True)

    def highlight_tag(self, tag_id: str | None) -> bool:
        """Outline a tag's event (the reader's selection) and scroll it into view.

        Returns whether the tag is an event shown in the timeline.
        """
        self._highlighted = tag_id
        scene = self.canvas.timeline_scene()
        bars = scene.highlight(tag_id) if scene is not None else []
        if bars:
            bar = bars[0]
            first, last = self.canvas.visible_days()
            if not (first <= bar.x0 <= last):
                width = last - first
                self.canvas.show_days(bar.x0 - width / 3, bar.x0 + 2 * width / 3)
            self.canvas.ensureVisible(QRectF(self.canvas.mapToScene(QPoint(HEADER_W + 1, 0)).x(), bar.y, 0.0001, 20),
                                      0, 40)
        for i in range(self.undated_list.count()):
            entry = self.undated_list.item(i)
            entry.setSelected(entry.data(TAG_ID_ROLE) == tag_id)
        return bool(bars)

    # -- lanes ---------------------------------------------------------------------

    def lane_mode(self) -> str:
        return self._lane_mode

    def set_lane_mode(self, mode: str) -> None:
        if mode not in LANE_MODES or mode == self._lane_mode:
            return
        self._lane_mode = mode
        index = self.lanes_combo.findData(mode)
        if index != self.lanes_combo.currentIndex():
            self.lanes_combo.setCurrentIndex(index)
        self._rebuild(keep_view=True)

    def current_layout(self) -> TimelineLayout:
        assert self.canvas.layout_ is not None
        return self.canvas.layout_

    def lane_keys(self) -> list[str]:
        return [box.key for box in self.current_layout().lanes]

    def move_lane(self, key: str, delta: int) -> None:
        """Move a lane up (negative) or down among the shown lanes."""
        keys = self.lane_keys()
        if key not in keys:
            return
        i = keys.index(key)
        j = max(0, min(len(keys) - 1, i + delta))
        keys.insert(j, keys.pop(i))
        self._lane_order[self._lane_mode] = keys
        self._rebuild(keep_view=True)

    def set_lane_hidden(self, key: str, hidden: bool) -> None:
        target = self._hidden[self._lane_mode]
        if hidden:
            target.add(key)
        else:
            target.discard(key)
        self._rebuild(keep_view=True)

    def show_all_lanes(self) -> None:
        self._hidden[self._lane_mode].clear()
        self._rebuild(keep_view=True)

    def _header_menu(self, key: str, where: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Move lane up"), lambda: self.move_lane(key, -1))
        menu.addAction(self.tr("Move lane down"), lambda: self.move_lane(key, 1))
        menu.addAction(self.tr("Hide lane"), lambda: self.set_lane_hidden(key, True))
        if self._hidden[self._lane_mode]:
            menu.addAction(self.tr("Show all lanes"), self.show_all_lanes)
        menu.popup(where)

    def _fill_lanes_menu(self) -> None:
        self.lanes_menu.clear()
        from desktop.timeline.events import lanes as group_lanes

        shown = apply_filters(self._timeline, self._filters).events
        for lane in group_lanes(shown, self._lane_mode, kind_labels=self._kind_labels):
            action = QAction(lane.label, self.lanes_menu)
            action.setCheckable(True)
            action.setChecked(lane.key not in self._hidden[self._lane_mode])
            action.toggled.connect(lambda on, k=lane.key: self.set_lane_hidden(k, not on))
            self.lanes_menu.addAction(action)
        self.lanes_menu.addSeparator()
        self.lanes_menu.addAction(self.tr("Show all lanes"), self.show_all_lanes)

    # -- filters --------------------------------------------------------------------

    def filters(self) -> Filters:
        return self._filters

    def set_filters(self, filters: Filters) -> None:
        self._filters = filters
        self._filling = True
        try:
            for combo, values in ((self.actor_filter, filters.actors), (self.kind_filter, filters.kinds),
                                  (self.document_filter, filters.documents), (self.author_filter, filters.authors)):
                index = combo.findData(next(iter(values))) if len(values) == 1 else 0
                combo.setCurrentIndex(max(index, 0))
            self.since_edit.setText(filters.since or "")
            self.until_edit.setText(filters.until or "")
            self.text_filter.setText(filters.text)
        finally:
            self._filling = False
        self._rebuild(keep_view=False)

    def clear_filters(self) -> None:
        self.set_filters(Filters())

    def _filters_edited(self, *_: object) -> None:
        if self._filling:
            return

        def one(combo: QComboBox) -> frozenset[str]:
            value = combo.currentData()
            return frozenset() if value is None else frozenset([value])

        def iso(edit: QLineEdit) -> str | None:
            text = edit.text().strip()
            from desktop.timeline.events import first_day

            return text if text and first_day(text) is not None else None

        self._filters = Filters(
            actors=one(self.actor_filter), kinds=one(self.kind_filter),
            documents=one(self.document_filter), authors=one(self.author_filter),
            since=iso(self.since_edit), until=iso(self.until_edit), text=self.text_filter.text(),
        )
        self._rebuild(keep_view=False)

    def _fill_filter_choices(self) -> None:
        events, undated = self._timeline.events, self._timeline.undated
        actors: dict[str, str] = {}
        for e in events:
            actors.update(zip(e.participants, e.participant_names))
            if not e.participants:
                actors[""] = self.tr(NO_ACTOR_TEXT) if NO_ACTOR == NO_ACTOR_TEXT else NO_ACTOR
        tagged: list[Event | UndatedTag] = [*events, *undated]
        choices = (
            (self.actor_filter, QT_TRANSLATE_NOOP("TimelineView", "All actors"),
             sorted(actors.items(), key=lambda kv: kv[1].casefold())),
            (self.kind_filter, QT_TRANSLATE_NOOP("TimelineView", "All kinds"),
             sorted({(x.kind, self._kind_labels.get(x.kind, x.kind)) for x in tagged})),
            (self.document_filter, QT_TRANSLATE_NOOP("TimelineView", "All documents"),
             sorted({(x.document_id, x.document_title or x.document_id[:8]) for x in tagged},
                    key=lambda kv: kv[1])),
            (self.author_filter, QT_TRANSLATE_NOOP("TimelineView", "All authors"),
             sorted({(x.author, x.author) for x in tagged})),
        )
        self._filling = True
        try:
            for combo, everything, items in choices:
                current = combo.currentData()
                combo.clear()
                combo.addItem(self.tr(everything), None)
                for value, label in items:
                    combo.addItem(label, value)
                combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
        finally:
            self._filling = False

    def _describe_filters(self) -> str:
        labels = {
            "actor": {self.actor_filter.itemData(i): self.actor_filter.itemText(i) for i in range(self.actor_filter.count())},
            "kind": {self.kind_filter.itemData(i): self.kind_filter.itemText(i) for i in range(self.kind_filter.count())},
            "document": {self.document_filter.itemData(i): self.document_filter.itemText(i)
                         for i in range(self.document_filter.count())},
        }
        return self._filters.describe(lambda facet, v: labels.get(facet, {}).get(v, v))

    # -- building --------------------------------------------------------------------

    def _words(self) -> TimelineWords:
        """Month names, decades and "(no actor)" in the UI's language."""
        return TimelineWords.for_language(installed_language(), self.tr(NO_ACTOR_TEXT), date_words().decade_s)

    def _rebuild(self, keep_view: bool) -> None:
        shown = apply_filters(self._timeline, self._filters)
        layout = layout_timeline(
            shown.events, self._lane_mode,
            order=self._lane_order[self._lane_mode], hidden=self._hidden[self._lane_mode],
            kind_labels=self._kind_labels, words=self._words(),
        )
        scene = build_scene(layout, self, ink_for(self))
        self.canvas.set_layout(layout, scene, keep_view)
        if self._highlighted:
            scene.highlight(self._highlighted)
        total = len(self._timeline.events)
        if self._filters.is_empty():
            self.filter_label.setText(self.tr("{0} events · no filter").format(total))
            self.clear_button.setEnabled(False)
        else:
            self.filter_label.setText(self.tr("{0} of {1} events · filtered by {2}").format(
                len(shown.events), total, self._describe_filters()))
            self.clear_button.setEnabled(True)
        self.undated_list.clear()
        for u in shown.undated:
            why = (self.tr("relative: the document has no publication date") if u.needs_published
                   else self.tr("before the Common Era: outside the timeline") if u.before_era
                   else self.tr("the date could not be read"))
            title = short_title(u.title, u.quote, limit=48)
            entry = QListWidgetItem(f"{title}\n“{u.quote}” · {why}" if title != u.quote else f"“{u.quote}”\n{why}")
            entry.setData(TAG_ID_ROLE, u.tag_id)
            entry.setData(DOC_ID_ROLE, u.document_id)
            entry.setData(ITEM_ROLE, u.needs_published)  # waits for a publication date
            entry.setToolTip(html.escape(f"{short_title(u.title, u.quote)}\n{u.title}\n“{u.quote}” — {why}\n{u.document_title}"))
            self.undated_list.addItem(entry)
        self.undated_label.setText(self.tr("Undated ({0})").format(len(shown.undated)))
        self._update_published_button()

    def _update_published_button(self) -> None:
        """Offered while a relative date waits for its document's publication date."""
        entry = self.undated_list.currentItem()
        waiting = [self.undated_list.item(i) for i in range(self.undated_list.count())
                   if self.undated_list.item(i).data(ITEM_ROLE)]
        self.published_button.setVisible(bool(waiting))
        self.published_button.setEnabled(entry is None or bool(entry.data(ITEM_ROLE)))

    def ask_published(self) -> None:
        """Ask the publication date of the chosen (or first waiting) entry's document."""
        entry: QListWidgetItem | None = self.undated_list.currentItem()
        if entry is None or not entry.data(ITEM_ROLE):
            entry = next((self.undated_list.item(i) for i in range(self.undated_list.count())
                          if self.undated_list.item(i).data(ITEM_ROLE)), None)
        if entry is None:
            return
        doc_id = entry.data(DOC_ID_ROLE)
        title = next((u.document_title for u in self._timeline.undated if u.document_id == doc_id), "")
        value, ok = QInputDialog.getText(
            self, self.tr("Publication date"),
            self.tr("When was “{0}” published? (YYYY-MM-DD)").format(title))
        if ok and value.strip():
            self.published_entered.emit(doc_id, value.strip())

    # -- activation and export -----------------------------------------------------------

    def _event_clicked(self, doc_id: str, tag_id: str) -> None:
        self.highlight_tag(tag_id)
        self.tag_activated.emit(doc_id, tag_id)

    def _undated_chosen(self, entry: QListWidgetItem) -> None:
        self.tag_activated.emit(entry.data(DOC_ID_ROLE), entry.data(TAG_ID_ROLE))

    def visible_layout(self) -> TimelineLayout:
        """The shown lanes over the days now on screen (what the exports draw)."""
        first, last = self.canvas.visible_days()
        shown = [e for e in apply_filters(self._timeline, self._filters).events
                 if e.last_day > first and e.first_day < last]
        return layout_timeline(
            shown, self._lane_mode, order=self._lane_order[self._lane_mode],
            hidden=self._hidden[self._lane_mode], kind_labels=self._kind_labels, window=(first, last),
            words=self._words(),
        )

    def export_png(self, path: str | Path) -> Path:
        return export_png(self.visible_layout(), path)

    def export_svg(self, path: str | Path) -> Path:
        return export_svg(self.visible_layout(), path)

    def _choose_export(self, suffix: str) -> None:
        stamp = _dt.date.today().isoformat()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export timeline"), f"timeline-{stamp}.{suffix}",
                                              f"{suffix.upper()} (*.{suffix})")
        if not path:
            return
        try:
            (self.export_png if suffix == "png" else self.export_svg)(path)
        except OSError as exc:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, self.tr("Export timeline"), str(exc))

    def choose_export_png(self) -> None:
        self._choose_export("png")

    def choose_export_svg(self) -> None:
        self._choose_export("svg")


__all__ = ["TimelineView", "TimelineCanvas", "tooltip_html"]
