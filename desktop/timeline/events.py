"""Timeline events built from the store's date tags; lanes and stacking (no Qt).

A date tag's ``attributes`` follow the tag-meaning contract: ``start`` and ``end``
(ISO ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``), ``precision`` (day, month, year,
decade), ``title``, ``participants`` (entity ids) and ``place``.  A date tag whose
``start`` cannot be read is *undated*: it is listed, never dropped.

Time is counted in days (``date.toordinal()``); an event covers the half-open
interval ``[first_day, last_day)``, so "June 2025" covers the whole month and a
single day covers one day.
"""

from __future__ import annotations

import datetime as _dt
import functools
import heapq
import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from desktop.meaning.date_absolute import BEFORE_THE_ERA
from desktop.meaning.dates import format_date, parse_date
from desktop.meaning.figures import format_figure
from desktop.model import Annotation
from desktop.store import Store
from desktop.store.library import document_rows
from desktop.store.timeline import DateTag, date_tag_rows, kinds_under, linked_figures, parse_attributes

LANE_MODES = ("actor", "document", "kind")
NO_ACTOR = "(no actor)"
FigureText = Callable[[dict[str, Any]], str]  # a linked figure's attributes as shown ("9,8 м/с²")
PRECISIONS = ("day", "month", "year", "decade")


class Event(NamedTuple):
    """One dated event on the time axis (one date tag).

    A named tuple rather than a frozen dataclass: a library's timeline builds
    100,000 of them, and a tuple is made in one call instead of sixteen
    ``object.__setattr__``; it is as immutable.
    """

    tag_id: str
    document_id: str
    document_title: str
    kind: str
    author: str
    start: str
    end: str
    precision: str
    title: str
    participants: tuple[str, ...]  # entity ids
    participant_names: tuple[str, ...]
    place: str
    quote: str
    figures: tuple[str, ...]  # display strings of the linked figures
    first_day: int  # ordinal of the first day covered
    last_day: int  # ordinal of the day after the last one covered
    open: str = ""  # "start": no known first day ("before 1492"), "end": no known last day, "": closed

    @property
    def label(self) -> str:
        """A short title for the axis (the full title is shown on hover)."""
        return short_title(self.title, self.quote, self.participant_names)

    @property
    def written(self) -> str:
        """The date as written in the text (the tag's quote)."""
        return self.quote

    @property
    def is_range(self) -> bool:
        return self.start != self.end

    @property
    def shape(self) -> str:
        """'point' (one exact day), 'range' (exact days) or 'fuzzy' (month/year/decade)."""
        if self.precision == "day":
            return "range" if self.is_range else "point"
        return "fuzzy"

    @property
    def display_date(self) -> str:
        return format_date({"start": self.start, "end": self.end, "precision": self.precision, "open": self.open})

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "precision": self.precision,
            "title": self.title,
            "participants": list(self.participant_names),
            "document_id": self.document_id,
            "tag_id": self.tag_id,
            "quote": self.quote,
            **({"open": self.open} if self.open else {}),
        }


@dataclass(frozen=True)
class UndatedTag:
    """A date tag whose date could not be normalised."""

    tag_id: str
    document_id: str
    document_title: str
    kind: str
    author: str
    title: str
    quote: str
    participant_names: tuple[str, ...] = ()
    needs_published: bool = False  # a relative date ("last year") in a document with no publication date
    before_era: bool = False  # "508 BC": a date the calendar of the timeline does not hold

    def to_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "participants": list(self.participant_names),
            "document_id": self.document_id,
            "tag_id": self.tag_id,
            "quote": self.quote,
            "needs_published": self.needs_published,
            "before_era": self.before_era,
        }


