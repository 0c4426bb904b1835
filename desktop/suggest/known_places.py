"""Whether a word or a span names a known place, state or organisation: the gazetteer's forms and the
companies of :data:`desktop.suggest.organisations.COMPANIES`. Shared by detection's actor rules
(:mod:`desktop.suggest.detect`, :mod:`desktop.suggest.titled_people`) and passed to the rule modules
that take such a test as an argument."""

from __future__ import annotations

from desktop.suggest import gazetteer, organisations
from desktop.suggest.matcher import gazetteer_matcher as _gazetteer

__all__ = ["is_known_place", "known_form"]


def known_form(word: str) -> bool:
    """The gazetteer names a state or an organisation by ``word`` ("USA", "NATO"), in any case (not a town, whose
    name may be a surname too: "WASHINGTON"), or ``word`` is a company of :data:`organisations.COMPANIES` ("Chevron")."""
    found = gazetteer.types_by_form().get(word.casefold())
    return (found is not None and found[1] in ("state", "organisation")) or word in organisations.COMPANIES


def is_known_place(text: str, start: int, end: int) -> bool:
    hit = _gazetteer().match_at(text, start)
    return hit is not None and (hit[0] >= end or text[hit[0]] in "'’")
