"""English words in capitals the acronym rule misreads (no I/O, no Qt): a given name in capitals before a surname in
title case is a person ("RAPHAEL Sanzio", "John Smith, MARY Brown"), a given name that is also a common word alone in
capitals is no body ("the BILL", "MARK"), and a sentence's first word shouted before lower-case words is the word
("WHITE smoke rose"), not an acronym."""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.suggest import english_names, english_people, gazetteer, given_names, organisations
from desktop.suggest.words import THE_BEFORE
from desktop.suggest.common_words import lower_case_words
from desktop.suggest.suggestion import Suggestion

__all__ = [
    "given_name_in_capitals", "opening_word", "shouted_attributive", "shouted_common_word", "shouted_verb", "shouted_word",
]

# A given name in capitals, then one or two surnames in title case ("RAPHAEL Sanzio", "MARY Ann Brown" is left out:
# the second word is a given name, the run a heading's as often)
_CAPITALS_THEN_NAME = re.compile(r"(?<![\w’'.&@#/-])(?P<given>[A-Z]{3,})[ \u00a0]+(?P<surname>[A-Z][a-z]{2,}(?:-[A-Z][a-z]{2,})?)"
                                 r"(?![\w’'&@-])")
# Another word in capitals right before: a heading or a name in capitals ("THE RAPHAEL Room", "JOHN MARY Brown")
_CAPITALS_BEFORE = re.compile(r"(?<![\w’'-])[A-Z]{2,}[ \u00a0]+$")
# An article right before a given name that is also a word: the word opens a thing's name ("the ROSE Garden")
_ARTICLE_BEFORE = re.compile(r"(?<![\w’'-])(?:[Tt]he|[Aa]n?)[ \u00a0]+$")
# A capitalised word right after the surname: a longer name or a heading's run ("RAPHAEL Sanzio Exhibition Hall")
_CAPITAL_AFTER = re.compile(r"[ \u00a0]+[A-Z]")
# A sentence's or line's start before the word: its first word ("WHITE smoke rose …")
_OPENS = re.compile(r"(?:^|[.!?:]['\"”’)]*[ \u00a0]+|\n[ \u00a0]*)$")
# Two lower-case words after the word: the sentence goes on in ordinary words ("WHITE smoke rose"); not a body's
# people, a verb a body is the subject of ("UNICEF officials said", "DARPA said", "FEMA has"), which follow an acronym,
# or the kind of body the name in capitals has ("MERCY hospital staff")
_LOWER_AFTER = re.compile(r"[ \u00a0]+[a-z]+[ \u00a0]+[a-z]")
# The kind of body a name in capitals has, after it ("MERCY hospital", "GRACE church")
_KINDS = r"hospital|clinic|hospice|school|college|university|church|chapel|charity|foundation|trust|council|union"
_KIND_AFTER = re.compile(rf"[ \u00a0]+(?:{_KINDS})(?![\w’'-])")
# Ordinary words a lede opens with before such a kind ("LOCAL council approves …", "PUBLIC school teachers …",
# "HEALTH trust chiefs …"): the kind does not make them a body's name
_ATTRIBUTIVES = frozenset("""local public private state national regional county city town district parish village
    community primary secondary junior senior grammar boarding faith medical nursing teaching general student students
    trade labour labor health housing security european catholic anglican methodist baptist protestant evangelical
    independent free rural urban mental family children cancer animal teachers nurses workers miners doctors farmers""".split())
# Ordinary words before a council's or a parliament's kind of body ("the SELECT committee", "a JOINT panel"), besides
# :data:`_ATTRIBUTIVES`
_BODY_ATTRIBUTIVES = _ATTRIBUTIVES | frozenset("select standing joint steering executive special advisory".split())
_BODY_KIND_AFTER = re.compile(rf"[ \u00a0]+(?:{_KINDS}|committee|commission|board|panel|police|department|court|authority"
                              r"|assembly|government|officials|leaders)(?![\w’'-])")
