"""Numbers that a text's layout or notation makes no figure: steps and section numbers, phone numbers, arithmetic.

* A number that opens a line of a numbered list ("3 Prepare seed containers." with a line "2 Start …" near it) or a
  heading's section number ("2.3 Measures of the Location of the Data") counts nothing, though a plural follows it;
* a number in spaces followed by a hyphen and digits, or after a trunk prefix or "tel:", is a phone number ("tel: 1 201
  944-3737", "0800 123 456");
* "two times one", "9 minus 2", "nine equals three": arithmetic, no count of times, minuses or equals;
* a number glued after digits and a colon is the minutes of a clock time, the other side of a score or ratio or a
  verse, and counts nothing on its own: "около 23:00 мск" (no 0 "мск"), "В 12:30 мск", "a ratio of 3:2 recruits per
  officer", "John 3:16 people quote";
* hours or minutes written with a colon before a unit of time are one length: "1:30 minutes" 1.5 min (was 30 min),
  "2:05 hours" 125 min, "4:05 minutes" 245 s, "1:02:30 hours" 3750 s (a quarter stays in the larger unit, as "2 hours
  and 30 minutes" does: ``measures.hours_in_minutes``); after "at", "until", "saat", "в", "до" it is a time of day,
  no figure ("arrived at 10:30 hours"), and so at a range's end ("open from 9:00 to 17:00 hours") or after "from" or "by"
  with no change or delay before them ("by 17:00 hours"; "delayed by 1:30 hours" is a length); a bound before the
  length is its qualifier ("about 2:30 hours" ≈ 2.5 h, "within 1:30 hours" ≤ 1.5 h).

Nothing here does I/O and no function raises on any ``str`` input.
"""

from __future__ import annotations

import re

from desktop.meaning.measures import bound_before, within_before
from desktop.meaning.units import TIME_SYMBOLS

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time
    from typing import Any

# A phone number's tail after a number grouped by spaces: "1 201 944-3737", "1 201-592-4699" (not a range's high end
# grouped the same way: "100 000-200 000", "1 000-2 000").
_PHONE_TAIL = re.compile(r"-\d{3,4}(?![ \u00a0]?\d)")
_SPACE_GROUPED = re.compile(r"\d{1,3}(?:[ \u00a0]\d{3})+")
# A trunk or service prefix before a number grouped by spaces: "0800 123 456", "020 7946 0000".
_TRUNK_BEFORE = re.compile(r"(?<![\d.,])0\d{2,4}[ \u00a0]$")
# (a line's own word before it: "call the hotline on 116 123", "the helpline 116 123", "ring us on 0300 …"; only small
# words between, so "phone users reached 116 123" stays a number)
_PHONE_CUE = re.compile(r"(?<![\w-])(?i:tel|telephone|phone|fax|mob|mobile|call|ring|dial|text|helpline|hotline)[.:]?"
                        r"(?:[ \u00a0]+(?i:the|a|us|them|him|her|me|free|toll-free|freephone|national|emergency|police"
                        r"|helpline|hotline|line|number|on|at)){0,3}[.:]?[ \u00a0]*(?:\+[ \u00a0]?)?$")
# The base cue, right before the number ("tel: 1 201 …", "call 0800 …"); after the wider one, what follows must be no
# counted noun: an end, a mark or a small word ("the hotline 116 123 is free"; not "call on the 12 000 police", "the
# hotline 1 200 staff", which the count rules read whole)
_PHONE_CUE_AT = re.compile(r"(?<![\w-])(?i:tel|telephone|phone|fax|mob|mobile|call)[.:]?[ \u00a0]*(?:\+[ \u00a0]?)?$")
_AFTER_PHONE = re.compile(r"(?![ \u00a0]*[^\W\d_])|[ \u00a0]+(?i:is|was|for|to|and|or|if|from|now|today|any|at|on|in"
                          r"|between|until|line|number|this|every|daily)(?![\w'’-])")
