"""Days listed with one month ("on 1 and 3 March", "on 1, 2 and 3 March 2020", "on March 1 and 3"):
each day is its own date, of the month and year of the day written with them (two dates joined by "and" are two
dates, as "22 May and 25 June" are).  The scanner read only the day next to the month; the others were lost, or
read alone in the publication's month ("on the 1st and 3rd of March": "the 1st" was 1 June in a text of June).

Days before the month only after a preposition that leads a date ("on", "of", "for", "by", "until", ...: not
"between 1 and 3 March", a range, nor "Chapters 1 and 3 March", "aged 1 and 3 March", "won 1 and 3 March games"),
not after "between" before the month ("between March 1 and 3"), not a number inside a longer one or after a
currency sign or a unit ("$1 and 3 March", "1.5 and 3 March"), not a number after the month that counts or measures
something or runs into another number ("March 1 and 3 people", "March 1 and 3, 2020": a day before a year the
scanner did not join), only days that go up ("31 and 1 March": none) and only days the month has.

In Russian, Turkish and Kazakh the days before the month need no preposition ("прошли 4, 5 и 6 марта", "4 ve 6
Mart'ta", "4, 5 және 6 наурызда", "4, 5, 6 марта": a month's name after them in its case says they are days); two
days between "между" and the month, or before "arasında", "аралығында" after it, are a range ("между 4 и 6 марта",
"4 ve 6 Mart arasında": 4–6 March; the 6th alone before).  Commas alone list three days or more ("статья 2, 3 марта"
is no list).  Nothing here does I/O."""

from __future__ import annotations

import datetime as _dt
import re
from bisect import bisect_right

from desktop.meaning.date_base import Ctx, month_of
from desktop.meaning.span_overlap import overlap_test

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time: keeps import < 50 ms
    from typing import Any

_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_S = r"[ \u00a0]+"
# the days before "3 March": "1 and ", "1, 2 and ", "1, 2, and " (not after a digit, a sign, a decimal point)
_THE = rf"(?:the{_S})?"
_BEFORE = re.compile(rf"(?<![\w$€£¥.,%:/-])(?:{_THE}{_DAY},{_S})*(?:{_THE}{_DAY},?{_S}(?P<j>and|&|и|ve|және|мен){_S}{_THE}"
                     rf"|(?P<c>{_DAY}),{_S})$", re.IGNORECASE)  # "4, 5, 6 марта": commas alone (not in English)
_NATIVE_JOIN = {"и", "ve", "және", "мен"}  # Russian, Turkish, Kazakh: the month's case says the days are dates
_RANGE_BEFORE = re.compile(r"(?<![^\W_])между[ \u00a0]+$", re.IGNORECASE)
_RANGE_AFTER = re.compile(r"[ \u00a0]+(?:arasında|arası|аралығында|аралығы)(?![^\W_])", re.IGNORECASE)
_BETWEEN = re.compile(r"(?<![^\W_])between[ \u00a0]+$", re.IGNORECASE)
# numbers after a word that numbers things are no days ("Пункты 2, 3 и 4 мая", "№ 4, 5 и 6 марта", "Madde 4, 5 ve 6
# Mart'ta": items, not dates; as "Chapters 1 and 3 March" in English, which needs a preposition before the days)
_NUMBERING_BEFORE = re.compile(r"(?:№|(?<![^\W_])(?:стать|пункт|номер|глав[аыеуо]|madde|bölüm|fıkra|бап|тармақ)"
                               r"[^\W\d_]*)[ \u00a0]*$", re.IGNORECASE)
# the word before days listed before the month: a preposition that leads a date ("on 1 and 3 March", "the strikes of
# 25 and 26 March"); after a noun or a verb the first number is a chapter, an article, an age or a score ("Chapters 1
# and 3 March", "aged 1 and 3 March", "won 1 and 3 March games")
_LEAD = re.compile(r"(?<![^\W_])(?:on|of|for|by|until|till|since|before|after|during|over|dated)[ \u00a0]+$",
                   re.IGNORECASE)
