"""Years counted from the year written before them: "Two years later", "three years earlier", "a year
before.", "that (same) year", "the same year", "the following year", "the year before", "the previous
year", "that summer" (that year's summer), Russian "в том же году", and in a clause in the past "the next year" ("He moved to Paris in 1920. The next year he left" is
1921, not the year after the publication).  The handler marks the match with its offset in years; after the
scanner has chosen its matches, :func:`years_on` dates it from the year of the latest date written in
digits before it (none after a range of years), in its paragraph or the one before ("In 1724 he published it.\\nTwo years later he left"
→ 1726).  Without such a date the phrase is no suggestion in running text ("Sales rose from a year
earlier" names no year; a phrase parsed alone is undated).

A count stands at a clause's start ("Two years later, he left") or at its end after a verb in the past or the
future ("and close two years later."), a count back there only after "had" ("He had left it two years earlier");
never a part of another number ("2.5 years", "Twenty five years") nor a duration ("for three years before", "nearly
two years later": figures).  A later date of another year written without digits ("Last year", "in the 1990s") ends
the count from the year before it, and a phrase right after its year ("In 1941, two years later,") is not counted.

Not: "two years later than planned", "two years after the war" (after an event, not a year), "June of the following
year" (the month says it), a comparison's base ("up 18% on the previous year", "from a year earlier", "up from $3.9 billion a year earlier",
"against 3.5% the previous year"), "the next year" in a clause of the future ("said the next year would bring cuts"),
"that Year 6 pupils", "the year before last" (relative to the publication: another pattern), "that year-end"; "that year's budget" is that year.
"""

from __future__ import annotations

import re

from desktop.meaning.date_base import MONTH_ALT, NUMWORDS, YEAR_THIRDS, Cand, Ctx, span, undated
from desktop.meaning.date_tense import FUTURE, PAST, clause_sides, clause_tense

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

_S = r"[ \u00a0]+"
_SMALL = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_NUMBER_WORDS = {**{w: v for w, v in NUMWORDS.items() if w.isascii()}, **_SMALL, **_TENS,
                 "thirteen": 13, "fourteen": 14, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_NUMBER = (rf"(?P<n>\d{{1,3}}|(?:{'|'.join(_TENS)})-(?:{'|'.join(w for w in _SMALL if w != 'a' and w != 'one')}|one)"
           rf"|{'|'.join(sorted(_NUMBER_WORDS, key=len, reverse=True))})")
# "later"/"earlier" (not "later than"); "before"/"after"/"prior"/"on" only at the end of a clause ("two years
# after the war" counts from the war).
_DIRECTION = rf"(?P<dir>later|earlier|after|before|prior|on)(?:(?<=later|rlier)(?!{_S}than)|(?=[ \u00a0]*(?:[,.;:!?)]|$)))"
_YEAR_AFTER_YEAR = rf"{_S}(?:after|by|on|over|upon){_S}year"  # "that year after year", "the same year-on-year"
# "that Year 6 pupils", "that year two of the plan": a school or plan year, not the year before
_YEAR_NUMBER = rf"{_S}(?:\d|(?:{'|'.join(w for w in _NUMBER_WORDS if w != 'a')})(?![^\W_]))"
# A season or an edge of the year counted ("the summer of that year", "in the spring of the following year", "the
# end of the same year"): its months in that year, as "the summer of 1998" and "the end of 1998" are read
_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 14)}
_EDGE_MONTHS = {"beginning": YEAR_THIRDS["early"], "start": YEAR_THIRDS["early"], "middle": YEAR_THIRDS["mid"],
                "end": YEAR_THIRDS["late"]}
_PART_OF = (rf"(?:the{_S})?(?P<part>{'|'.join([*_SEASON_MONTHS, *_EDGE_MONTHS])}){_S}of{_S}"
            rf"(?:(?:that|the){_S}(?:(?P<same3>same)|(?P<rel3>following|previous|preceding|next))|that(?:{_S}same)?){_S}year"
            rf"(?![^\W_]|-|['’])")  # not "the end of that year's season": the season's end
