"""Compare my store with a colleague's: match documents, re-anchor their tags, classify items.

Pure functions over :class:`~desktop.review.snapshot.Snapshot` records.

Documents match by the sha256 of their text, then by (source, title), then by a
title that is unique on both sides.  When matched texts differ, the colleague's
tags are re-anchored onto my text by quote and context
(:func:`desktop.anchoring.resolve_many`); a tag that cannot be placed keeps its
old span and is marked ``placed=False`` (a merge stores it as an orphan).

Items (``Item.status``):

* ``agreed`` -- same kind and span (spans equal after trimming whitespace and
  punctuation at both ends), or the same tag id in the same state;
* ``only_mine`` / ``only_theirs`` -- a tag one side has and the other lacks, or a
  shared tag (same id) edited on that side only;
* ``boundary`` -- overlapping spans of the same kind that differ in extent (my
  full sentence, their half of it): one item, not "only mine" plus "only theirs";
* ``conflict`` -- overlapping spans of different kinds, or the same tag id edited
  differently on both sides (kind, span, note, attributes, entity);
* ``deleted`` -- a shared tag one side has deleted (a tombstone).

Three-way: a shared tag id means a shared ancestor.  A side whose tag still has
``updated_at == created_at`` has not changed it since, so the other side's change
is taken without asking (``Item.auto == "theirs"`` or ``"mine"``).  Without that
evidence the item is a true conflict and ``auto`` is ``None``.
"""

from __future__ import annotations

import bisect
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace

from desktop.anchoring import Anchor, make_anchor, resolve_many
from desktop.model import Annotation
from desktop.review.snapshot import ENTITY_KEYS, ENTITY_LIST_KEYS, DocRecord, Snapshot, no_gc

AGREED, ONLY_MINE, ONLY_THEIRS, CONFLICT, DELETED = "agreed", "only_mine", "only_theirs", "conflict", "deleted"
BOUNDARY = "boundary"
STATUSES = (AGREED, ONLY_MINE, ONLY_THEIRS, BOUNDARY, CONFLICT, DELETED)
STATUS_LABELS = {
    AGREED: "agreed",
    ONLY_MINE: "only mine",
    ONLY_THEIRS: "only theirs",
    BOUNDARY: "boundary",
    CONFLICT: "conflict",
    DELETED: "deleted by one side",
}


@dataclass(frozen=True)
class DocumentPair:
    """A document of mine and its counterpart in their store (either may be None)."""

    mine: DocRecord | None
    theirs: DocRecord | None
    matched_by: str | None  # "sha256", "source+title", "title" or None

    @property
    def same_text(self) -> bool:
        return self.mine is not None and self.theirs is not None and self.mine.sha256 == self.theirs.sha256

    @property
    def document_id(self) -> str:
        """The id the pair's items use: mine, or theirs for a document only they have."""
        return self.mine.id if self.mine is not None else self.theirs.id  # type: ignore[union-attr]

    @property
    def title(self) -> str:
        return (self.mine or self.theirs).title  # type: ignore[union-attr]


@dataclass(frozen=True)
class Item:
    """One line of the comparison.  ``theirs`` is already placed on my text."""

    status: str
    document_id: str
    kind: str
    quote: str
    mine: Annotation | None
    theirs: Annotation | None
    reason: str = ""
    auto: str | None = None  # three-way decision: "theirs", "mine" or None
    placed: bool = True  # False: their tag could not be re-anchored on my text

    @property
    def key(self) -> str:
        return f"{self.mine.id if self.mine else '-'}|{self.theirs.id if self.theirs else '-'}"

    @property
    def start(self) -> int:
        tag = self.mine or self.theirs
        return tag.start if tag is not None else 0

    @property
    def end(self) -> int:
        tag = self.mine or self.theirs
        return tag.end if tag is not None else 0

    def to_json(self) -> dict:
        return {
            "status": self.status,
            "kind": self.kind,
            "quote": self.quote,
            "mine": self.mine.id if self.mine else None,
            "theirs": self.theirs.id if self.theirs else None,
            "document_id": self.document_id,
            "start": self.start,
            "end": self.end,
            "reason": self.reason,
            "auto": self.auto,
        }


