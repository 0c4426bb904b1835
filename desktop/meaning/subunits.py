"""Subunits of money in their currency, one rule for all of them (moved from :mod:`desktop.meaning.measures` and
folded into one in the twenty-fifth round):

* cents (of the dollar, of the euro where the sentence names euros): "95 cents", "73¢", "fifty-one cents" → 0.95, 0.73,
  0.51 USD; pence: "250p", "12.5p", "50 pence" → 2.5, 0.125, 0.5 GBP; kuruş: "10 kuruş" → 0.1 TRY; kopecks: "50 копеек"
  → 0.5 RUB; Kazakh tiyn: "50 тиын" → 0.5 KZT;
* a range of any of them keeps its low end in the subunit: "5-10 cents", "between 5 and 10 pence", "5 to 10p", "5-10
  копеек", "от 5 до 10 копеек", "50-75 kuruş", "50 ile 75 kuruş" → 0.05–0.1 of the currency;
* :func:`with_subunits` joins the whole amount right before ("3 dollars 50 cents", "three dollars and fifty cents", "40
  lira 50 kuruş", "10 рублей 50 копеек" → 3.5 USD, 40.5 TRY, 10.5 RUB) and drops a bare number read inside one.

Not a video's "1080p" or "50p" (a resolution's or a frame rate's number, unless the text around speaks of money), not "50
Cent" nor "10 per cent". No I/O; never raises on a ``str``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

from desktop.meaning.number_words import WORD_VALUES
from desktop.meaning.numbers import parse_number, sentence_around, to_number
from desktop.meaning.span_overlap import overlap_test

__all__ = ["find_pence", "with_subunits"]

Found = tuple[int, int, dict[str, int | float | str]]
Figure = tuple[int, int, dict]

# English number words up to 99 ("fifty-one", "fifty one", "five"): cents and pence are also written in words
_TENS = sorted((w for w, v in WORD_VALUES.items() if v >= 20 and v % 10 == 0), key=len, reverse=True)
_SMALL = sorted(WORD_VALUES, key=len, reverse=True)
_EN_WORDS = rf"(?i:(?:{'|'.join(_TENS)})[ \u00a0-](?:{'|'.join(w for w in _SMALL if WORD_VALUES[w] < 10)})|{'|'.join(_SMALL)})"
_DIGITS = r"\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{3})+(?=[ \u00a0]+(?i:kuruş|копе|тиын))|\d{1,6}(?:\.\d{1,2})?"
_NUMBER = rf"(?P<num>{_DIGITS}|(?<![\w-]){_EN_WORDS}(?=[ \u00a0]+(?:cents?|pence|penny)\b))"

# Each subunit and its currency; the cents' currency is the euro where the sentence names it.
_SUBUNIT = (
    r"(?:(?P<cents>[ \u00a0]+cents?|[ \u00a0]?¢)"  # (lower case: not "50 Cent")
    r"|(?P<pence>p(?!\.m\b)|[ \u00a0]+(?:pence|penny))"  # (not "3p.m.")
    r"|[ \u00a0]+(?P<kurus>(?i:kuruş)(?:luk|a|u|un|tan|ta|la)?)"
    r"|[ \u00a0]+(?P<kopeck>(?i:копе(?:йка|йки|ек|йку|йкой|йкам|йками|йках)))"
    r"|[ \u00a0]+(?P<tiyn>(?i:тиын)(?:ға|нан|ды|ның|да|мен)?))"
)
_SUBUNIT_RE = re.compile(r"(?<![\w.,£$€/])(?:(?<=\d[-–])|(?<![-–]))" + _NUMBER + _SUBUNIT + r"(?![\w'’-])")
_CURRENCY = {"cents": "USD", "pence": "GBP", "kurus": "TRY", "kopeck": "RUB", "tiyn": "KZT"}
_EURO_NEAR = re.compile(r"€|(?<![\w-])(?i:euros?|eurozone|euro)(?![\w-])")

# The low end of a range of a subunit, written bare before it ("between 5 and 10 cents", "5 to 10 pence", "5-10 копеек",
# "от 5 до 10 копеек", "50 ile 75 kuruş" read 0.1 to 5 USD or only the high end; review of the twenty-fourth round for cents,
# every subunit since the twenty-fifth)
_LOW = re.compile(
    rf"(?<![\w.,£$€/-])(?P<num>{_DIGITS}|(?<![\w-]){_EN_WORDS})"
    r"(?:[ \u00a0]+(?:(?P<and>(?i:and|и|ve))|(?i:to|до|ile|ila|-))[ \u00a0]+|[ \u00a0]?[-–—][ \u00a0]?)$")
# "and" joins a range only after "between" ("между") or before "arasında": "rose 3 and 10 cents" are two amounts (review)
_BETWEEN_BEFORE = re.compile(r"(?<![\w-])(?i:between|между)[ \u00a0]+$")
_BETWEEN_AFTER = re.compile(r"[ \u00a0]+(?i:aras)")

# "1080p", "50p" are a video's lines and frame rate where words of video are near (not "TV licence
# rises by 50p"); a number of lines is pence only with money before it in its clause ("priced at 720p",
# "The price was 240p").
_RESOLUTIONS = {"144", "240", "360", "480", "576", "720", "1080", "1440", "2160", "4320"}
_FRAME_RATES = {"24", "25", "30", "48", "50", "60", "100", "120"}
_VIDEO_NEAR = re.compile(r"(?<![\w-])(?:video\w*|resolution|hd|uhd|[48]k|fps|frame[ \u00a0]+rates?|footage|cameras?|hdr"
                         r"|progressive|interlaced)(?![\w-])", re.IGNORECASE)
_MONEY_BEFORE = re.compile(r"(?<![\w-])(?:costs?|costing|priced|prices?|shares?|pay|paid|sells?|sold|charges?|fares?"
                           r"|pence|penny)(?:[ \u00a0]+[\w'’]+){0,4}[ \u00a0]+$", re.IGNORECASE)  # (within four words)


def _value(raw: str, kurus_or_kopeck: bool) -> Decimal | None:
    """A subunit's number: digits ("1,200", "12.5"; dotted thousands before kuruş and kopecks) or English words."""
    if raw[0].isdigit():
        return parse_number(raw, continental=kurus_or_kopeck)
    words = re.split(r"[ \u00a0-]", raw.lower())
    if not all(w in WORD_VALUES for w in words):
        return None
    return Decimal(sum(WORD_VALUES[w] for w in words))


