"""The candidate tag the detector returns (plain data, no I/O, no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["Suggestion", "actor"]


@dataclass(frozen=True)
class Suggestion:
    """A candidate tag: ``kind`` on ``text[start:end]`` (== ``exact``).

    ``attributes`` are the attributes the tag gets when accepted: figures
    ``{value, unit, scale}``, dates ``{start, end, precision, undated}``,
    actors ``{name, type}`` plus ``role`` for titled people and
    ``entity_id`` when the store already knows the entity.
    """

    kind: str
    start: int
    end: int
    exact: str
    attributes: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    confidence: float = 0.5

    @property
    def key(self) -> tuple[str, int, int]:
        """What identifies a suggestion within a document (and a dismissal)."""
        return (self.kind, self.start, self.end)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "exact": self.exact,
            "attributes": dict(self.attributes),
            "confidence": self.confidence,
        }


def actor(start: int, end: int, text: str, attrs: dict[str, Any], confidence: float) -> Suggestion:
    """An actor suggestion on ``text[start:end]``."""
    return Suggestion("actor", start, end, text[start:end], attrs, confidence)
