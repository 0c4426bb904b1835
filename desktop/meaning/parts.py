"""Numbers written in parts or listed before their unit (Russian and Turkish; English number words).

* :func:`composed` — a number written as its parts is one figure: "3 milyon 200 bin kişi" →
  3 200 000 people, "2 bin 500" → 2500, "1 млн 200 тыс. рублей" → 1 200 000 RUB;
* :func:`tails_counted` — such a number that ends where a count starts takes the count's unit
  ("2 bin |500 polis" → 2 500 polis);
* :func:`listed_before` — numbers listed before a figure share its unit ("Им было 30, 20 и 19
  лет", "3, 5 ve 7 km");
* :func:`words_composed` — an English number in words of several parts is one figure: "One
  thousand two hundred and fifty troops" → 1 250 troops (not 1 000 and 50 troops).

Called by :func:`desktop.meaning.figures.find_figures`; no I/O, never raises on a ``str``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from decimal import Decimal

from desktop.meaning.counts import not_a_quantity
from desktop.meaning.lookups import CONTINENTAL as _CONTINENTAL
from desktop.meaning.lookups import lookup_scale, rx
from desktop.meaning.numbers import continental_sentence, parse_number, to_number
from desktop.meaning.ranges import free_range
from desktop.meaning.units import WORD_VALUES

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing is not imported at run time: keeps import < 50 ms
    from collections.abc import Callable
    from typing import Any

__all__ = ["composed", "listed_before", "tails_counted", "words_composed"]



# Numbers listed before a figure share its unit: "Им было 30, 20 и 19 лет", "3, 5 ve 7 km" (Russian
# and Turkish "и", "ve": an English "5, 6 people" may follow a date).
_LIST_BEFORE = re.compile(r"(?<![\w.,])(?:\d{1,3}(?:[.,]\d+)?,[ \u00a0])*\d{1,3}(?:[.,]\d+)?(?:[ \u00a0](?:и|ve)|,?[ \u00a0](?P<en>and))[ \u00a0]$"
                          r"|(?<![\w.,])(?:\d{1,3}(?:[.,]\d+)?,[ \u00a0]){2,}$")
# (in English, with "and", or with commas alone, a list shares a measure only: "105, 40 and 20 mm", "105, 40, 20 mm'lik";
# "May 5, 6 and 7 people" may follow a date)
_COUNTED_UNIT = re.compile(r"[^\W\d_]{4,}")
# A list after a unit, a word of numbering or a month names places or days, not amounts ("at km 3, 4, 20 km apart", "rooms 3,
# 4 and 5 m"; review: "sayfa 3, 4, 5 cm", "Ocak 3, 4, 5 km", "Глава 3, 4, 5 км", "в мае 5, 6, 7 км").
_NUMBERED_BEFORE = re.compile(r"(?<![\w])(?i:km|no|nr|pp?|sections?|pages?|rooms?|gates?|exits?|routes?|platforms?|groups?|chapters?|flights?"
                              r"|grades?|apartments?|floors?|rows?|seats?|lanes?|tracks?|channels?|items?|steps?|levels?|stages?"
                              r"|rounds?|units?|buildings?|blocks?|lines?|figures?|tables?|articles?|verses?|numbers?|games?|versions?"
                              r"|sayfa\w*|bölüm\w*|madde\w*|kapı\w*|peron\w*|numara\w*|kat|daire\w*|sınıf\w*|grup\w*"
                              r"|ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık"
                              r"|стр|гл|глав\w*|пункт\w*|п|стать\w*|ст|дом\w*|кв|квартир\w*|этаж\w*|раздел\w*|комнат\w*|групп\w*"
                              r"|январ\w*|феврал\w*|март\w*|апрел\w*|ма[йяе]|июн\w*|июл\w*|август\w*|сентябр\w*|октябр\w*|ноябр\w*|декабр\w*)"
                              r"\.?[ \u00a0]+$")
# Review: a capitalised word right before such a list is a label or a month ("Section 3, 4, 20 km", "on June 5, 8 and 9 km",
# "Flights 101, 202 and 30 kg"), unless it opens a Turkish or Russian sentence ("Gemiler 120, 76, 40 mm'lik toplar") or is
# a small English word opening one ("The 105, 40, 20 mm guns").
_CAPITAL_BEFORE = re.compile(r"(?<![^\W\d_])(?P<cap>[A-ZÇĞİÖŞÜА-ЯЁ][^\W\d_]*)\.?[ \u00a0]+$")
_OPENING_SMALL = set("The These Those At In Of With Between From By About Only Its Their Our His Her".split())  # ("The 105, 40, 20 mm guns")
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?\n][\"'”’»)]*)[ \u00a0]*$")


def _labelled(text: str, start: int) -> bool:
    """A capitalised word ends right before ``start``, and it does not open a Turkish or Russian sentence nor is a small
    English word opening one."""
    cap = _CAPITAL_BEFORE.search(text, max(0, start - 30), start)
    if cap is None:
        return False
    opens = _SENTENCE_OPENS.search(text, max(0, cap.start() - 4), cap.start()) is not None
    return not (opens and (cap["cap"] in _OPENING_SMALL or continental_sentence(text, start)))


def listed_before(
    text: str, start: int, attrs: dict[str, Any], out: list[tuple[int, int, dict[str, Any]]]
) -> list[tuple[int, int, dict[str, Any]]]:
    if not attrs.get("unit") or attrs.get("scale") or "upper" in attrs or not text[start : start + 1].isdigit():
        return []
    head = _LIST_BEFORE.search(text, max(0, start - 40), start)
    if head is None or not free_range(out, head.start()) or not_a_quantity(text, head.start(), ""):
        return []  # (or "U 18 ve 10 kez": a designation first)
    if (head["en"] or not head.group().rstrip().endswith(("и", "ve"))) and (
            _COUNTED_UNIT.fullmatch(str(attrs["unit"])) or _NUMBERED_BEFORE.search(text, max(0, head.start() - 12), head.start())
            or _labelled(text, head.start())):
        return []
    own = re.match(r"\d{1,3}(?:[.,]\d+)?", text[start : start + 12])
    own_number = parse_number(own.group(), continental=True) if own is not None else None
    # a subunit's figure is a hundredth of its number ("3 и 10 копеек", "5 and 10 cents": 0.03, 0.05 of the currency)
    hundredth = own_number is not None and own_number != 0 and Decimal(str(attrs["value"])) == own_number / 100
    listed = []
    for m in re.finditer(r"\d{1,3}(?:[.,]\d+)?", head.group()):
        number = parse_number(m.group(), continental=True)
        if number is not None:
            a = head.start() + m.start()
            listed.append((a, a + len(m.group()), {**attrs, "value": to_number(number / 100 if hundredth else number)}))
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


# An English number in words of several parts: hundreds with their tens ("two hundred and fifty"), or thousands, millions,
# billions with what follows them ("One thousand two hundred and fifty", "two thousand and five", "Two million three
# hundred thousand"); no commas between the parts ("two thousand, five of them" are two numbers).
_EN_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_EN_SMALL = ("(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:" + _EN_UNITS + "))?"
             "|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|" + _EN_UNITS + ")")
_EN_HUNDREDS = rf"(?:(?:{_EN_UNITS}|an?)[ -]hundred(?:[ \u00a0]+(?:and[ \u00a0]+)?{_EN_SMALL})?|{_EN_SMALL})"
_EN_BIG = "(?:thousand|million|billion)"
_EN_WORDS_NUMBER = rx(
    rf"(?<![\w-])(?:{_EN_HUNDREDS}[ \u00a0-]{_EN_BIG}(?:[ \u00a0]+(?:and[ \u00a0]+)?{_EN_HUNDREDS}(?:[ \u00a0-]{_EN_BIG})?)+"
    rf"|(?:{_EN_UNITS}|an?)[ -]hundred[ \u00a0]+(?:and[ \u00a0]+)?{_EN_SMALL})(?![\w])")
_EN_MULTIPLIERS = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}


def _en_words_value(words: str) -> int | None:
    """The value of English number words in parts ("one thousand two hundred and fifty" → 1250); None when the parts
    are two numbers ("one thousand and two thousand": each big word must be smaller than the one before)."""
    total = group = 0
    last = 10**12
    for word in re.split(r"[\s-]+", words.lower()):
        if word in ("a", "an"):
            group = 1
        elif word in WORD_VALUES:
            group += WORD_VALUES[word]
        elif word == "hundred":
            group = (group or 1) * 100
        elif word in _EN_MULTIPLIERS:
            if _EN_MULTIPLIERS[word] >= last:
                return None
            total, group, last = total + (group or 1) * _EN_MULTIPLIERS[word], 0, _EN_MULTIPLIERS[word]
    return total + group


def words_composed(
    text: str, figures: list[tuple[int, int, dict[str, Any]]],
    counted: Callable[[tuple[int, int, dict[str, Any]]], tuple[int, int, dict[str, Any]]],
) -> list[tuple[int, int, dict[str, Any]]]:
    """``figures`` (sorted by start) with an English number in words of several parts read as one figure: the parts
    found inside it and the figure its last part starts ("fifty troops") become one ("One thousand two hundred and fifty
    troops" → 1 250 troops; "two hundred and fifty troops" → 250 troops, not 50); words that end in no figure take the
    noun they count through ``counted`` ("one hundred and one volunteers"); counting none, they are no figure unless a
    part of them was one, then a bare one as that part was ("Two thousand and five was a bad year" → 2005). Not
    when a figure inside is a range or starts before the words ("between one hundred and two hundred people" stays
    100–200)."""
    if "hundred" not in text.lower() and not re.search("(?i:thousand|million|billion)", text):
        return figures
    out: list[tuple[int, int, dict[str, Any]]] = []
    pos = 0  # the words and the figures both come in text order: walk them together
    for m in _EN_WORDS_NUMBER.finditer(text):
        while pos < len(figures) and figures[pos][1] <= m.start():
            out.append(figures[pos])
            pos += 1
        after = pos
        while after < len(figures) and figures[after][0] < m.end():
            after += 1
        inside = figures[pos:after]
        value = _en_words_value(m.group())
        if value is None or inside and (inside[0][0] < m.start() or any("upper" in f[2] for f in inside)):
            continue
        if any(f[1] > m.end() for f in inside[:-1]):
            continue
        s, e, last = inside[-1] if inside else (m.end(), m.end(), {})
        if e > m.end():  # the last part counts a noun: its number must be the words' tail ("fifty" of "fifty troops")
            if _en_words_value(text[s : m.end()]) != last.get("value") or last.get("qualifier"):
                continue
            figure = (m.start(), e, {**last, "value": value, "scale": ""})
        elif any(f[2].get("unit") for f in inside):
            continue
        else:
            figure = counted((m.start(), m.end(), {"value": value, "unit": "", "scale": ""}))
            if not inside and not figure[2]["unit"]:
                continue  # (words alone were no figure before: "a hundred and twenty-member delegation")
        out.append(figure)
        pos = after
    out.extend(figures[pos:])
    return out
