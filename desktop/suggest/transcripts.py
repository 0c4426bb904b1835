"""People named by the conventions of transcripts and of plural titles (no I/O, no Qt).

* :func:`reporters` — a broadcast transcript names its reporter in capitals before
  "reporting:" or ", host:" ("WADE GOODWYN reporting:", "NEAL CONAN, host:"), and then each
  of the reporter's turns by the surname alone before a colon at the start of a line
  ("GOODWYN: The candidate …"): one person, named in title case (Wade Goodwyn).  A word in
  capitals before a colon is a speaker only when the transcript has named that person so.
* :func:`titled_pairs` — a title in the plural before two surnames joined by "and"
  ("Senators Daschle and Leahy", "Presidents Bush and Putin") names two people.
"""

from __future__ import annotations

import re

from desktop.suggest.words import LOW as _LOW
from desktop.suggest.words import UP as _UP

__all__ = ["reporters", "titled_pairs"]

_CAPS_WORD = rf"[{_UP}][{_UP}'’-]+"
_REPORTER = re.compile(
    rf"^(?P<name>{_CAPS_WORD}(?:[ \u00a0]{_CAPS_WORD}){{1,2}})(?:[ \u00a0]+reporting|,[ \u00a0]+(?:host|byline))[ \u00a0]*:",
    re.MULTILINE)
_TURN = re.compile(rf"^(?P<name>{_CAPS_WORD})[ \u00a0]?:", re.MULTILINE)


def reporters(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of a transcript's reporter: the full name in capitals before
    "reporting:" or ", host:", and each turn by the surname alone before a colon."""
    full: dict[str, str] = {}
    out = []
    for m in _REPORTER.finditer(text):
        name = m.group("name").title()
        full[m.group("name").split()[-1]] = name
        out.append((m.start("name"), m.end("name"), name))
    if full:
        out += [(m.start("name"), m.end("name"), full[m.group("name")]) for m in _TURN.finditer(text) if m.group("name") in full]
    return out


_PLURAL_TITLES = (r"Senators|Sens\.|Representatives|Reps\.|Presidents|Governors|Ministers|Generals|Justices|Judges"
                  r"|Congressmen|Drs\.|Professors|Mayors|Ambassadors")
_SURNAME = rf"[{_UP}][{_LOW}]+(?:[-'’][{_UP}][{_LOW}]+)?"
_TITLED_PAIR = re.compile(
    rf"(?<![\w])(?:{_PLURAL_TITLES})[ \u00a0]+(?P<first>{_SURNAME})[ \u00a0]+and[ \u00a0]+(?P<second>{_SURNAME})(?![\w’'-])")


def titled_pairs(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, surname)`` of the two people a plural title names ("Senators Daschle
    and Leahy")."""
    out = []
    for m in _TITLED_PAIR.finditer(text):
        out += [(m.start(g), m.end(g), m.group(g)) for g in ("first", "second")]
    return out
