"""The suggestions list says which day a relative date was read from (the text's own date)."""

from __future__ import annotations

from desktop.ui import suggestions_controller
from desktop.ui.suggestions_panel import children
from tests.ui.test_ui import close_window, home, open_window  # noqa: F401 (fixture)

LETTER = "Newstead Abbey, March 3, 1859.\nDear Sir,\nI arrived yesterday, tired from the road.\n"


def _no_worker_process(*_args):
    raise OSError("no worker process in this test")


def test_a_relative_date_of_a_dated_letter_shows_its_day_and_why(qtbot, home, monkeypatch):
    monkeypatch.setattr(suggestions_controller, "run_in_worker", _no_worker_process)
    path = home / "letter.txt"
    path.write_text(LETTER, encoding="utf-8")
    window = open_window(qtbot, str(home / "s.claimline"))
    try:
        doc_id = window.service.import_files([path])[0].document.id
        window.refresh_library()
        window.open_document(doc_id)
        window.suggest.run()
        qtbot.waitUntil(lambda: any(s.exact == "yesterday" for s in window.suggestions.suggestions()), timeout=20000)
        rows = [r for top in window.suggestions.list.tops() for r in [top, *children(top)]]
        row = next(r for r in rows if r.text(1) == "yesterday")
        assert row.text(2) == "2 March 1859"
        assert "3 March 1859" in row.toolTip(2) and "the text's own date" in row.toolTip(2)
        dated = next(r for r in rows if r.text(1) == "March 3, 1859")
        assert dated.toolTip(2) == "3 March 1859"  # a date read from its own words has no reason
    finally:
        close_window(window)
