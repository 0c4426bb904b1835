"""The second part of the pattern table of :mod:`desktop.meaning.date_patterns` (moved out of it, unchanged):
years counted from another, holidays, months alone, weekdays and weeks, "N units ago", parts of months and years,
centuries, years before the era, seasons, quarters and the relative rows.  Nothing here does I/O."""

from __future__ import annotations

from desktop.meaning.date_absolute import (
    CENTURY_WORD_ALT, SEASON_ALT, SEASONS, h_centuries, RU_MONTH_ADJ_FORMS, h_ru_month_adjective, h_century,
    h_before_era, h_month_alone, h_month_part, h_month_week, h_nine_eleven, h_part_year, h_season, h_short_year,
    h_tr_year_part,
)
from desktop.meaning.date_ago import ago_heads
from desktop.meaning.date_decades import h_decade_part, h_ru_short_decade
from desktop.meaning.date_relative import (
    RU_YEAR_OFFSETS, h_ru_few_ago, h_ru_half_ago, h_ru_month_of, h_ru_month_relative_year, AGO_N,
    AGO_UNITS, RU_WEEKDAY_CASE_ALT, RU_WEEKDAY_REL_ALT, WEEKDAY_ALT, WEEKDAYS, h_ago, h_week_part, h_earlier_later,
    h_day_beside, h_part_of_the, h_few_window, h_today, h_ago_and_a_half, h_window_and_a_half, h_ahead, h_ago_vague,
    h_year_present, h_today_part, h_month_relative, h_past, h_next, h_past_span, h_for_last_span, h_past_days,
    h_weekday, h_weekend, relative_handler, week,
)
from desktop.meaning.date_ru import (
    RU_CENTURY_HEADS, RU_CENTURY_RX, RU_ORDINAL_DAY_ALT, RU_ORDINAL_DAY_HEADS, h_ru_century_word, h_ru_night,
    h_ru_ordinal_day,
)
from desktop.meaning.date_base import CONNECT, DASH, NUMBER, SEP, TR_WORD, WORD_END, YEAR_SUFFIX, month_re, year_re
from desktop.meaning.date_fiscal import FISCAL_HEADS, FISCAL_RX, h_fiscal_year
from desktop.meaning.date_holidays import h_holiday
from desktop.meaning.date_years_on import YEARS_ON_HEADS, YEARS_ON_RX, h_years_on
from desktop.meaning.date_seasons import h_season_relative
from desktop.meaning.date_quarters import (
    MONTHS_TO_HEADS, MONTHS_TO_RX, QUARTER_EN_HEADS, QUARTER_EN_RX, QUARTER_RU_HEADS, QUARTER_RU_RX, QUARTER_TR_HEADS,
    QUARTER_TR_RX, h_any_quarter, h_months_to,
)
from desktop.meaning.date_tr import (
    TR_MONTH_WEEK_TAIL, TR_NUMWORD_ALT, TR_QUARTER_HEADS, TR_QUARTER_RX, TR_YEAR_EDGE_RX, TR_YEAR_TO_DATE_RX,
    h_tr_month_week, h_tr_quarter, h_tr_year_edge, h_year_to_date,
)
from desktop.meaning.date_deadlines import YEAR_END_NOUN
from desktop.meaning.date_class_of import CLASS_OF_RX, h_class_of
from desktop.meaning.date_months_of_year import MONTHS_OF_YEAR_HEADS, MONTHS_OF_YEAR_RX, h_months_of_year
from desktop.meaning.date_pre_post import POST_YEAR_HEADS, POST_YEAR_RX, h_post_year
from desktop.meaning.date_the_year import THE_YEAR_HEADS, THE_YEAR_RX, h_the_year
from desktop.meaning.date_ru_year_part import RU_YEAR_PART_HEADS, RU_YEAR_PART_RX, h_ru_year_part
from desktop.meaning.date_era_joined import AD_JOINED_RX, h_ad_joined
from desktop.meaning.date_calendar_rows import (
    ROMAN_KEYS, BC_AFTER, BC_BEFORE, TR_PART_END, TR_PART_UNTIL, SEP_ONE, AND_A_HALF, PLUS, RU_PART_HEADS,
    RU_PART, RU_OF_CENTURY, RU_NOT_OF, TR_MONTH_CASE,
)

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time: keeps import < 50 ms
    from desktop.meaning.date_base import Handler


