"""W3C Web Annotation JSON-LD: export an AnnotationCollection, and import it back.

Each tag becomes an ``Annotation`` (https://www.w3.org/TR/annotation-model/):

* ``id`` ``urn:uuid:<tag id>``, ``creator`` (a Person with the author's name),
  ``created`` / ``modified``;
* ``body``: a ``TextualBody`` with purpose ``tagging`` holding the kind, one with
  purpose ``commenting`` holding the note (when there is one) and one with
  purpose ``describing`` holding the attributes as JSON (when there are any);
* ``target``: a ``SpecificResource`` whose ``source`` identifies the document
  independently of any store: ``urn:sha256:<sha256 of its text>`` with its
  title, and its web address as ``scope`` when known; a ``TextQuoteSelector``
  (exact, prefix, suffix) and a ``TextPositionSelector`` (code points, as in
  Python ``str`` offsets).

The collection embeds its only page (``first``).  :func:`import_annotations`
reads such a file (or a page, an array, or a single annotation) and restores
the tags in *any* store holding the document: found by its text hash, then by
its web address, then by its title (older files' ``urn:claimline:document:<id>``
too).  A tag whose id is already live is left alone, a deleted one is restored,
a missing one is inserted; when the positions do not match the text, the tag is
placed again by its quote (:mod:`desktop.anchoring`), and what cannot be placed
is reported.

The file is untrusted: numbers must be finite whole numbers in range, JSON
nesting is bounded, and every problem is one line, never a traceback.
"""

from __future__ import annotations

import hashlib
import json as _json
import math
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from desktop import storefiles
from desktop.anchoring import Anchor, make_anchor, resolve
from desktop.export.model import ReportModel
from desktop.meaning.date_open import checked_open
from desktop.model import Annotation

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
DOC_URN = "urn:claimline:document:"
SHA_URN = "urn:sha256:"
TAG_URN = "urn:uuid:"
MAX_ATTRIBUTE_DEPTH = 32
MAX_OFFSET = 2**40


def document_target(sha256: str, title: str, url: str | None) -> dict[str, Any]:
    """The store-independent identity of a document, as a target's source (plus scope)."""
    target: dict[str, Any] = {
        "type": "SpecificResource",
        "source": {"id": SHA_URN + sha256, "type": "Text", "format": "text/plain", "title": title},
    }
    if url:
        target["scope"] = url
    return target


def annotation(tag: Annotation, document: dict[str, Any] | None = None) -> dict[str, Any]:
    """One tag as a W3C Annotation; ``document`` is :func:`document_target` of its document."""
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
            **(document or {"type": "SpecificResource", "source": DOC_URN + tag.document_id}),
            "selector": [
                {"type": "TextQuoteSelector", "exact": tag.exact, "prefix": tag.prefix, "suffix": tag.suffix},
                {"type": "TextPositionSelector", "start": tag.start, "end": tag.end},
            ],
        },
    }


