"""Handlers of seasons and parts of a written year: "summer 2010", "Летом 2010 года", "2010 yazında",
"early 2004", "mid-2010", "late last year", "2011 başında", "2010'un ilk yarısında" (months of the year).
Split from :mod:`~desktop.meaning.date_absolute`, which re-exports these names.
"""

from __future__ import annotations

import re

from desktop.meaning.date_base import REL_YEAR, YEAR_THIRDS, Ctx, fold, group, span, to_int, undated_relative
from desktop.meaning.date_parts import SEASONS_WITH_YEAR, part_key
from desktop.meaning.date_year_names import alone_on_its_line

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time: keeps import < 50 ms
    from typing import Any


SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 14),
            "весной": (3, 5), "весна": (3, 5), "летом": (6, 8), "лето": (6, 8), "осенью": (9, 11),
            "осень": (9, 11), "зимой": (12, 14), "зима": (12, 14),
            "ilkbahar": (3, 5), "ilkbaharında": (3, 5), "baharında": (3, 5), "yaz": (6, 8), "yazında": (6, 8),
            "sonbahar": (9, 11), "sonbaharında": (9, 11), "kış": (12, 14), "kışın": (12, 14), "kışında": (12, 14)}
SEASON_ALT = "|".join(sorted(SEASONS, key=len, reverse=True))


_GAMES_AFTER = re.compile(r"[ \u00a0]+(?:Olymp|Olimp|Paralymp|Paralimp|Games|Oyunlar|Universiade|Üniversiad)")


def h_season(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"summer 2010", "Летом 2010 года", "2010 yazında", "the autumn of last year": months of the season."""
    word = (group(m, "s1") or group(m, "s2") or "").lower()
    months = SEASONS_WITH_YEAR.get(word) or SEASONS.get(word)
    if months is None:
        return None
    if group(m, "s2") and (_GAMES_AFTER.match(m.string, m.end()) or word in SEASONS_WITH_YEAR and alone_on_its_line(
            m.string, *m.span("y1"))):
        # "the 2004 Summer Olympic Games": the year names the games; "… in the\n1848\nautumn": a page number before
        # an English season (not "in the autumn\n1848\nand …": a season with its year, wrapped; nor "Proje\n2010\nyazında",
        # "Работы начались\n1848\nлетом": the Turkish and Russian order, the year before the season)
        return None
    rel = group(m, "rel")
    if rel:  # "the autumn of last year", "the spring of next year": the season of the year the word names
        if ctx.reference is None:
            return undated_relative(), False
        y = ctx.reference.year + REL_YEAR[fold(rel)]
    else:
        y = to_int(m["y1"])
    first, last = months
    end = (y + 1, last - 12) if last > 12 else (y, last)
    attrs = span("month", (y, first), end)
    return (attrs, False) if attrs else None




def h_part_year(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"early 2004", "mid-2010", "late 2019", "late last year", "the end of this year", "в начале
    будущего года": a third of the year, in months."""
    first, last = YEAR_THIRDS.get(part_key(m["part"]) or "", (1, 12))
    rel = (group(m, "rel") or "").lower()
    if rel:
        if ctx.reference is None:
            return undated_relative(), False
        y = ctx.reference.year + REL_YEAR[fold(rel)]
    else:
        y = to_int(m["y1"])
    attrs = span("month", (y, first), (y, last))
    return (attrs, False) if attrs else None


def h_tr_year_part(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """Turkish parts of a year: "2004'ün ilk günlerinde" (January), "2011 başında" (January–April),
    "1564 ortalarında", "2019 sonunda", "2010'un ilk yarısında" (January–June), "son aylarında"."""
    y = to_int(m["y1"])
    if group(m, "edge"):
        first_edge = m["edge"].lower() == "ilk"
        if m["unit"].lower() == "ay":
            first, last = YEAR_THIRDS["early" if first_edge else "late"]
        else:  # the first or last days or weeks: that month
            first = last = 1 if first_edge else 12
    elif group(m, "half"):
        first, last = (1, 6) if m["half"].lower() == "ilk" else (7, 12)
    else:
        first, last = YEAR_THIRDS.get(part_key(m["part"]) or "", (1, 12))
    attrs = span("month", (y, first), (y, last))
    return (attrs, False) if attrs else None
