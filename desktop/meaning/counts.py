"""Counts of things, ages and leftover durations in running text (English; ages also
Russian and Turkish).

* Counts: a number (digits or words) and the plural noun it counts, with up to three
  modifiers between them — "14 ISIL tanks", "four tactical units", "seven ISIL-held
  buildings", "twenty-five soldiers", "five hundred pages" → ``{"value", "unit": noun,
  "scale": ""}``; "six or seven shots" → ``value`` 6, ``upper`` 7. A number in words
  after a definite word ("the two countries", "these three things") refers back to things
  already named and is not a count, unless one member is taken out of it ("one of the five
  pillars"), a possessive of a third person says whose they are ("their three sons", as "their
  3 sons"), or a modifier after "the" describes them ("the two largest economies"); "one" counts only
  after a limiter or a bound ("only one hospital", :mod:`desktop.meaning.one_counts`). Years ("2016 Syrian elections"),
  numbered references ("Article 5 states", "Resolution 2254 calls"), designations
  ("C 130 Hercules") and titles ("25 Days of Free") are not counts.
* Ages: "14-year-old", "18-летний", "13-ти летний", "72-х летний", "14 yaşındaki" → years.
* Durations and people the other figure patterns leave: "nearly four long years",
  "two centuries" → 200 y, "1.5 million displaced people".

Turkish counts are in :mod:`desktop.meaning.counts_tr`, designations and titles (:func:`not_a_quantity`) in
:mod:`desktop.meaning.figure_titles`; both stay importable from here. Called by
:func:`desktop.meaning.figures.find_figures`; no I/O, never raises on a ``str``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.meaning.counts_tr_more import find_more_tr_counts
from desktop.meaning.counts_tr import TR_FIRST_NOUN_AFTER, TR_NOUN_AFTER, find_tr_counts, tr_pieces_after
from desktop.meaning.turkish_words import lower as _tr_fold
from desktop.meaning.figure_titles import not_a_quantity
from desktop.meaning.numbers import continental_sentence, opens_sentence
from desktop.meaning.one_counts import FUNCTION_WORDS as _FUNCTION, LY_WORDS as _LY_WORDS, find_limited_ones
from desktop.meaning.ranges import year_before_to
from desktop.meaning.ru_people import befell_people

__all__ = ["after_ratio", "count_unit", "expected_by", "find_ages", "find_counts", "find_tr_counts", "in_a_name_of", "not_a_count", "not_a_quantity", "opens_sentence",
           "noun_after", "people_listed", "tr_pieces_after"]

_UNITS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
          "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_SMALL = {"one": 1, **_UNITS, **_TEENS, **_TENS}


def _alt(words: dict[str, int]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_WORD_NUMBER = (
    rf"(?:(?:{_alt(_TENS)})[- ](?:one|{_alt(_UNITS)})|{_alt(_SMALL)})(?:\s+(?P<mult>hundred|thousand|dozen))?"
    r"|half[-\s](?:a[-\s])?dozen|a\s+dozen|a\s+(?:hundred|thousand)"  # ("half a dozen", "half-dozen": six; "more than a hundred temples")
)
# Peoples counted by their name ("350 Syrians", "three Americans", "10 U.S. Marines"): a plural in
# -ians/-eans (not "Brians") or a closed list; not with a number word capitalised inside a sentence,
# which is a title's ("The Man With Two Brians", "A Song of Two Humans").
_PEOPLES = (
    r"(?-i:[A-Z][a-z]+(?:ian|ean)s(?<!Brians)(?<!Julians)(?<!Adrians)"
    r"|(?:Americ|Afgh|Morocc|Mexic|Kore|Cub|Keny|Ugand|Rwand|Ghan|Liby|Sri[ \u00a0]Lank|Puerto[ \u00a0]Ric|Dominic)ans"
    r"|(?:Iraq|Israel|Pakistan|Saud|Yemen|Kuwait|Oman|Somal|Qatar|Emirat|Bangladesh|Azerbaijan|Bahrain)is"
    r"|Chinese|Japanese|Lebanese|Sudanese|Vietnamese|Taiwanese|Burmese|Congolese|Senegalese|Marines|Kurds|Turks"
    r"|Arabs|Britons|Kazakhs|Uzbeks|Tajiks|Greeks|Poles|Czechs|Swedes|Danes|Finns|Scots|Serbs|Croats|Jews|Yazidis"
    # (and peoples, faiths and parties' members news counts: "three Germans", "two Democrats", "five Senators"; twenty-fourth
    # round)
    r"|Germans|Filipinos|Thais|Nepalis|Muslims|Hindus|Sikhs|Buddhists|Catholics|Protestants|Shiites|Sunnis|Democrats"
    r"|Republicans|Conservatives|Tories|Liberals|Socialists|Communists|Senators)"
)
_PEOPLE_RE = re.compile(_PEOPLES)
# A capitalised word and "of" before a number and a capitalised noun make a name ("Group of 20 Nations").
_NAME_OF = re.compile(r"(?<![\w-])(?-i:[A-Z][a-z]+)[ \u00a0]+of[ \u00a0]+$")
# Modifiers are words on the same line; one may be an initialism with dots ("U.S."), no
# other word may end in a full stop (a sentence ends there).
_NOUN_AFTER = (
    r"[ \u00a0]+(?P<mods>(?:(?:[A-Z]\.(?:[A-Z]\.)+|[A-Za-z][\w'’-]*)[ \u00a0]+){0,3}?)"
    # (a word in -ous is no plural noun but a modifier: "four previous attempts", "two serious injuries", "three famous
    # writers" — the noun is the word after it; thirty-first round; a noun in -ss, -is, -us still ends the phrase: "9000
    # HP dragon boss waits")
    r"(?P<noun>[a-z]{3,}s(?<!ous)|[a-z]+(?:-[a-z]+)+s|[A-Z]{2,}s|people|aircraft|personnel|police|staff|crew"
    # (animals whose plural has no -s; not before the people who keep them: "2,000 cattle ranchers", "sheep farmers")
    r"|(?:sheep|cattle|livestock|(?:rein)?deer|geese|oxen|swine|bison)(?![ \u00a0]+[a-z]+(?:ers|ors|ists|men)(?![\w-]))"
    # "gunmen", "policemen", "schoolchildren" (not "specimen", "regimen", Turkish "hemen")
    r"|(?:gun|police|fire|service|chair|sales|business|fisher|crafts|congress|sports|country|news|militia|clergy"
    r"|spokes|noble|towns|kins|gentle|middle|line|trades|foot|horse|sea|air|cave|weather|tribes|freed|clans|camera"
    r"|work|jury|lay|post|rifle|bands|hench|snow|committee|council|alder|assembly|church|states)?(?:wo)?men"
    r"|(?:school|grand|step|street|foster)?children|pcs(?=[ \u00a0]+of\b|[ \u00a0]*[.,;:)\n]|$)|" + _PEOPLES + ")"  # ("40 pcs of bolts": pieces)
    r"(?![\w'’-])"
)
# Ages: "14-year-old", "18-летний", "14 yaşındaki" → years.
_AGE = re.compile(
    rf"(?<![\w.,-])(?i:(?P<num>\d{{1,3}}|{_WORD_NUMBER}))"
    r"(?:[-\u2011\u2013]year[-\u2011\u2013]old|\s+years?\s+old|(?:[-\u2011](?:ти|х|и)[ -]?|[-\u2011])?летн(?:ий|его|ему|им|ем|яя|ей|юю|ие|их|ими)"
    r"|\s+yaşında(?:ki)?)(?![\w-])"
)
_COUNT = re.compile(
    rf"(?<![\w.,%$€£/'’-])(?i:(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d{{1,6}}|{_WORD_NUMBER}))(?![\w.,]\w)"
    + _NOUN_AFTER
)
_NOUN_AFTER_RE = re.compile(_NOUN_AFTER)
# The lower end of a count's range: "six or seven shots", "3 to 5 teams".
_RANGE_BEFORE = re.compile(
    rf"(?<![\w.,%$€£/'’-])(?i:(?P<lo>\d{{1,3}}(?:,\d{{3}})+|\d{{1,6}}|{_WORD_NUMBER.replace('?P<mult>', '?:')}))"
    r"[ \u00a0]+(?:or|to)[ \u00a0]+$"
)
_SECOND_NOUN = re.compile(r"[ \u00a0]([a-z]{3,}s)(?![\w'’-])")
# Words in -s that are no noun ("1500 civilians across the region": "across" is no second noun).
_WORDS_IN_S = set("""towards afterwards always perhaps besides sometimes nowadays whereas upwards downwards backwards
    forwards onwards homewards its his hers ours yours theirs was has does goes""".split())
# Words before a number in words that make it a reference, not a count ("the two countries").
_DEFINITE = set("the these those its their his her our my your whose all both".split())
# Of those, the words before a number in digits that make it refer back too ("our 2 countries").
_BACK_REFERENCE = set("our my your both".split())
# A possessive of a third person before a number in words says how many the owner has, as it does before digits ("their
# three children", "its two hundred defenders", "whose three robots"; thirtieth round).
_OWNERS = set("its their his her whose".split())
# A demonstrative before a number points at the things and says how many they are, as news writes a count ("these three
# items", "those 483 photos", "these two children"): the number is the figure (thirty-first round; "the two leaders", a
# bare "the", and "our two countries" still refer back).
_POINTERS = set("these those".split())
_ANAPHORIC = set("other others remaining same aforementioned former latter above last first next previous prior".split())


def _refers_back(previous: str, in_words: bool, mods: str) -> bool:
    """A number (in words if ``in_words``) after the word ``previous``, with the modifiers ``mods`` before its noun, refers
    back to things already named: "the two countries", "these three things", "our 2 countries"; not "their three sons"
    nor "the two largest economies", "the three fundamental cornerstones", "the two middle values" (a modifier after
    "the" describes which of them, as news writes a new count; thirtieth round)."""
    if previous in _POINTERS and _ANAPHORIC.intersection(mods.lower().split()):
        return True  # ("these two previous owners", "those 3 other soldiers": the rest of a group named before)
    if not in_words:
        return previous in _BACK_REFERENCE
    if previous in _OWNERS | _POINTERS or previous == "the" and mods.strip() and not _ANAPHORIC.intersection(mods.lower().split()):
        return False  # (not "the two other soldiers", "the three remaining hostages": the rest of a group named before)
    return previous in _DEFINITE
_ONE_DIGIT = re.compile(r"\d(?![\d.,]\d|\d)")
# A verb of expectation after "the N noun": the noun is who expected, not what is counted
# ("fewer than the 180,000 economists had expected" is 180,000 of something else).
_EXPECTED = re.compile(r"[ \u00a0]+(?:had[ \u00a0]+|have[ \u00a0]+)?"
                       r"(?:expected|forecast|predicted|estimated|anticipated|projected)(?![\w'’-])")
# Words before a number that make it a label ("Article 5", "Resolution 2254").
_LABELS = set("""
    article articles chapter chapters figure fig table section page pages p pp no nos number resolution
    paragraph item step phase level grade route highway room flight unit platform gate line stage category tier
    """.split())
# Plural-looking words that are verbs or no counted thing ("Figure 2 shows", "two years": a duration).
_NOT_NOUNS = set("""
    says shows reads means makes takes gives goes comes seems remains includes contains becomes needs
    wants looks gets puts adds keeps leads lets
    years months weeks days hours minutes seconds decades centuries times percent cents
    people persons individuals dollars euros pounds tons tonnes miles kilometres kilometers metres meters
    others thus various previous serious famous obvious religious numerous analysis basis crisis
    indoors outdoors
    """.split())
# Of _NOT_NOUNS, the plurals figures.py reads as units, durations or people of its own.
_FIGURE_UNITS = set("""
    years months weeks days hours minutes times percent people persons individuals dollars euros
    pounds tons tonnes miles kilometres kilometers metres meters
    """.split())
_PREVIOUS_WORD = re.compile(r"([\w.]+)\s*$")
_RATIO_BEFORE = re.compile(r"(?<![\w.,-])(?i:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten)"
                           r"\s+(?:in|out\s+of)\s+$")
_PARTITIVE_BEFORE = re.compile(r"(?<![\w.,-])(?i:\d{1,3}(?:,\d{3})+|\d{1,6}|two|three|four|five|six|seven|eight|nine|ten"
                               r"|eleven|twelve|twenty|fifty|hundred)\s+of\s+(?i:the|its|their|his|her|our|these|those)\s+$")
_BOUND_BEFORE = re.compile(r"\b(?i:about|around|nearly|almost|some|than|least|approximately|roughly)\s+$")
# A member taken out of a whole: the whole's number after "the" counts it, nothing named before ("one of the five
# pillars", "each of the 3 branches"); not after "these"/"those" ("one of these three things": named before).
_MEMBER_OF = re.compile(r"(?<![\w'’-])(?i:one|each|any|none|either|neither)[ \u00a0]+of[ \u00a0]+(?i:the|its|their|his|her)[ \u00a0]+$")


def _value(num: str, mult: str | None) -> int:
    low = num.lower()
    mult = mult or next((w for w in ("hundred", "thousand", "dozen") if low.endswith(" " + w)), None)
    if mult:
        low = low[: -len(mult)].strip()
    if low == "a":  # "a dozen"
        value = 1
    elif low.startswith("half"):  # "half a dozen"
        return 6
    elif low[0].isdigit():
        value = int(low.replace(",", ""))
    elif "-" in low or " " in low:
        tens, units = re.split(r"[- ]", low)
        value = _TENS[tens] + (_UNITS.get(units) or 1)
    else:
        value = _SMALL[low]
    return value * {"hundred": 100, "thousand": 1000, "dozen": 12}.get((mult or "").lower(), 1)


# People counted with a number in the years' range ("a survey of 1709 schoolchildren", "treated 1850
# patients"): a year is no modifier of these nouns, but "in 2019 students protested", "In January 2021
# protesters", "Throughout 2020 patients" open with a year. Only after "of" or a verb's past form
# (a counting context) is it a count.
_PEOPLE_PLURALS = set("""people children schoolchildren students pupils patients workers employees soldiers troops
    residents respondents participants voters adults women men civilians refugees migrants prisoners passengers
    protesters delegates doctors nurses teachers victims""".split())
_COUNTING_VERB = re.compile(r"[a-z]{3,}ed|employs|employ|hires|treats|has|have|had|surveyed|polled")
_TIME_OF = set("""end start beginning middle rest half part course spring summer autumn fall winter class""".split())


def _people_in_the_years(m: re.Match[str], previous: str, text: str) -> bool:
    """(Not "the end of 2019 workers", "the class of 1990 students": a year.)"""
    return (not m["mods"] and m["noun"] in _PEOPLE_PLURALS and (previous == "of" or bool(_COUNTING_VERB.fullmatch(previous))
                                                              or _LISTED_AFTER_COMMA.search(text, max(0, m.start() - 16), m.start()) is not None)
            and not opens_sentence(text, m.start()) and _previous_word(text, m.start() - len(previous) - 1) not in _TIME_OF)


# A number after a comma that "or"/"to" joins to people counts them: "In 2019, 1500 or 2000 people died", "In 2019 or
# 2020, 1800 or 1900 workers left" (a list of years joins no people: not "in 2019 or 2020 workers" after no comma).
_PEOPLE_AFTER = re.compile(rf"(?:[ \u00a0]+(?:or|to)[ \u00a0]+\d{{1,4}}|[-\u2013]\d{{1,4}})*[ \u00a0]+(?P<noun>[a-z]+)\b")
_LISTED_AFTER_COMMA = re.compile(r",[ \u00a0]+\d{1,4}[ \u00a0]+(?:or|to)[ \u00a0]+$")


def people_listed(text: str, end: int) -> bool:
    """The number ending at ``end`` (after a comma) is a count of people, alone or with the numbers "or" joins to it
    (",| 1500 or 2000 people"): no year of a list."""
    m = _PEOPLE_AFTER.match(text, end)
    return m is not None and m["noun"] in _PEOPLE_PLURALS


def in_a_name_of(text: str, start: int, noun: str) -> bool:
    """The number at ``start`` before a capitalised ``noun`` is part of a name: "the Group of 20
    Nations" (but a headline's "Arrest of 5 Britons" counts them)."""
    name_of = _NAME_OF.search(text, max(0, start - 24), start) if noun[:1].isupper() else None
    return name_of is not None and not opens_sentence(text, name_of.start())


