"""Text positions as other tools count them, mapped to Claimline's.

REFI-QDA (spec 10.2) counts selection positions in Unicode code points from 0.
NVivo 12 counts UTF-16 code units instead (an emoji is two), after the BOM, with
CRLF as two.  Claimline's texts use ``\\n`` only and count code points, so a
position is mapped in two steps: the tool's unit → code point of the raw text →
code point of the text with its line ends normalised.

:func:`detect_unit` picks the reading under which more selections start and end
on word boundaries (spec-conforming files win ties).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

CODEPOINT = "codepoint"
UTF16 = "utf16"
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def normalise_newlines(raw: str) -> str:
    return raw.replace("\r\n", "\n").replace("\r", "\n")


class PositionMap:
    """Maps positions in ``raw`` (counted in ``unit``) to the newline-normalised text."""

    def __init__(self, raw: str):
        self.raw = raw
        self.text = normalise_newlines(raw)
        astral = [m.start() for m in _ASTRAL.finditer(raw)]
        # the UTF-16 unit just after the k-th astral character
        self._astral_ends = [a + k + 2 for k, a in enumerate(astral)]
        self._astral_starts = [a + k for k, a in enumerate(astral)]
        self._removed_cr = [m.start() for m in re.finditer("\r\n", raw)]
        self.utf16_length = len(raw) + len(astral)

    @property
    def has_astral(self) -> bool:
        return bool(self._astral_ends)

    def codepoint(self, pos: int, unit: str) -> int | None:
        """``pos`` as a code point of ``raw``; None if it is outside or splits a character."""
        if unit == UTF16:
            if not 0 <= pos <= self.utf16_length:
                return None
            before = bisect_right(self._astral_ends, pos)  # astral characters wholly before pos
            started = bisect_right(self._astral_starts, pos)
            if started > before and self._astral_starts[started - 1] != pos:
                return None  # between the two halves of a surrogate pair
            return pos - before
        return pos if 0 <= pos <= len(self.raw) else None

    def to_text(self, pos: int, unit: str) -> int | None:
        """``pos`` (in ``unit`` of ``raw``) as a code point of :attr:`text`, or None."""
        cp = self.codepoint(pos, unit)
        if cp is None:
            return None
        return cp - bisect_left(self._removed_cr, cp)


def on_boundary(text: str, pos: int) -> bool:
    """True at the text's ends and wherever a word does not continue across ``pos``."""
    if pos <= 0 or pos >= len(text):
        return True
    return not (text[pos - 1].isalnum() and text[pos].isalnum())


@dataclass(frozen=True)
class UnitChoice:
    unit: str
    fits: dict[str, int]  # unit → selections on word boundaries at both ends
    total: int

    def explain(self) -> str:
        return (
            f"{self.fits[self.unit]} of {self.total} selections fall on word boundaries as "
            + ("UTF-16 code units" if self.unit == UTF16 else "code points")
            + f", {self.fits[CODEPOINT if self.unit == UTF16 else UTF16]} the other way"
        )


def detect_unit(spans: list[tuple[PositionMap, int, int]], origin: str = "") -> UnitChoice:
    """The unit the selections ``(map, start, end)`` of one project are counted in.

    UTF-16 is chosen only when it puts more selections on word boundaries than
    code points do, and clearly so (by 3 selections and a fifth of them) unless
    the project says NVivo wrote it.  A project Claimline wrote counts code points.
    """
    fits = {CODEPOINT: 0, UTF16: 0}
    for pmap, start, end in spans:
        for unit in (CODEPOINT, UTF16):
            a, b = pmap.codepoint(start, unit), pmap.codepoint(end, unit)
            if a is not None and b is not None and on_boundary(pmap.raw, a) and on_boundary(pmap.raw, b):
                fits[unit] += 1
    margin = fits[UTF16] - fits[CODEPOINT]
    nvivo = "nvivo" in origin.casefold()
    clear = margin >= max(3, len(spans) / 5)
    unit = UTF16 if margin > 0 and (nvivo or clear) and not origin.startswith("Claimline") else CODEPOINT
    return UnitChoice(unit, fits, len(spans))


__all__ = ["CODEPOINT", "UTF16", "PositionMap", "UnitChoice", "detect_unit", "normalise_newlines", "on_boundary"]
