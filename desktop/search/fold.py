"""Case and diacritic folding for search, one character to one character.

SQLite's ``unicode61`` tokenizer folds case by Unicode's simple mapping and,
with ``remove_diacritics``, strips marks — but it knows no Turkish: "İ" and "ı"
do not meet "i", so "İstanbul" and "istanbul" would not find each other, and
Python's own ``"İ".lower()`` is two characters ("i̇"), which would shift every
offset after it.  So the store indexes text folded here, in Python, and the
tokenizer is told not to strip anything (``remove_diacritics 0``).

The rules, chosen for English, Russian, Turkish and Kazakh text side by side:

* I, ı, İ, i all fold to "i" (the document's language is not known per word;
  a Turkish reader typing on any keyboard finds both dotted and dotless forms).
* Latin and Greek letters lose their diacritics: "çağrı" → "cagri",
  "Ankara'daki" finds "ankara", "café" → "cafe".
* Cyrillic keeps its letters: "й" stays apart from "и", Kazakh "ә ғ қ ң ө ұ ү һ і"
  stay themselves (they have no decomposition anyway); only "ё" meets "е", as
  Russian spelling treats them.
* Case is folded with ``casefold`` when that gives one character ("ς" → "σ"),
  else ``lower`` ("ß" stays "ß").

Every character folds to exactly one character, so an offset in folded text is
the same offset in the original: a hit found in folded text is highlighted in
the real one.  Changing these rules changes what the index holds: a store that
was indexed with the old rules must be re-indexed by a new migration
(see :func:`desktop.store.search.rebuild_index`).
"""

from __future__ import annotations

import re
import unicodedata

FOLD_VERSION = 1

_SPECIAL = {"I": "i", "ı": "i", "İ": "i", "Ё": "е", "ё": "е"}


def fold_char(ch: str) -> str:
    """The one character that ``ch`` is indexed and searched as."""
    special = _SPECIAL.get(ch)
    if special is not None:
        return special
    base = ch
    if not _is_cyrillic(ch):
        decomposed = unicodedata.normalize("NFD", ch)
        stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
        if len(stripped) == 1:
            base = stripped
    folded = base.casefold()
    if len(folded) == 1:
        return folded
    lowered = base.lower()
    return lowered if len(lowered) == 1 else base


def _is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u052f"


_DIFFERS: dict[str, bool] = {}
_FOLDED: dict[str, str] = {}


def _folded(ch: str) -> str:
    out = _FOLDED.get(ch)
    if out is None:
        out = _FOLDED[ch] = fold_char(ch)
    return out


def _differs_from_lower(ch: str) -> bool:
    differs = _DIFFERS.get(ch)
    if differs is None:
        differs = _DIFFERS[ch] = _folded(ch) != ch.lower()
    return differs


def fold(text: str | None) -> str:
    """``text`` folded for search; as long as ``text`` (None gives '').

    ``str.lower`` does most of the work at C speed; only the characters it gets
    wrong for search (diacritics, "İ", "ё") are replaced first, so Russian or
    English text costs about one ``lower()`` pass.
    """
    if not text:
        return ""
    if text.isascii():
        return text.lower()
    odd = [ch for ch in set(text) if not ch.isascii() and _differs_from_lower(ch)]
    if odd:
        table = {ord(ch): _folded(ch) for ch in odd}
        text = re.sub("[" + re.escape("".join(odd)) + "]", lambda m: table[ord(m.group())], text)
    return text.lower()


# The scripts whose letters fold onto others; a character outside them only
# meets its own lower and upper case.
_FOLDING_RANGES = ((0x0000, 0x0250), (0x0370, 0x0530), (0x1E00, 0x1F00))
_VARIANTS: dict[str, str] | None = None


def variants(folded_ch: str) -> str:
    """Every character that folds to ``folded_ch`` (for searching unfolded text)."""
    global _VARIANTS
    if _VARIANTS is None:
        groups: dict[str, list[str]] = {}
        for lo, hi in _FOLDING_RANGES:
            for code in range(lo, hi):
                ch = chr(code)
                groups.setdefault(_folded(ch), []).append(ch)
        _VARIANTS = {k: "".join(v) for k, v in groups.items()}
    found = _VARIANTS.get(folded_ch)
    if found is not None:
        return found
    upper = folded_ch.upper()
    return folded_ch + upper if len(upper) == 1 and upper != folded_ch else folded_ch
