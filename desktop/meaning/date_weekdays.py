"""Weekdays: "Thursday", "в четверг", "Perşembe günü", "last Monday", "в прошлую пятницу", "geçen Salı",
"this Saturday" (the latest such day up to the publication date, or the next by the clause's tense), with
the word tables the date patterns use.  Without a publication date they are undated with the reason.
Split from :mod:`~desktop.meaning.date_relative`, which re-exports these names.
"""

from __future__ import annotations

import datetime as _dt
import re

from desktop.meaning import turkish_words
from desktop.meaning.date_base import MONTH_ALT, Ctx, group, span, undated, undated_relative
from desktop.meaning.date_absolute import ORDINAL_DAY_ALT
from desktop.meaning.date_ru import RU_PART_OF_DAY, ru_habit_or_title
from desktop.meaning.date_tense import FUTURE, PAST, clause_tense

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time: keeps import < 50 ms
    from typing import Any


WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "понедельник": 0, "вторник": 1, "среду": 2, "среда": 2, "четверг": 3, "пятницу": 4, "пятница": 4,
    "субботу": 5, "суббота": 5, "воскресенье": 6,
    **{turkish_words.lower(name): number for number, name in enumerate(turkish_words.WEEKDAYS)},
}
WEEKDAY_ALT = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
# Russian weekdays in the genitive and dative, read after a preposition only ("с понедельника",
# "к пятнице", "до субботы"; "среды"/"среде" are also "environment" and left out).
RU_WEEKDAY_CASES = {
    "понедельника": 0, "вторника": 1, "четверга": 3, "пятницы": 4, "субботы": 5, "воскресенья": 6,
    "понедельнику": 0, "вторнику": 1, "четвергу": 3, "пятнице": 4, "субботе": 5, "воскресенью": 6,
}
RU_WEEKDAY_CASE_ALT = "|".join(sorted(RU_WEEKDAY_CASES, key=len, reverse=True))


# "last / next / this" before a weekday: "в прошлую пятницу", "в следующий понедельник", "geçen Salı",
# "önümüzdeki Pazartesi", "bu Cuma".
_WEEKDAY_REL = {"last": "last", "next": "next", "geçen": "last", "geçtiğimiz": "last", "önümüzdeki": "next",
                "gelecek": "next", "bu": "this", "прошлую": "last", "прошлый": "last", "прошлое": "last",
                "минувшую": "last", "минувший": "last", "минувшее": "last", "следующую": "next", "следующий": "next",
                "следующее": "next", "будущую": "next", "будущий": "next", "будущее": "next", "эту": "this",
                "этот": "this", "это": "this"}
RU_WEEKDAY_REL_ALT = "|".join(sorted((w for w in _WEEKDAY_REL if w[0] in "пмсбэ"), key=len, reverse=True))


# English weekdays abbreviated with a dot, read only after "on", "this", "last" or "next" ("on Tues.", "this
# Sat."; not "The Sun.", "He sat."): see the pattern.
WEEKDAY_ABBREVIATIONS = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5,
                         "sun": 6}


# Turkish weekday names that are also common words or places: dated only with "günü".
_TR_AMBIGUOUS_WEEKDAYS = {"pazar", "cuma", "çarşamba", "salı"}


# A day after a weekday, or a month and a day ("Monday, March 3"); not any word and a number
# ("в понедельник задержали 11 военнослужащих").
_FULL_DATE_AFTER = re.compile(rf",?\s+(?:the\s+)?(?:\d|(?:{MONTH_ALT})\.?\s+(?:\d|(?:{ORDINAL_DAY_ALT})(?![^\W_]|-)))",
                              re.IGNORECASE)  # "Friday, July 16", "Friday, July sixteenth" (not "Tuesday, May with her cabinet")


_NAME_AFTER = re.compile(r"[ \u00a0]+(?-i:(?:Times|People|Telegraph|Mirror|Express|Post|Herald|Mail|Observer|Independent"
                         r"|Sport|Star|Review|Magazine|Show)(?![^\W_])|Night[ \u00a0]+[A-Z]|(?P<part>Morning|Evening)[ \u00a0]+[A-Z])")
