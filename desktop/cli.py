"""The ``claimline`` command line: thin wrappers over the service layer.

``claimline [--store PATH] [FILE…]`` starts the GUI; the subcommands work without
a screen and never import QtWidgets.  User errors print one line to stderr and
exit non-zero; they never show a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from desktop import __version__

CORE_COMMANDS = ("import", "docs", "tags", "tag", "check")
# Modules that add subcommands: each defines ``COMMANDS`` as a dict
# name → (help, configure(parser), handler(args) -> int).  They are imported only
# to build the parser, so they must not import QtWidgets either.
COMMAND_MODULES: tuple[str, ...] = (
    "desktop.documents_cli",  # reimport, refs, versions, orphans, reattach, meta
    "desktop.meaning.cli",  # entities, entity, link, codebook
    "desktop.timeline.cli",  # timeline
    "desktop.export.cli",  # export, import-annotations
    "desktop.review.cli",  # review (compare, merge, agreement)
    "desktop.suggest.cli",  # suggest
    "desktop.search.cli",  # search
    "desktop.library_cli",  # collections
)


def _extra_commands() -> dict[str, tuple[str, Any, Any]]:
    import importlib

    found: dict[str, tuple[str, Any, Any]] = {}
    for name in COMMAND_MODULES:
        found.update(importlib.import_module(name).COMMANDS)
    return found


def command_names() -> tuple[str, ...]:
    return CORE_COMMANDS + tuple(_extra_commands())


class UsageError(Exception):
    """Bad command-line words: printed as one line, exit 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, not argparse's usage block
        raise UsageError(f"{self.prog}: {message} (see {self.prog} --help)")


def add_store_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--store",
        metavar="PATH",
        help="store file (default: $CLAIMLINE_STORE, then the default store)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="claimline", description="Tag claims, actors, figures and dates in documents.")
    parser.add_argument("--version", action="version", version=f"claimline {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("import", help="import documents into the store")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--password", help="password for encrypted PDFs")
    add_store_option(p)
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("docs", help="list the store's documents")
    add_store_option(p)
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("tags", help="list tags")
    p.add_argument("doc", nargs="?", metavar="DOC", help="document id, id prefix or title words")
    p.add_argument("--kind", help="only tags of this kind")
    add_store_option(p)
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("tag", help="tag a quote of a document")
    p.add_argument("doc", metavar="DOC", help="document id, id prefix or title words")
    p.add_argument("--kind", required=True, help="claim, actor, figure, date or a codebook kind")
    p.add_argument("--quote", required=True, help="the exact text to tag")
    p.add_argument("--occurrence", type=int, default=1, help="which occurrence of the quote (from 1)")
    p.add_argument("--note", default="", help="a note on the tag")
    p.add_argument("--author", help="author name (default: the GUI's, then $CLAIMLINE_AUTHOR)")
    add_store_option(p)
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("check", help="check the store's integrity and every tag's quote")
    add_store_option(p)
    for name, (help_text, configure, _handler) in _extra_commands().items():
        p = sub.add_parser(name, help=help_text)
        configure(p)
    return parser


def build_gui_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="claimline",
        description=f"Start the Claimline window. Commands: {', '.join(command_names())} (claimline COMMAND --help).",
    )
    parser.add_argument("--version", action="version", version=f"claimline {__version__}")
    add_store_option(parser)
    parser.add_argument("files", nargs="*", metavar="FILE", help="documents to import and open")
    return parser


def _fail(message: str, code: int = 1) -> int:
    print(f"claimline: {message}", file=sys.stderr)
    return code


def cli_author(explicit: str | None = None) -> str:
    if explicit:
        return explicit
    env = os.environ.get("CLAIMLINE_AUTHOR")
    if env:
        return env
    from desktop.settings import author

    return author()


# The store the running command opened (named in error messages, marked when damaged).
_OPEN_STORE_PATH = None


def open_service(store_arg: str | None, *, create: bool, author: str | None = None):
    from desktop.paths import store_path_from
    from desktop.service import Service
    from desktop.store import open_store

    global _OPEN_STORE_PATH
    store = open_store(store_path_from(store_arg), create=create)
    _OPEN_STORE_PATH = store.path
    return Service(store, author or os.environ.get("CLAIMLINE_AUTHOR") or "analyst")


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _doc_json(d) -> dict[str, Any]:
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