# A capitalised word right before a number names it ("Apollo 11", "Channel 4"), unless it opens the sentence as a bound.
_NAMED_BEFORE = re.compile(r"(?<![\w-])[A-Z][\w'’-]*[ \u00a0]+$")
_OPENERS = {"about", "almost", "around", "nearly", "some", "only", "over", "all", "another", "roughly", "at", "least"}


def _previous_word(text: str, start: int) -> str:
    before = _PREVIOUS_WORD.search(text, max(0, start - 24), start)
    return before.group(1).lower().strip(".") if before else ""


def member_of(text: str, start: int) -> bool:
    """The number at ``start`` counts a whole one member is taken from ("one of the |five pillars")."""
    return _MEMBER_OF.search(text, max(0, start - 24), start) is not None


def after_ratio(text: str, start: int) -> bool:
    """The number at ``start`` ends a ratio ("one in |five adults", "seven out of |10 voters")."""
    return _RATIO_BEFORE.search(text, max(0, start - 16), start) is not None


def not_a_count(text: str, start: int, noun: str) -> bool:
    """A number at ``start`` followed by ``noun`` is a label, a verb's subject, part of "24/7"
    or refers back rather than a count ("Article 5 states", "Figure 2 shows", "24/7 programs",
    "24 / 7 programs", "our 2 countries", "the 2 leaders")."""
    low = noun.lower()
    verb = low in _NOT_NOUNS and low not in _FIGURE_UNITS and low not in _DURATIONS
    previous = _previous_word(text, start)
    if previous == "the" and _ONE_DIGIT.match(text, start) and not member_of(text, start):
        return True  # "the 2 leaders discussed": the two already named
    if _PARTITIVE_BEFORE.search(text, max(0, start - 32), start):
        return True  # "12 of its |40 members": the part is the figure (amounts.py)
    return verb or text[max(0, start - 2) : start].strip().endswith("/") or previous in _LABELS | _BACK_REFERENCE


