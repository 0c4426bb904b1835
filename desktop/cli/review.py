"""``claimline diff | merge | agreement``: review a colleague's store from the command line."""

from __future__ import annotations

import argparse
import math

from desktop.cli.common import Command, open_service, print_json
from desktop.review.snapshot import Snapshot
from desktop.service.review import ReviewSession, store_agreement


def _configure_diff(p: argparse.ArgumentParser) -> None:
    p.add_argument("theirs", metavar="THEIRS", help="the colleague's store file (opened read-only)")
    p.add_argument("--doc", metavar="DOC", action="append", default=[],
                   help="only this document of mine (id, id prefix or title words); repeat for several")


def _configure_merge(p: argparse.ArgumentParser) -> None:
    p.add_argument("theirs", metavar="THEIRS", help="the colleague's store file (opened read-only)")
    p.add_argument(
        "--only",
        choices=("agreed", "theirs", "nonconflicting"),
        default="nonconflicting",
        help="nonconflicting (default): all their items that need no decision; agreed: only changes the "
        "shared ancestor decides (one-sided edits and deletions); theirs: their side everywhere, conflicts too",
    )
    p.add_argument("--doc", metavar="DOC", action="append", default=[],
                   help="only this document of mine (id, id prefix or title words); repeat for several")
    p.add_argument("--dry-run", action="store_true", help="show what would be merged, write nothing")


def _configure_agreement(p: argparse.ArgumentParser) -> None:
    p.add_argument("stores", nargs="+", metavar="STORE", help="two or more store files (opened read-only)")
    p.add_argument("--doc", metavar="DOC", action="append", default=[],
                   help="only this document of the first store; repeat for several")


def _session(args: argparse.Namespace) -> ReviewSession:
    """The session over every document, or only the ``--doc`` ones."""
    service = open_service(args)
    doc_ids = {service.resolve_document(doc).id for doc in args.doc} if args.doc else None
    return ReviewSession(service.store, args.theirs, doc_ids)


def cmd_diff(args: argparse.Namespace) -> int:
    from desktop.review.compare import STATUS_LABELS

    session = _session(args)
    cmp = session.comparison
    counts = cmp.counts()
    if args.json:
        print_json({
            "theirs": str(args.theirs),
            "their_store_id": cmp.theirs.store_id,
            "colleague": session.their_name,
            "documents": [
                {"mine": p.mine.id if p.mine else None, "theirs": p.theirs.id if p.theirs else None,
                 "title": p.title, "matched_by": p.matched_by, "same_text": p.same_text}
                for p in cmp.pairs
            ],
            "counts": counts,
            "items": [i.to_json() for i in cmp.items],
            "invalid": session.theirs.invalid.to_json(),
        })
        return 0
    for i in cmp.items:
        quote = i.quote.replace("\n", " ")
        quote = quote if len(quote) <= 60 else quote[:57] + "..."
        extra = f"  ({i.reason})" if i.reason else ""
        print(f"{STATUS_LABELS[i.status]:<20}\t{i.kind}\t{i.start}-{i.end}\t{quote}{extra}")
    print("; ".join(f"{STATUS_LABELS[s]}: {n}" for s, n in counts.items()))
    _print_invalid(session.theirs)
    return 0


def _print_invalid(snapshot: Snapshot) -> None:
    """Rows of a store skipped as invalid, one line per table and reason (stdout: part of the report)."""
    for line in snapshot.invalid.lines():
        print(f"{snapshot.path}: {line}")


def cmd_merge(args: argparse.Namespace) -> int:
    session = _session(args)
    plan = session.plan_bulk(args.only)
    summary = plan.summary()
    backup = None
    if not args.dry_run and not plan.empty:
        receipt = session.apply(plan, backup=True)
        backup = str(receipt.backup) if receipt.backup else None
    result = {"dry_run": args.dry_run, "only": args.only, **summary, "backup": backup,
              "skipped": len(plan.skipped), "counts_after": session.comparison.counts(),
              # their entities matching several of mine by name or alias: added as their own entity
              "ambiguous_entities": session.comparison.ambiguous_entities,
              "invalid": session.theirs.invalid.to_json()}
    if args.json:
        print_json(result)
    else:
        verb = "would merge" if args.dry_run else "merged"
        print(f"{verb}: {summary['tags_added']} tags added, {summary['tags_changed']} changed, "
              f"{summary['documents']} documents, {summary['entities_added']} entities, {summary['links']} links")
        if backup:
            print(f"backup of the store before the merge: {backup}")
        _print_invalid(session.theirs)
    return 0


def _fmt(v: float | None) -> str:
    return "  n/a" if v is None or (isinstance(v, float) and math.isnan(v)) else f"{v:5.3f}"


def cmd_agreement(args: argparse.Namespace) -> int:
    from desktop.review.agreement import EXPLANATIONS

    report, snaps = store_agreement(args.stores, args.doc)
    if args.json:
        print_json({**report.to_json(), "invalid": {s.path: s.invalid.to_json() for s in snaps}})
        return 0
    for snap in snaps:
        _print_invalid(snap)
    print(f"{len(report.documents)} documents, {report.tokens} tokens, {len(snaps)} stores")
    print(f"{'kind':<12}{'tags':>16}  {'F1 exact':>8}  {'F1 overlap':>10}  {'kappa':>6}  {'alpha':>6}")
    for k, r in report.rows.items():
        tags = "/".join(str(n) for n in r.tags)
        print(f"{k:<12}{tags:>16}  {_fmt(r.f1_exact):>8}  {_fmt(r.f1_overlap):>10}  {_fmt(r.kappa):>6}  "
              f"{_fmt(r.alpha):>6}")
    for key in ("f1_exact", "f1_overlap", "kappa", "alpha"):
        print(f"  {key}: {EXPLANATIONS[key]}")
    return 0


COMMANDS = (
    Command("diff", "compare my store with a colleague's store", cmd_diff, _configure_diff, json=True),
    Command("merge", "merge a colleague's tags into my store (backup first)", cmd_merge, _configure_merge, json=True),
    Command(
        "agreement", "agreement statistics between two or more stores", cmd_agreement, _configure_agreement,
        store=False, json=True,
    ),
)