def collection(model: ReportModel) -> dict[str, Any]:
    targets = {
        d.id: document_target(
            hashlib.sha256(d.text.encode("utf-8")).hexdigest(), d.title, d.metadata.get("source_url") or None
        )
        for d in model.documents
    }
    items = [annotation(rt.tag, targets.get(rt.tag.document_id)) for rt in model.all_tags()]
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
    source = target.get("source", "")
    title = source.get("title") if isinstance(source, dict) else None
    source = str(source.get("id", "") if isinstance(source, dict) else source)
    scope = target.get("scope")
    scope = scope if isinstance(scope, str) else scope.get("id") if isinstance(scope, dict) else None
    if not source.startswith((DOC_URN, SHA_URN)) and not scope and not isinstance(title, str):
        return None, f"{where}: target {source[:60]!r} names no document (no text hash, address or title)"
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
                parsed = _json.loads(value, parse_constant=_no_constant)
            except (ValueError, RecursionError):
                parsed = None
            if isinstance(parsed, dict) and _depth(parsed) <= MAX_ATTRIBUTE_DEPTH:
                attributes = checked_open(parsed)  # a bad open side would fail every later edit
    if not kind:
        return None, f"{where}: no tagging body (the kind)"
    creator = a.get("creator")
    author = creator.get("name") if isinstance(creator, dict) else creator if isinstance(creator, str) else None
    start = _offset(pos.get("start")) if pos else None
    end = _offset(pos.get("end")) if pos else None
    if pos and (start is None or end is None):
        return None, f"{where}: its TextPositionSelector holds no whole numbers between 0 and {MAX_OFFSET}"
    if start is None or end is None:
        start = end = -1
    return {
        "tag_id": tag_id,
        "document": (source, scope, title if isinstance(title, str) else None),
        "kind": kind,
        "note": note or "",
        "attributes": attributes,
        "author": author,
        "created": a.get("created"),
        "modified": a.get("modified"),
        "anchor": Anchor(start, end, quote["exact"], str(quote.get("prefix", "")), str(quote.get("suffix", ""))),
    }, None


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def _offset(value: Any) -> int | None:
    """A text position from untrusted JSON: a finite whole number in range, else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, float):
        if not math.isfinite(value) or value != int(value):
            return None
        value = int(value)
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, int) and 0 <= value <= MAX_OFFSET:
        return value
    return None


def _depth(value: Any, level: int = 0) -> int:
    """Nesting depth of a JSON value (stops counting past the limit)."""
    if level > MAX_ATTRIBUTE_DEPTH:
        return level
    if isinstance(value, dict):
        return max((_depth(v, level + 1) for v in value.values()), default=level + 1)
    if isinstance(value, list):
        return max((_depth(v, level + 1) for v in value), default=level + 1)
    return level


class _Documents:
    """Finds the document an annotation targets: text hash, then web address, then title."""

    def __init__(self, service: Any):
        self.infos = service.documents()
        self.ids = {d.id for d in self.infos}
        self.by_sha = {d.sha256: d.id for d in self.infos}
        self.by_url: dict[str, list[str]] = {}
        self.by_title: dict[str, list[str]] = {}
        for d in self.infos:
            for url in {d.metadata.get("source_url"), d.source}:
                if isinstance(url, str) and url:
                    self.by_url.setdefault(url, []).append(d.id)
            self.by_title.setdefault(d.title.casefold(), []).append(d.id)

    def find(self, source: str, scope: str | None, title: str | None) -> str | None:
        if source.startswith(DOC_URN) and source[len(DOC_URN) :] in self.ids:
            return source[len(DOC_URN) :]
        if source.startswith(SHA_URN) and source[len(SHA_URN) :].lower() in self.by_sha:
            return self.by_sha[source[len(SHA_URN) :].lower()]
        for key, table in ((scope, self.by_url), (title.casefold() if title else None, self.by_title)):
            found = table.get(key) if key else None
            if found and len(set(found)) == 1:
                return found[0]
        return None


def import_annotations(service: Any, path: str | Path) -> ImportReport:
    """Restore the tags of a W3C Web Annotation file on the same documents.

    Raises ``ServiceError`` when the file cannot be read or holds no annotation;
    per-annotation problems are listed in the report and the rest is imported.
    """
    from desktop.service import ServiceError
    from desktop.store import export as store_export
    from desktop.store import new_id, now_iso

    name = Path(path).name
    if storefiles.open_here(path):  # reading it would drop this process's locks on it
        raise ServiceError(f"{name} is a Claimline store open in Claimline, not a W3C Web Annotation file")
    try:
        data = _json.loads(Path(path).read_text(encoding="utf-8"), parse_constant=_no_constant)
        found = _annotations_in(data)
    except RecursionError:
        raise ServiceError(f"cannot read {name}: its JSON is nested too deeply") from None
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ServiceError(f"cannot read {name}: {exc}") from None
    if not found:
        raise ServiceError(f"{path} holds no W3C Web Annotation")
    report = ImportReport()
    kinds = {k.name for k in service.kinds()}
    parsed: list[dict[str, Any]] = []
    documents = _Documents(service)
    for i, a in enumerate(found):
        try:
            fields, problem = _parse(a, i)
        except RecursionError:
            fields, problem = None, f"annotation {i + 1}: nested too deeply"
        if fields is None:
            report.problems.append(problem or f"annotation {i + 1}: not readable")
        elif fields["kind"] not in kinds:
            report.problems.append(f"annotation {i + 1}: unknown kind {fields['kind']!r}")
        else:
            fields["document_id"] = documents.find(*fields["document"])
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
            if f["document_id"] is None:
                source, scope, title = f["document"]
                named = title or scope or source
                report.problems.append(f"tag {tag_id or '?'}: no document {named[:60]!r} in this store")
                continue
            text = service.text(f["document_id"])
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
