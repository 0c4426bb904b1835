"""Bookkeeping of text spans for the detector: which are taken, and overlap tests in O(log n)."""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Iterable

__all__ = ["Taken", "in_address", "overlaps_any"]

# An e-mail address ("JBennett@gmssr.com") or a web address ("http://…", "www.…"): a word inside
# one is part of the address, not a mention ("Amazon.com" alone is the company's name).
# The address itself must cover the span: a handle or a name glued to a link ("via @Reuters:https://t.co/x",
# "the BBC:https://bbc.in/x") is outside it.
_ADDRESS = re.compile(r"[\w.+-]*\w@[\w-]+(?:\.[\w-]+)*\.[a-z][\w-]*|[a-z][a-z0-9+-]*://\S*|(?<![\w.])www\.\S*", re.IGNORECASE)
_RUN = re.compile(r"[^\s<>()\[\]\"]+")


def _covers(run: str, offset: int, start: int, end: int) -> bool:
    """An address in ``run`` (which starts at ``offset``) covers ``start``..``end``."""
    if "@" not in run and "://" not in run and "www." not in run.lower():
        return False  # no address can be in it (:data:`_ADDRESS`): most runs, without the pattern's scan
    return any(m.start() + offset <= start and end <= m.end() + offset for m in _ADDRESS.finditer(run))


def in_address(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` lies inside an e-mail or web address ("x@y.com", "http://…", "www.…")
    of the run of characters without spaces around it."""
    if (start == 0 or text[start - 1].isspace()) and (end == len(text) or text[end].isspace()):
        return _covers(text[start:end], start, start, end)  # the span is a whole run (most are)
    left = start
    while left > 0 and left > start - 200 and not text[left - 1].isspace() and text[left - 1] not in "<>()[]\"":
        left -= 1
    run = _RUN.match(text, left, min(len(text), end + 200))  # bounded: no quadratic walk on a long run
    if run is None or run.end() < end:
        return False
    return _covers(run.group(), left, start, end)


class Taken:
    """Non-overlapping spans kept so far; overlap checks in O(log n)."""

    def __init__(self) -> None:
        self.spans: list[tuple[int, int]] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self.spans, (start, start))
        if i < len(self.spans) and self.spans[i][0] < end:
            return True
        return i > 0 and self.spans[i - 1][1] > start

    @classmethod
    def of(cls, spans: Iterable[tuple[int, int]]) -> Taken:
        """The spans (which must not overlap) taken at once."""
        taken = cls()
        taken.spans = sorted(spans)
        return taken

    def add(self, start: int, end: int) -> None:
        insort(self.spans, (start, end))

    def cuts_into(self, start: int, end: int) -> bool:
        """``start:end`` starts before a kept span and ends inside it."""
        i = bisect_left(self.spans, (start, start))
        return any(start < a < end < b for a, b in self.spans[i : i + 2])


def overlaps_any(spans: list[tuple[int, int]], start: int, end: int, max_len: int) -> bool:
    """``spans`` sorted by start, none longer than ``max_len``."""
    i = bisect_left(spans, (start - max_len, 0))
    while i < len(spans) and spans[i][0] < end:
        if spans[i][1] > start:
            return True
        i += 1
    return False
