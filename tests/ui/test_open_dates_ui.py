"""An open-ended date ("before 22 May 2025") set with the keyboard in the real window: the form, the store, the
timeline's fading tail, undo."""

from __future__ import annotations

import os

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QTransform
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from desktop.timeline.render import HEADER_W, open_tail
from tests.ui.test_timeline_ui import scene_events, view  # noqa: F401 (fixture)
from tests.ui.test_timeline_ui import test_fit_all_leaves_room_for_the_last_labels as last_labels_fit
from tests.ui.test_ui import close_window, home, open_window  # noqa: F401 (fixture)
from tests.test_packaging import english_after  # noqa: F401 (fixture)
from tests.ui.test_window_features import tag_by_keys
from tests.timeline.test_timeline import events_store  # noqa: F401 (fixture)


def test_open_side_is_set_and_cleared_with_the_keyboard_and_drawn_on_the_timeline(qtbot, home):
    window = open_window(qtbot)
    try:
        qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        window.reader.setFocus()
        date = tag_by_keys(qtbot, window, "May 22, 2025", Qt.Key.Key_D)
        form = window.meaning_form
        qtbot.waitUntil(lambda: form.pages.currentWidget() is form.date_page, timeout=3000)
        combo = form.date_open
        assert combo.isEnabled() and combo.currentData() == ""
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Down)  # closed → open before
        assert window.service.get_tag(date.id).attributes["open"] == "start"
        qtbot.waitUntil(lambda: form.date_shown.text() == "= before 22 May 2025", timeout=3000)
        event = next(e for e in window.timeline.timeline().events if e.tag_id == date.id)
        assert event.open == "start" and event.display_date == "before 22 May 2025"
        bar = next(b for _lane, tag_id, _x, b in scene_events(window.timeline) if tag_id == date.id)
        rect = window.timeline.canvas.bar_rect(bar)
        band, _chevron = open_tail(bar, rect.left(), rect.right(), rect.top())
        assert band.right() <= rect.left() + 1  # the tail runs left of the day: no known first day
        # the tail is painted: a pixel inside it, near the event, takes the lane's colour
        image = window.timeline.canvas.viewport().grab().toImage()
        pixel = QColor(image.pixel(int(band.right() - 3), int(band.center().y())))
        assert pixel != QColor("#ffffff") and pixel.alpha() == 255
        # repainting only the part of the view left of the event (it is just out of sight at the right edge):
        # its tail reaches into that part and is painted
        lane = next(item for item in window.timeline.canvas.timeline_scene().lane_items
                    if any(bar in row.bars for row in item.rows.values()))
        sx, at = 20.0, 200.0  # pixels a day; where the event's day starts
        dx = at - (bar.x0 - lane.day0) * sx
        option = QStyleOptionGraphicsItem()
        option.exposedRect = QRectF(-dx / sx, lane.box.y, 190 / sx, lane.box.height)  # device x 0..190
        part = QImage(400, int(lane.box.y + lane.box.height) + 1, QImage.Format.Format_ARGB32)
        part.fill(QColor("#ffffff"))
        painter = QPainter(part)
        painter.setWorldTransform(QTransform(sx, 0, 0, 1, dx, 0))
        lane.paint(painter, option, None)
        painter.end()
        band, _chevron = open_tail(bar, at, at + sx, bar.y)
        assert band.left() < 185 < band.right()
        assert QColor(part.pixel(185, int(band.center().y()))) != QColor("#ffffff")
        if os.environ.get("CLAIMLINE_SHOTS"):
            window.timeline.grab().save(os.path.join(os.environ["CLAIMLINE_SHOTS"], "timeline-open.png"))
            window.resize(1400, 950)
            qtbot.wait(50)
            form.grab().save(os.path.join(os.environ["CLAIMLINE_SHOTS"], "form-open.png"))
        qtbot.keyClick(combo, Qt.Key.Key_Down)  # open before → open after
        assert window.service.get_tag(date.id).attributes["open"] == "end"
        qtbot.keyClick(combo, Qt.Key.Key_Home)  # back to closed: the attribute goes
        assert "open" not in window.service.get_tag(date.id).attributes
        window.undo_stack.undo()
        assert window.service.get_tag(date.id).attributes["open"] == "end"
    finally:
        close_window(window)


def test_open_dates_are_said_in_the_ui_language(english_after):  # noqa: F811
    from desktop import i18n
    from desktop.ui.localised import date_text

    before = {"start": "2025-05-22", "end": "2025-05-22", "precision": "day", "open": "start"}
    after = {"start": "1990", "end": "1990", "precision": "year", "open": "end"}
    i18n.install("ru")
    assert (date_text(before), date_text(after)) == ("до 22 мая 2025", "после 1990")
    i18n.install("tr")
    assert (date_text(before), date_text(after)) == ("22 Mayıs 2025 öncesi", "1990 sonrası")


