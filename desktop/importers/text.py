"""Plain-text (.txt) and Markdown (.md) importers.

Plain text is kept as it is (only line ends, a BOM and control characters
change), so offsets into the Document match the file's own characters.
Markdown is turned into readable prose by a small hand-written converter:
markup goes (heading #'s, emphasis, link syntax, images), the words stay.
"""

from __future__ import annotations

import html
import re
from pathlib import PurePath

from desktop.importers._common import (
    MAX_TITLE,
    blocks_from_spans,
    check_text_like,
    clean_text,
    decode_text,
    is_kicker,
    join_blocks,
    short_title,
)
from desktop.meaning.reference_headings import REFERENCES_OR_NOTES_HEADING
from desktop.model import Block, Document, DocumentError


def encoding_metadata(encoding: str) -> dict[str, object]:
    """``{"encoding": …}``, plus ``encoding_guessed`` when the bytes were not UTF-8 or
    UTF-16 and the encoding is charset detection's guess (the import warns)."""
    metadata: dict[str, object] = {"encoding": encoding}
    if not encoding.lower().replace("_", "-").startswith(("utf-8", "utf-16", "utf-32", "ascii")):
        metadata["encoding_guessed"] = True
    return metadata


def _decode(raw: bytes, source: str) -> tuple[str, str]:
    text, encoding = decode_text(raw, source)
    check_text_like(text, source, raw)
    text = clean_text(text)
    if not text.strip():
        raise DocumentError(source, "no readable text")
    return text, encoding


def _stem(source: str) -> str:
    return PurePath(source).stem or source


# --- plain text --------------------------------------------------------------

_NON_EMPTY_LINE = re.compile(r"[^\n]+")
# "[1] …", "¹ …", "^1 …": reference-list entries wherever they stand.
_FOOTNOTE = re.compile(r"\s*(?:\[\d{1,4}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\^\d{1,4})")
# "1. …" / "1) …": a footnote in a reference section or near the end, else a list.
_NUMBERED = re.compile(r"\s*\d{1,4}[.)]\s")
_BULLET = re.compile(r"\s*[-*•‣◦–]\s")
_SENTENCE_END = (".", "!", "?", ":", ";", '"', "”", "»")


def _hard_wrapped(lines: list[str]) -> bool:
    """True for a run of lines that are one paragraph wrapped at a fixed width."""
    if len(lines) < 2:
        return False
    body = lines[:-1]
    if any(not 25 <= len(line) <= 100 for line in body):
        return False
    ends = sum(line.rstrip().endswith(_SENTENCE_END) for line in body)
    return ends * 2 <= len(body)


def plain_structure(text: str) -> tuple[str, tuple[Block, ...]]:
    """Guess the title and the blocks of plain text; the title may be ''.

    The first non-empty line is the title block, unless it is a very short
    kicker ("Analysis") above the real title, which then becomes a "meta"
    block.  Reference-list lines are "footnote" blocks, bullets "list" blocks;
    other lines are "paragraph" blocks (a hard-wrapped paragraph is one block).
    """
    lines = [(m.start(), m.end()) for m in _NON_EMPTY_LINE.finditer(text)]
    lines = [(s, e) for s, e in lines if not text[s:e].isspace()]
    if not lines:
        return "", ()
    kinds: list[str] = ["paragraph"] * len(lines)
    title = ""
    first = text[lines[0][0]:lines[0][1]].strip()
    second = text[lines[1][0]:lines[1][1]].strip() if len(lines) > 1 else None
    if second is not None and is_kicker(first, second):
        kinds[0], kinds[1], title = "meta", "title", second
    elif len(first) <= MAX_TITLE:
        kinds[0], title = "title", first

    tail_start = len(text) * 3 // 4
    in_references = False
    for i, (start, end) in enumerate(lines):
        if kinds[i] != "paragraph":
            continue
        line = text[start:end]
        if len(line) < 60 and REFERENCES_OR_NOTES_HEADING.match(line.strip()):
            in_references = True
            kinds[i] = "heading"
        elif _FOOTNOTE.match(line):
            kinds[i] = "footnote"
        elif _NUMBERED.match(line):
            kinds[i] = "footnote" if in_references or start >= tail_start else "list"
        elif _BULLET.match(line):
            kinds[i] = "list"

    spans: list[tuple[int, int, str, int]] = []
    run: list[int] = []  # indexes of consecutive "paragraph" lines

    def close_run() -> None:
        texts = [text[lines[j][0]:lines[j][1]] for j in run]
        if _hard_wrapped(texts):
            spans.append((lines[run[0]][0], lines[run[-1]][1], "paragraph", 0))
        else:
            spans.extend((lines[j][0], lines[j][1], "paragraph", 0) for j in run)
        run.clear()

    for i, (start, end) in enumerate(lines):
        if kinds[i] == "paragraph":
            # A blank line between this line and the previous one ends the run.
            if run and "\n" in text[lines[run[-1]][1] + 1:start]:
                close_run()
            run.append(i)
            continue
        if run:
            close_run()
        level = 2 if kinds[i] == "heading" else 0
        spans.append((start, end, kinds[i], level))
    if run:
        close_run()
    spans.sort()
    return short_title(title) if title else "", blocks_from_spans(spans, text)


