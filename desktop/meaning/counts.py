"""Counts of things, ages and leftover durations in running text (English; ages also
Russian and Turkish).

* Counts: a number (digits or words) and the plural noun it counts, with up to three
  modifiers between them — "14 ISIL tanks", "four tactical units", "seven ISIL-held
  buildings", "twenty-five soldiers", "five hundred pages" → ``{"value", "unit": noun,
  "scale": ""}``; "six or seven shots" → ``value`` 6, ``upper`` 7. A number in words
  after a definite word ("the two countries", "their three sons") refers back to things
  already named and is not a count, unless one member is taken out of it ("one of the five
  pillars"); "one" never counts. Years ("2016 Syrian elections"),
  numbered references ("Article 5 states", "Resolution 2254 calls"), designations
  ("C 130 Hercules") and titles ("25 Days of Free") are not counts.
* Ages: "14-year-old", "18-летний", "13-ти летний", "72-х летний", "14 yaşındaki" → years.
* Durations and people the other figure patterns leave: "nearly four long years",
  "two centuries" → 200 y, "1.5 million displaced people".

Called by :func:`desktop.meaning.figures.find_figures`; no I/O, never raises on a ``str``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.meaning import turkish_words
from desktop.meaning.designations import formation_after, named_before
from desktop.meaning.numbers import TR_NUMBERS, continental_sentence, opens_sentence
from desktop.meaning.ranges import year_before_to
from desktop.meaning.ru_people import befell_people

__all__ = ["after_ratio", "count_unit", "expected_by", "find_ages", "find_counts", "find_tr_counts", "in_a_name_of", "not_a_count", "not_a_quantity", "opens_sentence",
           "noun_after"]

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
    r"(?P<noun>[a-z]{3,}s|[a-z]+(?:-[a-z]+)+s|[A-Z]{2,}s|people|aircraft|personnel|police|staff|crew"
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
# Words that end the phrase: a modifier is never one of these.
_FUNCTION = set("""
    the a an of in on at to for by with from and or but nor per than as is are was were be been being
    has have had will would can could may might must shall should do does did not no who whom which
    that this these those it its their his her our your my we they he she you me him us them there
    here so if then also only just more most less least other others such same some any all each every
    both few many much very out up off over into onto upon about after before since until while
    under between among against during without within through across near said says
    january february march april may june july august september october november december
    """.split())
# Words before a number in words that make it a reference, not a count ("the two countries").
_DEFINITE = set("the these those its their his her our my your whose all both".split())
# Of those, the words before a number in digits that make it refer back too ("our 2 countries").
_BACK_REFERENCE = set("these those our my your both".split())
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


# "-ly" words that are nouns or adjectives, not adverbs ("18 supply routes", "two daily flights").
_LY_WORDS = set("""
    supply family assembly ally rally reply early daily weekly monthly yearly elderly friendly holy
    """.split())


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
    tr = _TR_NOUN_AFTER.match(text, end)  # "50 bin bina" (in Turkish: "a 5m tank" is English)
    scaled = _TR_SCALE_BEFORE.search(text, max(0, end - 7), end) is not None
    if tr is None and scaled:
        tr = _TR_FIRST_NOUN_AFTER.match(text, end)  # "40 bin seyirci"
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


# A code or a name right before a number makes it a designation, not a quantity
# ("ISBN 975 545 002 5", "C 130 Hercules", "CD 833 864", "Boeing 737 800"); not the unit of a degree before a range's
# dash ("15°C-20°C").
_DESIGNATION = re.compile(
    r"(?:\bISBN(?:-1[03])?:?|(?<![^\W\d_])(?<![°º])(?![AI][ \u00a0])[A-Z]{1,3}|\bBoeing|\bAirbus"
    # a capitalised word that names what the number designates: "Group 3 C.", "Grup 3", "Room 12"
    r"|(?<![^\W\d_])(?:Group|Grup|Gruppe|Pool|Class|Division|Room|Gate|Platform|Block|Sector|Zone|Группа)"
    # a unit, a camp or a position of a defence report ("the Brigade 93 fighters", "at Camp 22 prisoners' block", "shelled
    # Hill 60 positions", "Task Force 88 soldiers", "the Annex 3 tables"): capitalised after a word only, since a
    # sentence's, a line's or a clause's first word is capitalised anyway ("Camp 22 prisoners were freed", "In 2020,
    # Force 12 soldiers crossed" and "in the camp 22 prisoners died" count); fleets and corps take an ordinal before
    # their word ("Seventh Fleet", "III Corps"), so "the Fleet 5 ships" counts
    r"|(?<=[^\W\d_][ \u00a0])(?:Brigade|Battalion|Regiment|Squadron|Platoon|Camp|Hill|Force|Wilayat|Annex|Appendix"
    r"|Checkpoint|Ward))[ \u00a0-]$"
)
_HYPHENED = re.compile(r"(?:[^\W\d_]{2}|(?<![\w-])[A-Z]{1,2}\d{2,4})-$")  # ("Як-18", "Airbus A350-1000 jets": a variant)
# A capitalised two-letter abbreviation before a number ("Sh 2 155"), unless it is a word or a title.
_TWO_LETTER_CODE = re.compile(r"(?<![^\W\d_])([A-Z][a-z])[ \u00a0]$")
_TWO_LETTER_WORDS = set("At In On By To Of Up As An If Is It Or So We He No My Me Be Do Go Us Am Mr Ms Dr St".split())
# Lower-case words a headline in title case may still have.
_HEADLINE_SMALL = set("with from into over under than that this after amid about onto upon".split())
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")


def not_a_quantity(text: str, start: int, word: str, designation: bool = True) -> bool:
    """The number at ``start`` is a designation (unless ``designation`` is false: money and
    percentages are never one, "ABD 2 milyar dolar", "DSP %85"), or ``word`` (its unit, scale
    or noun) is capitalised in running text so the figure belongs to a title ("Six Feet
    Under", "25 Days of Free", "15 Years of Metal"), unless a verb of lasting or a word of size
    follows it ("60 Dakika sürdü"). A line with no lower-case word (a headline in title case) is
    not running text, nor is a line's first sentence in title case before its story when ``word`` is a Turkish scale
    word, "Milyon" (:func:`_headline`)."""
    if designation and (_DESIGNATION.search(text, max(0, start - 12), start) or _HYPHENED.search(text, max(0, start - 8), start)
                        or named_before(text, start) or formation_after(text, start)):
        return True  # (or "Як-18Т", "COVID-19 cases", "Ту-154": a name and its number; "Windows 11 users")
    code = _TWO_LETTER_CODE.search(text, max(0, start - 4), start)
    if designation and code is not None and code[1] not in _TWO_LETTER_WORDS:
        return True  # "Sh 2 155": a catalogue number
    if len(word) < 3 or not word[:1].isupper() or not word[1:].islower():
        return False
    at = text.find(word, start, start + 40)
    if at >= 0 and _MEASURED_AFTER.match(text, at + len(word)):
        return False  # "Toplantı 60 Dakika sürdü", "4.1 Litre hacminde": a capital slipped into a measure, no title
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)][:400]
    # ("Dün İki Milyon Kişi Sokaklara Döküldü. Polis …"; not "Six Feet Under Ends. The show …", nor a title's round
    # "Bir Milyon Dolarlık Bebek Gösterimde. Film …")
    if _BIG_SCALE.fullmatch(word) and text[start : start + 4].lower() != "bir " or at >= 0 and _measure_of(text, word, at) and (
            not _LABEL_FIRST.fullmatch(text, line_start, start)):  # (a title opens its line with the measure: "Three Miles Of
        line = _headline(line, start - line_start)  # Hope Wins Award.", "Review: Ten Miles Of Trouble …" after a label)
    return any(w[0].islower() and w not in _HEADLINE_SMALL for w in _LONG_WORD.findall(line))


# What makes a capitalised unit a measure after all: a Turkish verb of lasting, a time's bound, a word of size ("60 Dakika
# sürdü", "4 Yıl arka arkaya", "4.1 Litre hacminde"; "röportaj 60 Dakika gösterilir", "Six Feet Under" stay titles). No
# English word: "interviewed on 60 Minutes later that year", "the 60 Minutes long-form report" name the programme.
_MEASURED_AFTER = re.compile(  # (with a bound's ablative first: "60 Dakika'dan az sürdü", "4 Yıl'dan uzun sürdü")
    r"(?:['’][dt][ae]n[ \u00a0]+(?:daha[ \u00a0]+)?(?:az|fazla|uzun|kısa)(?=[ \u00a0]+sür))?[ \u00a0]+(?:sür(?:dü|er|ecek|üyor|müş|en|mesi|esi)\w*|boyunca|süresince|arka[ \u00a0]+arkaya|üst[ \u00a0]+üste"
    r"|(?:hacm|uzunluğ|ağırlığ|derinliğ|genişliğ|yüksekliğ|çap)\w*)(?![^\W\d_])")

# The scale words a title-case headline may carry before its story, Turkish ones only: a work's title has "Six Feet",
# "Three Days", "Twenty Thousand", "60 Minutes", "Apollo 13 Returns", even "One Million Years B.C." (review of round 16).
_BIG_SCALE = re.compile(r"(?i:milyon|milyar|trilyon)")


# A measure of length, weight or volume in title case before "Of" and what it measures is a headline's figure before its
# story ("Storm Leaves Six Feet Of Snow. Roads …"); titles of works use units of time ("Three Days of the Condor") or no
# "Of" ("Six Feet Under Ends"), or open the line with the measure ("Three Miles Of Hope Wins Award.": the caller checks).
_HEADLINE_MEASURE = re.compile(r"Feet|Foot|Inches|Miles|Yards|Metres|Meters|Kilometres|Kilometers|Centimetres|Centimeters"
                               r"|Pounds|Tons|Tonnes|Kilos|Kilograms|Gallons|Litres|Liters|Barrels|Acres")
# What may come before a title that opens its line: nothing, or a label with a colon ("Review: ", "Film Review: ")
_LABEL_FIRST = re.compile(r"[ \t\u00a0]*(?:[A-Z][\w'’-]*(?:[ \u00a0]+[A-Za-z][\w'’-]*){0,2}[ \u00a0]*:[ \t\u00a0]*)?")
_OF_WHAT = re.compile(r"[ \u00a0]+(?i:of)[ \u00a0]+[A-Z][a-z]{2,}(?![\w'’-])")


def _measure_of(text: str, word: str, at: int) -> bool:
    """``word`` at ``at`` is a unit of length, weight or volume in title case followed by "Of" and a capitalised noun."""
    return _HEADLINE_MEASURE.fullmatch(word) is not None and _OF_WHAT.match(text, at + len(word)) is not None


# A headline's end: a full stop, "!" or "?" before a space (a closing quote may come between); not an ellipsis.
_SENTENCE_END = re.compile(r"(?<!\.)(?:[!?]|\.(?!\.))[\"'”’»]*[ \u00a0]+")


def _headline(line: str, at: int) -> str:
    """The line's first sentence if ``at`` lies in it and it may be a headline in title case followed by its story ("Dün
    İki Milyon Kişi Sokaklara Döküldü. Polis önlem aldı."): no comma, semicolon or bracket, which a list of titles has
    ("Türkiye Ekonomisinin 50 Yılı, Hürriyet Yayınları, 2001"); else the whole line. Used only for a scale word
    (``_BIG_SCALE``): a title of a work opens a line in the same shape ("Six Feet Under Ends. The show …")."""
    end = _SENTENCE_END.search(line)
    return line if end is None or end.start() < at or any(c in line[: end.start()] for c in ",;()") else line[: end.start()]


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
        if previous in _LABELS or previous in (_DEFINITE if in_words else _BACK_REFERENCE) and not member_of(text, m.start()) or not_a_quantity(
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


# Turkish counts of what news counts most: a number (digits, or a word other than "bir") and a noun
# of this list with its case ending ("20 asker", "11 ilçede", "üç çocuk", "3 ölü, 12 yaralı"); the
# noun is singular after a number, and the unit is its stem. A closed list: any word may follow a
# Turkish number ("15 Mayıs", "3 büyük şehir"). Not "il" (province), whose dative is "ile" (with), nor
# "oy" (vote), which "oyun" (game) starts with.
_TR_COUNTED = sorted("""asker polis öğrenci çocuk işçi sivil kadın erkek hasta yolcu mülteci göçmen gazeteci milletvekili
    vatandaş sanık şüpheli tutuklu militan terörist ölü yaralı ev bina konut araç otomobil tank uçak helikopter gemi füze
    köy ilçe ülke şehir okul hastane maç gol madalya sandalye üye ağaç hayvan şirket firma silah mermi""".split(),
                     key=len, reverse=True)
# Nouns counted only right after the number, never as the second noun of "2 sivil polis" ("2 asker gözaltına alındı",
# "3 polis depremde öldü" count soldiers, policemen).
_TR_COUNTED_FIRST = sorted(_TR_COUNTED + """aile hane deprem taraftar seyirci turist ziyaretçi hemşire öğretmen avukat
    gözaltı saldırı""".split(), key=len, reverse=True)  # (not "doktor": "728 doktora öğrencisi" are PhD students)
_TR_CASE_END = (r"(?:'(?=\w))?(?:[ıiuü]|y[ıiuü]|s[ıiuü]|n[ıiuü]n|[ny]?[ae]|y?l[ae]|[dt][ae]n?|[dt][ıiuü]r|n[dt][ae]n?"
                r"|y[ıiuü]n|[ıiuü]n)?")
# "adet" after a number with a scale word, and the listed noun it counts ("1,2 milyon adet araç" → araç, "2 bin adetten"
# → adet; twenty-fifth round: the digits' "50 adet silah" above took no scale word)
_TR_PIECES_AFTER = re.compile(r"[ \u00a0]+(?P<adet>(?i:adet|aded(?=[ie])))[^\W\d_]{0,4}(?![\w-])(?:[ \u00a0]+(?P<noun>"
                              + "|".join(_TR_COUNTED) + r")" + _TR_CASE_END + r"(?![\w-]))?")


def tr_pieces_after(text: str, end: int) -> tuple[int, str] | None:
    """The end and unit of "adet" (and the noun it counts) right after a figure ending at ``end``, or None."""
    m = _TR_PIECES_AFTER.match(text, end)
    if m is None:
        return None
    return (m.start("noun") + len(m["noun"]), _tr_fold(m["noun"])) if m["noun"] else (m.end("adet"), "adet")


_TR_NUMBER_WORDS = "iki|üç|dört|beş|altı|yedi|sekiz|dokuz|on|yirmi|otuz|kırk|elli|altmış|yetmiş|seksen|doksan|yüz"
# People named by where they come from: "3 milyon Suriyeli", "500 Afganistanlı", "12 İranlı" (a capitalised word in -lı).
_TR_FROM = ("(?!(?:" + "|".join(turkish_words.MONTHS) + r")l|Sayılı|Milli)"
            r"[A-ZÇĞİÖŞÜ][a-zçğıöşü]{2,}(?:lı|li|lu|lü)")  # (not "3 Mayıslı", a month's; "3837 Sayılı Kanun", a law's number)
_TR_COUNT = re.compile(
    r"(?<![\w.,:'’-])(?P<num>\d{1,3}(?:\.\d{3})+|\d{1,6}|(?i:" + _TR_NUMBER_WORDS + r"))[ \u00a0]+"
    r"(?!hanedan)(?P<noun>" + "|".join(_TR_COUNTED_FIRST) + "|" + _TR_FROM + r")" + _TR_CASE_END + r"(?![\w-])")  # (lower case: "10 EV
# chargers"; "hanedan" is a dynasty, no household)
# "adet" (pieces) counts what follows it, a listed noun or another: "50 adet silah", "5 adet yeni nesil uçak".
_TR_PIECES = re.compile(r"(?<![\w.,:'’-])(?P<num>\d{1,3}(?:\.\d{3})+|\d{1,6})[ \u00a0]+adet(?:[ \u00a0]+(?P<noun>"
                        + "|".join(_TR_COUNTED) + r")" + _TR_CASE_END + r")?(?![\w-])")
_TR_NOUN_AFTER = re.compile(r"[ \u00a0]+(?P<noun>" + "|".join(_TR_COUNTED) + "|" + _TR_FROM + r")" + _TR_CASE_END + r"(?![\w-])")
# After a scale word the noun stands right after the number, as "20 taraftar" does: "40 bin seyirci", "2 milyon turist",
# "3 bin aile" count spectators, tourists, families (the nouns counted only first are no second noun of "2 sivil polis").
_TR_FIRST_NOUN_AFTER = re.compile(r"[ \u00a0]+(?P<noun>" + "|".join(_TR_COUNTED_FIRST) + "|" + _TR_FROM + r")" + _TR_CASE_END
                                  + r"(?![\w-])")
# A bare counted noun before the head of a compound ("okul öncesi", "uçak bölümü", "uçak park yeri", "yolcu otobüsü":
# a third-person ending after a consonant other than d/t, or "-sı" after a vowel, up to one bare word later) modifies
# that head: "514 okul öncesi eğitim kurumunda" counts institutions, not schools.  Past verbs end in -dı/-tı
# ("20 asker yaralandı", "öldü"), and a word with a case ending is no head ("gözaltına alındı", "hayatını kaybetti").
_TR_COMPOUND_HEAD = re.compile(r"(?:[ \u00a0]+[a-zçğıöşü]{2,})?[ \u00a0]+[a-zçğıöşü]+(?:s[ıiuü]|[bcçfgğhjklmnprsşvyz][ıiuü])"
                               r"(?<![aeıioöuü][ny][ıiuü])(?![\w'’-])")  # not an accusative: "hayatını kaybetti"


# A head that names people keeps the count of its compound: "5 polis memuru", "12 sağlık çalışanı" (police officers,
# health workers); after a noun of a place or a thing the head is the unit ("4 hastane personeli": personel).
_TR_PEOPLE_HEAD = re.compile(r"[ \u00a0]+(?P<head>memur|görevli|çalışan|personel|mensub|mensup)[a-zçğıöşü]*(?![\w'’-])")
_TR_PEOPLE = set("""asker polis öğrenci çocuk işçi sivil kadın erkek hasta yolcu mülteci göçmen gazeteci milletvekili
    vatandaş sanık şüpheli tutuklu militan terörist ölü yaralı üye taraftar seyirci turist ziyaretçi hemşire
    öğretmen avukat""".split())
# A capitalised word after a word in -lı makes it an adjective of a title or a name: "5 Yıldızlı Otelde Yangın",
# "2 Numaralı Barosu", "3 Boyutlu Yazıcı" (people from a place stand alone: "12 İranlı yakalandı").
_TR_TITLE_AFTER = re.compile(r"[ \u00a0]+[A-ZÇĞİÖŞÜ][\w]*(?!['’\w])")  # (not a name with its suffix: "12 İranlı İstanbul'da")
# A finite verb right after a bare noun makes a number in the years' range a count: "Mitinge 2000 polis katıldı",
# "1500 işçi çalışıyor" (a year is "2000 yılında"; "2023 öğrenci kaydı" stays a year's).
_TR_VERB_AFTER = re.compile(r"[ \u00a0]+[a-zçğıöşü]+(?:[dt][ıiuü]|[ıiuü]yor|yor)(?:lar|ler)?(?=[ \u00a0]*[.,;:!?\n]|$)")


# The counted nouns that may describe a second one ("2 sivil polis", "3 kadın gazeteci", "4 yaralı asker", "15 üye ülkeye
# sahip"; and a people's name, "500 Afganistanlı göçmen"); the others are counted themselves ("12 öğrenci okula gitti":
# students, not schools).
_TR_MODIFIERS = set("sivil kadın erkek yaralı ölü hasta göçmen mülteci çocuk şüpheli tutuklu militan terörist sanık üye".split())
_TR_PLACES = set("okul hastane köy ilçe ülke şehir ev bina konut".split())


_TURKISH_LETTERS = re.compile("[çğışöüÇĞİŞÖÜ]")
_NUMBER_OR_HER_BEFORE = re.compile(r"(?:\d|(?<![\w])(?i:her|binde))[ \u00a0]+$")


_TR_WORD_BEFORE = re.compile(r"(?<![\w'’-])(?P<w>(?i:" + _TR_NUMBER_WORDS.replace("i", "[iİ]") + r"))[ \u00a0]+$")
# A capitalised word without a case ending right before a number names a model: "Leopard 2", "Patriot 3".
_MODEL_BEFORE = re.compile(r"(?<![\w'’-])[A-ZÇĞİÖŞÜ][a-zçğıöşü]+[ \u00a0]+$")


_BETWEEN_AFTER = re.compile(r"[ \u00a0]+aras[ıi]\w*", re.IGNORECASE)


_tr_fold = turkish_words.lower


def find_tr_counts(text: str, free: Callable[[int, int], bool]) -> list[tuple[int, int, dict[str, int | float | str]]]:
    """Turkish counts of a listed noun: "20 asker" → 20 asker, "Üç çocuk" → 3 çocuk, "11 ilçede";
    and of pieces ("50 adet silah" → 50 silah; "500 adet" → 500 adet)."""
    out: list[tuple[int, int, dict[str, int | float | str]]] = []
    for m in _TR_PIECES.finditer(text):
        value = int(m["num"].replace(".", ""))
        if value > 1 and free(m.start(), m.end()) and not ("." not in m["num"] and 1500 <= value <= 2099):
            noun = m["noun"] or "adet"
            out.append((m.start(), m.end(), {"value": value, "unit": _tr_fold(noun), "scale": ""}))
    for m in _TR_COUNT.finditer(text):
        num, start = m["num"], m.start()
        value = int(num.replace(".", "")) if num[0].isdigit() else TR_NUMBERS.get(_tr_fold(num), 0)
        tens = None if num[0].isdigit() else _TR_WORD_BEFORE.search(text, max(0, start - 10), start)
        if tens is not None:  # "On iki asker" (12), "Yirmi beş öğrenci" (25); "yüz iki" and others: a part
            ten = TR_NUMBERS.get(_tr_fold(tens["w"]), 0)
            if not (ten in range(10, 100, 10) and value < 10):
                continue
            start, value = tens.start(), ten + value
        if value < 2:
            continue  # "1 asker": one, as "one soldier", is no count
        bare = m.end() == m.start("noun") + len(m["noun"])
        year = num[0].isdigit() and len(num) == 4 and 1500 <= value <= 2099 and not (bare and _TR_VERB_AFTER.match(text, m.end()))
        title_word = "" if num[0].isdigit() and m["noun"][0].isupper() else m["noun"]  # ("12 İranlı": no title)
        if year or not_a_quantity(text, m.start(), title_word):
            continue  # a year; a designation or a title ("Beş Şehir")
        if not num[0].isdigit() and _BETWEEN_AFTER.match(text, m.end()):
            continue  # "iki ülke arasında": between the two (named before); "3 ülke arasında" counts them
        if _NUMBER_OR_HER_BEFORE.search(text, max(0, start - 6), start):
            continue  # "Boeing 737 800 uçak": a number's part; "her iki maçın": both, referring back ("binde 6 hastada": a share)
        model = _MODEL_BEFORE.search(text, max(0, start - 24), start) if num[0].isdigit() else None
        if model is not None and not opens_sentence(text, model.start()):
            continue  # "Leopard 2 tankı": a model's name (not "İstanbul'da 3 polis", "ABD 5 gemi")
        if (_tr_fold(num) == "on" or _tr_fold(m["noun"]) in ("tank", "hasta", "firma")) and not _TURKISH_LETTERS.search(
                text, max(0, m.start() - 160), m.end() + 160):
            continue  # words English or Spanish write too, in Turkish text only ("fired on tank positions")
        if m["noun"][0].isupper() and (not continental_sentence(text, m.end()) or _TR_TITLE_AFTER.match(text, m.end())):
            continue  # a people's name in -lı in a Turkish sentence only ("Erdoğan said 500 Israeli troops …"), not in a title
        second = _TR_NOUN_AFTER.match(text, m.end()) if bare and (_tr_fold(m["noun"]) in _TR_MODIFIERS or m["noun"][0].isupper()) else None
        if second is not None and second.end() > second.start("noun") + len(second["noun"]) and _tr_fold(second["noun"]) in _TR_PLACES and (
                _tr_fold(m["noun"]) != "üye"):
            second = None  # "12 öğrenci okula gitti", "3 yaralı hastaneye kaldırıldı": where they went, no compound
        head = _TR_PEOPLE_HEAD.match(text, m.end()) if bare and second is None else None
        if second is None and head is None and bare and _TR_COMPOUND_HEAD.match(text, m.end()):
            continue  # "16 uçak bölümü", "514 okul öncesi eğitim kurumunda": the count is of the compound's head
        end, noun = (second.end(), second["noun"]) if second is not None else (m.end(), m["noun"])  # "2 sivil polis": polis
        if head is not None:  # "5 polis memuru": polis; "4 hastane personeli": personel
            end, noun = head.end(), noun if _tr_fold(noun) in _TR_PEOPLE else head["head"].replace("mensub", "mensup")
        if free(start, end):
            out.append((start, end, {"value": value, "unit": _tr_fold(noun), "scale": ""}))
    return out
