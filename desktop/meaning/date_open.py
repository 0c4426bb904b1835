"""Open-ended dates: a date whose words give it only one bound ("before 1492", "until 1990", "by 1900",
"after 1990", "from 1990 on", "до 1990 года", "после 1990 года", "1990'dan önce", "1990'a kadar", "1990'dan sonra").

The date keeps the interval it names (``start``/``end`` as written: "before 1492" is the year 1492) and gains
``open``: ``"start"`` when it has no known first day (before, until, by, no later than, prior to, pre-), ``"end"``
when it has no known last day (after, since in an undated text or a past clause, no earlier than, from … on, post-).
The written unit stays the bound, as TEI's ``notAfter="1492"`` / ``notBefore="1990"`` read it: the words do not
say whether the unit itself is inside ("before March" may or may not take in 1 March), a reader sees the year the
text writes, and the bound does not shift a month or a day with the precision.  A range ("from 1990 to 1995",
"since 2001" in a dated text, 2001 up to its publication year) is closed and stays closed: only a date of one unit
(``start == end``) is opened.

Used by :func:`~desktop.meaning.dates.find_dates` and :func:`~desktop.meaning.dates.parse_date`; nothing here does
I/O.
"""

from __future__ import annotations

import re

from desktop.meaning.clock_hours import hours_after, hours_reading
from desktop.meaning.date_counted import counted_in_russian, counted_or_measured_after, qualifies_a_noun
from desktop.meaning.date_open_cues import more_than_ago, one_period_end, paired_count_end, part_of_one_period

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any

OPEN_SIDES = ("start", "end")

_S = r"[ \u00a0]+"
_B = r"(?<![^\W_])"  # a word start
# "through" after a verb or adjective of lasting is "until" ("valid through June 30", "runs through 2025", "will remain
# in effect through March"; not "through the 1990s" after another word: during)
_LASTING_THROUGH = "(?:" + "|".join(f"(?<=(?<![^\\W_]){w}[ \u00a0])" for w in (
    "valid", "open", "effect", "extended", "extends", "extend", "runs", "run", "ran", "lasts", "last", "lasted",
    "continues", "continue", "continued", "remains", "remain", "remained", "stays", "stay", "stayed", "suspended",
    "closed", "shut", "available", "paused", "banned", "frozen")) + ")through"
# Words right before the date ("the year" between them is allowed: "until the year 1990"; not "the" alone: "after the
# 1958 coup", "before the 2014 protests" date an event by its year, no bound).
_BEFORE_WORDS = {
    "start": (
        r"before|prior[ \u00a0]+to|until|till|'?til|up[ \u00a0]+(?:un)?til|by|no[ \u00a0]+later[ \u00a0]+than"
        r"|not[ \u00a0]+later[ \u00a0]+than|not[ \u00a0]+after|pre-?|" + _LASTING_THROUGH +
        r"|до|вплоть[ \u00a0]+до|не[ \u00a0]+позднее|не[ \u00a0]+позже|к|ранее|прежде"
    ),
    "end": (
        r"after|since|no[ \u00a0]+earlier[ \u00a0]+than|not[ \u00a0]+earlier[ \u00a0]+than|not[ \u00a0]+before"
        r"|после|не[ \u00a0]+ранее|не[ \u00a0]+раньше|начиная[ \u00a0]+со?|со?"
    ),
}
# "until at least 2025", "since at least 2010": the bound the cue gives (how far past it is unsaid); not after "not"
# ("It was not until 2019 that …", "not before 2019": the second side's own cue)
_BEFORE = {side: re.compile(rf"{_B}(?<!not{_S[:-1]})(?<!n['’]t{_S[:-1]})(?P<cue>{words})(?:{_S}at{_S}least)?"
                            rf"(?:{_S}the{_S}year)?[ \u00a0]*$", re.IGNORECASE)
           for side, words in _BEFORE_WORDS.items()}
