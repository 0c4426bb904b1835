"""The pattern table of :mod:`desktop.meaning.dates` and the scanner that runs it:
one prefilter scan finds where a pattern can start, the longest non-overlapping
matches are kept, "X – Y" pairs are merged into ranges, each year of a list
becomes its own date and access dates of references are dropped.
"""

from __future__ import annotations

import datetime as _dt
import re
from bisect import bisect_right

from desktop.meaning.date_absolute import (
    CENTURY_WORD_ALT, ORDINAL_DAY_ALT, SEASON_ALT, SEASONS, h_centuries, h_day_alone, h_ru_century_relative,
    RU_MONTH_ADJ_FORMS, h_ru_month_adjective, h_month_rel_part, h_century, h_day_of_rel_month, h_day_month, h_month_day, h_day_month_range, h_dmy, h_ordinal_day_range, h_before_era, h_month_alone, h_month_ordinal, h_month_part, h_month_range, h_month_of_early_year, h_month_week, h_month_year, h_year_month,
    h_nine_eleven, h_ordinal_day, h_part_year, h_quarter, h_season, h_short_year, h_tr_year_part, h_year, h_year_short_range,
)
from desktop.meaning.date_decades import (
    DECADE_WORD_ALT, h_bare_decade, h_decade, h_decade_part, h_listed_decade_word, h_ru_short_decade, h_tr_decade,
)
from desktop.meaning.date_relative import RU_YEAR_OFFSETS, h_ru_few_ago, h_ru_half_ago, h_ru_month_of, h_ru_month_relative_year  # Russian
from desktop.meaning.date_days_on import days_on
from desktop.meaning.date_day_lists import COMMA_DAYS_AFTER
from desktop.meaning.date_later_rows import LATER_PATTERNS  # Kazakh, "moments ago": rows in modules of their own
from desktop.meaning.date_decades import RU_DECADE_WORD_ALT, RU_DECADE_WORD_HEADS  # Russian
from desktop.meaning.date_ru import (  # Russian
    RU_CENTURY_GENITIVE_ALT, RU_CENTURY_HEADS, RU_CENTURY_RX, RU_ORDINAL_DAY_ALT, RU_ORDINAL_DAY_HEADS, h_ru_century_word, h_ru_night, h_ru_ordinal_day,
)
from desktop.meaning.date_base import (
    CONNECT, Cand, DASH, MONTH_ALT, NOT_QUANTITY, NUMBER, RANGE_PREFIX, SEP, TR_MONTH_ALT, TR_WORD, WORD_END, YEAR_SUFFIX, Ctx, day_re,
    keyword_trie, month_re, year_re,
)
from desktop.meaning.date_relative import (
    AGO_N, AGO_NUMBERS, AGO_UNITS, RU_WEEKDAY_CASE_ALT, RU_WEEKDAY_REL_ALT, WEEKDAY_ALT, WEEKDAYS, h_ago, h_week_part, h_earlier_later, h_day_beside, h_part_of_the,
    h_few_window, h_today, h_ago_and_a_half, h_window_and_a_half, h_ahead, h_ago_vague, h_year_present, h_today_part, h_month_relative, h_past, h_next, h_past_span, h_for_last_span, h_past_days, h_weekday, h_weekend, relative_handler, week,
)
from desktop.meaning.date_fiscal import FISCAL_HEADS, FISCAL_RX, h_fiscal_year
from desktop.meaning.date_numeric import h_iso, h_numeric, h_numeric_short_year
from desktop.meaning.date_holidays import h_holiday
from desktop.meaning.date_weekday_day import WEEKDAY_DAY_HEADS, WEEKDAY_DAY_RX, h_weekday_day
from desktop.meaning.date_years_on import YEARS_ON_HEADS, YEARS_ON_RX, h_years_on, years_on
from desktop.meaning.date_seasons import h_season_relative
from desktop.meaning.date_quarters import (
    MONTHS_TO_HEADS, MONTHS_TO_RX, QUARTER_EN_HEADS, QUARTER_EN_RX, QUARTER_RU_HEADS, QUARTER_RU_RX, QUARTER_TR_HEADS,
    QUARTER_TR_RX, h_any_quarter, h_months_to,
)
from desktop.meaning.date_tr import (  # Turkish
    TR_MONTH_WEEK_TAIL, TR_NUMWORD_ALT, TR_QUARTER_HEADS, TR_QUARTER_RX, TR_SPACED_RANGE_RX, TR_YEAR_EDGE_RX, TR_YEAR_TO_DATE_RX, h_tr_month_week,
    h_tr_quarter, h_tr_spaced_range, h_tr_year_edge, h_year_to_date,
)
from desktop.meaning.date_deadlines import YEAR_END_NOUN, deadlines
from desktop.meaning.date_class_of import CLASS_OF_RX, h_class_of
from desktop.meaning.date_months_of_year import MONTHS_OF_YEAR_HEADS, MONTHS_OF_YEAR_RX, h_months_of_year
from desktop.meaning.date_pre_post import POST_YEAR_HEADS, POST_YEAR_RX, h_post_year, war_years
from desktop.meaning.date_the_year import THE_YEAR_HEADS, THE_YEAR_RX, h_the_year
from desktop.meaning.date_year_choice import year_choices
from desktop.meaning.date_ru_year_part import RU_YEAR_PART_HEADS, RU_YEAR_PART_RX, h_ru_year_part
from desktop.meaning.date_era_joined import AD_JOINED_RX, h_ad_joined
from desktop.meaning.date_context import after_years, anchor_years, bare_year_anchors, since, year_lists
from desktop.meaning.date_merge import WEEKDAY_BEFORE, merge as _merge

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time: keeps import < 50 ms
    from typing import Any

    from desktop.meaning.date_base import Handler


# The keys of the patterns of centuries in Roman numerals ("XX века").
_ROMAN_KEYS = "I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII XIX XX XXI"

# Heads: where a pattern can start (every pattern also starts at a word start).
# "<y>" a run of exactly 4 digits, "<d>" a run of 1-2 digits, "<m>" a month
# name, "<q>" "Q1"/"H2", "<a>" an apostrophe before a digit ("the '90s"), "<f>" "FY" before a digit, "<e>" "AD" before one;
# any other word is a keyword the match can begin with.  find_dates tries a
# pattern only where one of its heads stands (see collect), so a head must
# list every way the pattern can begin (tests check this against a full scan).
_BC_AFTER = r"(?:(?-i:BC|BCE)(?![^\W_])|B\.C\.|до{SEP}н\.\s?э\.|до{SEP}нашей{SEP}эры(?![^\W_]))".replace("{SEP}", SEP)
_BC_BEFORE = r"(?:(?-i:MÖ|M\.Ö\.?|M\.\s?Ö\.)|milattan{SEP}önce)".replace("{SEP}", SEP)
# başında, başlarında, ortasında, sonunda, günlerinde; "sonuna doğru" (towards the end)
_TR_PART_END = r"(?:l[ae]r)?s?[ıiuü](?:n?d[ae]|n[ae][ \u00a0]+doğru)(?![^\W_])"
_TR_PART_UNTIL = r"(?:l[ae]r)?s?[ıiuü]n[ae][ \u00a0]+(?:kadar|dek)(?![^\W_])"  # "21. yüzyılın sonuna kadar", "ortasına dek": up to its part
SEP_ONE = r"[ \u00a0]"
# the end of "June 4 to 6", "between May 3 and 5": a clause's end, a conjunction, or a word that no number counts (a
# determiner, a pronoun: "From May 3 to 5 the office was shut"; a preposition of place or time not before a number:
# "between May 3 and 5 in Astana"; not "March 3 to 5 percent", "May 3 and 5 people", "3 and 5 in 10 voters")
_DAYS_END = (rf"(?![^\W_])(?=[ \u00a0]*(?:[.,;:!?)\n]|$)(?!,?\s*\d)|{SEP}(?:and|when|after|before|but|the|this|that|these"
             rf"|those|his|her|its|their|our|my|your|we|they|he|she|it|I|you|there)(?![^\W_])"
             rf"|{SEP}(?:in|at|on|during|across|throughout)(?![^\W_])(?![ \u00a0]*\d))")
# "two and a half years", "a year and a half", "2 1/2 years", "six and a half months"
_HALF_NUMBER = r"(?P<an>\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten)"
_AND_A_HALF = (rf"(?:{_HALF_NUMBER}(?:{SEP}(?P<hu>years?|months?){SEP}and{SEP}a{SEP}half|{SEP}and{SEP}a{SEP}half{SEP}(?P<hu2>years|months)"
               rf"|{SEP}1/2{SEP}(?P<hu3>years|months))|(?<![^\W_])year{SEP}and{SEP}a{SEP}half)")
PLUS = r"(?:\s*-\s*plus|\+)?"  # "the past 20-plus months": at least 20
_RANGE_HEAD = "between from между с со от "
# Russian parts: "в начале", "до середины", "к концу" (the dative: "к началу октября", "к концу года").
_RU_PART_HEADS = "начале середине конце начала середины конца началу середине концу"
_RU_PART = "|".join(sorted(set(_RU_PART_HEADS.split()), key=len, reverse=True))
# A Russian decade's century: "30-х годов прошлого века" (the 1930s), "двадцатых годов этого века" (the 2020s),
# "девяностые годы девятнадцатого века", "90-х годов XIX века" (the 1890s): part of the decade's span, no date of its own
_RU_OF_CENTURY = (rf"(?:{SEP}(?P<cent>прошлого|минувшего|этого|нынешнего|текущего|[IVX]{{1,5}}|{RU_CENTURY_GENITIVE_ALT})"
                  rf"{SEP}(?:века|столетия))?")
