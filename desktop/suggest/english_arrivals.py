"""A place after a verb of arrival, residence or birth and its preposition (no I/O, no Qt): "the delegation arrived in
Valdrossa on Monday", "in 1770 he settled in Falun, where", "he came to Montgomery at his father's urging", "she was
born in Kettleby and grew up in Ormswick".

Such verbs (born, raised, grew up, settled, lived, resided, died, buried, arrived, emigrated, immigrated, fled,
relocated, came, travelled, flew, stationed, headquartered, deported, exiled, evacuated) with "in", "to", "at", "into"
or "near" name where somebody is; the name after them is a place. Not read: "moved to" and "returned to" (a product,
a body or a common word stands there as often: "moved to Windows", "returned to Parliament", "returned to Base"),
"went to" and "go to" (a school, a church, a menu: "go to Settings"), and a name a lower-case noun or a number
follows (a modifier or a thing: "settled into Edo castle", "came to Chapter 11", "came to Tudor times"); the frame's
weighing (:func:`desktop.suggest.english_frames._framed`) then refuses common words, months, nationalities and words
the text writes in lower case ("born in March"). Capitalised common nouns there ("lived in Denial", "fled to Safety")
are not all refused: the case-ratio lexicon holds only some of them ("came to Life")."""

from __future__ import annotations

import re

from desktop.suggest import common_words, names
from desktop.suggest.words import LOW, UP

__all__ = ["arrival_spans"]

_SPACE = r"[ \u00a0]+"
_VERBS = ("born|raised|grew{s}up|settled|lived|resided|died|buried|arrived|emigrated|immigrated|fled|relocated"
          "|came|travell?ed|flew|stationed|headquartered|deported|exiled|evacuated").format(s=_SPACE)
_WORD = rf"[{UP}](?:[{LOW}]+(?:[-'’][{UP}{LOW}][{LOW}]+)*)"
_PARTICLE = r"(?:de|del|la|le|di|da|du|og|upon|sur)"
_PLACE = rf"{_WORD}(?:(?:{_SPACE}{_PARTICLE})?{_SPACE}{_WORD}){{0,3}}"
_ARRIVAL = re.compile(rf"(?<![\w’'-])(?:{_VERBS}){_SPACE}(?:in|to|at|into|near){_SPACE}({_PLACE})(?![\w’'-]|\.\w)")


def arrival_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each name after a verb of arrival, residence or birth and its preposition (see the module),
    but one word that English writes in lower case (the case-ratio lexicon: "came to Life") and a name in a short
    headline in title case ("Party Came To Power"); the caller drops a name a lower-case noun or a number follows and
    weighs the name's words."""
    lexicon = common_words.lower_case_words()
    return [m.span(1) for m in _ARRIVAL.finditer(text)
            if not (" " not in m.group(1) and m.group(1).lower() in lexicon) and not names.short_title_line(text, m.start(1))]
