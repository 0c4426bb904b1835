"""Figures read from the phrase around a number (English, Russian, Turkish).

* A number joined to a singular noun: "a 50,000-strong crowd" → 50 000 people, "the 10,000-seat
  stadium" → 10 000 seats, "a 12-member panel", "a 20-mile drive" → 20 mi (:func:`find_compounds`).
* The second number of a vote's tally: "by 52 votes to 48" → 48 votes (:func:`find_tallies`); the number a
  toll of the dead names: "the death toll rose to 47", "число погибших возросло до 47" → 47 people (:func:`find_tolls`).
* "twice", "thrice" → 2, 3 times; Turkish floors and pages: "5 katlı bina" → 5 floors (:func:`find_times`).

Moved out of :mod:`desktop.meaning.measures` (which still exports these names); called by
:mod:`desktop.meaning.figure_extras`; no I/O, never raises on a ``str``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from desktop.meaning.counts import not_a_quantity, noun_after
from desktop.meaning.numbers import sentence_around
from desktop.meaning.units import TALLY_WORDS, WORD_VALUES

__all__ = ["find_compounds", "find_tallies", "find_times", "find_tolls"]

Found = tuple[int, int, dict[str, int | float | str]]

# What a number joined by a hyphen to a singular noun counts: the unit ("mile" → mi) or the plural.
_JOINED = {"strong": "people", "mile": "mi", "kilometre": "km", "kilometer": "km", "km": "km", "metre": "m", "meter": "m",
           "foot": "ft", "acre": "acre", "hectare": "ha", "tonne": "t", "ton": "t", "seat": "seats", "page": "pages",
           "member": "members", "bed": "beds", "bedroom": "bedrooms", "room": "rooms", "storey": "storeys",
           "story": "stories", "nation": "nations", "country": "countries", "vehicle": "vehicles", "car": "cars",
           "man": "men", "point": "points",  # ("a 10-point lead": a poll's points)
           "city": "cities", "judge": "judges", "party": "parties", "player": "players", "lane": "lanes", "door": "doors",
           "count": "counts", "game": "games", "match": "matches", "goal": "goals", "run": "runs", "hit": "hits"}
# The number in digits or a small number word ("a six-member panel", "a 28-city tour", "a three-bedroom flat").
_JOINED_WORDS = {w: v for w, v in WORD_VALUES.items() if v >= 2}
_JOINED_RE = re.compile(
    r"(?<![\w.,$€£-])(?P<n>\d{1,3}(?:,\d{3})+|\d{1,6}|(?i:" + "|".join(sorted(_JOINED_WORDS, key=len, reverse=True))
    + r"))-(?P<noun>(?i:" + "|".join(sorted(_JOINED, key=len, reverse=True)) + r"))(?![\w-])")


# Points joined to a number are a score only before a lead, a win or a change ("a 10-point lead", "a 12-point win", "a
# 300-point drop", "a 15-point Republican advantage"); not a kind of shot, a line, a landing, a harness, a turn ("a 3-point
# shot", "from three-point range", "a five-point harness").
_POINTS_AFTER = re.compile(r"(?:[ \u00a0]+[A-Za-z]+)?[ \u00a0]+(?i:leads?|wins?|victor(?:y|ies)|margins?|gaps?|swings?|deficits?"
                           r"|advantages?|edges?|cushions?|defeats?|losses|loss|drops?|falls?|rises?|gains?|jumps?|slides?"
                           r"|declines?|increases?|decreases?|plunges?|surges?|rall(?:y|ies)|tumbles?|climbs?)(?![\w-])")
# The tens of "a hundred and twenty-member delegation": the number is larger than the joined word says.
_HUNDRED_AND = re.compile(r"(?i:hundred|thousand)[ \u00a0]+and[ \u00a0]+$")
# The points of a plan or a list are its items, not a score: "a 12-point plan", "the six-point peace proposal",
# "a 10-point charter" → 12 items ("a 10-point lead", "a 12-point win" stay points).
_ITEMS_AFTER = re.compile(r"(?:[ \u00a0]+(?i:peace|action|reform|recovery|rescue|policy|ceasefire|economic|political"
                          r"|security|climate|national))?[ \u00a0]+(?i:plans?|programmes?|programs?|agendas?|proposals?"
                          r"|manifestos?|charters?|lists?|checklists?|strateg(?:y|ies)|blueprints?|roadmaps?|road[ \u00a0]+maps?"
                          r"|declarations?|resolutions?|statements?|initiatives?|package|demands?|memorandum|guidelines?"
                          r"|frameworks?|platforms?)(?![\w-])")


# A number joined to a noun names a kind, not an amount, before what it classifies: "a two-party system", "a four-door
# sedan" ("a six-member panel", "a three-party coalition", "a 10-door stable" stay counts).
_KIND_AFTER = {"party": re.compile(r"[ \u00a0]+(?i:system|systems|state|states|politics|rule|democracy|democracies|model|structure)(?![\w-])"),
               "door": re.compile(r"(?:[ \u00a0]+[A-Za-z]+)?[ \u00a0]+(?i:sedans?|cars?|saloons?|hatchbacks?|coupes?|coupés?|models?"
                                  r"|versions?|vehicles?|trucks?|pickups?|pick-ups?|suvs?|estates?|convertibles?|minivans?|vans?)(?![\w-])")}


def find_compounds(text: str) -> Iterable[Found]:
    """A number joined to a singular noun: "50,000-strong" → people, "10,000-seat" → seats, "six-member" → members."""
    for m in _JOINED_RE.finditer(text):
        value = int(m["n"].replace(",", "")) if m["n"][0].isdigit() else _JOINED_WORDS[m["n"].lower()]
        if value > 1 and not (len(m["n"]) == 4 and 1500 <= value <= 2099) and not _HUNDRED_AND.search(
                text, max(0, m.start() - 13), m.start()) and not not_a_quantity(text, m.start(), m["noun"], designation=False):
            # (nor a name's capitals in running text: "the Six-Party Talks")
            unit = _JOINED[m["noun"].lower()]
            kind = _KIND_AFTER.get(m["noun"].lower())
            if kind is not None and kind.match(text, m.end()):
                continue
            if unit == "points" and _ITEMS_AFTER.match(text, m.end()):
                unit = "items"
            elif unit == "points" and not _POINTS_AFTER.match(text, m.end()):
                continue
            yield m.start(), m.end(), {"value": value, "unit": unit, "scale": ""}


# A vote's tally: the second number counts votes too ("passed by 52 votes to 48", "300 голосами против 50").
_TALLY_RE = re.compile(
    r"(?<![\w.,])\d{1,3}(?:,\d{3})*[ \u00a0]+" + TALLY_WORDS + r"(?P<n>\d{1,3}(?:,\d{3})*)(?![\w.,%-]?\w|[ \u00a0]*%)")


def find_tallies(text: str) -> Iterable[Found]:
    """The second number of a vote's tally: "by 52 votes to 48" → 48 votes (the first is a count already; not "10
    votes to 3 abstentions": the second number counts its own noun)."""
    for m in _TALLY_RE.finditer(text):
        if noun_after(text, m.end("n")) is not None:
            continue
        noun = m["noun"].lower()
        yield m.start("n"), m.end("n"), {"value": int(m["n"].replace(",", "")), "unit": "votes" if noun.startswith("vote") else noun,
                                         "scale": ""}


