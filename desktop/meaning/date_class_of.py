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
    """"class of '71": the latest year ending in 71 up to six years after the publication date's (2024: "'25" and
    "'27" are classes still at school, 2025 and 2027, "'31" is 1931): a class is named for the year it leaves, and the
    freshmen of a four-year course, or a pupil of a school's last six years, are its class up to six years ahead.
    Without a publication date, as if published in 2023: "'00" to "'29" are of the 2000s (a fixed year, not today's,
    so that a text reads the same on every day)."""
    limit = (ctx.reference.year if ctx.reference is not None else 2023) + 6
    attrs = span("year", (limit - (limit - int(m["yy"])) % 100,))
    return (attrs, False) if attrs else None
