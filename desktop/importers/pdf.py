"""PDF importer (PyMuPDF): text in reading order, page offsets, metadata.

PyMuPDF is not thread-safe: call this from one thread only, ideally in a
worker process (the Document it returns is picklable).  ``pymupdf`` is
imported inside ``extract`` so that importing this package stays cheap.
"""

from __future__ import annotations

import re
import stringprep
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from desktop.importers._common import (
    PasswordRequired,
    is_pdf_bytes,
    short_title,
    sniff_binary_kind,
    tidy_text,
)
from desktop.model import Block, Document, DocumentError

# Errors PyMuPDF raises for damaged files: FileDataError is a RuntimeError;
# MuPDF's own FzError* (pymupdf.mupdf.FzErrorBase) derive from Exception only.
_PDF_ERRORS: tuple[type[BaseException], ...] = (
    RuntimeError, ValueError, OverflowError, MemoryError,
)
_MAX_FAILED_IN_A_ROW = 50  # give up on a page tree that is garbage
_HYPHENATED = re.compile(r"(\w)-\n(\w)")
_SOFT_HYPHEN_BREAK = re.compile(r"\u00ad\n")
_PDF_DATE = re.compile(r"(?:D:)?(\d{4})(\d{2})?(\d{2})?")
_JUNK_TITLE = re.compile(r"^(untitled|microsoft word - .*|.*\.(docx?|rtf|txt|pdf|indd|qxd|odt))$", re.I)


def prepare_pymupdf(pymupdf: Any) -> tuple[type[BaseException], ...]:
    """Keep MuPDF's messages off stderr; return the exceptions of damaged files."""
    global _PDF_ERRORS
    pymupdf.TOOLS.mupdf_display_errors(False)
    pymupdf.TOOLS.mupdf_display_warnings(False)
    fz_error = getattr(getattr(pymupdf, "mupdf", None), "FzErrorBase", None)
    if fz_error is not None and fz_error not in _PDF_ERRORS:
        _PDF_ERRORS = (*_PDF_ERRORS, fz_error)
    return _PDF_ERRORS


def _describe_non_pdf(raw: bytes) -> str:
    kind = sniff_binary_kind(raw)
    if kind is None and re.search(rb"<(!doctype\s+html|html|head|body)\b", raw[:4096], re.I):
        kind = "a web page (HTML)"
    return f"not a PDF (it looks like {kind})" if kind else "not a PDF file"


def _saslprep(password: str) -> str:
    """RFC 4013 SASLprep mapping + NFKC, as PDF 2.0 wants for AES-256 passwords."""
    mapped = "".join(
        " " if stringprep.in_table_c12(c) else c for c in password if not stringprep.in_table_b1(c)
    )
    return unicodedata.normalize("NFKC", mapped)


def _truncated(raw: bytes, repaired: bool) -> bool:
    """True when the file ends in the middle of its last revision."""
    last_eof = raw.rfind(b"%%EOF")
    if last_eof < 0:
        return repaired
    tail = raw[last_eof:]
    return b"endobj" in tail or b"endstream" in tail


def _pdf_date(value: str | None) -> str | None:
    """'D:20250622…' → '2025-06-22' (or '2025-06' / '2025' when that is all)."""
    return partial_iso(_PDF_DATE, value)


def partial_iso(pattern: re.Pattern[str], value: str | None) -> str | None:
    """The ISO date (or year-month, or year) that ``pattern``'s three groups read in ``value``."""
    m = pattern.match((value or "").strip())
    if not m or not 1000 <= int(m.group(1)) <= 2999:
        return None
    year, month, day = m.groups()
    if month and 1 <= int(month) <= 12:
        if day and 1 <= int(day) <= 31:
            return f"{year}-{month}-{day}"
        return f"{year}-{month}"
    return year


def _dehyphenate(text: str) -> str:
    """Join 'exam-\\nple' to 'example' when both sides are lower-case letters."""
    text = _SOFT_HYPHEN_BREAK.sub("", text)

    def join(m: re.Match[str]) -> str:
        before, after = m.group(1), m.group(2)
        if before.islower() and after.islower():
            return before + after
        return m.group(0)

    return _HYPHENATED.sub(join, text)


