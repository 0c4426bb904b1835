"""The recognisers in a process of their own: the "names" stage on the second core.

In one process the recognisers' thread (:class:`desktop.suggest.steps.Ahead`) hardly overlaps
with the date and figure rules: Python's lock is held most of the time.  In the window's
worker process (started by :func:`desktop.worker.init_worker`; elsewhere after :func:`allow`) detection hands
the pieces of the "names" stage to a child process that holds the language models instead
(:class:`InChild`, made by :meth:`desktop.suggest.steps.Steps.ahead`), and runs the date and
figure rules meanwhile; the results come back piece by piece, in order, as the thread's did.

The child's life:

* it is started (``multiprocessing``'s "spawn" context, which works in the PyInstaller bundle)
  on the first detection that asks for actors, not before: the window's start does not pay;
* it loads the models on its first piece, once, and serves every later detection of its
  parent (one detection at a time: a job number tells a cancelled job's late results apart);
* it ends with its parent: a daemon process, ended on a normal exit, and it watches its
  parent's pid (:func:`desktop.orphan.watch_parent`) to end itself when the parent is killed;
* a cancel stops the job at once: the parent stops waiting, and the child skips the job's
  pieces it has not started (the piece under way, four of detection's pieces in a row since the
  twenty-fifth round, is ended early: the recognisers ask :func:`stopping` between batches); while
  the parent waits for a piece it reports again every :data:`_WAIT` seconds, so a cancel lands
  while the child loads the models too (the child goes on loading them for the next job:
  the worker need not be ended);
* an error in the child reaches the caller (raised by :meth:`InChild.result`) as the
  thread's did;
* when the child cannot be started, or dies, detection reads the names in this process
  (today's thread, or the pieces left read in turn) and logs it: nothing is lost.

Every text goes to the child once it is allowed, short ones too: the models are then held
by the child alone, so the worker and its child hold them once (memory: the worker's rules
plus the child's models, ``bench/bench_suggest.py --speed``).  The CLI and the tests do
not allow it: they detect in-process as before.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import queue
import threading
import traceback
from collections.abc import Callable
from multiprocessing.reduction import ForkingPickler
from typing import Any

from desktop import worker
from desktop.orphan import watch_parent

__all__ = ["InChild", "allow", "allowed", "child_cpu_seconds", "child_pid", "peak_memory_mb", "start", "stop", "stopping"]

_log = logging.getLogger(__name__)
_WAIT = 0.2  # seconds between checks that the child is alive while waiting for a piece

_allowed = False
_child: _Child | None = None
_broken: str | None = None  # why the child is not used any more in this process (it could not start, or died)
_lock = threading.Lock()


def allow(on: bool = True) -> None:
    """Let this process's detections read names in a child process outside the window's worker (the bench
    and the tests call it; the worker is recognised by :func:`desktop.worker.in_worker`)."""
    global _allowed
    _allowed = on


def allowed() -> bool:
    """Whether detection here reads names in the child: in a worker, or after :func:`allow`, while it works."""
    return (_allowed or worker.in_worker()) and _broken is None


def _skip(job: int, stopped: Any) -> bool:
    return job <= stopped.value


_serving: tuple[int, Any] | None = None  # in the child: the job of the piece under way and the stop mark


def stopping() -> bool:
    """In the child, while it reads a piece: whether that piece's job was stopped (a cancel), so that the
    recognisers end it early (:func:`desktop.suggest.ner.entities`' ``stop``) and the next detection's pieces
    do not wait behind it; False elsewhere."""
    serving = _serving
    return serving is not None and _skip(*serving)


class _Sender:
    """Messages written on a pipe by a thread of their own, in order, so that :meth:`put` never waits for the
    reader (the child's names while the worker runs the rules; the pieces while the child reads one). A
    ``multiprocessing.Queue`` did this, with three named semaphores each that a worker killed on quit (the
    window's ``shutdown_pool``) left to the resource tracker, which warned of "leaked semaphore objects"; a pipe
    holds none (one reader and one writer each way: no lock needed)."""

    def __init__(self, connection: Any, name: str):
        self._connection = connection
        self._pending: queue.SimpleQueue[Any] = queue.SimpleQueue()
        threading.Thread(target=self._send, name=name, daemon=True).start()

    def put(self, message: Any) -> None:
        self._pending.put(message)

    def _send(self) -> None:
        while True:
            message = self._pending.get()
            try:
                data = ForkingPickler.dumps(message)
            except Exception:  # noqa: BLE001 - as a queue's feeder thread: this message is lost, the others go
                _log.exception("a message to the other process does not pickle: not sent")
                continue
            try:
                self._connection.send_bytes(data)
            except (OSError, ValueError):  # the reader is gone: nobody wants the rest
                return
            if message is None:
                return


def _serve(parent_pid: int, requests: Any, results_pipe: Any, stopped: Any) -> None:
    """The child's loop: ``(job, index, find, piece)`` → ``(job, index, ok, found or error)``."""
    global _serving
    watch_parent(parent_pid)
    results = _Sender(results_pipe, "recognisers-results")
    results.put((0, -1, True, os.getpid()))  # started: the parent may count on it now
    while True:
        try:
            message = requests.recv()
        except (EOFError, OSError):  # the parent is gone (OSError: killed while its sender wrote a piece)
            return
        if message is None:
            return
        job, index, find, piece = message
        if _skip(job, stopped):
            results.put((job, index, True, []))  # a cancelled job's piece: nobody collects it
            continue
        _serving = (job, stopped)
        try:
            found = find(piece)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller, which raises it
            # a traceback does not cross processes: its text goes in a note (the thread's error kept its frames)
            exc.add_note("in the recognisers' process:\n" + traceback.format_exc().rstrip())
            _log.debug("piece %d of job %d raised: handed to the worker, which raises it", index, job, exc_info=True)
            results.put((job, index, False, _portable(exc)))
            continue
        finally:
            _serving = None
        results.put((job, index, True, found))


def _portable(exc: BaseException) -> BaseException:
    """``exc`` if it pickles, else a RuntimeError that names it."""
    import pickle  # noqa: PLC0415

    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:  # noqa: BLE001
        _log.debug("%s does not cross processes: sent as a RuntimeError", type(exc).__name__, exc_info=True)
        portable = RuntimeError(f"{type(exc).__name__}: {exc}")
        for note in getattr(exc, "__notes__", []):
            portable.add_note(note)
        return portable


class _Child:
    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")
        worker.one_blas_thread()  # it has one core: its BLAS threads would spin
        requests_in, requests_out = context.Pipe(duplex=False)
        self.results, results_out = context.Pipe(duplex=False)
        self.stopped = context.Value("q", 0, lock=False)  # the last job stopped (a cancel)
        self.process = context.Process(target=_serve, args=(os.getpid(), requests_in, results_out, self.stopped),
                                       name="claimline-recognisers", daemon=True)
        try:
            self.process.start()
        finally:  # the child's ends are the child's: the reader of each pipe sees its end when the writer is gone
            requests_in.close()
            results_out.close()
        self.requests = _Sender(requests_out, "recognisers-requests")
        self.jobs = 0
        self.busy = threading.Lock()  # one detection at a time (the worker's); another one meanwhile uses a thread

    def alive(self) -> bool:
        return self.process.is_alive()

    def end(self) -> None:
        try:
            self.requests.put(None)
            self.process.join(2)
        finally:
            if self.process.is_alive():
                self.process.kill()
                self.process.join(2)
            self.results.close()


def start() -> _Child | None:
    """The running child (started now if there is none), or None when it cannot run here."""
    global _child, _broken
    with _lock:
        if not allowed():
            return None
        if _child is not None and _child.alive():
            return _child
        try:
            _child = _Child()
        except Exception as exc:  # noqa: BLE001 - no process: the names are read in this process, nothing is lost
            _broken = f"{type(exc).__name__}: {exc}"
            _child = None
            _log.warning("the recognisers' process could not start (%s): names are read in this process", _broken,
                         exc_info=True)
        return _child


def _died(child: _Child) -> None:
    global _child, _broken
    with _lock:
        _broken = f"the recognisers' process ended (exit code {child.process.exitcode})"
        if _child is child:
            _child = None
    _log.warning("%s: names are read in this process, nothing is lost", _broken)


def child_pid() -> int | None:
    """The running child's pid (None when there is none)."""
    child = _child
    return child.process.pid if child is not None and child.alive() else None


def stop() -> None:
    """End the child (it starts again when next needed) and forget a failure."""
    global _child, _broken
    with _lock:
        child, _child, _broken = _child, None, None
    if child is not None:
        child.end()


def peak_memory_mb() -> tuple[float, float | None]:
    """Peak resident memory of this process and of its running child (None without one), in MB (Linux).
    Both read ``VmHWM`` (the peak of the process's own memory): ``getrusage``'s ``ru_maxrss`` of a
    spawned process starts at its parent's peak (it survives the fork and the exec), so a worker
    started by a process that held the models once read as holding them itself."""
    import resource  # noqa: PLC0415

    own = _high_water_mb("self")
    if own is None:
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    pid = child_pid()
    return own, None if pid is None else _high_water_mb(str(pid))


def _high_water_mb(pid: str) -> float | None:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def child_cpu_seconds() -> float | None:
    """Processor time the running child has used so far (None without one; Linux)."""
    pid = child_pid()
    if pid is None:
        return None
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime


class InChild:
    """``find`` on each piece of a text in the child, all sent at once; :meth:`result` collects
    them in turn (the interface of :class:`desktop.suggest.steps.Ahead`).  ``find`` must be a
    module's function (it is sent by name)."""

    @classmethod
    def begin(cls, child: _Child | None, text: str, find: Callable[[str], list[Any]],
              cuts: list[tuple[int, int]]) -> InChild | None:
        """The job started in ``child``, or None (no child, or it serves another detection now)."""
        if child is None or not child.busy.acquire(blocking=False):
            return None
        try:
            return cls(child, text, find, cuts)
        except BaseException:
            child.busy.release()
            raise

    def __init__(self, child: _Child, text: str, find: Callable[[str], list[Any]], cuts: list[tuple[int, int]]):
        self.cuts = cuts
        self._open = True
        self._child = child
        self._text = text
        self._find = find
        child.jobs += 1
        self._job = child.jobs
        self._got: dict[int, tuple[bool, Any]] = {}
        self._local = False  # the child died: the pieces left are read here
        for i, (start, end) in enumerate(cuts):
            child.requests.put((self._job, i, find, text[start:end]))

    def result(self, i: int, waiting: Callable[[], None] | None = None) -> list[Any]:
        """The names of piece ``i`` (raises what ``find`` raised in the child). ``waiting()`` is called
        every :data:`_WAIT` seconds of waiting (a report: what it raises stops the job, a cancel
        point while the child loads the models)."""
        while i not in self._got and not self._local:
            try:
                message = self._child.results.recv() if self._child.results.poll(_WAIT) else None
            except (EOFError, OSError):  # the child is gone
                self._child.process.join(_WAIT)
                message = None
            if message is None:
                if waiting is not None:
                    waiting()
                if not self._child.alive():
                    _died(self._child)
                    self._local = True
                continue
            job, index, ok, found = message
            if job == self._job:  # else a cancelled job's late piece, or the start message
                self._got[index] = (ok, found)
        if i not in self._got:
            start, end = self.cuts[i]
            return self._find(self._text[start:end])
        ok, found = self._got.pop(i)
        if not ok:
            self.close()
            raise found
        return found

    def close(self) -> None:
        """Stop the job without waiting: the child skips its pieces not begun."""
        if not self._open:
            return
        self._open = False
        stopped = self._child.stopped
        stopped.value = max(stopped.value, self._job)
        self._child.busy.release()
