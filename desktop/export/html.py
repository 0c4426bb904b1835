"""The report as one self-contained HTML file (CSS inline, images as data: URIs).

Every store string goes through :func:`esc` (``html.escape`` with quotes), and a
Content-Security-Policy forbids scripts and every external request, so a
hostile note from a colleague's store can neither run nor phone home.

Highlights: the text is cut into segments at every tag boundary.  Each segment
is wrapped in one ``<mark>`` per tag covering it (outer tag first), so overlaps
nest and the innermost colour shows.  The *first* segment of a tag carries
``class="tag" data-tag-id=… data-kind=…``; later segments of the same tag carry
``class="tag-cont" data-cont=…``.  Counting ``mark.tag`` therefore gives
exactly one mark per tag.
"""

from __future__ import annotations

import base64
import html as _html
from collections.abc import Callable

from desktop.export.model import ReportDocument, ReportModel, segments, text_lines
from desktop.export.texts import Texts

Progress = Callable[[int, int], None] | None

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

CSS = """
@page { size: A4; margin: 18mm 16mm; }
body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; font-size: 10.5pt;
       line-height: 1.5; color: #1d2430; max-width: 52em; margin: 2em auto; padding: 0 1.5em; }
h1 { font-size: 22pt; margin: 0 0 .2em; color: #0f2747; }
h2 { font-size: 15pt; border-bottom: 2px solid #0f2747; padding-bottom: .15em; margin-top: 1.8em; color: #0f2747; }
h3 { font-size: 12pt; margin-top: 1.4em; color: #24395c; }
.cover { border-left: 6px solid #0f2747; padding: 1em 1.2em; margin-bottom: 2em; background: #f3f5f9; }
.cover p { margin: .2em 0; color: #3d4a5c; }
.toc ol { padding-left: 1.4em; }
.toc a { color: #0f2747; text-decoration: none; }
table { border-collapse: collapse; width: 100%; margin: .6em 0 1.2em; font-size: 9.5pt; }
th, td { border: 1px solid #c9d1dc; padding: .3em .45em; text-align: left; vertical-align: top; }
th { background: #e6ebf2; }
mark { color: inherit; padding: 0 1px; border-radius: 2px;
       -webkit-print-color-adjust: exact; print-color-adjust: exact; }
mark mark { border-bottom: 2px solid #1d2430; }
.doc-text p { margin: 0 0 .6em; }
.meta { color: #5b6675; font-size: 9pt; }
sup.nref a { text-decoration: none; color: #0f2747; font-weight: bold; }
ol.notes { font-size: 9pt; color: #2f3a4a; }
.legend span { display: inline-block; padding: 0 .5em; margin-right: .6em; border-radius: 2px; }
.quote { font-style: italic; }
figure img { max-width: 100%; }
"""


def esc(value: object) -> str:
    """Text for HTML element content and attribute values (quotes escaped too)."""
    return _html.escape("" if value is None else str(value), quote=True)


def isolated(value: object) -> str:
    """A note escaped and isolated: its bidi controls (U+202A–U+202E, U+2066–U+2069)
    and right-to-left text cannot reorder the report around it."""
    return f'<bdi dir="auto">{esc(value)}</bdi>'


def render(model: ReportModel, *, progress: Progress = None) -> bytes:
    """The whole HTML page, UTF-8 encoded."""
    return page(model, body(model, progress=progress)).encode("utf-8")


def page(model: ReportModel, body_html: str, css: str = CSS) -> str:
    return (
        f"<!DOCTYPE html>\n<html lang=\"{model.texts.html_lang}\"><head><meta charset=\"utf-8\">"
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="referrer" content="no-referrer">'
        f'<meta name="generator" content="Claimline {esc(model.app_version)}">'
        f"<title>{esc(model.title)}</title><style>{css}</style></head>\n<body>\n"
        f"{body_html}\n</body></html>\n"
    )


def section_titles(model: ReportModel) -> list[tuple[str, str]]:
    """(anchor id, title) of each section in the report, for tables of contents."""
    t = model.t
    out = []
    if model.has("summary"):
        out.append(("sec-summary", t("Summary")))
    if model.has("documents"):
        for i, doc in enumerate(model.documents, 1):
            out.append((f"doc-{i}", doc.title))
    if model.has("actors"):
        out.append(("sec-actors", t("Actors index")))
    if model.has("figures"):
        out.append(("sec-figures", t("Figures")))
    if model.has("timeline") and model.timeline_png:
        out.append(("sec-timeline", t("Timeline")))
    if model.has("claims"):
        out.append(("sec-claims", t("Claims")))
    return out


