"""English frequencies and lengths of time the other readers leave (twenty-eighth round).

* "once" before a unit of time it is counted against: "once a day", "once a week", "once per month" → 1 time, read as
  "twice" is (:func:`find_once`; the rate's unit is added after, as "twice a day" → 2 times/d). "once" alone is no figure
  ("once upon a time", "once he left"), nor is it where the unit of time opens a clause: "Once a month has passed, …",
  "Once a week is over", or a compound noun: "He was once a day labourer".
* A share of one unit of time: "half a century" → 50 y, "a quarter of a century", "a quarter century" → 25 y, "half an
  hour", "a half hour" → 0.5 h, "three quarters of an hour" → 0.75 h (:func:`en_share_of_time`); the share and "a
  century" were read as two figures, 0.5 and 100 y, or the share alone. Not "a half century" (a batsman's fifty as
  often), "half a day's work" (a possessive), "half a year-long term".
* "in" before "a"/"an" and a unit of time is a length ("dissolve in an hour", "the first rate cut in a decade", "how
  many days are in a year"): :func:`in_a_length` tells ``amounts`` where it is not — "in a second" (an ordinal as often:
  "in a second bowl"), "in a year when…", "in a week that…" (a time named, not a length), and after a number in its
  clause, the period of that figure, as the older readers keep it ("Prices rose 20% in a month": only "20%").

No I/O; never raises on a ``str``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from desktop.meaning.counts import opens_sentence

__all__ = ["en_share_of_time", "find_once", "in_a_length"]

# the units of time one may be counted against, those measures.rate_after reads (not "decade", "century": "Once a decade"
# would be "Once" alone, 1 time with no unit of time)
_PER = r"(?:day|week|month|year|hour|minute)"
# "once" before the unit, which must not open a clause with its verb ("Once a month has passed": when a month has passed)
# the nouns a unit of time begins a compound with: "a day labourer", "a day trader", "a day care centre", "a day shift"
_COMPOUND = (r"labou?rers?|workers?|jobs?|traders?|trips?|trippers?|pass(?:es)?|tickets?|schools?|students?|care|centres?"
             r"|centers?|release|patients?|shifts?|nursery|nurseries")
_ONCE = re.compile(r"(?<![\w'’-])(?i:once)(?=[ \u00a0]+(?i:a|an|per)[ \u00a0]+" + _PER + r"(?![\w'’-])"
                   r"(?![ \u00a0]+(?:is|was|has|had|passes|passed|goes|went|ends|ended|begins|began|elapses|elapsed|comes|came"
                   r"|will|would|can|could|may|might|starts|started|later|ago|earlier|before|after|or"
                   # nor where the unit begins a compound noun: "He was once a day labourer", "once a day trader"
                   r"|" + _COMPOUND + r")(?![\w'’-])))")

# one unit of time after a share: its value in the unit the duration readers give ("a decade" is 10 y)
_TIMES = {"minute": (1, "min"), "hour": (1, "h"), "day": (1, "d"), "week": (1, "wk"), "month": (1, "mo"),
          "year": (1, "y"), "decade": (10, "y"), "century": (100, "y")}
_OF_A_UNIT = re.compile(r"[ \u00a0]+(?:of[ \u00a0]+)?(?:a|an)[ \u00a0]+(?P<u>" + "|".join(_TIMES) + r")(?![\w'’-])")
# "a quarter century", "a half hour": the unit right after the share, for these two only
_BARE_UNIT = re.compile(r"[ \u00a0]+(?P<u>century|hour)(?![\w'’-])")
_BARE_SHARES = {"a quarter": ("century", "hour"), "one quarter": ("century", "hour"), "a half": ("hour",),
                "three quarters": ("century", "hour"), "three-quarters": ("century", "hour")}


def en_share_of_time(text: str, end: int, frac: str, value: float) -> tuple[int, int | float, str] | None:
    """The share ``frac`` (worth ``value``) ending at ``end`` before one unit of time ("half| a century"): (the unit's end,
    the length, its unit), or None."""
    m = _OF_A_UNIT.match(text, end)  # (not "second": "half a second team", "a third of a second round" are ordinals as often)
    if m is None:
        bare = _BARE_UNIT.match(text, end)
        m = bare if bare is not None and bare["u"] in _BARE_SHARES.get(frac.lower(), ()) else None
    if m is None:
        return None
    times, unit = _TIMES[m["u"]]
    amount = round(value * times, 4)
    return m.end(), int(amount) if amount == int(amount) else amount, unit


# the trigger, a pattern that opens with a character class (scanned for fast: 1 MB in ~6 ms, the whole pattern took 16 ms)
_ONCE_TRIGGER = re.compile(r"[Oo]nce[ \u00a0]+(?:an?|per)[ \u00a0]")


def find_once(text: str) -> Iterator[tuple[int, int, dict[str, Any]]]:
    """"once" before "a day", "a week", "per month"… as one time (the rate is read after it, as for "twice")."""
    for hit in _ONCE_TRIGGER.finditer(text):
        m = _ONCE.match(text, hit.start())
        if m is None:
            continue
        if m.group()[0] == "O" and not opens_sentence(text, m.start()):
            continue  # "Watch Once a day" in a title: a capital inside a sentence
        yield m.start(), m.end(), {"value": 1, "unit": "times", "scale": ""}


# after "in a <unit>": a relative word names the time ("in a year when prices rose"), no length
# ("in a week of turmoil", "in a year of records"), nor a guess between two ("in a day or two", "in a week or so"), nor where the unit begins a compound noun ("in a day care centre")
_NAMED_AFTER = re.compile(r"[ \u00a0]+(?:when|where|that|which|whose|in[ \u00a0]+which|of|or|" + _COMPOUND + r")(?![\w'’-])",
                          re.IGNORECASE)


# a number earlier in the clause: the unit is the period of that figure ("Prices rose 20% in a month", "Rents went from 1500
# to €1800 in a year", "make 20 pins in a day"), which the older readers leave inside it
# (a number word counts as a digit does: "scored five goals in a week", "met twice in a month"; not "one": "No one in a year")
_FIGURE_BEFORE = re.compile(r"(?:\d|(?<![\w'’-])(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
                            r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
                            r"|eighty|ninety|twice|thrice|dozens?|hundreds?|thousands?|millions?|billions?)(?![\w'’]))[^.;:!?\n]*$")


def in_a_length(text: str, start: int, word: str, end: int) -> bool:
    """"in a/an ``word``" at ``start``–``end`` is a length: not "in a second" nor "in a year when…", nor the period of a
    number earlier in its clause (within 60 characters)."""
    return word != "second" and _NAMED_AFTER.match(text, end) is None and _FIGURE_BEFORE.search(
        text, max(0, start - 60), start) is None
