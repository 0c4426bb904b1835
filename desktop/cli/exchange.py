"""``claimline import-project`` and the ``qdpx`` format of ``claimline export``: thin wrappers (no Qt)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.cli.common import Command, open_service, print_json
from desktop.service import ServiceError


def export_qdpx(service: Any, doc_ids: list[str] | None, output: str, filters: dict[str, Any]) -> int:
    """``claimline export --format qdpx``: the project at ``output``, its summary's remarks on stderr."""
    from desktop.exchange.project import export_project
    from desktop.export.atomic import UnsafeOutput, check_output

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


def cmd_import_project(args: argparse.Namespace) -> int:
    from desktop.exchange.project import import_project

    if not Path(args.file).is_file():
        raise ServiceError(f"{args.file}: no such file")
    summary = import_project(open_service(args, create=True), args.file)
    if args.json:
        print_json(summary.to_json())
        return 0
    first, *rest = summary.lines()
    print(first)
    for line in rest:
        print(f"claimline: {line}", file=sys.stderr)
    return 0


COMMANDS = (
    Command(
        "import-project",
        "import a REFI-QDA project (.qdpx): documents, codes as kinds, codings as tags",
        cmd_import_project,
        configure_import_project,
        json=True,
        author=True,
    ),
)
