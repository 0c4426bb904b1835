"""``claimline export`` and ``claimline import-annotations``: thin wrappers (no Qt)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.common import Command, csv_words, open_service, print_json
from desktop.export import FORMATS, SECTIONS
from desktop.export.texts import LANGUAGES as REPORT_LANGUAGES
from desktop.service import ServiceError


def configure_export(p: argparse.ArgumentParser) -> None:
    p.add_argument("docs", nargs="*", metavar="DOC", help="documents (id, id prefix or title words; default: all)")
    p.add_argument(
        "--format", required=True, choices=FORMATS + ("qdpx",), help="output format (qdpx: a REFI-QDA project)"
    )
    p.add_argument("-o", "--output", required=True, metavar="PATH", help="file to write (replaced atomically)")
    p.add_argument("--kinds", metavar="K,…", help="only these tag kinds")
    p.add_argument("--authors", metavar="A,…", help="only tags by these authors")
    p.add_argument("--sections", metavar="S,…", help=f"report sections (default: all of {','.join(SECTIONS)})")
    p.add_argument("--since", metavar="YYYY-MM-DD", help="only tags created on or after this day")
    p.add_argument("--until", metavar="YYYY-MM-DD", help="only tags created on or before this day")
    p.add_argument("--title", default="", help="report title")
    p.add_argument("--paper", choices=("a4", "letter"), default="a4", help="PDF paper size")
    p.add_argument("--lang", choices=REPORT_LANGUAGES, default="en",
                   help="language of the report's titles and labels (the store's text is never translated)")


def cmd_export(args: argparse.Namespace) -> int:
    from desktop.export.atomic import UnsafeOutput, check_output
    from desktop.export.model import ReportOptions
    from desktop.export.run import export

    service = open_service(args)
    doc_ids = tuple(service.resolve_document(d).id for d in args.docs)
    kinds = tuple(service.kind(k).name for k in csv_words(args.kinds))
    if args.format == "qdpx":
        from desktop.cli.exchange import export_qdpx

        filters = {"kinds": kinds, "authors": csv_words(args.authors), "since": args.since, "until": args.until}
        return export_qdpx(service, list(doc_ids) or None, args.output, filters)
    sections = csv_words(args.sections) or SECTIONS
    unknown = [s for s in sections if s not in SECTIONS]
    if unknown:
        raise ServiceError(f"unknown section {unknown[0]!r} (known: {', '.join(SECTIONS)})")
    options = ReportOptions(
        document_ids=doc_ids,
        kinds=kinds,
        authors=csv_words(args.authors),
        since=args.since,
        until=args.until,
        sections=sections,
        title=args.title,
        analyst=service.author,
        paper=args.paper,
        language=args.lang,
    )
    if "timeline" in sections:
        from desktop.qtgui import ensure_gui_application

        ensure_gui_application()  # the report's timeline figure is drawn with QtGui
    out = Path(args.output).expanduser()
    try:
        check_output(out)
    except UnsafeOutput as exc:
        raise ServiceError(str(exc)) from None
    if not out.parent.exists():
        raise ServiceError(f"folder {out.parent} does not exist")
    try:
        path = export(service.store, options, args.format, out)
    except UnsafeOutput as exc:
        raise ServiceError(str(exc)) from None
    except OSError as exc:
        raise ServiceError(f"cannot write {out}: {exc.strerror or exc}") from None
    print(path)
    return 0


def configure_import(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="a W3C Web Annotation JSON-LD file (claimline export --format w3c)")


def cmd_import_annotations(args: argparse.Namespace) -> int:
    from desktop.export.w3c import import_annotations

    service = open_service(args)
    report = import_annotations(service, args.file)
    if args.json:
        print_json(
            {
                "inserted": report.inserted,
                "restored": report.restored,
                "unchanged": report.unchanged,
                "moved": report.moved,
                "problems": report.problems,
            }
        )
    else:
        for line in report.problems:
            print(f"claimline: {line}")
        print(
            f"{report.inserted} inserted, {report.restored} restored, {report.unchanged} already present"
            + (f", {report.moved} placed again by quote" if report.moved else "")
            + (f", {len(report.problems)} skipped" if report.problems else "")
        )
    return 1 if report.problems else 0


COMMANDS = (
    Command(
        "export",
        "export a report, the tags (html, pdf, md, docx, csv, json, w3c) or a REFI-QDA project (qdpx)",
        cmd_export,
        configure_export,
    ),
    Command(
        "import-annotations", "restore tags from a W3C Web Annotation file", cmd_import_annotations, configure_import,
        json=True,
    ),
)
