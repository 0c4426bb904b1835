"""Tests for desktop.importers on plain text and Markdown."""

from __future__ import annotations

import os
import textwrap

import pytest

from desktop.importers import load, load_bytes
from desktop.model import DocumentError
from tests.adversarial_inputs import ADVERSARIAL
from tests.conftest import SEED
from tests.importers.importer_helpers import RUSSIAN, TURKISH, block_texts, check_document, write


@pytest.mark.parametrize(
    "encoding, sample",
    [
        ("utf-8", RUSSIAN + "\n" + TURKISH),
        ("utf-8-sig", RUSSIAN),
        ("utf-16", TURKISH),  # Python writes a BOM
        ("utf-16-be", RUSSIAN),  # BOM added below
        ("cp1251", RUSSIAN + "\nЗерно отправлено в Душанбе.\n" + RUSSIAN),
        ("cp1254", TURKISH + "\nİhracat arttı.\n" + TURKISH),
    ],
)
def test_txt_encodings(tmp_path, encoding, sample):
    data = sample.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    doc = load(write(tmp_path, f"sample-{encoding}.txt", data))
    check_document(doc)
    assert doc.text == sample
    assert doc.format == "txt"
    assert doc.source == os.path.abspath(tmp_path / f"sample-{encoding}.txt")


def test_txt_newlines_controls_and_bom(tmp_path):
    raw = "\ufeffTitle line\r\n\r\nFirst\x00 para\x07graph.\rSecond\tline.\r\n"
    doc = load(write(tmp_path, "mixed.txt", raw))
    check_document(doc)
    assert doc.text == "Title line\n\nFirst paragraph.\nSecond\tline.\n"
    assert doc.title == "Title line"
    assert block_texts(doc, "title") == ["Title line"]


def test_txt_title_falls_back_to_stem(tmp_path):
    doc = load(write(tmp_path, "long-first-line.txt", "word " * 100))
    assert doc.title == "long-first-line"
    assert not block_texts(doc, "title")


def test_seed_article():
    doc = load(SEED)
    check_document(doc)
    raw = SEED.read_text(encoding="utf-8")
    assert doc.text == raw  # untouched: offsets match the file's own
    assert doc.text.startswith("Analysis\n\nThe Rising Axis of Trade in Central Asia")
    assert doc.title == (
        "The Rising Axis of Trade in Central Asia: "
        "The Economic Convergence of Kazakhstan and Tajikistan"
    )
    assert block_texts(doc, "meta") == ["Analysis"]
    assert block_texts(doc, "title") == [doc.title]
    footnotes = block_texts(doc, "footnote")
    assert [f[:3] for f in footnotes] == ["[1]", "[2]", "[3]"]
    assert footnotes[2] == "[3] Ibid."
    paragraphs = block_texts(doc, "paragraph")
    assert any(p.startswith("Once gaining independence") for p in paragraphs)
    # The in-text markers "[1]" stay inside their paragraphs.
    assert not any(f.startswith("[1]") for f in paragraphs)


def test_plain_text_structure(tmp_path):
    wrapped = textwrap.fill("The delegation discussed grain exports and customs " * 6, 70)
    raw = "\n".join(
        [
            "Report on regional trade",
            "",
            wrapped,
            "",
            "- first point",
            "- second point",
            "",
            "Closing paragraph.",
            "",
            "Notes",
            "1. Ministry statement, 2025.",
            "2. Railway data.",
        ]
    )
    doc = load(write(tmp_path, "report.txt", raw))
    check_document(doc)
    assert doc.title == "Report on regional trade"
    assert wrapped in block_texts(doc, "paragraph")  # one block, not one per line
    assert block_texts(doc, "list") == ["- first point", "- second point"]
    assert block_texts(doc, "footnote") == ["1. Ministry statement, 2025.", "2. Railway data."]
    assert block_texts(doc, "heading") == ["Notes"]


def test_large_text_loads(tmp_path):
    """A 1 MB text (bench/bench_documents.py prints how long it takes)."""
    line = "Kazakhstan’s grain exports to Tajikistan grew by 20% in 2025 [1].\n"
    path = write(tmp_path, "big.txt", (line * (1_000_000 // len(line.encode()))))
    doc = load(path)
    assert len(doc.text) > 900_000 and doc.text.count("\n") > 10_000


@pytest.mark.parametrize("name, text", ADVERSARIAL)
def test_adversarial_inputs_load_or_are_refused_cleanly(name, text):
    try:
        load_bytes(text.encode("utf-8"), name)
    except DocumentError as error:
        assert error.__cause__ is None


# --- Markdown -------------------------------------------------------------------------

MARKDOWN = """\
---
title: Front matter title
author: Dilara Keçialan
date: 2025-07-03
---

# Trade in *Central* Asia

Kazakhstan's **grain exports** grew, see [Kazinform](https://qazinform.com/x "t") and
the [report][r].![chart](chart.png) Use `a*b*c` literally, and \\*stars\\*.

## Figures

- 1.3 million tons
- 20% growth

> Customs digitalization matters.

```python
print("# not a heading")
```

Setext heading
--------------

Ratio 3 < 4 with snake_case_name kept[^1].

[r]: https://example.org/report
[^1]: Source: ministry.
"""


def test_markdown(tmp_path):
    doc = load(write(tmp_path, "note.md", MARKDOWN))
    check_document(doc)
    assert doc.format == "md"
    assert doc.title == "Front matter title"
    assert doc.metadata["author"] == "Dilara Keçialan"
    assert doc.metadata["published"] == "2025-07-03"
    text = doc.text
    assert text.startswith("Trade in Central Asia\n\nKazakhstan's grain exports grew")
    assert "see Kazinform and the report." in text
    for markup in ("**", "](", "![", "#  ", "---", "[r]", "chart.png", "qazinform.com"):
        assert markup not in text, markup
    assert "Use a*b*c literally, and *stars*." in text
    assert 'print("# not a heading")' in text
    assert "Ratio 3 < 4 with snake_case_name kept[1]." in text
    assert block_texts(doc, "title") == ["Trade in Central Asia"]
    headings = [(doc.text[b.start:b.end], b.level) for b in doc.blocks if b.kind == "heading"]
    assert headings == [("Figures", 2), ("Setext heading", 2)]
    assert block_texts(doc, "list") == ["• 1.3 million tons", "• 20% growth"]
    assert "• 1.3 million tons\n• 20% growth" in text
    assert block_texts(doc, "quote") == ["Customs digitalization matters."]
    assert block_texts(doc, "footnote") == ["[1] Source: ministry."]


def test_markdown_title_from_first_heading(tmp_path):
    doc = load(write(tmp_path, "plain.markdown", "Intro line.\n\n## Only heading\n\nBody."))
    assert doc.title == "Only heading"
    assert block_texts(doc, "title") == ["Only heading"]
