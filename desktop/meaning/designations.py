"""Numbers that are part of a name, not an amount (no I/O, no Qt; never raises on a ``str``).

* English: a capitalised word that names a numbered thing right before the number — a product or its line ("Windows
  11 users", "iPhone 15 buyers", "Apollo 11 astronauts", "Windows 10x"), a stock index or a list ("FTSE 100 companies",
  "Fortune 500 companies"), a weapon's mark ("Mark 48 torpedoes"), a UN Security Council resolution or a NATO
  standard ("UNSCR 2254 sets out", "STANAG 4569 vehicles"), a British formation's number before its name ("16
  Air Assault Brigade soldiers", :func:`formation_after`), a group ("the Big Four banks"), a channel or a
  station ("BBC Radio 4 listeners"), a terminal, a league ("Channel 4 viewers",
  "Terminal 5 passengers", "Formula 1 teams", "Ligue 1 players"), a law's or a work's part ("Amendment 14 guarantees",
  "Proposition 8 supporters", "Season 2 episodes"), a grade or a kind ("Type 2 diabetics", "Band 7 nurses", "Year 11
  pupils"), a vehicle's or a flat's number ("Bus 42 passengers", "Apartment 12 tenants"), and the clubs of states
  named by their number ("the Group of 20 leaders", "the Group of Seven nations"). The word must be capitalised: in
  lower case it is a common noun before a count ("this season 2 players were hurt", "last year 11 pupils failed").
  "Channel" and "Year" also end names that a count may follow ("across the English Channel 40 migrants", "over the
  New Year 30 people", "across the Channel 40 migrants"): after another capitalised word or "the" they are no label.
  Before "times" no label holds ("won the Series 4 times", "amended the Act 12 times" count times), nor before a
  capitalised word: in a headline in title case the label's word may be a verb ("Police Book 12 Drivers"). After "the"
  a law's, a game's or a part's word is the thing itself ("Under the Act 40 companies were fined", "After the Game
  20,000 fans" count); a product's, a place's or a vehicle's name still holds its number ("the Windows 11 users").
* Russian: a number in digits before a singular noun it would put in the plural is an ordinal — a rank or an article's
  number, no count ("откатилась на 26 место": 26th place, "согласно 57 статьей": article 57; a count says "26 мест",
  "57 статьями"). Only "место" and the instrumental in "-ьей": other singular forms in "-о" are as often adverbs or
  adjectives that the count rules read.

* A unit's letters capitalised and joined by a hyphen to a number are a model's name ("12 Mi-28 helicopters", "5 T-72
  tanks", "8 V-22 Ospreys"), not miles, tonnes or volts (:func:`model_letters`); so is a unit written in capitals with a
  digit before a capitalised name ("50 M2 Bradley vehicles", not 50 m²; "50 M2 of office space" keeps it), and a single
  capital joined by a hyphen to a word is the word's first letter ("300 T-shirts", "20 T-bills": no tonnes; "5 km-long"
  in lower case keeps its unit).

Used by :func:`desktop.meaning.figure_titles.not_a_quantity`, :func:`desktop.meaning.numbers_ru.not_a_ru_count` and
:mod:`desktop.meaning.multipliers` ("Windows 10x").
"""

from __future__ import annotations

import re

__all__ = ["formation_after", "latin_code_before", "model_letters", "named_before", "ru_ordinal_form"]

# The words that name what a number designates when capitalised (those of ``counts._LABELS`` and ``figure_titles._DESIGNATION``
# are read there, in any case or after a word)
_NAMED = re.compile(r"(?<![\w'’.-])(?P<label>Windows|iOS|Android|iPhone|iPad|Xbox|PlayStation|Pixel|Apollo|Formula|Ligue"
                    r"|Radio|UNSCR|STANAG|FTSE|Nasdaq|NASDAQ|Nikkei|Stoxx|Russell|Fortune|Big|Mark|Terminal|Pier|Berth|Hangar|Reactor|Precinct|Interstate|Exit|Bus|Apartment|Band|Type|Proposition"
                    r"|Amendment|Season|Series|Episode|Volume|Book|Act|Schedule|Appendix|Exhibit|Version|Generation|Model"
                    r"|Mission|Round|Game|Match|Lap|Hole|Leg|Channel|Year|Group[ \u00a0]+of)[ \u00a0]+$")
