"""Quarters and halves of business news: relative ones in English, Russian and Turkish ("last quarter",
"в прошлом квартале", "geçen çeyrekte": the quarter before the publication date's)
and Russian ordinal ones ("в первом квартале 2024 года", "во втором полугодии", "за первое полугодие").
Without a publication date the relative ones are undated with the reason.
"""

from __future__ import annotations

import re

from desktop.meaning.date_base import (
    NOT_QUANTITY, NUMWORDS, SEP, Ctx, fold, group, month_of, month_re, span, to_int, undated_relative, year_part, year_re,
    yearless,
)
from desktop.meaning.date_tense import FUTURE, PAST, clause_sides, clause_tense

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time: keeps import < 50 ms
    from typing import Any

# "the previous quarter", "предыдущий квартал", "bir önceki çeyrek" are the quarter before the one reported, not before
# the publication's ("GDP grew in the third quarter from the previous quarter"): no date, as "the previous year"
_REL_WORDS = {"last": -1, "прошлом": -1, "прошлого": -1, "прошлый": -1, "минувшем": -1, "минувшего": -1,
        "geçen": -1, "geçtiğimiz": -1,
        "this": 0, "current": 0, "текущем": 0, "текущего": 0, "bu": 0,
        "next": 1, "coming": 1, "следующем": 1, "следующего": 1, "будущем": 1, "önümüzdeki": 1, "gelecek": 1}
# "last quarter", "next quarter", "this quarter", "the current / coming quarter" (not "the last quarter", a game's, nor
# "the moon's last quarter", nor "last quarter of 2020", nor "criticism from this quarter", a side, nor "quarter-final",
# "quarter-point", "quarter-century", "quarter point")
QUARTER_EN_RX = (r"(?:(?<!the )(?<!['’]s )(?<!from )(?<!every )(?P<rel>last|next|this)|the" + SEP + r"(?P<rel2>current|coming))" + SEP
                 + r"(?P<quarter>quarter)(?![^\W_])(?![-‐‑]|" + SEP + r"(?:of|century|mile|final|pound|inch|point|horse)s?\b)")
# a game's quarter: "Curry scored 15 points this quarter"
# (not "points", "led", "tied": "widened 50 basis points this quarter", "growth this quarter was led by cloud sales")
_GAME = re.compile(r"(?<![^\W_])(?:scored|scores?|rebounds?|assists?|goals?|touchdowns?|game|match|basket|trailed)"
                   r"(?![^\W_])", re.IGNORECASE)
QUARTER_EN_HEADS = "last next this the"
_REL = {fold(word): offset for word, offset in _REL_WORDS.items()}  # folded: case, diacritics, Turkish İ/ı
_RU_ORD = {"перв": 1, "втор": 2, "трет": 3, "четв": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4}
# "в первом квартале 2024 года", "первого полугодия", "за первый квартал", "во II квартале", "в прошлом квартале" (not
# "в этом квартале", also a city's block, nor "в первом квартале города")
# the feminine nouns that change in the news, the subject of "выросла", "увеличилась" after a city's genitive
_RU_CHANGE_NOUNS = (r"торговля|прибыль|нефть|инфляция|безработица|рождаемость|смертность|стоимость|задолженность"
                    r"|численность|зарплата|аренда|добыча|выручка|продажа|рентабельность|доходность|экономика")
