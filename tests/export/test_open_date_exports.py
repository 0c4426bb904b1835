"""An open-ended date tag ("before 22 May 2025") keeps its ``open`` side in every export that writes attributes:
CSV (a column), JSON, the W3C Web Annotation body and REFI-QDA's attributes note."""

from __future__ import annotations

import csv
import io
import json

from desktop.export.model import ReportOptions, gather
from desktop.export.run import render


def test_open_side_is_written_by_each_format_with_attributes(seeded):
    service, doc_id = seeded
    tag = service.tag_quote(doc_id, "date", "May 22, 2025")
    service.edit_tag(tag.id, attributes={"start": "2025-05-22", "end": "2025-05-22", "precision": "day", "open": "start"})
    model = gather(service.store, ReportOptions())
    rows = list(csv.DictReader(io.StringIO(render(model, "csv").decode("utf-8-sig"))))
    assert next(r for r in rows if r["tag_id"] == tag.id)["attr.open"] == "start"
    tags = {t["id"]: t for t in json.loads(render(model, "json"))["tags"]}
    assert tags[tag.id]["attributes"]["open"] == "start"
    items = json.loads(render(model, "w3c"))["first"]["items"]
    bodies = [b for i in items if i["id"].endswith(tag.id) for b in i["body"] if b.get("purpose") == "describing"]
    assert json.loads(bodies[0]["value"])["open"] == "start"


def test_open_side_survives_a_refi_qda_round_trip(seeded, tmp_path):
    from desktop.exchange.project import export_project, import_project
    from desktop.service import Service
    from desktop.store import open_store

    service, doc_id = seeded
    tag = service.tag_quote(doc_id, "date", "May 22, 2025")
    service.edit_tag(tag.id, attributes={"start": "2025-05-22", "end": "2025-05-22", "precision": "day", "open": "end"})
    out = tmp_path / "open.qdpx"
    export_project(service, out)
    other = Service(open_store(tmp_path / "other.claimline"), "Them")
    import_project(other, out)
    back = next(t for t in other.tags() if t.exact == "May 22, 2025")
    assert back.attributes["open"] == "end"
