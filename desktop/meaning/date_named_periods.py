"""Named periods whose dates are well known and not in dispute: the two world wars ("World War II", "the Second
World War", "WWII", "the Great War"), the Korean War, the American Revolution, the American Civil War, the Great Depression, the
Cold War.  Each is the interval historians give it (the world wars and the Korean War to the day, from the first
declaration or invasion to the armistice or surrender; the others in years).  Left out on purpose: periods whose
bounds vary by author or country ("the Middle Ages", "the Renaissance", "the colonial era"), "the Civil War" or
"the war" without a country, and "a new Cold War" or "a second Great Depression" (a period like it, not it)."""

from __future__ import annotations

import re

from desktop.meaning.date_base import SEP, WORD_END, Ctx, span

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time: keeps import < 50 ms
    from typing import Any

    from desktop.meaning.date_base import Handler

_II = r"(?:II|2|Two)"
_I = r"(?:I|1|One)"
# (name pattern, precision, first day or year, last day or year); the names are matched in any case, the check
# below asks for capitals where a lower-case phrase is a common noun ("a great depression", "a cold war")
_PERIODS: list[tuple[str, str, tuple[int, ...], tuple[int, ...]]] = [
    (rf"World{SEP}War{SEP}{_II}|Second{SEP}World{SEP}War|WW{_II}|WW{SEP}II", "day", (1939, 9, 1), (1945, 9, 2)),
    (rf"World{SEP}War{SEP}{_I}|First{SEP}World{SEP}War|Great{SEP}War|WW{_I}|WW{SEP}I", "day", (1914, 7, 28), (1918, 11, 11)),
    (rf"Korean{SEP}War", "day", (1950, 6, 25), (1953, 7, 27)),
    (rf"American{SEP}Revolution(?:ary{SEP}War)?|Revolutionary{SEP}War", "year", (1775,), (1783,)),
    (rf"American{SEP}Civil{SEP}War", "year", (1861,), (1865,)),
    (rf"Great{SEP}Depression", "year", (1929,), (1939,)),
    (rf"Cold{SEP}War", "year", (1947,), (1991,)),
]
_NAMES = [re.compile(rx, re.IGNORECASE) for rx, *_ in _PERIODS]
# "a new Cold War", "another Great Depression", "a second Korean War": a period like it
_LIKE_BEFORE = re.compile(r"(?<![^\W_])(?:a|an|new|another|next|second|third|future)[\s\u00a0]+$", re.IGNORECASE)
# "World War II-era": still the war's dates; "World War II veterans" too (the period named);
# but "the Daughters of the American Revolution", "the Museum of the Great War": a name of which the period is a part
_NAME_BEFORE = re.compile(r"(?<![^\W_])[A-Z][^\W\d_]+[\s\u00a0]+of[\s\u00a0]+the[\s\u00a0]+$")
# "the World War II Museum", "the Korean War Veterans Memorial", "the Great War Memorial": a place named after it
_NAME_AFTER = re.compile(r"(?:[\s\u00a0]+[A-Z][^\W\d_]*){0,2}[\s\u00a0]+(?i:museum|memorial|monument|cemetery|cent(?:er|re)"
                         r"|library|park|hall|institute|foundation|society|association|trust|fund|medal|archives?)(?![^\W_])")
# "post-Cold War Europe", "pre-World War II housing": after or before it, not it
_EDGE_BEFORE = re.compile(r"(?<![^\W_])(?:post|pre|inter)-?$", re.IGNORECASE)


def h_named_period(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """A named period of :data:`_PERIODS`: its interval, whatever the publication date (none where its words
    are in lower case or name a period like it)."""
    words = m.group()
    if not all(w[:1].isupper() or w[:1].isdigit() for w in words.split()):
        return None  # "the cold war between the neighbours", "a great depression of spirits"
    if _LIKE_BEFORE.search(m.string, max(0, m.start() - 12), m.start()) or _NAME_BEFORE.search(
            m.string, max(0, m.start() - 40), m.start()) or _NAME_AFTER.match(m.string, m.end()) or _EDGE_BEFORE.search(
            m.string, max(0, m.start() - 6), m.start()):
        return None
    for rx, (_, precision, first, last) in zip(_NAMES, _PERIODS):
        attrs = span(precision, first, last) if rx.fullmatch(words) else None
        if attrs is not None:
            return attrs, False
    return None


NAMED_PERIOD_PATTERNS: list[tuple[str, str, Handler]] = [
    ("world second first ww2 wwii ww ww1 wwi korean american revolutionary great cold",
     rf"(?:{'|'.join(rx for rx, *_ in _PERIODS)}){WORD_END}", h_named_period),
]
