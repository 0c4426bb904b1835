"""The report model: what an export shows, gathered from a store and filtered.

:func:`gather` reads the store once (through :mod:`desktop.store.export`) and
returns plain, picklable dataclasses, so a format can render in a worker
thread or process without touching SQLite.  All strings in the model come
straight from the store: each format escapes them for its own syntax.

Attribute conventions read here (all optional; missing values show as empty):

* actor tags: ``entity_id`` → an ``entities`` row (name, type, roles);
* figure tags: ``value``, ``unit``, ``scale``, ``measures``, ``period``;
* date tags: ``start``, ``end``, ``precision`` (see :mod:`desktop.meaning.dates`), ``what``;
* claim tags: ``asserted_by`` (an entity id, an actor tag id or a name),
  ``cites`` (a ``doc_references`` id), ``reliability`` (A–F), ``credibility`` (1–6).
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop import __version__
from desktop.export import SECTIONS
from desktop.export.texts import Texts
from desktop.model import Annotation, Kind
from desktop.store import Store, now_iso
from desktop.store import export as store_export

log = logging.getLogger(__name__)


def public_source(source: str | None) -> str | None:
    """A document's source as a report may show it: a web address as is, a local file by its name only."""
    if not source:
        return None
    if re.match(r"^(https?|ftp)://", source):
        return source
    return re.split(r"[\\/]", source.rstrip("/\\"))[-1] or None


@dataclass(frozen=True)
class ReportOptions:
    """What the user chose in the report builder or on the command line."""

    document_ids: tuple[str, ...] = ()  # empty: every document
    kinds: tuple[str, ...] = ()  # empty: every kind
    authors: tuple[str, ...] = ()  # empty: every author
    since: str | None = None  # ISO date, inclusive (day the tag was created)
    until: str | None = None
    sections: tuple[str, ...] = SECTIONS
    title: str = ""
    analyst: str = ""
    paper: str = "a4"  # "a4" or "letter" (PDF)
    language: str = "en"  # the report's own words: "en", "tr" or "ru" (desktop.export.texts)


@dataclass(frozen=True)
class Location:
    """Where a tag stands, for references in indexes: page (PDFs) and paragraph."""

    page: int | None
    paragraph: int

    def label(self, texts: Texts = Texts()) -> str:
        if self.page:
            return texts.get("p. {0}, ¶ {1}").format(self.page, self.paragraph)
        return texts.get("¶ {0}").format(self.paragraph)


@dataclass(frozen=True)
class ReportTag:
    """A tag with what the report shows next to it."""

    tag: Annotation
    number: int  # 1-based, across the whole report
    note_number: int | None  # numbered note (None: the tag has no note)
    location: Location


@dataclass(frozen=True)
class ReportDocument:
    id: str
    title: str
    source: str | None
    format: str
    metadata: dict[str, Any]
    text: str
    pages: tuple[int, ...]
    tags: tuple[ReportTag, ...]


@dataclass(frozen=True)
class Mention:
    document_title: str
    location: Location
    quote: str
    tag_id: str


@dataclass(frozen=True)
class Actor:
    name: str
    type: str
    roles: tuple[str, ...]
    aliases: tuple[str, ...]
    mentions: tuple[Mention, ...]


@dataclass(frozen=True)
class FigureRow:
    tag_id: str
    value: str  # display form in the report's language, e.g. "1 300 000 t", "9,8 m/s²"
    unit: str
    what: str  # attributes' "measures"
    period: str
    quote: str
    document_title: str
    location: Location


@dataclass(frozen=True)
class ClaimRow:
    tag_id: str
    quote: str
    asserted_by: str
    reference: str  # "[3] Ministry of Trade, 2025 (https://…)" or ""
    reliability: str
    credibility: str
    note: str
    document_title: str
    location: Location

    @property
    def grading(self) -> str:
        return f"{self.reliability}{self.credibility}"