# "pre-1914" is written with a hyphen: the hyphenated prefix needs no space, the others need one.
_NEEDS_SPACE = re.compile(r"[^\W_]$")
# Words right after the date: English "on(wards)", "until further notice", Turkish postpositions (the date's case ending may be in its span
# or not: "1990'dan önce", "1990 yılına kadar").
_AFTER = {
    "start": re.compile(r"(\S*?)[ \u00a0]+(önce|evvel|öncesi|öncesine|kadar|dek|değin)(?![^\W_])", re.IGNORECASE),
    "end": re.compile(r"(?:[ \u00a0]+(?:onwards?|(?:until|till)[ \u00a0]+further[ \u00a0]+notice)(?![^\W_])|(\S*?)[ \u00a0]+(sonra|sonrası|itibaren|beri|bu[ \u00a0]+yana)(?![^\W_]))",
                      re.IGNORECASE),
}
# The Turkish postpositions govern a case: "1990'dan önce/sonra/beri" the ablative, "1990'a kadar" the dative ("1949'da
# önce Pekin'i …": "first", no bound).
_ABLATIVE = re.compile(r"(?:[dt][ae]n)$", re.IGNORECASE)
_DATIVE = re.compile(r"(?:['’]y?[ae]|[^\W\d_]n?[ae])$", re.IGNORECASE)
_DATIVE_WORDS = {"kadar", "dek", "değin"}
# "1990 sonrası", "2000 öncesi" ("post-1990", "pre-2000") are compounds: the year stays in the nominative.
_COMPOUND_WORDS = {"öncesi", "öncesine", "sonrası"}
_NOMINATIVE = re.compile(r"(?:\d|yılı)$", re.IGNORECASE)
# "from 1990 on" (a clause ends after "on"; not "from 1990 on the farm", "from 1990 on rents": another "on").
_FROM_BEFORE = re.compile(rf"{_B}from{_S}(?:the{_S}year{_S})?$", re.IGNORECASE)
_ON_AFTER = re.compile(r"[ \u00a0]+on(?=[ \u00a0]*(?:[,.;:!?)—–]|$))", re.IGNORECASE)
# Cues that also end a range whose first date was just written ("from 1990 until 1995", "с 1990 до 1995", "1990'dan
# 1995'e kadar"): not open when another date ends this close before.
_RANGE_ENDS = re.compile(r"^(?:until|till|'?til|up[ \u00a0]+(?:un)?til|до|вплоть[ \u00a0]+до|kadar|dek|değin)$", re.IGNORECASE)
_RANGE_REACH = 24
# ... unless a sentence ends between them: "built in 1800. Until 1990 women could not vote" opens 1990.
_SENTENCE_BREAK = re.compile(r"[.!?…][\"'”’»)\]]*\s+[\"'“‘«(\[]*[A-ZА-ЯЁÇĞİÖŞÜ]|[;\n]")
# Russian "с"/"со" ("since") and "к" ("by") are read only before a year written in digits ("с 1990 года", "к 2030
# году"): one letter is too common a word to trust before anything else.
_RU_SHORT = re.compile(r"^(?:(?:начиная[ \u00a0]+)?со?|к)$", re.IGNORECASE)
_RU_WITH_TO = re.compile(
    r"\S+(?:[ \u00a0]+год[ауе]?)?(?:[ \u00a0]*\([^()]{1,40}\))?(?:,?[ \u00a0]+и)?[ \u00a0]+(?:на|по|до)(?![^\W_])",
    re.IGNORECASE,
)
_YEAR_AFTER = re.compile(r"(?:1\d|20)\d\d(?!\d)")


# A span before the cue anchors it ("the day before Easter", "the Sunday next before Easter", "two weeks after 1 May",
# "за день до 5 мая"): a day counted from the date, not a bound.
_ANCHORED = re.compile(
    r"(?<![^\W_])(?:days?|nights?|weeks?|months?|years?|hours?|minutes?|mornings?|evenings?|eve|next|sundays?|mondays?"
    r"|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|дня|день|дней|недел[юиь]|месяц[аев]*|лет|года?|час[аов]*)"
    r"[ \u00a0]+$",
    re.IGNORECASE,
)
# the events a year or a period dates ("after the 2008 crash", "before the 1990s boom", "after 2014 protests")
_EVENT_NOUNS = (r"elections?|protests?|coups?|riots?|census(?:es)?|referend(?:um|a|ums)|revolutions?|uprisings?|floods?"
                r"|earthquakes?|[Oo]lympics|[Gg]ames|season|tournaments?|championships?|[Cc]up|summit|attacks?|invasion|merger"
                r"|crash(?:es)?|booms?|bust|recessions?|crisis|crises|wars?|reforms?|famines?|pandemics?|epidemics?|lockdowns?"
                r"|collapse|privati[sz]ation|nationali[sz]ation|downturn|slump|bubble|occupation|conflict|unrest|upheaval"
                r"|transition|oil[ \u00a0]+shock")
