"""``claimline suggest DOC [--kinds figure,date,actor] [--json] [--accept]``."""

from __future__ import annotations

import argparse

from desktop.cli.common import Command, open_service, print_json
from desktop.suggest.detect import KINDS, display_value


def _kinds(value: str) -> tuple[str, ...]:
    kinds = tuple(k.strip().lower() for k in value.split(",") if k.strip())
    bad = [k for k in kinds if k not in KINDS]
    if bad or not kinds:
        raise argparse.ArgumentTypeError(f"unknown kind(s) {', '.join(bad) or value!r}; use {','.join(KINDS)}")
    return kinds


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("doc", metavar="DOC", help="document id, id prefix or title words")
    p.add_argument(
        "--kinds", type=_kinds, default=KINDS, metavar="KINDS",
        help="comma-separated kinds to detect (default: figure,date,actor)",
    )
    p.add_argument("--accept", action="store_true", help="accept the suggestions as tags")


def cmd_suggest(args: argparse.Namespace) -> int:
    from desktop.suggest import operations

    service = open_service(args)
    doc = service.resolve_document(args.doc)
    found = operations.suggestions_for(service, doc.id, args.kinds)
    if args.accept:
        tags = operations.accept(service, doc.id, found)
        if args.json:
            print_json([t.to_json() for t in tags])
        else:
            for t in tags:
                print(f"{t.id}\t{t.kind}\t{t.start}-{t.end}\t{t.exact}")
            print(f"accepted {len(tags)} suggestion(s)")
        return 0
    if args.json:
        print_json([s.to_json() for s in found])
    else:
        for s in found:
            quote = s.exact.replace("\n", " ")
            quote = quote if len(quote) <= 60 else quote[:57] + "..."
            print(f"{s.kind}\t{s.start}-{s.end}\t{s.confidence:.2f}\t{quote}\t{display_value(s)}")
    return 0


COMMANDS = (
    Command(
        "suggest", "detect candidate figures, dates and actors in a document", cmd_suggest, configure,
        json=True, author=True,
    ),
)
