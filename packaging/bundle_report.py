"""Where the megabytes of the one-folder bundle go, and whether a trim broke a library.

    python packaging/bundle_report.py dist/claimline [SITE_PACKAGES]

Prints the bundle's size per part (Qt, PyMuPDF, spaCy + thinc, numpy, models, Python,
system libraries, other).  With SITE_PACKAGES (the build's virtualenv), it also runs
``ldd`` on every bundled ELF file and exits 1 when the loader cannot load one (a
library broken by ``strip``) or one needs a library that the bundle lacks but a wheel
of the build ships: a library the spec left out that something still links
(claimline.spec's QT_UNUSED_LIBS).  Libraries that neither the bundle nor
the wheels have (GTK for Qt's GTK theme) come from the user's system, as before.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

# (part, top-level names under _internal/ that belong to it), first match wins.
PARTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Qt (PySide6, shiboken6, ICU)", ("PySide6", "shiboken6", "libQt6", "libicu", "libpyside6", "libshiboken6")),
    ("PyMuPDF", ("pymupdf", "libmupdf")),
    ("spaCy + thinc (blis, pydantic_core, …)", (
        "spacy", "thinc", "blis", "cymem", "preshed", "murmurhash", "srsly", "pydantic_core")),
    ("numpy (with OpenBLAS)", ("numpy", "libscipy_openblas", "libgfortran", "libquadmath")),
    ("models (resources/models, natasha)", ("resources/models", "natasha")),
    ("Python (interpreter, stdlib, code archive)", ("claimline", "python3.11", "base_library.zip", "libpython")),
)
SYSTEM_LIBS = "system libraries (X11/xcb, GLib, CUPS, OpenSSL, …)"
OTHER = "other (lxml, rapidfuzz, trafilatura, babel, app resources, …)"


def part_of(rel: str) -> str:
    """The part a bundle path (relative to dist/claimline) belongs to."""
    rel = rel.replace("\\", "/")
    inner = rel.split("/", 1)[1] if rel.startswith("_internal/") else rel
    for part, prefixes in PARTS:
        if any(inner == p or inner.startswith((p + "/", p + ".", p + "-", p + "_")) or
               (p.startswith("lib") and inner.startswith(p)) for p in prefixes):
            return part
    if "/" not in inner and re.match(r"lib.+\.so", inner):
        return SYSTEM_LIBS
    return OTHER


def breakdown(bundle: Path) -> Counter[str]:
    """Bytes per part (files only; a symlink counts as its own few bytes, as in du -b)."""
    sizes: Counter[str] = Counter()
    for dirpath, _dirs, files in os.walk(bundle):
        for name in files:
            path = Path(dirpath) / name
            sizes[part_of(path.relative_to(bundle).as_posix())] += path.lstat().st_size
    return sizes


def is_elf(path: Path) -> bool:
    if path.is_symlink() or not path.is_file():
        return False
    with path.open("rb") as fh:
        return fh.read(4) == b"\x7fELF"


def check_libraries(bundle: Path) -> tuple[dict[str, set[str]], list[str]]:
    """ldd on every bundled ELF file, with the bundle's library folder first as the
    bootloader sets it: (library name -> bundled files that need it and cannot find
    it, files the loader cannot load at all, with its message)."""
    env = dict(os.environ, LD_LIBRARY_PATH=str(bundle / "_internal"))
    missing: dict[str, set[str]] = {}
    broken: list[str] = []
    for dirpath, _dirs, files in os.walk(bundle):
        for name in files:
            path = Path(dirpath) / name
            if not is_elf(path):
                continue
            rel = path.relative_to(bundle).as_posix()
            run = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env)
            for lib in re.findall(r"^\s*(\S+) => not found", run.stdout, re.MULTILINE):
                missing.setdefault(lib, set()).add(rel)
            error = re.search(r"error while loading shared libraries: (.*)|not a dynamic executable", run.stdout + run.stderr)
            if error:
                broken.append(f"{rel}: {error.group(1) or error.group(0)}")
    return missing, broken


def shipped_by_wheels(site_packages: Path, names: set[str]) -> set[str]:
    found = set()
    for _dirpath, _dirs, files in os.walk(site_packages):
        found |= names.intersection(files)
    return found


def main(argv: list[str]) -> int:
    bundle = Path(argv[0])
    sizes = breakdown(bundle)
    total = sum(sizes.values())
    print("build: where the megabytes go")
    for part, size in sizes.most_common():
        print(f"build:   {size / 1048576:6.1f} MB  {100 * size / total:4.1f} %  {part}")
    if len(argv) < 2:
        return 0
    missing, broken = check_libraries(bundle)
    trimmed = shipped_by_wheels(Path(argv[1]), set(missing))
    for lib in sorted(set(missing) - trimmed):
        print(f"build: note: {lib} is not bundled (from the user's system), needed by {sorted(missing[lib])[0]}")
    for lib in sorted(trimmed):
        print(f"build: ERROR: {lib} was left out but {', '.join(sorted(missing[lib]))} needs it", file=sys.stderr)
    for line in broken:
        print(f"build: ERROR: cannot be loaded: {line}", file=sys.stderr)
    return 1 if trimmed or broken else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
