"""Every item model of the window passes pytest-qt's model tester, also while it changes."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop.model import Annotation
from desktop.ui.library import LibraryView
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
def library_view(qapp):
    """Outlives the model tester (which disconnects from the model at its teardown)."""
    view = LibraryView()
    yield view
    view.deleteLater()


def test_library_model(library_view, qtmodeltester, seeded):
    service, doc_id = seeded
    view = library_view
    view.set_documents(service.documents(), doc_id)
    qtmodeltester.check(view.model, force_py=True)
    assert view.model.item(0).data(DOC_ID_ROLE) == doc_id
    view.set_tag_count(doc_id, 7)
    assert "7 tags" in view.model.item(0).text()


@pytest.fixture
def tagged(seeded):
    service, doc_id = seeded
    service.tag_quote(doc_id, "figure", "2024")
    service.tag_quote(doc_id, "actor", "Kazakhstan")
    return service, doc_id


def _figures(service):
    from desktop.ui.figures_view import FiguresView

    return FiguresView(service)


def _entities(service):
    from desktop.service.meaning import Meaning
    from desktop.ui.entities_view import EntitiesView

    return EntitiesView(Meaning(service))


# One model per test: pytest-qt's tester follows the last model checked.
@pytest.mark.parametrize("make", [_figures, _entities])
@pytest.mark.parametrize("which", ["model", "proxy"])
def test_figures_and_entities_tables(qtbot, qtmodeltester, tagged, make, which):
    service, _ = tagged
    view = make(service)
    qtbot.addWidget(view)
    model = getattr(view, which)
    assert model.rowCount() >= 1
    qtmodeltester.check(model, force_py=True)
    view.refresh()  # reloads every row under the tester's eyes
    assert model.rowCount() >= 1
