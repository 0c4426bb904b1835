"""Finding many names at once in text, with Russian case endings (no I/O, no Qt).

:class:`NameMatcher` compiles the names of the gazetteer (:func:`gazetteer_matcher`) or of
the store's known entities and aliases (:func:`known_matcher`) into one trie-shaped pattern;
a Russian word of a name takes case endings ("Россия" → "России", "Москвой"), checked to be
real endings so that "Тогда" is no Того; in Kazakh text, a Kazakh one ("Астанаға", "Нью-Йоркте").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from desktop.suggest import gazetteer
from desktop.suggest.words import KAZAKH_LETTER as _KAZAKH_LETTER

_CYR_LOWER = "а-яё"
# Up to five letters after a stem (Kazakh "-дағы"), any letters: :meth:`NameMatcher._index` checks the
# ending is a real Russian or Kazakh one (a class of letters compiles twice as fast as a list of them).
_CYR_ENDING = r"[^\W\d_]{0,5}"
# The endings of Russian nouns and adjectives after a name's stem ("Росси-и", "Москв-ой",
# "Соединённ-ых Штат-ов", "Европейск-ого"): a vowel, "ь" or "й", then at most two of the letters
# endings are made of, so that "Тогда", "Газета", "Доходы" are no Того, Газа, Доха. (Checked on
# each match: in the pattern itself it would make the gazetteer's pattern slower to build.)
_REAL_ENDING = re.compile("(?:[аяуюеиыоьйё][йюмхвгоеуяёыи]{0,2})?")
# Kazakh case endings after a whole name ("Астана-ға", "Нью-Йорк-те", "Алматы-дағы", "Қытай-дың",
# "Ресей-мен"), read only in Kazakh text (a Kazakh letter near the word): Russian's own are above.
_KAZAKH_ENDING = re.compile("(?:н?да|н?де|та|те|н?дағы|н?дегі|тағы|тегі|ға|ге|қа|ке|на|не|а|е|ның|нің|дың|дің|тың"
                            "|тің|ны|ні|ды|ді|ты|ті|н|дан|ден|тан|тен|нан|нен|мен|бен|пен)")
KAZAKH_ENDING = _KAZAKH_ENDING  # read by desktop.suggest.kazakh_bodies
_RU_ADJECTIVE_END = re.compile("(?:ые|ие|ый|ий|ой|ая|яя|ое|ее)$")
_HAS_CYR_LOWER = re.compile(f"[{_CYR_LOWER}]")
_INDECLINABLE_RU = re.compile(r"(?<![ыиоеь])(?<!ств)(?<!н)(?<!т)[оеиую]$")


def _ru_stem(word: str, before_noun: bool = False) -> str | None:
    """The stem a Russian word of a name form takes case endings on ("Россия" → "Росси"), or
    None: not Russian, or not declined (a word in "-о", "-е", "-и", "-у", "-ю": "Того", "Чили",
    unless it is an adjective or a noun in "-ство", "-ние": "Соединённые", "Содружество").
    A word of five letters is an adjective only ``before_noun`` ("Южная Корея" → "Южной Кореи");
    alone it is a noun ("Селая", "Прая": "Село" is no form of Селая)."""
    if not _HAS_CYR_LOWER.search(word) or len(word) <= 3 or _INDECLINABLE_RU.search(word):
        return None
    adjective = len(word) >= (5 if before_noun else 6) and _RU_ADJECTIVE_END.search(word)
    return word[:-2] if adjective else word[:-1] if word[-1] in "аяоеьйиы" else word


def _word_atoms(word: str, before_noun: bool = False) -> list[str]:
    """Regex atoms of one word of a name form: literal characters, plus a case ending
    for a Russian word (:func:`_ru_stem`)."""
    stem = _ru_stem(word, before_noun)
    if stem is not None:
        return [re.escape(c) for c in stem] + [_CYR_ENDING]
    if len(word) >= 5 and _HAS_CYR_LOWER.search(word):  # "Көкшетау": no Russian ending, a Kazakh one in Kazakh text
        # ("Көкшетауда"); not a short name that a Kazakh word opens ("Ара" of "Арадағы": in between)
        return [re.escape(c) for c in word] + [_CYR_ENDING]
    return [re.escape(c) for c in word]


def _real_ending(written: str, form_words: Sequence[str]) -> bool:
    """The last word ``written`` is one of the forms' last words with a real Russian ending."""
    for word in form_words:
        stem = _ru_stem(word)
        if written == word or (stem is not None and written.startswith(stem) and _REAL_ENDING.fullmatch(written, len(stem))):
            return True
    return False


# The Kazakh months: "Қазан" (October) is also Kazan's Kazakh name, and "Қазанда" is far more often "in
# October" than "in Kazan"; a month's word takes no Kazakh case ending here.
_KAZAKH_MONTHS = frozenset("қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан".split())


def _kazakh_ending(m: re.Match[str], written: str, form_words: Sequence[str]) -> bool:
    """The last word ``written`` is one of the forms' last words with a Kazakh case ending, in a
    text with Kazakh letters around the match ("Президент Нью-Йоркте өтетін …"); not a word that
    is also a Kazakh month's ("Қазанда": in October)."""
    if not any(written.startswith(word) and _KAZAKH_ENDING.fullmatch(written, len(word))
               and word.casefold() not in _KAZAKH_MONTHS for word in form_words):
        return False
    return _KAZAKH_LETTER.search(m.string, max(0, m.start() - 200), m.end() + 200) is not None


