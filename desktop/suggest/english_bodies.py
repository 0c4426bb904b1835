"""English bodies and states named by their frame, which the small English model misses (no I/O, no Qt):

* a realm of history named by a people's or a dynasty's adjective and its kind after "the" ("the Roman Empire", "the
  Holy Roman Empire", "the Dutch Republic", "the Safavid Empire"): a state;
* a paper or a magazine after a journalist's "for" or "at" ("a correspondent for National Review", "writing for The
  American Conservative", "he went on cartooning at the Star"): an organisation;
* a body right after the lower-case noun of its kind ("the group Swift Boat Veterans for Truth", "the political party
  Vlaams Belang", "the power monopoly RAO UES", "the Shiite party, Hizbullah,"): an organisation;
* an acronym in brackets that is no string of initials but takes its letters in order from the starts of its long
  form's words ("Russian Nanotechnology Corporation (RUSNANO)", "United States Naval Forces Germany (NAVFORGER)",
  "Escuela Latinoamericana de Medicina (ELAM)"): the acronym, its long form and the acronym's later mentions are one
  organisation (:func:`desktop.suggest.abbreviations.defined_acronyms` reads the strings of initials).

Each reads its frame with one scan of the text, skipped when the text holds none of its words. :func:`framed_bodies`
also runs the two other frames of the twenty-fifth round (:mod:`desktop.suggest.english_contained`,
:mod:`desktop.suggest.english_fates`), so that :mod:`desktop.suggest.english_frames` calls them with one line."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from desktop.suggest import english_contained, english_fates, english_names, gazetteer, given_names, names
from desktop.suggest.english_terms import BODY_HEADS, THINGS
from desktop.suggest.english_lists import LowerWords
from desktop.suggest.repeated_names import repeated_mentions
from desktop.suggest.spans import Taken
from desktop.suggest.suggestion import Suggestion, actor
from desktop.suggest.words import LOW, UP

__all__ = ["framed_bodies", "prefix_acronyms"]

_SPACE = r"[ \u00a0]+"
_CAPITALISED = rf"[{UP}][{LOW}]+(?:-[{UP}][{LOW}]+)?"
# "the Roman Empire", "the Holy Roman Empire", "the Second French Empire": "the", up to two capitalised words, the
# adjective, the realm's kind; not the start of a longer name ("the Empire State Building", "the Republic of Ireland")
_KINDS = ("Empire", "Republic", "Kingdom", "Caliphate", "Sultanate", "Khanate", "Confederation", "Confederacy")
_REALM = re.compile(rf"(?<![\w’'-])[Tt]he{_SPACE}((?:{_CAPITALISED}{_SPACE}){{0,2}}({_CAPITALISED}){_SPACE}(?:{'|'.join(_KINDS)}))"
                    rf"(?![\w-]|{_SPACE}(?:[{UP}\d]|of{_SPACE}))")
# A people's or a dynasty's adjective ("Byzantine", "Persian", "Safavid", "Frankish"); "Animal Kingdom", "Magic Kingdom",
# "Banana Republic", "Evil Empire" name a park, a shop, a nickname
_ADJECTIVE = re.compile(rf"[{UP}][{LOW}]+(?:an|ine|ese|ish|id)")
# Common English words with those endings, which name parks, shops, bands and games ("the Ocean Kingdom aquarium",
# "the Cheese Republic", "the Human Republic", "the Divine Kingdom church")
_COMMON_ENDINGS = frozenset("""Ocean Human Urban Titan Organ Clean Pelican Caravan Veteran Orphan Vegan Artisan
    Divine Marine Alpine Feline Canine Wine Pine Fine Shine Genuine Pristine Sunshine Machine Medicine Engine Routine
    Cheese Obese Lavish Foolish Selfish Stylish Liquid Solid Rapid Vivid Splendid Stupid Acid Hybrid Pyramid
    Android Cupid Orchid""".split())
# "a correspondent for National Review", "writing for The American Conservative", "cartooning at the Star": a paper
# after a journalist's work and "for" or "at" (not "in": a place; not "of": a section, "editor of Features")
_JOURNALIST = re.compile(rf"(?<![\w’'-])(?:correspondent|columnist|contributor|reporter|cartoonist|critic|editor|"
                         rf"writing|writes|wrote|cartooning)(?:{_SPACE}(?:for|at)){_SPACE}(?P<the>the{_SPACE})?(?!Large(?![\w-]))"
                         rf"(?P<name>(?P<The>The{_SPACE})?{_CAPITALISED}(?:{_SPACE}{_CAPITALISED}){{0,3}})(?![\w’'-]|\.\w|{_SPACE}[{UP}])")
# The name is a paper's only with "the" before it or a paper's word in it ("wrote for the Clarion", "a correspondent for
# National Review"; not "the speech he wrote for Tarvo Lind", "the editor for Tarvo Lind", "correspondent for Security")
_PAPER_WORDS = frozenset("""Review Times Post Journal News Herald Tribune Weekly Daily Magazine Gazette Star Sun Globe
    Chronicle Observer Guardian Standard Telegraph Mail Express Mirror Record Courier Inquirer Register Press Monthly
    Quarterly Digest Bulletin Examiner Spectator Economist Nation Ledger Clarion Beacon Sentinel Dispatch Enquirer""".split())
# A publisher's or a body's last word names a body too ("an editor at Penguin Random House", "a reporter for Axel Media
# Group")
_PUBLISHER_ENDS = frozenset("House Books Publishers Media".split())
# Times and feasts that follow "party" or a paper's frame as often as a name does ("a party New Year's Eve", "a party
# Christmas Eve")
_TIME_WORDS = frozenset("Christmas Easter Thanksgiving Halloween Eve Year Day Night Morning Evening Weekend".split())
_JOURNALIST_WORDS = ("correspond", "columnist", "contributor", "reporter", "cartoon", "critic", "editor", "writ", "wrote")
# A lower-case word after the name makes it a modifier ("writing for American readers", "a reporter for Reuters
# television"), but not a function word or a verb of saying ("… the Star upon his return", "… National Review said")
_WORD_AFTER = re.compile(rf"{_SPACE}([{LOW}]+)")
_SAYING = frozenset("said says wrote writes reported reports added noted".split())
# "the group Swift Boat Veterans for Truth", "the political party Vlaams Belang", "monopoly RAO UES", "the Shiite party,
# Hizbullah,": a body's name right after the lower-case noun of its kind (with a comma before it, an aside closed by
# another); not "carrier" (a ship's), nor "company", "firm" (english_frames reads a firm after its trade)
_NAME_OR_CAPITALS = rf"(?:{_CAPITALISED}|[{UP}]{{2,6}})"
_KIND_NOUN = re.compile(rf"(?<![\w’'-])(?:party|group|movement|militia|sect|coalition|alliance|broadcaster|monopoly|newspaper"
                        rf"|magazine|tabloid|charity|organi[sz]ation|conglomerate|retailer)(?P<comma>[ \u00a0]*,)?{_SPACE}"
                        rf"({_NAME_OR_CAPITALS}(?:(?:{_SPACE}(?:of|for|the))*{_SPACE}{_NAME_OR_CAPITALS}){{0,5}})(?![\w’'-]|\.\w|{_SPACE}[{UP}])")
_KIND_NOUN_WORDS = ("party", "group", "movement", "militia", "sect", "coalition", "alliance", "broadcaster", "monopoly",
                    "newspaper", "magazine", "tabloid", "charity", "organis", "organiz", "conglomerate", "retailer")
# One word in the plural of a party's or a creed's people ("the party Republicans had built", "Islamists"): no body's name
_MEMBERS = re.compile(rf"[{UP}][{LOW}]+(?:ans|ists|ats|als|ives|ites)")
_COMMA_AFTER = re.compile(r"[ \u00a0]*,(?![ \u00a0]*(?:said|says|told|added)(?![\w-]))")  # "the party, Okafor, said": a speaker
# An acronym of three capitals or more in brackets (spaces inside in tokenised text: "( RUSNANO )")
_BRACKETED = re.compile(rf"\([ \u00a0]*([{UP}]{{3,12}})[ \u00a0]*\)")
_LONG_WORD = re.compile(r"[\w’'-]+")
_CONNECTORS = frozenset("and of for the on in de del la le des du di da et y".split())
_LONG_REACH = 120  # the longest long form read before the brackets (characters)
# The last word of a term's long form: english_terms' things, and a system, a document, software ("Mobile Operating
# System (MOBOS)", "Service Level Agreement Document (SLADOC)"); its acronym names no body
_TERM_ENDS = THINGS | frozenset("System Document Software Format Language Interface Sensor".split())


def framed_bodies(text: str, kept: list[Suggestion], taken: Taken, language_at: Callable[[str, int], bool]) -> list[Suggestion]:
    """``kept`` with the realms, papers, bodies and acronyms of the module that no suggestion holds (a model's guess over
    a realm's exact span takes the state's type), then the places of a list its container closes
    (:mod:`desktop.suggest.english_contained`) and the people after what befalls a person
    (:mod:`desktop.suggest.english_fates`), in English lines ``language_at`` accepts that are no headlines in title case;
    each added span is then ``taken``."""
    out = _realms(text, kept, taken, language_at)
    out += _papers(text, taken, language_at)
    out = _kind_nouns(text, out, taken, language_at)
    out = english_contained.contained_places(text, out, taken, language_at)  # "Tan Son Nhut, Da Nang and Bien Hoa in Vietnam"
    out = english_fates.fated_people(text, out, taken, language_at)  # "the election of Ranasinghe Premadasa"
    return _acronyms(text, out, taken, language_at)


def _free(text: str, start: int, end: int, taken: Taken, language_at: Callable[[str, int], bool]) -> bool:
    """No suggestion holds ``text[start:end]``, in an English line that is no headline in title case."""
    return not taken.overlaps(start, end) and language_at(text, start) and not names.title_line(text, start)


def _realms(text: str, kept: list[Suggestion], taken: Taken, language_at: Callable[[str, int], bool]) -> list[Suggestion]:
    """``kept`` and each realm of history after "the" (see the module), a state; a model's guess over its exact span
    ("Ottoman Empire" read as a person, "Dutch Republic" as a body) is retyped, not a store's entity."""
    if not any(kind in text for kind in _KINDS):
        return list(kept)
    found: dict[tuple[int, int], str] = {}
    for m in _REALM.finditer(text):
        adjective = m.group(2)
        if gazetteer.is_demonym(adjective) or (_ADJECTIVE.fullmatch(adjective) is not None and adjective not in _COMMON_ENDINGS):
            found[m.span(1)] = " ".join(m.group(1).split())
    if not found:
        return list(kept)
    out = [replace(s, attributes={**s.attributes, "type": "state"})
           if (s.start, s.end) in found and "entity_id" not in s.attributes and s.attributes.get("type") in ("organisation", "person")
           else s for s in kept]
    for (start, end), name in found.items():
        if _free(text, start, end, taken, language_at):
            out.append(actor(start, end, text, {"name": name, "type": "state"}, 0.55))
            taken.add(start, end)
    return out


