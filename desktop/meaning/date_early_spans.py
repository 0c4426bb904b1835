"""Life spans and reigns before the year 1000 in brackets after a name ("Theodorus of Tabennese (c. 314 – 368)",
"Sikong Tu 司空图 (837–908)", "Justinian (r. 527–565)"): the scanner reads three-digit numbers as counts, and a
bracket of two of them after a name is a person's years.  Only two numbers from 100 to 999, the second later by 10 to
110 years (a life or a reign; "(120–135)" after a noun, "pages (14–28)" are no one's years), right after a Chinese
name, after a name of two capitalised words ("Saint Boniface", "Aldhelm of Sherborne"), or after one capitalised word
when the bracket says "c.", "r.", "b." or "d." ("Justinian (r. 527–565)").  One capitalised word before bare numbers is
as often a thing with a range as a person ("Cars (150 - 190)", "Boeing (737–800)", "Route (101–150)"), and a word of a
reference or a number ("Chapter Two (214–230)", "Model T"), a label or a place's head word ("Monthly Rent (450–550)",
"Cape Town (120–180)", "Price (c. 300–400)") is no name.  Nothing here does I/O."""

from __future__ import annotations

import re

from desktop.meaning.span_overlap import overlap_test

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time: keeps import < 50 ms
    from typing import Any

_CIRCA = r"(?:(?:c\.|ca\.?|circa|r\.|b\.|d\.)[ \u00a0]*)?"
_SPAN = re.compile(
    rf"\([ \u00a0]*{_CIRCA}(?P<a>[1-9]\d{{2}})[ \u00a0]*[–—-][ \u00a0]*{_CIRCA}(?P<b>[1-9]\d{{2}})(?:[ \u00a0]*(?:AD|CE|A\.D\.))?[ \u00a0]*\)"
)
_CAPITAL = r"[A-Z][^\W\d_][\w'’.-]*"  # a capitalised word of two letters or more: not "Model T"
_NAME_BEFORE = re.compile(
    rf"(?:(?<![^\W\d_])(?P<name>(?:{_CAPITAL}[ \u00a0]+(?:(?:of|the|de|al|ibn|bin|von|van)[ \u00a0]+)*)?{_CAPITAL})"
    r"|(?P<cjk>[\u4e00-\u9fff]+))[ \u00a0]*$"
)
_MARKED = re.compile(r"\([ \u00a0]*(?:c\.|ca\.?|circa|r\.|b\.|d\.)")  # "(c. 314 – 368)", "(r. 527–565)"
_FUNCTION = {"The", "A", "An", "In", "At", "On", "Of", "By", "For", "From", "To", "And", "Or", "But", "With", "His", "Her",
             "Its", "Their", "This", "That", "These", "Those", "Under", "After", "Before", "During", "See", "Read"}
_NUMBER_WORDS = {"One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve"}
NOT_A_NAME = {"Page", "Pages", "Chapter", "Chapters", "Table", "Tables", "Figure", "Figures", "Fig.", "Vol.", "Volume", "No.",
               "Nos.", "Section", "Lines", "Line", "Verses", "Articles", "Article", "Psalm", "Psalms", "Items", "Rooms"}
# A table's or a price list's label ("Monthly Rent (450–550)", "Single Room (120–180)", "Team Size (120 – 180)",
# "Price (c. 300–400)") and a place's or a building's head word ("Cape Town (120–180)", "Grand Hotel (320–380)"): no
# one's name, with or without "c."
LABELS = {"Room", "Price", "Prices", "Rent", "Rents", "Size", "Sizes", "Cost", "Costs", "Fee", "Fees", "Rate", "Rates",
           "Salary", "Salaries", "Budget", "Total", "Totals", "Range", "Score", "Scores", "Weight", "Height", "Length",
           "Width", "Area", "Capacity", "Population", "Seats", "Units", "Value", "Values", "Amount", "Income", "Sales",
           "Monthly", "Weekly", "Daily", "Annual", "Yearly", "Average", "Minimum", "Maximum", "Estimated",
           "Town", "City", "Hotel", "Street", "Road", "Avenue", "Square", "Station", "Airport", "Hall", "Centre", "Center",
           "Park", "Village", "County", "District"}


def early_spans(text: str, found: list[tuple[int, int, dict[str, Any]]]) -> list[tuple[int, int, dict[str, Any]]]:
    """``found`` with the bracketed years before 1000 after a name (see the module docstring) that no date covers,
    in order: ``start`` and ``end`` the two years at year precision."""
    if "(" not in text:
        return found
    taken = overlap_test((s, e) for s, e, _ in found)
    extra = []
    for m in _SPAN.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        name = _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if not 10 <= b - a <= 110 or name is None or taken(m.start("a"), m.end("b")) or not _a_persons(name, m):
            continue
        extra.append((m.start("a"), m.end("b"), {"start": f"{a:04d}", "end": f"{b:04d}", "precision": "year", "undated": False}))
    return sorted(found + extra, key=lambda f: (f[0], f[1])) if extra else found


def _a_persons(name: re.Match[str], bracket: re.Match[str]) -> bool:
    """Whether the words before the bracket name a person (see the module docstring)."""
    if name["cjk"]:
        return True
    words = [w for w in name["name"].split() if w[:1].isupper()]
    words = words[next((i for i, w in enumerate(words) if w not in _FUNCTION), len(words)):]  # "The Apollo": "Apollo"
    if not words or any(w in NOT_A_NAME or w in _NUMBER_WORDS or w in LABELS for w in words):
        return False
    return len(words) >= 2 or _MARKED.match(bracket.group()) is not None