@dataclass
class Comparison:
    mine: Snapshot
    theirs: Snapshot
    pairs: list[DocumentPair]
    items: list[Item]
    entity_map: dict[str, str] = field(default_factory=dict)  # their entity id -> mine
    ambiguous_entities: dict[str, list[str]] = field(default_factory=dict)  # their id -> candidates

    def counts(self, items: list[Item] | None = None) -> dict[str, int]:
        c = Counter(i.status for i in (self.items if items is None else items))
        return {s: c.get(s, 0) for s in STATUSES}

    def items_of(self, document_id: str) -> list[Item]:
        by_doc = self.__dict__.get("_by_doc")
        if by_doc is None:
            by_doc = self.__dict__["_by_doc"] = {}
            for i in self.items:
                by_doc.setdefault(i.document_id, []).append(i)
        return list(by_doc.get(document_id, ()))

    def pair(self, document_id: str) -> DocumentPair | None:
        for p in self.pairs:
            if p.document_id == document_id:
                return p
        return None


# ---------------------------------------------------------------------------
# spans


def _edge(ch: str) -> bool:
    if ch.isalnum():  # most characters: no category lookup
        return False
    return ch.isspace() or unicodedata.category(ch)[0] == "P"


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without whitespace and punctuation at its ends (unchanged if that empties it)."""
    s, e = start, end
    while s < e and _edge(text[s]):
        s += 1
    while e > s and _edge(text[e - 1]):
        e -= 1
    return (s, e) if s < e else (start, end)


# ---------------------------------------------------------------------------
# documents


def match_documents(mine: Snapshot, theirs: Snapshot) -> list[DocumentPair]:
    """Pairs by text sha256, then (source, title), then a unique title; then the unmatched."""
    pairs: list[DocumentPair] = []
    left = dict(mine.documents)
    right = dict(theirs.documents)
    by_sha = {d.sha256: d for d in left.values()}
    for d in list(right.values()):
        m = by_sha.get(d.sha256)
        if m is not None and m.id in left:
            pairs.append(DocumentPair(m, d, "sha256"))
            del left[m.id], right[d.id]
    by_st: dict[tuple[str, str], list[DocRecord]] = {}
    for m in left.values():
        if m.source:
            by_st.setdefault((m.source, m.title), []).append(m)
    for d in list(right.values()):
        cands = [m for m in by_st.get((d.source or "", d.title), []) if m.id in left]
        if d.source and len(cands) == 1:
            pairs.append(DocumentPair(cands[0], d, "source+title"))
            del left[cands[0].id], right[d.id]
    titles_l = Counter(m.title.casefold() for m in left.values())
    titles_r = Counter(d.title.casefold() for d in right.values())
    by_title = {m.title.casefold(): m for m in left.values()}
    for d in list(right.values()):
        t = d.title.casefold()
        if titles_l.get(t) == 1 and titles_r.get(t) == 1:
            m = by_title[t]
            pairs.append(DocumentPair(m, d, "title"))
            del left[m.id], right[d.id]
    pairs.extend(DocumentPair(m, None, None) for m in left.values())
    pairs.extend(DocumentPair(None, d, None) for d in right.values())
    return pairs


# ---------------------------------------------------------------------------
# entities


def match_entities(mine: Snapshot, theirs: Snapshot) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Their entity ids mapped onto mine: same id, else one entity sharing a name or alias.

    Returns (mapping, ambiguous) where ambiguous maps their id to my candidate ids.
    """
    names: dict[str, set[str]] = {}
    for e in mine.entities.values():
        if e.deleted_at is None:
            for n in (e.name, *e.aliases):
                names.setdefault(n.strip().casefold(), set()).add(e.id)
    mapping: dict[str, str] = {}
    ambiguous: dict[str, list[str]] = {}
    for e in theirs.entities.values():
        if e.id in mine.entities:
            mapping[e.id] = e.id
            continue
        canon = names.get(e.name.strip().casefold(), set())
        cands = set(canon)
        for a in e.aliases:
            cands |= names.get(a.strip().casefold(), set())
        if len(canon) == 1:
            mapping[e.id] = next(iter(canon))
        elif len(cands) == 1:
            mapping[e.id] = next(iter(cands))
        elif len(cands) > 1:
            ambiguous[e.id] = sorted(cands)
    return mapping, ambiguous


def _map_entities(ann: Annotation, mapping: dict[str, str]) -> Annotation:
    attrs = ann.attributes
    if not attrs or not any(k in attrs for k in (*ENTITY_KEYS, *ENTITY_LIST_KEYS)):
        return ann
    new = dict(attrs)
    for k in ENTITY_KEYS:
        v = new.get(k)
        if isinstance(v, str) and v in mapping:
            new[k] = mapping[v]
    for k in ENTITY_LIST_KEYS:
        v = new.get(k)
        if isinstance(v, list):
            new[k] = [mapping.get(x, x) if isinstance(x, str) else x for x in v]
    return replace(ann, attributes=new) if new != attrs else ann


