"""The review's Why column in the UI's language.

:mod:`desktop.review.compare` says why an item has its status in English
("edited on both sides: kind claim / actor, note"), as ``claimline diff --json``
prints it.  :func:`reason_text` says the same in the UI's language, piece by
piece; a reason it does not know is shown as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "ReviewReasons"
_PHRASES = {
    "same tag": QT_TRANSLATE_NOOP("ReviewReasons", "same tag"),
    "same kind and span": QT_TRANSLATE_NOOP("ReviewReasons", "same kind and span"),
    "tagged by them only": QT_TRANSLATE_NOOP("ReviewReasons", "tagged by them only"),
    "tagged by me only": QT_TRANSLATE_NOOP("ReviewReasons", "tagged by me only"),
    "their quote was not found in my text": QT_TRANSLATE_NOOP("ReviewReasons", "their quote was not found in my text"),
    "deleted by me": QT_TRANSLATE_NOOP("ReviewReasons", "deleted by me"),
    "deleted by them": QT_TRANSLATE_NOOP("ReviewReasons", "deleted by them"),
    "edited by me": QT_TRANSLATE_NOOP("ReviewReasons", "edited by me"),
    "edited by them": QT_TRANSLATE_NOOP("ReviewReasons", "edited by them"),
    # what differs between two versions of a tag
    "span": QT_TRANSLATE_NOOP("ReviewReasons", "span"),
    "note": QT_TRANSLATE_NOOP("ReviewReasons", "note"),
    "entity": QT_TRANSLATE_NOOP("ReviewReasons", "entity"),
    "attributes": QT_TRANSLATE_NOOP("ReviewReasons", "attributes"),
}
_WITH_DIFFERENCES = {
    "edited by them only": QT_TRANSLATE_NOOP("ReviewReasons", "edited by them only: {0}"),
    "edited by me only": QT_TRANSLATE_NOOP("ReviewReasons", "edited by me only: {0}"),
    "edited on both sides": QT_TRANSLATE_NOOP("ReviewReasons", "edited on both sides: {0}"),
}
_KINDS_PAIR = re.compile(r"^kind (\S+) / (\S+)$")
_OVERLAP = re.compile(r"^overlapping spans: (\S+) / (\S+)$")
OVERLAP_TEXT = QT_TRANSLATE_NOOP("ReviewReasons", "overlapping spans: {0} / {1}")
BOUNDARY_HEAD = "same kind, different extent: "
BOUNDARY_TEXT = QT_TRANSLATE_NOOP("ReviewReasons", "same kind, different extent: {0}")
KINDS_TEXT = QT_TRANSLATE_NOOP("ReviewReasons", "kind {0} / {1}")


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def reason_text(reason: str, kind_label: Callable[[str], str] = str) -> str:
    """``reason`` in the UI's language; ``kind_label`` names a kind ("claim" → "İddia")."""
    if reason.startswith(BOUNDARY_HEAD):  # then two quotes, which may hold anything
        return _tr(BOUNDARY_TEXT).format(reason[len(BOUNDARY_HEAD):])
    return "; ".join(_piece(p, kind_label) for p in reason.split("; "))


def _piece(piece: str, kind_label: Callable[[str], str]) -> str:
    if piece in _PHRASES:
        return _tr(_PHRASES[piece])
    m = _OVERLAP.match(piece)
    if m:
        return _tr(OVERLAP_TEXT).format(kind_label(m.group(1)), kind_label(m.group(2)))
    head, sep, rest = piece.partition(": ")
    if sep and head in _WITH_DIFFERENCES:
        return _tr(_WITH_DIFFERENCES[head]).format(", ".join(_difference(d, kind_label) for d in rest.split(", ")))
    return piece


def _difference(part: str, kind_label: Callable[[str], str]) -> str:
    m = _KINDS_PAIR.match(part)
    if m:
        return _tr(KINDS_TEXT).format(kind_label(m.group(1)), kind_label(m.group(2)))
    return _tr(_PHRASES[part]) if part in _PHRASES else part
