"""One CSV row per tag with its attributes; cells neutralised against formula injection."""

from __future__ import annotations

import csv as _csv
import io
import json

from desktop.export.model import ReportModel

COLUMNS = (
    "tag_id", "document_id", "document_title", "kind", "start", "end", "page", "paragraph",
    "exact", "note", "author", "created_at", "updated_at", "origin_store", "orphaned", "attributes",
)
# Spreadsheets run cells that start with these as formulas (OWASP "CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "|", "%")


def neutralise(value: object) -> str:
    """A cell value a spreadsheet shows as text: a leading formula character gets a '."""
    text = "" if value is None else str(value)
    # Spreadsheets skip leading blanks before a formula: " =1+1" is one too.
    if text.startswith(_FORMULA_START) or text.lstrip().startswith(_FORMULA_START):
        return "'" + text
    return text


def render(model: ReportModel, **_: object) -> bytes:
    attr_keys = sorted({k for rt in model.all_tags() for k in rt.tag.attributes})
    buf = io.StringIO()
    writer = _csv.writer(buf, lineterminator="\r\n")
    writer.writerow(list(COLUMNS[:-1]) + [f"attr.{k}" for k in attr_keys] + ["attributes"])
    titles = {d.id: d.title for d in model.documents}
    for rt in model.all_tags():
        t = rt.tag
        row = [
            t.id, t.document_id, titles.get(t.document_id, ""), t.kind, t.start, t.end,
            rt.location.page or "", rt.location.paragraph, t.exact, t.note, t.author,
            t.created_at, t.updated_at, t.origin_store or "", int(t.orphaned),
        ]
        for k in attr_keys:
            v = t.attributes.get(k)
            row.append("" if v is None else v if isinstance(v, (str, int, float)) else json.dumps(v, ensure_ascii=False))
        row.append(json.dumps(t.attributes, ensure_ascii=False, sort_keys=True))
        writer.writerow([neutralise(c) if isinstance(c, str) else c for c in row])
    # UTF-8 with BOM so that Excel reads Cyrillic and Turkish text correctly.
    return buf.getvalue().encode("utf-8-sig")
