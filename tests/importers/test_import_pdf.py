"""Tests for desktop.importers on PDF."""

from __future__ import annotations

import pickle

import pytest

from desktop.importers import PasswordRequired, load, load_bytes
from desktop.model import Document
from tests.importers.importer_helpers import check_document, load_error, write


pymupdf = pytest.importorskip("pymupdf")

PAGE_LINES = [
    ["Grain exports report", "Page one opens the report on Kazakhstan.", "It continues here."],
    ["Second page starts with customs.", "The protocol was an exam-", "ple of cooperation."],
    ["Third page covers railways.", "Shipments reached 1.3 million tons."],
]


def make_pdf(pages: list[list[str]], **save_options) -> bytes:
    doc = pymupdf.open()
    for lines in pages:
        page = doc.new_page()
        for n, line in enumerate(lines):
            page.insert_text((72, 72 + 16 * n), line, fontsize=11)
    doc.set_metadata(
        {"title": "Grain Exports 2025", "author": "Eurasia Desk", "creationDate": "D:20250622103000+05'00'"}
    )
    data = doc.tobytes(**save_options)
    doc.close()
    return data


def test_pdf_pages_metadata_and_hyphenation(tmp_path):
    doc = load(write(tmp_path, "report.pdf", make_pdf(PAGE_LINES)))
    check_document(doc)
    assert doc.format == "pdf"
    assert doc.title == "Grain Exports 2025"
    assert doc.metadata["author"] == "Eurasia Desk"
    assert doc.metadata["published"] == "2025-06-22"
    assert doc.metadata["page_count"] == 3
    assert len(doc.pages) == 3 and doc.pages[0] == 0
    for offset, lines in zip(doc.pages, PAGE_LINES, strict=True):
        assert doc.text[offset:].startswith(lines[0])
    assert "an example of cooperation" in doc.text.replace("\n", " ")
    assert "exam-" not in doc.text
    assert "pages_without_text" not in doc.metadata


def test_pdf_keeps_hyphen_between_capitalised_words(tmp_path):
    data = make_pdf([["Trade between Kazakhstan-", "Tajikistan grew."]])
    doc = load(write(tmp_path, "names.pdf", data))
    assert "Kazakhstan-\nTajikistan" in doc.text


def test_pdf_two_columns_read_column_by_column(tmp_path):
    pdf = pymupdf.open()
    page = pdf.new_page()  # 595 x 842
    page.insert_text((72, 60), "Two column layout title across the page width here", fontsize=14)
    left = [f"Left column sentence number {n}." for n in range(1, 9)]
    right = [f"Right column sentence number {n}." for n in range(1, 9)]
    for n in range(8):  # interleave in the content stream
        page.insert_text((320, 100 + 14 * n), right[n], fontsize=10)
        page.insert_text((50, 100 + 14 * n), left[n], fontsize=10)
    doc = load_bytes(pdf.tobytes(), "columns.pdf")
    text = doc.text
    positions = [text.index(s) for s in left + right]
    assert positions == sorted(positions), text
    assert text.index("Two column layout") < positions[0]


def test_pdf_password(tmp_path):
    data = make_pdf(PAGE_LINES, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="s3cret", owner_pw="owner")
    path = write(tmp_path, "locked.pdf", data)
    error = load_error(path)
    assert isinstance(error, PasswordRequired) and not error.wrong
    assert error.reason == "password required"
    error = load_error(path, password="guess")
    assert isinstance(error, PasswordRequired) and error.wrong
    assert error.reason == "wrong password"
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is PasswordRequired
    assert (again.path, again.reason, again.wrong) == (error.path, error.reason, True)
    doc = load(path, password="s3cret")
    check_document(doc)
    assert doc.text.startswith("Grain exports report")


