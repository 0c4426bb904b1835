"""The text's own time: relative dates resolved against a date the text gives itself.

A document's publication date (``dateCreated``) is not always the time its words speak from: a
news text dated 18 June carries the dateline "Tuesday, June 19, 2018", a letter of 1859 is stored
in a collection of 2001, a vlog says "it is Monday May 3rd" weeks before its upload.  Where the
text states its own day clearly, the relative dates after it ("yesterday", "last week", "this
year", weekdays) are resolved against that day, and their ``reason`` says so, naming the day and
the evidence; where the document has no publication date at all, the same evidence gives them a
value (they were undated).

The evidence (a date at day precision, found by the date scanner):

* a heading or dateline: a line holding only a date with a written year, optionally after a
  place ("Newstead Abbey, March 3, 1859.", "Tuesday, June 19, 2018", "LONDON, 19 June 2018 —
  …"), among the first lines of the text when it opens the text or names its weekday or place
  (not an infobox's "Born⏎June 11, 1988"), or followed by a salutation within two lines ("Dear
  Sir,", "Дорогой", "Sevgili"), or after an earlier heading when it stands alone on its line and is
  later than that heading (a diary's next entry); a "date – event" line (a timeline, key dates, an
  agenda, a dated table) is never one, except a place's dateline among the first lines ("LONDON,
  1 May 2020 — Talks failed.");
* "today is / it is / it's (currently 10:38 a.m. on) …", "tonight is …", "Сегодня …", "Bugün …"
  before a date; "filmed / recorded / written on …";
* "it is Wednesday" (a weekday alone) after such a date: the first such weekday on or after it
  (a diary or vlog moving to its next day).

An event date in the running text ("On 3 May 1990 the wall fell. Yesterday …", "The book was written on
March 3, 1859") is none of these: "filmed / recorded / written on" needs the text to speak of itself ("this
video was filmed on"), and with a publication date a heading that is no letter counts only within a week
of it (a dateline, not a chronology's "Tuesday, 4 May 1990" at the top of a 2020 report), "today is …"
within three months (a video filmed before its upload), and neither more than a day after it (a text cannot
speak from after its publication: "The deadline? It is June 1." names a date).
A heading's scope runs to the next piece of evidence; a heading opened by a quotation mark ends
where the quotation closes, and a letter ends at the line after its sign-off ("Yours truly,"),
so a quoted old letter in a news text re-anchors only its own lines; a quotation opened after the
evidence keeps the publication date (a speaker's "today" after a dateline is the speaker's day).
"""

from __future__ import annotations

import datetime as _dt
import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass

from desktop.meaning.date_weekdays import WEEKDAYS

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time: keeps import < 50 ms
    from typing import Any

    Found = list[tuple[int, int, dict[str, Any]]]
    Finder = Callable[[str, _dt.date | None], Found]

# The evidence of a text's own day, as stored in a date's ``reason`` (keys: the UI says them in its language)
HEADING = "heading"  # its heading or dateline
STATED = "stated"  # the text says so ("today is …")
NEXT_DAY = "next_day"  # the weekday it names next ("it is Wednesday")
OWN_DAY = "own_day"  # the kind of reason: read against the text's own day

_FIRST_LINES = 5
# With a publication date, evidence that is not a letter counts only near it: a dateline is the day of the report
# or a day either side, a video says "it is …" weeks before its upload; a chronology's "Tuesday, 4 May 1990" at the top
# of a 2020 report, or "the book was written on March 3, 1859", is an event, not the day the text speaks from.
_DATELINE_DAYS = 7
_STATED_DAYS = 92
_PLACE = r"(?:[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,5}\s*,\s*)?"
_BEFORE_DATE = re.compile(rf"[ \t]*[“\"«„']?[ \t]*{_PLACE}$")
_AFTER_DATE = re.compile(r"[ \t.,:;)]*(?:\n|\Z|(?:\([^)\n]{1,30}\)\s*)?[—–-]+\s)")
_ALONE = re.compile(r"[ \t.,:;)]*(?:\n|\Z)")  # the date ends its line: a heading, not "date – event"
_SALUTATION = re.compile(r"(?im)^\s*[“\"«„']?\s*(?:(?:my\s+)?dear(?:est)?\b|дорог(?:ой|ая|ие)\b|уважаем|sevgili\b|sayın\b|құрметті\b)")
_SIGN_OFF = re.compile(r"(?im)^[^\S\n]*(?:yours\b|sincerely\b|your\s+(?:affectionate|loving|devoted|obedient)\b|"
                       r"(?:with\s+)?love,|(?:best\s+|kind\s+)?regards\b|respectfully\b|faithfully\b|"
                       r"с\s+уважением\b|saygılarımla\b)[^\n]{0,50}$(?:\n[^\n]{0,60})?")
_STATED = re.compile(r"(?i)\b(?:(?:today|tonight|it)\s*(?:is|'s|’s)\s+(?:currently\s+|now\s+)?(?:(?:about|around)\s+)?"
                     r"(?:\d{1,2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?\s+)?|"
                     r"(?:filmed|recorded|written)\s+(?:on\s+)?|сегодня[\s,—–-]+|bugün[\s,]+|бүгін[\s,—–-]+)(?:on\s+)?")
