"""Background work: the one way the window runs anything long off the UI thread.

A :class:`Task` runs ``op(ctx)`` on a worker thread and calls its callbacks on
the UI thread, in the spirit of Anki's ``CollectionOp``/``QueryOp``::

    Task(self, self.tr("Export"), lambda ctx: export(path, options, ctx),
         success=self._on_exported, progress=self._on_progress,
         registry=self.tasks).start()

Hazards (as in Anki's docstring): **never call UI routines in ``op``**, and never
use the window's store there: a sqlite3 connection belongs to the thread that
opened it, so ``op`` opens its own (WAL lets the UI keep reading).  PDFs and
EPUBs are read in a separate process because PyMuPDF is not thread-safe.

Outcomes, each delivered once on the UI thread, then ``finished``:

- ``success(result)``: ``op`` returned.
- ``cancelled()``: ``op`` raised :class:`Cancelled` (see :meth:`TaskContext.check`).
- a known user error (an instance of :data:`USER_ERRORS`): ``failure(TaskError)``
  when given, else one clear warning box with the message.
- anything else is a bug: logged with its traceback and shown in a dialog with
  "Copy details"; then ``failure(TaskError(bug=True))`` when given.

A :class:`TaskRegistry` knows the running tasks: the window stops and waits for
them when it quits, and stops a document's tasks when another document opens.
"""

from __future__ import annotations

import itertools
import logging
import multiprocessing
import os
import threading
import traceback
import weakref
from collections.abc import Callable
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.export.model import Cancelled
from desktop.model import Document, DocumentError
from desktop.errors import UserError
from desktop.export.atomic import UnsafeOutput
from desktop.service import default_loader
from desktop import worker
from desktop.ui.bug_dialog import show_bug

log = logging.getLogger(__name__)

# Errors the user can act on (a bad file, a locked, damaged or foreign store, a bad
# reference — all UserError — or an output path that would destroy data): shown as
# one message.  Everything else is a bug.
USER_ERRORS: tuple[type[BaseException], ...] = (UserError, UnsafeOutput)

PROCESS_SUFFIXES = {".pdf", ".epub"}
_pool: ProcessPoolExecutor | None = None
_pool_lock = threading.Lock()
_channel: _Channel | None = None  # progress and cancel of the pool's jobs (see desktop.worker)
_ended: weakref.WeakSet[ProcessPoolExecutor] = weakref.WeakSet()  # pools whose worker was ended on purpose
# A cancelled job stops at its next report; one that has not stopped this long after
# is in a step with no report (loading the language models: seconds): its worker is ended.
# Twice the longest step detection makes between reports (0.5 s by design, 0.37 s on 1 MB
# in bench/bench_suggest.py), so a worker in a normal step is kept with its models loaded.
# The task itself gives up at once either way (TaskContext.wait_future).
STOP_GRACE_SECONDS = 1.0
# How long a finished job's result waits for its last progress reports to be relayed
# (they are on their way; this only bounds the wait when the queue broke).
RELAY_WAIT_SECONDS = 2.0

T = TypeVar("T")

__all__ = [
    "Cancelled", "Task", "TaskContext", "TaskError", "TaskRegistry", "USER_ERRORS",
    "end_worker", "in_worker", "isolated_loader", "process_pool", "run_in_worker", "shutdown_pool",
]


class _Channel:
    """This side of :mod:`desktop.worker`'s queues: a thread hands each progress
    message to its job's listener; cancelling a job puts its number on the cancel queue."""

    def __init__(self, context: Any):
        self.progress = context.Queue()
        self.cancel = context.Queue()
        self.listeners: dict[int, Callable[[int, int, str], Any]] = {}
        self.finished: dict[int, threading.Event] = {}  # set at each job's FINISHED message
        self.jobs = itertools.count(1)
        self.running: int | None = None  # the job the worker began last (its STARTED message)
        self.worker_pid: int | None = None  # the worker's pid (from the same message)
        threading.Thread(target=self._relay, name="worker progress", daemon=True).start()

    def _relay(self) -> None:
        while True:
            try:
                message = self.progress.get()
            except (OSError, ValueError, EOFError):  # the queue was closed
                return
            if message is None:
                return
            job, done, total, label = message
            if label == worker.STARTED:
                self.running, self.worker_pid = job, done
                continue
            if label == worker.FINISHED:
                event = self.finished.get(job)
                if event is not None:
                    event.set()
                continue
            listener = self.listeners.get(job)
            try:
                if listener is not None:
                    listener(done, total, label)
            except Exception:  # noqa: BLE001 - one listener's bug must not end the relay for all
                log.exception("progress listener of job %d failed", job)
            # Hold no listener while waiting for the next message: a listener is a task's
            # ctx.progress, and the last reference to it would free the task's _Relay, a
            # QObject of the UI thread, in this thread (a crash under load).
            listener = None

    def close(self) -> None:
        # A worker killed while writing may hold the queues' lock for good: what is
        # still unwritten must not hold this process's exit (it joins the queues' threads).
        for q in (self.progress, self.cancel):
            q.cancel_join_thread()
        self.progress.put(None)
        self.cancel.close()