# ("Friday Night Lights", "The Saturday Evening Post", "Saturday Morning Breakfast Cereal"); a morning or an evening in
# capitals after a word that dates the weekday is that day's, in headline case or before a name ("On Saturday Evening Mr
# Smith said", "Police Raid Homes On Saturday Morning After Tip-Off"; "aired on Friday Night Lights" stays a title)
_DATING_WORD_BEFORE = re.compile(r"(?<![^\W_])(?:on|until|till|since|every|last|next|this|early|late)[ \u00a0]+$",
                                 re.IGNORECASE)
# a bound before a weekday: "until Friday", "through Friday", "by Monday", "no later than Monday", "до пятницы", "к пятнице"
_BOUND_BEFORE = re.compile(r"(?<![^\W_])(?:until|till|through|by|no[ \u00a0]+later[ \u00a0]+than|до|к|ко)[ \u00a0]+$",
                           re.IGNORECASE)
_PRESENT_BE = re.compile(r"(?<![^\W_])(?:is|are|am|remains?|stays?)(?![^\W_])(?:(?!(?<![^\W_])(?:was|were|had|did)(?![^\W_]))"
                         r"[^.;:!?\n])*$", re.IGNORECASE)  # (not "… is true that schools were shut until Friday")
_WEEKDAY_DASH_BEFORE = re.compile(rf"(?<![^\W_])(?:{WEEKDAY_ALT})[-–]$", re.IGNORECASE)  # "Thursday-Saturday"
# a chain of three weekdays is a schedule ("the Monday-Wednesday-Friday classes"), no stretch: neither end after a dash
_WEEKDAY_DASH_AFTER = re.compile(rf"[-–](?:{WEEKDAY_ALT})(?![^\W_])", re.IGNORECASE)
_REL_BEFORE_PAIR = re.compile(rf"(?<![^\W_])(?:last|next|this)[ \u00a0]+(?:{WEEKDAY_ALT})[-–]$", re.IGNORECASE)  # "last Monday-"
_WEEKDAY_CHAIN_BEFORE = re.compile(rf"(?<![^\W_])(?:{WEEKDAY_ALT})[-–](?:{WEEKDAY_ALT})[-–]$", re.IGNORECASE)
# "walk through Monday's results", "working through Friday's backlog": "through" before a possessive is no bound
_POSSESSIVE_AFTER = re.compile(r"['’]s(?![^\W_])")
_WEEKDAY_END = re.compile(rf"(?<![^\W_])(?:{WEEKDAY_ALT}|{RU_WEEKDAY_CASE_ALT})[ \u00a0]*$", re.IGNORECASE)
_TR_LAST_OR_NEXT = {"geçen", "geçtiğimiz", "önümüzdeki"}  # "geçen cuma": a weekday in lower case too (not "bu pazar": the market)
_TR_EVERY = re.compile(r"[ \u00a0]+günleri(?![^\W_])", re.IGNORECASE)