@dataclass(frozen=True)
class ReportModel:
    title: str
    analyst: str
    created: str
    store_name: str  # the file name only: reports never show local paths
    store_id: str
    app_version: str
    options: ReportOptions
    kinds: dict[str, Kind]
    documents: tuple[ReportDocument, ...]
    entities: tuple[dict[str, Any], ...]
    references: tuple[dict[str, Any], ...]
    links: tuple[dict[str, Any], ...]
    actors: tuple[Actor, ...] = ()
    figures: tuple[FigureRow, ...] = ()
    claims: tuple[ClaimRow, ...] = ()
    timeline_png: bytes | None = None
    # Pixel rows of timeline_png where it may be cut (between lanes), the first one
    # under the time axis: a paged report splits a tall figure there.
    timeline_breaks: tuple[int, ...] = ()
    counts: dict[str, int] = field(default_factory=dict)

    def has(self, section: str) -> bool:
        return section in self.options.sections

    def all_tags(self) -> list[ReportTag]:
        return [t for d in self.documents for t in d.tags]

    def kind_colour(self, kind: str) -> str:
        k = self.kinds.get(kind)
        return k.colour if k and _COLOUR.fullmatch(k.colour or "") else "#cccccc"

    def kind_label(self, kind: str) -> str:
        k = self.kinds.get(kind)
        return self.texts.kind(k.name, k.label) if k else kind

    @property
    def texts(self) -> Texts:
        """The report's own words in the chosen language."""
        return Texts(self.options.language)

    def t(self, source: str) -> str:
        return self.texts.get(source)


_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


class Cancelled(Exception):
    """The user cancelled the export; nothing was written."""


# -- text structure ---------------------------------------------------------------


def paragraph_starts(text: str) -> list[int]:
    """Offsets where each non-empty line (a paragraph for our importers) starts."""
    starts = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            starts.append(pos)
        pos += len(line) + 1
    return starts


def locate(start: int, pages: Sequence[int], para_starts: Sequence[int]) -> Location:
    page = bisect.bisect_right(pages, start) if pages else None
    para = max(1, bisect.bisect_right(para_starts, start))
    return Location(page or None, para)


@dataclass(frozen=True)
class Segment:
    """A run of text covered by the same tags (``active``: indexes into the tag list)."""

    start: int
    end: int
    active: tuple[int, ...]


