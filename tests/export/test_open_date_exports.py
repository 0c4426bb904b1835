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


def test_a_bad_open_side_is_dropped_on_import(seeded, tmp_path):
    """The final read of round 18: a tag imported with "open": "Start" (another tool's spelling) was stored as given,
    shown closed, and made every later edit fail ("open must be one of start, end")."""
    import zipfile

    from desktop.exchange.project import export_project, import_project
    from desktop.export.w3c import import_annotations
    from desktop.service import Service
    from desktop.service.meaning import Meaning
    from desktop.store import open_store
    from tests.conftest import SEED

    service, doc_id = seeded
    tag = service.tag_quote(doc_id, "date", "May 22, 2025")
    service.edit_tag(tag.id, attributes={"start": "2025-05-22", "end": "2025-05-22", "precision": "day", "open": "end"})
    # W3C: the describing body says "Start"
    data = json.loads(render(gather(service.store, ReportOptions()), "w3c"))
    for item in data["first"]["items"]:
        for body in item["body"]:
            if body.get("purpose") == "describing" and '"open"' in body["value"]:
                body["value"] = body["value"].replace('"end"', '"Start"')
    w3c = tmp_path / "bad.json"
    w3c.write_text(json.dumps(data), encoding="utf-8")
    fresh = Service(open_store(tmp_path / "fresh.claimline"), "Them")
    fresh.import_files([SEED])
    import_annotations(fresh, w3c)
    back = fresh.get_tag(tag.id)
    assert back.attributes["start"] == "2025-05-22" and "open" not in back.attributes
    assert Meaning(fresh).set_attributes(back.id, {"title": "Edited"}).attributes["title"] == "Edited"
    # REFI-QDA: the attributes note says "yes"
    good, bad = tmp_path / "good.qdpx", tmp_path / "bad.qdpx"
    export_project(service, good)
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(bad, "w") as zout:
        for info in zin.infolist():
            raw = zin.read(info.filename)
            if info.filename.endswith(".qde"):
                raw = raw.replace(b"&quot;open&quot;: &quot;end&quot;", b"&quot;open&quot;: &quot;yes&quot;")
                raw = raw.replace(b'"open": "end"', b'"open": "yes"')
                assert b"yes" in raw
            zout.writestr(info, raw)
    other = Service(open_store(tmp_path / "other.claimline"), "Them")
    import_project(other, bad)
    imported = next(t for t in other.tags() if t.exact == "May 22, 2025")
    assert imported.attributes["start"] == "2025-05-22" and "open" not in imported.attributes
    assert Meaning(other).set_attributes(imported.id, {"title": "Edited"}).attributes["title"] == "Edited"
