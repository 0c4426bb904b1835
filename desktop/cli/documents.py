"""``claimline reimport`` and ``claimline refs``: document versions and references."""

from __future__ import annotations

import argparse

from desktop.cli.common import Command, open_service, print_json


def _configure_reimport(p: argparse.ArgumentParser) -> None:
    p.add_argument("doc", metavar="DOC", help="document id, id prefix or title words")
    p.add_argument("file", metavar="FILE", help="the newer version of the document")
    p.add_argument("--password", help="password for an encrypted PDF")


def cmd_reimport(args: argparse.Namespace) -> int:
    from desktop.service.reimport import reimport

    service = open_service(args)
    doc = service.resolve_document(args.doc)
    report = reimport(service, doc.id, args.file, password=args.password)
    if args.json:
        print_json(report.to_json())
    elif report.unchanged:
        print(f"{doc.id}\tunchanged (version {report.version}): {report.exact} tags in place")
    else:
        print(
            f"{doc.id}\tversion {report.version}: {report.exact} exact, "
            f"{report.fuzzy} fuzzy, {report.orphaned} orphaned"
        )
    return 0


def _configure_refs(p: argparse.ArgumentParser) -> None:
    p.add_argument("doc", metavar="DOC", help="document id, id prefix or title words")


def cmd_refs(args: argparse.Namespace) -> int:
    from desktop.service.reimport import references

    service = open_service(args)
    doc = service.resolve_document(args.doc)
    refs = references(service, doc.id)
    if args.json:
        print_json([r.to_json() for r in refs])
    else:
        for r in refs:
            extra = "".join(f"\t{v}" for v in (r.url, r.accessed and f"accessed {r.accessed}") if v)
            text = r.text if len(r.text) <= 90 else r.text[:87] + "..."
            print(f"[{r.label}]\t{text}{extra}")
    return 0


COMMANDS = (
    Command(
        "reimport", "replace a document's text by a newer version, keeping its tags", cmd_reimport,
        _configure_reimport, json=True,
    ),
    Command("refs", "list a document's references (footnotes)", cmd_refs, _configure_refs, json=True),
)
