"""``claimline import | docs | tags | tag | check``: the library and its tags."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from desktop.cli.common import Command, doc_json, fail, open_service, print_json
from desktop.service import ServiceError
from desktop.service.meaning import Meaning
from desktop.store import StoreDamaged


def _configure_import(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--password", help="password for encrypted PDFs")


def cmd_import(args: argparse.Namespace) -> int:
    service = open_service(args, create=True)
    outcomes = service.import_files(args.files, password=args.password)
    status = 0
    results: list[dict[str, Any]] = []
    for o in outcomes:
        if o.error:
            status = 1
            print(f"claimline: {o.path}: {o.error}", file=sys.stderr)
            results.append({"path": o.path, "error": o.error})
        else:
            assert o.document is not None
            results.append({"path": o.path, "created": o.created, **doc_json(o.document)})
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
    service = open_service(args)
    docs = service.documents()
    if args.json:
        print_json([doc_json(d) for d in docs])
    else:
        for d in docs:
            print(f"{d.id}\t{d.tag_count} tags\t{d.format}\t{d.title}")
    return 0


def _configure_tags(p: argparse.ArgumentParser) -> None:
    p.add_argument("doc", nargs="?", metavar="DOC", help="document id, id prefix or title words")
    p.add_argument("--kind", help="only tags of this kind")


def cmd_tags(args: argparse.Namespace) -> int:
    service = open_service(args)
    doc_id = service.resolve_document(args.doc).id if args.doc else None
    tags = service.tags(doc_id, kind=args.kind)
    if args.json:
        links = Meaning(service).links_json(doc_id)
        print_json([{**t.to_json(), "links": links.get(t.id, [])} for t in tags])
    else:
        for t in tags:
            quote = t.exact.replace("\n", " ")
            quote = quote if len(quote) <= 70 else quote[:67] + "..."
            note = f"  [{t.note}]" if t.note else ""
            print(f"{t.id[:8]}\t{t.kind}\t{t.start}-{t.end}\t{t.author}\t{quote}{note}")
    return 0


def _configure_tag(p: argparse.ArgumentParser) -> None:
    p.add_argument("doc", metavar="DOC", help="document id, id prefix or title words")
    p.add_argument("--kind", required=True, help="claim, actor, figure, date or a codebook kind")
    p.add_argument("--quote", required=True, help="the exact text to tag")
    p.add_argument("--occurrence", type=int, default=1, help="which occurrence of the quote (from 1)")
    p.add_argument("--note", default="", help="a note on the tag")


def cmd_tag(args: argparse.Namespace) -> int:
    service = open_service(args)
    doc = service.resolve_document(args.doc)
    try:
        tag = service.tag_quote(doc.id, args.kind, args.quote, occurrence=args.occurrence, note=args.note)
    except ServiceError as exc:
        if str(exc).startswith("quote not found"):
            return fail(str(exc), 2)
        raise
    if args.json:
        print_json(tag.to_json())
    else:
        print(f"{tag.id}\t{tag.kind}\t{tag.start}-{tag.end}\t{tag.exact}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    try:
        service = open_service(args)
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


COMMANDS = (
    Command("import", "import documents into the store", cmd_import, _configure_import, json=True),
    Command("docs", "list the store's documents", cmd_docs, json=True),
    Command("tags", "list tags", cmd_tags, _configure_tags, json=True),
    Command("tag", "tag a quote of a document", cmd_tag, _configure_tag, json=True, author=True),
    Command("check", "check the store's integrity and every tag's quote", cmd_check),
)
