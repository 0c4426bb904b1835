"""Counted units ago that the rows of :mod:`desktop.meaning.date_ago` do not read: Kazakh "N units бұрын" ("5 жыл
бұрын", "екі жыл бұрын", "осыдан үш ай бұрын", "он бес күн бұрын") and counted centuries in Russian and Turkish ("3
века назад", "два века назад", "пять веков тому назад", "три столетия назад", "iki yüzyıl önce").  Each is the year,
month or day that many units before the publication date, as "two years ago" is
(:func:`~desktop.meaning.date_ago.units_back`); a century is a hundred years ("3 века назад" in 2021: 1721; it was
read as the 3rd century, 200–299).  Not before an ablative, which names another event ("соғыстан екі жыл бұрын", two
years before the war; "savaştan iki yüzyıl önce"), except "осыдан", "бүгіннен" (from now, from today: the usual Kazakh
"ago"); no date when the year falls before the years the dates hold ("15 веков назад").  Without a publication date
the rows are undated.  Nothing here does I/O."""

from __future__ import annotations

import re

from desktop.meaning.date_base import MIN_YEAR, SEP, WORD_END, Ctx, undated_relative
from desktop.meaning.date_long_ago import KK_ABLATIVE_BEFORE, NUMBER_ABLATIVE_BEFORE
from desktop.meaning.date_ago import AGO_NUMBERS, TR_ABLATIVE_BEFORE, units_back
from desktop.meaning.kk_word_figures import KK_ONES, KK_TENS

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time: keeps import < 50 ms
    from typing import Any

    from desktop.meaning.date_base import Handler

_KK_UNITS = {"жыл": "year", "ай": "month", "апта": "week", "күн": "day", "сағат": "hour", "ғасыр": "century",
             "онжылдық": "decade"}
_RU_TR_UNITS = {"век": "century", "века": "century", "веков": "century", "столетие": "century", "столетия": "century",
                "столетий": "century", "yüzyıl": "century", "asır": "century"}
_KK_ONES_ALT, _KK_TENS_ALT = "|".join(KK_ONES), "|".join(KK_TENS)
# "осыдан бес жыл бұрын" (five years ago, "from this"), "бүгіннен": an ablative of now, not of another event
_KK_FROM_NOW = re.compile(r"(?<![^\W_])(?:осыдан|бүгіннен|қазірден)[\s\u00a0]+$", re.IGNORECASE)


def _kk_number(raw: str) -> int | None:
    """"15", "бес", "он бес", "жиырма" (a Kazakh count up to 99)."""
    if raw.isdigit():
        return int(raw)
    words = raw.lower().split()
    return sum(KK_TENS.get(w, KK_ONES.get(w, 0)) for w in words) or None


def h_counted_ago(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"5 жыл бұрын", "екі апта бұрын", "3 века назад", "iki yüzyıl önce": that many units before the publication."""
    raw = re.sub(r"[\s\u00a0]+", " ", m["an"]).replace("İ", "i").lower()
    ago = m["ago"].lower()
    n = _kk_number(raw) if ago == "бұрын" else int(raw) if raw.isdigit() else AGO_NUMBERS.get(raw)
    unit = (_KK_UNITS if ago == "бұрын" else _RU_TR_UNITS).get(m["au"].lower())
    if n is None or unit is None or not 0 < n <= 500:
        return None
    lo = max(0, m.start() - 30)
    if ago == "бұрын" and (KK_ABLATIVE_BEFORE.search(m.string, lo, m.start()) and not _KK_FROM_NOW.search(m.string, lo, m.start())
                          or NUMBER_ABLATIVE_BEFORE.search(m.string, max(0, m.start() - 16), m.start())):
        return None  # "соғыстан екі жыл бұрын", "1990 жылдан бес жыл бұрын": before another event
    if ago in ("önce", "evvel") and TR_ABLATIVE_BEFORE.search(m.string, lo, m.start()):
        return None  # "savaştan iki yüzyıl önce"
    ref = ctx.reference
    if ref is None:
        return undated_relative(), False
    if unit == "century" and ref.year - 100 * n < MIN_YEAR:
        return None  # "15 веков назад": before the years a date holds (the figures read the count)
    return units_back(n, unit, ref)


_KK_COUNT = rf"\d{{1,3}}|(?:{_KK_TENS_ALT})(?:{SEP}(?:{_KK_ONES_ALT}))?|{_KK_ONES_ALT}"
_KK_UNIT_ALT = "|".join(sorted(_KK_UNITS, key=len, reverse=True))
_RU_TR_UNIT_ALT = "|".join(sorted(_RU_TR_UNITS, key=len, reverse=True))
# Russian and Turkish counts in words (not the English ones of AGO_NUMBERS, nor Turkish "on", "bir": English words,
# tried at every "on" and "a" of a text for a rare phrase)
_RU_TR_NUMBERS = [k for k in AGO_NUMBERS if (not k.isascii() or k in ("iki", "yedi", "sekiz", "dokuz")) and " " not in k]
_RU_TR_N = "|".join(sorted(_RU_TR_NUMBERS, key=len, reverse=True))

COUNTED_AGO_PATTERNS: list[tuple[str, str, Handler]] = [
    # "5 жыл бұрын", "екі апта бұрын", "он бес күн бұрын", "бес жыл бұрынғы" (of five years ago)
    ("<d> <t> " + " ".join([*KK_ONES, *KK_TENS]),
     rf"(?<![\d.,])(?P<an>{_KK_COUNT}){SEP}(?P<au>{_KK_UNIT_ALT}){SEP}(?P<ago>бұрын)(?:ғы)?{WORD_END}", h_counted_ago),
    # "3 века назад", "два века назад", "пять веков тому назад", "iki yüzyıl önce", "3 asır evvel"
    ("<d> <t> " + " ".join(_RU_TR_NUMBERS),
     rf"(?<![\d.,])(?P<an>\d{{1,3}}|{_RU_TR_N}){SEP}(?P<au>{_RU_TR_UNIT_ALT}){SEP}(?:тому{SEP})?(?P<ago>назад|önce|evvel)"
     rf"{WORD_END}", h_counted_ago),
]
