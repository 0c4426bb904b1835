"""The report as a paged PDF, laid out in-process by PyMuPDF's ``Story``.

Why Story and not Qt's QTextDocument + QPdfWriter: Story lays out the same
escaped HTML as the HTML export (one source of truth for content and escaping),
turns ``<a href="#id">`` into real internal PDF links (a clickable table of
contents, which QPdfWriter cannot make), reports where each heading landed (the
PDF outline), needs no QGuiApplication, and is fast (~20 ms for a page of
text).  Headers and "Page n of N" footers are stamped on each page afterwards.

PyMuPDF is not thread-safe (see PITFALLS.md): call :func:`render` on one
thread at a time — the GUI runs it in the worker process.
"""

from __future__ import annotations

import pymupdf

from desktop.export import html as html_export
from desktop.export.model import Cancelled, ReportModel

PAPERS = {"a4": "a4", "letter": "letter"}

CSS = """
body { font-family: sans-serif; font-size: 10pt; line-height: 1.35; color: #1d2430; }
h1 { font-size: 20pt; color: #0f2747; margin: 0 0 6pt 0; }
h2 { font-size: 14pt; color: #0f2747; margin: 16pt 0 6pt 0; border-bottom: 1px solid #0f2747; }
h3 { font-size: 11pt; color: #24395c; margin: 10pt 0 4pt 0; }
p { margin: 0 0 5pt 0; }
.cover { border-left: 4pt solid #0f2747; padding: 4pt 8pt; margin-bottom: 14pt; }
.meta { color: #5b6675; font-size: 8.5pt; }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; margin: 4pt 0 10pt 0; }
th, td { border: 0.5pt solid #9aa6b5; padding: 2pt 3pt; vertical-align: top; text-align: left; }
th { border-bottom: 1.2pt solid #0f2747; }
a { color: #0f2747; text-decoration: none; }
sup { font-size: 7pt; }
ol.notes { font-size: 8.5pt; }
.quote { font-style: italic; }
figure { margin: 0; }
figure img { display: block; margin: 0 0 6pt 0; }
#sec-timeline { page-break-before: always; }
"""
# The timeline starts a page: its heading was left alone at a page's foot when the
# first part of the figure did not fit below it (MuPDF has no "page-break-after: avoid").
HEADING_ROOM = 60  # points above the first part of the timeline: its section heading
# No background-color on blocks or table cells: MuPDF 1.28's Story repaints such
# backgrounds at the same place on every later page (seen as stray grey bars).
# Inline backgrounds (the highlights) are drawn correctly.


def render(model: ReportModel, *, progress=None, cancelled=None) -> bytes:
    mediabox = pymupdf.paper_rect(PAPERS.get(model.options.paper, "a4"))
    where = mediabox + (50, 60, -50, -56)
    body = html_export.body(model, progress=None, toc=True, note_links=False,
                            timeline_images=lambda m: timeline_parts(m.timeline_png or b"", m.timeline_breaks, where))
    if cancelled is not None and cancelled():
        raise Cancelled("export cancelled")
    headings: list[tuple[int, str, int]] = []

    def rectfn(rect_num, filled):
        return mediabox, where, None

    titles = dict(html_export.section_titles(model))

    def positionfn(pos):
        # page_num counts from 1; only the first report of each heading is kept
        if pos.heading and pos.id in titles and pos.open_close & 1:
            headings.append((1, " ".join(titles.pop(pos.id).split())[:120], pos.page_num))

    story = pymupdf.Story(html=body, user_css=CSS)
    doc = story.write_with_links(rectfn, positionfn)
    if cancelled is not None and cancelled():
        raise Cancelled("export cancelled")
    total = doc.page_count
    header = model.title if len(model.title) <= 90 else model.title[:87] + "…"
    font = _font_for(header)
    label_font = _font_for(model.t("Page {0} of {1}"))
    for page in doc:
        if cancelled is not None and cancelled():
            raise Cancelled("export cancelled")
        page.wrap_contents()  # Story leaves its coordinate transform open; isolate it
        tw = pymupdf.TextWriter(page.rect, color=(0.36, 0.4, 0.46))
        tw.append((50, 38), header, font=font, fontsize=8)
        label = model.t("Page {0} of {1}").format(page.number + 1, total)
        width = label_font.text_length(label, fontsize=8)
        tw.append((page.rect.width - 50 - width, page.rect.height - 30), label, font=label_font, fontsize=8)
        tw.write_text(page)
        page.draw_line((50, 44), (page.rect.width - 50, 44), color=(0.75, 0.78, 0.83), width=0.5)
        if progress is not None:
            progress(page.number + 1, total)
    if headings:
        doc.set_toc([[level, title, min(max(pno, 1), total)] for level, title, pno in headings])
    doc.set_metadata({"title": model.title, "author": model.analyst, "creator": f"Claimline {model.app_version}"})
    data = doc.tobytes(garbage=1, deflate=True)
    doc.close()
    return data


def _font_for(text: str) -> pymupdf.Font:
    """helv when it has every character of ``text`` (Latin-1 only), else the built-in Noto fallback."""
    font = pymupdf.Font("helv")
    if any(not font.has_glyph(ord(c)) for c in text):
        font = pymupdf.Font("notos") if _has_font("notos") else pymupdf.Font("cjk")
    return font


def timeline_parts(png: bytes, breaks: tuple[int, ...], where: pymupdf.Rect) -> list[tuple[bytes, str]]:
    """The timeline figure as images as wide as the text, each short enough for a page.

    A tall figure is cut between lanes (``breaks``: image rows, the first one under
    the time axis), and every part after the first repeats the time axis on top.
    """
    src = pymupdf.Pixmap(png)
    width = where.width
    scale = width / src.width  # points per image pixel
    room = int((where.height - HEADING_ROOM) / scale)  # image rows that fit on a page
    attrs = lambda h: f' width="{width:.0f}" height="{h * scale:.0f}"'  # noqa: E731
    if src.height <= room or not breaks:
        return [(png, attrs(src.height))]
    axis = breaks[0]
    cuts = sorted({b for b in breaks[1:] if axis < b < src.height} | {src.height})
    parts: list[tuple[bytes, str]] = []
    top = 0
    while top < src.height:
        limit = room if top == 0 else room - axis
        ends = [c for c in cuts if top < c <= top + limit]
        end = ends[-1] if ends else min(top + limit, src.height)  # a lane taller than a page is cut
        part = _rows(src, [(0, axis)] if top else [], top, end)
        parts.append((part.tobytes("png"), attrs(part.height)))
        top = end
    return parts


def _rows(src: pymupdf.Pixmap, heads: list[tuple[int, int]], top: int, end: int) -> pymupdf.Pixmap:
    """Rows ``[top, end)`` of ``src``, under the row ranges ``heads`` (the repeated axis)."""
    height = sum(b - a for a, b in heads) + end - top
    out = pymupdf.Pixmap(src.colorspace, pymupdf.IRect(0, 0, src.width, height), src.alpha)
    y = 0
    for a, b in [*heads, (top, end)]:
        # Pixmap.copy copies a rectangle to the same coordinates: move this pixmap's
        # origin so that the source rows land at y.
        out.set_origin(0, a - y)
        out.copy(src, pymupdf.IRect(0, a, src.width, b))
        y += b - a
    out.set_origin(0, 0)
    return out


def _has_font(name: str) -> bool:
    try:
        pymupdf.Font(name)
    except pymupdf.mupdf.FzErrorBase:  # MuPDF has no font of that name
        return False
    return True
