"""Drawing of the timeline shared by the view and the exports (QtGui only, no widgets).

:func:`layout_timeline` places events (pure geometry: x in days, y in pixels);
the view's scene (``desktop.ui.timeline_scene``) and :func:`paint_timeline` both draw
that layout with the same brushes, markers, axis and lane headers.  PNG and SVG
export (:func:`export_png`, :func:`export_svg`, :func:`render_png`) need only a
QGuiApplication, which the caller owns: the window's QApplication, or the one
:func:`desktop.qtgui.ensure_gui_application` makes for the command line.  This
module never makes one (it raises :class:`NoGuiApplication` instead).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QGradient,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPen,
    QPolygonF,
)
from PySide6.QtSvg import QSvgGenerator

from desktop.timeline.events import NO_ACTOR, Event, lanes, stack

ROW_H = 22  # one stacked row of a lane
BAR_H = 14
LANE_PAD = 6  # space above and below a lane's rows
AXIS_H = 30  # the time axis band at the top
HEADER_W = 170  # the lane header column at the left
MARK_PX = 14  # the room a one-day marker takes on the axis, for stacking
LABEL_PX = 11
BASE_WIDTH = 1200  # pixels of time axis the stacking keeps labels apart at
MIN_TICK_PX = 64
LABEL_RESERVE_PX = 300  # room kept right of the last event, so its label is not cut at the edge


def label_reserve(axis_width: float) -> float:
    """Pixels kept free at the right of a fitted axis for the last events' labels."""
    return min(LABEL_RESERVE_PX, axis_width * 0.3)
@dataclass(frozen=True)
class Ink:
    """The neutral colours of axis, headers and labels (lane colours are PALETTE)."""

    axis_bg: str = "#f3f4f6"
    rule: str = "#b8bcc4"
    grid: tuple[int, int, int, int] = (0, 0, 0, 28)
    text: str = "#20242a"
    axis_text: str = "#30343a"
    header_bg: str = "#fafafa"
    header_rule: str = "#e2e4e8"
    muted: str = "#6b7078"


LIGHT_INK = Ink()
# On a dark window (the app follows the system): the same layout, readable on dark.
DARK_INK = Ink(
    axis_bg="#2b2e33", rule="#50555d", grid=(255, 255, 255, 30), text="#e6e8eb",
    axis_text="#d0d3d8", header_bg="#25282c", header_rule="#3a3e44", muted="#9aa0a8",
)

PALETTE = ("#5b9bf0", "#d77be0", "#4cc38a", "#f2a03c", "#e5646e", "#3bb3c3", "#9b7bf0", "#a8b04a")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class TimelineWords:
    """The words a timeline drawing shows: short month names on the axis, a decade
    ("{0}s" → "1990s") and the lane of events without participants."""

    months: Sequence[str] = MONTHS
    decade: str = "{0}s"
    no_actor: str = NO_ACTOR

    @classmethod
    def for_language(cls, code: str, no_actor: str = NO_ACTOR, decade: str = "{0}s") -> TimelineWords:
        """Month names of ``code`` ("tr", "ru") from QLocale; English for an unknown code."""
        if code in ("", "en") or QLocale(code).language() == QLocale.Language.C:
            return cls(no_actor=no_actor, decade=decade)
        locale = QLocale(code)
        months = tuple(locale.standaloneMonthName(m, QLocale.FormatType.ShortFormat).rstrip(".").capitalize()
                       for m in range(1, 13))
        return cls(months, decade, no_actor)


ENGLISH_WORDS = TimelineWords()

class NoGuiApplication(RuntimeError):
    """Drawing was asked for in a process without a QGuiApplication (a bug of the caller)."""


def require_gui() -> None:
    """Raise :class:`NoGuiApplication` unless the process has a QGuiApplication."""
    if not isinstance(QGuiApplication.instance(), QGuiApplication):
        raise NoGuiApplication("drawing needs a QGuiApplication: call desktop.qtgui.ensure_gui_application() first")


