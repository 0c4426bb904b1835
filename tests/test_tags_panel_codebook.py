"""The Tags panel with a large, nested codebook: kinds under their parent, only the kinds in use."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from conftest import SHARED
from desktop.service import Service
from desktop.store import open_store
from desktop.ui.roles import KIND_ROLE, TAG_ID_ROLE
from test_ui import close_window, home, open_window, select_by_keyboard  # noqa: F401 (home is a fixture)

NVIVO = SHARED / "corpus" / "refi" / "samples" / "nvivo12-win_oltas0517_hungarian.qdpx"


def kind_rows(model, parent=QModelIndex()) -> list[tuple[str, list]]:
    """(kind, kind rows below it) of the panel's tree, depth first; tag rows left out."""
    out = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if index.data(TAG_ID_ROLE) is None:
            out.append((index.data(KIND_ROLE), kind_rows(model, index)))
    return out


def test_a_large_nested_codebook_lists_kinds_in_use_under_their_parents(qtbot, home, qtmodeltester):
    window = open_window(qtbot)
    meaning = window.meaning
    meaning.add_kind("Emotions", "#aa3355")
    meaning.add_kind("Joy", "#cc5577", parent="emotions")
    meaning.add_kind("Relief", "#ee7799", parent="joy")
    meaning.add_kind("Anger", "#992222", parent="emotions")
    for n in range(14):
        meaning.add_kind(f"Place {n}", "#336699")
    window.meaning_controller.kinds_changed.emit()  # as after an edit in the codebook dialog
    model = window.panel.model
    # 22 kinds, none used yet: the four built-in kinds only, no "· 0" row for the others.
    assert kind_rows(model) == [("claim", []), ("actor", []), ("figure", []), ("date", [])]
    qtmodeltester.check(model, force_py=True)  # stays attached: the changes below are checked too

    text = window.service.text(window.current_doc)
    start = text.index("Astana")
    select_by_keyboard(qtbot, window.reader, start, start + len("Astana"))
    window.kind_actions["relief"].trigger()  # Tag → Emotions → Joy → Relief
    [tag] = [t for t in window.service.tags(window.current_doc) if not t.deleted]
    assert tag.kind == "relief" and tag.exact == "Astana"
    assert kind_rows(model) == [
        ("claim", []), ("actor", []), ("figure", []), ("date", []), ("emotions", [("joy", [("relief", [])])]),
    ]
    emotions = model.index(4, 0)
    joy = model.index(0, 0, emotions)
    relief = model.index(0, 0, joy)
    assert emotions.data().endswith("·  1") and relief.data() == "Relief  ·  1"
    assert model.index(0, 0, relief).data(TAG_ID_ROLE) == tag.id
    assert window.panel.tree.isExpanded(relief) and window.panel.index_of(tag.id).parent() == relief

    # A second tag of a shown kind lands under it; deleting keeps the rows where they are.
    other = text.index("Kazakhstan")
    select_by_keyboard(qtbot, window.reader, other, other + len("Kazakhstan"))
    window.kind_actions["joy"].trigger()
    assert model.rowCount(joy) == 2  # Relief, then Joy's own tag
    assert model.index(1, 0, joy).data(TAG_ID_ROLE) is not None and emotions.data().endswith("·  2")
    # Opening the document again shows the same tree (computed from the store).
    window.open_document(window.current_doc)
    assert kind_rows(model)[4] == ("emotions", [("joy", [("relief", [])])])
    close_window(window)


def test_a_small_codebook_shows_every_kind_nested(qtbot, home):
    window = open_window(qtbot)
    window.meaning.add_kind("Emotions", "#aa3355")
    window.meaning.add_kind("Joy", "#cc5577", parent="emotions")
    window.meaning_controller.kinds_changed.emit()
    assert kind_rows(window.panel.model) == [
        ("claim", []), ("actor", []), ("figure", []), ("date", []), ("emotions", [("joy", [])]),
    ]
    close_window(window)


def test_the_nvivo_sample_lists_its_coded_kinds_under_their_parents(qtbot, home, tmp_path):
    if not NVIVO.is_file():
        pytest.skip("the NVivo sample is not in the shared corpus")
    from desktop.exchange.project import import_project

    path = tmp_path / "nvivo.claimline"
    with open_store(path) as store:
        service = Service(store, "Me")
        import_project(service, NVIVO)
    window = open_window(qtbot, str(path))
    from desktop.service.meaning import Meaning

    codebook = Meaning(window.service).codebook()
    parents = {k.name: k.parent for k in codebook}
    assert len(codebook) > 150
    doc = max(window.service.documents(), key=lambda d: d.tag_count)
    window.open_document(doc.id)
    model = window.panel.model
    used = {t.kind for t in window.service.tags(doc.id) if not t.deleted and not t.orphaned}

    def walk(rows, parent):
        for kind, below in rows:
            assert parents.get(kind) == parent or parent is None and parents.get(kind) not in parents
            yield kind
            yield from walk(below, kind)

    shown = list(walk(kind_rows(model), None))
    expected = {"claim", "actor", "figure", "date"} | used
    for kind in used:  # and the parents of the kinds in use, up to the top
        while parents.get(kind) in parents:
            kind = parents[kind]
            expected.add(kind)
    assert len(shown) == len(set(shown)) and set(shown) == expected
    assert len(shown) < len(codebook)  # no row for the unused kinds of the codebook
    assert any(below for _, below in kind_rows(model))  # nested, not flat
    tags = [t for t in window.service.tags(doc.id) if not t.deleted and not t.orphaned]
    assert model.tag_count() == len(tags)
    assert all(window.panel.index_of(t.id).parent().data(KIND_ROLE) == t.kind for t in tags)
    close_window(window)