# A bare year naming a person's title or an event of that year ("won by 2012 champion Jones", "after 2014 protests",
# "before 1992 and 1996 elections") or a measure ("by 1990 standards", "until 1990 levels are reached"): the year
# dates the noun, as "after the 1958 coup" does, no bound.
_ATTRIBUTIVE = re.compile(
    r"(?:[ \u00a0]*,?[ \u00a0]+(?:and|or|&)[ \u00a0]+(?:1\d|20)\d\d)?[ \u00a0]+"
    # one word before the noun: a name ("2008 Beijing Olympics") or an adjective ("2008 financial crisis")
    r"(?:(?:[A-Z][\w-]*|(?!several)[a-z]+(?:al|ic|ian|ary|ese|ish|ive))[ \u00a0]+)?"
    r"(?:champions?|winners?|runners?-up|nominees?|candidates?|laureates?|medall?ists?|finalists?|graduates?|rookies?"
    rf"|standards|levels|dollars|terms|{_EVENT_NOUNS})(?![^\W_])",
)
# After a decade or century, an event it dates ("after the 1990s crash", "before the 2000s boom") or its start or end
# ("since the 2020s began"): the cue bounds the event, not the period
_PERIOD_EVENT = re.compile(r"[ \u00a0]+(?:began|started|ended)(?![^\W_])")  # (final read: "since the 2020s began")
# after the noun of _ATTRIBUTIVE: a hyphenated compound or the clause's verb, maybe after the head noun the event noun
# qualifies ("2020 pandemic restrictions have"): the noun is (part of) its subject
_SUBJECT_AFTER = re.compile(r"-[^\W\d_]|(?:[ \u00a0]+(?!(?:and|or|but|nor)[ \u00a0])[a-z]+)?[ \u00a0]+(?:have|has|had|were|was|are|is|will|would|can|could|may|might|must"
                            r"|should|did|do|does)(?![^\W_])", re.IGNORECASE)
# "by today's citizens": a possessive names people or things of that time, no deadline.
_POSSESSIVE = re.compile(r"[ \u00a0]?['’]s(?![^\W_])")


def _cue_before(text: str, start: int, side: str) -> re.Match[str] | None:
    m = _BEFORE[side].search(text, max(0, start - 40), start)
    if m is None or _ANCHORED.search(text, max(0, m.start() - 20), m.start()):
        return None
    if _NEEDS_SPACE.search(m.group(0)) and start > 0 and not text[start - 1].isspace():
        return None  # "Anno1990", a word glued to the number
    if _RU_SHORT.match(m["cue"]) and not _YEAR_AFTER.match(text, start):
        return None
    if side == "end" and _RU_WITH_TO.match(text, start):  # "с 1922-го на 1923-й", "с 2008 (…) до 2012": a change, a range
        return None
    return m


def dates_an_event(text: str, end: int, since: bool = False) -> bool:
    """Whether the date ending at ``end`` dates the event or title named right after it ("2008 crash", "the 1990s
    boom", "2014 protests", "2012 champion"): a cue before it bounds the event, not the date."""
    m = _ATTRIBUTIVE.match(text, end)
    # after "since": "Since 2011 war-torn Syria has …", "Since 2014 protests have erupted …": the noun begins a
    # compound or is the subject of the clause's verb, the year is the clause's "since" ("until 1990 levels are
    # reached" keeps its noun: a bound of the noun)
    return m is not None and not (since and _SUBJECT_AFTER.match(text, m.end()))


def checked_open(attrs: dict[str, Any]) -> dict[str, Any]:
    """``attrs`` read from another file (W3C, REFI-QDA) without an ``open`` that is not one of :data:`OPEN_SIDES`
    ("Start", "yes", ""): as the form's check would refuse it, every later edit of the tag would fail on it."""
    if "open" in attrs and attrs["open"] not in OPEN_SIDES:
        return {k: v for k, v in attrs.items() if k != "open"}
    return attrs


