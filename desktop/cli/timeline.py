"""``claimline timeline``: the library's dated events as text, JSON, PNG or SVG."""

from __future__ import annotations

import argparse
import sys

from desktop.cli.common import Command, open_service, print_json
from desktop.service import ServiceError
from desktop.timeline.events import LANE_MODES, build_timeline, lanes


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("docs", nargs="*", metavar="DOC", help="documents (id, id prefix or title words); default: all")
    p.add_argument("--lanes", choices=LANE_MODES, default=None, help="group events by actor, document or kind")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--png", metavar="PATH", help="draw the timeline into a PNG image")
    out.add_argument("--svg", metavar="PATH", help="draw the timeline into an SVG file")


def cmd_timeline(args: argparse.Namespace) -> int:
    service = open_service(args)
    doc_ids = [service.resolve_document(ref).id for ref in args.docs] if args.docs else None
    timeline = build_timeline(service.store, doc_ids)
    by = args.lanes or "actor"
    if args.png or args.svg:
        from pathlib import Path

        target = Path(args.png or args.svg).expanduser()
        if not target.parent.is_dir():
            raise ServiceError(f"cannot write {target}: no folder {target.parent}")
        # Qt is loaded only here, and only QtGui/QtSvg (never QtWidgets).
        from desktop.qtgui import ensure_gui_application
        from desktop.timeline.render import export_png, export_svg, layout_timeline

        ensure_gui_application()
        kind_labels = {k.name: k.label for k in service.kinds()}
        layout = layout_timeline(timeline.events, by, kind_labels=kind_labels)
        try:
            if args.png:
                export_png(layout, args.png)
            else:
                export_svg(layout, args.svg)
        except OSError as exc:
            raise ServiceError(str(exc)) from None
    if args.json:
        data = timeline.to_json()
        if args.lanes:
            data["lanes"] = [
                {"key": lane.key, "label": lane.label, "tag_ids": [e.tag_id for e in lane.events]}
                for lane in lanes(timeline.events, by)
            ]
        print_json(data)
    elif not (args.png or args.svg):
        if args.lanes:
            for lane in lanes(timeline.events, by):
                print(f"== {lane.label}")
                for e in lane.events:
                    print(f"  {e.display_date}\t{e.title}")
        else:
            for e in timeline.events:
                who = f"  [{', '.join(e.participant_names)}]" if e.participant_names else ""
                print(f"{e.display_date}\t{e.title}{who}\t{e.document_title}")
        for u in timeline.undated:
            print(f"undated\t{u.title}\t{u.document_title}")
    else:
        print(args.png or args.svg, file=sys.stderr)
    return 0


COMMANDS = (
    # --json: events sorted by start, and "undated"
    Command("timeline", "the dated events of the library, sorted by date", cmd_timeline, configure, json=True),
)
