"""Zip archives from elsewhere (EPUB, .qdpx): bombs, lying headers, traversal, too many members."""

from __future__ import annotations

import io
import struct
import zipfile

import pytest

from desktop.model import DocumentError
from desktop.safezip import Limits, SafeZip, ZipRefused, unsafe_name

CONTAINER = (
    b'<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
    b'<rootfiles><rootfile full-path="content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>'
)


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data, compress_type=zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def _epub(chapter: bytes, *, opf: bytes = b"<package/>") -> bytes:
    return _zip(
        {"mimetype": b"application/epub+zip", "META-INF/container.xml": CONTAINER, "content.opf": opf, "ch1.xhtml": chapter}
    )


def _lie_about_sizes(data: bytes, name: bytes, declared: int) -> bytes:
    """The archive with ``name``'s uncompressed size rewritten to ``declared`` in both headers."""
    out = bytearray(data)
    local = out.find(b"PK\x03\x04" + out[4:6])
    while local != -1:
        n = struct.unpack_from("<H", out, local + 26)[0]
        if out[local + 30 : local + 30 + n] == name:
            struct.pack_into("<I", out, local + 22, declared)
        local = out.find(b"PK\x03\x04", local + 4)
    central = out.find(b"PK\x01\x02")
    while central != -1:
        n = struct.unpack_from("<H", out, central + 28)[0]
        if out[central + 46 : central + 46 + n] == name:
            struct.pack_into("<I", out, central + 24, declared)
        central = out.find(b"PK\x01\x02", central + 4)
    return bytes(out)


@pytest.mark.parametrize("name", ["../x", "a/../../x", "/etc/passwd", "C:/x", "a\\b", "x\x00y", ""])
def test_names_outside_the_archive_are_unsafe(name):
    assert unsafe_name(name)


@pytest.mark.parametrize("name", ["a", "sources/x.txt", "a..b/c", "..a"])
def test_ordinary_names_are_safe(name):
    assert not unsafe_name(name)


@pytest.mark.parametrize("megabytes, reason", [(20, "zip bomb"), (100, "declares 100 MB")])
def test_a_chapter_that_inflates_a_thousand_times_is_refused(megabytes, reason):
    bomb = _epub(b"<p>" + b"A" * (megabytes * 2**20) + b"</p>")  # ~0.1% of that packed
    assert len(bomb) < 2**20
    from desktop.importers.epub import extract

    with pytest.raises(DocumentError, match=reason):
        extract(bomb, "bomb.epub")


def test_an_epub_chapter_with_a_lying_header_is_refused():
    from desktop.importers.epub import extract

    bomb = _lie_about_sizes(_epub(b"<p>" + b"A" * (100 * 2**20) + b"</p>"), b"ch1.xhtml", 4000)
    with pytest.raises(DocumentError, match="EPUB"):
        extract(bomb, "liar.epub")


def test_a_member_whose_header_understates_its_size_is_never_trusted():
    real = _zip({"big.txt": b"B" * (3 * 2**20)})
    lying = _lie_about_sizes(real, b"big.txt", 1000)
    with SafeZip(lying, Limits(max_member_bytes=2**20, ratio_floor=2**30)) as z:
        with pytest.raises(ZipRefused):
            z.read("big.txt")


def test_a_member_whose_header_declares_too_much_is_refused_before_reading():
    data = _lie_about_sizes(_zip({"a.txt": b"x"}), b"a.txt", 2**31)
    with pytest.raises(ZipRefused, match="declares"):
        SafeZip(data)


def test_total_and_member_count_caps():
    data = _zip({f"m{i}.txt": b"y" * 5000 for i in range(10)})
    with SafeZip(data, Limits(max_total_bytes=20_000)) as z:
        with pytest.raises(ZipRefused, match="in all"):
            z.verify()
    with pytest.raises(ZipRefused, match="10 members"):
        SafeZip(data, Limits(max_members=9))


def test_a_damaged_archive_is_one_clear_reason():
    with pytest.raises(ZipRefused, match="not a complete ZIP archive"):
        SafeZip(b"PK\x03\x04 truncated")


def test_epub_with_a_bomb_in_the_package_document_is_refused_and_the_store_untouched(service):
    bomb = _epub(b"<p>fine</p>", opf=b"<package>" + b" " * (80 * 2**20) + b"</package>")
    path = service.store.path.parent / "opf-bomb.epub"
    path.write_bytes(bomb)
    outcome = service.import_files([path])[0]
    assert outcome.error and "content.opf" in outcome.error and "refused EPUB" in outcome.error
    assert service.documents() == []