# "since", "с"/"со": in a dated text the scanner already ran a part of a period to the publication ("since early 2020")
_SINCE = re.compile(r"since|(?:начиная[ \u00a0]+)?со?", re.IGNORECASE)
# Turkish "kadar"/"dek"/"değin" closing a date's own span (a part's words: "Haziran sonuna kadar")
_UNTIL_INSIDE = re.compile(r"(?<![^\W_])(?:kadar|dek|değin)$", re.IGNORECASE)
_FROM_INSIDE = re.compile(r"[dt][ae]n(?![^\W_])", re.IGNORECASE)  # not a span from a start: "1974'den bugüne kadar"
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|by)[ \u00a0]+$", re.I)


def open_side(text: str, start: int, end: int, attrs: dict[str, Any], earlier_end: int | None = None) -> str | None:
    """The open side (``"start"`` / ``"end"``) of the date found at ``text[start:end]`` with ``attrs``, or ``None``.

    ``earlier_end`` is where the date found before it ends: "until"/"до"/"kadar" right after another date close a
    range ("from 1990 until 1995") rather than open one.  A decade or century (or its part) is one unit too ("by the
    mid-2000s"), unless "since" already ran it to the publication date; so is a part of one month, year or season
    ("until the end of June", "by early 2022", "after mid-May"), not after "since"."""
    if attrs.get("undated") or not attrs.get("start"):
        return None
    if _UNTIL_INSIDE.search(text, max(start, end - 6), end) and not _FROM_INSIDE.search(text, start, end):
        # "Haziran sonuna kadar", "2020 yılının ortasına kadar": the postposition is the span's; after a date just
        # before it ("2019'dan 2020 yılının sonuna kadar") it ends a range, as "until" does below
        return None if _ends_range(text, earlier_end, start) else "start"
    part = False  # a part of one month, year or season ("until the end of June")
    if attrs.get("start") != attrs.get("end"):
        last = one_period_end(text, start, end)
        part = last is None and part_of_one_period(text, start, end)
        if not part and (last is None or int(str(attrs.get("end"))[:4]) > last):
            return None
        if dates_an_event(text, end) or _PERIOD_EVENT.match(text, end) or part and qualifies_a_noun(text, end):
            return None  # "after the 1990s crash": after the crash; "before the end of June deadline (set by …)": the deadline
    if _POSSESSIVE.match(text, end):
        return None
    # after "after"/"before" as after "since": a noun that begins the clause's subject ("After 2010 national elections
    # were held …") is no event the year dates; after "until"/"by" it is ("Until 1990 levels are reached")
    if _BARE_YEAR.fullmatch(text, start, end) and dates_an_event(
            text, end, since=_UNTIL_BEFORE.search(text, max(0, start - 8), start) is None):
        return None
    if _POST.match(text, start):  # "post-2015" in an undated text: from 2016, no last day
        return "end"
    for side in OPEN_SIDES:
        before = _cue_before(text, start, side)
        if before is not None and before["cue"].lower() == "through" and text[end - 2 : end] in ("'s", "’s"):
            before = None  # "ran through May's figures": went over them, no bound (the possessive is in the span)
        after = _AFTER[side].match(text, end) if before is None else None
        if after is not None and after.lastindex:  # a Turkish postposition: the date must be in its case
            word = after.group(2).lower()
            case = _DATIVE if word in _DATIVE_WORDS else _ABLATIVE
            nominative = word in _COMPOUND_WORDS and not after.group(1) and _NOMINATIVE.search(text, start, end)
            if not nominative and not case.search(text[start:end] + after.group(1)):
                after = None
        if after is None and before is None and side == "end" and _FROM_BEFORE.search(text, max(0, start - 20), start):
            after = _ON_AFTER.match(text, end)
        cue = before if before is not None else after
        if cue is None or (part and before is not None and _SINCE.fullmatch(before["cue"])):
            continue
        word_text = before["cue"] if before is not None else cue.group(0).split()[-1]
        cue_start = cue.start() if before is not None else start
        if _RANGE_ENDS.match(word_text) and _ends_range(text, earlier_end, cue_start):
            return None
        return side
    return None


def _ends_range(text: str, earlier_end: int | None, cue_start: int) -> bool:
    """Whether a cue of a range's end at ``cue_start`` follows the date ending at ``earlier_end`` closely, in its
    sentence: it closes that range ("from 1990 until 1995") rather than opens a date."""
    return (earlier_end is not None and 0 <= cue_start - earlier_end <= _RANGE_REACH
            and not _SENTENCE_BREAK.search(text, earlier_end, cue_start + 1))


