"""Import a REFI-QDA project into a store, and export a store as one (service operations).

The window and the command line both call :func:`import_project` and
:func:`export_project`; both take ``progress(done, total, what)`` and
``cancelled()`` callbacks so that the window can run them on a worker.

Mapping (export → import gives the store back):

* documents ↔ TextSources with an ``internal://<guid>.txt`` plain text; the
  source GUID is derived from the text's sha256, so the same text has the same
  GUID in every store;
* kinds ↔ Codes (GUID :func:`desktop.service.meaning.kind_guid`), parents as
  nesting, colour, description;
* authors ↔ Users (GUID derived from the name);
* tags ↔ one PlainTextSelection each, with one Coding whose GUID is the tag id;
  the tag's note is the selection's Description, its attributes a Note named
  :data:`ATTRIBUTES_NOTE` holding JSON.

An import is one transaction: it lands whole or not at all (cancel included).
Importing the same project again finds its documents (text hash), kinds (GUID,
then name) and tags (id) and changes nothing.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from desktop.anchoring import make_anchor
from desktop import storefiles
from desktop.exchange import refi
from desktop.meaning.date_open import checked_open
from desktop.exchange.units import CODEPOINT, UTF16, PositionMap, detect_unit
from desktop.model import Annotation, Document
from desktop.pdfwords import Area, span_areas
from desktop.safezip import ZipRefused

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]

EXCHANGE_NS = uuid.UUID("0b5f3c3e-9a53-4d8e-8a53-7f1e4c2d9b61")
ATTRIBUTES_NOTE = "Claimline attributes"
_PALETTE = ("#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#42d4f4", "#f032e6", "#bfef45", "#469990", "#9a6324")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}")


class Cancelled_(Exception):
    """Raised inside the import transaction to roll it back on cancel."""


_NS_BYTES = EXCHANGE_NS.bytes


def derived_guid(*parts: str) -> str:
    """A name-based (version 5) UUID of ``parts``, as ``uuid.uuid5`` makes it but cheaper."""
    digest = bytearray(hashlib.sha1(_NS_BYTES + "\x1f".join(parts).encode("utf-8")).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50
    digest[8] = (digest[8] & 0x3F) | 0x80
    h = digest.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def source_guid(sha256: str) -> str:
    """The REFI-QDA GUID of a document: the same text has the same GUID in every store."""
    return derived_guid("document", sha256)


@lru_cache(maxsize=4096)
def user_guid(name: str) -> str:
    return derived_guid("user", name)


@dataclass
class ExchangeSummary:
    """What an import or export did (what it skipped and why, without local paths)."""

    documents: int = 0
    kinds: int = 0
    tags: int = 0
    authors: list[str] = field(default_factory=list)
    skipped: list[dict[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    added: dict[str, int] = field(default_factory=lambda: {"documents": 0, "kinds": 0, "tags": 0})
    unit: str = CODEPOINT
    name: str = ""

    def skip(self, what: str, reason: str) -> None:
        self.skipped.append({"what": what, "reason": reason})

    def to_json(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "kinds": self.kinds,
            "tags": self.tags,
            "authors": self.authors,
            "skipped": self.skipped,
            "warnings": self.warnings,
            "added": self.added,
            "unit": self.unit,
        }

    def lines(self) -> list[str]:
        """The summary as sentences for a person (the CLI and the window show these)."""
        out = [
            f"{self.documents} document(s), {self.kinds} kind(s), {self.tags} tag(s)"
            + (f" by {', '.join(self.authors)}" if self.authors else "")
            + (
                f"; new: {self.added['documents']} document(s), {self.added['kinds']} kind(s), {self.added['tags']} tag(s)"
                if any(self.added.values())
                else "; nothing new"
            )
        ]
        out += [f"warning: {w}" for w in self.warnings]
        out += [f"skipped {s['what']}: {s['reason']}" for s in self.skipped]
        return out


def _step(progress: Progress | None, done: int, total: int, what: str) -> None:
    if progress is not None:
        progress(done, total, what)


def _check(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled_()


# -- import ------------------------------------------------------------------------


def _kind_names(project: refi.Project) -> dict[str, str]:
    """A kind name for each code: its label's slug, with the parent's when labels repeat."""
    from desktop.service.meaning import slug

    by_guid = {c.guid: c for c in project.codes}
    counts = Counter(slug(c.name) for c in project.codes)
    names: dict[str, str] = {}
    taken: set[str] = set()
    for c in project.codes:
        name = slug(c.name)
        if counts[name] > 1 and c.parent in by_guid:
            name = slug(f"{by_guid[c.parent].name} {c.name}")
        base, n = name, 2
        while name in taken:
            name, n = f"{base}-{n}", n + 1
        taken.add(name)
        names[c.guid] = name
    return names


def _import_kinds(service: Any, project: refi.Project, summary: ExchangeSummary) -> dict[str, str]:
    """Kinds for the project's codes (found or added); code GUID → kind name."""
    from desktop.service.meaning import Meaning, kind_guid

    meaning = Meaning(service)
    existing = meaning.codebook()
    by_guid = {kind_guid(k.name): k.name for k in existing}
    by_name = {k.name for k in existing}
    used_keys = {(k.shortcut or "").upper() for k in existing}
    free_keys = [d for d in "123456789" if d not in used_keys]
    wanted = _kind_names(project)
    out: dict[str, str] = {}
    for i, code in enumerate(project.codes):
        if code.guid in by_guid:
            out[code.guid] = by_guid[code.guid]
            continue
        name = wanted[code.guid]
        if name not in by_name:
            parent = out.get(code.parent) if code.parent else None
            shortcut = free_keys.pop(0) if free_keys and code.codable else None
            meaning.add_kind(
                refi.xml_safe(code.name)[:200],
                code.colour or _PALETTE[i % len(_PALETTE)],
                name=name,
                shortcut=shortcut,
                description=code.description,
                parent=parent,
            )
            by_name.add(name)
            summary.added["kinds"] += 1
        out[code.guid] = name
    summary.kinds = len(out)
    return out