@dataclass(frozen=True)
class Bar:
    """One event drawn in one lane: x in days (ordinals), y in pixels from the top."""

    event: Event
    lane: int
    row: int
    x0: float
    x1: float
    y: float
    colour: str
    label: str


@dataclass(frozen=True)
class LaneBox:
    key: str
    label: str
    y: float
    height: float
    count: int


@dataclass
class TimelineLayout:
    lanes: list[LaneBox]
    bars: list[Bar]
    day0: float  # left edge of the time axis (ordinal, with a margin)
    day1: float  # right edge
    height: float
    lane_mode: str
    words: TimelineWords = ENGLISH_WORDS

    def bars_of(self, tag_id: str) -> list[Bar]:
        return [b for b in self.bars if b.event.tag_id == tag_id]


def layout_timeline(
    events: Sequence[Event],
    by: str = "actor",
    *,
    order: Sequence[str] = (),
    hidden: Iterable[str] = (),
    kind_labels: dict[str, str] | None = None,
    base_width: float = BASE_WIDTH,
    window: tuple[float, float] | None = None,
    words: TimelineWords = ENGLISH_WORDS,
) -> TimelineLayout:
    """Lanes and stacked bars for ``events``.

    ``order`` lists lane keys to put first (the user's reordering), ``hidden`` the
    lane keys left out.  Rows are packed: events share a row unless they overlap
    in time (or their markers would touch at ``base_width`` pixels for the whole
    span); a label is cut where the next event of its row starts.
    """
    hidden = set(hidden)
    groups = [lane for lane in lanes(events, by, kind_labels=kind_labels) if lane.key not in hidden]
    rank = {k: i for i, k in enumerate(order)}
    groups.sort(key=lambda lane: rank.get(lane.key, len(rank)))
    if window is not None:
        day0, day1 = window
    elif events:
        lo = min(e.first_day for e in events)
        hi = max(e.last_day for e in events)
        margin = max((hi - lo) * 0.04, 3)
        day0, day1 = lo - margin, hi + margin
    else:
        today = _dt.date.today().toordinal()
        day0, day1 = today - 365, today + 30
    px_per_day = base_width / max(day1 - day0, 1)
    y = AXIS_H + 4
    boxes: list[LaneBox] = []
    bars: list[Bar] = []
    for li, lane in enumerate(groups):
        colour = PALETTE[li % len(PALETTE)]
        labels = [e.label for e in lane.events]
        # Packed rows: events that do not overlap in time share a row (a label is
        # cut at the next event of its row; hovering shows it whole).
        # An open side's fading tail and chevron take room too ("after 1990" beside 2013 would run into it).
        tail = (OPEN_PX + MARKER_TIP) / px_per_day
        spans = [(float(e.first_day) - (tail if e.open == "start" else 0.0),
                  max(float(e.last_day), e.first_day + MARK_PX / px_per_day) + (tail if e.open == "end" else 0.0))
                 for e in lane.events]
        rows = stack(spans)
        n_rows = (max(rows) + 1) if rows else 1
        height = n_rows * ROW_H + 2 * LANE_PAD
        for e, t, row in zip(lane.events, labels, rows):
            bars.append(Bar(e, li, row, float(e.first_day), float(e.last_day),
                            y + LANE_PAD + row * ROW_H + (ROW_H - BAR_H) / 2, colour, t))
        label = words.no_actor if by == "actor" and lane.key == "" and lane.label == NO_ACTOR else lane.label
        boxes.append(LaneBox(lane.key, label, y, height, len(lane.events)))
        y += height
    return TimelineLayout(boxes, bars, day0, day1, y + 8, by, words)


# -- shapes and brushes ------------------------------------------------------------


