"""Read ZIP archives someone else made (EPUB, REFI-QDA ``.qdpx``) without trusting them.

Every zip reader of the application goes through :class:`SafeZip`:

* member names must be relative paths inside the archive (no ``/abs``, ``C:``,
  ``..`` segment, backslash or NUL);
* at most :attr:`Limits.max_members` members;
* a member whose *declared* size passes :attr:`Limits.max_member_bytes` is
  refused before it is read, and every member is *streamed* with a running
  byte count that stops at the same cap, so a header that lies does not help;
* the bytes inflated over the whole archive stop at :attr:`Limits.max_total_bytes`,
  and a member that inflates more than :attr:`Limits.max_ratio` times its
  compressed size (once past :attr:`Limits.ratio_floor` bytes) is refused.

A refusal raises :class:`ZipRefused` with one sentence for the user.  Nothing
is ever extracted to disk.
"""

from __future__ import annotations

import io
import os
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop import storefiles

_CHUNK = 1 << 16
_DRIVE = re.compile(r"^[A-Za-z]:")


class ZipRefused(Exception):
    """The archive is damaged or hostile; ``str(exc)`` is the reason for the user."""


@dataclass(frozen=True)
class Limits:
    max_members: int = 10_000
    max_member_bytes: int = 64 * 2**20
    max_total_bytes: int = 512 * 2**20
    max_ratio: float = 100.0
    ratio_floor: int = 2**20  # small members may compress very well (runs of spaces)


DEFAULT_LIMITS = Limits()


def _mb(n: int) -> str:
    return f"{n / 2**20:.0f} MB"


def unsafe_name(name: str) -> bool:
    """True for a member name that could point outside the archive."""
    if not name or "\x00" in name or "\\" in name or name.startswith("/") or _DRIVE.match(name):
        return True
    return any(part == ".." for part in name.split("/"))


class SafeZip:
    """A zip archive read member by member under :class:`Limits`.

    ``SafeZip(path_or_bytes)`` checks the central directory (member count, names,
    declared sizes) at once; :meth:`read` streams a member; :meth:`verify` streams
    them all (for formats a library will inflate itself, such as EPUB for MuPDF).
    """

    def __init__(self, source: str | os.PathLike[str] | bytes, limits: Limits = DEFAULT_LIMITS, *, what: str = "archive"):
        self.limits = limits
        self.what = what
        self.inflated = 0
        if not isinstance(source, bytes) and storefiles.open_here(source):  # never open() our store
            raise ZipRefused(f"refused {what}: it is a Claimline store open in Claimline")
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else Path(source))
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
            raise ZipRefused(f"damaged {what}: not a complete ZIP archive ({_short(exc)})") from None
        if len(infos) > limits.max_members:
            self._zip.close()
            raise ZipRefused(f"refused {what}: {len(infos)} members (the limit is {limits.max_members})")
        self._infos: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            if unsafe_name(info.filename):
                self._zip.close()
                raise ZipRefused(f"refused {what}: member name {info.filename[:80]!r} points outside the archive")
            if info.file_size > limits.max_member_bytes:
                self._zip.close()
                raise ZipRefused(
                    f"refused {what}: member {info.filename[:80]!r} declares {_mb(info.file_size)} "
                    f"(the limit is {_mb(limits.max_member_bytes)})"
                )
            self._infos.setdefault(info.filename, info)

    def __enter__(self) -> "SafeZip":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._zip.close()

    def names(self) -> list[str]:
        return list(self._infos)

    def size(self, name: str) -> int:
        """The declared (untrusted) size of a member."""
        return self._infos[name].file_size

    def find(self, name: str, *, ignore_case: bool = True) -> str | None:
        """The member called ``name`` (case-insensitively by default), or None."""
        if name in self._infos:
            return name
        if ignore_case:
            folded = name.casefold()
            return next((n for n in self._infos if n.casefold() == folded), None)
        return None

    def stream(self, name: str) -> Iterator[bytes]:
        """The member's bytes in chunks, counted against every limit."""
        info = self._infos.get(name)
        if info is None:
            raise KeyError(name)
        lim = self.limits
        count = 0
        try:
            with self._zip.open(info) as fh:
                while True:
                    chunk = fh.read(_CHUNK)
                    if not chunk:
                        break
                    count += len(chunk)
                    self.inflated += len(chunk)
                    if count > lim.max_member_bytes:
                        raise ZipRefused(
                            f"refused {self.what}: member {name[:80]!r} inflates past {_mb(lim.max_member_bytes)}"
                        )
                    if self.inflated > lim.max_total_bytes:
                        raise ZipRefused(f"refused {self.what}: it inflates past {_mb(lim.max_total_bytes)} in all")
                    if count > lim.ratio_floor and count > lim.max_ratio * max(info.compress_size, 1):
                        raise ZipRefused(
                            f"refused {self.what}: member {name[:80]!r} inflates more than "
                            f"{lim.max_ratio:.0f} times its packed size (a zip bomb?)"
                        )
                    yield chunk
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError) as exc:
            raise ZipRefused(f"damaged {self.what}: member {name[:80]!r} cannot be read ({_short(exc)})") from None

    def read(self, name: str) -> bytes:
        return b"".join(self.stream(name))

    def verify(self) -> None:
        """Stream every member (and drop the bytes): raises ZipRefused on the first problem."""
        for name in self._infos:
            for _chunk in self.stream(name):
                pass


def _short(exc: BaseException) -> str:
    return (str(exc) or type(exc).__name__)[:120]


__all__ = ["DEFAULT_LIMITS", "Limits", "SafeZip", "ZipRefused", "unsafe_name"]
