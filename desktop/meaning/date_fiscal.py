"""Fiscal years: "FY2023", "FY23", "FY 2024", "fiscal 2024", "fiscal year 2023", "FY2023-24", "fiscal
2023/24", "fiscal-2024".  A fiscal year is named by a calendar year (the one it ends in, for most organisations), but its
months depend on who keeps it (the US government's runs from October, Apple's from late September, the
UK's and India's from April), and the text rarely says: the suggestion is the named calendar year, at the
precision of a year, so that the analyst sees the phrase and the year it names ("FY2023-24" → 2023–2024).
Two digits are a year of this century or the last ("FY23" → 2023, "FY98" → 1998) after "FY" only, right after
it or after an apostrophe ("FY '24"): "fiscal 20 percent", "FY 10 markets", "the FY 12 months" are no year.
"""

from __future__ import annotations

import re

from desktop.meaning.date_base import Ctx, span

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

# "FY2023", "FY'23", "FY 2024", "FY2023-24", "FY 2023/2024", "fiscal 2024", "fiscal year 2023", "fiscal-year 2023";
# with a hyphen before the year too: "fiscal-2024", "fiscal-year-2025", "FY-2024".
# Not before a unit or a percentage ("FY 25%").
FISCAL_HEADS = "<f> fy fiscal"
FISCAL_RX = (r"(?:(?-i:FY)(?:(?:[ \u00a0]?['’])?(?P<s1>\d{2}(?!\d))|[ \u00a0-]?)|fiscal(?:[ \u00a0-]year)?(?:[ \u00a0]+|-(?=\d)))"
             r"(?(s1)|(?P<y1>(?:19|20)\d{2}))"
             r"(?:[-–/](?P<y2>(?:19|20)\d{2}|\d{2})(?!\d))?(?![\d.,]?\d)(?![^\W_]|[ \u00a0]*(?:%|per[ \u00a0]?cent))")


def _year(two: str) -> int:
    return int(two) + (2000 if int(two) < 50 else 1900)


def h_fiscal_year(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """The calendar year a fiscal year is named by; "FY2023-24" the two years it spans (a second year
    that does not follow the first — "FY2023-25" — is no fiscal year)."""
    first = _year(m["s1"]) if m["s1"] else int(m["y1"])
    if m["y2"] is None:
        attrs = span("year", (first,))
    else:
        two_digits = len(m["y2"]) == 2  # "FY1999-00": the last two digits of the next year
        last = first + 1 if two_digits and int(m["y2"]) == (first + 1) % 100 else int(m["y2"])
        if last != first + 1:
            return None
        attrs = span("year", (first,), (last,))
    return (attrs, False) if attrs else None
