"""English names the small English model misses that a rule reads (no I/O, no Qt): a common given name before a
surname ("Christina Aguilera", "Yoko Ono"), a state's division by its own words and its kind ("Kunar province",
"Hunan Province")."""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.suggest import gazetteer, given_names, names
from desktop.suggest.guesses import function_word

__all__ = ["OPENERS_BEFORE_A_NAME", "capital_word_before", "without_openers", "divisions", "given_name_people", "not_a_name_word", "person_not_place"]

# Last words that make a given name and a surname a thing named after a person ("Stanley Cup", "Tony Awards", "the
# George Floyd Justice in Policing Act"; "Frank Lloyd Wright Foundation" goes by its head word), not the person.
_NAMED_AFTER_A_PERSON = frozenset("""Cup Prize Prizes Award Awards Trophy Medal Stadium Arena Park Bridge Tunnel Airport
    Station Library Theatre Theater Memorial Highway Boulevard Lane Drive Island Islands River Lake Hotel Show Act
    Law Band Orchestra Quartet Trio Choir Project Fellowship Scholarship Lecture Syndrome Disease Effect Doctrine Plan
    Report Rule Building Hall Centre Center School Justice""".split())
# Last words of places and things that take a given name as often ("Ross Sea", "Howard Beach", "Arthur Pass", "Amber
# Alert", "Ted Talk", "Dean Foods"): no surname. Not the surnames of well-known people among them: Hill, Field, Pike,
# Ridge ("Tom Ridge"), Strait ("George Strait"), Ocean ("Frank Ocean"), Bay ("Michael Bay"), Temple, Church.
_PLACE_OR_THING_AFTER_A_NAME = frozenset("""Sea Gulf Sound Coast Beach Cove Creek Falls Springs Valley Canyon Glacier
    Mount Mountain Mountains Peak Heights Pass Cape Peninsula Desert Village Port Fort Harbor Harbour Point Gardens Plaza
    Mall Place Terrace Crescent Circle Quay Wharf Pier Junction Crossing Shelf Turnpike Expressway Freeway Parkway Canal
    Channel Dam Reservoir Alert Talk Talks Foods Tour Festival Records Studios Productions""".split())
# Capitalised words that may stand right before a given name without being part of a longer name
OPENERS_BEFORE_A_NAME = frozenset("""The A An In On At By For From And But With As When After Before If So Then While
    Of To Although Though Because Since Unless Until Whereas Once Ask Remember Meet Like Unlike Including Featuring
    Starring Against About Under Over Between Among Without Via Into Through During Despite Except Upon Dear Thanks
    Why How What Where Who Whom Yes No Also Only Even Both Either Neither Now Today Yesterday""".split())
