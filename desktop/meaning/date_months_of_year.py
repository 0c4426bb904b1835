"""The first or last months of a year counted out: "the first three months of 2020" is January–March 2020 (as "the first
quarter of 2020"), "the last four months of 2019" September–December, "the first six months of last year" the first
half of the year before the publication's, "the first three months of the year" of the publication's year (as "the
first quarter of the year" is read).  Only a count of 2 to 11 months with "the" and the year's own "of": "the
first three months of the war", "the first three months of his term", "three months of 2020 data" and a split year
("the first three months of 2020-21", a fiscal year or a season) stay no months.
Used by :mod:`desktop.meaning.date_patterns`; nothing here does I/O."""

from __future__ import annotations

import re

from desktop.meaning.date_base import NUMWORDS, REL_YEAR, SEP, WORD_END, Ctx, fold, span, undated_relative, year_re

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

_COUNTS = {word: n for word, n in NUMWORDS.items() if word.isascii() and 2 <= n <= 11}
MONTHS_OF_YEAR_HEADS = "the"
MONTHS_OF_YEAR_RX = (rf"the{SEP}(?P<edge>first|last|final){SEP}(?P<n>{'|'.join(_COUNTS)}|[2-9]|1[01]){SEP}months{SEP}of"
                     rf"{SEP}(?:{year_re('y1')}(?![/‐‑–—-]\d)|(?P<rel>last|this|next|the){SEP}year{WORD_END})")


def h_months_of_year(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """The months counted from the year's start ("first") or back from its end ("last", "final"); a year told by
    "last/this/next year" is the publication's, undated with the reason without one."""
    n = _COUNTS.get(m["n"].lower()) or int(m["n"])
    if m["rel"]:
        if ctx.reference is None:
            return undated_relative(), False
        y = ctx.reference.year + REL_YEAR.get(fold(m["rel"]), 0)  # "of the year": the publication's, as "the first quarter of the year"
    else:
        y = int(m["y1"])
    first, last = (1, n) if m["edge"].lower() == "first" else (13 - n, 12)
    attrs = span("month", (y, first), (y, last))
    return (attrs, False) if attrs else None
