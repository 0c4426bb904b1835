"""Search the library: one call for the window's search field and ``claimline search``.

:func:`search` parses the query (:mod:`desktop.search.query`), asks the store's
FTS5 index for the best documents, tags and entities, finds each hit's exact
span in the unfolded text and cuts a snippet around it.  Results are grouped by
document, documents ranked by their best hit (bm25, lower is better).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.search.fold import fold
from desktop.search.query import Query, SearchQueryError, find_hits, parse, snippet
from desktop.store import Store
from desktop.store import search as search_store
from desktop.store.search import DocumentFilter

TEXT_HITS_PER_DOCUMENT = 3
FIELDS = ("text", "quote", "note", "entity")


@dataclass(frozen=True)
class SearchHit:
    """One place a query matched: in a document's text, a tag's quote or note, or an entity's mention."""

    document_id: str
    title: str
    field: str  # text | quote | note | entity
    start: int  # the span in the document's text (a tag's span for quote, note and entity hits)
    end: int
    snippet: str
    highlight: tuple[int, int]  # the match inside ``snippet``
    tag_id: str | None = None
    kind: str | None = None
    score: float = 0.0

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "document_id": self.document_id,
            "title": self.title,
            "start": self.start,
            "end": self.end,
            "snippet": self.snippet,
            "highlight": list(self.highlight),
            "field": self.field,
        }
        if self.tag_id is not None:
            out["tag_id"] = self.tag_id
            out["kind"] = self.kind
        return out


@dataclass
class DocumentHits:
    """A document's hits, best document first in :class:`SearchResults`."""

    document_id: str
    title: str
    score: float
    hits: list[SearchHit] = field(default_factory=list)


@dataclass
class SearchResults:
    query: Query
    groups: list[DocumentHits]

    @property
    def hits(self) -> list[SearchHit]:
        return [h for g in self.groups for h in g.hits]


def search(
    store: Store,
    text: str,
    *,
    limit: int = 50,
    document_ids: Sequence[str] | None = None,
) -> SearchResults:
    """The best ``limit`` hits for ``text`` (raises SearchQueryError on a bad query).

    ``document_ids`` restricts the search to those documents (a collection).
    """
    query = parse(text)
    if query.fts is None and not (query.kinds or query.entities):
        raise SearchQueryError("type words to search for (filters alone need kind: or entity:)")
    ids: tuple[str, ...] | None = tuple(document_ids) if document_ids is not None else None
    if query.entities:
        mentioned = set(search_store.documents_mentioning(store, _entity_ids(store, query.entities)))
        ids = tuple(sorted(mentioned if ids is None else mentioned & set(ids)))
    where = DocumentFilter(
        authors=tuple(fold(a) for a in query.authors),
        titles=tuple(fold(d) for d in query.docs),
        after=query.after,
        before=query.before,
        document_ids=ids,
    )
    hits: list[SearchHit] = []
    if query.fts is not None and not query.kinds:
        hits += _text_hits(store, query, where, limit)
    if query.fts is not None or query.kinds:
        hits += _tag_hits(store, query, where, limit)
    if query.fts is not None and (not query.kinds or "actor" in query.kinds):
        hits += _entity_hits(store, query, where, limit)
    elif query.fts is None and query.entities and not query.kinds:
        hits += _mention_hits(store, _entity_ids(store, query.entities), where, limit, 0.0)
    return SearchResults(query, _group(hits, limit))


def _entity_ids(store: Store, names: Sequence[str]) -> list[str]:
    """Entities whose name or an alias contains each of ``names`` as a phrase."""
    out: list[str] = []
    for name in names:
        tokens = parse(f'"{name}"').fts
        if tokens is not None:
            out += [r[0] for r in search_store.entity_matches(store, tokens, 1000)]
    return out


def _text_hits(store: Store, query: Query, where: DocumentFilter, limit: int) -> list[SearchHit]:
    assert query.fts is not None
    rows = search_store.text_matches(store, query.fts, where, limit)
    texts = search_store.texts(store, [r[0] for r in rows])
    hits = []
    for doc_id, title, score in rows:
        text = texts.get(doc_id, "")
        spans = find_hits(query, text, TEXT_HITS_PER_DOCUMENT) or [(0, 0)]
        for start, end in spans:
            excerpt, a, b = snippet(text, start, end)
            hits.append(SearchHit(doc_id, title, "text", start, end, excerpt, (a, b), score=score))
    return hits


def _tag_hits(store: Store, query: Query, where: DocumentFilter, limit: int) -> list[SearchHit]:
    rows = search_store.tag_matches(store, query.fts, where, query.kinds, limit)
    hits = []
    for tag_id, doc_id, title, kind, start, end, exact, note, score in rows:
        in_quote = find_hits(query, exact, 1)
        in_note = [] if in_quote else find_hits(query, note, 1)
        if in_note:
            excerpt, a, b = snippet(note, *in_note[0])
            hits.append(SearchHit(doc_id, title, "note", start, end, excerpt, (a, b), tag_id, kind, score))
        else:
            a, b = in_quote[0] if in_quote else (0, len(exact))
            excerpt, a, b = snippet(exact, a, b)
            hits.append(SearchHit(doc_id, title, "quote", start, end, excerpt, (a, b), tag_id, kind, score))
    return hits


def _entity_hits(store: Store, query: Query, where: DocumentFilter, limit: int) -> list[SearchHit]:
    assert query.fts is not None
    found = search_store.entity_matches(store, query.fts, limit)
    if not found:
        return []
    best = min(score for _id, _name, score in found)
    return _mention_hits(store, [r[0] for r in found], where, limit, best)


def _mention_hits(store: Store, entity_ids: Sequence[str], where: DocumentFilter, limit: int, score: float) -> list[SearchHit]:
    if not entity_ids:
        return []
    rows = search_store.entity_mentions(store, entity_ids, where, limit)
    texts = search_store.texts(store, sorted({r[1] for r in rows}))
    hits = []
    for tag_id, doc_id, title, _eid, start, end in rows:
        excerpt, a, b = snippet(texts.get(doc_id, ""), start, end)
        hits.append(SearchHit(doc_id, title, "entity", start, end, excerpt, (a, b), tag_id, "actor", score))
    return hits


def _group(hits: list[SearchHit], limit: int) -> list[DocumentHits]:
    groups: dict[str, DocumentHits] = {}
    for h in hits:
        g = groups.get(h.document_id)
        if g is None:
            g = groups[h.document_id] = DocumentHits(h.document_id, h.title, h.score)
        g.score = min(g.score, h.score)
        g.hits.append(h)
    ordered = sorted(groups.values(), key=lambda g: g.score)
    out, count = [], 0
    order = {f: i for i, f in enumerate(FIELDS)}
    for g in ordered:
        g.hits.sort(key=lambda h: (order[h.field], h.start, h.end))
        g.hits = g.hits[: max(0, limit - count)]
        if not g.hits:
            break
        count += len(g.hits)
        out.append(g)
    return out


__all__ = ["DocumentHits", "SearchHit", "SearchQueryError", "SearchResults", "search"]