def _author(project: refi.Project, *guids: str | None) -> str | None:
    for g in guids:
        if g and g in project.users:
            return project.users[g]
    return None


def _stamp(value: str | None, fallback: str) -> str:
    return value.strip() if value and _DATETIME.match(value.strip()) else fallback


def import_project(
    service: Any,
    path: str | os.PathLike[str],
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ExchangeSummary:
    """Import the REFI-QDA project at ``path`` into the service's store, in one transaction.

    Raises ``ServiceError`` when the file cannot be read (nothing is written) or
    the import is cancelled (nothing is written).
    """
    from desktop.service import ServiceError
    from desktop.store import now_iso
    from desktop.store import export as store_export

    label = Path(path).name
    _step(progress, 0, 1, f"reading {label}")
    try:
        project = refi.read_project(path, cancelled=cancelled)
    except (refi.ProjectError, ZipRefused) as exc:
        if str(exc) == "cancelled":
            raise ServiceError("import cancelled; the store is unchanged") from None
        raise ServiceError(f"{label}: {exc}") from None
    except OSError as exc:
        raise ServiceError(f"cannot read {label}: {exc.strerror or exc}") from None
    summary = ExchangeSummary(name=project.name, warnings=list(project.warnings))

    # the unit of positions, judged over every selection of the project
    maps = {s.guid: PositionMap(s.raw_text) for s in project.sources if s.raw_text is not None}
    unit = CODEPOINT
    if any(m.has_astral for m in maps.values()):
        spans = [(maps[s.guid], sel.start, sel.end) for s in project.sources if s.guid in maps for sel in s.selections]
        choice = detect_unit(spans, project.origin)
        unit = choice.unit
        if unit == UTF16:
            summary.warnings.append(
                "positions are counted in UTF-16 code units (as NVivo writes them), not in code points "
                f"as the standard says: read that way ({choice.explain()})"
            )
    summary.unit = unit

    notes_used: set[str] = set()
    authors: set[str] = set()
    total = max(1, len(project.sources))
    stamp = now_iso()
    try:
        with service.store.transaction():
            kinds = _import_kinds(service, project, summary)
            new_tags: list[Annotation] = []
            seen_ids: set[str] = set()
            reasons: Counter[tuple[str, str]] = Counter()
            for i, s in enumerate(project.sources):
                _check(cancelled)
                _step(progress, i, total, s.name)
                what = f"{'source' if s.kind == 'TextSource' else s.kind} {s.name!r}"
                if s.other_selections:
                    kind_word = "PDF area" if s.kind == "PDFSource" else "media"
                    summary.skip(
                        f"{s.other_selections} {kind_word} selection(s) of {s.name!r}",
                        "Claimline tags text; selections of page areas, pictures or media are not imported",
                    )
                if s.raw_text is None:
                    n = len(s.selections)
                    summary.skip(what, s.missing + (f" ({n} selection(s) not imported)" if n else ""))
                    continue
                pmap = maps[s.guid]
                doc = Document(
                    title=refi.xml_safe(s.name)[:300] or "untitled",
                    text=pmap.text,
                    format="txt",
                    source=None,
                    metadata=_metadata(project, s),
                )
                try:
                    info, created = service.import_document(doc)
                except ServiceError:
                    summary.skip(what, "it has no readable text" + (f" ({len(s.selections)} selection(s) not imported)" if s.selections else ""))
                    continue
                summary.documents += 1
                summary.added["documents"] += int(created)
                text = pmap.text
                for sel in s.selections:
                    if not sel.codes:
                        reasons[(f"selections of {s.name!r}", "they carry no code")] += 1
                        continue
                    a, b = pmap.to_text(sel.start, unit), pmap.to_text(sel.end, unit)
                    if a is None or b is None:
                        reasons[(f"selections of {s.name!r}", "their positions lie outside the text")] += len(sel.codes)
                        continue
                    if b <= a:
                        reasons[(f"selections of {s.name!r}", "they are empty")] += len(sel.codes)
                        continue
                    note, attributes = _note_and_attributes(sel, project, notes_used)
                    anchor = make_anchor(text, a, b)
                    for code, coding, user in sel.codes:
                        kind = kinds.get(code)
                        if kind is None:
                            reasons[(f"codings in {s.name!r}", "they refer to a code the project does not define")] += 1
                            continue
                        tag_id = coding if coding and coding not in seen_ids else derived_guid("tag", sel.guid, code)
                        if tag_id in seen_ids:
                            continue
                        seen_ids.add(tag_id)
                        author = _author(project, user, sel.user, project.creating_user) or service.author
                        authors.add(author)
                        summary.tags += 1
                        created_at = _stamp(sel.created, stamp)
                        new_tags.append(
                            Annotation(
                                id=tag_id,
                                document_id=info.id,
                                kind=kind,
                                start=a,
                                end=b,
                                exact=anchor.exact,
                                prefix=anchor.prefix,
                                suffix=anchor.suffix,
                                note=note,
                                attributes=attributes,
                                author=author,
                                created_at=created_at,
                                updated_at=_stamp(sel.modified, created_at),
                            )
                        )
            _check(cancelled)
            present = store_export.existing_annotation_ids(service.store, [t.id for t in new_tags])
            new_tags = [t for t in new_tags if t.id not in present]
            store_export.insert_imported_annotations(service.store, new_tags)
            summary.added["tags"] = len(new_tags)
    except Cancelled_:
        raise ServiceError("import cancelled; the store is unchanged") from None
    for (what, reason), n in sorted(reasons.items()):
        summary.skip(f"{n} {what}", reason)
    for what, n in (("case(s)", project.cases), ("variable(s)", project.variables)):
        if n:
            summary.skip(f"{n} {what}", "Claimline keeps its own entities and attributes; cases and variables are not imported")
    for guid, unused in project.notes.items():
        if guid not in notes_used:
            summary.skip(f"note {unused.name or guid[:8]!r}", "a note of the project that no imported tag refers to")
    summary.authors = sorted(authors, key=str.casefold)
    _step(progress, total, total, "")
    return summary


def _metadata(project: refi.Project, source: refi.Source) -> dict[str, Any]:
    meta: dict[str, Any] = {"imported_from": f"REFI-QDA project {project.name!r} ({project.origin or 'unknown tool'})"}
    if re.fullmatch(r"https?://\S+", source.description):
        meta["source_url"] = source.description  # where Claimline's export puts it
    elif source.description:
        meta["description"] = source.description
    return meta


def _note_and_attributes(
    sel: refi.Selection, project: refi.Project, used: set[str]
) -> tuple[str, dict[str, Any]]:
    if not sel.note_refs:
        return sel.description, {}
    parts = [sel.description] if sel.description else []
    attributes: dict[str, Any] = {}
    for ref in sel.note_refs:
        note = project.notes.get(ref)
        if note is None:
            continue
        used.add(ref)
        if note.name == ATTRIBUTES_NOTE:
            try:
                value = json.loads(note.text)
            except (ValueError, RecursionError):
                value = None
            if isinstance(value, dict):
                attributes = checked_open(value)  # a bad open side would fail every later edit
                continue
        parts.append(f"{note.name}: {note.text}" if note.name else note.text)
    return "\n\n".join(p for p in parts if p), attributes


# -- export ------------------------------------------------------------------------


def export_project(
    service: Any,
    target: str | os.PathLike[str],
    document_ids: list[str] | None = None,
    *,
    filters: dict[str, Any] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    pdf_areas: Callable[..., list[list[Area]]] = span_areas,
) -> ExchangeSummary:
    """Write the documents (default: all), the codebook and the tags as a ``.qdpx``.

    A document imported from a PDF whose file is still there is written as a
    PDFSource holding that PDF; each of its tags is then also a PDFSelection on
    every page its words are on (one per page, the rectangle around its words
    there, from :func:`desktop.pdfwords.span_areas`).  ``pdf_areas`` is that
    function; the window passes one that runs it in the reader process, as
    PyMuPDF is not thread-safe.

    ``filters`` holds ``kinds``, ``authors``, ``since``, ``until`` as
    :func:`desktop.store.export.filtered_annotations` takes them.

    The file is written next to ``target`` and moved over it at the end, so a
    cancel or a failure leaves an existing file untouched.  Raises ServiceError.
    """
    from desktop.service import ServiceError
    from desktop.service.meaning import Meaning, kind_guid
    from desktop.store import export as store_export
    from desktop.store import now_iso

    out_path = Path(target)
    docs = service.documents()
    if document_ids is not None:
        wanted = set(document_ids)
        docs = [d for d in docs if d.id in wanted]
    summary = ExchangeSummary()
    kinds = Meaning(service).codebook()
    guid_of = {k.name: kind_guid(k.name) for k in kinds}
    codes = [
        refi.Code(
            guid=kind_guid(k.name),
            name=refi.xml_safe(k.label),
            parent=kind_guid(k.parent) if k.parent else None,
            colour=k.colour if re.fullmatch(r"#[0-9a-fA-F]{6}", k.colour or "") else None,
            description=refi.xml_safe(k.description),
        )
        for k in kinds
    ]
    summary.kinds = len(codes)
    owner = service.store.meta("owner") or service.author
    users: dict[str, str] = {user_guid(owner): refi.xml_safe(owner)}
    notes: list[refi.Note] = []
    sources: list[refi.OutSource] = []
    entity_selections: dict[str, list[str]] = {}
    total = max(1, len(docs))
    tags = store_export.filtered_annotations(service.store, [d.id for d in docs], **(filters or {})) if docs else []
    orphans = [t for t in tags if t.orphaned]
    if orphans:
        summary.skip(f"{len(orphans)} orphaned tag(s)", "their quote is not in the current text (re-attach them first)")
        tags = [t for t in tags if not t.orphaned]
    by_doc: dict[str, list[Annotation]] = {}
    for t in tags:
        by_doc.setdefault(t.document_id, []).append(t)
    for i, d in enumerate(docs):
        if cancelled is not None and cancelled():
            raise ServiceError("export cancelled; nothing was written")
        _step(progress, i, total, d.title)
        text = service.store.document_text(d.id) or ""
        selections = []
        pdf = _original_pdf(d, summary)
        doc_tags = by_doc.get(d.id, [])
        areas: list[list[Area]] = [[] for _ in doc_tags]
        if pdf is not None and doc_tags:
            stored = service.store.document(d.id)
            if stored is not None and stored.pages:
                areas = pdf_areas(pdf, text, list(stored.pages), [(t.start, t.end) for t in doc_tags])
        for t, t_areas in zip(doc_tags, areas):
            ug = user_guid(t.author)
            users.setdefault(ug, refi.xml_safe(t.author))
            coding = refi.norm_guid(t.id) or derived_guid("tag", t.id)
            sel = refi.Selection(
                guid=derived_guid("selection", t.id),
                start=t.start,
                end=t.end,
                codes=[(guid_of.get(t.kind) or kind_guid(t.kind), coding, ug)],
                description=refi.xml_safe(t.note),
                user=ug,
                created=t.created_at,
                modified=t.updated_at,
                areas=t_areas,
            )
            if t.attributes:
                note_guid = derived_guid("attributes", t.id)
                notes.append(
                    refi.Note(
                        note_guid,
                        ATTRIBUTES_NOTE,
                        refi.xml_safe(json.dumps(t.attributes, ensure_ascii=False, sort_keys=True)),
                    )
                )
                sel.note_refs.append(note_guid)
            selections.append(sel)
            entity = t.attributes.get("entity_id") if t.kind == "actor" else None
            if isinstance(entity, str):
                entity_selections.setdefault(entity, []).append(sel.guid)
        sources.append(
            refi.OutSource(
                guid=source_guid(d.sha256),
                name=refi.xml_safe(d.title) or "untitled",
                text=text,
                selections=selections,
                description=refi.xml_safe(str(d.metadata.get("source_url") or "")),
                pdf=pdf,
            )
        )
        summary.documents += 1
        summary.tags += len(selections)
    summary.authors = sorted({t.author for t in tags}, key=str.casefold)
    project = refi.OutProject(
        name=refi.xml_safe(Path(out_path).stem) or "Claimline project",
        users=users,
        codes=codes,
        sources=sources,
        notes=notes,
        creating_user=user_guid(owner),
        created=now_iso(),
        cases=[
            refi.Case(
                derived_guid("entity", e["id"]),
                refi.xml_safe(e["name"]),
                refi.xml_safe(_entity_description(e)),
                entity_selections[e["id"]],
            )
            for e in store_export.entities(service.store)
            if e["id"] in entity_selections
        ],
    )
    _step(progress, total, total, "writing")
    from desktop.export.atomic import UnsafeOutput, write_atomic
    from desktop.export.model import Cancelled as ExportCancelled

    try:
        write_atomic(out_path, refi.project_bytes(project), cancelled=cancelled)
    except (refi.ProjectError, UnsafeOutput) as exc:
        raise ServiceError(str(exc)) from None
    except ExportCancelled:
        raise ServiceError("export cancelled; nothing was written") from None
    except OSError as exc:
        raise ServiceError(f"cannot write {out_path.name}: {exc.strerror or exc}") from None
    return summary


def _entity_description(e: dict[str, Any]) -> str:
    parts = [e["type"]]
    if e.get("aliases"):
        parts.append("aliases: " + ", ".join(map(str, e["aliases"])))
    if e.get("roles"):
        parts.append("roles: " + ", ".join(map(str, e["roles"])))
    if e.get("country"):
        parts.append(f"country: {e['country']}")
    return "; ".join(parts)


def _original_pdf(doc: Any, summary: ExchangeSummary) -> bytes | None:
    """The bytes of a PDF document's original file, when it is still where it was imported from."""
    if doc.format != "pdf" or not doc.source:
        return None
    path = Path(doc.source)
    try:  # a store this process has open is never read with open() (desktop/storefiles.py)
        data = path.read_bytes() if path.is_file() and not storefiles.open_here(path) else None
    except OSError:
        data = None
    if data is None or not data.startswith(b"%PDF"):
        summary.skip(f"the original PDF of {doc.title!r}", "its file is no longer where it was imported from; its text is exported")
        return None
    return data


__all__ = ["ATTRIBUTES_NOTE", "ExchangeSummary", "export_project", "import_project", "source_guid", "user_guid"]
