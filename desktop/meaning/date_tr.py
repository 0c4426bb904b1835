"""Turkish dates of economic and political news: quarters and halves of a year ("2024'ün ilk
çeyreğinde", "bu yılın ikinci yarısında", "geçen yılın son çeyreğinde", "yılın ilk çeyreğinde") and
"the past N years" with the number in words ("son iki yılda", "son üç ayda").  Without a publication
date the relative ones are undated with the reason.
"""

from __future__ import annotations

import re

from desktop.meaning.date_base import SEP, Ctx, group, span, to_int, undated_relative, yearless

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time: keeps import < 50 ms
    from typing import Any

# Turkish numbers in words for counted windows ("son iki yılda"); "on" (ten) is read by the decade pattern.
TR_NUMWORDS = {"bir": 1, "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8, "dokuz": 9,
               "yirmi": 20, "otuz": 30, "kırk": 40, "elli": 50}
TR_NUMWORD_ALT = "|".join(sorted(TR_NUMWORDS, key=len, reverse=True))

_TR_REL_YEAR = {"bu": 0, "geçen": -1, "geçtiğimiz": -1, "gelecek": 1, "önümüzdeki": 1}
_ORDINALS = {"ilk": 1, "birinci": 1, "1.": 1, "ikinci": 2, "2.": 2, "üçüncü": 3, "3.": 3, "dördüncü": 4, "4.": 4}
# a year written before the part ("2024'ün", "2024 yılının"), "bu / geçen / gelecek yılın" or "yılın" alone
TR_QUARTER_RX = (
    r"(?:(?P<y1>1\d{3}|20\d{2})(?:['’]?n?[ıiuü]n|" + SEP + r"y[ıi]l[ıi]n[ıi]n)"
    r"|(?P<rel>bu|geçen|geçtiğimiz|gelecek|önümüzdeki)" + SEP + r"(?:y[ıi]l[ıi]n|senenin)|(?P<cur>y[ıi]l[ıi]n))"
    + SEP + r"(?P<ord>ilk|birinci|ikinci|üçüncü|dördüncü|son|[1-4]\.)" + SEP
    + r"(?:(?P<quarter>çeyre(?:k|ğ)[^\W\d_]*)|(?P<half>yar[ıi]s[ıi][^\W\d_]*))"
)
TR_QUARTER_HEADS = "<y> bu geçen geçtiğimiz gelecek önümüzdeki yılın yilin"


def h_tr_quarter(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"2024'ün ilk çeyreğinde" (January–March 2024), "geçen yılın son çeyreğinde" (October–December of
    the year before publication), "bu yılın ikinci yarısında" (July–December), "yılın ilk çeyreğinde"
    (the year of the text around it, else of publication)."""
    ordinal = m["ord"].lower()
    months = 3 if group(m, "quarter") else 6
    index = (12 // months) if ordinal == "son" else _ORDINALS.get(ordinal, 0)
    if not 1 <= index <= 12 // months:
        return None
    first = (index - 1) * months + 1
    if group(m, "y1"):
        attrs = span("month", (to_int(m["y1"]), first), (to_int(m["y1"]), first + months - 1))
        return (attrs, False) if attrs else None
    ref = ctx.reference
    if ref is None:
        return undated_relative(), False
    y = ref.year + _TR_REL_YEAR.get((group(m, "rel") or "bu").lower(), 0)
    attrs = span("month", (y, first), (y, first + months - 1))
    if attrs and group(m, "cur"):
        yearless(attrs)  # "yılın ilk çeyreğinde": the year of the text around it
    return (attrs, False) if attrs else None
