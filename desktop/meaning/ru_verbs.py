"""Russian past verbs written right after a number, which no count takes for its noun (no I/O, no Qt; never raises).

The count rules of :mod:`desktop.meaning.numbers_ru` take the lower-case word after a number for what it counts when it
agrees with the number as a noun would. The feminine, neuter and reflexive pasts ("продала", "выросло", "снизился") and
the infinitives were read as verbs already; the masculine past was not: it ends in "-л" or, for a few stems, in a
consonant ("вырос"), the zero ending a genitive plural has after five or more ("5 солдат"), so "Индекс 250 вырос",
"Boeing 737 совершил посадку", "Рейс 1234 прибыл" counted 250 "вырос", 737 "совершил", 1234 "прибыл".

A masculine past agrees only with a singular subject: after a number that counts in the plural (any but one ending in
1: "21 генерал", "31 канал" are nouns in the singular) it is the verb of the name the number ends, not what is counted.
The genitive plurals of nouns in "-ло", "-ла" that end as such a past does ("5 дел", "10 сёл", "7 правил", "20 стрел",
"40 могил") stay counts, and so does a Kazakh sentence's noun ("5 жыл", "3 арал").

Used by :func:`desktop.meaning.numbers_ru._counted` (through :func:`masculine_past`).
"""

from __future__ import annotations

import re

from desktop.meaning.range_pieces import kazakh_around

__all__ = ["masculine_past"]

# "-ал", "-ял", "-ил", "-ел", "-ёл", "-ул", "-ыл" ("упал", "совершил", "прибыл", "пришёл"), and "-рос" ("вырос", "возрос")
_PAST = re.compile(r"(?:[аяиеёуы]л|рос)$")
# Genitive plurals of nouns in "-ло", "-ла" that end in a vowel and "л": counts
_GENITIVES = frozenset("""
    дел тел сел сёл сил жил вил могил горилл правил светил зеркал начал одеял покрывал опахал скал стрел пчел пчёл акул
    скул кресел чисел весел вёсел масел ремесел ремёсел мерил перил удил кадил рыл крыл жал шкал пиал пил шил мыл кобыл
    седел сёдел русел дупел метел мётел стел коромысел стропил зубил горнил ветрил бахил лекал мочал похвал верзил
    чернил белил дул кал
    """.split())


def masculine_past(text: str, start: int, value: int | float, word: str) -> bool:
    """``word`` after the number ``value`` at ``start`` is a masculine past verb, not the counted noun ("Индекс 250
    |вырос", "Boeing 737 |совершил"): it ends as one, is no genitive plural of the same ending, the number is not one
    ending in 1 and the sentence is not Kazakh."""
    word = word.lower()
    if isinstance(value, int) and value % 10 == 1 and value % 100 != 11:
        return False
    return _PAST.search(word) is not None and word not in _GENITIVES and not kazakh_around(text, start)
