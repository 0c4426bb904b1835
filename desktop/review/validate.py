"""Validation of every row read from another analyst's store (pure; no SQL, no Qt).

A colleague's file is untrusted input: a row with a value of the wrong type,
offsets outside its document, a quote that is not the text at its offsets, or
JSON that does not parse, nests too deep or is too big is *skipped*, never
merged and never allowed to raise.  Each check returns ``None`` for a sound
row, or the reason (a short phrase) it was skipped; :class:`Invalid` keeps the
count per table and reason for the reports of diff, merge, agreement and the
review window.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

MAX_JSON_CHARS = 256 * 1024  # attributes, metadata, aliases… of one row
MAX_JSON_DEPTH = 32
MAX_ID_CHARS = 200
ANNOTATION_TEXT = ("id", "document_id", "kind")
ENTITY_TYPES = frozenset({"person", "organisation", "state", "place", "other"})


class RowError(ValueError):
    """Why a row was skipped (its message is the reason)."""


@dataclass
class Invalid:
    """Rows skipped while reading a store: (table, reason) → count, plus a few examples."""

    counts: Counter = field(default_factory=Counter)
    examples: list[tuple[str, str, str]] = field(default_factory=list)  # (table, id, reason)

    def add(self, table: str, row_id: Any, reason: str) -> None:
        self.counts[(table, reason)] += 1
        if len(self.examples) < 20:
            self.examples.append((table, str(row_id)[:80], reason))

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def lines(self) -> list[str]:
        """One line per table and reason, e.g. "3 tags skipped: offsets past the end of the text"."""
        return [f"{n} {table} skipped: {reason}" for (table, reason), n in sorted(self.counts.items())]

    def to_json(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "by_reason": [{"table": t, "reason": r, "count": n} for (t, r), n in sorted(self.counts.items())],
        }


def _depth_ok(value: Any) -> bool:
    stack = [(value, 1)]
    while stack:
        v, depth = stack.pop()
        if depth > MAX_JSON_DEPTH:
            return False
        if isinstance(v, dict):
            stack.extend((x, depth + 1) for x in v.values())
        elif isinstance(v, list):
            stack.extend((x, depth + 1) for x in v)
    return True


def load_json(raw: Any, expected: type, what: str) -> Any:
    """``raw`` parsed as JSON of type ``expected``, within the size and depth limits."""
    if not isinstance(raw, str):
        raise RowError(f"{what} is not text")
    if len(raw) > MAX_JSON_CHARS:
        raise RowError(f"{what} is larger than {MAX_JSON_CHARS // 1024} KB")
    try:
        value = json.loads(raw)
    except RecursionError:
        raise RowError(f"{what} nests deeper than {MAX_JSON_DEPTH} levels") from None
    except ValueError:
        raise RowError(f"{what} is not valid JSON") from None
    if not isinstance(value, expected):
        raise RowError(f"{what} is not a JSON {'object' if expected is dict else 'list'}")
    if not _depth_ok(value):
        raise RowError(f"{what} nests deeper than {MAX_JSON_DEPTH} levels")
    return value


def _text(value: Any, what: str, *, optional: bool = False, limit: int | None = None) -> None:
    if value is None and optional:
        return
    if not isinstance(value, str):
        raise RowError(f"{what} is not text")
    if limit is not None and (not value or len(value) > limit):
        raise RowError(f"{what} is empty or too long")


def _int(value: Any, what: str, *, optional: bool = False) -> None:
    if value is None and optional:
        return
    if not isinstance(value, int) or isinstance(value, bool):
        raise RowError(f"{what} is not an integer")


def check_document(row: Sequence[Any]) -> None:
    """id, title, source, format, text, sha256, metadata, pages, blocks, imported_at, version."""
    _text(row[0], "id", limit=MAX_ID_CHARS)
    _text(row[1], "title")
    _text(row[2], "source", optional=True)
    for i, what in ((3, "format"), (4, "text"), (5, "sha256"), (9, "imported_at")):
        _text(row[i], what)
    load_json(row[6], dict, "metadata")
    pages = load_json(row[7], list, "pages")
    if not all(isinstance(p, int) and not isinstance(p, bool) for p in pages):
        raise RowError("pages are not integers")
    blocks = load_json(row[8], list, "blocks")
    for b in blocks:
        if not (isinstance(b, list) and len(b) == 4 and all(isinstance(x, int) for x in (b[0], b[1], b[3]))
                and isinstance(b[2], str) and 0 <= b[0] <= b[1] <= len(row[4])):
            raise RowError("blocks are not spans of the text")
    _int(row[10], "version")
    if row[10] < 1:
        raise RowError("version is below 1")


_S, _I, _N = str, int, type(None)
# The column types of a sound tag row (deleted_at and origin_store may be NULL):
# one tuple comparison instead of sixteen checks for the common case.
_TAG_TYPES = frozenset(
    (_S, _S, _S, _I, _I, _S, _S, _S, _S, _S, _S, _S, _S, d, o, _I) for d in (_S, _N) for o in (_S, _N)
)


def check_annotation(row: Sequence[Any], text: str | None) -> dict[str, Any]:
    """A tag row (ANNOTATION_COLUMNS order) against its document's ``text``; returns its attributes."""
    if tuple(map(type, row)) not in _TAG_TYPES:
        _annotation_types(row)
    if text is None:
        raise RowError("its document is missing or invalid")
    if not (0 < len(row[0]) <= MAX_ID_CHARS and 0 < len(row[2]) <= MAX_ID_CHARS):
        raise RowError("id or kind is empty or too long")
    start, end = row[3], row[4]
    if start < 0 or end <= start:
        raise RowError("offsets are negative or inverted")
    if row[15] not in (0, 1):
        raise RowError("orphaned is not 0 or 1")
    if not row[15]:  # an orphan keeps the span it had in an older version of the text
        if end > len(text):
            raise RowError("offsets past the end of the text")
        if text[start:end] != row[5]:
            raise RowError("quote is not the document text at its offsets")
    return {} if row[9] == "{}" else load_json(row[9], dict, "attributes")