# A toll of the dead names who a bare number counts: "the death toll rose to 47", "число погибших возросло до 47",
# "Ölü sayısı 47'ye yükseldi" → 47 people (not a year: "the death toll in 2023"; not a share: "rose 20%").
_TOLL_RE = re.compile(
    r"(?<![\w-])(?i:death[ \u00a0]+toll|casualty[ \u00a0]+toll|toll[ \u00a0]+of[ \u00a0]+(?:dead|deaths)|number[ \u00a0]+of[ \u00a0]+(?:dead|deaths)"
    r"|(?:число|количество)[ \u00a0]+(?:погибших|жертв|умерших|раненых|пострадавших)"
    r"|(?:ölü|ölen|ölenlerin|yaralı|yaralananların|hayatını[ \u00a0]+kaybedenlerin)[ \u00a0]+sayısı|can[ \u00a0]+kaybı"
    r"|(?<=[Tt]he[ \u00a0])(?P<bare>toll))"
    r"(?:[ \u00a0]+(?i:has|had|have|now|officially|risen|rose|climbed|jumped|reached|hit|stands|stood|passed|topped|exceeded|surpassed"
    r"|is|was|at|to|of|more|than|over|nearly|almost|about|around|at[ \u00a0]+least|возросло|выросло|увеличилось|достигло|составило"
    r"|составляет|превысило|уже|до|более|около|почти|yükseldi|ulaştı|çıktı|en[ \u00a0]+az|yaklaşık)){0,4}[ \u00a0]+"
    r"(?P<n>\d{1,3}(?:,\d{3})+|\d{1,4})(?![\w.,%-]?\d|[ \u00a0]*%)")