def cmd_import(args: argparse.Namespace) -> int:
    service = open_service(args.store, create=True, author=cli_author())
    outcomes = service.import_files(args.files, password=args.password)
    status = 0
    results = []
    for o in outcomes:
        if o.error:
            status = 1
            print(f"claimline: {o.path}: {o.error}", file=sys.stderr)
            results.append({"path": o.path, "error": o.error})
        else:
            assert o.document is not None
            results.append({"path": o.path, "created": o.created, **_doc_json(o.document)})
            if not args.json:
                note = "" if o.created else "  (already in the store)"
                print(f"{o.document.id}\t{o.document.title}{note}")
            if o.created and o.document.metadata.get("encoding_guessed"):
                print(f"claimline: {o.path}: warning: not UTF-8; read as {o.document.metadata.get('encoding')} "
                      "(a guess: check the text)", file=sys.stderr)
    if args.json:
        print_json(results)
    return status


def cmd_docs(args: argparse.Namespace) -> int:
    service = open_service(args.store, create=False)
    docs = service.documents()
    if args.json:
        print_json([_doc_json(d) for d in docs])
    else:
        for d in docs:
            print(f"{d.id}\t{d.tag_count} tags\t{d.format}\t{d.title}")
    return 0


def cmd_tags(args: argparse.Namespace) -> int:
    service = open_service(args.store, create=False)
    doc_id = service.resolve_document(args.doc).id if args.doc else None
    tags = service.tags(doc_id, kind=args.kind)
    if args.json:
        from desktop.service.meaning import Meaning

        links = Meaning(service).links_json(doc_id)
        print_json([{**t.to_json(), "links": links.get(t.id, [])} for t in tags])
    else:
        for t in tags:
            quote = t.exact.replace("\n", " ")
            quote = quote if len(quote) <= 70 else quote[:67] + "..."
            note = f"  [{t.note}]" if t.note else ""
            print(f"{t.id[:8]}\t{t.kind}\t{t.start}-{t.end}\t{t.author}\t{quote}{note}")
    return 0


def cmd_tag(args: argparse.Namespace) -> int:
    service = open_service(args.store, create=False, author=cli_author(args.author))
    doc = service.resolve_document(args.doc)
    try:
        tag = service.tag_quote(doc.id, args.kind, args.quote, occurrence=args.occurrence, note=args.note)
    except Exception as exc:
        from desktop.service import ServiceError

        if isinstance(exc, ServiceError) and str(exc).startswith("quote not found"):
            return _fail(str(exc), 2)
        raise
    if args.json:
        print_json(tag.to_json())
    else:
        print(f"{tag.id}\t{tag.kind}\t{tag.start}-{tag.end}\t{tag.exact}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from desktop.store import StoreDamaged

    try:
        service = open_service(args.store, create=False)
        problems = service.check()
    except StoreDamaged as exc:  # a report, exit 1: never a traceback
        for line in exc.problems:
            print(f"integrity: {line}")
        print(f"{exc}", file=sys.stderr)
        return 1
    if problems:
        for line in problems:
            print(line)
        print(f"{len(problems)} problem(s) in {service.store.path}")
        return 1
    docs = service.documents()
    tags = sum(d.tag_count for d in docs)
    print(f"ok: {service.store.path} ({len(docs)} documents, {tags} tags)")
    return 0


HANDLERS = {
    "import": cmd_import,
    "docs": cmd_docs,
    "tags": cmd_tags,
    "tag": cmd_tag,
    "check": cmd_check,
}


def run_command(argv: Sequence[str]) -> int:
    """Run a subcommand; every user error becomes one line on stderr."""
    from desktop.service import ServiceError
    from desktop.store import StoreError

    try:
        args = build_parser().parse_args(list(argv))
        handlers = dict(HANDLERS)
        handlers.update({name: spec[2] for name, spec in _extra_commands().items()})
        return handlers[args.command](args)
    except UsageError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except (ServiceError, StoreError) as exc:
        return _fail(str(exc))
    except sqlite3.DatabaseError as exc:  # a damaged or locked store: one line, never a traceback
        return _fail(_database_error_message(exc))
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return _fail("interrupted", 130)


def _database_error_message(exc: Exception) -> str:
    from desktop.store import is_corruption
    from desktop.store.db import mark_damaged

    path = str(_OPEN_STORE_PATH or "the store")
    if is_corruption(exc):
        if _OPEN_STORE_PATH is not None:
            mark_damaged(_OPEN_STORE_PATH, str(exc))
            path = str(_OPEN_STORE_PATH)
        return f"{path} is damaged ({exc}); nothing more is written to it. Open a backup or another store"
    return f"store error: {exc}"


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in command_names():
        return run_command(argv)
    if argv and argv[0] in ("-h", "--help") and len(argv) == 1:
        build_gui_parser().print_help()
        print()
        build_parser().print_help()
        return 0
    try:
        args = build_gui_parser().parse_args(argv)
    except UsageError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    from desktop.app import run_gui

    return run_gui(store=args.store, files=args.files)


def gui_main() -> int:
    return main()


if __name__ == "__main__":
    sys.exit(main())
