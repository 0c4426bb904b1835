"""Moments, minutes and hours ago without a number ("moments ago", "just minutes ago", "A few moments ago, the Senate
met"): the publication day, as "two hours ago" and "a few hours ago" are (a number of them is read by ``h_ago``)."""

from __future__ import annotations

from desktop.meaning.date_base import SEP, WORD_END
from desktop.meaning.date_relative import relative_handler

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time: keeps import < 50 ms
    from desktop.meaning.date_base import Handler

MOMENT_PATTERNS: list[tuple[str, str, Handler]] = [
    ("moments minutes hours just only mere a",
     rf"(?:(?:just|only|mere|a{SEP}few|a{SEP}couple{SEP}of){SEP})?(?:mere{SEP})?(?:moments|minutes|hours){SEP}ago{WORD_END}",
     relative_handler("day", 0)),
]