# Labels that are also common words or names ("Mark", "Big"): a name's only after a word, not opening a sentence ("Mark 10
# years of peace, he said", "Big 40-ton trucks …" keep their figures; "the Mark 48 torpedoes", "the Big Four banks", "half
# of Fortune 500 companies" are names)
_ALSO_WORDS = {"Mark", "Big"}
# An index's or a list's name holds only its own numbers: another number after it is a move or a count ("left the Nasdaq
# 500 points higher", "George Russell 12 points behind"; review of the twenty-eighth round)
_OWN_NUMBERS = {"FTSE": {"100", "250", "350"}, "Nasdaq": {"100"}, "NASDAQ": {"100"}, "Nikkei": {"225"},
                "Stoxx": {"50", "600"}, "Russell": {"1000", "2000", "3000"}, "Fortune": {"100", "500", "1000"}}
_DIGITS = re.compile(r"\d+(?!\d|[.,]\d)")
# The labels that also end a name a count may follow ("the English Channel", "the New Year")
_ENDS_NAMES = ("Channel", "Year")
# (or after "the": "across the Channel 40 migrants", as "The Channel 4 …" opening a sentence)
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'’-])(?:[A-Z][\w'’-]*|the)[ \u00a0]+$")
# After the number, a count of times ("won the Series 4 times", "amended the Act 12 times", "Player of the Year 3
# times") or a capitalised word: a headline in title case, where the label's word may be a verb ("Police Book 12
# Drivers", "Rebels Exit 3 Towns"); the base's rules read those
_NO_NAME_AFTER = re.compile(r"[\w.,]+[ \u00a0]+(?:(?i:times?)(?![\w'’-])|[A-ZА-ЯЁ])")


# After "the", a law's, a game's or a part's word is the thing itself, and a count may follow ("Under the Act 40
# companies were fined", "After the Game 20,000 fans stormed the pitch"); a product's, a place's or a vehicle's name
# still holds its number there ("the Windows 11 users", "the Apartment 12 tenants", "the Group of 20 leaders")
_ITSELF_AFTER_THE = {"Act", "Amendment", "Proposition", "Schedule", "Appendix", "Exhibit", "Game", "Match", "Round",
                     "Mission", "Lap", "Hole", "Leg", "Season", "Series", "Episode", "Volume", "Book"}
_THE_BEFORE = re.compile(r"(?<![\w'’-])[Tt]he[ \u00a0]+$")


def named_before(text: str, start: int) -> bool:
    """The number at ``start`` follows a capitalised word naming what it designates ("Windows |11 users")."""
    m = _NAMED.search(text, max(0, start - 24), start)
    if m is None or _NO_NAME_AFTER.match(text, start):
        return False
    if m["label"] in _OWN_NUMBERS:
        digits = _DIGITS.match(text, start)
        return digits is not None and digits[0] in _OWN_NUMBERS[m["label"]]
    if m["label"] in _ALSO_WORDS:
        before = text[max(0, m.start() - 8) : m.start()].rstrip(" \u00a0\"'“‘(")
        if before[-1:] in ("", ".", "!", "?", ":", "\n"):
            return False
    if m["label"] in _ITSELF_AFTER_THE and _THE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        return False
    return not (m["label"] in _ENDS_NAMES and _CAPITALISED_BEFORE.search(text, max(0, m.start() - 24), m.start()))


# "место" (a place in a ranking) and an instrumental singular in "-ьей" ("статьей", "статьёй"): forms no count of five or
# more takes ("26 мест", "57 статьями"); other words in "-о" are as often adverbs or adjectives ("900 первоначально
# претендовавших", "11 летнего мальчика"), which the count rules read
_RU_SINGULAR = re.compile(r"место|[а-яё]+ь[её]й")


