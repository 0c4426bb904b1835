"""Kazakh names written before the noun of their kind (no I/O, no Qt).

Kazakh names an organisation by a capitalised word, up to three lower-case words and the noun of
its kind in the compound's possessive form ("Макинск құс фабрикасы", "Көлік прокуратурасы",
"Павлодар экономикалық соты", "Ұлттық ядролық орталығы"; with Kazakhstan before it, "Қазақстан Республикасының Білім
министрлігі", "ҚР Қаржы министрлігі"): :func:`organisations` finds the whole name; not after a word in the genitive ("Білімнің орталығы": the centre of knowledge). The possessive ending ("-сы", "-ы", "-і", "-ғы" of "орталық") is what makes the noun a
name's head: "жаңа зауыт", "зауыттың" alone are none. A river or a lake is the capitalised word
before "өзені", "көлі" ("Сырдария өзенінің", "Балқаш көлінде"): :func:`waters` finds the place
without the noun, as Kazakh corpora write it. Only in Kazakh text (a Kazakh letter in the sentence).
"""

from __future__ import annotations

import re

from desktop.suggest import gazetteer, kazakh_bodies, legal_forms, names
from desktop.suggest.matcher import KAZAKH_ENDING
from desktop.suggest.matcher import gazetteer_matcher as _gazetteer
from desktop.suggest.words import KAZAKH_LETTER, IsPlace

__all__ = ["head_end", "organisations", "place_after_name", "quoted", "quoted_thing", "waters"]

_CAP = "[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+(?:-[а-яёәғқңөұүһіА-ЯЁӘҒҚҢӨҰҮҺІ0-9]+)?"
_LOW_WORD = "[а-яёәғқңөұүһі]+(?:-[а-яёәғқңөұүһі]+)?"
# The noun of an organisation's kind in the possessive of a compound, then a case ending or none: one that names
# an institution ("Көлік прокуратурасы") and one a common noun takes too ("Сауда орталығы", a shopping centre;
# "Мұнай қоры", oil reserves; "Полиция бөлімі", a police station), after a name only (not opening a sentence)
_INSTITUTION = ("прокуратурасы|академиясы|корпорациясы|агенттігі|министрлігі|серіктестігі|университеті|институты"
                "|басқармасы|департаменті")
_GENERIC = "фабрикасы|компаниясы|орталығы|зауыты|комбинаты|соты|банкі|қоры|бөлімі|кеңсесі"
_HEAD = rf"(?P<head>{_INSTITUTION}|{_GENERIC})(?:ның|нің|на|не|нда|нде|ндағы|ндегі|нан|нен|н|мен)?"
_IS_GENERIC = re.compile(_GENERIC)
# Kazakhstan named before a body's name ("Қазақстан Республикасының Білім министрлігі", "ҚР Қаржы министрлігі",
# "Қазақстан Ұлттық банкі"): the state's, part of the name
_STATE_BEFORE = r"(?P<state>(?:Қазақстан(?:[ \u00a0]+Республикасы(?:ның)?)?|ҚР)[ \u00a0]+)?"
_ORGANISATION = re.compile(rf"(?<![\w-]){_STATE_BEFORE}(?P<first>{_CAP})(?P<middle>(?:[ \u00a0]+{_LOW_WORD}){{0,3}}?)[ \u00a0]+{_HEAD}(?![\w-])")
# "өзені", "көлдерінде": the possessive, then a case ending or none ("көлігін", a vehicle, is no lake)
_WATER = re.compile(rf"(?<![\w-])(?P<name>{_CAP})[ \u00a0]+(?:өзен|көл)(?:дер)?і(?:{KAZAKH_ENDING.pattern})?(?![\w-])")
# Words that open a sentence before a noun and are no name: pronouns and demonstratives.
_NOT_NAMES = frozenset("Біз Сіз Мен Сен Олар Бұл Осы Сол Ол Мына Мынау Әр Барлық Біздің Сіздің Олардың Оның Менің Бүкіл Жаңа Биыл Қазір".split())

