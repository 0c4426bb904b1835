"""Russian words of what befell people, used as nouns after a number: "12 погибших", "40 раненых", "5 задержанных",
"двое пострадавших", "две тысячи эвакуированных" count people, as English "12 dead and 40 injured" does
(:func:`desktop.meaning.measures.find_tolls`) and as "578 умерли" does (:mod:`desktop.meaning.numbers_ru`).

Only the participles and adjectives of death, harm, illness, arrest, rescue and flight (the English toll's words: killed,
dead, injured, wounded, hurt, missing, arrested, detained, evacuated, hospitalised, rescued, and infected, fell ill,
survived, abducted), in their plural or singular forms; other words used as nouns keep their reading as written
("55 подозреваемых", "10 полицейских" name who they are, as "11,000 visitors" does in English), and a noun after the
participle is what is counted ("12 погибших солдат" counts soldiers: the count rules read the noun first).
No I/O, never raises on a ``str``.
"""

from __future__ import annotations

import re

__all__ = ["befell_people"]

_HARMED = re.compile(
    r"(?:погибш|умерш|пострадавш|пропавш|заболевш|выживш)(?:их|ий|ие|им)"  # (the "-ий" of a noun: "ранений" are wounds)
    r"|(?:убит|ранен|раненн|покалеченн|травмированн|задержанн|арестованн|эвакуированн|госпитализированн|спас[её]нн"
    r"|зараж[её]нн|инфицированн|похищенн)(?:ых|ый|ые|ым)")


def befell_people(noun: str) -> bool:
    """``noun`` (as written after a number) is a participle naming people by what befell them ("погибших")."""
    return _HARMED.fullmatch(noun.lower()) is not None
