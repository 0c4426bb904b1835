"""Two years in a row offered as a choice before a noun ("the 1998 or 1999 models", "2003 veya 2004 modelleri") are two
years, as "Sales of 1998 or 1999 models" and "built in 1998 or 1999" already read.  Two numbers one apart are as often
a count ("sold 1999 or 2000 copies", "1999 или 2000 экземпляров", "2019 ya da 2020 öğrenci"), so the choice is read
only where the words mark the noun as named by the years, not counted: an English determiner right before the first
("the", "these", "its") or a Turkish plural with a possessive right after ("modelleri", "seçimlerinde"; a counted
Turkish noun stays singular).  Used by :func:`~desktop.meaning.date_patterns.scan`; nothing here does I/O."""

from __future__ import annotations

import re

from desktop.meaning.counts import people_listed
from desktop.meaning.date_base import NOT_QUANTITY, Cand, span
from desktop.meaning.date_counted import counted_after  # "The 1999 or 2000 copies sold": a count after a determiner

_CHOICE = re.compile(r"(?<![\d.,/-])(1[89]\d\d|20\d\d)[ \u00a0]+(?:or|veya|ya[ \u00a0]+da)[ \u00a0]+(1[89]\d\d|20\d\d)"
                     rf"(?![\d.,]\d|\d|[^\W\d_]){NOT_QUANTITY}", re.IGNORECASE)
# "the 1998 or 1999 models", "These 2003 or 2004 coupes": a determiner names the noun by its year
_DETERMINER_BEFORE = re.compile(r"(?<![^\W_])(?:the|these|those|its|their|his|her|our|my|your)[ \u00a0]+$", re.IGNORECASE)
# "2003 veya 2004 modelleri", "2018 ya da 2019 sezonlarında": a plural with a possessive (a count takes the singular)
_TR_PLURAL_AFTER = re.compile(r"[ \u00a0]+[^\W\d_]+l[ae]r[ıi](?:n(?:[ıi]n|d[ae]n?|[ae]))?(?![^\W_])")


def year_choices(text: str, chosen: list[Cand]) -> list[Cand]:
    """``chosen`` with the two years of each choice "N or N+1" that no date covers yet and that a determiner before or
    a Turkish plural after marks as years ("The 1998 or 1999 models were recalled": 1998 and 1999; "They sold 1998 or
    1999 units": none)."""
    if " or " not in text and " veya " not in text and " da " not in text:
        return chosen
    extra: list[Cand] = []
    for m in _CHOICE.finditer(text):
        y1, y2 = int(m[1]), int(m[2])
        named = (_DETERMINER_BEFORE.search(text, max(0, m.start() - 8), m.start())
                 or _TR_PLURAL_AFTER.match(text, m.end(2)))
        if (y2 != y1 + 1 or not named or people_listed(text, m.end(2)) or counted_after(text, m.end(2))
                or any(c.start < m.end(2) and m.start(1) < c.end for c in chosen)):
            continue  # not one apart, a count ("sold 1999 or 2000 copies"), people, or read already
        for b, e, y in ((m.start(1), m.end(1), y1), (m.start(2), m.end(2), y2)):
            attrs = span("year", (y,))
            if attrs is not None:
                extra.append(Cand(b, e, attrs))
    return sorted(chosen + extra, key=lambda c: c.start) if extra else chosen
