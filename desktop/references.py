"""Footnote markers and the reference list at the end of a text (pure, no Qt, no SQL).

:func:`analyse` finds

* the **reference list**: a run of entries near the end of the text, each
  starting a line with a label — ``[1]``, ``¹``, ``(1)``, ``1.`` / ``1)`` —
  optionally after a heading such as "References", "Notes", "Kaynakça".
  Plain ``1.`` entries count only after such a heading (otherwise any
  numbered list would be taken for notes).  Each entry gets its URL and
  access date ("Erişme Tarihi: 03.07.2025", "Accessed 3 July 2025", …);
* the **markers** in the body that point at those entries: ``[1]``, runs of
  superscript digits (``¹²``), and ``(1)`` when it directly follows a word or
  punctuation and ``1`` is a label of the list.

Offsets are Python ``str`` indices into the text given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.meaning.dates import parse_date
from desktop.meaning.reference_headings import REFERENCES_OR_NOTES_HEADING
from desktop.model import Reference

_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPER_TO_DIGIT = str.maketrans(_SUPERSCRIPTS, "0123456789")

# A reference-list entry at the start of a line: its label in group "n".
_ENTRY = re.compile(
    r"^[ \t]*(?:\[(?P<b>\d{1,3})\]|\((?P<p>\d{1,3})\)|(?P<s>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})|(?P<d>\d{1,3})[.)])[ \t]*(?=\S)",
    re.M,
)
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"“”‘’]+", re.I)
_URL_TRAIL = ").,;:!?]'’”»"
# Access-date phrases, then the date itself (up to the closing bracket or line end).
_ACCESSED = re.compile(
    r"(?:eri[sş]i?me?\s+tarihi|eri[sş]im\s+tarihi|accessed(?:\s+on)?|last\s+accessed|retrieved(?:\s+on)?|"
    r"consulté\s+le|zugriff\s+am|abgerufen\s+am|дата\s+обращения|visited(?:\s+on)?)\s*[:\-–]?\s*"
    r"(?P<date>[^()\[\]\n]{4,40}?)\s*(?=[)\].;]\s*$|[)\]]|$)",
    re.I | re.M,
)
_BODY_BRACKET = re.compile(r"\[(\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)\]")
_BODY_SUPER = re.compile(r"(?<=[\w.,;:!?)\]”’\"'])[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}")
_BODY_PAREN = re.compile(r"(?<=[\w.,;:!?”’\"'])\((\d{1,3})\)")
_MAX_TEXT = 5_000_000


@dataclass(frozen=True)
class Marker:
    """A footnote marker in the body: ``text[start:end]`` points at reference ``label``."""

    label: str
    start: int
    end: int


@dataclass(frozen=True)
class Footnotes:
    references: tuple[Reference, ...] = ()
    markers: tuple[Marker, ...] = ()
    list_start: int | None = None  # where the reference list (or its heading) begins

    def reference(self, label: str) -> Reference | None:
        for ref in self.references:
            if ref.label == label:
                return ref
        return None

    def marker_at(self, index: int) -> Marker | None:
        for m in self.markers:
            if m.start <= index < m.end:
                return m
        return None


def _label(m: re.Match[str]) -> tuple[str, str]:
    """(label, style) of an entry match."""
    for style in ("b", "p", "s", "d"):
        value = m.group(style)
        if value is not None:
            return str(int(value.translate(_SUPER_TO_DIGIT))), style
    raise AssertionError("no label group")


def _clean_url(raw: str) -> str:
    url = raw.rstrip(_URL_TRAIL)
    # Keep a closing bracket that belongs to the URL (Wikipedia-style "(disambiguation)").
    while raw[len(url):len(url) + 1] == ")" and url.count("(") > url.count(")"):
        url += ")"
    return url


def _accessed(entry: str) -> str | None:
    m = _ACCESSED.search(entry)
    if not m:
        return None
    words = m.group("date").strip().rstrip(".,;")
    if not words:
        return None
    parsed = parse_date(words)  # never raises on text (property-tested)
    if parsed and not parsed.get("undated") and parsed.get("precision") == "day" and parsed.get("start"):
        return str(parsed["start"])
    return words


def _last_heading_before(headings: list[re.Match[str]], position: int) -> re.Match[str] | None:
    """The last of ``headings`` that ends at or before ``position``."""
    before = [h for h in headings if h.end() <= position]
    return before[-1] if before else None


def _entries(text: str) -> tuple[list[Reference], int | None]:
    """The last run of reference entries (in the second half of the text)."""
    headings = list(REFERENCES_OR_NOTES_HEADING.finditer(text))
    half = len(text) // 2
    found: list[tuple[re.Match[str], str, str]] = []
    for m in _ENTRY.finditer(text):
        label, style = _label(m)
        found.append((m, label, style))
    # Group consecutive entries of one style that count 1, 2, 3 … upwards.
    runs: list[list[tuple[re.Match[str], str, str]]] = []
    for item in found:
        m, label, style = item
        if runs and runs[-1][-1][2] == style and int(label) == int(runs[-1][-1][1]) + 1:
            runs[-1].append(item)
        elif label == "1":
            runs.append([item])
    best: list[tuple[re.Match[str], str, str]] = []
    for run in reversed(runs):
        first = run[0][0].start()
        heading = _last_heading_before(headings, first)  # notes under "Notes" with "Further reading" after them too
        after_heading = heading is not None and not text[heading.end():first].strip("\n \t")
        if run[0][2] == "d" and not after_heading:
            continue  # a plain numbered list, not notes
        if first < half and not after_heading:
            continue
        best = run
        break
    if not best:
        return [], None
    refs: list[Reference] = []
    for i, (m, label, _style) in enumerate(best):
        start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip(" \t")))
        # An entry runs to the next entry, or to the first blank line after it.
        limit = best[i + 1][0].start() if i + 1 < len(best) else len(text)
        blank = text.find("\n\n", m.end(), limit)
        end = blank if blank >= 0 else limit
        if i + 1 == len(best):
            nl = text.find("\n", m.end())
            end = min(end, nl) if nl >= 0 else end
        body = text[m.end():end].strip()
        end = m.end() + len(text[m.end():end].rstrip())
        url_m = _URL.search(body)
        refs.append(
            Reference(
                label=label,
                text=body,
                url=_clean_url(url_m.group(0)) if url_m else None,
                accessed=_accessed(body),
                start=start,
                end=end,
            )
        )
    list_start = refs[0].start
    assert list_start is not None  # an entry found in this text has its position
    heading = _last_heading_before(headings, list_start)
    if heading is not None and not text[heading.end():list_start].strip():
        list_start = heading.start()
    return refs, list_start


def _markers(text: str, labels: set[str], limit: int) -> list[Marker]:
    out: list[Marker] = []
    for m in _BODY_BRACKET.finditer(text, 0, limit):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not text[line_start:m.start()].strip():
            continue  # an entry-like label at a line start, not a marker
        nums: list[str] = []
        for part in re.split(r"\s*,\s*", m.group(1)):
            bounds = re.split(r"\s*[–-]\s*", part)
            if len(bounds) == 2 and int(bounds[0]) <= int(bounds[1]) <= int(bounds[0]) + 50:
                nums += [str(n) for n in range(int(bounds[0]), int(bounds[1]) + 1)]
            else:
                nums += [str(int(b)) for b in bounds]
        if labels and not any(n in labels for n in nums):
            continue
        for n in nums:
            out.append(Marker(n, m.start(), m.end()))
    for m in _BODY_SUPER.finditer(text, 0, limit):
        n = str(int(m.group(0).translate(_SUPER_TO_DIGIT)))
        if not labels or n in labels:
            out.append(Marker(n, m.start(), m.end()))
    if labels:
        for m in _BODY_PAREN.finditer(text, 0, limit):
            n = str(int(m.group(1)))
            if n in labels:
                out.append(Marker(n, m.start(), m.end()))
    out.sort(key=lambda k: (k.start, int(k.label)))
    return out


def analyse(text: str) -> Footnotes:
    """The reference list and the markers of ``text``; never raises on any str."""
    if not isinstance(text, str) or not text or len(text) > _MAX_TEXT:
        return Footnotes()
    refs, list_start = _entries(text)
    labels = {r.label for r in refs}
    limit = list_start if list_start is not None else len(text)
    markers = _markers(text, labels, limit)
    return Footnotes(tuple(refs), tuple(markers), list_start)


def find_references(text: str) -> list[Reference]:
    return list(analyse(text).references)


def find_markers(text: str) -> list[Marker]:
    return list(analyse(text).markers)


__all__ = ["Footnotes", "Marker", "Reference", "analyse", "find_markers", "find_references"]
