"""Dates written in numbers only: ISO ("2025-05-22"), day-first with a full year ("03.07.2025", "03/07/2025";
month-first only when that is the single valid reading) and with slashes and a year of two digits ("6/25/90").
Split from :mod:`~desktop.meaning.date_absolute`.

Three numbers in slashes are also how lottery draws and match scores are written: "the numbers drawn were
15/6/10", "she won 15/6/10 on the night".  A two-digit year is no date after a word of draws or scores in its
clause ("numbers", "drawn", "lottery", "score", "won", "beat", "sets"…) when the numbers are that word's object or
complement (right after it, or after a copula: "the numbers were 15/6/10"; not "the party won the election held
15/6/10", "the seat won on 15/6/10"), nor before more numbers of a list ("15/6/10 and 22").
"""

from __future__ import annotations

import re

from desktop.meaning.date_base import Ctx, span, to_int

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time: keeps import < 50 ms
    from typing import Any


def h_iso(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    attrs = span("day", (to_int(m["y1"]), to_int(m["mo"]), to_int(m["d1"])))
    return (attrs, False) if attrs else None


def h_numeric(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    a, b, y = to_int(m["a"]), to_int(m["b"]), to_int(m["y1"])
    attrs = span("day", (y, b, a))
    if attrs is None and m["sep"] == "/" and a <= 12 < b:
        attrs = span("day", (y, a, b))  # only possible reading is month-first
    return (attrs, False) if attrs else None


# A word of draws or scores whose object or complement the numbers are: right before them, or with only a copula,
# "drawn", "went" or a colon between ("the numbers drawn were 15/6/10", "she won 15/6/10", "the balls: 3/15/22").  Not
# such a word elsewhere in the clause: "the party won the election held 15/6/10", "the quarter ended 30/6/19 lost money"
_DRAW_OR_SCORE_BEFORE = re.compile(
    r"(?<![^\W_])(?:numbers?|drawn|draws?|balls?|lottery|lotto|jackpot|bingo|scores?|scored|scoreline|won|wins?|winning"
    r"|beat|beaten|beating|defeated|lost|losing|sets?|tie-?break)(?![^\W_])"
    r"(?:[ \u00a0]*:|[ \u00a0]+(?:were|was|are|is|went|drawn|read)(?![^\W_]))*[ \u00a0]+$",
    re.IGNORECASE,
)
# A word that introduces a date right before the numbers: "on 14/3/22 or 15"
_DATE_WORD_BEFORE = re.compile(r"(?<![^\W_])(?:on|since|until|till|by|dated)[ \u00a0]+$", re.IGNORECASE)
# More numbers of a list after: "15/6/10 and 22", "15/6/10, 22, 31" (not "15/6/10, 22 people": a count)
_MORE_NUMBERS_AFTER = re.compile(r"[ \u00a0]*(?:,|&|and|or)[ \u00a0]*\d{1,2}(?![\d/]|[.,:]\d|[ \u00a0]*[^\W\d_])",
                                 re.IGNORECASE)


def drawn_numbers(m: re.Match[str]) -> bool:
    """Whether three numbers in slashes are a draw's or a match's, not a date (see the module's docstring)."""
    text = m.string
    if _MORE_NUMBERS_AFTER.match(text, m.end()) and not _DATE_WORD_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        return True  # "15/6/10 and 22" (not "elected on 14/3/22 or 15")
    return _DRAW_OR_SCORE_BEFORE.search(text, max(0, m.start() - 60), m.start()) is not None


def h_numeric_short_year(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"6/25/90", "25/6/90": a date with slashes and a year of two digits, read only when one number can be no month
    (else "9/11/01" is either); the year in this century up to twenty years after the publication date ("The contract
    expires 6/30/27"), else in the last.  Not drawn numbers or a score (see the module's docstring)."""
    a, b, yy = to_int(m["a"]), to_int(m["b"]), to_int(m["yy"])
    if (a > 12) == (b > 12) or drawn_numbers(m):
        return None
    cut = (ctx.reference.year if ctx.reference else 2030) + 20
    year = 2000 + yy if 2000 + yy <= cut else 1900 + yy
    attrs = span("day", (year, a, b) if b > 12 else (year, b, a))
    return (attrs, False) if attrs else None
