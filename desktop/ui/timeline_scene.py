"""The interactive QGraphicsScene of a timeline layout (QtWidgets; the view's half of render).

Scene coordinates: x counts days from ``layout.day0`` (the view scales x to
zoom), y counts pixels.  Each lane is one item that paints only its bars in the
exposed area, in device pixels, so zooming never stretches text and the cost of
a repaint follows what is on screen, not the size of the library.  (One item per
event with labels that ignore transformations was measured first: Qt cannot
index such items, so every repaint and every hit-test walked all 10,000.)

Hit-testing is a bisection within the lane and row under the point.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QStyleOptionGraphicsItem, QWidget

from desktop.timeline.render import (
    BAR_H,
    LANE_PAD,
    LIGHT_INK,
    ROW_H,
    Bar,
    Ink,
    LaneBox,
    TimelineLayout,
    bar_brush,
    bar_pen,
    OPEN_PX,
    diamond,
    paint_open_tail,
    label_font,
    label_start,
)

MARKER_R = 6.0  # half-width of a one-day event's diamond, pixels
MIN_BAR_PX = 3.0
LABEL_GAP = 4.0
MIN_LABEL_PX = 24.0  # less room than this: no label (hovering shows it)


class _Row:
    """The bars of one stacked row of a lane, sorted by start (they never overlap)."""

    __slots__ = ("bars", "x0s")

    def __init__(self, bars: list[Bar]):
        self.bars = sorted(bars, key=lambda b: b.x0)
        self.x0s = [b.x0 for b in self.bars]


class LaneItem(QGraphicsItem):
    """One lane's events, painted in device pixels from the layout."""

    def __init__(self, box: LaneBox, bars: Sequence[Bar], day0: float, span: float, scene: "TimelineScene"):
        super().__init__()
        self.box = box
        self.day0 = day0
        self._scene = scene
        self._rect = QRectF(-span, box.y, span * 3, box.height)
        by_row: dict[int, list[Bar]] = {}
        for bar in bars:
            by_row.setdefault(bar.row, []).append(bar)
        self.rows = {r: _Row(b) for r, b in by_row.items()}
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def boundingRect(self) -> QRectF:
        return self._rect

    def visible_bars(self, day_lo: float, day_hi: float) -> list[tuple[Bar, float]]:
        """Bars that may show between two days, each with the start of the next bar in its row."""
        out = []
        for row in self.rows.values():
            i = max(bisect.bisect_left(row.x0s, day_lo) - 1, 0)
            n = len(row.bars)
            while i < n and row.bars[i].x0 <= day_hi:
                nxt = row.bars[i + 1].x0 if i + 1 < n else float("inf")
                out.append((row.bars[i], nxt))
                i += 1
        return out

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        t = painter.worldTransform()
        sx, dx, sy, dy = t.m11(), t.dx(), t.m22(), t.dy()
        exposed = option.exposedRect
        day_lo = exposed.left() + self.day0 - 400 / max(sx, 1e-9)  # labels reach ~400 px right
        day_hi = exposed.right() + self.day0 + OPEN_PX / max(sx, 1e-9)  # a "before" tail reaches left into view
        highlighted = self._scene.highlighted
        painter.save()
        painter.resetTransform()
        painter.setFont(self._scene.text_font)
        metrics = self._scene.metrics
        text_pen = QPen(QColor(self._scene.ink.text))
        # A label is cut where the next event of its row starts, and at the view's right edge
        # (with "…": hovering shows it whole), never in the middle of a letter by the edge.
        edge = (widget.width() if widget is not None else painter.device().width()) - LABEL_GAP
        labels: list[tuple[float, float, float, str, bool]] = []  # (x, y, room, label, whether the edge limits it)
        for bar, nxt in self.visible_bars(day_lo, day_hi):
            x0 = (bar.x0 - self.day0) * sx + dx
            x1 = (bar.x1 - self.day0) * sx + dx
            y = bar.y * sy + dy
            painter.setPen(bar_pen(bar, bar.event.tag_id == highlighted))
            if bar.event.shape == "point":
                cx = (x0 + x1) / 2
                painter.setBrush(self._scene.solid(bar.colour))
                painter.drawPolygon(diamond(cx, y + BAR_H / 2, MARKER_R))
                text_x = cx + MARKER_R + 3
            else:
                painter.setBrush(self._scene.brush(bar))
                painter.drawRect(QRectF(x0, y, max(x1 - x0, MIN_BAR_PX), BAR_H))
                text_x = x0 + LABEL_GAP
            paint_open_tail(painter, bar, x0, x1, y)
            if bar.event.open == "end":  # (its tail runs right, where the label starts)
                text_x = label_start(bar, x0, x1, y, text_x, metrics.horizontalAdvance(bar.label), LABEL_GAP)
            room_to_next = (nxt - self.day0) * sx + dx - LABEL_GAP - text_x
            labels.append((text_x, y, min(room_to_next, edge - text_x), bar.label, edge - text_x < room_to_next))
        painter.setPen(text_pen)
        widths = self._scene.label_widths
        char_w = self._scene.char_width
        for text_x, y, room, label, at_edge in labels:
            if room < MIN_LABEL_PX:
                continue
            width = widths.get(label)
            if width is None:
                width = widths[label] = metrics.horizontalAdvance(label)
            if width <= room:
                shown = label
            elif at_edge:  # at most one label a row: measured, so capitals and wide scripts end inside the view too
                shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, room)
            else:
                # Rows are packed, so many labels are cut at the next event: cut by the
                # average character width (elidedText on each would double a repaint).
                shown = label[: max(int(room / char_w) - 1, 0)].rstrip() + "…"
            if len(shown) > 1:
                painter.drawText(QPointF(text_x, y + BAR_H - 3), shown)
        painter.restore()

    def bar_at(self, day: float, y: float, sx: float) -> Bar | None:
        """The bar under a scene point: its shape, or its label (the room up to the next bar)."""
        row_no = int((y - self.box.y - LANE_PAD) // ROW_H)
        row = self.rows.get(row_no)
        if row is None:
            return None
        top = self.box.y + LANE_PAD + row_no * ROW_H + (ROW_H - BAR_H) / 2
        if not (top - 2 <= y <= top + BAR_H + 2):
            return None
        slack = (MARKER_R + 1) / max(sx, 1e-9)
        i = bisect.bisect_right(row.x0s, day + slack) - 1
        if i < 0:
            return None
        bar = row.bars[i]
        tail = OPEN_PX if bar.event.open == "end" else 0.0  # (the label starts after the tail: render.label_start)
        label_end = bar.x0 + (self._scene.metrics.horizontalAdvance(bar.label) + 2 * MARKER_R + 4 + tail) / max(sx, 1e-9)
        if i + 1 < len(row.bars):
            label_end = min(label_end, row.bars[i + 1].x0)
        if bar.x0 - slack <= day <= max(bar.x1, label_end):
            return bar
        return None


class TimelineScene(QGraphicsScene):
    """A scene of one layout: one item per lane.

    Attributes:
        layout: the TimelineLayout drawn.
        lane_items: the lanes' items, top to bottom.
    """

    def __init__(self, layout: TimelineLayout, parent=None, ink: Ink = LIGHT_INK):
        super().__init__(parent)
        self.layout = layout
        self.ink = ink
        self.highlighted: str | None = None
        self.text_font = label_font()  # not self.font: that would hide QGraphicsScene.font()
        self.metrics = QFontMetricsF(self.text_font)
        self.label_widths: dict[str, float] = {}  # label → pixels, measured once
        # A little over the average: a cut label must stay clear of the next event.
        self.char_width = self.metrics.averageCharWidth() * 1.15
        self._brushes: dict[tuple[str, str], QBrush] = {}
        self._solids: dict[str, QBrush] = {}
        span = max(layout.day1 - layout.day0, 1)
        # Setting the rect up front keeps the BSP index from growing lazily (PITFALLS).
        self.setSceneRect(QRectF(-span, 0, span * 3, max(layout.height, 1)))
        by_lane: dict[int, list[Bar]] = {}
        for bar in layout.bars:
            by_lane.setdefault(bar.lane, []).append(bar)
        self.lane_items: list[LaneItem] = []
        for i, box in enumerate(layout.lanes):
            item = LaneItem(box, by_lane.get(i, []), layout.day0, span, self)
            self.addItem(item)
            self.lane_items.append(item)
        self._lane_tops = [box.y for box in layout.lanes]
        self._bars_by_tag: dict[str, list[Bar]] = {}
        for bar in layout.bars:
            self._bars_by_tag.setdefault(bar.event.tag_id, []).append(bar)

    def brush(self, bar: Bar) -> QBrush:
        key = (bar.colour, bar.event.shape)
        if key not in self._brushes:
            self._brushes[key] = bar_brush(bar)
        return self._brushes[key]

    def solid(self, colour: str) -> QBrush:
        if colour not in self._solids:
            self._solids[colour] = QBrush(QColor(colour))
        return self._solids[colour]

    def bars_of(self, tag_id: str) -> list[Bar]:
        return self._bars_by_tag.get(tag_id, [])

    def highlight(self, tag_id: str | None) -> list[Bar]:
        """Outline the tag's event in every lane (and no other); returns its bars."""
        lanes = {b.lane for b in self.bars_of(self.highlighted or "")} | {b.lane for b in self.bars_of(tag_id or "")}
        self.highlighted = tag_id
        for lane in lanes:
            self.lane_items[lane].update()
        return self.bars_of(tag_id or "")

    def hit(self, x: float, y: float, px_per_day: float) -> Bar | None:
        """The event at scene point (x, y) when a day is ``px_per_day`` wide."""
        i = bisect.bisect_right(self._lane_tops, y) - 1
        if i < 0:
            return None
        item = self.lane_items[i]
        if y >= item.box.y + item.box.height:
            return None
        return item.bar_at(x + self.layout.day0, y, px_per_day)


def build_scene(layout: TimelineLayout, parent=None, ink: Ink = LIGHT_INK) -> TimelineScene:
    return TimelineScene(layout, parent, ink)


__all__ = ["TimelineScene", "LaneItem", "build_scene"]