# Durations and people the other figure patterns leave ("twenty-five years", "nearly four long
# years", "two centuries", "1.5 million displaced people"): unit symbol and how many of it one
# counted noun is.
_DURATIONS = {"years": ("y", 1), "decades": ("y", 10), "centuries": ("y", 100), "months": ("mo", 1),
              "weeks": ("wk", 1), "days": ("d", 1), "hours": ("h", 1), "minutes": ("min", 1),
              "people": ("people", 1), "persons": ("people", 1), "individuals": ("people", 1), "pcs": ("pieces", 1)}


def _counted(m: re.Match[str]) -> bool:
    """The modifiers and noun of a count are plausible (no function word, adverb or verb)."""
    noun = m["noun"]
    if noun not in _DURATIONS and (noun in _NOT_NOUNS or noun.endswith(("ss", "us", "is")) and not _PEOPLE_RE.fullmatch(noun)):
        return False
    mods = m["mods"].split()
    if mods and mods[0].lower() in ("more", "other"):
        mods = mods[1:]  # "256 more prisoners", "two other soldiers"
    return not any(_ends_phrase(w.lower().strip(".")) and not _joins_adjectives(mods, i) and not _initialism(w, noun)
                   and not _grades_modifier(mods, i) for i, w in enumerate(mods))


