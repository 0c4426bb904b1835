"""The command line of issue 4: entities, entity merge/rename, link, codebook."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

import desktop.cli
from desktop.service import Service
from desktop.service.meaning import Meaning
from desktop.store import open_store
from tests.conftest import REPO, SEED


def run(capsys, *argv):
    code = desktop.cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def store_file(tmp_path):
    return tmp_path / "cli.claimline"


@pytest.fixture
def seeded_store(capsys, store_file):
    code, out, _ = run(capsys, "import", str(SEED), "--store", str(store_file), "--json")
    assert code == 0
    return store_file, json.loads(out)[0]["id"]


def with_meaning(path, fn):
    store = open_store(path)
    try:
        return fn(Meaning(Service(store, "Tester")))
    finally:
        store.close()


def test_entities_lists_names_types_and_mention_counts(capsys, seeded_store):
    path, doc = seeded_store
    for occurrence in (1, 2):
        code, _, _ = run(capsys, "tag", doc, "--kind", "actor", "--quote", "Tajikistan",
                         "--occurrence", str(occurrence), "--store", str(path))
        assert code == 0
    code, out, err = run(capsys, "entities", "--store", str(path), "--json")
    assert code == 0 and err == ""
    data = json.loads(out)
    # `claimline tag` linked both mentions to one entity, made on the first.
    [ent] = data
    assert ent["name"] == "Tajikistan" and ent["mentions"] == 2 and ent["documents"] == 1
    assert set(ent) >= {"id", "name", "type", "aliases", "roles", "mentions"}
    code, out, _ = run(capsys, "entities", "--store", str(path))
    assert out.startswith(ent["id"][:8]) and "2 mentions in 1 docs" in out and "Tajikistan" in out


def test_entity_merge_by_name_and_prefix(capsys, seeded_store):
    path, _ = seeded_store

    def make(m):
        long = m.create_entity("Union of Soviet Socialist Republics", type="state")
        short = m.create_entity("USSR", type="state")
        return long.id, short.id

    long_id, short_id = with_meaning(path, make)
    code, out, err = run(capsys, "entity", "merge", long_id[:8], "USSR", "--store", str(path), "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["entity"]["aliases"] == ["USSR"] and data["merged"] == short_id
    code, out, _ = run(capsys, "entities", "--store", str(path), "--json")
    assert [e["id"] for e in json.loads(out)] == [long_id]
    code, out, err = run(capsys, "entity", "merge", long_id, "Nobody", "--store", str(path))
    assert code == 1 and "no entity matches 'Nobody'" in err and len(err.strip().splitlines()) == 1
    code, out, err = run(capsys, "entity", "rename", "ussr", "Soviet Union", "--store", str(path))
    assert code == 0 and out.strip().endswith("Soviet Union")


def test_link_two_tags_and_remove(capsys, seeded_store):
    path, doc = seeded_store
    code, out, _ = run(capsys, "tag", doc, "--kind", "claim", "--quote",
                       "the past decade has witnessed a notable revival", "--store", str(path), "--json")
    claim = json.loads(out)["id"]
    code, out, _ = run(capsys, "tag", doc, "--kind", "figure", "--quote", "1.3 million tons",
                       "--store", str(path), "--json")
    figure = json.loads(out)["id"]
    code, out, err = run(capsys, "link", figure[:8], claim, "--relation", "supports", "--store", str(path), "--json")
    assert code == 0, err
    ln = json.loads(out)
    assert (ln["source"], ln["target"], ln["relation"], ln["removed"]) == (figure, claim, "supports", False)
    assert with_meaning(path, lambda m: [x.relation for x in m.links(claim)]) == ["supports"]
    code, out, err = run(capsys, "link", figure, claim, "--relation", "supports", "--remove", "--store", str(path))
    assert code == 0 and out.startswith("removed")
    assert with_meaning(path, lambda m: m.links(claim)) == []
    code, _, err = run(capsys, "link", figure, claim, "--relation", "loves", "--store", str(path))
    assert code == 2 and "invalid choice" in err
    code, _, err = run(capsys, "link", figure, "ffffffff", "--relation", "related", "--store", str(path))
    assert code == 1 and "no live tag matches 'ffffffff'" in err


def test_codebook_export_and_import(capsys, seeded_store, tmp_path):
    path, _ = seeded_store
    with_meaning(path, lambda m: m.add_kind("Sanction", "#aa3311", parent="claim", description="Measures"))
    qdc = tmp_path / "book.qdc"
    code, out, err = run(capsys, "codebook", "export", str(qdc), "--store", str(path))
    assert code == 0 and out.strip() == f"wrote 5 kinds to {qdc}"
    from lxml import etree

    from desktop.service.meaning import validate_qdc

    assert validate_qdc(etree.parse(str(qdc))) == []
    other = tmp_path / "other.claimline"
    open_store(other).close()
    code, out, err = run(capsys, "codebook", "import", str(qdc), "--store", str(other), "--json")
    assert code == 0 and json.loads(out) == {"added": 1, "updated": 4, "warnings": []}
    assert with_meaning(other, lambda m: [k.parent for k in m.codebook() if k.name == "sanction"]) == ["claim"]
    code, _, err = run(capsys, "codebook", "import", str(tmp_path / "missing.qdc"), "--store", str(other))
    assert code == 1 and "missing.qdc" in err and "Traceback" not in err


def test_meaning_commands_do_not_import_qtwidgets():
    probe = (
        "import sys, desktop.cli as c;"
        "c.build_parser(); import desktop.service.meaning;"
        "assert 'PySide6.QtWidgets' not in sys.modules, 'QtWidgets imported'"
    )
    env = dict(os.environ)
    done = subprocess.run([sys.executable, "-c", probe], cwd=REPO, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_cli_tag_normalises_like_the_gui_and_tags_json_shows_links(capsys, seeded_store):
    path, doc = seeded_store
    code, out, err = run(capsys, "tag", doc, "--kind", "figure", "--quote", "1.3 million tons",
                         "--store", str(path), "--json")
    assert code == 0, err
    figure = json.loads(out)
    assert (figure["attributes"]["value"], figure["attributes"]["unit"]) == (1300000, "t")
    code, out, _ = run(capsys, "tag", doc, "--kind", "date", "--quote", "May 22, 2025", "--store", str(path), "--json")
    assert json.loads(out)["attributes"]["start"] == "2025-05-22"
    code, out, _ = run(capsys, "tag", doc, "--kind", "actor", "--quote", "Tajikistan", "--store", str(path), "--json")
    actor = json.loads(out)
    assert actor["attributes"]["entity_id"]
    code, out, _ = run(capsys, "tag", doc, "--kind", "claim", "--quote",
                       "the past decade has witnessed a notable revival", "--store", str(path), "--json")
    claim = json.loads(out)["id"]
    assert run(capsys, "link", figure["id"], claim, "--relation", "supports", "--store", str(path))[0] == 0
    code, out, _ = run(capsys, "tags", doc, "--store", str(path), "--json")
    by_id = {t["id"]: t for t in json.loads(out)}
    assert [ln["relation"] for ln in by_id[claim]["links"]] == ["supports"]
    assert [ln["relation"] for ln in by_id[figure["id"]]["links"]] == ["supports"]
    assert by_id[actor["id"]]["links"] == []