_FILMED = ("filmed", "recorded", "written")
_ITSELF = re.compile(r"(?i)\b(?:this|i|i'm|i’m|we|we're|we’re)\b")  # "this video was filmed on", "I'm recording"
_WEEKDAY_ONLY = re.compile(rf"(?i)^(?:on\s+)?(?:{'|'.join(sorted(WEEKDAYS, key=len, reverse=True))})$")
_YEAR = re.compile(r"\d{3,4}")
_WEEKDAY = re.compile(rf"(?i)(?<![^\W_])(?:{'|'.join(WEEKDAYS)})(?![^\W_])")
_CLOSERS = {"“": "”", "\"": "\"", "«": "»", "„": "“", "'": "'"}


@dataclass(frozen=True)
class OwnTime:
    """A day the text gives itself: ``day``, the evidence (:data:`HEADING`, :data:`STATED`, :data:`NEXT_DAY`), where
    its scope starts and ends."""

    day: _dt.date
    evidence: str
    start: int
    end: int


def _day(attrs: dict[str, Any]) -> _dt.date | None:
    if attrs.get("undated") or attrs.get("precision") != "day" or attrs.get("start") != attrs.get("end"):
        return None
    try:
        return _dt.date.fromisoformat(str(attrs["start"]))
    except (ValueError, KeyError):
        return None


def _heading(text: str, start: int, end: int, line_no: int, previous: _dt.date | None,
             day: _dt.date) -> tuple[int, bool] | None:
    """Where a heading's line starts when the date at ``start:end`` is a heading or dateline, and whether a
    salutation follows it (a letter), else ``None``; ``previous`` is the day of the heading before, if any."""
    line_start = text.rfind("\n", 0, start) + 1
    opening = _BEFORE_DATE.match(text, line_start, start)
    if opening is None or opening.end() != start or not _AFTER_DATE.match(text, end):
        return None
    if not _YEAR.search(text, start, end):
        return None
    place = opening.group().strip(" \t“\"«„',")
    if not _ALONE.match(text, end):
        # "date – event": a timeline's, agenda's or table's line, never the text's day; only a place's dateline
        # opening the text ("LONDON, 1 May 2020 — Talks failed.") is one
        named = place and not _WEEKDAY.fullmatch(place)
        return (line_start, False) if previous is None and named and line_no < _FIRST_LINES else None
    following = "\n".join(text[end:end + 400].split("\n", 3)[1:3])
    if _SALUTATION.search(following):
        return line_start, True
    if previous is not None:  # a diary's next entry: a date alone on its line, later than the heading before
        return (line_start, False) if day > previous else None
    # among the first lines, a dateline names its weekday or place, or opens the text ("Born⏎June 11, 1988" is an
    # infobox's field, not the text's day)
    shaped = line_no == 0 or place or _WEEKDAY.search(text, start, end)
    return (line_start, False) if line_no < _FIRST_LINES and shaped else None


def _stated(text: str, start: int, end: int) -> int | None:
    """Where "today is", "it's currently … on", "filmed on" starts when it leads to the date at ``start``."""
    lo = text.rfind("\n", 0, start) + 1
    for m in _STATED.finditer(text, max(lo, start - 60), start + 1):
        if m.end() == start or (m.end() < start and not text[m.end():start].strip()):
            if m.group().casefold().startswith(_FILMED) and not _ITSELF.search(
                    text, max(lo, *(text.rfind(c, 0, m.start()) + 1 for c in ".!?")), m.start()):
                return None  # "The book was written on March 3, 1859": an event, not the text itself
            return m.start()
    return None


def _scope_end(text: str, line_start: int, start: int, limit: int) -> int:
    """A quoted heading ends with its quotation, a letter at the line after its sign-off, else ``limit``."""
    head = text[line_start:start].lstrip()
    end = limit
    if head[:1] in _CLOSERS:
        close = text.find(_CLOSERS[head[0]], start, limit)
        end = close + 1 if close >= 0 else end
    sign = _SIGN_OFF.search(text, start, end)
    return sign.end() if sign else end


def _near(day: _dt.date, reference: _dt.date | None, days: int) -> bool:
    """Whether ``day`` is at most ``days`` before the publication date, or a day after it (time zones): a text
    cannot speak from a day after its publication ("The deadline? It is June 1." is a date it names)."""
    return reference is None or -days <= (day - reference).days <= 1