# Words of deaths near a bare "the toll" (twenty-fifth round)
_DEATH_NEAR = re.compile(r"(?<![\w-])(?i:killed|killing|kills|dead|deaths?|died|dies|victims?|casualties|bodies|fatalities|injured"
                         r"|wounded|quake|earthquake|blast|bombing|attack|crash|flood\w*|fire|storm|hurricane|typhoon)(?![\w-])")
# and a road's words in its sentence: "the toll rose to 5 on the bridge" after a storm is a fee (review)
_ROAD_NEAR = re.compile(r"(?<![\w-])(?i:bridges?|roads?|motorways?|highways?|tunnels?|turnpikes?|expressways?|drivers?|motorists?"
                        r"|cars?|lorries|lorry|trucks?|vehicles?|booths?|fees?|charges?|tariffs?)(?![\w-])")


# A bare number before what befell people counts people (English, as "578 умерли" in Russian): "Six people were
# killed and 12 injured", "at least 30 dead", "5 missing" → people (not after a label: "Flight 12 missing").
_SMALL_WORDS = {w: v for w, v in WORD_VALUES.items() if 2 <= v <= 20}  # "two" … "twenty"
_HARMED_RE = re.compile(
    r"(?<![\w.,$£€-])(?P<n>\d{1,3}(?:,\d{3})+|\d{1,5}|(?i:" + "|".join(_SMALL_WORDS) + r"))"
    r"(?:[ \u00a0]+(?:were|are|have[ \u00a0]+been|had[ \u00a0]+been|others?|more))?[ \u00a0]+"
    r"(?:killed|injured|wounded|dead|hurt|missing|arrested|detained|displaced|evacuated|hospitali[sz]ed|rescued|feared[ \u00a0]+dead)"
    r"(?![\w-])")
# After a toll's number: not a ratio, a multiple, a rate, a clock time, a date or a span of time ("2 to 3 times",
# "3 katına", "5 из 100", "3 in 100", "5 per 100,000", "12 на 1000", "10am", "9/11", "10 yılda").
_NOT_A_TOLL_AFTER = re.compile(
    r"(?:[ \u00a0]*(?i:a\.?m\b|p\.?m\b|[/:])|[ \u00a0]+(?i:to[ \u00a0]+\d[\d,.]*[ \u00a0]+)?(?i:times|fold|kat\w*|раза?|y[ıi]l\w*|ay(?:d[ae]|[ıi]n[dt]a)?"
    r"|gün(?:de|ü|lük|dür)?|hafta\w*|saat\w*|years?|months?|weeks?|days?|hours?|лет|год\w*|месяц\w*|дн(?:ей|я)|день|час(?:а|ов)?)(?![\w-])"
    r"|[ \u00a0]+(?i:in|out[ \u00a0]+of|из|per|на)[ \u00a0]+\d)")
# Before a bare number: a share's "N in" ("3 in 10 killed"), or a name's capitalised word or a model ("Terminal 2
# evacuated", "Boeing 737 Max 8 killed", "May 12 dead") — not the words opening a sentence ("About 30 dead").
_LABEL_BEFORE = re.compile(r"(?:(?<![\w-])[\w.]+[ \u00a0]+(?i:in|out[ \u00a0]+of)|(?<![\w-])(?i:no\.?|number|top)|[A-ZА-ЯЁÇĞİÖŞÜ][\w.-]*|\d[\w.-]*)"
                           r"[ \u00a0]+$")
_OPENING_WORDS = {"about", "almost", "another", "around", "at", "nearly", "only", "over", "more", "some", "roughly", "least",
                  "up", "than", "and", "but", "with", "of", "in", "as", "all", "officials", "police", "yesterday", "today"}
