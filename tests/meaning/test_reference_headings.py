"""One pattern of the reference-list headings for the citation years, the reference list and the text importer
(the twenty-third round folded the three copies)."""

from __future__ import annotations

import pytest

from desktop.importers.text import plain_structure
from desktop.meaning.dates import find_dates
from desktop.meaning.reference_headings import REFERENCE_LIST_HEADING, REFERENCES_OR_NOTES_HEADING
from desktop.references import analyse

LIST_HEADINGS = ["References", "## Bibliography", "Works cited:", "Further reading", "Kaynakça", "Список литературы",
                 "Источники", "Пайдаланылған әдебиеттер", "Quellen", "Literature Cited"]
NOTE_HEADINGS = ["Notes", "Endnotes", "Примечания", "Dipnotlar", "Fußnoten"]


@pytest.mark.parametrize("heading", LIST_HEADINGS)
def test_a_list_heading_is_read_by_all_three(heading):
    assert REFERENCE_LIST_HEADING.fullmatch(heading) and REFERENCES_OR_NOTES_HEADING.fullmatch(heading)
    body = "Markets adapt fast (Okafor, 2016), as trade shows.\n"
    text = f"{body}{heading}\n(Okafor, 2016) is cited again.\n"
    assert [text[s:e] for s, e, _ in find_dates(text, None)] == ["2016"]  # the one before the heading
    entries = "".join(f"{n}. Okafor, J. Trade and rules number {n}. Lagos, 2016.\n" for n in (1, 2, 3))
    long_body = body * 12
    refs = analyse(f"{long_body}{heading}\n{entries}")
    assert len(refs.references) == 3


@pytest.mark.parametrize("heading", NOTE_HEADINGS)
def test_a_notes_heading_opens_notes_but_keeps_their_citations(heading):
    assert REFERENCES_OR_NOTES_HEADING.fullmatch(heading) and not REFERENCE_LIST_HEADING.fullmatch(heading)
    text = f"Markets adapt fast.\n{heading}\nSee the survey (Okafor, 2016).\n"
    assert [text[s:e] for s, e, _ in find_dates(text, None)] == ["2016"]


def test_the_importer_marks_the_heading():
    text = "Title\n\nMarkets adapt fast.\n\nFurther reading\n\n1. Okafor, J. Trade. 2016.\n"
    _title, blocks = plain_structure(text)
    kinds = {text[b.start:b.end]: b.kind for b in blocks}
    assert kinds["Further reading"] == "heading"
    assert kinds["1. Okafor, J. Trade. 2016."] == "footnote"


def test_a_heading_word_inside_a_sentence_is_no_heading():
    assert not REFERENCES_OR_NOTES_HEADING.search("The references to 2016 are many.\nNotes were taken.")


def test_a_turkish_applications_subheading_opens_no_reference_list():
    # review: "Başvurular" heads the applications part of an announcement; its numbered steps stay a list
    text = ("Burs programı açıldı\n\nÜniversite yeni burs programını duyurdu. Program 2021 yılında başlayacak.\n\n"
            "Başvurular\n\n1. Başvurular 5 Mayıs 2021'e kadar yapılmalıdır.\n2. Sonuçlar 1 Haziran 2021'de açıklanacak.\n")
    _title, blocks = plain_structure(text)
    kinds = {text[b.start:b.end]: b.kind for b in blocks}
    assert kinds["Başvurular"] == "paragraph"
    assert kinds["1. Başvurular 5 Mayıs 2021'e kadar yapılmalıdır."] == "list"
    assert not analyse(text).references
