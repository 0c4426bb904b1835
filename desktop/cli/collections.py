"""``claimline collections``: list, create, fill, rename and delete collections and saved searches."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.common import Command, open_service, print_json

ACTIONS = ("list", "create", "add", "remove", "rename", "delete")


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("action", nargs="?", default="list", choices=ACTIONS, help="what to do (default: list)")
    p.add_argument(
        "words", nargs="*", metavar="ARG",
        help="create NAME | add COLLECTION DOC… | remove COLLECTION DOC… | rename COLLECTION NAME | delete COLLECTION",
    )
    p.add_argument("--parent", metavar="COLLECTION", help="create: inside this collection (one level)")
    p.add_argument("--query", metavar="QUERY", help="create: a saved search with this query")


def _need(words: list[str], n: int, usage: str) -> None:
    from desktop.service import ServiceError

    if len(words) < n:
        raise ServiceError(f"usage: claimline collections {usage}")


def cmd_collections(args: argparse.Namespace) -> int:
    from desktop.service import library as lib

    service = open_service(args)
    words = list(args.words)
    if args.action == "create":
        _need(words, 1, "create NAME [--parent COLLECTION] [--query QUERY]")
        parent = lib.resolve_collection(service, args.parent).id if args.parent else None
        coll = lib.create_collection(service, " ".join(words), parent_id=parent, query=args.query)
        print(coll.id)
        return 0
    if args.action in ("add", "remove"):
        _need(words, 2, f"{args.action} COLLECTION DOC…")
        coll = lib.resolve_collection(service, words[0])
        docs = [service.resolve_document(ref).id for ref in words[1:]]
        move = lib.add_to_collection if args.action == "add" else lib.remove_from_collection
        changed = move(service, coll.id, docs)
        print(f"{len(changed)} document(s) {'added to' if args.action == 'add' else 'removed from'} {coll.name}")
        return 0
    if args.action == "rename":
        _need(words, 2, "rename COLLECTION NAME")
        lib.rename_collection(service, lib.resolve_collection(service, words[0]).id, " ".join(words[1:]))
        return 0
    if args.action == "delete":
        _need(words, 1, "delete COLLECTION")
        lib.delete_collection(service, lib.resolve_collection(service, words[0]).id)
        return 0
    rows: list[dict[str, Any]] = []
    for coll in lib.collections(service):
        ids = lib.collection_document_ids(service, coll.id)
        rows.append({"id": coll.id, "name": coll.name, "parent_id": coll.parent_id, "query": coll.query,
                     "documents": sorted(ids)})
    if args.json:
        print_json(rows)
    else:
        names = {r["id"]: r["name"] for r in rows}
        for r in rows:
            where = f"{names.get(r['parent_id'], '?')} / " if r["parent_id"] else ""
            smart = f"  (search: {r['query']})" if r["query"] else ""
            print(f"{r['id'][:8]}\t{where}{r['name']}\t{len(r['documents'])} document(s){smart}")
    return 0


COMMANDS = (
    Command("collections", "list, create, fill, rename and delete collections", cmd_collections, configure, json=True),
)
