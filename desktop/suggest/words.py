"""Word classes of the detector's patterns: upper- and lower-case letters of the Latin,
Turkish, Kazakh and Russian alphabets, a word (with inner hyphens and apostrophes), a letter only
Kazakh has, and a run of non-space characters; and the type of the callbacks that tell whether a
span of the text is a place the gazetteer knows (:data:`IsPlace`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.meaning.range_pieces import KAZAKH_LETTER

__all__ = ["IsPlace", "KAZAKH_LETTER", "LOW", "NON_SPACE", "UP", "WORD", "WORD_RE"]

UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽА-ЯЁӘҒҚҢӨҰҮҺІЎ"
LOW = "a-zß-öø-ÿāăąćčďđēėęěğģīįıķĺļľłńņňōőœŕřśşšţťūůűųźżžа-яёәғқңөұүһіў"
WORD = rf"[{UP}{LOW}]+(?:[-'’][{UP}{LOW}]+)*"
WORD_RE = re.compile(WORD)
NON_SPACE = re.compile(r"\S+")
# (text, start, end) → whether that span is a place the gazetteer knows
IsPlace = Callable[[str, int, int], bool]
