"""Words of a headline in title case read as a name are no actor (no I/O, no Qt): the small English model reads runs of
capitalised words as names, and a headline or a slogan capitalises every word ("Mayor Says City Will Rebuild", "Don't
Let This Pass You By Without At Least Taking A Look", "Deputy Implicated In Church Abuse").

A suggestion of two words or more is such a run when a word after its first is a verb that no name holds ("Says",
"Said", "Is", "Was", "Were", "Has", "Had", "Could", "Should", …), when any of its words is a personal pronoun ("You",
"They", "Him", "Me"), or when a word after its first is a past participle in "-ed" before a capitalised preposition
("Implicated In", "Arrested At", "Charged With"). Names stay: "Doctors Without Borders", "Americans United For Life"
("United" is no verb there), "Us Weekly", "We Energies" ("Us" and "We" are not read), "Will Smith", "George Will"
("Will" is a given name and a surname), "Save the Children". Read on the suggestion's own words: no pass over the
text."""

from __future__ import annotations

from desktop.suggest.suggestion import Suggestion

__all__ = ["headline_run"]

# A finite verb or an auxiliary that no name holds after its first word
_VERBS = frozenset("""Says Said Is Are Was Were Has Had Have Does Did Do Can Could Should Would Must Might Shall Gets Got
    Wants Needs Makes Made Takes Took Goes Went Comes Came Tells Told Asks Asked Seems Becomes Became Isn't Aren't Wasn't
    Don't Doesn't Didn't Won't Can't Couldn't Wouldn't Shouldn't""".split())
# A personal pronoun, anywhere ("Us" and "We" open names: "Us Weekly", "We Energies")
_PRONOUNS = frozenset("You They Them Him He She Me".split())
_PREPOSITIONS = frozenset("In At By On With Into Over After From".split())
# Words in "-ed" that names hold before a preposition ("Americans United For Life", "Church Reformed In …")
_NAME_PARTICIPLES = frozenset("United Allied Reformed Limited Incorporated Associated Consolidated Federated".split())


def headline_run(s: Suggestion) -> bool:
    """``s`` is two words or more of a headline in title case (see the module): no actor."""
    words = s.exact.split()
    if len(words) < 2:
        return False
    if any(w in _PRONOUNS for w in words) or any(w in _VERBS for w in words[1:]):
        return True
    return any(w.endswith("ed") and w[:1].isupper() and w not in _NAME_PARTICIPLES and nxt in _PREPOSITIONS
               for w, nxt in zip(words[1:], words[2:]))
