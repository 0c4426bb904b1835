"""Atomic file writes: a temporary file in the target's folder, then ``os.replace``.

A failure or a cancel at any point leaves the target as it was: either the old
file or no file at all, never half a file.  ``os.replace`` is atomic on POSIX
and Windows when both paths are on the same volume, hence the same folder.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path


def write_atomic(
    path: str | Path,
    chunks: bytes | Iterable[bytes],
    *,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Write ``chunks`` to ``path`` atomically; returns the final path.

    ``cancelled`` is polled between chunks; when it returns True the temporary
    file is removed and :class:`desktop.export.model.Cancelled` is raised.
    """
    from desktop.export.model import Cancelled

    target = Path(path).expanduser()
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
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return target