_ORDINAL_SUFFIXES = {"1": "st", "2": "nd", "3": "rd"}
# An international number: a "+" glued before the country code, and another group of digits after the number read
# ("+1 212 555 0199", "at +964 770 123 4567"; not "+3 degrees", "+5%", "rose by +1 200 people")
_PLUS_BEFORE = re.compile(r"(?<![\w+])\+[ \u00a0]?$")
_GROUP_AFTER = re.compile(r"[ \u00a0-]\d")


def _ordinal(text: str, end: int) -> bool:
    """An ordinal's suffix is glued to the number ending at ``end`` ("its 50,000th article", "the 1,000th visitor"; not the
    stones of "14st")."""
    suffix = text[end : end + 2]
    if suffix not in ("th", "st", "nd", "rd") or text[end + 2 : end + 3].isalpha():
        return False
    tens = text[end - 2 : end - 1]
    return suffix == ("th" if tens == "1" else _ORDINAL_SUFFIXES.get(text[end - 1 : end], "th"))


def phone_or_ordinal(text: str, start: int, end: int) -> bool:
    """The bare number at ``start``–``end`` is part of a phone number ("tel: 1 201 944-3737", "+1 212 555 0199") or an
    ordinal ("its 50,000th article")."""
    if _ordinal(text, end) or _PHONE_CUE_AT.search(text, max(0, start - 16), start) or _TRUNK_BEFORE.search(text, max(0, start - 7), start):
        return True
    if _PHONE_CUE.search(text, max(0, start - 48), start) and _AFTER_PHONE.match(text, end):
        return True
    if _PLUS_BEFORE.search(text, max(0, start - 3), start) and _GROUP_AFTER.match(text, end):
        return True  # "+1 212 555 0199"
    return _SPACE_GROUPED.fullmatch(text, start, end) is not None and _PHONE_TAIL.match(text, end) is not None


# A line that opens with a list's number and a capitalised word ("2 Start seed indoors", "10 Keep the soil damp").
_LINE_NUMBER = re.compile(r"[ \t]*(\d{1,2})(?:[.)])?[ \t]+(?=[A-Z])")
# A heading's section number: "2.3 Measures of …", "4.1.2 Results" (a line with no full stop, question or exclamation mark).
_SECTION_NUMBER = re.compile(r"[ \t]*\d{1,2}(?:\.\d{1,2}){1,3}[ \t]+(?=[A-Z])")
# A finite verb right after the counted noun: a list of incidents, not of instructions ("3 Iraqi army soldiers were
# captured", "2 Yemeni fishing boats sank"; a step reads "3 Prepare seed containers.").
_CLAUSE_VERB = re.compile(r"[ \u00a0]+(?:were|was|are|is|have|has|had|died|sank|fell|left|remain|remained|[a-z]+ed)(?![\w'’-])")
# How far a list's neighbouring step is looked for, before and after (characters).
_NEAR = 3000


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def _list_step(text: str, start: int, end: int) -> bool:
    """The number at ``start`` opens its line, a capitalised word follows that the count's noun does not follow at
    once, and a line near it opens with the number before or after it in the same way: a numbered list's step, no count
    ("2 Start seed indoors …", "3 Prepare seed containers."; not "2 Carrots" nor "3 Iraqi soldiers died" in a list)."""
    line = _line_start(text, start)
    m = _LINE_NUMBER.match(text, line)
    if m is None or m.start(1) != start or len(text[start:end].split()) < 4 or _CLAUSE_VERB.match(text, end):
        return False  # (a verb after the noun: the count is a clause's subject, "2 Iraqi army soldiers were wounded.")
    n = int(m[1])
    line_end = text.find("\n", start)
    after = text[line_end + 1 : line_end + 1 + _NEAR] if line_end >= 0 else ""
    near = text[max(0, line - _NEAR) : line] + "\n" + after
    return re.search(rf"(?m)^[ \t]*(?:{n - 1}|{n + 1})[.)]?[ \t]+[A-Z]", near) is not None


