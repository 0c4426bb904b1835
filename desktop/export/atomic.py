"""Atomic file writes: a temporary file in the target's folder, then ``os.replace``.

A failure or a cancel at any point leaves the target as it was: either the old
file or no file at all, never half a file.  ``os.replace`` is atomic on POSIX
and Windows when both paths are on the same volume, hence the same folder.

Every writer of a user-chosen output (reports, timeline images, codebooks) goes
through :func:`check_output`, which refuses targets that would destroy data:
an SQLite database (the open store or any other), the -wal/-shm/-journal file
of one, a folder, or anything that is not a regular file (a device, a FIFO, a
socket).  The final ``os.replace`` never replaces a non-regular file either.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from desktop import storefiles

SQLITE_HEADER = b"SQLite format 3\x00"
WAL_MAGICS = (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83")
SIDE_FILE_SUFFIXES = storefiles.SIDE_SUFFIXES  # a store's side files


class UnsafeOutput(OSError):
    """A target that must not be written: its message is one line for the user."""


def _is_sqlite(path: Path) -> bool:
    # A database in use is refused without opening it, since closing a descriptor of a
    # store drops every SQLite lock this process holds on it (desktop/storefiles.py):
    # one open here under any name (a link to it too), or one with a -wal or -shm beside it.
    if storefiles.open_here(path) or any(os.path.exists(f"{path}{suffix}") for suffix in ("-wal", "-shm")):
        return True
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except OSError:
        return False
    return head == SQLITE_HEADER or head[:4] in WAL_MAGICS


def check_output(path: str | Path) -> Path:
    """``path`` made absolute, or :class:`UnsafeOutput` when writing it would destroy data.

    Refused: a folder; anything that exists and is not a regular file; an existing
    SQLite database or WAL file (every Claimline store is one, the open one
    included); a ``-wal``/``-shm``/``-journal`` name beside an SQLite database.
    Symbolic links are followed, so a link to a store is refused like the store.
    """
    target = Path(path).expanduser()
    name = str(target)
    try:
        st = os.stat(target)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise UnsafeOutput(f"{name} cannot be checked: {exc.strerror or exc}") from None
    if st is not None:
        if stat.S_ISDIR(st.st_mode):
            raise UnsafeOutput(f"{name} is a folder; give a file name")
        if not stat.S_ISREG(st.st_mode):
            raise UnsafeOutput(f"{name} is not a regular file (a device, pipe or socket); choose a file")
    for suffix in SIDE_FILE_SUFFIXES:  # first: the side file of a store in use is never opened
        if target.name.endswith(suffix):
            main = target.with_name(target.name[: -len(suffix)])
            if _is_sqlite(main):
                raise UnsafeOutput(f"{name} belongs to the SQLite database {main}; it is never overwritten")
    if st is not None and _is_sqlite(target):
        raise UnsafeOutput(f"{name} is an SQLite database (perhaps a Claimline store); it is never overwritten")
    return target


def _check_replaceable(target: Path) -> None:
    """Just before ``os.replace``: the name must be free or a regular file (not followed)."""
    try:
        st = os.lstat(target)
    except FileNotFoundError:
        return
    if stat.S_ISLNK(st.st_mode):
        check_output(target)  # what the link points to
    elif not stat.S_ISREG(st.st_mode):
        raise UnsafeOutput(f"{target} is not a regular file; it is never replaced")


def write_atomic(
    path: str | Path,
    chunks: bytes | Iterable[bytes],
    *,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Write ``chunks`` to ``path`` atomically; returns the final path.

    The target is checked first (:func:`check_output`): nothing is written to a
    refused one, not even the temporary file.

    ``cancelled`` is polled between chunks; when it returns True the temporary
    file is removed and :class:`desktop.export.model.Cancelled` is raised.
    """
    from desktop.export.model import Cancelled

    target = check_output(path)
    folder = target.parent if str(target.parent) else Path(".")
    if isinstance(chunks, (bytes, bytearray)):
        chunks = [bytes(chunks)]
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            for chunk in chunks:
                if cancelled is not None and cancelled():
                    raise Cancelled("export cancelled")
                fh.write(chunk)
            if cancelled is not None and cancelled():
                raise Cancelled("export cancelled")
            fh.flush()
            os.fsync(fh.fileno())
        if target.exists():
            # keep the old file's permissions; mkstemp makes 0600 files
            try:
                os.chmod(tmp, target.stat().st_mode & 0o777)
            except OSError:
                pass
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        _check_replaceable(target)
        if _is_sqlite(target):
            raise UnsafeOutput(f"{target} became an SQLite database while writing; not replaced")
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return target
