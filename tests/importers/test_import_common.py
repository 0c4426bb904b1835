"""Tests for desktop.importers as a whole: its surface, what it refuses, and any input."""

from __future__ import annotations

import pickle
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.importers import SUPPORTED_SUFFIXES, load, load_bytes
from desktop.model import DocumentError
from tests.conftest import REPO
from tests.importers.importer_helpers import check_document, load_error, write


def test_supported_suffixes():
    assert SUPPORTED_SUFFIXES == (".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".epub")


def test_importers_do_not_import_qt_or_heavy_libraries():
    code = textwrap.dedent(
        """
        import sys
        import desktop.importers, desktop.importers.text, desktop.importers.html
        import desktop.importers.pdf, desktop.importers.epub, desktop.importers._common
        heavy = [m for m in ("PySide6", "pymupdf", "fitz", "lxml", "charset_normalizer")
                 if m in sys.modules]
        assert not heavy, heavy
        """
    )
    subprocess.run([sys.executable, "-c", code], cwd=REPO, check=True, timeout=60)


# --- refusals -----------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", SUPPORTED_SUFFIXES)
def test_zero_byte_files(tmp_path, suffix):
    error = load_error(write(tmp_path, f"empty{suffix}", b""))
    assert error.reason == "empty file (0 bytes)"


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
def test_binary_garbage(tmp_path, suffix):
    import random

    garbage = random.Random(7).randbytes(4096)
    error = load_error(write(tmp_path, f"garbage{suffix}", garbage))
    assert error.reason.startswith("not a text file")
    no_nul = bytes(b or 1 for b in garbage)
    error = load_error(write(tmp_path, f"garbage2{suffix}", no_nul))
    assert error.reason.startswith("not a text file")


@pytest.mark.parametrize("name", ["report.docx", "data.xyz", "ARCHIVE.ZIP"])
def test_unsupported_suffix(tmp_path, name):
    error = load_error(write(tmp_path, name, b"some content"))
    suffix = Path(name).suffix.lower()
    assert error.reason.startswith(f"unsupported file type {suffix}; Claimline reads ")
    assert ".pdf" in error.reason


def test_missing_file_and_folder(tmp_path):
    assert load_error(tmp_path / "nowhere.txt").reason == "file not found"
    assert load_error(tmp_path).reason == "this is a folder, not a file"


def test_error_path_is_absolute(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "empty.md", b"")
    assert load_error("empty.md").path == str(tmp_path / "empty.md")


def test_document_error_pickles():
    error = pickle.loads(pickle.dumps(DocumentError("/a.txt", "file not found")))
    assert (error.path, error.reason) == ("/a.txt", "file not found")


# --- properties -------------------------------------------------------------------------------


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(st.characters(codec="utf-8"), max_size=300))
def test_any_utf8_text_loads_or_refuses_cleanly(tmp_path, text):
    path = tmp_path / "any.txt"
    path.write_bytes(text.encode("utf-8"))
    try:
        doc = load(path)
    except DocumentError as error:
        assert error.__cause__ is None, repr(error.__cause__)
        return
    assert "\r" not in doc.text
    assert doc.text.strip() and doc.title.strip()
    for block in doc.blocks:
        assert 0 <= block.start < block.end <= len(doc.text)


@settings(max_examples=60, deadline=None)
@given(st.text(st.characters(codec="utf-8"), max_size=200), st.sampled_from([".md", ".html"]))
def test_any_markup_loads_or_refuses_cleanly(text, suffix):
    try:
        doc = load_bytes(text.encode("utf-8"), "any" + suffix)
    except DocumentError as error:
        assert error.__cause__ is None, repr(error.__cause__)
        return
    check_document(doc)
