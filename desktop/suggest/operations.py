"""Suggestion operations shared by the window and the command line (no Qt).

* :func:`suggestions_for` — detection on a stored document, minus what the
  analyst dismissed and what is already tagged with the same kind;
* :func:`accept` — suggestions become normal tags, one transaction;
* :func:`dismiss` / :func:`undismiss` — a dismissed suggestion does not come back.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from desktop.model import Annotation
from desktop.store import suggestions as sql
from desktop.suggest.detect import KINDS, Suggestion, detect


def reference_date(service: Any, doc_id: str) -> str | None:
    """The publication date of a document (ISO) for relative dates, if known."""
    info = service.store.document_info(doc_id)
    if info is None:
        return None
    published = info.metadata.get("published") if isinstance(info.metadata, dict) else None
    return str(published) if published else None


def filter_open(
    found: Iterable[Suggestion],
    dismissed: set[tuple[str, int, int]],
    tagged: Iterable[tuple[str, int, int]],
) -> list[Suggestion]:
    """Drop dismissed suggestions and those overlapping a tag of the same kind."""
    by_kind: dict[str, list[tuple[int, int]]] = {}
    for kind, start, end in tagged:
        by_kind.setdefault(kind, []).append((start, end))
    out = []
    for s in found:
        if s.key in dismissed:
            continue
        if any(s.start < e and b < s.end for b, e in by_kind.get(s.kind, ())):
            continue
        out.append(s)
    return out


def detect_open(
    text: str,
    reference: Any,
    kinds: Sequence[str],
    known_entities: Sequence[tuple[str, Sequence[str]]],
    dismissed: set[tuple[str, int, int]],
    tagged: Iterable[tuple[str, int, int]],
) -> list[Suggestion]:
    """Detection and filtering with no store: what the window runs in a worker process."""
    found = detect(text, reference=reference, kinds=kinds, known_entities=known_entities)
    return filter_open(found, dismissed, tagged)


def suggestions_for(service: Any, doc_id: str, kinds: Sequence[str] = KINDS) -> list[Suggestion]:
    """Open suggestions of one stored document (service: a ``desktop.service.Service``)."""
    text = service.text(doc_id)
    found = detect(
        text,
        reference=reference_date(service, doc_id),
        kinds=kinds,
        known_entities=sql.known_entities(service.store),
    )
    return filter_open(found, sql.dismissed_keys(service.store, doc_id), sql.tagged_spans(service.store, doc_id))


def accept(service: Any, doc_id: str, items: Iterable[Suggestion]) -> list[Annotation]:
    """Turn suggestions into tags (attributes from the suggestion), in one transaction."""
    with service.store.transaction():
        return [
            service.tag(doc_id, s.kind, s.start, s.end, attributes=dict(s.attributes))
            for s in items
        ]


def dismiss(service: Any, doc_id: str, items: Iterable[Suggestion]) -> int:
    return sql.dismiss(service.store, doc_id, [(s.kind, s.start, s.end, s.exact) for s in items])


def undismiss(service: Any, doc_id: str, items: Iterable[Suggestion]) -> None:
    sql.undismiss(service.store, doc_id, [s.key for s in items])
