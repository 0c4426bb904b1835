"""Turkish number words right before money or a unit of measure, without a scale word after them: "beş dolar" → 5 USD,
"elli lira" → 50 TRY, "on beş avro" → 15 EUR, "Beş kilometre yürüdü" → 5 km (a capitalised word opening a sentence),
"iki bin metre" → 2000 m, "bin kilometre" → 1000 km, "yüz elli gram" → 150 g; "elli kuruş" → 0.5 TRY, "otuz beş derece"
→ 35° (°C where the sentence speaks of heat, as "35 derece" is read), "altı asır", "iki yüzyıldır" → 600 y, 200 y; "bin"
alone before money, people or years, which no other reader takes without a number before it: "bin dolar" → 1000 USD,
"Bin kişi katıldı" → 1000 people, "bin yıl" → 1000 y (twenty-eighth round).

The other readers leave these: the second pass of ``find_figures`` reads a Turkish number word before a unit only in lower
case and never before money; turkish_amounts.py reads money after a scale word ("beş milyon dolar") only.  The trigger is
the unit's word (one compiled pattern); the number words are looked for in the 60 characters before it.  Only in a Turkish
sentence ("on" and "bin" are English words too).  Twenty-seventh round.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from desktop.meaning import turkish_words
from desktop.meaning.counts import not_a_quantity
from desktop.meaning.numbers import CYRILLIC, sentence_around, turkish_sentence
from desktop.meaning.turkish_amounts import words_value
from desktop.meaning.units import TR_WORDS

__all__ = ["find_tr_word_units"]

# The unit's stem and its symbol (the span ends at the stem, as "1,2 milyar dolara" → "1,2 milyar dolar"); not "yen"
# ("yeni": new) or "mil"; "kuruş" is a hundredth of a lira (:data:`_TIMES`), as "50 kuruş" → 0.5 TRY is read.
_UNITS = {"kuruş": "TRY", "derece": "°", "yüzyıl": "y", "asır": "y",
          "kilometrekare": "km²", "metrekare": "m²", "metreküp": "m³", "kilometre": "km", "santimetre": "cm", "milimetre": "mm",
          "metre": "m", "kilogram": "kg", "kilo": "kg", "gram": "g", "ton": "t", "litre": "l", "hektar": "ha", "megavat": "MW",
          "kilovat": "kW", "dolar": "USD", "avro": "EUR", "euro": "EUR", "lira": "TRY", "TL": "TRY", "sterlin": "GBP",
          "ruble": "RUB"}
_MONEY = {"USD", "EUR", "TRY", "GBP", "RUB"}
# units read in another's terms: a kuruş is a hundredth of a lira, a century ("yüzyıl", "asır") a hundred years
_TIMES = {"kuruş": 0.01, "yüzyıl": 100, "asır": 100}
# after "bin" alone (a thousand, no number before it) the people and the years are read too: the main pass reads "yüz
# kişi", "beş yıl", and "beş bin kişi" with its scale word, but "bin" alone with no number is no scale's amount there
_AFTER_BIN = {"kişi": "people", "yıl": "y", "sene": "y"}
# a case ending, a copula or "-lık" after the stem ("dolara", "metredir", "kilometrelik", "litreyi", "tonluk")
_CASE = r"(?:['’]?(?:[ny]?[ae]|[dt][ae]n?|s?[ıiuü]n?|n[ıiuü]n|y[ıiuü]|y?l[ıiuü][kğ][ıiuü]?|y?[dt][ıiuü]r?|y?l[ae]))?"
_UNIT_ALT = "|".join(sorted({**_UNITS, **_AFTER_BIN}, key=len, reverse=True))
_UNIT = re.compile(r"(?<![\w'’-])(?P<unit>" + _UNIT_ALT + r")" + _CASE + r"(?![\w'’-])")  # (in lower case, as running text writes it)
# the trigger: a space and a unit's word (a pattern that opens with a character class is scanned for fast: 1 MB in ~10 ms)
_TRIGGER = re.compile(r"[ \u00a0](?:" + _UNIT_ALT + ")")
_WORD = "|".join(sorted(TR_WORDS, key=len, reverse=True)).replace("i", "[iİ]")
# the number words right before the unit: one or more, "bin" among or after them ("iki bin beş yüz", "bin")
_WORDS_BEFORE = re.compile(rf"(?<![\w'’.,-])(?P<words>(?i:(?:{_WORD}|bin)(?:[ \u00a0]+(?:{_WORD}|bin))*))[ \u00a0]+$")
# a vague word or a digit before the words ("birkaç yüz lira", "2 bin metre": read elsewhere)
_BEFORE_WORDS = re.compile(r"(?:(?<![\w-])(?i:birkaç|kaç|birçok|her|binde|yüzde)|\d)[ \u00a0]+$")


# units spelt the Turkish way only (English writes "dollar", "hectare"; "TL" and "ruble" it writes too: "bearish on TL
# assets", "Sanctions weigh on ruble"); "on" and "bin" are English words too
_TURKISH_SPELT = {"dolar", "avro", "sterlin", "hektar", "megavat", "kilovat", "metrekare", "kilometrekare", "metreküp",
                  "santimetre", "milimetre", "kuruş", "derece", "kişi", "yüzyıl", "asır"}
_ENGLISH_TOO = {"on", "bin"}
# a word in lower case with a Turkish letter ("yürüdü"; not a name's, "Eskişehir", "Erdoğan")
_LOWER_TURKISH = re.compile(r"(?<![^\W\d_])[a-zçğıöşü]*[çğıöşü]")


def _turkish(text: str, words: re.Match[str], at: int, stem: str) -> bool:
    """The number words ``words`` before the unit ``stem`` at ``at`` are Turkish: in a Turkish sentence; or with a word
    English does not write ("beş", "elli": not only "on", "bin") or a unit spelt the Turkish way, and no Cyrillic near;
    or "on"/"bin" before a measure in a sentence that is Turkish once they are left out (:func:`turkish_sentence` counts
    "on" as English) and has a word in lower case with a Turkish letter: "Adam on kilometre yürüdü"; not "on euro bonds",
    nor an English sentence whose only Turkish letters are a name's, "Traffic stopped on kilometre 12 near Eskişehir",
    "The crash happened on kilometre 45 of the İzmir highway")."""
    if turkish_sentence(text, at):
        return True
    lo, hi = sentence_around(text, at, 100)
    if CYRILLIC.search(text, lo, hi):
        return False
    if stem in _TURKISH_SPELT or any(turkish_words.lower(w) not in _ENGLISH_TOO for w in words["words"].split()):
        return True
    if stem in ("euro", "lira"):
        return False
    lo, hi = sentence_around(text, at, 200)
    blanked = text[lo:words.start("words")] + " " * len(words["words"]) + text[words.end("words"):hi]
    return turkish_sentence(blanked, at - lo) and _LOWER_TURKISH.search(text, lo, hi) is not None


def find_tr_word_units(text: str) -> Iterator[tuple[int, int, dict[str, Any]]]:
    """Turkish number words before money or a unit, as ``(start, end, attrs)`` (money's span ends at its stem)."""
    for hit in _TRIGGER.finditer(text):
        m = _UNIT.match(text, hit.start() + 1)
        if m is None:
            continue
        stem = m["unit"]
        words = _WORDS_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if words is None:
            continue
        phrase = words["words"]
        last = turkish_words.lower(phrase.split()[-1])
        value = words_value(phrase)
        bin_alone = turkish_words.lower(phrase) == "bin"
        unit = _UNITS.get(stem) or (_AFTER_BIN[stem] if bin_alone else "")
        if not value or not unit or value == 1 and turkish_words.lower(phrase) == "bir" or (
                last == "bin" and unit in _MONEY and not bin_alone):
            continue  # "bir kilo": a or one ("bir asır", "bir yüzyıl" left too, as Turkish Wiki NER leaves them); "beş bin
            # lira": turkish_amounts.py ("bin lira" alone: here)
        if _BEFORE_WORDS.search(text, max(0, words.start() - 10), words.start()) or not _turkish(text, words, m.start(), stem):
            continue
        if not_a_quantity(text, words.start(), stem, designation=unit not in _MONEY):
            continue  # a title's unit, capitalised in running text ("Beş Dolar")
        # (money to its stem, as "1,2 milyar dolar"; a measure whole, as "120 metredir", "450 metreyi" are read)
        end = m.start() + len(stem) if unit in _MONEY or unit == "people" else m.end()  # (people as "iki bin kişi")
        amount: int | float = round(value * _TIMES[stem], 4) if stem in _TIMES else value
        amount = int(amount) if amount == int(amount) else amount  # ("yüz kuruş" → 1 TRY, as "100 kuruş" is read)
        yield words.start(), end, {"value": amount, "unit": unit, "scale": phrase.split()[-1] if last == "bin" else ""}
