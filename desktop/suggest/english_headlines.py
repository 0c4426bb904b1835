"""Words of a headline in title case read as a name are no actor (no I/O, no Qt): the small English model reads runs of
capitalised words as names, and a headline or a slogan capitalises every word ("Mayor Says City Will Rebuild", "Don't
Let This Pass You By Without At Least Taking A Look", "Deputy Implicated In Church Abuse", "President Jonathan Visits
Olu Of Warri").

A suggestion of two words or more holds a headline's word when a word after its first is a verb that no name holds
("Says", "Is", "Was", "Could", "Visits", "Warns", …) or a past participle in "-ed" before a capitalised preposition
("Implicated In", "Accused In"), or, in a suggestion of three words or more, when any of its words is a personal pronoun ("You", "They", "Him",
"Me"; "She Zhijiang" stays a name). The
suggestion is cut before that word ("President Jonathan" of "President Jonathan Visits Olu", "Governor Hughes" of
"Governor Hughes Says He"), and dropped when nothing is left before it or only a title ("Mayor" of "Mayor Says City
Will", "Deputy" of "Deputy Implicated In Church"). Names stay: "Doctors Without Borders", "Americans United For Life"
("United" is no verb there), "Us Weekly", "We Energies", "He Lifeng", "Liu He" ("Us", "We" and "He" are not read),
"Will Smith", "George Will", "Emre Can", "Tae Kwon Do" ("Will", "Can" and "Do" neither). Read on the suggestion's own
words: no pass over the text."""

from __future__ import annotations

import re
from dataclasses import replace

from desktop.suggest.english_forenames import TITLES
from desktop.suggest.given_names import COMMON_GIVEN_NAMES, GIVEN_NAMES
from desktop.suggest.suggestion import Suggestion

__all__ = ["without_headline_words"]

# A finite verb or an auxiliary that no name holds after its first word, and a headline's verbs ("Visits", "Warns")
_VERBS = frozenset("""Says Is Are Was Were Has Had Have Does Did Could Should Would Must Might Shall Gets Got Wants
    Needs Takes Took Goes Went Comes Came Tells Told Asks Asked Seems Becomes Became Isn't Aren't Wasn't Don't Doesn't
    Didn't Won't Can't Couldn't Wouldn't Shouldn't Visits Meets Wins Calls Slams Urges Warns Vows Denies Admits Announces
    Launches Rejects Resigns Quits Dies Unveils Blasts Praises Seeks Confirms Accuses Defends Sues Approves Joins
    Reveals""".split())
# …and, in a person's name only, a headline's verb that is a plural noun too ("Kate Returns" of "Kiss Me Kate Returns
# To Broadway"; not "Diminishing Returns Ltd", "Tax Returns Office")
_PERSON_VERBS = frozenset("Returns Arrives Departs Pledges Promises Insists Responds Speaks".split())
# A personal pronoun, anywhere in a run of three words or more ("Us", "We" and "He" open or end names: "Us Weekly", "We
# Energies", "He Lifeng", "Liu He"; so do "She", "You" and "Him" in two words: "She Zhijiang", "You Quan", "Him Chhem")
_PRONOUNS = frozenset("You They Them Him She Me".split())
_PREPOSITIONS = frozenset("In At By On With Into Over After From".split())
# Words in "-ed" that names hold before a preposition ("Americans United For Life", "Church Reformed In …")
_NAME_PARTICIPLES = frozenset("United Allied Reformed Limited Incorporated Associated Consolidated Federated".split())
_WORD = re.compile(r"\S+")
_HEADLINE_NEXT = re.compile(r"[ \t\r]*(?:\n|$)| [A-Z]")  # what follows a name in a headline: the line's end, a capital
_TITLE_LEFT = TITLES | frozenset("Deputy Former Acting Interim".split())


def _headline_word(words: list[str], person: bool = False) -> int | None:
    """The index of the first headline's word of ``words`` (see the module), or None; ``person``: the words are a
    person's name in a headline's case, and :data:`_PERSON_VERBS` are read too."""
    for i, w in enumerate(words):
        if w in _PRONOUNS and len(words) > 2:
            return i
        if i == 0:
            continue
        if w in _VERBS or (person and w in _PERSON_VERBS) or (w.endswith("ed") and w[:1].isupper() and w not in _NAME_PARTICIPLES
                           and w not in GIVEN_NAMES and w not in COMMON_GIVEN_NAMES  # "Mohammed", "Ahmed"
                           and i + 1 < len(words) and words[i + 1] in _PREPOSITIONS):
            return i
    return None


def without_headline_words(suggestions: list[Suggestion], text: str) -> list[Suggestion]:
    """``suggestions`` with each actor of two words or more that holds a headline's word cut before it, or left out
    when nothing or only a title is left (see the module); a store's entity stays as it is. In ``text`` (the
    suggestions' own), :data:`_PERSON_VERBS` are read only in a person's name that a capitalised word or the line's end
    follows, as in a headline ("Senator Halvorsen Returns To Oslo"; not "Mark Speaks, a lawyer, said",
    "Halvorsen Arrives in the text")."""
    out = []
    for s in suggestions:
        if s.kind != "actor" or "entity_id" in s.attributes or " " not in s.exact.strip():
            out.append(s)
            continue
        spans = list(_WORD.finditer(s.exact))
        person = s.attributes.get("type") == "person" and _HEADLINE_NEXT.match(text, s.end) is not None
        i = _headline_word([m.group() for m in spans], person)
        if i is None:
            out.append(s)
            continue
        if i == 0 or (i == 1 and spans[0].group().rstrip(".,") in _TITLE_LEFT):
            continue  # "You By Without", "Mayor Says City Will", "Deputy Implicated In Church"
        exact = s.exact[: spans[i - 1].end()].rstrip(" ,:;")
        name = s.attributes.get("name")
        if isinstance(name, str) and s.exact.endswith(name):  # the name after a role is cut too ("Gov. Newsom Says He")
            name = exact[len(s.exact) - len(name):].strip()
            if not name:
                continue  # only the role is left
        out.append(replace(s, end=s.start + len(exact), exact=exact, attributes={**s.attributes, "name": name}))
    return out
