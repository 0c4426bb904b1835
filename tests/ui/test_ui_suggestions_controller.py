"""Suggestions are matched to the document version they were computed on."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QApplication

from desktop.app import create_window, make_application
from desktop.service import suggestions as suggestion_service
from desktop.service.reimport import reimport
from desktop.importers import load
from desktop.ui import suggestions_controller

OLD = "Brief\n\nExports rose by 12% in 2024, the ministry said. Imports fell by 3 million tons.\n"
NEW = ("Brief, revised and with a much longer title line\n\nExports rose by 12% in 2024, the ministry said. "
       "Imports fell by 3 million tons.\n")


def test_still_open_drops_a_result_computed_on_an_older_version(seeded, tmp_path):
    service, _ = seeded
    path = tmp_path / "brief.txt"
    path.write_text(OLD, encoding="utf-8")
    doc_id = service.import_files([path])[0].document.id
    request = suggestion_service.detection_request(service, doc_id)
    found = suggestion_service.detect(request)
    assert found and suggestion_service.still_open(service, request, found) == found
    path.write_text(NEW, encoding="utf-8")
    reimport(service, doc_id, load(str(path)))
    assert suggestion_service.document_version(service, doc_id) == request.version + 1
    assert suggestion_service.still_open(service, request, found) is None


def test_suggestions_of_the_old_text_are_never_shown_after_a_reimport(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMLINE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("CLAIMLINE_CONFIG_DIR", str(tmp_path / "config"))
    gate = threading.Event()
    real_detect = suggestion_service.detect

    def held_detect(request, progress=None):  # detection on the old text is still running when the re-import ends
        gate.wait(20)
        return real_detect(request, progress)

    def no_worker_process(*_args):
        raise OSError("no worker process in this test")

    monkeypatch.setattr(suggestion_service, "detect", held_detect)
    monkeypatch.setattr(suggestions_controller, "run_in_worker", no_worker_process)
    make_application()
    path = tmp_path / "brief.txt"
    path.write_text(OLD, encoding="utf-8")
    window = create_window(str(tmp_path / "s.claimline"))
    qtbot.addWidget(window)
    window.show()
    try:
        doc_id = window.service.import_files([path])[0].document.id
        window.refresh_library()
        window.open_document(doc_id)
        old_task = window.suggest.run()
        assert old_task is not None and old_task.is_running()
        newer = tmp_path / "brief-v2.txt"
        newer.write_text(NEW, encoding="utf-8")
        reimporting = window.imports.reimport_file(str(newer))
        assert reimporting is not None and reimporting.wait(30000)
        assert window.imports.last_report.version == 2
        gate.set()  # the old detection ends now, with offsets into the old text
        old_task.wait(20000)
        QApplication.processEvents()
        text = window.service.text(doc_id)
        shown = window.suggestions.suggestions()
        assert all(text[s.start:s.end] == s.exact for s in shown), [(s.exact, text[s.start:s.end]) for s in shown]
        # Detection runs again for the new version, and its suggestions fit the new text.
        qtbot.waitUntil(lambda: window.suggestions.suggestions() != [], timeout=20000)
        shown = window.suggestions.suggestions()
        assert any(s.exact == "12%" for s in shown)
        assert all(text[s.start:s.end] == s.exact for s in shown)
    finally:
        gate.set()
        window.close()
        window.store.close()
