"""The store files this process has open through SQLite, so that nothing else opens them.

SQLite's locks are POSIX advisory locks, which belong to the process: closing
*any* descriptor of a store file (``open()``, ``read_bytes()``, ``shutil.copy``,
lxml or MuPDF reading it) drops every lock this process holds on it
(https://sqlite.org/howtocorrupt.html, 2.2).  Another process then takes our
connection for absent, checkpoints and deletes the -wal and -shm under it, and
committed rows are lost.  Every plain read of a path that may be a store (an
import, a codebook, an export target, a colleague's store, an original PDF) asks
:func:`open_here` first.  Dependency-free: the importers and exporters use it.
"""

from __future__ import annotations

import os
import threading
import weakref
from typing import Any

_lock = threading.RLock()
_open: dict[int, tuple[object, object]] = {}  # id(owner) -> the identity of its file (see _file_id)
# A store's side files: closing a descriptor of the -shm drops the WAL's locks too.
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


def _file_id(path: str | os.PathLike[str]) -> tuple[object, object] | None:
    """The file's device and inode (the same file under any name: a link counts); where the
    file system gives no inode (0 on FAT and some network drives on Windows), its resolved,
    case-folded path, so that not every file there looks like the open store."""
    try:
        st = os.stat(path)
        if st.st_ino:
            return (st.st_dev, st.st_ino)
        return ("path", os.path.normcase(os.path.realpath(path)))
    except (OSError, ValueError):
        return None


def _forget(key: int) -> None:
    with _lock:
        _open.pop(key, None)


def note_open(owner: Any, path: str | os.PathLike[str]) -> None:
    """``owner`` (a Store) has the file at ``path`` open until :func:`note_closed` or its end."""
    file_id = _file_id(path)
    if file_id is None:
        return
    key = id(owner)
    with _lock:
        _open[key] = file_id
    weakref.finalize(owner, _forget, key)


def note_closed(owner: Any) -> None:
    _forget(id(owner))


def open_here(path: str | os.PathLike[str]) -> bool:
    """Whether this process has the file at ``path`` open as a store (the same file under
    any name: a link counts), or ``path`` is the -wal, -shm or -journal of such a store."""
    with _lock:
        ids = set(_open.values())
    if not ids:
        return False
    name = os.fspath(path)
    candidates = [name] + [name[: -len(s)] for s in SIDE_SUFFIXES if name.endswith(s)]
    return any(_file_id(c) in ids for c in candidates)


__all__ = ["SIDE_SUFFIXES", "note_closed", "note_open", "open_here"]
