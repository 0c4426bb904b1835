"""A body or a place named again by its head word after "the" (no I/O, no Qt): "the Taft Commission … the Commission's
authority", "the Norwegian Parliament … replaced in the Parliament by", "Kyoto Imperial Palace … The Palace lost", "the
Persian Gulf … The Gulf itself". The head word written with its capital after "the", past the full name in the same
document, is the name said short, as news and encyclopaedias write it; the small English model reads the common noun.

The nearest full name before the mention gives its name (two bodies may share a head word: "the Philippine Commission …
the Taft Commission … the Commission" is the Taft Commission). Not a head word that names an event, a document, a
contest, a programme or an office (:data:`_NOT_HEADS`: "the Games" after "the Olympic Games", "the Act", "the Cup"), nor
one with another capitalised word or "of" and a name after it ("the Commission President", "the Commission of Inquiry":
another name), nor in a headline in title case. One scan of the text for "the" and a capitalised word; the names found
are looked up in a table."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from desktop.suggest import english_names, given_names, names
from desktop.suggest.spans import Taken
from desktop.suggest.suggestion import Suggestion, actor

__all__ = ["head_mentions"]

# "the Commission", "The Palace", "the Commission's": "the" and a capitalised word, the word no start of a longer name
_THE_HEAD = re.compile(r"(?<![\w’'-])[Tt]he[ \u00a0]+([A-Z][a-z]{2,})(?![\w-]|[’'](?!s(?![\w’'-]))|[ \u00a0]+(?:[A-Z]|of[ \u00a0]+[A-Z]))")
# Head words that name what is no actor (an event, a contest, a document, a programme, a time, a work) or a person's
# office, and head words that another body or a generic noun takes alone as often ("the House" after "the White House"
# is Congress's; "the State", "the City", "the Street", "the Hill", "the Press" after "Islamic State", "Mexico City",
# "Wall Street", "Capitol Hill", "Associated Press")
_NOT_HEADS = frozenset("""Games Olympics Cup Championship Championships Tournament Open Trophy Prize Award Awards Festival
    Show Tour Series Race Rally Marathon Derby Bowl Classic Grand War Wars Battle Revolution Crisis Uprising Election
    Elections Referendum Act Bill Law Treaty Accord Agreement Convention Declaration Charter Constitution Doctrine Plan
    Program Programme Project Initiative Report Review Study Survey Index Summit Conference Forum Congress Day Week Year
    Era Age Period Dynasty Album Film Movie Book Novel Song Opera Play Line President Minister Chairman King Queen Prince
    Princess Pope Emperor Bishop Director Governor Mayor Senator General Secretary House State City Street Hill World
    Press Media Country Nation Nations People Public""".split())
_HEAD = re.compile(r"[A-Z][a-z]{2,}")
_REACH = 3000  # the farthest a mention may stand from the full name or the last mention read (characters)


def head_mentions(text: str, kept: list[Suggestion], taken: Taken, language_at: Callable[[str, int], bool]) -> list[Suggestion]:
    """``kept`` with each "the" and head word (see the module) within :data:`_REACH` characters after a body's or a
    place's full name of two to six words found in ``kept`` that ends with that word, or after the last such mention
    read, with the name and type of the nearest full name before it (the body the text speaks of last: "the Philippine
    Commission … the Taft Commission … the Commission"), in a line ``language_at`` accepts; not where ``taken`` holds a
    name. The head word is a common word or a body's head word (:func:`english_names.not_a_name_word`): a surname is
    none ("the aircraft carrier Theodore Roosevelt … the Roosevelt": a ship), nor is the last word of a name that opens
    with a common given name."""
    fulls: dict[str, list[Suggestion]] = {}  # a head word → its full names' mentions, in order
    for s in sorted(kept, key=lambda s: s.start):
        words = s.exact.split()
        if (s.attributes.get("type") not in ("organisation", "place") or not 2 <= len(words) <= 6
                or words[0] in given_names.COMMON_GIVEN_NAMES):
            continue
        if words[-1] not in _NOT_HEADS and _HEAD.fullmatch(words[-1]) and english_names.not_a_name_word(words[-1]):
            fulls.setdefault(words[-1], []).append(s)
    if not fulls:
        return kept
    ends = {head: [s.end for s in mentions] for head, mentions in fulls.items()}
    last: dict[str, tuple[int, Suggestion]] = {}  # a head word → the end of the last mention read and its full name
    out: list[Suggestion] = []
    for m in _THE_HEAD.finditer(text):
        head = m.group(1)
        if head not in fulls:
            continue
        start, end = m.span(1)
        before = bisect_right(ends[head], start)
        near = (ends[head][before - 1], fulls[head][before - 1]) if before else None
        read = last.get(head)
        if read is not None and (near is None or read[0] > near[0]):
            near = read
        if (near is None or start - near[0] > _REACH or taken.overlaps(start, end) or not language_at(text, start)
                or names.title_line(text, start)):
            continue
        full = near[1]
        out.append(actor(start, end, text, {"name": full.attributes.get("name") or full.exact,
                                            "type": full.attributes.get("type")}, 0.55))
        taken.add(start, end)
        last[head] = (end, full)
    return kept + out