def bar_brush(bar: Bar) -> QBrush:
    """Solid for exact ranges; soft-ended for month/year/decade precision (no false day)."""
    colour = QColor(bar.colour)
    if bar.event.shape != "fuzzy":
        colour.setAlpha(210)
        return QBrush(colour)
    grad = QLinearGradient(0, 0, 1, 0)
    grad.setCoordinateMode(QGradient.CoordinateMode.ObjectMode)
    faint = QColor(colour)
    faint.setAlpha(20)
    solid = QColor(colour)
    solid.setAlpha(150)
    grad.setColorAt(0.0, faint)
    grad.setColorAt(0.18, solid)
    grad.setColorAt(0.82, solid)
    grad.setColorAt(1.0, faint)
    return QBrush(grad)


def bar_pen(bar: Bar, highlighted: bool = False) -> QPen:
    if highlighted:
        pen = QPen(QColor("#ff7a00"), 2.5)
    else:
        edge = QColor(bar.colour).darker(150)
        if bar.event.shape == "fuzzy":
            pen = QPen(edge, 1, Qt.PenStyle.DashLine)
        else:
            pen = QPen(edge, 1)
    pen.setCosmetic(True)
    return pen


MARKER_TIP = 6.0  # half-width of a one-day event's diamond, pixels
OPEN_PX = 40.0  # how far the fading tail of an open side reaches beyond its written bound, pixels


def open_margin(layout: TimelineLayout) -> float:
    """Pixels kept left of the first day when an event is open at its start: the tail of "before 1492" would
    otherwise fall under the lane headers (the window's view and the exported figures keep the same room)."""
    return OPEN_PX + MARKER_TIP if any(bar.event.open == "start" for bar in layout.bars) else 0.0


def open_tail(bar: Bar, x0: float, x1: float, y: float) -> tuple[QRectF, QPolygonF] | None:
    """The tail of an event with an open side ("before 1492": leftwards from its first day; "after 1990": rightwards
    from its last), as a fading band and a chevron at its far end, in pixels; ``None`` for a closed event."""
    side = bar.event.open
    if side not in ("start", "end"):
        return None
    mid, r = y + BAR_H / 2, BAR_H / 2 - 1
    if bar.event.shape == "point":  # one day: the tail starts at the diamond's tip, not at the day's edge
        cx = (x0 + x1) / 2
        x0, x1 = cx - MARKER_TIP, cx + MARKER_TIP
    if side == "start":
        far = x0 - OPEN_PX
        return QRectF(far, y + 2, OPEN_PX, BAR_H - 4), QPolygonF(
            [QPointF(far + r, mid - r), QPointF(far, mid), QPointF(far + r, mid + r)])
    far = max(x1, x0 + 2) + OPEN_PX
    return QRectF(far - OPEN_PX, y + 2, OPEN_PX, BAR_H - 4), QPolygonF(
        [QPointF(far - r, mid - r), QPointF(far, mid), QPointF(far - r, mid + r)])


def label_start(bar: Bar, x0: float, x1: float, y: float, text_x: float, width: float, gap: float = 4.0) -> float:
    """Where ``bar``'s label, ``width`` pixels wide, starts: at ``text_x``, or after the tail of an event open at its end
    ("after 1990") when the label would run over the band and chevron drawn rightwards from the event."""
    tail = open_tail(bar, x0, x1, y) if bar.event.open == "end" else None
    if tail is None or text_x + width <= tail[0].left():
        return text_x  # (a closed event, or a label inside a bar wide enough for it)
    return max(text_x, tail[0].right() + gap)


def paint_open_tail(painter: QPainter, bar: Bar, x0: float, x1: float, y: float) -> None:
    """Draw :func:`open_tail` of ``bar`` (nothing for a closed event): the band fades away from the event."""
    tail = open_tail(bar, x0, x1, y)
    if tail is None:
        return
    band, chevron = tail
    colour, faint = QColor(bar.colour), QColor(bar.colour)
    colour.setAlpha(150)
    faint.setAlpha(0)
    grad = QLinearGradient(band.left(), 0, band.right(), 0)
    grad.setColorAt(0.0, faint if bar.event.open == "start" else colour)
    grad.setColorAt(1.0, colour if bar.event.open == "start" else faint)
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(grad))
    painter.drawRect(band)
    pen = QPen(QColor(bar.colour).darker(130), 1.5)
    pen.setCosmetic(True)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPolyline(chevron)
    painter.restore()