# Not of something else: "за последнее столетие существования империи", "28 последних лет своей жизни" (a genitive after;
# a capitalised word in -ия, -ой, -ей is a subject in the nominative: "За последнее столетие Россия пережила")
_RU_NOT_OF = (rf"(?!{SEP}(?:(?!(?-i:[А-ЯЁ])[а-яё]*(?:ия|ой|ей)(?![^\W_]))[а-яё]*(?:ого|его|ой|ей|ых|их|ии|ия|ства|ния)|жизни|войны|работы|службы|карьеры|истории|эпохи"
              rf"|власти|страны|века|столетия|режима|союза|империи)(?![^\W_]))")
# "geçen ay", "geçen ayın", "önümüzdeki aydan" (the "yıldız" of "bu yıldızın" is a star, "ayrılık" a parting: the patterns
# of "yıl" exclude it, those of "ay" take only its case endings)
# "geçen ayla" (with last month), "geçen ayınki", "geçen aydır" (since last month), "geçen aya" (to last month)
_TR_MONTH_CASE = r"(?:[ıi]n(?:ki|da|dan|a)?|[ıi]|da|dan|a|la|ki|daki|dır|dir)?(?![^\W_])"
# After a month, a number before a unit is its year ("In May 2024 millions of people voted", "В январе 2024 рубль
# укрепился"), unless a comma sets it apart ("12 Mart , 1500 kişi katıldı") or it is before 1900 ("Toplantıya Mart
# 1500 kişi katıldı": a count is as likely). Tested on the digits, before the suffix ("Mart 2024'te milyonlarca").
_YEAR_AFTER_COMMA = rf"(?(comma){NOT_QUANTITY}|(?:(?<!1[0-8]\d\d)|{NOT_QUANTITY})){YEAR_SUFFIX}"
_PATTERNS: list[tuple[str, str, Handler]] = [  # compiled on first use
    # "the Sept. 11 attacks": 9/11 (first: it wins the tie with "Sept. 11" of the reference year)
    ("<m>", rf"(?-i:Sept?\.?|September){SEP}11(?:th)?(?={SEP}(?:attacks?|terror|hijack))", h_nine_eleven),
    # 2025-05-22, 2025/05/22, 2025.05.22
    ("<y>", rf"(?<![\d.,/-]){year_re('y1')}(?P<s>[-/.])(?P<mo>0[1-9]|1[0-2])(?P=s)(?P<d1>0[1-9]|[12]\d|3[01])(?![\d.]\d|\d)", h_iso),
    # 03.07.2025, 03/07/2025, 03-07-2025
    ("<d>", rf"(?<![\d.,/-])(?P<a>\d{{1,2}})(?P<sep>[./-])(?P<b>\d{{1,2}})(?P=sep){year_re('y1')}{YEAR_SUFFIX}", h_numeric),
    # 6/25/90, 25/6/90: slashes and a year of two digits, when one number can be no month
    ("<d>", r"(?<![\d.,/-])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<yy>\d{2})(?![\d/]|[.,]\d|[^\W_])", h_numeric_short_year),
    # 22–25 May 2025, с 22 по 25 мая 2025 года
    (_RANGE_HEAD + "<d>", rf"{RANGE_PREFIX}{day_re('d1')}{CONNECT}{day_re('d2')}{SEP}{month_re('m1')},?{SEP}{year_re('y1')}{YEAR_SUFFIX}", h_dmy),
    # 22 May – 3 June 2025
    (_RANGE_HEAD + "<d>", rf"{RANGE_PREFIX}{day_re('d1')}{SEP}{month_re('m1')}{CONNECT}{day_re('d2')}{SEP}{month_re('m2')},?{SEP}{year_re('y1')}{YEAR_SUFFIX}", h_dmy),
    # May 22–25, 2025
    (_RANGE_HEAD + "<m>", rf"{RANGE_PREFIX}{month_re('m1')}{SEP}{day_re('d1')}{CONNECT}{day_re('d2')},?{SEP}{year_re('y1')}", h_dmy),
    # May 22 – June 3, 2025
    (_RANGE_HEAD + "<m>", rf"{RANGE_PREFIX}{month_re('m1')}{SEP}{day_re('d1')}{CONNECT}{month_re('m2')}{SEP}{day_re('d2')},?{SEP}{year_re('y1')}", h_dmy),
    # 8-May-2006, 10-Feb-2006
    ("<d>", rf"(?<![\d-]){day_re('d1')}-{month_re('m1')}-{year_re('y1')}", h_dmy),
    # 22 May 2025, 22nd of May 2025, 22 мая 2025 года, 22 Mayıs 2025
    ("<d>", rf"{day_re('d1')}(?:{SEP}of)?{SEP}{month_re('m1')}(?:{SEP_ONE}?(?P<comma>,))?{SEP}{year_re('y1')}{_YEAR_AFTER_COMMA}", h_dmy),
    # May 22, 2025
    ("<m>", rf"{month_re('m1')}{SEP}{day_re('d1')},?{SEP}{year_re('y1')}{YEAR_SUFFIX}", h_dmy),
    # between May and June 2025, мае–июне 2025 года, Mayıs-Haziran 2025
    (_RANGE_HEAD + "<m>", rf"{RANGE_PREFIX}{month_re('m1')}{CONNECT}{month_re('m2')},?{SEP}(?:(?:of|in){SEP})?{year_re('y1')}{YEAR_SUFFIX}", h_month_range),
    # June 2025, мае 2025 года, Haziran 2025
    ("<m>", rf"{month_re('m1')}(?P<comma>,)?{SEP}(?:of{SEP})?{year_re('y1')}{_YEAR_AFTER_COMMA}", h_month_year),
    # "December of 384": a year before 1000 after "of"
    ("<m>", rf"{month_re('m1')}{SEP}of{SEP}(?P<y1>[1-9]\d{{2}})(?![\d/]|[.,:]\d)", h_month_of_early_year),
    # 2006 Temmuz'unda, 1494 nisanında, 2008 Ağustosunda (Turkish: the year first)
    ("<y>", rf"{year_re('y1')}{SEP}(?P<m1>{TR_MONTH_ALT})(?:['’][^\W\d_]{{1,6}}|[ıiuü]?n?[dt][ae]n?|[ıiuü]n[ıiuü]n)?(?:\s+ay[ıi](?:nda|nın|ndan|na)?)?(?![^\W_])", h_year_month),
    # Q1 2025, H2 2025, the first quarter of 2025
    ("<q> <d> the first second third fourth",
     rf"(?:(?P<kind>[QH])(?P<q>[1-4])|(?:the{SEP})?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)"
     rf"{SEP}(?P<kind2>quarter|half)(?:{SEP}of)?){SEP}{year_re('y1')}", h_quarter),
    # the first quarter, the second half (of the year): the reference year
    ("the", rf"the{SEP}(?P<ord>first|second|third|fourth){SEP}(?P<kind2>quarter|half)(?P<kind>)(?P<q>)"
     rf"(?:{SEP}of{SEP}(?:the|this){SEP}year|{SEP}of{SEP}(?P<rel>last|this|next){SEP}year)?{WORD_END}(?!{SEP}(?:of|century)\b)",
     h_quarter),
    ("early mid late the", rf"(?:(?P<part>early|mid|late)[\s-]+|the{SEP}(?P<part2>beginning|start|middle|end){SEP}of{SEP})"
     rf"(?P<rel>last|this|next){SEP}month{WORD_END}", h_month_rel_part),
    (_RU_PART_HEADS,
     rf"(?P<part>{_RU_PART}){SEP}(?P<rel>прошлого|минувшего|этого|текущего|следующего"
     rf"|будущего){SEP}месяца{WORD_END}", h_month_rel_part),
    # "10-го числа прошлого месяца", "the 10th of last month", "geçen ayın 10'unda": that day of that month
    ("<d>", rf"(?<![\d.,/-])(?P<d1>\d{{1,2}})(?:-?(?:го|е|ое))?{SEP}числа{SEP}(?P<rel>прошлого|минувшего|этого|текущего"
     rf"|следующего|будущего){SEP}месяца{WORD_END}", h_day_of_rel_month),
    ("the", rf"the{SEP}(?P<d1>\d{{1,2}})(?:st|nd|rd|th){SEP}of{SEP}(?P<rel>last|this|next){SEP}month{WORD_END}",
     h_day_of_rel_month),
    ("geçen geçtiğimiz bu gelecek önümüzdeki",
     rf"(?P<rel>geçen|geçtiğimiz|bu|gelecek|önümüzdeki){SEP}ay[ıi]n{SEP}(?P<d1>\d{{1,2}})['’](?:s[ıiuü]|[ıiuü])n[dt][ae]"
     rf"(?![^\W_])", h_day_of_rel_month),
    # "bu yılın sonunda", "bu yılın sonuna kadar", "geçen yılın başında", "geçen ayın sonunda"
    ("geçen geçtiğimiz bu gelecek önümüzdeki",
     rf"(?P<rel>geçen|geçtiğimiz|bu|gelecek|önümüzdeki){SEP}(?:y[ıi]l[ıi]n|senenin){SEP}(?P<part>baş|orta|son)"
     rf"(?:{_TR_PART_END}|[ıu]na{SEP}kadar(?![^\W_]))", h_part_year),
    ("geçen geçtiğimiz bu gelecek önümüzdeki",
     rf"(?P<rel>geçen|geçtiğimiz|bu|gelecek|önümüzdeki){SEP}ay[ıi]n{SEP}(?P<part>baş|orta|son){_TR_PART_END}", h_month_rel_part),
    # 2024–25, 2019/20, 2008/9 (not a law's number: "Directive 2010/75/EU", "Directive 2008/9/EC")
    ("<y>", rf"(?<![\d.,/-]){year_re('y1')}\s*(?:{DASH}|(?P<slash>/))\s*(?P<yy>\d{{2}}|(?(slash)\d|(?!)))(?!\d)(?![.,]\d|/){YEAR_SUFFIX}{NOT_QUANTITY}", h_year_short_range),
    # "1947 1954 arasında", "1991 92 sezonunda": two years whose dash was lost, before a word of a range
    ("<y>", TR_SPACED_RANGE_RX, h_tr_spaced_range),
    # a season of two years: "2008/2009"
    ("<y>", rf"(?<![\d.,/-]){year_re('y1')}/(?P<y2>\d{{4}})(?![\d/]|[.,]\d)", h_year_short_range),
    # 1990s, the 1990s, the '90s, 1990-е годы, 1990'larda, 1990'lı yıllarda
    ("<y> the", rf"(?:the{SEP})?(?P<dec>1\d\d0|20\d0|21\d0)['’]?s(?![^\W_])", h_decade),
    ("<a> the", rf"(?:the{SEP})?['’](?P<dd>\d)0['’]?s(?![^\W_])", h_decade),
    ("the", rf"the{SEP}(?P<dd>[1-9])0['’]?s(?![^\W_])", h_decade),
    ("the", rf"the{SEP}(?P<dw>{DECADE_WORD_ALT}){WORD_END}", h_decade),
    (DECADE_WORD_ALT.replace("|", " "), rf"(?<![^\W_])(?P<dw>{DECADE_WORD_ALT}){WORD_END}", h_listed_decade_word),  # "… and seventies"
    # "90s music", "the 1980s and 90s", "the fucking 90s" (not "in his 90s", "the low 90s")
    ("<d>", rf"(?<![\d.,$£€#/'’-])(?P<dd>[1-9])0s(?![^\W_])", h_bare_decade),
    ("the", rf"the{SEP}(?P<adj>[a-z]{{3,12}}){SEP}(?P<dd>[1-9])0['’]?s(?![^\W_])", h_bare_decade),
    ("the", rf"the{SEP}(?P<part>early|mid|late)[\s-]+(?P<dw>{DECADE_WORD_ALT}){WORD_END}", h_decade_part),
    # "the early 90s", "the mid-'90s", "late 80s" (not "in his early 90s", an age)
    ("early mid late the", rf"(?:the{SEP})?(?P<part>early|mid|late)[\s-]+['’]?(?P<dd>\d)0['’]?s(?![^\W_])", h_decade_part),
    # "в девяностых годах", "в девяностые", "тридцатых годов прошлого века", "в конце девяностых"
    (RU_DECADE_WORD_HEADS, rf"(?P<dw>{RU_DECADE_WORD_ALT})(?P<yw>{SEP}(?:годы|годов|годах|годами|годам))?"
     rf"{_RU_OF_CENTURY}{WORD_END}", h_ru_short_decade),
    (_RU_PART_HEADS + " первой второй",
     rf"(?:(?P<part>{_RU_PART})|(?P<half>первой|второй){SEP}половин[еы]){SEP}(?P<dw>{RU_DECADE_WORD_ALT})"
     rf"(?:{SEP}(?:годы|годов|годах|годам))?{_RU_OF_CENTURY}{WORD_END}", h_decade_part),
    # "90'larda", "80'lerin", "90'lardan": the 1930s to the 1990s (not "60'larında", "in his 60s": a possessive)
    ("<d>", rf"(?<![\d.,])(?P<dd>[3-9])0['’]?l[ae]r(?:d[ae](?:ki|n)?|[ae]|[ıi]n|l[ae])?(?![^\W_])", h_tr_decade),
    # "90'ların ortasında", "80'lerin sonlarından", "1990'ların başında": a third of the decade
    ("<d> <y>", rf"(?<![\d.,])(?:(?P<dec>1\d\d0|20\d0)|(?P<dd>[3-9])0)['’]?l[ae]r[ıi]n{SEP}(?P<part>baş|orta|son)"
     rf"(?:l[ae]r)?[ıiuü]?s?[ıiuü]n(?:d[ae]n?|[ae])(?![^\W_])", h_decade_part),
    # "90'lı yıllarda", "80'li yıllara kadar": the 1930s to the 1990s
    ("<d>", rf"(?P<dd>[3-9])0['’]l[ıiuü]{SEP}y[ıi]ll[ae]r{TR_WORD}", h_decade),
    # "в прошлом веке", "прошлого столетия", "к концу текущего столетия": the century of the publication date or the one before
    (_RU_PART_HEADS + " прошлого минувшего прошедшего этого текущего нынешнего прошлом минувшем прошедшем этом текущем нынешнем",
     rf"(?:(?P<part>{_RU_PART}){SEP})?(?P<rel>прошлого|минувшего|прошедшего|этого|текущего|нынешнего|прошлом|минувшем|прошедшем"
     rf"|этом|текущем|нынешнем){SEP}(?:века|веке|столетия|столетии){WORD_END}", h_ru_century_relative),
    ("<y>", rf"(?P<dec>1\d\d0|20\d0|21\d0)-?(?:ые|ых|е|х)(?![^\W_])(?:{SEP}(?:годы|годов|годах|гг\.))?{_RU_OF_CENTURY}", h_decade),
    ("<y>", rf"(?P<dec>1\d\d0|20\d0|21\d0)['’]?l[ıiae](?:[^\W\d_]{{0,8}})(?:{SEP}y[ıi]l{TR_WORD})?", h_decade),
    # a bare year (context decides in running text); not before a slash and a number that is no year ("2010/75/EU")
    ("<y>", rf"(?<![\d.,'’/]){year_re('y1')}(?!/\d{{1,3}}(?!\d)){YEAR_SUFFIX}{NOT_QUANTITY}", h_year),
    # day + month without year
    ("<d>", rf"{day_re('d1')}(?:{SEP}of)?{SEP}{month_re('m1')}", h_day_month),
    # "May 3" (not "May 3, 2021", above, nor "May 3 2021"), also before a clock time ("May 3rd 10:38 a.m.")
    # (not "3 May 10:38": the hour)
    # (nor before a comma and a number, "May 3, 2021", "May 3, 5 people", unless a list of days follows: "May 3, 5 and 6")
    ("<m>", rf"{month_re('m1')}{SEP}{day_re('d1')}(?![^\W_]|:\d)(?!(?!{COMMA_DAYS_AFTER}),?\s*(?![012]?\d:[0-5]\d(?::[0-5]\d)?(?![\d:]))\d)", h_month_day),
    # March 3-5, 3–5 мая without a year
    ("<m>", rf"{month_re('m1')}{SEP}{day_re('d1')}\s*{DASH}\s*{day_re('d2')}(?![^\W_])(?!,?\s*\d)", h_day_month_range),
    # "June 4 to 6", "May 3 through 5", "between May 3 and 5" at a clause's end, before a conjunction or before a word
    # no number counts (a determiner, a pronoun: "From May 3 to 5 the office was shut"; not "March 3 to 5 percent")
    ("<m>", rf"{month_re('m1')}{SEP}{day_re('d1')}{SEP}(?:to|through|until|till){SEP}{day_re('d2')}{_DAYS_END}",
     h_day_month_range),
    ("<m>", rf"(?<=between{SEP_ONE}){month_re('m1')}{SEP}{day_re('d1')}{SEP}and{SEP}{day_re('d2')}{_DAYS_END}",
     h_day_month_range),
    # "3–5 мая", "15 to 20 May", "15 ila 20 Mayıs", "с 5 по 10 июня" without a year (not "aged 5 to 12 May …"; "с" is
    # part of the Russian span, as NEREL marks it, "between" and "from" are not, as re3d marks them)
    ("с со <d>", rf"(?<!aged{SEP_ONE})(?<!ages{SEP_ONE})(?:(?:с|со){SEP})?{day_re('d1')}(?:\s*{DASH}\s*|{SEP}(?:to|through|ila|по){SEP})"
     rf"{day_re('d2')}{SEP}{month_re('m1')}(?!,?{SEP}\d)", h_day_month_range),
    # "between 15 and 20 May" (was "20 May" alone)
    ("<d>", rf"(?<=between{SEP_ONE}){day_re('d1')}{SEP}and{SEP}{day_re('d2')}{SEP}{month_re('m1')}(?!,?{SEP}\d)",
     h_day_month_range),
    # "Friday the 14th": that day, in the month the weekday says when no month is named
    (WEEKDAY_DAY_HEADS, WEEKDAY_DAY_RX, h_weekday_day),
    # "on the 14th", "on the 14th and 15th" (or "the 3rd or the 4th"): a day alone at a clause's end or before a conjunction (not "on the 14th floor")
    ("the", rf"(?<=(?<![^\W_])on{SEP_ONE})the{SEP}(?P<d1>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)(?![^\W_])"
     rf"(?:{SEP}(?:and|to|through|or){SEP}(?:the{SEP})?(?P<d2>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)(?![^\W_]))?"
     rf"(?=[ \u00a0]*(?:[.,;:!?)\n]|$)|{SEP}(?:and|at|when|after|before|until|but)\b)", h_day_alone),
    # "the 3rd to the 5th of June (2019)": days of one month ("the 3rd and the 5th of June" lists two)
    ("the", rf"the{SEP}(?P<d1>3[01]|[12]\d|[1-9])(?:st|nd|rd|th){SEP}(?:to|through|until|till){SEP}the{SEP}"
     rf"(?P<d2>3[01]|[12]\d|[1-9])(?:st|nd|rd|th){SEP}of{SEP}{month_re('m1')}"
     rf"(?:(?P<y>,?{SEP}{year_re('y1')}(?![\d.,]?\d))|(?!,?{SEP}\d))", h_ordinal_day_range),
    # the fifth of January, the 1st day of February 1860 ("the 16th of December": "16th of December", above)
    ("the", rf"the{SEP}(?P<od>{ORDINAL_DAY_ALT}|(?:[12]?\d(?:st|nd|rd|th)|3[01](?:st|th))(?={SEP}day{WORD_END}))"
     rf"{SEP}(?:day{SEP})?of{SEP}{month_re('m1')}"
     rf"(?:,?{SEP}{year_re('y1')})?", h_ordinal_day),
    # "July sixteenth", "on September eleventh, 2001" (not before a noun: "In June third parties", "March second-quarter")
    ("<m>", rf"{month_re('m1')}{SEP}(?P<od>{ORDINAL_DAY_ALT})(?![^\W_]|-)(?:,?{SEP}{year_re('y1')}(?![\d.,]?\d)"
     rf"|(?=[ \u00a0]*(?:[.,;:!?)\n]|$)|{SEP}(?:and|at|when|in|on|of|to|the|he|she|they|we|it|I)\b))", h_month_ordinal),
    # April 14th or 15th, 14 or 15 April: one of those days
    ("<m>", rf"{month_re('m1')}{SEP}{day_re('d1')}{SEP}or{SEP}{day_re('d2')}(?![^\W_])(?!,?\s*\d)", h_day_month_range),
    ("<d>", rf"{day_re('d1')}{SEP}or{SEP}{day_re('d2')}{SEP}{month_re('m1')}(?!,?{SEP}\d)", h_day_month_range),
    # "Two years later", "that same year", "the year before": from the year written before them
    (YEARS_ON_HEADS, YEARS_ON_RX, h_years_on),
    # fiscal years: "FY2023", "fiscal 2024", "FY2023-24" (the calendar years they are named by)
    (FISCAL_HEADS, FISCAL_RX, h_fiscal_year),
    # 2013 – present: from the year to the publication date
    ("<y>", rf"{year_re('y1')}\s*{DASH}\s*(?:present|today|now){WORD_END}", h_year_present),
    # holidays: Christmas Eve, New Year's Day, Halloween, last Christmas, Christmas 2019, Easter Sunday, Thanksgiving (computed)
    ("last next this christmas new halloween valentine easter thanksgiving",
     rf"(?:(?P<rel>last|next|this(?:{SEP}past)?){SEP}|(?P<ry>last|this|next){SEP}year(?:['’]s)?{SEP})?(?P<hol>Christmas(?:{SEP}(?:Day|Eve))?|New{SEP}Year['’]s{SEP}(?:Day|Eve)|Halloween"
     rf"|Valentine['’]s{SEP}Day|Easter(?:{SEP}(?:Sunday|Monday|Day))?|Thanksgiving(?:{SEP}Day)?)(?:,?{SEP}{year_re('y1')})?{WORD_END}", h_holiday),
    # month alone
    ("<m> the", rf"(?P<lead>the{SEP}month{SEP}of{SEP})?{month_re('m1')}", h_month_alone),
    (" ".join(RU_MONTH_ADJ_FORMS), rf"(?:{'|'.join(sorted(RU_MONTH_ADJ_FORMS, key=len, reverse=True))}){WORD_END}", h_ru_month_adjective),
    # weekdays, weeks, "N units ago"
    (" ".join(WEEKDAYS) + " в во on this last next geçen geçtiğimiz önümüzdeki gelecek bu",
     rf"(?:(?:on|(?P<rel>this|last|next|geçen|geçtiğimiz|önümüzdeki|gelecek|bu)|(?:в|во)(?:{SEP}(?P<rel_ru>{RU_WEEKDAY_REL_ALT}))?){SEP})?"
     rf"(?P<wd>{WEEKDAY_ALT})(?:{SEP}gün(?:ü|kü))?{WORD_END}", h_weekday),
    ("к ко с со до по", rf"(?:к|ко|с|со|до|по){SEP}(?P<wd>{RU_WEEKDAY_CASE_ALT}){WORD_END}", h_weekday),
    # "на вечер вторника", "утром пятницы": a part of the day and a weekday in the genitive
    ("утро утром вечер вечером ночь ночью днём днем",
     rf"(?<!каждый{SEP_ONE})(?<!каждое{SEP_ONE})(?<!каждую{SEP_ONE})(?:утро|утром|вечер|вечером|ночь|ночью|дн[её]м){SEP}"
     rf"(?P<wd>{RU_WEEKDAY_CASE_ALT}){WORD_END}", h_weekday),
    # "on Tues.", "this Sat.", "last Fri.": an abbreviated weekday, after those words only (not "on Sun. TV": a name)
    ("on this last next", rf"(?:on|(?P<rel>this|last|next)){SEP}(?P<wd>(?-i:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun))\.(?!{SEP}(?-i:[A-Z]{{2,}})\b)", h_weekday),
    ("early mid late the", rf"(?:(?P<part>early|mid|late)[\s-]+|the{SEP}(?P<part2>beginning|start|middle|end){SEP}of{SEP})"
     rf"(?P<rel>last|this|next){SEP}week{WORD_END}", h_week_part),
    ("в", rf"в{SEP}(?P<part>начале|середине|конце){SEP}(?:(?P<rel>прошлой|минувшей|этой|текущей|следующей){SEP})?недели{WORD_END}"
     rf"(?!{SEP}(?:моды|кино|культуры|науки|высокой|здоровья|книги|памяти|качества|борьбы|добра"
     rf"|[а-яё]+(?:ого|его|ых|их))(?![^\W_]))",  # a week of something: "недели российского кино", "открытых дверей"
     h_week_part),
    ("last the past previous прошлой на this", rf"(?:(?<!the )last|this{SEP}past|the{SEP}previous|на{SEP}прошлой){SEP}(?:week|неделе){WORD_END}", week(-1)),
    ("с со", rf"(?:с|со){SEP}прошлой{SEP}недели{WORD_END}", week(-1)),
    # "the week before last", "the week after next": two weeks back or ahead
    # (not "the week before last year's election": the week before an event of last year)
    ("the", rf"the{SEP}week{SEP}before{SEP}last{WORD_END}(?!{SEP}(?:year|month|week)\b)", week(-2)),
    ("the", rf"the{SEP}week{SEP}after{SEP}next{WORD_END}(?!{SEP}(?:year|month|week)\b)", week(2)),
    ("the", rf"the{SEP}weekend{SEP}(?P<rel>before{SEP}last|after{SEP}next){WORD_END}(?!{SEP}(?:year|month|week)\b)", h_weekend),
    ("на", rf"на{SEP}(?:следующую|будущую){SEP}неделю{WORD_END}", week(1)),
    ("this на", rf"(?:this|на{SEP}этой){SEP}(?:week|неделе){WORD_END}", week(0)),
    ("next на the", rf"(?:next|the{SEP}coming|на{SEP}следующей){SEP}(?:week|неделе){WORD_END}", week(1)),
    ("geçen geçtiğimiz", rf"(?:geçen|geçtiğimiz){SEP}hafta(?!l[ae]r){TR_WORD}", week(-1)),
    ("bu", rf"bu{SEP}hafta(?!l[ae]r){TR_WORD}", week(0)),
    ("gelecek önümüzdeki", rf"(?:gelecek|önümüzdeki){SEP}hafta(?!l[ae]r){TR_WORD}", week(1)),
    ("<d> <t> " + " ".join(k for k in AGO_NUMBERS if not k.isdigit() and "-" not in k),
     rf"(?P<an>\d{{1,3}}|{AGO_N}){SEP}(?P<au>{'|'.join(sorted(AGO_UNITS, key=len, reverse=True))}){SEP}(?P<ago>ago|back|from{SEP}now(?!{SEP}on\b)|(?:тому{SEP})?назад|önce){WORD_END}", h_ago),
    # "in two weeks' time", "in a year's time", "in 10 years time": as "two weeks from now" ("from now on" is henceforth)
    ("<d> <t> " + " ".join(k for k in AGO_NUMBERS if not k.isdigit() and "-" not in k),
     rf"(?<=in{SEP_ONE})(?P<an>\d{{1,3}}|{AGO_N}){SEP}(?P<au>{'|'.join(sorted(AGO_UNITS, key=len, reverse=True))})(?:['’]s?)?{SEP}"
     rf"(?P<ago>time){WORD_END}", h_ago),
    ("a several birkaç",
     rf"(?P<vague>a{SEP}few|several|a{SEP}couple(?:{SEP}of)?|birkaç){SEP}(?P<au>{'|'.join(sorted(AGO_UNITS, key=len, reverse=True))})"
     rf"{SEP}(?P<ago>ago|back|önce){WORD_END}", h_ago_vague),
    ("<d> a one two three four five six seven eight nine ten",
     rf"{_AND_A_HALF}{SEP}ago{WORD_END}", h_ago_and_a_half),
    # "the past two and a half years", "the next 2 1/2 years", "the last year and a half" (not "the last half", "2 1/2
    # cups", nor without "the": "Profits fell last year and a half the stores closed")
    ("the", rf"the{SEP}(?P<dir>past|last|next|coming){SEP}{_AND_A_HALF}{WORD_END}(?!{SEP}of\b)", h_window_and_a_half),
    # "the weeks ahead", "the year ahead" (not "the weeks ahead of the vote": before an event)
    ("the", rf"the{SEP}(?P<unit>days|weeks|months|years|week|month|year){SEP}ahead{WORD_END}(?!{SEP}of\b)", h_ahead),
    ("год неделю месяц день сутки", rf"(?P<au>год|неделю|месяц|день|сутки){SEP}(?P<ago>назад){WORD_END}", h_ago),
    # "около года назад": about one unit
    # "около года назад", "больше года назад", "чуть больше недели назад": about one unit
    ("около почти примерно приблизительно чуть немногим немного больше более меньше менее",
     rf"(?:около|почти|примерно|приблизительно|(?:(?:чуть|немногим|немного){SEP})?(?:больше|более|меньше|менее)(?:{SEP}чем)?)"
     rf"{SEP}(?P<au>года|месяца|недели|суток){SEP}(?P<ago>назад){WORD_END}", h_ago),
    ("полвека полгода", rf"(?P<half>полвека|полгода){SEP}(?:тому{SEP})?назад{WORD_END}", h_ru_half_ago),
    ("несколько", rf"несколько{SEP}(?P<au>лет|месяцев|недель|дней){SEP}(?:тому{SEP})?назад{WORD_END}", h_ru_few_ago),
    # parts of a month: early/mid/late June, в начале марта, Eylül sonunda, the end of June 2020
    ("early mid late", rf"(?P<part>early|mid|late)[\s-]+{month_re('m1')}(?:,?{SEP}{year_re('y1')})?", h_month_part),
    ("the beginning start middle end",
     rf"(?:the{SEP})?(?P<part>beginning|start|middle|end){SEP}of{SEP}{month_re('m1')}(?:,?{SEP}{year_re('y1')})?", h_month_part),
    (_RU_PART_HEADS,
     rf"(?P<part>{_RU_PART}){SEP}{month_re('m1')}(?:{SEP}{year_re('y1')}{YEAR_SUFFIX})?", h_month_part),
    ("<m>", rf"{month_re('m1')}(?:{SEP}{year_re('y1')}(?:['’]?n?[ıiuü]n)?)?{SEP}(?P<part>baş|orta|son)(?:{_TR_PART_END}|{_TR_PART_UNTIL})",
     h_month_part),  # "Haziran sonuna kadar" (up to its part) too
    # centuries
    ("the <d> early mid late " + _ROMAN_KEYS,
     rf"(?:the{SEP})?(?:(?P<part>early|mid|late)[\s-]+)?(?P<c>\d{{1,2}})(?:st|nd|rd|th)(?:{SEP}|-)century{WORD_END}", h_century),
    ("the", rf"the{SEP}(?:(?P<part>early|mid|late)[\s-]+)?(?P<cw>{CENTURY_WORD_ALT}){SEP}century{WORD_END}", h_century),
    # the late 19th and early 20th centuries; "from the 15th to the 19th century" (not of years before the era)
    ("the <d> early mid late",
     rf"(?:the{SEP})?(?:(?P<part>early|mid|late)[\s-]+)?(?P<c>\d{{1,2}})(?:st|nd|rd|th){CONNECT}(?:the{SEP})?"
     rf"(?:(?P<part2>early|mid|late)[\s-]+)?(?P<c2>\d{{1,2}})(?:st|nd|rd|th){SEP}centur(?:ies|y){WORD_END}(?!{SEP}?{_BC_AFTER})",
     h_centuries),
    ("<d> " + _RU_PART_HEADS + " " + _ROMAN_KEYS,  # "в конце XX века", "до конца XXI века", "к началу XIX века"
     rf"(?:(?P<part>{_RU_PART}){SEP})?(?P<c>[IVXL]{{1,5}}|\d{{1,2}})(?:-?(?:го|м|й))?{SEP}(?:век[аеу]?|в\.){WORD_END}", h_century),
    ("<d>", rf"(?P<c>\d{{1,2}})\.{SEP}y[üu]zy[ıi]l[ıi]n{SEP}(?P<part>baş|orta|son)(?:{_TR_PART_END}|{_TR_PART_UNTIL})", h_century),
    # "20. yüzyıl", "19. yy.", ordinals with their suffix: "18'inci yüzyıldan", "9'ncu yüzyıldan", "17. nci yüzyılda"
    ("<d>", rf"(?P<c>\d{{1,2}})(?:\.(?:{SEP}?['’]?[ıiuü]?n[cç][ıiuü])?|['’]?[ıiuü]?n[cç][ıiuü])"
     rf"{SEP}(?:y[üu]zy[ıi]l{TR_WORD}|yy\.?(?:['’][^\W\d_]{{1,4}})?(?![^\W_]))", h_century),
    # a year before 1000 with its year word: "в 286 году", "с 862 года", "286 yılında", "AD 286", "286 CE"; 9/11
    ("<d> <t>", rf"(?<![\d.,])(?P<sy>\d{{1,3}}){SEP}(?P<yw>году|года|год|г\.|yılında|yılından|yılına)(?![^\W_])", h_short_year),
    ("ad", rf"AD{SEP}(?P<sy>\d{{1,3}})(?![\d.,]\d|\d)", h_short_year),
    ("<e>", AD_JOINED_RX, h_ad_joined),  # "Started in AD842" (not "the AD620 amplifier")
    ("<a>", CLASS_OF_RX, h_class_of),  # "class of '71"
    (MONTHS_OF_YEAR_HEADS, MONTHS_OF_YEAR_RX, h_months_of_year),  # "the first three months of 2020"
    (POST_YEAR_HEADS, POST_YEAR_RX, h_post_year),  # "post-2015"
    (THE_YEAR_HEADS, THE_YEAR_RX, h_the_year),  # "in the year 71"
    # Turkish "MS 721" (milattan sonra, AD): dotted always ("M.S. 35", "MS. 70"); "MS" alone, an
    # abbreviation of many things, only before ")", a case ending or "yılı"
    ("m ms", rf"(?-i:M\.\s?S\.?|MS\.){SEP}?(?P<sy>\d{{1,3}})(?![\d,]\d|\d)(?:['’][^\W\d_]{{1,5}})?(?:\.?{SEP}y[ıi]l{TR_WORD})?"
     rf"|(?-i:MS){SEP}(?P<sy2>\d{{1,3}})(?![\d.,]\d|\d)(?:(?=\s*\))|['’][^\W\d_]{{1,5}}|{SEP}y[ıi]l{TR_WORD})", h_short_year),
    ("<d> <t>", rf"(?<![\d.,])(?P<sy>\d{{1,3}}){SEP}(?-i:AD|CE)(?![^\W_])", h_short_year),
    ("<d>", r"(?<![\d/.])9/11(?![\d/])", h_nine_eleven),
    # before the era: found, left undated ("508 BC", "MÖ 388'de", "the 7th century BC", "V век до н. э.")
    ("<d> <y> <t>", rf"(?<![\d.,])\d{{1,4}}(?:{SEP}(?:году|года|г\.|yılında))?{SEP}?{_BC_AFTER}", h_before_era),
    ("mö m milattan", rf"{_BC_BEFORE}{SEP}?\d{{1,4}}(?![\d.,]\d|\d)(?:['’][^\W\d_]{{1,5}})?(?:{SEP}y[ıi]l{TR_WORD})?", h_before_era),
    ("the <d> early mid late",
     rf"(?:the{SEP})?(?:(?:early|mid|late)[\s-]+)?\d{{1,2}}(?:st|nd|rd|th){SEP}centur(?:y|ies){SEP}{_BC_AFTER}", h_before_era),
    ("mö m milattan", rf"{_BC_BEFORE}{SEP}?\d{{1,2}}\.{SEP}(?:y[üu]zy[ıi]l{TR_WORD}|yy\.?)", h_before_era),
    ("<d> " + _ROMAN_KEYS,
     rf"(?:[IVXL]{{1,5}}|\d{{1,2}})(?:-?(?:го|м|й))?{SEP}(?:век[аеу]?|в\.){SEP}{_BC_AFTER}", h_before_era),
    # seasons and parts of a year or decade
    (" ".join(SEASONS) + " the in",
     rf"(?:(?:the|in){SEP})?(?:(?P<s1>{SEASON_ALT})(?:{SEP}of)?){SEP}{year_re('y1')}{YEAR_SUFFIX}", h_season),
    ("<y>", rf"{year_re('y1')}(?:['’]?(?:[dt]e|[dt]a|in|ın|un|ün|nin|nın))?{SEP}(?P<s2>{SEASON_ALT}){WORD_END}", h_season),
    # "the autumn of last year", "in the spring of next year" (was "last year" alone)
    ("the", rf"the{SEP}(?P<s1>spring|summer|autumn|fall|winter){SEP}of{SEP}(?P<rel>last|this|next){SEP}year"
     rf"{WORD_END}", h_season),
    ("early mid late the", rf"(?:the{SEP})?(?P<part>early|mid|late|middle)[\s-]+{year_re('y1')}(?![\d'’]?s)", h_part_year),
    # late last year, early next year, the end of this year: a third of that year
    ("early mid late the", rf"(?:the{SEP})?(?P<part>early|mid|late|middle)[\s-]+(?P<rel>this|last|next){SEP}year{WORD_END}", h_part_year),
    ("the beginning start middle end",
     rf"(?:the{SEP})?(?P<part>beginning|start|middle|end){SEP}of{SEP}(?P<rel>this|last|next){SEP}year{WORD_END}", h_part_year),
    # the first week of March, the last week of June 2020
    ("the", rf"the{SEP}(?P<wk>first|second|third|fourth|last){SEP}week{SEP}of{SEP}{month_re('m1')}(?:,?{SEP}{year_re('y1')})?", h_month_week),
    ("early mid late later the", rf"(?:the{SEP})?(?P<part>early|mid|later|late)[\s-]+(?P<dec>1\d\d0|20\d0|21\d0)['’]?s(?![^\W_])",
     h_decade_part),
    ("the beginning start middle end", rf"(?:the{SEP})?(?P<part>beginning|start|middle|end){SEP}of{SEP}{year_re('y1')}{YEAR_SUFFIX}", h_part_year),
    (_RU_PART_HEADS,
     rf"(?P<part>{_RU_PART}){SEP}{year_re('y1')}{YEAR_SUFFIX}", h_part_year),
    (_RU_PART_HEADS,
     rf"(?P<part>{_RU_PART}){SEP}(?P<rel>прошлого|минувшего|этого|текущего|нынешнего"
     rf"|следующего|будущего){SEP}года{WORD_END}", h_part_year),
    (RU_YEAR_PART_HEADS, RU_YEAR_PART_RX, h_ru_year_part),  # "в конце года", "к концу года": the publication year's
    (_RU_PART_HEADS,
     rf"(?P<part>{_RU_PART}){SEP}(?:(?P<dec>1\d\d0|20\d0|21\d0)|(?P<dd>[3-9])0)-?(?:ые|ых|е|х)"
     rf"(?![^\W_])(?:{SEP}(?:годы|годов|годах|гг\.?))?{_RU_OF_CENTURY}", h_decade_part),
    # "в 90-х", "90-е годы", "в 70-ых годах": the 1930s to the 1990s
    ("<d>", rf"(?P<dd>[3-9])0-?(?:ые|ых|е|х)(?![^\W_])(?P<yw>{SEP}(?:годы|годов|годах|годами|гг\.?))?{_RU_OF_CENTURY}",
     h_ru_short_decade),
    ("<y>", rf"{year_re('y1')}(?:['’]?n?[ıiuü]n|{SEP}y[ıi]l[ıi]n[ıi]n)?{SEP}(?:(?P<edge>ilk|son){SEP}(?P<unit>gün|hafta|ay){_TR_PART_END}"
     rf"|(?P<half>ilk|ikinci){SEP}yar[ıi]s[ıi]n?d[ae]|(?P<part>baş|orta|son)(?:{_TR_PART_END}|{_TR_PART_UNTIL}))", h_tr_year_part),
    # "2024'ün ilk çeyreğinde", "geçen yılın son çeyreğinde", "bu yılın ikinci yarısında", "yılın ilk çeyreğinde"
    (TR_QUARTER_HEADS, TR_QUARTER_RX, h_tr_quarter),
    # "last quarter", "the coming quarter", "в прошлом квартале", "geçen çeyrekte", "в первом квартале 2024 года"
    (QUARTER_EN_HEADS, QUARTER_EN_RX, h_any_quarter),
    (QUARTER_RU_HEADS, QUARTER_RU_RX, h_any_quarter),
    (QUARTER_TR_HEADS, QUARTER_TR_RX, h_any_quarter),
    (MONTHS_TO_HEADS, MONTHS_TO_RX, h_months_to),
    ("<m>", rf"{month_re('m1')}{TR_MONTH_WEEK_TAIL}", h_tr_month_week),
    ("bu yılın yilin yıl yil yılbaşında yilbasinda", TR_YEAR_EDGE_RX, h_tr_year_edge),
    ("bu yılın yilin yıl yil yılbaşından yilbasindan", TR_YEAR_TO_DATE_RX, h_year_to_date),
    # "с начала года", "с начала этого года", "so far this year", "year to date": from 1 January up to publication
    ("с so year", rf"с{SEP}начала{SEP}(?:(?:этого|текущего|нынешнего){SEP})?года{WORD_END}|so{SEP}far{SEP}this{SEP}year{WORD_END}"
     rf"|year[ -]to[ -]date{WORD_END}", h_year_to_date),
    # "son yıllarda", "son günlerde", "önümüzdeki haftalarda": as "in recent years", "in the coming weeks"
    ("son geçtiğimiz önümüzdeki gelecek", rf"(?P<dir>son|geçtiğimiz|önümüzdeki|gelecek)(?P<vague>){SEP}(?P<unit>y[ıi]l|ay|hafta|gün)"
     rf"l[ae]r(?:d[ae]|[ıi]n|d[ae]ki)?{WORD_END}", h_few_window),
    # relative: past N …
    ("the", rf"the{SEP}(?:past|last){SEP}(?P<unit>decade){WORD_END}", h_past),
    # the past year / month / week: the days of the year, month or seven days up to the publication date
    ("the this", rf"(?:the{SEP}past|this{SEP}(?:past|last)(?={SEP}(?:year|month)(?![^\W_]))|(?<=over{SEP_ONE})the{SEP}last|(?<=in{SEP_ONE})the{SEP}last|(?<=during{SEP_ONE})the{SEP}last)"
     rf"{SEP}(?P<unit>year|month|week){WORD_END}(?!{SEP}(?:of|or|that|when)\b"
     rf"|{SEP}and{SEP}(?:a{SEP}half|(?:a|the|this|next|last){SEP}(?:year|month|week)|years?|months?|weeks?"
     rf"|(?:\d+|[a-z]+|a{SEP}few){SEP}(?:years|months|weeks|days)\b)\b)", h_past_span),
    # "for the last year": as "over the last year" (not "for the last year of his contract", "for the last year he played":
    # his final one; "for the last year he has lived there" is the past year)
    ("the", rf"(?<=for{SEP_ONE})the{SEP}last{SEP}(?P<unit>year|month|week){WORD_END}(?!{SEP}(?:of|or|and|that|when|in|at"
     rf"|(?:he|she|they|it|we|i|you|(?-i:[A-Z][a-z]+))(?!{SEP}(?:has|have|had|'s|'ve)\b))\b)", h_for_last_span),
    ("the past last", rf"(?:the{SEP})?(?:past|last){SEP}{NUMBER}{PLUS}{SEP}(?P<unit>decades|years|months){WORD_END}(?!{SEP}of\b)", h_past),
    # the next N years/months: from the publication date on
    ("the next coming", rf"(?:the{SEP})?(?:next|coming){SEP}{NUMBER}{SEP}(?P<unit>decades|years|months|weeks|days){WORD_END}(?!{SEP}of\b)",
     h_next),
    ("önümüzdeki gelecek", rf"(?:önümüzdeki|gelecek){SEP}(?P<n>\d{{1,3}}){SEP}(?P<unit>y[ıi]l|ay){TR_WORD}", h_next),
    ("ближайшие следующие ближайших следующих", rf"(?:ближайшие|следующие|ближайших|следующих){SEP}{NUMBER}{SEP}"
     rf"(?P<unit>лет|месяц{TR_WORD}|дней|недел{TR_WORD}){WORD_END}", h_next),
    ("the past last", rf"(?:the{SEP})?(?:past|last){SEP}{NUMBER}{PLUS}{SEP}(?P<unit>weeks|days|hours){WORD_END}(?!{SEP}of\b)", h_past_days),
    ("the", rf"the{SEP}(?P<dir>past|last|next|coming){SEP}(?P<vague>few|several|couple(?:{SEP}of)?){SEP}"
     rf"(?P<unit>days|weeks|months|years){WORD_END}(?!{SEP}of\b)", h_few_window),
    # "in the coming days", "in recent weeks": as "the next / past few days, weeks"
    ("the", rf"the{SEP}(?P<dir>coming){SEP}(?P<vague>)(?P<unit>days|weeks|months|years){WORD_END}", h_few_window),
    ("recent", rf"(?:(?<=in{SEP_ONE})|(?<=of{SEP_ONE})|(?<=over{SEP_ONE})|(?<=during{SEP_ONE}))(?P<dir>recent){SEP}(?P<vague>)"
     rf"(?P<unit>days|weeks|months|years){WORD_END}", h_few_window),
    ("this last next the",
     rf"(?P<rel>this{SEP}past|this|last|next|the{SEP}coming|(?:(?<=over{SEP_ONE})|(?<=at{SEP_ONE})|(?<=during{SEP_ONE})"
     rf"|(?<=throughout{SEP_ONE}))the)"
     rf"{SEP}weekend{WORD_END}", h_weekend),
    ("earlier later", rf"(?P<edge>earlier|later){SEP}this{SEP}(?P<unit>week|month|year){WORD_END}", h_earlier_later),
    ("the", rf"the{SEP}(?P<part2>beginning|start|middle|end){SEP}of{SEP}(?:the|this){SEP}(?P<unit>year|month|week|decade){WORD_END}"
     rf"(?!{SEP}(?:of|before|after)\b)", h_part_of_the),
    # "by year-end", "at year-end": as "by the end of the year" (not "year-end results", "the 2024 year-end",
    # "at year-end 2024": that year's)
    ("year", rf"(?:(?<=by{SEP_ONE})|(?<=at{SEP_ONE})|(?<=before{SEP_ONE})|(?<=until{SEP_ONE}))(?P<unit>year)[- ](?P<part2>end)"
     rf"(?![^\W_]|-?{SEP}?{YEAR_END_NOUN}[a-z]|,?{SEP}\d)", h_part_of_the),
    ("the", rf"the{SEP}day{SEP}(?:(?P<before>before{SEP}yesterday)|after{SEP}tomorrow){WORD_END}", h_day_beside),
    ("минувшие прошлые прошедшие эти следующие ближайшие",
     rf"(?P<rel>минувшие|прошлые|прошедшие|эти|следующие|ближайшие){SEP}выходные{WORD_END}", h_weekend),
    ("на", rf"на{SEP}(?P<rel>прошлых|минувших|этих|следующих){SEP}выходных{WORD_END}", h_weekend),
    ("geçen geçtiğimiz bu gelecek önümüzdeki", rf"(?P<rel>geçen|geçtiğimiz|bu|gelecek|önümüzdeki){SEP}hafta{SEP}sonu{TR_WORD}", h_weekend),
    ("this last next прошлой прошлым этой этим следующей следующим будущей geçen geçtiğimiz bu gelecek önümüzdeki",
     rf"(?P<rel>this{SEP}past|this|last|next|прошлой|прошлым|этой|этим|следующей|следующим|будущей){SEP}"
     rf"(?P<season>spring|summer|autumn|fall|winter|весной|летом|осенью|зимой){WORD_END}"
     rf"|(?P<rel2>geçen|geçtiğimiz|bu|gelecek|önümüzdeki){SEP}(?P<season2>ilkbahar|sonbahar|bahar|yaz|kış)"
     rf"(?:da|ta)?{WORD_END}", h_season_relative),
    # "in the spring", "over the summer" (by the tense; not "the summer of 1944", "the spring of his life", "the
    # summer months / holidays / Olympics")
    ("the", rf"(?:(?<=in{SEP_ONE})|(?<=over{SEP_ONE})|(?<=during{SEP_ONE})|(?<=throughout{SEP_ONE})|(?<=until{SEP_ONE})"
     rf"|(?<=by{SEP_ONE})|(?<=before{SEP_ONE})|(?<=after{SEP_ONE}))"
     rf"the{SEP}(?P<season3>spring|summer|autumn|fall|winter){WORD_END}(?!{SEP}(?:of|months?|season|semester|term|break"
     rf"|holidays?|vacation|recess|olympics|games|solstice|transfer|window|time|camp|school|session|sales?|collection"
     rf"|issues?|editions?)\b)",
     h_season_relative),
    ("last next this", rf"(?P<rel>last|next|this{SEP}past|this){SEP}{month_re('m1')}(?!{SEP}\d)", h_month_relative),
    ("последнее прошедшее прошлое минувшее", rf"(?:последнее|прошедшее|прошлое|минувшее){SEP}(?P<unit>десятилетие){WORD_END}", h_past),
    # "за последнее столетие", "за последний век", "over the past century": the hundred years up to publication
    # (after "за", "over" or "for" the hundred years up to publication, also after "in" in a clause in the perfect or
    # of a change, see h_past; else "the past / last century" is the calendar one before)
    ("последнее последний", rf"(?<=за{SEP_ONE})(?P<over>)(?:последнее{SEP}(?P<unit>столетие)|последний{SEP}(?P<unit2>век)){WORD_END}"
     rf"{_RU_NOT_OF}", h_past),
    ("the", rf"(?:(?:(?<=over{SEP_ONE})|(?<=during{SEP_ONE})|(?<=throughout{SEP_ONE})|(?<=for{SEP_ONE}))(?P<over>)the{SEP}(?:past|last)|the{SEP}past|(?<=in{SEP_ONE})the{SEP}last)"
     rf"{SEP}(?P<unit>century){WORD_END}(?!{SEP}(?:or|and|of)\b)", h_past),
    # "28 последних лет": the number first
    ("<d>", rf"(?P<n>\d{{1,3}}){SEP}(?:последних|прошедших){SEP}(?P<unit>лет|месяц{TR_WORD}){WORD_END}{_RU_NOT_OF}", h_past),
    # "пятого сентября", "двадцать пятого декабря 2010 года": a day in words
    (RU_ORDINAL_DAY_HEADS, rf"(?P<od>{RU_ORDINAL_DAY_ALT}){SEP}{month_re('m1')}(?:{SEP}{year_re('y1')}{YEAR_SUFFIX})?(?![^\W_])", h_ru_ordinal_day),
    # "в двадцатом веке", "в конце девятнадцатого столетия", "в двадцатом и двадцать первом столетиях"
    (RU_CENTURY_HEADS + " " + _RU_PART_HEADS, rf"(?:(?P<part>{_RU_PART}){SEP})?{RU_CENTURY_RX}", h_ru_century_word),
    # "в ночь со 2-го на 3-е ноября": both days
    ("в", rf"в{SEP}ночь{SEP}со?{SEP}(?P<d1>\d{{1,2}})(?:-?(?:го|е))?{SEP}на{SEP}(?P<d2>\d{{1,2}})(?:-?(?:е|го))?{SEP}{month_re('m1')}"
     rf"(?:{SEP}{year_re('y1')}{YEAR_SUFFIX})?(?![^\W_])", h_ru_night),
    ("последние прошедшие последних прошедших",
     rf"(?:последние|прошедшие|последних|прошедших){SEP}{NUMBER}(?:{SEP}с{SEP}лишним)?{SEP}(?P<unit>лет|месяц{TR_WORD}){WORD_END}", h_past),
    ("последние прошедшие", rf"(?:последние|прошедшие){SEP}{NUMBER}{SEP}(?P<unit>час(?:а|ов)|дн(?:я|ей)|суток|недел[иь])"
     rf"{WORD_END}", h_past_days),
    ("за", rf"за{SEP}(?:последн(?:ий|юю)|прошедш(?:ий|ую)){SEP}(?P<unit>месяц|год|неделю){WORD_END}", h_past_span),
    ("son geçtiğimiz", rf"(?:son|geçtiğimiz){SEP}(?P<unit>on|10){SEP}y[ıi]l{TR_WORD}", h_past),
    ("son geçtiğimiz", rf"(?:son|geçtiğimiz){SEP}(?P<n>\d{{1,3}}){SEP}(?P<unit>y[ıi]l|ay){TR_WORD}", h_past),
    # "son iki yılda", "son üç ayda", "geçtiğimiz beş yılın": a number in words; not a possessive ("son iki yılını
    # cezaevinde geçirdi", "son üç yılında": the last years of a life or a term)
    # (bare, only before "içinde", "boyunca": "Seçime son iki hafta kaldı", "Başvurular için son iki gün" are what is left)
    ("son geçtiğimiz", rf"(?:son|geçtiğimiz){SEP}(?P<n>{TR_NUMWORD_ALT}){SEP}(?P<unit>y[ıi]l|ay|hafta|gün)"
     rf"(?:(?:d[ae]|t[ae]|[ıi]n|[ıi]n[ıi]n|d[ae]ki){WORD_END}|{WORD_END}(?={SEP}(?:içinde|içerisinde|boyunca|zarfında)(?![^\W_])))",
     h_past),
    ("this the", rf"(?:this|the{SEP}current){SEP}decade{WORD_END}", relative_handler("decade_this", 0)),
    # relative years
    ("last a", rf"(?:(?<!the )last{SEP}year|a{SEP}year{SEP}ago){WORD_END}", relative_handler("year", -1)),
    ("this the", rf"(?:this{SEP}year|the{SEP}current{SEP}year){WORD_END}", relative_handler("year", 0)),
    ("next the", rf"(?:next{SEP}year|the{SEP}coming{SEP}year){WORD_END}", relative_handler("year", 1)),
    ("<m>", rf"{month_re('m1')}{SEP}(?P<ry>{'|'.join(RU_YEAR_OFFSETS)}){SEP}года{WORD_END}", h_ru_month_relative_year),
    ("прошлом прошедшем минувшем прошлый прошлого",
     rf"(?:(?:прошлом|прошедшем|минувшем){SEP}году|(?:прошлый|прошлого){SEP}года?){WORD_END}", relative_handler("year", -1)),
    ("этом текущем нынешнем этот текущий этого текущего",
     rf"(?:(?:этом|текущем|нынешнем){SEP}году|(?:этот|текущий){SEP}год|(?:этого|текущего){SEP}года){WORD_END}",
     relative_handler("year", 0)),
    ("следующем будущем наступающем следующий следующего будущего",
     rf"(?:(?:следующем|будущем|наступающем){SEP}году|следующий{SEP}год|(?:следующего|будущего){SEP}года){WORD_END}",
     relative_handler("year", 1)),
    ("geçen geçtiğimiz", rf"(?<!her )(?:geçen|geçtiğimiz){SEP}(?:y[ıi]l|sene)(?!l[ae]r|d[ıi]z){TR_WORD}", relative_handler("year", -1)),
    ("bu", rf"bu{SEP}(?:y[ıi]l|sene)(?!l[ae]r|d[ıi]z){TR_WORD}", relative_handler("year", 0)),
    ("gelecek önümüzdeki", rf"(?:gelecek|önümüzdeki){SEP}(?:y[ıi]l|sene)(?!d[ıi]z){TR_WORD}", relative_handler("year", 1)),
    # relative months
    ("last a", rf"(?:(?<!the )last{SEP}month|a{SEP}month{SEP}ago){WORD_END}", relative_handler("month", -1)),
    ("this", rf"this{SEP}month{WORD_END}", relative_handler("month", 0)),
    ("next", rf"next{SEP}month{WORD_END}", relative_handler("month", 1)),
    ("прошлом прошедшем минувшем", rf"(?:прошлом|прошедшем|минувшем){SEP}месяце{WORD_END}", relative_handler("month", -1)),
    ("этом текущем", rf"(?:этом|текущем){SEP}месяце{WORD_END}", relative_handler("month", 0)),
    ("следующем", rf"следующем{SEP}месяце{WORD_END}", relative_handler("month", 1)),
    ("прошлого минувшего прошедшего этого текущего следующего будущего",
     rf"(?P<ry>прошлого|минувшего|прошедшего|этого|текущего|следующего|будущего){SEP}месяца{WORD_END}", h_ru_month_of),
    ("geçen geçtiğimiz", rf"(?:geçen|geçtiğimiz){SEP}ay{_TR_MONTH_CASE}", relative_handler("month", -1)),
    ("bu", rf"bu{SEP}ay(?:[ıi]n|da)?{WORD_END}", relative_handler("month", 0)),
    ("gelecek önümüzdeki", rf"(?:gelecek|önümüzdeki){SEP}ay{_TR_MONTH_CASE}", relative_handler("month", 1)),
    # relative days (whole words only: "Dün" is not read inside "Dünya")
    # "dünkü toplantı", "yarınki maç": yesterday's, tomorrow's ("bugünkü" is mostly "present-day": "bugünkü Romanya")
    ("yesterday вчера dün dünkü", rf"(?:yesterday|вчера|dün(?:kü)?){WORD_END}", relative_handler("day", -1)),
    ("позавчера önceki", rf"(?:позавчера|(?<!bir{SEP_ONE})önceki{SEP}gün(?:ü)?){WORD_END}", relative_handler("day", -2)),
    ("послезавтра", rf"послезавтра{WORD_END}", relative_handler("day", 2)),
    ("today сегодня bugün", rf"(?:today|сегодня|bugün){WORD_END}", h_today),
    ("сегодняшний сегодняшнего сегодняшней сегодняшнюю сегодняшнем сегодняшняя сегодняшнее сегодняшних",
     rf"сегодняшн(?:ий|его|ему|ем|ей|юю|яя|ее|их)(?:{SEP}(?:день|дня|дню|дне))?{WORD_END}", relative_handler("day", 0)),
    # parts of the publication day: "this morning", "tonight", "этим утром", "bu sabah"; "last night" the day before
    ("this tonight этим этой bu", rf"(?:this{SEP}(?:morning|afternoon|evening)|tonight|этим{SEP}(?:утром|вечером)"
     rf"|этой{SEP}ночью|bu{SEP}(?:sabah|akşam|öğleden{SEP}sonra)){WORD_END}", h_today_part),
    ("last", rf"(?<!the{SEP_ONE})last{SEP}night{WORD_END}(?!{SEP}(?:of|before|in)\b)", relative_handler("day", -1)),
    ("tomorrow завтра yarın yarınki", rf"(?:tomorrow|завтра|yarın(?:ki)?){WORD_END}", relative_handler("day", 1)),
] + LATER_PATTERNS


