"""Quarters and halves of business news: relative ones in English, Russian and Turkish ("last quarter",
"the previous quarter", "в прошлом квартале", "geçen çeyrekte": the quarter before the publication date's)
and Russian ordinal ones ("в первом квартале 2024 года", "во втором полугодии", "за первое полугодие").
Without a publication date the relative ones are undated with the reason.
"""

from __future__ import annotations

import re

from desktop.meaning.date_base import SEP, Ctx, fold, group, span, to_int, undated_relative, yearless

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time: keeps import < 50 ms
    from typing import Any

_REL_WORDS = {"last": -1, "previous": -1, "прошлом": -1, "прошлого": -1, "прошлый": -1, "минувшем": -1, "минувшего": -1,
        "предыдущем": -1, "предыдущего": -1, "geçen": -1, "geçtiğimiz": -1, "önceki": -1,
        "this": 0, "current": 0, "этом": 0, "этого": 0, "текущем": 0, "текущего": 0, "bu": 0,
        "next": 1, "coming": 1, "следующем": 1, "следующего": 1, "будущем": 1, "önümüzdeki": 1, "gelecek": 1}
# "last quarter", "next quarter", "this quarter", "the previous / current / coming quarter" (not "the last quarter",
# a game's, nor "the moon's last quarter", nor "last quarter of 2020", nor "criticism from this quarter", a side)
QUARTER_EN_RX = (r"(?:(?<!the )(?<!['’]s )(?<!from )(?<!every )(?P<rel>last|next|this)|the" + SEP + r"(?P<rel2>previous|current|coming))" + SEP
                 + r"(?P<quarter>quarter)(?![^\W_])(?!" + SEP + r"(?:of|century|mile|final|pound|inch)s?\b)")
QUARTER_EN_HEADS = "last next this the"
_REL = {fold(word): offset for word, offset in _REL_WORDS.items()}  # folded: case, diacritics, Turkish İ/ı
_RU_ORD = {"перв": 1, "втор": 2, "трет": 3, "четв": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4}
# "в первом квартале 2024 года", "первого полугодия", "за первый квартал", "во II квартале", "в прошлом квартале" (not
# "в этом квартале", also a city's block, nor "в первом квартале города")
QUARTER_RU_RX = (
    r"(?:(?P<ord>(?:перв|втор|трет|четв[её]рт)(?:ом|ого|ый|ий|ое|ье|ьем|ьего|ый)|IV|I{1,3})"
    r"|(?P<rel>прошлом|прошлого|прошлый|минувшем|минувшего|предыдущем|предыдущего|текущем|текущего"
    r"|следующем|следующего|будущем))" + SEP
    + r"(?:(?P<quarter>квартал(?:е|а|у)?)|(?P<half>полугоди(?:и|я|е|ю)))(?![^\W_])"
    r"(?!" + SEP + r"(?:города|района|улицы|микрорайона|застройки)(?![^\W_]))"
    r"(?:" + SEP + r"(?P<y1>1\d{3}|20\d{2})" + SEP + r"(?:года|г\.))?"
)
QUARTER_RU_HEADS = ("первом первого первый первое втором второго второй второе третьем третьего третий третье четвертом "
                    "четвёртом четвертого четвёртого четвертый четвёртый i ii iii iv прошлом прошлого прошлый минувшем "
                    "минувшего предыдущем предыдущего текущем текущего следующем следующего будущем")
# "geçen çeyrekte", "bu çeyrekte", "önümüzdeki çeyrekte"
QUARTER_TR_RX = (r"(?P<rel>geçen|geçtiğimiz|önceki|bu|önümüzdeki|gelecek)" + SEP
                 + r"(?P<quarter>çeyre(?:k|ğ)(?:te|ten|e|i|in)?)(?![^\W_])")
QUARTER_TR_HEADS = "geçen geçtiğimiz önceki bu önümüzdeki gelecek"


def h_any_quarter(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """A quarter (three months) or a half (six): relative to the publication date's ("last quarter" of
    14 May 2025 → January–March 2025), or by its ordinal in the year written after it or, with none, the
    year of the text around it ("в первом квартале" → January–March)."""
    months = 3 if group(m, "quarter") else 6
    per_year = 12 // months
    rel = fold(group(m, "rel") or group(m, "rel2") or "")
    if rel:
        ref = ctx.reference
        if ref is None:
            return undated_relative(), False
        total = ref.year * per_year + (ref.month - 1) // months + _REL[rel]
        y, index = total // per_year, total % per_year + 1
    else:
        ordinal = fold(m["ord"])
        index = next((n for key, n in _RU_ORD.items() if ordinal.startswith(key) and (len(key) > 2 or ordinal == key)), 0)
        if not 1 <= index <= per_year:
            return None
        if group(m, "y1"):
            y = to_int(m["y1"])
        elif ctx.reference is not None:
            y = ctx.reference.year
        else:
            return undated_relative(), False
    first = (index - 1) * months + 1
    attrs = span("month", (y, first), (y, first + months - 1))
    if attrs and not rel and not group(m, "y1"):
        yearless(attrs)  # "в первом квартале": the year of the text around it
    return (attrs, False) if attrs else None
