"""Progress and cancel across the process boundary, for work run in the worker process.

The window runs long work (detection of suggestions) in its one worker process
(:func:`desktop.ui.tasks.process_pool`).  A future only says "done"; this module
adds the two other things a task needs, through two queues the pool hands to its
worker when it starts it (a ``multiprocessing`` queue must be inherited, it
cannot be passed with each call):

* **progress**: the worker puts ``(job, done, total, label)`` on the progress
  queue; a thread in the window's process hands each message to the job's
  listener (the task's :meth:`desktop.ui.tasks.TaskContext.progress`);
* **cancel**: the window puts a job's number on the cancel queue; the job's
  next progress report in the worker raises :class:`Cancelled`, so work that
  reports often stops promptly and its worker is free for the next job.  A job
  begins with a :data:`STARTED` message, so the window knows which job the worker
  runs: one that does not stop (a step with no report, such as loading the
  language models) has its worker ended instead (:func:`desktop.ui.tasks.end_worker`).

:func:`run_job` is what the pool runs: ``fn(*args, progress=report)`` where
``report(done, total, label)`` reports and is the cancel point.  No Qt here:
the module is imported by the spawned worker.
"""

from __future__ import annotations

import os
import queue
from collections.abc import Callable
from typing import Any

from desktop.export.model import Cancelled
from desktop.orphan import watch_parent

__all__ = ["Cancelled", "FINISHED", "Report", "STARTED", "in_worker", "init_worker", "one_blas_thread", "run_job"]

Report = Callable[[int, int, str], None]
STARTED = "\x00started"  # the label of the message that says the worker (its pid as "done") began a job
FINISHED = "\x00finished"  # the label of a job's last message: every report of it was sent before

_progress: Any = None  # multiprocessing queues (None outside a worker started by init_worker)
_cancel: Any = None
_cancelled: set[int] = set()


# The recognisers' matrix products run on numpy's BLAS, which by default starts a
# thread per core that spins while it waits: on 2 cores shared with the window this
# costs 1 MB of detection ~50 % more CPU and ~40 % more time (bench/bench_suggest.py).
# BLAS reads these when it loads, and the store's modules load numpy before the
# worker's initializer runs: they must be in the environment the worker starts with.
_ONE_THREAD = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def one_blas_thread() -> None:
    """Let processes started from now on use one BLAS thread (unless the user set it);
    call before starting the worker.  This process's BLAS, already loaded, keeps its own."""
    for name in _ONE_THREAD:
        os.environ.setdefault(name, "1")


def init_worker(parent_pid: int, progress: Any, cancel: Any) -> None:
    """The pool's initializer: watch the parent, keep the two queues."""
    global _progress, _cancel
    watch_parent(parent_pid)
    progress.cancel_join_thread()  # reports nobody reads any more must not hold the worker's exit
    _progress, _cancel = progress, cancel


def in_worker() -> bool:
    """Whether this process is a worker started with :func:`init_worker` (its detection reads
    the names in a child process of its own, :mod:`desktop.suggest.names_child`)."""
    return _progress is not None


def _is_cancelled(job: int) -> bool:
    if _cancel is not None:
        while True:
            try:
                _cancelled.add(int(_cancel.get_nowait()))
            except queue.Empty:
                break
            except (OSError, ValueError, EOFError):  # the window went away: nobody wants the result
                return True
    return job in _cancelled


def reporter(job: int) -> Report:
    """The progress callback of ``job`` in this worker (raises :class:`Cancelled` when cancelled)."""

    def report(done: int, total: int, label: str) -> None:
        if _is_cancelled(job):
            raise Cancelled("cancelled")
        if _progress is not None:
            _progress.put((job, done, total, label))

    return report


def run_job(job: int, fn: Callable[..., Any], *args: Any) -> Any:
    """Run ``fn(*args, progress=…)`` as ``job`` (what the window submits to the pool)."""
    try:
        if _is_cancelled(job):
            raise Cancelled("cancelled")
        if _progress is not None:
            _progress.put((job, os.getpid(), 0, STARTED))
        return fn(*args, progress=reporter(job))
    finally:
        _cancelled.discard(job)
        if _progress is not None:  # after the job's reports on the same queue, so none is lost
            _progress.put((job, 0, 0, FINISHED))