def diamond(cx: float = 0.0, cy: float = 0.0, r: float = 6.0) -> QPolygonF:
    """The marker of a one-day event, in pixels around (cx, cy)."""
    return QPolygonF([QPointF(cx, cy - r), QPointF(cx + r, cy), QPointF(cx, cy + r), QPointF(cx - r, cy)])


def label_font() -> QFont:
    font = QFont()
    font.setPixelSize(LABEL_PX)
    return font


# -- axis ------------------------------------------------------------------------------


def _add_months(d: _dt.date, n: int) -> _dt.date:
    m = d.month - 1 + n
    return _dt.date(d.year + m // 12, m % 12 + 1, 1)


def axis_ticks(day0: float, day1: float, px_per_day: float,
               words: TimelineWords = ENGLISH_WORDS) -> tuple[str, list[tuple[int, str]]]:
    """Tick unit and ``(ordinal, label)`` ticks for the visible days.

    The unit adapts to the zoom — decades, years, months, then days — so that
    ticks stay at least MIN_TICK_PX apart and their labels readable.
    """
    lo = max(int(day0), 1)
    hi = min(int(day1) + 1, _dt.date(9998, 12, 31).toordinal())
    if hi <= lo:
        return "day", []
    if px_per_day >= MIN_TICK_PX:
        unit, step = "day", 1
    elif px_per_day * 7 >= MIN_TICK_PX:
        unit, step = "day", 7
    elif px_per_day * 30 >= MIN_TICK_PX:
        unit, step = "month", 1
    elif px_per_day * 91 >= MIN_TICK_PX:
        unit, step = "month", 3
    elif px_per_day * 365 >= MIN_TICK_PX:
        unit, step = "year", 1
    elif px_per_day * 365 * 5 >= MIN_TICK_PX:
        unit, step = "year", 5
    elif px_per_day * 3652 >= MIN_TICK_PX:
        unit, step = "decade", 10
    else:
        unit, step = "decade", 50
    first = _dt.date.fromordinal(lo)
    out: list[tuple[int, str]] = []
    if unit == "day":
        d = first if step == 1 else first - _dt.timedelta(days=first.weekday())
        while d.toordinal() <= hi and len(out) < 2000:
            label = f"{d.day} {words.months[d.month - 1]}" + (f" {d.year}" if d.day <= step or step == 7 else "")
            out.append((d.toordinal(), label))
            d += _dt.timedelta(days=step)
    elif unit == "month":
        d = _dt.date(first.year, first.month - (first.month - 1) % step, 1)
        while d.toordinal() <= hi and len(out) < 2000:
            out.append((d.toordinal(), f"{words.months[d.month - 1]} {d.year}"))
            d = _add_months(d, step)
    else:
        y = first.year - first.year % step
        while y <= 9998 and _dt.date(max(y, 1), 1, 1).toordinal() <= hi and len(out) < 2000:
            if y >= 1:
                label = words.decade.format(y) if unit == "decade" else str(y)
                out.append((_dt.date(y, 1, 1).toordinal(), label))
            y += step
    return unit, out


def paint_axis(painter: QPainter, x_of: Callable[[float], float], day0: float, day1: float,
               px_per_day: float, left: float, width: float, grid_bottom: float, ink: Ink = LIGHT_INK,
               words: TimelineWords = ENGLISH_WORDS) -> str:
    """The axis band (at y 0..AXIS_H) and grid lines down to ``grid_bottom``; returns the unit."""
    unit, ticks = axis_ticks(day0, day1, px_per_day, words)
    painter.save()
    painter.fillRect(QRectF(left, 0, width, AXIS_H), QColor(ink.axis_bg))
    painter.setPen(QPen(QColor(ink.rule), 1))
    painter.drawLine(QPointF(left, AXIS_H), QPointF(left + width, AXIS_H))
    painter.setFont(label_font())
    metrics = QFontMetricsF(painter.font())
    grid = QPen(QColor(*ink.grid), 1)
    text_pen = QPen(QColor(ink.axis_text))
    for day, label in ticks:
        x = x_of(day)
        if x < left - 1 or x > left + width:
            continue
        painter.setPen(grid)
        painter.drawLine(QPointF(x, AXIS_H - 6), QPointF(x, grid_bottom))
        if x + 3 + metrics.horizontalAdvance(label) > left + width:
            continue  # a label the edge would cut: the grid line alone
        painter.setPen(text_pen)
        painter.drawText(QRectF(x + 3, 4, MIN_TICK_PX * 2, AXIS_H - 8),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), label)
    painter.restore()
    return unit