def text_lines(text: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, line)`` of each non-blank line of ``text`` (the formats' paragraphs)."""
    pos = 0
    for line in text.split("\n"):
        lo, hi = pos, pos + len(line)
        pos = hi + 1
        if line.strip():
            yield lo, hi, line


def segments(text_len: int, spans: Sequence[tuple[int, int]], lo: int = 0, hi: int | None = None) -> list[Segment]:
    """Split ``[lo, hi)`` at every span boundary (a sweep line).

    Overlapping spans give segments with several active spans, ordered by
    (start, longest first) so that the outer span's mark opens first.
    """
    hi = text_len if hi is None else hi
    cuts = {lo, hi}
    for s, e in spans:
        if e > lo and s < hi:
            cuts.add(max(s, lo))
            cuts.add(min(e, hi))
    points = sorted(cuts)
    order = sorted(range(len(spans)), key=lambda i: (spans[i][0], -spans[i][1]))
    starts_at: dict[int, list[int]] = {}
    for i in order:
        s, e = spans[i]
        if e > lo and s < hi:
            starts_at.setdefault(max(s, lo), []).append(i)
    active: list[int] = []
    out = []
    for a, b in zip(points, points[1:]):
        active = [i for i in active if spans[i][1] > a]
        active.extend(starts_at.get(a, ()))
        active.sort(key=lambda i: (spans[i][0], -spans[i][1]))
        out.append(Segment(a, b, tuple(active)))
    return out


# -- gathering --------------------------------------------------------------------


def gather(store: Store, options: ReportOptions, *, timeline: bool = True) -> ReportModel:
    """Read everything the report needs from ``store`` (reads only)."""
    infos = store.documents()
    if options.document_ids:
        wanted = list(dict.fromkeys(options.document_ids))
        by_id = {d.id: d for d in infos}
        missing = [d for d in wanted if d not in by_id]
        if missing:
            from desktop.store import StoreError

            raise StoreError(f"no document with id {missing[0]}")
        infos = [by_id[d] for d in wanted]
    doc_ids = [d.id for d in infos]
    tags = store_export.filtered_annotations(
        store,
        doc_ids,
        kinds=options.kinds or None,
        authors=options.authors or None,
        since=options.since,
        until=options.until,
    )
    by_doc: dict[str, list[Annotation]] = {}
    for t in tags:
        by_doc.setdefault(t.document_id, []).append(t)
    entities = store_export.entities(store)
    references = store_export.references(store, doc_ids)
    links = store_export.links(store, (t.id for t in tags))
    kinds = {k.name: k for k in store.kinds()}

    documents = []
    number = 0
    note_number = 0
    for info in infos:
        stored = store.document(info.id)
        assert stored is not None
        paras = paragraph_starts(stored.text)
        rtags = []
        for t in by_doc.get(info.id, ()):
            number += 1
            nn = None
            if t.note.strip():
                note_number += 1
                nn = note_number
            rtags.append(ReportTag(t, number, nn, locate(t.start, stored.pages, paras)))
        documents.append(
            ReportDocument(
                id=info.id,
                title=info.title,
                source=public_source(info.source),
                format=info.format,
                metadata=dict(info.metadata),
                text=stored.text,
                pages=stored.pages,
                tags=tuple(rtags),
            )
        )

    ent_by_id = {e["id"]: e for e in entities}
    ref_by_id = {r["id"]: r for r in references}
    tag_by_id = {t.id: t for t in tags}
    actors = _actors(documents, ent_by_id)
    figures = _figures(documents, options.language)
    claims = _claims(documents, ent_by_id, ref_by_id, tag_by_id)
    counts: dict[str, int] = {"documents": len(documents), "tags": len(tags)}
    for k in kinds:
        counts[k] = 0
    for t in tags:
        counts[t.kind] = counts.get(t.kind, 0) + 1
    counts["notes"] = note_number
    counts["entities"] = len(actors)

    png: bytes | None = None
    breaks: tuple[int, ...] = ()
    if timeline and "timeline" in options.sections:
        png, breaks = timeline_png(store, [t for t in tags if t.kind == "date"], Texts(options.language))

    title = options.title.strip() or (documents[0].title if len(documents) == 1 else Texts(options.language).get("Claimline report"))
    return ReportModel(
        title=title,
        analyst=options.analyst or store.meta("owner", "") or "",
        created=now_iso(),
        store_name=Path(store.path).name,
        store_id=store.store_id,
        app_version=__version__,
        options=options,
        kinds=kinds,
        documents=tuple(documents),
        entities=tuple(entities),
        references=tuple(references),
        links=tuple(links),
        actors=actors,
        figures=figures,
        claims=claims,
        timeline_png=png,
        timeline_breaks=breaks,
        counts=counts,
    )


TIMELINE_WIDTH = 900  # layout pixels: labels stay legible at a page's text width
TIMELINE_SCALE = 2  # image pixels per layout pixel: sharp when printed


def timeline_png(store: Store, date_tags: list[Annotation],
                 texts: Texts = Texts()) -> tuple[bytes | None, tuple[int, ...]]:
    """The timeline figure of the report's date tags, as PNG (None: nothing to draw),
    with the image rows where it may be cut (under the axis, between lanes).

    Drawn by :mod:`desktop.timeline.render` (QtGui only, no widgets), which needs
    the caller's QGuiApplication.  The figure is optional: when Qt cannot be
    loaded or the process has no GUI application, the report goes on without it
    (and the log says why).
    """
    if not date_tags:
        return None, ()
    from desktop.timeline import events as tl_events

    wanted = {t.id for t in date_tags}
    timeline = tl_events.build_timeline(store, {t.document_id for t in date_tags})
    shown = [e for e in timeline.events if e.tag_id in wanted]
    if not shown:
        return None, ()
    try:
        from desktop.timeline import render as tl_render
    except ImportError as exc:  # Qt cannot be loaded here
        log.warning("report without its timeline figure: %s", exc)
        return None, ()
    words = tl_render.TimelineWords.for_language(texts.language, texts.get("(no actor)"), texts.get("{0}s"))
    layout = tl_render.layout_timeline(shown, "actor", base_width=TIMELINE_WIDTH, words=words)
    try:
        png = tl_render.render_png(layout, TIMELINE_WIDTH, TIMELINE_SCALE)
    except tl_render.NoGuiApplication as exc:
        log.warning("report without its timeline figure: %s", exc)
        return None, ()
    cuts = [tl_render.AXIS_H + 4] + [box.y + box.height for box in layout.lanes]
    breaks = tuple(round(y * TIMELINE_SCALE) for y in cuts)
    return (png, breaks) if png.startswith(b"\x89PNG") else (None, ())


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(_text(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_text(v)}" for k, v in value.items())
    return str(value)


def _actors(documents: list[ReportDocument], ent_by_id: dict[str, dict[str, Any]]) -> tuple[Actor, ...]:
    groups: dict[str, dict[str, Any]] = {}
    for doc in documents:
        for rt in doc.tags:
            t = rt.tag
            if t.kind != "actor":
                continue
            ent = ent_by_id.get(_text(t.attributes.get("entity_id")))
            if ent is not None:
                key = "e:" + ent["id"]
                base = {
                    "name": ent["name"],
                    "type": ent["type"],
                    "roles": tuple(_text(r) for r in ent["roles"]),
                    "aliases": tuple(_text(a) for a in ent["aliases"]),
                }
            else:
                name = " ".join(t.exact.split())
                key = "q:" + name.casefold()
                base = {"name": name, "type": "", "roles": (), "aliases": ()}
            g = groups.setdefault(key, {**base, "mentions": []})
            g["mentions"].append(Mention(doc.title, rt.location, t.exact, t.id))
    actors = [
        Actor(g["name"], g["type"], g["roles"], g["aliases"], tuple(g["mentions"])) for g in groups.values()
    ]
    actors.sort(key=lambda a: a.name.casefold())
    return tuple(actors)


def _figures(documents: list[ReportDocument], language: str = "en") -> tuple[FigureRow, ...]:
    """The figures table's rows, their values written the way readers of ``language`` write them
    ("9,8" in a Russian or Turkish report, "%20" in a Turkish one) and their units its symbols
    ("м/с²")."""
    from desktop.meaning.figures import format_figure

    texts = Texts(language)
    rows = []
    for doc in documents:
        for rt in doc.tags:
            t = rt.tag
            if t.kind != "figure":
                continue
            a = t.attributes
            unit = texts.unit(_text(a.get("unit")))
            shown = format_figure({**a, "unit": unit}, language) if "value" in a else ""
            rows.append(
                FigureRow(
                    tag_id=t.id,
                    value=shown,
                    unit=unit,
                    what=_text(a.get("measures")),
                    period=_text(a.get("period")),
                    quote=t.exact,
                    document_title=doc.title,
                    location=rt.location,
                )
            )
    return tuple(rows)


def _claims(
    documents: list[ReportDocument],
    ent_by_id: dict[str, dict[str, Any]],
    ref_by_id: dict[str, dict[str, Any]],
    tag_by_id: dict[str, Annotation],
) -> tuple[ClaimRow, ...]:
    rows = []
    for doc in documents:
        for rt in doc.tags:
            t = rt.tag
            if t.kind != "claim":
                continue
            a = t.attributes
            who = _text(a.get("asserted_by"))
            if who in ent_by_id:
                who = ent_by_id[who]["name"]
            elif who in tag_by_id:
                who = tag_by_id[who].exact
            elif who == "author":
                who = _text(doc.metadata.get("author")) or "the author"
            ref = ""
            cited = ref_by_id.get(_text(a.get("cites")))
            if cited is not None:
                ref = f"[{cited['label']}] {cited['text']}"
                if cited.get("url"):
                    ref += f" ({cited['url']})"
            elif a.get("cites"):
                ref = _text(a.get("cites"))
            rows.append(
                ClaimRow(
                    tag_id=t.id,
                    quote=t.exact,
                    asserted_by=who,
                    reference=ref,
                    reliability=_text(a.get("reliability")),
                    credibility=_text(a.get("credibility")),
                    note=t.note,
                    document_title=doc.title,
                    location=rt.location,
                )
            )
    return tuple(rows)


_FILENAME_BAD = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]+')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def safe_filename(title: str, suffix: str = "", max_len: int = 80) -> str:
    """A file name made from a (possibly hostile) title: no separators, no dots at
    the ends, no control characters, no Windows device names, never empty."""
    name = _FILENAME_BAD.sub("_", title)
    name = " ".join(name.split()).strip(" .")
    name = name.replace("..", "_")
    if not name or name.upper().split(".")[0] in _RESERVED:
        name = f"report {name}".strip() if name else "report"
    name = name[:max_len].rstrip(" .") or "report"
    return name + suffix