# A number before capitalised words that end in a formation's word names the formation, as British forces number their
# brigades, commandos, squadrons, wings, divisions and flotillas ("16 Air Assault Brigade soldiers", "40 Commando Royal
# Marines", "617 Squadron crews", "1 (UK) Division troops"): no count of the soldiers. Not a regiment or a battalion,
# which are named ("12 Parachute Regiment soldiers" counts), nor a formation's word in lower case ("200 commando troops").
# Only an arm's words stand between (a closed set): many names end in a formation's word and number nothing ("70 London
# Fire Brigade firefighters", "400 Peace Corps volunteers", "12 Freedom Flotilla activists", "20 First Division clubs")
_ARMS = r"\(UK\)|Air|Assault|Armoured|Armored|Mechanised|Mechanized|Light|Infantry|Commando|Parachute|Airborne|Strike|Mountain"
_FORMATION_AFTER = re.compile(rf"\d{{1,4}}[ \u00a0]+(?:(?:{_ARMS})[ \u00a0]+){{0,3}}"
                              r"(?:Brigade|Commando|Squadron|Wing|Division|Flotilla|Corps)(?![\w-])")


def formation_after(text: str, start: int) -> bool:
    """The number at ``start`` is a formation's ("|16 Air Assault Brigade soldiers")."""
    return text[start : start + 1].isdigit() and _FORMATION_AFTER.match(text, start) is not None


# A code in Latin capitals (or a capital and a digit) right before a number: after a flight's word, an airline's code in
# the flight's number ("рейс SU 1234 задержали", "рейса U6 178 сел": no count of 1234 "задержали" nor 178 "сёл")
_LATIN_CODE = re.compile(r"(?<![\w.-])(?:[A-Z]{1,3}|[A-Z]\d|\d[A-Z])[ \u00a0]+$")


def latin_code_before(text: str, start: int) -> int | None:
    """Where a code in Latin capitals right before the number at ``start`` begins ("рейс |SU 1234"), or None."""
    m = _LATIN_CODE.search(text, max(0, start - 6), start)
    return m.start() if m is not None else None


def ru_ordinal_form(value: int, noun: str) -> bool:
    """``noun`` after the whole number ``value`` is a singular form a count of that many would not take ("26 место",
    "57 статьей"): the number is an ordinal. Numbers ending in 1 (not 11) take the singular and stay counts."""
    if value % 10 == 1 and value % 100 != 11:
        return False
    return _RU_SINGULAR.fullmatch(noun.lower()) is not None


# After a unit's letters: a hyphen, a number and what follows it (a range repeats its unit: "12 V-24 V", "5 kW-10kW";
# or names another after a space: "12 V-24 volt", "400 MW-1 GW")
_MODEL_NUMBER = re.compile(r"-\d{1,4}(?:[.,]\d+)?(?P<space>[ \u00a0]?)(?P<after>[^\W\d_]*)")


# A word after a one-letter unit's hyphen ("T-|shirts"), and a capitalised name after a unit in capitals ("M2 |Bradley").
_HYPHEN_WORD = re.compile(r"-[^\W\d_]{2,}")
_NAME_AFTER = re.compile(r"[ \u00a0](?=[A-Z][a-z])")


def model_letters(text: str, start: int, end: int) -> bool:
    """The unit's letters at ``start``–``end`` begin with a capital and are joined by a hyphen to a number that no second
    unit of the same letters follows: a model's name ("12 |Mi|-28 helicopters", "5 |T|-72 tanks", "8 |V|-22 Ospreys"),
    not 12 mi, 5 t, 8 V ("12 V-24 V", "12 V-24 volt", "400 MW-1 GW" are ranges; "5 km-long" and the lower case "5 m-10
    m" are left as they are). A unit glued to the second number must be the same letters ("9 Mi-17V helicopters")."""
    word = text[start:end]
    if not word[:1].isupper():
        return False
    if len(word) == 1 and _HYPHEN_WORD.match(text, end) or (
            word[-1:].isdigit() and word[:-1].isupper() and _NAME_AFTER.match(text, end)):
        return True  # "300 T-shirts", "50 M2 Bradley vehicles": a word's letter and a model's name, no unit
    m = _MODEL_NUMBER.match(text, end)
    if m is None or m["after"].lower() == word.lower():
        return False
    from desktop.meaning.lookups import lookup_unit  # (here: lookups.py's units read numbers_ru.py, which reads this module)

    return not (m["space"] and m["after"] and lookup_unit(m["after"]) is not None)
