"""Open-ended dates on the timeline: the event keeps its side, filters let an open side reach past their bound,
the command line shows and exports it."""

from __future__ import annotations

import json

import desktop.cli
from desktop.service.meaning import Meaning
from desktop.timeline.events import Filters, apply_filters, build_timeline
from tests.timeline.test_timeline import events_store  # noqa: F401 (fixture)


def test_open_event_keeps_its_side_filters_and_exports(events_store, capsys):  # noqa: F811
    service, _doc, tags = events_store
    meaning = Meaning(service)
    meaning.set_attributes(tags["May 22, 2025"], {"open": "end"})  # "after 22 May 2025"
    meaning.set_attributes(tags["June 26, 2025"], {"open": "start"})  # "before 26 June 2025"
    timeline = build_timeline(service.store)
    shown = {e.quote: (e.open, e.display_date) for e in timeline.events}
    assert shown["May 22, 2025"] == ("end", "after 22 May 2025")
    assert shown["June 26, 2025"] == ("start", "before 26 June 2025")
    assert shown["June 25, 2025"] == ("", "25 June 2025")
    # order stays by the written bound
    assert [e.quote for e in timeline.events][2:] == ["May 22, 2025", "June 25, 2025", "June 26, 2025"]
    # an open side reaches past a filter's bound on that side; a closed side does not
    later = [e.quote for e in apply_filters(timeline, Filters(since="2025-07")).events]
    assert "May 22, 2025" in later and "June 25, 2025" not in later and "June 26, 2025" not in later
    earlier = [e.quote for e in apply_filters(timeline, Filters(until="2025-05-01")).events]
    assert "June 26, 2025" in earlier and "May 22, 2025" not in earlier
    store = str(service.store.path)
    assert desktop.cli.main(["timeline", "--store", store, "--json"]) == 0
    events = {e["quote"]: e for e in json.loads(capsys.readouterr().out)["events"]}
    assert events["May 22, 2025"]["open"] == "end" and "open" not in events["June 25, 2025"]
    assert desktop.cli.main(["timeline", "--store", store]) == 0
    out = capsys.readouterr().out
    assert "after 22 May 2025\t" in out and "before 26 June 2025\t" in out


def _year_event(tag_id: str, year: int, open_side: str = ""):
    import datetime as dt  # noqa: PLC0415

    from desktop.timeline.events import Event  # noqa: PLC0415

    first, after = dt.date(year, 1, 1).toordinal(), dt.date(year + 1, 1, 1).toordinal()
    return Event(tag_id, "d1", "Report", "date", "", str(year), str(year), "year", f"Event {year}", (), (), "", str(year),
                 (), first, after, open_side)


def test_an_open_side_takes_room_in_its_row():
    """The lead's timeline screenshot of round 19: "after 1990" and "2013 – present" in one lane shared a row, the first
    event's fading tail ran into the second and its label was cut to nothing.  The tail now counts as part of the event
    when rows are packed; closed events as far apart still share a row."""
    from desktop.timeline.render import layout_timeline  # noqa: PLC0415

    events = [_year_event("a", 1450), _year_event("b", 1700), _year_event("c", 1990, "end"), _year_event("d", 2013, "end")]
    rows = {bar.event.tag_id: bar.row for bar in layout_timeline(events).bars}
    assert rows["c"] != rows["d"]
    closed = [_year_event("a", 1450), _year_event("b", 1700), _year_event("c", 1990), _year_event("d", 2013)]
    assert len({bar.row for bar in layout_timeline(closed).bars}) == 1
    before = [_year_event("a", 1450), _year_event("b", 1700), _year_event("c", 1990), _year_event("d", 2013, "start")]
    rows = {bar.event.tag_id: bar.row for bar in layout_timeline(before).bars}
    assert rows["c"] != rows["d"]  # "before 2013" reaches back over 1990
