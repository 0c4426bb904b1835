"""A person's pronoun referring back to a lone name (no I/O, no Qt): "Mirziyoyev denied it, saying he …", "Erdogan
flew to Ankara, where he met …".

A capitalised word alone before "said", "met" or "flew to" names a person as often as a firm, a club or an airline
("Wildberries told reporters", "Galatasaray met Fenerbahçe", "Lufthansa flew to Almaty"), and nothing in the word
tells them apart. What follows does: the next pronoun that can refer back to the subject is "he", "she" or "his" for
a person, "it", "its", "they" or "their" for a body ("Wildberries told reporters that its sales rose"). It is read
only while nothing else it could refer to stands between — no other capitalised word but a day, a month or a place
or state the gazetteer knows ("on Monday", "to Ankara"; not "Rosatom said Petrov had resigned and he …"), and no
noun of a single person ("Roscosmos said the cosmonaut died, and he was 54", "Qualvex said its founder … he") —
within the name's own sentence, on the same line, and at most :data:`_REACH` characters ahead: a new sentence's "He" is
as often a spokesman's or someone named before ("Aeroflot said the plane landed. He said …", "Tesla said the recall
was voluntary. He declined to comment."). "her" is left out (as often the object: "Wildberries told her"). After a
verb of speech the pronoun must follow a participle (", saying he", ", adding that she"): "he" in the reported clause
or after ", and" is as often the one a body speaks of ("Roscosmos said he died", "Chelsea said the midfielder was hurt,
and he will be out").
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from desktop.suggest.name_words import DAYS, MONTHS
from desktop.suggest.names_people import TRADES
from desktop.suggest.words import UP

__all__ = ["refers_back"]

_REACH = 220  # characters after the verb: the rest of its sentence
_PERSON = frozenset({"he", "she", "his", "him", "himself", "herself"})
# One pronoun, one capitalised word, one noun of a single person or a sentence's end (stop, then a capital);
# read in one pass from the verb on
_NEXT = re.compile(
    r"(?<![\w’'-])(?P<pronoun>[Hh]e|[Ss]he|[Hh]is|him|himself|herself|[Ii]ts?|itself|[Tt]hey|[Tt]heir|them|themselves)(?![\w’'-])"
    rf"|(?<![\w’'-])(?P<cap>[{UP}][\w’'-]*)"
    rf"|(?<![\w’'-])(?P<noun>(?:{TRADES}|man|woman|boy|girl|child|son|daughter|wife|husband|mother|father|brother|sister"
    r"|official|chief|boss|head|chairman|chairwoman|spokesperson|minister|president|premier|leader|governor|mayor|ceo"
    r"|cosmonaut|astronaut|captain|crew member|suspect|defendant|individual|person|someone|friend|colleague|rival"
    r"|candidate|winner|predecessor|successor|deputy|aide|assistant|secretary|envoy|ambassador|king|queen|prince"
    r"|princess|pope|bishop|general|colonel|officer|agent|boxer|fighter|runner|rider|swimmer|champion))(?![\w’'-])"
    r"|(?P<stop>[.!?][\"”’]?[ \u00a0]+(?=[\"“‘]?[A-Z])|\n)")


# After a verb of speech only a participle's clause: "Mirziyoyev denied it, saying he …", ", adding that she …"; a new
# sentence's "He" or ", and he" is as often a spokesman's or a player's the body spoke of ("Aeroflot said the plane
# landed. He said …", "Chelsea said the midfielder was hurt, and he will be out")
_SPEECH_OPENS = re.compile(r",[ \u00a0]+(?:saying|adding|insisting|explaining|noting|arguing|claiming|stressing)"
                           r"[ \u00a0]+(?:that[ \u00a0]+)?$")


_OBJECT_END = re.compile(r"[ \u00a0]*(?:[.,;:!?]|$)")  # "it" closing the clause is the verb's object
# "his" before a body's members or a body is a leader's, named elsewhere ("Chelsea flew to Madrid, where his side lost")
_BODYS_OWN = re.compile(r"[ \u00a0]+(?:side|team|squad|players|club|company|firm|government|ministry|troops|crew|staff"
                        r"|fans|supporters|men|manager|coach|goals?|header|penalty|brace|passengers)(?![\w’'-])")


def refers_back(text: str, end: int, known: Mapping[str, tuple[str, str]], speech: bool = False) -> bool:
    """True when the first pronoun after ``end`` (the end of a lone name's verb) that may refer back to it is a
    person's ("he", "she", "his", "him"), before any other name or noun of a single person, within the name's own
    sentence (see the module). ``known``: the gazetteer's forms, case-folded
    (:func:`desktop.suggest.gazetteer.types_by_form`), whose places and states may stand between ("flew to Ankara").
    After a verb of speech (``speech``) only "he" or "she" after a participle counts ("…, saying he", ", adding that
    she"): the reported clause's pronoun or ", and he" is as often the person a body speaks of ("Roscosmos said he
    died", "Chelsea said the midfielder was hurt, and he will be out"). "his" before a body's members or a body is no
    person's ("Chelsea flew to Madrid, where his side lost")."""
    for m in _NEXT.finditer(text, end, min(len(text), end + _REACH)):
        if m.group("pronoun"):
            pronoun = m.group("pronoun").lower()
            if pronoun == "it" and not text[end:m.start()].strip() and _OBJECT_END.match(text, m.end()):
                continue  # "Mirziyoyev denied it, saying he …": the verb's object
            if speech:
                return pronoun in ("he", "she") and _SPEECH_OPENS.search(text, max(0, m.start() - 24), m.start()) is not None
            if pronoun == "his" and _BODYS_OWN.match(text, m.end()):
                return False  # "Chelsea flew to Madrid, where his side lost": the side's manager
            return pronoun in _PERSON
        if m.group("noun"):
            return False  # "Roscosmos said the cosmonaut died, and he …": the pronoun is the cosmonaut's
        if m.group("stop"):
            return False  # the sentence's end: a new sentence's "He" is as often a spokesman's
        word = m.group("cap")
        if word in DAYS or word in MONTHS:
            continue  # "flew to Ankara on Monday, where he"
        kind = known.get(word.casefold())
        if kind is not None and kind[1] in ("place", "state"):
            continue  # "flew to Ankara, where he"
        return False  # another name that the pronoun may be: "Rosatom said Petrov had resigned and he …"
    return False
