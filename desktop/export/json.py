"""All tags, entities, links and references of the report as versioned JSON."""

from __future__ import annotations

import json as _json

from desktop.export.model import ReportModel

FORMAT = "claimline-export"
VERSION = 1


def data(model: ReportModel) -> dict:
    return {
        "format": FORMAT,
        "version": VERSION,
        "generator": f"Claimline {model.app_version}",
        "created": model.created,
        "title": model.title,
        "analyst": model.analyst,
        "store": {"name": model.store_name, "id": model.store_id},
        "filters": {
            "documents": list(model.options.document_ids),
            "kinds": list(model.options.kinds),
            "authors": list(model.options.authors),
            "since": model.options.since,
            "until": model.options.until,
        },
        "kinds": [
            {"name": k.name, "label": k.label, "colour": k.colour} for k in model.kinds.values()
        ],
        "documents": [
            {
                "id": d.id,
                "title": d.title,
                "source": d.source,
                "format": d.format,
                "metadata": d.metadata,
                "length": len(d.text),
                "tags": len(d.tags),
            }
            for d in model.documents
        ],
        "tags": [
            {**rt.tag.to_json(), "page": rt.location.page, "paragraph": rt.location.paragraph}
            for rt in model.all_tags()
        ],
        "entities": list(model.entities),
        "links": list(model.links),
        "references": list(model.references),
    }


def render(model: ReportModel, **_: object) -> bytes:
    # ensure_ascii=False keeps text readable; json escapes quotes and control
    # characters, and "</" is escaped so the file is safe to embed in a page.
    text = _json.dumps(data(model), ensure_ascii=False, indent=2).replace("</", "<\\/")
    return (text + "\n").encode("utf-8")