class _Table:
    """The compiled pattern table and the one prefilter that finds where any
    pattern can start (built on first use, not at import)."""

    def __init__(self) -> None:
        self.rows: list[tuple[re.Pattern[str], Handler]] = []
        self.by_head: dict[str, list[int]] = {}
        keyword_heads: list[tuple[int, list[str]]] = []
        for index, (heads, rx, handler) in enumerate(_PATTERNS):
            self.rows.append((re.compile(rf"(?<![^\W_])(?:{rx})", re.IGNORECASE), handler))
            words = []
            for head in heads.split():
                if head.startswith("<"):
                    self.by_head.setdefault(head[1:-1], []).append(index)
                else:
                    words.append(head)
            if words:
                keyword_heads.append((index, words))
        self.keyword_heads = [
            (index, re.compile("|".join(map(re.escape, words)), re.IGNORECASE)) for index, words in keyword_heads
        ]
        # one prefix tree of every keyword (a flat alternation of 400+ words is twice as slow to scan)
        keywords = keyword_trie(sorted({w for _, ws in keyword_heads for w in ws}))
        self.keyword_re = re.compile(rf"(?:{keywords})(?![^\W_])", re.IGNORECASE)
        # One scan of the text finds every place a pattern can start; the
        # alternatives exclude each other except month/keyword (see rows_at).
        self.trigger = re.compile(
            rf"(?<![^\W_])(?:(?P<y>\d{{4}})(?!\d)|(?P<d>\d{{1,2}})(?!\d)|(?P<t>\d{{3}})(?!\d)|(?P<q>[QH][1-4])"
            rf"|(?P<a>)(?=['’]\d)|(?P<f>FY)(?=['’]?\d)|(?P<e>AD)(?=\d)|(?P<m>{MONTH_ALT})|(?P<k>{keywords})(?![^\W_]))",
            re.IGNORECASE,
        )
        self._by_word: dict[str, list[int]] = {}
        self.weekday_before = WEEKDAY_BEFORE

    def keyword_rows(self, word: str) -> list[int]:
        rows = self._by_word.get(word)
        if rows is None:
            rows = self._by_word[word] = [i for i, rx in self.keyword_heads if rx.fullmatch(word)]
        return rows

    def rows_at(self, trigger: re.Match[str]) -> list[int]:
        head = trigger.lastgroup or ""
        if head == "k":
            return self.keyword_rows(trigger.group("k"))
        rows = self.by_head.get(head, [])
        if head == "m":  # a month name that is also a keyword (none today)
            kw = self.keyword_re.match(trigger.string, trigger.start())
            if kw is not None:
                rows = sorted(set(rows) | set(self.keyword_rows(kw.group())))
        return rows