def _form_atoms(form: str) -> list[str]:
    atoms: list[str] = []
    words = form.split()
    for i, word in enumerate(words):
        if i:
            atoms.append(r"[ \u00a0]+")
        atoms += _word_atoms(word, before_noun=i + 1 < len(words))
    return atoms


def _trie_pattern(forms: Sequence[tuple[str, int]], not_after: str = "") -> tuple[str, list[int]]:
    """A trie-shaped alternation of the forms, longer forms first.  Each form ends
    in an empty named group ``g<N>``, so ``m.lastgroup`` tells which one matched;
    returns the pattern and the entry index of each group.  ``not_after``: a class of the
    characters that may not stand before a name, checked after the name's first character
    (``A`` then ``(?<!XA)`` is ``(?<!X)A``): the pattern then opens with its first
    characters, and the regex engine skips every place no name starts at instead of trying
    a look-behind at each (the gazetteer's scan of 1 MB of text 0.11 → 0.08 s)."""
    trie: dict[str, Any] = {}
    for form, index in forms:
        node = trie
        for atom in _form_atoms(form):
            node = node.setdefault(atom, {})
        node.setdefault("", index)  # first entry of a form wins
    groups: list[int] = []

    def emit(node: dict[str, Any], first: bool = False) -> str:
        # A name's own letters before the ending a shorter name takes: else "Россия" + "-йская" would
        # take "Российская", be rejected for its ending by :meth:`NameMatcher._index`, and the longer
        # "Российская Федерация" would never be tried.
        atoms = sorted((atom for atom in node if atom != ""), key=lambda atom: atom == _CYR_ENDING)
        branches = [atom + (f"(?<!{not_after}{atom})" if first and not_after else "") + emit(node[atom]) for atom in atoms]
        if "" in node:
            branches.append(f"(?P<g{len(groups)}>)")
            groups.append(node[""])
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return emit(trie, first=True), groups


class NameMatcher:
    """Finds any of many names (with Russian case endings) in text in one pass."""

    def __init__(self, entries: Sequence[tuple[Sequence[str], dict[str, Any]]]):
        self.payloads: list[dict[str, Any]] = []
        self.last_words: list[list[str]] = []  # of each payload's forms: their endings are checked
        forms: list[tuple[str, int]] = []
        for names, payload in entries:
            index = len(self.payloads)
            self.payloads.append(payload)
            forms += [(n.strip(), index) for n in names if n and n.strip()]
            self.last_words.append([n.split()[-1] for n in names if n and n.strip()])
        self.regex: re.Pattern[str] | None = None
        self.groups: list[int] = []
        if forms:
            pattern, self.groups = _trie_pattern(forms, not_after=r"[\w.]")
            self.regex = re.compile(pattern + r"(?![\w])")

    def match_at(self, text: str, pos: int) -> tuple[int, dict[str, Any]] | None:
        """A name starting exactly at ``pos``: (end, payload)."""
        if self.regex is None:
            return None
        m = self.regex.match(text, pos)
        index = self._index(m)
        return None if m is None or index is None else (m.end(), self.payloads[index])

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterable[tuple[int, int, dict[str, Any]]]:
        """The names in ``text[start:end]`` (offsets in ``text``; the characters around it are read as context)."""
        if self.regex is None:
            return
        for m in self.regex.finditer(text, start, len(text) if end is None else end):
            index = self._index(m)
            if index is not None and m.end() > m.start():
                yield m.start(), m.end(), self.payloads[index]

    def _index(self, m: re.Match[str] | None) -> int | None:
        """The payload of a match, unless its last word has no real Russian or Kazakh ending."""
        if m is None or m.lastgroup is None:
            return None
        index = self.groups[int(m.lastgroup[1:])]
        written = m.group().split()[-1] if m.group().strip() else ""
        if (_HAS_CYR_LOWER.search(written) and not _real_ending(written, self.last_words[index])
                and not _kazakh_ending(m, written, self.last_words[index])):
            return None
        return index


@lru_cache(maxsize=1)
def gazetteer_matcher() -> NameMatcher:
    return NameMatcher([(forms, {"name": name, "type": kind}) for name, kind, forms in gazetteer.entries()])


@lru_cache(maxsize=4)
def known_matcher(known: tuple[tuple[str, tuple[str, ...]], ...]) -> NameMatcher:
    entries = []
    for entity_id, names in known:
        names = tuple(n for n in names if isinstance(n, str) and len(n.strip()) >= 2)
        if names:
            entries.append((names, {"name": names[0], "entity_id": entity_id}))
    return NameMatcher(entries)


def known_key(known_entities: Iterable[Any]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    out = []
    for item in known_entities or ():
        try:
            entity_id, names = item
        except (TypeError, ValueError):
            continue
        if isinstance(names, str):
            names = [names]
        out.append((str(entity_id), tuple(str(n) for n in names)))
    return tuple(out)
