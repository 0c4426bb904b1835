"""The recognisers' process leaves nothing to clean on quit (issue 15, ``desktop.suggest.names_child``).

The window ends its worker on quit by killing it (``desktop.ui.tasks.shutdown_pool``).  The child's
channels were ``multiprocessing`` queues, whose named semaphores the killed worker never removed: the
window's resource tracker removed them and printed "There appear to be 6 leaked semaphore objects" on
stderr at exit.  Here a fresh process runs a worker as the window does, the worker's detection reads its
names in its child, the worker is ended (killed, or shut down normally), and the process's stderr must
hold no such warning."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def names_in_the_child(text: str, progress=None) -> tuple[list[tuple], int | None]:
    """A worker's job: the names of ``text`` read through ``Steps`` (by the child, in a worker), and the child's pid."""
    from desktop.suggest import names_child
    from test_names_child import capitals, read_names

    return read_names(text, capitals), names_child.child_pid()


@pytest.mark.parametrize("ending", ["kill", "shutdown"])
def test_no_leaked_semaphore_when_the_worker_and_its_child_end(ending):
    script = textwrap.dedent(f"""
        import multiprocessing, os, sys
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from concurrent.futures import ProcessPoolExecutor
        from desktop import worker
        from test_names_child_quit import names_in_the_child

        if __name__ == "__main__":
            context = multiprocessing.get_context("spawn")
            progress, cancel = context.Queue(), context.Queue()
            pool = ProcessPoolExecutor(1, mp_context=context, initializer=worker.init_worker,
                                       initargs=(os.getpid(), progress, cancel))
            found, pid = pool.submit(worker.run_job, 1, names_in_the_child, "Anna Lind met Oskar Vik.\\n\\nThen Mia.").result()
            print(len(found), pid is not None and pid != os.getpid(), flush=True)
            if {ending!r} == "kill":  # as the window's shutdown_pool on quit
                for process in multiprocessing.active_children():
                    if process.pid in pool._processes:
                        process.kill()
            pool.shutdown(wait=True, cancel_futures=True)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=120,
                          env={**os.environ, "PYTHONWARNINGS": "default"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["6", "True"]  # six capitalised words, read by a child of the worker
    assert "leaked semaphore" not in done.stderr, done.stderr
    assert "leaked" not in done.stderr, done.stderr


def test_a_message_that_does_not_pickle_is_dropped_and_the_next_ones_go():
    import multiprocessing
    import threading

    from desktop.suggest.names_child import _Sender

    reader, writer = multiprocessing.get_context("spawn").Pipe(duplex=False)
    sender = _Sender(writer, "test-sender")
    lock = threading.Lock()  # a lock does not pickle
    for message in ([1, "Anna"], lock, [2, "Lind"], None):
        sender.put(message)
    received = []
    while reader.poll(5):
        received.append(reader.recv())
        if received[-1] is None:
            break
    assert received == [[1, "Anna"], [2, "Lind"], None]


def test_the_child_ends_quietly_when_its_parent_dies_in_the_middle_of_a_message():
    """The worker killed while its sender thread writes a piece (the pipe full: the usual state during a long
    detection) leaves a part of a message in the pipe: the child's read then ends with an OSError ("got end of
    file during message"), not an EOFError. The child ends as on the pipe's end, without a traceback on stderr."""
    import multiprocessing
    import struct

    from desktop.suggest import names_child

    context = multiprocessing.get_context("spawn")
    requests_in, requests_out = context.Pipe(duplex=False)
    results_in, results_out = context.Pipe(duplex=False)
    os.write(requests_out.fileno(), struct.pack("!i", 30_000) + b"\x80" * 100)  # a piece's first 100 bytes
    requests_out.close()
    names_child._serve(os.getppid(), requests_in, results_out, context.Value("q", 0, lock=False))  # returns
    assert results_in.poll(5) and results_in.recv()[:3] == (0, -1, True)  # the start message went first
