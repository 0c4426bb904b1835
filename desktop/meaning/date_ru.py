"""Russian dates written in words or as a night: "пятого сентября", "двадцать пятого декабря 2010
года" (a day as an ordinal word in the genitive, before a month in the genitive), "в ночь со 2-го на
3-е ноября" (the night between two days: both days).
"""

from __future__ import annotations

import re

from desktop.meaning.date_absolute import day_of_month
from desktop.meaning.date_base import Ctx, RU_GENITIVE, fold, month_of, span, to_int, undated, yearless

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time: keeps import < 50 ms
    from typing import Any

_UNITS = ["первого", "второго", "третьего", "четвертого", "пятого", "шестого", "седьмого", "восьмого", "девятого"]
_TEENS = ["десятого", "одиннадцатого", "двенадцатого", "тринадцатого", "четырнадцатого", "пятнадцатого",
          "шестнадцатого", "семнадцатого", "восемнадцатого", "девятнадцатого"]
# Keyed by fold(): "четвёртого" and "четвертого" are one word.
RU_ORDINAL_DAYS: dict[str, int] = {
    **{w: i for i, w in enumerate(_UNITS, 1)}, **{w: i for i, w in enumerate(_TEENS, 10)},
    "двадцатого": 20, **{f"двадцать {w}": 20 + i for i, w in enumerate(_UNITS, 1)},
    "тридцатого": 30, "тридцать первого": 31,
}
# "четв[её]ртого", and any spaces between the words of "двадцать пятого"
RU_ORDINAL_DAY_ALT = "|".join(re.escape(w).replace("четвертого", "четв[её]ртого").replace(r"\ ", r"[ \u00a0]+")
                              for w in sorted(RU_ORDINAL_DAYS, key=len, reverse=True))
RU_ORDINAL_DAY_HEADS = " ".join(sorted({w.split()[0] for w in RU_ORDINAL_DAYS} | {"четвёртого"}))


def h_ru_ordinal_day(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"пятого сентября": that day, of the year written ("пятого сентября 2010 года") or else of the year of
    the text around it (as "5 сентября")."""
    day = RU_ORDINAL_DAYS.get(" ".join(fold(m["od"]).split()))
    if day is None or fold(m["m1"]) not in RU_GENITIVE:
        return None
    if m["y1"]:
        attrs = span("day", (to_int(m["y1"]), month_of(m["m1"], ctx) or 0, day))
        return (attrs, False) if attrs else None
    return day_of_month(month_of(m["m1"], ctx), day, ctx)


def h_ru_night(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"в ночь со 2-го на 3-е ноября", "в ночь с 31 декабря на 1 января" is not read (two months): the two days."""
    d1, d2 = int(m["d1"]), int(m["d2"])
    mo = month_of(m["m1"], ctx)
    if d2 != d1 + 1 or mo is None:
        return None
    if m["y1"]:
        attrs = span("day", (int(m["y1"]), mo, d1), (int(m["y1"]), mo, d2))
        return (attrs, False) if attrs else None
    if ctx.reference is None:
        return undated(), False
    attrs = yearless(span("day", (ctx.reference.year, mo, d1), (ctx.reference.year, mo, d2)))
    return (attrs, False) if attrs else None