COUNT_HEADS = "<d> <t> " + " ".join(sorted(_NUMBER_WORDS)) + " " + " ".join(_TENS)  # where "two years later" can begin
# "ten days earlier", "twenty-one days later" (counted by date_days_on; years by YEARS_ON_RX)
COUNTED = rf"{_NUMBER}{_S}(?P<cunit>months?|weeks?|days?){_S}{_DIRECTION}"
YEARS_ON_HEADS = COUNT_HEADS + " that the " + " ".join([*_SEASON_MONTHS, *_EDGE_MONTHS]) + " в"
YEARS_ON_RX = (rf"{_PART_OF}|{_NUMBER}{_S}years?{_S}{_DIRECTION}"
               rf"|(?<!of[ \u00a0])(?P<that>that|the){_S}(?:(?P<same>same)|(?P<rel>following|previous|preceding|next)){_S}year(?![^\W_]|-|{_S}(?:ahead|to)(?![^\W_])|{_YEAR_AFTER_YEAR}|{_YEAR_NUMBER})"
               rf"|(?P<that2>that)(?:{_S}(?P<same2>same))?{_S}year(?![^\W_]|-|{_S}(?:ahead|to)(?![^\W_])|{_YEAR_AFTER_YEAR}|{_YEAR_NUMBER})"
               rf"|the{_S}year{_S}(?P<around>before|after)(?=[ \u00a0]*[,.;:!?)]|{_S}(?:when|as|that)(?![^\W_]))"
               rf"|that(?:{_S}same)?{_S}(?P<season>{'|'.join(_SEASON_MONTHS)})(?![^\W_]|-)"
               # Russian "в том же году", "в этом же году" (the same year; NEREL marks them as dates).  Not "в следующем
               # году": most often the year after the publication, and a perfective future ("покинет") looks like no
               # future to the tense rules.  Not Turkish "aynı yıl", "ertesi yıl": the Turkish set marks them as no date.
               rf"|(?P<same_y>в{_S}(?:том|этом){_S}же{_S}году)(?![^\W_])")
# "that summer" is the season of the year written before ("The festival began in 2004. That summer …"), as "the summer
# of that year" is; only where a time phrase starts: a clause's start or after a preposition or "later" ("Later that
# summer", "in that winter") — "problems that spring from", "rocks that fall" are a relative clause's verb
_SEASON_CUE = re.compile(r"(?:(?:^|[.!?;:,(—–]|\n)[ \u00a0\"“]*|(?<![^\W_])(?:in|during|by|until|till|through|throughout"
                         r"|of|later|earlier|early|late|since|from|all)[ \u00a0]+)$", re.IGNORECASE | re.MULTILINE)
# "That fall in prices", "that spring of water": a decline, a source, no season
_NOT_A_SEASON = re.compile(r"[ \u00a0]+(?:in|of|from)(?![^\W_])")


# "in March the same year", "in June of that year": the month's year, which the month takes from the text before it
_MONTH_BEFORE = re.compile(rf"(?<![^\W_])(?:{MONTH_ALT})\.?(?:[ \u00a0]+\d{{1,2}}(?:st|nd|rd|th)?)?,?[ \u00a0]+(?:of[ \u00a0]+)?$",
                           re.IGNORECASE)


# A comparison's base ("up 18% on the previous year", "from a year earlier", "compared with the same period of the
# year before"): the figure's term of comparison, not a date of the text's events (the team's labelled set tags none)
_AMOUNT = r"(?:[$€£¥][ \u00a0]?)?\d[\d.,]*(?:[ \u00a0]?(?:%|per[ \u00a0]?cent|percent))?(?:[ \u00a0]+[^\W\d_]+){0,2}?[ \u00a0]+"
_COMPARED_BEFORE = re.compile(
    r"(?<![^\W_])(?:on|from|over|than|versus|vs\.?|against|(?:compared|comparison)[ \u00a0]+(?:with|to))[ \u00a0]+"
    rf"(?:{_AMOUNT})?(?:in[ \u00a0]+)?"
    r"(?:(?:the|a)[ \u00a0]+same[ \u00a0]+(?:period|time|month|quarter|week)[ \u00a0]+(?:(?:of|in|a)[ \u00a0]+)?)?$", re.IGNORECASE)

