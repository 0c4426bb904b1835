"""Market quotes written as a change then a level (twenty-fifth round):

* an index's level after its change in points: "Prices were up 0.4 points at 101.2", "The index rose 12 points to 3,450"
  → 101.2 points, 3 450 points (the bare level had no figure, or no unit);
* exchange rates, one currency per another: "The rouble fell 2% to 92 per dollar", "92 roubles to the dollar", "Курс
  упал до 90 рублей за доллар", "the lira at 35 against the dollar" → 92 RUB/USD, 90 RUB/USD, 35 TRY/USD; a bare number
  takes the currency the sentence names before it.

No I/O; never raises on a ``str``.
"""

from __future__ import annotations

import re

from desktop.meaning.numbers import parse_number, sentence_around, to_number

__all__ = ["with_quotes"]

Figure = tuple[int, int, dict]

# the currency a rate is counted against, after "per", "a", "to the", "against the", "за"
_PER_CURRENCY = {"dollar": "USD", "euro": "EUR", "pound": "GBP", "yen": "JPY", "yuan": "CNY", "доллар": "USD", "евро": "EUR",
                 "юань": "CNY", "фунт": "GBP",
                 # (Russian "к" takes the dative: "92 рубля к доллару", "к юаню"; twenty-sixth round)
                 "доллару": "USD", "юаню": "CNY", "фунту": "GBP"}
# (the currency in lower case: "3 to the Dollar Kings" is a name; review of the twenty-fifth round)
_PER = re.compile(r"[ \u00a0]+(?:(?P<by>(?i:per|a|to[ \u00a0]+the|against[ \u00a0]+the|versus[ \u00a0]+the|за|к))[ \u00a0]+)"
                  r"(?:(?i:US|U\.S\.|американский|американскому)[ \u00a0]+)?(?P<cur>dollar|euro|pound|yen|yuan|доллару?|евро|юаню?|фунту?)(?![\w-])")
# a currency named before a bare rate in its sentence ("The rouble fell 2% to 92 per dollar")
_NAMED = {"rouble": "RUB", "ruble": "RUB", "lira": "TRY", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupee": "INR",
          "tenge": "KZT", "hryvnia": "UAH", "rand": "ZAR", "peso": "MXN", "brazilian real": "BRL", "korean won": "KRW", "euro": "EUR",
          "sterling": "GBP", "pound": "GBP", "евро": "EUR", "фунт": "GBP",
          "рубль": "RUB", "рубля": "RUB", "тенге": "KZT", "лира": "TRY", "лиры": "TRY", "гривна": "UAH", "гривны": "UAH"}
# (the euro and sterling too, else a sentence naming the rouble and then the euro gave the euro's rate in roubles;
# not the dollar, which a rate is mostly counted against: final read of the twenty-fifth round)
# ("real" and "won" are English words first: the currencies only as "Brazilian real", "(South) Korean won"; review)
_NAMED_RE = re.compile(r"(?<![\w-])(?P<w>" + "|".join(w.replace(" ", r"[ \u00a0]+") for w in _NAMED) + r")(?![\w-])", re.IGNORECASE)


def _named(word: str) -> str:
    return _NAMED[" ".join(word.lower().split())]
_BARE = re.compile(r"(?<![\w.,$£€-])(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)(?=[ \u00a0]+(?i:per|a|to[ \u00a0]+the|against[ \u00a0]+the"
                   r"|versus[ \u00a0]+the|за|к)[ \u00a0])")
# an index's level after its change in points: "up 0.4 points at 101.2", "rose 12 points to 3,450"
_LEVEL_AFTER = re.compile(r"[ \u00a0]+(?:at|to)[ \u00a0]+(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\w.,%$£€/-]?\d|[ \u00a0]*(?:%|[\w$£€]))")
_CHANGE_BEFORE = re.compile(r"(?<![\w-])(?i:up|down|higher|lower|rose|fell|gained|lost|added|shed|climbed|dropped|slipped|jumped"
                            r"|sank|rallied|advanced|declined|eased|edged[ \u00a0]+(?:up|down))[ \u00a0]+(?:by[ \u00a0]+)?$")


# between the old level of a change and the new one ("from €1.085 to €1.120 per dollar", "с 88 до 90 рублей за доллар")
_OLD_LEVEL_GAP = re.compile(r"[ \u00a0]+(?i:to|до)[ \u00a0]+")


def _free(found: list[Figure], start: int, end: int) -> bool:
    return not any(b < end and start < e for b, e, _a in found)


def with_quotes(text: str, found: list[Figure]) -> list[Figure]:
    """``found`` with index levels after a change in points and exchange rates (above)."""
    out = list(found)
    added: list[Figure] = []
    for i, (start, end, attrs) in enumerate(found):
        unit = attrs.get("unit") or ""
        per = _PER.match(text, end) if unit in _NAMED.values() or unit in ("USD", "EUR", "GBP") else None
        if per is not None and "/" not in unit and _PER_CURRENCY[per["cur"].lower()] != unit:
            rate = f"{unit}/{_PER_CURRENCY[per['cur'].lower()]}"
            out[i] = (start, per.end(), {**attrs, "unit": rate})  # "90 рублей за доллар"
            if i > 0 and found[i - 1][2].get("unit") == unit and _OLD_LEVEL_GAP.fullmatch(text, found[i - 1][1], start):
                out[i - 1] = (*found[i - 1][:2], {**found[i - 1][2], "unit": rate})  # ("from €1.085 to €1.120 per dollar")
            continue
        if unit == "points" and _CHANGE_BEFORE.search(text, max(0, start - 24), start):
            level = _LEVEL_AFTER.match(text, end)
            number = parse_number(level["n"]) if level is not None else None
            if level is None or number is None:
                continue
            bare = next((j for j, f in enumerate(found) if f[:2] == level.span("n") and not f[2].get("unit")), None)
            if bare is not None:  # ("to 3,450": read as a number grouped in thousands, with no unit)
                out[bare] = (*found[bare][:2], {**found[bare][2], "unit": "points"})
            elif _free(found, level.start("n"), level.end("n")):
                added.append((level.start("n"), level.end("n"), {"value": to_number(number), "unit": "points", "scale": ""}))
    for m in _BARE.finditer(text) if _NAMED_RE.search(text) else ():
        per = _PER.match(text, m.end())
        if per is None or not _free(out, m.start(), per.end()):
            continue
        if per["cur"] == "pound" and per["by"].lower() in ("a", "per"):
            continue  # "beef costs 500 a pound": a price by weight, not a rate against sterling (review)
        lo, _hi = sentence_around(text, m.start(), 200)
        named = [n for n in _NAMED_RE.finditer(text, lo, m.start())]
        number = parse_number(m["n"])
        against = _PER_CURRENCY[per["cur"].lower()]
        if named and number is not None and _named(named[-1]["w"]) != against:
            added.append((m.start(), per.end(), {"value": to_number(number), "unit": f"{_named(named[-1]['w'])}/{against}",
                                                  "scale": ""}))
    return sorted(out + added, key=lambda f: f[0]) if added or out != found else found