def _section_heading(text: str, start: int) -> bool:
    """The number at ``start`` is the section number of a heading line ("2.3 Measures of the Location of the Data")."""
    line = _line_start(text, start)
    m = _SECTION_NUMBER.match(text, line)
    if m is None or text[line:start].strip():
        return False
    end = text.find("\n", start)
    heading = text[start : end if end >= 0 else len(text)]
    return len(heading) <= 120 and not re.search(r"[.!?:;,]\s*$", heading) and heading.count(". ") == 0


# Words of arithmetic after a number: "9 minus 2", "nine equals three", "two times one minus x".
_ARITHMETIC = {"minus", "plus", "equals"}
# (not a year: "5 times 1990 levels", "three times 2019's total" multiply that year's level)
NUMBER_NEXT = re.compile(r"[ \u00a0]+(?:(?!(?:1[5-9]|20)\d\d(?!\d))\d|(?i:one|two|three|four|five|six|seven|eight|nine|ten|[b-hj-z])(?![\w'’-]))")


def _arithmetic(text: str, end: int, attrs: dict[str, Any]) -> bool:
    unit = str(attrs.get("unit") or "")
    if unit in _ARITHMETIC:
        return True
    return unit == "times" and text[end - 5 : end].lower() == "times" and NUMBER_NEXT.match(text, end) is not None




def _after_clock_colon(text: str, start: int, unit: str) -> bool:
    """The count or bare number at ``start`` is glued after digits and a colon ("23:00 мск", "3:2 soldiers")."""
    return start >= 2 and text[start - 1] == ":" and text[start - 2].isdigit() and text[start : start + 1].isdigit() and (
        unit == "" or unit.isalpha() and unit.islower() and unit not in TIME_SYMBOLS)


# hours or minutes and a colon right before the figure's two digits ("1:30 minutes", "1:02:30 hours")
_COLON_PARTS = re.compile(r"(?<![\d:.,])(?P<a>\d{1,2}):(?:(?P<b>\d{2}):)?$")
_AT_BEFORE = re.compile(
    r"(?<![\w-])(?i:at|until|till|saat|в|к|до)[ \u00a0]+(?:(?i:about|around|approximately|около|примерно)[ \u00a0]+)?$")
# the end of a range of clock times before hours: "open from 9:00 to 17:00 hours", "09:00-17:00 hours", "between 8:00 and
# 18:00 hours" (not minutes: "1:30-2:00 minutes" is a length)
_CLOCK_RANGE_END = re.compile(r"(?<![\d:.,])\d{1,2}:\d{2}[ \u00a0]*(?:[-–—]|(?i:to|until|till|and)(?![\w-]))[ \u00a0]*$")
# "from" or "by" before it is a time of day too ("from 22:00 hours", "by 17:00 hours"), unless a change or a delay comes
# before them, where it is a length ("cut from 2:30 hours to 1:45 hours", "delayed by 1:30 hours", "won by 2:05 minutes")
_FROM_BY_BEFORE = re.compile(r"(?<![\w-])(?i:from|by)[ \u00a0]+(?:(?i:about|around|approximately)[ \u00a0]+)?$")
_CHANGE_BEFORE = re.compile(r"(?<![\w-])(?i:cut|cuts|reduced?|shortened|extended|increased?|decreased?|rose|risen|fell|fallen|grew"
                            r"|grown|dropped|delayed|lengthened|improved|slashed|trimmed|won|lost|beat|beaten|late|behind|ahead"
                            r"|faster|slower|longer|shorter|(?:up|down)(?=[ \u00a0]+from[ \u00a0]))(?![\w-])[^.!?;\n]{0,30}$")
# "from" a length with its unit "to" another length with its unit is two lengths, no clock times: "lasted from 1:30 hours
# to 2:15 hours" (1.5 h and 2.25 h), "went from 1:20 hours to 1:40 hours" (a clock range writes its unit once: "from
# 9:00 to 17:00 hours")
_LENGTH_TO_AFTER = re.compile(r"[ \u00a0]+(?i:to|up[ \u00a0]+to)[ \u00a0]+\d{1,2}(?::\d{2})?[ \u00a0]*"
                              r"(?i:hours?|hrs?|h|minutes?|mins?)(?![\w-])")