def _video(m: re.Match[str], text: str) -> bool:
    """A glued "p" that is a video's lines or frames ("1080p video", "in 4K at 50p"), not pence."""
    if not m["pence"] or not m["pence"].startswith("p") or not m["num"][0].isdigit():
        return False
    if m["num"] in _RESOLUTIONS | _FRAME_RATES and _VIDEO_NEAR.search(text, max(0, m.start() - 80), m.end() + 80):
        return True
    return m["num"] in _RESOLUTIONS and not _MONEY_BEFORE.search(text, max(0, m.start() - 60), m.start())


def find_pence(text: str) -> Iterable[Found]:
    """Subunits as their currency: "250p" → 2.5 GBP, "1,200p" → 12 GBP, "50 pence" → 0.5 GBP, "10 kuruş" → 0.1 TRY,
    "50 копеек" → 0.5 RUB, "95 cents" → 0.95 USD (EUR where the sentence names euros), "fifty-one cents" → 0.51 USD;
    a range keeps its low end in the subunit ("5-10 cents" → 0.05–0.1 USD)."""
    for m in _SUBUNIT_RE.finditer(text):
        kind = next(k for k in _CURRENCY if m[k])
        if _video(m, text):
            continue
        currency = _CURRENCY[kind]
        if kind == "cents":
            lo, hi = sentence_around(text, m.start(), 200)
            currency = "EUR" if _EURO_NEAR.search(text, lo, hi) else currency
        continental = kind in ("kurus", "kopeck", "tiyn")
        number = _value(m["num"], continental)
        if number is None:
            continue
        low = _LOW.search(text, max(0, m.start() - 24), m.start())
        if low is not None and low["and"] and not (_BETWEEN_BEFORE.search(text, max(0, low.start() - 12), low.start())
                                                   or _BETWEEN_AFTER.match(text, m.end())):
            low = None
        low_end = _value(low["num"], continental) if low is not None else None
        if low is not None and low_end is not None and low_end < number:
            yield low.start(), m.end(), {"value": to_number(low_end / Decimal(100)), "upper": to_number(number / Decimal(100)),
                                         "unit": currency, "scale": ""}
        else:
            yield m.start(), m.end(), {"value": to_number(number / Decimal(100)), "unit": currency, "scale": ""}


# Between a whole amount and its subunit: a space, or "and" ("three dollars and fifty cents")
_JOIN = re.compile(r"[ \u00a0]+(?:(?i:and|и|ve)[ \u00a0]+)?")


def with_subunits(text: str, out: list[Figure], urls: list[tuple[int, int]]) -> list[Figure]:
    """``out`` with pence in pounds ("250p" → 2.5 GBP, "10 kuruş" → 0.1 TRY); a bare number read
    inside one goes, and the currency's figure right before joins it ("40 lira 50 kuruş" → 40.5
    TRY, "10 рублей 50 копеек" → 10.5 RUB, "3 dollars and 50 cents" → 3.5 USD)."""
    in_url = overlap_test(urls)
    pence = [p for p in find_pence(text) if not in_url(p[0], p[1])]
    if not pence:
        return out
    in_pence = overlap_test([(b, e) for b, e, _a in pence])
    kept = [f for f in out if not in_pence(f[0], f[1]) or f[2].get("unit")]
    in_kept = overlap_test([(f[0], f[1]) for f in kept])  # (a pence joined to the figure before ends where it did)
    by_end = {f[1]: i for i, f in enumerate(kept)}
    ends = sorted(by_end)
    for p_start, p_end, p in pence:
        whole = None
        if "upper" not in p:  # (a range of a subunit joins nothing: "$3 5-10 cents" is not written)
            join = next((e for e in reversed(ends) if e < p_start and p_start - e <= 6), None)
            gap = _JOIN.fullmatch(text, join, p_start) if join is not None else None
            whole = kept[by_end[join]] if gap is not None and join is not None else None
        if whole is not None and whole[2].get("unit") == p["unit"] and not whole[2].get("scale") and "upper" not in whole[2]:
            i = kept.index(whole)
            value = Decimal(str(whole[2]["value"])) + Decimal(str(p["value"]))
            kept[i] = (whole[0], p_end, {**whole[2], "value": to_number(value)})
        elif not in_kept(p_start, p_end):
            kept.append((p_start, p_end, p))
    return sorted(kept, key=lambda f: f[0])
