"""Word classes of the detector's patterns: upper- and lower-case letters of the Latin,
Turkish, Kazakh and Russian alphabets, and a word (with inner hyphens and apostrophes)."""

from __future__ import annotations

import re

__all__ = ["LOW", "UP", "WORD", "WORD_RE"]

UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽА-ЯЁӘҒҚҢӨҰҮҺІЎ"
LOW = "a-zß-öø-ÿāăąćčďđēėęěğģīįıķĺļľłńņňōőœŕřśşšţťūůűųźżžа-яёәғқңөұүһіў"
WORD = rf"[{UP}{LOW}]+(?:[-'’][{UP}{LOW}]+)*"
WORD_RE = re.compile(WORD)
