"""The Tag menu and toolbar for codebooks of any size.

A project imported from NVivo or QualCoder can bring hundreds of codes.  The menu
then nests kinds under their parent kind (a parent's submenu starts with the
parent itself), and the toolbar keeps only the kinds that have a key, so both stay
usable; every kind keeps its action (and its key, when it has one).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolBar

from desktop.model import CodebookKind

FLAT_LIMIT = 12  # up to this many kinds, the menu lists them flat, in codebook order


def fill_kind_menu(menu: QMenu, actions: Mapping[str, QAction], codebook: Sequence[CodebookKind]) -> None:
    """Add the kind actions to ``menu``: flat for small codebooks, else nested by parent."""
    names = [k.name for k in codebook if k.name in actions]
    if len(names) <= FLAT_LIMIT:
        for name in names:
            menu.addAction(actions[name])
        return
    children: dict[str | None, list[CodebookKind]] = {}
    known = set(names)
    for k in codebook:
        if k.name in known:
            children.setdefault(k.parent if k.parent in known else None, []).append(k)

    def add(target: QMenu, kind: CodebookKind, seen: set[str]) -> None:
        seen.add(kind.name)
        below = [c for c in children.get(kind.name, []) if c.name not in seen]
        if not below:
            target.addAction(actions[kind.name])
            return
        sub = target.addMenu(actions[kind.name].icon(), actions[kind.name].iconText())
        sub.setObjectName(f"kindMenu:{kind.name}")
        sub.addAction(actions[kind.name])
        sub.addSeparator()
        for child in below:
            add(sub, child, seen)

    seen: set[str] = set()
    for kind in children.get(None, []):
        add(menu, kind, seen)


def fill_kind_toolbar(bar: QToolBar, actions: Mapping[str, QAction], codebook: Sequence[CodebookKind]) -> None:
    """The toolbar: every kind for small codebooks, else only the kinds that have a key."""
    kinds = [k for k in codebook if k.name in actions]
    if len(kinds) > FLAT_LIMIT:
        kinds = [k for k in kinds if k.shortcut]
    for k in kinds:
        bar.addAction(actions[k.name])


__all__ = ["FLAT_LIMIT", "fill_kind_menu", "fill_kind_toolbar"]
