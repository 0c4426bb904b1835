"""A multiplier written with the letter x or the sign ×: "Sales grew 3x last year", "a 10x rise", "1.5× the average",
"more than 1.5 × the range" → ``{"value": 3, "unit": "times"}``, as "3 times" is read.

Not a dimension or a part of one ("3x4 metres", "4x4 vehicles", "4x100 relay", "10x20x30"), nor a hexadecimal number
("0x1F"), a size or a code ("3XL", "2xl", "5x-large"), an algebra's term before a sign or a letter ("2x + 3", "2xy"), nor
a capital X (a model's name: "Pixel 6X", "iPhone X"), nor after a word that names what a number designates ("Windows
10x", "Version 2.0x": :func:`desktop.meaning.designations.named_before`), nor before a capitalised word ("2x General
Electric engines" counts engines, "10x Platinum" is a record's award); the letter glued to the number, the sign glued or
spaced.
Called by :func:`desktop.meaning.figure_extras.with_extras`; no I/O, never raises on a ``str``.  Twenty-seventh round.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from desktop.meaning.designations import named_before
from desktop.meaning.numbers import parse_number, to_number

__all__ = ["find_multipliers"]

_MULTIPLIER = re.compile(
    r"(?<![\w.,×/:-])(?P<num>\d{1,4}(?:\.\d{1,2})?)(?:x|[ \u00a0]?×)"
    r"(?![ \u00a0]*[\w×.,/-]?\d)(?![^\W\d_])(?![-‐‑]?(?i:large|small|wide|tall))"  # (not "3x4", "3×4", "3XL", "5x-large")
    r"(?![ \u00a0]*[-+=^*/])"  # (not "2x + 3", "3x = 9")
    r"(?![ \u00a0]+[A-ZÇĞİÖŞÜ][a-zçğıöşü])")  # (not a count of named things or a title: "2x General Electric engines", "10x Platinum")


# the trigger: a digit and the letter or the sign (scanned for fast), then the number before it
_TRIGGER = re.compile(r"\d(?:x|[ \u00a0]?×)")
_NUMBER_END = re.compile(r"\d{1,4}(?:\.\d{1,2})?$")


def find_multipliers(text: str) -> Iterator[tuple[int, int, dict[str, Any]]]:
    """Multipliers written "3x", "1.5×", "2 ×" in ``text``, as ``(start, end, attrs)``."""
    if "x" not in text and "×" not in text:
        return
    for hit in _TRIGGER.finditer(text):
        number = _NUMBER_END.search(text, max(0, hit.start() - 7), hit.start() + 1)
        m = _MULTIPLIER.match(text, number.start()) if number is not None else None
        if m is None:
            continue
        value = parse_number(m["num"])
        if value is None or m["num"] in ("0", "1") or named_before(text, m.start()):
            continue  # ("0x", "1x": no multiple; "Windows 10x", "Version 2.0x": a product's or a version's name)
        yield m.start(), m.end(), {"value": to_number(value), "unit": "times", "scale": ""}
