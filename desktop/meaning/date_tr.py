"""Turkish dates of economic and political news: quarters and halves of a year ("2024'ün ilk
çeyreğinde", "bu yılın ikinci yarısında", "geçen yılın son çeyreğinde", "yılın ilk çeyreğinde"),
"the past N years" with the number in words ("son iki yılda", "son üç ayda"), weeks of a month ("Mart
ayının ilk haftasında"), the edges of the year ("yıl sonuna kadar", "yılbaşında"), the year to date
("yılbaşından bu yana") and two years whose dash was lost ("1947 1954 arasında").  Without a publication
date the relative ones are undated with the reason.
"""

from __future__ import annotations

import re

from desktop.meaning.date_base import (
    REL_YEAR, SEP, YEAR_THIRDS, Ctx, fold, group, month_of, month_week, span, to_int, undated, undated_relative, year_part, yearless,
)
from desktop.meaning.date_tense import clause_sides

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time: keeps import < 50 ms
    from typing import Any

# Turkish numbers in words for counted windows ("son iki yılda"); "on" (ten) is read by the decade pattern.
TR_NUMWORDS = {"bir": 1, "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8, "dokuz": 9,
               "yirmi": 20, "otuz": 30, "kırk": 40, "elli": 50}
TR_NUMWORD_ALT = "|".join(sorted(TR_NUMWORDS, key=len, reverse=True))
TR_NUMWORDS_FOLDED = {fold(word): n for word, n in TR_NUMWORDS.items()}  # "İKİ" of a headline in capitals

