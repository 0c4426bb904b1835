"""The plural nouns that make a number before them a count, not a year, in the date rules: "The 1999 or 2000 copies
sold" (no choice of two years, :mod:`~desktop.meaning.date_year_choice`), "between 2000 and 2100 people" (a count's
range, :func:`~desktop.meaning.date_absolute.h_year`), "post-1000 troops" (no period after a year,
:mod:`~desktop.meaning.date_pre_post`).  One list for all, so that a noun added for one reads the same in the others;
a possessive ("from 1900 to 2000 workers' rights") names no tally.  ``counts._NOUN_AFTER`` (the figures' nouns) is a wider pattern of any plural, for a different question
(what a figure counts), and stays apart.  Nothing here does I/O."""

from __future__ import annotations

import re

from desktop.meaning.date_base import NOT_QUANTITY

# things and people tallied, in English: "copies", "votes", "troops", "people"
COUNTED_PLURALS = frozenset("""
    copies runs votes units tickets goals points pages words deaths cases jobs items pieces visitors fans signatures hits
    yards miles steps members employees workers soldiers troops people
""".split())
# counted nouns without an -s: "pre-war 1900 aircraft", "1950 men"
COUNTED_WITHOUT_S = frozenset("""
    aircraft cattle sheep livestock infantry cavalry artillery people men women children personnel staff police crew
""".split())
# Russian people and things tallied, in the genitive plural a number above four governs: "до 1500 солдат", "после 1200
# голосов" (a year is "до 1500 года", never before these nouns)
COUNTED_RU = frozenset("""
    солдат человек голосов экземпляров копий рабочих жителей сотрудников военных военнослужащих беженцев студентов детей
    участников подписей билетов зрителей болельщиков туристов пассажиров заключённых заключенных пленных бойцов
""".split())
_WORD_AFTER = re.compile(r"[ \u00a0]+([^\W\d_]+)(?![^\W_]|['’])")  # not a possessive: "workers' rights"


def word_after(text: str, end: int) -> str | None:
    """The word after the number ending at ``end``, as written; None for none or a possessive ("workers'")."""
    m = _WORD_AFTER.match(text, end)
    return m.group(1) if m is not None else None


def counted_noun(word: str) -> bool:
    """Whether ``word``, as given, is a counted noun with or without an -s (:data:`COUNTED_PLURALS`,
    :data:`COUNTED_WITHOUT_S`)."""
    return word in COUNTED_PLURALS or word in COUNTED_WITHOUT_S or word in COUNTED_RU


def counted_in_russian(text: str, end: int) -> bool:
    """Whether a Russian counted noun (:data:`COUNTED_RU`, in lower case) follows the number ending at ``end``: the
    noun's case alone makes it a count ("До 1500 солдат погибли"), with no further evidence in the clause."""
    return word_after(text, end) in COUNTED_RU


def counted_after(text: str, end: int) -> bool:
    """Whether a counted plural (:data:`COUNTED_PLURALS`, any case) follows the number ending at ``end``."""
    word = word_after(text, end)
    return word is not None and word.lower() in COUNTED_PLURALS


_QUANTITY_AFTER = re.compile(NOT_QUANTITY, re.IGNORECASE)


def counted_or_measured_after(text: str, end: int) -> bool:
    """Whether a unit (:data:`~desktop.meaning.date_base.NOT_QUANTITY`) or a counted noun in lower case follows the
    number ending at ``end``: "to march 1200 troops", "to march 1500 miles" (a march, no month range)."""
    word = word_after(text, end)
    return (_QUANTITY_AFTER.match(text, end) is None
            or word is not None and word.islower() and counted_noun(word))
