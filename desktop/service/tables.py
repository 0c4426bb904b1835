"""Library-wide tables as rows: every claim (who claimed what, citing what, when) and every figure."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import NamedTuple

from desktop.service import Service
from desktop.store.tables import claim_rows, figure_rows

# Rows are NamedTuples, not dataclasses: 100,000 of them are built in a third of the time.


class Claim(NamedTuple):
    tag_id: str
    document_id: str
    document: str  # title
    date: str  # the document's publication date (ISO, possibly partial) or ''
    start: int
    end: int
    quote: str
    note: str
    asserted_by: str  # the entity's name, the asserting actor tag's quote, or the document author
    reference: str  # "[label] text (url)" or ''
    reliability: str
    credibility: str
    topics: str  # comma-separated
    kind: str

    @property
    def grading(self) -> str:
        """NATO-style grading, e.g. "B2" (reliability letter, credibility digit)."""
        return f"{self.reliability}{self.credibility}"

    def to_json(self) -> dict[str, object]:
        return {
            "tag_id": self.tag_id,
            "document_id": self.document_id,
            "document": self.document,
            "date": self.date,
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
            "asserted_by": self.asserted_by,
            "reference": self.reference,
            "reliability": self.reliability,
            "credibility": self.credibility,
            "topics": self.topics,
            "note": self.note,
        }


def _topics(raw: object) -> str:
    if not raw:
        return ""
    try:
        value = json.loads(raw) if isinstance(raw, str) else raw
    except ValueError:
        return str(raw)
    return ", ".join(str(v) for v in value) if isinstance(value, list) else str(value)


def claims(service: Service, document_ids: Sequence[str] | None = None, limit: int = -1) -> list[Claim]:
    """Live claims of live documents (all, or those of ``document_ids``), by document and position.

    ``limit`` (if not -1) gives the first rows only, at once: a view shows them while the rest load.
    """
    out = []
    for (
        tag_id, doc_id, title, published, doc_author, start, end, exact, note, kind,
        who, entity_name, actor_quote, ref_label, ref_text, ref_url, cites, rel, cred, topics, _tag_author,
    ) in claim_rows(service.store, document_ids, limit):
        if entity_name is not None:
            asserter = entity_name
        elif actor_quote is not None:
            asserter = actor_quote
        elif who in (None, "", "author"):
            asserter = doc_author or ""
        else:
            asserter = str(who)
        if ref_label is not None:
            reference = f"[{ref_label}] {ref_text}" + (f" ({ref_url})" if ref_url else "")
        else:
            reference = str(cites or "")
        out.append(
            Claim(
                tag_id, doc_id, title, str(published or ""), start, end, " ".join(exact.split()), note,
                asserter, reference, str(rel or ""), "" if cred is None else str(cred), _topics(topics), kind,
            )
        )
    return out


class Figure(NamedTuple):
    tag_id: str
    document_id: str
    document: str  # title
    quote: str
    value: int | float | None
    unit: str
    scale: str
    measures: str
    period: str
    author: str
    upper: int | float | None = None  # a range's upper end ("10–40 MW")
    qualifier: str = ""  # "≤", "<", "~"…


def _number(value: object) -> int | float | None:
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def figures(service: Service, limit: int = -1) -> list[Figure]:
    """Live figure tags of live documents, with their normalised value and unit (the first ``limit``)."""
    return [
        Figure(tag_id, doc_id, title, " ".join(exact.split()), _number(value), str(unit or ""), str(scale or ""),
               str(measures or ""), str(period or ""), author, _number(upper), str(qualifier or ""))
        for tag_id, doc_id, title, exact, value, unit, scale, measures, period, author, upper, qualifier in figure_rows(
            service.store, limit
        )
    ]
