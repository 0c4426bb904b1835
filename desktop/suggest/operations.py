"""Suggestion operations shared by the window and the command line (no Qt).

* :func:`suggestions_for` — detection on a stored document, minus what the
  analyst dismissed and what is already tagged with the same kind;
* :func:`accept` — suggestions become normal tags, one transaction;
* :func:`dismiss` / :func:`undismiss` — a dismissed suggestion does not come back.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from desktop.model import ENTITY_TYPES, Annotation
from desktop.store import suggestions as sql
from desktop.suggest.detect import KINDS, Suggestion, detect
from desktop.suggest.steps import Progress


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
    progress: Progress | None = None,
) -> list[Suggestion]:
    """Detection and filtering with no store: what the window runs in a worker process
    (``progress`` as for :func:`desktop.suggest.detect.detect`)."""
    found = detect(text, reference=reference, kinds=kinds, known_entities=known_entities, progress=progress)
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


def actor_entity(service: Any, s: Suggestion) -> str | None:
    """The entity an accepted actor suggestion names, as tagging by hand finds it:
    the store's entity it was matched to, else the entity whose name or alias is
    the suggestion's name or its quote, else a new one with the suggestion's type.
    An entity of type "other" takes the type the detector knows; a titled
    person's role is added to the entity's roles."""
    from desktop.service.meaning import Meaning  # noqa: PLC0415 - the service layer builds on the store

    meaning = Meaning(service)
    live = {e.id: e for e in meaning.entities()}
    kind = str(s.attributes.get("type") or "other")
    ent = live.get(str(s.attributes.get("entity_id") or ""))
    if ent is None:
        for form in (str(s.attributes.get("name") or ""), s.exact):
            if form.strip():
                ent = meaning.entity_for_quote(form, create=False)
                if ent is not None:
                    break
    if ent is None:
        name = str(s.attributes.get("name") or s.exact)
        ent = meaning.create_entity(name, type=kind if kind in ENTITY_TYPES else "other")
        if " ".join(s.exact.split()) != ent.name and not s.attributes.get("role"):
            ent = meaning.update_entity(ent.id, aliases=[" ".join(s.exact.split())])
    changes: dict[str, Any] = {}
    if ent.type == "other" and kind in ENTITY_TYPES and kind != "other":
        changes["type"] = kind
    role = str(s.attributes.get("role") or "").strip()
    if role and role not in ent.roles:
        changes["roles"] = [*ent.roles, role]
    if changes:
        ent = meaning.update_entity(ent.id, **changes)
    return ent.id


def accept(service: Any, doc_id: str, items: Iterable[Suggestion]) -> list[Annotation]:
    """Turn suggestions into tags, in one transaction.  Figures and dates keep
    the suggestion's normalised attributes; an actor is linked to its entity
    (found or created, with its type) exactly as a hand-made actor tag is."""
    with service.store.transaction():
        out = []
        for s in items:
            if s.kind == "actor":
                attributes: dict[str, Any] = {"entity_id": actor_entity(service, s)}
            else:
                attributes = dict(s.attributes)
            out.append(service.tag(doc_id, s.kind, s.start, s.end, attributes=attributes))
        return out


def dismiss(service: Any, doc_id: str, items: Iterable[Suggestion]) -> int:
    return sql.dismiss(service.store, doc_id, [(s.kind, s.start, s.end, s.exact) for s in items])


def undismiss(service: Any, doc_id: str, items: Iterable[Suggestion]) -> None:
    sql.undismiss(service.store, doc_id, [s.key for s in items])
