"""English titles of works in quotes that the recognisers take for actors (no I/O, no Qt).

Encyclopaedias, reviews and culture news write a song's, an album's, a film's or a book's title in double quotes and
say what it is: '" Moonfall " ( stylized as " MOONFALL " ) is a song by …', 'the album " Harbour Lights "', 'her
songs included " A " , " B " and " C "', '" Breezy " by The Lanterns'. The small English model reads such a title as
a person or a body ("Surreal", "Windy"), and does so again at each of its mentions in quotes. None of the English
study sets labels a work as an actor (GUM calls works objects or abstractions, UNER's EWT "other", re3d and the CoNLL
style sets "miscellaneous").

A quoted stretch is a work's title when the text says so right beside it: a work's noun right before the opening quote
("the single " …", "songs included " …"), "is/was a … song" or "by" and a capitalised maker right after the closing
quote (a note in brackets between may stand: "( stylized as … )"), or it is the next member of a list of quoted
titles that holds one. Then every quoted mention of the same title in the text is the work's. A name in quotes that
the text does not call a work stays: a nickname ('whom the President called " Kenny Boy "'), an acronym or a short
name defined in brackets ('( " Moro Front " )'), a mail's sender ('" Katie Parmenter " < … >').
"""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.suggest.suggestion import Suggestion

__all__ = ["quoted_work", "work_titles"]

# A quoted stretch on one line: an opening double quote, up to 80 characters with no quote, a closing one
_QUOTED = re.compile(r"[\"“]([^\"“”\n]{1,80})[\"”]")
_KINDS = (r"song|single|album|EP|LP|track|ballad|anthem|hit|record|film|movie|documentary|sitcom|series|show|episode"
          r"|novel|book|poem|play|musical|opera|painting|composition|soundtrack|video|game")
# A work's noun right before the opening quote, in the singular or the plural, with a verb or a word that announces
# a list or a name ("the single " …", "songs included " …", "a poem titled " …")
_KIND_BEFORE = re.compile(rf"(?<![\w’'-])(?:{_KINDS})s?(?:[ \u00a0]+(?:included|include|including|such[ \u00a0]+as|like"
                          r"|titled|entitled|called|named))?[ \u00a0]*[,:]?[ \u00a0]*$")
# A note in brackets after the closing quote ("( stylized as " MOONFALL " )", "( 1998 )")
_NOTE = r"(?:[ \u00a0]*\([^()\n]{0,60}\))?"
# "is/was a … song" or "by" and a capitalised maker after the closing quote
_KIND_AFTER = re.compile(rf"{_NOTE}[ \u00a0]*,?[ \u00a0]+(?:(?:is|was|became|remains)[ \u00a0]+(?:a|an|the)[ \u00a0]+"
                         rf"(?:[\w’'-]+[ \u00a0]+){{0,4}}(?:{_KINDS})s?(?![\w’'-])|by[ \u00a0]+(?:the[ \u00a0]+)?[A-Z])")
# Between two members of a list of quoted titles
_LIST_GAP = re.compile(r"[ \u00a0]*,?[ \u00a0]*(?:(?:and|or)[ \u00a0]+)?")


@lru_cache(maxsize=1)
def work_titles(text: str) -> frozenset[str]:
    """The titles (the quoted words, stripped) that ``text`` says are works' titles. Memoised for the last text: each
    actor suggestion in quotes asks."""
    if '"' not in text and "“" not in text:
        return frozenset()
    stretches = list(_QUOTED.finditer(text))
    works: set[str] = set()
    in_list = False
    for i, m in enumerate(stretches):
        before = text[max(0, m.start() - 40) : m.start()]
        listed = in_list and _LIST_GAP.fullmatch(text, stretches[i - 1].end(), m.start()) is not None
        is_work = (_KIND_BEFORE.search(before) is not None or _KIND_AFTER.match(text, m.end()) is not None or listed)
        if is_work:
            works.add(m.group(1).strip())
        in_list = is_work
    return frozenset(works)


def _quoted_stretch(text: str, start: int, end: int) -> str | None:
    """The quoted words around ``text[start:end]`` (an opening double quote before it on its line with no quote
    between, a closing one after it likewise), or None."""
    line_start = text.rfind("\n", 0, start) + 1
    opening = max(text.rfind('"', line_start, start), text.rfind("“", line_start, start))
    if opening < 0 or start - opening > 80 or "”" in text[opening + 1 : start]:
        return None
    closing = [p for p in (text.find('"', end, end + 80), text.find("”", end, end + 80)) if p >= 0]
    if not closing or "\n" in text[end : min(closing)] or "“" in text[end : min(closing)]:
        return None
    return text[opening + 1 : min(closing)].strip()


def quoted_work(text: str, s: Suggestion) -> bool:
    """``s`` is the whole of a quoted title that ``text`` says is a work's (:func:`work_titles`): '" Moonfall " is a
    song by …', 'the album " Stella Marsh "' (not a later "Stella Marsh herself", out of quotes). A name inside a
    longer quoted title stays: the work mentions it ('the article " Obama meets Putin " by Reuters')."""
    if '"' not in text and "“" not in text:
        return False
    stretch = _quoted_stretch(text, s.start, s.end)
    return stretch is not None and stretch.removeprefix("The ") == s.exact.removeprefix("The ") and stretch in work_titles(text)
