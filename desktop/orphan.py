"""Worker processes that exit by themselves when the process that started them dies.

A ``multiprocessing`` worker outlives a parent killed by SIGTERM or SIGKILL: it is
re-parented to init and, with it, multiprocessing's resource tracker (whose pipe
the worker keeps open) runs forever.  :func:`watch_parent` is the pool's
initializer: a daemon thread in the worker compares ``os.getppid()`` with the pid
of the parent it was started by, and ends the worker at once when they differ.
No Qt here: the module is imported by the spawned worker.
"""

from __future__ import annotations

import os
import threading
import time

POLL_SECONDS = 0.5


def _watch(parent_pid: int) -> None:
    while True:
        if os.getppid() != parent_pid:
            os._exit(0)  # the parent is gone: nobody is waiting for our results
        time.sleep(POLL_SECONDS)


def watch_parent(parent_pid: int) -> None:
    """Start watching ``parent_pid`` (call in the worker, e.g. as a pool initializer)."""
    threading.Thread(target=_watch, args=(parent_pid,), name="watch-parent", daemon=True).start()
