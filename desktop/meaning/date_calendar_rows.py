"""The first part of the pattern table of :mod:`desktop.meaning.date_patterns` (moved out of it, unchanged):
numeric dates, days with months and years, ranges of days, quarters, decades, bare years and days of a month,
with the constants the rows share.  Nothing here does I/O."""

from __future__ import annotations

from desktop.meaning.date_absolute import (
    ORDINAL_DAY_ALT, h_day_alone, h_ru_century_relative, h_month_rel_part, h_day_of_rel_month, h_day_month,
    h_month_day, h_day_month_range, h_dmy, h_ordinal_day_range, h_month_ordinal, h_month_range, h_month_of_early_year,
    h_month_year, h_year_month, h_nine_eleven, h_ordinal_day, h_part_year, h_quarter, h_year_short_range,
)
from desktop.meaning.date_decades import (
    DECADE_WORD_ALT, h_bare_decade, h_decade, h_decade_part, h_listed_decade_word, h_ru_short_decade, h_tr_decade,
    RU_DECADE_WORD_ALT, RU_DECADE_WORD_HEADS,
)
from desktop.meaning.date_bare_year import h_year
from desktop.meaning.date_day_lists import COMMA_DAYS_AFTER
from desktop.meaning.date_ru import RU_CENTURY_GENITIVE_ALT
from desktop.meaning.date_base import (
    CONNECT, DASH, NOT_QUANTITY, RANGE_PREFIX, SEP, TR_MONTH_ALT, TR_WORD, WORD_END, YEAR_SUFFIX, day_re, month_re,
    year_re,
)
from desktop.meaning.date_numeric import h_iso, h_numeric, h_numeric_short_year
from desktop.meaning.date_weekday_day import WEEKDAY_DAY_HEADS, WEEKDAY_DAY_RX, h_weekday_day
from desktop.meaning.date_tr import TR_SPACED_RANGE_RX, h_tr_spaced_range

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time: keeps import < 50 ms
    from desktop.meaning.date_base import Handler


# The keys of the patterns of centuries in Roman numerals ("XX века").
ROMAN_KEYS = "I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII XIX XX XXI"

# Heads: where a pattern can start (every pattern also starts at a word start).
# "<y>" a run of exactly 4 digits, "<d>" a run of 1-2 digits, "<m>" a month
# name, "<q>" "Q1"/"H2", "<a>" an apostrophe before a digit ("the '90s"), "<f>" "FY" before a digit, "<e>" "AD" before one;
# any other word is a keyword the match can begin with.  find_dates tries a
# pattern only where one of its heads stands (see collect), so a head must
# list every way the pattern can begin (tests check this against a full scan).
BC_AFTER = r"(?:(?-i:BC|BCE)(?![^\W_])|B\.C\.|до{SEP}н\.\s?э\.|до{SEP}нашей{SEP}эры(?![^\W_]))".replace("{SEP}", SEP)
BC_BEFORE = r"(?:(?-i:MÖ|M\.Ö\.?|M\.\s?Ö\.)|milattan{SEP}önce)".replace("{SEP}", SEP)
# başında, başlarında, ortasında, sonunda, günlerinde; "sonuna doğru" (towards the end)
TR_PART_END = r"(?:l[ae]r)?s?[ıiuü](?:n?d[ae]|n[ae][ \u00a0]+doğru)(?![^\W_])"
TR_PART_UNTIL = r"(?:l[ae]r)?s?[ıiuü]n[ae][ \u00a0]+(?:kadar|dek)(?![^\W_])"  # "21. yüzyılın sonuna kadar", "ortasına dek": up to its part
SEP_ONE = r"[ \u00a0]"
# the end of "June 4 to 6", "between May 3 and 5": a clause's end, a conjunction, or a word that no number counts (a
# determiner, a pronoun: "From May 3 to 5 the office was shut"; a preposition of place or time not before a number:
# "between May 3 and 5 in Astana"; not "March 3 to 5 percent", "May 3 and 5 people", "3 and 5 in 10 voters")
_DAYS_END = (rf"(?![^\W_])(?=[ \u00a0]*(?:[.,;:!?)\n]|$)(?!,?\s*\d)|{SEP}(?:and|when|after|before|but|the|this|that|these"
             rf"|those|his|her|its|their|our|my|your|we|they|he|she|it|I|you|there)(?![^\W_])"
             rf"|{SEP}(?:in|at|on|during|across|throughout)(?![^\W_])(?![ \u00a0]*\d))")