def _papers(text: str, taken: Taken, language_at: Callable[[str, int], bool]) -> list[Suggestion]:
    """Each paper after a journalist's work (see the module), an organisation: not a known place or state ("a
    correspondent for Africa"), a nationality, a day or a month, nor a name a lower-case noun follows."""
    if not any(w in text for w in _JOURNALIST_WORDS):
        return []
    known = gazetteer.types_by_form()
    out = []
    for m in _JOURNALIST.finditer(text):
        start, end = m.span("name")
        name = " ".join(m.group("name").split())
        words = name.split()
        found = known.get(name.casefold())
        if ((found is not None and found[1] in ("place", "state")) or gazetteer.is_demonym(name) or _a_time(words)
                or not (m.group("the") or m.group("The") or any(w in _PAPER_WORDS for w in words) or words[-1] in _PUBLISHER_ENDS
                        or names.ORG_WORD.fullmatch(words[-1]) is not None)
                or _modified(text, end)
                or not _free(text, start, end, taken, language_at)):
            continue
        out.append(actor(start, end, text, {"name": name, "type": "organisation"}, 0.5))
        taken.add(start, end)
    return out


def _kind_nouns(text: str, kept: list[Suggestion], taken: Taken, language_at: Callable[[str, int], bool]) -> list[Suggestion]:
    """``kept`` and each body right after the lower-case noun of its kind (see the module), an organisation: not a name
    that opens with a common given name ("the group Maria founded") or a post ("the group Director"), a known place or state, a nationality, a day or a
    month, a found person's family name ("the party, Okafor, …"), nor one a lower-case noun follows (a modifier); one
    word is no common word nor a word the text writes in lower case; after a comma, another closes the aside. A model's
    one-word person or place over the exact name ("the Shiite party, Hizbullah," read as a person) is retyped, not a
    store's entity."""
    if not any(w in text for w in _KIND_NOUN_WORDS):
        return kept
    known = gazetteer.types_by_form()
    families = {s.exact.split()[-1] for s in kept if s.attributes.get("type") == "person" and " " in s.exact.strip()}
    lower = LowerWords(text)
    bodies: set[tuple[int, int]] = set()
    out = list(kept)
    for m in _KIND_NOUN.finditer(text):
        start, end = m.span(2)
        words = m.group(2).split()
        found = known.get(" ".join(words).casefold())
        if ((found is not None and found[1] in ("place", "state")) or gazetteer.is_demonym(m.group(2))
                or words[0] in given_names.COMMON_GIVEN_NAMES or words[0] in english_fates.POSTS or _a_time(words)
                or (len(words) == 1 and (words[0] in families or english_names.not_a_name_word(words[0]) or words[0].lower() in lower
                                         or _MEMBERS.fullmatch(words[0]) is not None))
                or (m.group("comma") and not _COMMA_AFTER.match(text, end)) or _modified(text, end)
                or not language_at(text, start) or names.title_line(text, start)):
            continue
        bodies.add((start, end))
        if not taken.overlaps(start, end):
            out.append(actor(start, end, text, {"name": " ".join(words), "type": "organisation"}, 0.5))
            taken.add(start, end)
    return [replace(s, attributes={**s.attributes, "type": "organisation"})
            if (s.start, s.end) in bodies and s.attributes.get("type") in ("person", "place") and " " not in s.exact
            and "entity_id" not in s.attributes else s for s in out]


