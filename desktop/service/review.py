"""A review session: my store against a colleague's, shared by the window and the CLI.

The colleague's store is opened read-only (:func:`desktop.store.review.open_colleague_store`)
and read once; my store is re-read after each merge so that the comparison is current.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from desktop.review.agreement import AgreementReport, agreement
from desktop.review.compare import Comparison, Item, compare
from desktop.review.snapshot import entity_refs
from desktop.review.merge import MergePlan, plan_merge, select
from desktop.review.snapshot import Snapshot
from desktop.service.core import ServiceError
from desktop.store import Store
from desktop.store.review import MergeReceipt, apply_merge, open_colleague_store, read_snapshot, undo_merge


class ReviewSession:
    """Compare ``store`` (mine) with the store file at ``their_path``; accept their items.

    With ``doc_ids`` the comparison, and so agreement and merges, cover only those documents.

    Be careful: ``store`` belongs to the thread that opened it, and so does the session.
    """

    def __init__(self, store: Store, their_path: str | Path, doc_ids: Iterable[str] | None = None):
        self.store = store
        their = open_colleague_store(their_path)
        try:
            self.theirs: Snapshot = read_snapshot(their)
        finally:
            their.close()
        # only these documents (ids, mine or theirs) are compared, agreed on and merged
        self.doc_ids: set[str] | None = None if doc_ids is None else set(doc_ids)
        self.entity_choices: dict[str, str | None] = {}
        self.comparison: Comparison = self.refresh()

    @property
    def my_name(self) -> str:
        return self.store.meta("owner") or ""

    @property
    def their_name(self) -> str:
        """The colleague: their store's owner, else the main author of their tags."""
        return self.theirs.person(not_named=self.my_name)

    def refresh(self) -> Comparison:
        self.comparison = compare(read_snapshot(self.store), self.theirs, self.doc_ids, self.entity_choices)
        return self.comparison

    def ambiguous_entities(self, items: Iterable[Item] | None = None) -> dict[str, list[str]]:
        """Their entities that match several of mine by name or alias (their id → my ids),
        limited to those the tags of ``items`` refer to when given."""
        ambiguous = self.comparison.ambiguous_entities
        if items is None:
            return dict(ambiguous)
        refs = {ref for item in items if item.theirs is not None for ref in entity_refs(item.theirs.attributes)}
        return {k: v for k, v in ambiguous.items() if k in refs}

    def choose_entities(self, choices: dict[str, str | None]) -> Comparison:
        """Settle ambiguous entities (their id → my id, or None for a new entity) and compare again."""
        self.entity_choices.update(choices)
        return self.refresh()

    def plan(self, items: Iterable[Item]) -> MergePlan:
        return plan_merge(self.comparison, items)

    def plan_bulk(self, only: str = "nonconflicting") -> MergePlan:
        return self.plan(select(self.comparison.items, only))

    def apply(self, plan: MergePlan, *, backup: bool = False) -> MergeReceipt:
        """Write ``plan`` to my store in one transaction (after a backup when asked)."""
        receipt = apply_merge(self.store, plan, backup=backup)
        self.refresh()
        return receipt

    def accept(self, items: Iterable[Item], *, backup: bool = False) -> tuple[MergePlan, MergeReceipt]:
        plan = self.plan(items)
        return plan, self.apply(plan, backup=backup)

    def undo(self, receipt: MergeReceipt) -> None:
        undo_merge(self.store, receipt)
        self.refresh()


def store_agreement(
    paths: Sequence[str | Path], docs: Sequence[str] = ()
) -> tuple[AgreementReport, list[Snapshot]]:
    """Agreement between the store files at ``paths`` (two or more, each opened read-only),
    over their common documents, or only ``docs`` of the first store (each an id, prefix or
    title words naming one document); with the snapshots read (their ``invalid`` rows were skipped)."""
    if len(paths) < 2:
        raise ServiceError("agreement needs two or more stores")
    snaps = []
    doc_ids: set[str] | None = None
    for i, path in enumerate(paths):
        store = open_colleague_store(path)
        try:
            if i == 0 and docs:
                doc_ids = set()
                for doc in docs:
                    found = store.find_documents(doc)
                    if len(found) != 1:
                        raise ServiceError(f"{doc!r} matches {len(found)} documents of {path}")
                    doc_ids.add(found[0].id)
            snaps.append(read_snapshot(store))
        finally:
            store.close()
    return agreement(snaps, doc_ids), snaps


__all__ = ["ReviewSession", "store_agreement"]
