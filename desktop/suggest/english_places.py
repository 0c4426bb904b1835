"""English places named by their own words and the kind of place they are (no I/O, no Qt): a sea, a lake, a dam, a
street, a mall, a bridge ("Adriatic Sea", "Norris Reservoir", "Griggs Dam", "Western Avenue", "Crossgates Mall",
"Liffey Viaduct"). The small English model misses many rare ones; the last word says what they are."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from desktop.suggest import english_names, gazetteer, given_names, names
from desktop.suggest.guesses import function_word
from desktop.suggest.spans import Taken
from desktop.suggest.suggestion import Suggestion, actor

__all__ = ["feature_names"]

# Last words of a place's name that say its kind: waters, land, ways and buildings a name is given to. Not words that
# end other names as often: "Falls" ("Dow Falls" is a verb), "Park" alone (a surname: "Grace Park"; a film), "Bay" and
# "Hill" (surnames: "Michael Bay"), "House", "Hall", "Centre" (bodies in them)
_KINDS = (r"Sea|Lake|Lakes|Reservoir|Dam|Straits?|Canal|Bayou|Mountains|Glacier|Trail|Wilderness|Avenue|Mall|Street"
          r"|Bridge|Viaduct|Circus|Square|National[ \u00a0]+Park|National[ \u00a0]+Forest|Desert|Islands?|Gulf|Valley"
          r"|Creek|Peninsula|Palace|Airport|Stadium|Canyon|Fjord|Lagoon|Archipelago")
# One to three capitalised words, then the kind, no capitalised word after (a longer name: "Square Enix", "Lake Placid
# Club")
_FEATURE = re.compile(rf"(?<![\w’'.&@#/-])(?P<name>(?:[A-Z][\w’'-]*[a-z][\w’'-]*[ \u00a0]+){{1,3}})(?P<kind>{_KINDS})"
                      r"(?![\w’'&-])(?![ \u00a0]+[A-Z0-9])")
# Where a kind's word stands: the name pattern runs only from three words before each (its longest run) to the
# spaces after it, which spares trying it at every capitalised word of a long text
_KIND_WORD = re.compile(rf"(?:{_KINDS})(?![\w’'&-])")
_WORD_CHARS = re.compile(r"[\w’'-]")
_SPACES = " \u00a0"
# Streets named for what they stand for more than where they are: a programme ("Sesame Street", "Coronation
# Street"), or a town's main street before a noun ("Main Street voters", "High Street banks": the ordinary people, the
# chain shops); "Main Street and the river", "down Main Street to the mall" are the street
_PROGRAMMES = frozenset({"Sesame Street", "Coronation Street", "Jump Street", "Albert Square"})
_GENERIC_STREETS = frozenset({"Main Street", "High Street"})
_NOUN_AFTER = re.compile(r"[ \u00a0]+([a-z]+)(?![\w’'-])")
# A spaced dash right before: a work's title after its artist ("listen to Paris - Pegasus Bridge")
_TITLE_DASH = re.compile(r"[ \u00a0][-–—][ \u00a0]+$")


def feature_names(text: str, kept: list[Suggestion], taken: Taken, language_at: Callable[[str, int], bool]) -> list[Suggestion]:
    """``kept`` with each place named by one to three capitalised words and its kind's word (:data:`_KINDS`: "Adriatic
    Sea", "Griggs Dam", "Western Avenue", "Emperor Norton Bridge"), the words up to the last function word or opener
    left out ("The", "Along", "Cue The"), as a place, where ``taken`` holds no suggestion in it, in an English line (``language_at``)
    that is no headline in title case. Not the kind's word after an article alone ("The Gulf", "The Palace"), a person
    ("Michael Bay" is left out of the kinds; a common given name first: "Robert Canyon"), a nationality alone
    ("American Mall" stays unread), a common word, a month or a body's head word first ("Main Street" is read: "Main"
    is no such word), nor a work's title after an artist and a spaced dash ("Paris - Pegasus Bridge")."""
    out = list(kept)
    for m in _features(text):
        words = m.group("name").split()
        # after the last function word or opener of the run ("Cue The Lonely Island": "Lonely Island")
        words = words[max((i + 1 for i, w in enumerate(words) if not english_names.without_openers([w])), default=0):]
        if not words:
            continue  # "The Gulf": the kind alone
        start = text.rindex(words[0], m.start(), m.end("name"))
        first = words[0]
        if (first in given_names.COMMON_GIVEN_NAMES or (len(words) == 1 and gazetteer.is_demonym(first))
                or english_names.not_a_name_word(first) or first in names.NOT_ENTITIES
                or taken.overlaps(start, m.end()) or names.title_line(text, start) or not language_at(text, start)
                or _TITLE_DASH.search(text, max(0, start - 4), start) or _stands_for_something(text, start, m.end())):
            continue
        out.append(actor(start, m.end(), text, {"name": " ".join(text[start : m.end()].split()), "type": "place"}, 0.55))
        taken.add(start, m.end())
    return out


def _features(text: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`_FEATURE` in ``text``, in order, as a scan of the whole text finds them, read only from
    the earliest place a run of three words before each kind's word can start to the character after the spaces
    that follow it (the pattern's look-ahead)."""
    windows: list[list[int]] = []
    for k in _KIND_WORD.finditer(text):
        lo = k.start()
        for _word in range(3):
            while lo > 0 and text[lo - 1] in _SPACES:
                lo -= 1
            while lo > 0 and _WORD_CHARS.match(text, lo - 1):
                lo -= 1
        hi = k.end()
        while hi < len(text) and text[hi] in _SPACES:
            hi += 1
        hi = min(len(text), hi + 1)
        if windows and lo <= windows[-1][1]:
            windows[-1][0], windows[-1][1] = min(lo, windows[-1][0]), max(hi, windows[-1][1])
        else:
            windows.append([lo, hi])
    for lo, hi in windows:
        yield from _FEATURE.finditer(text, lo, hi)


def _stands_for_something(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` names a programme (:data:`_PROGRAMMES`) or is a main street before a noun ("Main Street
    voters"; not before a function word or a verb in -ed: "Main Street and", "High Street closed")."""
    name = " ".join(text[start:end].split())
    if name in _PROGRAMMES:
        return True
    after = _NOUN_AFTER.match(text, end)
    return (name in _GENERIC_STREETS and after is not None and not function_word(after.group(1))
            and not after.group(1).endswith("ed"))
