"""Take a screenshot of the window on the seed article with a few tags (for the README).

Usage: python scripts/screenshot.py OUT.png [--dark] [--suggestions] [--document]
Runs offscreen in a temporary data folder, so it never touches the user's store.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
home = Path(tempfile.mkdtemp(prefix="claimline-shot-"))
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


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    out = Path(args[0] if args else "docs/screenshot.png")
    app = make_application()
    if "--dark" in sys.argv:
        apply_theme(app, dark=True)
    window = create_window()
    service, doc = window.service, window.current_doc
    for kind, quote, note in TAGS:
        tag = service.tag_quote(doc, kind, quote, note=note)
        window.show_tag_state(tag)
    window.resize(1440, 1000)
    window.show()
    window.timeline_dock.show()
    if window.suggest.task is not None:
        window.suggest.task.wait()
    for _ in range(5):
        app.processEvents()
    window.panel.select_tag(service.tags(doc, kind="actor")[0].id)
    if "--suggestions" in sys.argv:
        window.side.setCurrentWidget(window.suggestions)
    if "--document" in sys.argv:
        window.side.setCurrentWidget(window.document_pane)
    from PySide6.QtTest import QTest

    QTest.qWait(400)  # the meaning form and the docks refresh shortly after edits
    out.parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(out))
    print(f"wrote {out}")
    window.close()
    window.store.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
