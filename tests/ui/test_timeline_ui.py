"""The Timeline view driven with real input: lanes, order, clicks, zoom, filters, exports."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage

from desktop.timeline.events import build_timeline, timeline_item
from desktop.timeline.render import AXIS_H, HEADER_W, axis_ticks, bar_brush
from desktop.ui.timeline_view import TimelineView, tooltip_html
from tests.timeline.test_timeline import seed_events, tag_date


@pytest.fixture
def view(qtbot, seeded):
    service, doc_id = seeded
    tags = seed_events(service, doc_id)
    widget = TimelineView(lambda ann: timeline_item(service.store, ann))
    qtbot.addWidget(widget)
    widget.resize(1100, 560)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_timeline(build_timeline(service.store), {k.name: k.label for k in service.kinds()})
    return widget, service, doc_id, tags


def scene_events(widget):
    """(lane label, tag id, x of the event's start in the viewport, bar) for every drawn event."""
    scene = widget.canvas.timeline_scene()
    out = []
    for item in scene.lane_items:
        for row in item.rows.values():
            for bar in row.bars:
                out.append((item.box.label, bar.event.tag_id, widget.canvas.bar_rect(bar).left(), bar))
    return out


def viewport_point(widget, bar) -> QPoint:
    """Where the user would click an event."""
    return widget.canvas.bar_rect(bar).center().toPoint()


def test_events_in_date_order_in_their_lanes(view):
    widget, _service, _doc, tags = view
    drawn = scene_events(widget)
    by_lane: dict[str, list[tuple[float, str]]] = {}
    for lane, tag_id, x, _item in drawn:
        by_lane.setdefault(lane, []).append((x, tag_id))
    order = {t: q for q, t in tags.items()}
    kazakhstan = [order[t] for _x, t in sorted(by_lane["Kazakhstan"])]
    assert kazakhstan == ["between 2024 and 2025", "May 22, 2025", "June 25, 2025", "June 26, 2025"]
    assert [order[t] for _x, t in by_lane["Murat Nurtleu"]] == ["June 25, 2025"]
    assert [order[t] for _x, t in by_lane["(no actor)"]] == ["As of 2025"]
    assert [box.label for box in widget.current_layout().lanes] == [
        "Kazakhstan", "Murat Nurtleu", "Tajikistan", "(no actor)"]
    # each item lies inside its lane's band, and overlapping events of a lane are stacked
    layout = widget.current_layout()
    for bar in layout.bars:
        box = layout.lanes[bar.lane]
        assert box.y <= bar.y < box.y + box.height
    kz = [b for b in layout.bars if b.lane == 0]
    assert len({b.row for b in kz}) >= 2
    # the undated tag is listed beside the timeline
    assert widget.undated_list.count() == 1
    assert "Engagements throughout June" in widget.undated_list.item(0).text()
    assert widget.undated_label.text() == "Undated (1)"


def test_clicking_an_event_emits_its_tag(view, qtbot):
    widget, _service, doc_id, tags = view
    target = tags["May 22, 2025"]
    item = next(i for _l, t, _x, i in scene_events(widget) if t == target)
    point = viewport_point(widget, item)
    with qtbot.waitSignal(widget.tag_activated) as signal:
        qtbot.mouseClick(widget.canvas.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert signal.args == [doc_id, target]
    assert widget.canvas.timeline_scene().highlighted == target
    # an empty spot emits nothing
    with qtbot.assertNotEmitted(widget.tag_activated):
        qtbot.mouseClick(widget.canvas.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(HEADER_W + 5, widget.canvas.viewport().height() - 5))
    # the undated entry opens its tag too
    entry = widget.undated_list.item(0)
    rect = widget.undated_list.visualItemRect(entry)
    with qtbot.waitSignal(widget.tag_activated) as signal:
        qtbot.mouseClick(widget.undated_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [doc_id, tags["the month of June"]]


def test_a_range_is_drawn_wider_than_a_day(view):
    widget, _service, _doc, tags = view
    bars = {t: b for _l, t, _x, b in scene_events(widget)}
    grain = bars[tags["between 2024 and 2025"]]
    width_px = widget.canvas.bar_rect(grain).width()
    one_day_px = widget.canvas.ppd
    assert width_px > 300 * one_day_px  # two whole years, not a day
    assert grain.x1 - grain.x0 >= 730
    meeting = bars[tags["June 25, 2025"]]
    assert width_px > 10 * widget.canvas.bar_rect(meeting).width()
    # the year-precision range has soft (gradient) ends; a one-day event is a solid marker
    assert bar_brush(grain).gradient() is not None
    assert meeting.event.shape == "point" and bar_brush(meeting).gradient() is None
    # and the pixels say so: the range's middle is coloured, its ends fade
    image = widget.canvas.viewport().grab().toImage()
    rect = widget.canvas.bar_rect(grain)
    y = int(rect.center().y())
    middle = image.pixelColor(int(rect.center().x()), y)
    end = image.pixelColor(int(rect.right()) - 3, y)
    assert middle.saturation() > end.saturation() + 30


def test_hover_text_has_title_date_document_quote_and_figures(view):
    widget, service, doc_id, tags = view
    fig = service.tag_quote(doc_id, "figure", "1.3 million tons")
    from tests.timeline.test_timeline import add_link

    add_link(service.store, fig.id, tags["between 2024 and 2025"], "supports")
    widget.set_timeline(build_timeline(service.store))
    event = next(e for e in widget.timeline().events if e.tag_id == tags["between 2024 and 2025"])
    text = tooltip_html(event)
    for part in ("Grain shipments reach 1.3 million tons", "2024–2025", "between 2024 and 2025",
                 "The Rising Axis of Trade", "1.3 million tons", "Kazakhstan, Tajikistan"):
        assert part in text
    bar = widget.canvas.bar_at(viewport_point(widget, widget.canvas.timeline_scene().bars_of(event.tag_id)[0]))
    assert bar is not None and bar.event.tag_id == event.tag_id


def test_zoom_keys_wheel_fit_and_axis_units(view, qtbot):
    widget, *_ = view
    canvas = widget.canvas
    canvas.setFocus()
    fitted = canvas.ppd
    first, last = canvas.visible_days()
    unit, _ticks = axis_ticks(first, last, canvas.ppd)
    assert unit in ("month", "year")
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    assert canvas.ppd == pytest.approx(fitted * 1.25)
    for _ in range(20):
        qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    first, last = canvas.visible_days()
    assert axis_ticks(first, last, canvas.ppd)[0] == "day"
    assert last - first < 31
    before = canvas.horizontalScrollBar().value()
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert canvas.horizontalScrollBar().value() > before
    qtbot.keyClick(canvas, Qt.Key.Key_Minus)
    qtbot.keyClick(canvas, Qt.Key.Key_0)
    assert canvas.ppd == pytest.approx(fitted)
    # fit all cannot be zoomed out of; the deepest zoom shows days
    qtbot.keyClick(canvas, Qt.Key.Key_Minus)
    assert canvas.ppd == pytest.approx(fitted, rel=0.01)
    widget.zoom_in_button.click()
    assert canvas.ppd > fitted
    widget.fit_button.click()
    assert canvas.ppd == pytest.approx(fitted)


def test_filters_are_shown_and_cleared(view, qtbot):
    widget, *_ = view
    assert widget.filter_label.text() == "5 events · no filter"
    qtbot.keyClicks(widget.text_filter, "grain")
    assert len({b.event.tag_id for b in widget.current_layout().bars}) == 2
    assert "filtered by" in widget.filter_label.text() and "grain" in widget.filter_label.text()
    assert widget.undated_list.count() == 0
    widget.actor_filter.setCurrentIndex(widget.actor_filter.findText("Murat Nurtleu"))
    assert widget.current_layout().bars == []  # no grain event with Nurtleu
    qtbot.mouseClick(widget.clear_button, Qt.MouseButton.LeftButton)
    assert widget.filters().is_empty() and widget.text_filter.text() == ""
    assert len({b.event.tag_id for b in widget.current_layout().bars}) == 5
    qtbot.keyClicks(widget.since_edit, "2025-06-01")
    assert {b.event.quote for b in widget.current_layout().bars} == {
        "between 2024 and 2025", "As of 2025", "June 25, 2025", "June 26, 2025"}


def test_live_updates_without_reload(view):
    widget, service, doc_id, tags = view
    renamed = service.edit_tag(tags["May 22, 2025"], attributes={
        **service.get_tag(tags["May 22, 2025"]).attributes, "title": "Protocol on customs data"})
    widget.refresh_tag(renamed)
    labels = {b.label for b in widget.current_layout().bars}
    assert "Protocol on customs data" in labels and "Customs protocol signed in Almaty" not in labels
    deleted = service.delete_tag(tags["June 26, 2025"])
    widget.refresh_tag(deleted)
    assert tags["June 26, 2025"] not in {b.event.tag_id for b in widget.current_layout().bars}
    new = tag_date(service, doc_id, "03.07.2025", "Kazinform article accessed")
    widget.refresh_tag(new)
    assert "Kazinform article accessed" in {b.label for b in widget.current_layout().bars}
    claim = service.tag_quote(doc_id, "claim", "Tajikistan is positioned")
    before = widget.current_layout()
    widget.refresh_tag(claim)  # not a date: nothing to redraw
    assert widget.current_layout() is before


def test_highlight_lanes_hide_and_move(view):
    widget, _service, _doc, tags = view
    assert widget.highlight_tag(tags["June 25, 2025"])
    scene = widget.canvas.timeline_scene()
    assert scene.highlighted == tags["June 25, 2025"] and len(scene.bars_of(scene.highlighted)) == 2
    rect = widget.canvas.bar_rect(scene.bars_of(scene.highlighted)[0])
    image = widget.canvas.viewport().grab().toImage()
    orange = [image.pixelColor(x, int(rect.top()) - 1) for x in range(int(rect.left()), int(rect.right()))]
    assert any(c.red() > 200 and 80 < c.green() < 160 and c.blue() < 80 for c in orange)
    assert not widget.highlight_tag("no-such-tag")
    keys = widget.lane_keys()
    widget.move_lane(keys[2], -2)
    assert widget.lane_keys()[0] == keys[2]
    widget.set_lane_hidden(keys[0], True)
    assert keys[0] not in widget.lane_keys() and len(widget.lane_keys()) == 3
    widget.show_all_lanes()
    assert len(widget.lane_keys()) == 4
    widget.lanes_combo.setCurrentIndex(widget.lanes_combo.findData("document"))
    assert widget.lane_mode() == "document" and len(widget.lane_keys()) == 1


def test_png_and_svg_exports(view, tmp_path):
    widget, *_ = view
    png = widget.export_png(tmp_path / "timeline.png")
    image = QImage(str(png))
    assert not image.isNull() and image.width() >= 1000
    colours = {}
    for y in range(AXIS_H + 2, image.height(), 2):
        for x in range(HEADER_W + 2, image.width(), 3):
            c = image.pixelColor(x, y)
            colours[c.name()] = colours.get(c.name(), 0) + 1
    non_white = sum(n for name, n in colours.items() if name != "#ffffff")
    assert non_white > 500  # bars, markers and labels were drawn
    blue = QColor("#5b9bf0")
    assert any(abs(QColor(n).hue() - blue.hue()) < 8 and QColor(n).saturation() > 80 for n in colours)
    svg = widget.export_svg(tmp_path / "timeline.svg").read_text(encoding="utf-8")
    for label in ("Customs protocol signed in Almaty", "Nurtleu meets Asadullozoda in Astana", "Kazakhstan"):
        assert label in svg
    # what is filtered away is not exported
    widget.text_filter.setText("grain")
    svg = widget.export_svg(tmp_path / "grain.svg").read_text(encoding="utf-8")
    assert "Grain shipments reach 1.3 million tons" in svg and "Customs protocol" not in svg


def test_wheel_pinch_and_hover(view, qtbot):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent, QNativeGestureEvent, QPointingDevice, QWheelEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    widget, _service, _doc, tags = view
    canvas = widget.canvas
    vp = canvas.viewport()
    fitted = canvas.ppd
    at = QPointF(HEADER_W + 300, 200)
    anchor_day = canvas.mapToScene(at.toPoint()).x()
    wheel = QWheelEvent(at, QPointF(vp.mapToGlobal(at.toPoint())), QPoint(0, 0), QPoint(0, 240),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(vp, wheel)
    assert canvas.ppd == pytest.approx(fitted * 1.25 ** 2)
    assert canvas.mapToScene(at.toPoint()).x() == pytest.approx(anchor_day, abs=2 / canvas.ppd)  # zooms about the cursor
    pinch = QNativeGestureEvent(Qt.NativeGestureType.ZoomNativeGesture, QPointingDevice.primaryPointingDevice(), 2,
                                at, at, QPointF(vp.mapToGlobal(at.toPoint())), 0.5, QPointF(0, 0), 0)
    before = canvas.ppd
    QApplication.sendEvent(vp, pinch)
    assert canvas.ppd == pytest.approx(before * 1.5)
    canvas.fit_all()
    bar = canvas.timeline_scene().bars_of(tags["June 25, 2025"])[0]
    pos = widget.canvas.bar_rect(bar).center().toPoint()
    QApplication.sendEvent(vp, QHelpEvent(QEvent.Type.ToolTip, pos, vp.mapToGlobal(pos)))
    assert "Nurtleu meets Asadullozoda in Astana" in QToolTip.text() and "June 25, 2025" in QToolTip.text()
    QToolTip.hideText()
    # a lane's header cuts a long name; hovering it shows the whole name and the count
    box = widget.current_layout().lanes[1]
    y = canvas.mapFromScene(QPointF(0, box.y + box.height / 2)).y()
    QApplication.sendEvent(vp, QHelpEvent(QEvent.Type.ToolTip, QPoint(20, y), vp.mapToGlobal(QPoint(20, y))))
    assert QToolTip.text() == f"{box.label} — events: {box.count}"
    QToolTip.hideText()


def test_fit_all_leaves_room_for_the_last_labels(view):
    widget, *_ = view
    canvas = widget.canvas
    canvas.fit_all()
    scene = canvas.timeline_scene()
    width = canvas.viewport().width()
    for _lane, _tag, _x, bar in scene_events(widget):
        # every label after its marker ends inside the view (one without a next event is never cut by the edge)
        label_px = scene.metrics.horizontalAdvance(bar.label)
        right = canvas.bar_rect(bar).right() if bar.event.shape == "point" else canvas.bar_rect(bar).left()
        assert right + min(label_px, 250) + 8 <= width, bar.label


@pytest.mark.parametrize("title", [None, "UN SECURITY COUNCIL WARNS MEMBER STATES OF THE CORRIDOR'S RISKS",
                                   "ПРЕЗИДЕНТ ҚАЗАҚСТАН МЕМЛЕКЕТТІК САПАРМЕН ТӘЖІКСТАНҒА КЕЛДІ ЖӘНЕ КЕЛІСІМГЕ ҚОЛ ҚОЙДЫ"])
def test_labels_are_cut_with_an_ellipsis_at_the_right_edge(view, qtbot, monkeypatch, title):
    """A narrow window: long labels end with "…" inside the view, never cut mid-letter by its edge (also labels in
    capitals or Cyrillic, wider than the average letter)."""
    from PySide6.QtGui import QPainter

    widget, service, _doc, tags = view
    if title is not None:
        tag = service.get_tag(tags["As of 2025"])
        service.edit_tag(tag.id, attributes={**tag.attributes, "title": title})
        widget.set_timeline(build_timeline(service.store))
    widget.resize(560, 420)
    qtbot.waitUntil(lambda: widget.canvas.viewport().width() < 560)
    canvas = widget.canvas
    canvas.fit_all()
    drawn: list[tuple[float, str]] = []
    real = QPainter.drawText

    def record(painter, *args):
        if len(args) == 2 and isinstance(args[0], QPointF):
            drawn.append((args[0].x(), args[1]))
        return real(painter, *args)

    monkeypatch.setattr(QPainter, "drawText", record)
    canvas.viewport().repaint()
    monkeypatch.undo()
    scene = canvas.timeline_scene()
    labels = {bar.label for *_x, bar in scene_events(widget)}
    drawn_labels = [(x, text) for x, text in drawn if text in labels or text.endswith("…")]
    assert drawn_labels
    width = canvas.viewport().width()
    for x, text in drawn_labels:
        assert x + scene.metrics.horizontalAdvance(text) <= width + 1, text
    cut = [text for _x, text in drawn_labels if text.endswith("…")]
    assert cut and all(any(label.startswith(text[:-1]) for label in labels) for text in cut)


def test_exported_labels_end_inside_the_figure(view, tmp_path):
    """The PNG/SVG export cuts a label that would run past the figure's right edge with "…"."""
    from desktop.timeline.render import export_svg

    widget, *_ = view
    svg = export_svg(widget.visible_layout(), tmp_path / "narrow.svg", width=420).read_text(encoding="utf-8")
    assert "…" in svg
    wide = export_svg(widget.visible_layout(), tmp_path / "wide.svg", width=1400).read_text(encoding="utf-8")
    assert "Customs protocol signed in Almaty" in wide