def body(
    model: ReportModel,
    *,
    progress: Progress = None,
    toc: bool = True,
    note_links: bool = True,
    timeline_images: Callable[[ReportModel], list[tuple[bytes, str]]] | None = None,
) -> str:
    """The report's HTML body.  ``note_links=False`` leaves note numbers and marks
    without anchors (the PDF: 1,000 internal links cost PyMuPDF a second);
    ``timeline_images`` gives the timeline figure as several images, each PNG with
    its ``<img>`` attributes (the PDF: one per page)."""
    parts: list[str] = []
    if model.has("cover"):
        parts.append(cover(model))
    if toc:
        items = "".join(f'<li><a href="#{a}">{esc(t)}</a></li>' for a, t in section_titles(model))
        parts.append(f'<nav class="toc"><h2 id="toc">{esc(model.t("Contents"))}</h2><ol>{items}</ol></nav>')
    if model.has("summary"):
        parts.append(summary(model))
    if model.has("documents"):
        total = len(model.documents)
        for i, doc in enumerate(model.documents, 1):
            parts.append(document(model, doc, i, note_links=note_links))
            if progress is not None:
                progress(i, total)
    if model.has("actors"):
        parts.append(actors(model))
    if model.has("figures"):
        parts.append(figures(model))
    if model.has("timeline") and model.timeline_png:
        images = timeline_images(model) if timeline_images is not None else [(model.timeline_png, "")]
        parts.append(
            f'<section><h2 id="sec-timeline">{esc(model.t("Timeline"))}</h2><figure>'
            + "".join(f'<img alt="{esc(model.t("Timeline of dated events"))}"{attrs} src="data:image/png;base64,'
                      f'{base64.b64encode(png).decode("ascii")}">' for png, attrs in images)
            + "</figure></section>"
        )
    if model.has("claims"):
        parts.append(claims(model))
    return "\n".join(parts)


def cover(model: ReportModel) -> str:
    t = model.t
    return (
        '<header class="cover" id="cover">'
        f"<h1>{esc(model.title)}</h1>"
        f"<p>{t('Analyst')}: {esc(model.analyst or '—')}</p>"
        f"<p>{t('Date')}: {esc(model.created[:10])}</p>"
        f"<p>{t('Store')}: {esc(model.store_name)} ({esc(model.store_id[:8])})</p>"
        f"<p>{t('Documents')}: {len(model.documents)} · {t('Tags')}: {model.counts.get('tags', 0)}</p>"
        "</header>"
    )


def summary(model: ReportModel) -> str:
    t = model.t
    rows = "".join(
        f'<tr><td><span style="background-color:{model.kind_colour(k)}">&nbsp;&nbsp;&nbsp;</span> '
        f"{esc(model.kind_label(k))}</td><td>{model.counts.get(k, 0)}</td></tr>"
        for k in model.kinds
    )
    docs = "".join(
        f"<tr><td>{esc(d.title)}</td><td>{len(d.tags)}</td></tr>" for d in model.documents
    )
    return (
        f'<section><h2 id="sec-summary">{t("Summary")}</h2>'
        f"<table><tr><th>{t('Kind')}</th><th>{t('Tags')}</th></tr>{rows}"
        f"<tr><th>{t('All')}</th><th>{model.counts.get('tags', 0)}</th></tr></table>"
        f"<table><tr><th>{t('Document')}</th><th>{t('Tags')}</th></tr>{docs}</table>"
        f"<p>{t('Notes')}: {model.counts.get('notes', 0)} · {t('Actors')}: {model.counts.get('entities', 0)}</p></section>"
    )


def document(model: ReportModel, doc: ReportDocument, index: int, *, note_links: bool = True) -> str:
    meta = [f"{model.t('Format')}: {esc(doc.format)}"]
    for key in ("author", "published", "site", "source_url"):
        if doc.metadata.get(key):
            meta.append(f"{esc(model.t(key.replace('_', ' ').capitalize()))}: {esc(doc.metadata[key])}")
    head = f'<section class="document"><h2 id="doc-{index}">{esc(doc.title)}</h2><p class="meta">{" · ".join(meta)}</p>'
    return head + document_text(model, doc, note_links) + document_notes(doc, note_links, model.texts, model.kind_label) + "</section>"


