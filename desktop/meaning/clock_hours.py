"""Four digits before "hrs" or "hours": hours counted ("1500 hrs of flight time", "logged 1200 hours"), a time of day
("at 0600 hrs", "By 1600 hours", "from 1000 to 1400 hours") or a year before the noun "hours" ("In 2020 hours were
cut"). One reading for both the figures (measures.py, figures.py) and the dates (dates.py): the digits are never
both a duration and a year."""

from __future__ import annotations

import re

__all__ = ["clock_hours", "clock_hours_word", "hours_counted", "hours_reading", "hours_after", "hour_of_day_after"]

_CLOCK_DIGITS = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d|\d{1,2}[.:][0-5]\d")
_FOUR_CLOCK_DIGITS = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")

# Four digits before "hrs" count hours where the words around say an amount: "1500 hrs of flight time", "logged 1200
# hrs", "more than 2000 hrs" (not "at 0600 hrs", "from 2200 hrs", "at around 1500 hrs": times of day; not "no later than
# 1800 hrs", "a deadline of 1800 hrs", "at 0500 hrs of 6 June", nor the year of "in the spring of 2020 hours were cut").
_HOURS_OF_AFTER = re.compile(r"[ \u00a0]+(?:of[ \u00a0]+(?!(?:the|a|an|this|that|each|every)(?![\w-]))[a-z]"  # (not "of 6 June")
                             r"|(?i:in[ \u00a0]+total|total|logged|flown|flying|training|service|experience)(?![\w-]))")
_HOURS_WORD = re.compile(r"[ \u00a0]*(?P<word>(?i:hrs?|hours))(?![\w-])")
_HOURS_COUNTED_BEFORE = re.compile(
    r"(?<![\w-])(?i:(?:more|less|fewer)[ \u00a0]+than|over|nearly|almost|at[ \u00a0]+least|some|logged|flown|flew|clocked"
    r"|accumulated|spent|totall?ing|totals?|(?:total|average|tally)[ \u00a0]+of|has|had|have)[ \u00a0]+$")
# A preposition of time right before, for "hrs" and "hours" alike: a time of day whatever follows ("at 0900 hrs of 12
# June", "no later than 1800 hrs", "By 1600 hours", "Before 1900 hours"); the high end of a range of them too ("from
# 1500 to 1600 hrs", "Between 1500 and 1600 hours"). After a verb of change "by", "from" and "to" give an amount
# instead ("cut by 1500 hours", "cut from 1800 to 1500 hours"): changed_by below.
_CLOCK_BEFORE = re.compile(
    r"(?<![\w-])(?i:at|by|from|between|until|till|since|before|after|(?<!up[ \u00a0])to|(?:later|earlier|sooner)[ \u00a0]+than)"
    r"[ \u00a0]+(?:(?i:around|about|approximately|roughly)[ \u00a0]+)?"
    r"(?:\d{4}(?:[ \u00a0]*(?i:hrs?|hours))?(?:[ \u00a0]*[-–][ \u00a0]*|[ \u00a0]+(?i:to|and|until|till)[ \u00a0]+))?$")
# ... and a year after "in", "during" or "of" before the noun "hours" ("the spring of 2020 hours", not "a total of 1999
# hours"), or before "hours" and a verb whose subject they are ("Since 1945 hours have shortened", "After 1945 hours
# were cut").
_YEAR_BEFORE = re.compile(r"(?<![\w-])(?i:in|during|(?<!total[ \u00a0])(?<!average[ \u00a0])of)[ \u00a0]+$")
_VERB_AFTER = re.compile(r"[ \u00a0]+(?:were|was|are|is|have|has|had|will|would|could|can|may|might|must|should|fell|rose"
                         r"|grew|dropped|increased|decreased|shortened|lengthened)(?![\w-])")


def _clock_before(text: str, start: int) -> str:
    """"clock" after a preposition of time, "count" after one that follows a verb of change ("cut by"), else ""."""
    m = _CLOCK_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return ""
    from desktop.meaning.ranges import changed_by  # (imported here: the dates need it seldom and load fast without it)

    return "count" if changed_by(text, m.start()) else "clock"


def hours_reading(text: str, start: int, raw: str) -> str:
    """What the number ``raw`` at ``start`` is before "hrs" or "hours": "count" (hours counted), "clock" (a time of
    day), "year" (a year before the noun "hours"), or "" (no such word after it, or the words around say nothing)."""
    hrs = _HOURS_WORD.match(text, start + len(raw))
    if hrs is None:
        return ""
    clock = _FOUR_CLOCK_DIGITS.fullmatch(raw) is not None
    if raw[0] == "0":
        return "clock" if clock else ""  # ("0600 hrs": a time of day)
    if hrs["word"].lower() == "hours" and re.fullmatch(r"1[5-9]\d\d|20\d\d", raw) and (_YEAR_BEFORE.search(
            text, max(0, start - 24), start) or _VERB_AFTER.match(text, hrs.end())):
        return "year"  # ("In 1998 hours of operation were cut", "After 1945 hours were cut": the year)
    if _HOURS_OF_AFTER.match(text, hrs.end()):
        return "count"  # ("after 1500 hrs of talks")
    before = _clock_before(text, start)
    if before:  # ("at 1500 hrs", "By 1600 hours": a time of day; "cut by 1500 hours": an amount)
        return before if clock or before == "count" else ""
    if _HOURS_COUNTED_BEFORE.search(text, max(0, start - 24), start) is not None:
        return "count"
    return "clock" if clock and hrs["word"].lower() != "hours" else ""  # ("1400 hrs" alone is military time)