WORD_ROWS: list[tuple[str, str, Handler]] = [
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
    (ago_heads(),
     rf"(?P<an>\d{{1,3}}|{AGO_N}){SEP}(?P<au>{'|'.join(sorted(AGO_UNITS, key=len, reverse=True))}){SEP}(?P<ago>ago|back|from{SEP}now(?!{SEP}on\b)|(?:тому{SEP})?назад|önce){WORD_END}", h_ago),
    # "in two weeks' time", "in a year's time", "in 10 years time": as "two weeks from now" ("from now on" is henceforth)
    (ago_heads(),
     rf"(?<=in{SEP_ONE})(?P<an>\d{{1,3}}|{AGO_N}){SEP}(?P<au>{'|'.join(sorted(AGO_UNITS, key=len, reverse=True))})(?:['’]s?)?{SEP}"
     rf"(?P<ago>time){WORD_END}", h_ago),
    ("a several birkaç",
     rf"(?P<vague>a{SEP}few|several|a{SEP}couple(?:{SEP}of)?|birkaç){SEP}(?P<au>{'|'.join(sorted(AGO_UNITS, key=len, reverse=True))})"
     rf"{SEP}(?P<ago>ago|back|önce){WORD_END}", h_ago_vague),
    ("<d> a one two three four five six seven eight nine ten",
     rf"{AND_A_HALF}{SEP}ago{WORD_END}", h_ago_and_a_half),
    # "the past two and a half years", "the next 2 1/2 years", "the last year and a half" (not "the last half", "2 1/2
    # cups", nor without "the": "Profits fell last year and a half the stores closed")
    ("the", rf"the{SEP}(?P<dir>past|last|next|coming){SEP}{AND_A_HALF}{WORD_END}(?!{SEP}of\b)", h_window_and_a_half),
    # "the weeks ahead", "the year ahead" (not "the weeks ahead of the vote": before an event)
    ("the", rf"the{SEP}(?P<unit>days|weeks|months|years|week|month|year){SEP}ahead{WORD_END}(?!{SEP}of\b)", h_ahead),
    ("год неделю месяц день сутки", rf"(?P<au>год|неделю|месяц|день|сутки){SEP}(?P<ago>назад){WORD_END}", h_ago),
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
    (RU_PART_HEADS,
     rf"(?P<part>{RU_PART}){SEP}{month_re('m1')}(?:{SEP}{year_re('y1')}{YEAR_SUFFIX})?", h_month_part),
    ("<m>", rf"{month_re('m1')}(?:{SEP}{year_re('y1')}(?:['’]?n?[ıiuü]n)?)?{SEP}(?P<part>baş|orta|son)(?:{TR_PART_END}|{TR_PART_UNTIL})",
     h_month_part),  # "Haziran sonuna kadar" (up to its part) too
    # centuries
    ("the <d> early mid late " + ROMAN_KEYS,
     rf"(?:the{SEP})?(?:(?P<part>early|mid|late)[\s-]+)?(?P<c>\d{{1,2}})(?:st|nd|rd|th)(?:{SEP}|-)century{WORD_END}", h_century),
    ("the", rf"the{SEP}(?:(?P<part>early|mid|late)[\s-]+)?(?P<cw>{CENTURY_WORD_ALT}){SEP}century{WORD_END}", h_century),
    # the late 19th and early 20th centuries; "from the 15th to the 19th century" (not of years before the era)
    ("the <d> early mid late",
     rf"(?:the{SEP})?(?:(?P<part>early|mid|late)[\s-]+)?(?P<c>\d{{1,2}})(?:st|nd|rd|th){CONNECT}(?:the{SEP})?"
     rf"(?:(?P<part2>early|mid|late)[\s-]+)?(?P<c2>\d{{1,2}})(?:st|nd|rd|th){SEP}centur(?:ies|y){WORD_END}(?!{SEP}?{BC_AFTER})",
     h_centuries),
    ("<d> " + RU_PART_HEADS + " " + ROMAN_KEYS,  # "в конце XX века", "до конца XXI века", "к началу XIX века"
     rf"(?:(?P<part>{RU_PART}){SEP})?(?P<c>[IVXL]{{1,5}}|\d{{1,2}})(?:-?(?:го|м|й))?{SEP}(?:век[аеу]?|в\.){WORD_END}", h_century),
    ("<d>", rf"(?P<c>\d{{1,2}})\.{SEP}y[üu]zy[ıi]l[ıi]n{SEP}(?P<part>baş|orta|son)(?:{TR_PART_END}|{TR_PART_UNTIL})", h_century),
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
    ("<d> <y> <t>", rf"(?<![\d.,])\d{{1,4}}(?:{SEP}(?:году|года|г\.|yılında))?{SEP}?{BC_AFTER}", h_before_era),
    ("mö m milattan", rf"{BC_BEFORE}{SEP}?\d{{1,4}}(?![\d.,]\d|\d)(?:['’][^\W\d_]{{1,5}})?(?:{SEP}y[ıi]l{TR_WORD})?", h_before_era),
    ("the <d> early mid late",
     rf"(?:the{SEP})?(?:(?:early|mid|late)[\s-]+)?\d{{1,2}}(?:st|nd|rd|th){SEP}centur(?:y|ies){SEP}{BC_AFTER}", h_before_era),
    ("mö m milattan", rf"{BC_BEFORE}{SEP}?\d{{1,2}}\.{SEP}(?:y[üu]zy[ıi]l{TR_WORD}|yy\.?)", h_before_era),
    ("<d> " + ROMAN_KEYS,
     rf"(?:[IVXL]{{1,5}}|\d{{1,2}})(?:-?(?:го|м|й))?{SEP}(?:век[аеу]?|в\.){SEP}{BC_AFTER}", h_before_era),
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
    (RU_PART_HEADS,
     rf"(?P<part>{RU_PART}){SEP}{year_re('y1')}{YEAR_SUFFIX}", h_part_year),
    (RU_PART_HEADS,
     rf"(?P<part>{RU_PART}){SEP}(?P<rel>прошлого|минувшего|этого|текущего|нынешнего"
     rf"|следующего|будущего){SEP}года{WORD_END}", h_part_year),
    (RU_YEAR_PART_HEADS, RU_YEAR_PART_RX, h_ru_year_part),  # "в конце года", "к концу года": the publication year's
    (RU_PART_HEADS,
     rf"(?P<part>{RU_PART}){SEP}(?:(?P<dec>1\d\d0|20\d0|21\d0)|(?P<dd>[3-9])0)-?(?:ые|ых|е|х)"
     rf"(?![^\W_])(?:{SEP}(?:годы|годов|годах|гг\.?))?{RU_OF_CENTURY}", h_decade_part),
    # "в 90-х", "90-е годы", "в 70-ых годах": the 1930s to the 1990s
    ("<d>", rf"(?P<dd>[3-9])0-?(?:ые|ых|е|х)(?![^\W_])(?P<yw>{SEP}(?:годы|годов|годах|годами|гг\.?))?{RU_OF_CENTURY}",
     h_ru_short_decade),
    ("<y>", rf"{year_re('y1')}(?:['’]?n?[ıiuü]n|{SEP}y[ıi]l[ıi]n[ıi]n)?{SEP}(?:(?P<edge>ilk|son){SEP}(?P<unit>gün|hafta|ay){TR_PART_END}"
     rf"|(?P<half>ilk|ikinci){SEP}yar[ıi]s[ıi]n?d[ae]|(?P<part>baş|orta|son)(?:{TR_PART_END}|{TR_PART_UNTIL}))", h_tr_year_part),
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
     rf"{RU_NOT_OF}", h_past),
    ("the", rf"(?:(?:(?<=over{SEP_ONE})|(?<=during{SEP_ONE})|(?<=throughout{SEP_ONE})|(?<=for{SEP_ONE}))(?P<over>)the{SEP}(?:past|last)|the{SEP}past|(?<=in{SEP_ONE})the{SEP}last)"
     rf"{SEP}(?P<unit>century){WORD_END}(?!{SEP}(?:or|and|of)\b)", h_past),
    # "28 последних лет": the number first
    ("<d>", rf"(?P<n>\d{{1,3}}){SEP}(?:последних|прошедших){SEP}(?P<unit>лет|месяц{TR_WORD}){WORD_END}{RU_NOT_OF}", h_past),
    # "пятого сентября", "двадцать пятого декабря 2010 года": a day in words
    (RU_ORDINAL_DAY_HEADS, rf"(?P<od>{RU_ORDINAL_DAY_ALT}){SEP}{month_re('m1')}(?:{SEP}{year_re('y1')}{YEAR_SUFFIX})?(?![^\W_])", h_ru_ordinal_day),
    # "в двадцатом веке", "в конце девятнадцатого столетия", "в двадцатом и двадцать первом столетиях"
    (RU_CENTURY_HEADS + " " + RU_PART_HEADS, rf"(?:(?P<part>{RU_PART}){SEP})?{RU_CENTURY_RX}", h_ru_century_word),
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
    ("geçen geçtiğimiz", rf"(?:geçen|geçtiğimiz){SEP}ay{TR_MONTH_CASE}", relative_handler("month", -1)),
    ("bu", rf"bu{SEP}ay(?:[ıi]n|da)?{WORD_END}", relative_handler("month", 0)),
    ("gelecek önümüzdeki", rf"(?:gelecek|önümüzdeki){SEP}ay{TR_MONTH_CASE}", relative_handler("month", 1)),
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
]
