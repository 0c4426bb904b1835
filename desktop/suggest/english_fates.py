"""A person named after what befalls a person (no I/O, no Qt): "following the election of Ranasinghe Premadasa", "the
assassination of Ondrej Velko", "after the arrest of Tamsin Arkwright". Only people are elected, assassinated, arrested,
buried or abdicate; the small English model misses rare names there. Two or three name words, each weighed as a name's
(no common word, body's head word, nationality, known place or company, nor a word the text writes in lower case), not
followed by another capitalised word (a longer name) or a lower-case noun (a modifier: "the arrest of Hong Kong
activists"), nor one that ends with a post ("the election of Grand Master"); not one word alone ("the death of Napster", "the death of Disco")."""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.suggest import english_names, gazetteer, names, organisations
from desktop.suggest.english_lists import LowerWords
from desktop.suggest.spans import Taken
from desktop.suggest.suggestion import Suggestion, actor
from desktop.suggest.words import LOW, UP

__all__ = ["POSTS", "fated_people"]

_SPACE = r"[ \u00a0]+"
_NAME_WORD = rf"[{UP}][{LOW}]+(?:[-’'][{UP}][{LOW}]+)?"
# not "death", "murder", "killing": said of bodies, works and ideas too ("the death of Napster", "the murder of Public Radio")
_FATES = ("election", "re-election", "reelection", "assassination", "arrest", "resignation", "funeral", "burial",
          "abdication", "imprisonment", "kidnapping", "ouster", "impeachment")
_FATE = re.compile(rf"(?<![\w’'-])(?:{'|'.join(_FATES)}){_SPACE}of{_SPACE}({_NAME_WORD}(?:{_SPACE}{_NAME_WORD}){{1,2}})"
                   rf"(?![\w’'-]|{_SPACE}[{UP}]|\.\w)")
_WORD_AFTER = re.compile(rf"{_SPACE}([{LOW}]+)")
# A post, which ends no person's name ("the election of Grand Master") and opens no body's ("the group Director, Smith,")
POSTS = frozenset("""President Chairman Chairwoman Chair Director Leader Secretary Chief Head Spokesman Spokeswoman
    Spokesperson Founder Treasurer Master Executive Officer Governor Minister Premier Mayor Speaker""".split())


def fated_people(text: str, kept: list[Suggestion], taken: Taken, language_at: Callable[[str, int], bool]) -> list[Suggestion]:
    """``kept`` and each person after what befalls a person (see the module) that no suggestion holds, in an English
    line ``language_at`` accepts that is no headline in title case; each is then ``taken``."""
    if not any(f in text for f in _FATES):
        return kept
    known = gazetteer.types_by_form()
    lower = LowerWords(text)
    out = list(kept)
    for m in _FATE.finditer(text):
        start, end = m.span(1)
        words = m.group(1).split()
        after = _WORD_AFTER.match(text, end)
        if (words[-1] in POSTS or any(english_names.not_a_name_word(w) or gazetteer.is_demonym(w) or w.lower() in lower or w in organisations.COMPANIES
                or known.get(w.casefold()) is not None for w in words)
                or known.get(" ".join(words).casefold()) is not None
                or (after is not None and not english_names.function_word(after.group(1)))
                or taken.overlaps(start, end) or not language_at(text, start) or names.title_line(text, start)):
            continue
        out.append(actor(start, end, text, {"name": " ".join(words), "type": "person"}, 0.5))
        taken.add(start, end)
    return out
