"""What tags mean: entities, normalised attributes, links and the codebook.

Shared by the GUI and the command line; no Qt.  :func:`attributes_for` is pure (it
parses a new tag's quote per the data contract); :class:`Meaning` wraps a
:class:`desktop.service.core.ServiceCore` and runs the store-backed operations, one
transaction each.  User errors raise :class:`desktop.service.ServiceError`.
"""

from __future__ import annotations

import math
import re
import uuid
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from desktop.meaning.date_open import OPEN_SIDES, open_side
from desktop.meaning.dates import parse_date, parse_date_at
from desktop.meaning.figures import parse_figure
from desktop.model import ENTITY_TYPES, Annotation, CodebookKind, Entity, EntityCount, Link, MergeResult, Reference
from desktop.paths import refi_qda_schema
from desktop.references import find_references
from desktop.service.core import ServiceCore, ServiceError, only_match
from desktop.store import StoreError, new_id
from desktop.store import meaning as sm
from desktop.store.timeline import kinds_under

RELATIONS = ("asserted_by", "about", "supports", "participant", "related")
RELIABILITY = ("A", "B", "C", "D", "E", "F")
CREDIBILITY = (1, 2, 3, 4, 5, 6)
PRECISIONS = ("day", "month", "year", "decade")
QDC_NAMESPACE = "urn:QDA-XML:codebook:1.0"
# GUIDs of codebook kinds are uuid5 of the kind name in this namespace: the same
# kind has the same GUID in every store and every export.
KIND_GUID_NAMESPACE = uuid.UUID("6f1c2b8e-5a7d-4c1e-9b0a-2c4d6e8f0a1b")
_ISO_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
# A sentence ends at . ! ? … (plus footnote markers such as "[2]") before a space, or at a line end.
_SENTENCE_END = re.compile(r"[.!?…](?:\[\d{1,3}\])*(?=[\s\"”»’)]|$)|\n")


# -- pure: attributes of a new tag ----------------------------------------------


