"""The bare year ("in 2019", "the 2003 war") and the tests that tell it from a count ("between 2000 and 3000
soldiers", "a survey of 1709 schoolchildren", "1000 человек"), moved out of
:mod:`desktop.meaning.date_absolute` (which re-exports :func:`h_year` and :data:`RU_COUNT_AFTER`).  Nothing here
does I/O."""

from __future__ import annotations

import re

from desktop.meaning.date_base import CONNECT, NOT_QUANTITY, MIN_YEAR, YEAR_CONTEXT, Ctx, span, to_int
from desktop.meaning.date_year_names import year_level, year_named
from desktop.meaning.date_counted import counted_after, year_into

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time: keeps import < 50 ms
    from typing import Any


# A Russian count after a bare number: "1000 человек", "1535 кроватей", "1789 пациентов".
RU_COUNT_AFTER = re.compile(r"[ \u00a0]+(?:[а-яё]+(?:ых|их)[ \u00a0]+)?(?:человек|[а-яё]{2,}(?:ов|ев|ей))(?![^\W_])")


# The high end of a count's range after a bare number: no year ("between 2000 and 3000 soldiers", "от 2000 до 3000") or a year
# before a quantity or a counted noun ("между 2000 и 2500 человек", "from 1999 to 2003 tonnes", "between 2000 and 2100 people"):
# the low end of a count, unless "in" or a verb of change says it is a year ("grew from 2000 to 4000 workers", as ranges.py).
_COUNT_RANGE_AFTER = re.compile(rf"{CONNECT}(?P<hi>\d{{4,}})(?![\d.,]\d)(?P<unit>(?!{NOT_QUANTITY}))?", re.IGNORECASE)
_YEAR_BY_CHANGE = re.compile(r"(?<![^\W_])(?:in|(?:grew|rose|fell|went|increased|decreased|climbed|dropped|jumped|declined|soared"
                             r"|surged|doubled|up|down)\s+from)\s+$", re.IGNORECASE)

# a verb of change later in the clause of a counted noun: the years of a trend ("Between 1900 and 2000 cases of polio fell")
_CHANGE_LATER = re.compile(r"[^.,;:!?\n]{0,60}?(?<![^\W_])(?:rose|fell|grew|doubled|tripled|halved|declined|dropped|increased|decreased"
                           r"|soared|plummeted|plunged|climbed|surged)(?![^\W_])", re.IGNORECASE)


def _count_range_low(m: re.Match[str]) -> bool:
    """The bare year of ``m`` is the low end of a count's range (:data:`_COUNT_RANGE_AFTER`)."""
    hi = _COUNT_RANGE_AFTER.match(m.string, m.end())
    if hi is None or _YEAR_BY_CHANGE.search(m.string, max(0, m.start() - 24), m.start()):
        return False
    low, high = to_int(m["y1"]), int(hi["hi"])
    if hi["unit"] is None and counted_after(m.string, hi.end()):  # round hundreds count; "Between 1998 and 2004 people moved away" stays years
        if _CHANGE_LATER.match(m.string, hi.end()):
            return False  # "From 1900 to 2000 deaths from cholera fell by 90%": a change over the years, no tally
        return low % 100 == 0 and high % 100 == 0 or not MIN_YEAR <= low <= high <= 2199
    return hi["unit"] is not None or not MIN_YEAR <= low <= high <= 2199


# Turkish "as of" after a year: "2020 itibarıyla", "2007 itibari ile".
_TR_AS_OF = re.compile(r"[ \u00a0]+itibar[ıi](?:yla|yle|[ \u00a0]+ile)(?![^\W_])", re.IGNORECASE)


# a Russian ordinal ending without "год" after it (date_base.YEAR_SUFFIX): "1997-м", "1999-го", "2015-й"
_RU_ORDINAL_ONLY = re.compile(r"-(?:го|й|м)")


