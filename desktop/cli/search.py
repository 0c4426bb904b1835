"""``claimline search QUERY [--limit N] [--json]``: full-text search of the library."""

from __future__ import annotations

import argparse
import sys

from desktop.cli.common import Command, open_service, print_json


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "query", metavar="QUERY",
        help='words, "phrases", prefix*, AND/OR/NOT, kind: author: entity: doc: after: before:',
    )
    p.add_argument("--limit", type=int, default=50, metavar="N", help="at most N hits (default 50)")


def cmd_search(args: argparse.Namespace) -> int:
    from desktop.service.search import SearchQueryError, search

    if args.limit < 1:
        print("claimline: --limit must be at least 1", file=sys.stderr)
        return 2
    service = open_service(args)
    try:
        results = search(service.store, args.query, limit=args.limit)
    except SearchQueryError as exc:
        print(f"claimline: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print_json([h.to_json() for h in results.hits])
        return 0
    for group in results.groups:
        print(f"{group.document_id[:8]}  {group.title}")
        for h in group.hits:
            a, b = h.highlight
            marked = h.snippet[:a] + "[" + h.snippet[a:b] + "]" + h.snippet[b:]
            where = h.field if h.kind is None else f"{h.field} ({h.kind})"
            print(f"    {h.start}-{h.end}  {where}: {marked}")
    if not results.groups:
        print("no hits", file=sys.stderr)
        return 1
    return 0


COMMANDS = (
    Command("search", "search the library: text, tag quotes, notes, entities", cmd_search, configure, json=True),
)
