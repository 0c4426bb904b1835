""""Earlier in the year", "later in the month", "earlier in the week": as "earlier this year" (its first day up to the
publication date; "later": from it to the last day), when nothing else says which year, month or week is meant.  No
date when the last year written before it in its paragraph or the one before (2,000 characters at most) is not the
publication's ("In 2019 the firm grew. Earlier in the year it cut jobs": that year's, which the text does not bound;
a year two paragraphs back is of another part of the story), nor, for a month or a week, after a
month's name in its paragraph ("The vote was in March. Later in the month …"); a past perfect ("Earlier in the year he
had toured Europe") and "later in the …" in a clause in the past ("Later in the year he moved to Paris") are a
story's own time, no date either."""

from __future__ import annotations

import re

from desktop.meaning.date_base import MODERN_YEAR, MONTH_NAMES_EN, SEP, WORD_END, Ctx, paragraph_start
from desktop.meaning.date_moments import HAD  # a past perfect: "Earlier in the year he had toured Europe"
from desktop.meaning.date_relative import h_earlier_later
from desktop.meaning.date_tense import PAST, clause_sides, clause_tense

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time: keeps import < 50 ms
    from typing import Any

    from desktop.meaning.date_base import Handler

# a year this near is read however short the lines between ("In 2019 the firm grew.\nIt hired 200 people.\nEarlier in
# the year …": 2019's, in a text of one sentence a line)
_LINES_REACH = 400
_REACH = 2000  # characters read back for a year written before it, or a month written in its paragraph
_MONTH_WRITTEN = re.compile(rf"(?<![^\W_])(?:{'|'.join(MONTH_NAMES_EN)}"
                            r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)(?![^\W_])")


def _year_written_before(text: str, pos: int) -> int | None:
    """The last year written before ``pos`` in its paragraph or the one before it (at most :data:`_REACH` characters
    back, at least :data:`_LINES_REACH`), the year "the year" then speaks of; ``None`` when none is written there."""
    lo = max(0, pos - _REACH)
    opened = paragraph_start(text, pos, _REACH)
    before = len(text[lo:opened].rstrip()) + lo  # the end of the paragraph before
    if before > lo:
        lo = max(lo, paragraph_start(text, before, before - lo))
    lo = min(lo, max(0, pos - _LINES_REACH))  # a text of one sentence a line: its lines are no paragraphs
    last = None
    for last in MODERN_YEAR.finditer(text, lo, pos):
        pass
    return int(last.group(0)) if last is not None else None


def h_earlier_in_the(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"earlier in the year" → 1 January to the publication date, "later in the month" → the publication date to the
    month's end (see above)."""
    text, ref = m.string, ctx.reference
    year = _year_written_before(text, m.start())
    if year is not None and (ref is None or year != ref.year):
        return None
    if m["unit"].lower() != "year" and _MONTH_WRITTEN.search(text, paragraph_start(text, m.start(), _REACH), m.start()):
        return None
    sides = clause_sides(text, m.start(), m.end())
    if HAD.search(sides[0]) or HAD.search(sides[1]) or (
            m["edge"].lower() == "later" and clause_tense(text, m.start(), m.end()) == PAST):
        return None
    return h_earlier_later(m, ctx)


EARLIER_IN_THE_PATTERNS: list[tuple[str, str, Handler]] = [
    ("earlier later", rf"(?P<edge>earlier|later){SEP}in{SEP}the{SEP}(?P<unit>week|month|year){WORD_END}"
     rf"(?!{SEP}(?:of{WORD_END}|\d))", h_earlier_in_the),  # not "later in the month of May", "in the year 2026": that one
]