def _annotation_types(row: Sequence[Any]) -> None:
    """Raise the RowError naming the first column of a tag row that has the wrong type."""
    if len(row) != 16:
        raise RowError("wrong number of columns")
    for i, what in enumerate(ANNOTATION_TEXT):
        _text(row[i], what)
    _int(row[3], "start")
    _int(row[4], "end")
    for i, what in ((5, "exact"), (6, "prefix"), (7, "suffix"), (8, "note"), (9, "attributes"), (10, "author"),
                    (11, "created_at"), (12, "updated_at")):
        _text(row[i], what)
    _text(row[13], "deleted_at", optional=True)
    _text(row[14], "origin_store", optional=True)
    _int(row[15], "orphaned")


def check_kind(row: Sequence[Any]) -> None:
    """name, label, colour, shortcut, position, description, parent."""
    _text(row[0], "name", limit=MAX_ID_CHARS)
    _text(row[1], "label")
    _text(row[2], "colour")
    _text(row[3], "shortcut", optional=True)
    _int(row[4], "position")
    _text(row[5], "description", optional=True)
    _text(row[6], "parent", optional=True)


def check_entity(row: Sequence[Any]) -> tuple[str, ...]:
    """id, name, type, aliases, roles, country, created_at, updated_at, deleted_at; returns the aliases."""
    _text(row[0], "id", limit=MAX_ID_CHARS)
    _text(row[1], "name")
    if row[2] not in ENTITY_TYPES:
        raise RowError("type is not a known entity type")
    aliases = load_json(row[3], list, "aliases")
    if not all(isinstance(a, str) for a in aliases):
        raise RowError("aliases are not all text")
    load_json(row[4], list, "roles")
    _text(row[5], "country", optional=True)
    _text(row[6], "created_at")
    _text(row[7], "updated_at")
    _text(row[8], "deleted_at", optional=True)
    return tuple(aliases)


def check_link(row: Sequence[Any]) -> None:
    """id, source_id, target_id, relation, author, created_at, updated_at, deleted_at, origin_store."""
    for i, what in enumerate(("id", "source_id", "target_id", "relation")):
        _text(row[i], what, limit=MAX_ID_CHARS)
    if row[1] == row[2]:
        raise RowError("links a tag to itself")
    for i, what in ((4, "author"), (5, "created_at"), (6, "updated_at")):
        _text(row[i], what)
    _text(row[7], "deleted_at", optional=True)
    _text(row[8], "origin_store", optional=True)


def check_reference(row: Sequence[Any], text: str | None) -> None:
    """id, document_id, label, text, url, accessed, start, end."""
    for i, what in enumerate(("id", "document_id")):
        _text(row[i], what, limit=MAX_ID_CHARS)
    if text is None:
        raise RowError("its document is missing or invalid")
    _text(row[2], "label")
    _text(row[3], "text")
    _text(row[4], "url", optional=True)
    _text(row[5], "accessed", optional=True)
    _int(row[6], "start", optional=True)
    _int(row[7], "end", optional=True)
    if row[6] is not None and row[7] is not None and not 0 <= row[6] <= row[7] <= len(text):
        raise RowError("offsets outside the text")


__all__ = ["Invalid", "RowError", "check_annotation", "check_document", "check_entity", "check_kind",
           "check_link", "check_reference", "load_json"]
