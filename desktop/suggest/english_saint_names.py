"""A person's surname that opens with "St." or "St-" after a common given name (no I/O, no Qt): "Carol St. Clair said",
"Marie Ste-Croix". The small English model stops at the abbreviation's full stop ("Carol St"
as if a sentence ended there) or reads nothing. The given name must be a common one and the word after "St" a name's
(no common word, body's head word, nor a word the text writes in lower case: "Anna St. Police said" is no person); a
number, a preposition of place or "the" before the given name makes a street of it ("12 George St. Clair said", "on
Victoria St. Louis", "the Elizabeth St Melbourne office"), and so does a capitalised word before it that opens no sentence
("Upper George St-Pierre"; not "Then"). A person the model cut at "St" is lengthened to the whole name."""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from dataclasses import replace

from desktop.suggest import english_names, given_names, names
from desktop.suggest.spans import Taken
from desktop.suggest.suggestion import Suggestion, actor
from desktop.suggest.words import LOW, UP

__all__ = ["saint_surnames"]

_SAINT_NAME = re.compile(rf"(?<![\w’'.&-])([{UP}][{LOW}]+)[ \u00a0]+(St\.?|Ste\.?|Saint)(?:[ \u00a0]+|-)([{UP}][{LOW}]+)(?![\w’'-])")
# A street's number, a preposition of place, "the" or a capitalised word before the given name: "George St." is a street
_STREET_BEFORE = re.compile(rf"(?:\d[\w-]*|(?<![\w-])(?:on|at|off|along|in|near|down|up|from|to|of|into|via|[Tt]he)"
                            rf"|(?<![\w’'-])(?P<capital>[{UP}][\w’'.-]*))[ \u00a0]+$")


def saint_surnames(text: str, kept: list[Suggestion], taken: Taken, language_at: Callable[[str, int], bool],
                   lower: Container[str]) -> list[Suggestion]:
    """``kept`` with each person whose surname opens with "St." after a common given name (see the module): a person the
    model cut at "St" lengthened over the whole name, or a person where no suggestion holds it, in an English line that
    is no headline in title case; ``lower``: the words the text writes in lower case."""
    if "St" not in text and "Saint" not in text:
        return kept
    out = list(kept)
    for m in _SAINT_NAME.finditer(text):
        given, surname = m.group(1), m.group(3)
        start, end = m.start(), m.end()
        if (given not in given_names.COMMON_GIVEN_NAMES or english_names.not_a_name_word(surname) or surname.lower() in lower
                or _street(text, start) or not language_at(text, start)
                or names.title_line(text, start)):
            continue
        name = " ".join(text[start:end].split())
        cut = [i for i, s in enumerate(out) if s.start == start and s.end in (m.end(2), m.end(2) - 1) and s.attributes.get("type") == "person"
               and "entity_id" not in s.attributes]
        if cut:  # "Carol St" of "Carol St. Clair said"
            s = out[cut[0]]
            out[cut[0]] = replace(s, end=end, exact=text[start:end], attributes={**s.attributes, "name": name})
            taken.add(start, end)
        elif not taken.overlaps(start, end):
            out.append(actor(start, end, text, {"name": name, "type": "person"}, 0.5))
            taken.add(start, end)
    return out


def _street(text: str, start: int) -> bool:
    """The given name at ``start`` opens a street's name: a number, a preposition of place, "the" or a capitalised word
    that is no sentence's opener ("Then", "But") stands before it."""
    before = _STREET_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and (before.group("capital") is None or before.group("capital") not in english_names.OPENERS_BEFORE_A_NAME)
