"""Moments, minutes and hours ago without a number ("moments ago", "just minutes ago", "A few moments ago, the Senate
met"): the publication day, as "two hours ago" and "a few hours ago" are (a number of them is read by ``h_ago``).
Not in a past perfect ("The scene was the same as it had been a few moments ago"): a story's moments before its
own past, not the day of the text."""

from __future__ import annotations

import re

from desktop.meaning.date_base import SEP, WORD_END, Ctx
from desktop.meaning.date_relative import relative_handler
from desktop.meaning.date_tense import clause_sides

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time: keeps import < 50 ms
    from typing import Any

    from desktop.meaning.date_base import Handler

HAD = re.compile(r"(?:(?<![^\W_])had|['’]d)(?![^\W_])", re.IGNORECASE)  # "had been", "she'd seen"
_TODAY = relative_handler("day", 0)


def h_moments_ago(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"moments ago", "just minutes ago": the publication day; none in a past perfect clause."""
    if HAD.search(clause_sides(m.string, m.start(), m.end())[0]):
        return None
    return _TODAY(m, ctx)


MOMENT_PATTERNS: list[tuple[str, str, Handler]] = [
    ("moments minutes hours just only mere a",
     rf"(?:(?:just|only|mere|a{SEP}few|a{SEP}couple{SEP}of){SEP})?(?:mere{SEP})?(?:moments|minutes|hours){SEP}ago{WORD_END}",
     h_moments_ago),
]