def hours_counted(text: str, start: int, raw: str) -> bool:
    """The number ``raw`` at ``start``, before "hrs" or "hours", counts them by the words around it ("1500 hrs of
    flight time", "logged 1200 hours", "more than 1900 hours"): no clock time, and no year either."""
    return hours_reading(text, start, raw) == "count"


def clock_hours(text: str, start: int, raw: str) -> bool:
    """The number ``raw`` at ``start``, before "hrs", is a time of day: four digits 0000–2359 ("0600 hrs"), HH.MM
    ("10.30 hrs"), or the minutes of HH:MM ("22:30 hrs"); four digits are hours counted after a bound or a verb
    of logging, or before "of" ("1500 hrs of flight time")."""
    if re.search(r"\d[:.]$", text[max(0, start - 2) : start]):
        return True
    if not _CLOCK_DIGITS.fullmatch(raw):
        return False
    return "." in raw or ":" in raw or not hours_counted(text, start, raw)


_FOUR_DIGIT_HOURS_END = re.compile(r"(\d{4})[ \u00a0]*(?i:hrs?|hours)$")


def clock_hours_word(text: str, start: int, written: str) -> bool:
    """The figure ``written`` at ``start`` ends in four digits and "hrs" or "hours" that are a time of day ("at 1400
    hours", "0400 hours", "from 1000 to 1400 hours")."""
    m = _FOUR_DIGIT_HOURS_END.search(written)
    return m is not None and hours_reading(text, start + m.start(1), m[1]) == "clock"


# The high end after the low one of a range or a change of hours or times of day: "cut from 1800 to 1500 hours", "from
# 1200 to 900 hours of patrols", "from 1800 to 0600 hours", "between 0800 and 1700 hrs", "1800-2200 hrs" (the low end
# has no "hours" of its own).
_HIGH_HOURS_AFTER = re.compile(r"(?:[ \u00a0]*[-–][ \u00a0]*|[ \u00a0]+(?i:to|and|until|till)[ \u00a0]+)(?P<high>\d{3,4})"
                               r"(?=[ \u00a0]*(?i:hrs?|hours)(?![\w-]))")
_FROM_BEFORE = re.compile(r"(?<![\w-])(?i:from)[ \u00a0]+$")


def hours_after(text: str, end: int) -> bool:
    """Four digits ending at ``end`` are a time of day or hours counted, no year: "By 1600 hours", "1500 hrs of talks",
    and the low end of a range or change whose high end is one ("cut from 1800 to 1500 hours", "from 1800 to 0600
    hours") (not "In 2020 hours were cut", "Between 1990 and 2000 hours were lost")."""
    if end < 4 or not text[end - 4 : end].isdigit() or text[end - 5 : end - 4].isdigit():
        return False
    if hours_reading(text, end - 4, text[end - 4 : end]) in ("clock", "count"):
        return True
    high = _HIGH_HOURS_AFTER.match(text, end)
    if high is None:
        return False
    reading = hours_reading(text, high.start("high"), high["high"])
    # "from NNNN to NNN(N) hours" is a range of hours or of times of day whatever follows ("Police cut patrols from
    # 1200 to 900 hours."), unless the high end is a year before the noun "hours" ("From 1990 to 2000 hours were cut")
    return reading in ("clock", "count") or (reading != "year" and _FROM_BEFORE.search(text, max(0, end - 12), end - 4)
                                              is not None and high.group(0).strip().lower().startswith("to"))


# After "после" an hour of the afternoon or evening is a time of day ("После 22 часов продажа запрещена", "после 18
# часов в пятницу") unless a word in the genitive says what the hours were spent on ("после 16 часов переговоров",
# "после 14 часов непрерывного боя", "после 20 часов поисков", "после 15 часов штурма"). A word in "-а" or "-я" is a
# masculine genitive ("штурма", "допроса", "боя") or a feminine subject ("продажа", "тишина", "торговля"): the subject
# when a feminine predicate follows in its clause ("продажа пива в киосках запрещена"), else the genitive.
_GENITIVE_AFTER = re.compile(r"[ \u00a0]+[а-яё]*(?:ов|ев|ёв|ей|ий|ого|его|ых|их|ой|ы|и)(?![\w-])")
_A_WORD_AFTER = re.compile(r"[ \u00a0]+[а-яё]+[ая](?![\w-])")
# (a short participle or adjective, or a past tense, in the feminine: "запрещена", "закрыта", "обязательна", "началась";
# not the predicate of a pronoun, a subject of its own: "после 16 часов допроса она призналась")
_FEMININE_PREDICATE = re.compile(r"(?:[ \u00a0]+(?!(?i:она|он|оно|они|мы|вы|я|ты)(?![\w-]))[^\W\d_]+){0,3}?[ \u00a0]+"
                                 r"(?!(?i:она)(?![\w-]))[а-яё]{3,}(?:на|та|ла|лась)(?![\w-])")


def hour_of_day_after(text: str, hour: int, end: int) -> bool:
    """The Russian hour ``hour`` ending at ``end``, after "после", names a time of day: an hour from 13 with no word in
    the genitive after it (a word in "-а"/"-я" is the subject only with a feminine predicate after it)."""
    if not 13 <= hour <= 23:
        return False
    word = _A_WORD_AFTER.match(text, end)
    if word is not None:
        return _FEMININE_PREDICATE.match(text, word.end()) is not None
    return _GENITIVE_AFTER.match(text, end) is None
