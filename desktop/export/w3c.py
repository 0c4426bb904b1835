"""W3C Web Annotation JSON-LD: export an AnnotationCollection, and import it back.

Each tag becomes an ``Annotation`` (https://www.w3.org/TR/annotation-model/):

* ``id`` ``urn:uuid:<tag id>``, ``creator`` (a Person with the author's name),
  ``created`` / ``modified``;
* ``body``: a ``TextualBody`` with purpose ``tagging`` holding the kind, one with
  purpose ``commenting`` holding the note (when there is one) and one with
  purpose ``describing`` holding the attributes as JSON (when there are any);
* ``target``: a ``SpecificResource`` whose ``source`` is
  ``urn:claimline:document:<document id>`` with a ``TextQuoteSelector``
  (exact, prefix, suffix) and a ``TextPositionSelector`` (code points, as in
  Python ``str`` offsets).

The collection embeds its only page (``first``).  :func:`import_annotations`
reads such a file (or a page, an array, or a single annotation) and restores
the tags on the same document: a tag whose id is already live is left alone, a
deleted one is restored, a missing one is inserted; a quote that moved is found
again through :mod:`desktop.anchoring`.
"""

from __future__ import annotations

import json as _json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from desktop.anchoring import Anchor, make_anchor, resolve
from desktop.export.model import ReportModel
from desktop.model import Annotation

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
DOC_URN = "urn:claimline:document:"
TAG_URN = "urn:uuid:"


def annotation(tag: Annotation) -> dict[str, Any]:
    bodies: list[dict[str, Any]] = [
        {"type": "TextualBody", "purpose": "tagging", "value": tag.kind},
    ]
    if tag.note:
        bodies.append({"type": "TextualBody", "purpose": "commenting", "value": tag.note, "format": "text/plain"})
    if tag.attributes:
        bodies.append(
            {
                "type": "TextualBody",
                "purpose": "describing",
                "value": _json.dumps(tag.attributes, ensure_ascii=False, sort_keys=True),
                "format": "application/json",
            }
        )
    return {
        "id": TAG_URN + tag.id,
        "type": "Annotation",
        "motivation": "commenting" if tag.note else "tagging",
        "creator": {"type": "Person", "name": tag.author},
        "created": tag.created_at,
        "modified": tag.updated_at,
        "body": bodies,
        "target": {
            "type": "SpecificResource",
            "source": DOC_URN + tag.document_id,
            "selector": [
                {"type": "TextQuoteSelector", "exact": tag.exact, "prefix": tag.prefix, "suffix": tag.suffix},
                {"type": "TextPositionSelector", "start": tag.start, "end": tag.end},
            ],
        },
    }


def collection(model: ReportModel) -> dict[str, Any]:
    items = [annotation(rt.tag) for rt in model.all_tags()]
    cid = f"urn:claimline:export:{model.store_id or 'store'}:{model.created}"
    return {
        "@context": CONTEXT,
        "id": cid,
        "type": "AnnotationCollection",
        "label": model.title,
        "total": len(items),
        "created": model.created,
        "generator": {"id": "https://claimline.invalid/", "type": "Software", "name": f"Claimline {model.app_version}"},
        "first": {"id": cid + ":page1", "type": "AnnotationPage", "startIndex": 0, "items": items},
    }


def render(model: ReportModel, **_: object) -> bytes:
    text = _json.dumps(collection(model), ensure_ascii=False, indent=2).replace("</", "<\\/")
    return (text + "\n").encode("utf-8")


# -- import -------------------------------------------------------------------------


@dataclass
class ImportReport:
    """What :func:`import_annotations` did."""

    inserted: int = 0
    restored: int = 0
    unchanged: int = 0
    moved: int = 0  # placed again by quote because the position no longer matched
    problems: list[str] = field(default_factory=list)


def _annotations_in(data: Any) -> list[dict[str, Any]]:
    if isinstance(data, list):
        out = []
        for item in data:
            out += _annotations_in(item)
        return out
    if not isinstance(data, dict):
        return []
    kind = data.get("type")
    kinds = kind if isinstance(kind, list) else [kind]
    if "Annotation" in kinds:
        return [data]
    out = []
    if "@graph" in data:
        out += _annotations_in(data["@graph"])
    if "AnnotationCollection" in kinds and isinstance(data.get("first"), dict):
        out += _annotations_in(data["first"])
    if "AnnotationPage" in kinds:
        out += _annotations_in(data.get("items", []))
    return out


def _bodies(a: dict[str, Any]) -> list[dict[str, Any]]:
    body = a.get("body", [])
    return [b for b in (body if isinstance(body, list) else [body]) if isinstance(b, dict)]