def reading_order(blocks: list[tuple], x0: float, width: float) -> list[tuple]:
    """Order text blocks (x0, y0, x1, y1, text, …) for reading.

    A page whose text sits in two columns is read column by column, in bands
    separated by full-width blocks (titles, figures spanning both columns);
    any other page is read top to bottom, left to right.
    """
    mid, slack = x0 + width / 2, width * 0.02

    def column(b: tuple) -> int:
        if b[2] <= mid + slack:
            return 0
        if b[0] >= mid - slack:
            return 1
        return -1  # spans the middle

    by_top = sorted(blocks, key=lambda b: (round(b[1] / 3), b[0]))
    chars = [0, 0]
    for b in by_top:
        if column(b) >= 0:
            chars[column(b)] += len(b[4])
    total = sum(len(b[4]) for b in by_top) or 1
    if min(chars) < 0.15 * total:
        return by_top
    ordered: list[tuple] = []
    band: list[tuple] = []
    for b in by_top:
        if column(b) < 0:
            ordered += sorted(band, key=lambda c: (column(c), c[1]))
            band = []
            ordered.append(b)
        else:
            band.append(b)
    ordered += sorted(band, key=lambda c: (column(c), c[1]))
    return ordered


def _clean_block(text: str) -> str:
    """A PDF text block as it goes into the document: tidied, hyphens joined."""
    return _dehyphenate(tidy_text(text)).strip()


def _text_blocks(page: Any, flags: int) -> list[tuple]:
    """The page's text blocks (x0, y0, x1, y1, text, block_no, type) in reading order."""
    flags, textpage = page_flags(page, flags)
    found = textpage.extractBLOCKS() if textpage is not None else page.get_text("blocks", flags=flags)
    raw_blocks = [b for b in found if b[6] == 0 and b[4].strip()]
    rect = page.rect
    return reading_order(raw_blocks, rect.x0, rect.width)


# A gap between two runs of one line wider than this many font sizes means MuPDF put
# text of two columns (on one baseline) on one line.
_COLUMN_GAP = 3.0


def page_flags(page: Any, flags: int) -> tuple[int, Any]:
    """The flags to read ``page`` with, and its text page when it was already made.

    MuPDF's page segmentation (TEXT_SEGMENT) keeps two columns whose lines share
    a baseline apart, but nearly doubles the cost of reading a page.  The page is
    read once without it; only when a line holds runs far apart (two columns
    merged) is it read again with it.  The page view asks the same question, so
    both see the same blocks.
    """
    import pymupdf

    segment = getattr(pymupdf, "TEXT_SEGMENT", 0)
    if not flags & segment:
        return flags, None
    plain = flags & ~segment
    textpage = page.get_textpage(flags=plain)
    for block in textpage.extractDICT()["blocks"]:
        lines = block.get("lines", ())
        for line in lines:
            spans = line["spans"]
            for a, b in zip(spans, spans[1:]):
                if b["bbox"][0] - a["bbox"][2] > _COLUMN_GAP * max(a["size"], 1.0):
                    return flags, None
        # Lines of one block side by side (sharing a height band): columns merged.
        boxes = sorted((line["bbox"] for line in lines), key=lambda r: r[1])
        for a, b in zip(boxes, boxes[1:]):
            shared = min(a[3], b[3]) - max(a[1], b[1])
            if shared > 0.5 * min(a[3] - a[1], b[3] - b[1]) and (b[0] >= a[2] or a[0] >= b[2]):
                return flags, None
    return plain, textpage


def text_flags(pymupdf: Any) -> int:
    """Extraction flags: expand ligatures ("ﬁ" → "fi"); let MuPDF segment the
    page into regions, so text of two columns on one baseline is not merged
    into one block.  The page view replays extraction with the same flags."""
    flags = pymupdf.TEXTFLAGS_TEXT & ~pymupdf.TEXT_PRESERVE_LIGATURES
    return flags | getattr(pymupdf, "TEXT_SEGMENT", 0)


# --- running headers, footers and page numbers ----------------------------------------

