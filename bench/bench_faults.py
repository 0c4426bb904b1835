"""Faults a hostile tester tries (issue 13), many times; prints counts, asserts nothing.

The slow variants of tests/test_safety_*.py:

  * quick_check / integrity_check / open on a 100,000-tag store (when quick_check runs);
  * corruption sweep: every page of a small store overwritten with 0xFF, zeros and
    random bytes, then check / tag / import / export / tags on it;
  * random bytes behind an SQLite header;
  * hostile colleague stores (one broken row each) through diff, merge --dry-run,
    merge and agreement;
  * two concurrent loops of N ``claimline tag`` processes on one store;
  * kill -9 of ``merge`` and ``import`` at random moments;
  * SIGTERM and kill -9 of the window (a real process, offscreen);
  * EPUB decompression bombs, which the importer must refuse cleanly (under a
    1.5 GB address-space limit and a time limit).

Prints: runs, clean refusals, tracebacks, stores written while corrupt, tags lost,
processes left behind (all must be 0 but the first two), and bombs not refused.

Run: ``.venv/bin/python bench/bench_faults.py [--quick] [--writers N] [--tags N]``
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import io
import json
import os
import random
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import traceback
import uuid
import zipfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CLAIMLINE_AUTHOR", "Bench")

from desktop.cli import main as cli_main  # noqa: E402
from desktop.store import db as store_db  # noqa: E402
from desktop.store import open_store  # noqa: E402
from desktop.store.search import register_functions  # noqa: E402
from tests.test_safety_processes import alive, descendants, wait_until  # noqa: E402
from tests.test_safety_outputs import digest  # noqa: E402
from tests.test_safety_review import BROKEN  # noqa: E402
from tests.test_safety_store import integrity_fails  # noqa: E402

SEED = REPO / "seeds" / "rising-axis-of-trade.txt"
PDF = REPO.parent / "shared" / "corpus" / "pdfs" / "long--freeculture.pdf"
PAGE = 4096
TOTALS: Counter = Counter()


def cli(*argv: str) -> tuple[int, str, str]:
    """Run a command in this process; an exception escaping it counts as a traceback."""
    out, err = io.StringIO(), io.StringIO()
    TOTALS["runs"] += 1
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = cli_main(list(argv))
    except BaseException:  # noqa: BLE001 - that is what is counted
        TOTALS["tracebacks"] += 1
        traceback.print_exc(limit=2)
        return 99, out.getvalue(), err.getvalue()
    if "Traceback" in err.getvalue():
        TOTALS["tracebacks"] += 1
    if code != 0 and len(err.getvalue().strip().splitlines()) == 1:
        TOTALS["clean refusals"] += 1
    return code, out.getvalue(), err.getvalue()


def small_store(folder: Path, tags: int = 12) -> Path:
    path = folder / "small.claimline"
    cli("import", str(SEED), "--store", str(path))
    for word in ("Kazakhstan", "Tajikistan", "China", "trade", "2025", "Astana")[: max(1, tags // 2)]:
        cli("tag", "rising", "--kind", "claim", "--quote", word, "--store", str(path))
        cli("tag", "rising", "--kind", "actor", "--quote", word, "--occurrence", "2", "--store", str(path))
    gc.collect()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


# -- 1. quick_check cost --------------------------------------------------------------


def quick_check_cost(folder: Path, n_tags: int) -> None:
    from bench.bench_review import build

    mine, _ = build(folder, n_tags, max(1, n_tags // 1000), 7)
    size = mine.stat().st_size
    conn = sqlite3.connect(mine)
    t0 = time.perf_counter()
    conn.execute("PRAGMA quick_check").fetchall()
    t_quick = time.perf_counter() - t0
    t0 = time.perf_counter()
    conn.execute("PRAGMA integrity_check").fetchall()
    t_full = time.perf_counter() - t0
    conn.close()
    t0 = time.perf_counter()
    open_store(mine, create=False).close()
    t_open = time.perf_counter() - t0
    print(f"{n_tags} tags, {size / 2**20:.1f} MB: quick_check {t_quick:.3f} s, integrity_check {t_full:.3f} s, "
          f"open_store (with quick_check) {t_open:.3f} s; quick_check runs on open up to "
          f"{store_db.QUICK_CHECK_MAX_BYTES // 2**20} MB")


# -- 2. corruption sweep ------------------------------------------------------------------


def corruption_sweep(folder: Path, patterns: list[str]) -> None:
    pristine = small_store(folder)
    pages = pristine.stat().st_size // PAGE
    rng = random.Random(13)
    for pattern in patterns:
        for page in range(pages):
            store_db._DAMAGED.clear()
            bad = folder / f"c-{pattern}-{page}.claimline"
            data = bytearray(pristine.read_bytes())
            fill = {"ff": b"\xff" * PAGE, "zero": b"\x00" * PAGE, "random": rng.randbytes(PAGE)}[pattern]
            data[page * PAGE:(page + 1) * PAGE] = fill
            bad.write_bytes(bytes(data))
            corrupt = integrity_fails(bad)
            before = digest(bad)
            s = ("--store", str(bad))
            code, _, _ = cli("check", *s)
            if corrupt and code != 1:
                TOTALS["corrupt stores reported sound"] += 1
            cli("tag", "rising", "--kind", "claim", "--quote", "Russia", *s)
            cli("import", str(REPO / "README.md"), *s)
            cli("export", "--format", "md", "-o", str(folder / "c.md"), *s)
            cli("tags", "--json", *s)
            gc.collect()
            wal = Path(str(bad) + "-wal")
            if corrupt and (digest(bad) != before or (wal.exists() and wal.stat().st_size)):
                TOTALS["stores written while corrupt"] += 1
            for p in (bad, wal, Path(str(bad) + "-shm")):
                p.unlink(missing_ok=True)
    print(f"corruption sweep: {pages} pages x {len(patterns)} patterns")


def random_bytes(folder: Path, runs: int) -> None:
    for i in range(runs):
        junk = folder / f"junk{i}.claimline"
        junk.write_bytes(b"SQLite format 3\x00" + os.urandom(random.randrange(100, 40000)))
        before = digest(junk)
        for argv in (("check",), ("tags",), ("tag", "x", "--kind", "claim", "--quote", "x")):
            cli(*argv, "--store", str(junk))
        if digest(junk) != before:
            TOTALS["stores written while corrupt"] += 1


# -- 3. hostile colleague stores ----------------------------------------------------


def hostile_stores(folder: Path) -> None:
    mine = folder / "h-mine.claimline"
    cli("import", str(SEED), "--store", str(mine))
    cli("tag", "rising", "--kind", "claim", "--quote", "Kazakhstan", "--store", str(mine))
    gc.collect()
    sqlite3.connect(mine).execute("PRAGMA wal_checkpoint(TRUNCATE)").connection.close()
    for name, override in BROKEN.items():
        theirs = folder / f"h-{abs(hash(name))}.claimline"
        shutil.copyfile(mine, theirs)
        conn = sqlite3.connect(theirs)
        register_functions(conn)  # the search index's triggers fold text with it
        conn.execute("PRAGMA ignore_check_constraints = ON")
        cols = [r[1] for r in conn.execute("PRAGMA table_info(annotations)")]
        row = dict(zip(cols, conn.execute("SELECT * FROM annotations").fetchone()), id=str(uuid.uuid4()), **override)
        conn.execute(f"INSERT INTO annotations ({', '.join(map(repr, cols))}) VALUES ({', '.join('?' * len(cols))})",
                     [row[c] for c in cols])
        conn.commit()
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.close()
        target = folder / "h-target.claimline"
        shutil.copyfile(mine, target)
        for argv in (("diff", str(theirs), "--json"), ("merge", str(theirs), "--dry-run", "--json"),
                     ("merge", str(theirs), "--json")):
            code, out, _ = cli(*argv, "--store", str(target))
            if code == 0 and json.loads(out)["invalid"]["total"] == 1:
                TOTALS["clean refusals"] += 1
        cli("agreement", str(target), str(theirs))
        code, _, _ = cli("check", "--store", str(target))
        if code != 0:
            TOTALS["stores damaged by a merge"] += 1
        gc.collect()
        for p in folder.glob("h-target.claimline*"):
            p.unlink()


# -- 4. concurrent writers ---------------------------------------------------------------


def concurrent_writers(folder: Path, n: int) -> None:
    store = folder / "w.claimline"
    cli("import", str(SEED), "--store", str(store))
    gc.collect()
    script = (
        "import subprocess, sys\nfails = 0\n"
        f"for i in range({n}):\n"
        "    r = subprocess.run([sys.executable, '-m', 'desktop', 'tag', 'rising', '--kind', 'claim', '--quote',"
        " 'Kazakhstan', '--note', sys.argv[1] + str(i), '--store', sys.argv[2]], capture_output=True, text=True)\n"
        "    fails += r.returncode != 0\n"
        "    sys.stderr.write(r.stderr)\n"
        "print(fails)\n"
    )
    procs = [subprocess.Popen([sys.executable, "-c", script, p, str(store)], cwd=REPO, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for p in "ab"]
    for p in procs:
        out, err = p.communicate()
        TOTALS["runs"] += n
        TOTALS["failed writes"] += int(out.strip() or n)
        TOTALS["tracebacks"] += err.count("Traceback")
    with open_store(store, create=False, readonly=True) as s:
        notes = {t.note for t in s.annotations()}
    TOTALS["tags lost"] += len({f"{p}{i}" for p in "ab" for i in range(n)} - notes)
    print(f"concurrent writers: 2 x {n} tag commands")


# -- 5. kill -9 of merge and import --------------------------------------------------------


def kills(folder: Path, runs: int) -> None:
    rng = random.Random(5)
    for i in range(runs):
        mine, theirs = folder / f"k{i}-mine.claimline", folder / f"k{i}-theirs.claimline"
        for store, quote in ((mine, "Kazakhstan"), (theirs, "China")):
            cli("import", str(SEED), "--store", str(store))
            cli("tag", "rising", "--kind", "claim", "--quote", quote, "--store", str(store))
        gc.collect()
        with open_store(mine, create=False, readonly=True) as s:
            before = {t.id for t in s.annotations()}
        argv = ["merge", str(theirs)] if i % 2 == 0 or not PDF.exists() else ["import", str(PDF)]
        proc = subprocess.Popen([sys.executable, "-m", "desktop", *argv, "--store", str(mine)], cwd=REPO,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.2, 1.5))
        proc.kill()
        proc.wait()
        TOTALS["runs"] += 1
        with open_store(mine, create=False) as s:
            if s.integrity_problems():
                TOTALS["stores damaged by kill -9"] += 1
            TOTALS["tags lost"] += len(before - {t.id for t in s.annotations()})


# -- 6. window termination -----------------------------------------------------------


def window_signals(folder: Path, runs: int) -> None:
    for i in range(runs):
        sig = (signal.SIGTERM, signal.SIGINT, signal.SIGKILL)[i % 3]
        env = dict(os.environ, CLAIMLINE_DATA_DIR=str(folder / "data"), CLAIMLINE_CONFIG_DIR=str(folder / "cfg"))
        proc = subprocess.Popen([sys.executable, "-m", "desktop", "--store", str(folder / f"win{i}.claimline"),
                                 str(SEED)], cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                text=True)
        seen: set[int] = set()
        wait_until(lambda: bool(seen.update(descendants(proc.pid)) or len(seen) >= 2), 60)
        proc.send_signal(sig)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            TOTALS["windows that did not quit"] += 1
        TOTALS["runs"] += 1
        if sig != signal.SIGKILL and proc.returncode != 0:
            TOTALS["windows that did not quit"] += 1
        TOTALS["tracebacks"] += proc.stderr.read().count("Traceback")
        wait_until(lambda: not alive(seen), 10)
        left = alive(seen)
        TOTALS["processes left behind"] += len(left)
        for pid in left:  # do not leave them to the machine
            os.kill(pid, signal.SIGKILL)


# -- 7. EPUB bombs ---------------------------------------------------------------------


OPF = (b'<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0"><metadata '
       b'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Bomb</dc:title></metadata><manifest>'
       b'<item id="c1" href="c1.xhtml" media-type="application/xhtml+xml"/></manifest><spine>'
       b'<itemref idref="c1"/></spine></package>')
CONTAINER = (b'<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:'
             b'container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-'
             b'package+xml"/></rootfiles></container>')


def padded(head: bytes, filler: bytes, size: int, tail: bytes):
    """``head`` + ``size`` bytes of ``filler`` + ``tail``, in 1 MB chunks (never all in memory)."""
    yield head
    chunk = filler * (2**20 // len(filler))
    for _ in range(size // len(chunk)):
        yield chunk
    yield tail


def epub(path: Path, **members) -> Path:
    """An EPUB whose members ("container", "opf", "chapter") may be chunk iterables."""
    parts = {
        "META-INF/container.xml": members.get("container", [CONTAINER]),
        "OEBPS/content.opf": members.get("opf", [OPF]),
        "OEBPS/c1.xhtml": members.get("chapter", [b"<html><body><p>Hello.</p></body></html>"]),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), b"application/epub+zip", compress_type=zipfile.ZIP_STORED)
        for name, chunks in parts.items():
            with z.open(name, "w", force_zip64=True) as fh:
                for chunk in chunks:
                    fh.write(chunk)
    return path


def bombs(folder: Path, big: bool) -> None:
    size = (1200 if big else 100) * 2**20
    cases = {
        "chapter": epub(folder / "bomb-chapter.epub",
                        chapter=padded(b"<html><body><p>", b"a", size, b"</p></body></html>")),
        "container.xml": epub(folder / "bomb-container.epub", container=padded(b"<x>", b" ", size, b"</x>")),
        "opf": epub(folder / "bomb-opf.epub", opf=padded(b"<package>", b" ", size, b"</package>")),
    }

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1536 * 2**20, 1536 * 2**20))

    for name, path in cases.items():
        store = folder / "bomb.claimline"
        t0 = time.perf_counter()
        try:
            r = subprocess.run([sys.executable, "-m", "desktop", "import", str(path), "--store", str(store)],
                               cwd=REPO, capture_output=True, text=True, timeout=60, preexec_fn=limit)
            code, err = r.returncode, r.stderr
        except subprocess.TimeoutExpired:
            code, err = -1, "timeout"
        TOTALS["runs"] += 1
        clean = code == 1 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
        TOTALS["clean refusals" if clean else "bombs not refused"] += 1
        TOTALS["tracebacks"] += err.count("Traceback")
        print(f"EPUB bomb in {name} ({path.stat().st_size // 1024} KB -> {size // 2**20} MB): exit {code}, "
              f"{time.perf_counter() - t0:.1f} s: {' '.join(err.split())[:120]}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="fewer runs (a minute or two)")
    ap.add_argument("--writers", type=int, default=100, help="tag commands per concurrent loop")
    ap.add_argument("--tags", type=int, default=100_000, help="tags of the store whose quick_check is timed")
    args = ap.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="claimline-bench-faults-"))
    try:
        t0 = time.perf_counter()
        (folder / "qc").mkdir()
        quick_check_cost(folder / "qc", args.tags)
        corruption_sweep(folder, ["ff"] if args.quick else ["ff", "zero", "random"])
        random_bytes(folder, 5 if args.quick else 30)
        hostile_stores(folder)
        concurrent_writers(folder, 20 if args.quick else args.writers)
        kills(folder, 4 if args.quick else 20)
        window_signals(folder, 3 if args.quick else 9)
        bombs(folder, big=not args.quick)
        print(f"({time.perf_counter() - t0:.0f} s, {folder})")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"runs: {TOTALS['runs']}")
    print(f"clean refusals: {TOTALS['clean refusals']}")
    for key in ("tracebacks", "stores written while corrupt", "tags lost", "processes left behind",
                "failed writes", "corrupt stores reported sound", "stores damaged by a merge",
                "stores damaged by kill -9", "windows that did not quit", "bombs not refused"):
        print(f"{key}: {TOTALS[key]}")


if __name__ == "__main__":
    main()