@dataclass
class Timeline:
    """Events sorted by start, and the undated date tags (by document and position)."""

    events: list[Event] = field(default_factory=list)
    undated: list[UndatedTag] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"events": [e.to_json() for e in self.events], "undated": [u.to_json() for u in self.undated]}

    def replace(self, tag_id: str, item: "Event | UndatedTag | None") -> None:
        """Put ``item`` in place of the tag's previous entry (None: remove it)."""
        self.events = [e for e in self.events if e.tag_id != tag_id]
        self.undated = [u for u in self.undated if u.tag_id != tag_id]
        if isinstance(item, Event):
            self.events.append(item)
            self.events.sort(key=event_sort_key)
        elif isinstance(item, UndatedTag):
            self.undated.append(item)


@dataclass(frozen=True)
class Lane:
    key: str
    label: str
    events: tuple[Event, ...]


TITLE_MAX = 60
# Leading clauses that set the scene rather than say what happened.
_INTRO_WORDS = frozenset(
    "on in at during by since from between as after before shortly furthermore however moreover "
    "additionally meanwhile then also thus therefore according in particular to sum up finally "
    "earlier later today yesterday last once while when to with".split()
)
_CLAUSE = re.compile(r",\s+")


def short_title(title: str, quote: str, participants: Sequence[str] = (), limit: int = TITLE_MAX) -> str:
    """An event's title in at most ``limit`` characters.

    A short title is kept as it is.  A long one (the sentence a date was tagged
    in) loses its leading scene-setting clauses ("Shortly before this meeting,
    on May 22, 2025, …", "According to …, ") so that it starts with its subject
    and verb, and is cut at a word.  When nothing
    is left of it, the date as written with its actors stands instead.
    """
    title = " ".join((title or "").split())
    quote = " ".join((quote or "").split())
    if len(title) <= limit and title:
        return title
    body = title.replace(quote, "\0") if quote else title
    clauses = _CLAUSE.split(body)
    while len(clauses) > 1:
        head = clauses[0].strip()
        words = head.split()
        if not words or words[0].strip("“”\"'([").casefold() in _INTRO_WORDS:
            clauses.pop(0)
        else:
            break
    rest = ", ".join(clauses).replace("\0", quote).strip()
    if len(rest.split()) < 3:
        names = ", ".join(participants)
        rest = f"{quote} — {names}" if names else (quote or title)
    rest = rest[:1].upper() + rest[1:]
    if len(rest) <= limit:
        return rest
    cut = rest[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:—-") + "…"


def event_sort_key(e: Event) -> tuple[Any, ...]:
    return (e.first_day, e.last_day, e.title.casefold(), e.tag_id)


# -- dates -------------------------------------------------------------------------


def _parts(iso: Any) -> tuple[int, int | None, int | None] | None:
    if not isinstance(iso, str):
        return None
    return _str_parts(iso)


@functools.lru_cache(maxsize=65536)  # a library's 100,000 events fall on a few thousand days
def _str_parts(iso: str) -> tuple[int, int | None, int | None] | None:
    bits = iso.strip().split("-")
    if not bits or len(bits) > 3 or not all(b.isdigit() for b in bits):
        return None
    nums = [int(b) for b in bits]
    if not 1 <= nums[0] <= 9998:
        return None
    return nums[0], (nums[1] if len(nums) > 1 else None), (nums[2] if len(nums) > 2 else None)


def first_day(iso: Any) -> int | None:
    """Ordinal of the first day an ISO date (year, month or day) covers; None if unreadable."""
    return _first_day(iso) if isinstance(iso, str) else None


@functools.lru_cache(maxsize=65536)
def _first_day(iso: str) -> int | None:
    p = _str_parts(iso)
    if p is None:
        return None
    try:
        return _dt.date(p[0], p[1] or 1, p[2] or 1).toordinal()
    except ValueError:
        return None


def after_last_day(iso: Any) -> int | None:
    """Ordinal of the day after the last day an ISO date covers ("2025" → 1 Jan 2026)."""
    return _after_last_day(iso) if isinstance(iso, str) else None


@functools.lru_cache(maxsize=65536)
def _after_last_day(iso: str) -> int | None:
    p = _str_parts(iso)
    if p is None:
        return None
    y, m, d = p
    try:
        if m is None:
            return _dt.date(y + 1, 1, 1).toordinal()
        if d is None:
            return _dt.date(y + (m == 12), m % 12 + 1, 1).toordinal()
        return _dt.date(y, m, d).toordinal() + 1
    except ValueError:
        return None


def day_span(attrs: dict[str, Any]) -> tuple[int, int] | None:
    """``(first_day, last_day)`` of a date tag's attributes, or None when undated."""
    if not isinstance(attrs, dict) or attrs.get("undated"):
        return None
    start = attrs.get("start")
    if not isinstance(start, str):
        return None
    end = attrs.get("end")
    # An end that is missing, empty or not text counts as the start.
    return _span(start, end if end and isinstance(end, str) else start)


@functools.lru_cache(maxsize=65536)
def _span(start: str, end: str) -> tuple[int, int] | None:
    lo = _first_day(start)
    if lo is None:
        return None
    hi = _after_last_day(end)
    if hi is None or hi <= lo:
        hi = _after_last_day(start)
    assert hi is not None
    return lo, hi


# -- building ----------------------------------------------------------------------


@dataclass
class _Context:
    names: dict[str, str]
    titles: dict[str, str]
    figures: dict[str, list[tuple[str, str, dict[str, Any]]]]
    published: dict[str, bool]
    figure_text: FigureText = format_figure


def _has_published(metadata: str | None) -> bool:
    if not metadata or "published" not in metadata:
        return False
    try:
        parsed = json.loads(metadata)
    except ValueError:
        return False
    return isinstance(parsed, dict) and bool(parsed.get("published"))


def _context(store: Store, figure_text: FigureText = format_figure) -> _Context:
    # Titles and metadata from the covering index: store.documents() would read every
    # document's text for its length (300 MB in a 10,000-document library).
    docs = document_rows(store)
    return _Context(
        names=store.entity_names(),
        titles={doc_id: title for doc_id, title, *_rest in docs},
        figures=linked_figures(store),
        published={row[0]: _has_published(row[4]) for row in docs},
        figure_text=figure_text,
    )


def _relative(quote: str) -> bool:
    """Whether a quote is a date only relative to a publication date ("last year")."""
    return not parse_date(quote, _dt.date(2000, 1, 1)).get("undated")


def _figure_text(exact: str, attrs: dict[str, Any], figure_text: FigureText) -> str:
    shown = figure_text(attrs) if attrs else ""  # never raises on odd attributes
    return f"{shown} ({exact})" if shown and shown != exact else exact


class _Meaning(NamedTuple):
    """What a date tag's attributes say, read once per distinct attributes value."""

    title: str  # "" when the tag has none (its quote stands in)
    participants: tuple[str, ...]
    names: tuple[str, ...]
    span: tuple[int, int] | None  # None: undated
    start: str
    end: str
    precision: str
    place: str
    before_era: bool = False
    open: str = ""


def _meaning(attrs: dict[str, Any], ctx: _Context) -> _Meaning:
    raw_participants = attrs.get("participants") or []
    if not isinstance(raw_participants, list):
        raw_participants = []
    participants = tuple(dict.fromkeys(str(p) for p in raw_participants if p)) if raw_participants else ()
    names = tuple(ctx.names.get(p, f"(unknown {p[:8]})") for p in participants) if participants else ()
    title = str(attrs.get("title") or "").strip()
    span = day_span(attrs)
    if span is None:
        return _Meaning(title, participants, names, None, "", "", "", "", attrs.get("reason") == BEFORE_THE_ERA)
    start = attrs["start"]  # day_span read it: text
    precision = attrs.get("precision")
    return _Meaning(
        title,
        participants,
        names,
        span,
        start,
        str(attrs.get("end") or start),
        precision if precision in PRECISIONS else "day",
        str(attrs.get("place") or ""),
        open=str(attrs.get("open")) if attrs.get("open") in ("start", "end") else "",
    )


def _make_item(ann: Annotation | DateTag, ctx: _Context) -> Event | UndatedTag:
    attrs = ann.attributes if isinstance(ann.attributes, dict) else {}
    return _item(ann.id, ann.document_id, ann.kind, ann.author, ann.exact, _meaning(attrs, ctx), ctx)


def _item(
    tag_id: str, document_id: str, kind: str, author: str, exact: str, m: _Meaning, ctx: _Context
) -> Event | UndatedTag:
    quote = " ".join(exact.split())
    title = m.title or quote
    doc_title = ctx.titles.get(document_id, "")
    span = m.span
    if span is None:
        needs = not ctx.published.get(document_id, False) and _relative(quote)
        return UndatedTag(tag_id, document_id, doc_title, kind, author, title, quote, m.names, needs, m.before_era)
    # Most events have no figures: skip building an empty generator.
    linked = ctx.figures.get(tag_id)
    figures = tuple(_figure_text(fexact, fa, ctx.figure_text) for _fid, fexact, fa in linked) if linked else ()
    return Event(
        tag_id, document_id, doc_title, kind, author, m.start, m.end, m.precision, title,
        m.participants, m.names, m.place, quote, figures, span[0], span[1], m.open,
    )


def build_timeline(store: Store, document_ids: Iterable[str] | None = None,
                   figure_text: FigureText = format_figure) -> Timeline:
    """Every live date tag (kind 'date' or a codebook child of it) as an event or undated;
    ``figure_text`` writes its linked figures (the UI's: "9,8 м/с²" in Russian)."""
    ctx = _context(store, figure_text)
    wanted = set(document_ids) if document_ids is not None else None
    events: list[Event] = []
    undated: list[UndatedTag] = []
    # Tags whose attributes are the same text (the same date, no title) share one reading.
    read: dict[str, _Meaning] = {}
    for tag_id, doc_id, kind, author, exact, text in date_tag_rows(store, kinds_under(store, "date")):
        if wanted is not None and doc_id not in wanted:
            continue
        m = read.get(text)
        if m is None:
            m = read[text] = _meaning(parse_attributes(text), ctx)
        item = _item(tag_id, doc_id, kind, author, exact, m, ctx)
        if isinstance(item, Event):
            events.append(item)
        else:
            undated.append(item)
    events.sort(key=event_sort_key)
    undated.sort(key=lambda u: (u.document_title.casefold(), u.document_id))  # stable: by position
    return Timeline(events, undated)


def timeline_item(store: Store, ann: Annotation,
                  figure_text: FigureText = format_figure) -> Event | UndatedTag | None:
    """What one tag contributes to the timeline now (None: nothing — deleted or not a date)."""
    if ann.deleted or ann.kind not in kinds_under(store, "date"):
        return None
    return _make_item(ann, _context(store, figure_text))


# -- lanes and stacking --------------------------------------------------------------


def lanes(
    events: Sequence[Event],
    by: str = "actor",
    *,
    kind_labels: dict[str, str] | None = None,
) -> list[Lane]:
    """Group events into lanes: one per actor (an event in each participant's lane,
    events without participants in "(no actor)"), per document, or per kind.

    Lanes with no events do not exist (empty lanes collapse).  Order: by label,
    "(no actor)" last; events keep their order (by start).
    """
    if by not in LANE_MODES:
        raise ValueError(f"lanes by {by!r}: use one of {', '.join(LANE_MODES)}")
    groups: dict[str, list[Event]] = {}
    labels: dict[str, str] = {}
    for e in events:
        if by == "actor":
            keys = list(zip(e.participants, e.participant_names)) or [("", NO_ACTOR)]
        elif by == "document":
            keys = [(e.document_id, e.document_title or e.document_id[:8])]
        else:
            keys = [(e.kind, (kind_labels or {}).get(e.kind, e.kind))]
        for key, label in keys:
            groups.setdefault(key, []).append(e)
            labels[key] = label
    order = sorted(groups, key=lambda k: (by == "actor" and k == "", labels[k].casefold(), k))
    return [Lane(k, labels[k], tuple(groups[k])) for k in order]


def stack(intervals: Sequence[tuple[float, float]]) -> list[int]:
    """Row of each interval so that intervals sharing a row never overlap.

    Half-open intervals ``[start, end)``; each goes into the lowest free row
    (optimal: as many rows as the largest number overlapping at one instant).
    Returns rows in the input order.
    """
    order = sorted(range(len(intervals)), key=lambda i: (intervals[i][0], intervals[i][1]))
    rows = [0] * len(intervals)
    busy: list[tuple[float, int]] = []  # (end, row) heap of occupied rows
    free: list[int] = []  # heap of released row numbers
    next_row = 0
    for i in order:
        start, end = intervals[i]
        while busy and busy[0][0] <= start:
            heapq.heappush(free, heapq.heappop(busy)[1])
        if free:
            row = heapq.heappop(free)
        else:
            row, next_row = next_row, next_row + 1
        rows[i] = row
        heapq.heappush(busy, (max(end, start), row))
    return rows


@dataclass(frozen=True)
class Filters:
    """What the user narrowed the timeline to (empty: everything)."""

    actors: frozenset[str] = frozenset()  # entity ids; "" stands for "(no actor)"
    kinds: frozenset[str] = frozenset()
    documents: frozenset[str] = frozenset()
    authors: frozenset[str] = frozenset()
    since: str | None = None  # ISO date (year, month or day): events ending before it go
    until: str | None = None  # ISO date: events starting after it go
    text: str = ""

    def is_empty(self) -> bool:
        return self == Filters()

    def describe(self, names: Callable[[str, str], str] = lambda facet, v: v) -> str:
        """One line for the filter bar, e.g. 'actor: Kazakhstan · from 2024'."""
        bits = []
        for facet, values in (("actor", self.actors), ("kind", self.kinds),
                              ("document", self.documents), ("author", self.authors)):
            if values:
                bits.append(f"{facet}: " + ", ".join(sorted(names(facet, v) for v in values)))
        if self.since:
            bits.append(f"from {self.since}")
        if self.until:
            bits.append(f"until {self.until}")
        if self.text.strip():
            bits.append(f"text: “{self.text.strip()}”")
        return " · ".join(bits)

    def accepts(self, e: Event | UndatedTag) -> bool:
        if self.kinds and e.kind not in self.kinds:
            return False
        if self.documents and e.document_id not in self.documents:
            return False
        if self.authors and e.author not in self.authors:
            return False
        if self.actors:
            ids = set(e.participants) if isinstance(e, Event) else set()
            if isinstance(e, Event) and not ids:
                ids = {""}
            if not ids & self.actors:
                return False
        if isinstance(e, Event):
            lo = first_day(self.since) if self.since else None
            hi = after_last_day(self.until) if self.until else None
            # An open side reaches past any bound on that side: "after 1990" may fall in 2000 and later.
            if lo is not None and e.last_day <= lo and e.open != "end":
                return False
            if hi is not None and e.first_day >= hi and e.open != "start":
                return False
        needle = self.text.strip().casefold()
        if needle:
            hay = " ".join((e.title, e.quote, e.document_title, " ".join(e.participant_names)))
            if isinstance(e, Event):
                hay += " " + e.place + " " + " ".join(e.figures)
            if needle not in hay.casefold():
                return False
        return True


def apply_filters(timeline: Timeline, filters: Filters) -> Timeline:
    if filters.is_empty():
        return Timeline(list(timeline.events), list(timeline.undated))
    return Timeline(
        [e for e in timeline.events if filters.accepts(e)],
        [u for u in timeline.undated if filters.accepts(u)],
    )


__all__ = [
    "Event", "UndatedTag", "Timeline", "Lane", "Filters", "LANE_MODES", "NO_ACTOR",
    "build_timeline", "timeline_item", "lanes", "stack", "apply_filters", "day_span",
    "first_day", "after_last_day", "event_sort_key", "short_title",
]
