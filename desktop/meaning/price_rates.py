"""A price's rate written with "one" (issue 15, nineteenth round): "it costs € 7 one hour of windsurf" is 7 EUR/h, as
"€7 an hour" is. Only after money written sign first, and only where "one hour" ends the clause ("It costs $7 one
hour.") or the unit of time runs on with "of" and what is paid for ("€ 40 one day of skiing"): "one day" (week, month)
at a clause's end is some day, "He earned $50 one day.", "$100 one month, $200 the next", and so is "$5 one day of the
week"; "$5 one day and $7 the next", "paid $7 one hour later" and "8 hours one day" stay as they were."""

from __future__ import annotations

import re

__all__ = ["RATE_ONE", "price_per_one"]

_DETERMINERS = r"(?i:the|a|an|this|that|these|those|each|every|my|his|her|its|our|their|your)(?![\w'’-])"
RATE_ONE = re.compile(r"[ \u00a0]+(?i:one)[ \u00a0]+(?P<per>(?i:hour|day|week|month))(?=[ \u00a0]+(?i:of)[ \u00a0]+(?!" + _DETERMINERS
                      + r")[^\W\d_]|(?<=[hH][oO][uU][rR])[ \u00a0]*(?:[,.;:)]|$))")
_PRICE_BEFORE = re.compile(r"(?<![\w.,])(?:[A-Z]{1,3})?[$€£¥₽₺][ \u00a0]?\d[\d.,]*(?<=\d)(?=[ \u00a0]+$)")


def price_per_one(text: str, start: int) -> bool:
    """The "one hour" at ``start`` is the rate of the price written sign first right before it ("€ 7 |one hour of")."""
    price = _PRICE_BEFORE.search(text, max(0, start - 24), start)
    rate = RATE_ONE.match(text, price.end()) if price is not None else None
    return rate is not None and rate.start() < start < rate.end()
