"""Degrees read after the main pass: no figure in a latitude or longitude named before its number ("Lat. 40°"), and a
list of places with their degrees ("Istanbul 35° Ankara 30°") read as one degree after each place."""

from __future__ import annotations

import re
from typing import Any

from desktop.meaning.measures import temperature_and_rate
from desktop.meaning.numbers import parse_number, to_number

Figure = tuple[int, int, dict[str, Any]]

# "Lat. 40°", "latitude 33.5°", "Long: 13°", "enlem 41°", "широта 55°": a coordinate (its point of the compass after it
# was already no figure: units.py)
# ("long" in lower case only with its dot or colon: "a long 30° slope" is the adjective)
_COORDINATE_BEFORE = re.compile(r"(?<![\w-])(?:(?i:lat|lon|latitude|longitude|enlem[iı]?|boylam[iı]?|широт[аеуы]|долгот[аеуы])\.?"
                                r"|(?-i:Long)\.?|(?i:long)(?:\.|(?=[ \u00a0]*[:=])))[ \u00a0]*[:=]?[ \u00a0]*$")
_CAPITALISED = r"[A-ZÀ-ÖØ-ÞÇĞİÖŞÜА-ЯЁ][^\W\d_]+"
_NUMBER = r"[-+\u2212]?\d{1,3}(?:[.,]\d)?"
_DEGREES = _NUMBER + "[°º]"
# A degree right before a capitalised word is an ordinal before a name ("the 1º Batallón": units.py), unless the word
# is the next place of a list, with its own degrees after it ("Istanbul 35° Ankara 30°"), and a place is named before.
_LISTED = re.compile(rf"(?<![\w.,])(?P<n>{_NUMBER})[°º](?=[ \u00a0]+{_CAPITALISED}[ \u00a0]+{_DEGREES}(?![\w]))")
_PLACE_BEFORE = re.compile(rf"(?<![\w-]){_CAPITALISED}:?[ \u00a0]+$")
_ANGLES = ("°", "°C", "°F")


def settled_degrees(text: str, found: list[Figure]) -> list[Figure]:
    """``found`` without the degrees of a coordinate named before them, with the degrees of a list of places."""
    if "°" not in text and "º" not in text:
        return found
    out = [f for f in found if f[2].get("unit") not in _ANGLES or not _COORDINATE_BEFORE.search(text, max(0, f[0] - 16), f[0])]
    for m in _LISTED.finditer(text):
        if not _PLACE_BEFORE.search(text, max(0, m.start() - 40), m.start()) or any(b < m.end() and m.start() < e for b, e, _a in out):
            continue
        number = parse_number(m["n"].replace("\u2212", "-"))
        if number is None:
            continue
        after = next((b for b, _e, _a in out if b >= m.end()), len(text))
        end, attrs = temperature_and_rate(text, m.start(), m.end(), {"value": to_number(number), "unit": "°", "scale": ""}, after)
        out.append((m.start(), end, attrs))
    return sorted(out, key=lambda f: f[0])
