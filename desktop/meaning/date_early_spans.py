"""Life spans and reigns before the year 1000 in brackets after a name ("Theodorus of Tabennese (c. 314 – 368)",
"Sikong Tu 司空图 (837–908)", "Justinian (r. 527–565)"): the scanner reads three-digit numbers as counts, and a
bracket of two of them after a name is a person's years.  Only two numbers from 100 to 999, the second later by 10 to
110 years (a life or a reign; "(120–135)" after a noun, "pages (14–28)" are no one's years), right after a capitalised
word or a Chinese name.  Nothing here does I/O."""

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
_NAME_BEFORE = re.compile(r"(?:(?<![^\W\d_])(?P<name>[A-Z][\w'’.-]*)|[\u4e00-\u9fff]+)[ \u00a0]*$")
_NOT_A_NAME = {"Page", "Pages", "Chapter", "Chapters", "Table", "Tables", "Figure", "Figures", "Fig.", "Vol.", "Volume", "No.",
               "Nos.", "Section", "Lines", "Line", "Verses", "Articles", "Article", "Psalm", "Psalms", "Items", "Rooms"}


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
        if (not 10 <= b - a <= 110 or name is None or name["name"] in _NOT_A_NAME
                or taken(m.start("a"), m.end("b"))):
            continue
        extra.append((m.start("a"), m.end("b"), {"start": f"{a:04d}", "end": f"{b:04d}", "precision": "year", "undated": False}))
    return sorted(found + extra, key=lambda f: (f[0], f[1])) if extra else found
