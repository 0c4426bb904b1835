"""Plain data shared by importers, store, service and UI (no Qt, no SQL).

The domain types live here, below every other layer: documents and their tags,
kinds of the codebook, entities, links between tags and document references.
The store reads and writes them, the service returns them, the UI shows them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from desktop.errors import UserError

def now_iso() -> str:
    """The current UTC time as ISO 8601 with milliseconds, e.g. 2025-05-22T10:00:00.000Z."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def new_id() -> str:
    """A new id for a tag, entity, link or reference (a random UUID)."""
    return str(uuid.uuid4())


# The built-in kinds' labels as every store is created with them (desktop.store.migrations):
# shown in the UI's or report's language while the user has not renamed them.
BUILTIN_KIND_LABELS = {"claim": "Claim", "actor": "Actor", "figure": "Figure", "date": "Date / event"}

# Types of entity an actor tag may refer to.
ENTITY_TYPES = ("person", "organisation", "state", "place", "other")

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


class DocumentError(UserError):
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


@dataclass(frozen=True)
class CodebookKind:
    """A kind with its codebook details (description and parent kind)."""

    name: str
    label: str
    colour: str
    shortcut: str | None = None
    position: int = 0
    description: str = ""
    parent: str | None = None


@dataclass(frozen=True)
class Entity:
    """An actor that tags refer to by ``attributes["entity_id"]``."""

    id: str
    name: str
    type: str = "other"
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    country: str | None = None
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "aliases": list(self.aliases),
            "roles": list(self.roles),
            "country": self.country,
        }


@dataclass(frozen=True)
class EntityCount:
    """How often an entity is mentioned by live actor tags, and in how many documents."""

    mentions: int = 0
    documents: int = 0


@dataclass
class MergeResult:
    """What merging two entities changed: the states before, for undo."""

    kept_before: Entity
    gone_before: Entity
    tags_before: list[Annotation] = field(default_factory=list)


@dataclass(frozen=True)
class Link:
    """A typed relation from one tag to another (``relation``: asserted_by, about, …)."""

    id: str
    source_id: str
    target_id: str
    relation: str
    author: str
    created_at: str
    updated_at: str
    deleted_at: str | None = None
    origin_store: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "source": self.source_id, "target": self.target_id, "relation": self.relation}


@dataclass(frozen=True)
class Reference:
    """A footnote or bibliography entry of a document that a claim may cite.

    ``text[start:end]`` of the document is the whole entry; ``text`` is the entry
    without its label.  Found in a text (:func:`desktop.references.analyse`) it has
    no ``id`` nor ``document_id`` yet (both ``""``); read from the store it has both,
    and ``start``/``end`` are ``None`` when the entry is no longer in the current text.
    """

    label: str  # "1", "2", … (superscripts normalised to digits)
    text: str
    url: str | None = None
    accessed: str | None = None  # ISO date when it could be read, else the words as written
    start: int | None = None
    end: int | None = None
    id: str = ""
    document_id: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "document_id": self.document_id,
            "label": self.label,
            "text": self.text,
            "url": self.url,
            "accessed": self.accessed,
            "start": self.start,
            "end": self.end,
        }
