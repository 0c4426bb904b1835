"""A person named as the one met or talked with (no I/O, no Qt): "Recep Tayyip Erdogan met Tokayev in Astana", "after
talks with Mirziyoyev on Monday", "she shook hands with Japarov". The small English model knows the surnames news names
often ("Putin", "Zelensky") and misses a Kazakh, Uzbek or Turkish one alone; after a verb of meeting a capitalised name
(one to three words) that closes the clause or goes on with a preposition or a word of time is somebody met, a person.
The frames weigh its words as a name's (no common word, month, day, body's head word, nationality, word the text writes
in lower case: "met Thursday", "met Congress" are no people), nor a word English writes in lower case (the
case-ratio lexicon: "met Fans at the airport", "Demand met Supply"); a place, state or body the gazetteer knows and a known
company are left to their own readings ("talks with Beijing", "met Boeing"), and so is a name after a subject that is
one ("Liverpool met Brentford": clubs and states meet their like) or a team's word ("the team meets Juventus"). A
lower-case noun after the name makes it a modifier ("met Tokayev aides", "met Vardani officials"). "Spoke with" and
"talked to" are not read: news speaks with outlets as often as with people ("spoke with Axios"). A name of one word is
read only with a surname's ending ("met Tokayev", "talks with Pashinyan"): clubs, parties and firms meet as often and
look alike ("Galatasaray met Fenerbahce", "met Fidesz", "met Aramco"); a name whose last word is a known place is a
club's or a body's ("met Dynamo Kyiv", "met Inter Milan")."""

from __future__ import annotations

import re

from desktop.meaning.lexicon import lower_case_words
from desktop.suggest import gazetteer, organisations
from desktop.suggest.words import LOW, UP

__all__ = ["SURNAME_END", "met_names"]

_WORD = rf"[{UP}][{LOW}]+(?:-[{UP}][{LOW}]+)?"
# The verb of meeting and the name after it ("met Tokayev", "met with Tokayev", "talks with Tokayev", "shook hands with")
# ("spoke with", "talked to" are left: news speaks with outlets as often, "spoke with Axios")
_MET = re.compile(rf"(?<![\w’'-])(?:(?:met|meets?|meeting)(?:[ \u00a0]+with)?|talks[ \u00a0]+with"
                  rf"|shook[ \u00a0]+hands[ \u00a0]+with)[ \u00a0]+({_WORD}(?:[ \u00a0]+{_WORD}){{0,2}})(?![\w’'-])")
# What may follow the name: the clause's end, or a preposition, a conjunction or a word of time
_CLOSED = re.compile(r"[ \u00a0]*(?:[,.;:!?)\"”]|$)|[ \u00a0]+(?:in|on|at|for|and|to|during|after|before|last|this|next|earlier|"
                     r"later|yesterday|today|over|amid|ahead|again|twice|briefly|privately|separately|recently|who|when|while"
                     r"|as|since|until|with|of|from|by)(?![\w’'-])", re.MULTILINE)
# The subject's word right before the verb ("Liverpool met", "Kazakhstan's delegation met" is no match)
_SUBJECT = re.compile(rf"(?<![\w’'.-])({_WORD})[ \u00a0]+(?:(?:has|had|will|would|to|then|also|again|later|first)[ \u00a0]+)?$")
# A team's word before the verb: the one met is a club ("the team meets Juventus", "the hosts met Brentford")
_TEAM_BEFORE = re.compile(r"(?<![\w-])(?:team|club|side|squad|champions|hosts|visitors|rivals|holders)(?:[ \u00a0]+\w+)?[ \u00a0]+$")
# A surname's ending, for a name of one word (Russian, Kazakh, Uzbek, Ukrainian, Polish, Armenian, Georgian, Turkish,
# Serbian, Persian): "Tokayev", "Japarov", "Pashinyan", "Kobakhidze", "Davutoglu", "Vucic"
SURNAME_END = re.compile(r"(?:ov|ova|ev|eva|yev|yeva|enko|sky|ski|skiy|skaya|yan|ian|dze|shvili|oglu|oğlu|uly|kyzy|vich"
                          r"|ović|ovic|evic|vić|zade|zadeh)$")
# The same text's room before the verb in which the subject is looked for
_SUBJECT_REACH = 40


def met_names(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each name after a verb of meeting that may be a person's (see the module); the frames weigh
    its words."""
    if "met" not in text and "meet" not in text and " with" not in text:
        return []
    known = gazetteer.types_by_form()
    lexicon = lower_case_words()
    out = []
    for m in _MET.finditer(text):
        name = m.group(1)
        if (_CLOSED.match(text, m.end(1)) is None or known.get(name.casefold()) is not None
                or name in organisations.COMPANIES or any(w.casefold() in lexicon for w in name.split())):
            continue  # not a word English writes in lower case, capitalised ("met Fans at the airport")
        words = name.split()
        if len(words) == 1 and SURNAME_END.search(name) is None:
            continue  # "Galatasaray met Fenerbahce", "met Fidesz", "met Aramco": no surname's ending
        if len(words) > 1 and known.get(words[-1].casefold()) is not None:
            continue  # "met Dynamo Kyiv", "met Inter Milan": a club's or a body's name
        subject = _SUBJECT.search(text, max(0, m.start() - _SUBJECT_REACH), m.start())
        if subject is not None and (known.get(subject.group(1).casefold()) is not None or subject.group(1) in organisations.COMPANIES):
            continue  # "Liverpool met Brentford", "Kazakhstan met Uzbekistan"
        if _TEAM_BEFORE.search(text, max(0, m.start() - _SUBJECT_REACH), m.start()):
            continue  # "the team meets Juventus on Tuesday"
        out.append((m.start(1), m.end(1)))
    return out