# the days after "March 1": ", 2 and 3", " and 3", at a clause's end, before a conjunction or before the year of them
# all ("March 4, 5 and 6, 2020"; not before a noun: "March 1 and 3 people")
_LISTED_END = (rf"(?=[ \u00a0]*(?:[.;:!?)\n]|,(?![ \u00a0]*\d)|$)|{_S}(?:and|when|after|before|but|at|in)(?![^\W_])"
               rf"|,?{_S}(?P<y>1[0-9]\d\d|20\d\d)(?![\d.,]?\d|[^\W\d_]))")
DAYS_AFTER = rf"(?:,{_S}{_DAY})*,?{_S}(?:and|&){_S}{_DAY}(?![^\W_]|[.,]?\d|[ \u00a0]*[-–%]){_LISTED_END}"
_AFTER = re.compile(DAYS_AFTER, re.IGNORECASE)
# the same list when it opens with a comma ("March 4, 5 and 6"): the scanner reads "March 4" before it, which it
# refuses before any other comma and number ("May 3, 2021", "March 4, 5 people")
COMMA_DAYS_AFTER = rf",{_S}{_DAY}{DAYS_AFTER}".replace("(?P<y>", "(?:")
_NUMBER = re.compile(r"\d{1,2}")
_REACH = 40
_STRICT = Ctx(None, True)


def _listed(text: str, lo: int, hi: int, attrs: dict[str, Any],
            before: bool) -> list[tuple[int, int, dict[str, Any]]]:
    """The days written in ``text[lo:hi]``, each a date of the month and year of ``attrs`` (a single day), when they
    go up to it (``before``) or from it ("31 and 1 March": none)."""
    out: list[tuple[int, int, dict[str, Any]]] = []
    try:
        day = _dt.date.fromisoformat(attrs["start"])
    except (TypeError, ValueError):
        return []
    days = [int(n) for n in _NUMBER.findall(text, lo, hi)]
    days = days + [day.day] if before else [day.day] + days
    if any(a >= b for a, b in zip(days, days[1:])):
        return []
    for m in _NUMBER.finditer(text, lo, hi):
        end = m.end() + (2 if text[m.end():m.end() + 2].lower() in ("st", "nd", "rd", "th") else 0)
        try:
            iso = day.replace(day=int(m.group())).isoformat()
        except ValueError:
            return []  # "30 and 31 February": not days of the month
        out.append((m.start(), end, {**attrs, "start": iso, "end": iso}))
    return out


