"""A month in a case form before a number that is no day of it ("Month Day" is English order): Kazakh puts the month
before the day only in the genitive ("Сәуірдің 12-сі", "Желтоқсанның 16 жұлдызында"), so "Мамырда 20 адам" ("in May,
20 people") and "5 маусымда 20 адам" are a month and a count; a Russian month in the prepositional ("В мае 20
человек") and a Turkish one in the locative ("Mayısta 20 kişi") are no "Month Day" when a word follows the number
(a counted noun; not "числа": "в мае 20 числа"). English "On May 20 people gathered" is a date, as before.
A day written before the month is the month's day in every language ("Погибли 6 марта 12 человек", "On 4 May 30 workers
were laid off", "9 Nisan 15 kişi"): the number after the month, before a word, is then no day of it (a count, left to
the figures); not in a schedule of "Month Day"s ("Mar 3 Mar 10 Mar 17 for the course": the day before is another's)."""

from __future__ import annotations

import re

from desktop.meaning.date_base import MONTH_ALT, RU_PREPOSITIONAL, TR_LOCATIVE, fold
from desktop.meaning.date_kk_months import KK_MONTH_FORMS

# Kazakh case forms but the bare name and the genitives ("сәуірдің", "сәуірінің"): the module's index of each form
_KK_NOT_BEFORE_A_DAY = {fold(fs[i]) for fs in KK_MONTH_FORMS.values() for i in (1, 2, 3, 5, 6, 7, 8, 10)}
# a day (1-31, with an English ordinal's letters) right before the month: not part of a longer number, a decimal, a
# clock time, a date in digits or a name ("10:30 March 12", "1.5 March", "2019 March 12", "COVID-19 March 12", "G7 June
# 12", a score "2-1 March 12")
_DAY_BEFORE = re.compile(r"(?<![\w.,:/\-\u2010-\u2015])(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?[ \u00a0]+$")
# a rising pair of days before it ("5-6 марта 12 человек"; not a score, "2-1 March 12")
_DAYS_BEFORE = re.compile(r"(?<![\w.,:/\-\u2010-\u2015])(0?[1-9]|[12]\d|3[01])[\-\u2013](0?[1-9]|[12]\d|3[01])[ \u00a0]+$")
# a word after the number: a counted noun ("12 человек") or the next month's name ("8 Şubat 17 Şubat", a range whose
# dash was lost)
_COUNTED_AFTER = re.compile(r"[ \u00a0]+[^\W\d_]")
_MONTH_BEFORE = re.compile(rf"(?<![^\W_])(?:{MONTH_ALT})\.?[ \u00a0]+$", re.IGNORECASE)  # the day before is a "Month Day"'s
# as _COUNTED_AFTER, but not Russian "числа" (the day of the month: "в июне 5 числа")
_WORD_AFTER = re.compile(r"[ \u00a0]+(?!числа(?![^\W_]))[^\W\d_]")


def month_in_a_case_before_a_count(m: re.Match[str]) -> bool:
    """``m`` (a "Month Day" match: groups ``m1`` and ``d1``) is a Kazakh month in a case form other than the genitive,
    or a Russian prepositional or a Turkish locative before a number and a word: the month alone and a count."""
    month = fold(m["m1"])
    if month in _KK_NOT_BEFORE_A_DAY:
        return True
    suffix = m.string[m.end("m1"):m.start("d1")].strip()
    case = month in RU_PREPOSITIONAL or (suffix != "" and TR_LOCATIVE.search(suffix) is not None)
    return case and _WORD_AFTER.match(m.string, m.end()) is not None


def day_before_the_month(m: re.Match[str]) -> bool:
    """``m`` (a "Month Day" match) has a day right before its month and a word after it ("6 марта 12 человек"): that
    day is the month's, the number after it a count (see above)."""
    if _COUNTED_AFTER.match(m.string, m.end()) is None:
        return False
    day = _DAY_BEFORE.search(m.string, max(0, m.start() - 8), m.start())
    if day is None:
        days = _DAYS_BEFORE.search(m.string, max(0, m.start() - 10), m.start())
        if days is None or int(days[1]) >= int(days[2]):
            return False
        day = days
    return not _MONTH_BEFORE.search(m.string, max(0, day.start() - 12), day.start())