def _grades_modifier(mods: list[str], i: int) -> bool:
    """``mods[i]`` is an adverb in "-ly" grading the modifier after it, no end of the phrase: "two heavily armoured
    vehicles", "three badly damaged cars", "four newly built schools", "two completely separate reviews" (twenty-third
    round; not a function word, not last before the noun: "5 only" or "3 reportedly" end the phrase; nor before a word in
    "-ing", which may be the verb, as the earlier rounds pinned: "Three quickly moving columns left"; and only right after
    the number: in "Extracts 2 and 3 show structurally identical sequences" the number's next word is a verb)."""
    word, after = mods[i].lower(), mods[i + 1].lower() if i < len(mods) - 1 else ""
    return i == 0 and word.endswith("ly") and word not in _FUNCTION and word.isalpha() and after.isalpha() and not after.endswith("ing") and (
        not _ends_phrase(after))


def _initialism(word: str, noun: str) -> bool:
    """An upper-case modifier before a lower-case noun is an initialism, no function word ("354 US metro areas": not
    "us"); in a line in capitals ("5 OF THE BEST THINGS") the noun is in capitals too."""
    return len(word) > 1 and word.isupper() and noun.islower()


def _joins_adjectives(mods: list[str], i: int) -> bool:
    """``mods[i]`` is "and"/"or" between two modifiers that are no plural noun and no verb form: "60 regional and
    international nations", "three red or blue cars" (not "40 killed and hundreds", "two cats and dogs")."""
    return (mods[i].lower() in ("and", "or") and 0 < i < len(mods) - 1
            and not mods[i - 1].lower().endswith(("s", "ed", "ing")) and not _ends_phrase(mods[i + 1].lower()))