# keys folded (fold: case and diacritics, Turkish İ/ı safe: a headline in capitals reads as its sentence)
_ORDINALS = {fold(k): v for k, v in {"ilk": 1, "birinci": 1, "1": 1, "ikinci": 2, "2": 2, "üçüncü": 3, "3": 3,
                                     "dördüncü": 4, "4": 4}.items()}
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
    ordinal = fold(m["ord"])
    months = 3 if group(m, "quarter") else 6
    part = year_part((12 // months) if ordinal == "son" else _ORDINALS.get(ordinal, 0), months)
    if part is None:
        return None
    if group(m, "y1"):
        attrs = span("month", (to_int(m["y1"]), part[0]), (to_int(m["y1"]), part[1]))
        return (attrs, False) if attrs else None
    ref = ctx.reference
    if ref is None:
        return undated_relative(), False
    y = ref.year + REL_YEAR.get(fold(group(m, "rel") or "bu"), 0)
    attrs = span("month", (y, part[0]), (y, part[1]))
    if attrs and group(m, "cur"):
        yearless(attrs)  # "yılın ilk çeyreğinde": the year of the text around it
    return (attrs, False) if attrs else None


_WEEK_INDEX = {fold(k): v for k, v in {"ilk": 0, "birinci": 0, "ikinci": 1, "üçüncü": 2, "dördüncü": 3}.items()}
# "Mart ayının ilk haftasında", "Ekim'in son haftasında", "Ocak ayının ikinci haftası"
TR_MONTH_WEEK_TAIL = (SEP + r"(?P<wk>ilk|birinci|ikinci|üçüncü|dördüncü|son)" + SEP
                      + r"hafta(?:s[ıi](?:nda|na|ndan|n[ıi]n)?)?(?![^\W_])")


def h_tr_month_week(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"Mart ayının ilk haftasında" (1–7 March), "Ekim'in son haftasında" (its last seven days): of the
    reference year, else of the year of the text around it."""
    mo = month_of(m["m1"], ctx)
    if mo is None:
        return None
    ref = ctx.reference
    if ref is None:
        return undated_relative(), False
    return yearless(month_week(ref.year, mo, _WEEK_INDEX.get(fold(m["wk"])))) or undated(), False


_YEAR_EDGE = {"bas": "early", "son": "late"}  # folded keys
# "yıl sonuna kadar", "yıl sonunda", "yıl başında", "yılbaşında", "yılın sonuna kadar": a third of the year
# (not a habit's nor another year's: "her yıl sonunda", "her yılbaşında", "mali yıl sonunda", "akademik yılın başında";
# "bu yılın sonunda / sonuna kadar" is this year's, read by the relative year's rule with "geçen yılın sonunda")
_NOT_THAT_YEAR = r"(?<!her )(?<!mali )(?<!akademik )(?<!eğitim )(?<!öğretim )(?<!sezon )(?<!hesap )"
TR_YEAR_EDGE_RX = (_NOT_THAT_YEAR + r"(?:(?:(?<!bu )(?<!bu\u00a0)y[ıi]l[ıi]n|y[ıi]l)" + SEP + r"(?P<part>baş|son)[ıu](?:nda|na" + SEP
                   + r"kadar|na" + SEP + r"doğru)(?![^\W_])|y[ıi]lba[şs][ıi]nda(?![^\W_])(?P<newyear>))")
# "yılbaşından bu yana", "yılın başından beri", "bu yılın başından bu yana": from 1 January to publication
TR_YEAR_TO_DATE_RX = (r"(?:(?:(?:bu" + SEP + r")?y[ıi]l[ıi]n|y[ıi]l)" + SEP + r"ba[şs][ıi]ndan|y[ıi]lba[şs][ıi]ndan)" + SEP
                      + r"(?:bu" + SEP + r"yana|beri)(?![^\W_])")


def h_tr_year_edge(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"yıl sonuna kadar" (September–December, as "by the end of the year"), "yıl başında" (January–April): a third
    of the year of publication, else of the text around it; "yılbaşında": 1 January."""
    ref = ctx.reference
    if ref is None:
        return undated_relative(), False
    if group(m, "newyear") is not None:  # "yılbaşında": on New Year's Day, as "New Year's Day"
        return yearless(span("day", (ref.year, 1, 1))) or undated(), False
    first, last = YEAR_THIRDS[_YEAR_EDGE[fold(m["part"])]]
    return yearless(span("month", (ref.year, first), (ref.year, last))) or undated(), False


def h_year_to_date(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"yılbaşından bu yana", "с начала года", "so far this year": the days from 1 January of the publication
    year up to publication; none after a year written before it in its sentence ("В 2023 году с начала года")."""
    ref = ctx.reference
    if ref is None:
        return undated_relative(), False
    if _YEAR_BEFORE.search(clause_sides(m.string, m.start(), m.end())[0]):
        return None  # "В 2023 году с начала года цены выросли": that year's, whose end is not said
    return span("day", (ref.year, 1, 1), (ref.year, ref.month, ref.day)) or undated(), False


_YEAR_BEFORE = re.compile(r"(?<![\d.,])(?:1\d{3}|20\d{2})(?![\d.,]?\d)")


# Two years with the dash lost between them (text taken from a PDF or a tokenised corpus), read only before a
# word that makes them a range: "1947 1954 arasında", "1991 92 sezonunda", "2008 2009 eğitim öğretim yılında",
# "2007 08'de", and with a slash before "yılları" or "arasında" ("2001/2003 yılları arasında"); never a list of numbers ("1500 2000 kişi", "2008 09 numaralı") nor two round numbers before
# "arasında" ("Kira 1800 1900 arasında değişiyor": amounts).
_TR_SPACED_PAIR = r"(?:1\d{3}|20\d{2})[ \u00a0](?:1\d{3}|20\d{2}|\d{2})(?![\d.,]\d|\d)"
_TR_SPACED_TAIL = (
    r"(?:['’](?:[dt][ae]n?|[ıiuü]n|[dt][ae]ki)(?![^\W_])|[ \u00a0]+y[ıi]llar[ıi](?:nda|n[ıi]n)?(?![^\W_])"
    r"|(?=[ \u00a0]+(?:tarihleri|aras[ıi]|sezon|mevsim|dönem|eğitim)))"
)
# the first of two such ranges joined by "ve", "ile" or a comma takes the second's word: "1986 1992 ve 1998 2004
# yılları arasında" is two terms, 1986–1992 and 1998–2004
TR_SPACED_RANGE_RX = (
    r"(?<![\d.,/-])(?P<y1>1\d{3}|20\d{2})(?:[ \u00a0]|/(?=\d{4}[ \u00a0]+(?:y[ıi]llar|aras[ıi])))"
    r"(?:(?P<y2>1\d{3}|20\d{2})|(?P<yy>\d{2}))(?![\d.,]\d|\d)"
    rf"(?:{_TR_SPACED_TAIL}|(?=[ \u00a0]*(?:,|ve|ile)[ \u00a0]+{_TR_SPACED_PAIR}{_TR_SPACED_TAIL}))"
)


_TR_BETWEEN_NEXT = re.compile(r"[ \u00a0]+aras[ıi]", re.IGNORECASE)
_TR_YEARS_WORD = re.compile(r"y[ıi]llar", re.IGNORECASE)  # "1800 1850 yılları arasında": years, said so


def h_tr_spaced_range(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"1947 1954 arasında" (1947–1954), "1991 92 sezonunda" (1991–1992): the years between, the second
    after the first and at most a century later."""
    y1 = to_int(m["y1"])
    y2 = to_int(m["y2"]) if group(m, "y2") else y1 // 100 * 100 + to_int(m["yy"])
    if not y1 < y2 <= y1 + 100:
        return None
    if y1 % 50 == 0 and y2 % 50 == 0 and _TR_BETWEEN_NEXT.match(m.string, m.end()) and not _TR_YEARS_WORD.search(m[0]):
        return None  # "Kira 1800 1900 arasında değişiyor": round numbers between are amounts, not years
    attrs = span("year", (y1,), (y2,))
    return (attrs, False) if attrs else None