QUARTER_RU_RX = (
    r"(?:(?P<ord>(?:перв|втор|трет|четв[её]рт)(?:ом|ого|ый|ий|ое|ье|ьем|ьего|ой|ым|ьим)|IV|I{1,3})"
    r"|(?P<rel>прошлом|прошлого|прошлый|минувшем|минувшего|текущем|текущего"
    r"|следующем|следующего|будущем))" + SEP
    + r"(?:(?P<quarter>квартал(?:е|а|у|ом|ах)?)|(?P<half>полугоди(?:и|я|е|ю)))(?![^\W_])"
    # the year after it: "2024 года", "2024г.", "2024 г", "2024-го", "2024", "прошлого года", "следующего года"
    r"(?:" + SEP + rf"(?:(?P<y1>1\d{{3}}|20\d{{2}})(?:\s*(?:года|году|г\.|г(?![^\W_]))|-го(?![^\W_])|(?![\d.,]?\d){NOT_QUANTITY})"
    r"|(?P<ry>прошлого|минувшего|этого|текущего|следующего|будущего)" + SEP + r"года(?![^\W_]))"
    # or a city's, a housing estate's or a school year's: "квартале Южного района", "квартала жилого комплекса", "ЖК",
    # "первом полугодии учебного года", "сезона"; a name in -а before a verb it cannot be the subject of is no subject
    # but a genitive: before a masculine, neuter or plural past ("Во втором квартале Еревана открылся рынок", "выросли
    # цены"), or a feminine verb of change with its own subject after it, a noun in -ка, -ча or a listed one
    # ("Еревана выросла торговля", "выросла выручка", "увеличилась прибыль", "подорожала нефть"); not "В первом
    # квартале Москва привлекла инвестиции", "… привлекла участника", "выросла на 5%", "Москва ввела ограничения",
    # "Москва оказалась лидером")
    r"|(?!" + SEP + r"(?:города|района|улицы|микрорайона|застройки|сезона|ЖК|«|[А-ЯЁа-яё]+(?:ого|его)(?![^\W_])"
    r"|(?-i:[А-ЯЁ][а-яё]*[бвгджзклмнпрстфхцчшщ]а)" + SEP + r"(?-i:(?:[а-яё]+(?:л|лся|ло|лось|ли|лись)"
    r"|(?:(?:вы|воз)росла|подорожала|подешевела|упала|увеличилась|уменьшилась"
    r"|снизилась|сократилась|повысилась|понизилась)"
    + SEP + r"(?:[а-яё]*(?<!ни)[кч]а|" + _RU_CHANGE_NOUNS + r"))"
    r"(?![^\W_])))))"
)
_RU_YEAR_WORD = {"прошлого": -1, "минувшего": -1, "этого": 0, "текущего": 0, "следующего": 1, "будущего": 1}
QUARTER_RU_HEADS = ("первом первого первый первое втором второго второй второе третьем третьего третий третье четвертом "
                    "четвёртом четвертого четвёртого четвертый четвёртый i ii iii iv прошлом прошлого прошлый минувшем "
                    "минувшего текущем текущего следующем следующего будущем первым вторым третьим четвертым четвёртым")
# "geçen çeyrekte", "bu çeyrekte", "önümüzdeki çeyrekte"
# (with its case ending: "çeyrek final", "çeyrek asır" are no quarter of a year)
QUARTER_TR_RX = (r"(?P<rel>geçen|geçtiğimiz|bu|önümüzdeki|gelecek)" + SEP
                 + r"(?P<quarter>çeyre(?:k(?:te|ten)|ğ(?:e|i|in)))(?![^\W_])")
QUARTER_TR_HEADS = "geçen geçtiğimiz bu önümüzdeki gelecek"