# What may follow a participle that names people: the end of a clause or a word that is no noun ("12 injured in",
# "30 dead after", "5 missing, police said"; not "12 dead sheep", "40 injured cattle").
_CLAUSE_GOES_ON = re.compile(
    r"[ \u00a0]*(?:$|[^\w \u00a0]|(?i:and|or|in|on|at|after|as|when|while|were|are|was|is|have|had|has|by|during|from"
    r"|following|across|since|including|but|with|near|inside|outside|according|among|so|since|this|last|yesterday|today"
    r"|overnight|until|before|amid|over|under|to|the|a|an|or|said|say|says|monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday|officials|police|authorities|there|here|late|early|[a-z]+ly)(?![\w-]))")  # (an adverb: "12 killed instantly")


def _label_before(text: str, start: int) -> bool:
    """The word before a bare number ending at ``start`` makes it a label, a model or a share's second number."""
    m = _LABEL_BEFORE.search(text, max(0, start - 24), start)
    if m is None:
        return False
    word = m.group().strip(" \u00a0").lower()
    return not (word[:1].isalpha() and word in _OPENING_WORDS)


def _a_year(text: str, n: str, start: int) -> bool:
    """A four-digit number from 1000 to 2099 after "of", "in", "since", "the" or "by" is a year ("the famine of 1846")."""
    return len(n) == 4 and n.isdigit() and (1900 <= int(n) <= 2099 or 1000 <= int(n) <= 2099 and re.search(
        r"(?<![\w-])(?i:of|in|since|the|by)[ \u00a0]+$", text[max(0, start - 8) : start]) is not None)


def find_tolls(text: str) -> Iterable[Found]:
    """The number a toll of the dead or hurt names: "the death toll rose to 47" → 47 people; a bare number before
    what befell people: "12 injured" → 12 people."""
    for m in _TOLL_RE.finditer(text):
        if m["bare"] and (not _DEATH_NEAR.search(text, max(0, m.start() - 300), m.end() + 300)
                          or _ROAD_NEAR.search(text, *sentence_around(text, m.start(), 120))):
            continue  # "the toll" alone is of the dead where deaths are near ("The toll rose to at least 45"), not a road's
        value = int(m["n"].replace(",", ""))
        if value > 1 and not _a_year(text, m["n"], m.start("n")) and noun_after(text, m.end("n")) is None and not \
                _NOT_A_TOLL_AFTER.match(text, m.end("n")):
            yield m.start("n"), m.end("n"), {"value": value, "unit": "people", "scale": ""}  # ("… to 47 soldiers": a count)
    for m in _HARMED_RE.finditer(text):
        n = m["n"]
        value = int(n.replace(",", "")) if n[0].isdigit() else _SMALL_WORDS[n.lower()]
        if value > 1 and not _a_year(text, n, m.start()) and not _label_before(text, m.start()) and noun_after(
                text, m.end("n")) is None and _CLAUSE_GOES_ON.match(text, m.end()):  # ("2,000 displaced families")
            yield m.start("n"), m.end("n"), {"value": value, "unit": "people", "scale": ""}


_TIMES_RE = re.compile(r"(?<![\w-])(?i:(?P<w>twice|thrice))(?![\w-])"
                       r"|(?<![\w.,-])(?P<n>\d{1,3})[ \u00a0](?i:katlı)(?![\w-])|(?<![\w.,-])(?P<p>\d{1,4})[ \u00a0]+sayfa(?:l[ıi]k)?(?![\w-])")


def find_times(text: str) -> Iterable[Found]:
    """"twice" → 2 times, "thrice" → 3 times; "5 katlı bina" (a building of five floors) → 5 floors; "250 sayfalık
    kitap", "kitap 250 sayfa" → 250 pages."""
    for m in _TIMES_RE.finditer(text):
        if m["w"]:
            if m["w"][0].isupper() and text[max(0, m.start() - 3) : m.start()].rstrip(" \u00a0\"'“")[-1:] not in ("", ".", "!", "?", "\n"):
                continue  # "Twice Told Tales": a title
            yield m.start(), m.end(), {"value": 2 if m["w"].lower() == "twice" else 3, "unit": "times", "scale": ""}
        elif int(m["n"] or m["p"]) > 1:
            yield m.start(), m.end(), {"value": int(m["n"] or m["p"]), "unit": "floors" if m["n"] else "pages", "scale": ""}
