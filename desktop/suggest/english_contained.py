"""Places in an English list that its container closes (no I/O, no Qt): "based out of Tan Son Nhut, Da Nang and Bien Hoa
in Vietnam". The small English model finds the known member of such a list and misses the rare ones beside it; a list
after a preposition of place, closed by "in" and a known state or place, with a place found in it and no other kind,
names places. A list of surnames beside a place that is also a surname ("Washington, Adams and Jefferson") is not read
without all of that: the preposition ("portraits of …" is none), the container, and three members or more."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from desktop.suggest import english_names, gazetteer
from desktop.suggest.english_lists import LowerWords, list_items
from desktop.suggest.spans import Taken
from desktop.suggest.suggestion import Suggestion, actor

__all__ = ["contained_places"]

_SPACE = r"[ \u00a0]+"
# A preposition of place right before the list ("based out of", "in", "near", "between")
_PLACE_BEFORE = re.compile(rf"(?<![\w’'-])(?:in|at|near|from|to|between|across|around|through|out{_SPACE}of|throughout)[ \u00a0]+$")
# "in Vietnam", "in the Netherlands" right after the list's last member
_IN_CONTAINER = re.compile(rf"{_SPACE}in{_SPACE}(?:the{_SPACE})?([A-Z][\w’'-]*(?:{_SPACE}[A-Z][\w’'-]*){{0,2}})(?![\w’'-])")
_PLACES = ("place", "state")
_REACH = 60  # how far before a found place the list may open (characters)


def contained_places(text: str, kept: list[Suggestion], taken: Taken, language_at: Callable[[str, int], bool]) -> list[Suggestion]:
    """``kept`` and each free member of a list of three or more (see the module) whose found members are all places,
    one at least, a place; a free member's words are no common word, nationality or word the text writes in lower
    case."""
    found = sorted((s for s in kept if s.attributes.get("type")), key=lambda s: s.start)
    starts = [s.start for s in found]
    known = gazetteer.types_by_form()
    lower = LowerWords(text)
    out = list(kept)
    done = -1
    for place in [s for s in found if s.attributes.get("type") in _PLACES]:
        if place.start < done:
            continue
        opening = _opening(text, place.start)
        if opening is None:
            continue
        items = list_items(text, opening)
        done = items[-1][1] if items else place.end
        container = _IN_CONTAINER.match(text, done) if len(items) >= 3 else None
        hit = known.get(container.group(1).casefold()) if container is not None else None
        if hit is None or hit[1] not in _PLACES or not language_at(text, opening):
            continue
        members = [[s for s in found[bisect_left(starts, a - 100) : bisect_left(starts, b)] if s.start < b and a < s.end]
                   for a, b in items]
        if any(s.attributes.get("type") not in _PLACES for m in members for s in m):
            continue  # a person or a body among them: no list of places
        for (a, b), member in zip(items, members):
            words = text[a:b].split()
            if member or taken.overlaps(a, b) or any(english_names.not_a_name_word(w) or w.lower() in lower
                                                     or gazetteer.is_demonym(w) for w in words):
                continue
            out.append(actor(a, b, text, {"name": " ".join(words), "type": "place"}, 0.5))
            taken.add(a, b)
    return out


def _opening(text: str, start: int) -> int | None:
    """Where the list holding the name at ``start`` opens: after a preposition of place (:data:`_PLACE_BEFORE`) before
    the name or before a free name or two right before it, within :data:`_REACH` characters; None when none does."""
    lo = max(0, start - _REACH)
    for m in re.finditer(r"(?<![\w’'.-])[A-Z]", text[lo:start]):
        at = lo + m.start()
        if _PLACE_BEFORE.search(text, max(0, at - 20), at) and any(a <= start < b for a, b in list_items(text, at)):
            return at
    return start if _PLACE_BEFORE.search(text, max(0, start - 20), start) else None
