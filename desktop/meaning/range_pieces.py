"""The pieces that the rules of ranges of amounts share (issue 15, twentieth round): the signs of money written before the
number, the dashes and the words that join a range's two ends, in English, Russian and Turkish.  :mod:`ranges` and
:mod:`amount_years` build their patterns from these, so that a joiner or a sign added once counts in both."""

from __future__ import annotations

import re

# money's signs written before the number ("$300", "€3.50", "₺3.000"), for a character class
MONEY_SIGNS = "$€£¥₽₺"
# a letter Kazakh writes and Russian does not
KAZAKH_LETTER = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")  # (desktop.suggest.words takes it from here)
# the dashes between two ends ("5-7", "5–7", "5—7"), for a character class
DASHES = "-\u2013\u2014"
# the words that join two ends ("5 to 7", "between 5 and 7", "от 5 до 7", "5 ile 7 arasında", "5 ila 7")
RANGE_WORDS = ("to", "and", "до", "и", "ile", "ila", "ve")
# and the words of a choice between two amounts, read as a range as the Turkish and the count pairs are ("300 or 400
# dollars", "300 или 400 долларов", Kazakh "300 не 400 доллар"; Russian "не" is "not": Kazakh text only, :func:`kazakh_choice`)
CHOICE_WORDS = ("or", "или", "не")
# the Turkish words of a choice, whose pairs near each other count_ranges reads ("300 ya da 400 lira"): here only the pair
# too far apart for a range, two amounts ("2 ya da 21 dolar": 2 USD and 21 USD, the 2 was lost; twenty-second round)
CHOICE_WORDS_TR = ("ya da", "veya")
ALL_CHOICE_WORDS = CHOICE_WORDS + CHOICE_WORDS_TR  # ("or" in every language: a choice of two amounts)
# and those that join two ends only as the span of years of amounts reads them ("from 2000 until 2500 dollars")
SPAN_WORDS = ("until", "till", "through", "по")


def kazakh_around(text: str, at: int) -> bool:
    """A letter Kazakh writes and Russian does not within 80 characters of ``text[at]`` on its line: a Kazakh
    sentence (a Kazakh paragraph before a Russian one says nothing of the Russian one)."""
    lo = max(0, at - 80, text.rfind("\n", max(0, at - 80), at) + 1)
    hi = text.find("\n", at, at + 80)
    return KAZAKH_LETTER.search(text, lo, hi if hi != -1 else at + 80) is not None


def kazakh_choice(word: str, text: str, at: int) -> bool:
    """The joiner ``word`` is the Kazakh "не" (or) only in a Kazakh sentence around ``text[at]``; any other word is itself."""
    return word.lower() != "не" or kazakh_around(text, at)


def alternation(words: tuple[str, ...]) -> str:
    """``words`` as a regular expression's alternation ("to|and|…"), each as written."""
    return "|".join(words)