def _ends_phrase(word: str) -> bool:
    return word in _FUNCTION or (word.endswith("ly") and word not in _LY_WORDS)


# A Russian noun in the genitive plural after a scaled number, with at most one adjective:
# "2 тыс. домов", "1,5 млн новых жителей", "3 млрд зданий".
_RU_NOUN_AFTER_RE = re.compile(r"[ \u00a0]+(?:[а-яё]+(?:ых|их)[ \u00a0]+)?(?P<noun>[а-яё]{3,}(?:ов|ев|ей|ий))(?![\w-])")


_TR_SCALE_BEFORE = re.compile(r"(?<![\w-])(?i:bin|milyon|milyar)$")
# After a Russian scale word, people named by what befell them: "10 тысяч пострадавших", "2 тыс. погибших" (the participle's
# genitive plural, which the noun's endings above leave out).
_RU_SCALE_BEFORE = re.compile(r"(?<![\w-])(?i:тысяч[аиу]?|тыс\.|миллион(?:а|ов)?|млн\.?|миллиард(?:а|ов)?|млрд\.?)$")
_RU_HARMED_AFTER = re.compile(r"[ \u00a0]+(?P<noun>[а-яё]{5,}[ыи]х)(?![\w-])")


def noun_after(text: str, end: int) -> tuple[int, str] | None:
    """The counted noun after a number ending at ``end`` ("1.5 million| displaced people"
    → its end and "people"; "2 тыс.| домов" → "домов"), or None."""
    m = _NOUN_AFTER_RE.match(text, end)
    if m is not None and _counted(m):
        return m.end(), m["noun"]
    tr = TR_NOUN_AFTER.match(text, end)  # "50 bin bina" (in Turkish: "a 5m tank" is English)
    scaled = _TR_SCALE_BEFORE.search(text, max(0, end - 7), end) is not None
    if tr is None and scaled:
        tr = TR_FIRST_NOUN_AFTER.match(text, end)  # "40 bin seyirci"
    if tr is not None and (scaled or continental_sentence(text, end)):
        return tr.end(), _tr_fold(tr["noun"])
    ru = _RU_NOUN_AFTER_RE.match(text, end)
    if ru is None:
        ru = _RU_HARMED_AFTER.match(text, end)
        if ru is None or not befell_people(ru["noun"]) or not _RU_SCALE_BEFORE.search(text, max(0, end - 10), end):
            return None
    return ru.end(), ru["noun"]