# A first word in the genitive is the possessor of a common noun ("Білімнің орталығы": the centre of
# knowledge; "Қазақтың рухани орталығы"), not a name's first word.
_GENITIVE = re.compile("(?:ның|нің|дың|дің|тың|тің)$")
# A first word with the ending of a place where, whither or whence, or of the instrument ("Алматыда сауда орталығында":
# in Almaty, in a shopping centre): no word of a name; nor, between a name and the head, a genitive or a
# dative ("журналистерге өз кеңсесінде": the minister's own office) or "өз" (own); "сауда" (trade) ends like a
# locative, and stays.
_PLACE_CASE = re.compile("(?:да|де|та|те|ға|ге|қа|ке|дан|ден|тан|тен|нан|нен|мен|бен|пен)$")
_CASE = re.compile("(?:ға|ге|қа|ке|ның|нің|дың|дің|тың|тің)$")


# ``is_known_place(text, start, end)``: the gazetteer knows a state or place at text[start:end]


def _no_place(_text: str, _start: int, _end: int) -> bool:
    return False


def _kazakh(text: str, start: int, end: int) -> bool:
    return KAZAKH_LETTER.search(text, max(0, start - 200), end + 200) is not None


def organisations(text: str, is_known_place: IsPlace = _no_place) -> list[tuple[int, int]]:
    """``(start, end)`` of each Kazakh organisation named before the noun of its kind; the noun of a
    common kind ("орталығы", "бөлімі") only after a place the gazetteer knows or a name mid-sentence,
    "қоры" (a fund, and reserves) only after a known place."""
    out: list[tuple[int, int]] = []
    if KAZAKH_LETTER.search(text) is None:
        return out  # no Kazakh text (a cheap scan before the pattern's)
    for m in _ORGANISATION.finditer(text):
        first = m.group("first")
        if first in _NOT_NAMES or _GENITIVE.search(first) or _PLACE_CASE.search(first):
            continue
        if any(w == "өз" or _CASE.search(w) for w in m.group("middle").split()):
            continue  # "Жұмабаев өз компаниясын", "Министр журналистерге өз кеңсесінде"
        if _IS_GENERIC.fullmatch(m.group("head")) and not m.group("state") and not is_known_place(text, m.start(), m.end("first")) and (
                m.group("head") == "қоры" or names.opens_sentence(text, m.start())):
            continue  # "Сауда орталығы", "Мұнай қоры", "Полиция бөлімі": a common noun
        if _kazakh(text, m.start(), m.end()):
            out.append(m.span())
    return out


_LOWER_WORDS = re.compile(rf"(?:[ \u00a0]+{_LOW_WORD})+")


def head_end(text: str, start: int, end: int) -> int:
    """Where a recogniser's guess ``text[start:end]`` ends when it runs on over lower-case words
    after the noun of an organisation's kind ("Павлодар экономикалық соты шешім": at "соты")."""
    m = _ORGANISATION.match(text, start, end)
    return m.end() if m is not None and _LOWER_WORDS.fullmatch(text, m.end(), end) else end