def paint_lane_headers(painter: QPainter, boxes: Sequence[LaneBox], y_of: Callable[[float], float],
                       top: float, bottom: float, ink: Ink = LIGHT_INK) -> None:
    """The header column at the left: each lane's name and event count."""
    painter.save()
    painter.fillRect(QRectF(0, top, HEADER_W, bottom - top), QColor(ink.header_bg))
    painter.setPen(QPen(QColor(ink.rule), 1))
    painter.drawLine(QPointF(HEADER_W, top), QPointF(HEADER_W, bottom))
    bold = label_font()
    bold.setBold(True)
    metrics = QFontMetricsF(bold)
    for i, box in enumerate(boxes):
        y0, y1 = y_of(box.y), y_of(box.y + box.height)
        if y1 < top or y0 > bottom:
            continue
        painter.setPen(QPen(QColor(ink.header_rule), 1))
        painter.drawLine(QPointF(0, y1), QPointF(HEADER_W, y1))
        swatch = QColor(PALETTE[i % len(PALETTE)])
        painter.fillRect(QRectF(4, max(y0, top) + 6, 4, 14), swatch)
        painter.setFont(bold)
        painter.setPen(QPen(QColor(ink.text)))
        name = metrics.elidedText(box.label, Qt.TextElideMode.ElideRight, HEADER_W - 46)
        painter.drawText(QRectF(12, max(y0, top) + 4, HEADER_W - 46, 18),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), name)
        painter.setFont(label_font())
        painter.setPen(QPen(QColor(ink.muted)))
        painter.drawText(QRectF(HEADER_W - 34, max(y0, top) + 4, 30, 18),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), str(box.count))
    painter.restore()


# -- whole-picture painting (exports) ----------------------------------------------------------


def figure_x(layout: TimelineLayout, width: float) -> tuple[Callable[[float], float], float, float]:
    """Where a day falls in a figure ``width`` pixels wide, the pixels a day, and the room left of the first day: the
    tail of an event open at its start ("before 1492") would otherwise fall under the lane headers."""
    span = max(layout.day1 - layout.day0, 1)
    axis_w = max(width - HEADER_W, 50)
    margin = open_margin(layout)
    ppd = max(axis_w - margin - label_reserve(axis_w), 1.0) / span

    def x_of(day: float) -> float:
        return HEADER_W + margin + (day - layout.day0) * ppd

    return x_of, ppd, margin


