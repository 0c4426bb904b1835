"""Holidays: Christmas, New Year's Day and Eve, Halloween, Valentine's Day on their fixed days, and
Easter and Thanksgiving (the United States', the fourth Thursday of November) computed for their year ("last
Christmas", "Christmas 2019", "at Easter", "on Thanksgiving"; not "Christmas tree", "Easter eggs", "Thanksgiving
turkey")."""

from __future__ import annotations

import datetime as _dt
import re

from desktop.meaning.date_base import Ctx, group, span, to_int, undated, undated_relative, yearless

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time: keeps import < 50 ms
    from typing import Any


# Holidays on a fixed day (month, day) and the words after "Christmas" that make it no date.
_HOLIDAYS = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1),
             "new year's eve": (12, 31), "halloween": (10, 31), "valentine's day": (2, 14)}
_NOT_HOLIDAY_AFTER = re.compile(
    r"[ \u00a0]+(?:trees?|island|carols?|cards?|markets?|lights|decorations?|shopping|specials?|albums?|songs?"
    r"|movies?|films?|story|stories|spirit|cheer|jumpers?|sweaters?|presents?|gifts?|episodes?|music|truce"
    r"|eggs?|bunny|bunnies|rising|parade|bonnets?|turkeys?)\b",
    re.IGNORECASE,
)
MOVING = ("easter", "thanksgiving")  # the holidays whose day is computed for each year (:func:`moving_day`)
_COUNTED_AFTER = re.compile(
    r"[ \u00a0]+(?:homes|houses|households|people|families|children|residents|customers|workers|jobs|properties"
    r"|businesses|passengers|troops|patients|students|visitors)\b", re.IGNORECASE)
_HOLIDAY_CONTEXT = re.compile(r"\b(?:at|on|for|before|after|until|till|since|by|over|during|around|of)\s+$", re.IGNORECASE)


def h_holiday(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"Christmas Eve", "New Year's Day", "last Christmas", "at Christmas", "on Halloween": that day, of the
    publication year unless "last" / "next" says otherwise ("Christmas" and "Halloween" alone only after a
    preposition, and not before "tree", "shopping", …)."""
    name = re.sub(r"[\s\u00a0]+", " ", m["hol"]).replace("’", "'").lower()
    month_day = _HOLIDAYS.get(name)
    if (month_day is None and not name.startswith(MOVING)) or not m["hol"][:1].isupper():
        return None
    rel = (group(m, "rel") or "").lower()
    rel = "last" if rel.startswith("this") and rel[4:].strip() else rel  # "this past Christmas"
    if _NOT_HOLIDAY_AFTER.match(m.string, m.end()):
        return None  # "Christmas tree", "Easter eggs", "the Easter Rising"
    if group(m, "y1") and _COUNTED_AFTER.match(m.string, m.end()):
        return None  # "At Christmas 2000 homes lost power": a count, not the year
    if group(m, "y1"):  # "Christmas 2019", "Easter Sunday 2021": that year's
        attrs = _holiday_day(name, to_int(m["y1"]))
        return (attrs, False) if attrs else None
    if group(m, "ry"):  # "last year's Christmas", "last year Halloween": that holiday of that year
        if ctx.reference is None:
            return undated_relative(), False
        attrs = _holiday_day(name, ctx.reference.year + {"last": -1, "this": 0, "next": 1}[m["ry"].lower()])
        return (attrs, False) if attrs else None
    if name in ("christmas", "halloween", "easter", "thanksgiving") and (
        _NOT_HOLIDAY_AFTER.match(m.string, m.end())
        or not (rel or _HOLIDAY_CONTEXT.search(m.string, max(0, m.start() - 8), m.start()))
    ):
        return None
    ref = ctx.reference
    if ref is None:
        return undated_relative(), False
    y = ref.year
    this = _holiday_day(name, y)
    if this is None:
        return undated(), False
    if rel == "last":
        y -= this["start"] >= ref.isoformat()
    elif rel == "next":
        y += this["start"] <= ref.isoformat()
    attrs = _holiday_day(name, y)
    if attrs is None:
        return undated(), False
    if not rel:  # the year of the text around it; Easter and Thanksgiving move, so they keep their name to recompute it
        yearless(attrs)
        if month_day is None:
            attrs["moves"] = name
    return attrs, False


def easter(y: int) -> _dt.date:
    """Easter Sunday of the Gregorian year ``y`` (the anonymous Gregorian computus)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    n = h + l_ - 7 * ((a + 11 * h + 22 * l_) // 451) + 114
    return _dt.date(y, n // 31, n % 31 + 1)


def moving_day(name: str, y: int) -> _dt.date | None:
    """The day of a holiday that moves ("easter …", "thanksgiving …") in the year ``y``; None before the
    Gregorian calendar (Easter) or the national holiday (Thanksgiving, 1863)."""
    if name.startswith("easter"):
        return easter(y) + _dt.timedelta(days=1 if name.endswith("monday") else 0) if 1583 <= y <= 9999 else None
    if not 1863 <= y <= 9999:
        return None
    first = _dt.date(y, 11, 1)  # the fourth Thursday of November
    return first + _dt.timedelta(days=(3 - first.weekday()) % 7 + 21)


def _holiday_day(name: str, y: int) -> dict[str, Any] | None:
    """The day of the holiday ``name`` (a key of :data:`_HOLIDAYS`, or a moving one) in the year ``y``."""
    if name.startswith(MOVING):
        day = moving_day(name, y)
        return span("day", (day.year, day.month, day.day)) if day else None
    mo, d = _HOLIDAYS[name]
    return span("day", (y, mo, d))


def shift_year(a: dict[str, Any], shift: int) -> bool:
    """Move the interval ``a`` by ``shift`` years; ``False`` (unchanged) when a day does not exist then."""
    moved = {k: f"{int(a[k][:4]) + shift:04d}{a[k][4:]}" for k in ("start", "end")}
    try:
        if a.get("moves") is not None:  # Easter and Thanksgiving move: that year's day
            day = moving_day(a["moves"], int(a["start"][:4]) + shift)
            moved = {"start": day.isoformat() if day else "", "end": day.isoformat() if day else ""}
        for iso in moved.values():
            if len(iso) != 4 and len(iso) != 7:
                _dt.date.fromisoformat(iso)  # 29 February of another year
    except ValueError:
        return False
    a.update(moved)
    return True
