"""The analyst's desk (issue 17), below the window: service, timeline, review and report."""

from __future__ import annotations

import json

import pytest

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


def test_the_command_line_tag_fills_participants_too(seeded, capsys):
    service, doc = seeded
    store = str(service.store.path)
    assert desktop.cli.main(["tag", "--store", store, doc, "--kind", "actor", "--quote", "Murat Nurtleu"]) == 0
    capsys.readouterr()
    code = desktop.cli.main(["tag", "--store", store, doc, "--kind", "date", "--quote", "June 25, 2025", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    tag = json.loads(out)
    assert len(tag["attributes"]["participants"]) == 1


# -- review: boundary items and the colleague's name -----------------------------------------


def _boundary_pair(tmp_path):
    from tests.test_review import close_clean, copy_as_colleague, make_pair

    a, sa, doc = make_pair(tmp_path)
    text = sa.text(doc)
    sentence = "The agreement aims to further reduce border crossing times between the two countries"
    start = text.index(sentence)
    b, sb = copy_as_colleague(a, tmp_path)
    mine = sa.tag(doc, "claim", start, start + len(sentence), note="my reading")
    sb.store.set_meta("owner", "Bob")
    half = "reduce border crossing times"
    theirs = sb.tag_quote(doc, "claim", half)
    other = sb.tag_quote(doc, "actor", "Almaty")
    close_clean(b)
    return a, sa, doc, mine, theirs, other


def test_same_kind_overlap_with_another_extent_is_one_boundary_item(tmp_path, capsys):
    from desktop.review.compare import BOUNDARY
    from desktop.service.review import ReviewSession

    a, sa, doc, mine, theirs, other = _boundary_pair(tmp_path)
    session = ReviewSession(a, tmp_path / "theirs.claimline")
    items = [i for i in session.comparison.items if i.status != "agreed"]
    assert [(i.status, i.mine.id if i.mine else None, i.theirs.id) for i in items] == [
        ("only_theirs", None, other.id), (BOUNDARY, mine.id, theirs.id)]
    assert session.their_name == "Bob"
    # The command line lists the same, with the colleague's name.
    a.close()
    code = desktop.cli.main(["diff", str(tmp_path / "theirs.claimline"), "--store", str(tmp_path / "mine.claimline"),
                             "--json"])
    data = json.loads(capsys.readouterr()[0])
    assert code == 0 and data["colleague"] == "Bob"
    assert data["counts"]["boundary"] == 1 and data["counts"]["only_mine"] == 0
    (item,) = [i for i in data["items"] if i["status"] == "boundary"]
    assert (item["mine"], item["theirs"]) == (mine.id, theirs.id)


def test_accepting_their_boundary_gives_my_tag_their_extent(tmp_path):
    from desktop.service.review import ReviewSession

    a, sa, doc, mine, theirs, other = _boundary_pair(tmp_path)
    session = ReviewSession(a, tmp_path / "theirs.claimline")
    (item,) = [i for i in session.comparison.items if i.status == "boundary"]
    plan, receipt = session.accept([item])
    now = sa.get_tag(mine.id)
    assert (now.start, now.end, now.exact) == (theirs.start, theirs.end, "reduce border crossing times")
    assert now.note == "my reading" and now.author == "Ann" and not now.deleted
    assert [t.id for t in sa.tags(doc) if t.kind == "claim"] == [mine.id]
    # Comparing again: the two agree, and accepting again changes nothing.
    assert [i.status for i in session.comparison.items if i.theirs and i.theirs.id == theirs.id] == ["agreed"]
    session.undo(receipt)
    assert (sa.get_tag(mine.id).start, sa.get_tag(mine.id).end) == (mine.start, mine.end)
    a.close()


# -- the PDF report's timeline ---------------------------------------------------------------


def _timeline_report(service, doc, lanes: int):
    from desktop.export.model import ReportOptions, gather

    meaning = Meaning(service)
    for i in range(lanes):
        ent = meaning.create_entity(f"Actor {i:03d}", type="person")
        tag = service.tag_quote(doc, "date", "June 25, 2025")
        meaning.set_attributes(tag.id, {"start": f"2025-{1 + i % 12:02d}-01", "end": f"2025-{1 + i % 12:02d}-01",
                                        "precision": "day", "participants": [ent.id]})
    return gather(service.store, ReportOptions(document_ids=(doc,)))


def _timeline_images(pdf):
    """(page number, image box) of every image in the PDF, in page order."""
    return [(page.number, info["bbox"]) for page in pdf for info in page.get_image_info()]


def test_the_pdf_timeline_spans_the_text_width(qapp, seeded):
    import pymupdf

    from desktop.export.run import render

    service, doc = seeded
    model = _timeline_report(service, doc, 3)
    pdf = pymupdf.open(stream=render(model, "pdf"), filetype="pdf")
    ((_page, box),) = _timeline_images(pdf)
    assert box[2] - box[0] == pytest.approx(pdf[0].rect.width - 100, abs=2)  # the text width, margins 50 pt


def test_a_tall_pdf_timeline_is_split_across_pages_between_lanes(qapp, seeded):
    import pymupdf

    from desktop.export.run import render

    service, doc = seeded
    model = _timeline_report(service, doc, 80)
    pdf = pymupdf.open(stream=render(model, "pdf"), filetype="pdf")
    images = _timeline_images(pdf)
    assert len(images) >= 2 and len({p for p, _ in images}) == len(images)  # one part per page
    for page, box in images:
        assert box[2] - box[0] == pytest.approx(pdf[page].rect.width - 100, abs=2)
        assert 60 - 1 <= box[1] and box[3] <= pdf[page].rect.height - 56 + 1  # inside the text area
    # Each part ends between two lanes (or at the bottom); parts after the first repeat the axis.
    full = pymupdf.Pixmap(model.timeline_png)
    scale = (pdf[0].rect.width - 100) / full.width  # points per image row
    rows = [*model.timeline_breaks, full.height]
    top = 0
    for i, (_page, box) in enumerate(images):
        top += round((box[3] - box[1]) / scale) - (rows[0] if i else 0)
        nearest = min(rows, key=lambda r: abs(r - top))
        assert abs(nearest - top) <= 3  # (the image's height in points is rounded)
        top = nearest
    assert top == full.height


def encrypted_pdf(path, password: str = "s3cret"):
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), "A locked report about grain exports in 2025.", fontsize=12)
    doc.save(str(path), encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw=password, owner_pw=password + "-owner")
    doc.close()
    return path


def test_an_encrypted_pdf_is_reported_as_locked_until_its_password_is_given(service, tmp_path):
    pdf = encrypted_pdf(tmp_path / "locked.pdf")
    (outcome,) = service.import_files([pdf])
    assert outcome.locked and outcome.error == "password required" and outcome.document is None
    (outcome,) = service.import_files([pdf], password="wrong")
    assert outcome.locked and outcome.error == "wrong password"
    (outcome,) = service.import_files([pdf], password="s3cret")
    assert not outcome.locked and outcome.error is None and "grain exports" in service.text(outcome.document.id)
    (plain,) = service.import_files([tmp_path / "missing.txt"])
    assert plain.error and not plain.locked