# A count that is the end of another number ("2.5 years", "2 1/2 years", "Twenty five years", "a hundred and fifty
# years"), or a duration ("for three years before", "nearly two years later": the figure, qualified)
_COUNT_BEFORE = re.compile(
    rf"(?:[\d.,/]|(?<![^\W_])(?:{'|'.join(_NUMBER_WORDS)}|{'|'.join(_TENS)}|hundred|thousand|(?:hundred|thousand)[ \u00a0]+and|for|nearly|almost|about|around|"
    r"roughly|some|over|under|more[ \u00a0]+than|less[ \u00a0]+than|at[ \u00a0]+least|up[ \u00a0]+to)[ \u00a0-]+)\Z", re.IGNORECASE)
# Where a counted phrase may stand: at a clause's start ("Two years later, he left"; "; a year earlier they had
# fallen"), else at its end after a verb in the past or the future ("and close two years later.")
_CLAUSE_START = re.compile(r"(?:^|[.!?;:,)][\"”’]?[ \u00a0]+|\n[ \t\u00a0]*|(?<![^\W_])(?:and|but|then|yet|so)[ \u00a0]+)\Z",
                           re.IGNORECASE)
# the phrase as a subject ("Sixty years later is a long time"): a span of time, not a year
_SUBJECT_OF = re.compile(r"[ \u00a0]+(?:is|was|would|will|seems?|seemed|feels?|felt)(?![^\W_])", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[ \u00a0]*(?:[,.;:!?)\n]|$)")
# a year counted back at a clause's end is the narrative's only after "had" ("He had left it two years earlier"):
# else a comparison ("smokers die ten years earlier", "retire five years earlier")
_HAD = re.compile(r"(?<![^\W_])(?:had|'d)(?![^\W_])", re.IGNORECASE)
# "said … the next year would bring cuts": the year after the saying, not after the year written before
_MODAL = re.compile(r"(?<![^\W_])(?:would|will|shall|could|might|may|going[ \u00a0]+to)(?![^\W_])|['’]ll(?![^\W_])",
                    re.IGNORECASE)


def _counted_here(m: re.Match[str], backward: bool) -> bool:
    """Whether "two years later" at ``m`` counts years from a year of the narrative (see the patterns above)."""
    text = m.string
    if _COUNT_BEFORE.search(text, max(0, m.start() - 24), m.start()):
        return False
    if _CLAUSE_START.search(text, max(0, m.start() - 8), m.start()):
        return not _SUBJECT_OF.match(text, m.end())
    if not _CLAUSE_END.match(text, m.end()):
        return False
    left, _ = clause_sides(text, m.start(), m.end())
    if backward:
        return bool(_HAD.search(left))
    return clause_tense(text, m.start(), m.end()) in (PAST, FUTURE)


def counted_offset(m: re.Match[str]) -> int | None:
    """The signed count of "two years later", "ten days earlier" at ``m`` (its groups ``n`` and ``dir``) when it counts
    from a date of the narrative (:func:`_counted_here`: a clause's start, or its end after a verb), else ``None``."""
    word = m["n"].lower()
    n = int(word) if word.isdigit() else _NUMBER_WORDS.get(word) or (_TENS[word.split("-")[0]] + _SMALL[word.split("-")[1]])
    backward = m["dir"].lower() in ("earlier", "before", "prior")
    if not 1 <= n <= 200 or not _counted_here(m, backward):
        return None
    return -n if backward else n


