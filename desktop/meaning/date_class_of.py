"""A school class's year written with an apostrophe, "class of '71" (the class that left in 1971).  Used by the
pattern table of :mod:`desktop.meaning.date_patterns`; nothing here does I/O."""

from __future__ import annotations

import re

from desktop.meaning.date_base import span

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from desktop.meaning.date_base import Ctx

# "class of '71", "Class of ’98" (GUM gives the "'71" of a letter signed "class of '71" the year 1971); not "'71" alone
# ("in '71" stays unread: a score, a size or a year), nor "a class of '71 models".
CLASS_OF_RX = r"(?<=class[ \u00a0]of[ \u00a0])['’](?P<yy>\d\d)(?![\d.,]\d|[^\W_]|[ \u00a0]+models?(?![^\W_]))"


def h_class_of(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"class of '71": 1971, or 20YY when that year is not after the publication date's (without one: "'00" to
    "'29" are of the 2000s)."""
    yy = int(m["yy"])
    latest = ctx.reference.year % 100 if ctx.reference is not None else 29
    attrs = span("year", ((2000 if yy <= latest else 1900) + yy,))
    return (attrs, False) if attrs else None