def h_year(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    attrs = span("year", (to_int(m["y1"]),))
    if attrs is None:
        return None
    suffix = m.group(0)[len(m["y1"]):]
    if _RU_ORDINAL_ONLY.fullmatch(suffix):
        suffix = ""  # "1000-й матч", "2000-м посетителем": an ordinal ending alone is no year's word ("в 1997-м" is one by "в")
    if not suffix.strip() and RU_COUNT_AFTER.match(m.string, m.end()):
        return None  # "до 1000 человек", "1535 кроватей": a count (Russian)
    if not suffix.strip() and _count_range_low(m):
        return None  # "between 2000 and 3000 soldiers": a count's low end
    weak = (not suffix.strip() and not YEAR_CONTEXT.search(m.string, max(0, m.start() - 24), m.start())
            and not _TR_AS_OF.match(m.string, m.end()))
    if not weak and not suffix.strip() and _AT_LEAST_BEFORE.search(m.string, max(0, m.start() - 10), m.start()) \
            and _PLURAL_AFTER.match(m.string, m.end()):
        weak = True  # "until at least 2030 homes are built": "at least" before a plural counts it, as "of 1709 schoolchildren"
    back_as = None if weak or suffix.strip() else _AS_FAR_BACK_AS.search(m.string, max(0, m.start() - 24), m.start())
    if back_as is not None and (_LENGTH_AFTER.match(m.string, m.end()) or back_as.group(1) is not None and (
            _PLURAL_AFTER.match(m.string, m.end()) or _PER_AFTER.match(m.string, m.end()))):
        # "as far back as 1500 years": a length, not a year; after the phrases that came in with "as far back as"
        # (not "as early as", read as a year's context before them: "As early as 2022 people complained") a plural
        # or a unit before "per" counts: "as far back as 1800 points", "as far back as 1200 tenge per litre"
        weak = True
    if not suffix.strip() and _OF_BEFORE.search(m.string, max(0, m.start() - 6), m.start()):
        count = _COUNT_AFTER.match(m.string, m.end())
        if count is not None and count.group(1) not in _EVENT_PLURALS and not year_level(m.string, m.start("y1"), m.end("y1")):
            return None  # "a survey of 1709 schoolchildren": a count
    if weak and YEAR_DETERMINER.search(m.string, max(0, m.start() - 8), m.start()) and not _IS_BEFORE.search(
            m.string, max(0, m.start() - 10), m.start()):
        after = _YEAR_NOUN.match(m.string, m.end())
        if after is not None:
            word = after.group(1)
            # an adjective of a count before its noun: "Britain's 1000 richest people", "the 1200 new homes", "Russia's
            # 1550 deployed warheads" (not "the 2022 new year celebrations")
            then = _YEAR_NOUN.match(m.string, after.end())
            counted = then is not None and (_plural_count(then.group(1)) or then.group(1) in _NOT_YEAR_NOUNS)
            weak = (_plural_count(word) or word.lower() in _NOT_YEAR_NOUNS
                    or bool(_COUNT_ADJECTIVE.fullmatch(word) and (word.endswith("est") or counted))
                    or (word.endswith("ed") and counted))
    if weak and to_int(m["y1"]) >= 1800 and _TR_YEAR_AFTER_NAMED.match(m.string, m.end()):
        weak = False
    if weak and (_TR_YEAR_AFTER.match(m.string, m.end()) or _EVENT_AFTER.match(m.string, m.end())
                 or year_named(m.string, m.start("y1"), m.end("y1")) or year_into(m.string, m.start(), m.end())
                 or _RU_EVENT_BEFORE.search(m.string, max(0, m.start() - 32), m.start())):
        weak = False
    if weak and _CHRONOLOGY_AFTER.match(m.string, m.end()) and _CHRONOLOGY_BEFORE.search(
            m.string, max(0, m.start() - 2), m.start()):
        weak = False  # "2009: Gazete Habertürk." — a line of a chronology
    if weak and _WED_BEFORE.search(m.string, max(0, m.start() - 40), m.start()) and _WED_AFTER.match(m.string, m.end()):
        weak = False  # "Spouse Jean Richard (m. 1949; div. 1964)": a marriage's years in a biography's box
    return attrs, weak


# "(m. 1949; div. 1964)", "(m. 1977)", "(marr. 1920, div. 1931)": married and divorced, as "b." and "d." (see
# YEAR_CONTEXT); the bracket follows the spouse's name and opens with the marriage, and the year closes its item (not
# "(div. 2000 points)", "The sample (m. 1800, n = 40)", "The mass (m. 2000)", "Figure 3 (m. 1500; k. 20)": a mean, a
# mass, a measure).
_WED_BEFORE = re.compile(r"(?<![^\W_])[^\W\d_a-zа-яё][^\W\d_]*\.?\s{0,2}\((?:m|marr?)\.[ \u00a0]?"
                         r"(?:\d{4}[ \u00a0]?[;,][ \u00a0]?(?:div|m|marr?)\.[ \u00a0]?)?$")
_WED_AFTER = re.compile(r"[ \u00a0]?[;,)]")


# Turkish words after a bare year that make it a date: "1989 tarihli", "1972 yapımı",
# "1962 doğumlu", "2010 11 sezonunda", "2011 başında", "1218 başlarında", "1564 ortalarında".
_TR_YEAR_AFTER = re.compile(
    r"[ \u00a0]+(?:tarihli|tarihinde|yapımı|yapımlı|doğumlu|çıkışlı|model|sezon[^\W\d_]*"
    r"|baş(?:ı|lar[ıi])?nda|son(?:u|lar[ıi])?nda|orta(?:s[ıi]|lar[ıi])nda"
    r"|içinde|içerisinde|boyunca|sonrasında|sonrası|öncesinde|öncesi"
    r"|ver[iı]ler[^\W\d_]*|seçim[^\W\d_]*|sayım[^\W\d_]*|savaş(?:ı|ın|ında|ıyla|ından|ına))(?![^\W_])",
    re.IGNORECASE,
)
# With a place or name between (modern years only: "1500 Ankara yapımı sandalye" counts chairs):
# "1962 İngiltere yapımı", "2009 nüfus sayımına göre", "2011 genel nüfus sayımına göre", "1954 Türkiye genel seçimleri", "2003 Emmy ödüllerinde".
_TR_YEAR_AFTER_NAMED = re.compile(
    r"(?:[ \u00a0]+[A-ZÇĞİÖŞÜ][\w.-]*){0,3}[ \u00a0]+(?:yapımı|yapımlı|(?:genel[ \u00a0]+)?nüfus[ \u00a0]+sayım[^\W\d_]*"
    r"|(?:genel|başkanlık|cumhurbaşkanlığı|yerel|ara|milletvekili)[ \u00a0]+seçim[^\W\d_]*|ödüller[^\W\d_]*)(?![^\W_])"
)
# A year before the name of an event: "2006 FIFA Dünya Kupası", "1998 NBA Seçmeleri",
# "2016 Summer Olympics", "1659 Pirene Barışı": up to four capitalised words, then the event's noun.
_EVENT_NOUNS_EN = (
    "Summit|Olympics|Olympic Games|Games|Cup|Championships?|Elections?|War|Treaty|Agreement|Accords?|Festival"
    "|Awards?|Revolution|Crisis|Conference|Census|Uprising|Coup|Earthquake|Grand Prix|Tournament|Referendum"
    "|Congress|Marathon|Draft|Finals?|Expo|Eurovision"
)
_EVENT_NOUNS_TR = (
    "Kupas[ıi]|Şampiyonas[ıi]|Olimpiyatlar[ıi]|Seçmeleri|Ödülleri|Ödülü|Yarışmas[ıi]|Yarış[ıi]|Barış[ıi]|Turu"
    "|Festivali|Oyunlar[ıi]|Finalleri|Finali|Ligi|Sezonu|Savaş[ıi]|Antlaşmas[ıi]|Anlaşmas[ıi]|Zirvesi|Devrimi"
    "|Darbesi|Depremi|Krizi|Seçimleri|Ayaklanmas[ıi]|Kongresi|Konferans[ıi]|Say[ıi]m[ıi]|Maratonu|Elemeleri"
    r"|Turnuvas[ıi]|Finallerin[^\W\d_]*|Olimpiyat[^\W\d_]*|Açık['’]?[^\W\d_]{0,4}"
)
_EVENT_AFTER = re.compile(
    r"(?:[ \u00a0]+(?:[A-ZÇĞİÖŞÜ][\w.&-]*|\d{1,3}|&|-|–|ve|and|of))*?[ \u00a0]+"
    rf"(?:{_EVENT_NOUNS_EN})(?:['’]s)?(?![^\W_])"
    rf"|(?:[ \u00a0]+(?:[A-ZÇĞİÖŞÜ][\w.&-]*|\d{{1,3}}|ve))*?[ \u00a0]+(?:{_EVENT_NOUNS_TR})(?:['’]?[^\W\d_]{{0,8}})?(?![^\W_])"
)
# Russian: "чемпионат мира 2018", "Кубке конфедераций 2017", "Нобелевскую премию мира 2019", "кинофестиваля 2017".
_RU_EVENT_BEFORE = re.compile(
    r"(?<![^\W_])(?:чемпионат|кубк?|турнир|фестивал|кинофестивал|конкурс|форум|саммит|олимпиад|евровидени|преми)[а-яё]*"
    r"(?:[ \u00a0]+(?:мира|европы|конфедераций|россии|мира[ \u00a0]+по[ \u00a0]+[а-яё]+))?[ \u00a0]*-?[ \u00a0]*$",
    re.IGNORECASE,
)
_CHRONOLOGY_AFTER = re.compile(r":[ \u00a0]")
_CHRONOLOGY_BEFORE = re.compile(r"(?:^|\n|\.[ \u00a0])$")


# "the 2003 war", "a 2008 raid", "the 1991 Gulf War": a year naming an event (a singular
# or capitalised noun follows; "the 2000 troops" is a count).
# "the 2020 …", "its 2015 …", and a possessive: "UNESCO's 2012 Paris Declaration", "the government's 2024 budget"
YEAR_DETERMINER = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|this|that)|[^\W\d_]['’]s)\s+$", re.IGNORECASE)
# A count's adjective after the number: "the 1000 richest people", "Europe's 1500 largest companies", "1200 new homes"
_COUNT_ADJECTIVE = re.compile(r"(?:rich|larg|bigg|poor|small|wealthi|tall|bus|fin)est|new|more|other|additional|extra|further")
# "it's 2000 more", "that's 1500 votes": "is", not a possessive
_IS_BEFORE = re.compile(r"(?<![^\W_])(?:it|that|what|there|here|he|she|who|where)['’]s\s+$", re.IGNORECASE)
_YEAR_NOUN = re.compile(r"[ \u00a0]+([A-Z][a-z][\w-]*|[a-z]+)\b")
_OF_BEFORE = re.compile(r"\bof\s+$", re.IGNORECASE)
_AT_LEAST_BEFORE = re.compile(r"\bat\s+least\s+$", re.IGNORECASE)
_AS_FAR_BACK_AS = re.compile(r"\bas\s+(?:early|late|soon|(recently|long\s+ago|far\s+back))\s+as\s+$", re.IGNORECASE)
_LENGTH_AFTER = re.compile(r"[ \u00a0]+(?:years|decades|centuries|months|weeks|days|hours)(?![^\W_])", re.IGNORECASE)
_PER_AFTER = re.compile(r"[ \u00a0]+[a-z]+[ \u00a0]+per[ \u00a0]+[a-z]", re.IGNORECASE)  # not "1999 in a small archive"
_PLURAL_AFTER = re.compile(r"[ \u00a0]+(?!(?:as|is|was|has|this|its|his|us|plus|unless|thus|whereas|less|perhaps|always|across)"
                           r"(?![^\W_]))(?:[a-z]+s|children|people|men|women)(?![^\W_])")  # not "until at least 2030 unless"
_COUNT_AFTER = re.compile(r"[ \u00a0]+([a-z]+(?:s|children|people|men))\b")
# Plural nouns after "the 2020 …" that name one event, not a count ("the 2020 elections").
_EVENT_PLURALS = {"elections", "games", "olympics", "talks", "protests", "riots", "attacks", "floods", "midterms",
                  "primaries", "negotiations", "accords", "sanctions", "hearings", "championships", "finals",
                  "playoffs", "awards", "bombings", "wildfires", "polls"}
_NOT_YEAR_NOUNS = set("""
    m ft mi ha km kg lb sq metre meter mile acre hectare ton tonne barrel foot feet person man woman
    men women children people police personnel staff and or to of in on at for by with from is was
    were are than per crew workforce
    """.split())


def _plural_count(word: str) -> bool:
    """A plural noun of things counted ("workers"; not "census", "campus", "crisis", "congress", nor "elections")."""
    return word.islower() and word.endswith("s") and not word.endswith(("ss", "us", "is")) and word not in _EVENT_PLURALS
