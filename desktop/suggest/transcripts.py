"""People named by the conventions of transcripts and of plural titles (no I/O, no Qt).

* :func:`reporters` — a broadcast transcript names its reporter in capitals before
  "reporting:" or ", host:" ("WADE GOODWYN reporting:", "NEAL CONAN, host:"), and then each
  of the reporter's turns by the surname alone before a colon at the start of a line
  ("GOODWYN: The candidate …"): one person, named in title case (Wade Goodwyn).  A word in
  capitals before a colon is a speaker only when the transcript has named that person so, and
  a name before "reporting:" is one only when its surname takes a turn too ("LIVE UPDATES
  reporting:" is a heading).
* :func:`titled_pairs` — a title in the plural before two surnames joined by "and"
  ("Senators Daschle and Leahy", "Presidents Bush and Putin") names two people, in a sentence
  (not a headline) and not inside a longer name ("the Presidents Cup and Ryder Cup").
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
    "reporting:" or ", host:", and each turn by the surname alone before a colon, when at
    least one such turn confirms the name."""
    full: dict[str, list[re.Match[str]]] = {}
    for m in _REPORTER.finditer(text):
        full.setdefault(m.group("name").split()[-1], []).append(m)
    if not full:
        return []
    turns = [m for m in _TURN.finditer(text) if m.group("name") in full]
    out = []
    for surname, named in full.items():
        mine = [t for t in turns if t.group("name") == surname]
        if mine:  # a name before "reporting:" whose surname never takes a turn is a heading ("LIVE UPDATES reporting:")
            name = named[0].group("name").title()
            out += [(m.start("name"), m.end("name"), name) for m in named + mine]
    return sorted(out)


_PLURAL_TITLES = (r"Senators|Sens\.|Representatives|Reps\.|Presidents|Governors|Ministers|Generals|Justices|Judges"
                  r"|Congressmen|Drs\.|Professors|Mayors|Ambassadors")
_SURNAME = rf"[{_UP}][{_LOW}]+(?:[-'’][{_UP}][{_LOW}]+)?"
_TITLED_PAIR = re.compile(
    rf"(?<![\w])(?<![Tt]he[ \u00a0])(?:{_PLURAL_TITLES})[ \u00a0]+(?P<first>{_SURNAME})[ \u00a0]+and[ \u00a0]+"
    rf"(?P<second>{_SURNAME})(?![\w’'-]|[ \u00a0]+[{_UP}])")
# a line of running text: it ends with a sentence's stop, or wraps after a lower-case word or a comma
_SENTENCE_END = re.compile(r"(?:[.!?…\"”»),;]|(?<![\w-])[a-z][\w-]*)\s*$")


def titled_pairs(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, surname)`` of the two people a plural title names ("Senators Daschle
    and Leahy").  Not a name of its own after "the" ("the Presidents Cup and …", "the Judges
    Choice and Audience awards"), nor a pair before another capitalised word ("Presidents Day
    and Christmas Day"), nor on a line that ends with a capitalised word and no stop (a
    headline: "Ministers Meet and Agree on Budget")."""
    out = []
    for m in _TITLED_PAIR.finditer(text):
        line_end = text.find("\n", m.end())
        line_end = line_end if line_end >= 0 else len(text)
        if _SENTENCE_END.search(text, max(m.end(), line_end - 40), line_end):  # the line's end only, not the whole line
            out += [(m.start(g), m.end(g), m.group(g)) for g in ("first", "second")]
    return out