def extract_txt(raw: bytes, source: str) -> Document:
    """A Document from the bytes of a plain-text file (any common encoding)."""
    text, encoding = _decode(raw, source)
    title, blocks = plain_structure(text)
    return Document(
        title=title or _stem(source),
        text=text,
        format="txt",
        source=source,
        metadata=encoding_metadata(encoding),
        blocks=blocks,
    )


# --- Markdown ----------------------------------------------------------------

_ATX = re.compile(r" {0,3}(#{1,6})(?:[ \t]|$)")
_SETEXT = re.compile(r" {0,3}(=+|-+)[ \t]*$")
_BREAK = re.compile(r" {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_QUOTE = re.compile(r" {0,3}>[ \t]?")
_ITEM = re.compile(r"[ \t]*([-*+]|\d{1,3}[.)])[ \t]+(.*)")
_FOOTNOTE_DEF = re.compile(r" {0,3}\[\^([^\]]+)\]:[ \t]*(.*)")
_LINK_DEF = re.compile(r" {0,3}\[[^\]^][^\]]*\]:[ \t]*\S+")
_TABLE_RULE = re.compile(r"\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?$")  # on a stripped line
_FRONT_KEY = re.compile(r"(title|author|date)\s*:\s*(.+)", re.I)
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")

# Inline markup, applied in this order (code spans and escapes are stashed first).
_CODE_SPAN = re.compile(r"(`+)(.+?)\1", re.S)
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
# Bracket and parenthesis contents exclude further brackets and are bounded,
# so text full of unmatched "[" or "](" stays linear.
_DESTINATION = r"\((?:[^()\s]|\([^()\s]{0,2000}\)){0,2000}(?:\s+\"[^\"]{0,500}\")?\)"  # (url "title")
_IMAGE = re.compile(r"!\[[^\[\]]{0,1000}\](?:" + _DESTINATION + r"|\[[^\[\]]{0,1000}\])")
_LINK = re.compile(r"\[([^\[\]]{0,1000})\]" + _DESTINATION)
_REF_LINK = re.compile(r"\[([^\[\]^][^\[\]]{0,1000})\]\[[^\[\]]{0,1000}\]")
_FOOTNOTE_REF = re.compile(r"\[\^([^\[\]\s]{1,100})\]")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^<>\s]{1,2000}|[^<>\s@]{1,200}@[^<>\s@]{1,200})>")
_BR = re.compile(r"<br\s*/?>", re.I)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>|<!--(?:(?!<!--|-->).)*-->", re.S)
# The content of ** / __ / ~~ stops at the next such pair, so scans stay linear.
_STRONG = re.compile(r"\*\*(?=\S)((?:[^*]|\*(?!\*))+?)(?<=\S)\*\*|__(?=\S)((?:[^_]|_(?!_))+?)(?<=\S)__")
_STRIKE = re.compile(r"~~(?=\S)((?:[^~]|~(?!~))+?)(?<=\S)~~")
_EM_STAR = re.compile(r"\*(?=[^\s*])([^*]+?)(?<=\S)\*")
_EM_UNDERSCORE = re.compile(r"(?<!\w)_(?=[^\s_])([^_]+?)(?<=\S)_(?!\w)")
_STASHED = re.compile(r"\x00(\d+)\x00")  # NUL never survives clean_text
_MARKUP_CHARS = re.compile(r"[`\\\[<*_~&]")


def markdown_inline(text: str) -> str:
    """Markdown inline markup to plain text: link text stays, images go."""
    stash: list[str] = []

    def keep(value: str) -> str:
        stash.append(value)
        return f"\x00{len(stash) - 1}\x00"

    if not _MARKUP_CHARS.search(text):
        return text  # most prose: nothing to do
    if "`" in text:
        text = _CODE_SPAN.sub(lambda m: keep(m.group(2).strip(" ") or m.group(2)), text)
    if "\\" in text:
        text = _ESCAPE.sub(lambda m: keep(m.group(1)), text)
    if "[" in text:
        text = _IMAGE.sub("", text)
        text = _LINK.sub(r"\1", text)
        text = _REF_LINK.sub(r"\1", text)
        text = _FOOTNOTE_REF.sub(r"[\1]", text)
    if "<" in text:
        text = _AUTOLINK.sub(r"\1", text)
        text = _BR.sub("\n", text)
        text = _TAG.sub("", text)
    if "*" in text or "_" in text:
        text = _STRONG.sub(lambda m: m.group(1) or m.group(2), text)
        text = _EM_STAR.sub(r"\1", text)
        text = _EM_UNDERSCORE.sub(r"\1", text)
    if "~" in text:
        text = _STRIKE.sub(r"\1", text)
    if "&" in text:
        text = html.unescape(text)
    return _STASHED.sub(lambda m: stash[int(m.group(1))], text) if stash else text


