"""The analyst's desk (issue 17), below the window: service, timeline, review and report."""

from __future__ import annotations

import json

import desktop.cli
from desktop.service.meaning import Meaning


def test_a_date_tag_takes_the_actors_of_its_sentence_as_participants(seeded):
    service, doc = seeded
    meaning = Meaning(service)
    nurtleu = service.tag_quote(doc, "actor", "Murat Nurtleu")
    asadullozoda = service.tag_quote(doc, "actor", "Hasan Asadullozoda")
    elsewhere = service.tag_quote(doc, "actor", "Aidarbek Saparov")  # another sentence
    date = service.tag_quote(doc, "date", "June 25, 2025")
    ids = [nurtleu.attributes["entity_id"], asadullozoda.attributes["entity_id"]]
    assert date.attributes["participants"] == ids
    assert elsewhere.attributes["entity_id"] not in date.attributes["participants"]
    assert date.attributes["title"].startswith("Furthermore, the meeting held on June 25, 2025")
    # Editable afterwards, like any attribute.
    edited = meaning.set_attributes(date.id, {"participants": ids[:1]})
    assert service.get_tag(date.id).attributes["participants"] == ids[:1] == edited.attributes["participants"]
    # Given participants (an accepted suggestion that names them) are kept.
    kept = service.tag(doc, "date", date.start, date.end, attributes={"start": "2025-06-25", "participants": ids[1:]})
    assert kept.attributes["participants"] == ids[1:]
    # An accepted suggestion's bare attributes get the sentence and its actors.
    text = service.text(doc)
    start = text.index("June 26, 2025")
    service.tag_quote(doc, "actor", "Aidarbek Saparov")
    bare = service.tag(doc, "date", start, start + len("June 26, 2025"),
                       attributes={"start": "2025-06-26", "end": "2025-06-26", "precision": "day"})
    assert bare.attributes["participants"] == [elsewhere.attributes["entity_id"]]
    assert "negotiations held on June 26, 2025" in bare.attributes["title"]
    # A date in a sentence without tagged actors has none.
    lonely = service.tag_quote(doc, "date", "May 22, 2025")
    assert lonely.attributes["participants"] == []


def test_the_command_line_tag_fills_participants_too(seeded, capsys, monkeypatch):
    service, doc = seeded
    store = str(service.store.path)
    monkeypatch.setattr(desktop.cli, "COMMAND_MODULES", ("desktop.documents_cli", "desktop.meaning.cli"))
    assert desktop.cli.main(["tag", "--store", store, doc, "--kind", "actor", "--quote", "Murat Nurtleu"]) == 0
    capsys.readouterr()
    code = desktop.cli.main(["tag", "--store", store, doc, "--kind", "date", "--quote", "June 25, 2025", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    tag = json.loads(out)
    assert len(tag["attributes"]["participants"]) == 1
