"""Word classes of the detector's patterns: upper- and lower-case letters of the Latin,
Turkish, Kazakh and Russian alphabets, a word (with inner hyphens and apostrophes), a letter only
Kazakh has, and a run of non-space characters; and the type of the callbacks that tell whether a
span of the text is a place the gazetteer knows (:data:`IsPlace`); where a name stands as whole words
(:func:`whole_word_starts`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from desktop.meaning.range_pieces import KAZAKH_LETTER

__all__ = ["IsPlace", "KAZAKH_LETTER", "LOW", "NON_SPACE", "THE_BEFORE", "UP", "WORD", "WORD_RE", "whole_word_starts"]

UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽА-ЯЁӘҒҚҢӨҰҮҺІЎ"
LOW = "a-zß-öø-ÿāăąćčďđēėęěğģīįıķĺļľłńņňōőœŕřśşšţťūůűųźżžа-яёәғқңөұүһіў"
WORD = rf"[{UP}{LOW}]+(?:[-'’][{UP}{LOW}]+)*"
WORD_RE = re.compile(WORD)
NON_SPACE = re.compile(r"\S+")
# "the" (or "The") right before a position, for a search that ends there: "the MOVE house", "the Exocet missile"
THE_BEFORE = re.compile(r"(?<![\w’'-])[Tt]he[ \u00a0]+$")
# (text, start, end) → whether that span is a place the gazetteer knows
IsPlace = Callable[[str, int, int], bool]


def whole_word_starts(text: str, words: str) -> Iterator[int]:
    """Where ``words`` stands in ``text`` as whole words (no letter, digit or hyphen right before or after), found
    by a literal search: for a rule that asks, for one rare trigger, whether a name is written elsewhere."""
    pos = text.find(words)
    while pos >= 0:
        end = pos + len(words)
        if not (pos and (text[pos - 1].isalnum() or text[pos - 1] == "-")) and not (
                end < len(text) and (text[end].isalnum() or text[end] == "-")):
            yield pos
        pos = text.find(words, end)
