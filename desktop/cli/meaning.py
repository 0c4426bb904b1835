"""Command-line words for what tags mean: entities, entity merge, link, codebook.

Thin wrappers over :class:`desktop.service.meaning.Meaning`; never imports Qt.
"""

from __future__ import annotations

import argparse
import sys

from desktop.cli.common import Command, open_service, option_parents, print_json
from desktop.service import ServiceError
from desktop.service.meaning import RELATIONS, Meaning


def _meaning(args: argparse.Namespace) -> Meaning:
    return Meaning(open_service(args))


# -- entities ----------------------------------------------------------------------


def cmd_entities(args: argparse.Namespace) -> int:
    meaning = _meaning(args)
    counts = meaning.entity_counts()
    rows = []
    for ent in meaning.entities():
        c = counts.get(ent.id)
        rows.append({**ent.to_json(), "mentions": c.mentions if c else 0, "documents": c.documents if c else 0})
    if args.json:
        print_json(rows)
    else:
        for r in rows:
            aliases = f"  (also: {', '.join(r['aliases'])})" if r["aliases"] else ""
            print(f"{r['id'][:8]}\t{r['type']}\t{r['mentions']} mentions in {r['documents']} docs\t{r['name']}{aliases}")
    return 0


def _configure_entity(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="entity_command", metavar="ACTION", required=True, parser_class=type(p))
    m = sub.add_parser(
        "merge",
        help="merge entity B into entity A (B's mentions move to A, its names become aliases)",
        parents=option_parents(json=True),
    )
    m.add_argument("a", metavar="A", help="the entity kept: id, id prefix or exact name")
    m.add_argument("b", metavar="B", help="the entity merged into A")
    r = sub.add_parser(
        "rename", help="rename an entity (the old name becomes an alias)", parents=option_parents(json=True)
    )
    r.add_argument("a", metavar="ENTITY", help="id, id prefix or exact name")
    r.add_argument("name", metavar="NAME")


def cmd_entity(args: argparse.Namespace) -> int:
    meaning = _meaning(args)
    if args.entity_command == "merge":
        kept = meaning.resolve_entity(args.a)
        gone = meaning.resolve_entity(args.b)
        result = meaning.merge_entities(kept.id, gone.id)
        after = meaning.entity(kept.id)
        if args.json:
            print_json({"entity": after.to_json(), "merged": gone.id, "tags_changed": len(result.tags_before)})
        else:
            print(f"merged {gone.name} into {after.name} ({len(result.tags_before)} tags changed)")
        return 0
    ent = meaning.resolve_entity(args.a)
    after = meaning.rename_entity(ent.id, args.name)
    if args.json:
        print_json(after.to_json())
    else:
        print(f"{after.id}\t{after.name}")
    return 0


# -- links -------------------------------------------------------------------------


def _configure_link(p: argparse.ArgumentParser) -> None:
    p.add_argument("source", metavar="TAG", help="tag id or unique id prefix (the link's source)")
    p.add_argument("target", metavar="TAG", help="tag id or unique id prefix (the link's target)")
    p.add_argument("--relation", required=True, choices=RELATIONS, help="what the source is to the target")
    p.add_argument("--remove", action="store_true", help="remove this link instead of making it")


def cmd_link(args: argparse.Namespace) -> int:
    service = open_service(args)
    meaning = Meaning(service)
    src, dst = meaning.resolve_tag(args.source), meaning.resolve_tag(args.target)
    if args.remove:
        found = meaning.find_link(src.id, dst.id, args.relation)
        if found is None:
            raise ServiceError(f"no {args.relation} link from {src.id[:8]} to {dst.id[:8]}")
        ln = meaning.unlink(found.id)
    else:
        ln = meaning.link(src.id, dst.id, args.relation)
    if args.json:
        print_json({**ln.to_json(), "removed": ln.deleted_at is not None})
    else:
        verb = "removed" if args.remove else "linked"
        print(f"{verb} {ln.id}\t{src.id[:8]} {ln.relation} {dst.id[:8]}")
    return 0


# -- codebook ----------------------------------------------------------------------


def _configure_codebook(p: argparse.ArgumentParser) -> None:
    p.add_argument("action", choices=("export", "import"), help="export or import a REFI-QDA codebook")
    p.add_argument("path", metavar="PATH", help=".qdc file")


def cmd_codebook(args: argparse.Namespace) -> int:
    meaning = _meaning(args)
    if args.action == "export":
        path = meaning.export_codebook(args.path)
        kinds = len(meaning.codebook())
        if args.json:
            print_json({"path": str(path), "kinds": kinds})
        else:
            print(f"wrote {kinds} kinds to {path}")
        return 0
    counts = meaning.import_codebook(args.path)
    if args.json:
        print_json(counts)
    else:
        for warning in counts["warnings"]:
            print(f"claimline: warning: {warning}", file=sys.stderr)
        print(f"{counts['added']} kinds added, {counts['updated']} updated")
    return 0


COMMANDS = (
    Command("entities", "list entities with their mention counts", cmd_entities, json=True),
    Command("entity", "merge or rename entities", cmd_entity, _configure_entity),
    Command(
        "link", "link two tags (asserted_by, about, supports, participant, related)", cmd_link, _configure_link,
        json=True, author=True,
    ),
    Command(
        "codebook", "export or import the codebook as REFI-QDA (.qdc)", cmd_codebook, _configure_codebook, json=True
    ),
)