def _a_time(words: list[str]) -> bool:
    """A word of ``words`` is a day's, a month's or a feast's (:data:`_TIME_WORDS`)."""
    return any(w in names.DAYS or w in names.MONTHS or w in _TIME_WORDS for w in words)


def _modified(text: str, end: int) -> bool:
    """A lower-case word after ``end`` that is no function word nor a verb of saying: the name before it is a
    modifier."""
    after = _WORD_AFTER.match(text, end)
    return after is not None and not english_names.function_word(after.group(1)) and after.group(1) not in _SAYING


def prefix_acronyms(text: str) -> list[tuple[int, int, int, int]]:
    """``(long start, long end, acronym start, acronym end)`` of each acronym in brackets after its long form whose
    letters are no string of the long form's initials but come in order from the starts of its words ("Russian
    Nanotechnology Corporation (RUSNANO)": RUS-NANO; "Naval Forces Germany (NAVFORGER)": NAV-FOR-GER; "Escuela
    Latinoamericana de Medicina (ELAM)": E-LA-M): every capitalised word gives the start of its letters, a body's head
    word at the end may give none ("Corporation"), the connectors ("de", "of") give none; two words give letters or
    more. The long form runs from the word that gives the first letter to the brackets."""
    out = []
    for m in _BRACKETED.finditer(text):
        acronym = m.group(1)
        lo = max(0, m.start() - _LONG_REACH)
        words = list(_LONG_WORD.finditer(text, lo, m.start()))
        if lo and words:
            words = words[1:]  # the first may be cut
        if not words or text[words[-1].end() : m.start()].strip():
            continue
        first = _spelled_from(acronym, [w.group() for w in words])
        if first is not None:
            out.append((words[first].start(), words[-1].end(), m.start(1), m.end(1)))
    return out


