"""Map Python ``str`` offsets to Qt (UTF-16) positions and back.

The store counts code points; QTextDocument counts UTF-16 code units, so every
character outside the Basic Multilingual Plane (emoji, some CJK) shifts Qt
positions by one.  For the usual all-BMP text both maps are the identity.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class OffsetMap:
    """Converts between code-point offsets and UTF-16 positions of one text."""

    def __init__(self, text: str):
        # Code-point indices of astral characters, and their UTF-16 positions.
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        self._astral_qt = [i + n for n, i in enumerate(self._astral)]
        self.length = len(text)

    @property
    def identity(self) -> bool:
        return not self._astral

    def to_qt(self, index: int) -> int:
        """UTF-16 position of code-point ``index`` (0..len(text))."""
        if not self._astral:
            return index
        return index + bisect_left(self._astral, index)

    def from_qt(self, pos: int) -> int:
        """Code-point index at UTF-16 ``pos``; a position inside a pair maps to its character."""
        if not self._astral:
            return pos
        # Each astral char that starts before pos takes one extra unit; a pos on
        # the low surrogate of a pair thus maps to that pair's own character.
        return pos - bisect_right(self._astral_qt, pos - 1)
