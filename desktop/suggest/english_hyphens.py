"""A name inside a hyphenated word (no I/O, no Qt): the body or state that backs, runs or holds something ("the
Houthi-controlled port", "the Kremlin-backed slate", "a Labour-run council") and the one a stance is taken for or
against ("an anti-India march", "a pro-Maduro rally" after "Nicolás Maduro"). The small English model reads the
hyphenated word as one token and misses the name in it; the news sets mark the name. Only one capitalised word is read:
the gazetteer's place, state or body takes its type, a word another suggestion names alone or ends with takes that
one's ("Maduro" of "Nicolás Maduro": a person), when it looks like a name (no common word, nationality, word the text
writes in lower case, nor an adjective of a creed or a side: "Shiite-led", "Western-backed") and does not open a
sentence before a participle (its capital says nothing there: "Rebel-held towns fell"). A word named nowhere else is
left: before a participle it is as often a person ("the Trump-appointed judge", "the Netanyahu-led government") or a
people ("Hutu-led", "Black-owned") as a body, and after "anti-" or "pro-" a word of the stance is as often capitalised
("anti-War", "pro-Choice", "anti-Apartheid"). A word the gazetteer does not know is no name before "-based" (products
stand there: "Linux-based"); diseases and events that take the same compounds ("Covid-linked", "pro-Brexit") are no
actors."""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.suggest import gazetteer, names
from desktop.suggest.repeated_names import AGENT_PARTICIPLES
from desktop.suggest.spans import Taken
from desktop.suggest.suggestion import Suggestion, actor
from desktop.suggest.words import LOW, UP

__all__ = ["hyphen_names"]

_WORD = rf"[{UP}][{LOW}]+|[{UP}]{{2,5}}"
# "Houthi-controlled", "Kremlin - backed" (tokenised text spaces the hyphen)
_BEFORE_PARTICIPLE = re.compile(rf"(?<![\w’'.-])({_WORD})[ \u00a0]?-[ \u00a0]?({'|'.join(AGENT_PARTICIPLES)})(?![\w-])")
# "anti-Kremlin", "pro-Maduro", "Pro-Beijing" (a stance's prefix in lower case but for a sentence's opening)
_AFTER_STANCE = re.compile(rf"(?<![\w’'-])(?:[Aa]nti|[Pp]ro)[ \u00a0]?-[ \u00a0]?({_WORD})(?![\w’'-])")
# The endings of the adjectives of a creed, a side or a people ("Semitic", "Communist", "Western", "Liberal", "Zionist")
_ADJECTIVE_END = re.compile(r".*(?:ic|ist|ists|ism|ian|ians|ern|ite|ites|al)")
# Diseases and events named in the same compounds ("anti-Covid measures", "a pro-Brexit campaign", "Ebola-hit towns")
_NO_ACTORS = frozenset("Covid Corona Coronavirus Ebola Zika Brexit Vax".split())


def hyphen_names(text: str, kept: list[Suggestion], taken: Taken, language_at: Callable[[str, int], bool],
                 name_like: Callable[[int, int], bool]) -> list[Suggestion]:
    """``kept`` and each name inside a hyphenated word (see the module) that no suggestion holds, in an English line
    ``language_at`` accepts that is no headline in title case; ``name_like(start, end)`` says whether ``text[start:end]``
    may be a name's word (the frames' test). Each added span is then ``taken``."""
    if "-" not in text:
        return kept
    spans = [(m.start(1), m.end(1), m.group(2)) for m in _BEFORE_PARTICIPLE.finditer(text)]
    spans += [(m.start(1), m.end(1), "") for m in _AFTER_STANCE.finditer(text)]
    if not spans:
        return kept
    known = gazetteer.types_by_form()
    alone: dict[str, str] = {}  # a form another suggestion names alone or ends with → its type
    for s in kept:
        kind = s.attributes.get("type")
        if s.kind == "actor" and isinstance(kind, str):
            alone.setdefault(s.exact, kind)
            if kind == "person" and " " in s.exact:
                alone.setdefault(s.exact.split()[-1], kind)  # "Maduro" of "Nicolás Maduro"
    out = list(kept)
    for start, end, participle in sorted(spans):
        word = text[start:end]
        if taken.overlaps(start, end) or not language_at(text, start) or names.title_line(text, start):
            continue
        hit = known.get(word.casefold())
        if hit is not None and hit[1] in ("place", "state", "organisation"):
            name, kind = hit[0], hit[1]
        elif (hit is not None or word not in alone or participle == "based" or (participle and names.opens_sentence(text, start))
              or word in _NO_ACTORS or _ADJECTIVE_END.fullmatch(word) is not None or not name_like(start, end)):
            continue  # a word named nowhere else: as often a person ("Trump-appointed") or a people ("Hutu-led") as a body
        else:
            name, kind = word, alone[word]
        out.append(actor(start, end, text, {"name": name, "type": kind}, 0.5))
        taken.add(start, end)
    return out