_EDGE_SHARE = 0.2  # a running header ends in the top fifth of the page, a footer starts in the bottom one
_EDGE_BLOCKS = 3  # and is among the three blocks nearest that edge
_MAX_RUNNING_CHARS = 200
_NUMBER = re.compile(r"\d+")


@dataclass
class _ReadPage:
    blocks: list[tuple]  # text blocks in reading order
    top: float
    height: float


def _edge_blocks(page: _ReadPage) -> list[tuple[int, str]]:
    """(index, zone) of the blocks that may be a running header ("top") or footer ("bottom")."""
    if page.height <= 0:
        return []
    by_y = sorted(range(len(page.blocks)), key=lambda i: page.blocks[i][1])
    top_limit = page.top + _EDGE_SHARE * page.height
    bottom_limit = page.top + (1 - _EDGE_SHARE) * page.height
    found = [(i, "top") for i in by_y[:_EDGE_BLOCKS] if page.blocks[i][3] <= top_limit]
    found += [(i, "bottom") for i in by_y[-_EDGE_BLOCKS:] if page.blocks[i][1] >= bottom_limit]
    return [(i, zone) for i, zone in dict(found).items() if len(page.blocks[i][4].strip()) <= _MAX_RUNNING_CHARS]


def _running_blocks(pages: list[_ReadPage | None]) -> set[tuple[int, int]]:
    """(page index, block index) of running headers and footers: the same text
    near the same edge of several pages, whose numbers are the same on every
    page except at most one that counts the pages ("Ministry Report 2025",
    "Page 3 of 40", "- 12 -", a bare "12", "38 FREE CULTURE").  A number counts
    the pages when it grows by as much as the page number from the nearest
    page with the same text.  Text at the edge whose numbers do not follow the
    pages ("Section 2" on page 7) stays.

    Text that counts the pages must be on at least three pages (two of a
    document with up to three pages with text); text without a page count on
    30% of them as well.  Only pages that hold other text count, so a
    document of one block per page keeps its blocks.
    """
    with_text = sum(1 for page in pages if page and page.blocks)
    if with_text < 2:
        return set()
    needed_paged = 2 if with_text <= 3 else 3
    needed = max(needed_paged, -(-3 * with_text // 10))
    groups: dict[tuple[str, str], list[tuple[int, int, list[int]]]] = {}
    has_body: set[int] = set()
    for p, page in enumerate(pages):
        if not page:
            continue
        if len(page.blocks) >= 2:
            has_body.add(p)
        for i, zone in _edge_blocks(page):
            text = " ".join(page.blocks[i][4].split()).casefold()
            key = (zone, _NUMBER.sub("#", text))
            numbers = [int(n[:9]) for n in _NUMBER.findall(text)[:6]]
            groups.setdefault(key, []).append((p, i, numbers))
    running: set[tuple[int, int]] = set()
    for members in groups.values():
        if len({p for p, _, _ in members if p in has_body}) < needed_paged:
            continue
        members.sort()
        width = len(members[0][2])  # one key, one count of numbers
        values = [_mode([numbers[j] for _, _, numbers in members]) for j in range(width)]

        def counts_pages(k: int, j: int) -> bool:
            p, _, numbers = members[k]
            for m in (k - 1, k + 1):
                if 0 <= m < len(members) and members[m][0] != p:
                    q, _, other = members[m]
                    if other[j] - numbers[j] == q - p:
                        return True
            return False

        fits, paged_group = [], False
        for k, (p, i, numbers) in enumerate(members):
            changing = [j for j in range(width) if numbers[j] != values[j]]
            if len(changing) <= 1 and all(counts_pages(k, j) for j in changing):
                fits.append((p, i))
                paged_group = paged_group or bool(changing)
        if len({p for p, _ in fits if p in has_body}) >= (needed_paged if paged_group else needed):
            running.update(fits)
    return running


def _mode(values: list[int]) -> int:
    counts: dict[int, int] = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    return max(counts, key=lambda v: counts[v])


# --- sentences across page breaks -------------------------------------------------------

_CLOSERS = "\"'”’»)]"
_ENDS_SENTENCE = (".", "!", "?", "…", ":", "。", "！", "？", "．")


def _continues(before: str, after: str) -> bool:
    """True when the block ``after`` (first on a page) carries on the sentence
    ``before`` (last on the page before) ends in: the latter has no final stop
    and the next starts in lower case, or it ends in a comma or dash, or its
    last line runs to the margin like the lines above it."""
    before, after = before.rstrip(), after.lstrip()
    if not before or not after or before.rstrip(_CLOSERS).endswith(_ENDS_SENTENCE):
        return False
    if after[0].islower():
        return True
    if not after[0].isalnum():
        return False
    if before[-1] in ",;-–—\u00ad":
        return True
    lines = before.split("\n")
    longest = max(len(line) for line in lines)
    return len(lines) >= 3 and len(lines[-1]) >= 0.75 * longest


def _page_join(before: str, after: str) -> tuple[int, str]:
    """(characters to take off the end of ``before``, separator) to join a sentence
    across a page break: "exam-" + "ple" → "example" (as :func:`_dehyphenate`
    within a block), "Kazakhstan-" + "Tajikistan" keeps its hyphen, else one space."""
    if before.endswith("\u00ad"):
        return 1, ""
    if before.endswith("-") and len(before) >= 2 and before[-2].isalpha():
        return (1, "") if before[-2].islower() and after[:1].islower() else (0, "")
    return 0, " "


@dataclass
class PageTexts:
    """The text of a paged document: blocks joined by blank lines, page by page."""

    text: str
    pages: list[int]  # start offset of each page (an empty page starts where the next one does)
    spans: list[tuple[int, int]]  # [start, end) of each block
    without_text: list[int]  # 1-based numbers of pages without text
    failed: list[int]  # 1-based numbers of pages that could not be read


def collect_pages(
    doc: Any,
    page_count: int,
    flags: int,
    source: str,
    label: str,
    clean: Callable[[str], str] = _clean_block,
    *,
    drop_running: bool = False,
    join_pages: bool = False,
) -> PageTexts:
    """Read every page's blocks (in reading order) into one text.

    A page that raises one of the damaged-file errors is skipped (and listed);
    after :data:`_MAX_FAILED_IN_A_ROW` such pages in a row the file is refused
    ("damaged {label}: its pages cannot be read").

    With ``drop_running``, running headers, footers and page numbers (see
    :func:`_running_blocks`) are left out of the text.  With ``join_pages``, a
    sentence a page break cuts goes on after one space (or joins a word
    hyphenated across the break) instead of a blank line, and stays one block;
    the page still starts where its own text does.  Text left out is simply
    not in the text: the page view finds no place for its words.
    """
    read: list[_ReadPage | None] = []
    failed: list[int] = []
    failed_in_a_row = 0
    for number in range(page_count):
        try:
            page = doc.load_page(number)
            rect = page.rect
            read.append(_ReadPage(_text_blocks(page, flags), rect.y0, rect.height))
            failed_in_a_row = 0
        except _PDF_ERRORS:
            failed.append(number + 1)
            failed_in_a_row += 1
            if failed_in_a_row >= _MAX_FAILED_IN_A_ROW:
                raise DocumentError(source, f"damaged {label}: its pages cannot be read") from None
            read.append(None)
    running = _running_blocks(read) if drop_running else set()

    pieces: list[str] = []
    spans: list[tuple[int, int]] = []
    pages: list[int] = []
    without_text: list[int] = []
    pos = 0
    for number, page in enumerate(read):
        blocks = page.blocks if page else []
        texts = [clean(b[4]) for i, b in enumerate(blocks) if (number, i) not in running]
        texts = [t for t in texts if t]
        joined = False
        if pieces and texts:
            if join_pages and _continues(pieces[-1], texts[0]):
                cut, separator = _page_join(pieces[-1], texts[0])
                if cut:
                    pieces[-1] = pieces[-1][:-cut]
                    pos -= cut
                joined = True
            else:
                separator = "\n\n"
            pieces.append(separator)
            pos += len(separator)
        pages.append(pos)
        if page is not None and not texts and not any((number, i) in running for i in range(len(blocks))):
            without_text.append(number + 1)
        for i, block_text in enumerate(texts):
            if i:
                pieces.append("\n\n")
                pos += 2
            pieces.append(block_text)
            if i == 0 and joined:
                spans[-1] = (spans[-1][0], pos + len(block_text))
            else:
                spans.append((pos, pos + len(block_text)))
            pos += len(block_text)
    return PageTexts("".join(pieces), pages, spans, without_text, failed)


def title_and_blocks(text: str, spans: list[tuple[int, int]], title: str) -> tuple[str, tuple[Block, ...]]:
    """The title (the first block's first line when ``title`` is empty) and the
    blocks: paragraphs, the first one a "title" when it is the title."""
    kinds = ["paragraph"] * len(spans)
    first_line = text[spans[0][0]:spans[0][1]].split("\n", 1)[0].strip()
    if not title and len(first_line) <= 200:
        title = first_line
    if " ".join(text[spans[0][0]:spans[0][1]].split()) == title:
        kinds[0] = "title"
    return title, tuple(Block(s, e, k) for (s, e), k in zip(spans, kinds, strict=True))


def _open(pymupdf: Any, raw: bytes, source: str, password: str | None) -> Any:
    try:
        doc = pymupdf.open(stream=raw, filetype="pdf")
    except _PDF_ERRORS:
        raise DocumentError(source, "damaged PDF: it cannot be opened") from None
    if doc.needs_pass:
        if not password:
            doc.close()
            raise PasswordRequired(source)
        variants = dict.fromkeys([password, _saslprep(password), password.strip()])
        if not any(doc.authenticate(p) for p in variants if p):
            doc.close()
            raise PasswordRequired(source, wrong=True)
    return doc


def extract(raw: bytes, source: str, password: str | None = None) -> Document:
    """A Document from the bytes of a PDF; ``password`` opens an encrypted one.

    ``pages`` holds each page's start offset in the text (an empty page starts
    where the next one does).  ``metadata`` gets ``page_count`` and, when
    some pages have no text or cannot be read, ``pages_without_text`` /
    ``pages_with_errors`` (1-based page numbers).
    """
    if not is_pdf_bytes(raw):
        raise DocumentError(source, _describe_non_pdf(raw))
    import pymupdf

    prepare_pymupdf(pymupdf)
    try:
        doc = _open(pymupdf, raw, source, password)
        try:
            return _extract_open(pymupdf, doc, raw, source)
        finally:
            doc.close()
    finally:
        pymupdf.TOOLS.reset_mupdf_warnings()  # the store grows in a long-lived worker


def _extract_open(pymupdf: Any, doc: Any, raw: bytes, source: str) -> Document:
    try:
        page_count = doc.page_count
    except _PDF_ERRORS:
        raise DocumentError(source, "damaged PDF: its page list cannot be read") from None
    if page_count == 0:
        raise DocumentError(source, "damaged PDF: no pages could be found")
    if _truncated(raw, bool(doc.is_repaired)):
        raise DocumentError(source, "damaged PDF: the file is incomplete (truncated?)")

    read = collect_pages(doc, page_count, text_flags(pymupdf), source, "PDF", drop_running=True, join_pages=True)
    text, pages, spans, without_text, failed = read.text, read.pages, read.spans, read.without_text, read.failed

    if not text.strip():
        if len(failed) == page_count:
            raise DocumentError(source, "damaged PDF: no page could be read")
        raise DocumentError(source, "no text layer (scanned pages?); Claimline cannot read text from images")

    info = doc.metadata or {}
    metadata: dict[str, Any] = {"page_count": page_count}
    title = " ".join((info.get("title") or "").split())
    if _JUNK_TITLE.match(title):
        title = ""
    if (info.get("author") or "").strip():
        metadata["author"] = " ".join(info["author"].split())
    published = _pdf_date(info.get("creationDate"))
    if published:
        metadata["published"] = published
    if without_text:
        metadata["pages_without_text"] = without_text
    if failed:
        metadata["pages_with_errors"] = failed

    title, blocks = title_and_blocks(text, spans, title)
    return Document(
        title=short_title(title) or PurePath(source).stem or source,
        text=text,
        format="pdf",
        source=source,
        metadata=metadata,
        pages=tuple(pages),
        blocks=blocks,
    )
