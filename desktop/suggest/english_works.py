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

An encyclopaedia's or a feature's sentence that opens with a name and says it is a work or a product defines no actor
either, nor do the name's later mentions in the text ("Nexus Q is a discontinued digital media player …", "Soccer
Academy is a children 's television show …", "Blue Planet is a weekly series …": :func:`defined_thing`), as Turkish
does in :func:`desktop.suggest.works.defined_as_thing`. The kinds are works and products only: a newspaper, a channel,
a band or a label is a body ("The Sacramento Bee is a daily newspaper" stays).
"""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.suggest.suggestion import Suggestion

__all__ = ["defined_thing", "defined_things", "quoted_work", "work_titles"]

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
# A sentence or a line that opens with a name of capitalised words (joined by "of", "the", "and", "&", "de", figures)
# and calls it, after "is/was a/an/the" and up to five words, a work or a product; a note in brackets or an aside
# between commas may stand after the name ("Nexus Q ( stylized … ) is a …", "Surreal , her sixth single , was a …")
_THINGS = (r"song|single|album|EP|track|film|movie|documentary|sitcom|series|show|programme|program|soap|opera|musical"
           r"|novel|book|poem|play|painting|sculpture|video[ \u00a0]+game|game|media[ \u00a0]+player|device|smartphone|phone|tablet|console"
           r"|computer|laptop|car|truck|aircraft|airliner|helicopter|missile|rifle|pistol|software|browser|app|language")
# ... as the head of its phrase: punctuation or a preposition, a relative or a participle after it, not another noun
# ("John Smith is a British film director", "Lee is a video game designer": people), and no clause or preposition in
# the words before it ("Tallow Media is a company that makes television shows": a body)
_HEAD_ENDS = (r"[ \u00a0]*(?:[,.;:()]|$)|[ \u00a0]+(?:by|from|of|in|on|for|that|which|with|about|and|starring|directed|written"
              r"|produced|developed|released|made|based|set|created|designed|originally|first|featuring|published|sold"
              r"|manufactured|broadcast|aired|recorded|performed|composed|examining|following|about)(?![\w’'-])")
_DEFINED = re.compile(r"(?:^|(?<=[.!?][ \u00a0]))[ \u00a0]*(?:The[ \u00a0]+)?(?P<name>[A-Z][\w’'&-]*(?:[ \u00a0]+(?:(?:of|the|and|&|de"
                      r"|for|in)[ \u00a0]+)*(?:[A-Z0-9][\w’'&-]*))*)[ \u00a0]*(?:\([^()\n]{0,60}\)[ \u00a0]*)?(?:,[^,\n]{1,60},[ \u00a0]*)?"
                      r"(?:is|was)[ \u00a0]+(?:a|an|the)[ \u00a0]+(?:(?!(?:that|which|who|whose|whom|where|when|and|or|but|with|for|by"
                      r"|from|in|on|at|to)(?![\w’'-]))[\w’'-]+[ \u00a0]+){0,5}?"
                      rf"(?:{_THINGS})s?(?![\w’'-])(?={_HEAD_ENDS})", re.MULTILINE)


@lru_cache(maxsize=1)
def defined_things(text: str) -> frozenset[str]:
    """The names (without a leading "The") that a sentence of ``text`` opens with and defines as a work or a product
    (:data:`_DEFINED`), the work's or the product's noun heading its phrase. Memoised for the last text."""
    if " is a" not in text and " was a" not in text and " is the" not in text and " was the" not in text:
        return frozenset()
    return frozenset(m.group("name") for m in _DEFINED.finditer(text))


def defined_thing(text: str, s: Suggestion) -> bool:
    """``s`` is a name that ``text`` defines as a work or a product ("Nexus Q is a discontinued digital media player"),
    at that sentence or any later mention ("The Nexus Q was criticized …"); not a name inside a longer one ("ABBA" of
    "ABBA Live is an album": the band)."""
    return s.exact.removeprefix("The ").strip() in defined_things(text)


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