def h_any_quarter(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """A quarter (three months) or a half (six): relative to the publication date's ("last quarter" of
    14 May 2025 → January–March 2025), or by its ordinal in the year written after it or, with none, the
    year of the text around it ("в первом квартале" → January–March)."""
    months = 3 if group(m, "quarter") else 6
    per_year = 12 // months
    rel = fold(group(m, "rel") or group(m, "rel2") or "")
    if rel in ("this", "last", "next") and _GAME.search("".join(clause_sides(m.string, m.start(), m.end()))):
        return None  # "Curry scored 15 points this quarter"
    if rel:
        ref = ctx.reference
        if ref is None:
            return undated_relative(), False
        total = ref.year * per_year + (ref.month - 1) // months + _REL[rel]
        y, index = total // per_year, total % per_year + 1
    else:
        ordinal = fold(m["ord"])
        index = next((n for key, n in _RU_ORD.items() if ordinal.startswith(key) and (len(key) > 2 or ordinal == key)), 0)
        if year_part(index, months) is None:
            return None
        if group(m, "y1"):
            y = to_int(m["y1"])
        elif group(m, "ry") and ctx.reference is not None:
            y = ctx.reference.year + _RU_YEAR_WORD[m["ry"].lower()]
        elif ctx.reference is not None:
            y = ctx.reference.year
        else:
            return undated_relative(), False
    first, last = year_part(index, months) or (0, 0)  # a valid index: by the arithmetic, or checked above
    attrs = span("month", (y, first), (y, last))
    if attrs and not rel and not group(m, "y1") and not group(m, "ry"):
        yearless(attrs)  # "в первом квартале": the year of the text around it
    return (attrs, False) if attrs else None


# "the three months to September", "the 12 months to March 2024", "the year to June" (British business news: the
# months ending with that one); without a year, the year of the text around it ("In 2019, unemployment rose to 4%
# in the three months to September"), else in the past the latest such month up to the publication's (a reported
# period), with no tense the months holding the publication's month or else the latest, and the one holding or after
# it in a clause of the future or of a forecast ("Economists expect inflation to fall in the
# three months to March", "Analysts forecast growth of 0.3% in …");
# not "the three months to come", nor "to September 30" (a day: "from today to September 30"), nor a time given to do
# something ("The government has given firms the three months to March to comply")
MONTHS_TO_RX = (r"the" + SEP + r"(?:(?P<n>\d{1,2}|" + "|".join(sorted(NUMWORDS, key=len, reverse=True)) + r")" + SEP
                + r"months|(?P<year>year))" + SEP + r"to" + SEP + r"(?:(?:the" + SEP + r")?end" + SEP + r"of" + SEP + r")?"
                + month_re("m1") + r"(?:,?" + SEP + year_re("y1") + r")?(?!" + SEP + r"\d)"
                + r"(?!" + SEP + r"to" + SEP + r"(?!the(?![^\W_]))[a-z]+(?![^\W_]))")
MONTHS_TO_HEADS = "the"
_SENTENCE_END = re.compile(r"[.!?](?=[\s\"”])|\n")
# a forecast's verb in the present ("forecast" is read as a past by the tense cues, which it is as often)
_FORECAST = re.compile(r"(?<![^\W_])(?:expects?|expecting|forecasts?|forecasting|predicts?|predicting|projects?"
                       r"|anticipates?|sees?|outlook)(?![^\W_])", re.IGNORECASE)


def h_months_to(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"the three months to September" (July–September), "the year to March 2024" (April 2023 – March 2024): the
    months ending with the month written, of the year written, else of the text around it in the past, else the latest
    such month up to the publication's (the one holding or after it in a clause of the future or a forecast)."""
    raw = group(m, "n")
    n = 12 if group(m, "year") else (int(raw) if raw and raw.isdigit() else NUMWORDS.get((raw or "").lower()))
    last = month_of(m["m1"], ctx)
    if n is None or not 1 <= n <= 24 or last is None:
        return None
    ahead = False
    if group(m, "y1"):
        y = to_int(m["y1"])
    elif ctx.reference is None:
        return undated_relative(), False
    else:
        tense = clause_tense(m.string, m.start(), m.end())
        left = m.string[max(0, m.start() - 160) : m.start()]
        left = left[max((x.end() for x in _SENTENCE_END.finditer(left)), default=0) :]
        ahead = tense == FUTURE or _FORECAST.search(left) is not None
        ref = ctx.reference
        if ahead:  # "will cost more over the six months to December", "expect inflation to fall in the … to March"
            y = ref.year + (last < ref.month)
        elif tense == PAST:  # the latest ended by the publication's month
            y = ref.year - (last > ref.month)
        else:  # no tense ("Growth of 0.3% in the three months to December"): the one holding it, else the latest
            y = ref.year - (last - n + 1 > ref.month)
    first = y * 12 + last - n  # months since year 0 of the first month, counted from 0
    attrs = span("month", (first // 12, first % 12 + 1), (y, last))
    if attrs and not group(m, "y1") and not ahead:
        yearless(attrs)  # "In 2019, unemployment rose to 4% in the three months to September": 2019's
    return (attrs, False) if attrs else None