def waters(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each river or lake named before "өзені", "көлі" in Kazakh text."""
    if KAZAKH_LETTER.search(text) is None:
        return []
    return [m.span("name") for m in _WATER.finditer(text)
            if m.group("name") not in _NOT_NAMES and _kazakh(text, m.start(), m.end())]


_CAP_LETTER = "А-ЯЁӘҒҚҢӨҰҮҺІ"
_LAST_WORD = re.compile(rf"(?<=[ \u00a0])[{_CAP_LETTER}]\S*$")
# A surname's own suffix after a place's name ("Оралов", "Алматов", "Таразова", "Ақтауұлы"): the gazetteer reads
# Russian endings too, but no Kazakh case ending ends so
_SURNAME_END = re.compile("(?:ов|ев|ёв|ова|ева|ёва|ин|ина|ұлы|қызы)$")


def place_after_name(text: str, start: int, end: int, person: bool) -> int | None:
    """Where a name ends when a recogniser's Kazakh guess ``text[start:end]`` of a person or an
    organisation runs on into the next word, a state or place the gazetteer knows with its case ending
    glued on ("Президент Тоқаев Астанада", "Мұрат Нұртілеу Пекинге", "Ішкі істер министрлігі
    Қарағандыда": the place where, whither, whence) or, after a ``person``, one of Kazakhstan's bodies
    ("Олжас Бектенов Үкімет отырысында": the Government's meeting; "Қазақстан Үкіметі" is one organisation);
    None when it does not. Kazakh writes no apostrophe
    before the ending, so the model reads the two as one name."""
    last = _LAST_WORD.search(text, start, end)
    if last is None or not text[start : last.start()].strip():
        return None
    hit = _gazetteer().match_at(text, last.start())
    ended = hit is not None and hit[0] == end and KAZAKH_LETTER.search(text, max(0, start - 200), end + 200) is not None
    if ended and (last.group().casefold() in gazetteer.types_by_form() or _SURNAME_END.search(last.group())):
        ended = False  # the place's own form, no ending ("Ерлан Астана"), a surname made from it ("Ерлан Оралов")
    if not ended and not (person and kazakh_bodies.is_body(last.group())):
        return None
    return len(text[: last.start()].rstrip())



# Nouns of an organisation's kind in the compound's possessive ("партиясы", "орталығы"), then a case ending or none
_KINDS = ("партиясы|орталығы|қоры|арнасы|телеарнасы|компаниясы|корпорациясы|серіктестігі|банкі|агенттігі|қауымдастығы"
          "|одағы|холдингі|клубы|командасы|академиясы|университеті|институты|газеті|журналы|ансамблі|театры|фабрикасы"
          "|зауыты|комбинаты|бірлестігі|кооперативі|қозғалысы|ұйымы|қоғамы|концерні")
_QUOTED = re.compile(
    rf"«[ \u00a0]*(?P<name>[{_CAP_LETTER}A-Z][^«»\n.!?]{{0,60}}?)[ \u00a0]*»(?:[ \u00a0]+{_LOW_WORD}){{0,3}}?[ \u00a0]+"
    rf"(?:(?:{'|'.join(sorted(legal_forms.KAZAKH, key=len, reverse=True))})(?![\w-])|(?:{_KINDS})(?:{KAZAKH_ENDING.pattern})?(?![\w-]))")


def quoted(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each name written in guillemets before the noun of an organisation's kind or a
    legal form in Kazakh text ("«Amanat» партиясының", "«Болашақ» ЖШС", "« Бақытты отбасы » орталығы",
    "«Самұрық-Қазына» ұлттық әл-ауқат қоры"): the name inside the guillemets, as Kazakh corpora mark it.
    Not a work's or an operation's name ("« Жусан » операциясы", "« Абай жолы » романы"): no such noun."""
    if KAZAKH_LETTER.search(text) is None or "«" not in text:
        return []
    return [m.span("name") for m in _QUOTED.finditer(text) if _kazakh(text, m.start(), m.end())]


# Nouns of a programme's, a project's, an operation's or a work's kind after a name in guillemets ("« Бақытты отбасы »
# бағдарламасы", "«Жусан» операциясы", "«Абай жолы» романы"): a thing, no actor, even where the same name is an
# organisation's elsewhere ("« Бақытты отбасы » орталығы").
_THING_AFTER = re.compile(
    r"[ \u00a0]*»(?:[ \u00a0]+[а-яёәғқңөұүһі]+){0,2}?[ \u00a0]+(?:бағдарлама|жоба|операция|акция|тұжырымдама|стратегия|роман|фильм|кітаб"
    r"|спектакл|фестивал|байқау|өлең|жинағ|альбом|ән)(?:сы|ы|і|лары|лері)(?:" + KAZAKH_ENDING.pattern + r")?(?![а-яёәғқңөұүһі])")
_OPEN_BEFORE = re.compile(r"«[ \u00a0]*$")


def quoted_thing(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is the whole name in guillemets before the noun of a programme's, a project's or a
    work's kind in Kazakh text ("« Бақытты отбасы » бағдарламасы арқылы")."""
    return (_OPEN_BEFORE.search(text, max(0, start - 3), start) is not None and _THING_AFTER.match(text, end) is not None
            and _kazakh(text, start, end))