def h_years_on(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """The offset in years from the year written before (see the module's docstring), as the mark
    ``years_on`` on an undated date; "the next year" only in a clause in the past; not after a month
    ("in March the same year": the month is the date)."""
    if not m["n"] and _MONTH_BEFORE.search(m.string, max(0, m.start() - 24), m.start()):
        return None
    if _COMPARED_BEFORE.search(m.string, max(0, m.start() - 90), m.start()):
        return None
    if m["n"]:
        counted = counted_offset(m)
        if counted is None:
            return None
        offset = counted
    elif m["around"]:
        offset = -1 if m["around"].lower() == "before" else 1
    elif m["same_y"]:
        offset = 0
    elif m["season"]:
        if not _SEASON_CUE.search(m.string, max(0, m.start() - 24), m.start()):
            return None  # "the problems that spring from it": a verb
        if m["season"].lower() in ("fall", "spring") and _NOT_A_SEASON.match(m.string, m.end()):
            return None
        offset = 0
    elif m["rel"] or m["rel3"]:
        rel = (m["rel"] or m["rel3"]).lower()
        if rel == "next" and (clause_tense(m.string, m.start(), m.end()) != PAST
                              or any(_MODAL.search(side) for side in clause_sides(m.string, m.start(), m.end()))):
            return None  # "the next year will be hard", "said the next year would be hard": after the publication (another pattern)
        offset = 1 if rel in ("following", "next") else -1
    else:
        offset = 0
    part = (m["part"] or m["season"] or "").lower()
    months = _SEASON_MONTHS.get(part) or _EDGE_MONTHS.get(part)
    return {**undated(), "years_on": offset, **({"years_on_months": months} if months else {})}, False


def _counted_year(year: int, months: tuple[int, int] | None) -> dict[str, Any] | None:
    """The year counted, or its months ("the summer of that year": June to August; a winter ends in the next year)."""
    if months is None:
        return span("year", (year,))
    first, last = months
    return span("month", (year, first), (year + 1, last - 12) if last > 12 else (year, last))


PARAGRAPH_BREAK = re.compile(r"\n(?:[ \t\r\u00a0]*\n)?")
APPOSITION = re.compile(r"[ \u00a0]*[,(–—-][ \u00a0]*")  # "In 1941, two years later,": the year said twice, not counted
REACH = 1500  # characters from the year written to the phrase counted from it


def years_on(text: str, chosen: list[Cand], strict: bool) -> list[Cand]:
    """``chosen`` with each phrase marked ``years_on`` dated from the latest date written in digits
    before it, when that date lies within one year (not a range of years), at most one paragraph break and ``REACH`` characters back; in running
    text (``strict``) a phrase without one is dropped, alone it stays undated."""
    out: list[Cand] = []
    anchor: tuple[int, int] | None = None  # (end, year) of the latest date written in digits
    for c in chosen:
        a = c.attrs
        offset = a.pop("years_on", None)
        months = a.pop("years_on_months", None)
        if offset is None:
            out.append(c)
            if not a.get("undated") and a.get("start") and a.get("end"):
                year = int(a["start"][:4]) if a["start"][:4] == a["end"][:4] else None
                if year is None:
                    anchor = None  # a range of years ("between 2024 and 2025 … the previous year"): which end it counts from is unsaid
                elif c.in_digits(text):
                    anchor = (c.end, year)
                elif anchor is not None and anchor[1] != year:
                    anchor = None  # "founded in 1998. Last year it lost money; a year earlier": not 1997
            continue
        near = anchor is not None and c.start - anchor[0] <= REACH and len(
            PARAGRAPH_BREAK.findall(text, anchor[0], c.start)) <= 1 and not APPOSITION.fullmatch(text, anchor[0], c.start)
        dated = _counted_year(anchor[1] + offset, months) if near and anchor is not None else None
        if dated is not None and anchor is not None:
            a.update(dated)
            anchor = (c.end, anchor[1] + offset)  # "Ten years later, … and a year later he retired": from the year it names
        elif strict:
            continue
        out.append(c)
    return out