def _worker() -> tuple[ProcessPoolExecutor, _Channel]:
    """The one worker process (spawned on first use) and its progress and cancel channel."""
    global _pool, _channel
    with _pool_lock:
        if _pool is None or _channel is None:
            # spawn, not fork: forking a process that runs Qt threads is unsafe.
            # The worker ends itself when this process dies (even by kill -9).
            context = multiprocessing.get_context("spawn")
            worker.one_blas_thread()
            _channel = _Channel(context)
            _pool = ProcessPoolExecutor(
                max_workers=1,
                mp_context=context,
                initializer=worker.init_worker,
                initargs=(os.getpid(), _channel.progress, _channel.cancel),
            )
        return _pool, _channel


def process_pool() -> ProcessPoolExecutor:
    """The one worker process (spawned on first use) for PDF/EPUB reading and detection."""
    return _worker()[0]


def _stop(pool: ProcessPoolExecutor, channel: _Channel | None, *, close: bool = True) -> None:
    """End ``pool``'s worker now, whatever it runs (its work only reads: nothing is lost),
    and reap it, so that no process is left behind and nobody waits for its job."""
    pid = channel.worker_pid if channel is not None else None
    for process in multiprocessing.active_children():  # our live children only: never a reused pid
        if pid is not None and process.pid == pid:
            process.kill()
    pool.shutdown(wait=True, cancel_futures=True)  # the dead worker is joined: no zombie
    if channel is not None and close:
        channel.close()


def end_worker(pool: ProcessPoolExecutor, channel: _Channel) -> None:
    """End ``pool``'s worker (``channel`` is its channel) at once, abandoning the job it
    runs (a cancelled job stuck in a step with no cancel point, like loading the language
    models).  The next call of :func:`process_pool` starts a fresh worker; work that was
    queued behind the abandoned job is submitted to it again (:func:`in_worker`,
    :func:`run_in_worker`)."""
    global _pool, _channel
    with _pool_lock:
        _ended.add(pool)
        current = _pool is pool
        if current:
            _pool, _channel = None, None
    _stop(pool, channel, close=current)


def shutdown_pool() -> None:
    """End the worker (on quit, or after it crashed); a new one starts when next needed."""
    global _pool, _channel
    with _pool_lock:
        pool, channel, _pool, _channel = _pool, _channel, None, None
        if pool is not None:
            _ended.add(pool)
    if pool is not None:
        _stop(pool, channel)
    elif channel is not None:
        channel.close()


def in_worker(fn: Callable[..., T], *args: Any) -> T:
    """``fn(*args)`` in the worker process, waiting for its result; submitted again to a
    fresh worker when the one it was queued on was ended meanwhile (:func:`end_worker`).
    Raises BrokenProcessPool when the worker died by itself (e.g. MuPDF crashed)."""
    while True:
        pool = process_pool()
        try:
            result: T = pool.submit(fn, *args).result()
            return result
        except (BrokenProcessPool, RuntimeError):  # RuntimeError: submitted as it was being ended
            if pool not in _ended:
                raise


def run_in_worker(ctx: TaskContext, fn: Callable[..., T], *args: Any) -> T:
    """``fn(*args, progress=report)`` in the worker process, for the task of ``ctx``:
    its reports reach ``ctx.progress``, and cancelling the task stops it at its next
    report (see :mod:`desktop.worker`), or ends the worker when the job has not
    stopped :data:`STOP_GRACE_SECONDS` later.  Raises BrokenProcessPool or OSError
    when there is no working worker process (the caller may then run ``fn`` here)."""
    while True:
        pool, channel = _worker()
        try:
            return _run_job(ctx, pool, channel, fn, *args)
        except (BrokenProcessPool, RuntimeError):  # RuntimeError: submitted as it was being ended
            if ctx.cancelled():  # its worker was ended to stop it
                raise Cancelled("cancelled") from None
            if pool not in _ended:
                raise
            # another job's Stop ended the worker this one was queued on: run it on a fresh one


