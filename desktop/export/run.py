"""One export, end to end: gather the model, render a format, write it atomically."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from desktop.export import FORMATS
from desktop.export.atomic import check_output, write_atomic
from desktop.export.model import Cancelled, ReportModel, ReportOptions, gather
from desktop.store import Store

MODULES = {
    "html": "desktop.export.html",
    "pdf": "desktop.export.pdf",
    "md": "desktop.export.markdown",
    "docx": "desktop.export.docx",
    "csv": "desktop.export.csv",
    "json": "desktop.export.json",
    "w3c": "desktop.export.w3c",
}


def render(model: ReportModel, fmt: str, *, progress=None, cancelled=None) -> bytes:
    """The bytes of ``model`` in format ``fmt`` (one of :data:`FORMATS`)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (known: {', '.join(FORMATS)})")
    module = importlib.import_module(MODULES[fmt])
    if fmt == "pdf":
        return module.render(model, progress=progress, cancelled=cancelled)
    return module.render(model, progress=progress)


def export(
    store: Store,
    options: ReportOptions,
    fmt: str,
    path: str | Path,
    *,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Export to ``path``; a failure or cancel leaves an existing file untouched."""
    def step(label: str, done: int = 0, total: int = 3) -> None:
        if cancelled is not None and cancelled():
            raise Cancelled("export cancelled")
        if progress is not None:
            progress(done, total, label)

    check_output(path)  # refuse a store, a folder or a device before any work
    step("Reading the store", 0)
    model = gather(store, options)
    step("Rendering", 1)
    data = render(model, fmt, cancelled=cancelled)
    step("Writing", 2)
    target = write_atomic(path, data, cancelled=cancelled)
    if progress is not None:
        progress(3, 3, "Done")
    return target