_TABLE: list[_Table] = []


def _table() -> _Table:
    if not _TABLE:
        _TABLE.append(_Table())
    return _TABLE[0]


_URL_RE = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)


# ---------------------------------------------------------------- scanning
def collect(text: str, ctx: Ctx) -> list[Cand]:
    """Every pattern's matches, as ``finditer`` per pattern would give them.

    Instead of scanning the text once per pattern, one prefilter scan finds
    the places where some pattern can start, and only the patterns whose
    head stands there are tried (``match`` at that place).  ``resume`` keeps
    each pattern's matches non-overlapping exactly as ``finditer`` does, and
    the result lists pattern by pattern, so ties in :func:`_select` resolve as
    before.  :func:`collect_full_scan` is the slow reference (tests).
    """
    table = _table()
    rows = table.rows
    found: list[list[Cand]] = [[] for _ in rows]
    resume = [0] * len(rows)
    for trigger in table.trigger.finditer(text):
        pos = trigger.start()
        for index in table.rows_at(trigger):
            if pos < resume[index]:
                continue
            rx, handler = rows[index]
            m = rx.match(text, pos)
            if m is None:
                continue
            end = m.end()
            resume[index] = end if end > pos else pos + 1
            if end == pos:
                continue
            result = handler(m, ctx)
            if result is not None:
                found[index].append(Cand(pos, end, result[0], result[1]))
    return [c for cands in found for c in cands]