def day_lists(text: str, found: list[tuple[int, int, dict[str, Any]]]) -> list[tuple[int, int, dict[str, Any]]]:
    """``found`` (sorted by start) with the days listed before or after a single day and month added as dates."""
    added: list[tuple[int, int, dict[str, Any]]] = []
    lists: list[tuple[int, int]] = []  # where the listed days are written
    redated: dict[tuple[int, int], dict[str, Any]] = {}  # a day before a list that is none, in the year after it
    for start, end, attrs in found:
        words = text[start:end]
        if (attrs.get("precision") != "day" or attrs.get("start") != attrs.get("end")) and not attrs.get("undated") \
                or not any(c.isalpha() for c in words):
            continue  # a single day written with its month's name ("3 March", "March 1"; not "3/7/2025"), or undated
        if words[:1].isdigit():  # "3 March": days before it
            m = _BEFORE.search(text, max(0, start - _REACH), start)
            joiner = (m["j"] or "").lower() if m is not None else ""
            if m is not None and (joiner == "ve" and not any(w[:1].isupper() for w in words.split()[1:])
                                  or _NUMBERING_BEFORE.search(text, max(0, m.start() - 16), m.start())):
                m = None  # "Evde 2 ve 3 ocak var" (stoves: a Turkish month is written with a capital), "Пункты 2, 3 и 4 мая"
            if m is not None and joiner in _NATIVE_JOIN and "," not in m.group() and (
                    _RANGE_BEFORE.search(text, max(0, m.start() - 8), m.start()) or _RANGE_AFTER.match(text, end)):
                added += _range_of_days(text, m.start(), end, attrs)  # "между 4 и 6 марта", "4 ve 6 Mart arasında"
                lists.append((m.start(), end))
            elif m is not None and (joiner in _NATIVE_JOIN or m["c"] and m.group().count(",") > 1 and not words.isascii()
                                    or not m["c"] and _LEAD.search(text, max(0, m.start() - 8), m.start())):
                listed = _listed(text, m.start(), m.end(), attrs, before=True)
                added += listed
                if listed:
                    lists.append((m.start(), m.end()))
        elif words[:1].isalpha() and (words[-1:].isdigit() or words[-2:].lower() in ("st", "nd", "rd", "th")):  # "March 1"
            m = _AFTER.match(text, end)
            listed, original = [], attrs
            if m is not None and m["y"] is not None:  # "March 4, 5 and 6, 2020": the year of every day listed
                attrs = _in_year(words, int(m["y"])) or attrs
            if m is not None and not _BETWEEN.search(text, max(0, start - 9), start):  # "between March 1 and 3"
                year = m["y"]
                listed = _listed(text, m.start(), m.end(), attrs, before=False)
                added += listed
                if listed:
                    lists.append((m.start(), m.end()))
                    if year is not None and attrs["start"][:4] == year:
                        last = text.index(year, m.end()) + len(year)
                        added[-1] = (added[-1][0], last, added[-1][2])  # "6, 2020", as "March 6, 2020" would be
                        added.append((start, end, attrs))
                        lists.append((start, last))
            if not listed and m is not None and m["y"] is not None and attrs is not original:
                redated[(start, end)] = attrs  # "Feb. 27, 28 and 29, 2019": no list, but its year is written
    if redated:
        found = [(s, e, redated.get((s, e), a)) for s, e, a in found]
    if not added:
        return found
    # a day the scanner read alone inside the list gives way ("the 1st and 3rd of March": "the 1st" was the
    # publication's month); any other date there keeps its place
    regions = sorted(lists)
    kept = [f for f in found if not ((f[2].get("undated") or f[2].get("precision") == "day" and f[2].get("start") == f[2].get("end"))
                                     and _inside(regions, f[0], f[1]))]
    taken = overlap_test((s, e) for s, e, _ in kept)
    return sorted(kept + [a for a in added if not taken(a[0], a[1])], key=lambda f: (f[0], f[1]))


def _range_of_days(text: str, lo: int, hi: int, attrs: dict[str, Any]) -> list[tuple[int, int, dict[str, Any]]]:
    """``text[lo:hi]`` ("4 и 6 марта") as one range from its first day to the day of ``attrs``, or none (not going up)."""
    number = _NUMBER.search(text, lo, hi)
    first = _listed(text, lo, number.end(), attrs, before=True) if number is not None else []
    return [(lo, hi, {**attrs, "start": first[0][2]["start"]})] if first else []


def _in_year(words: str, year: int) -> dict[str, Any] | None:
    """The day ``words`` ("March 4", "May 3rd") in ``year``, or None (not a month and a day, or no such day)."""
    parts = words.split()
    month = month_of(parts[0].rstrip("."), _STRICT) if len(parts) == 2 else None
    digits = parts[1].rstrip("stndrh") if month is not None else ""
    try:
        iso = _dt.date(year, month or 0, int(digits)).isoformat()
    except ValueError:
        return None
    return {"start": iso, "end": iso, "precision": "day", "undated": False}


def _inside(regions: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start``–``end`` lies inside the latest of the sorted ``regions`` starting at or before it."""
    i = bisect_right(regions, (start, float("inf"))) - 1
    return i >= 0 and regions[i][1] >= end