def mark_open(text: str, found: list[tuple[int, int, dict[str, Any]]]) -> list[tuple[int, int, dict[str, Any]]]:
    """``found`` (sorted by start) with ``open`` set in the attributes of each date its words leave open, the years
    after "prior to", "no earlier than", "pre-" added, and a bare year that counts things after an open cue
    left out ("by 1900 votes", "before 1200 troops": counts, no dates)."""
    out: list[tuple[int, int, dict[str, Any]]] = []
    earlier_end: int | None = None
    count_end = -1  # the end of "1800 or 1900 visitors" after a cue: its second number is no year either
    for start, end, attrs in _with_cued_years(text, found):
        if _time_of_day(text, start, end) or start < count_end:
            continue  # "by 1800 GMT": a time of day, no year
        side = open_side(text, start, end, attrs, earlier_end) or ("start" if _more_than(text, start, end, attrs) else None)
        counted = cued_count_end(text, start, end, side) if side is not None else None
        if counted is not None:
            count_end = counted  # "by 1800 or 1900 visitors": the figures read the count (count_ranges.count_pairs)
            continue
        if side is not None:
            attrs["open"] = side
        out.append((start, end, attrs))
        earlier_end = end
    return out


def _more_than(text: str, start: int, end: int, attrs: dict[str, Any]) -> bool:
    """A dated "N units ago" of one unit after "more than", "over", "at least": no known first day."""
    return not attrs.get("undated") and attrs.get("start") == attrs.get("end") and more_than_ago(text, start, end)


def cued_count_end(text: str, start: int, end: int, side: str) -> int | None:
    """Where the count ends when the bare year at ``text[start:end]``, after its open cue on ``side``, counts things
    and is no date: ``end`` for "by 1900 votes" and "до 1500 солдат", the end of the second number for "By 1800 or 1900
    visitors came" (both numbers one count); ``None`` when it stays a year.  The one decision for both sides:
    :func:`mark_open` drops the date(s), :func:`~desktop.meaning.count_ranges.count_pairs` reads the pair as a
    count after its cue."""
    if not _BARE_YEAR.fullmatch(text, start, end):
        return None
    if counted_after_cue(text, start, end, side):
        return end
    pair = paired_count_end(text, end, counted_or_measured_after)
    if pair is not None and (_count_reading(text, start, end, side) or _round_pair(text, start, end, pair)):
        return pair
    return None


def _round_pair(text: str, start: int, end: int, pair_end: int) -> bool:
    """Whether both numbers of "1800 or 1900 visitors" are round hundreds (an estimate of a count)."""
    return int(text[start:end]) % 100 == 0 and int(text[pair_end - 4:pair_end]) % 100 == 0


# A count after an open cue ("by 1900 votes") needs evidence, else the year stays: "Until 1990 women could not vote",
# "After 1945 people rebuilt the city" open a sentence with a date and its subject.  Evidence is a word of the clause
# right before the cue ("He won by 1900 votes", "They waited before 1200 troops crossed"), other than a clause's
# opening word, a time noun or a verb of saying ("Records show that after 1945 people …", "in the decade after 1945"),
# or a comma closing the cue's short clause before a new subject ("Before 2000 troops arrived, the town fell").
_WORD_BEFORE_CUE = re.compile(r"([^\W\d_]+)[ \u00a0]+$")
_NO_EVIDENCE = frozenset("""
    and but or nor so yet then thus hence only even just not that when whereas while because although though as if once
    also still already well long shortly soon right ever never again finally eventually later earlier first
    decade decades period periods era eras time times war wars
    say says said show shows showed shown note notes noted find finds found report reports reported believe believed
    think thought know knew estimate estimated claim claimed argue argued write writes wrote suggest suggests suggested
""".split())
_CLAUSE_CLOSED = re.compile(
    r"[ \u00a0]+[^\W\d_]+(?P<verb>(?:[ \u00a0]+[^\W\d_]+){1,3}),[ \u00a0]+(?:the|a|an|this|these|those|his|her|its|their"
    r"|our|my|we|they|he|she|it|i|you|there)(?![^\W_])(?P<rest>[^.;!?]*)",
    re.IGNORECASE,
)
_DETERMINERS = frozenset("the a an this that these those his her its their our my".split())
_SAYING = re.compile(r"(?<![^\W_])(?:says?|said|reports?|reported|added|told|wrote|writes|according)(?![^\W_])",
                     re.IGNORECASE)


