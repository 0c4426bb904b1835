"""Helpers shared by the importers: decoding, text clean-up, title guess, blocks."""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Sequence

from desktop.model import Block, DocumentError


class PasswordRequired(DocumentError):
    """An encrypted PDF needs a (different) password; ``wrong`` when one was given.

    The reason is "password required" or "wrong password"; the UI can ask for
    a password and call ``load`` again.
    """

    def __init__(self, path: str, wrong: bool = False):
        super().__init__(path, "wrong password" if wrong else "password required")
        self.wrong = wrong

    def __reduce__(self) -> tuple[object, ...]:
        # Picklable, so it can come back from a worker process.
        return (type(self), (self.path, self.wrong))


# --- content sniffing --------------------------------------------------------

# Leading bytes of file types people drop by mistake, for a precise message.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"PK\x03\x04", "a ZIP archive (Word, EPUB or OpenDocument files are ZIP archives)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"{\\rtf", "an RTF document"),
    (b"\x7fELF", "a program"),
    (b"MZ", "a program"),
    (b"SQLite format 3\x00", "an SQLite database"),
)


def sniff_binary_kind(data: bytes) -> str | None:
    """Name a well-known binary file type from its first bytes, or None."""
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "a WebP image"
    if data[:2] == b"BM" and data[6:10] == b"\0\0\0\0":
        return "a BMP image"
    if data[4:8] == b"ftyp":
        return "a video or HEIC image"
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    return None


def is_pdf_bytes(data: bytes) -> bool:
    """True when a PDF header is near the start (the spec tolerates junk before it)."""
    return b"%PDF-" in data[:1024]


# --- decoding ----------------------------------------------------------------

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: FF FE 00 00 starts both
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# WHATWG treats these labels as their Windows supersets; so do browsers.
_ENCODING_ALIASES = {
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
    "us-ascii": "cp1252", "ascii": "cp1252", "iso-8859-9": "cp1254", "iso8859-9": "cp1254",
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "tis-620": "cp874",
    "iso-8859-11": "cp874", "ks_c_5601-1987": "cp949", "euc-kr": "cp949",
    "shift_jis": "cp932", "x-sjis": "cp932", "windows-31j": "cp932",
}


def bom_encoding(data: bytes) -> str | None:
    """The Python codec named by a byte-order mark at the start of data, or None."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def codec_for(label: str | None) -> str | None:
    """A Python codec for a declared charset label, or None if unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _ENCODING_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when data looks like BOM-less UTF-16 text."""
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:65536]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.7 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.7 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def decode_text(data: bytes, path: str, declared: str | None = None) -> tuple[str, str]:
    """Decode bytes of a text file to str; return (text, encoding).

    Order: byte-order mark, BOM-less UTF-16, strict UTF-8, the declared charset
    (HTML ``<meta charset>``), then charset-normalizer's guess.  Raises
    DocumentError "not a text file" for binary data.
    """
    encoding = bom_encoding(data) or _utf16_without_bom(data)
    if encoding:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            raise DocumentError(path, "not a text file (broken Unicode text)") from None
    if b"\x00" in data:
        raise DocumentError(path, _not_text_reason(data))
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    codec = codec_for(declared)
    if codec == "utf-8":
        # Declared UTF-8 with a few broken sequences (a truncated character):
        # keep the text, mark the damage with U+FFFD.
        text = data.decode("utf-8", "replace")
        if text.count("\ufffd") <= max(3, len(text) // 1000):
            return text, "utf-8"
    elif codec:
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError:
            pass
    # Lazy: charset-normalizer is only needed for legacy encodings.
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.encoding:
        better = _latin_code_page(data, best.encoding)
        if better and better != best.encoding:
            try:
                return data.decode(better), better
            except UnicodeDecodeError:
                pass
        return str(best), best.encoding
    raise DocumentError(path, _not_text_reason(data))


# charset-normalizer often confuses the Latin Windows code pages (Turkish
# cp1254 text comes out as cp1250/cp1252 mojibake: "arasýndaki").  Among those
# code pages, prefer the one whose decoding uses the letters of its languages.
# In order of preference when two fit equally well (Turkish before Central
# European: Claimline's users read Turkish sources).
_CODE_PAGE_LETTERS = {
    "cp1252": "àâäæçéèêëîïìòôœùûüÿáíñóúãõåøßšžÀÂÄÆÇÉÈÊËÎÏÌÒÔŒÙÛÜŸÁÍÑÓÚÃÕÅØŠŽ",
    "cp1254": "çğıöşüâîûÇĞİÖŞÜÂÎÛ",
    "cp1250": "áäčďéěíĺľňóôöőŕřšťúůüűýžąćęłńśźżăâîşţßÁÄČĎÉĚÍĹĽŇÓÔÖŐŔŘŠŤÚŮÜŰÝŽĄĆĘŁŃŚŹŻĂÂÎŞŢ",
    "cp1257": "ąčęėįšųūžāēģīķļņōõäöüĄČĘĖĮŠŲŪŽĀĒĢĪĶĻŅŌÕÄÖÜ",
}
_LATIN_GUESSES = frozenset(
    (
        "cp1252 cp1250 cp1254 cp1257 cp1258 iso8859_1 iso8859_2 iso8859_3 iso8859_4 iso8859_9 "
        "iso8859_10 iso8859_13 iso8859_14 iso8859_15 iso8859_16 mac_roman mac_latin2 "
        "mac_iceland mac_turkish cp850 cp852 cp857 hp_roman8"
    ).split()
)


def _latin_code_page(data: bytes, guess: str) -> str | None:
    """A better Latin code page than charset-normalizer's guess, or None."""
    if codecs.lookup(guess).name.replace("-", "_") not in _LATIN_GUESSES:
        return None
    sample = data[:65536]
    scores: dict[str, float] = {}
    for code_page, letters in _CODE_PAGE_LETTERS.items():
        try:
            text = sample.decode(code_page)
        except UnicodeDecodeError:
            continue  # a byte this code page does not define
        high = [c for c in text if ord(c) > 127]
        if high:
            scores[code_page] = sum(c in letters for c in high) / len(high)
    if not scores:
        return None
    return max(scores, key=lambda cp: scores[cp])  # first of equals wins