# a year after "… of May": the days' year ("the 3rd to the 5th of May 2019"); no other number
_ORDINAL_YEAR = rf"(?:(?P<y>,?{SEP}{year_re('y1')}(?![\d.,]?\d))|(?!,?{SEP}\d))"
# after the month of a range of days ("3–5 мая", "between 1 and 4 May"): no number (a year, read by the rows with one),
# unless it counts the word after it ("5-6 марта 12 человек", "Between 1 and 4 May 30 workers": the days and a count;
# the "Month Day" the count would make is refused by ``date_month_case.day_before_the_month``)
_NO_NUMBER_BUT_A_COUNT = rf"(?!,?{SEP}\d(?![\d.,]*(?:[ \u00a0]\d{{3}}(?!\d))*[ \u00a0]+[^\W\d_]))"  # (also "10 000 человек")
_THE_ORDINAL = rf"(?:the{SEP}(?=\d{{1,2}}(?:st|nd|rd|th)(?![^\W_])))?"  # "to the 9th" (after a day of a month)
# "two and a half years", "a year and a half", "2 1/2 years", "six and a half months"
_HALF_NUMBER = r"(?P<an>\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten)"
AND_A_HALF = (rf"(?:{_HALF_NUMBER}(?:{SEP}(?P<hu>years?|months?){SEP}and{SEP}a{SEP}half|{SEP}and{SEP}a{SEP}half{SEP}(?P<hu2>years|months)"
               rf"|{SEP}1/2{SEP}(?P<hu3>years|months))|(?<![^\W_])year{SEP}and{SEP}a{SEP}half)")
PLUS = r"(?:\s*-\s*plus|\+)?"  # "the past 20-plus months": at least 20
_RANGE_HEAD = "between from между с со от "
# Russian parts: "в начале", "до середины", "к концу" (the dative: "к началу октября", "к концу года").
RU_PART_HEADS = "начале середине конце начала середины конца началу середине концу"
RU_PART = "|".join(sorted(set(RU_PART_HEADS.split()), key=len, reverse=True))
# A Russian decade's century: "30-х годов прошлого века" (the 1930s), "двадцатых годов этого века" (the 2020s),
# "девяностые годы девятнадцатого века", "90-х годов XIX века" (the 1890s): part of the decade's span, no date of its own
RU_OF_CENTURY = (rf"(?:{SEP}(?P<cent>прошлого|минувшего|этого|нынешнего|текущего|[IVX]{{1,5}}|{RU_CENTURY_GENITIVE_ALT})"
                  rf"{SEP}(?:века|столетия))?")
# Not of something else: "за последнее столетие существования империи", "28 последних лет своей жизни" (a genitive after;
# a capitalised word in -ия, -ой, -ей is a subject in the nominative: "За последнее столетие Россия пережила")
RU_NOT_OF = (rf"(?!{SEP}(?:(?!(?-i:[А-ЯЁ])[а-яё]*(?:ия|ой|ей)(?![^\W_]))[а-яё]*(?:ого|его|ой|ей|ых|их|ии|ия|ства|ния)|жизни|войны|работы|службы|карьеры|истории|эпохи"
              rf"|власти|страны|века|столетия|режима|союза|империи)(?![^\W_]))")