def document_text(model: ReportModel, doc: ReportDocument, note_links: bool = True) -> str:
    """The document's paragraphs with one ``mark.tag`` per tag (see module doc)."""
    tags = [rt.tag for rt in doc.tags]
    spans = [(t.start, t.end) for t in tags]
    note_of = {i: rt.note_number for i, rt in enumerate(doc.tags)}
    colours = [model.kind_colour(t.kind) for t in tags]
    kinds = [esc(t.kind) for t in tags]
    ids = [esc(t.id) for t in tags]
    anchor_ids = [f' id="tag-{i}"' if note_links else "" for i in ids]
    started: set[int] = set()
    text = doc.text
    out = ['<div class="doc-text">']
    for lo, hi, line in text_lines(text):
        para = ["<p>"]
        for seg in segments(len(text), spans, lo, hi):
            chunk = esc(text[seg.start : seg.end])
            if not seg.active:
                para.append(chunk)
                continue
            opened = []
            for i in seg.active:
                if i not in started:
                    started.add(i)
                    opened.append(
                        f'<mark class="tag"{anchor_ids[i]} data-tag-id="{ids[i]}" data-kind="{kinds[i]}" '
                        f'style="background-color:{colours[i]}">'
                    )
                else:
                    opened.append(f'<mark class="tag-cont" data-cont="{ids[i]}" style="background-color:{colours[i]}">')
            para.append("".join(opened) + chunk + "</mark>" * len(opened))
            for i in seg.active:
                if spans[i][1] == seg.end and note_of[i] is not None:
                    n = note_of[i]
                    if note_links:
                        para.append(f'<sup class="nref"><a href="#note-{n}" id="nref-{n}">{n}</a></sup>')
                    else:
                        para.append(f'<sup class="nref">{n}</sup>')
        para.append("</p>")
        out.append("".join(para))
    out.append("</div>")
    return "".join(out)


def document_notes(doc: ReportDocument, note_links: bool = True, texts: Texts = Texts(),
                   kind_label: Callable[[str], str] = str) -> str:
    items = []
    for rt in doc.tags:
        if rt.note_number is None:
            continue
        t = rt.tag
        n = rt.note_number
        items.append(
            f'<li id="note-{n}" value="{n}"><b>{esc(kind_label(t.kind))}</b> — {isolated(t.note)} '
            f'<span class="meta">({esc(t.author)}, {esc(rt.location.label(texts))})</span> '
            + (f'<a href="#nref-{n}">↩</a>' if note_links else "")
            + "</li>"
        )
    if not items:
        return ""
    return f'<h3>{esc(texts.get("Notes"))}</h3><ol class="notes">{"".join(items)}</ol>'


def actors(model: ReportModel) -> str:
    t = model.t
    rows = []
    for a in model.actors:
        mentions = "; ".join(
            f"{esc(m.document_title)} {esc(m.location.label(model.texts))}" for m in a.mentions
        )
        rows.append(
            f"<tr><td><b>{esc(a.name)}</b>"
            + (f'<br><span class="meta">{t("also")}: {esc(", ".join(a.aliases))}</span>' if a.aliases else "")
            + f"</td><td>{esc(model.texts.entity_type(a.type))}</td><td>{esc('; '.join(a.roles))}</td>"
            f"<td>{len(a.mentions)}: {mentions}</td></tr>"
        )
    return (
        f'<section><h2 id="sec-actors">{t("Actors index")}</h2>'
        f"<table><tr><th>{t('Entity')}</th><th>{t('Type')}</th><th>{t('Roles')}</th><th>{t('Mentions')}</th></tr>"
        + ("".join(rows) or f'<tr><td colspan="4">{t("No actors tagged.")}</td></tr>')
        + "</table></section>"
    )


def figures(model: ReportModel) -> str:
    t = model.t
    rows = "".join(
        f"<tr><td>{esc(f.value)}</td><td>{esc(f.unit)}</td><td>{esc(f.what)}</td><td>{esc(f.period)}</td>"
        f'<td class="quote">“{esc(f.quote)}”<br><span class="meta">{esc(f.document_title)}, '
        f"{esc(f.location.label(model.texts))}</span></td></tr>"
        for f in model.figures
    )
    return (
        f'<section><h2 id="sec-figures">{t("Figures")}</h2>'
        f"<table><tr><th>{t('Value')}</th><th>{t('Unit')}</th><th>{t('What')}</th><th>{t('Period')}</th>"
        f"<th>{t('Source quote')}</th></tr>"
        + (rows or f'<tr><td colspan="5">{t("No figures tagged.")}</td></tr>')
        + "</table></section>"
    )


def claims(model: ReportModel) -> str:
    t = model.t
    rows = "".join(
        f'<tr><td class="quote">“{esc(c.quote)}”<br><span class="meta">{esc(c.document_title)}, '
        f"{esc(c.location.label(model.texts))}</span></td><td>{esc(c.asserted_by)}</td><td>{esc(c.reference)}</td>"
        f"<td>{esc(c.grading)}</td><td>{isolated(c.note)}</td></tr>"
        for c in model.claims
    )
    return (
        f'<section><h2 id="sec-claims">{t("Claims")}</h2>'
        f"<table><tr><th>{t('Claim')}</th><th>{t('Asserted by')}</th><th>{t('Reference cited')}</th>"
        f"<th>{t('Grading')}</th><th>{t('Note')}</th></tr>"
        + (rows or f'<tr><td colspan="5">{t("No claims tagged.")}</td></tr>')
        + "</table></section>"
    )