def _spelled_from(acronym: str, words: list[str]) -> int | None:
    """The index of the word of ``words`` from which ``acronym`` is spelled by the starts of the words to the end (see
    :func:`prefix_acronyms`), the latest such word; None when none spells it, or when the initials alone spell it."""
    starts = []
    for first in range(len(words) - 1, -1, -1):
        word = words[first]
        if not word[:1].isupper():
            if word.lower() in _CONNECTORS:
                continue  # "de" of "Escuela Latinoamericana de Medicina": no start, but inside
            break  # a lower-case word no name holds: the long form starts after it
        run = [w for w in words[first:] if w[:1].isupper()]
        if "".join(w[0] for w in run) == acronym:
            return None  # a string of initials: defined_acronyms reads it
        starts.append((first, run))
    return next((first for first, run in starts if _spells(acronym, run)), None)


def _spells(acronym: str, words: list[str]) -> bool:
    """``acronym`` is the start of the first word's letters, then the starts of the next words' in order, two words or
    more giving letters; a body's head word at the end may give none."""
    if len(words) < 2 or not words[0].upper().startswith(acronym[0]):
        return False

    def spell(i: int, at: int, giving: int) -> bool:
        if at == len(acronym):
            rest = words[i:]
            return giving >= 2 and (not rest or (len(rest) == 1 and names.ORG_WORD.fullmatch(rest[0]) is not None))
        if i == len(words):
            return False
        word = words[i].upper()
        return any(spell(i + 1, at + n, giving + 1) for n in range(min(len(word), len(acronym) - at), 0, -1)
                   if word[:n] == acronym[at : at + n])
    return spell(0, 0, 0)


