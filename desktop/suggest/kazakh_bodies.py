"""Kazakhstan's Parliament, its two chambers and its Government named in Kazakh (no I/O, no Qt).

Kazakh writes the state's bodies with a capital and their case endings glued on, with no apostrophe
("Мәжілісте", "Парламенттің", "Үкіметпен", "Сенатқа"): :func:`bodies` finds them as organisations in
Kazakh text (a Kazakh letter near the word; "Парламент" and "Сенат" are Russian words too). Before
the noun of its head ("Үкімет басшысы", the Prime Minister; "Мәжіліс төрағасы", its chairman) the
body is part of a title, not a mention of its own: :func:`head_after` says so, and the recognisers'
guess of the body there is dropped. Not "Парламентаралық" (inter-parliamentary): only real case
endings follow the stem.
"""

from __future__ import annotations

import re

from desktop.suggest import names
from desktop.suggest.matcher import KAZAKH_ENDING

__all__ = ["bodies", "head_after", "is_body", "nominative", "titled"]

_BODY = re.compile(r"(?<![\w-])(?P<stem>Мәжіліс|Сенат|Парламент|Үкімет)(?P<ending>[а-яәғқңөұүһі]{0,6})(?![\w-])")
# the possessive after a state's name ("Қазақстан Үкіметі"), then a case ending or none
_POSSESSIVE = "іы"
# A letter of Kazakh that neither Russian nor Ukrainian has ("і" is Ukrainian too: "Парламенте Молдавии" beside a
# Ukrainian name is Russian text).
_KAZAKH_ONLY = re.compile("[әғқңөұүһӘҒҚҢӨҰҮҺ]")
_HEAD = re.compile(r"[ \u00a0]+(?:[Бб]асшы|[Тт]өраға|[Тт]өрайым|[Сс]пикер)")  # "Мәжіліс Төрағасы" too


def _ending(word_end: str) -> bool:
    rest = word_end[1:] if word_end[:1] and word_end[0] in _POSSESSIVE else word_end
    return not rest or KAZAKH_ENDING.fullmatch(rest) is not None


def head_after(text: str, end: int) -> bool:
    """The noun of a body's head right after ``text[:end]`` ("… басшысы", "… төрағасы")."""
    return _HEAD.match(text, end) is not None


def is_body(word: str) -> bool:
    """``word`` is one of the bodies, with or without a case ending."""
    return nominative(word) is not None


def titled(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a body before the noun of its head ("Үкімет басшысы")."""
    return is_body(text[start:end]) and head_after(text, end)


def nominative(word: str) -> str | None:
    """The body's name without its case ending ("Мәжілісте": Мәжіліс), or None for another word."""
    m = _BODY.fullmatch(word)
    return m.group("stem") if m is not None and _ending(m.group("ending")) else None


# The capitalised word (or two) right before a body in the possessive: its owner ("АҚШ Сенаты", "Парламент Сенаты")
_OWNER = re.compile(r"(?:(\S+)[ \u00a0]+)?([А-ЯЁӘҒҚҢӨҰҮҺІ]\S*)[ \u00a0]+$")


def _another_s(text: str, start: int, ending: str) -> bool:
    """A body in the possessive after a capitalised word that is no name of Kazakhstan: another
    state's or body's ("АҚШ Сенаты", "Парламент Сенаты"), not "Қазақстан Үкіметі", "ҚР Парламенті",
    "Қазақстан Республикасы Парламенті"."""
    owner = _OWNER.search(text, max(0, start - 60), start)
    if owner is None or ending[:1] not in ("і", "ы"):
        return False
    word = owner.group(2)
    if names.opens_sentence(text, owner.start(2)) and not word.isupper() and not is_body(word):
        return False  # "Бүгін Мәжілісі …": today, not an owner; "АҚШ Сенаты", "Парламент Сенаты" opening it are
    return not any(w and (w.startswith("Қазақстан") or w == "ҚР") for w in owner.groups())


def bodies(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each body named in Kazakh text, not before its head's noun."""
    out: list[tuple[int, int]] = []
    if _KAZAKH_ONLY.search(text) is None:
        return out  # no Kazakh text
    for m in _BODY.finditer(text):
        if not _ending(m.group("ending")) or head_after(text, m.end()):
            continue
        if _KAZAKH_ONLY.search(text, max(0, m.start() - 200), m.end() + 200) is None:
            continue  # Russian "Парламент", "Сенат"
        if _another_s(text, m.start(), m.group("ending")):
            continue  # "АҚШ Сенаты": the US Senate
        out.append(m.span())
    return out
