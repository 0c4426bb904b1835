"""A common English word capitalised only because it opens a sentence is no name (no Qt): the small English model reads
"Equipment" of "Equipment is state of the art." as a person. Which words English writes in lower case comes from a
case-ratio lexicon (``resources/gazetteer/lower_case_en.txt``, built by ``scripts/build_case_ratio.py`` from GUM's,
wikigold's, re3d's, WNUT17's and BTC's training text: words written in lower case at least five times and in 95% of their
occurrences past a sentence's first word, never tagged there as a one-word name), so a word that names bodies and places as often ("Office", "Department", "Middle", "Internet") is not in
it and stays."""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.meaning.lexicon import lower_case_words
from desktop.suggest import gazetteer, organisations
from desktop.suggest.given_names import GIVEN_NAMES
from desktop.suggest.suggestion import Suggestion

__all__ = ["lower_case_words", "sentence_opener"]

# The start of a sentence, a line or a post quoted after its author's handle, with an opening quote or bracket ("… art.
# Equipment", "\n“Equipment", "RT @ user : Truck mounted")
_OPENS = re.compile(r"(?:^|[.!?][\"”’')\]]*[ \u00a0]+|@[ \u00a0]?\w+[ \u00a0]?:[ \u00a0]+)[\"“‘'(\[ \u00a0]*$", re.MULTILINE)
# A verb of speaking (past or a headline's present), a person's act or a possessive after the word makes it a person, a
# party ("Young said", "Short tells MPs", "Short was elected", "Hope 's")
_SPEAKS_AFTER = re.compile(r"[ \u00a0]*(?:['’]s?(?![\w])|(?:said|says|told|tells|added|adds|asked|asks|replied|replies"
                           r"|wrote|writes|announced|announces|denied|denies|admitted|admits|insisted|insists|warned|warns"
                           r"|argued|argues|resigned|resigns|pleaded|died|dies|married|(?:was|is|has[ \u00a0]+been)[ \u00a0]+"
                           r"(?:born|elected|appointed|sentenced|arrested|jailed|convicted))(?![\w]))")


def _opens_a_sentence(text: str, start: int) -> bool:
    """``start`` opens a sentence, a line or a post quoted after its handle (:data:`_OPENS`). Not
    ``names.opens_sentence``, which also takes a clause after any colon, a semicolon or a dash ("the answer: Equipment")
    and looks three characters back only (not past a closing quote: "… art.” Equipment"): the lexicon drops a word
    only where English capitalises it for the sentence alone."""
    return _OPENS.search(text, max(0, start - 40), start) is not None


def sentence_opener(text: str, s: Suggestion) -> bool:
    """``s`` is one word the lexicon says English writes in lower case, capitalised only because it opens a sentence
    or a line ("Equipment is state of the art."), with no other evidence of a name: no given name, no known state,
    place or company, no verb of speaking, a person's act or possessive after it, and the text never writes it
    capitalised inside a sentence. Not two words: the second one's capital is not the sentence's ("Early Learning is
    a charity")."""
    words = s.exact.split(" ")
    if len(words) > 1 or s.attributes.get("name") != s.exact:
        return False
    lexicon = lower_case_words()
    for word in words:
        if (not word.isalpha() or not word[:1].isupper() or word[1:] != word[1:].lower() or word.casefold() not in lexicon
                or word in GIVEN_NAMES or word in organisations.COMPANIES):
            return False
    if gazetteer.types_by_form().get(s.exact.casefold()) is not None or _SPEAKS_AFTER.match(text, s.end) is not None:
        return False
    if not _opens_a_sentence(text, s.start):
        return False
    if _capitalised_inside(text, s.exact):
        return False  # written capitalised inside a sentence: the writer's name for something
    return organisations.english_line(text, s.start)


@lru_cache(maxsize=1)
def _inside_of(_text: str) -> dict[str, bool]:
    """The answers of :func:`_capitalised_inside` for one text (the last one read), so a long text is scanned once for
    each form, not once for each of its suggestions. Not ``lru_cache`` on :func:`_capitalised_inside` itself: a cache
    keyed by text and form keeps as many texts alive as it has entries (a thousand forms of a thousand 1 MB texts);
    this one keeps the last text only."""
    return {}


def _capitalised_inside(text: str, form: str) -> bool:
    """``text`` writes ``form`` somewhere not at a sentence's opening."""
    known = _inside_of(text)
    if form not in known:
        inside = re.compile(rf"(?<![\w’'-]){re.escape(form)}(?![\w’'-])")
        known[form] = any(not _opens_a_sentence(text, m.start()) for m in inside.finditer(text))
    return known[form]