def expected_by(text: str, start: int, noun_end: int) -> bool:
    """The noun ending at ``noun_end`` after "the" and the number at ``start`` is who expected
    ("than the 180,000 economists had expected"), not what the number counts."""
    return _previous_word(text, start) == "the" and _EXPECTED.match(text, noun_end) is not None


def count_unit(noun: str, value: int | float) -> dict[str, int | float | str]:
    """The unit (and value) a counted noun gives: "years" → y, "two centuries" → 200 y."""
    unit, times = _DURATIONS.get(noun, ("people" if befell_people(noun) else noun, 1))  # ("10 тысяч погибших": people)
    if unit[:1].isupper() and unit[1:2].islower():
        unit = unit.lower()  # "350 Syrians" → syrians (acronyms keep their case: "four VBIEDs")
    return {"value": value * times, "unit": unit}



def find_counts(
    text: str, free: Callable[[int, int], bool]
) -> list[tuple[int, int, dict[str, int | float | str]]]:
    """Counts in ``text`` whose span ``free(start, end)`` allows (no other figure there);
    "six or seven shots", "3 to 5 teams" are ranges (``value`` and ``upper``)."""
    out: list[tuple[int, int, dict[str, int | float | str]]] = []
    pos = 0
    while (m := _COUNT.search(text, pos)) is not None:
        pos = m.end("num")  # a rejected match may hide a count after its number: read on from there
        num, noun = m["num"], m["noun"]
        in_words = not num[0].isdigit()
        if not _counted(m) or num.lower() in ("one", "1"):
            continue
        previous = _previous_word(text, m.start())
        if num.isdigit() and len(num) == 4 and 1500 <= int(num) <= 2099 and not _BOUND_BEFORE.search(
                text, max(0, m.start() - 16), m.start()) and not _people_in_the_years(m, previous, text):
            continue  # "2016 Syrian elections": a year; "about 2000 words", "a survey of 1709 schoolchildren" count
        if in_words and num[0].isupper() and _PEOPLE_RE.fullmatch(noun) and not opens_sentence(text, m.start()):
            continue  # "A Song of Two Humans": a title
        if not m["mods"] and in_a_name_of(text, m.start(), noun):
            continue
        if after_ratio(text, m.start()):
            continue  # "one in five adults", "3 in 10 children": a ratio (amounts.py), not a count
        if noun == "crew" and not in_words and _NAMED_BEFORE.search(text, max(0, m.start() - 24), m.start()) and previous not in _OPENERS:
            continue  # "The Apollo 11 crew", "A Channel 4 crew": a name's number ("About 40 crew" counts)
        if previous in _LABELS or _refers_back(previous, in_words, m["mods"]) and not member_of(text, m.start()) or not_a_quantity(
                text, m.start(), "") or expected_by(text, m.start(), m.end()) or not_a_count(text, m.start(), noun):
            continue
        value, upper = _value(num, m["mult"]), None
        start = m.start()
        low = _RANGE_BEFORE.search(text, max(0, start - 24), start)
        if low is not None and not low["lo"][0].isdigit() and _previous_word(text, low.start()) in _DEFINITE:
            continue  # "the two or three tanks"
        if low is not None and _value(low["lo"], None) < value and free(low.start(), m.end()) and not year_before_to(
                text, low.start("lo"), low.end("lo")):  # ("one or two people": 1–2; not "rose in 2018 to 4000 units")
            start, value, upper = low.start(), _value(low["lo"], None), value
        if not free(start, m.end()):  # (a low end read as a figure of its own, "one thousand to fifteen hundred troops",
            continue  # leaves the high end alone: the range is read with both figures, ranges.range_to)
        end = m.end()
        compound = _SECOND_NOUN.match(text, end)  # "police officers", "weapons caches"
        if compound is not None and compound[1] not in _NOT_NOUNS | _WORDS_IN_S and not compound[1].endswith(("ss", "us", "is")):
            noun, end = compound[1], compound.end()
        attrs = {"value": value, "unit": noun, "scale": ""} | count_unit(noun, value)
        if upper is not None:
            attrs["upper"] = count_unit(noun, upper)["value"]
        out.append((start, end, attrs))
        pos = end
    out.extend(find_limited_ones(text, free))  # "only one hospital", "one or more donations"
    out.extend(find_more_tr_counts(text, free))  # "12 kişiden 3'ü", "45 sporcu katıldı", "40 dönüm"
    return out


