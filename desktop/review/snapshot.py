"""Plain records of a whole store, as read for review (no Qt, no SQL)."""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.model import Annotation, Link, Reference
from desktop.review.validate import Invalid

# Attribute keys through which a tag refers to an entity by id (as
# desktop/store/meaning.py writes them), and the key holding a list of entity ids.
ENTITY_KEYS = ("entity_id", "asserted_by", "entity")
ENTITY_LIST_KEYS = ("participants",)


@dataclass(frozen=True)
class DocRecord:
    """A document with its text and raw JSON columns (copied as they are on merge)."""

    id: str
    title: str
    source: str | None
    format: str
    text: str
    sha256: str
    metadata: str
    pages: str
    blocks: str
    imported_at: str
    version: int = 1


@dataclass(frozen=True)
class KindRecord:
    name: str
    label: str
    colour: str
    shortcut: str | None
    position: int
    description: str
    parent: str | None


@dataclass(frozen=True)
class EntityRecord:
    id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    roles: str
    country: str | None
    created_at: str
    updated_at: str
    deleted_at: str | None


@dataclass
class Snapshot:
    """Everything review needs from one store; tags include tombstones."""

    store_id: str
    path: str
    documents: dict[str, DocRecord] = field(default_factory=dict)
    tags: dict[str, list[Annotation]] = field(default_factory=dict)  # by document id
    kinds: dict[str, KindRecord] = field(default_factory=dict)
    entities: dict[str, EntityRecord] = field(default_factory=dict)
    links: list[Link] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    invalid: Invalid = field(default_factory=Invalid)  # rows skipped while reading, by reason
    owner: str = ""  # the store's owner (its first author), "" when unknown

    def person(self, not_named: str = "") -> str:
        """Who this store is: its owner, else the author of most of its tags, else its
        file name -- other than ``not_named`` (me: a copy of my store keeps my name as owner)."""
        if self.owner.strip() and self.owner.strip() != not_named:
            return self.owner.strip()
        authors = Counter(t.author for tags in self.tags.values() for t in tags if t.author and t.author != not_named)
        return authors.most_common(1)[0][0] if authors else Path(self.path).stem

    def tag_ids(self) -> set[str]:
        return {t.id for tags in self.tags.values() for t in tags}

    def live_tags(self, doc_id: str) -> list[Annotation]:
        return [t for t in self.tags.get(doc_id, ()) if t.deleted_at is None]


def entity_refs(attributes: dict[str, Any]) -> list[str]:
    """Entity ids a tag's attributes refer to."""
    refs = [attributes[k] for k in ENTITY_KEYS if isinstance(attributes.get(k), str)]
    for k in ENTITY_LIST_KEYS:
        v = attributes.get(k)
        if isinstance(v, list):
            refs.extend(x for x in v if isinstance(x, str))
    return refs


@contextmanager
def no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many small objects.

    Reading 100,000 tags creates no reference cycles, yet each allocation burst
    would trigger collections that scan every object made so far.
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