def _not_text_reason(data: bytes) -> str:
    kind = sniff_binary_kind(data)
    return f"not a text file (it looks like {kind})" if kind else "not a text file (binary data)"


# Control characters that never belong in reading text (C0 except \t \n \r,
# DEL, C1) plus U+FFFD, counted to tell binary garbage from text.
_JUNK = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]")


def check_text_like(text: str, path: str, data: bytes) -> None:
    """Raise "not a text file" when decoded text is mostly control characters."""
    if not text:
        return
    sample = text[:200_000]
    junk = len(_JUNK.findall(sample))
    if junk > 0.02 * len(sample) + 2:
        raise DocumentError(path, _not_text_reason(data))


# --- clean-up ----------------------------------------------------------------

_NEWLINES = re.compile(r"\r\n?|[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
# C0 controls except \t and \n, DEL, C1 controls, BOM / zero-width no-break space.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\ufeff]")
_BLANK_RUNS = re.compile(r"\n{3,}")


def normalize_newlines(text: str) -> str:
    """Turn \\r\\n, \\r and Unicode line/paragraph separators into \\n."""
    return _NEWLINES.sub("\n", text)


def clean_text(text: str) -> str:
    """Newlines to \\n; drop a BOM, NUL and other control characters (keep \\t, \\n).

    Keeps everything else, so offsets into a plain-text file stay close to the
    file's own (only removed characters shift them).
    """
    return _CONTROLS.sub("", normalize_newlines(text))


def tidy_text(text: str) -> str:
    """clean_text plus: no trailing spaces on lines, at most one blank line in a row."""
    # str.rstrip per line: a regex like "[ \t]+$" is quadratic on long runs of spaces.
    text = "\n".join(line.rstrip(" \t") for line in clean_text(text).split("\n"))
    return _BLANK_RUNS.sub("\n\n", text).strip("\n")


# --- titles and blocks -------------------------------------------------------

MAX_TITLE = 200  # a longer first line is a paragraph, not a title


def short_title(text: str, limit: int = MAX_TITLE) -> str:
    """Collapse whitespace and cut text to a title length at a word boundary."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut + "…"


def is_kicker(line: str, next_line: str | None) -> bool:
    """A very short first line ("Analysis", "World | Asia") above a real title."""
    if next_line is None:
        return False
    words = line.split()
    return (
        len(words) <= 2
        and len(line) < 30
        and len(next_line) <= MAX_TITLE
        and len(next_line.split()) > len(words)
        and not line.rstrip().endswith((".", "!", "?"))
    )


def blocks_from_spans(spans: Iterable[tuple[int, int, str, int]], text: str) -> tuple[Block, ...]:
    """Blocks for (start, end, kind, level) spans, trimmed of surrounding whitespace.

    Empty spans are dropped, so every block satisfies 0 <= start < end <= len(text).
    """
    blocks = []
    for start, end, kind, level in spans:
        start, end = max(0, start), min(len(text), end)
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            blocks.append(Block(start, end, kind, level))
    return tuple(blocks)


def join_blocks(
    parts: Sequence[tuple[str, str, int]], tight_lists: bool = False
) -> tuple[str, tuple[Block, ...]]:
    """Join (text, kind, level) parts with blank lines; return the text and its blocks.

    Each part must already be clean (see clean_text); empty parts are skipped.
    With tight_lists, consecutive "list" parts are separated by one newline.
    """
    pieces: list[str] = []
    spans: list[tuple[int, int, str, int]] = []
    pos = 0
    for part, kind, level in parts:
        part = part.lstrip("\n").rstrip()  # keep the indentation of code
        if not part.strip():
            continue
        if pieces:
            sep = "\n" if tight_lists and kind == "list" and spans[-1][2] == "list" else "\n\n"
            pieces.append(sep)
            pos += len(sep)
        pieces.append(part)
        spans.append((pos, pos + len(part), kind, level))
        pos += len(part)
    text = "".join(pieces)
    return text, blocks_from_spans(spans, text)
