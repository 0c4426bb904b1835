"""A country or a known city written in lower case after a preposition of place (no I/O, no Qt): mails, forums and
posts write "i am from mexico ?", "great places to dine in houston ....", "a delay birth certificate in canada ?",
"girls from san francisco i am from". The model reads no lower-case name; the labelled web sets mark them. The
words must be the gazetteer's English name of a state or a place (not one of its Turkish or Russian forms: "almanya"),
in lower case letters only, after "in", "from", "to", "into", "near", "across", "around", "throughout" or a form of
"visit", and followed by a stop, a line's end or a function word ("in london now", not "the london fog", "in china
shops"). One word alone names a state of four letters or more ("peru") or a place of five or more ("houston"; "male",
"pest", "van" are words first); states and places named like common words or given names are left ("turkey",
"china", "jordan", "georgia", "jersey", "chad", "santos", "queens", "cayenne", "riverside", "carrefour"), and so are two
names that are phrases first ("returned to port said he", "expand into new territories and markets")."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from desktop.suggest import gazetteer, given_names, names
from desktop.suggest.guesses import function_word
from desktop.suggest.spans import Taken
from desktop.suggest.suggestion import Suggestion, actor

__all__ = ["lower_case_places"]

# The preposition or verb, then one to three lower-case words (the longest known one is taken), read from each
# preposition ("to dine in houston": "dine in houston" is no place, "houston" is)
_PREPOSITION = re.compile(r"(?<![\w’'-])(?:[Ii]n|[Ff]rom|[Tt]o|[Ii]nto|[Nn]ear|[Aa]cross|[Aa]round|[Tt]hroughout"
                          r"|[Vv]isit(?:ing|ed|s)?)[ \u00a0]+(?=[a-z])")
_WORDS = re.compile(r"[a-z]+(?:[ \u00a0][a-z]+){0,2}(?![\w’'@-]|\.\w)")
_NEXT_WORD = re.compile(r"[ \u00a0]+([a-z’']+)(?![\w-])")
# States and places whose English name is also a common word or phrase, a spice, a wood, a language, a people, a firm or
# a surname, and two names that are phrases first ("returned to port said he", "into new territories and markets"); the
# common given names are left by :data:`given_names.COMMON_GIVEN_NAMES`
_WORDS_FIRST = frozenset("""turkey china jordan georgia guinea jersey niger chile panama morocco chad batman bimbo
    douglas erode kennedy latina libertad natal palma queens samba santos serra stanley warder woodlands meads bello
    plano virginia montana salvador nassau lima cali toyota tarsus somali kikuyu rosetta vaughan sofia santiago brent
    essen cayenne riverside carrefour sapele""".split()) | {"port said", "new territories"}


@lru_cache(maxsize=1)
def _names() -> dict[str, tuple[str, str]]:
    """Each lower-case English name of a state or a place the gazetteer knows → (its name, type)."""
    out = {}
    for form, (name, kind) in gazetteer.types_by_form().items():
        if (kind not in ("state", "place") or name.casefold() != form or not re.fullmatch(r"[a-z]+(?: [a-z]+){0,2}", form)
                or form.startswith("the ") or form in _WORDS_FIRST):  # "from the valley": The Valley, Anguilla's capital
            continue
        if " " not in form and (len(form) < (4 if kind == "state" else 5) or form.capitalize() in given_names.COMMON_GIVEN_NAMES):
            continue
        out[form] = (name, kind)
    return out


def lower_case_places(text: str, kept: list[Suggestion], taken: Taken, language_at: Callable[[str, int], bool]) -> list[Suggestion]:
    """``kept`` and each state or place written in lower case after a preposition of place (see the module) that no
    suggestion holds, in an English line ``language_at`` accepts that is no headline; each is then ``taken``."""
    known = _names()
    out = list(kept)
    for p in _PREPOSITION.finditer(text):
        m = _WORDS.match(text, p.end())
        if m is None:
            continue
        words = m.group().split()
        for n in range(len(words), 0, -1):
            form = " ".join(words[:n])
            if form in known:
                break
        else:
            continue
        start = m.start()
        end = start + _span_length(m.group(), n)
        after = _NEXT_WORD.match(text, end)
        if after is not None and not function_word(after.group(1)):
            continue  # "in london fog", "to canada geese"
        if taken.overlaps(start, end) or not language_at(text, start) or names.title_line(text, start):
            continue
        name, kind = known[form]
        out.append(actor(start, end, text, {"name": name, "type": kind}, 0.5))
        taken.add(start, end)
    return out


def _span_length(words: str, n: int) -> int:
    """The length of the first ``n`` words of ``words`` with the spaces between them as written."""
    found = list(re.finditer(r"\S+", words))
    return found[n - 1].end()