def _acronyms(text: str, kept: list[Suggestion], taken: Taken, language_at: Callable[[str, int], bool]) -> list[Suggestion]:
    """``kept`` with each acronym of :func:`prefix_acronyms`, its long form where nothing holds it (each word a name's,
    :func:`english_names.not_a_name_word` aside for a body's head word), and the acronym's later mentions, one
    organisation named by the long form (or by the suggestion that ends with it: the model's "United States Naval
    Forces Germany"); none for a term's long form ("Mobile Operating System (MOBOS)"), nor where another suggestion
    holds the long form or part of it or the long form opens with a common given name ("Boris Johnson (BOJO)")."""
    defined = prefix_acronyms(text) if "(" in text else []
    if not defined:
        return kept
    out = list(kept)
    ends = {s.end: s for s in kept if s.attributes.get("type") == "organisation"}
    first: dict[str, Suggestion] = {}
    named: dict[str, str] = {}  # an acronym → its long form's name
    for long_start, long_end, start, end in defined:
        if not language_at(text, start) or names.title_line(text, start):
            continue
        long_words = [w for w in text[long_start:long_end].split() if w[:1].isupper()]
        if long_words[-1] in _TERM_ENDS and not BODY_HEADS & set(long_words):
            continue  # a term: "Mobile Operating System (MOBOS)"
        body = ends.get(long_end)
        name = str(body.attributes.get("name") or body.exact) if body is not None else " ".join(text[long_start:long_end].split())
        if body is None and (taken.overlaps(long_start, long_end) or long_words[0] in given_names.COMMON_GIVEN_NAMES):
            continue  # a person's name or a place's, or part of one: "Boris Johnson (BOJO)", "Alexandria Ocasio-Cortez (AOC)"
        if body is None:
            if any(english_names.not_a_name_word(w) and names.ORG_WORD.fullmatch(w) is None for w in long_words):
                continue  # "Computer Aided Design Software (CADSO)": common words
            out.append(actor(long_start, long_end, text, {"name": name, "type": "organisation"}, 0.5))
            taken.add(long_start, long_end)
        if not taken.overlaps(start, end):
            acronym = actor(start, end, text, {"name": name, "type": "organisation"}, 0.5)
            out.append(acronym)
            taken.add(start, end)
            first.setdefault(acronym.exact, acronym)
        named[text[start:end]] = name
    for start, end, form in repeated_mentions(text, first) if first else ():
        if not taken.overlaps(start, end) and language_at(text, start):
            out.append(actor(start, end, text, dict(first[form].attributes), 0.5))
            taken.add(start, end)
    # the acronym the model or the rules found on their own takes the long form's name ("NAVFORGER" twice)
    return [replace(s, attributes={**s.attributes, "name": named[s.exact], "type": "organisation"})
            if s.exact in named and s.attributes.get("name") == s.exact and "entity_id" not in s.attributes else s for s in out]