def test_exported_figure_leaves_room_for_the_tail_of_the_first_event(events_store):  # noqa: F811
    from desktop.service.meaning import Meaning
    from desktop.timeline.events import build_timeline
    from desktop.timeline.render import HEADER_W, figure_x, layout_timeline, render_image

    service, _doc, _tags = events_store
    first = build_timeline(service.store).events[0]
    Meaning(service).set_attributes(first.tag_id, {"open": "start"})  # "before …", the earliest event
    layout = layout_timeline(build_timeline(service.store).events)
    bar = next(b for b in layout.bars if b.event.tag_id == first.tag_id)
    x_of, _ppd, _margin = figure_x(layout, 1400)
    band, _chevron = open_tail(bar, x_of(bar.x0), x_of(bar.x1), bar.y)
    assert band.left() >= HEADER_W  # not under the lane headers
    image = render_image(layout, 1400)
    assert QColor(image.pixel(int(band.right()) - 3, int(band.center().y()))) != QColor("#ffffff")


def test_showing_everything_leaves_room_for_the_tail_of_the_first_event(view):  # noqa: F811
    from desktop.service.meaning import Meaning
    from desktop.timeline.events import build_timeline

    widget, service, _doc, _tags = view
    first = build_timeline(service.store).events[0]
    Meaning(service).set_attributes(first.tag_id, {"open": "start"})  # "before …", the earliest event
    widget.set_timeline(build_timeline(service.store), {k.name: k.label for k in service.kinds()})
    canvas = widget.canvas
    canvas.fit_all()
    bar = next(b for _lane, tag_id, _x, b in scene_events(widget) if tag_id == first.tag_id)
    rect = canvas.bar_rect(bar)
    band, _chevron = open_tail(bar, rect.left(), rect.right(), rect.top())
    assert band.left() >= HEADER_W  # not under the lane headers
    last_labels_fit(view)  # the last labels still fit


def _show_text(qtbot, window, text: str) -> None:
    """Import ``text`` as a document, open it in the reader and give the reader the keyboard."""
    from desktop.model import Document  # noqa: PLC0415

    info, _ = window.service.import_document(Document(title="Note", text=text, format="txt"))
    window.refresh_library()
    window.open_document(info.id)
    qtbot.waitUntil(lambda: window.current_doc == info.id, timeout=3000)
    window.reader.setFocus()


def test_a_date_tagged_by_hand_keeps_its_open_side(qtbot, home):
    """The final read of round 18: selecting "before 1492" (or "1990" after "after") and pressing D stored a closed
    date; the form and the timeline now say the open side, as the suggestion does."""
    window = open_window(qtbot)
    try:
        _show_text(qtbot, window, "The charter was sealed before 1492 in Seville. Trade grew after 1990 across the strait.\n")
        before = tag_by_keys(qtbot, window, "before 1492", Qt.Key.Key_D)
        assert window.service.get_tag(before.id).attributes["open"] == "start"
        form = window.meaning_form
        qtbot.waitUntil(lambda: form.date_shown.text() == "= before 1492", timeout=3000)
        assert form.date_open.currentData() == "start"
        after = tag_by_keys(qtbot, window, "1990", Qt.Key.Key_D)  # the year alone, the cue outside the selection
        assert window.service.get_tag(after.id).attributes["open"] == "end"
    finally:
        close_window(window)


def test_a_range_to_the_present_tagged_by_hand_reads_as_its_suggestion(qtbot, home):
    """The lead's timeline screenshot of round 19: "2013 – present" selected in an undated text and tagged with D was
    stored undated (the form's reading did not know the range to the present), while the suggestion of the same words
    is 2013, open at its end."""
    window = open_window(qtbot)
    try:
        _show_text(qtbot, window, "The club has played in the league (2013 – present) since its merger.\n")
        tag = tag_by_keys(qtbot, window, "2013 – present", Qt.Key.Key_D)
        attrs = window.service.get_tag(tag.id).attributes
        assert (attrs["start"], attrs.get("open"), bool(attrs.get("undated"))) == ("2013", "end", False)
        qtbot.waitUntil(lambda: window.meaning_form.date_shown.text() == "= after 2013", timeout=3000)
    finally:
        close_window(window)