# ---------------------------------------------------------------------------
# classification


def place_tags(pair: DocumentPair, theirs: list[Annotation], mapping: dict[str, str]) -> list[tuple[Annotation, bool]]:
    """Their tags moved onto my document (id, text and spans); (tag, placed)."""
    out: list[tuple[Annotation, bool]] = []
    if pair.mine is None or pair.same_text:
        doc_id = pair.document_id
        for t in theirs:
            if t.document_id != doc_id:
                t = replace(t, document_id=doc_id)
            out.append((_map_entities(t, mapping), True))
        return out
    text = pair.mine.text
    res = resolve_many(text, [Anchor(t.start, t.end, t.exact, t.prefix, t.suffix) for t in theirs])
    for t, r in zip(theirs, res):
        if r.start is None or r.end is None:
            out.append((_map_entities(replace(t, document_id=pair.mine.id, orphaned=True), mapping), False))
            continue
        a = make_anchor(text, r.start, r.end)
        t = replace(t, document_id=pair.mine.id, start=r.start, end=r.end, exact=a.exact, prefix=a.prefix,
                    suffix=a.suffix, orphaned=False)
        out.append((_map_entities(t, mapping), True))
    return out


def _state(a: Annotation) -> tuple:
    return (a.kind, a.start, a.end, a.note, a.attributes, a.deleted_at is not None)


def _unchanged(a: Annotation) -> bool:
    return a.updated_at == a.created_at


def _differences(m: Annotation, t: Annotation) -> str:
    parts = []
    if m.kind != t.kind:
        parts.append(f"kind {m.kind} / {t.kind}")
    if (m.start, m.end) != (t.start, t.end):
        parts.append("span")
    if m.note != t.note:
        parts.append("note")
    if m.attributes != t.attributes:
        ent = any(m.attributes.get(k) != t.attributes.get(k) for k in ENTITY_KEYS)
        parts.append("entity" if ent else "attributes")
    return ", ".join(parts)


def _shared_item(doc_id: str, m: Annotation, t: Annotation, placed: bool) -> Item | None:
    if _state(m) == _state(t):
        if m.deleted_at is not None:
            return None
        return Item(AGREED, doc_id, m.kind, m.exact, m, t, "same tag", placed=placed)
    m_del, t_del = m.deleted_at is not None, t.deleted_at is not None
    if m_del and t_del:
        return None
    if m_del != t_del:
        live = t if m_del else m
        auto = None
        if _unchanged(live):
            auto = "mine" if m_del else "theirs"
        who = "me" if m_del else "them"
        reason = f"deleted by {who}" + ("" if auto else f"; edited by {'them' if m_del else 'me'}")
        return Item(DELETED, doc_id, live.kind, live.exact, m, t, reason, auto, placed)
    diff = _differences(m, t)
    if _unchanged(m) and not _unchanged(t):
        return Item(ONLY_THEIRS, doc_id, t.kind, t.exact, m, t, f"edited by them only: {diff}", "theirs", placed)
    if _unchanged(t) and not _unchanged(m):
        return Item(ONLY_MINE, doc_id, m.kind, m.exact, m, t, f"edited by me only: {diff}", "mine", placed)
    return Item(CONFLICT, doc_id, m.kind, m.exact, m, t, f"edited on both sides: {diff}", None, placed)


def _clip(quote: str, n: int = 40) -> str:
    quote = " ".join(quote.split())
    return quote if len(quote) <= n else quote[: n - 1] + "…"


def _item_order(i: Item) -> tuple[int, int, str]:
    tag = i.mine or i.theirs
    return (tag.start, tag.end, i.kind) if tag is not None else (0, 0, i.kind)


