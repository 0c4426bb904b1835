"""Suggestions for the window: what detection of a document needs, and what is still open.

The window detects off the UI thread, without a store connection there: it asks
for a :class:`DetectionRequest` (the text and everything detection filters by),
runs :func:`detect` in the background, then asks :func:`still_open` what of the
result it may show.  A result is matched to the document *version* it was
computed on: after a re-import its offsets point into another text, so it is
dropped rather than shown and accepted at the wrong places.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.store import StoreError
from desktop.store import suggestions as suggestion_store
from desktop.store import versions as version_store
from desktop.suggest import operations
from desktop.suggest.detect import KINDS, Suggestion
from desktop.suggest.steps import LABELS as STAGES
from desktop.suggest.steps import Progress


@dataclass(frozen=True)
class DetectionRequest:
    """One document version's text and the inputs of detection (plain, picklable data)."""

    doc_id: str
    version: int
    text: str
    reference: str | None = None
    kinds: tuple[str, ...] = KINDS
    known_entities: list[tuple[str, list[str]]] = field(default_factory=list)
    dismissed: set[tuple[str, int, int]] = field(default_factory=set)
    tagged: set[tuple[str, int, int]] = field(default_factory=set)

    def args(self) -> tuple[Any, ...]:
        """The arguments of :func:`desktop.suggest.operations.detect_open`."""
        return (self.text, self.reference, self.kinds, self.known_entities, self.dismissed, self.tagged)


def document_version(service: Any, doc_id: str) -> int:
    """The document's text version (1 at import, +1 per re-import with a new text)."""
    return version_store.document_version(service.store, doc_id)


def detection_request(service: Any, doc_id: str, kinds: Sequence[str] = KINDS) -> DetectionRequest:
    store = service.store
    return DetectionRequest(
        doc_id,
        document_version(service, doc_id),
        service.text(doc_id),
        reference=operations.reference_date(service, doc_id),
        kinds=tuple(kinds),
        known_entities=suggestion_store.known_entities(store),
        dismissed=suggestion_store.dismissed_keys(store, doc_id),
        tagged=suggestion_store.tagged_spans(store, doc_id),
    )


def detect(request: DetectionRequest, progress: Progress | None = None) -> list[Suggestion]:
    """Detection with no store (what the worker process runs).

    ``progress(done, total, label)`` is called between steps of the work, ``done``
    growing to ``total``; ``label`` is one of :data:`STAGES` and names the work
    about to run.  What ``progress`` raises stops detection (a cancel point).
    """
    text, reference, kinds, known, dismissed, tagged = request.args()
    return operations.detect_open(text, reference, kinds, known, dismissed, tagged, progress=progress)


def still_open(service: Any, request: DetectionRequest, found: list[Suggestion]) -> list[Suggestion] | None:
    """``found`` minus what was tagged or dismissed while detection ran; None when the
    document is gone or has another version now (the result is stale)."""
    try:
        if document_version(service, request.doc_id) != request.version:
            return None
    except StoreError:  # the document was deleted meanwhile
        return None
    store = service.store
    return operations.filter_open(
        found,
        suggestion_store.dismissed_keys(store, request.doc_id),
        suggestion_store.tagged_spans(store, request.doc_id),
    )
