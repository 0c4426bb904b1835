""""Over" and "under" that are prepositions of span or of heading, not bounds (no I/O, no Qt; never raises on a ``str``).

"Over 300 people came" is > 300, but after a verb of spreading or dividing "over" names the span a thing takes: "the
museum is spread over three floors", "split over two sites"; after a verb of holding, running, paying, building or
growing only a length of time is a span ("the talks were held over two days" is 2 d, not more than 2, "the festival
runs over three days", "repaid over 10 years", but "held over 30 hostages", "runs over 50 stores", "paid over $5m",
"grew over 10%" are bounds), and not with a word of lateness after ("ran over 10 minutes late"). After a verb of filing or falling "under"
names a heading: "the cases fall under two headings", "grouped under three categories" (but "inflation fell under 2%",
"children under 12 years" are bounds). Only numbers under 100: a span is a few days or floors ("ran over 300 nights" is
more than 300). English only; the bound is dropped, the figure kept.

Apart from ``amounts.over_is_during`` (a period after a figure, "rose 3% over 5 years", or at a clause's opening, "Over
a year, prices doubled"), which reads what precedes "over" without a verb while the bound is set; this pass reads the
verb, and the value and what follows the figure, so it runs once the figure is whole (see that function's docstring).
"""

from __future__ import annotations

import re
from typing import Any

from desktop.meaning.units import TIME_SYMBOLS

__all__ = ["without_span_bounds"]

Found = tuple[int, int, dict[str, Any]]

_TIME = TIME_SYMBOLS - {"s"}
# a verb of span (a span of time or of parts), of a span of time only, and of heading, right before "over"/"under"
_SPAN = r"spread(?:s|ing)?|spann?(?:s|ed|ing)?|stretch(?:es|ed|ing)?|split|divided|scattered|distributed"
# (held, ran, staged take a count too: "held over 30 hostages", "runs over 50 stores", "staged over 20 protests" are bounds)
_TIME_SPAN = r"held|holds?|holding|run|runs|ran|running|staged?|stages|took place|takes? place|taking place" \
    r"|unfold(?:s|ed|ing)?|played out|phased in|(?:re)?paid|(?:re)?payable|built|shot|filmed|recorded|conducted" \
    r"|carried out|written|collected|gathered|measured" \
    r"|averaged|rose|risen|grew|grown|increased|fell|fallen|declined|dropped"
_HEADING = r"falls?|fell|falling|comes?|came|coming|grouped|listed|filed|classified|organi[sz]ed|sorted|placed"
_VERBS = "|".join((_SPAN, _TIME_SPAN, _HEADING)).replace(" ", "[ \u00a0]+")
_VERB_BEFORE = re.compile(rf"(?<![\w-])(?P<verb>(?i:{_VERBS}))[ \u00a0]+(?P<prep>(?i:over|under))[ \u00a0]+$")


# a word of lateness or comparison after the figure: "ran over 10 minutes late", "over 3 years behind schedule"
_LATE_AFTER = re.compile(r"[ \u00a0]+(?i:late|later|early|earlier|behind|ahead|longer|shorter|more|less|too|overdue|past)(?![\w-])")


def _is(verb: str, words: str) -> bool:
    return re.fullmatch(words, " ".join(verb.lower().split())) is not None


def _counted(unit: str) -> bool:
    return unit.isalpha() and unit.islower() and len(unit) >= 3 and unit not in _TIME and unit != "people"


def _span(text: str, start: int, end: int, attrs: dict[str, Any]) -> bool:
    m = _VERB_BEFORE.search(text, max(0, start - 32), start)
    if m is None or "upper" in attrs or not isinstance(attrs.get("value"), (int, float)) or attrs["value"] >= 100:
        return False  # (a span is a few days or floors: "ran over 300 nights" is more than 300)
    unit, verb = str(attrs.get("unit") or ""), m["verb"]
    if _LATE_AFTER.match(text, end):
        return False  # "ran over 10 minutes late": more than ten minutes
    if m["prep"].lower() == "over" and attrs.get("qualifier") == ">":
        return _is(verb, _SPAN) and (unit in _TIME or _counted(unit)) or _is(verb, _TIME_SPAN) and unit in _TIME
    return m["prep"].lower() == "under" and attrs.get("qualifier") == "<" and _is(verb, _HEADING) and _counted(unit)


def without_span_bounds(text: str, found: list[Found]) -> list[Found]:
    """``found`` with the bound of "over"/"under" dropped where the word names a span or a heading."""
    return [(s, e, {k: v for k, v in attrs.items() if k != "qualifier"}) if attrs.get("qualifier") in (">", "<")
            and _span(text, s, e, attrs) else (s, e, attrs) for s, e, attrs in found]