_BODY_AFTER = re.compile(r"[ \u00a0]+(?:officials?|spokes(?:man|woman|person)|staff|staffers|workers|employees|personnel|members"
                         r"|researchers|scientists|experts|chiefs?|heads?|directors?|leaders?|troops|forces|agents|inspectors"
                         r"|teams?|said|says|say|told|has|have|had|is|was|are|were|will|would|can|could|may|might|must|should"
                         r"|announced|reported|confirmed|warned|added|stated|claimed|denied|declined|called|urged|plans?|wants?"
                         rf"|{_KINDS})(?![\w’'-])")


def given_name_in_capitals(text: str, language_at: Callable[[str, int], bool]) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of each common given name written in capitals before a surname in title case ("RAPHAEL
    Sanzio", "John Smith, MARY Brown"), named in title case ("Raphael Sanzio"), in a line ``language_at`` accepts; not
    after another word in capitals or before another capitalised word (a heading or a longer name), nor when the
    surname is a common word, a body's head word, a place's last word or a nationality ("MARY Street", "JOHN
    Foundation")."""
    out = []
    for m in _CAPITALS_THEN_NAME.finditer(text):
        given, surname = m.group("given").title(), m.group("surname")
        word_like = given not in given_names.COMMON_GIVEN_NAMES and given in english_people.GIVEN_NAMES_AS_WORDS  # "ROSE Byrne"
        if ((given not in given_names.COMMON_GIVEN_NAMES and not word_like)
                or (word_like and _ARTICLE_BEFORE.search(text, max(0, m.start() - 6), m.start()))  # "the ROSE Garden"
                or english_names.not_a_name_word(surname)
                or gazetteer.is_demonym(surname) or surname.upper() in given_names.COMPANY_WORDS
                or _CAPITALS_BEFORE.search(text, max(0, m.start() - 30), m.start())
                or _CAPITAL_AFTER.match(text, m.end()) or not language_at(text, m.start())):
            continue
        out.append((m.start(), m.end(), f"{given} {surname}"))
    return out


def _known(word: str) -> bool:
    """The gazetteer or the list of companies names a state, a place or a body by ``word`` in title case or as
    written ("NASA", "Boeing")."""
    return any(gazetteer.types_by_form().get(w.casefold()) is not None or w in organisations.COMPANIES
               for w in (word, word.title()))


def shouted_word(text: str, s: Suggestion) -> bool:
    """``s``, an organisation of one word in capitals (its name as written, no store's entity), is a given name that is
    also a common word ("the BILL", "MARK": :data:`english_people.GIVEN_NAMES_AS_WORDS`) that no known state, place or
    company names: the word shouted, which the model and the acronym rule read as a body. Not before the kind of body
    it names ("GRACE church members")."""
    word = s.exact
    return (s.attributes.get("type") == "organisation" and s.attributes.get("name") == word and word.isalpha()
            and word.isupper() and word.title() in english_people.GIVEN_NAMES_AS_WORDS and not _known(word)
            and _KIND_AFTER.match(text, s.end) is None)


def opening_word(text: str, start: int, end: int) -> bool:
    """``text[start:end]``, a word in capitals the acronym rule reads, is a sentence's first word of five letters or more
    before two lower-case words ("WHITE smoke rose above …"), which no known state, place or company names: the first
    word shouted, as ledes write it, not an acronym. Not before a body's people or a verb a body does ("UNICEF officials
    said", "DARPA said", "MERCY hospital"); the model's own reading of an acronym there stays ("NAAFI personnel serve …").
    An ordinary word before a kind of body is still the first word shouted ("LOCAL council approves …")."""
    word = text[start:end]
    return (len(word) >= 5 and word.isalpha() and _OPENS.search(text, max(0, start - 6), start) is not None
            and _LOWER_AFTER.match(text, end) is not None and not _known(word)
            and (_BODY_AFTER.match(text, end) is None or (word.casefold() in _ATTRIBUTIVES and _KIND_AFTER.match(text, end) is not None)))


# A pronoun, a possessive or an article right after a sentence's first word: the word is a verb ("MARK my words",
# "HOPE this helps", "WILL you come?")
_OBJECT_AFTER = re.compile(r"[ \u00a0]+(?:my|your|our|his|her|its|their|the|this|that|these|those|it|you|we|they|them|me|us)(?![\w’'-])")


def shouted_verb(text: str, s: Suggestion) -> bool:
    """``s``, a person of one word in capitals opening a sentence, is a given name that is also a word
    (:data:`english_people.GIVEN_NAMES_AS_WORDS`) before a pronoun, a possessive or an article: the verb shouted ("MARK
    my words"), no person. "BILL said" stays."""
    word = s.exact
    return (s.attributes.get("type") == "person" and word.isalpha() and word.isupper()
            and word.title() in english_people.GIVEN_NAMES_AS_WORDS
            and _OPENS.search(text, max(0, s.start - 6), s.start) is not None and _OBJECT_AFTER.match(text, s.end) is not None)


def shouted_attributive(text: str, s: Suggestion) -> bool:
    """``s``, a word in capitals alone (its name as written, no store's entity), is an ordinary word before the kind of
    body it describes ("the JOINT committee", "COUNTY council leaders", "the STATE police": :data:`_BODY_ATTRIBUTIVES`),
    which no known state, place or company names: the word shouted, not a place or a body's acronym."""
    word = s.exact
    return (s.attributes.get("name") == word and word.isalpha() and word.isupper() and word.casefold() in _BODY_ATTRIBUTIVES
            and _BODY_KIND_AFTER.match(text, s.end) is not None and not _known(word))


# A word in title case right before or after: the word in capitals is part of a longer name ("Roll UP Crepes")
_TITLE_BEFORE = re.compile(r"(?<![\w’'-])[A-Z][a-z][\w’'-]*[ \u00a0]+$")
_TITLE_AFTER = re.compile(r"[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][a-z]")  # "Roll UP Crepes", "SAVE the Children"
# An article or a preposition before a two-letter word, or a body's people after it: the acronym of a body ("the IS",
# "fighting IS", "by IS", "IS fighters")
_ARTICLE_OR_PREPOSITION_BEFORE = re.compile(r"(?<![\w’'-])(?:the|by|of|against|from|with|to|for|in|on|at|and|or|fighting"
                                            r"|joined|join|joins|fight|fought|defeat|defeated)[ \u00a0]+$", re.IGNORECASE)
_CONTRACTION_AFTER = re.compile(r"['’]S(?![\w])")
_PEOPLE_AFTER = re.compile(r"[ \u00a0]+(?:fighters?|militants?|group|jihadists?|members?|forces|supporters|leaders?"
                           r"|officials?|said|says|claimed|has|had|named|magazine|newspaper)(?![\w’'-])")
# The kind of body right before the word ("the charity MIND", "the band LIFE", "mental health charity MIND")
_BODY_KIND_BEFORE = re.compile(r"(?<![\w’'-])(?:charity|band|group|party|union|company|firm|magazine|newspaper|movement"
                               r"|campaign|organi[sz]ation|network|agency|label|chain|retailer|publisher|society|club|team"
                               r"|lobby|coalition|alliance|association)[ \u00a0]+$")
# A body's membership or ownership before the word ("members of AIM", "joined MOVE", "shares in ARM")
_JOINED_BEFORE = re.compile(r"(?<![\w’'-])(?:members?[ \u00a0]+of|joined|joins|join|shares[ \u00a0]+in|stake[ \u00a0]+in)"
                            r"[ \u00a0]+$", re.IGNORECASE)
# A town and a comma before a two-letter word: a US state's code ("Bangor, ME")
_TOWN_BEFORE = re.compile(r"(?<![\w’'-])[A-Z][a-z]+,[ \u00a0]*$")


# Pronouns of two letters no body is named by, shouted even in lower-case text ("@matttraynor ME ! the november show";
# "Bangor, ME" is kept above)
_PRONOUNS = frozenset({"me", "my"})
# Another word in capitals of two letters or more ("BUT the answer IS on")
_CAPITALS_WORD = re.compile(r"(?<![\w’'-])[A-Z]{2,}(?![\w’'-])")
# Function words the lexicon leaves out, which shouted text writes in capitals too ("BUT", "THE", "YOU")
_FUNCTION_WORDS = frozenset("""the and but or not no yes so to of on in at by for with from this that these those it its
    you your we our they their he she his her him them me my all any are was were be been do does did have has had will
    can just now then than very too only also what when why how who here there ok okay please""".split())


def _shouting_around(text: str, start: int, end: int) -> bool:
    """Another common word in capitals (the lexicon's or a function word, no known name: "BUT", not "US" or "UK") within
    about six words before or after ``text[start:end]``: the text around it is shouted. A word of two letters in
    mixed-case text is an acronym ("Groups like IS and al-Qaeda", "struck IS positions"), also when the text names it
    twice ("Groups like IS and al-Qaeda struck IS positions": the same word again is no shouting)."""
    own = text[start:end]
    for m in _CAPITALS_WORD.finditer(text, max(0, start - 40), min(len(text), end + 40)):
        word = m.group().casefold()
        if m.group() != own and (word in _FUNCTION_WORDS or word in lower_case_words()) and not _known(m.group()):
            return True
    return False


def shouted_common_word(text: str, s: Suggestion) -> bool:
    """``s`` is one word in capitals ("the answer IS on", "are EXPENSIVE to copy", "LET'S ALL GET") whose lower-case form
    the case-ratio lexicon (:func:`common_words.lower_case_words`) holds, which no known state, place or company names:
    the word shouted, no acronym. The lexicon holds no word the training text tags as a one-word name, so "US", "IT",
    "WHO", "UN", "EU" are not in it. Not a part of a longer name in title case ("Roll UP Crepes"), nor after "the" ("the
    MOVE house": the group's); a word of two letters only in shouted text (another common word in capitals near it:
    "BUT the answer IS on"; not "Groups like IS and al-Qaeda") or a pronoun ("ME", "MY"), and not after an article, a
    preposition or a town and a comma ("fighting IS", "Bangor, ME"); no word before a body's people, the kind of body
    or a verb a body does ("IS fighters", "MIND said", "MOVE members", "UP police"), nor after the kind of body or a
    body's membership ("the charity MIND", "members of AIM", "joined MOVE", "shares in ARM")."""
    word = s.exact[:-2] if s.exact.endswith(("'S", "’S")) else s.exact
    if word == "LET" and _CONTRACTION_AFTER.match(text, s.start + len(word)) is not None:
        return True  # "LET'S": let us
    if (s.attributes.get("name") not in (s.exact, word) or len(word) < 2 or not word.isalpha() or not word.isupper()
            or word.casefold() not in lower_case_words() or _known(word)):
        return False
    if (_TITLE_BEFORE.search(text, max(0, s.start - 30), s.start) is not None
            or _TITLE_AFTER.match(text, s.start + len(s.exact)) is not None
            or THE_BEFORE.search(text, max(0, s.start - 5), s.start) is not None):  # "the MOVE house": a group's name
        return False
    if len(word) == 2 and (_ARTICLE_OR_PREPOSITION_BEFORE.search(text, max(0, s.start - 12), s.start) is not None
                           or _TOWN_BEFORE.search(text, max(0, s.start - 30), s.start) is not None  # "fighting IS", "Bangor, ME"
                           or (word.casefold() not in _PRONOUNS and not _shouting_around(text, s.start, s.end))):  # "Groups like IS"
        return False
    if (_PEOPLE_AFTER.match(text, s.end) is not None or _BODY_AFTER.match(text, s.end) is not None
            or _BODY_KIND_AFTER.match(text, s.end) is not None  # "MIND said", "MOVE members", "UP police"
            or _BODY_KIND_BEFORE.search(text, max(0, s.start - 15), s.start) is not None  # "the charity MIND"
            or _JOINED_BEFORE.search(text, max(0, s.start - 15), s.start) is not None):  # "members of AIM", "joined MOVE"
        return False
    return organisations.english_line(text, s.start)
