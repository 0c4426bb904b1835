"""Whether a number is a designation or part of a title rather than a quantity ("C 130 Hercules", "Boeing 737 800",
"Room 12", "Six Feet Under", "25 Days of Free"), and the headline in title case that still carries a figure ("Dün İki
Milyon Kişi Sokaklara Döküldü. Polis …", "Storm Leaves Six Feet Of Snow. Roads …").

Used by the counts (:mod:`desktop.meaning.counts`, :mod:`desktop.meaning.counts_tr`) and the other figure patterns; no I/O.
"""

from __future__ import annotations

import re

from desktop.meaning.designations import formation_after, named_before
from desktop.meaning.numbers import turkish_sentence

__all__ = ["not_a_quantity"]


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
# The Turkish words that open a sentence before a number ("Bu 5 km yol", "Ve 3 yıl sonra"; "O" in `_designation`): words
# in a Turkish sentence only ("De 3 ships", "the En 590 standard" stay codes in English).
_TURKISH_TWO_LETTER_WORDS = set("Bu Ve Ya Ne De Da Ki En".split())
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
    if designation and (_designation(text, start) or _HYPHENED.search(text, max(0, start - 8), start)
                        or named_before(text, start) or formation_after(text, start)):
        return True  # (or "Як-18Т", "COVID-19 cases", "Ту-154": a name and its number; "Windows 11 users")
    code = _TWO_LETTER_CODE.search(text, max(0, start - 4), start)
    if designation and code is not None and code[1] not in _TWO_LETTER_WORDS and not (
            code[1] in _TURKISH_TWO_LETTER_WORDS and turkish_sentence(text, start)):
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


def _designation(text: str, start: int) -> bool:
    """A code or a name right before the number at ``start`` (:data:`_DESIGNATION`); not the Turkish pronoun "O" (he, that)
    opening a Turkish sentence ("O 20 gün boyunca yürüdü"; "O 2 levels" stays a code)."""
    m = _DESIGNATION.search(text, max(0, start - 12), start)
    return m is not None and not (m[0][:-1] == "O" and m[0][-1] != "-" and turkish_sentence(text, start))


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
