"""The report as Markdown (CommonMark + footnotes): highlights in bold, notes as footnotes.

Store strings go through :func:`esc`: ``&``, ``<`` and ``>`` become entities (so
raw HTML such as ``<script>`` never reaches a renderer) and every other
Markdown punctuation is backslash-escaped (so no link, image or heading can be
formed from a note), and newlines inside a cell or note become spaces.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.export.model import ReportDocument, ReportModel, segments, text_lines
from desktop.export.texts import Texts

# Enough to stop emphasis, code, links, images, footnotes, tables and strike-through;
# "(" and ":" are harmless once "[" and "<" cannot open a link or an autolink.
_PUNCT = re.compile(r"([\\`*_\[\]|~!])")
# What opens a block when it starts a line: heading, list, quote, setext, thematic break.
_BLOCK_START = re.compile(r"^(\s{0,3})(?:([#>+=-])|(\d{1,9})([.)]))")


# Bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) can make a
# note display in another order than it reads ("Trojan Source"): Markdown cannot
# isolate them, so they are dropped.
_BIDI_CONTROLS = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A)])


def esc(value: object, *, inline: bool = True) -> str:
    text = "" if value is None else str(value).translate(_BIDI_CONTROLS)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _PUNCT.sub(r"\\\1", text)
    if inline:
        text = " ".join(text.split())
    return text


def block(text: str) -> str:
    """``text`` (already escaped) safe at the start of a line."""
    def fix(m: re.Match[str]) -> str:
        if m.group(2):
            return m.group(1) + "\\" + m.group(2)
        return m.group(1) + m.group(3) + "\\" + m.group(4)  # "1\." is not a list

    return _BLOCK_START.sub(fix, text, count=1)


def _table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(esc(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def render(model: ReportModel, **_: object) -> bytes:
    t, texts = model.t, model.texts
    out: list[str] = []
    if model.has("cover"):
        out += [
            f"# {esc(model.title)}",
            "",
            f"- {t('Analyst')}: {esc(model.analyst or '—')}",
            f"- {t('Date')}: {esc(model.created[:10])}",
            f"- {t('Store')}: {esc(model.store_name)} ({esc(model.store_id[:8])})",
            "",
        ]
    if model.has("summary"):
        out += [f"## {t('Summary')}", ""]
        out.append(_table([t("Kind"), t("Tags")], [[model.kind_label(k), str(model.counts.get(k, 0))] for k in model.kinds]))
        out += ["", _table([t("Document"), t("Tags")], [[d.title, str(len(d.tags))] for d in model.documents]), ""]
    if model.has("documents"):
        for doc in model.documents:
            out += _document(doc, texts, model.kind_label)
    if model.has("actors"):
        out += [f"## {t('Actors index')}", ""]
        out.append(
            _table(
                [t("Entity"), t("Type"), t("Roles"), t("Mentions")],
                [
                    [a.name, texts.entity_type(a.type), "; ".join(a.roles),
                     f"{len(a.mentions)}: "
                     + "; ".join(f"{m.document_title} {m.location.label(texts)}" for m in a.mentions)]
                    for a in model.actors
                ],
            )
        )
        out.append("")
    if model.has("figures"):
        out += [f"## {t('Figures')}", ""]
        out.append(
            _table(
                [t("Value"), t("Unit"), t("What"), t("Period"), t("Source quote")],
                [[f.value, f.unit, f.what, f.period, f"“{f.quote}” ({f.document_title}, {f.location.label(texts)})"]
                 for f in model.figures],
            )
        )
        out.append("")
    if model.has("claims"):
        out += [f"## {t('Claims')}", ""]
        out.append(
            _table(
                [t("Claim"), t("Asserted by"), t("Reference cited"), t("Grading"), t("Note")],
                [[f"“{c.quote}” ({c.document_title}, {c.location.label(texts)})", c.asserted_by, c.reference, c.grading, c.note]
                 for c in model.claims],
            )
        )
        out.append("")
    return ("\n".join(out) + "\n").encode("utf-8")


def _document(doc: ReportDocument, texts: Texts, kind_label: Callable[[str], str] = str) -> list[str]:
    out = [f"## {esc(doc.title)}", ""]
    spans = [(rt.tag.start, rt.tag.end) for rt in doc.tags]
    text = doc.text
    for lo, hi, line in text_lines(text):
        para = []
        for seg in segments(len(text), spans, lo, hi):
            chunk = text[seg.start : seg.end]
            if seg.active and chunk.strip():
                lead = chunk[: len(chunk) - len(chunk.lstrip())]
                trail = chunk[len(chunk.rstrip()) :]
                para.append(f"{lead}**{esc(chunk.strip(), inline=False)}**{trail}")
            else:
                para.append(esc(chunk, inline=False))
            for i in seg.active:
                rt = doc.tags[i]
                if spans[i][1] == seg.end:
                    para.append(f"[^{rt.note_number}]" if rt.note_number else f"\\[{esc(kind_label(rt.tag.kind))}\\]")
        out += [block("".join(para).replace("****", "")), ""]
    notes = [rt for rt in doc.tags if rt.note_number]
    for rt in notes:
        t = rt.tag
        out.append(f"[^{rt.note_number}]: **{esc(kind_label(t.kind))}** — {esc(t.note)} ({esc(t.author)}, {esc(rt.location.label(texts))})")
    if notes:
        out.append("")
    return out
