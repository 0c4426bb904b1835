"""A year before 1000 written together with its era, "AD842": a date only after a preposition of time ("Started in
AD842", "from AD711"), not as a part number ("the AD620 amplifier").  Used by the pattern table of
:mod:`desktop.meaning.date_patterns`."""

from __future__ import annotations

import re

from desktop.meaning.date_absolute import h_short_year

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from desktop.meaning.date_base import Ctx

AD_JOINED_RX = r"(?-i:AD)(?P<sy>\d{1,3})(?![\d.,]\d|[^\W_])"  # upper case only: not "ad12" (an ad's number)
# Not "by" ("replaced by AD590", "set by AD620": a part) nor "around" after building ("built around AD620").
_TIME_PREPOSITION_BEFORE = re.compile(
    r"(?<![^\W_])(?:in|since|from|until|till|after|before|(?<!built )(?<!based )(?<!designed )around|about|circa|c\."
    r"|ca\.?)[ \u00a0]+$", re.IGNORECASE)
# Things counted after it: "in AD620 packs", "in AD8 units" (a part's number), not "in AD842 was founded".
# ("from AD711 onwards", "towards", "afterwards": no noun)
_COUNTED_AFTER = re.compile(r"[ \u00a0]+(?!(?:was|has|is|as|its|this|thus|[a-z]*wards)(?![^\W_]))[a-z]+s(?![^\W_])")


def h_ad_joined(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"AD842" after "in", "since", "from" … (not "by"): the year 842 (see ``AD_JOINED_RX``)."""
    if (_TIME_PREPOSITION_BEFORE.search(m.string, max(0, m.start() - 12), m.start()) is None
            or _COUNTED_AFTER.match(m.string, m.end())):
        return None
    return h_short_year(m, ctx)
