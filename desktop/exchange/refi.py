"""REFI-QDA projects (``.qdpx``): read what real tools write, write only valid files.

A ``.qdpx`` is a zip holding ``project.qde`` (XML, namespace
``urn:QDA-XML:project:1.0``) and a ``sources/`` folder.  This module knows the
format only: :func:`read_project` turns an archive into a :class:`Project`
(plain data, positions still in the tool's units) and :func:`write_project`
turns a :class:`Project` into an archive.  Mapping to and from a store is
:mod:`desktop.exchange.project`.

Readers are lenient and say so: a capitalised ``Project.qde``, a source path
without ``internal://``, a file that breaks Project.xsd (an empty ``<Sets/>``)
each add a warning naming the deviation.  The writer validates its XML against
Project.xsd before anything is written.

XML is parsed without entity expansion, DTDs, network access or huge trees,
and the zip through :class:`desktop.safezip.SafeZip`.
"""

from __future__ import annotations

import os
import re
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.safezip import Limits, SafeZip, ZipRefused

NS = "urn:QDA-XML:project:1.0"
QDC_NS = "urn:QDA-XML:codebook:1.0"
_Q = f"{{{NS}}}"
MEDIA_SOURCES = ("PictureSource", "AudioSource", "VideoSource")
GUID_RE = re.compile(r"\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?")
QDPX_LIMITS = Limits(max_members=20_000, max_member_bytes=256 * 2**20, max_total_bytes=1024 * 2**20)
MAX_XSD_WARNINGS = 3


class ProjectError(Exception):
    """The file is not a REFI-QDA project Claimline can read; ``str(exc)`` is for the user."""


def schema_path(name: str) -> Path:
    """A REFI-QDA schema shipped with the application (``Project.xsd``, ``Codebook.xsd``)."""
    from desktop.paths import refi_qda_schema

    return refi_qda_schema(name)


_schemas: dict[str, Any] = {}


def schema(name: str) -> Any:
    """The parsed ``etree.XMLSchema`` (cached)."""
    from lxml import etree

    if name not in _schemas:
        _schemas[name] = etree.XMLSchema(etree.parse(str(schema_path(name)), safe_parser()))
    return _schemas[name]


def safe_parser() -> Any:
    from lxml import etree

    return etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False, remove_comments=True
    )


def parse_xml(data: bytes, what: str) -> Any:
    """The root element of ``data``, or ProjectError with the parser's reason."""
    from lxml import etree

    try:
        return etree.fromstring(data, safe_parser())
    except etree.XMLSyntaxError as exc:
        raise ProjectError(f"{what} is not well-formed XML ({exc.msg})") from None


def xsd_problems(root: Any, name: str) -> list[str]:
    """Schema violations of ``root`` (``line N: message``), empty when valid."""
    from lxml import etree

    xsd = schema(name)
    try:
        if xsd.validate(root.getroottree()):
            return []
    except etree.Error:  # unexpanded entity references, say
        return ["it cannot be checked against the schema (it uses entity references, which are not expanded)"]
    return [f"line {e.line}: {e.message}" for e in xsd.error_log]


def norm_guid(value: str | None) -> str | None:
    """A GUID in lower case without braces, or None when ``value`` is not one."""
    m = GUID_RE.fullmatch((value or "").strip())
    return m.group(1).lower() if m else None


# -- the data ----------------------------------------------------------------------


@dataclass
class Code:
    guid: str
    name: str
    parent: str | None = None  # guid
    colour: str | None = None
    description: str = ""
    codable: bool = True


@dataclass
class Selection:
    guid: str
    start: int  # in the project's unit (see desktop.exchange.units)
    end: int
    codes: list[tuple[str, str | None, str | None]] = field(default_factory=list)  # (code guid, coding guid, user guid)
    description: str = ""
    note_refs: list[str] = field(default_factory=list)
    user: str | None = None
    created: str | None = None
    modified: str | None = None
    # On the original PDF (written as PDFSelections): (page, firstX, firstY, secondX, secondY)
    areas: list[tuple[int, int, int, int, int]] = field(default_factory=list)


