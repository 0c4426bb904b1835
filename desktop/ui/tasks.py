"""Background work: imports run off the UI thread, with progress and cancel.

The worker thread opens its own store connection (a sqlite3 connection belongs
to its thread; WAL lets the UI keep reading).  PDFs are extracted in a separate
process because PyMuPDF is not thread-safe.  Results come back to the UI thread
as Qt signals.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from PySide6.QtCore import QThread, Signal

from desktop.model import Document, DocumentError
from desktop.orphan import watch_parent
from desktop.service import ImportOutcome, Service, default_loader
from desktop.store import open_store

PROCESS_SUFFIXES = {".pdf", ".epub"}
_pool: ProcessPoolExecutor | None = None
_pool_lock = threading.Lock()


def process_pool() -> ProcessPoolExecutor:
    """The one worker process (spawned on first use) for PDF/EPUB reading and detection."""
    global _pool
    with _pool_lock:
        if _pool is None:
            # spawn, not fork: forking a process that runs Qt threads is unsafe.
            # The worker ends itself when this process dies (even by kill -9).
            _pool = ProcessPoolExecutor(
                max_workers=1,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=watch_parent,
                initargs=(os.getpid(),),
            )
        return _pool


def shutdown_pool() -> None:
    global _pool
    with _pool_lock:
        if _pool is not None:
            _pool.shutdown(wait=False, cancel_futures=True)
            _pool = None


def isolated_loader(path: str, password: str | None = None) -> Document:
    """Load text formats in this thread and PDF/EPUB in the worker process."""
    if Path(path).suffix.lower() not in PROCESS_SUFFIXES:
        return default_loader(path, password)
    try:
        return process_pool().submit(default_loader, path, password).result()
    except BrokenProcessPool:
        # The reader process died on this file (a MuPDF crash): the app lives on.
        shutdown_pool()
        raise DocumentError(path, "the PDF reader crashed on this file") from None


class ImportTask(QThread):
    """Imports files into the store at ``store_path`` on a worker thread.

    Signals:
        progress(int, int, str): files done, total, file being read.
        finished_import(list): the ImportOutcome of each file, in order.
        failed(str): an unexpected error (the store is left as it was).
    """

    progress = Signal(int, int, str)
    finished_import = Signal(list)
    failed = Signal(str)

    def __init__(self, store_path: Path, author: str, paths: list[str], parent=None):
        super().__init__(parent)
        self.store_path, self.author, self.paths = store_path, author, list(paths)
        self._cancel = threading.Event()
        self.outcomes: list[ImportOutcome] = []

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            with open_store(self.store_path, create=False) as store:
                service = Service(store, self.author)
                self.outcomes = service.import_files(
                    self.paths,
                    loader=isolated_loader,
                    progress=lambda i, n, p: self.progress.emit(i, n, p),
                    cancelled=self._cancel.is_set,
                )
        except Exception as exc:  # reported to the user; nothing half-written
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.finished_import.emit(self.outcomes)


class ReimportTask(QThread):
    """Re-imports a newer file of document ``doc_id`` on a worker thread.

    The file is read first (PDF/EPUB in the worker process); a cancel before the
    tags are re-anchored leaves everything as it was; the re-anchoring and the
    write are one transaction on the worker's own store connection.  Afterwards
    ``report`` holds the :class:`~desktop.service.reimport.ReimportReport` (None
    when cancelled) or ``error`` a message for the user.
    """

    def __init__(self, store_path: Path, author: str, doc_id: str, path: str, password: str | None = None, parent=None):
        super().__init__(parent)
        self.store_path, self.author, self.doc_id, self.path, self.password = store_path, author, doc_id, path, password
        self._cancel = threading.Event()
        self.report = None
        self.error = ""

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        from desktop.service import ServiceError
        from desktop.service.reimport import reimport

        try:
            document = isolated_loader(self.path, self.password)
            if self._cancel.is_set():
                return
            with open_store(self.store_path, create=False) as store:
                self.report = reimport(Service(store, self.author), self.doc_id, document)
        except DocumentError as exc:
            self.error = f"{exc.path}: {exc.reason}"
        except ServiceError as exc:
            self.error = str(exc)
        except Exception as exc:  # reported to the user; the transaction rolled back
            self.error = f"{type(exc).__name__}: {exc}"
