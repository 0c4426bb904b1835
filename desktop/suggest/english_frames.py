"""English names in the frame of a speaker, a role or a direction that the small English model misses (no I/O, no Qt):
a name before "said" that does not open a sentence ('"It is over," Gore said'), a name after "said", "told" or
"according to" that closes a clause ('"Yes," said Sancho;', "according to Ibn Kathir,"), a name before a role of
somebody's ("Bolat, the chairman of the board"), a person after a kin word ("brother of Prokopy Lyapunov") or before
", who" ("a classmate, Kaho Tanabe, who"), and a place after a compass direction and "of" ("15 km east of Møn", "just
west of Jacksboro"), a place named with its unit's capitalised noun ("the Province of Rieti"), a body after a place's
"-based" ("the New Delhi-based Indian Defense Review"), and a person's
full name joined by "and" or "or" to another person's full name found ("With Ludwika Paleta and Osvaldo Benavides").
The frame says a person, a body or a place stands there; the words must still look like a name:
not a common word, a body's head word, a nationality, a month, nor a word the text writes in lower case ("Police
said")."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Container, Sequence
from itertools import accumulate

from desktop.suggest import (abbreviations, english_bodies, english_forenames, english_heads, english_hyphens, english_kin_owners,
                             english_letters, english_lower_places, english_meetings, english_names, english_ranks, english_saint_names, english_shapes,
                             english_subjects, gazetteer,
                             given_names, names)
from desktop.suggest.repeated_names import repeated_mentions
from desktop.suggest.spans import Taken
from desktop.suggest.suggestion import Suggestion, actor
from desktop.suggest.words import LOW, UP

__all__ = ["framed_names"]

_SPACE = r"[ \u00a0]+"
# A name's word (a capital then lower-case letters, inner hyphens or apostrophes; an initial) and the particles inside
# names ("Ibn Kathir", "Osama bin Laden", "Vincent van Gogh"); the last word is a capitalised one
_WORD = rf"[{UP}](?:[{LOW}]+(?:[-'’][{UP}{LOW}][{LOW}]+)*|\.)"
_PARTICLE = r"(?:ibn|bin|al|de|del|della|di|da|dos|du|van|von|der|den|la|le)"
_NAME = rf"{_WORD}(?:(?:{_SPACE}{_PARTICLE})*{_SPACE}{_WORD}){{0,3}}"
_SAYS = r"(?:said|says|told|added|wrote|explained|noted|insisted|argued|recalled)"
# "… Gore said", '"Ay," said Sancho;', "according to Ibn Kathir," (the name closes a clause: not "said Monday that")
_BEFORE_SAID = re.compile(rf"(?<![\w’'.-])({_NAME}){_SPACE}{_SAYS}(?![\w-])")
_AFTER_SAID = re.compile(rf"(?<![\w-])(?:said|says|told|[Aa]ccording{_SPACE}to){_SPACE}({_NAME})(?=[ \u00a0]*[,;.:)]|[ \u00a0]*$)",
                         re.MULTILINE)
# "Bolat, the chairman of the board", "Ruth Okafor, a spokeswoman for the ministry": a person before a role
_ROLE = (r"chairman|chairwoman|chair|president|spokesman|spokeswoman|spokesperson|director|head|chief|leader|founder|"
         r"editor|minister|secretary|governor|mayor|ambassador|commander|professor|manager|owner|publisher|captain|"
         r"coach|senator|deputy|adviser|advisor|lawyer|attorney|economist|analyst|researcher|author")
_BEFORE_ROLE = re.compile(rf"(?<![\w’'.-])({_NAME})[ \u00a0]*,{_SPACE}(?:the|a|an){_SPACE}(?:[a-z-]+{_SPACE}){{0,2}}"
                          rf"(?:{_ROLE}){_SPACE}(?:of|for|at)(?![\w-])")
# "brother of Prokopy Lyapunov", "the widow of Ansel Crake": a person after a kin word and "of" (not "Sons of Anarchy")
_KIN_OF = re.compile(rf"(?<![\w-])(?:son|daughter|brother|sister|wife|husband|widow|widower|nephew|niece|cousin|grandson|"
                     rf"granddaughter|stepson|stepdaughter){_SPACE}of{_SPACE}({_NAME})(?![\w’'-])")
# "a classmate, Kaho Tanabe, who wrote", "such as Strobe Talbott, who": a person before ", who" in a clause of its own
_BEFORE_WHO = re.compile(rf"(?:,|(?<![\w-])as)[ \u00a0]+({_NAME})[ \u00a0]*,{_SPACE}who(?![\w-])")
# "north of Rügen", "15 km east of Møn", "just west of Jacksboro": a place (the direction in lower case: "East of Eden")
_COMPASS_OF = re.compile(rf"(?<![\w-])(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?{_SPACE}of{_SPACE}({_NAME})(?![\w’'-])")
# "the island of Sirae", "the area of Stamna", "the kingdom of Navarre": a place after a lower-case noun of a place and
# "of" (names.places_named_after_noun reads "the city/town/village/… of"; a capital makes the noun part of the name:
# "Isle of Man")
_PLACE_NOUN_OF = re.compile(rf"(?<![\w-])(?:island|isle|area|parish|canton|commune|municipality|prefecture|comarca|oblast"
                            rf"|suburb|borough|neighbou?rhood|kingdom|duchy|principality|emirate){_SPACE}of{_SPACE}({_NAME})(?![\w’'-])")
# "the Province of Rieti", "the Comarca of Garraf", "the Canton of Zug": a place named with its unit's capitalised noun
# and "of", the whole its name (the name after "of" is weighed as a name's words: not "the Prefecture of Police"; a
# word after it is no part of it: "the Comarca of Anoia 800 m above the sea", "the Canton of Zug rejected")
_UNIT_NOUNS = ("Province", "Comarca", "Region", "County", "Prefecture", "Canton", "Commune", "Municipality", "Parish",
               "Oblast", "Governorate", "Voivodeship", "Emirate", "Principality", "Duchy")
_UNIT_OF = re.compile(rf"(?<![\w-])[Tt]he{_SPACE}((?:{'|'.join(_UNIT_NOUNS)}){_SPACE}of{_SPACE}{_NAME})(?![\w-]|[’'](?!s(?![\w’'-])))")
_UNIT_NOUN_OF = re.compile(rf"[{UP}][{LOW}]+{_SPACE}of{_SPACE}")
# Words after a unit's noun and "of" that make a term, no place ("Region of Interest", "County of Origin", "Province of
# Residence"); the words the name checks already refuse aside ("Police", "Operations")
_TERM_AFTER_UNIT = frozenset("""Interest Origin Residence Birth Concern Influence Control Choice Entry Departure
    Domicile Responsibility Activity Supply Use Sale Record Registry Work Study Stay Care""".split())
# "the rock band Shturtzite", "pop outfits Naked Eyes and Climie Fisher", "the duo Daft Punk": a band's name after the
# noun in lower case (the second name of a plural: "bands X and Y"); "outfit" only in the plural: "the outfit Kelmira
# Vask wore" is clothes
_BAND_NAME = rf"{_NAME}(?:{_SPACE}(?:for|of){_SPACE}{_NAME})?"  # "Tears for Fears", "Sons of Kemet"
_BAND = re.compile(rf"(?<![\w-])(?:band|duo|trio|quartet|outfit(?=s))(?P<plural>s)?{_SPACE}({_BAND_NAME})(?![\w’'-])"
                   rf"(?:{_SPACE}and{_SPACE}({_BAND_NAME})(?![\w’'-]))?")
# "video game developer Quarnix", "game publisher Tessaly Interactive", "chipmaker Qualvex", "the record label Vornhall": a
# firm named right after the lower-case noun of its trade (not "producer", "designer": people's trades too)
_FIRM = re.compile(rf"(?<![\w-])(?:(?:(?:video{_SPACE})?game|software|record|chip|drug|car|oil|steel|mining|toy|shipping|media|"
                   rf"tech|insurance){_SPACE}(?:developer|publisher|maker|company|firm|label|studio|giant|manufacturer|group)"
                   rf"|chipmaker|drugmaker|carmaker|automaker|toymaker|steelmaker|planemaker|shipbuilder){_SPACE}"
                   rf"([{UP}][{LOW}]+(?:{_SPACE}[{UP}][{LOW}]+){{0,2}})(?![\w’'-]|\.\w)")
# A quick test on the whole text before :data:`_FIRM`'s scan: one of its trade's nouns is in it
_TRADE_NOUNS = ("maker", "developer", "publisher", "company", " firm", "\u00a0firm", "label", "studio", "giant",
                "manufacturer", "group", "shipbuilder")
# "the New Delhi-based Indian Defense Review", "the Alexandria, Va.-based GlobalSecurity.org", "the Leeds - based Quorwin
# Institute for the Study of Work": a body named right after a place's "-based" (the place capitalised: "web-based",
# "plant-based" name products); the name may hold "of", "for", "on", "the" between its words, or be a web name
_BODY_NAME = (rf"(?:{_WORD}(?:(?:{_SPACE}(?:of|for|on|the))*{_SPACE}{_WORD}){{0,5}}"
              rf"|[{UP}][{UP}{LOW}]+\.(?:org|com|net))")
_BASED = re.compile(rf"(?<![\w-])[{UP}][\w.’']*[ \u00a0]?[-–][ \u00a0]?based{_SPACE}({_BODY_NAME})(?![\w’'-]|\.\w)")
# The same with words in capitals after the first ("the Istanbul-based Garanti BBVA", "the Leeds-based Quorwin AG"): the
# bodies found inside such a name are joined (:func:`_based_joined`)
_BASED_CAPITALS = re.compile(rf"(?<![\w-])[{UP}][\w.’']*[ \u00a0]?[-–][ \u00a0]?based{_SPACE}({_WORD}(?:{_SPACE}(?:{_WORD}|[{UP}]{{2,5}})){{1,5}})"
                             rf"(?![\w’'-]|\.\w)")
# The place's word that opens a match of :data:`_BASED` ("Frankfurt" of "Frankfurt-based")
_PLACE_BEFORE_BASED = re.compile(rf"[{UP}][\w.’']*(?=[ \u00a0]?[-–][ \u00a0]?based)")
_VERB_ED = re.compile(rf"{_SPACE}[{LOW}]+ed(?![\w’'-])")
# A suggestion that took the place's "-based" in ("Geneva-based Orvane Trust"): the place, the body after it
_BASED_OPENING = re.compile(rf"([{UP}][\w.’']*(?:{_SPACE}[{UP}][\w.’']*){{0,2}})[ \u00a0]?[-–][ \u00a0]?based{_SPACE}(?=[{UP}])")
# A full name joined by "and" or "or" to a person's full name found: another person ("With Ludwika Paleta and Osvaldo
# Benavides", "Sonia Gandhi or Atal Behari Vajpayee")
_AND_AFTER = re.compile(rf"{_SPACE}(?:and|or){_SPACE}({_NAME})(?![\w’'-])")
_AND_BEFORE = re.compile(rf"(?<![\w’'.-])({_NAME}){_SPACE}(?:and|or){_SPACE}$")
# Words that make a name joined to a person's a body's, a product's or a place's wherever they stand in it ("Human
# Rights Watch", "Tesla Motors", "Apple Music", "Meta Platforms"; the body's head words of names.ORG_WORD are no name's
# words already)
_NOT_A_PERSON_WORD = frozenset("""Watch Rights Motor Motors Partners Industries Platforms Music Records Media News Capital
    Financial Finance Systems Technologies Technology Energy Labs Studios Entertainment Communications International
    Global Ventures Computer Computers Teams Network Networks Research Pictures Electronics Games Mobile Solutions
    Services Brands Foods Pharmaceuticals Airline Express Independent Times Post Journal Herald Tribune Democrats
    Republicans Socialists Palace Hill Atlantic Pacific""".split())
# An acronym in brackets after a name defines a body's ("Human Rights Watch (HRW)")
# A plural noun or a group's noun after a name joined to a person's makes the name a modifier ("Hong Kong officials",
# "Capitol Hill staff"); a verb after it does not ("… and Osvaldo Benavides met", "… attended", "… was")
_GROUP_AFTER = re.compile(rf"{_SPACE}(?!(?:was|has|is|does|says|goes|as|thus|plus|us|its|this|his|hers|ours|yours)(?![\w’'-]))"
                          rf"(?:[{LOW}]+[^su\W]s|staff|team|personnel|management|crew|camp|government|administration)(?![\w’'-])")
_ACRONYM_AFTER = re.compile(r"[ \u00a0]*\([A-Z]{2,}\)")
# A run of a name's words, read once over the text for the family names of the people found ("In 1605, Zakhary
# Lyapunov took" after "brother of Prokopy Lyapunov")
_NAME_RUN = re.compile(rf"(?<![\w’'.-]){_NAME}(?![\w’'-])")
# A longer name's words joined before a run ("Sacket's Harbor and Saratoga Railroad", "Bank of Erie Smith"): the run is
# the longer name's tail
_NAME_JOINED_BEFORE = re.compile(rf"[{UP}][\w’'.]*(?:[ \u00a0]+['’]s)?{_SPACE}(?:and|&|of|for|de){_SPACE}$")
# Words before a family name that make a place or a camp of it, not a relative ("East London", "Upper Jordan", "Greater
# Paris", "Team Trump")
_PLACE_BEFORE_A_FAMILY = frozenset("""North South East West Northern Southern Eastern Western Upper Lower Greater Central
    Inner Outer Old New Great Little Mid Middle Team Planet Camp""".split())
# The articles that open a name in another language ("El Regalo Más Grande", "La Casa Blanca"): a work's or a place's
_ARTICLE = frozenset("El La Los Las Le Les Il Lo Der Die Das Het De Al".split())
# The verbs a body's name may stand before in its frame (a lower-case noun there makes the name a modifier: "the
# London-based Kelmar bank")
_BODY_VERB = re.compile(rf"{_SPACE}(?:said|says|has|have|had|is|was|will|would|could|can|may|reported|announced|added|"
                        rf"published|released|found|warned|estimated|denied|bought|sold|owns|runs)(?![\w-])")
# Words that speak or are cited in a frame without naming anybody: kin and roles used as names ('"Sit," Mother said'), the
# scriptures, faiths and sources ("according to Genesis", "according to Statistics"), endearments ("Honey, who"), groups
# of people in the plural ('"…," Experts said')
_NOT_NAMES = frozenset("""mother father mom mum dad daddy mommy mummy grandma grandpa granny grandmother grandfather
    auntie uncle aunt sister brother son daughter wife husband baby nanny nurse doctor pastor priest reverend
    teacher sir madam boss captain coach judge officer sergeant bible koran quran torah genesis exodus gospel scripture
    scriptures psalms talmud zion pharaoh heaven islam christianity judaism hinduism legend tradition folklore mythology
    statistics history data research management honey darling sweetheart buddy organizers organisers lawmakers workers
    protesters supporters reporters voters researchers leaders officers members managers owners teachers players
    neighbours neighbors passengers drivers farmers traders bankers customers viewers readers others insiders observers
    experts witnesses everybody somebody nobody anybody""".split())
# A plural noun of people or an abstract noun ("Officials", "Analysts", "Residents", "Investigators", "Critics",
# "Authorities", "Employees", "Executives", "Tradition", "Statement"): no name, whatever frame it stands in ("Clements",
# "Clement" keep: a short stem before "-ment(s)")
_COMMON_NOUN = re.compile(r"[A-Z][a-z]*(?:ists|ysts|ants|dents|rents|gents|ients|nents|tors|sors|ials|ics|ities|tions?|sions?"
                          r"|isms?|ship|ogy)|[A-Z][a-z]{3,}(?:ees|ives|ments?)")
# After "the", a title or a document that speaks without naming anybody ('"Off with his head," the King said', "the
# Study said"); without "the" the same word may be a surname ("King said")
_TITLE_OR_PAPER = frozenset("""King Queen Prince Princess Emperor Empress Pope Prophet Lord Lady Duke Duchess Bishop
    Cardinal Sheikh Imam Rabbi Master Judge Study Survey Statement Letter Memo Document Filing Complaint Lawsuit
    Indictment Ruling Verdict Order Decree Constitution Charter Treaty Bill Article Note Poll Analysis Review Audit""".split())
# A preposition that fronts a clause before the role frame ("At Zentrix, the head of sales quit", "in Zentrix, the
# head of"): an adverbial, not a person named before the role
_FRONTED = r"(?:[Ii]n|[Aa]t|[Oo]n|[Dd]uring|[Aa]fter|[Bb]efore|[Ss]ince|[Ff]rom|[Nn]ear|[Uu]nder|[Ww]ithin|[Aa]cross|[Tt]hroughout)"
_FRONTED_AT = re.compile(rf"{_FRONTED}{_SPACE}")
_FRONTED_BEFORE = re.compile(rf"(?<![\w’'-]){_FRONTED}{_SPACE}$")
# A lower-case word after a name that "of" opens: the name is an adjective ("son of Mexican singers", "west of Turkish
# waters"), unless the word is a function word ("north of Rügen and", "son of Jacob was"); a number after it: the name
# goes on ("north of Interstate 80", "south of Route 66")
_NOUN_AFTER = re.compile(rf"{_SPACE}(?:(?!(?:and|or|but|was|were|is|are|had|has|in|on|at|to|by|from|with|who|which|that|"
                         rf"for|as|after|before|near|until|since|where|when)(?![\w-]))[{LOW}]|\d)")
# A quotation closed before the name: '"It is over," Gore said' (the name does not open a sentence there)
_AFTER_A_QUOTE = re.compile(r"[,!?][ \u00a0]*[\"”’'][ \u00a0]*$")
_WORD_IN_NAME = re.compile(rf"[{UP}][\w’'.-]*")
_PARTICLE_WORD = re.compile(_PARTICLE, re.IGNORECASE)
# A nation's or a language's adjective ("Danish", "Japanese"; not "Reese", "Parrish" is rare): no speaker's name
_ADJECTIVE = re.compile(r"[A-Z][a-z]{2,}ish|[A-Z][a-z]{3,}ese")


def _name_like(text: str, start: int, end: int, lower: Container[str]) -> bool:
    """Each capitalised word of ``text[start:end]`` but a particle ("Ibn") may be a name's: not a common word, a month,
    a body's head word (:func:`english_names.not_a_name_word`), a nationality or its adjective, a plural or abstract
    noun (:data:`_COMMON_NOUN`), a kin word, a scripture or a word for a group (:data:`_NOT_NAMES`), nor a word the
    text writes in lower case."""
    words = [w for w in _WORD_IN_NAME.findall(text, start, end)  # not "Ibn", "ibn", "D.", "IV"
             if not _PARTICLE_WORD.fullmatch(w) and not english_shapes.initial_or_number(w)]
    return bool(words) and not any(
        english_names.not_a_name_word(w.rstrip(".")) or gazetteer.is_demonym(w) or _ADJECTIVE.fullmatch(w) is not None
        or _COMMON_NOUN.fullmatch(w) is not None or w.lower() in lower or w.lower() in _NOT_NAMES
        or w in english_names.OPENERS_BEFORE_A_NAME for w in words)


def _body_like(text: str, start: int, end: int, lower: Container[str], firm: bool = False) -> bool:
    """``text[start:end]`` may be a body's name after a place's "-based": several words ending in a body's head word
    ("International Policy Network"), or words of which one at least is no common word, no body's head word and no word
    the text writes in lower case ("Indian Defense Review"); one word alone is no nationality or its adjective
    ("French"); two or three words opening with a common given name are a person's ("Emma Laurent"). After a firm's trade
    (``firm``: "video game developer Square") a common word may name it, but not one the text writes in lower case."""
    words = [w for w in _WORD_IN_NAME.findall(text, start, end) if w.lower() not in ("of", "for", "on", "the")]
    if len(words) == 1 and (gazetteer.is_demonym(words[0]) or _ADJECTIVE.fullmatch(words[0]) is not None):
        return False
    if len(words) > 1 and names.ORG_WORD.fullmatch(words[-1]) is not None:
        return True
    if 1 < len(words) <= 3 and words[0] in given_names.COMMON_GIVEN_NAMES:
        return False  # "the Paris-based Emma Laurent": a person's name
    return not all((english_names.not_a_name_word(w) and not firm) or w.lower() in lower for w in words)


def _opening(text: str, start: int) -> bool:
    """``start`` opens a sentence, a line or a clause, unless a quotation closed with a comma just before it."""
    return names.opens_sentence(text, start) and not _AFTER_A_QUOTE.search(text, max(0, start - 6), start)


def _spans(text: str, bands: list[tuple[int, int]], firms: list[tuple[int, int]], initials: list[re.Match[str]],
           based: list[re.Match[str]], tick: Callable[[], None] = lambda: None,
           ranks: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int, bool, str]]:
    """``(start, end, may_open, type)`` of each name in a frame; ``may_open``: the frame holds even when the name opens
    a sentence (a name after "said" or "of", or before a role in several words); ``type``: "place" after a compass
    direction or a noun of a place and "of", "person" after a kin word or before ", who", "organisation" after "band",
    "" (a person or a body) otherwise; ``bands``: :func:`_band_names`; ``firms``: the names after a firm's trade
    (:data:`_FIRM`), "firm"; ``initials``: :func:`english_shapes.initialled`; ``based``: the matches of
    :data:`_BASED`; ``tick()`` is called once, halfway through the scans (a cancel point); ``ranks``:
    :func:`english_ranks.rank_spans`, "rank"; a mail's salutation on its own line
    (:func:`english_letters.salutation_spans`), "person"."""
    out = [(m.start(1), m.end(1), False, "") for m in _BEFORE_SAID.finditer(text)]
    out += [(m.start(1), m.end(1), True, "") for m in _AFTER_SAID.finditer(text)]
    out += [(m.start(1), m.end(1), " " in m.group(1), "") for m in _BEFORE_ROLE.finditer(text)
            if not _FRONTED_AT.match(text, m.start(1)) and not _FRONTED_BEFORE.search(text, max(0, m.start(1) - 12), m.start(1))]
    tick()
    after_of = [(m, "place") for m in _COMPASS_OF.finditer(text)] + [(m, "person") for m in _KIN_OF.finditer(text)]
    after_of += [(m, "place") for m in _PLACE_NOUN_OF.finditer(text)]  # "the island of Sirae"
    out += [(m.start(1), m.end(1), True, kind) for m, kind in after_of if not _NOUN_AFTER.match(text, m.end(1))]
    units = _UNIT_OF.finditer(text) if any(w in text for w in _UNIT_NOUNS) else ()
    out += [(m.start(1), m.end(1), True, "unit") for m in units]  # "the Province of Rieti"
    out += [(m.start(1), m.end(1), True, "person") for m in _BEFORE_WHO.finditer(text)]
    out += [(start, end, True, "organisation") for start, end in bands]
    out += [(m.start(1), m.end(1), True, "body") for m in based
            if not _NOUN_AFTER.match(text, m.end(1)) or _BODY_VERB.match(text, m.end(1))]
    out += [(start, end, True, "firm") for start, end in firms]  # "chipmaker Qualvex"
    out += [(start, end, True, "rank") for start, end in ranks]  # "such as General Fahim and"
    out += [(start, end, True, "person") for start, end in english_letters.salutation_spans(text)]  # "Maureen ,"
    out += [(start, end, True, "person") for start, end in english_meetings.met_names(text)]  # "met Tokayev in Astana"
    out += [(start, end, True, "person") for start, end in english_subjects.subject_names(text)]  # "Rutte said"
    out += [(start, end, True, "person") for start, end in english_kin_owners.kin_owners(text)]  # "Rutte's wife"
    return out + english_shapes.person_shapes(text, initials)  # "D. Singmaster", "Ivan IV"


def _paired(text: str, kept: list[Suggestion]) -> list[tuple[int, int, bool, str]]:
    """``(start, end, True, "partner")`` of each name joined by "and" or "or" to a person's name of two words or more
    found in ``kept`` that may be a person's (:func:`_no_partner`; the name's words are weighed as a person's in
    :func:`framed_names`)."""
    bodies = {s.exact for s in kept if s.attributes.get("type") in ("organisation", "place", "state")}
    out = []
    for s in kept:
        if s.attributes.get("type") != "person" or len(s.exact.split()) < 2:
            continue
        after = _AND_AFTER.match(text, s.end)
        before = _AND_BEFORE.search(text[max(0, s.start - 80) : s.start])
        spans = [(after.start(1), after.end(1))] if after else []
        spans += [(s.start - len(before.string) + before.start(1), s.start - len(before.string) + before.end(1))] if before else []
        out += [(start, end, True, "partner") for start, end in spans if not _no_partner(text, start, end, bodies)]
    return out


def _no_partner(text: str, start: int, end: int, bodies: Container[str]) -> bool:
    """The name ``text[start:end]`` joined to a person's is no person's: it modifies the noun after it ("Hong Kong
    officials"), holds a body's, a product's or a place's word (:data:`_NOT_A_PERSON_WORD`: "Human Rights Watch",
    "Apple Music"), is a known place, state or body, opens or ends with one that is no common given name ("Kyiv
    Independent", "Air Canada", "Transport London"), opens with another language's article ("Al Nassr"), is defined by
    an acronym ("(HRW)"), or it or one of its words before the last is a body or a place found in the text
    (``bodies``: "Apple Music" after "Apple"; not the last, a surname the model may have mistyped)."""
    words = text[start:end].split()
    known = gazetteer.types_by_form()
    first, last = known.get(words[0].casefold()), known.get(words[-1].casefold())
    return (_GROUP_AFTER.match(text, end) is not None or _ACRONYM_AFTER.match(text, end) is not None
            or any(w in _NOT_A_PERSON_WORD for w in words) or any(w in bodies for w in words[:-1]) or " ".join(words) in bodies
            or known.get(" ".join(words).casefold()) is not None
            or words[0] in _ARTICLE or any(k is not None and w not in given_names.COMMON_GIVEN_NAMES
                                           for w, k in ((words[0], first), (words[-1], last))))


def _kin(text: str, kept: list[Suggestion]) -> list[tuple[int, int, bool, str]]:
    """``(start, end, True, "partner")`` of each run of a name's words whose last word is the family name of a person's
    full name found in ``kept`` ("Zakhary Lyapunov" beside "Prokopy Lyapunov", "Laura Bush" beside "George Bush"): a
    relative or the same person with another given name; two or three words, no particle or article in them ("El Regalo
    Más Grande", "Comércio de Bicicletas Caloi"), not the tail of a longer name joined by "and" or "of" ("Sacket's
    Harbor and Saratoga Railroad"); a capitalised word after the family name makes another name ("Bush Doctrine" is not
    read), and the run's words are weighed as a person's in :func:`framed_names`."""
    families = {s.exact.split()[-1] for s in kept if s.attributes.get("type") == "person" and len(s.exact.split()) > 1}
    families = {w for w in families if len(w) > 2 and w[0].isupper() and not w.isupper() and not _PARTICLE_WORD.fullmatch(w)}
    if not families:
        return []
    out = []
    for m in _NAME_RUN.finditer(text):
        words = m.group().split()
        if (1 < len(words) <= 3 and words[-1] in families and words[0] not in _ARTICLE
                and not any(_PARTICLE_WORD.fullmatch(w) for w in words) and not _place_of_a_family(words)
                and not _NAME_JOINED_BEFORE.search(text, max(0, m.start() - 40), m.start())):
            out.append((m.start(), m.end(), True, "partner"))
    return out


def _place_of_a_family(words: list[str]) -> bool:
    """The run ``words`` ending in a found person's family name names a place or a camp: a word before the family name
    is a direction, a position or a camp's (:data:`_PLACE_BEFORE_A_FAMILY`: "East London", "Team Trump") or a known
    place or state that is no common given name ("Nebraska Lincoln"), or the whole run is a known place ("South
    Georgia")."""
    known = gazetteer.types_by_form()
    return known.get(" ".join(words).casefold()) is not None or any(
        w in _PLACE_BEFORE_A_FAMILY or (known.get(w.casefold()) is not None and w not in given_names.COMMON_GIVEN_NAMES)
        for w in words[:-1])


def _band_names(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each band's name after "band" ("the band Shturtzite"; "outfits Naked Eyes and Climie Fisher":
    both)."""
    return [(m.start(i), m.end(i)) for m in _BAND.finditer(text) for i in (2, 3) if m.group(i) and (i == 2 or m.group("plural"))]


def framed_names(text: str, kept: list[Suggestion], taken: Taken, language_at: Callable[[str, int], bool],
                 tick: Callable[[], None] = lambda: None) -> list[Suggestion]:
    """``kept`` with each name in the frame of a speaker or a role (see the module) that no suggestion overlaps, in an
    English line (``language_at``) that is no headline in title case: a place after a compass direction, an organisation
    after "the" or a place's "-based", a person otherwise (the one met too: :mod:`english_meetings`); and the name's
    other mentions written the same way; then the bodies' frames (:mod:`english_bodies`), names inside hyphenated words
    (:mod:`english_hyphens`), places in lower case (:mod:`english_lower_places`), surnames opening with "St."
    (:mod:`english_saint_names`) and, last, the given names the model cut off a person (:mod:`english_forenames`). A body
    that took the place's "-based" in is cut to the body first (:func:`_based_cut`). ``tick()`` is called four times, between
    the passes over the whole text (reports and cancel points of detection: the frames and the passes after them read
    1 MB in ≈ 0.9 s)."""
    bands = _band_names(text)  # read once: the frames and the retyping both need them
    firms = [(m.start(1), m.end(1)) for m in _FIRM.finditer(text)] if any(w in text for w in _TRADE_NOUNS) else []
    initials = english_shapes.initialled(text)  # read once: the retyping and the frames both need them
    based = list(_BASED.finditer(text)) if "based" in text else []  # and the frames and the joining these
    lower = _LowerWords(text)
    ranks = english_ranks.rank_spans(text)  # and the ranks' names
    out = _based_cut(text, english_shapes.initialled_retyped(text, _bands_retyped(text, kept, bands, firms, lower),
                                                             initials), taken)
    out = _ranks_retyped(text, out, ranks, lower)
    out = _based_places(text, out, based)
    out = _based_joined(text, out, taken, lower, based)
    found = len(out)
    tick()
    # a body after "-based" first: its frame says more than a speaker's ('the Tampa-based Brillenmark said')
    out += _framed(text, sorted(_spans(text, bands, firms, initials, based, tick, ranks) + _paired(text, out),
                                key=lambda f: (f[0], f[3] != "body", f)), taken, language_at, lower)
    tick()
    out += _framed(text, _kin(text, out), taken, language_at, lower)  # the family names of all the people found
    out += _repeated(text, out[found:], taken, language_at)
    out = english_bodies.framed_bodies(text, out, taken, language_at)  # "the Roman Empire", "(RUSNANO)"
    tick()  # the passes after the bodies' frames read the whole text too: a step of their own (≈ 0.15 s on 1 MB)
    out = english_hyphens.hyphen_names(text, out, taken, language_at, lambda a, b: _name_like(text, a, b, lower))  # "Houthi-controlled"
    out = english_lower_places.lower_case_places(text, out, taken, language_at)  # "i am from mexico ?"
    out = english_saint_names.saint_surnames(text, out, taken, language_at, lower)  # "Carol St. Clair said"
    out = english_forenames.forenames(text, out, taken, language_at, lambda a, b: _name_like(text, a, b, lower))  # "Recep Tayyip Erdogan"
    # "the Commission" after "the Taft Commission": read here, after every name is found (detect's stage is left alone)
    return english_heads.head_mentions(text, out, taken, language_at)


class _LowerWords:
    """The words ``text`` writes in lower case, read once when first asked."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._words: set[str] | None = None

    def __contains__(self, word: object) -> bool:
        if self._words is None:
            self._words = set(re.findall(rf"(?<![\w’'-])[{LOW}][\w’'-]*", self._text))
        return word in self._words


def _framed(text: str, spans: list[tuple[int, int, bool, str]], taken: Taken, language_at: Callable[[str, int], bool],
            lower: _LowerWords) -> list[Suggestion]:
    """An actor for each name of ``spans`` (:func:`_spans`) that no suggestion overlaps, whose words look like a name's,
    in an English line that is no headline in title case; each is then ``taken``."""
    out = []
    for start, end, may_open, kind in spans:
        words = list(re.finditer(r"\S+", text[start:end]))
        kept_words = english_names.without_openers([w.group() for w in words])  # "And Gore said": Gore
        if not kept_words or (kind == "partner" and len(kept_words) < 2):
            continue
        start += words[len(words) - len(kept_words)].start()
        start = english_shapes.after_a_terms_letter(text, start, end)  # "Orvik" of "hepatitis C. Orvik said"
        if taken.overlaps(start, end) or (not may_open and _opening(text, start)):
            continue
        if not language_at(text, start) or names.title_line(text, start):
            continue
        unit = _UNIT_NOUN_OF.match(text, start) if kind == "unit" else None
        named = unit.end() if unit is not None else start  # "Rieti" of "Province of Rieti": the name's words weighed
        if kind == "rank":
            named = start + len(text[start:end].split()[0])  # "Fahim" of "General Fahim"
        if unit is not None and text[named:end].split()[0] in _TERM_AFTER_UNIT:
            continue  # "the Region of Interest": a term
        if not (_body_like(text, start, end, lower, kind == "firm") if kind in ("body", "firm")
                else _name_like(text, named, end, lower)):
            continue
        if not kind and text[max(0, start - 4) : start].lower() == "the ":
            if any(w in _TITLE_OR_PAPER for w in text[start:end].split()):
                continue  # "the King said", "the Study said"
            kind = "organisation"
        kind = {"body": "organisation", "firm": "organisation", "partner": "person", "unit": "place", "rank": "person"}.get(kind, kind) or "person"
        out.append(actor(start, end, text, {"name": " ".join(text[start:end].split()), "type": kind}, 0.5))
        taken.add(start, end)
    return out


def _bands_retyped(text: str, kept: list[Suggestion], band_spans: list[tuple[int, int]],
                   firm_spans: list[tuple[int, int]], lower: Container[str]) -> list[Suggestion]:
    """``kept`` with a place that is a band's name after "band" ("the band Queen": the title word read it as a place),
    or a place or a one-word person that is a firm's name after its trade ("video game developer Quarnix" read as a
    person; not "game developer Keiko Tanaka", a full name the model read as a person, nor "game developer John Romero",
    :func:`_body_like`), an organisation, as "the band Oasis" is; not a store's entity."""
    bands = set(band_spans)
    firms = {(a, b) for a, b in firm_spans if _body_like(text, a, b, lower, firm=True)}
    if not bands and not firms:
        return list(kept)
    return [actor(s.start, s.end, text, {**s.attributes, "type": "organisation"}, s.confidence)
            if "entity_id" not in s.attributes and ((s.start, s.end) in bands and s.attributes.get("type") == "place"
                                                    or (s.start, s.end) in firms and (s.attributes.get("type") == "place" or (
                                                        s.attributes.get("type") == "person" and " " not in s.exact.strip())))
            else s for s in kept]


# A preposition of place right before a name: the model's place there may be one ("flocked to Bishop Rock")
_PLACE_PREPOSITION_BEFORE = re.compile(r"(?<![\w’'-])(?:in|at|to|from|near|into|of|across|around|through|towards?|via)[ \u00a0]+$")


def _ranks_retyped(text: str, kept: list[Suggestion], ranks: list[tuple[int, int]], lower: _LowerWords) -> list[Suggestion]:
    """``kept`` with an organisation or a place over exactly a rank and its one name word (``ranks``:
    :func:`english_ranks.rank_spans`; "Admiral Velhorn", "Marshal Tovren" read as a body or a place by the model) a
    person, when the name word may be a person's (:func:`_name_like`); not a place after a preposition of place, where
    places are named so too ("flocked to Bishop Rock", "arrived in General Santos"), nor a store's entity."""
    if not ranks:
        return kept
    people = {(a, b) for a, b in ranks if _name_like(text, a + len(text[a:b].split()[0]), b, lower)}
    return [actor(s.start, s.end, text, {**s.attributes, "type": "person"}, s.confidence)
            if (s.start, s.end) in people and "entity_id" not in s.attributes
            and (s.attributes.get("type") == "organisation"
                 or (s.attributes.get("type") == "place" and not _PLACE_PREPOSITION_BEFORE.search(text, max(0, s.start - 12), s.start)))
            else s for s in kept]


def _based_cut(text: str, kept: list[Suggestion], taken: Taken) -> list[Suggestion]:
    """``kept`` with an organisation that took a place's "-based" in ("the Geneva-based Orvane Trust" read as one name)
    cut to the body after it (:func:`_body_like`), and the place a suggestion of its own when the gazetteer knows it;
    not a store's entity."""
    out = []
    for s in kept:
        m = _BASED_OPENING.match(s.exact)
        body = s.start + m.end() if m is not None else s.end
        if (m is None or s.attributes.get("type") != "organisation" or "entity_id" in s.attributes
                or not _body_like(text, body, s.end, set())):
            out.append(s)  # "the London-based Group": no body named after it
            continue
        out.append(actor(body, s.end, text, {**s.attributes, "name": " ".join(text[body : s.end].split())}, s.confidence))
        known = gazetteer.types_by_form().get(m.group(1).casefold())
        if known is not None and known[1] in ("place", "state"):
            place_end = s.start + m.end(1)
            out.append(actor(s.start, place_end, text, {"name": known[0], "type": known[1]}, s.confidence))
    return sorted(out, key=lambda s: s.start) if len(out) != len(kept) else out


def _based_places(text: str, kept: list[Suggestion], based: list[re.Match[str]]) -> list[Suggestion]:
    """``kept`` with an organisation that ends right before a place's "-based" (``based``: the matches of
    :data:`_BASED`; "London" of "the London-based Orvane Trust", which the model typed a body) a place: the
    gazetteer's type when it knows the name; not a word it does not know (a firm or a product stands there as often:
    "the Linux-based Ubuntu Touch", "the Tesla-based Roadster"), nor a store's entity."""
    ends = {m.end() for m in (_PLACE_BEFORE_BASED.match(text, b.start()) for b in based) if m is not None}
    if not ends:
        return kept
    known = gazetteer.types_by_form()
    out = []
    for s in kept:
        hit = (known.get(s.exact.casefold()) if s.end in ends and s.attributes.get("type") == "organisation"
               and "entity_id" not in s.attributes else None)
        if hit is not None and hit[1] in ("place", "state"):
            s = actor(s.start, s.end, text, {**s.attributes, "name": hit[0], "type": hit[1]}, s.confidence)
        out.append(s)
    return out


def _based_joined(text: str, kept: list[Suggestion], taken: Taken, lower: _LowerWords,
                  based: list[re.Match[str]]) -> list[Suggestion]:
    """``kept`` with the bodies found inside a body's name after a place's "-based" ("Garanti" and "BBVA" of "the
    Istanbul-based Garanti BBVA", :data:`_BASED_CAPITALS`) joined into one organisation over the whole name, when no
    suggestion crosses its edges, every one inside is an organisation and no store's entity, and the name may be a
    body's (:func:`_body_like`; a lower-case noun after it makes it a modifier, as in the frame, but not a verb in
    "-ed": "… Garanti BBVA raised"); the whole name is then ``taken``. Such a name starts where a match of :data:`_BASED`
    (``based``) does, as the two share their opening: it is looked for there only, not by a scan of the text."""
    if not based:
        return kept
    order = sorted(kept, key=lambda s: s.start)  # read once (the names do not overlap: each is judged on it)
    starts = [s.start for s in order]
    reach = list(accumulate((s.end for s in order), max, initial=-1))  # reach[i]: the furthest end of order[:i]
    joined: dict[int, Suggestion] = {}  # the index in ``order`` of a name's first body → the name
    dropped: set[int] = set()
    last = 0
    for b in based:
        m = _BASED_CAPITALS.match(text, b.start()) if b.start() >= last else None
        if m is None:
            continue
        last = m.end()
        start, end = m.span(1)
        glued = abbreviations.glued_acronym(text, start, end)
        if glued is not None:  # "the Mumbai-based Tata Consultancy Services TCS": the body and its acronym, apart
            end = len(text[:glued].rstrip())
        if ((_NOUN_AFTER.match(text, end) and not _BODY_VERB.match(text, end) and not _VERB_ED.match(text, end))
                or not _body_like(text, start, end, lower)):
            continue
        first, after = bisect_left(starts, start), bisect_left(starts, end)
        inside = [i for i in range(first, after) if order[i].end <= end]
        bodies = [order[i] for i in inside]
        if (not bodies or (bodies[0].start, bodies[-1].end) == (start, end) and len(bodies) == 1
                or reach[first] > start or reach[after] > end  # a suggestion crosses an edge
                or any(s.attributes.get("type") != "organisation" or "entity_id" in s.attributes for s in bodies)):
            continue
        name = " ".join(text[start:end].split())
        joined[inside[0]] = actor(start, end, text, {**bodies[0].attributes, "name": name}, max(s.confidence for s in bodies))
        dropped.update(inside)
        taken.add(start, end)
    if not joined:
        return kept
    return [joined[i] if i in joined else s for i, s in enumerate(order) if i not in dropped or i in joined]


def _repeated(text: str, framed: list[Suggestion], taken: Taken, language_at: Callable[[str, int], bool]) -> list[Suggestion]:
    """The other mentions of the names ``framed`` found, written the same way (:func:`repeated_names.repeated_mentions`: "Gore
    released a statement" after '"…," Gore said'), with their attributes, in English lines, where nothing is taken."""
    first = {s.exact: s for s in reversed(framed)}
    out = []
    for start, end, form in repeated_mentions(text, first) if first else ():
        if not taken.overlaps(start, end) and language_at(text, start):
            out.append(actor(start, end, text, dict(first[form].attributes), 0.5))
            taken.add(start, end)
    return out
