"""The English number words one to ninety-nine's parts, shared by the figure parsers (:mod:`units`' ``WORD_VALUES``) and
the spoken years of :mod:`date_spoken` ("nineteen ninety-two"), so the words and their values are written once.  Nothing
here does I/O, and it imports nothing: the date reader's import stays light."""

from __future__ import annotations

UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
# each word and its value, in the order one … nine, ten … nineteen, twenty … ninety
WORD_VALUES: dict[str, int] = {w: i + 1 for i, w in enumerate(UNITS)} | {w: i + 10 for i, w in enumerate(TEENS)} | {
    w: 20 + 10 * i for i, w in enumerate(TENS)}