def h_weekday(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"Thursday", "в четверг", "Perşembe günü": the latest such day up to the publication date, or
    the first from it on when the clause is about the future ("will meet on Monday", "состоится в
    среду", "Salı günü toplanacak"; see :mod:`~desktop.meaning.date_tense`).  "last Monday" is the
    one before the publication date, "next Monday" the one after it (also "в прошлую пятницу", "geçen
    Salı", "önümüzdeki Pazartesi"; "в эту субботу", "bu Cuma" by the clause's tense)."""
    word = m["wd"].lower()
    wd = WEEKDAYS.get(word, RU_WEEKDAY_CASES.get(word, WEEKDAY_ABBREVIATIONS.get(word)))
    if wd is None:
        return None
    if m.start() > 0 and ctx.strict and m.string[m.start() - 1 : m.start()] not in (" ", "\n", "\u00a0", "(", "«", '"', "“") \
            and not (_WEEKDAY_DASH_BEFORE.search(m.string, max(0, m.start() - 12), m.start())
                     and not _WEEKDAY_DASH_AFTER.match(m.string, m.end())
                     and not _WEEKDAY_CHAIN_BEFORE.search(m.string, max(0, m.start() - 24), m.start())):
        return None  # (not inside a word: "pre-Monday"; the end of "Thursday-Saturday" is one, not of a longer chain)
    if m.start() > 0 and m.string[m.start() - 1] in "-–" and not _REL_BEFORE_PAIR.search(m.string, max(0, m.start() - 32), m.start()) \
            and clause_tense(m.string, m.start(), m.end()) not in (PAST, FUTURE):
        return None  # "Shops open Monday-Friday", "Trains run Monday–Saturday": a weekly habit, whose end is no day of
        # its own (the merge makes a stretch of "ran Wednesday-Friday", "will meet Monday–Thursday", "last Monday-Friday")
    if _FULL_DATE_AFTER.match(m.string, m.end(), m.end() + 24):
        return None  # "On Monday, 3 March 2025", "Monday, March 3": the full date says it
    if _TR_EVERY.match(m.string, m.end()):
        return None  # "Cumartesi günleri": on Saturdays, every week
    name = _NAME_AFTER.match(m.string, m.end())
    if name and not (name["part"] and _DATING_WORD_BEFORE.search(m.string, max(0, m.start("wd") - 8), m.start("wd"))):
        return None  # "The Sunday Times", "Friday Night Lights": a name
    if RU_PART_OF_DAY.match(m.group(0)) and ru_habit_or_title(m.string, m.start(), m.end()):
        return None  # "Утро понедельника всегда тяжёлое", "Шоу «Вечер пятницы»": a habit or a title
    rel = _WEEKDAY_REL.get((group(m, "rel") or group(m, "rel_ru") or "").lower(), "")
    if word in _TR_AMBIGUOUS_WEEKDAYS and not m.group(0).lower().endswith(("günü", "günkü")) and not (
            group(m, "rel") and (m["wd"][:1].isupper() or m["rel"].lower() in _TR_LAST_OR_NEXT)):
        return None  # "pazar payı" (market), "Cuma selamlığı", "Çarşamba, Fatih" (a district); not "geçen Cuma"
    ref = ctx.reference
    if ref is None:
        return undated_relative(), False
    this = (group(m, "rel") or "").lower() == "this"
    tense = clause_tense(m.string, m.start(), m.end(), present=this) if rel not in ("last", "next") else None
    if not rel and (bound := _BOUND_BEFORE.search(m.string, max(0, m.start() - 20), m.start("wd"))) and not (
            bound.group().lower().startswith("through") and _POSSESSIVE_AFTER.match(m.string, m.end())) and (
            tense != PAST or _PRESENT_BE.search(m.string, max(0, bound.start() - 40), bound.start())) and not (
            _WEEKDAY_END.search(m.string, max(0, bound.start() - 16), bound.start())):
        tense = FUTURE  # "Registration is open until Friday", "Bids are due by Monday": a bound ahead, not one past
        # (in the present, also by a participle or a reporting verb: "Bids are accepted until Friday", "The museum is
        # open until Sunday, the curator said"; not the end of "Monday through Saturday": the merge reads it)
    week = wd - ref.weekday()  # "this Saturday": that day of the publication's week (Monday to Sunday) ...
    if this and not (tense == FUTURE and week < 0 or tense == PAST and week > 0):
        offset = week  # ... unless the clause's tense puts it in the week before or after ("will be played this Saturday")
    elif rel == "next" or (rel != "last" and tense == FUTURE):
        offset = (wd - ref.weekday()) % 7 or (7 if rel == "next" else 0)
    else:
        offset = -((ref.weekday() - wd) % 7 or (7 if rel == "last" else 0))
    try:
        day = ref + _dt.timedelta(days=offset)
    except OverflowError:
        return undated(), False
    return (span("day", (day.year, day.month, day.day)) or undated()), False