def counted_after_cue(text: str, start: int, end: int, side: str) -> bool:
    """Whether the number at ``text[start:end]``, after its open cue on ``side``, counts what follows it: no date here,
    a figure in :func:`~desktop.meaning.count_ranges.cued_counts` (one decision for both: "by 1900 votes")."""
    if _BARE_YEAR.fullmatch(text, start, end) is None or not counted_or_measured_after(text, end):
        return False
    cue = _cue_before(text, start, side)
    russian = counted_in_russian(text, start, end, cue is not None and _RU_UP_TO.fullmatch(cue["cue"]) is not None)
    return _count_reading(text, start, end, side) if russian is None else russian


_RU_UP_TO = re.compile(r"(?:вплоть[ \u00a0]+)?до", re.IGNORECASE)  # "до 1500 солдат": up to, a count's own word


def _count_reading(text: str, start: int, end: int, side: str) -> bool:
    """Whether the bare year at ``text[start:end]``, after its open cue and before a counted noun, is a count."""
    cue = _cue_before(text, start, side)
    if cue is None:
        return True  # a postposition after it ("1500 kişiye kadar"): the noun comes first
    word = _WORD_BEFORE_CUE.search(text, max(0, cue.start() - 40), cue.start())
    if word is not None and word.group(1).islower() and word.group(1) not in _NO_EVIDENCE:
        return True
    closed = _CLAUSE_CLOSED.match(text, end)
    return (closed is not None and not _DETERMINERS.intersection(closed["verb"].lower().split())
            and not (len(closed["rest"].split()) <= 4 and _SAYING.search(closed["rest"])))


# A time zone after four digits that make a time of day: "by 1800 GMT", "until 0600 UTC".
_ZONE_AFTER = re.compile(r"[ \u00a0]*(?:GMT|UTC|Zulu|BST|CET|CEST|EST|EDT|PST|PDT|local[ \u00a0]+time)(?![^\W_])")


_HOURS_AFTER = re.compile(r"[ \u00a0]*(?:hrs?|hours)(?![^\W_])", re.IGNORECASE)


def _time_of_day(text: str, start: int, end: int) -> bool:
    """Whether the four digits at ``text[start:end]`` are a time of day, not a year: hours counted or a clock time by
    the rule the scanner's dates use (:func:`~desktop.meaning.clock_hours.hours_after`: "no later than 1800 hours",
    "Pre-1800 hours"), or a clock time before a time zone ("by 1800 GMT")."""
    if not _BARE_YEAR.fullmatch(text, start, end):
        return False
    if hours_after(text, end):
        return True
    return _ZONE_AFTER.match(text, end) is not None and int(text[start:start + 2]) < 24 and int(text[start + 2:end]) < 60


_POST = re.compile(r"post[-‐‑]", re.IGNORECASE)
_BARE_YEAR = re.compile(r"\d{4}")
# Cues the scanner does not read as date words, before a bare year: "prior to 1850", "no earlier than 2030", "pre-1914".
_CUED_YEAR = re.compile(
    rf"{_B}(?:prior{_S}to|no{_S}(?:later|earlier){_S}than|not{_S}(?:later|earlier){_S}than|pre[-‐‑])[ \u00a0]*"
    r"(?P<y>(?:1[0-9]|20)\d\d)(?![\d.,]?\d)(?![^\W_])",
    re.IGNORECASE,
)


def _with_cued_years(text: str, found: list[tuple[int, int, dict[str, Any]]]) -> list[tuple[int, int, dict[str, Any]]]:
    """``found`` with the bare years after :data:`_CUED_YEAR`'s words that no date covers yet (a time of day among them
    is left out by :func:`mark_open`, as any other)."""
    extra = []
    for m in _CUED_YEAR.finditer(text):
        a, b = m.span("y")
        if (any(s < b and a < e for s, e, _ in found) or counted_or_measured_after(text, b)
                or _HOURS_AFTER.match(text, b) and hours_reading(text, a, m["y"]) != "year"):  # "Pre-1800 hours"
            continue
        extra.append((a, b, {"start": m["y"], "end": m["y"], "precision": "year", "undated": False}))
    return sorted(found + extra, key=lambda f: f[0]) if extra else found
