"""The plural nouns that make a number before them a count, not a year, in the date rules: "The 1999 or 2000 copies
sold" (no choice of two years, :mod:`~desktop.meaning.date_year_choice`), "between 2000 and 2100 people" (a count's
range, :func:`~desktop.meaning.date_bare_year.h_year`), "post-1000 troops" (no period after a year,
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
    граждан партизан раненых погибших пострадавших машин единиц штук
""".split())
_WORD_AFTER = re.compile(r"[ \u00a0]+([^\W\d_]+)(?![^\W_]|['’])")  # not a possessive: "workers' rights"


def word_after(text: str, end: int) -> str | None:
    """The word after the number ending at ``end``, as written; None for none or a possessive ("workers'")."""
    m = _WORD_AFTER.match(text, end)
    return m.group(1) if m is not None else None


def counted_noun(word: str) -> bool:
    """Whether ``word``, as given, is a counted noun: English with or without an -s (:data:`COUNTED_PLURALS`,
    :data:`COUNTED_WITHOUT_S`) or a Russian genitive plural (:data:`COUNTED_RU`)."""
    return word in COUNTED_PLURALS or word in COUNTED_WITHOUT_S or word in COUNTED_RU


# Of COUNTED_RU, the nouns whose genitive plural is no other form: not an animate accusative ("После 1991 беженцев стали
# принимать", "they began to take refugees in") nor a nominative singular ("После 1945 солдат вернулся": one soldier)
_RU_ONLY_GENITIVE = frozenset("голосов экземпляров копий подписей билетов".split())
# ... and those that are the nominative singular too: "1991 солдат" is a count ("21 солдат")
_RU_SINGULAR_TOO = frozenset("солдат человек".split())
# After the noun, what makes its genitive plural no count: a negated verb ("До 1917 рабочих не пускали": the object of
# "not let in"), a word of quantity ("С 1990 голосов стало меньше": fewer votes since 1990), a verb in the past
# singular ("После 1945 солдат вернулся домой": one soldier, whose subject a count of 1945 cannot be)
_RU_NO_COUNT_AFTER = re.compile(
    r"[ \u00a0]+(?:не|ни|нет|стало|становилось|станет|было|будет|больше|меньше|много|мало|прибавилось|убавилось"
    r"|поубавилось|[^\W\d_]+(?:лс[яь]|л|ла|лась))(?![^\W_])",
    re.IGNORECASE,
)


def counted_in_russian(text: str, start: int, end: int, up_to: bool) -> bool | None:
    """Whether the number at ``text[start:end]``, before a Russian counted noun (:data:`COUNTED_RU`, in lower case),
    counts it: ``None`` when no such noun follows or its case leaves the question to the clause (an animate noun after
    a cue other than "до", ``up_to`` False: "После 2000 военных отправили в отставку" is "after 2000, the military
    were retired"), ``False`` when the number does not govern that form ("1991 беженцев", "1992 солдат": a year) or
    the words after the noun make it an object or a quantity (:data:`_RU_NO_COUNT_AFTER`), ``True`` otherwise ("До
    1500 солдат погибли", "После 1200 голосов подсчёт остановили")."""
    noun = word_after(text, end)
    if noun not in COUNTED_RU or not text[start:end].isdigit():
        return None
    n = int(text[start:end])
    one, few = n % 10 == 1 and n % 100 != 11, 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14
    adjective = noun.endswith(("ых", "их"))  # "рабочих", "военных": "1992 военных" as "два военных"
    if one and noun not in _RU_SINGULAR_TOO or few and not adjective:
        return False
    if _RU_NO_COUNT_AFTER.match(text, end + text[end:].index(noun) + len(noun)):
        return False
    return True if up_to or noun in _RU_ONLY_GENITIVE else None


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


# "into" before a year that ends its phrase: "The dig continued into 2021.", "well into 1945, when …", "into 2022 and
# beyond"; not before a word it may count or qualify ("cut into 2000 pieces", "converted into 1200 flats", "into 2021
# bonds"): a lower-case word after it other than a conjunction or preposition
_INTO_BEFORE = re.compile(r"(?<![^\W_])into[ \u00a0]+$", re.IGNORECASE)
_LINKS = r"and|or|but|as|when|while|with|amid|despite|because|before|after|until|for|in|on|at|to|of|by"
_PHRASE_ENDS = re.compile(rf"[ \u00a0]*(?:[,.;:!?)\]—–]|$)|[ \u00a0]+(?:{_LINKS})(?![^\W_])")
# A lower-case word after a date that the date qualifies ("before the end of June deadline set by …", "from 2015 up to
# 2019 highs"): not a conjunction, preposition, determiner, pronoun, auxiliary or adverb, which go on the sentence
# ("until the end of June only", "up to 2019 when …", "by the end of June the plant …")
_QUALIFIED_NOUN = re.compile(
    rf"[ \u00a0]+(?!(?:{_LINKS}|the|a|an|this|that|these|those|its|his|her|their|our|it|he|she|they|we|only|inclusive"
    r"|latest|earliest|next|last|unless|if|so|then|is|was|were|are|be|will|would|could|should|can|may|might|must"
    r"|had|has|have|did|do|does|not|from|into|through|under|over|during|since|than|plus|each|every)(?![^\W_]))"
    r"[a-z]+(?<!ly)(?![^\W_])")


def qualifies_a_noun(text: str, end: int) -> bool:
    """Whether the date ending at ``end`` stands before a lower-case word it qualifies (see ``_QUALIFIED_NOUN``)."""
    return _QUALIFIED_NOUN.match(text, end) is not None


def year_into(text: str, start: int, end: int) -> bool:
    """Whether the bare year at ``text[start:end]`` follows "into" and ends its phrase (see above)."""
    return _INTO_BEFORE.search(text, max(0, start - 6), start) is not None and _PHRASE_ENDS.match(text, end) is not None
