"""Undoable review actions: accepting a colleague's items into my store."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from desktop.review.compare import Item
from desktop.review.merge import MergePlan
from desktop.service.review import ReviewSession
from desktop.store.review import MergeReceipt


class AcceptTheirsCommand(QUndoCommand):
    """Accept their side of some items (one transaction); undo takes the whole merge back.

    The plan is computed once, so redo after undo writes exactly the same records.
    """

    def __init__(
        self,
        session: ReviewSession,
        items: list[Item],
        done: Callable[[], None],
        *,
        backup: bool = False,
        text: str | None = None,
    ):
        super().__init__()
        self.session, self.done, self.backup = session, done, backup
        self.plan: MergePlan = session.plan(items)
        self.receipt: MergeReceipt | None = None
        n = len(items)
        self.setText(text or ("accept their tag" if n == 1 else f"accept {n} of their items"))

    def redo(self) -> None:
        self.receipt = self.session.apply(self.plan, backup=self.backup)
        self.backup = False  # one backup, before the first application
        self.done()

    def undo(self) -> None:
        assert self.receipt is not None
        self.session.undo(self.receipt)
        self.done()