def _parse(a: dict[str, Any], index: int) -> tuple[dict[str, Any] | None, str | None]:
    """The fields of one annotation, or a problem description."""
    where = f"annotation {index + 1}"
    ann_id = str(a.get("id", ""))
    tag_id = ann_id[len(TAG_URN) :] if ann_id.startswith(TAG_URN) else ""
    target = a.get("target")
    target = target[0] if isinstance(target, list) and target else target
    if not isinstance(target, dict):
        return None, f"{where}: no target"
    source = str(target.get("source", ""))
    if not source.startswith(DOC_URN):
        return None, f"{where}: target {source[:60]!r} is not a Claimline document"
    selectors = target.get("selector", [])
    selectors = selectors if isinstance(selectors, list) else [selectors]
    quote = next((s for s in selectors if isinstance(s, dict) and s.get("type") == "TextQuoteSelector"), None)
    pos = next((s for s in selectors if isinstance(s, dict) and s.get("type") == "TextPositionSelector"), None)
    if quote is None or not isinstance(quote.get("exact"), str):
        return None, f"{where}: no TextQuoteSelector"
    kind = note = None
    attributes: dict[str, Any] = {}
    for b in _bodies(a):
        purpose, value = b.get("purpose"), b.get("value")
        if not isinstance(value, str):
            continue
        if purpose == "tagging" and kind is None:
            kind = value
        elif purpose == "commenting" and note is None:
            note = value
        elif purpose == "describing":
            try:
                parsed = _json.loads(value)
            except ValueError:
                parsed = None
            if isinstance(parsed, dict):
                attributes = parsed
    if not kind:
        return None, f"{where}: no tagging body (the kind)"
    creator = a.get("creator")
    author = creator.get("name") if isinstance(creator, dict) else creator if isinstance(creator, str) else None
    try:
        start = int(pos["start"]) if pos else -1
        end = int(pos["end"]) if pos else -1
    except (TypeError, ValueError, KeyError):
        start = end = -1
    return {
        "tag_id": tag_id,
        "document_id": source[len(DOC_URN) :],
        "kind": kind,
        "note": note or "",
        "attributes": attributes,
        "author": author,
        "created": a.get("created"),
        "modified": a.get("modified"),
        "anchor": Anchor(start, end, quote["exact"], str(quote.get("prefix", "")), str(quote.get("suffix", ""))),
    }, None


def import_annotations(service: Any, path: str | Path) -> ImportReport:
    """Restore the tags of a W3C Web Annotation file on the same documents.

    Raises ``ServiceError`` when the file cannot be read or holds no annotation;
    per-annotation problems are listed in the report and the rest is imported.
    """
    from desktop.service import ServiceError
    from desktop.store import export as store_export
    from desktop.store import new_id, now_iso

    try:
        data = _json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ServiceError(f"cannot read {path}: {exc}") from None
    found = _annotations_in(data)
    if not found:
        raise ServiceError(f"{path} holds no W3C Web Annotation")
    report = ImportReport()
    kinds = {k.name for k in service.kinds()}
    parsed: list[dict[str, Any]] = []
    for i, a in enumerate(found):
        fields, problem = _parse(a, i)
        if fields is None:
            report.problems.append(problem or f"annotation {i + 1}: not readable")
        elif fields["kind"] not in kinds:
            report.problems.append(f"annotation {i + 1}: unknown kind {fields['kind']!r}")
        else:
            parsed.append(fields)
    ids = [f["tag_id"] for f in parsed if f["tag_id"]]
    existing = store_export.existing_annotation_ids(service.store, ids)
    new: list[Annotation] = []
    seen: set[str] = set()
    with service.store.transaction():
        for f in parsed:
            tag_id = f["tag_id"]
            if tag_id in existing:
                old = service.store.annotation(tag_id)
                if old is not None and old.deleted_at is not None:
                    service.write_state(replace(old, deleted_at=None))
                    report.restored += 1
                else:
                    report.unchanged += 1
                continue
            try:
                text = service.text(f["document_id"])
            except ServiceError:
                report.problems.append(f"tag {tag_id or '?'}: no document {f['document_id']} in this store")
                continue
            res = resolve(text, f["anchor"])
            if res.start is None or res.end is None:
                report.problems.append(f"tag {tag_id or '?'}: quote {f['anchor'].exact[:40]!r} not found")
                continue
            if res.method != "position":
                report.moved += 1
            anchor = make_anchor(text, res.start, res.end)
            stamp = now_iso()
            if not tag_id or tag_id in seen:
                tag_id = new_id()
            seen.add(tag_id)
            new.append(
                Annotation(
                    id=tag_id,
                    document_id=f["document_id"],
                    kind=f["kind"],
                    start=res.start,
                    end=res.end,
                    exact=anchor.exact,
                    prefix=anchor.prefix,
                    suffix=anchor.suffix,
                    note=f["note"],
                    attributes=f["attributes"],
                    author=str(f["author"] or service.author),
                    created_at=str(f["created"] or stamp),
                    updated_at=str(f["modified"] or stamp),
                )
            )
        store_export.insert_imported_annotations(service.store, new)
    report.inserted = len(new)
    return report
