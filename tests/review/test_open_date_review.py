"""Two copies of a date tag agree only when they agree on its open side too (eighteenth round)."""

from __future__ import annotations

from desktop.review.compare import AGREED, CONFLICT, compare
from desktop.store.review import open_colleague_store, read_snapshot
from tests.review.test_review import close_clean, copy_as_colleague, make_pair

DAY = {"start": "2025-05-22", "end": "2025-05-22", "precision": "day"}


def test_a_changed_open_side_is_a_difference_of_attributes(tmp_path):
    a, sa, doc = make_pair(tmp_path)
    same = sa.tag_quote(doc, "date", "May 22, 2025")
    sa.edit_tag(same.id, attributes=DAY)
    b, sb = copy_as_colleague(a, tmp_path)
    sb.edit_tag(same.id, attributes={**DAY, "open": "start"})  # they say "before 22 May 2025"
    sa.edit_tag(same.id, attributes={**DAY, "open": "end"})  # I say "after"
    close_clean(b)
    cmp = compare(read_snapshot(a), read_snapshot(open_colleague_store(tmp_path / "theirs.claimline")))
    item = next(i for i in cmp.items if i.kind == "date")
    assert item.status == CONFLICT and "attributes" in item.reason
    assert cmp.counts()[AGREED] == 0