def test_the_timeline_tooltip_says_the_open_side(qtbot):
    """The final read of round 18: the tooltip said "2001 — written “2001”" for an event open after 2001."""
    from desktop.timeline.events import Event  # noqa: PLC0415
    from desktop.ui.timeline_view import tooltip_html  # noqa: PLC0415

    def event(open_side: str) -> Event:
        return Event("t1", "d1", "Report", "date", "", "2001", "2001", "year", "Prices rose after 2001", (), (), "", "2001",
                     (), 730486, 730851, open_side)

    assert "after 2001 — written “2001”" in tooltip_html(event("end"))
    assert "before 2001 — written" in tooltip_html(event("start"))
    assert "<br>2001 — written" in tooltip_html(event(""))


def test_typing_a_range_into_an_open_date_closes_it(qtbot, home):
    """The final read of round 18: "before 1490" edited to 1490–1495 in the To field kept open ("before 1490–1495");
    a range typed into the fields is that range. Choosing an open side on the range afterwards still keeps it."""
    window = open_window(qtbot)
    try:
        _show_text(qtbot, window, "The fort stood before 1490 on the hill.\n")
        date = tag_by_keys(qtbot, window, "before 1490", Qt.Key.Key_D)
        assert window.service.get_tag(date.id).attributes["open"] == "start"
        form = window.meaning_form
        qtbot.waitUntil(lambda: form.pages.currentWidget() is form.date_page, timeout=3000)
        form.date_end.setFocus()
        form.date_end.selectAll()
        qtbot.keyClicks(form.date_end, "1495")
        qtbot.keyClick(form.date_end, Qt.Key.Key_Return)
        attrs = window.service.get_tag(date.id).attributes
        assert (attrs["start"], attrs["end"]) == ("1490", "1495") and "open" not in attrs
        assert form.date_open.currentData() == ""
        form.date_open.setFocus()
        qtbot.keyClick(form.date_open, Qt.Key.Key_Down)  # the analyst opens the range on purpose: kept
        assert window.service.get_tag(date.id).attributes["open"] == "start"
        form.date_start.setFocus()
        form.date_start.selectAll()
        qtbot.keyClicks(form.date_start, "1489")
        qtbot.keyClick(form.date_start, Qt.Key.Key_Return)
        assert window.service.get_tag(date.id).attributes["open"] == "start"  # a range stays a range: its side stays
    finally:
        close_window(window)


def _no_text_in(image, band, chevron_w: float) -> bool:
    """No dark (text) pixel inside ``band`` short of its chevron: the band fades in the lane's colour alone."""
    for x in range(int(band.left()) + 3, int(band.right() - chevron_w) - 2):
        for y in range(int(band.top()) + 1, int(band.bottom()) - 1):
            if QColor(image.pixel(x, y)).value() < 90:
                return False
    return True


def test_a_label_starts_after_the_tail_of_an_event_open_at_its_end(view, events_store):  # noqa: F811
    """ "Trade grew after 1990.": the label of a one-day event was drawn from its diamond on, over its fading tail and
    chevron; it starts after them, in the window's view and in the exported figure."""
    from desktop.service.meaning import Meaning
    from desktop.timeline.events import build_timeline
    from desktop.timeline.render import BAR_H, figure_x, layout_timeline, render_image

    widget, service, _doc, tags = view
    Meaning(service).set_attributes(tags["June 26, 2025"], {"open": "end"})  # the last event: room for its label
    widget.set_timeline(build_timeline(service.store), {k.name: k.label for k in service.kinds()})
    canvas = widget.canvas
    canvas.fit_all()
    bar = next(b for _lane, tag_id, _x, b in scene_events(widget) if tag_id == tags["June 26, 2025"])
    rect = canvas.bar_rect(bar)
    band, _chevron = open_tail(bar, rect.left(), rect.right(), rect.top())
    image = canvas.viewport().grab().toImage()
    assert _no_text_in(image, band, BAR_H / 2)
    # the label is there, after the chevron
    assert not _no_text_in(image, QRectF(band.right(), band.top(), 60, band.height()), 0)
    es_service, _d, es_tags = events_store
    Meaning(es_service).set_attributes(es_tags["June 26, 2025"], {"open": "end"})
    layout = layout_timeline(build_timeline(es_service.store).events)
    bar = next(b for b in layout.bars if b.event.tag_id == es_tags["June 26, 2025"])
    x_of, _ppd, _margin = figure_x(layout, 1400)
    band, _chevron = open_tail(bar, x_of(bar.x0), x_of(bar.x1), bar.y)
    figure = render_image(layout, 1400)
    assert _no_text_in(figure, band, BAR_H / 2)
    assert not _no_text_in(figure, QRectF(band.right(), band.top(), 60, band.height()), 0)