def classify(pair: DocumentPair, mine: list[Annotation], theirs: list[tuple[Annotation, bool]]) -> list[Item]:
    """The items of one document pair (their tags already placed on my text)."""
    doc_id = pair.document_id
    text = pair.mine.text if pair.mine is not None else pair.theirs.text  # type: ignore[union-attr]
    items: list[Item] = []
    mine_by_id = {m.id: m for m in mine}
    rest_t: list[tuple[Annotation, bool]] = []
    shared: set[str] = set()
    for t, placed in theirs:
        m = mine_by_id.get(t.id)
        if m is not None:
            shared.add(t.id)
            if (m.kind == t.kind and m.start == t.start and m.end == t.end and m.note == t.note
                    and m.attributes == t.attributes and (m.deleted_at is None) == (t.deleted_at is None)):
                if m.deleted_at is None:
                    items.append(Item(AGREED, doc_id, m.kind, m.exact, m, t, "same tag", None, placed))
                continue
            item = _shared_item(doc_id, m, t, placed)
            if item is not None:
                items.append(item)
        elif t.deleted_at is None:
            rest_t.append((t, placed))
    rest_m = [m for m in mine if m.id not in shared and m.deleted_at is None]
    # agreed: same kind, same trimmed span
    by_key: dict[tuple[str, int, int], list[Annotation]] = {}
    for m in rest_m:
        by_key.setdefault((m.kind, *trimmed(text, m.start, m.end)), []).append(m)
    used: set[str] = set()
    left_t: list[tuple[Annotation, bool]] = []
    for t, placed in rest_t:
        lst = by_key.get((t.kind, *trimmed(text, t.start, t.end))) if placed else None
        if lst:
            m = lst.pop()
            used.add(m.id)
            items.append(Item(AGREED, doc_id, m.kind, m.exact, m, t, "same kind and span", placed=placed))
        else:
            left_t.append((t, placed))
    left_m = sorted((m for m in rest_m if m.id not in used), key=lambda a: (a.start, a.end))
    starts = [m.start for m in left_m]
    max_len = max((m.end - m.start for m in left_m), default=0)
    for t, placed in left_t:
        partner = None
        if placed:
            lo = bisect.bisect_left(starts, t.start - max_len)
            hi = bisect.bisect_left(starts, t.end)
            best = (False, 0)  # a tag of the same kind first, then the largest overlap
            for m in left_m[lo:hi]:
                if m.id in used:
                    continue
                rank = (m.kind == t.kind, min(m.end, t.end) - max(m.start, t.start))
                if rank[1] > 0 and rank > best:
                    best, partner = rank, m
        if partner is not None and partner.kind == t.kind:
            used.add(partner.id)
            items.append(Item(BOUNDARY, doc_id, partner.kind, partner.exact, partner, t,
                              f"same kind, different extent: “{_clip(partner.exact)}” / “{_clip(t.exact)}”",
                              placed=placed))
        elif partner is not None:
            used.add(partner.id)
            items.append(Item(CONFLICT, doc_id, partner.kind, partner.exact, partner, t,
                              f"overlapping spans: {partner.kind} / {t.kind}", placed=placed))
        else:
            reason = "tagged by them only" if placed else "their quote was not found in my text"
            items.append(Item(ONLY_THEIRS, doc_id, t.kind, t.exact, None, t, reason, placed=placed))
    for m in left_m:
        if m.id not in used:
            items.append(Item(ONLY_MINE, doc_id, m.kind, m.exact, m, None, "tagged by me only"))
    items.sort(key=_item_order)
    return items


def compare(
    mine: Snapshot, theirs: Snapshot, doc_ids: set[str] | None = None, entity_choices: dict[str, str | None] | None = None
) -> Comparison:
    """Compare every document (or those whose id, mine or theirs, is in ``doc_ids``).

    ``entity_choices`` settles ambiguous entities: their entity id → my entity id it
    is, or None for "a different entity" (it comes along as a new one).
    """
    with no_gc():
        return _compare(mine, theirs, doc_ids, entity_choices or {})


def _compare(
    mine: Snapshot, theirs: Snapshot, doc_ids: set[str] | None, entity_choices: dict[str, str | None]
) -> Comparison:
    pairs = match_documents(mine, theirs)
    if doc_ids is not None:
        pairs = [
            p for p in pairs
            if (p.mine is not None and p.mine.id in doc_ids) or (p.theirs is not None and p.theirs.id in doc_ids)
        ]
    mapping, ambiguous = match_entities(mine, theirs)
    for their_id, my_id in entity_choices.items():
        if their_id in ambiguous:
            del ambiguous[their_id]
            if my_id is not None and my_id in mine.entities:
                mapping[their_id] = my_id
    items: list[Item] = []
    for p in pairs:
        mine_tags = mine.tags.get(p.mine.id, []) if p.mine is not None else []
        their_tags = theirs.tags.get(p.theirs.id, []) if p.theirs is not None else []
        items.extend(classify(p, mine_tags, place_tags(p, their_tags, mapping)))
    return Comparison(mine, theirs, pairs, items, mapping, ambiguous)


__all__ = [
    "AGREED", "ONLY_MINE", "ONLY_THEIRS", "BOUNDARY", "CONFLICT", "DELETED", "STATUSES", "STATUS_LABELS",
    "DocumentPair", "Item", "Comparison", "compare", "match_documents", "match_entities", "trimmed",
]
