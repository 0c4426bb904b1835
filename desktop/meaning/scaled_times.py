"""A number of times written with a scale word or grouped digits (no I/O, no Qt; never raises on a ``str``).

"300 times" is read as 300 times by the second pass, but the main pattern takes a scaled or grouped number first and
leaves the word after it: "viewed 5.3 million times" was a bare 5 300 000, "shared 3,000 times" a bare 3 000, "5
миллионов раз" and "5 milyon kez" bare, and "watched 1.2m times" even 1.2 metres. Here a figure with no unit (or a
glued small "m" read as metres) right before "times" ("раз", "kez", "kere", "defa") takes the word and the unit
"times", the "m" as millions. Left: "3 times 4" (arithmetic: a number follows), "The Times" capitalised, a figure that
has a unit ("300 km times").
"""

from __future__ import annotations

import re
from typing import Any

from desktop.meaning.figure_layout import NUMBER_NEXT

__all__ = ["with_scaled_times"]

Found = tuple[int, int, dict[str, Any]]

_TIMES_AFTER = re.compile(r"[ \u00a0]+(?:times|раз|kez|kere|defa)(?![\w-])")
_GLUED_M = re.compile(r"\d[mM]$")


def with_scaled_times(text: str, found: list[Found]) -> list[Found]:
    """``found`` with each scaled or grouped number before "times" made a count of times."""
    out: list[Found] = []
    for start, end, attrs in found:
        unit = attrs.get("unit")
        metres = unit == "m" and not attrs.get("scale") and _GLUED_M.search(text, start, end) is not None
        times = _TIMES_AFTER.match(text, end) if not unit or metres else None
        if times is None or "upper" in attrs and metres or NUMBER_NEXT.match(text, times.end()):  # ("3m times two")
            out.append((start, end, attrs))
            continue
        if metres:  # "1.2m times": millions
            attrs = {**attrs, "value": round(attrs["value"] * 1_000_000), "scale": text[end - 1]}
        out.append((start, times.end(), {**attrs, "unit": "times"}))
    return out