def own_times(text: str, found: Found, reference: _dt.date | None = None) -> list[OwnTime]:
    """The days the text gives itself, in order, each with its scope (see the module docstring); with a
    ``reference`` (the publication date), evidence that is no letter counts only near it."""
    raw: list[tuple[int, _dt.date, str, int]] = []  # (scope start, day, evidence, heading line start or -1)
    # the first lines' ends, counted once: a date's line number is needed only up to _FIRST_LINES
    ends = [m.start() for m, _ in zip(re.finditer("\n", text), range(_FIRST_LINES))]
    previous: _dt.date | None = None  # the last heading's day
    for start, end, attrs in sorted(found, key=lambda f: f[0]):
        day = _day(attrs)
        if day is None:
            continue
        words = text[start:end]
        if _WEEKDAY_ONLY.match(words.strip()):
            cue = _stated(text, start, end)
            if cue is not None and raw:
                before = raw[-1][1]
                weekday = WEEKDAYS[words.split()[-1].casefold()]
                moved = before + _dt.timedelta(days=(weekday - before.weekday()) % 7)
                if _near(moved, reference, _STATED_DAYS):
                    raw.append((cue, moved, NEXT_DAY, -1))
            continue
        cue = _stated(text, start, end)
        if cue is not None:
            if _near(day, reference, _STATED_DAYS):
                raw.append((cue, day, STATED, -1))
            continue
        heading = _heading(text, start, end, bisect_left(ends, start), previous, day)
        if heading is not None and (heading[1] or _near(day, reference, _DATELINE_DAYS)):  # a letter: any day
            raw.append((heading[0], day, HEADING, start))
            previous = day
    out = []
    for i, (begin, day, evidence, heading_at) in enumerate(raw):
        limit = raw[i + 1][0] if i + 1 < len(raw) else len(text)
        end = _scope_end(text, begin, heading_at, limit) if heading_at >= 0 else limit
        opener = re.match(r"\s*[“\"«„']", text[begin:heading_at]) if heading_at >= 0 else None
        out.append(OwnTime(day, evidence, begin + (opener.end() if opener else 0), end))  # the letter's own quotation
    return out


def _quoted_at(text: str, start: int, end: int) -> Callable[[int], bool]:
    """For offsets in ``text[start:end]``: whether a quotation opened after ``start`` (the evidence) is still open
    there — a speaker's "today" is the speaker's day. The quotation marks are found once, so asking for every date
    of a long scope costs a search each, not a count of the text before it."""
    marks = {c: [m.start() for m in re.finditer(c, text[start:end])] for c in "“”«»\""}

    def before(c: str, at: int) -> int:
        return bisect_left(marks[c], at - start)

    return lambda at: (before("“", at) > before("”", at) or before("«", at) > before("»", at)
                       or before('"', at) % 2 == 1)


def reason_for(own: OwnTime, reference: _dt.date | None) -> dict[str, Any]:
    """The ``reason`` a date read against ``own`` carries, as facts, not words: the kind (:data:`OWN_DAY`), the text's
    own day and the publication date (ISO; ``None`` when the document has none) and the evidence's key. The UI says it
    in its language (desktop.ui.date_reasons), which stored English sentences of earlier versions cannot be."""
    return {"kind": OWN_DAY, "day": own.day.isoformat(), "evidence": own.evidence,
            "published": reference.isoformat() if reference is not None else None}


# A date tagged by hand reads the text's own time from the text's first lines and the stretch just before it only:
# a tag must be instant, and a heading further back than this keeps the publication date (the safe side).
_HEAD_CHARS = 2000
_NEAR_CHARS = 4000


def own_time_at(text: str, at: int, reference: _dt.date | None, find: Finder) -> OwnTime | None:
    """The text's own time whose scope holds offset ``at`` (outside a quotation opened after its evidence), read
    as :func:`own_times` reads it from the dates ``find`` gives in the first lines and the 4,000 characters
    before ``at``; ``None`` when there is none or it is the publication date."""
    head_end = min(at, _HEAD_CHARS)
    near_start = max(head_end, text.rfind("\n", 0, max(head_end, at - _NEAR_CHARS)) + 1)
    found = list(find(text[:head_end], reference)) if head_end else []
    found += [(s + near_start, e + near_start, a) for s, e, a in find(text[near_start:at], reference)]
    for own in own_times(text, found, reference):
        if own.start <= at < own.end and own.day != reference and not _quoted_at(text, own.start, at)(at):
            return own
    return None


def reanchor(text: str, reference: _dt.date | None, found: Found, find: Finder) -> Found:
    """``found`` with the dates inside an :class:`OwnTime`'s scope read again against its day by ``find``;
    a date whose value changes takes the new value and a ``reason`` that names the day (:func:`reason_for`)."""
    times = own_times(text, found, reference)
    if not times:
        return found
    by_span = {(s, e): i for i, (s, e, _a) in enumerate(found)}
    out = list(found)
    for own in times:
        if own.day == reference:
            continue
        quoted = _quoted_at(text, own.start, own.end)
        for s, e, attrs in find(text[own.start:own.end], own.day):
            i = by_span.get((s + own.start, e + own.start))
            if i is None:
                continue
            old = out[i][2]
            if all(attrs.get(k) == old.get(k) for k in ("start", "end", "precision", "undated", "open")):
                continue
            if not quoted(own.start + s):
                out[i] = (out[i][0], out[i][1], {**attrs, "reason": reason_for(own, reference)})
    return out
