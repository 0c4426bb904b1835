"""Two years in a row offered as a choice ("the 1998 or 1999 models", "в 1998 или 1999 году") are two years wherever
they stand: a year alone before a plural noun may be a count ("The 1998 models were recalled" finds none), but a count
is not offered as two numbers one apart.  Used by :func:`~desktop.meaning.date_patterns.scan`; nothing here does I/O."""

from __future__ import annotations

import re

from desktop.meaning.counts import people_listed
from desktop.meaning.date_base import NOT_QUANTITY, Cand, span

_CHOICE = re.compile(r"(?<![\d.,/-])(1[89]\d\d|20\d\d)[ \u00a0]+(?:or|или|veya|ya[ \u00a0]+da)[ \u00a0]+(1[89]\d\d|20\d\d)"
                     rf"(?![\d.,]\d|\d|[^\W\d_]){NOT_QUANTITY}", re.IGNORECASE)
# a bound or an estimate before the first is a count: "about 1999 or 2000 votes", "some 2019 or 2020 entries"
_ESTIMATE_BEFORE = re.compile(r"(?<![^\W_])(?:about|around|some|nearly|almost|approximately|roughly|over|under|than|least"
                              r"|около|примерно|почти|более|менее|yaklaşık|kadar)[ \u00a0]+$", re.IGNORECASE)


def year_choices(text: str, chosen: list[Cand]) -> list[Cand]:
    """``chosen`` with the two years of each choice "N or N+1" that no date covers yet ("The 1998 or 1999 models were
    recalled": 1998 and 1999, as "Sales of 1998 or 1999 models" and "built in 1998 or 1999" read)."""
    if " or " not in text and " или " not in text and " veya " not in text and " da " not in text:
        return chosen
    extra: list[Cand] = []
    for m in _CHOICE.finditer(text):
        y1, y2 = int(m[1]), int(m[2])
        if (y2 != y1 + 1 or _ESTIMATE_BEFORE.search(text, max(0, m.start() - 16), m.start())
                or people_listed(text, m.end(2))
                or any(c.start < m.end(2) and m.start(1) < c.end for c in chosen)):
            continue  # not one apart, an estimate, people ("1999 or 2000 people"), or read already
        for b, e, y in ((m.start(1), m.end(1), y1), (m.start(2), m.end(2), y2)):
            attrs = span("year", (y,))
            if attrs is not None:
                extra.append(Cand(b, e, attrs))
    return sorted(chosen + extra, key=lambda c: c.start) if extra else chosen
