"""Russian dates written in words or as a night: "пятого сентября", "двадцать пятого декабря 2010
года" (a day as an ordinal word in the genitive, before a month in the genitive), "в ночь со 2-го на
3-е ноября" (the night between two days: both days), "в двадцатом веке", "в конце девятнадцатого
столетия", "в двадцатом и двадцать первом столетиях" (centuries as ordinal words).
"""

from __future__ import annotations

import re

from desktop.meaning.date_absolute import BEFORE_THE_ERA, century_years, day_of_month
from desktop.meaning.date_base import Ctx, RU_GENITIVE, fold, group, month_of, span, to_int, undated, yearless
from desktop.meaning.date_parts import part_of

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


# a street, a square or a title in guillemets or quotes just before a day in words: a name, not a date
_RU_NAME_BEFORE = re.compile(r"(?:(?<![^\W_])(?:улиц|площад|проспект|переул|бульвар|набережн|шоссе|станци|метро)[^\W\d_]*"
                             r"|(?<![^\W_])(?:ул|пл|пр|просп)\.)[ \u00a0]+$|[«“„][^»”“\n]*$", re.IGNORECASE)


def h_ru_ordinal_day(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"пятого сентября": that day, of the year written ("пятого сентября 2010 года") or else of the year of
    the text around it (as "5 сентября")."""
    day = RU_ORDINAL_DAYS.get(" ".join(fold(m["od"]).split()))
    if day is None or fold(m["m1"]) not in RU_GENITIVE or _RU_NAME_BEFORE.search(m.string, max(0, m.start() - 60), m.start()):
        return None  # "на улице Восьмого марта", "«Тридцать первого декабря»": a street's or a title's name
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


# Centuries as ordinal words in every case: "двадцатый век", "в двадцатом веке", "XIX" in words ("девятнадцатого
# столетия"), "двадцать первого века".
_CENTURY_STEMS = ["перв", "втор", "трет", "четверт", "пят", "шест", "седьм", "восьм", "девят", "десят", "одиннадцат",
                  "двенадцат", "тринадцат", "четырнадцат", "пятнадцат", "шестнадцат", "семнадцат", "восемнадцат",
                  "девятнадцат", "двадцат", "двадцать перв", "двадцать втор"]
_ORDINAL_ENDINGS = ["ый", "ой", "ий", "ого", "ом", "ому", "ым", "ьего", "ьем", "ьему", "ьим", "ое", "ье"]
RU_CENTURY_WORDS: dict[str, int] = {stem + end: n for n, stem in enumerate(_CENTURY_STEMS, 1) for end in _ORDINAL_ENDINGS}
_CENTURY_ORDINAL = "|".join(w.replace("четверт", "четв[её]рт").replace(" ", r"[ \u00a0]+")
                            for w in sorted(RU_CENTURY_WORDS, key=len, reverse=True))
RU_CENTURY_HEADS = " ".join(sorted({w.split()[0] for w in RU_CENTURY_WORDS}
                                   | {w.replace("четверт", "четвёрт") for w in RU_CENTURY_WORDS if "четверт" in w}))
# The genitive forms alone ("двадцатого", "двадцать первого"): the century a decade in words belongs to
# ("девяностые годы девятнадцатого века" → the 1890s).
RU_CENTURY_GENITIVE_ALT = "|".join(w.replace("четверт", "четв[её]рт").replace(" ", r"[ \u00a0]+")
                                   for w in sorted(RU_CENTURY_WORDS, key=len, reverse=True) if w.endswith("ого"))
RU_CENTURY_RX = (rf"(?P<rc>{_CENTURY_ORDINAL})(?:[ \u00a0]+и[ \u00a0]+(?P<rc2>{_CENTURY_ORDINAL}))?[ \u00a0]+"
                 r"(?:век(?:а|е|у|ом|ах|ов)?|столети(?:е|я|и|ю|ем|ях|й))(?![^\W_])")


_RU_BCE = re.compile(r"[ \u00a0]*до[ \u00a0]+(?:н\.[ \u00a0]?э\.|нашей[ \u00a0]+эры)", re.IGNORECASE)
_RU_IN_A_ROW = re.compile(r"[ \u00a0]+подряд(?![^\W_])", re.IGNORECASE)
# A nominative or accusative ordinal ("второй век", "второе столетие") right after "уже", "идёт" or a verb in the present
# says for how long ("Компания работает уже второй век"); as a subject ("Наступило двадцатое столетие") it is a date.
_RU_NOMINATIVE = re.compile(r"(?:ый|ой|ий|ое|ье)$", re.IGNORECASE)
_RU_FOR_HOW_LONG_BEFORE = re.compile(r"(?<![^\W_])(?:уже|ид[её]т|ш[её]л|пош[её]л|пошло|[^\W\d_]{2,}(?:ет|ит|ют|ят|ут))"
                                     r"[ \u00a0]+$", re.IGNORECASE)


def h_ru_century_word(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"в двадцатом веке" → 1900–1999, "в конце девятнадцатого столетия" its last third, "в двадцатом и
    двадцать первом столетиях" → 1900–2099 (the centuries as "the 19th century" is read)."""
    if _RU_IN_A_ROW.match(m.string, m.end()) or (
            _RU_NOMINATIVE.search(m["rc"]) and not group(m, "part")
            and _RU_FOR_HOW_LONG_BEFORE.search(m.string, max(0, m.start() - 24), m.start())):
        return None  # "пятый век подряд", "работает уже второй век", "существует второе столетие": a count of centuries
    if _RU_BCE.match(m.string, m.end()):
        return {**undated(), "reason": BEFORE_THE_ERA}, False  # "в четвёртом веке до н. э."
    first = RU_CENTURY_WORDS.get(" ".join(fold(m["rc"]).split()))
    last = RU_CENTURY_WORDS.get(" ".join(fold(m["rc2"]).split())) if m["rc2"] else first
    if first is None or last is None or last < first:
        return None
    both = {**century_years(first), "end": century_years(last)["end"]}
    attrs = part_of(both, group(m, "part")) if not m["rc2"] else both
    return (attrs, False) if attrs else None


# "утром пятницы", "на вечер вторника": a part of the day and a weekday — not in a clause of habit ("Утро понедельника
# всегда тяжёлое", "Обычно вечером пятницы пробки длиннее") nor in a title in guillemets ("Шоу «Вечер пятницы»")
RU_PART_OF_DAY = re.compile(r"(?:утро|утром|вечер|вечером|ночь|ночью|дн[её]м)(?![^\W_])", re.IGNORECASE)
_RU_HABIT = re.compile(r"(?<![^\W_])(?:обычно|всегда|каждый|каждое|каждую|по)(?![^\W_])", re.IGNORECASE)
_RU_CLAUSE_EDGE = re.compile(r"[.!?;\n]")


def ru_habit_or_title(text: str, start: int, end: int) -> bool:
    """Whether the part of the day and weekday at ``start``–``end`` is in a clause of habit or in guillemets (see above)."""
    lo, hi = max(0, start - 80), min(len(text), end + 80)
    opened = text.rfind("«", lo, start)
    if opened >= 0 and text.find("»", opened, start) < 0:
        return True
    first = max((e.end() for e in _RU_CLAUSE_EDGE.finditer(text, lo, start)), default=lo)
    edge = _RU_CLAUSE_EDGE.search(text, end, hi)
    return bool(_RU_HABIT.search(text, first, edge.start() if edge else hi))
