"""The suggestions list says which day a relative date was read from (the text's own date)."""

from __future__ import annotations

from desktop.ui import suggestions_controller
from desktop.ui.suggestions_panel import children
from tests.test_packaging import english_after  # noqa: F401 (fixture)
from tests.ui.test_ui import close_window, home, open_window  # noqa: F401 (fixture)

LETTER = "Newstead Abbey, March 3, 1859.\nDear Sir,\nI arrived yesterday, tired from the road.\n"


def _no_worker_process(*_args):
    raise OSError("no worker process in this test")


def _suggested_rows(qtbot, window, path):
    """Import ``path``, open it, ask for suggestions (in this process) and return every row of the list."""
    doc_id = window.service.import_files([path])[0].document.id
    window.refresh_library()
    window.open_document(doc_id)
    window.suggest.run()
    qtbot.waitUntil(lambda: any(s.exact == "yesterday" for s in window.suggestions.suggestions()), timeout=20000)
    return [r for top in window.suggestions.list.tops() for r in [top, *children(top)]]


def test_a_relative_date_of_a_dated_letter_shows_its_day_and_why(qtbot, home, monkeypatch):
    monkeypatch.setattr(suggestions_controller, "run_in_worker", _no_worker_process)
    path = home / "letter.txt"
    path.write_text(LETTER, encoding="utf-8")
    window = open_window(qtbot, str(home / "s.claimline"))
    try:
        rows = _suggested_rows(qtbot, window, path)
        row = next(r for r in rows if r.text(1) == "yesterday")
        assert row.text(2) == "2 March 1859"
        assert "3 March 1859" in row.toolTip(2) and "the text's own date" in row.toolTip(2)
        dated = next(r for r in rows if r.text(1) == "March 3, 1859")
        assert dated.toolTip(2) == "3 March 1859"  # a date read from its own words has no reason
    finally:
        close_window(window)


def test_a_relative_date_tagged_by_hand_reads_as_its_suggestion(qtbot, home):
    """The lead's timeline screenshot of round 20: "Yesterday" selected in an undated letter and tagged with D was
    stored undated ("the document has no publication date") while its suggestion is 2 March 1859, the day before
    the letter's heading; a tag made by hand now reads the text's own day too."""
    from tests.ui.test_open_dates_ui import _show_text  # noqa: PLC0415
    from tests.ui.test_window_features import tag_by_keys  # noqa: PLC0415
    from PySide6.QtCore import Qt  # noqa: PLC0415

    window = open_window(qtbot)
    try:
        _show_text(qtbot, window, "Newstead Abbey, Tuesday, March 3, 1859\n\nDear Sir,\nYesterday the carriage came, "
                                  "and the abbey has stood from 1170 to the present day.\n")
        tag = tag_by_keys(qtbot, window, "Yesterday", Qt.Key.Key_D)
        attrs = window.service.get_tag(tag.id).attributes
        assert (attrs["start"], attrs["end"], bool(attrs.get("undated"))) == ("1859-03-02", "1859-03-02", False)
        span = tag_by_keys(qtbot, window, "1170 to the present day", Qt.Key.Key_D)
        attrs = window.service.get_tag(span.id).attributes
        assert (attrs["start"], attrs["end"], attrs.get("open")) == ("1170", "1859", None)
    finally:
        close_window(window)


def test_the_reason_is_said_in_the_ui_language(english_after):
    """A Turkish or Russian analyst reads why a date has its value in the UI's language, days as the UI writes them."""
    from desktop import i18n  # noqa: PLC0415
    from desktop.meaning.dates import find_dates  # noqa: PLC0415
    from desktop.ui.date_reasons import date_reason_text  # noqa: PLC0415

    def reasons(text, reference):
        return {text[s:e]: a.get("reason") for s, e, a in find_dates(text, reference=reference) if a.get("reason")}

    dated = reasons(LETTER, "2001-05-04")["yesterday"]
    undated = reasons(LETTER, None)["yesterday"]
    # a store written before the twenty-second round holds the reason as an English sentence: it reads the same
    old = "relative to 3 March 1859, the text's own date (its heading or dateline), not the publication date 2001-05-04"
    old_undated = "relative to 3 March 1859, the text's own date (its heading or dateline); the document has no publication date"
    english = ("relative to 3 March 1859, the text's own date (its heading or dateline), not the publication date "
               "4 May 2001")  # both days as the UI says them
    assert date_reason_text(dated) == date_reason_text(old) == english
    assert date_reason_text(undated) == date_reason_text(old_undated) == old_undated
    i18n.install("tr")
    for reason in (dated, old):
        assert date_reason_text(reason) == (
            "metnin kendi tarihi 3 Mart 1859 gününe göre (başlığı ya da tarih satırı), yayın tarihi 4 Mayıs 2001 "
            "gününe göre değil")
    assert date_reason_text(undated).endswith("; belgenin yayın tarihi yok")
    assert date_reason_text(old_undated) == date_reason_text(undated)
    i18n.install("ru")
    for reason in (dated, old):
        assert date_reason_text(reason) == (
            "относительно 3 марта 1859, собственной даты текста (заголовок или строка с датой), а не даты публикации "
            "4 мая 2001")
    no_reference = find_dates("I came home yesterday.", reference=None)[0][2]["reason"]
    assert date_reason_text(no_reference) == "относительно даты публикации, которой у документа нет"
    assert date_reason_text("a reason nobody wrote yet") == "a reason nobody wrote yet"


def test_the_suggestion_list_shows_the_reason_in_turkish(qtbot, monkeypatch, tmp_path, english_after):
    """The real window in Turkish: the value tooltip of "yesterday" says why in Turkish."""
    from tests.ui.test_translations import _window_in  # noqa: PLC0415

    monkeypatch.setattr(suggestions_controller, "run_in_worker", _no_worker_process)
    window = _window_in("tr", qtbot, monkeypatch, tmp_path)
    try:
        path = tmp_path / "letter.txt"
        path.write_text(LETTER, encoding="utf-8")
        row = next(r for r in _suggested_rows(qtbot, window, path) if r.text(1) == "yesterday")
        assert row.text(2) == "2 Mart 1859"
        assert "metnin kendi tarihi 3 Mart 1859" in row.toolTip(2) and "the text's own date" not in row.toolTip(2)
    finally:
        window.close()
