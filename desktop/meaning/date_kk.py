"""Kazakh dates of news and official texts: the year first ("2020 жылғы 28 сәуірде", "1991 жылдың 16 желтоқсанында",
"2019 жылдың қыркүйегінде"), and the relative words ("кеше", "бүгін", "ертең", "өткен аптада", "биыл", "былтыр",
"өткен жылы", "келесі айда").  "28 сәуір 2020" and "5 наурызда" are read by the patterns of every language, with the
Kazakh month names of :mod:`desktop.meaning.date_kk_months`; the years with their postpositions ("1990 жылдан
бері") by :mod:`desktop.meaning.date_open_cues`.  Without a publication date the relative ones are undated.
"""

from __future__ import annotations

import re

from desktop.meaning.date_absolute import h_dmy, h_month_year
from desktop.meaning.date_base import SEP, WORD_END, Ctx, day_re, month_of, month_re, span, undated, year_re, yearless
from desktop.meaning.date_relative import relative_handler, week
from desktop.meaning.range_pieces import kazakh_around

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time: keeps import < 50 ms
    from typing import Any

    from desktop.meaning.date_base import Handler

# "2020 жылы", "2020 жылғы", "1991 жылдың", "2020-жылы": the year a day or month that follows belongs to
_KK_YEAR_OF = rf"{year_re('y1')}(?:{SEP}|-)жыл(?:ы|ғы|дың)"
_MONTH_WORD = r"ай(?:ы|ында|ының|ынан|ына|ындағы)" + WORD_END  # "шілде айында": "in the month of July"
# "өткен аптада", "келесі аптаның" (not "өткен апталарда", the past weeks)
_WEEK = r"апта(?:да|ның|дан|ға|сы)?" + WORD_END
_MONTH = r"ай(?:да|дың|дан|ға|ы)?" + WORD_END  # "өткен айда", "келесі айдың"
_YEAR = r"жыл(?:ы|дың|ғы|да)?" + WORD_END  # "өткен жылы", "келесі жылдың" (not "өткен жылдары", the past years)


def h_kk_month_named(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"шілде айында", "қазан айының" (in the month of July, of October): that month of the publication year, else of
    the year of the text around it (said to be a month: never a cauldron nor a holiday's "Наурыз мерекесі")."""
    mo = month_of(m["m1"], ctx)
    if mo is None:
        return None
    if ctx.reference is None:
        return undated(), False
    return yearless(span("month", (ctx.reference.year, mo))) or undated(), False


def _in_kazakh(handler: Handler) -> Handler:
    """``handler`` for a word Russian also writes ("кеше": Kazakh "yesterday", the Russian "in the cache"), only in a
    Kazakh sentence."""
    def gated(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
        return handler(m, ctx) if kazakh_around(m.string, m.start()) else None

    return gated


KK_PATTERNS: list[tuple[str, str, Handler]] = [
    # "2020 жылғы 28 сәуірде", "1991 жылдың 16 желтоқсанында", "2020 жылы 5-ші наурызда"
    ("<y>", rf"{_KK_YEAR_OF}{SEP}{day_re('d1')}(?:-?(?:ші|шы|і|ы))?{SEP}{month_re('m1')}", h_dmy),
    # "2019 жылдың қыркүйегінде", "2020 жылғы сәуірде", "2021 жылы наурызда"
    ("<y>", rf"{_KK_YEAR_OF}{SEP}{month_re('m1')}(?:{SEP}{_MONTH_WORD})?", h_month_year),
    ("<m>", rf"{month_re('m1')}{SEP}{_MONTH_WORD}", h_kk_month_named),
    ("кеше кешегі", rf"кеше(?:гі)?{WORD_END}", _in_kazakh(relative_handler("day", -1))),
    ("бүгін", rf"бүгін{WORD_END}", relative_handler("day", 0)),  # not "бүгінгі", mostly "present-day"
    ("ертең ертеңгі", rf"ертең(?:гі)?{WORD_END}", relative_handler("day", 1)),
    ("өткен", rf"өткен{SEP}{_WEEK}", week(-1)),
    ("осы", rf"осы{SEP}{_WEEK}", week(0)),
    ("келесі алдағы", rf"(?:келесі|алдағы){SEP}{_WEEK}", week(1)),
    ("өткен", rf"өткен{SEP}{_MONTH}", relative_handler("month", -1)),
    ("осы", rf"осы{SEP}{_MONTH}", relative_handler("month", 0)),
    ("келесі", rf"келесі{SEP}{_MONTH}", relative_handler("month", 1)),
    # "былтыр", "былтырғы", "былтырғыдан" (than last year's)
    ("былтыр былтырғы былтырғыдан былтырғыға былтырғыда былтырғының өткен", rf"(?:былтыр(?:ғы(?:дан|ға|да|ның)?)?|өткен{SEP}{_YEAR}){WORD_END}", relative_handler("year", -1)),
    ("биыл биылғы осы ағымдағы", rf"(?:биыл(?:ғы)?|(?:осы|ағымдағы){SEP}{_YEAR}){WORD_END}", relative_handler("year", 0)),
    ("келесі", rf"келесі{SEP}{_YEAR}", relative_handler("year", 1)),
]

# "5 маусым бойы" (for five seasons), "28 қазан бар" (there are 28 cauldrons): a number before "маусым" (June; a season)
# or "қазан" (October; a cauldron) in the nominative and a word of length or count after it is a count, no date
_KK_COUNT_WORD = re.compile(r"(?:маусым|қазан)$", re.IGNORECASE)
_KK_COUNT_AFTER = re.compile(r"[ \u00a0]+(?:бойы|бар|жоқ|ішінде|қатарынан)(?![^\W_])", re.IGNORECASE)


def without_kk_counts(text: str, found: list[tuple[int, int, dict[str, Any]]]) -> list[tuple[int, int, dict[str, Any]]]:
    """``found`` without a day and "маусым" or "қазан" that count seasons or cauldrons (see ``_KK_COUNT_WORD``)."""
    if "маусым" not in text and "қазан" not in text and "Маусым" not in text and "Қазан" not in text:
        return found
    return [f for f in found if not (_KK_COUNT_WORD.search(text, f[0], f[1]) and _KK_COUNT_AFTER.match(text, f[1]))]
