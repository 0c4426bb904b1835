"""Take screenshots of the window on the seed article with a few tags (for the README).

Usage: python scripts/screenshot.py OUT.png [--dark] [--suggestions] [--document] [--size WxH]
       python scripts/screenshot.py --views DIR [--dark] [--suffix NAME] [--only VIEW,…] [--size WxH]

The second form writes one picture per view (window, timeline, review, export,
start page; and the window on its suggestions or document tab when named with
--only suggestions,document) as DIR/VIEW-light.png or DIR/VIEW-dark.png (or
DIR/VIEW-NAME.png).  ``--size`` sets the main window's size
(1440x1000 by default; the dialogs get the same size when it is smaller than theirs),
e.g. ``--size 1024x700`` for the smallest screen the window is laid out for.
Runs offscreen in a temporary data folder, so it never touches the user's store.
"""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
home = Path(tempfile.mkdtemp(prefix="claimline-shot-"))
atexit.register(shutil.rmtree, home, ignore_errors=True)
os.environ["CLAIMLINE_DATA_DIR"] = str(home / "data")
os.environ["CLAIMLINE_CONFIG_DIR"] = str(home / "config")
os.environ.setdefault("CLAIMLINE_AUTHOR", "A. Analyst")

from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.app import apply_theme, create_window, make_application  # noqa: E402

TAGS = [
    ("claim", "product-based trade diplomacy", "The article's framing of Kazakhstan's approach."),
    ("actor", "Murat Nurtleu", "Deputy PM and Foreign Minister of Kazakhstan"),
    ("actor", "Hasan Asadullozoda", ""),
    ("date", "June 25, 2025", "Meeting in Astana"),
    ("date", "May 22, 2025", "Customs protocol signed"),
    ("actor", "Astana", ""),
    ("claim", "a broad-based partnership has been built", ""),
    ("date", "2024 and 2025", ""),
]


def _option(name: str) -> str | None:
    if name in sys.argv:
        i = sys.argv.index(name)
        return sys.argv[i + 1] if i + 1 < len(sys.argv) else None
    return None


def _size(default: tuple[int, int]) -> tuple[int, int]:
    """``--size WxH`` when given (each side at most the default for dialogs), else ``default``."""
    given = _option("--size")
    if not given:
        return default
    try:
        width, height = (int(part) for part in given.lower().split("x"))
    except ValueError:
        raise SystemExit(f"--size wants WxH, e.g. 1024x700, not {given!r}") from None
    return width, height


def _dialog_size(default: tuple[int, int]) -> tuple[int, int]:
    width, height = _size(default)
    return min(width, default[0]), min(height, default[1])


def _settle(ms: int = 400) -> None:
    from PySide6.QtTest import QTest

    QTest.qWait(ms)  # forms and docks refresh shortly after edits


def _wait_for_suggestions(app, window, seconds: float = 60.0) -> None:
    """Detection starts 300 ms after the document shows and loads the recognisers in
    the worker first: wait for it to start, then for its result (bounded)."""
    import time

    deadline = time.monotonic() + seconds
    while window.suggest.timer.isActive() and time.monotonic() < deadline:
        _settle(50)
    task = window.suggest.task
    if task is not None:
        while not task.is_finished() and time.monotonic() < deadline:
            _settle(50)
    app.processEvents()


def _tagged_window(app):
    window = create_window()
    service, doc = window.service, window.current_doc
    for kind, quote, note in TAGS:
        tag = service.tag_quote(doc, kind, quote, note=note)
        window.show_tag_state(tag)
    window.resize(*_size((1440, 1000)))
    window.show()
    window.timeline_dock.show()
    _wait_for_suggestions(app, window)
    for _ in range(5):
        app.processEvents()
    window.panel.select_tag(service.tags(doc, kind="actor")[0].id)
    _settle()
    return window


SIDE_VIEWS = {"suggestions", "document"}  # the window with another side tab: only when asked for with --only


def _side(window, pane):
    """The window with ``pane`` shown in its side panel."""
    window.side.setCurrentWidget(pane)
    return window


def _review(window, folder: Path):
    """A colleague's copy of the store with other tags, and the Compare window on it."""
    from desktop.service.review import ReviewSession
    from desktop.service import Service
    from desktop.store import new_id, open_store
    from desktop.ui.review_view import ReviewWindow

    path = folder / "colleague.claimline"
    window.store.copy_file_to(path)
    theirs = open_store(path)
    theirs.set_meta("store_id", new_id())
    theirs.set_meta("owner", "B. Colleague")
    colleague = Service(theirs, "B. Colleague")
    doc = window.current_doc
    colleague.tag_quote(doc, "figure", "1.3 million tons")
    # My full sentence against their half of it: one "boundary" item.
    window.service.tag_quote(doc, "claim", "The agreement aims to further reduce border crossing times")
    colleague.tag_quote(doc, "claim", "reduce border crossing times")
    colleague.tag_quote(doc, "actor", "Orienbank")
    theirs.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    theirs.close()
    review = ReviewWindow(ReviewSession(window.store, path))
    review.resize(*_dialog_size((1200, 760)))
    review.show()
    review.select_row(next(i for i, item in enumerate(review.visible) if item.status == "boundary"))
    return review


def _export(window):
    from desktop.ui.export_dialog import ExportDialog

    dialog = ExportDialog(window.service, window.current_doc, [window.current_doc])
    dialog.resize(*_dialog_size((1200, 760)))
    dialog.show()
    return dialog


def _start(window):
    """A second window on a new, empty store: the start page."""
    empty = create_window(str(home / "new.claimline"))
    empty.resize(*_dialog_size((1200, 760)))
    empty.show()
    return empty


def views(folder: Path, suffix: str, only: set[str]) -> int:
    """One picture per view, in ``folder``, named VIEW-``suffix``.png."""
    app = make_application()
    if "--dark" in sys.argv:
        apply_theme(app, dark=True)
    folder.mkdir(parents=True, exist_ok=True)
    window = _tagged_window(app)
    shots = {
        "window": lambda: window,
        "suggestions": lambda: _side(window, window.suggestions),
        "document": lambda: _side(window, window.document_pane),
        "timeline": lambda: window.timeline,
        "review": lambda: _review(window, home),
        "export": lambda: _export(window),
        "start": lambda: _start(window),
    }
    for name, make in shots.items():
        if (only and name not in only) or (not only and name in SIDE_VIEWS):
            continue
        widget = make()
        _settle(600)
        out = folder / f"{name}-{suffix}.png"
        widget.grab().save(str(out))
        print(f"wrote {out}")
        if widget is window:
            window.side.setCurrentIndex(0)
        elif widget is not window.timeline:
            widget.close()
            if hasattr(widget, "store") and widget.store is not window.store:
                widget.store.close()
    window.close()
    window.store.close()
    QApplication.processEvents()
    return 0


def main() -> int:
    folder = _option("--views")
    if folder:
        suffix = _option("--suffix") or ("dark" if "--dark" in sys.argv else "light")
        only = {v for v in (_option("--only") or "").split(",") if v}
        return views(Path(folder), suffix, only)
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    out = Path(args[0] if args else "docs/screenshot.png")
    app = make_application()
    if "--dark" in sys.argv:
        apply_theme(app, dark=True)
    window = _tagged_window(app)
    if "--suggestions" in sys.argv:
        window.side.setCurrentWidget(window.suggestions)
    if "--document" in sys.argv:
        window.side.setCurrentWidget(window.document_pane)
    _settle()
    out.parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(out))
    print(f"wrote {out}")
    window.close()
    window.store.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
