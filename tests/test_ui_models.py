"""Every item model of the window passes pytest-qt's model tester, also while it changes."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from desktop.model import Annotation
from desktop.ui.library_model import LibraryModel
from desktop.ui.models import TagTreeModel
from desktop.ui.roles import DOC_ID_ROLE, TAG_ID_ROLE


def tag(n: int, kind: str, start: int, **changes) -> Annotation:
    ann = Annotation(f"t{n}", "doc", kind, start, start + 4, "word", "", "", "", {}, "Ann",
                     "2025-01-01T00:00:00", "2025-01-01T00:00:00")
    return replace(ann, **changes)


def test_tag_tree_model_groups_and_internal_ids(qtmodeltester, service):
    model = TagTreeModel()
    kinds = service.kinds()
    model.set_kinds(kinds)
    names = [k.name for k in kinds]
    tags = [tag(i, names[i % len(names)], 10 * i) for i in range(12)]
    model.set_tags(tags + [tag(99, names[0], 5, deleted_at="2025-02-01T00:00:00")])
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)  # Qt's own QAbstractItemModelTester stays attached below
    # A tag's row hangs under its kind's group; groups have no parent.
    index = model.tag_index("t3")
    assert index.isValid() and index.data(TAG_ID_ROLE) == "t3"
    group = index.parent()
    assert not group.parent().isValid() and group.row() == names.index(tags[3].kind)
    assert model.index(index.row(), 0, group) == index
    assert model.rowCount(index) == 0 and not model.index(0, 0, index).isValid()
    # Moves between groups, removals and insertions keep the model sound.
    model.upsert(replace(tags[3], kind=names[1]))
    model.upsert(replace(tags[4], deleted_at="2025-03-01T00:00:00"))
    model.upsert(tag(50, names[2], 1))
    model.upsert(replace(tags[5], start=0, end=3))
    assert model.tag_index("t4").isValid() is False
    assert model.tag_index("t3").parent().row() == 1
    model.set_kinds(kinds[:2])
    qtmodeltester.check(model, force_py=True)


@pytest.fixture
def library_model(qapp):
    """Outlives the model tester (which disconnects from the model at its teardown)."""
    model = LibraryModel()
    yield model
    model.deleteLater()


def test_library_model(library_model, qtmodeltester, seeded):
    from desktop.model import Document
    from desktop.service import library as lib

    service, doc_id = seeded
    model = library_model
    model.set_rows(lib.library_rows(service))
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, 0).data(DOC_ID_ROLE) == doc_id
    other, _ = service.import_document(Document(title="Other", text="Some other text.", format="txt"))
    model.set_rows(lib.library_rows(service))
    model.sort(0)
    model.set_filter("other")
    assert [r.id for r in model.shown_rows()] == [other.id]
    model.set_filter("")
    service.tag_quote(doc_id, "claim", "Kazakhstan")
    model.update_row(doc_id, lambda row: replace(row, counts=lib.document_counts(service, doc_id)))
    tags_column = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "Claims")
    assert model.index(model.row_of(doc_id), tags_column).data() == "1"


@pytest.fixture
def tagged(seeded):
    service, doc_id = seeded
    service.tag_quote(doc_id, "figure", "2024")
    service.tag_quote(doc_id, "actor", "Kazakhstan")
    return service, doc_id


def _figures(service):
    from desktop.ui.figures_view import FiguresView

    return FiguresView(service)


def _claims(service):
    from desktop.ui.claims_view import ClaimsView

    service.tag_quote(service.documents()[0].id, "claim", "Tajikistan")
    view = ClaimsView(service)
    view.refresh()
    return view


def _entities(service):
    from desktop.service.meaning import Meaning
    from desktop.ui.entities_view import EntitiesView

    return EntitiesView(Meaning(service))


# One model per test: pytest-qt's tester follows the last model checked.
@pytest.mark.parametrize("make, which", [
    (_figures, "model"), (_claims, "model"), (_entities, "model"), (_entities, "proxy"),
])
def test_figures_claims_and_entities_tables(qtbot, qtmodeltester, tagged, make, which):
    service, _ = tagged
    view = make(service)
    qtbot.addWidget(view)
    model = getattr(view, which)
    assert model.rowCount() >= 1
    qtmodeltester.check(model, force_py=True)
    view.refresh()  # reloads every row under the tester's eyes
    assert model.rowCount() >= 1


def test_tag_tree_model_nests_kinds_and_hides_unused_ones_of_a_large_codebook(qtmodeltester):
    from desktop.model import Kind

    kinds = [Kind(n, n.title(), "#336699") for n in ("claim", "actor", "figure", "date")]
    kinds += [Kind(f"k{i}", f"K{i}", "#993366") for i in range(12)]
    # k1 under k0, k2 under k1; k3 and k4 parent each other (a cycle: both at the top); k5's parent is unknown
    parents = {"k1": "k0", "k2": "k1", "k3": "k4", "k4": "k3", "k5": "gone"}
    model = TagTreeModel()
    model.set_kinds(kinds, parents)
    model.set_tags([tag(1, "k2", 0), tag(2, "k0", 8), tag(3, "k5", 4), tag(4, "k3", 2)])
    qtmodeltester.check(model, force_py=True)  # stays attached: every change below is checked too
    top = [model.index(r, 0).data(Qt.ItemDataRole.DisplayRole) for r in range(model.rowCount())]
    assert [t.split()[0] for t in top] == ["Claim", "Actor", "Figure", "Date", "K0", "K3", "K5"]
    k0 = model.index(4, 0)
    assert model.rowCount(k0) == 2 and model.index(0, 0, k0).data(Qt.ItemDataRole.DisplayRole) == "K1  ·  1"
    assert model.index(1, 0, k0).data(TAG_ID_ROLE) == "t2"  # the kind's own tags after its child kinds
    assert model.tag_index("t1").parent().parent() == model.index(0, 0, k0)
    assert k0.data(Qt.ItemDataRole.DisplayRole) == "K0  ·  2"  # its tags and those below it
    assert model.upsert(tag(5, "k9", 1)) is True  # a hidden kind gets a tag: laid out anew
    assert model.tag_index("t5").parent().data(Qt.ItemDataRole.DisplayRole) == "K9  ·  1"
    assert model.upsert(replace(tag(2, "k0", 8), kind="k1")) is False  # moves within shown kinds
    assert model.tag_index("t2").parent() == model.index(0, 0, k0)
    model.upsert(replace(tag(3, "k5", 4), deleted_at="2025-03-01T00:00:00"))
    assert model.tag_index("t3").isValid() is False
    model.set_kinds(kinds[:6], parents)  # six kinds: every one listed, nested
    assert model.rowCount() == 5 and model.rowCount(model.index(4, 0)) == 1
