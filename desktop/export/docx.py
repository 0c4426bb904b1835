"""The report as a Word document (python-docx): highlights as Word highlighting,
notes as Word comments anchored on the tagged runs.

Word's highlighting has a fixed palette (``WD_COLOR_INDEX``), so each kind's
colour is mapped to the nearest palette entry.  python-docx writes text as XML
character data (escaped); characters XML cannot hold at all (most C0 controls)
are dropped by :func:`clean` first, since a hostile store may contain them.
"""

from __future__ import annotations

import io
import re

from docx import Document as _new_document
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml.ns import qn
from lxml import etree
from docx.shared import Pt, RGBColor
from docx.text.run import Run

from desktop.export.model import ReportDocument, ReportModel, segments, text_lines

_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")

PALETTE = {
    WD_COLOR_INDEX.YELLOW: (255, 255, 0),
    WD_COLOR_INDEX.BRIGHT_GREEN: (0, 255, 0),
    WD_COLOR_INDEX.TURQUOISE: (0, 255, 255),
    WD_COLOR_INDEX.PINK: (255, 0, 255),
    WD_COLOR_INDEX.BLUE: (0, 0, 255),
    WD_COLOR_INDEX.RED: (255, 0, 0),
    WD_COLOR_INDEX.TEAL: (0, 128, 128),
    WD_COLOR_INDEX.GREEN: (0, 128, 0),
    WD_COLOR_INDEX.VIOLET: (128, 0, 128),
    WD_COLOR_INDEX.DARK_YELLOW: (128, 128, 0),
    WD_COLOR_INDEX.GRAY_25: (192, 192, 192),
}


def clean(value: object) -> str:
    return _INVALID_XML.sub("", "" if value is None else str(value))


def nearest_highlight(colour: str) -> WD_COLOR_INDEX:
    """The Word highlight colour closest to ``#rrggbb`` (by hue-weighted distance)."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))

    def dist(rgb: tuple[int, int, int]) -> int:
        return (rgb[0] - r) ** 2 + (rgb[1] - g) ** 2 + (rgb[2] - b) ** 2

    # Pale pastel kind colours map better to the bright entries; skip the dark ones
    # unless the colour itself is dark.
    dark = (r + g + b) < 300
    choices = {k: v for k, v in PALETTE.items() if dark or sum(v) >= 255 or k == WD_COLOR_INDEX.TEAL}
    return min(choices, key=lambda k: dist(choices[k]))


def render(model: ReportModel, **_: object) -> bytes:
    t, texts = model.t, model.texts
    doc = _new_document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)
    if model.has("cover"):
        doc.add_heading(clean(model.title), level=0)
        for line in (
            f"{t('Analyst')}: {model.analyst or '—'}",
            f"{t('Date')}: {model.created[:10]}",
            f"{t('Store')}: {model.store_name} ({model.store_id[:8]})",
        ):
            doc.add_paragraph(clean(line))
    if model.has("summary"):
        doc.add_heading(t("Summary"), level=1)
        _table(doc, [t("Kind"), t("Tags")], [[model.kind_label(k), str(model.counts.get(k, 0))] for k in model.kinds])
        _table(doc, [t("Document"), t("Tags")], [[d.title, str(len(d.tags))] for d in model.documents])
    if model.has("documents"):
        for d in model.documents:
            _document(doc, model, d)
    if model.has("actors"):
        doc.add_heading(t("Actors index"), level=1)
        _table(
            doc,
            [t("Entity"), t("Type"), t("Roles"), t("Mentions")],
            [
                [a.name, texts.entity_type(a.type), "; ".join(a.roles),
                 f"{len(a.mentions)}: " + "; ".join(f"{m.document_title} {m.location.label(texts)}" for m in a.mentions)]
                for a in model.actors
            ],
        )
    if model.has("figures"):
        doc.add_heading(t("Figures"), level=1)
        _table(
            doc,
            [t("Value"), t("Unit"), t("What"), t("Period"), t("Source quote")],
            [[f.value, f.unit, f.what, f.period, f"“{f.quote}” ({f.document_title}, {f.location.label(texts)})"]
             for f in model.figures],
        )
    if model.has("timeline") and model.timeline_png:
        doc.add_heading(t("Timeline"), level=1)
        doc.add_picture(io.BytesIO(model.timeline_png), width=Pt(460))
    if model.has("claims"):
        doc.add_heading(t("Claims"), level=1)
        _table(
            doc,
            [t("Claim"), t("Asserted by"), t("Reference cited"), t("Grading"), t("Note")],
            [[f"“{c.quote}” ({c.document_title}, {c.location.label(texts)})", c.asserted_by, c.reference, c.grading, c.note]
             for c in model.claims],
        )
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _table(doc, header: list[str], rows: list[list[str]]) -> None:
    # Made whole, then filled at the XML level: python-docx's add_row() and
    # cell.text re-scan the table each time (quadratic; 2.7 s for 660 rows).
    table = doc.add_table(rows=len(rows) + 1, cols=len(header))
    table.style = "Light Grid Accent 1"
    for tr, values in zip(table._tbl.tr_lst, [header, *rows]):
        for tc, value in zip(tr.tc_lst, values):
            _add_text(tc.p_lst[0], clean(value))
    doc.add_paragraph()


_R, _T, _SPACE = qn("w:r"), qn("w:t"), qn("xml:space")


def _add_text(p, text: str):
    """A run holding ``text`` appended to paragraph element ``p``.

    Plain lxml: python-docx's add_r()/add_t() look for each child's place in
    the schema order (a third of the DOCX export time); a run always goes last.
    """
    r = etree.SubElement(p, _R)
    if text:
        t = etree.SubElement(r, _T)
        t.text = text
        if text != text.strip():
            t.set(_SPACE, "preserve")
    return r


def _document(doc, model: ReportModel, d: ReportDocument) -> None:
    doc.add_heading(clean(d.title), level=1)
    meta = doc.add_paragraph()
    say = model.t
    run = meta.add_run(clean(f"{say('Format')}: {d.format}" + (f" · {say('Source')}: {d.source}" if d.source else "")))
    run.font.size = Pt(8.5)
    run.font.color.rgb = RGBColor(0x5B, 0x66, 0x75)
    tags = [rt.tag for rt in d.tags]
    spans = [(t.start, t.end) for t in tags]
    highlight = {k: nearest_highlight(model.kind_colour(k)) for k in model.kinds}
    first_run: dict[int, object] = {}
    text = d.text
    for lo, hi, line in text_lines(text):
        para = doc.add_paragraph()
        for seg in segments(len(text), spans, lo, hi):
            run = Run(_add_text(para._p, clean(text[seg.start : seg.end])), para)
            if not seg.active:
                continue
            inner = seg.active[-1]  # the innermost tag's colour shows, as in the HTML
            run.font.highlight_color = highlight.get(tags[inner].kind, WD_COLOR_INDEX.YELLOW)
            for i in seg.active:
                first_run.setdefault(i, run)
                rt = d.tags[i]
                if spans[i][1] == seg.end and rt.note_number is not None:
                    t = rt.tag
                    doc.add_comment(
                        [first_run[i], run],
                        text=clean(f"[{rt.note_number}] {model.kind_label(t.kind)}: {t.note}"),
                        author=clean(t.author) or "analyst",
                        initials=clean("".join(w[0] for w in t.author.split()[:3])) or "A",
                    )