def _run_job(ctx: TaskContext, pool: ProcessPoolExecutor, channel: _Channel, fn: Callable[..., T], *args: Any) -> T:
    job = next(channel.jobs)
    channel.listeners[job] = ctx.progress
    finished = channel.finished[job] = threading.Event()
    future = pool.submit(worker.run_job, job, fn, *args)

    def end_if_stuck() -> None:
        if channel.running == job and not future.done():
            log.info("a cancelled job did not stop within %.2f s: ending the worker", STOP_GRACE_SECONDS)
            end_worker(pool, channel)

    def cancel() -> None:
        if future.cancel():  # still queued here: it never runs
            return
        try:  # running or handed to the worker: it stops at its next report
            channel.cancel.put(job)
        except (OSError, ValueError):  # the pool was shut down meanwhile
            return
        timer = threading.Timer(STOP_GRACE_SECONDS, end_if_stuck)
        timer.daemon = True
        timer.start()

    try:
        ctx.on_cancel(cancel)
        result: T = ctx.wait_future(future)
        # The result comes back on the pool's pipe, the reports on the progress queue:
        # hand on the job's last reports before its result.
        finished.wait(RELAY_WAIT_SECONDS)
        return result
    finally:
        channel.listeners.pop(job, None)
        channel.finished.pop(job, None)


def isolated_loader(path: str, password: str | None = None) -> Document:
    """Load text formats in this thread and PDF/EPUB in the worker process."""
    if Path(path).suffix.lower() not in PROCESS_SUFFIXES:
        return default_loader(path, password)
    try:
        return in_worker(default_loader, path, password)
    except BrokenProcessPool:
        # The reader process died on this file (a MuPDF crash): the app lives on.
        shutdown_pool()
        raise DocumentError(path, "the PDF reader crashed on this file") from None


@dataclass(frozen=True)
class TaskError:
    """Why a task failed: ``message`` for the user; ``bug`` when it was not a user error."""

    message: str
    bug: bool = False
    exception: BaseException | None = None