# Turkish ages compared: "18 yaşından küçükler" (< 18), "65 yaş ve üzeri" (≥ 65), "40 yaşın üstündeki"
# (> 40); not "16 yaş altı" alone, a youth team's name as often as an age.
_AGE_BOUND_TR = re.compile(
    r"(?<![\w.,-])(?P<num>\d{1,3})[ \u00a0]+(?:yaşından[ \u00a0]+(?:(?P<less>küçük|genç)|(?P<more>büyük|yaşlı))"
    r"|yaşın[ \u00a0]+(?:(?P<under>altındaki|altında)|(?P<over>üstündeki|üstünde|üzerindeki|üzerinde))"
    r"|yaş[ \u00a0]+ve[ \u00a0]+(?:üzeri|üstü))",
    re.IGNORECASE)


def find_ages(text: str) -> list[tuple[int, int, dict[str, int | str]]]:
    """Ages in years: "14-year-old", "a five-year-old boy", "18-летний", "14 yaşındaki"; Turkish
    ages compared ("18 yaşından küçük" → < 18 y)."""
    out: list[tuple[int, int, dict[str, int | str]]] = []
    for m in _AGE_BOUND_TR.finditer(text):
        if 0 < int(m["num"]) < 130:
            sign = "<" if m["less"] or m["under"] else ">" if m["more"] or m["over"] else "≥"
            out.append((m.start(), m.end(), {"value": int(m["num"]), "unit": "y", "scale": "", "qualifier": sign}))
    for m in _AGE.finditer(text):
        value = _value(m["num"], m["mult"])
        if value < 150 or value < 1000 and "летн" in m.group():  # "220-летнюю историю": a length
            out.append((m.start(), m.end(), {"value": value, "unit": "y", "scale": ""}))
    return out
