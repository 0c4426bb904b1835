"""What every command module of :mod:`desktop.cli` shares: the :class:`Command` record,
the options declared once (``--store``, ``--json``, ``--author``), opening the service,
printing JSON.

Command modules import this module, never ``desktop.cli`` itself (which loads them).
Nothing here imports QtWidgets.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

from desktop.errors import UserError
from desktop.model import DocumentInfo
from desktop.service import Service


class UsageError(UserError):
    """Bad command-line words: printed as one line, exit 2."""


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line (a UsageError), not argparse's usage block."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message} (see {self.prog} --help)")


def _options(*adders: Callable[[argparse.ArgumentParser], Any]) -> Parser:
    parent = Parser(add_help=False)
    for add in adders:
        add(parent)
    return parent


# The options many commands take, declared once and given to each command's parser
# as a parent.  ``--store`` has no default here: one given before the command word
# (``claimline --store S import F``) is not overwritten by the command's parser.
STORE_OPTION = _options(
    lambda p: p.add_argument(
        "--store",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="store file (default: $CLAIMLINE_STORE, then the default store)",
    )
)
JSON_OPTION = _options(lambda p: p.add_argument("--json", action="store_true", help="print JSON"))
AUTHOR_OPTION = _options(
    lambda p: p.add_argument("--author", help="author name of what is written (default: $CLAIMLINE_AUTHOR, then the GUI's)")
)


def no_arguments(parser: argparse.ArgumentParser) -> None:
    """The ``configure`` of a command with no arguments of its own."""


@dataclass(frozen=True)
class Command:
    """One ``claimline`` subcommand.

    ``configure`` adds the command's own arguments to its parser; ``run`` does the
    work and returns the exit status.  ``store``, ``json`` and ``author`` give the
    parser the shared ``--store``, ``--json`` and ``--author`` options.
    """

    name: str
    help: str
    run: Callable[[argparse.Namespace], int]
    configure: Callable[[argparse.ArgumentParser], None] = no_arguments
    store: bool = True
    json: bool = False
    author: bool = False

    def parents(self) -> list[Parser]:
        return option_parents(store=self.store, json=self.json, author=self.author)


def option_parents(*, store: bool = True, json: bool = False, author: bool = False) -> list[Parser]:
    """The shared options as parent parsers (also for the sub-actions of a command)."""
    chosen = ((store, STORE_OPTION), (json, JSON_OPTION), (author, AUTHOR_OPTION))
    return [parent for wanted, parent in chosen if wanted]


def open_service(args: argparse.Namespace, *, create: bool = False) -> Service:
    """The service of the store the command names (``--store``, ``$CLAIMLINE_STORE``, the default).

    Its author is :func:`desktop.settings.author` (``--author`` first when the command
    has it), the same source as the window's.  Opening writes nothing: read-only
    commands leave the store as it was.
    """
    from desktop.paths import store_path_from
    from desktop.settings import author
    from desktop.store import open_store

    global _open_store_path
    store = open_store(store_path_from(getattr(args, "store", None)), create=create)
    _open_store_path = store.path
    return Service(store, author(explicit=getattr(args, "author", None)))


# The store the running command opened (named in error messages, marked when damaged).
_open_store_path: Path | None = None


def database_error_message(exc: sqlite3.DatabaseError) -> str:
    """One line for an sqlite3 error a command met; a corrupt store is marked damaged
    (never written again in this process)."""
    from desktop.store import is_corruption
    from desktop.store.db import mark_damaged

    path = str(_open_store_path or "the store")
    if is_corruption(exc):
        if _open_store_path is not None:
            mark_damaged(_open_store_path, str(exc))
        return f"{path} is damaged ({exc}); nothing more is written to it. Open a backup or another store"
    return f"store error: {exc}"


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def fail(message: str, code: int = 1) -> int:
    """Print ``claimline: message`` on stderr; return ``code`` (the exit status)."""
    print(f"claimline: {message}", file=sys.stderr)
    return code


def doc_json(d: DocumentInfo) -> dict[str, Any]:
    return {
        "id": d.id,
        "title": d.title,
        "source": d.source,
        "format": d.format,
        "sha256": d.sha256,
        "length": d.length,
        "tags": d.tag_count,
        "imported_at": d.imported_at,
        "metadata": d.metadata,
    }


def csv_words(value: str | None) -> tuple[str, ...]:
    """``"a, b,,c"`` → ``("a", "b", "c")``."""
    return tuple(v.strip() for v in (value or "").split(",") if v.strip())


__all__ = [
    "AUTHOR_OPTION",
    "JSON_OPTION",
    "STORE_OPTION",
    "Command",
    "Parser",
    "UsageError",
    "csv_words",
    "database_error_message",
    "doc_json",
    "fail",
    "no_arguments",
    "open_service",
    "option_parents",
    "print_json",
]
