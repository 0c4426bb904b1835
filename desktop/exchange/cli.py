"""``claimline import-project`` and the ``qdpx`` format of ``claimline export``: thin wrappers (no Qt)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.cli import add_store_option, cli_author, open_service, print_json


def _print_summary(summary: Any, as_json: bool) -> None:
    if as_json:
        print_json(summary.to_json())
        return
    first, *rest = summary.lines()
    print(first)
    for line in rest:
        print(f"claimline: {line}", file=sys.stderr)


def export_qdpx(service: Any, doc_ids: list[str] | None, output: str, filters: dict[str, Any]) -> int:
    from desktop.exchange.project import export_project
    from desktop.export.atomic import UnsafeOutput, check_output
    from desktop.service import ServiceError

    out = Path(output).expanduser()
    try:
        check_output(out)  # never the store, a database, a folder or a device
    except UnsafeOutput as exc:
        raise ServiceError(str(exc)) from None
    if not out.parent.exists():
        raise ServiceError(f"folder {out.parent} does not exist")
    summary = export_project(service, out, doc_ids, filters=filters)
    print(out)
    for line in summary.lines()[1:]:
        print(f"claimline: {line}", file=sys.stderr)
    return 0


def configure_import_project(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="a REFI-QDA project (.qdpx) from NVivo, ATLAS.ti, MAXQDA, QualCoder…")
    add_store_option(p)
    p.add_argument("--json", action="store_true", help="print JSON")


def cmd_import_project(args: argparse.Namespace) -> int:
    from desktop.exchange.project import import_project
    from desktop.service import ServiceError

    if not Path(args.file).is_file():
        raise ServiceError(f"{args.file}: no such file")
    service = open_service(args.store, create=True, author=cli_author())
    summary = import_project(service, args.file)
    _print_summary(summary, args.json)
    return 0


COMMANDS = {
    "import-project": (
        "import a REFI-QDA project (.qdpx): documents, codes as kinds, codings as tags",
        configure_import_project,
        cmd_import_project,
    ),
}