def _heading_text(rest: str) -> str:
    """The text of an ATX heading without its optional closing '#'s."""
    rest = rest.strip()
    trimmed = rest.rstrip("#")
    if trimmed != rest and (not trimmed or trimmed[-1] in " \t"):
        rest = trimmed.rstrip()
    return rest


def _front_matter(lines: list[str]) -> tuple[int, dict[str, str]]:
    """Skip a YAML front-matter block; return (first body line, title/author/date)."""
    if not lines or lines[0].strip() != "---":
        return 0, {}
    for end in range(1, min(len(lines), 200)):
        if lines[end].strip() in ("---", "..."):
            found: dict[str, str] = {}
            for line in lines[1:end]:
                m = _FRONT_KEY.match(line)
                if m:
                    found.setdefault(m.group(1).lower(), m.group(2).strip().strip("\"'"))
            return end + 1, found
    return 0, {}


def markdown_parts(text: str) -> tuple[list[tuple[str, str, int]], dict[str, str]]:
    """Convert Markdown to (text, kind, level) parts plus front-matter fields."""
    lines = text.split("\n")
    i, front = _front_matter(lines)
    parts: list[tuple[str, str, int]] = []
    para: list[str] = []
    kind = "paragraph"

    def flush() -> None:
        nonlocal kind
        if para:
            joined = "".join(
                line.rstrip(" \\") + ("\n" if line.endswith(("  ", "\\")) else " ")
                for line in para
            )
            parts.append((markdown_inline(joined.strip()), kind, 0))
            para.clear()
        kind = "paragraph"

    while i < len(lines):
        line = lines[i]
        i += 1
        stripped = line.strip()
        if not stripped:
            flush()
            continue
        fence = _FENCE.match(line)
        if fence:
            flush()
            marker = fence.group(1)
            code: list[str] = []
            while i < len(lines) and not lines[i].strip().startswith(marker):
                code.append(lines[i])
                i += 1
            i += 1  # the closing fence (or past the end)
            parts.append(("\n".join(code).rstrip(), "paragraph", 0))
            continue
        atx = _ATX.match(line)
        if atx:
            flush()
            parts.append((markdown_inline(_heading_text(line[atx.end():])), "heading", len(atx.group(1))))
            continue
        if para and kind == "paragraph" and _SETEXT.match(line):
            heading = markdown_inline(" ".join(p.strip() for p in para))
            para.clear()
            parts.append((heading, "heading", 1 if stripped[0] == "=" else 2))
            continue
        if _BREAK.match(line):
            flush()
            continue
        quote = _QUOTE.match(line)
        if quote:
            content = line[quote.end():]
            while (inner := _QUOTE.match(content)) is not None:
                content = content[inner.end():]
            if kind != "quote" or not content.strip():
                flush()
            if content.strip():
                kind = "quote"
                para.append(content)
            continue
        note = _FOOTNOTE_DEF.match(line)
        if note:
            flush()
            kind = "footnote"
            para.append(f"[{note.group(1)}] {note.group(2)}")
            continue
        if _LINK_DEF.match(line) or _TABLE_RULE.match(stripped):
            continue
        item = _ITEM.match(line)
        if item:
            flush()
            kind = "list"
            bullet = item.group(1)
            para.append(("• " if bullet in "-*+" else bullet + " ") + item.group(2))
            continue
        if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
            flush()
            cells = [c.strip() for c in stripped[1:-1].split("|")]
            parts.append((markdown_inline(" | ".join(cells)), "paragraph", 0))
            continue
        para.append(line.strip() if not line.endswith(("  ", "\\")) else line.lstrip())
    flush()
    return parts, front


def extract_md(raw: bytes, source: str) -> Document:
    """A Document from the bytes of a Markdown file, with markup removed."""
    source_text, encoding = _decode(raw, source)
    parts, front = markdown_parts(source_text)
    # The first heading is the document's title.
    for n, (part, kind, level) in enumerate(parts):
        if kind == "heading" and part.strip():
            parts[n] = (part, "title", level)
            break
    text, blocks = join_blocks([(clean_text(p), k, lv) for p, k, lv in parts], tight_lists=True)
    if not text.strip():
        raise DocumentError(source, "no readable text")
    title = front.get("title", "")
    if not title:
        heads = [text[b.start:b.end] for b in blocks if b.kind == "title"]
        title = heads[0] if heads else plain_structure(text)[0]
    metadata = encoding_metadata(encoding)
    if front.get("author"):
        metadata["author"] = front["author"]
    date = _ISO_DATE.search(front.get("date", ""))
    if date:
        metadata["published"] = date.group(0)
    return Document(
        title=short_title(title) or _stem(source),
        text=text,
        format="md",
        source=source,
        metadata=metadata,
        blocks=blocks,
    )
