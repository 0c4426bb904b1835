"""Multi-step tag and entity writes the window's undo commands need, one transaction each.

The UI never opens a store transaction itself: an undo or redo that touches
several rows calls one of these.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from desktop.model import Annotation
from desktop.store import now_iso


def restore_tags(service: Any, tag_ids: Iterable[str]) -> list[Annotation]:
    """Lift the tombstones of these tags (undo of a delete, redo of an accept)."""
    with service.store.transaction():
        return [service.restore_tag(i) for i in tag_ids]


def delete_tags(service: Any, tag_ids: Iterable[str]) -> list[Annotation]:
    """Tombstone these tags (undo of an accept); the same as ``Service.delete_tags``."""
    return service.delete_tags(list(tag_ids))


def restore_split(meaning: Any, entity: Any, tag: Annotation) -> tuple[Any, Annotation]:
    """Redo of a split mention: bring back its new entity and the tag's state pointing at it."""
    with meaning.store.transaction():
        entity = meaning.write_entity(replace(entity, deleted_at=None))
        tag = meaning.service.write_state(replace(tag, deleted_at=None))
    return entity, tag


def undo_split(meaning: Any, before: Annotation, entity: Any) -> tuple[Any, Annotation]:
    """Undo of a split mention: the tag's earlier state, and its new entity tombstoned."""
    with meaning.store.transaction():
        tag = meaning.service.write_state(before)
        entity = meaning.write_entity(replace(entity, deleted_at=now_iso()))
    return entity, tag
