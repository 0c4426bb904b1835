"""Seasons relative to the publication date: "this spring", "last summer", "next winter", "прошлым летом",
"geçen yaz", and "in the spring", "over the summer" by the tense of their clause.  Without a publication date they are undated with the reason.
"""

from __future__ import annotations

import re

from desktop.meaning.date_base import Ctx, group, span, undated, undated_relative, yearless
from desktop.meaning.date_tense import FUTURE, PAST, UNKNOWN, clause_sides, clause_tense

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time: keeps import < 50 ms
    from typing import Any


# Seasons relative to the publication date: months of the year (winter runs into the next year).
_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 14),
                  "весной": (3, 5), "летом": (6, 8), "осенью": (9, 11), "зимой": (12, 14),
                  "ilkbahar": (3, 5), "bahar": (3, 5), "yaz": (6, 8), "sonbahar": (9, 11), "kış": (12, 14)}
_SEASON_OFFSET = {"last": -1, "прошлой": -1, "прошлым": -1, "прошлую": -1, "geçen": -1, "geçtiğimiz": -1,
                  "this": 0, "этой": 0, "этим": 0, "bu": 0, "next": 1, "следующей": 1, "следующим": 1,
                  "будущей": 1, "gelecek": 1, "önümüzdeki": 1}


# A habit in the clause of "in the summer": a frequency, "would" or "used to", or a season without "the" ("in summer").
_HABIT = re.compile(r"(?<![^\W_])(?:every|each|usually|always|often|would|used[ \u00a0]+to|(?:in|during)[ \u00a0]+"
                    r"(?:spring|summer|autumn|fall|winter)(?![ \u00a0]+(?:of|\d)))(?![^\W_])", re.IGNORECASE)


# "the fall" is the autumn only after "in" and not before a word that makes it a drop ("will return after the fall
# in prices", "the fall of the regime", "the fall from grace", "the fall is")
_IN_BEFORE = re.compile(r"(?<![^\W_])in[ \u00a0]+$", re.IGNORECASE)
_DROP_AFTER = re.compile(r"[ \u00a0]+(?:in|from|of|to|by|is|was|has|had|will|would)(?![^\W_])", re.IGNORECASE)

# "this summer" in a past clause is last year's only when the clause tells of the season's own event ("we painted the
# barn this summer", written in March); not when it plans, cancels or moves it ("This summer's Olympics have been
# postponed", "the Games planned for this summer", "Bu yaz yapılması planlanan", "которая должна была пройти этим летом").
_NOT_HELD = re.compile(r"(?<![^\W_])(?:postpon|cancel|call(?:ed|s)?[ \u00a0]+off|delay|moved?(?![^\W_])|scrap|resched|"
                       r"due(?![^\W_])|planned|scheduled|expected|slated|set[ \u00a0]+(?:for|to)(?![^\W_])|intended|"
                       r"ertelen|iptal|planlan|yapılması|перенес|перенос|отмен|отлож|должн|запланир|планир)",
                       re.IGNORECASE)


def h_season_relative(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"this spring", "last summer", "next winter", "прошлым летом", "geçen yaz": the season
    around the publication date (this), the latest one ended before it (last), the first one after it (next);
    "in / over / during the summer" by its clause's tense: in the past the latest one ended by the publication
    month, in the future the one going on or the next, else none."""
    season = group(m, "season") or group(m, "season2") or group(m, "season3") or ""
    if season[:1].isupper():
        return None  # "I Know What You Did Last Summer": a title
    months = _SEASON_MONTHS.get(season.lower())
    rel = (group(m, "rel") or group(m, "rel2") or "").lower()
    offset = -1 if rel.startswith("this") and rel[4:].strip() else _SEASON_OFFSET.get(rel)  # "this past summer": the last
    if group(m, "season3"):  # "in the spring": by its clause's tense, none without one (a habit: "In the summer, …")
        if _HABIT.search(" ".join(clause_sides(m.string, m.start(), m.end()))):
            return None  # "they sold strawberries in summer, and Christmas trees in the winter": every year
        # "is/are" nearer than a past: a present ("During the summer the theatre is used for performances")
        offset = {FUTURE: 2, PAST: -2}.get(clause_tense(m.string, m.start(), m.end(), present=True))
        if season.lower() == "fall" and (offset == -2 or not _IN_BEFORE.search(m.string, max(0, m.start() - 4), m.start())
                                         or _DROP_AFTER.match(m.string, m.end())):
            return None  # "He was injured in the fall": a fall as often as the autumn; "will launch in the fall" is one
    if months is None or offset is None:
        return None
    ref = ctx.reference
    if ref is None:
        return undated_relative(), False
    now = ref.year * 12 + ref.month - 1
    first, last = months
    spans = [(y * 12 + first - 1, y * 12 + last - 1) for y in range(ref.year - 2, ref.year + 2)]
    if offset == -2:  # "prices rose over the summer": the latest one ended by the reference month
        a, b = max((s for s in spans if s[1] <= now), default=spans[0])
    elif offset == 2:  # "the vote is due in the spring": the one going on or the next
        a, b = min((s for s in spans if s[1] >= now), default=spans[-1])
    elif offset < 0:
        a, b = max((s for s in spans if s[1] < now), default=spans[0])
    elif offset > 0:
        a, b = min((s for s in spans if s[0] > now), default=spans[-1])
    else:  # the one holding the reference month, else by the clause's tense ("we did it this summer", written in
        # March: the last one), else the one of its year
        tense = clause_tense(m.string, m.start(), m.end(), present=True)  # "he said they would …": no past
        if tense == PAST and (m.string.startswith(("'s", "\u2019s"), m.end())
                              or _NOT_HELD.search(" ".join(clause_sides(m.string, m.start(), m.end())))):
            tense = UNKNOWN  # the season still to come: the one of its year, as before the tense was read
        a, b = next((s for s in spans if s[0] <= now <= s[1]), None) or (
            max(s for s in spans if s[1] < now) if tense == PAST else
            min(s for s in spans if s[0] > now) if tense == FUTURE else spans[2])
    attrs = span("month", (a // 12, a % 12 + 1), (b // 12, b % 12 + 1))
    if attrs and group(m, "season3") and offset == -2:
        # "In 1944 the family fled. In the spring they sailed": the year of the text around it; in the future the
        # season after publication whatever year was written ("The inquiry opened in 2019. It will report by the summer")
        yearless(attrs)
    return (attrs or undated()), False