_CAPITAL_WORD_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][\w’'.-]*)[ \u00a0]+$")


# Brands named after a person, read as the brand ("Shares of Hugo Boss fell"): no person
_BRANDS = frozenset({"Hugo Boss", "Jack Daniels", "Jack Daniel's", "Jack Daniel’s"})
# A headline's verb in the present ends in -s ("Resigns", "Dies", "Hits"); "Tony Blair to Resign" has no third capital
_VERB_S = re.compile(r"[A-Z][a-z]+[^s]s")


def not_a_name_word(w: str) -> bool:
    """``w`` is no surname: a common word, a body's head word, a month, a function word, a thing named after a person's
    or a place's last word ("Cup", "Sea", "Street")."""
    return (w in names.NOT_ENTITIES or w in names.NOT_FIRST_NAMES or w in names.NOT_PERSON_LAST or w in _NAMED_AFTER_A_PERSON
            or w in _PLACE_OR_THING_AFTER_A_NAME or names.ORG_WORD.fullmatch(w) is not None or function_word(w))


def without_openers(words: list[str]) -> list[str]:
    """``words`` without the function words and openers (:data:`OPENERS_BEFORE_A_NAME`) before a name ("The", "Along",
    "Also"), which a run of capitalised words opening a sentence takes in."""
    while words and (function_word(words[0]) or words[0] in OPENERS_BEFORE_A_NAME):
        words = words[1:]
    return words


def capital_word_before(text: str, start: int) -> bool:
    """A capitalised word other than an opener (:data:`OPENERS_BEFORE_A_NAME`) or a nationality stands right before
    ``start`` ("Lake George Smith", "President George Bush"): the name there is part of a longer one."""
    before = _CAPITAL_WORD_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and before.group(1) not in OPENERS_BEFORE_A_NAME and not gazetteer.is_demonym(before.group(1))


def given_name_people(text: str, language_at: Callable[[str, int], bool],
                      known: Callable[[str], bool] = lambda _w: False) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of each common given name before a surname (:func:`given_names.full_names`:
    "Christina Aguilera", "Donald Wuerl", "Yoko Ono") in a line ``language_at`` accepts, which the small English
    model misses in rare names: none whose other words are a month, a day, a body's head word or a thing named
    after a person ("Stanley Cup", "Tony Awards") or a place's or a thing's last word ("Ross Sea", "Amber Alert"), none in a headline in title case, none after another
    capitalised word but an opener ("Lake George Smith", "President George Bush" are other rules' to read), none with
    a function word ("George Bush And …" of a line in title case), nor a brand named after a person ("Hugo Boss").
    Of three capitalised words, the third is left out in a short headline in title case ("Tony Blair Resigns": the
    verb) and when ``known(word)`` names it (a body or a company: "Kevin Smith Reuters", "Jack Ma Alibaba's")."""
    out = []
    for start, end, words in given_names.full_names(text):
        if any(not_a_name_word(w) for w in words[1:]):
            continue  # "Stanley Cup", "Mike Tanner Foundation" (a headline's too)
        if (len(words) == 3 and words[1][:1].isupper() and not words[1].endswith(".") and words[2][:1].isupper()
                and (known(words[2]) or (_VERB_S.fullmatch(words[2]) and names.short_title_line(text, start)))):
            end = text.rindex(words[1], start, end) + len(words[1])
            words = words[:2]
        if (capital_word_before(text, start) or names.title_line(text, start) or not language_at(text, start) or " ".join(words) in _BRANDS):
            continue
        out.append((start, end, " ".join(words)))
    return out


# One or two capitalised words before the word of a state's division, capitalised or not ("Hunan Province", "Kunar
# province", "Orleans Parish"); "township", "borough" and "district" in lower case name parts of towns as often.
_DIVISION_NAME = re.compile(rf"(?<![\w’'.&-])(?P<name>{names.NAME_WORD}(?:[ \u00a0]{names.NAME_WORD})?)[ \u00a0]+(?P<kind>{names.DIVISIONS}"
                            r"|province|parish|county|prefecture|governorate|oblast)(?![\w’'-])(?![ \u00a0]+[A-Z])")
_PARTY_WORDS = frozenset({"Republican", "Democratic", "Democrat", "Federal", "Conservative", "Labour", "Liberal"})


def divisions(text: str, language_at: Callable[[str, int], bool],
              known_place: Callable[[str, int, int], bool]) -> list[tuple[int, int]]:
    """``(start, end)`` of each state's division named by its own words and its kind ("Hunan Province", "Tangipahoa
    Parish"; the name alone before the kind in lower case: "Kunar" of "Kunar province") in a line ``language_at`` accepts, which the small English model misses or calls
    a body: none whose words are a month, a day, a function word or a party's ("Republican county chairmen"), nor
    one before another capitalised word ("Federal District Judge", "A Sand County Almanac"), nor one word opening a
    sentence ("Each county", "Every Province"), nor a place ``known_place`` knows before the kind in lower case ("Limpopo province"
    stays "Limpopo", the gazetteer's)."""
    out = []
    for m in _DIVISION_NAME.finditer(text):
        words, start = m.group("name").split(), m.start()
        if (len(words) == 2 and _VERB_S.fullmatch(words[0]) and names.short_title_line(text, start)
                and not known_place(text, start, m.end("name"))):
            # "Wildfire Threatens Kern County": the verb; not "Los Angeles County"
            words, start = words[1:], m.end("name") - len(words[1])
        capitalised = text[m.end() - len(m.group("kind"))].isupper()  # "Hunan Province", not "Kunar province"
        if (any(w in names.NOT_ENTITIES or w in names.NOT_FIRST_NAMES or w in _PARTY_WORDS or function_word(w) or names.ORG_WORD.fullmatch(w)
                for w in words)
                or (len(words) == 1 and names.opens_sentence(text, start)) or not language_at(text, start)
                or (not capitalised and known_place(text, start, m.end("name")))):
            continue
        out.append((start, m.end() if capitalised else m.end("name")))
    return out


# Last words of places that are also surnames ("Michael Bay", "Tom Ridge"): a place when the model says so
# ("Alexander Bay", "Francis Bay"), while given_name_people keeps them in a person's name
_PLACE_AFTER_A_NAME = frozenset("Bay Hill Ridge Field Pike Strait Temple Church".split())


def person_not_place(exact: str, known: Callable[[str], bool]) -> bool:
    """``exact``, which a recogniser calls a place, is a common given name and a surname ("Ramzi Farouk"), which names
    no place alone; not when ``known(word)`` names the whole or its last word (a company: "Bradley Chevron")."""
    return (not known(exact) and not any(known(w) or w in _PLACE_AFTER_A_NAME for w in exact.split()[-1:])
            and [(a, b) for a, b, _n in given_name_people(exact, lambda _t, _p: True)] == [(0, len(exact))])
