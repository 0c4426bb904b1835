"""Merge plans: what accepting their side of some comparison items would write to my store.

Pure: a :class:`MergePlan` lists whole records to insert or whole tag states to
write; :func:`desktop.store.review.apply_merge` applies it in one transaction.

Accepting theirs, per item:

* ``only_theirs`` without a tag of mine: insert their tag with its id, author and
  timestamps, ``origin_store`` = their store id (or the store it came from);
* ``only_theirs`` on a shared tag (edited by them only): write their state;
* ``conflict``: on a shared tag write their state; on different tags insert theirs
  and tombstone mine;
* ``boundary``: my tag takes their extent (span, quote and context); it keeps its
  id, meaning and note, so that comparing again finds the two ``agreed``;
* ``deleted``: take their side (their tombstone, or their live tag restored);
* ``agreed`` and ``only_mine``: nothing.

Keeping tag ids makes a merge idempotent: after it, each merged tag is the same
tag on both sides, so a second comparison finds it ``agreed`` and plans nothing.
Entities referred to by merged tags come along, mapped by name and aliases
(see :func:`desktop.review.compare.match_entities`); links whose two ends are in
my store after the merge, and references of merged documents, come along too.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from desktop.model import Annotation, now_iso
from desktop.review.compare import AGREED, BOUNDARY, CONFLICT, DELETED, ONLY_MINE, ONLY_THEIRS, Comparison, Item
from desktop.review.snapshot import (
    DocRecord,
    EntityRecord,
    KindRecord,
    Link,
    Reference,
    entity_refs,
)

SELECTIONS = ("nonconflicting", "agreed", "theirs")


@dataclass
class MergePlan:
    their_store_id: str
    documents: list[DocRecord] = field(default_factory=list)
    kinds: list[KindRecord] = field(default_factory=list)
    entities: list[EntityRecord] = field(default_factory=list)
    entity_aliases: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    inserts: list[Annotation] = field(default_factory=list)
    updates: list[Annotation] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    skipped: list[Item] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.documents or self.kinds or self.entities or self.entity_aliases or self.inserts
                    or self.updates or self.links or self.references)

    def summary(self) -> dict[str, int]:
        return {
            "documents": len(self.documents),
            "tags_added": len(self.inserts),
            "tags_changed": len(self.updates),
            "entities_added": len(self.entities),
            "entities_updated": len(self.entity_aliases),
            "links": len(self.links),
            "references": len(self.references),
            "kinds": len(self.kinds),
        }


def select(items: Iterable[Item], only: str = "nonconflicting") -> list[Item]:
    """Items a bulk merge accepts.

    ``nonconflicting``: everything of theirs that needs no decision -- tags only
    they have, their one-sided edits, and their tombstones on tags I never changed;
    ``agreed``: only what the shared ancestor decides (one-sided edits and deletions);
    ``theirs``: their side of every item, conflicts included -- but not over a
    change of mine the shared ancestor shows they never touched.
    """
    if only not in SELECTIONS:
        raise ValueError(f"unknown selection {only!r} (one of {', '.join(SELECTIONS)})")
    out = []
    for i in items:
        if i.theirs is None or i.status in (AGREED,):
            continue
        if only == "theirs":
            if i.status == ONLY_MINE or i.auto == "mine":  # my one-sided edits and deletions stay
                continue
            out.append(i)
        elif only == "agreed":
            if i.auto == "theirs":
                out.append(i)
        else:  # nonconflicting
            if i.status == ONLY_THEIRS or (i.status == DELETED and i.auto == "theirs"):
                out.append(i)
    return out


def plan_merge(cmp: Comparison, items: Iterable[Item]) -> MergePlan:
    """The writes that accept their side of ``items`` (see the module docstring)."""
    mine, theirs = cmp.mine, cmp.theirs
    plan = MergePlan(their_store_id=theirs.store_id)
    mine_ids = mine.tag_ids()
    stamp = now_iso()
    new_docs: dict[str, DocRecord] = {}
    inserted: dict[str, Annotation] = {}
    updated: dict[str, Annotation] = {}
    for item in items:
        t = item.theirs
        if t is None or item.status in (AGREED, ONLY_MINE):
            continue
        if item.status == BOUNDARY and item.mine is not None and item.mine.id != t.id:
            m = item.mine  # a boundary item's tag of theirs is always placed on my text
            updated[m.id] = replace(m, start=t.start, end=t.end, exact=t.exact, prefix=t.prefix,
                                    suffix=t.suffix, updated_at=stamp)
            continue
        if item.mine is None or item.mine.id != t.id:
            if t.id in mine_ids or t.id in inserted:
                plan.skipped.append(item)
                continue
            if item.document_id not in mine.documents and item.document_id in theirs.documents:
                new_docs[item.document_id] = theirs.documents[item.document_id]
            inserted[t.id] = replace(t, origin_store=t.origin_store or theirs.store_id, orphaned=not item.placed)
            if item.status == CONFLICT and item.mine is not None and item.mine.deleted_at is None:
                updated[item.mine.id] = replace(item.mine, deleted_at=stamp, updated_at=stamp)
        else:
            m = item.mine
            if not item.placed:  # their span is not placeable in my text: keep my span
                t = replace(t, start=m.start, end=m.end, exact=m.exact, prefix=m.prefix, suffix=m.suffix)
            updated[t.id] = replace(t, origin_store=m.origin_store, author=m.author, orphaned=m.orphaned)
    plan.documents = list(new_docs.values())
    plan.inserts = list(inserted.values())
    plan.updates = list(updated.values())
    # kinds their tags need
    have_kinds = set(mine.kinds)
    for a in (*plan.inserts, *plan.updates):
        if a.kind not in have_kinds and a.kind in theirs.kinds:
            plan.kinds.append(theirs.kinds[a.kind])
            have_kinds.add(a.kind)
    # entities their tags refer to
    aliases: dict[str, list[str]] = {}
    added_entities: set[str] = set()
    for a in (*plan.inserts, *plan.updates):
        for ref in entity_refs(a.attributes):
            if ref in mine.entities or ref in added_entities:
                continue
            if ref in theirs.entities:
                plan.entities.append(theirs.entities[ref])
                added_entities.add(ref)
    for their_id, my_id in cmp.entity_map.items():
        if their_id == my_id or my_id not in mine.entities:
            continue
        if not any(my_id in entity_refs(a.attributes) for a in (*plan.inserts, *plan.updates)):
            continue
        their_entity, my_entity = theirs.entities[their_id], mine.entities[my_id]
        current = aliases.setdefault(my_id, list(my_entity.aliases))
        known = {n.casefold() for n in (my_entity.name, *current)}
        for n in (their_entity.name, *their_entity.aliases):
            if n.casefold() not in known:
                current.append(n)
                known.add(n.casefold())
    plan.entity_aliases = [(i, tuple(a)) for i, a in aliases.items() if tuple(a) != mine.entities[i].aliases]
    # links whose two ends exist in my store after the merge
    ends = (mine_ids | set(inserted))
    my_links = {ln.id for ln in mine.links}
    for ln in theirs.links:
        if ln.id in my_links or ln.deleted_at is not None:
            continue
        if ln.source_id in inserted or ln.target_id in inserted:
            if ln.source_id in ends and ln.target_id in ends:
                plan.links.append(replace(ln, origin_store=ln.origin_store or theirs.store_id))
    # references of documents that come along, and of matched documents
    my_refs = {r.id for r in mine.references}
    pair_of = {p.theirs.id: p for p in cmp.pairs if p.theirs is not None}
    touched_docs = {a.document_id for a in plan.inserts}
    for r in theirs.references:
        p = pair_of.get(r.document_id)
        if r.id in my_refs or p is None or p.document_id not in touched_docs:
            continue
        if p.mine is None or p.same_text:
            plan.references.append(replace(r, document_id=p.document_id))
        else:
            plan.references.append(replace(r, document_id=p.document_id, start=None, end=None))
    return plan


__all__ = ["MergePlan", "SELECTIONS", "select", "plan_merge"]
