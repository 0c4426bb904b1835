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