@dataclass
class Source:
    guid: str
    name: str
    kind: str  # TextSource, PDFSource, PictureSource, …
    raw_text: str | None = None  # the plain text (BOM removed), None when missing
    missing: str = ""  # why the text could not be read
    selections: list[Selection] = field(default_factory=list)
    description: str = ""
    other_selections: int = 0  # PDF areas, picture regions, media spans


@dataclass
class Note:
    guid: str
    name: str
    text: str


@dataclass
class Project:
    name: str = ""
    origin: str = ""
    users: dict[str, str] = field(default_factory=dict)  # guid → name
    codes: list[Code] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    notes: dict[str, Note] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    creating_user: str | None = None
    cases: int = 0
    variables: int = 0


# -- reading ----------------------------------------------------------------------


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(el: Any, name: str) -> list[Any]:
    return el.findall(_Q + name)


def _child(el: Any, name: str) -> Any:
    return el.find(_Q + name)


def _text_of(el: Any, name: str, *, strip: bool = True) -> str:
    c = _child(el, name)
    text = (c.text or "") if c is not None else ""
    return text.strip() if strip else text


def _int(value: str | None) -> int | None:
    try:
        return int((value or "").strip())
    except ValueError:
        return None


def decode_text(data: bytes) -> str:
    """Plain text of a source: UTF-8 as the spec says (BOM removed), else UTF-16 with BOM."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    return data.decode("utf-8-sig")


def read_project(
    path: str | os.PathLike[str], *, cancelled: Callable[[], bool] | None = None
) -> Project:
    """The project in a ``.qdpx`` archive, leniently; raises ProjectError or ZipRefused."""
    with SafeZip(path, QDPX_LIMITS, what="REFI-QDA project") as archive:
        qde = archive.find("project.qde", ignore_case=False)
        warnings: list[str] = []
        if qde is None:
            qde = archive.find("project.qde")
            if qde is None:
                if any(n.lower().endswith(".qde") for n in archive.names()):
                    qde = next(n for n in archive.names() if n.lower().endswith(".qde"))
                else:
                    raise ProjectError("not a REFI-QDA project: the archive has no project.qde")
            warnings.append(f"the project file is named {qde!r}, not 'project.qde'")
        root = parse_xml(archive.read(qde), qde)
        if root.tag != _Q + "Project":
            if _local(root.tag) == "CodeBook":
                raise ProjectError("this is a REFI-QDA codebook, not a project: use codebook import")
            raise ProjectError(f"not a REFI-QDA project: the root element is {_local(root.tag)!r}")
        problems = xsd_problems(root, "Project.xsd")
        if problems:
            more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
            warnings.append(f"project.qde does not follow Project.xsd: {problems[0]}{more}; read leniently")
        project = Project(
            name=root.get("name") or "",
            origin=root.get("origin") or "",
            warnings=warnings,
            creating_user=norm_guid(root.get("creatingUserGUID")),
        )
        users = _child(root, "Users")
        for u in _children(users, "User") if users is not None else []:
            guid = norm_guid(u.get("guid"))
            if guid:
                project.users[guid] = (u.get("name") or "").strip() or f"user {guid[:8]}"
        book = _child(root, "CodeBook")
        codes = _child(book, "Codes") if book is not None else None
        if codes is not None:
            _read_codes(codes, None, project)
        for what in ("Cases", "Variables"):
            el = _child(root, what)
            setattr(project, what.lower(), len(el) if el is not None else 0)
        notes = _child(root, "Notes")
        for n in _children(notes, "Note") if notes is not None else []:
            guid = norm_guid(n.get("guid"))
            if guid:
                project.notes[guid] = Note(guid, (n.get("name") or "").strip(), _text_of(n, "PlainTextContent"))
        sources = _child(root, "Sources")
        for s in list(sources) if sources is not None else []:
            if cancelled is not None and cancelled():
                raise ProjectError("cancelled")
            source = _read_source(s, archive, project)
            if source is not None:
                project.sources.append(source)
    return project


def _read_codes(parent_el: Any, parent: str | None, project: Project) -> None:
    for el in _children(parent_el, "Code"):
        guid = norm_guid(el.get("guid"))
        if guid is None:
            project.warnings.append(f"code {el.get('name')!r} has no valid GUID; read with a new one")
            guid = str(uuid.uuid4())
        colour = (el.get("color") or "").strip().lower() or None
        if colour and re.fullmatch(r"#[0-9a-f]{3}", colour):
            colour = "#" + "".join(c * 2 for c in colour[1:])
        if colour and not re.fullmatch(r"#[0-9a-f]{6}", colour):
            colour = None
        project.codes.append(
            Code(
                guid=guid,
                name=(el.get("name") or "").strip() or "Code",
                parent=parent,
                colour=colour,
                description=_text_of(el, "Description"),
                codable=(el.get("isCodable") or "true").strip().lower() in ("true", "1"),
            )
        )
        _read_codes(el, guid, project)


def _member_for(path: str, archive: SafeZip, project: Project, what: str) -> tuple[str | None, str]:
    """The archive member a source path names, or (None, why)."""
    if path.startswith("internal://"):
        rel = path[len("internal://") :]
    elif path.startswith(("relative://", "absolute://", "file://", "http://", "https://")):
        return None, f"its file {path[:60]!r} is outside the project"
    else:
        project.warnings.append(f"{what}: source path {path[:60]!r} has no internal:// scheme; read from sources/")
        rel = path
    rel = rel.lstrip("/")
    member = archive.find("sources/" + rel) or archive.find(rel)
    if member is None:
        return None, f"its file {rel!r} is missing from the project"
    return member, ""


_DESCRIPTION, _CODING, _CODEREF, _NOTEREF = (_Q + n for n in ("Description", "Coding", "CodeRef", "NoteRef"))


def _selection(el: Any) -> Selection:
    """One PlainTextSelection (one pass over its children: projects hold 100,000 of them)."""
    get = el.get
    guid = norm_guid(get("guid")) or str(uuid.uuid4())
    start, end = _int(get("startPosition")), _int(get("endPosition"))
    if start is None or end is None:
        return Selection(guid, -1, -1)
    sel = Selection(guid, start, end, user=norm_guid(get("creatingUser")), created=get("creationDateTime"),
                    modified=get("modifiedDateTime"))
    for child in el:
        tag = child.tag
        if tag == _CODING:
            code = None
            for part in child:
                if part.tag == _CODEREF:
                    code = norm_guid(part.get("targetGUID"))
                elif part.tag == _NOTEREF and (ref := norm_guid(part.get("targetGUID"))):
                    sel.note_refs.append(ref)
            if code:
                sel.codes.append((code, norm_guid(child.get("guid")), norm_guid(child.get("creatingUser"))))
        elif tag == _DESCRIPTION:
            sel.description = child.text or ""
        elif tag == _NOTEREF and (ref := norm_guid(child.get("targetGUID"))):
            sel.note_refs.append(ref)
    return sel


def _read_text_source(el: Any, kind: str, archive: SafeZip, project: Project, name: str) -> Source:
    guid = norm_guid(el.get("guid")) or str(uuid.uuid4())
    source = Source(guid=guid, name=name, kind=kind, description=_text_of(el, "Description"))
    inline = _child(el, "PlainTextContent")
    path = el.get("plainTextPath")
    if inline is not None and not path:
        source.raw_text = inline.text or ""
    elif path:
        member, why = _member_for(path.strip(), archive, project, f"source {name!r}")
        if member is None:
            source.missing = why
        else:
            try:
                source.raw_text = decode_text(archive.read(member))
            except UnicodeDecodeError:
                source.missing = f"its text {member!r} is not UTF-8"
    else:
        source.missing = "it has no plain text"
    source.selections = [_selection(s) for s in _children(el, "PlainTextSelection")]
    return source


def _read_source(el: Any, archive: SafeZip, project: Project) -> Source | None:
    kind = _local(el.tag)
    name = (el.get("name") or "").strip() or (el.get("plainTextPath") or el.get("path") or "untitled")
    if kind == "TextSource":
        return _read_text_source(el, kind, archive, project, name)
    if kind == "PDFSource":
        rep = _child(el, "Representation")
        if rep is not None:
            source = _read_text_source(rep, kind, archive, project, name)
            source.guid = norm_guid(el.get("guid")) or source.guid
        else:
            source = Source(norm_guid(el.get("guid")) or str(uuid.uuid4()), name, kind, missing="it has no text representation")
        source.other_selections = len(_children(el, "PDFSelection"))
        return source
    if kind in MEDIA_SOURCES:
        n = sum(1 for c in el.iter() if _local(c.tag).endswith("Selection"))
        return Source(norm_guid(el.get("guid")) or str(uuid.uuid4()), name, kind, missing="Claimline reads text only", other_selections=n)
    return None


# -- writing ----------------------------------------------------------------------


@dataclass
class OutSource:
    guid: str
    name: str
    text: str
    selections: list[Selection]
    description: str = ""
    pdf: bytes | None = None  # the original PDF: written as a PDFSource whose Representation is the text

    @property
    def text_guid(self) -> str:
        """The GUID of the plain text (the Representation's, for a PDF)."""
        return str(uuid.uuid5(uuid.UUID(self.guid), "representation")) if self.pdf is not None else self.guid


@dataclass
class Case:
    guid: str
    name: str
    description: str
    selections: list[str]  # selection GUIDs


@dataclass
class OutProject:
    name: str
    users: dict[str, str]  # guid → name
    codes: list[Code]
    sources: list[OutSource]
    notes: list[Note]
    creating_user: str
    created: str
    cases: list[Case] = field(default_factory=list)


_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?")


def _dt(value: str | None) -> str | None:
    """An xsd:dateTime, or None (Claimline's stamps already are)."""
    return value if value and _DATETIME.fullmatch(value) else None


def build_xml(project: OutProject) -> Any:
    """The ``project.qde`` tree of ``project`` (positions must be code points)."""
    from lxml import etree

    E = etree.SubElement
    root = etree.Element(
        _Q + "Project",
        nsmap={None: NS},
        name=project.name,
        origin="Claimline",
        creatingUserGUID=project.creating_user,
        creationDateTime=project.created,
    )
    users = E(root, _Q + "Users")
    for guid, name in project.users.items():
        E(users, _Q + "User", guid=guid, name=name)
    if project.codes:
        codes_el = E(E(root, _Q + "CodeBook"), _Q + "Codes")
        by_parent: dict[str | None, list[Code]] = {}
        known = {c.guid for c in project.codes}
        for c in project.codes:
            by_parent.setdefault(c.parent if c.parent in known else None, []).append(c)

        def add(parent_el: Any, code: Code, seen: set[str]) -> None:
            seen.add(code.guid)
            attrs = {"guid": code.guid, "name": code.name, "isCodable": "true" if code.codable else "false"}
            if code.colour:
                attrs["color"] = code.colour
            el = E(parent_el, _Q + "Code", attrs)
            if code.description:
                E(el, _Q + "Description").text = code.description
            for child in by_parent.get(code.guid, []):
                if child.guid not in seen:
                    add(el, child, seen)

        seen: set[str] = set()
        for c in by_parent.get(None, []):
            add(codes_el, c, seen)
        for c in project.codes:  # a cycle of parents: write what is left at the top
            if c.guid not in seen:
                add(codes_el, c, seen)
    if project.cases:
        cases_el = E(root, _Q + "Cases")
        for case in project.cases:
            case_el = E(cases_el, _Q + "Case", guid=case.guid, name=case.name)
            if case.description:
                E(case_el, _Q + "Description").text = case.description
            for ref in case.selections:
                E(case_el, _Q + "SelectionRef", targetGUID=ref)
    if project.sources:
        sources_el = E(root, _Q + "Sources")
        for s in project.sources:
            text_path = f"internal://{s.text_guid}.txt"
            if s.pdf is not None:
                pdf = E(sources_el, _Q + "PDFSource", guid=s.guid, name=s.name, path=f"internal://{s.guid}.pdf")
                if s.description:
                    E(pdf, _Q + "Description").text = s.description
                for sel in s.selections:
                    for page, x1, y1, x2, y2 in sel.areas:
                        area = {"page": str(page), "firstX": str(x1), "firstY": str(y1), "secondX": str(x2), "secondY": str(y2)}
                        _write_selection(pdf, "PDFSelection", sel, area, f"page {page}")
                src = E(pdf, _Q + "Representation", guid=s.text_guid, name=s.name, plainTextPath=text_path)
            else:
                src = E(sources_el, _Q + "TextSource", guid=s.guid, name=s.name, plainTextPath=text_path)
                if s.description:
                    E(src, _Q + "Description").text = s.description
            for sel in s.selections:
                _write_selection(src, "PlainTextSelection", sel, {"startPosition": str(sel.start), "endPosition": str(sel.end)})
    if project.notes:
        notes_el = E(root, _Q + "Notes")
        for n in project.notes:
            note = E(notes_el, _Q + "Note", guid=n.guid, name=n.name)
            E(note, _Q + "PlainTextContent").text = n.text
    return root


def _write_selection(parent: Any, tag: str, sel: Selection, where: dict[str, str], part: str = "") -> None:
    """One selection element with its codings and notes; ``part`` names a further piece of
    the same selection (a PDF page), whose element and codings get GUIDs of their own."""

    from lxml import etree

    E = etree.SubElement

    def own(guid: str) -> str:
        return str(uuid.uuid5(uuid.UUID(guid), part)) if part else guid

    attrs = {"guid": own(sel.guid), "name": ""} | where
    if sel.user:
        attrs["creatingUser"] = sel.user
    if created := _dt(sel.created):
        attrs["creationDateTime"] = created
    if sel.user:
        attrs["modifyingUser"] = sel.user
    if modified := _dt(sel.modified):
        attrs["modifiedDateTime"] = modified
    sel_el = E(parent, _Q + tag, attrs)
    if sel.description:
        E(sel_el, _Q + "Description").text = sel.description
    for code, coding, user in sel.codes:
        c_attrs = {"guid": own(coding) if coding else str(uuid.uuid4())}
        if user:
            c_attrs["creatingUser"] = user
        if created := _dt(sel.created):
            c_attrs["creationDateTime"] = created
        E(E(sel_el, _Q + "Coding", c_attrs), _Q + "CodeRef", targetGUID=code)
    for ref in sel.note_refs:
        E(sel_el, _Q + "NoteRef", targetGUID=ref)


def project_bytes(project: OutProject) -> bytes:
    """``project`` as the bytes of a ``.qdpx``, validated against Project.xsd.

    Raises ProjectError when the XML would not be valid.
    """
    import io

    from lxml import etree

    root = build_xml(project)
    problems = xsd_problems(root, "Project.xsd")
    if problems:
        raise ProjectError(f"the project would not follow Project.xsd: {problems[0]}")
    xml = etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as out:
        out.writestr("project.qde", xml)
        for s in project.sources:
            out.writestr(f"sources/{s.text_guid}.txt", s.text.encode("utf-8"))
            if s.pdf is not None:
                out.writestr(f"sources/{s.guid}.pdf", s.pdf, compress_type=zipfile.ZIP_STORED)
    return buf.getvalue()


def _illegal_xml_chars() -> re.Pattern[str]:
    return re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


ILLEGAL_XML = _illegal_xml_chars()


def xml_safe(value: str) -> str:
    """``value`` without the characters XML 1.0 cannot hold."""
    return ILLEGAL_XML.sub("\ufffd", value)


__all__ = [
    "NS",
    "QDC_NS",
    "Case",
    "Code",
    "Note",
    "OutProject",
    "OutSource",
    "Project",
    "ProjectError",
    "Selection",
    "Source",
    "ZipRefused",
    "build_xml",
    "norm_guid",
    "parse_xml",
    "read_project",
    "safe_parser",
    "schema",
    "schema_path",
    "project_bytes",
    "xml_safe",
    "xsd_problems",
]
