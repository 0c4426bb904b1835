"""A person named again by one word of the full name written in capitals (no I/O, no Qt): "Raphael Sanzio … RAPHAEL
trained", "Jonathan Pemberly … PEMBERLY said". The small English model misses such a word or reads it as an
acronym's organisation."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from desktop.suggest import english_names, english_people, gazetteer, given_names, names
from desktop.suggest.spans import Taken
from desktop.suggest.suggestion import Suggestion, actor

__all__ = ["capitals_mentions", "with_given_name_surnames"]

# How far after the full name a word in capitals is still read as that person (as the given name's reach)
_REACH = 3000
# A name's word: a capital, then three lower-case letters or more, a hyphen and a second such part allowed
_NAME_WORD = re.compile(r"[A-Z][a-z]{2,}(?:-[A-Z][a-z]{2,})?")
# A letter, digit or joiner right beside the word in capitals: part of a longer word or name ("RAPHAEL-STYLE", "@RAPHAEL")
_JOINED = "’'-_@#/&."


def _beside_capitals(text: str, start: int, end: int) -> bool:
    """Another word in capitals right before or after ``text[start:end]``: a heading or a name in capitals of several
    words ("RAPHAEL SANZIO EXHIBITION"), which the capitals rules read whole."""
    before = re.search(r"(?:^|[^A-Za-z])([A-Z]{2,})[ \u00a0]+$", text[max(0, start - 40) : start])
    after = re.match(r"[ \u00a0]+[A-Z]{2,}(?![a-z])", text[end : end + 40])
    return before is not None or after is not None


def _words_of_people(kept: list[Suggestion]) -> dict[str, tuple[int, str] | None]:
    """Each word of a person's name of two or three words that can stand alone (no common word, head word or function
    word), with where the first such person ends and the full name; None for a word two people share."""
    words: dict[str, tuple[int, str] | None] = {}
    for person in sorted((s for s in kept if s.attributes.get("type") == "person"), key=lambda s: s.start):
        name = str(person.attributes.get("name") or "")
        parts = name.split()
        if not 2 <= len(parts) <= 3 or not all(_NAME_WORD.fullmatch(p) for p in parts):
            continue
        for word in parts:
            if word in words and (words[word] is None or words[word][1] != name):  # type: ignore[index]
                words[word] = None  # "John Smith" and "John Brown": "JOHN" alone names neither
            else:
                words.setdefault(word, (person.end, name))
    return words


def capitals_mentions(text: str, kept: list[Suggestion], taken: Taken, language_at: Callable[[str, int], bool],
                      known_place: Callable[[str], bool]) -> list[Suggestion]:
    """``kept`` with each later mention of a person by one word of the full name written in capitals ("Raphael Sanzio …
    RAPHAEL trained", "Jonathan Pemberly … PEMBERLY said"), within :data:`_REACH` characters after the full name of two
    or three words, with that name, in a line ``language_at`` accepts: a suggestion of just that word becomes the
    person (a model's organisation "PEMBERLY"), a free word is added. Not a word two people of the document share, a
    common word, a body's head word, a function word, a nationality or a place ``known_place`` knows, a word the text
    also writes in lower case ("BILL" beside "the bill"), a word beside another word in capitals (a heading), or where
    ``taken`` holds a longer name."""
    words = _words_of_people(kept)
    lower = set(re.findall(r"[\w’'-]+", text)) if words else set()  # each word whole, found once: not a search per word
    at: dict[tuple[int, int], int] = {(s.start, s.end): i for i, s in enumerate(kept)}
    out = list(kept)
    for word, seen in words.items():
        if (seen is None or english_names.not_a_name_word(word) or english_names.not_a_name_word(word.upper())
                or gazetteer.is_demonym(word) or known_place(word)
                or word.lower() in lower):
            continue  # "BILL" beside "the bill": the common word, shouted
        end_of_full, name = seen
        capitals = word.upper()
        if text.find(capitals, end_of_full, end_of_full + _REACH) < 0:
            continue  # not written in capitals after the name: no pattern compiled and run for it
        for m in re.finditer(rf"(?<![\w{re.escape(_JOINED)}]){re.escape(capitals)}(?![\w{re.escape(_JOINED)}])",
                             text[end_of_full : end_of_full + _REACH]):
            start, end = end_of_full + m.start(), end_of_full + m.end()
            if _beside_capitals(text, start, end) or not language_at(text, start):
                continue
            index = at.get((start, end))
            if index is not None:  # the model's acronym of the surname: the person
                if out[index].attributes.get("type") != "person" and "entity_id" not in out[index].attributes:
                    out[index] = replace(out[index], attributes={**out[index].attributes, "name": name, "type": "person"})
                continue
            if taken.overlaps(start, end):
                continue
            out.append(actor(start, end, text, {"name": name, "type": "person"}, 0.55))
            taken.add(start, end)
    return out


def _given_name(word: str) -> bool:
    return word in given_names.GIVEN_NAMES or word in given_names.COMMON_GIVEN_NAMES


def with_given_name_surnames(text: str, kept: list[Suggestion]) -> list[Suggestion]:
    """``kept`` with each person right before a given name in capitals that the acronym rule read as an organisation
    ("David Lloyd GEORGE fell": a surname that is also a given name, written as bylines and lists write surnames) joined
    to it, the organisation gone; not when the word opens the next person (:func:`english_people.next_person_at`: "Like
    William Shakspere RAPHAEL ( the painter )"), nor a person written in capitals; a person's name that ends in such a
    given name in capitals (the model's whole "David Lloyd GEORGE") takes it in title case (other surnames in capitals
    keep theirs: "Jean-Claude JUNCKER")."""
    bodies = {(s.start, s.end): s for s in kept if s.attributes.get("type") == "organisation" and "entity_id" not in s.attributes
              and s.attributes.get("name") == s.exact}
    joined: dict[int, Suggestion] = {}
    gone: set[tuple[int, int]] = set()
    for i, s in enumerate(kept):
        words = str(s.attributes.get("name") or "").split()
        if (s.attributes.get("type") == "person" and len(words) >= 2 and words[-1].isupper() and len(words[-1]) >= 4
                and not any(w.isupper() for w in words[:-1]) and s.exact.endswith(words[-1])
                and _given_name(words[-1].title()) and not english_people.next_person_at(text, s.end, " ".join(words[:-1]), words[-1].title())):
            joined[i] = replace(s, attributes={**s.attributes, "name": " ".join(words[:-1] + [words[-1].title()])})
            continue  # the model's whole "Herbert Lloyd GEORGE": the surname in title case, as the capitals rule names it
        hit = names.caps_surname(text, s.end) if s.attributes.get("type") == "person" and not s.exact.isupper() else None
        if hit is None or (hit[0] - len(hit[1]), hit[0]) not in bodies or len(hit[1]) < 4:
            continue
        word, name = hit[1], str(s.attributes.get("name") or "")
        if not _given_name(word) or english_people.next_person_at(text, hit[0], name, word):
            continue
        gone.add((hit[0] - len(hit[1]), hit[0]))
        joined[i] = replace(s, end=hit[0], exact=text[s.start : hit[0]], attributes={**s.attributes, "name": f"{name} {word}"})
    return [joined.get(i, s) for i, s in enumerate(kept) if (s.start, s.end) not in gone]
