"""The ``claimline`` command line: thin wrappers over the service layer.

``claimline [--store PATH] [FILE…]`` starts the window; ``claimline [--store PATH]
COMMAND …`` runs a command without a screen (commands never import QtWidgets).
A word that is neither a command nor an existing file is refused with the list
of commands (exit 2), never taken for a file to open.  User errors
(:class:`desktop.errors.UserError`) print one line to stderr and exit non-zero;
bugs print one line naming the log file, where they are logged with their
traceback (:mod:`desktop.logs`), and exit 70.

The registry
------------
Each module named in :data:`COMMAND_MODULES` defines ``COMMANDS``, a tuple of
:class:`desktop.cli.common.Command` records (name, help, ``run(args) -> int``,
``configure(parser)``, and whether it takes the shared ``--store``, ``--json``,
``--author`` options).  **To add commands**: write ``desktop/cli/<topic>.py``
with its ``COMMANDS`` (import what you need from :mod:`desktop.cli.common`, never
from ``desktop.cli`` itself), then add its module name to :data:`COMMAND_MODULES`:
that one line is the whole registration.  The PyInstaller spec bundles every
``desktop`` submodule, so nothing else changes.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop import __version__
from desktop.cli.common import (
    STORE_OPTION,
    Command,
    Parser,
    UsageError,
    database_error_message,
    fail,
    open_service,
    print_json,
)
from desktop.errors import UserError
from desktop.logs import log_path, setup_logging

log = logging.getLogger(__name__)

COMMAND_MODULES: tuple[str, ...] = (
    "desktop.cli.library",  # import, docs, tags, tag, check
    "desktop.cli.documents",  # reimport, refs
    "desktop.cli.meaning",  # entities, entity, link, codebook
    "desktop.cli.timeline",  # timeline
    "desktop.cli.export",  # export, import-annotations
    "desktop.cli.exchange",  # import-project (and export --format qdpx)
    "desktop.cli.review",  # diff, merge, agreement
    "desktop.cli.suggest",  # suggest
    "desktop.cli.search",  # search
    "desktop.cli.collections",  # collections
)


def commands() -> dict[str, Command]:
    """Every command of :data:`COMMAND_MODULES`, by name, in their order."""
    found: dict[str, Command] = {}
    for module in COMMAND_MODULES:
        for command in importlib.import_module(module).COMMANDS:
            if command.name in found:
                raise RuntimeError(f"two commands named {command.name!r} ({module})")
            found[command.name] = command
    return found


def command_names() -> tuple[str, ...]:
    return tuple(commands())


def _top_parser(description: str) -> Parser:
    # --store may also come before the command word (claimline --store S import F).
    parser = Parser(prog="claimline", description=description, parents=[STORE_OPTION])
    parser.add_argument("--version", action="version", version=f"claimline {__version__}")
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = _top_parser("Tag claims, actors, figures and dates in documents.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for command in commands().values():
        p = sub.add_parser(command.name, help=command.help, parents=command.parents())
        command.configure(p)
    return parser


def build_gui_parser() -> argparse.ArgumentParser:
    parser = _top_parser(
        f"Start the Claimline window. Commands: {', '.join(command_names())} (claimline COMMAND --help)."
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="documents to import and open")
    return parser


def run_command(argv: Sequence[str]) -> int:
    """Run a command; every user error becomes one line on stderr."""
    try:
        args = build_parser().parse_args(list(argv))
        return commands()[args.command].run(args)
    except UsageError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except UserError as exc:
        return fail(str(exc))
    except sqlite3.DatabaseError as exc:  # a damaged or locked store: one line, never a traceback
        return fail(database_error_message(exc))
    except BrokenPipeError:
        return _reader_went_away()
    except KeyboardInterrupt:
        return fail("interrupted", 130)
    except Exception as exc:  # a bug: logged with its traceback, told in one line
        log.exception("claimline %s failed", " ".join(argv), extra={"quiet": True})
        return fail(f"internal error ({type(exc).__name__}: {exc}); the details are in {log_path()}", 70)


def _first_word(argv: Sequence[str]) -> str | None:
    """The first word that is not a global option (``--store PATH`` may come first)."""
    words = iter(argv)
    for word in words:
        if word == "--store":
            next(words, None)
        elif not word.startswith("-") or word == "-":
            return word
    return None


def _reader_went_away() -> int:
    """``claimline … | head``: the reader closed the pipe.  Not an error; point
    stdout at /dev/null so the interpreter's final flush does not complain."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real stdout (tests capture it)
        pass
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:
        return _reader_went_away()


def _main(argv: Sequence[str] | None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    setup_logging(console=True)
    word = _first_word(argv)
    names = command_names()
    if word in names:
        return run_command(argv)
    if argv in (["-h"], ["--help"]):
        build_gui_parser().print_help()
        print()
        build_parser().print_help()
        return 0
    if word is not None and not Path(word).exists():
        what = "no such file or command" if ("/" in word or "." in word) else "unknown command"
        return fail(f"{what}: {word!r}. Commands: {', '.join(names)} (claimline --help)", 2)
    try:
        args = build_gui_parser().parse_args(argv)
    except UsageError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    from desktop.app import run_gui

    return run_gui(store=getattr(args, "store", None), files=args.files)


def gui_main() -> int:
    return main()


__all__ = [
    "COMMAND_MODULES",
    "STORE_OPTION",
    "Command",
    "UsageError",
    "build_parser",
    "command_names",
    "commands",
    "gui_main",
    "main",
    "open_service",
    "print_json",
    "run_command",
]

if __name__ == "__main__":
    sys.exit(main())
