"""Annotated reports and data exports (HTML, PDF, Markdown, DOCX, CSV, JSON, W3C).

Nothing in this package imports Qt widgets.  :func:`desktop.export.model.gather`
builds a :class:`ReportModel` from a store; each format module turns it into
bytes; :func:`desktop.export.run.export` writes them atomically.
"""

FORMATS = ("html", "pdf", "md", "docx", "csv", "json", "w3c")
SUFFIXES = {
    "html": ".html",
    "pdf": ".pdf",
    "md": ".md",
    "docx": ".docx",
    "csv": ".csv",
    "json": ".json",
    "w3c": ".jsonld",
}
SECTIONS = ("cover", "summary", "documents", "actors", "figures", "timeline", "claims")

__all__ = ["FORMATS", "SUFFIXES", "SECTIONS"]
