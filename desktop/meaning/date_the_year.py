"""A year before 1000 named by "the year": "in the year 71", "the year 800, when …" (GUM dates York's founding "in the
year 71"); a number of one to three digits is otherwise no year in English.  Only at its clause's end or before a
verb or link word, as "December of 384" (:func:`~desktop.meaning.date_absolute.h_month_of_early_year`): "the year 12
class", "the year 2 pupils" are school years; and from 14 only ("in the year 10", "in the year 2" are school or plan
years).  Used by :mod:`desktop.meaning.date_patterns`; nothing here does I/O."""

from __future__ import annotations

import re

from desktop.meaning.date_absolute import BCE_AFTER, EARLY_YEAR_END

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from desktop.meaning.date_base import Ctx

THE_YEAR_HEADS = "the"
# below it "the year N" is a school year ("Students in the year 10 were praised", years 1-13) or a plan's year ("Sales
# rose 5% in the year 2, then fell"), far more often than a year of the era
_FIRST_YEAR = 14
# "the year 71" (GUM's mention; "in the year 1066" stays "1066", read by the year's own pattern)
THE_YEAR_RX = r"the[ \u00a0]year[ \u00a0](?P<y1>[1-9]\d{0,2})(?![\d.,:/]\d|\d|[^\W\d_])"


def h_the_year(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"the year 71": the year 71 (not before the era: "the year 71 BC" is read by its own pattern)."""
    if int(m["y1"]) < _FIRST_YEAR or not EARLY_YEAR_END.match(m.string, m.end()) or BCE_AFTER.match(m.string, m.end()):
        return None
    iso = f"{int(m['y1']):04d}"  # below MIN_YEAR, as "в 286 году" is: not through span()
    return {"start": iso, "end": iso, "precision": "year", "undated": False}, False
