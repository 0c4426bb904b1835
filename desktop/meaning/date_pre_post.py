"""Years joined to "pre-"/"post-" and years after "pre-war"/"post-war": "post-2015" is the period after 2015, from 2016
(GUM gives it ``notBefore="2016"``) to the publication year, as "since 2016" reads; "the pre-war 1938 budget" and "in
post-war 1946" are the year written, which "pre-war" had hidden (a bare year after an adjective is read only with a
date word before it).  "pre-1914" is left: its interval has no first day, which our closed ``start``/``end`` cannot say.
Used by :mod:`desktop.meaning.date_patterns`; nothing here does I/O."""

from __future__ import annotations

import re

from desktop.meaning.date_base import NOT_QUANTITY, Cand, span, year_re
from desktop.meaning.date_counted import COUNTED_WITHOUT_S, counted_noun, word_after

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from desktop.meaning.date_base import Ctx

POST_YEAR_HEADS = "post"
# "post-2015", "post‑2008" (not "post 2015", a mail or a message number, nor "post-2015/16", nor the decade of
# "post-1990s", nor "post-2015km")
POST_YEAR_RX = rf"post[-‐‑]{year_re('y1')}(?![/–-]\d)(?![^\W_])"


def h_post_year(m: re.Match[str], ctx: Ctx) -> tuple[dict[str, Any], bool] | None:
    """"post-2015": from the next year to the publication year (that year alone when the text is not later); not
    before a counted noun ("the post-1000 troops era": a count)."""
    word = (word_after(m.string, m.end()) or "").lower()
    if counted_noun(word):
        return None
    first = int(m["y1"]) + 1
    last = ctx.reference.year if ctx.reference is not None and ctx.reference.year > first else first
    attrs = span("year", (first,), (last,))
    return (attrs, False) if attrs else None


# "pre-war 1938", "post-war 1946", "interwar 1925", "wartime 1943" before a year that no date covers yet
# (not before a unit: "the pre-war 1900 km network", "its pre-war 2000 MW capacity" are measures)
_WAR_YEAR = re.compile(rf"(?<![^\W_])(?:pre|post|inter)[-‐‑]?war[ \u00a0]+{year_re('y1')}(?![\d.,]\d){NOT_QUANTITY}"
                       r"(?![ \u00a0]*(?-i:[kMGT]?W|[kMGT]Wh|[kMG]?V|HP|hp|bhp|mm|cm|sq)(?![^\W_]))", re.IGNORECASE)
_NO_PLURALS = {"was", "has", "does", "as", "its", "this", "thus", "always", "perhaps"}  # "post-war 1947 was hard"
# plurals that a year names, not counts: "the pre-war 1938 elections", "pre-war 1938 prices", "post-war 1950 levels"
_YEAR_PLURALS = {"elections", "olympics", "games", "championships", "prices", "levels", "borders", "frontiers", "talks",
                 "negotiations", "floods", "riots"}


def _counted(word: str) -> bool:
    """A noun of things counted after the number: a plural in -s ("tanks"; not "was", "census", "crisis", "elections") or one of
    :data:`~desktop.meaning.date_counted.COUNTED_WITHOUT_S`; a word in lower case only ("the pre-war 1938 Games")."""
    plural = (word.endswith("s") and not word.endswith(("ss", "us", "is")) and word not in _NO_PLURALS
              and word not in _YEAR_PLURALS)
    return word.islower() and (plural or word in COUNTED_WITHOUT_S)


def war_years(text: str, chosen: list[Cand]) -> list[Cand]:
    """``chosen`` with the years 1850-2099 after "pre-war"/"post-war"/"interwar" that no date covers, unless a counted
    noun follows ("the pre-war 1938 budget": 1938; "its pre-war 1500 tanks", "1900 aircraft": a count, none)."""
    if "war" not in text and "WAR" not in text:
        return chosen
    extra: list[Cand] = []
    for m in _WAR_YEAR.finditer(text):
        after = word_after(text, m.end())
        counted = after is not None and _counted(after)
        if counted or not 1850 <= int(m["y1"]) <= 2099 or any(c.start < m.end() and m.start("y1") < c.end for c in chosen):
            continue
        attrs = span("year", (int(m["y1"]),))
        if attrs is not None:
            extra.append(Cand(m.start("y1"), m.end("y1"), attrs))
    return sorted(chosen + extra, key=lambda c: c.start) if extra else chosen