def collect_full_scan(text: str, ctx: Ctx) -> list[Cand]:
    """Reference for :func:`collect`: every pattern over the whole text."""
    out: list[Cand] = []
    for rx, handler in _table().rows:
        for m in rx.finditer(text):
            if m.start() == m.end():
                continue
            result = handler(m, ctx)
            if result is None:
                continue
            attrs, weak = result
            out.append(Cand(m.start(), m.end(), attrs, weak))
    return out


def _select(cands: list[Cand], size: int) -> list[Cand]:
    """Keep the longest non-overlapping candidates (earlier wins a tie)."""
    taken = bytearray(size)
    chosen: list[Cand] = []
    for c in sorted(cands, key=lambda c: (c.start - c.end, c.start)):
        if any(taken[c.start : c.end]):
            continue
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
        chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen


def _split_lists(cands: list[Cand], strict: bool) -> list[Cand]:
    """In running text a match that lists two dates ("22 and 25 May 2025", "May and June 2025")
    becomes both; one phrase (``parse_date``) keeps the interval that holds them."""
    out: list[Cand] = []
    for c in cands:
        parts = c.attrs.pop("parts", None)
        out += [Cand(s, e, a) for s, e, a in parts] if parts and strict else [c]
    return out


def coerce_reference(reference: Any) -> _dt.date | None:
    if isinstance(reference, _dt.datetime):
        return reference.date()
    if isinstance(reference, _dt.date):
        return reference
    if isinstance(reference, str):
        try:
            return _dt.date.fromisoformat(reference.strip()[:10])
        except ValueError:
            return None
    return None


