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
titles that a work's noun in the plural announces ("songs included " A " , " B ""). Then every quoted mention of the
same title in the text is the work's. A name in quotes that the text does not call a work stays: a nickname ('whom
the President called " Kenny Boy "'), an acronym or a short name defined in brackets ('( " Moro Front " )'), a mail's
sender ('" Katie Parmenter " < … >').

An encyclopaedia's or a feature's sentence that opens with a name and says it is a work or a product defines no actor
either, nor do a longer name's later mentions written as a thing's ("The Nexus Q", a possessive, a quote; "Nexus Q is a discontinued digital media player
…", "Soccer Academy is a children 's television show …", "Blue Planet is a weekly series …": :func:`defined_thing`;
"Jordan is a film by …" leaves a later "Jordan said" to the state), as Turkish does in
:func:`desktop.suggest.works.defined_as_thing`. The kinds are works and products only: a newspaper, a channel,
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
_KIND_BEFORE = re.compile(rf"(?<![\w’'-])(?P<kind>{_KINDS})(?P<plural>s?)(?:[ \u00a0]+(?:included|include|including|such[ \u00a0]+as|like"
                          r"|titled|entitled|called|named))?[ \u00a0]*(?P<punct>[,:]?)[ \u00a0]*$")
# A work's noun that is also a verb names a work only after a determiner or a word of rank ("the hit " …", "her new
# show " …"; not 'Sanctions hit " Rosneft " hard': final read of the twenty-fifth round)
_VERB_KINDS = frozenset({"hit", "record", "show", "play"})
_DETERMINER_BEFORE = re.compile(r"(?<![\w’'-])(?:the|a|an|his|her|its|their|our|my|your|this|that|new|first|second|third|last|latest"
                                r"|debut|biggest|next|only)[ \u00a0]+$|[’']s[ \u00a0]+$", re.IGNORECASE)
# After "a work's noun ," the quoted title is an apposition only if a comma, a stop or a bracket closes it ("her sixth
# single , " Surreal " , in 2000"); else the noun ended a clause ('In a video , " Hamas " said …')
_APPOSITION_ENDS = re.compile(r"[ \u00a0]*[,.;)]")
# A note in brackets after the closing quote ("( stylized as " MOONFALL " )", "( 1998 )")
_NOTE = r"(?:[ \u00a0]*\([^()\n]{0,60}\))?"
# "is/was a … song" or "by" and a capitalised maker after the closing quote ('behind " Breezy " by The Lanterns'); "by"
# not after a quote that is the object of "of", "on", "against" …: there it names the agent of what befalls the body
# ('the ousting of " Hamas " by Israel', 'sanctions on " Rosneft " by the United States'; final read of the
# twenty-fifth round)
_KIND_AFTER = re.compile(rf"{_NOTE}[ \u00a0]*,?[ \u00a0]+(?:(?:is|was|became|remains)[ \u00a0]+(?:a|an|the)[ \u00a0]+"
                         rf"(?:[\w’'-]+[ \u00a0]+){{0,4}}(?:{_KINDS})s?(?![\w’'-])|(?P<by>by)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z])")
_AGENT_BEFORE = re.compile(r"(?<![\w’'-])(?:of|on|upon|against|with|into|towards?)[ \u00a0]*$", re.IGNORECASE)
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


# Before a later mention, what writes the name as a thing's: "the", a possessive, an opening quote ("The Nexus Q was
# criticized", "told UPI 's Blue Planet", '" The Soccer Academy "'); a person is seldom written so ("Michael Collins
# was shot" after "Michael Collins is a 1996 film")
_THING_BEFORE = re.compile(r"(?:(?<![\w’'-])[Tt]he|[’']s|[\"“])[ \u00a0]*$")


@lru_cache(maxsize=1)
def defined_things(text: str) -> dict[str, tuple[tuple[int, int], ...]]:
    """The names (without a leading "The") that a sentence of ``text`` opens with and defines as a work or a product
    (:data:`_DEFINED`), the work's or the product's noun heading its phrase, each with the spans it has in those
    sentences. Memoised for the last text."""
    if " is a" not in text and " was a" not in text and " is the" not in text and " was the" not in text:
        return {}
    spans: dict[str, list[tuple[int, int]]] = {}
    for m in _DEFINED.finditer(text):
        spans.setdefault(m.group("name"), []).append(m.span("name"))
    return {name: tuple(found) for name, found in spans.items()}


def defined_thing(text: str, s: Suggestion) -> bool:
    """``s`` is a name that ``text`` defines as a work or a product ("Nexus Q is a discontinued digital media player"):
    in that sentence, and, if the name has more than one word, at a later mention that writes it as a thing's ("The
    Nexus Q was criticized …"); a bare later mention stays ("Kestrel Academy ran for three years": lost, the price of
    keeping "Banks on Wall Street" after "Wall Street is a 1987 film"), as does any mention before. A later mention of a name
    of one word ("Jordan is a film by …, Jordan said") may be a place's, a body's or a person's, and a bare one taken
    for a person or opening with a given name is the person's ("Michael Collins was shot" after "Michael Collins is a
    1996 film"): they stay; so does a name inside a longer one ("ABBA" of "ABBA Live is an album": the band)."""
    name = s.exact.removeprefix("The ").strip()
    spans = defined_things(text).get(name)
    if spans is None:
        return False
    if any(s.start < b and a < s.end for a, b in spans):
        return True
    if " " not in name or s.start < spans[0][0] or s.attributes.get("type") in ("place", "state"):
        return False  # a mention before the definition, or one typed a place ("Wall Street is a 1987 film": the street)
    # a later bare mention stays, whatever its type: "Banks on Wall Street gained" after "Wall Street is a 1987 film"
    # (the final read of the twenty-fifth round: the street's, a city's or a body's mentions were all lost)
    return _THING_BEFORE.search(text, max(0, s.start - 8), s.start) is not None


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
        window = text[max(0, m.start() - 40) : m.start()]
        kind = _KIND_BEFORE.search(window)
        if (kind is not None and not kind.group("plural") and kind.group("kind").lower() in _VERB_KINDS
                and _DETERMINER_BEFORE.search(window, 0, kind.start()) is None):
            kind = None
        if kind is not None and kind.group("punct") and _APPOSITION_ENDS.match(text, m.end()) is None:
            kind = None
        listed = in_list and _LIST_GAP.fullmatch(text, stretches[i - 1].end(), m.start()) is not None
        after = _KIND_AFTER.match(text, m.end())
        if after is not None and after["by"] and _AGENT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            after = None
        if kind is not None or listed or after is not None:
            works.add(m.group(1).strip())
        # only a kind in the plural announces a list ("songs included " A " , " B ""); after "the book " A "" the
        # next quoted name is no work for that ('" A " , " Reuters " and " AP "')
        in_list = listed or (kind is not None and kind.group("plural") == "s")
    return frozenset(works)


def _quoted_stretch(text: str, start: int, end: int) -> str | None:
    """The quoted words around ``text[start:end]`` (an opening double quote before it on its line with no quote
    between, a closing one after it likewise), or None."""
    lo = max(0, start - 81)  # an opening quote further back is too far (below): no scan to a long line's start
    line_start = max(lo, text.rfind("\n", lo, start) + 1)
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
    stretch = _quoted_stretch(text, s.start, s.end)  # looks 80 characters around: no scan of the whole text per suggestion
    return stretch is not None and stretch.removeprefix("The ") == s.exact.removeprefix("The ") and stretch in work_titles(text)
