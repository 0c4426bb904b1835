"""Numbers written in parts or listed before their unit (Russian and Turkish).

* :func:`composed` — a number written as its parts is one figure: "3 milyon 200 bin kişi" →
  3 200 000 people, "2 bin 500" → 2500, "1 млн 200 тыс. рублей" → 1 200 000 RUB;
* :func:`tails_counted` — such a number that ends where a count starts takes the count's unit
  ("2 bin |500 polis" → 2 500 polis);
* :func:`listed_before` — numbers listed before a figure share its unit ("Им было 30, 20 и 19
  лет", "3, 5 ve 7 km").

Called by :func:`desktop.meaning.figures.find_figures`; no I/O, never raises on a ``str``.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from desktop.meaning.counts import not_a_quantity
from desktop.meaning.lookups import CONTINENTAL as _CONTINENTAL
from desktop.meaning.lookups import lookup_scale, rx
from desktop.meaning.numbers import parse_number, to_number
from desktop.meaning.ranges import free_range

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time: keeps import < 50 ms
    from typing import Any

__all__ = ["composed", "listed_before", "tails_counted"]



# Numbers listed before a figure share its unit: "Им было 30, 20 и 19 лет", "3, 5 ve 7 km" (Russian
# and Turkish "и", "ve": an English "5, 6 people" may follow a date).
_LIST_BEFORE = re.compile(r"(?<![\w.,])(?:\d{1,3}(?:[.,]\d+)?,[ \u00a0])*\d{1,3}(?:[.,]\d+)?[ \u00a0](?:и|ve)[ \u00a0]$")


def listed_before(
    text: str, start: int, attrs: dict[str, Any], out: list[tuple[int, int, dict[str, Any]]]
) -> list[tuple[int, int, dict[str, Any]]]:
    if not attrs.get("unit") or attrs.get("scale") or "upper" in attrs or not text[start : start + 1].isdigit():
        return []
    head = _LIST_BEFORE.search(text, max(0, start - 40), start)
    if head is None or not free_range(out, head.start()) or not_a_quantity(text, head.start(), ""):
        return []  # (or "U 18 ve 10 kez": a designation first)
    listed = []
    for m in re.finditer(r"\d{1,3}(?:[.,]\d+)?", head.group()):
        number = parse_number(m.group(), continental=True)
        if number is not None:
            a = head.start() + m.start()
            listed.append((a, a + len(m.group()), {**attrs, "value": to_number(number)}))
    return listed


# The last part of a number written in parts ("85 milyon 372 bin |377 kişi"), unless an age or a
# unit of time follows it: "8 milyon 700 bin 65 yaş üstü kişi" is 8 700 000 people over 65.
_TAIL = rx(r"[ \u00a0](\d{1,3})(?![\w.,'’]|[.,]\d)(?![ \u00a0]+(?:(?:yaş|yıl|sene|hafta|gün|saat|dakika|saniye)\w*"
            r"|ay(?:l[ıi]k\w*|d[ıi]r|da|dan|a|ı)?(?![\w-])))")


def composed(text: str, found: list[tuple[int, int, dict[str, Any]]]) -> list[tuple[int, int, dict[str, Any]]]:
    """Russian and Turkish write a number as its parts: "3 milyon 200 bin kişi" → 3 200 000
    people, "2 bin 500" → 2500, "1 млн 200 тыс. рублей" → 1 200 000 RUB."""
    out: list[tuple[int, int, dict[str, Any]]] = []
    starts = {f[0] for f in found}
    for start, end, attrs in sorted(found, key=lambda f: f[0]):
        if out and out[-1][2].get("composable") and start == out[-1][1] + 1 and text[out[-1][1]] in " \u00a0":
            head_start, _head_end, head = out[-1]
            power = lookup_scale(attrs["scale"]) if attrs.get("scale") else None
            if not attrs.get("scale") or (power or (99, ""))[0] < head["composable"]:
                if attrs["value"] < 10 ** head["composable"]:
                    composed = {**attrs, "value": head["value"] + attrs["value"], "scale": head["scale"]}
                    tail = _TAIL.match(text, end) if power and not attrs.get("unit") else None
                    if tail is not None and end + 1 not in starts:  # "85 milyon 372 bin 377"
                        out[-1] = (head_start, tail.end(), {**composed, "value": composed["value"] + int(tail[1])})
                    else:
                        out[-1] = (head_start, end, {**composed, "composable": power[0]} if power and not attrs.get("unit") else composed)
                    continue
        power = lookup_scale(attrs["scale"]) if attrs.get("scale") and not attrs.get("unit") else None
        if power is not None and power[1] in _CONTINENTAL:
            tail = _TAIL.match(text, end)
            if tail is not None and end + 1 not in starts:
                out.append((start, tail.end(), {**attrs, "value": attrs["value"] + int(tail[1])}))
                continue
            out.append((start, end, {**attrs, "composable": power[0]}))
            continue
        out.append((start, end, attrs))
    return [(s, e, {k: v for k, v in a.items() if k != "composable"}) for s, e, a in out]


def tails_counted(
    found: list[tuple[int, int, dict[str, Any]]], extra: list[tuple[int, int, dict[str, Any]]]
) -> tuple[list[tuple[int, int, dict[str, Any]]], list[tuple[int, int, dict[str, Any]]]]:
    """A number written as its parts may end where a count starts ("2 bin |500 polis"): the whole
    number takes the count's unit and the count goes (2 500 polis, not 2 500 and 500 polis)."""
    found = sorted(found, key=lambda f: f[0])
    starts = [f[0] for f in found]
    kept = []
    for x_start, x_end, x in extra:
        i = bisect_left(starts, x_start) - 1  # the last figure starting before the count
        if i < 0 or not found[i][1] > x_start or not found[i][1] < x_end:
            kept.append((x_start, x_end, x))
            continue
        s, _e, a = found[i]
        if not a.get("unit") and "upper" not in x:
            found[i] = (s, x_end, {**x, "value": a["value"], "scale": a.get("scale", "")})
    return found, kept