def _in_spans(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start:end`` overlaps one of ``spans`` (sorted, not overlapping)."""
    i = bisect_right(spans, (start, _INF)) - 1
    if i >= 0 and spans[i][1] > start:
        return True
    return i + 1 < len(spans) and spans[i + 1][0] < end


_INF = float("inf")


def scan(text: str, reference: Any, strict: bool) -> list[Cand]:
    ctx = Ctx(coerce_reference(reference), strict)
    cands = collect(text, ctx)
    if strict:
        urls = [(u.start(), u.end()) for u in _URL_RE.finditer(text)] if "://" in text or "www." in text.lower() else []
        if urls:
            cands = [c for c in cands if not _in_spans(urls, c.start, c.end)]
    chosen = _merge(text, _split_lists(_select(cands, len(text)), strict), strict, ctx.reference)
    if strict:
        bare = bare_year_anchors(text, chosen, ctx.reference)
        chosen = [c for c in chosen if not c.weak and not _ACCESS_DATE.search(text, max(0, c.start - 40), c.start)]
        chosen = war_years(text, year_choices(text, year_lists(text, chosen)))
        anchor_years(text, chosen, ctx.reference, bare)
    since(text, chosen, ctx.reference)
    deadlines(text, chosen)
    after_years(text, chosen)
    chosen = days_on(text, years_on(text, chosen, strict), strict, ctx.reference)  # "the following year", "the next day"
    if strict:
        for c in chosen:  # "Friday, May 8, 2009": the weekday belongs to the date (dated or not: "Thursday, Dec. 15")
            a = c.attrs
            if (a.get("precision") == "day" and a.get("start") == a.get("end")) or (a.get("undated") and "reason" not in a):
                w = _table().weekday_before.search(text, max(0, c.start - 16), c.start)
                if w is not None:
                    c.start = w.start()
    for c in chosen:
        c.attrs.pop("yearless", None)
        c.attrs.pop("moves", None)
    return chosen


# "Accessed 3 July 2025", "Erişme Tarihi: 03.07.2025", "дата обращения: …": when a reference was read, not an event.
_ACCESS_DATE = re.compile(
    r"(?:accessed|retrieved|last\s+visited|erişi?m(?:e)?\s+tarihi|erişim|дата\s+обращения|обращения)"
    r"(?:\s+(?:on|at))?\s*[:.,]?\s*[(\[]?$",
    re.IGNORECASE,
)