def sentence_bounds(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """``(begin, stop)`` of the sentence (or line) of ``text`` holding ``text[start:end]``."""
    start = max(0, min(start, len(text)))
    end = start if end is None else max(start, min(end, len(text)))
    begin = 0
    for m in _SENTENCE_END.finditer(text, max(0, start - 2000), start):
        begin = m.end()
    after = _SENTENCE_END.search(text, end)
    return begin, (after.end() if after else len(text))


def sentence_around(text: str, start: int, end: int | None = None, limit: int = 300) -> str:
    """The sentence (or line) of ``text`` holding ``text[start:end]``, trimmed to ``limit``."""
    if not text:
        return ""
    begin, stop = sentence_bounds(text, start, end)
    sentence = " ".join(text[begin:stop].split())
    if len(sentence) > limit:
        sentence = sentence[: limit - 1].rstrip() + "…"
    return sentence


def attributes_for(
    kind: str,
    exact: str,
    *,
    published: Any = None,
    text: str | None = None,
    start: int | None = None,
) -> dict[str, Any]:
    """Normalised attributes of a new tag of ``kind`` on the quote ``exact``.

    figure → value, unit, scale (``None``/"" when the quote holds no number),
    measures, period; date → start, end, precision (``undated`` when the quote
    cannot be placed; relative forms use ``published``), title (the sentence around
    the tag when ``text`` and ``start`` are given), participants, place; actor →
    entity_id (``None`` here: see :meth:`Meaning.attributes_for_tag`); claim →
    asserted_by, cites, reliability, credibility, topics.  Other kinds: ``{}``.
    Never raises on text.
    """
    if kind == "figure":
        parsed = parse_figure(exact) or {}
        return {
            "value": parsed.get("value"),
            "unit": parsed.get("unit") or "",
            "scale": parsed.get("scale") or "",
            "measures": "",
            "period": "",
        }
    if kind == "date":
        # read against the text's own day where one holds the tag, as its suggestion is ("Newstead Abbey, March 3, 1859")
        parsed = (parse_date(exact, published) if text is None or start is None
                  else parse_date_at(text, start, exact, published))
        title = ""
        if text is not None and start is not None:
            title = sentence_around(text, start, start + len(exact))
        attrs: dict[str, Any] = {
            "start": parsed.get("start"),
            "end": parsed.get("end"),
            "precision": parsed.get("precision"),
            "title": title or " ".join(exact.split()),
            "participants": [],
            "place": "",
        }
        side = parsed.get("open")
        if side is None and text is not None and start is not None and not parsed.get("undated"):
            side = open_side(text, start, start + len(exact), parsed)  # "1492" selected after "before"
        if side:
            attrs["open"] = side  # "before 1492" tagged by hand keeps its open side, as a suggestion does
        if parsed.get("undated") or not parsed.get("start"):
            attrs["undated"] = True
            if parsed.get("reason"):
                attrs["reason"] = parsed["reason"]  # why: "508 BC" is before the era the calendar holds
        return attrs
    if kind == "actor":
        return {"entity_id": None}
    if kind == "claim":
        return {"asserted_by": None, "cites": None, "reliability": None, "credibility": None, "topics": []}
    return {}


# -- pure: validation -------------------------------------------------------------


def _valid_iso(value: str) -> bool:
    if not _ISO_RE.match(value):
        return False
    parts = [int(p) for p in value.split("-")]
    try:
        date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def _text_list(value: Any, what: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [v for v in (p.strip() for p in value.split(",")) if v]
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise ServiceError(f"{what} must be a list of texts")
    out: list[str] = []
    for v in value:
        v = v.strip()
        if v and v not in out:
            out.append(v)
    return out


def _number(value: Any) -> int | float | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ServiceError("figure value must be a number")
    if isinstance(value, (int, float)):
        number = value
    else:
        raw = str(value).strip().replace("\u00a0", "").replace(" ", "")
        try:
            number = float(raw) if any(c in raw for c in ".eE") else int(raw)
        except ValueError:
            raise ServiceError(f"figure value {value!r} is not a number") from None
    if isinstance(number, float):
        if not math.isfinite(number):
            raise ServiceError("figure value must be a finite number")
        if number.is_integer() and abs(number) < 2**53:
            return int(number)
    return number


def normalise_attributes(kind: str, attrs: dict[str, Any]) -> dict[str, Any]:
    """Check and clean ``attrs`` for ``kind`` (without store look-ups); raise ServiceError if wrong."""
    out = dict(attrs)
    if kind == "figure":
        out["value"] = _number(out.get("value"))
        for key in ("unit", "scale", "measures", "period"):
            v = out.get(key)
            out[key] = "" if v is None else str(v).strip()
    elif kind == "date":
        start, end = out.get("start") or None, out.get("end") or None
        if start is None and end is None:
            out.update(start=None, end=None, precision=None, undated=True)
            out.pop("open", None)  # an undated tag has no bound to leave open
        else:
            start = str(start or end).strip()
            end = str(end or start).strip()
            for v in (start, end):
                if not _valid_iso(v):
                    raise ServiceError(f"date {v!r} is not ISO YYYY, YYYY-MM or YYYY-MM-DD")
            n = min(len(start), len(end))
            if end[:n] < start[:n]:
                raise ServiceError(f"date range ends ({end}) before it starts ({start})")
            precision = out.get("precision")
            if precision not in PRECISIONS:
                if precision not in (None, ""):
                    raise ServiceError(f"precision must be one of {', '.join(PRECISIONS)}")
                precision = {4: "year", 7: "month", 10: "day"}[len(start)]
            out.update(start=start, end=end, precision=precision)
            _open_side(out)
            out.pop("undated", None)
            out.pop("reason", None)  # why it was undated: no longer true
        out["title"] = str(out.get("title") or "").strip()
        out["place"] = str(out.get("place") or "").strip()
        out["participants"] = _text_list(out.get("participants"), "participants")
    elif kind == "actor":
        out["entity_id"] = out.get("entity_id") or None
    elif kind == "claim":
        rel = out.get("reliability")
        if rel in (None, ""):
            out["reliability"] = None
        else:
            rel = str(rel).strip().upper()
            if rel not in RELIABILITY:
                raise ServiceError("source reliability must be a letter A–F")
            out["reliability"] = rel
        cred = out.get("credibility")
        if cred in (None, ""):
            out["credibility"] = None
        else:
            try:
                cred_n = int(str(cred).strip())
            except ValueError:
                raise ServiceError("information credibility must be 1–6") from None
            if cred_n not in CREDIBILITY:
                raise ServiceError("information credibility must be 1–6")
            out["credibility"] = cred_n
        out["asserted_by"] = out.get("asserted_by") or None
        out["cites"] = out.get("cites") or None
        out["topics"] = _text_list(out.get("topics"), "topics")
    return out


def _open_side(out: dict[str, Any]) -> None:
    """``open``: "start" (no known first day: "before 1492"), "end" (no known last day: "after 1990"), or left out
    (a closed date; None or "" clear it); the written bound stays in ``start``/``end``."""
    side = out.get("open")
    if side in (None, ""):
        out.pop("open", None)
    elif side not in OPEN_SIDES:
        raise ServiceError(f"open must be one of {', '.join(OPEN_SIDES)} (or empty)")


def kind_guid(name: str) -> str:
    """The REFI-QDA GUID of a codebook kind: stable for a kind name."""
    return str(uuid.uuid5(KIND_GUID_NAMESPACE, name))


def slug(label: str) -> str:
    s = re.sub(r"[^\w]+", "-", label.strip().casefold()).strip("-")
    return s or "kind"


# -- store-backed operations -------------------------------------------------------


class Meaning:
    """Entities, attributes, links and codebook of one store, through a :class:`ServiceCore`."""

    def __init__(self, service: ServiceCore):
        self.service = service
        self.store = service.store
        self._without_references: set[str] = set()

    # -- entities ----------------------------------------------------------------

    def entities(self) -> list[Entity]:
        return sm.entities(self.store)

    def entity_counts(self) -> dict[str, EntityCount]:
        return sm.entity_counts(self.store)

    def entity(self, entity_id: str) -> Entity:
        ent = sm.entity(self.store, entity_id)
        if ent is None:
            raise ServiceError(f"no entity with id {entity_id}")
        return ent

    def resolve_entity(self, ref: str) -> Entity:
        """A live entity by id, unique id prefix, exact name or alias (any case)."""
        return only_match(sm.find_entities(self.store, ref), ref, ("entity", "entities"), lambda e: e.name)

    def create_entity(
        self,
        name: str,
        *,
        type: str = "other",
        aliases: list[str] | tuple[str, ...] = (),
        roles: list[str] | tuple[str, ...] = (),
        country: str | None = None,
    ) -> Entity:
        name = " ".join(name.split())
        if not name:
            raise ServiceError("an entity needs a name")
        if type not in ENTITY_TYPES:
            raise ServiceError(f"entity type must be one of {', '.join(ENTITY_TYPES)}")
        return sm.insert_entity(
            self.store,
            name,
            type=type,
            aliases=_text_list(list(aliases), "aliases"),
            roles=_text_list(list(roles), "roles"),
            country=(country or "").strip() or None,
        )

    def update_entity(self, entity_id: str, **changes: Any) -> Entity:
        """Change name, type, aliases, roles or country of an entity."""
        ent = self.entity(entity_id)
        if "name" in changes:
            changes["name"] = " ".join(str(changes["name"]).split())
            if not changes["name"]:
                raise ServiceError("an entity needs a name")
        if "type" in changes and changes["type"] not in ENTITY_TYPES:
            raise ServiceError(f"entity type must be one of {', '.join(ENTITY_TYPES)}")
        for key in ("aliases", "roles"):
            if key in changes:
                changes[key] = tuple(_text_list(changes[key], key))
        unknown = set(changes) - {"name", "type", "aliases", "roles", "country", "deleted_at"}
        if unknown:
            raise ServiceError(f"unknown entity field(s): {', '.join(sorted(unknown))}")
        return sm.write_entity(self.store, replace(ent, **changes))

    def rename_entity(self, entity_id: str, name: str, *, keep_old_as_alias: bool = True) -> Entity:
        ent = self.entity(entity_id)
        aliases = list(ent.aliases)
        if keep_old_as_alias and ent.name.casefold() != name.strip().casefold():
            if ent.name.casefold() not in {a.casefold() for a in aliases}:
                aliases.append(ent.name)
        aliases = [a for a in aliases if a.casefold() != name.strip().casefold()]
        return self.update_entity(entity_id, name=name, aliases=aliases)

    def write_entity(self, ent: Entity) -> Entity:
        """Persist ``ent`` as the entity's whole state (used by undo)."""
        return sm.write_entity(self.store, ent)

    def merge_entities(self, kept_ref: str, gone_ref: str) -> MergeResult:
        """Fold the second entity into the first: mentions move, names become aliases."""
        kept, gone = self.resolve_entity(kept_ref), self.resolve_entity(gone_ref)
        if kept.id == gone.id:
            raise ServiceError("cannot merge an entity with itself")
        try:
            return sm.merge_entities(self.store, kept.id, gone.id)
        except StoreError as exc:
            raise ServiceError(str(exc)) from None

    def undo_merge(self, result: MergeResult) -> None:
        with self.store.transaction():
            sm.set_tag_attributes(self.store, result.tags_before)
            sm.write_entity(self.store, result.kept_before)
            sm.write_entity(self.store, result.gone_before)

    def split_mention(self, tag_id: str, name: str | None = None, *, type: str | None = None) -> tuple[Annotation, Entity]:
        """Give one actor tag its own new entity (named ``name`` or the tag's quote)."""
        tag = self.service.get_tag(tag_id)
        if tag.kind != "actor":
            raise ServiceError("only an actor tag refers to an entity")
        old = tag.attributes.get("entity_id")
        old_ent = sm.entity(self.store, old) if old else None
        with self.store.transaction():
            ent = self.create_entity(
                name or tag.exact, type=type or (old_ent.type if old_ent else "other")
            )
            new_tag = self.service.write_state(replace(tag, attributes={**tag.attributes, "entity_id": ent.id}))
        return new_tag, ent

    def mentions(self, entity_id: str) -> list[Annotation]:
        return sm.mentions(self.store, entity_id)

    def suggest_entities(self, quote: str, limit: int = 5, cutoff: float = 60.0) -> list[tuple[Entity, float]]:
        """Live entities whose name or an alias is like ``quote`` (rapidfuzz WRatio), best first."""
        from rapidfuzz import fuzz, process, utils

        query = " ".join(quote.split())
        if not query:
            return []
        choices: list[tuple[str, Entity]] = []
        for ent in self.entities():
            for label in (ent.name, *ent.aliases):
                choices.append((label, ent))
        if not choices:
            return []
        best: dict[str, tuple[Entity, float]] = {}
        for _label, score, idx in process.extract(
            query,
            [c[0] for c in choices],
            scorer=fuzz.WRatio,
            processor=utils.default_process,
            limit=None,
            score_cutoff=cutoff,
        ):
            ent = choices[idx][1]
            if ent.id not in best or best[ent.id][1] < score:
                best[ent.id] = (ent, float(score))
        return sorted(best.values(), key=lambda p: (-p[1], p[0].name.casefold()))[:limit]

    def entity_for_quote(self, quote: str, *, create: bool = True, type: str = "other") -> Entity | None:
        """The entity whose name or alias is ``quote`` (any case); a new one when none is and ``create``."""
        found = [
            e
            for e in sm.find_entities(self.store, " ".join(quote.split()))
            if e.name.casefold() == " ".join(quote.split()).casefold()
            or any(a.casefold() == " ".join(quote.split()).casefold() for a in e.aliases)
        ]
        if found:
            return found[0]
        return self.create_entity(quote, type=type) if create else None

    # -- attributes ----------------------------------------------------------------

    def attributes_for_tag(self, doc_id: str, kind: str, start: int, end: int) -> dict[str, Any]:
        """:func:`attributes_for` plus the store's defaults: an actor's entity (an
        existing one of the same name or alias, else a new one) and a claim's
        asserter (the document's author, as an entity) and cited reference (the
        footnote whose marker follows the claim)."""
        text = self.service.text(doc_id)
        info = self.store.document_info(doc_id)
        metadata = info.metadata if info else {}
        attrs = attributes_for(kind, text[start:end], published=metadata.get("published"), text=text, start=start)
        if kind == "actor":
            from desktop.suggest.detect import entity_type  # noqa: PLC0415 - rules only, loaded on first actor tag

            ent = self.entity_for_quote(text[start:end], type=entity_type(text, start, end))
            attrs["entity_id"] = ent.id if ent else None
        elif kind == "claim":
            author = metadata.get("author")
            if isinstance(author, str) and author.strip():
                ent = self.entity_for_quote(author, type="person")
                attrs["asserted_by"] = ent.id if ent else None
            marker = re.match(r"\s*\[(\d{1,3})\]", text[end : end + 8]) or re.search(r"\[(\d{1,3})\]\s*$", text[start:end])
            if marker:
                for ref in self.references(doc_id):
                    if ref.label == marker.group(1):
                        attrs["cites"] = ref.id
                        break
        return attrs

    def complete_event(self, doc_id: str, kind: str, start: int, end: int, attrs: dict[str, Any]) -> dict[str, Any]:
        """A new date tag's attributes with what the analyst would fill in first: the
        sentence as its title, and as participants the entities of the actors tagged
        in that sentence (in text order).  Values already given are kept; other kinds
        are returned unchanged."""
        if kind not in kinds_under(self.store, "date"):
            return attrs
        out = dict(attrs)
        text = self.service.text(doc_id)
        if not str(out.get("title") or "").strip() or out.get("title") == text[start:end]:
            out["title"] = sentence_around(text, start, end) or " ".join(text[start:end].split())
        if not out.get("participants"):
            out["participants"] = self.participants_near(doc_id, start, end)
        out.setdefault("place", "")
        return out

    def participants_near(self, doc_id: str, start: int, end: int) -> list[str]:
        """Entity ids of the live actor tags in the sentence holding ``[start, end)``."""
        begin, stop = sentence_bounds(self.service.text(doc_id), start, end)
        actor_kinds = set(kinds_under(self.store, "actor"))
        found: list[str] = []
        for tag in self.service.tags(doc_id):
            entity = tag.attributes.get("entity_id") if isinstance(tag.attributes, dict) else None
            if tag.kind in actor_kinds and begin <= tag.start and tag.end <= stop and entity and entity not in found:
                found.append(entity)
        return found

    def validate(self, kind: str, attrs: dict[str, Any], doc_id: str | None = None) -> dict[str, Any]:
        """:func:`normalise_attributes` plus checks that entity and reference ids exist."""
        out = normalise_attributes(kind, attrs)
        live = {e.id for e in self.entities()}
        for key in ("entity_id", "asserted_by"):
            if out.get(key) and out[key] not in live:
                raise ServiceError(f"{key}: no entity with id {out[key]}")
        for p in out.get("participants") or []:
            if kind == "date" and p not in live:
                raise ServiceError(f"participants: no entity with id {p}")
        if kind == "claim" and out.get("cites"):
            ref = sm.reference(self.store, out["cites"])
            if ref is None or (doc_id is not None and ref.document_id != doc_id):
                raise ServiceError(f"cites: no reference with id {out['cites']} in this document")
        return out

    def prepare_attributes(self, tag_id: str, changes: dict[str, Any]) -> Annotation:
        """The tag's new state with ``changes`` merged into its attributes and validated (not written)."""
        tag = self.service.get_tag(tag_id)
        attrs = self.validate(tag.kind, {**tag.attributes, **changes}, tag.document_id)
        old = tag.attributes
        if ("open" not in changes and attrs.get("open") and old.get("start") == old.get("end")
                and attrs.get("start") != attrs.get("end")):
            attrs.pop("open")  # a one-unit "before 1490" typed into a range 1490–1495 is that range, not "before" it
        return replace(tag, attributes=attrs)

    def set_attributes(self, tag_id: str, changes: dict[str, Any]) -> Annotation:
        """Merge ``changes`` into a tag's attributes, validate, and write; returns the new state."""
        return self.service.write_state(self.prepare_attributes(tag_id, changes))

    # -- references --------------------------------------------------------------------

    def references(self, doc_id: str) -> list[Reference]:
        """The document's references; when the store has none yet, they are read from
        its text (the reference list at its end: :mod:`desktop.references`) and stored."""
        found = sm.references(self.store, doc_id)
        if found or self.store.readonly or doc_id in self._without_references:
            return found
        refs = [
            replace(r, id=new_id(), document_id=doc_id)
            for r in find_references(self.service.text(doc_id))
        ]
        if refs:
            sm.insert_references(self.store, refs)
        else:
            self._without_references.add(doc_id)  # do not read a long text again for nothing
        return refs

    # -- links ---------------------------------------------------------------------

    def resolve_tag(self, ref: str) -> Annotation:
        found = sm.find_tags(self.store, ref)
        if not found:
            raise ServiceError(f"no live tag matches {ref!r}")
        if len(found) > 1:
            raise ServiceError(f"{ref!r} matches {len(found)} tags; give more of the id")
        return found[0]

    def link(self, source_id: str, target_id: str, relation: str) -> Link:
        """Link two live tags; an identical live link is returned as it is."""
        if relation not in RELATIONS:
            raise ServiceError(f"unknown relation {relation!r} (known: {', '.join(RELATIONS)})")
        src, dst = self.service.get_tag(source_id), self.service.get_tag(target_id)
        if src.id == dst.id:
            raise ServiceError("a tag cannot be linked to itself")
        if src.deleted or dst.deleted:
            raise ServiceError("cannot link a deleted tag")
        existing = sm.find_link(self.store, src.id, dst.id, relation)
        if existing is not None:
            return existing
        return sm.insert_link(self.store, src.id, dst.id, relation, self.service.author)

    def unlink(self, link_id: str) -> Link:
        try:
            return sm.set_link_deleted(self.store, link_id, True)
        except StoreError as exc:
            raise ServiceError(str(exc)) from None

    def restore_link(self, link_id: str) -> Link:
        try:
            return sm.set_link_deleted(self.store, link_id, False)
        except StoreError as exc:
            raise ServiceError(str(exc)) from None

    def find_link(self, source_id: str, target_id: str, relation: str) -> Link | None:
        """The live link ``relation`` from one tag to another, if there is one."""
        return sm.find_link(self.store, source_id, target_id, relation)

    def links(self, tag_id: str | None = None, *, document_id: str | None = None) -> list[Link]:
        return sm.links(self.store, tag_id, document_id=document_id)

    def links_json(self, document_id: str | None = None) -> dict[str, list[dict[str, Any]]]:
        """Live links by tag id (each link listed under both of its tags), for ``tags --json``."""
        out: dict[str, list[dict[str, Any]]] = {}
        for ln in self.links(document_id=document_id):
            out.setdefault(ln.source_id, []).append(ln.to_json())
            out.setdefault(ln.target_id, []).append(ln.to_json())
        return out

    # -- codebook --------------------------------------------------------------------

    def codebook(self) -> list[CodebookKind]:
        return sm.codebook(self.store)

    def kind_usage(self) -> dict[str, int]:
        """Live tags of each kind."""
        return sm.kind_usage(self.store)

    def _check_kind(self, kind: CodebookKind, existing: list[CodebookKind]) -> None:
        if not re.fullmatch(r"#[0-9a-fA-F]{6}", kind.colour or ""):
            raise ServiceError(f"colour {kind.colour!r} is not #rrggbb")
        if not kind.label.strip():
            raise ServiceError("a kind needs a label")
        if kind.shortcut:
            if len(kind.shortcut) != 1 or not kind.shortcut.isalnum():
                raise ServiceError("a shortcut is one letter or digit")
            for k in existing:
                if k.name != kind.name and (k.shortcut or "").upper() == kind.shortcut.upper():
                    raise ServiceError(f"shortcut {kind.shortcut.upper()} is taken by {k.label}")
        if kind.parent is not None:
            names = {k.name for k in existing}
            if kind.parent not in names:
                raise ServiceError(f"no parent kind {kind.parent!r}")
            # no cycles: walk up from the parent
            parents = {k.name: k.parent for k in existing}
            cur: str | None = kind.parent
            while cur is not None:
                if cur == kind.name:
                    raise ServiceError("a kind cannot be its own ancestor")
                cur = parents.get(cur)

    def add_kind(
        self,
        label: str,
        colour: str,
        *,
        name: str | None = None,
        shortcut: str | None = None,
        description: str = "",
        parent: str | None = None,
    ) -> CodebookKind:
        existing = self.codebook()
        key = slug(name or label)
        if key in {k.name for k in existing}:
            raise ServiceError(f"a kind named {key!r} exists")
        kind = CodebookKind(
            name=key,
            label=label.strip(),
            colour=colour.lower(),
            shortcut=(shortcut or "").upper() or None,
            position=max((k.position for k in existing), default=-1) + 1,
            description=description.strip(),
            parent=parent or None,
        )
        self._check_kind(kind, existing)
        try:
            sm.insert_kind(self.store, kind)
        except StoreError as exc:
            raise ServiceError(str(exc)) from None
        return kind

    def edit_kind(self, name: str, **changes: Any) -> CodebookKind:
        existing = self.codebook()
        current = next((k for k in existing if k.name == name), None)
        if current is None:
            raise ServiceError(f"no kind named {name!r}")
        if "shortcut" in changes:
            changes["shortcut"] = (changes["shortcut"] or "").upper() or None
        if "colour" in changes:
            changes["colour"] = str(changes["colour"]).lower()
        if "parent" in changes:
            changes["parent"] = changes["parent"] or None
        kind = replace(current, **changes)
        self._check_kind(kind, existing)
        sm.update_kind(self.store, kind)
        return kind

    def remove_kind(self, name: str) -> None:
        """Remove an unused, non-built-in kind (undo of an add)."""
        if name in ("claim", "actor", "figure", "date"):
            raise ServiceError(f"{name!r} is a built-in kind")
        try:
            sm.delete_kind(self.store, name)
        except StoreError as exc:
            raise ServiceError(str(exc)) from None

    def export_codebook(self, path: str | Path) -> Path:
        """Write the codebook as a REFI-QDA .qdc file (kinds nest under their parents)."""
        from lxml import etree

        kinds = self.codebook()
        root = etree.Element(f"{{{QDC_NAMESPACE}}}CodeBook", nsmap={None: QDC_NAMESPACE}, origin="Claimline")
        codes = etree.SubElement(root, f"{{{QDC_NAMESPACE}}}Codes")
        children: dict[str | None, list[CodebookKind]] = {}
        for k in kinds:
            children.setdefault(k.parent, []).append(k)

        def add(parent_el: Any, kind: CodebookKind, seen: set[str]) -> None:
            el = etree.SubElement(
                parent_el,
                f"{{{QDC_NAMESPACE}}}Code",
                guid=kind_guid(kind.name),
                name=kind.label,
                isCodable="true",
                color=kind.colour,
            )
            if kind.description:
                etree.SubElement(el, f"{{{QDC_NAMESPACE}}}Description").text = kind.description
            seen.add(kind.name)
            for child in children.get(kind.name, []):
                if child.name not in seen:
                    add(el, child, seen)

        seen: set[str] = set()
        for k in children.get(None, []):
            add(codes, k, seen)
        for k in kinds:  # a parent missing from the store: write it at the top
            if k.name not in seen:
                add(codes, k, seen)
        tree = etree.ElementTree(root)
        problems = validate_qdc(tree)
        if problems:
            raise ServiceError(f"the codebook does not validate: {problems[0]}")
        from desktop.export.atomic import UnsafeOutput, write_atomic

        target = Path(path)
        data = etree.tostring(tree, xml_declaration=True, encoding="utf-8", pretty_print=True)
        try:
            write_atomic(target, data)
        except UnsafeOutput as exc:
            raise ServiceError(str(exc)) from None
        except OSError as exc:
            raise ServiceError(f"cannot write {target}: {exc.strerror or exc}") from None
        return target

    def import_codebook(self, path: str | Path) -> dict[str, Any]:
        """Read a REFI-QDA .qdc: known kinds (by GUID, then name or label) are updated,
        others added; nesting becomes the parent kind.  Returns counts added/updated
        and the warnings of a lenient read (see :mod:`desktop.exchange.codebook`)."""
        from desktop.exchange.codebook import read_codebook

        tree, warnings = read_codebook(path)
        ns = {"q": QDC_NAMESPACE}
        counts: dict[str, Any] = {"added": 0, "updated": 0, "warnings": warnings}
        with self.store.transaction():

            def visit(el: Any, parent: str | None) -> None:
                existing = self.codebook()
                guid = el.get("guid").strip("{}").lower()
                label = el.get("name").strip() or "Code"
                colour = (el.get("color") or "").lower()
                if re.fullmatch(r"#[0-9a-f]{3}", colour):
                    colour = "#" + "".join(c * 2 for c in colour[1:])
                desc_el = el.find("q:Description", ns)
                description = (desc_el.text or "").strip() if desc_el is not None else ""
                match = next((k for k in existing if kind_guid(k.name) == guid), None)
                if match is None:
                    match = next(
                        (
                            k
                            for k in existing
                            if k.name == slug(label) or k.label.casefold() == label.casefold()
                        ),
                        None,
                    )
                if match is not None:
                    changes: dict[str, Any] = {"label": label, "description": description}
                    if colour:
                        changes["colour"] = colour
                    if parent != match.parent and parent != match.name:
                        changes["parent"] = parent
                    self.edit_kind(match.name, **changes)
                    name = match.name
                    counts["updated"] += 1
                else:
                    name = slug(label)
                    n = 2
                    while name in {k.name for k in existing}:
                        name, n = f"{slug(label)}-{n}", n + 1
                    self.add_kind(label, colour or "#9e9e9e", name=name, description=description, parent=parent)
                    counts["added"] += 1
                for child in el.findall("q:Code", ns):
                    visit(child, name)

            for code in tree.getroot().findall("q:Codes/q:Code", ns):
                visit(code, None)
        return counts


def codebook_schema_path() -> Path:
    """The REFI-QDA Codebook.xsd shipped with the application (resources/schemas)."""
    return refi_qda_schema("Codebook.xsd")


def validate_qdc(tree: Any) -> list[str]:
    """Problems of a codebook tree against the REFI-QDA Codebook.xsd (empty: valid)."""
    from lxml import etree

    schema = etree.XMLSchema(etree.parse(str(codebook_schema_path())))
    if schema.validate(tree):
        return []
    return [f"line {e.line}: {e.message}" for e in schema.error_log]


__all__ = [
    "CREDIBILITY",
    "RELATIONS",
    "RELIABILITY",
    "Meaning",
    "attributes_for",
    "codebook_schema_path",
    "kind_guid",
    "normalise_attributes",
    "sentence_around",
    "validate_qdc",
]