# a part of the day after the unit: "в 10:30 часов утра", "около 10:30 часов вечера" is a time of day
_DAY_PART_AFTER = re.compile(r"[ \u00a0]+(?i:утра|вечера|дня|ночи)(?![\w-])")
_SMALLER = {"h": ("min", 60), "min": ("s", 60)}


def _colon_length(text: str, start: int, end: int, attrs: dict[str, Any]) -> tuple[int, int, dict[str, Any]] | None:
    """The figure of hours or minutes written with a colon ("1:30 minutes" → 1.5 min from "1"), or None when the
    number at ``start`` is no such length's last part; a time of day gives an empty span (``start`` == ``end``)."""
    unit, per = str(attrs.get("unit") or "").partition("/")[::2]  # ("1:30 hours a day": h/d)
    per = "/" + per if per else ""
    if unit not in _SMALLER or attrs.get("upper") is not None or attrs.get("scale") or not (
            text[start : start + 2].isdigit() and not text[start + 2 : start + 3].isdigit()):
        return None
    m = _COLON_PARTS.search(text, max(0, start - 6), start)
    if m is None or int(text[start : start + 2]) >= 60 or m["b"] and (unit != "h" or int(m["b"]) >= 60):
        return None
    if _AT_BEFORE.search(text, max(0, m.start() - 24), m.start()) or _DAY_PART_AFTER.match(text, end) or unit == "h" and (
            _CLOCK_RANGE_END.search(text, max(0, m.start() - 24), m.start())
            or _FROM_BY_BEFORE.search(text, max(0, m.start() - 20), m.start())
            and not _CHANGE_BEFORE.search(text, max(0, m.start() - 60), m.start()) and not _LENGTH_TO_AFTER.match(text, end)):
        return start, start, attrs  # ("at 10:30 hours", "около 10:30 часов утра", "9:00 to 17:00 hours": a time of day)
    if not attrs.get("qualifier") and (sign := bound_before(text, m.start()) or within_before(text, m.start(), attrs)):
        attrs = {**attrs, "qualifier": sign}  # the bound before the hours ("about 2:30 hours" ≈ 2.5 h, "within 1:30 hours" ≤)
    last = int(text[start : start + 2])
    if m["b"]:  # hours, minutes and seconds
        return m.start(), end, {**attrs, "value": int(m["a"]) * 3600 + int(m["b"]) * 60 + last, "unit": "s" + per}
    small, parts = _SMALLER[unit]
    if last % 15 == 0:
        value = int(m["a"]) + last / parts
        return m.start(), end, {**attrs, "value": int(value) if value.is_integer() else value}
    return m.start(), end, {**attrs, "value": int(m["a"]) * parts + last, "unit": small + per}


def without_layout_numbers(text: str, found: list[tuple[int, int, dict[str, Any]]]) -> list[tuple[int, int, dict[str, Any]]]:
    """``found`` without the numbers of steps, section headings, arithmetic and a clock time's minutes (see the module's
    docstring); money and percentages stay ("2 Pay $40 at the door": the $40)."""
    out = []
    for start, end, attrs in found:
        unit = str(attrs.get("unit") or "")
        counted = unit.islower() and len(unit) > 2 and unit not in ("people", "min") or unit == ""
        if counted and not attrs.get("scale") and text[start : start + 1].isdigit() and (
                _list_step(text, start, end) or _section_heading(text, start)):
            continue
        if _arithmetic(text, end, attrs) or _after_clock_colon(text, start, unit) and not attrs.get("scale"):
            continue
        if text[start - 1 : start] == ":" and (length := _colon_length(text, start, end, attrs)) is not None:
            if length[0] < length[1]:
                out.append(length)  # ("1:30 minutes": 1.5 min; "at 10:30 hours" is dropped)
            continue
        out.append((start, end, attrs))
    return out