class TaskContext:
    """What ``op`` may use from its worker thread: progress, and the cancel flag."""

    def __init__(self, relay: _Relay):
        self._relay = relay
        self._cancel = threading.Event()
        self._on_cancel: list[Callable[[], Any]] = []

    def progress(self, done: int, total: int, label: str = "") -> None:
        """Report progress; delivered to the task's ``progress`` callback on the UI thread."""
        try:
            self._relay.progress.emit(done, total, label)
        except RuntimeError:  # the task's UI side is gone (window closed): nobody to tell
            pass

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` when the user cancelled (a cancel point in ``op``)."""
        if self._cancel.is_set():
            raise Cancelled("cancelled")

    def on_cancel(self, hook: Callable[[], Any]) -> None:
        """Also run ``hook`` when the task is cancelled (e.g. cancel a process future)."""
        self._on_cancel.append(hook)
        if self._cancel.is_set():
            hook()

    def wait_future(self, future: Future) -> Any:
        """The result of a process-pool future, giving up (Cancelled) when the task is cancelled."""
        self.on_cancel(future.cancel)
        while True:
            try:
                return future.result(timeout=0.1)
            except TimeoutError:
                self.check()
            except CancelledError:
                raise Cancelled("cancelled") from None

    def request_cancel(self) -> None:
        self._cancel.set()
        for hook in list(self._on_cancel):
            hook()


class _Relay(QObject):
    """Lives on the UI thread; the worker emits, Qt queues the call to the UI thread."""

    progress = Signal(int, int, str)
    done = Signal()


class Task(QObject, Generic[T]):
    """One piece of background work with progress, cancel and outcome callbacks.

    ``parent`` is the widget the work belongs to: messages are shown over it, and
    when it is destroyed before the work ends no callback runs.  The task does
    not die with it: the worker is a plain Python thread (never a QThread that a
    closing dialog could destroy while it runs), kept by its registry until done.

    Signals:
        finished(): the task ended (after its outcome callback), whatever the outcome.
    """

    finished = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        op: Callable[[TaskContext], T],
        *,
        success: Callable[[T], Any] | None = None,
        failure: Callable[[TaskError], Any] | None = None,
        cancelled: Callable[[], Any] | None = None,
        progress: Callable[[int, int, str], Any] | None = None,
        registry: TaskRegistry | None = None,
        scope: str = "",
    ):
        super().__init__(None)  # not owned by parent: a closing dialog must not delete it
        self.owner, self.title, self.op, self.scope = parent, title, op, scope
        self._success, self._failure, self._cancelled, self._progress = success, failure, cancelled, progress
        self.registry = registry
        self._relay = _Relay()
        self._relay.progress.connect(self._on_progress)
        self._relay.done.connect(self._finish)
        self.context = TaskContext(self._relay)
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._ended = False  # the worker returned
        self._delivered = False  # the outcome went to the callbacks (or was dropped)
        self._detached = False  # drop the outcome: nobody wants it any more
        self.result: T | None = None
        self.error: TaskError | None = None
        self.error_details = ""  # a bug's traceback
        self.was_cancelled = False

    # -- control ---------------------------------------------------------------

    def start(self) -> Task[T]:
        if self.registry is not None:
            self.registry.add(self)
        self._thread = threading.Thread(target=self._run, name=f"task: {self.title}", daemon=True)
        self._thread.start()
        return self

    def cancel(self) -> None:
        """Ask ``op`` to stop at its next cancel point."""
        self.context.request_cancel()

    def detach(self) -> None:
        """Cancel and drop the outcome: no callback will run (the caller moved on)."""
        self._detached = True
        self.cancel()

    def is_running(self) -> bool:
        return self._thread is not None and not self._delivered

    def is_finished(self) -> bool:
        return self._delivered

    def wait(self, timeout_ms: int | None = None) -> bool:
        """Block until the worker returns, then deliver its outcome now; False on timeout.

        Call it on the UI thread only (the callbacks run in it): on quit, or in tests.
        """
        if self._thread is not None:
            self._thread.join(None if timeout_ms is None else timeout_ms / 1000)
            if self._thread.is_alive():
                return False
        self._finish()
        return True

    # -- worker ----------------------------------------------------------------

    def _run(self) -> None:
        try:
            self.result = self.op(self.context)
        except Cancelled:
            self.was_cancelled = True
        except USER_ERRORS as exc:
            self.error = TaskError(_user_message(exc), bug=False, exception=exc)
        except BaseException as exc:  # noqa: BLE001 - a bug: logged with its traceback, then shown
            log.exception("background task %r failed", self.title)
            self.error = TaskError(f"{type(exc).__name__}: {exc}", bug=True, exception=exc)
            self.error_details = traceback.format_exc()
        self._ended = True
        try:
            self._relay.done.emit()
        except RuntimeError:
            pass

    # -- UI thread -------------------------------------------------------------

    def _owner_alive(self) -> bool:
        return self.owner is None or shiboken6.isValid(self.owner)

    def _on_progress(self, done: int, total: int, label: str) -> None:
        if self._progress is not None and not self._detached and not self._delivered and self._owner_alive():
            self._progress(done, total, label)

    def _finish(self) -> None:
        with self._lock:
            if self._delivered or not self._ended:
                return
            self._delivered = True
        if self._thread is not None and self._thread is not threading.current_thread():
            # The worker has ended (it emitted done last): wait for its thread to let go of
            # this task, so that the last reference, and the deletion of this QObject and
            # its _Relay, is never the worker's (QObjects of the UI thread die on it).
            self._thread.join()
        if self.registry is not None:
            self.registry.remove(self)
        if not self._detached and self._owner_alive():
            self._deliver()
        self.finished.emit()

    def _deliver(self) -> None:
        if self.error is not None:
            if self.error.bug:
                show_bug(self.owner, self.title, self.error.message, self.error_details)
                if self._failure is not None:
                    self._failure(self.error)
            elif self._failure is not None:
                self._failure(self.error)
            else:
                QMessageBox.warning(self.owner, self.title, self.error.message)
        elif self.was_cancelled:
            if self._cancelled is not None:
                self._cancelled()
        elif self._success is not None:
            self._success(self.result)  # type: ignore[arg-type]


def _user_message(exc: BaseException) -> str:
    if isinstance(exc, DocumentError):
        return f"{exc.path}: {exc.reason}"
    return str(exc)


class TaskRegistry(QObject):
    """The running tasks of one window: stopped on quit, per scope on a document switch."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._tasks: list[Task] = []

    def add(self, task: Task) -> None:
        if task not in self._tasks:
            self._tasks.append(task)

    def remove(self, task: Task) -> None:
        if task in self._tasks:
            self._tasks.remove(task)

    def running(self, scope: str | None = None) -> list[Task]:
        return [t for t in self._tasks if scope is None or t.scope == scope]

    def busy(self, scope: str) -> bool:
        return bool(self.running(scope))

    def stop(self, scope: str | None = None, *, wait: bool = True, timeout_ms: int = 15000) -> None:
        """Cancel the tasks of ``scope`` (all when None) and drop their outcomes; ``wait`` for them."""
        tasks = self.running(scope)
        for task in tasks:
            task.detach()
        if wait:
            for task in tasks:
                if not task.wait(timeout_ms):
                    log.warning("task %r did not stop within %d ms", task.title, timeout_ms)