def paint_timeline(painter: QPainter, layout: TimelineLayout, width: float,
                   highlighted: str | None = None) -> None:
    """Draw ``layout`` fitted to ``width`` pixels: lanes, bars, labels, axis, headers."""
    x_of, ppd, margin = figure_x(layout, width)
    axis_w = max(width - HEADER_W, 50)
    painter.fillRect(QRectF(0, 0, width, layout.height), QColor("#ffffff"))
    for i, box in enumerate(layout.lanes):
        if i % 2:
            painter.fillRect(QRectF(HEADER_W, box.y, axis_w, box.height), QColor("#f7f8fa"))
    first = layout.day0 - margin / ppd
    paint_axis(painter, x_of, first, first + axis_w / ppd, ppd, HEADER_W, axis_w, layout.height, words=layout.words)
    painter.setFont(label_font())
    for bar in layout.bars:
        x0, x1 = x_of(bar.x0), x_of(bar.x1)
        painter.setPen(bar_pen(bar, bar.event.tag_id == highlighted))
        if bar.event.shape == "point":
            cx = (x0 + x1) / 2
            painter.setBrush(QBrush(QColor(bar.colour)))
            painter.drawPolygon(diamond(cx, bar.y + BAR_H / 2, 6))
            text_x = cx + 9
        else:
            painter.setBrush(bar_brush(bar))
            painter.drawRect(QRectF(x0, bar.y, max(x1 - x0, 2), BAR_H))
            text_x = x0 + 4 if x1 - x0 > 60 else max(x1, x0 + 2) + 4
        paint_open_tail(painter, bar, x0, x1, bar.y)
        text_x = label_start(bar, x0, x1, bar.y, text_x, painter.fontMetrics().horizontalAdvance(bar.label))
        painter.setPen(QPen(QColor("#20242a")))
        # the figure's right edge cuts a long label with "…", not in the middle of a letter
        shown = painter.fontMetrics().elidedText(bar.label, Qt.TextElideMode.ElideRight, round(width - 4 - text_x))
        if shown and shown != "…":  # (a label of one letter that fits is drawn)
            painter.drawText(QPointF(text_x, bar.y + BAR_H - 3), shown)
    paint_lane_headers(painter, layout.lanes, lambda y: y, AXIS_H, layout.height)
    painter.fillRect(QRectF(0, 0, HEADER_W, AXIS_H), QColor("#f3f4f6"))


def render_image(layout: TimelineLayout, width: int = 1400, scale: float = 1.0) -> QImage:
    """The layout drawn ``width`` pixels wide, every pixel ``scale`` image pixels (2: sharp in print)."""
    require_gui()
    image = QImage(QSize(round(width * scale), round(layout.height * scale)), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.scale(scale, scale)
    paint_timeline(painter, layout, width)
    painter.end()
    return image


def render_png(layout: TimelineLayout, width: int = 1400, scale: float = 1.0) -> bytes:
    """The timeline as the bytes of a PNG file (see :func:`render_image`)."""
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 6.11's stubs say bytes; the binding takes only str here.
    if not render_image(layout, width, scale).save(buf, "PNG"):  # type: ignore[call-overload]
        raise OSError("cannot draw the timeline as PNG")
    buf.close()
    return bytes(data.data())


def export_png(layout: TimelineLayout, path: str | Path, width: int = 1400) -> Path:
    """Write the timeline as a PNG; raises OSError when the file cannot be written.

    Written atomically after :func:`desktop.export.atomic.check_output`: a store,
    a folder or a device is refused.
    """
    from desktop.export.atomic import check_output, write_atomic

    path = check_output(path)
    return write_atomic(path, render_png(layout, width))


def export_svg(layout: TimelineLayout, path: str | Path, width: int = 1400, title: str = "Timeline") -> Path:
    """Write the timeline as SVG (labels stay text, searchable and selectable)."""
    from desktop.export.atomic import check_output, write_atomic

    require_gui()
    path = check_output(path)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    gen = QSvgGenerator()
    gen.setOutputDevice(buffer)
    gen.setSize(QSize(int(width), int(layout.height)))
    gen.setViewBox(QRectF(0, 0, width, layout.height))
    gen.setTitle(title)
    gen.setDescription("Claimline timeline")
    painter = QPainter()
    if not painter.begin(gen):
        raise OSError(f"cannot write {path}")
    paint_timeline(painter, layout, width)
    painter.end()
    return write_atomic(path, bytes(buffer.data().data()))


__all__ = [
    "Bar", "LaneBox", "TimelineLayout", "layout_timeline", "axis_ticks", "bar_brush", "bar_pen",
    "diamond", "paint_axis", "paint_lane_headers", "paint_timeline", "render_image", "render_png",
    "export_png", "export_svg", "NoGuiApplication", "require_gui", "ROW_H", "BAR_H", "AXIS_H", "HEADER_W",
]