def test_pdf_truncated(tmp_path):
    data = make_pdf(PAGE_LINES)
    error = load_error(write(tmp_path, "half.pdf", data[: len(data) // 2]))
    assert "damaged PDF" in error.reason


def test_png_named_pdf(tmp_path):
    png = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 4, 4), 0).tobytes("png")
    error = load_error(write(tmp_path, "picture.pdf", png))
    assert error.reason == "not a PDF (it looks like a PNG image)"
    error = load_error(write(tmp_path, "picture.txt", png))
    assert error.reason.startswith("not a text file")


def test_pdf_without_text_layer(tmp_path):
    pdf = pymupdf.open()
    for _ in range(2):
        pdf.new_page().draw_rect(pymupdf.Rect(50, 50, 300, 300), color=(0, 0, 0), fill=(0.8, 0.2, 0.2))
    error = load_error(write(tmp_path, "scan.pdf", pdf.tobytes()))
    assert "no text layer" in error.reason


def test_pdf_some_pages_without_text(tmp_path):
    pdf = pymupdf.open()
    pdf.new_page().insert_text((72, 72), "Text on the first page.")
    pdf.new_page().draw_rect(pymupdf.Rect(50, 50, 300, 300), fill=(0, 0, 1))
    pdf.new_page().insert_text((72, 72), "Text on the third page.")
    doc = load_bytes(pdf.tobytes(), "mixed.pdf")
    check_document(doc)
    assert doc.metadata["pages_without_text"] == [2]
    assert doc.text[doc.pages[2]:].startswith("Text on the third page.")
    assert doc.pages[1] <= doc.pages[2]


def test_pdf_content_named_txt_is_read_as_pdf(tmp_path):
    doc = load(write(tmp_path, "misnamed.txt", make_pdf(PAGE_LINES)))
    assert doc.format == "pdf"


# A report as word processors print it: a running header, a "Page N of M" footer,
# and paragraphs that page breaks cut in the middle of a sentence.
REPORT_PAGES = [
    [
        "Grain exports in the first half of the year were the highest on record, according",
        "to the figures of the statistics committee, and officials said the new rail link",
        "between the two capitals shortened waiting times at the border considerably. The",
        "ministry expects grain exports to reach",
    ],
    [
        "twelve million tonnes by the end of the decade. Shipments through the Caspian port",
        "grew as well, with new ferries on the line between the two shores, while traffic on",
        "the northern corridor fell for the third year in a row and tariffs on the southern",
        "route were cut twice during the spring, the shipments through the port of",
    ],
    [
        "Aktau rose by a third. Farmers in the north asked for more wagons during the harvest",
        "and for lower rates on the long routes to the south, where the demand for agri-",
    ],
    ["cultural exports keeps growing."],
]
REPORT_SENTENCES = [
    "The ministry expects grain exports to reach twelve million tonnes by the end of the decade.",
    "the shipments through the port of Aktau rose by a third.",
    "where the demand for agricultural exports keeps growing.",
]


def make_report_pdf(pages: list[list[str]], header: str | None, footer: str | None, first_number: int = 1) -> bytes:
    """Pages with a running header and footer; ``footer`` is formatted with n (the page number) and m."""
    doc = pymupdf.open()
    for index, lines in enumerate(pages):
        page = doc.new_page()  # A4: 595 x 842
        if header:
            page.insert_text((72, 40), header, fontsize=9)
        for n, line in enumerate(lines):
            page.insert_text((72, 90 + 14 * n), line, fontsize=10)
        if footer:
            page.insert_text((260, 810), footer.format(n=first_number + index, m=len(pages)), fontsize=9)
    data = doc.tobytes()
    doc.close()
    return data


def flat(text: str) -> str:
    return " ".join(text.split())


def word_boxes(data: bytes, doc: Document) -> tuple[list[str], list[str]]:
    """(words of the PDF the page view finds in the text, words it does not)."""
    pytest.importorskip("PySide6")
    from desktop.pdfwords import map_words, text_flags

    pdf = pymupdf.open(stream=data, filetype="pdf")
    found, missing = [], []
    for i, page in enumerate(pdf):
        flags = text_flags(pymupdf)
        raw = page.get_text("words", flags=flags)
        end = doc.pages[i + 1] if i + 1 < len(doc.pages) else len(doc.text)
        words = map_words(page.get_text("blocks", flags=flags), raw, page.rect.x0, page.rect.width,
                          doc.text[doc.pages[i]:end], doc.pages[i])
        boxes = {(w.x0, w.y0, w.x1, w.y1): w for w in words}
        for w in raw:
            box = boxes.get(tuple(w[:4]))
            if box is None:
                missing.append(w[4])
            else:
                assert doc.text[box.start:box.end] in (w[4], w[4][:-1]), (w[4], box)
                found.append(w[4])
    pdf.close()
    return found, missing


def test_pdf_running_header_and_footer_do_not_cut_sentences(tmp_path):
    data = make_report_pdf(REPORT_PAGES, "Ministry Report 2025", "Page {n} of {m}")
    doc = load(write(tmp_path, "report.pdf", data))
    check_document(doc)
    assert "Ministry Report" not in doc.text and "Page " not in doc.text and " of 4" not in doc.text
    for sentence in REPORT_SENTENCES:
        assert sentence in flat(doc.text), sentence
    assert "reach twelve million" in doc.text  # one space, no line or page break
    assert "port of Aktau rose" in doc.text
    assert "agricultural exports" in doc.text and "agri-" not in doc.text
    # Each page still starts at its own first word; the cut sentences stay one block.
    assert len(doc.pages) == 4
    for offset, lines in zip(doc.pages, REPORT_PAGES, strict=True):
        assert doc.text[offset:].startswith(lines[0].split()[0]), (offset, doc.text[offset:offset + 20])
    assert doc.text[doc.pages[3] - 4:] == "agricultural exports keeps growing."
    assert len(doc.blocks) == 1 and doc.blocks[0].kind == "paragraph"
    assert doc.title == "Grain exports in the first half of the year were the highest on record, according"
    # The page view puts a box on every word of the text and on none of the header or footer.
    found, missing = word_boxes(data, doc)
    assert sorted(missing) == sorted(["Ministry", "Report", "2025"] * 4 + ["Page", "of", "4"] * 4 + list("1234"))
    assert len(found) == sum(len(line.split()) for lines in REPORT_PAGES for line in lines)


@pytest.mark.parametrize("footer", ["{n}", "- {n} -", "Page {n}", "{n} | Steppe Observer quarterly"])
def test_pdf_page_numbers_are_dropped(tmp_path, footer):
    pages = [[f"Paragraph {n} of the annual report says that exports grew in the year {2020 + n}."] for n in range(5)]
    for lines in pages:
        lines.append("The committee will meet again in the spring to review the figures.")
    doc = load_bytes(make_report_pdf(pages, None, footer, first_number=11), "numbers.pdf")
    check_document(doc)
    for n in range(11, 16):
        assert f"\n{n}" not in doc.text and f"- {n} -" not in doc.text and not doc.text.endswith(str(n))
    assert "Steppe Observer" not in doc.text and "Page" not in doc.text
    assert doc.text.count("The committee will meet again") == 5
    assert doc.text[doc.pages[2]:].startswith("Paragraph 2 of the annual report")


def test_pdf_hyphen_between_names_across_a_page_break():
    pages = [["Officials said that the volume of trade between Kazakhstan-"], ["Tajikistan grew by a fifth."]]
    doc = load_bytes(make_report_pdf(pages, None, None), "names.pdf")
    assert doc.text == "Officials said that the volume of trade between Kazakhstan-Tajikistan grew by a fifth."
    assert doc.text[doc.pages[1]:].startswith("Tajikistan")


def test_pdf_keeps_repeated_text_that_is_not_a_running_header(tmp_path):
    # Section headings at the top of every page whose numbers do not follow the pages,
    # and one line per page: nothing to drop.
    pages = [[f"Section {n * 3 + 1}: customs", "The border posts were open on working days only."] for n in range(4)]
    doc = load_bytes(make_report_pdf(pages, None, None), "sections.pdf")
    assert [line for line in doc.text.split("\n") if line.startswith("Section")] == [
        "Section 1: customs", "Section 4: customs", "Section 7: customs", "Section 10: customs"
    ]
    single = [[f"Chapter {n}. Grain exports rose in the year {2020 + n}, the ministry said."] for n in range(1, 6)]
    doc = load_bytes(make_report_pdf(single, None, None), "chapters.pdf")
    assert doc.text.count("Chapter") == 5
    # A page that ends a sentence starts a new paragraph after the break.
    doc = load_bytes(make_report_pdf([["It ended here."], ["A new paragraph."]], "Report", "{n}"), "stop.pdf")
    assert doc.text == "It ended here.\n\nA new paragraph."
    assert doc.pages == (0, len("It ended here.\n\n"))
