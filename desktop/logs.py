"""The log file: ``<data folder>/logs/claimline.log``, rotated (1 MB, 3 old files kept).

:func:`setup_logging` is called first thing by the command line's ``main`` and by
the window's start.  It sends Claimline's own messages (``desktop.*``, INFO and
up) and everyone's warnings to the file, and logs every uncaught exception, in the
main thread or another, with its traceback before Python's own handling.  Bugs
are found there; user errors (:class:`desktop.errors.UserError`) are not logged
as errors, they are shown to the user.
"""

from __future__ import annotations

import logging
import sys
import threading
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import Any

from desktop.paths import data_dir

LOG_NAME = "claimline.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(process)d %(threadName)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger("desktop")
_handler: RotatingFileHandler | None = None
_console: logging.Handler | None = None


class _OneLine(logging.Formatter):
    """``claimline: message`` without the traceback (that goes to the file)."""

    def format(self, record: logging.LogRecord) -> str:
        return f"claimline: {' '.join(record.getMessage().split())}"


class _Stderr(logging.StreamHandler):
    """Writes to whatever ``sys.stderr`` is at the time (it may be replaced)."""

    @property
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, value: Any) -> None:
        pass


def _not_quiet(record: logging.LogRecord) -> bool:
    """Records logged with ``extra={"quiet": True}`` (already told in one line) stay off the console."""
    return not getattr(record, "quiet", False)


def log_path() -> Path:
    return data_dir() / "logs" / LOG_NAME


def setup_logging(*, console: bool = False) -> Path | None:
    """Log to the rotating file in the data folder; returns its path.

    With ``console`` (the command line), warnings and errors are also printed to
    stderr as one line each, without their traceback.  Calling it again is
    harmless (one handler each; a changed data folder moves the log).  When the
    folder cannot be written (a read-only home), nothing is logged to a file and
    None is returned: logging never stops the app.
    """
    global _handler, _console
    if console and _console is None:
        _console = _Stderr()
        _console.setLevel(logging.WARNING)
        _console.setFormatter(_OneLine())
        _console.addFilter(_not_quiet)
        logging.getLogger().addHandler(_console)
    path = log_path()
    if _handler is not None and Path(_handler.baseFilename) == path.resolve():
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(logging.INFO)
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.WARNING:
        root.setLevel(logging.WARNING)
    log.setLevel(logging.INFO)
    _handler = handler
    _install_hooks()
    return path


def _install_hooks() -> None:
    if getattr(sys.excepthook, "_claimline", False):
        return
    previous = sys.excepthook
    previous_thread = threading.excepthook

    def excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if not issubclass(kind, KeyboardInterrupt):
            log.critical("uncaught exception", exc_info=(kind, value, tb))
        previous(kind, value, tb)

    def thread_excepthook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is not SystemExit:
            log.critical(
                "uncaught exception in thread %s",
                args.thread.name if args.thread else "?",
                exc_info=(args.exc_type, args.exc_value, args.exc_traceback),  # type: ignore[arg-type]
            )
        previous_thread(args)

    excepthook._claimline = True  # type: ignore[attr-defined]
    sys.excepthook = excepthook
    threading.excepthook = thread_excepthook


__all__ = ["LOG_NAME", "log_path", "setup_logging"]