# "geçen ay", "geçen ayın", "önümüzdeki aydan" (the "yıldız" of "bu yıldızın" is a star, "ayrılık" a parting: the patterns
# of "yıl" exclude it, those of "ay" take only its case endings)
# "geçen ayla" (with last month), "geçen ayınki", "geçen aydır" (since last month), "geçen aya" (to last month)
TR_MONTH_CASE = r"(?:[ıi]n(?:ki|da|dan|a)?|[ıi]|da|dan|a|la|ki|daki|dır|dir)?(?![^\W_])"
# After a month, a number before a unit is its year ("In May 2024 millions of people voted", "В январе 2024 рубль
# укрепился"), unless a comma sets it apart ("12 Mart , 1500 kişi katıldı") or it is before 1900 ("Toplantıya Mart
# 1500 kişi katıldı": a count is as likely). Tested on the digits, before the suffix ("Mart 2024'te milyonlarca").
_YEAR_AFTER_COMMA = rf"(?(comma){NOT_QUANTITY}|(?:(?<!1[0-8]\d\d)|{NOT_QUANTITY})){YEAR_SUFFIX}"
CALENDAR_ROWS: list[tuple[str, str, Handler]] = [
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
    (RU_PART_HEADS,
     rf"(?P<part>{RU_PART}){SEP}(?P<rel>прошлого|минувшего|этого|текущего|следующего"
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
     rf"(?:{TR_PART_END}|[ıu]na{SEP}kadar(?![^\W_]))", h_part_year),
    ("geçen geçtiğimiz bu gelecek önümüzdeki",
     rf"(?P<rel>geçen|geçtiğimiz|bu|gelecek|önümüzdeki){SEP}ay[ıi]n{SEP}(?P<part>baş|orta|son){TR_PART_END}", h_month_rel_part),
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
     rf"{RU_OF_CENTURY}{WORD_END}", h_ru_short_decade),
    (RU_PART_HEADS + " первой второй",
     rf"(?:(?P<part>{RU_PART})|(?P<half>первой|второй){SEP}половин[еы]){SEP}(?P<dw>{RU_DECADE_WORD_ALT})"
     rf"(?:{SEP}(?:годы|годов|годах|годам))?{RU_OF_CENTURY}{WORD_END}", h_decade_part),
    # "90'larda", "80'lerin", "90'lardan": the 1930s to the 1990s (not "60'larında", "in his 60s": a possessive)
    ("<d>", rf"(?<![\d.,])(?P<dd>[3-9])0['’]?l[ae]r(?:d[ae](?:ki|n)?|[ae]|[ıi]n|l[ae])?(?![^\W_])", h_tr_decade),
    # "90'ların ortasında", "80'lerin sonlarından", "1990'ların başında": a third of the decade
    ("<d> <y>", rf"(?<![\d.,])(?:(?P<dec>1\d\d0|20\d0)|(?P<dd>[3-9])0)['’]?l[ae]r[ıi]n{SEP}(?P<part>baş|orta|son)"
     rf"(?:l[ae]r)?[ıiuü]?s?[ıiuü]n(?:d[ae]n?|[ae])(?![^\W_])", h_decade_part),
    # "90'lı yıllarda", "80'li yıllara kadar": the 1930s to the 1990s
    ("<d>", rf"(?P<dd>[3-9])0['’]l[ıiuü]{SEP}y[ıi]ll[ae]r{TR_WORD}", h_decade),
    # "в прошлом веке", "прошлого столетия", "к концу текущего столетия": the century of the publication date or the one before
    (RU_PART_HEADS + " прошлого минувшего прошедшего этого текущего нынешнего прошлом минувшем прошедшем этом текущем нынешнем",
     rf"(?:(?P<part>{RU_PART}){SEP})?(?P<rel>прошлого|минувшего|прошедшего|этого|текущего|нынешнего|прошлом|минувшем|прошедшем"
     rf"|этом|текущем|нынешнем){SEP}(?:века|веке|столетия|столетии){WORD_END}", h_ru_century_relative),
    ("<y>", rf"(?P<dec>1\d\d0|20\d0|21\d0)-?(?:ые|ых|е|х)(?![^\W_])(?:{SEP}(?:годы|годов|годах|гг\.))?{RU_OF_CENTURY}", h_decade),
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
    # (also "from May 3rd to the 9th", "between May 3rd and the 5th": "the" before an ordinal end)
    ("<m>", rf"{month_re('m1')}{SEP}{day_re('d1')}{SEP}(?:to|through|until|till){SEP}{_THE_ORDINAL}{day_re('d2')}{_DAYS_END}",
     h_day_month_range),
    ("<m>", rf"(?<=between{SEP_ONE}){month_re('m1')}{SEP}{day_re('d1')}{SEP}and{SEP}{_THE_ORDINAL}{day_re('d2')}{_DAYS_END}",
     h_day_month_range),
    # "3–5 мая", "15 to 20 May", "15 ila 20 Mayıs", "с 5 по 10 июня" without a year (not "aged 5 to 12 May …"; "с" is
    # part of the Russian span, as NEREL marks it, "between" and "from" are not, as re3d marks them)
    ("с со <d>", rf"(?<!aged{SEP_ONE})(?<!ages{SEP_ONE})(?:(?:с|со){SEP})?{day_re('d1')}(?:\s*{DASH}\s*|{SEP}(?:to|through|ila|по){SEP})"
     rf"{day_re('d2')}{SEP}{month_re('m1')}{_NO_NUMBER_BUT_A_COUNT}", h_day_month_range),
    # "between 15 and 20 May" (was "20 May" alone)
    ("<d>", rf"(?<=between{SEP_ONE}){day_re('d1')}{SEP}and{SEP}{day_re('d2')}{SEP}{month_re('m1')}{_NO_NUMBER_BUT_A_COUNT}",
     h_day_month_range),
    # "Friday the 14th": that day, in the month the weekday says when no month is named
    (WEEKDAY_DAY_HEADS, WEEKDAY_DAY_RX, h_weekday_day),
    # "on the 14th", "on the 14th and 15th" (or "the 3rd or the 4th"): a day alone at a clause's end or before a conjunction (not "on the 14th floor")
    ("the", rf"(?<=(?<![^\W_])on{SEP_ONE})the{SEP}(?P<d1>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)(?![^\W_])"
     rf"(?:{SEP}(?:and|to|through|or){SEP}(?:the{SEP})?(?P<d2>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)(?![^\W_]))?"
     rf"(?=[ \u00a0]*(?:[.,;:!?)\n]|$)|{SEP}(?:and|at|when|after|before|until|but)\b)", h_day_alone),
    # "between the 3rd and the 5th of May (2019)": those days ("the 3rd and the 5th of June" lists two)
    ("the", rf"(?<=between{SEP_ONE})the{SEP}(?P<d1>3[01]|[12]\d|[1-9])(?:st|nd|rd|th){SEP}and{SEP}(?:the{SEP})?"
     rf"(?P<d2>3[01]|[12]\d|[1-9])(?:st|nd|rd|th){SEP}of{SEP}{month_re('m1')}{_ORDINAL_YEAR}", h_ordinal_day_range),
    # "the 3rd to the 5th of June (2019)": days of one month ("the 3rd and the 5th of June" lists two)
    ("the", rf"the{SEP}(?P<d1>3[01]|[12]\d|[1-9])(?:st|nd|rd|th){SEP}(?:to|through|until|till){SEP}(?:the{SEP})?"
     rf"(?P<d2>3[01]|[12]\d|[1-9])(?:st|nd|rd|th){SEP}of{SEP}{month_re('m1')}{_ORDINAL_YEAR}", h_ordinal_day_range),
    # "from 4 July to the 8th", "between 4 July and the 8th": the day's month ends the range (the 4th alone before);
    # an ordinal end only, and not before a noun ("from 4 July to the 8th floor", "the 8th round")
    ("<d>", rf"{day_re('d1')}{SEP}{month_re('m1')}{SEP}(?:to|through|until|till){SEP}{_THE_ORDINAL}"
     rf"(?P<d2>3[01]|[12]\d|[1-9])(?:st|nd|rd|th){_DAYS_END}", h_day_month_range),
    ("<d>", rf"(?<=between{SEP_ONE}){day_re('d1')}{SEP}{month_re('m1')}{SEP}and{SEP}{_THE_ORDINAL}"
     rf"(?P<d2>3[01]|[12]\d|[1-9])(?:st|nd|rd|th){_DAYS_END}", h_day_month_range),
    # the fifth of January, the 1st day of February 1860 ("the 16th of December": "16th of December", above)
    ("the", rf"the{SEP}(?P<od>{ORDINAL_DAY_ALT}|(?:[12]?\d(?:st|nd|rd|th)|3[01](?:st|th))(?={SEP}day{WORD_END}))"
     rf"{SEP}(?:day{SEP})?of{SEP}{month_re('m1')}"
     rf"(?:,?{SEP}{year_re('y1')})?", h_ordinal_day),
    # "July sixteenth", "on September eleventh, 2001" (not before a noun: "In June third parties", "March second-quarter")
    ("<m>", rf"{month_re('m1')}{SEP}(?P<od>{ORDINAL_DAY_ALT})(?![^\W_]|-)(?:,?{SEP}{year_re('y1')}(?![\d.,]?\d)"
     rf"|(?=[ \u00a0]*(?:[.,;:!?)\n]|$)|{SEP}(?:and|at|when|in|on|of|to|the|he|she|they|we|it|I)\b))", h_month_ordinal),
    # "March the 3rd", "on May the 14th, 2020" (spoken English; not "In March the 3rd battalion attacked", "May the 4th
    # be with you": a word that no date is followed by)
    ("<m>", rf"{month_re('m1')}{SEP}the{SEP}(?P<d1>3[01]|[12]\d|[1-9])(?:st|nd|rd|th),?{SEP}{year_re('y1')}(?![\d.,]?\d)",
     h_dmy),
    ("<m>", rf"{month_re('m1')}{SEP}the{SEP}(?P<d1>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)(?![^\W_])"
     rf"(?=[ \u00a0]*(?:[.,;:!?)\n]|$)|{SEP}(?:and|at|when|in|on|of|to|the|he|she|they|we|it|I)\b)", h_month_day),
    # April 14th or 15th, 14 or 15 April: one of those days
    ("<m>", rf"{month_re('m1')}{SEP}{day_re('d1')}{SEP}or{SEP}{day_re('d2')}(?![^\W_])(?!,?\s*\d)", h_day_month_range),
    ("<d>", rf"{day_re('d1')}{SEP}or{SEP}{day_re('d2')}{SEP}{month_re('m1')}(?!,?{SEP}\d)", h_day_month_range),
]
