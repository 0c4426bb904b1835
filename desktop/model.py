"""Plain data shared by importers, store, service and UI (no Qt, no SQL)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Kinds of structural block an importer may report.  The reader styles them.
BLOCK_KINDS = ("title", "heading", "paragraph", "list", "quote", "footnote", "meta")


@dataclass(frozen=True)
class Block:
    """A structural span of a document's text: ``text[start:end]`` is one block.

    Offsets are Python ``str`` indices into :attr:`Document.text`.
    """

    start: int
    end: int
    kind: str
    level: int = 0  # heading level (1..6) when kind == "heading"


@dataclass(frozen=True)
class Document:
    """What an importer produces from a file: clean reading text plus structure.

    ``text`` uses ``\\n`` line ends only (no ``\\r``), is not empty, and every
    offset anywhere in the application is a Python ``str`` index into it.

    ``pages`` holds the text offset where each page starts (PDF/EPUB; empty for
    formats without pages), so page ``i`` covers ``text[pages[i]:pages[i+1]]``.
    ``metadata`` carries optional keys: ``author``, ``published`` (ISO date),
    ``site``, ``language``, ``page_count``, ``source_url``.
    """

    title: str
    text: str
    format: str  # "txt", "md", "html", "pdf", "epub"
    source: str | None = None  # absolute path or URI the document came from
    metadata: dict[str, Any] = field(default_factory=dict)
    pages: tuple[int, ...] = ()
    blocks: tuple[Block, ...] = ()


class DocumentError(Exception):
    """A file could not be turned into a Document; ``reason`` is for the user."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason

    def __reduce__(self):  # so the error crosses from an import worker process
        return (type(self), (self.path, self.reason))


@dataclass(frozen=True)
class Kind:
    """A tag kind of the store's codebook (claim, actor, figure, date, …)."""

    name: str
    label: str
    colour: str  # "#rrggbb"
    shortcut: str | None = None
    position: int = 0


@dataclass(frozen=True)
class DocumentInfo:
    """A stored document without its text (for lists)."""

    id: str
    title: str
    source: str | None
    format: str
    sha256: str
    metadata: dict[str, Any]
    imported_at: str
    length: int = 0
    tag_count: int = 0


@dataclass(frozen=True)
class StoredDocument:
    """A stored document with its text, page offsets and structure."""

    info: DocumentInfo
    text: str
    pages: tuple[int, ...] = ()
    blocks: tuple[Block, ...] = ()

    @property
    def id(self) -> str:
        return self.info.id

    @property
    def title(self) -> str:
        return self.info.title


@dataclass(frozen=True)
class Annotation:
    """One tag: a kind on ``text[start:end]`` of a document, with its quote context.

    ``exact`` always equals the document text at ``start:end``; ``prefix`` and
    ``suffix`` hold the context used to re-anchor it.  ``deleted_at`` is a
    tombstone: deleted tags stay in the store so that undo and merge can see them.
    """

    id: str
    document_id: str
    kind: str
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str
    note: str
    attributes: dict[str, Any]
    author: str
    created_at: str
    updated_at: str
    deleted_at: str | None = None
    origin_store: str | None = None  # the store a merged tag came from; None: made here
    orphaned: bool = False  # its quote could not be placed in a newer text version

    @property
    def deleted(self) -> bool:
        return self.deleted_at is not None

    def to_json(self) -> dict[str, Any]:
        """The JSON shape the command line prints (and exporters build on)."""
        return {
            "id": self.id,
            "document_id": self.document_id,
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "exact": self.exact,
            "prefix": self.prefix,
            "suffix": self.suffix,
            "note": self.note,
            "author": self.author,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "deleted_at": self.deleted_at,
            "origin_store": self.origin_store,
            "orphaned": self.orphaned,
            "attributes": self.attributes,
        }
